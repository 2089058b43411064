"""A schedule's running open time (``cum``, ``total``) is made on its first read (issue 15, the first answer): the
next opening a few days away is read on the days' patterns alone. Made late, the tables must equal the obvious
reference (the day-by-day pattern ids and a plain running sum), be shared as before, and give the same answers."""

from __future__ import annotations

import datetime as dt
import itertools
from array import array

from hypothesis import given
from hypothesis import strategies as st

from kzsocial.calendar import OfficeHours, Term, TermUnit, compute_deadline, default_calendar, six_day_calendar
from kzsocial.calendar import _schedule as schedule_module
from kzsocial.calendar._range import BASE, N_DAYS
from kzsocial.calendar._schedule import Schedule


def _has_cum(sched: Schedule) -> bool:
    try:
        object.__getattribute__(sched, "cum")
    except AttributeError:
        return False
    return True


def _reference_cum(hours: OfficeHours, calendar: object) -> list[int]:
    """The open time before each day, summed day by day over ``hours_on`` (no table of the schedule read)."""
    sched = hours.schedule(calendar)  # type: ignore[arg-type]
    lengths = []
    for i in range(N_DAYS):
        day = sched.intervals(i)
        lengths.append(sum((e.end.hour * 60 + e.end.minute) - (e.start.hour * 60 + e.start.minute) for e in day))
    return [0, *(m * 60_000_000 for m in itertools.accumulate(lengths))]


@given(
    weekdays=st.sets(st.integers(0, 6)),
    saturday=st.booleans(),
    exceptions=st.dictionaries(
        st.dates(dt.date(1990, 12, 1), dt.date(2101, 1, 31)), st.sampled_from([[], [("10:00", "11:30")]]), max_size=6
    ),
    six=st.booleans(),
)
def test_the_late_running_sum_equals_the_day_by_day_reference(
    weekdays: set[int], saturday: bool, exceptions: dict[dt.date, list[tuple[str, str]]], six: bool
) -> None:
    days = {w: [("09:00", "13:00"), ("14:00", "18:15")] for w in weekdays}
    if saturday:
        days[5] = [("10:00", "14:00")]
    hours = OfficeHours.from_days(days, exceptions=exceptions)
    calendar = six_day_calendar() if six else default_calendar()
    sched = Schedule(hours, calendar)
    assert not _has_cum(sched)
    t = calendar._tables()
    ids = {p: k for k, p in enumerate(sched.patterns)}
    week_ids = [ids[schedule_module._pattern(d)] for d in hours.days]
    regular = next((p for p in [schedule_module._pattern(d) for d in hours.days[:5]] if p), None)
    regular = regular or next((schedule_module._pattern(d) for d in hours.days if d), ())
    exception_ids = {d.toordinal(): ids[schedule_module._pattern(iv)] for d, iv in hours.exceptions}
    loop = schedule_module._day_ids_loop(t.status, t.instead_of, week_ids, ids[regular], ids[()], exception_ids)
    lengths = [sum(e - s for s, e in p) for p in sched.patterns]
    plain = [0, *itertools.accumulate(lengths[k] for k in loop)]
    assert sched.cum.typecode == "q" and sched.cum == array("q", plain)
    assert sched.total == plain[-1] and _has_cum(sched)
    assert sched.lengths == tuple(lengths)
    assert hours.schedule(calendar).cum == array("q", plain)  # the shared schedule, made by another way in


def test_the_reference_itself_reads_the_catalogue_hours() -> None:
    hours = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")])
    assert hours.schedule().cum == array("q", _reference_cum(hours, default_calendar()))


def test_the_first_deadline_builds_no_running_sum_and_a_long_closure_does() -> None:
    # hours of this test alone: no other test has read their tables
    hours = OfficeHours.weekly("09:07", "17:53", breaks=[("13:01", "13:59")], tz="Asia/Almaty")
    term = Term(10, TermUnit.CALENDAR_DAYS)
    due = compute_deadline(term, dt.datetime(2008, 12, 26, 18, 30), hours=hours)  # Friday after closing
    sched = hours.schedule()
    assert not _has_cum(sched)
    assert due.registered_at == dt.datetime(2008, 12, 29, 9, 7)
    i = dt.date(2008, 12, 26).toordinal() - BASE
    t = (18 * 60 + 30) * 60_000_000
    assert sched.next_open(i, t) == (i + 3, (9 * 60 + 7) * 60_000_000)  # read on cum: now made
    assert _has_cum(sched) and sched.total == sched.cum[-1] > 0

    closed = OfficeHours.from_days(
        {d: [("09:07", "17:53")] for d in range(5)},
        exceptions={dt.date(2030, 1, 1) + dt.timedelta(k): [] for k in range(40)},
    )
    due = compute_deadline(term, dt.datetime(2029, 12, 31, 18, 0), hours=closed)
    assert due.registered_at == dt.datetime(2030, 2, 11, 9, 7)  # 40 days closed, then a weekend: cum bisected
    assert _has_cum(closed.schedule())


def test_equal_tables_are_still_shared_when_made_late() -> None:
    a = OfficeHours.weekly("09:11", "18:11", breaks=[("13:11", "14:11")])
    b = OfficeHours.weekly("08:41", "17:41", breaks=[("12:41", "13:41")])
    sa, sb = a.schedule(), b.schedule()
    assert sa.pat is sb.pat and not _has_cum(sa) and not _has_cum(sb)
    assert sa.cum is sb.cum and sa.total == sb.total
    assert isinstance(sa.cum, array)

