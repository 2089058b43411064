"""The audit of case logs: verdicts per case, the acts' indicators as they define them, pinned to their lines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import SEEDS

pd = pytest.importorskip("pandas", reason="the audit extra (pandas) is not installed")

from kzsocial.cases import (  # noqa: E402
    audit,
    case_results,
    classify,
    combine_counts,
    indicator_counts,
    read_case_log,
    write_case_log,
)
from kzsocial.services import catalog  # noqa: E402
from kzsocial.testing import synthetic_case_log  # noqa: E402

SERVICE = "karaganda-2008/unemployed-registration"
OFFICE = "karaganda/employment-dept-karaganda-city"


def _log() -> dict[str, list[object]]:
    # Friday 26 December 2008, 18:30: due Thursday 8 January 2009, 18:00 (README)
    at = dt.datetime(2008, 12, 26, 18, 30)
    return {
        "case_id": ["C1", "C2", "C3", "C4"],
        "service": [SERVICE] * 4,
        "office": [OFFICE] * 4,
        "submitted_at": [at] * 4,
        "result_ready_at": [
            dt.datetime(2009, 1, 5, 10, 0),
            dt.datetime(2009, 1, 8, 18, 0),  # at the due moment: kept
            None,  # refused instead
            dt.datetime(2009, 1, 9, 11, 0),  # one calendar day late
        ],
        "refused_at": [None, None, dt.datetime(2009, 1, 6, 9, 0), None],
        "documents_missing_at": [None, at, None, None],
        "queue_wait_submit_min": [10, 45, None, 30],
    }


def test_the_karaganda_share_of_cases_served_within_the_term() -> None:
    """Standard 1's annex, indicator 1.1 (sources/000…txt line 429): «Құжаттарды тапсырған сәттен бастап
    белгіленген мерзімде қызметті ұсыну оқиғаларының % (үлесі)», normative 100 % (line 430)."""
    svc = catalog().get(SERVICE)
    q = next(i for i in svc.quality_indicators if i.code == "1.1")
    assert q.source.file.startswith("000_") and q.source.line == 429 and q.normative == "100"
    lines = (SEEDS / q.source.file).read_text(encoding="utf-8").splitlines()
    assert "белгіленген мерзімде қызметті ұсыну оқиғаларының" in lines[428]
    assert lines[429].strip() == "100 %"
    report = audit(_log(), period="all")
    got = next(i for i in report.indicators if i.code == "1.1")
    assert got.measurable and (got.numerator, got.denominator) == (3, 4)
    assert got.value == 75.0 and got.normative_value == 100.0 and got.met is False
    assert got.breaking == ("C4",) and got.breaking_count == 1
    assert got.source == q.source


def test_each_case_gets_its_due_moment_and_verdict() -> None:
    cases = audit(_log(), period="all").cases.set_index("case_id")
    assert (cases["due_at"] == pd.Timestamp("2009-01-08 18:00")).all()
    assert cases["kept"].tolist() == [True, True, True, False]
    assert cases.loc["C4", "late_by"] == 1.0 and cases.loc["C4", "late_unit"] == "calendar_days"
    assert cases.loc["C3", "served_at"] == pd.Timestamp("2009-01-06 09:00")  # a refusal answers the case
    assert cases["queue_submit_limit"].tolist() == [40, 40, 40, 40]  # the act's limit, line 106
    assert cases["queue_submit_ok"].tolist() == [True, False, pd.NA, True]


def test_queue_and_first_time_indicators() -> None:
    report = audit(_log(), period="all")
    by_code = {i.code: i for i in report.indicators}
    queue = by_code["1.2"]  # «кезекте 40 минуттан аспайтын», line 439
    assert (queue.numerator, queue.denominator, queue.breaking) == (2, 3, ("C2",))
    first = by_code["3.2"]  # «бірінші реттен тапсырған»
    assert (first.numerator, first.denominator, first.breaking) == (3, 4, ("C2",))


def test_indicators_the_log_cannot_measure_say_why() -> None:
    report = audit(_log(), period="all")
    by_code = {i.code: i for i in report.indicators}
    assert len(by_code) == 12  # every indicator the act defines
    assert not by_code["2.1"].measurable and "survey" in (by_code["2.1"].why_not or "")
    assert not by_code["4.2"].measurable and "complaint" in (by_code["4.2"].why_not or "")
    assert not by_code["4.1"].measurable and "complaint_justified" in (by_code["4.1"].why_not or "")
    assert not by_code["3.3"].measurable and "Internet" in (by_code["3.3"].why_not or "")


def test_every_indicator_of_the_catalogue_is_classified() -> None:
    seen = {classify(q.name.kk)[0] for s in catalog() for q in s.quality_indicators}
    assert "!unknown" not in seen
    assert {"on_time", "first_time", "complaints", "queue_le_40", "queue_le_15"} <= seen


def test_csv_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "cases.csv"
    write_case_log(_log(), path)
    from_csv = audit(path, period="all")
    direct = audit(_log(), period="all")
    assert [i.to_dict() for i in from_csv.indicators] == [i.to_dict() for i in direct.indicators]
    assert read_case_log(path)["submitted_at"].dtype == "datetime64[us]"


def test_counts_add_up_across_parts_of_a_log() -> None:
    frame = pd.DataFrame(synthetic_case_log(400, seed=3))
    whole = indicator_counts(case_results(frame))
    halves = combine_counts(indicator_counts(case_results(part)) for part in (frame.iloc[:150], frame.iloc[150:]))
    pd.testing.assert_frame_equal(whole.reset_index(drop=True), halves.reset_index(drop=True))


def test_the_synthetic_log_is_deterministic_and_every_case_is_answered() -> None:
    a, b = synthetic_case_log(200, seed=5), synthetic_case_log(200, seed=5)
    assert a == b and a != synthetic_case_log(200, seed=6)
    report = audit(a)
    assert report.cases["due_at"].notna().all()
    late = report.cases[report.cases["kept"] == False]  # noqa: E712
    assert 0 < len(late) < 40 and (late["late_by"] > 0).all()
    shares = report.on_time_share()
    assert shares and all(50 <= v <= 100 for v in shares.values())
    assert "cases:" in report.summary()


def test_the_report_and_its_indicators_are_dicts_by_to_dict_as_dict_deprecated() -> None:
    report = audit(pd.DataFrame(_log()), period="year")
    data = report.to_dict(max_late=1)
    assert data["format"] == "kzsocial-audit/1"
    assert len(data["late_cases"]) == 1
    assert data["indicators"] == [i.to_dict() for i in report.indicators]
    with pytest.warns(DeprecationWarning, match=r"^AuditReport\.as_dict\(\) is deprecated; use AuditReport\.to_dict"):
        assert report.as_dict(max_late=1) == data
    first = report.indicators[0]
    with pytest.warns(DeprecationWarning, match=r"^IndicatorResult\.as_dict\(\) is deprecated"):
        assert first.as_dict() == first.to_dict()


def test_a_bad_argument_nested_thousands_deep_gets_a_short_message_not_a_recursion_error() -> None:
    from kzsocial.errors import InvalidTypeError

    deep: object = []
    for _ in range(5000):
        deep = [{"a": deep}]
    with pytest.raises(InvalidTypeError, match=r"^max_breaking must be an int >= 0, got \[\{'a': \[") as caught:
        audit(pd.DataFrame(_log()), max_breaking=deep)  # type: ignore[arg-type]
    assert len(str(caught.value)) < 200
