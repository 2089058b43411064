"""Clock changes: every Kazakhstan zone of the tz database, every transition of 1991–2100.

Office hours are wall-clock times; time runs in real instants. Whatever the zone did (the 1991–2004 summer time,
the 1991/1992/2004/2018/2024 changes of standard time), every answer must be a real instant (it survives a round
trip through UTC), at or after registration, and for working-time terms inside open time. Small cases are compared
with a slow obvious reference that steps over UTC instants a minute at a time.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzsocial.calendar import CountingPolicy, OfficeHours, Term, compute_deadline, default_calendar
from kzsocial.calendar._zone import attach, from_utc_us, utc_us, zone_line
from kzsocial.errors import DateOutOfRangeError

UTC = dt.UTC
MIN = dt.timedelta(minutes=1)
KZ_ZONES = (
    "Asia/Almaty",
    "Asia/Aqtau",
    "Asia/Aqtobe",
    "Asia/Atyrau",
    "Asia/Oral",
    "Asia/Qostanay",
    "Asia/Qyzylorda",
)


def transitions(zone: str) -> list[dt.datetime]:
    """The zone's transitions in the calendar's range, as aware UTC instants."""
    line = zone_line(zone)
    return [from_utc_us(t, UTC) for t in line.trans if dt.datetime(1991, 1, 2, tzinfo=UTC) <= from_utc_us(t, UTC)]


ALL = [(z, t) for z in KZ_ZONES for t in transitions(z)]

HOURS_SHAPES = {
    "all_day": {w: [("00:00", "23:59")] for w in range(7)},
    "night": {w: [("00:00", "03:30"), ("22:00", "23:59")] for w in range(7)},
    "office": {w: [("09:00", "13:00"), ("14:00", "18:00")] for w in range(7)},
    "early": {w: [("01:00", "02:30"), ("02:45", "04:00")] for w in range(7)},
}


def hours_of(shape: str, zone: str) -> OfficeHours:
    return OfficeHours.from_days(HOURS_SHAPES[shape], tz=zone)


# Comparisons go through UTC: within one zone ``<`` and ``==`` compare wall times and ignore fold.


def is_real(moment: dt.datetime) -> bool:
    """An aware moment that survives the round trip through UTC (same wall time, same offset)."""
    assert moment.tzinfo is not None
    back = moment.astimezone(UTC).astimezone(moment.tzinfo)
    return back.replace(tzinfo=None) == moment.replace(tzinfo=None) and back.utcoffset() == moment.utcoffset()


def same(a: dt.datetime | None, b: dt.datetime | None) -> bool:
    """The same instant (``==`` on aware datetimes ignores fold within one zone and is False across zones for an
    instant in a fold: compare in UTC)."""
    if a is None or b is None:
        return a is b
    return a.astimezone(UTC) == b.astimezone(UTC)


# -- the slow obvious reference: a minute at a time over UTC instants -------------------------------------------------


def open_at(hours: OfficeHours, u: dt.datetime) -> bool:
    """Open at instant ``u``: the office's clock then shows an open time of that local day."""
    assert hours.tz is not None
    local = u.astimezone(ZoneInfo(hours.tz))
    t = local.time().replace(fold=0)
    return any(i.start <= t < i.end for i in hours.hours_on(local.date()))


def slow_add(hours: OfficeHours, start: dt.datetime, minutes: int, limit: int = 60 * 24 * 20) -> dt.datetime | None:
    if minutes == 0:
        return start
    u, done = start, 0
    for _ in range(limit):
        if open_at(hours, u):
            done += 1
            if done == minutes:
                return u + MIN
        u += MIN
    return None


def slow_next_open(hours: OfficeHours, start: dt.datetime, limit: int = 60 * 24 * 20) -> dt.datetime | None:
    u = start
    for _ in range(limit):
        if open_at(hours, u):
            return u
        u += MIN
    return None


def slow_between(hours: OfficeHours, a: dt.datetime, b: dt.datetime) -> int:
    n, u = 0, a
    while u < b:
        n += open_at(hours, u)
        u += MIN
    return n


# -- the transitions themselves -------------------------------------------------------------------------------------


def test_every_kazakhstan_zone_has_its_history() -> None:
    """The tz database's Kazakhstan zones changed their clocks in 1991-2004 and later; each is read."""
    counts = {z: len(transitions(z)) for z in KZ_ZONES}
    assert all(n >= 20 for n in counts.values()), counts
    almaty = transitions("Asia/Almaty")
    assert dt.datetime(2024, 2, 29, 18, 0, tzinfo=UTC) in almaty  # 1 March 2024 00:00 +06 -> 29 Feb 23:00 +05
    assert all(t.year <= 2024 for t in almaty)


@pytest.mark.parametrize("zone", KZ_ZONES)
def test_the_transitions_found_are_the_zones(zone: str) -> None:
    """Around each found transition the offset changes exactly there; between two, it does not change (checked
    every hour in the day around each and every six hours elsewhere in 1991-2006)."""
    z = ZoneInfo(zone)
    line = zone_line(zone)
    for k, t in enumerate(line.trans):
        before = from_utc_us(t - 1, z).utcoffset()
        after = from_utc_us(t, z).utcoffset()
        assert before != after
        assert before == dt.timedelta(microseconds=line.offs[k]) and after == dt.timedelta(
            microseconds=line.offs[k + 1]
        )
    u = dt.datetime(1991, 1, 1, tzinfo=UTC)
    while u < dt.datetime(2006, 1, 1, tzinfo=UTC):
        assert u.astimezone(z).utcoffset() == dt.timedelta(microseconds=line.offset(utc_us(u))), u
        u += dt.timedelta(hours=6)


# -- the reports --------------------------------------------------------------------------------------------


def test_ten_minutes_across_the_2024_change_end_after_the_submission() -> None:
    """Issue 11: 10 minutes from 18:10 UTC on 29 Feb 2024 ended 50 minutes before the submission."""
    hours = hours_of("all_day", "Asia/Almaty")
    d = compute_deadline(Term(10, "minutes"), dt.datetime(2024, 2, 29, 18, 10, tzinfo=UTC), hours=hours)
    assert same(d.due_at, dt.datetime(2024, 2, 29, 18, 20, tzinfo=UTC))
    assert d.due_at.isoformat() == "2024-02-29T23:20:00+05:00" and d.due_at.fold == 1
    assert is_real(d.due_at)


def test_the_repeated_hour_counts_twice_and_the_skipped_hour_not_at_all() -> None:
    almaty = ZoneInfo("Asia/Almaty")
    hours = hours_of("all_day", "Asia/Almaty")
    # 29 Feb 2024 (a working Thursday) had 25 hours: 23:00-24:00 twice (open 00:00-23:59 on each pass).
    a = dt.datetime(2024, 2, 29, 0, 0, tzinfo=almaty)
    b = dt.datetime(2024, 2, 29, 23, 59, fold=1, tzinfo=almaty)
    assert hours.working_time_between(a, b) == dt.timedelta(hours=24, minutes=58)
    # 27 March 1994 (Sunday; open every day): clocks went from 02:00 to 03:00 — that day had 22h59m open.
    a = dt.datetime(1994, 3, 27, 0, 0, tzinfo=almaty)
    b = dt.datetime(1994, 3, 27, 23, 59, tzinfo=almaty)
    assert hours.working_time_between(a, b) == dt.timedelta(hours=22, minutes=59)
    due = hours.add_working_time(dt.datetime(1994, 3, 27, 1, 30, tzinfo=almaty), dt.timedelta(hours=1))
    assert due.isoformat() == "1994-03-27T03:30:00+07:00"


def test_a_skipped_local_time_reads_as_the_moment_clocks_went_forward() -> None:
    almaty = ZoneInfo("Asia/Almaty")
    hours = hours_of("all_day", "Asia/Almaty")
    gap = dt.datetime(1994, 3, 27, 2, 30)  # never shown in Almaty
    assert attach(gap, almaty).isoformat() == "1994-03-27T03:00:00+07:00"
    assert hours.next_open(gap) == dt.datetime(1994, 3, 27, 3, 0)
    assert hours.add_working_time(gap, dt.timedelta(minutes=5)) == dt.datetime(1994, 3, 27, 3, 5)
    d = compute_deadline(Term(5, "minutes"), gap, hours=hours)
    assert d.registered_at == dt.datetime(1994, 3, 27, 3, 0) and d.due_at == dt.datetime(1994, 3, 27, 3, 5)


def test_naive_moments_on_the_repeated_hour_carry_fold() -> None:
    hours = hours_of("all_day", "Asia/Almaty")
    first = dt.datetime(2024, 2, 29, 23, 50)  # fold=0: the first pass, +06
    out = hours.add_working_time(first, dt.timedelta(minutes=20))
    assert out == dt.datetime(2024, 2, 29, 23, 11) and out.fold == 1  # 9 min to 23:59, then 11 on the second pass
    assert hours.working_time_between(first, out) == dt.timedelta(minutes=20)


def test_a_day_term_due_at_a_close_in_the_repeated_hour_is_its_second_pass() -> None:
    hours = hours_of("all_day", "Asia/Almaty")
    d = compute_deadline(
        Term(0, "calendar_days"),
        dt.datetime(2024, 2, 29, 10, 0, tzinfo=ZoneInfo("Asia/Almaty")),
        hours=hours,
        policy=CountingPolicy(count_from_next_day=False),
    )
    assert d.due_at.isoformat() == "2024-02-29T23:59:00+05:00" and is_real(d.due_at)


# -- properties over every transition of every zone -----------------------------------------------------------------

BASE = settings.default.max_examples  # the profile's count (lighter under CI=true)
around = st.integers(min_value=-36 * 60, max_value=36 * 60)


@st.composite
def near_transition(draw: st.DrawFn) -> tuple[str, dt.datetime]:
    zone, t = draw(st.sampled_from(ALL))
    return zone, t + draw(around) * MIN


@settings(max_examples=2 * BASE)
@given(
    near_transition(),
    st.sampled_from(sorted(HOURS_SHAPES)),
    st.sampled_from(["minutes", "hours"]),
    st.integers(min_value=0, max_value=300),
    st.booleans(),
)
def test_working_time_deadlines_are_real_instants_after_registration_inside_open_time(
    at: tuple[str, dt.datetime], shape: str, unit: str, value: int, naive: bool
) -> None:
    zone, submitted = at
    if unit == "hours":
        value = value % 9
    hours = hours_of(shape, zone)
    z = ZoneInfo(zone)
    given_at = submitted.astimezone(z).replace(tzinfo=None) if naive else submitted
    d = compute_deadline(Term(value, unit), given_at, hours=hours)
    due = d.due_at if not naive else attach(d.due_at, z)
    registered = d.registered_at if not naive else attach(d.registered_at, z)
    assert is_real(due) and is_real(registered)
    assert registered.astimezone(UTC) >= submitted and due.astimezone(UTC) >= registered.astimezone(UTC)
    if value:
        assert hours.is_open(due - dt.timedelta(microseconds=1))  # the term's last moment was open time
        assert hours.working_time_between(registered, due) == dt.timedelta(
            minutes=value * (60 if unit == "hours" else 1)
        )
    else:
        assert same(due, registered)


@settings(max_examples=3 * BASE // 4)
@given(near_transition(), st.sampled_from(sorted(HOURS_SHAPES)), st.integers(min_value=0, max_value=200))
def test_working_time_equals_the_minute_by_minute_reference(
    at: tuple[str, dt.datetime], shape: str, minutes: int
) -> None:
    zone, start = at
    hours = hours_of(shape, zone)
    calendar = default_calendar()
    expected = slow_add(hours, start, minutes)
    if expected is None:
        return
    got = hours.add_working_time(start, minutes * MIN, calendar)
    assert same(got, expected) and is_real(got)
    assert same(hours.next_open(start), slow_next_open(hours, start))
    assert hours.is_open(start) == open_at(hours, start)
    end = start + dt.timedelta(hours=6)
    assert hours.working_time_between(start, end) == slow_between(hours, start, end) * MIN


@settings(max_examples=3 * BASE // 2)
@given(
    near_transition(),
    st.sampled_from([*sorted(HOURS_SHAPES), "unknown"]),
    st.sampled_from(["calendar_days", "working_days", "months"]),
    st.integers(min_value=0, max_value=40),
    st.booleans(),
    st.booleans(),
)
def test_day_term_deadlines_are_real_instants_after_registration(
    at: tuple[str, dt.datetime], shape: str, unit: str, value: int, at_close: bool, next_day: bool
) -> None:
    zone, submitted = at
    policy = CountingPolicy(due_at_office_close=at_close, count_from_next_day=next_day)
    if shape == "unknown":  # no hours: the answers stay in the submission's zone
        given_at = submitted.astimezone(ZoneInfo(zone))
        d = compute_deadline(Term(value, unit), given_at, hours=None, policy=policy)
        assert d.due_at.tzinfo is given_at.tzinfo
    else:
        d = compute_deadline(Term(value, unit), submitted, hours=hours_of(shape, zone), policy=policy)
    assert is_real(d.due_at) and is_real(d.registered_at)
    assert d.registered_at.astimezone(UTC) >= submitted
    assert d.due_at.astimezone(UTC) >= d.registered_at.astimezone(UTC)


@settings(max_examples=BASE)
@given(near_transition(), st.integers(min_value=0, max_value=24 * 60 * 3))
def test_naive_wall_times_round_trip(at: tuple[str, dt.datetime], minutes: int) -> None:
    """A naive wall time (any fold) reads as a real instant; the answer, naive, attaches back to one."""
    zone, start = at
    z = ZoneInfo(zone)
    hours = hours_of("all_day", zone)
    wall = start.astimezone(z).replace(tzinfo=None)
    for fold in (0, 1):
        out = hours.add_working_time(wall.replace(fold=fold), minutes * MIN)
        assert is_real(attach(out, z))
        assert attach(out, z).astimezone(UTC) >= attach(wall.replace(fold=fold), z).astimezone(UTC)


def test_a_term_leaving_the_range_is_refused_in_every_zone() -> None:
    for zone in KZ_ZONES:
        hours = hours_of("office", zone)
        with pytest.raises(DateOutOfRangeError):
            hours.add_working_time(dt.datetime(2100, 12, 31, 10, tzinfo=UTC), dt.timedelta(days=400))
        with pytest.raises(DateOutOfRangeError):
            hours.next_open(dt.datetime(1990, 12, 31, 12, tzinfo=UTC))


# -- the version stamp ----------------------------------------------------------------------------------------------


def test_a_deadline_in_a_zone_names_the_tz_data_it_used() -> None:
    import zoneinfo

    from kzsocial.calendar._zone import tz_version

    d = compute_deadline(
        Term(2, "hours"), dt.datetime(2024, 3, 1, 10, tzinfo=UTC), hours=hours_of("office", "Asia/Aqtau")
    )
    assert d.data_version.startswith(default_calendar().data_version + "; tz Asia/Aqtau: IANA ")
    stamp = tz_version("Asia/Aqtau")
    assert stamp in d.data_version and "release unknown" not in stamp
    system = [root for root in zoneinfo.TZPATH if (Path(root) / "Asia" / "Aqtau").is_file()]
    assert (f"({system[0]})" in stamp) if system else ("(tzdata package)" in stamp)
    plain = compute_deadline(Term(2, "hours"), dt.datetime(2024, 3, 1, 10), hours=OfficeHours.weekly("09:00", "18:00"))
    assert plain.data_version == default_calendar().data_version  # no zone, nothing to name


def test_the_tzdata_package_is_named_when_the_system_has_no_tz_database(monkeypatch: pytest.MonkeyPatch) -> None:
    tzdata = pytest.importorskip("tzdata")
    import zoneinfo

    from kzsocial.calendar import _zone

    monkeypatch.setattr(zoneinfo, "TZPATH", ())
    assert _zone._tz_source("Asia/Almaty") == f"IANA {tzdata.IANA_VERSION} (tzdata package)"


# -- timelines use the same conversions ------------------------------------------------------------------------------


@settings(max_examples=BASE // 2)
@given(near_transition(), st.sampled_from(sorted(HOURS_SHAPES)))
def test_timeline_steps_are_real_instants_in_order(at: tuple[str, dt.datetime], shape: str) -> None:
    from kzsocial.services import catalog, timeline

    zone, submitted = at
    svc = catalog().get("nko-2015/unemployed-registration")
    channel = svc.steps[0].channel
    t = timeline(svc, channel, submitted, office=hours_of(shape, zone))
    ends = [s.end for s in t.steps if s.end is not None]
    assert ends and all(is_real(e) for e in ends)
    utc = [e.astimezone(UTC) for e in ends]
    assert utc[0] >= submitted and utc == sorted(utc)


def test_a_timeline_across_the_2024_change() -> None:
    from kzsocial.services import catalog, timeline

    svc = catalog().get("nko-2015/unemployed-registration")
    t = timeline(
        svc,
        svc.steps[0].channel,
        dt.datetime(2024, 2, 29, 17, 50, tzinfo=UTC),
        office=hours_of("all_day", "Asia/Almaty"),
    )
    first, second = t.steps[0].end, t.steps[1].end
    assert first is not None and second is not None
    # 10 minutes: 23:50-23:59 (+06), then 23:00-23:01 on the repeated hour (+05)
    assert first.isoformat() == "2024-02-29T23:01:00+05:00" and first.fold == 1
    assert same(second, dt.datetime(2024, 2, 29, 20, 2, tzinfo=UTC))  # 2 hours more: 58 minutes, then 62
