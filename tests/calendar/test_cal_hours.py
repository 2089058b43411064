"""Office hours and working time: breaks, nights, holidays, worked weekends, exceptions, time zones."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kzsocial.calendar import Interval, OfficeHours, default_calendar, six_day_calendar
from kzsocial.calendar._range import MAX_DATE
from kzsocial.errors import DateOutOfRangeError, InvalidInputError, InvalidTypeError, KzSocialError

DT = dt.datetime
TD = dt.timedelta
ALMATY = "Asia/Almaty"

STANDARD = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")])
SHORT = OfficeHours.weekly("09:00", "17:30", breaks=[("13:00", "14:30")])
MON_THU = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")], weekdays=range(4))
WITH_SATURDAY = OfficeHours.from_days(
    {
        0: [("09:00", "13:00"), ("14:00", "18:00")],
        1: [("09:00", "13:00"), ("14:00", "18:00")],
        2: [("08:00", "12:00")],
        3: [("09:00", "13:00"), ("14:00", "18:00")],
        4: [("09:00", "13:00"), ("14:00", "17:00")],
        5: [("10:00", "14:00")],
    },
    exceptions={
        dt.date(2025, 1, 2): [("10:00", "12:00")],  # a holiday opened by order
        dt.date(2025, 1, 6): [],  # a working day closed
    },
)
NIGHT = OfficeHours.from_days({k: [("00:00", "06:00"), ("20:00", "23:59")] for k in range(7)})
OFFICES = [STANDARD, SHORT, MON_THU, WITH_SATURDAY, NIGHT]

moments = st.datetimes(min_value=DT(1991, 1, 2), max_value=DT(2100, 11, 30))
durations = st.integers(min_value=1, max_value=60 * 24 * 40).map(lambda m: TD(minutes=m))
CALENDAR_END = dt.datetime.combine(MAX_DATE, dt.time.max)
"""The last moment of the calendar's range: working time beyond it cannot be counted."""


def in_open_time(hours: OfficeHours, moment: dt.datetime) -> bool:
    """True if ``moment`` is inside an interval or at its end (s < t <= e)."""
    t = moment.time()
    return any(i.start < t <= i.end for i in hours.hours_on(moment.date()))


def slow_working_time(hours: OfficeHours, a: dt.datetime, b: dt.datetime) -> dt.timedelta:
    """Reference: sum the overlaps of [a, b) with each day's intervals, one day at a time."""
    total = TD(0)
    day = a.date()
    while day <= b.date():
        for i in hours.hours_on(day):
            s, e = DT.combine(day, i.start), DT.combine(day, i.end)
            lo, hi = max(s, a), min(e, b)
            if hi > lo:
                total += hi - lo
        day += TD(days=1)
    return total


# -- the example and the rules ------------------------------------------------------------------------------


def test_120_working_minutes_from_friday_evening_land_on_the_worked_saturday() -> None:
    assert SHORT.add_working_time(DT(2024, 5, 3, 17, 0), TD(minutes=120)) == DT(2024, 5, 4, 10, 30)
    assert SHORT.working_time_between(DT(2024, 5, 3, 17, 0), DT(2024, 5, 4, 10, 30)) == TD(minutes=120)


def test_open_time_edges() -> None:
    assert STANDARD.is_open(DT(2025, 1, 6, 9, 0))
    assert not STANDARD.is_open(DT(2025, 1, 6, 8, 59, 59))
    assert STANDARD.is_open(DT(2025, 1, 6, 12, 59, 59))
    assert not STANDARD.is_open(DT(2025, 1, 6, 13, 0))
    assert not STANDARD.is_open(DT(2025, 1, 6, 18, 0))
    assert not STANDARD.is_open(DT(2025, 1, 7, 10, 0))  # 7 January
    assert STANDARD.next_open(DT(2025, 1, 6, 13, 30)) == DT(2025, 1, 6, 14, 0)
    assert STANDARD.next_open(DT(2025, 1, 6, 10, 15)) == DT(2025, 1, 6, 10, 15)
    assert STANDARD.next_open(DT(2024, 12, 31, 18, 0)) == DT(2025, 1, 5, 9, 0)  # the worked Sunday


def test_a_term_ending_at_the_lunch_break_ends_at_13_00() -> None:
    assert STANDARD.add_working_time(DT(2025, 1, 6, 9, 0), TD(hours=4)) == DT(2025, 1, 6, 13, 0)
    assert STANDARD.add_working_time(DT(2025, 1, 6, 9, 0), TD(hours=4, seconds=1)) == DT(2025, 1, 6, 14, 0, 1)
    assert STANDARD.add_working_time(DT(2025, 1, 6, 19, 0), TD(0)) == DT(2025, 1, 6, 19, 0)


def test_worked_weekend_days_take_the_hours_of_the_day_they_replace() -> None:
    # Saturday 4 May 2024 replaced Wednesday 8 May: WITH_SATURDAY opens 08:00-12:00 on Wednesdays.
    assert [(str(i.start), str(i.end)) for i in WITH_SATURDAY.hours_on(dt.date(2024, 5, 4))] == [
        ("08:00:00", "12:00:00")
    ]
    # An ordinary Saturday keeps the office's own Saturday hours; the five-day calendar does not close it.
    assert [str(i.start) for i in WITH_SATURDAY.hours_on(dt.date(2024, 5, 11))] == ["10:00:00"]
    # A Monday-to-Thursday office stays closed on Sunday 5 January 2025, worked in place of a Friday.
    assert MON_THU.hours_on(dt.date(2025, 1, 5)) == ()
    assert STANDARD.hours_on(dt.date(2025, 1, 5)) == STANDARD.days[4]


def test_holidays_close_the_office_and_exceptions_come_first() -> None:
    assert WITH_SATURDAY.hours_on(dt.date(2024, 3, 23)) == ()  # Nauryz on a Saturday
    assert WITH_SATURDAY.hours_on(dt.date(2025, 1, 2)) == (Interval("10:00", "12:00"),)
    assert WITH_SATURDAY.hours_on(dt.date(2025, 1, 6)) == ()
    assert WITH_SATURDAY.next_open(DT(2025, 1, 1, 12, 0)) == DT(2025, 1, 2, 10, 0)


def test_six_day_calendar() -> None:
    six = six_day_calendar()
    assert not STANDARD.is_open(DT(2024, 5, 8, 10, 0))
    assert STANDARD.is_open(DT(2024, 5, 8, 10, 0), calendar=six)
    assert WITH_SATURDAY.is_open(DT(2026, 1, 3, 11, 0), calendar=six)
    assert STANDARD.schedule(six) is not STANDARD.schedule(default_calendar())


def test_equal_hours_share_one_schedule() -> None:
    again = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")])
    assert again == STANDARD and again.schedule() is STANDARD.schedule()


# -- time zones ------------------------------------------------------------------------------------------------------


def test_time_zones_with_historical_offsets() -> None:
    almaty = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")], tz=ALMATY)
    aqtau = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")], tz="Asia/Aqtau")
    utc = dt.UTC
    # 03:30 UTC is 09:30 in Almaty (UTC+6) before 1 March 2024 and 08:30 (UTC+5) after.
    assert almaty.is_open(DT(2024, 2, 28, 3, 30, tzinfo=utc))
    assert not almaty.is_open(DT(2024, 3, 4, 3, 30, tzinfo=utc))
    # Aktau was already UTC+5.
    assert not aqtau.is_open(DT(2024, 2, 28, 3, 30, tzinfo=utc))
    due = almaty.add_working_time(DT(2024, 2, 29, 11, 30, tzinfo=utc), TD(hours=2))
    assert due.tzinfo is not None and due.utcoffset() == TD(hours=5)
    assert due == DT(2024, 3, 1, 10, 30, tzinfo=due.tzinfo)  # 17:30-18:00 (+6), then 09:00-10:30 (+5)
    opened = almaty.next_open(DT(2024, 2, 29, 17, 30, tzinfo=utc))
    assert opened.isoformat() == "2024-03-01T09:00:00+05:00"
    # Naive datetimes are office-local and stay naive.
    assert almaty.next_open(DT(2024, 2, 29, 23, 30)) == DT(2024, 3, 1, 9, 0)
    # An aware moment the office is open at comes back converted to its zone.
    assert almaty.next_open(DT(2024, 3, 4, 5, 0, tzinfo=utc)).isoformat() == "2024-03-04T10:00:00+05:00"
    assert almaty.closes_on(dt.date(2024, 2, 28)) == DT(2024, 2, 28, 12, 0, tzinfo=utc)


# -- properties -------------------------------------------------------------------------------------------------------


@given(st.sampled_from(OFFICES), moments, durations)
@example(SHORT, DT(2100, 11, 17, 16, 0), TD(minutes=15001))  # more working time than the calendar has left
def test_add_working_time_lands_in_open_time_and_between_inverts_it(
    hours: OfficeHours, start: dt.datetime, duration: dt.timedelta
) -> None:
    try:
        end = hours.add_working_time(start, duration)
    except DateOutOfRangeError:
        # only when the calendar's range ends before that much working time (a start near 2100 on short hours)
        assert hours.working_time_between(start, CALENDAR_END) < duration
        return
    assert end > start
    assert in_open_time(hours, end)
    assert hours.working_time_between(start, end) == duration
    assert hours.working_time_between(end, start) == -duration


@given(st.sampled_from(OFFICES), moments, st.integers(0, 60 * 24 * 20).map(lambda m: TD(minutes=m, seconds=7)))
def test_working_time_between_equals_a_day_by_day_sum(hours: OfficeHours, a: dt.datetime, span: dt.timedelta) -> None:
    b = a + span
    assert hours.working_time_between(a, b) == slow_working_time(hours, a, b)
    back = hours.add_working_time(a, hours.working_time_between(a, b))
    assert back <= b
    assert hours.working_time_between(back, b) == TD(0)


@given(st.sampled_from(OFFICES), moments)
def test_next_open_is_open_and_skips_no_open_time(hours: OfficeHours, at: dt.datetime) -> None:
    opened = hours.next_open(at)
    assert opened >= at and hours.is_open(opened)
    assert hours.working_time_between(at, opened) == TD(0)
    assert (opened == at) == hours.is_open(at)


@given(st.sampled_from(OFFICES), moments, durations, durations)
@example(SHORT, DT(2100, 11, 17, 16, 0), TD(minutes=30), TD(minutes=15001))
def test_add_working_time_is_monotone(hours: OfficeHours, start: dt.datetime, d1: TD, d2: TD) -> None:
    lo, hi = sorted([d1, d2])
    room = hours.working_time_between(start, CALENDAR_END)
    if hi > room:  # the later end falls outside the calendar's range: an error, never a wrong moment
        with pytest.raises(DateOutOfRangeError):
            hours.add_working_time(start, hi)
        if lo > room:
            return
        assert hours.add_working_time(start, lo) <= CALENDAR_END
        return
    assert hours.add_working_time(start, lo) <= hours.add_working_time(start, hi)


# -- hostile input ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: STANDARD.is_open(dt.date(2025, 1, 6)), InvalidTypeError),
        (lambda: STANDARD.is_open("2025-01-06T10:00"), InvalidTypeError),
        (lambda: STANDARD.is_open(DT(1990, 6, 1, 10)), DateOutOfRangeError),
        (lambda: STANDARD.add_working_time(DT(2025, 1, 6), TD(minutes=-1)), InvalidInputError),
        (lambda: STANDARD.add_working_time(DT(2025, 1, 6), 60), InvalidTypeError),
        (lambda: STANDARD.add_working_time(DT(2100, 12, 1), TD(days=365)), DateOutOfRangeError),
        (lambda: STANDARD.add_working_time(DT(2025, 1, 6), TD.max), DateOutOfRangeError),
        (lambda: STANDARD.is_open(DT(2025, 1, 6, tzinfo=dt.UTC)), InvalidInputError),
        (lambda: STANDARD.is_open(DT(2025, 1, 6, 10), calendar="five"), InvalidTypeError),
        (lambda: STANDARD.hours_on("2025-01-06"), InvalidTypeError),
        (lambda: OfficeHours.from_days({0: []}).next_open(DT(2025, 1, 6)), DateOutOfRangeError),
        (lambda: OfficeHours.weekly("18:00", "09:00"), InvalidInputError),
        (lambda: OfficeHours.weekly("09:00", "18:00", breaks=[("08:00", "10:00")]), InvalidInputError),
        (lambda: OfficeHours.weekly("09:00", "18:00", weekdays=[7]), InvalidInputError),
        (lambda: OfficeHours.weekly("09:00", "18:00", weekdays="mon"), InvalidTypeError),
        (lambda: OfficeHours.weekly("9", "18:00"), InvalidInputError),
        (lambda: OfficeHours.weekly("09:00", "25:00"), InvalidInputError),
        (lambda: OfficeHours.weekly("09:00", "18:00", tz="Mars/Olympus"), InvalidInputError),
        (lambda: OfficeHours.from_days({0: [("09:00", "12:00"), ("11:00", "13:00")]}), InvalidInputError),
        (lambda: OfficeHours.from_days({0: ["09:00"]}), InvalidTypeError),
        (lambda: OfficeHours.from_days([]), InvalidTypeError),
        (lambda: OfficeHours(((),) * 6), InvalidInputError),
        (lambda: OfficeHours("abc"), InvalidTypeError),
        (lambda: OfficeHours(((),) * 7, exceptions={"2025-01-01": []}), InvalidTypeError),
    ],
)
def test_hostile_input_raises_kzsocial_errors(call: object, error: type[Exception]) -> None:
    with pytest.raises(error) as caught:
        call()  # type: ignore[operator]
    assert isinstance(caught.value, KzSocialError)
