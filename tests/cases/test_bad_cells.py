"""A cell of a case log that cannot be read is reported, never read as a fact that did not happen."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pd = pytest.importorskip("pandas", reason="the audit extra (pandas) is not installed")

from kzsocial.cases import BAD_CELLS, audit, case_results, read_case_log, write_case_log  # noqa: E402
from kzsocial.testing import synthetic_case_log  # noqa: E402

SERVICE = "karaganda-2008/unemployed-registration"
OFFICE = "karaganda/employment-dept-karaganda-city"
AT = dt.datetime(2008, 12, 26, 18, 30)  # due Thursday 8 January 2009, 18:00 (README)


def _csv(tmp: Path, rows: list[dict[str, str]]) -> Path:
    path = tmp / "cases.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return path


def _row(case_id: str, ready: str, **extra: str) -> dict[str, str]:
    base = {
        "case_id": case_id,
        "service": SERVICE,
        "office": OFFICE,
        "submitted_at": AT.isoformat(),
        "result_ready_at": ready,
        "queue_wait_submit_min": "10",
        "documents_missing_at": "",
        "complaint_justified": "",
    }
    return {**base, **extra}


def test_an_unreadable_result_moment_is_no_verdict_and_counts_nowhere(tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        [
            _row("C1", "2009-01-05T10:00"),
            _row("C2", "2009-01-09T11:00"),  # late by one calendar day
            _row("C3", "9 January 2009"),  # not ISO 8601: unreadable, not "not served yet"
            _row("C4", "", queue_wait_submit_min="ten"),
            _row("C5", "2009-01-06T09:00", complaint_justified="maybe"),
        ],
    )
    log = read_case_log(path)
    assert log[BAD_CELLS].tolist() == ["", "", "result_ready_at", "queue_wait_submit_min", "complaint_justified"]
    res = case_results(log, period="all", as_of=dt.datetime(2009, 6, 1))
    by_id = res.set_index("case_id")
    assert by_id.loc["C2", "kept"] == False  # noqa: E712
    for cid in ("C3", "C4", "C5"):
        assert by_id.loc[cid, "reason"] == "bad_value"
        assert pd.isna(by_id.loc[cid, "kept"])  # not late "as of" June: its answer is unknown, not missing
        assert pd.isna(by_id.loc[cid, "due_at"]) and pd.isna(by_id.loc[cid, "first_time"])
    report = audit(path, period="all", as_of=dt.datetime(2009, 6, 1))
    on_time = next(i for i in report.indicators if i.code == "1.1")
    assert (on_time.numerator, on_time.denominator) == (1, 2)
    assert report.totals["unanswered"] == {"bad_value": 3}
    data = report.to_dict()
    assert data["unreadable_cases"] == [
        {"case_id": "C3", "columns": ["result_ready_at"]},
        {"case_id": "C4", "columns": ["queue_wait_submit_min"]},
        {"case_id": "C5", "columns": ["complaint_justified"]},
    ]
    assert "3 cases have cells that could not be read" in report.summary()
    assert "C3 (result_ready_at)" in report.summary()


def test_empty_cells_are_facts_that_did_not_happen_not_bad_cells(tmp_path: Path) -> None:
    path = _csv(tmp_path, [_row("C1", "", queue_wait_submit_min="  "), _row("C2", " ")])
    log = read_case_log(path)
    assert log[BAD_CELLS].tolist() == ["", ""]
    assert "could not be read" not in audit(path).summary()


def test_several_bad_cells_of_a_row_are_all_named(tmp_path: Path) -> None:
    path = _csv(tmp_path, [_row("C1", "soon", submitted_at="yesterday", queue_wait_submit_min="x")])
    assert read_case_log(path)[BAD_CELLS].tolist() == ["submitted_at,result_ready_at,queue_wait_submit_min"]


_CORRUPTIBLE = ("submitted_at", "result_ready_at", "refused_at", "documents_missing_at", "queue_wait_submit_min")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000), picks=st.lists(st.tuples(st.integers(0, 59), st.sampled_from(_CORRUPTIBLE))))
def test_corrupting_cells_marks_exactly_those_rows_and_leaves_the_others_verdicts(
    tmp_path: Path, seed: int, picks: list[tuple[int, str]]
) -> None:
    log = synthetic_case_log(60, seed=seed)
    clean = tmp_path / f"clean-{seed}.csv"
    write_case_log(log, clean)
    with clean.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    wanted: dict[int, set[str]] = {}
    for k, name in picks:
        if name in rows[k]:
            rows[k][name] = "31.12.2009" if name.endswith("_at") else "n/a"
            wanted.setdefault(k, set()).add(name)
    dirty = _csv(tmp_path, rows)
    got = case_results(read_case_log(dirty), period="all")
    before = case_results(read_case_log(clean), period="all")
    marked = {k: set(v.split(",")) for k, v in enumerate(got[BAD_CELLS].tolist()) if v}
    assert marked == wanted
    for k in range(len(rows)):
        if k in wanted:
            assert got["reason"].iloc[k] == "bad_value" and pd.isna(got["kept"].iloc[k])
        else:
            for name in ("due_at", "kept", "late_by", "reason", "first_time"):
                a, b = got[name].iloc[k], before[name].iloc[k]
                assert (pd.isna(a) and pd.isna(b)) or a == b, (k, name, a, b)


def test_the_cli_names_the_unreadable_cases(tmp_path: Path) -> None:
    path = _csv(tmp_path, [_row("C1", "2009-01-05T10:00"), _row("C2", "2009-13-40T10:00")])
    out = tmp_path / "report.json"
    done = subprocess.run(
        [sys.executable, "-m", "kzsocial", "audit", str(path), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr  # one bad row never fails the batch
    assert "1 case has a cell that could not be read (no verdict, counted in no indicator): C2 (result_ready_at)" in (
        done.stdout
    )
    assert json.loads(out.read_text(encoding="utf-8"))["unreadable_cases"] == [
        {"case_id": "C2", "columns": ["result_ready_at"]}
    ]
