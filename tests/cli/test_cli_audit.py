"""``audit CASES.csv --out report.json``: the summary table, the JSON report, chunks, the progress bar."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli.cli_support import cli

pytest.importorskip("pandas", reason="the audit extra (pandas) is not installed")

from kzsocial.cases import audit, write_case_log
from kzsocial.testing import synthetic_case_log

Cap = pytest.CaptureFixture[str]


@pytest.fixture(scope="module")
def log_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("audit") / "cases.csv"
    write_case_log(synthetic_case_log(500, seed=12), path)
    return path


def test_summary_table_and_report(capsys: Cap, log_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    r = cli(capsys, "audit", str(log_path), "--out", str(out), "--period", "year", "--chunk-size", "120")
    assert r.code == 0 and r.err == ""  # no progress bar when stderr is not a terminal
    assert r.out.splitlines()[0].split()[:4] == ["service", "office", "period", "code"]
    assert "500 cases:" in r.out and f"report written to {out}" in r.out
    report = json.loads(out.read_text(encoding="utf-8"))
    whole = audit(log_path, period="year").to_dict()
    assert report["cases"] == 500 and report["kept"] + report["late"] == 500
    assert report["indicators"] == whole["indicators"]  # chunked reading gives the one-pass answer
    assert sorted(c["case_id"] for c in report["late_cases"]) == sorted(c["case_id"] for c in whole["late_cases"])


def test_json_and_progress(capsys: Cap, log_path: Path) -> None:
    r = cli(capsys, "audit", str(log_path), "--json", "--progress", "--chunk-size", "200")
    assert r.code == 0 and r.json()["format"] == "kzsocial-audit/1"
    assert "audit [" in r.err and "500 cases" in r.err


def test_a_missing_log_is_bad_usage(capsys: Cap, tmp_path: Path) -> None:
    r = cli(capsys, "audit", str(tmp_path / "nowhere.csv"))
    assert r.code == 2 and "no case log" in r.err
