"""Office schedules share their tables (calendar/_schedule.py): across offices, hours with the same open time per
day, and time zones. Shared tables must answer exactly like tables built for one office alone."""

from __future__ import annotations

import datetime as dt
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzsocial.calendar import OfficeHours, default_calendar, six_day_calendar
from kzsocial.calendar import _schedule as schedule_module
from kzsocial.calendar._range import BASE, N_DAYS
from kzsocial.calendar._schedule import Schedule
from kzsocial.calendar._zone import ZonedSchedule, utc_us, zone_line
from kzsocial.registry import offices


@contextmanager
def _unshared() -> Iterator[None]:
    """Build schedules that share nothing (the obvious reference)."""
    mp = pytest.MonkeyPatch()
    mp.setattr(schedule_module, "_shared", lambda key, table: table)
    mp.setattr(schedule_module, "_SHARED", {})
    try:
        yield
    finally:
        mp.undo()


def _alone(hours: OfficeHours, calendar: Any = None) -> Schedule:
    with _unshared():
        sched = Schedule(hours, calendar or default_calendar())
        assert sched.cum is not None  # made on first read: made here, unshared
        return sched


def _catalogue_hours() -> list[OfficeHours]:
    return sorted({o.hours for o in offices() if o.hours is not None}, key=repr)


def test_every_office_schedule_equals_one_built_alone() -> None:
    found = _catalogue_hours()
    assert len(found) >= 5
    for hours in found:
        shared, alone = hours.schedule(), _alone(hours)
        assert shared.pat == alone.pat and shared.cum == alone.cum and shared.total == alone.total
        assert shared.patterns == alone.patterns and shared.pat.typecode == "B"


def test_equal_open_time_per_day_shares_the_counts_but_not_the_hours() -> None:
    a = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")])
    b = OfficeHours.weekly("08:30", "17:30", breaks=[("12:30", "13:30")])
    c = OfficeHours.weekly("09:00", "17:00", breaks=[("13:00", "14:00")])
    sa, sb, sc = a.schedule(), b.schedule(), c.schedule()
    assert sa.pat is sb.pat is sc.pat  # Monday to Friday: the same pattern ids every day
    assert sa.cum is sb.cum and sa.cum is not sc.cum  # 8 hours a day twice, 7 hours once
    start = dt.datetime(2024, 5, 3, 17, 0)
    assert a.add_working_time(start, dt.timedelta(hours=2)) == dt.datetime(2024, 5, 4, 10, 0)
    assert b.add_working_time(start, dt.timedelta(hours=2)) == dt.datetime(2024, 5, 4, 10, 0)  # 17:00-17:30, 8:30-
    assert c.add_working_time(start, dt.timedelta(hours=2)) == dt.datetime(2024, 5, 4, 11, 0)
    monday = dt.datetime(2024, 5, 6, 8, 45)
    assert a.add_working_time(monday, dt.timedelta(hours=1)) == dt.datetime(2024, 5, 6, 10, 0)
    assert b.add_working_time(monday, dt.timedelta(hours=1)) == dt.datetime(2024, 5, 6, 9, 45)
    assert a.hours_on(monday.date()) != b.hours_on(monday.date())


def test_zones_share_the_wall_clock_schedule_and_keep_their_own_reading() -> None:
    days = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")]).days
    almaty, aqtau, naive = OfficeHours(days, "Asia/Almaty"), OfficeHours(days, "Asia/Aqtau"), OfficeHours(days)
    assert almaty.schedule() is aqtau.schedule() is naive.schedule()
    za, zq = almaty._zoned(None), aqtau._zoned(None)
    assert za is not zq and za.line.name == "Asia/Almaty" and zq.line.name == "Asia/Aqtau"
    assert almaty._zoned(None) is za and OfficeHours(days, "Asia/Almaty")._zoned(None) is za


_WEEKS = [
    OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")]),
    OfficeHours.weekly("08:30", "17:30", breaks=[("12:30", "13:30")]),
    OfficeHours.weekly("09:00", "13:00", weekdays=range(6)),
    OfficeHours.from_days({0: [("09:00", "12:00")], 3: [("14:00", "17:00")]}),
    OfficeHours.from_days(
        {0: [("09:00", "18:00")], 1: [("09:00", "18:00")], 5: [("10:00", "14:00")]},
        exceptions={dt.date(2025, 1, 9): [], dt.date(2025, 1, 11): [("10:00", "11:00")]},
    ),
]


@given(
    hours=st.sampled_from(_WEEKS),
    six=st.booleans(),
    start=st.datetimes(dt.datetime(1991, 1, 1), dt.datetime(2099, 12, 1)),
    minutes=st.integers(0, 60 * 24 * 30),
)
def test_shared_schedules_answer_like_unshared_ones(
    hours: OfficeHours, six: bool, start: dt.datetime, minutes: int
) -> None:
    calendar = six_day_calendar() if six else default_calendar()
    shared, alone = hours.schedule(calendar), _ALONE[(hours, six)]
    i, t = start.toordinal() - BASE, ((start.hour * 60 + start.minute) * 60 + start.second) * 1_000_000
    assert shared.open_before(i, t) == alone.open_before(i, t)
    assert shared.is_open(i, t) == alone.is_open(i, t)
    assert shared.next_open(i, t) == alone.next_open(i, t)
    target = alone.open_before(i, t) + minutes * 60_000_000
    if 0 < target <= alone.total:
        assert shared.at_position(target, i) == alone.at_position(target, i)
    assert shared.intervals(i) == alone.intervals(i)


_ALONE = {
    (h, six): _alone(h, six_day_calendar() if six else default_calendar()) for h in _WEEKS for six in (False, True)
}


def _around_clock_changes(name: str) -> list[int]:
    line = zone_line(name)
    return [t + d for t in line.trans for d in (-2 * 3_600_000_000, -1, 0, 1, 1_800_000_000, 86_400_000_000)]


@pytest.mark.parametrize("zone", ["Asia/Almaty", "Asia/Aqtau"])
def test_zoned_answers_across_clock_changes_are_unchanged(zone: str) -> None:
    hours = OfficeHours.weekly("00:00", "23:59", weekdays=range(7), tz=zone)  # open across the changes' hours
    shared = hours._zoned(None)
    alone = ZonedSchedule(_alone(hours), zone_line(zone))
    lo, hi = utc_us(dt.datetime(1991, 1, 2, tzinfo=dt.UTC)), (N_DAYS - 2) * 86_400_000_000
    for u in _around_clock_changes(zone):
        if not lo < u < hi:
            continue
        assert shared.before(u) == alone.before(u)
        assert shared.is_open(u) == alone.is_open(u)
        assert shared.next_open(u) == alone.next_open(u)
        assert shared.first_at(alone.before(u) + 1) == alone.first_at(alone.before(u) + 1)


def test_all_the_catalogue_offices_take_little_memory() -> None:
    default_calendar().is_working_day(dt.date(2025, 1, 1))  # the calendar's own tables, outside the count
    found = _catalogue_hours()
    schedule_module._SHARED.clear()
    for hours in found:
        hours._cache.clear()
    default_calendar()._schedules.clear()
    tracemalloc.start()
    try:
        for hours in found:
            if hours.tz is not None:
                hours._zoned(None)
            hours.schedule().cum  # noqa: B018 - made on first read: counted here
        used, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # unshared, each distinct schedule took 0.4 MiB (pat two bytes and cum eight bytes a day)
    assert used < 0.4 * 2**20 * len(found) * 0.7, (used, len(found))


@given(
    weekdays=st.sets(st.integers(0, 6)),
    saturday=st.booleans(),
    exceptions=st.dictionaries(
        st.dates(dt.date(1990, 12, 1), dt.date(2101, 1, 31)), st.sampled_from([[], [("10:00", "11:00")]]), max_size=6
    ),
    six=st.booleans(),
)
def test_day_ids_equal_the_day_by_day_reference(
    weekdays: set[int], saturday: bool, exceptions: dict[dt.date, list[tuple[str, str]]], six: bool
) -> None:
    days = {w: [("09:00", "13:00"), ("14:00", "18:00")] for w in weekdays}
    if saturday:
        days[5] = [("10:00", "14:00")]
    hours = OfficeHours.from_days(days, exceptions=exceptions)
    calendar = six_day_calendar() if six else default_calendar()
    sched = hours.schedule(calendar)
    t = calendar._tables()
    ids = {p: k for k, p in enumerate(sched.patterns)}
    week_ids = [ids[schedule_module._pattern(d)] for d in hours.days]
    regular = next((p for p in [schedule_module._pattern(d) for d in hours.days[:5]] if p), None)
    regular = regular or next((schedule_module._pattern(d) for d in hours.days if d), ())
    exception_ids = {d.toordinal(): ids[schedule_module._pattern(iv)] for d, iv in hours.exceptions}
    args = (t.status, t.instead_of, week_ids, ids[regular], ids[()], exception_ids)
    assert list(schedule_module._day_ids(*args)) == schedule_module._day_ids_loop(*args) == list(sched.pat)


def test_intervals_given_as_text_are_parsed_once_and_bad_ones_always_refused() -> None:
    from kzsocial.errors import KzSocialError

    a = OfficeHours.from_days({0: [("09:00", "13:00")]})
    b = OfficeHours.from_days({3: [("09:00", "13:00")]})
    assert a.days[0][0] is b.days[3][0] and str(a.days[0][0].end) == "13:00:00"
    for _ in range(2):
        with pytest.raises(KzSocialError):
            OfficeHours.from_days({0: [("13:00", "09:00")]})
        with pytest.raises(KzSocialError):
            OfficeHours.from_days({0: [("9 o'clock", "13:00")]})
