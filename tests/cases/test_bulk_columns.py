"""bulk_deadlines on every kind of column: the same answers, columns of the kind that came in, nulls with reasons."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from zoneinfo import ZoneInfo

import pytest

from kzsocial.calendar import OfficeHours, StagedTerm, Term, compute_deadline
from kzsocial.errors import InvalidInputError, MissingExtraError, UnknownOfficeError

np = pytest.importorskip("numpy", reason="the bulk extra (numpy) is not installed")

from kzsocial.cases import REASON_CODES, bulk_deadlines  # noqa: E402

HOURS = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")], tz="Asia/Almaty")
MOMENTS = [
    dt.datetime(2008, 12, 26, 18, 30),  # Friday after closing: registered Monday 29 December 09:00 (README)
    None,
    dt.datetime(2024, 5, 3, 17, 0),  # Saturday 4 May 2024 was worked
    dt.datetime(1998, 3, 28, 17, 59),  # the eve of a spring clock change in Almaty
]
TERMS = [Term(10, "calendar_days"), Term(3, "working_days"), Term(2, "hours"), Term(1, "months")]


def _expected(term: Term, moment: dt.datetime) -> tuple[dt.datetime, dt.date, dt.datetime]:
    d = compute_deadline(term, moment, hours=HOURS)
    return d.registered_at, d.last_day, d.due_at


def test_the_readme_case() -> None:
    got = bulk_deadlines(MOMENTS, Term(10, "calendar_days"), hours=HOURS)
    assert got.due_at[0] == dt.datetime(2009, 1, 8, 18, 0)
    assert got.reason == [None, "no_moment", None, None]
    assert got.answered == 3 and got.reasons() == {"no_moment": 1}


@pytest.mark.parametrize("term", TERMS, ids=str)
def test_numpy_in_numpy_out(term: Term) -> None:
    column = np.array([np.datetime64(m) if m else np.datetime64("NaT") for m in MOMENTS], dtype="M8[us]")
    got = bulk_deadlines(column, term, hours=HOURS)
    assert isinstance(got.due_at, np.ndarray) and got.due_at.dtype == np.dtype("M8[us]")
    assert np.isnat(got.due_at[1]) and got.reason[1] == "no_moment"
    for k in (0, 2, 3):
        reg, last, due = _expected(term, MOMENTS[k])  # type: ignore[arg-type]
        assert (got.registered_at[k].item(), got.last_day[k].item(), got.due_at[k].item()) == (reg, last, due)


@pytest.mark.parametrize("term", TERMS, ids=str)
def test_pandas_aware_columns_give_the_same_instants(term: Term) -> None:
    pd = pytest.importorskip("pandas", reason="pandas is not installed")
    zone = ZoneInfo("Asia/Almaty")
    aware = [m.replace(tzinfo=zone).astimezone(dt.UTC) if m else None for m in MOMENTS]
    column = pd.Series(pd.to_datetime([a.isoformat() if a else None for a in aware], utc=True))
    got = bulk_deadlines(column, term, hours=HOURS)
    assert isinstance(got.due_at, pd.Series) and str(got.due_at.dt.tz) == "Asia/Almaty"
    assert got.due_at.isna().tolist() == [False, True, False, False]
    for k in (0, 2, 3):
        d = compute_deadline(term, aware[k], hours=HOURS)
        assert got.due_at[k].to_pydatetime() == d.due_at
        assert got.registered_at[k].to_pydatetime() == d.registered_at
        assert got.last_day[k].date() == d.last_day


def test_arrow_and_polars_columns() -> None:
    pa = pytest.importorskip("pyarrow", reason="pyarrow is not installed")
    column = pa.array(MOMENTS, type=pa.timestamp("us"))
    got = bulk_deadlines(column, Term(3, "working_days"), hours=HOURS)
    assert isinstance(got.due_at, pa.Array) and got.due_at.type == pa.timestamp("us")
    assert got.last_day.type == pa.date32()
    assert got.due_at.to_pylist() == [_expected(Term(3, "working_days"), m)[2] if m else None for m in MOMENTS]
    assert got.reason.to_pylist() == [None, "no_moment", None, None]
    pl = pytest.importorskip("polars", reason="polars is not installed")
    series = pl.Series("at", MOMENTS, dtype=pl.Datetime("us"))
    got_pl = bulk_deadlines(series, Term(3, "working_days"), hours=HOURS)
    assert isinstance(got_pl.due_at, pl.Series)
    assert got_pl.due_at.to_list() == got.due_at.to_pylist()
    assert got_pl.last_day.to_list() == got.last_day.to_pylist()


def test_per_row_terms_offices_and_events() -> None:
    from kzsocial.registry import offices
    from kzsocial.services import catalog, hours_for

    svc = catalog().get("karaganda-2008/unemployed-registration")
    office = "karaganda/employment-dept-karaganda-city"
    hours = hours_for(svc, offices().get(office))
    staged = StagedTerm([Term(5, "working_days"), Term(15, "working_days"), Term(2, "working_days")])
    moments = [dt.datetime(2008, 12, 26, 18, 30)] * 5 + [None]
    events = [None, None, None, None, dt.datetime(2009, 2, 2, 10, 0), dt.datetime(2009, 2, 2, 10, 0)]
    got = bulk_deadlines(
        moments,
        [svc.term_for(None), staged, None, Term(2, "hours"), Term(1, "working_days"), Term(1, "working_days")],
        hours=[hours, office, office, None, "nowhere/at-all", office],
        starts_at=events,
    )
    assert got.due_at[0] == svc.deadline(moments[0]).due_at == dt.datetime(2009, 1, 8, 18, 0)
    assert got.due_at[1] == compute_deadline(staged, moments[1], hours=offices().get(office).hours).due_at
    assert got.reason == [None, None, "no_term", "no_hours", "unknown_office", None]
    assert got.registered_at[5] == dt.datetime(2009, 2, 2, 10, 0)  # from the event: no registration step
    assert set(got.reasons()) <= set(REASON_CODES)


def test_a_term_from_another_event_without_its_moment() -> None:
    from kzsocial.services import TermStart, catalog

    submission = (TermStart.SUBMISSION, TermStart.REGISTRATION, TermStart.DOCUMENTS_COMPLETE)
    found = [(s, t) for s in catalog() for t in s.terms if t.starts_from not in submission]
    assert found, "the catalogue has terms that run from another event"
    _svc, term = found[0]
    got = bulk_deadlines([dt.datetime(2009, 3, 2, 10, 0)], term)
    assert got.reason == ["no_start_event"] and got.due_at == [None]


def test_bad_batch_arguments_raise_clear_errors() -> None:
    with pytest.raises(InvalidInputError, match="rows"):
        bulk_deadlines(MOMENTS, [Term(1, "working_days")], hours=HOURS)
    with pytest.raises(UnknownOfficeError):
        bulk_deadlines(MOMENTS, Term(1, "working_days"), hours="nowhere/at-all")
    got = bulk_deadlines(["2008-12-26", *MOMENTS[1:]], Term(1, "working_days"), hours=HOURS)
    assert got.reason[0] == "bad_value"


def test_the_package_imports_without_numpy() -> None:
    code = (
        "import sys; sys.modules['numpy'] = None\n"
        "import kzsocial.cases\n"
        "from kzsocial.calendar import Term\n"
        "try:\n    kzsocial.cases.bulk_deadlines([], Term(1, 'working_days'))\n"
        "except ImportError as e:\n    print(type(e).__name__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == MissingExtraError.__name__
