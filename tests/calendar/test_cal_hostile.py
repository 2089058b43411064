"""Fuzzing: whatever is passed to the calendar's public API, only a KzSocialError escapes."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzsocial.calendar import (
    CalendarOverrides,
    CountingPolicy,
    Interval,
    LegalSource,
    LocalText,
    OfficeHours,
    StagedTerm,
    Term,
    TermStage,
    Transfer,
    WorkCalendar,
    compute_deadline,
    default_calendar,
    parse_time,
)
from kzsocial.errors import KzSocialError

CAL = default_calendar()
HOURS = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")], tz="Asia/Almaty")

junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True),
    st.text(max_size=12),
    st.binary(max_size=4),
    st.lists(st.integers(-3, 30), max_size=4),
    st.tuples(st.text(max_size=5), st.text(max_size=5)),
    st.dictionaries(st.integers(-2, 8), st.lists(st.text(max_size=6), max_size=2), max_size=3),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30), timezones=st.just(dt.UTC)),
    st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30)),
    st.timedeltas(),
    st.times(),
    st.just(float("inf")),
    st.just(object()),
)

CALLS: dict[str, Callable[[Any], object]] = {
    "is_working_day": lambda x: CAL.is_working_day(x),
    "add_working_days.d": lambda x: CAL.add_working_days(x, 3),
    "add_working_days.n": lambda x: CAL.add_working_days(dt.date(2025, 1, 6), x),
    "working_days_between": lambda x: CAL.working_days_between(dt.date(2025, 1, 6), x),
    "explain": lambda x: CAL.explain(x),
    "explain.text": lambda x: CAL.explain(dt.date(2025, 1, 6)).text(x),
    "special_days": lambda x: CAL.special_days(dt.date(2025, 1, 6), x),
    "is_working_day_batch": lambda x: CAL.is_working_day_batch(x),
    "add_working_days_batch": lambda x: CAL.add_working_days_batch([dt.date(2025, 1, 6)], x),
    "WorkCalendar.week": lambda x: WorkCalendar(x),
    "WorkCalendar.overrides": lambda x: WorkCalendar(5, x),
    "with_overrides": lambda x: CAL.with_overrides(x),
    "default_calendar": lambda x: default_calendar(x),
    "CalendarOverrides.from_json": lambda x: CalendarOverrides.from_json(x),
    "CalendarOverrides.from_json.record": lambda x: CalendarOverrides.from_json({"records": [x]}),
    "Transfer": lambda x: Transfer(x, dt.date(2025, 1, 3), LegalSource("x")),
    "LegalSource": lambda x: LegalSource(x),
    "LocalText": lambda x: LocalText(x, "a", "b"),
    "parse_time": lambda x: parse_time(x),
    "Interval": lambda x: Interval(x, "18:00"),
    "OfficeHours.weekly.opens": lambda x: OfficeHours.weekly(x, "18:00"),
    "OfficeHours.weekly.breaks": lambda x: OfficeHours.weekly("09:00", "18:00", breaks=x),
    "OfficeHours.weekly.weekdays": lambda x: OfficeHours.weekly("09:00", "18:00", weekdays=x),
    "OfficeHours.weekly.tz": lambda x: OfficeHours.weekly("09:00", "18:00", tz=x),
    "OfficeHours.from_days": lambda x: OfficeHours.from_days(x),
    "OfficeHours.days": lambda x: OfficeHours(x),
    "OfficeHours.exceptions": lambda x: OfficeHours(((),) * 7, exceptions=x),
    "is_open": lambda x: HOURS.is_open(x),
    "is_open.calendar": lambda x: HOURS.is_open(dt.datetime(2025, 1, 6, 10), calendar=x),
    "next_open": lambda x: HOURS.next_open(x),
    "add_working_time.start": lambda x: HOURS.add_working_time(x, dt.timedelta(hours=2)),
    "add_working_time.duration": lambda x: HOURS.add_working_time(dt.datetime(2025, 1, 6, 10), x),
    "working_time_between": lambda x: HOURS.working_time_between(dt.datetime(2025, 1, 6, 10), x),
    "hours_on": lambda x: HOURS.hours_on(x),
    "closes_on": lambda x: HOURS.closes_on(x),
    "Term.value": lambda x: Term(x, "working_days"),
    "Term.unit": lambda x: Term(3, x),
    "TermStage": lambda x: TermStage(x),
    "StagedTerm": lambda x: StagedTerm(x),
    "CountingPolicy": lambda x: CountingPolicy(unqualified_days=x),
    "CountingPolicy.bool": lambda x: CountingPolicy(due_at_office_close=x),
    "compute_deadline.term": lambda x: compute_deadline(x, dt.datetime(2025, 1, 6, 10), hours=HOURS),
    "compute_deadline.at": lambda x: compute_deadline(Term(3, "working_days"), x, hours=HOURS),
    "compute_deadline.hours": lambda x: compute_deadline(Term(3, "working_days"), dt.datetime(2025, 1, 6), hours=x),
    "compute_deadline.calendar": lambda x: compute_deadline(
        Term(3, "working_days"), dt.datetime(2025, 1, 6), hours=HOURS, calendar=x
    ),
    "compute_deadline.policy": lambda x: compute_deadline(
        Term(3, "working_days"), dt.datetime(2025, 1, 6), hours=HOURS, policy=x
    ),
    "compute_deadline.starts_at": lambda x: compute_deadline(Term(3, "calendar_days"), starts_at=x, hours=HOURS),
    "compute_deadline.start_event": lambda x: compute_deadline(
        Term(3, "calendar_days"), starts_at=dt.datetime(2025, 1, 6), start_event=x, hours=HOURS
    ),
    "compute_deadline.banking": lambda x: compute_deadline(
        Term(3, "banking_days"), dt.datetime(2025, 1, 6), hours=HOURS, banking_calendar=x
    ),
}


@pytest.mark.parametrize("name", sorted(CALLS))
@given(value=junk)
def test_only_kzsocial_errors_escape(name: str, value: object) -> None:
    with contextlib.suppress(KzSocialError):
        CALLS[name](value)


@pytest.mark.parametrize("week", [5.0, "5", [5], (5, 6), None], ids=repr)
def test_week_must_be_the_int_5_or_6(week: object) -> None:
    from kzsocial.calendar import WorkCalendar
    from kzsocial.errors import InvalidInputError

    with pytest.raises(InvalidInputError, match=r"^week must be 5 \(five-day week\) or 6 \(six-day week\), got "):
        WorkCalendar(week=week)  # type: ignore[arg-type]


def test_week_given_as_a_numpy_array_is_refused_clearly_not_by_numpy() -> None:
    np = pytest.importorskip("numpy")
    from kzsocial.calendar import WorkCalendar
    from kzsocial.errors import InvalidInputError

    for week in (np.array([5, 6]), np.array([5]), np.float64(5)):
        with pytest.raises(InvalidInputError, match=r"^week must be 5"):
            WorkCalendar(week=week)
    six = WorkCalendar(week=np.int64(6))  # an integer is an integer, kept as a Python int
    assert six.week == 6 and type(six.week) is int
    assert six.is_working_day(dt.date(2025, 1, 4))  # a Saturday works in a six-day week


def test_translated_languages_must_be_strs() -> None:
    from kzsocial.errors import InvalidInputError
    from kzsocial.provenance import LocalizedText

    for bad in ([["ru"]], [1], [None]):
        with pytest.raises(InvalidInputError, match=r"^translated is a set of languages"):
            LocalizedText("мерзім", ru="срок", translated=bad)  # type: ignore[arg-type]
