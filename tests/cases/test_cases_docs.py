"""docs/cases.md documents every case-log column, and the chart in the docs is generated from the current code."""

from __future__ import annotations

import importlib.util

import pytest

from conftest import ROOT
from kzsocial.cases import CASE_LOG_COLUMNS


def test_the_format_table_lists_every_column_in_order() -> None:
    page = (ROOT / "docs" / "cases.md").read_text(encoding="utf-8")
    rows = [line.split("|")[1].strip().strip("`") for line in page.splitlines() if line.startswith("| `")]
    names = [c.name for c in CASE_LOG_COLUMNS]
    assert [r for r in rows if r in names] == names
    for c in CASE_LOG_COLUMNS:
        assert c.meaning in page.replace("`", ""), c.name


def test_the_on_time_chart_is_current() -> None:
    pytest.importorskip("pandas", reason="the audit extra (pandas) is not installed")
    spec = importlib.util.spec_from_file_location("gen_cases_chart", ROOT / "tools" / "gen_cases_chart.py")
    assert spec is not None and spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    committed = (ROOT / "docs" / "img" / "on-time-by-office.svg").read_text(encoding="utf-8")
    assert committed == gen.generate(), "docs/img/on-time-by-office.svg is stale: run python tools/gen_cases_chart.py"
    assert committed.count("<rect") >= 6  # a bar per office, and the background
