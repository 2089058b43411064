"""Deadlines: a term, a submission (or another starting event), office hours, a calendar and counting rules.

>>> import datetime as dt
>>> from kzsocial.calendar import OfficeHours, Term
>>> hours = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")])
>>> d = compute_deadline(Term(10, "calendar_days"), dt.datetime(2008, 12, 26, 18, 30), hours=hours)
>>> d.registered_at, d.last_day, d.due_at
(datetime.datetime(2008, 12, 29, 9, 0), datetime.date(2009, 1, 8), datetime.datetime(2009, 1, 8, 18, 0))
>>> print(d.trace[0].text.en)
[rule 1] Submitted 2008-12-26 (Friday) 18:30 outside the office's open time (after closing): registered at ...

The computation answers first and explains later: each step appends a compact record of what happened
(``("move_off", day, moved)``) and the deadline keeps them; :mod:`kzsocial.calendar._trace` turns them into the
kk/ru/en :class:`~kzsocial.calendar.TraceStep` values the first time the trace is read (issue 15: a call costs a
few microseconds, not the ~25 ``format_date`` calls of an eager trace).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from typing import Any

from kzsocial.calendar._daycal import WorkCalendar, default_calendar
from kzsocial.calendar._deadline import DEFAULT_POLICY as _DEFAULT_POLICY
from kzsocial.calendar._deadline import Deadline, TraceStep, lazy_deadline
from kzsocial.calendar._deadline import set_ambiguous as _set_ambiguous
from kzsocial.calendar._deadline import set_data_version as _set_data_version
from kzsocial.calendar._deadline import set_due_at as _set_due_at
from kzsocial.calendar._deadline import set_facts as _set_facts
from kzsocial.calendar._deadline import set_last_day as _set_last_day
from kzsocial.calendar._deadline import set_policy as _set_policy
from kzsocial.calendar._deadline import set_registered_at as _set_registered_at
from kzsocial.calendar._deadline import set_start_event as _set_start_event
from kzsocial.calendar._deadline import set_submitted_at as _set_submitted_at
from kzsocial.calendar._deadline import set_term as _set_term
from kzsocial.calendar._hours import OfficeHours
from kzsocial.calendar._policy import CountingPolicy
from kzsocial.calendar._terms import StagedTerm, Term, TermUnit
from kzsocial.calendar._zone import DAY_US, attach, normalise, tz_version, zone_line
from kzsocial.errors import DateOutOfRangeError, InvalidInputError, InvalidTypeError, KzSocialError

__all__ = ["compute_deadline", "counting_arguments"]

_END_OF_DAY = dt.time.max
_END_OF_DAY_FOLD = dt.time.max.replace(fold=1)
_ONE_DAY = dt.timedelta(days=1)
_fromordinal = dt.date.fromordinal
_combine = dt.datetime.combine
_new = object.__new__
_BASE = WorkCalendar.MIN_DATE.toordinal()
_N_DAYS = WorkCalendar.MAX_DATE.toordinal() - _BASE + 1
_EPOCH = dt.datetime.fromordinal(_BASE)
_ONE_US = dt.timedelta(microseconds=1)
_MIN_ORDINAL = WorkCalendar.MIN_DATE.toordinal()
_MAX_ORDINAL = WorkCalendar.MAX_DATE.toordinal()
_default_calendar: WorkCalendar | None = None

_CALENDAR_DAYS = TermUnit.CALENDAR_DAYS
_WORKING_DAYS = TermUnit.WORKING_DAYS
_DAYS_UNQUALIFIED = TermUnit.DAYS_UNQUALIFIED
_BANKING_DAYS = TermUnit.BANKING_DAYS
_MONTHS = TermUnit.MONTHS
_HOURS = TermUnit.HOURS
_MINUTES = TermUnit.MINUTES
_PROBE = 8
"""How many days ahead a walk over a schedule's ``cum`` looks before it bisects instead."""
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

Record = tuple[Any, ...]
"""One step of the computation as recorded: its kind and the values its words need (see ``_trace.py``)."""


def _build_trace(hours: OfficeHours | None, calendar: WorkCalendar, records: list[Record]) -> tuple[TraceStep, ...]:
    """The trace of ``records``; the texts' module is imported on the first trace asked for."""
    from kzsocial.calendar._trace import build

    return build(hours, calendar, records)


class _Ctx:
    """What one computation needs, normalised once."""

    __slots__ = ("banking", "calendar", "clock", "hours", "policy", "zone")

    def __init__(
        self,
        hours: OfficeHours | None,
        calendar: WorkCalendar,
        banking: WorkCalendar | None,
        policy: CountingPolicy,
        zone: dt.tzinfo | None,
    ) -> None:
        self.hours = hours
        self.calendar = calendar
        self.banking = banking
        self.policy = policy
        self.zone = zone
        # The office's clock: naive moments are wall times on it (fold set), compared as real instants.
        self.clock = zone if zone is not None else (hours._zone() if hours is not None and hours.tz else None)

    def aware(self, moment: dt.datetime) -> dt.datetime:
        return moment if self.zone is None else attach(moment, self.zone)

    def local(self, moment: dt.datetime) -> dt.datetime:
        """A naive office-local moment (a real one: ``fold`` set on a repeated hour, no skipped time)."""
        if moment.tzinfo is None:
            return moment if self.clock is None else normalise(moment, self.clock)
        if moment.utcoffset() is None:
            return normalise(moment.replace(tzinfo=None), self.clock)
        if self.zone is not None:
            return moment.astimezone(self.zone).replace(tzinfo=None)
        return moment.replace(tzinfo=None)

    def earlier(self, a: dt.datetime, b: dt.datetime) -> bool:
        """Whether naive local ``a`` is a real instant before ``b``."""
        if self.clock is None:
            return a < b
        return attach(a, self.clock) < attach(b, self.clock).astimezone(dt.UTC)


# -- computing -------------------------------------------------------------------------------------------------------


def _register(
    ctx: _Ctx, at: dt.datetime, event_at: dt.datetime | None, event: str | None, records: list[Record]
) -> dt.datetime:
    """The naive local moment counting starts (``at`` is the submission or the event, local); records why."""
    if event_at is not None:
        records.append(("start_event", at, event or None))
        return at
    hours = ctx.hours
    if hours is None:
        records.append(("registered_unknown_hours", at))
        return at
    if not ctx.policy.register_at_next_opening:
        records.append(("registered_policy_off", at))
        return at
    # ``at`` itself (the same instant) when the office is open. Open time is read on the wall clock, so both passes
    # of a repeated hour are open or both closed: the same wall time back (whatever its fold) means open at ``at``.
    registered = hours.next_open(at, ctx.calendar)
    if registered == at:
        records.append(("registered_open", at))
        return at
    records.append(("registered_next_opening", at, registered))
    return registered


def _nth_working_day(cal: WorkCalendar, anchor: dt.date, n: int) -> dt.date:
    """The ``n``-th working day after ``anchor`` (``n > 0``), also when ``anchor`` is the day before the range
    (the registration day 1991-01-01 counted as day 1)."""
    if anchor < cal.MIN_DATE:
        first = anchor + _ONE_DAY
        return cal.add_working_days(first, n - 1 if cal.is_working_day(first) else n)
    return cal.add_working_days(anchor, n)


def _move_off(
    cal: WorkCalendar, policy: CountingPolicy, day: dt.date, rule: int, records: list[Record] | None
) -> dt.date:
    # (a WorkCalendar's own tables answer for a day in range; its methods for the rest, and raise)
    t = cal._t if cal.__class__ is WorkCalendar else None
    i = day.toordinal() - _BASE
    if t is not None and 0 <= i < _N_DAYS:
        if t.flags[i]:
            return day
    elif cal.is_working_day(day):  # (also the range check of ``day``)
        return day
    if not policy.move_off_non_working_day:
        if records is not None:
            records.append(("no_move", rule, day))
        return day
    moved = cal.add_working_days(day, 1)
    if records is not None:
        records.append(("move_off", day, moved))
    return moved


def _last_day(
    cal: WorkCalendar,
    banking: WorkCalendar | None,
    policy: CountingPolicy,
    term: Term,
    start: dt.datetime,
    records: list[Record] | None,
) -> dt.date:
    """The last day of a day or month term counted from ``start`` (naive local); banking days count on
    ``banking`` when given. Records why in ``records`` (None: the answer alone)."""
    unit = term.unit
    n = term.value
    if unit is _DAYS_UNQUALIFIED:
        unit = policy.unqualified_days
        if unit is not _CALENDAR_DAYS and unit is not _WORKING_DAYS:
            raise KeyError(unit)  # pragma: no cover - CountingPolicy accepts only these two
        if records is not None:
            records.append(("unqualified_days", unit))
    # day ordinals: the registration day's, and the anchor's (the day before day 1)
    registered = start.toordinal()
    if policy.count_from_next_day:
        anchor = registered
        if records is not None:
            records.append(("start_next_day", start.date()))
    else:
        anchor = registered - 1
        if records is not None:
            records.append(("start_same_day", start.date()))
    # (a WorkCalendar's own tables answer for a day in range, as its methods do; the methods answer the rest)
    t = cal._t if cal.__class__ is WorkCalendar else None
    try:
        if unit is _CALENDAR_DAYS:
            i = anchor + n if anchor + n >= registered else registered  # never before it starts
            day = _fromordinal(i)
            if records is not None:
                records.append(("calendar_days", n, day))
            i -= _BASE
            if t is not None and 0 <= i < _N_DAYS and t.flags[i]:
                return day
            return _move_off(cal, policy, day, 3, records)
        if unit is _MONTHS:
            # ``n >= 0`` months after the anchor, the month's last day when it has no such day (as relativedelta)
            first = _fromordinal(anchor)
            m = first.month - 1 + n
            year = first.year + m // 12
            month = m % 12 + 1
            if year > 9999:
                raise DateOutOfRangeError(f"{n} months after {first} is beyond year 9999")
            last = _MONTH_DAYS[month]
            if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
                last = 29
            d = first.day
            day = dt.date(year, month, d if d <= last else last)
            i = day.toordinal()
            if i < registered:
                day = start.date()
                i = registered
            if records is not None:
                records.append(("months", n, first, day))
            i -= _BASE
            if t is not None and 0 <= i < _N_DAYS and t.flags[i]:
                return day
            return _move_off(cal, policy, day, 5, records)
        # working days, or banking days counted as working days
        use = cal
        counted = 0
        if unit is _BANKING_DAYS:
            if banking is not None:
                use = banking
                t = use._t if use.__class__ is WorkCalendar else None
                counted = 1
            else:
                counted = 2
        if n > 0:
            # WorkCalendar.add_working_days on its tables (``k``: the n-th working day after the anchor), the
            # calendar's own methods for the rest (the day before the range, an answer beyond it)
            i = anchor - _BASE
            if t is not None and 0 <= i < _N_DAYS and (k := t.cum[i + 1] + n - 1) < t.nwork:
                day = t.work[k]
            else:
                day = _nth_working_day(use, _fromordinal(anchor), n)
            if records is not None:
                records.append(("working_days", n, _fromordinal(anchor), day, unit, use, counted))
            return day
        day = start.date()
        if records is not None:
            records.append(("working_days", n, _fromordinal(anchor), day, unit, use, counted))
        return _move_off(cal, policy, day, 4, records)
    except DateOutOfRangeError as exc:
        raise DateOutOfRangeError(f"the term {term} counted from {start.date()} leaves the calendar: {exc}") from exc


def _working_time(
    hours: OfficeHours | None, cal: WorkCalendar, term: Term, start: dt.datetime, records: list[Record]
) -> dt.datetime:
    if hours is None:
        raise InvalidInputError(f"a term of {term} counts the office's working time; pass the office's hours")
    seconds = term.value * (3600 if term.unit is _HOURS else 60)
    due = hours.add_working_time(start, dt.timedelta(0, seconds), cal)
    records.append(("working_time", term, start, due))
    return due


def _working_time_on_wall(
    hours: OfficeHours | None, cal: WorkCalendar, term: Term, start: dt.datetime, records: list[Record] | None
) -> dt.datetime:
    """:func:`_working_time` on the wall clock, from a checked naive ``start``: OfficeHours.add_working_time's
    walk over its schedule inlined (the open time before ``start`` on ``cum``, then the day that reaches the
    target and the interval in it)."""
    if hours is None:
        raise InvalidInputError(f"a term of {term} counts the office's working time; pass the office's hours")
    us = term.value * (3_600_000_000 if term.unit is _HOURS else 60_000_000)
    if us == 0:
        due = start
    else:
        sched = hours.schedule(cal)
        i = start.toordinal() - _BASE
        t = ((start.hour * 60 + start.minute) * 60 + start.second) * 1_000_000 + start.microsecond
        cum = sched.cum
        patterns = sched.patterns
        pat = sched.pat
        acc = cum[i]
        for s, e in patterns[pat[i]]:
            if t <= s:
                break
            acc += (e if e < t else t) - s
        target = acc + us
        if target > sched.total:
            duration = dt.timedelta(0, term.value * (3600 if term.unit is _HOURS else 60))
            raise sched.out_of_range(f"{duration} of working time from {start.isoformat()}")
        j = i  # the day the target falls in: usually this one or one of the next few, else found by bisection
        while target > cum[j + 1]:
            j += 1
            if j - i > _PROBE:
                j = bisect_left(cum, target) - 1
                break
        r = target - cum[j]
        for s, e in patterns[pat[j]]:
            if r <= e - s:
                due = _EPOCH + _ONE_US * (j * DAY_US + s + r)  # (timedelta's constructor is slower)
                break
            r -= e - s
        else:  # pragma: no cover - cum and patterns agree
            raise AssertionError("unreachable: cum and patterns disagree")
    if records is not None:
        records.append(("working_time", term, start, due))
    return due


def _due_plain(
    hours: OfficeHours | None,
    cal: WorkCalendar,
    policy: CountingPolicy,
    last_day: dt.date,
    start: dt.datetime,
    records: list[Record] | None,
    end_time: dt.time = _END_OF_DAY,
) -> dt.datetime:
    """:func:`_due` on the wall clock (no zone: naive moments compare as they are); ``end_time`` ends a day (with
    ``fold=1`` on hours in a zone, as the zone's last real instant of a day reads)."""
    if policy.due_at_office_close:
        if hours is not None:
            # OfficeHours.closes_on, inlined (``last_day`` is in range: the calendar answered for it)
            sched = hours.schedule(cal)
            intervals = sched.day_intervals[sched.pat[last_day.toordinal() - _BASE]]
            if intervals:
                due = _combine(last_day, intervals[-1].end)
                if due < start:  # a close before the start: the end of that day, or the start itself
                    end_of_day = _combine(last_day, end_time)
                    moved = start if end_of_day < start else end_of_day
                    if records is not None:
                        records.append(("due_at_close", due))
                        records.append(("not_before_start", moved))
                    return moved
                if records is not None:
                    records.append(("due_at_close", due))
                return due
        if records is not None:
            records.append(("due_end_of_day", last_day))
    elif records is not None:
        records.append(("due_policy_end_of_day", _combine(last_day, end_time)))
    due = _combine(last_day, end_time)
    if due < start:  # (the end of the day before the start: the start itself)
        if records is not None:
            records.append(("not_before_start", start))
        return start
    return due


def _due(ctx: _Ctx, last_day: dt.date, start: dt.datetime, records: list[Record]) -> dt.datetime:
    if ctx.clock is None:
        return _due_plain(ctx.hours, ctx.calendar, ctx.policy, last_day, start, records)
    # the day's last real instant (the second pass of a repeated last hour)
    end_of_day = normalise(dt.datetime.combine(last_day, _END_OF_DAY).replace(fold=1), ctx.clock)
    hours = ctx.hours
    if not ctx.policy.due_at_office_close:
        due = end_of_day
        records.append(("due_policy_end_of_day", due))
    else:
        closes = hours.closes_on(last_day, ctx.calendar) if hours is not None else None
        if closes is not None:
            due = ctx.local(closes)
            records.append(("due_at_close", due))
        else:
            due = end_of_day
            records.append(("due_end_of_day", last_day))
    if ctx.earlier(due, start):
        due = start if ctx.earlier(end_of_day, start) else end_of_day
        records.append(("not_before_start", due))
    return due


def _one(ctx: _Ctx, term: Term, start: dt.datetime, records: list[Record]) -> tuple[dt.date, dt.datetime]:
    unit = term.unit
    if unit is _HOURS or unit is _MINUTES:
        due = _working_time(ctx.hours, ctx.calendar, term, start, records)
        return due.date(), due
    last = _last_day(ctx.calendar, ctx.banking, ctx.policy, term, start, records)
    return last, _due(ctx, last, start, records)


def counting_arguments(
    calendar: object, banking_calendar: object, policy: object
) -> tuple[WorkCalendar, WorkCalendar | None, CountingPolicy]:
    """The calendar, banking calendar and policy of a deadline computation, checked, with their defaults
    (:func:`default_calendar`, none, :class:`CountingPolicy`): shared by ``compute_deadline`` and the bulk form."""
    if calendar is None:
        calendar = default_calendar()
    elif not isinstance(calendar, WorkCalendar):
        raise InvalidTypeError(f"calendar must be a WorkCalendar or None, got {type(calendar).__name__}")
    if banking_calendar is not None and not isinstance(banking_calendar, WorkCalendar):
        raise InvalidTypeError(
            f"banking_calendar must be a WorkCalendar or None, got {type(banking_calendar).__name__}"
        )
    if policy is None:
        policy = _DEFAULT_POLICY  # frozen: one shared default
    elif not isinstance(policy, CountingPolicy):
        raise InvalidTypeError(f"policy must be a CountingPolicy or None, got {type(policy).__name__}")
    return calendar, banking_calendar, policy


def compute_deadline(
    term: Term | StagedTerm,
    submitted_at: dt.datetime | None = None,
    *,
    hours: OfficeHours | None,
    calendar: WorkCalendar | None = None,
    policy: CountingPolicy | None = None,
    starts_at: dt.datetime | None = None,
    start_event: str | None = None,
    banking_calendar: WorkCalendar | None = None,
) -> Deadline:
    """When ``term`` expires for a submission at ``submitted_at`` to an office open ``hours``.

    - ``calendar``: the working days (default: :func:`default_calendar`); ``banking_calendar`` for banking days.
    - ``policy``: the counting rules (default: :class:`CountingPolicy()`).
    - ``hours=None`` means the office's hours are not known: no registration step, terms end at the end of the
      last day, and terms in hours or minutes cannot be computed.
    - A term that runs from another event (a commission's decision, a notification) passes ``starts_at=`` instead
      of ``submitted_at`` (and ``start_event=`` to name the event in the trace): counting starts at that moment,
      with no registration step; day terms still run from the next day.

    Naive datetimes are office-local; aware ones are converted to the office's ``tz``, and the answers come back
    aware in it. The deadline records the calendar's data version. Its ``trace`` (the reasoning in kk, ru and en)
    is built from facts recorded on the way, the first time it is read: the answer alone costs a few microseconds.
    """
    global _default_calendar
    if term.__class__ is not Term and not isinstance(term, (Term, StagedTerm)):
        raise InvalidTypeError(f"term must be a Term or StagedTerm, got {type(term).__name__}")
    if submitted_at is not None:
        if starts_at is not None:
            raise _one_moment()
        moment = submitted_at
    elif starts_at is None:
        raise _one_moment()
    else:
        moment = starts_at
    if moment.__class__ is not dt.datetime and not isinstance(moment, dt.datetime):
        raise InvalidTypeError(
            "submitted_at or starts_at must be a datetime.datetime (a date alone has no time of day), got "
            f"{type(moment).__name__} {moment!r}"
        )
    if hours is not None and hours.__class__ is not OfficeHours and not isinstance(hours, OfficeHours):
        raise InvalidTypeError(f"hours must be OfficeHours or None, got {type(hours).__name__}")
    if calendar is None:
        calendar = _default_calendar
        if calendar is None:  # default_calendar() gives the same object on every call: ask once
            calendar = _default_calendar = default_calendar()
    if calendar.__class__ is not WorkCalendar or banking_calendar is not None or policy is not None:
        calendar, banking_calendar, policy = counting_arguments(calendar, banking_calendar, policy)
    else:
        policy = _DEFAULT_POLICY
    if start_event is not None and (not isinstance(start_event, str) or not start_event.strip()):
        raise InvalidInputError("start_event must be a non-empty string naming the event, or None")

    if moment.tzinfo is None and term.__class__ is Term:
        # The common case: one term and a naive (office-local) moment, counted on the wall clock; with hours in a
        # zone too when no clock change is near (else the general path reads every instant, and gives its errors).
        if hours is None or hours.tz is None:
            end_time = _END_OF_DAY
            start = _register_on_wall_clock(moment, starts_at, start_event, hours, calendar, policy, None)
            if term.unit is _HOURS or term.unit is _MINUTES:  # (_count_on_wall_clock, inlined)
                due = _working_time_on_wall(hours, calendar, term, start, None)
                last = due.date()
            else:
                last = _last_day(calendar, banking_calendar, policy, term, start, None)
                due = _due_plain(hours, calendar, policy, last, start, None)
            tables = calendar._t
            version = (
                tables.version if tables is not None and calendar.__class__ is WorkCalendar else calendar.data_version
            )
        else:
            end_time = _END_OF_DAY_FOLD
            found = _zoned_on_wall_clock(
                term, moment, starts_at, start_event, hours, calendar, banking_calendar, policy
            )
            if found is None:  # a clock change near: the general path reads every instant
                return _general(
                    term, moment, submitted_at, starts_at, start_event, hours, calendar, banking_calendar, policy
                )
            start, last, due = found
            version = _zoned_version(calendar.data_version, hours.tz)
        unit = term.unit
        if unit is _BANKING_DAYS and banking_calendar is not None:
            version += f"; banking: {banking_calendar.data_version}"
        # the Deadline, filled slot by slot (lazy_deadline inlined; start_event, ambiguous and the default policy left
        # unset, the trace built from these facts when read)
        d: Deadline = _new(Deadline)
        _set_term(d, term)
        _set_submitted_at(d, submitted_at)
        _set_registered_at(d, start)
        _set_last_day(d, last)
        _set_due_at(d, due)
        _set_data_version(d, version)
        if policy is not _DEFAULT_POLICY:
            _set_policy(d, policy)
        if starts_at is not None and start_event is not None:
            _set_start_event(d, start_event)
        if unit is _DAYS_UNQUALIFIED:
            _set_ambiguous(d, True)
        _set_facts(
            d,
            (
                _explain_on_wall_clock,
                term,
                moment,
                starts_at,
                start_event,
                hours,
                calendar,
                banking_calendar,
                policy,
                end_time,
            ),
        )
        return d
    if moment.tzinfo is None and term.__class__ is StagedTerm and (hours is None or hours.tz is None):
        return _staged_on_wall_clock(
            term,
            moment,
            submitted_at,
            starts_at,
            start_event,
            hours,
            calendar,
            banking_calendar,
            policy,
        )
    return _general(term, moment, submitted_at, starts_at, start_event, hours, calendar, banking_calendar, policy)


# -- the wall clock: naive moments, hours without a zone (or one with no clock change near) ---------------------------
#
# Each step records why in ``records`` when given one, and nothing when it is None: a deadline is computed with
# None, and its trace (when read) by running the same steps again with a list (``_explain_*``; every value they read
# is frozen, so the second run takes the same steps).


def _count_on_wall_clock(
    term: Term,
    start: dt.datetime,
    hours: OfficeHours | None,
    calendar: WorkCalendar,
    banking_calendar: WorkCalendar | None,
    policy: CountingPolicy,
    end_time: dt.time,
    records: list[Record] | None,
) -> tuple[dt.date, dt.datetime]:
    """(last day, due) of one term counted from ``start`` (naive local) on the wall clock."""
    unit = term.unit
    if unit is _HOURS or unit is _MINUTES:
        due = _working_time_on_wall(hours, calendar, term, start, records)
        return due.date(), due
    last = _last_day(calendar, banking_calendar, policy, term, start, records)
    return last, _due_plain(hours, calendar, policy, last, start, records, end_time)


def _explain_on_wall_clock(
    term: Term,
    moment: dt.datetime,
    starts_at: dt.datetime | None,
    start_event: str | None,
    hours: OfficeHours | None,
    calendar: WorkCalendar,
    banking_calendar: WorkCalendar | None,
    policy: CountingPolicy,
    end_time: dt.time,
) -> tuple[TraceStep, ...]:
    """The trace of one term computed on the wall clock from these arguments (its steps run again, recorded)."""
    records: list[Record] = []
    start = _register_on_wall_clock(moment, starts_at, start_event, hours, calendar, policy, records)
    _count_on_wall_clock(term, start, hours, calendar, banking_calendar, policy, end_time, records)
    return _build_trace(hours, calendar, records)


def _register_on_wall_clock(
    moment: dt.datetime,
    starts_at: dt.datetime | None,
    start_event: str | None,
    hours: OfficeHours | None,
    calendar: WorkCalendar,
    policy: CountingPolicy,
    records: list[Record] | None,
) -> dt.datetime:
    """Rule 1 on the wall clock: the moment counting starts (why, in ``records``)."""
    i = moment.toordinal() - _BASE
    if not 0 <= i < _N_DAYS:
        raise DateOutOfRangeError(
            f"{moment.isoformat()} is outside the calendar's range {calendar.MIN_DATE} to {calendar.MAX_DATE}"
        )
    if starts_at is not None:
        if records is not None:
            records.append(("start_event", moment, start_event or None))
        return moment
    if hours is None:
        if records is not None:
            records.append(("registered_unknown_hours", moment))
        return moment
    if not policy.register_at_next_opening:
        if records is not None:
            records.append(("registered_policy_off", moment))
        return moment
    # OfficeHours.next_open on its Schedule, inlined (the moment is checked already): the day's open intervals
    # (``day_intervals``, compared as times of day), else the next day with open time (found on ``cum``, the open
    # time before each day).
    sched = hours.schedule(calendar)
    time = moment.time()
    for interval in sched.day_intervals[sched.pat[i]]:
        if time < interval.end:
            if time >= interval.start:
                if records is not None:
                    records.append(("registered_open", moment))
                return moment
            start = _combine(moment.date(), interval.start)
            break
    else:
        # the next day with open time (the first ``j > i`` whose pattern has open time, ``cum[j + 1] > cum[j]``):
        # usually one of the next few, read on the day's pattern (so the first answer need not build ``cum``),
        # else found by bisection on ``cum``
        lengths = sched.lengths
        pat = sched.pat
        j = i + 1
        while j < _N_DAYS and not lengths[pat[j]]:
            j += 1
            if j - i > _PROBE:
                cum = sched.cum
                j = bisect_right(cum, cum[i + 1]) - 1
                break
        if j >= _N_DAYS:
            raise sched.out_of_range(f"the next opening after {moment.isoformat()}")
        start = _combine(_fromordinal(j + _BASE), sched.day_intervals[sched.pat[j]][0].start)
    if records is not None:
        records.append(("registered_next_opening", moment, start))
    return start


def _stages_on_wall_clock(
    term: StagedTerm,
    start: dt.datetime,
    hours: OfficeHours | None,
    calendar: WorkCalendar,
    banking_calendar: WorkCalendar | None,
    policy: CountingPolicy,
    records: list[Record] | None,
) -> list[tuple[dt.datetime, dt.date, dt.datetime]]:
    """(start, last day, due) of each stage of ``term`` counted from ``start``, each stage from the previous one's
    due moment; its steps in ``records`` (each stage's after its heading, then the end of the stages)."""
    found = []
    total = len(term.stages)
    due = start
    for k, stage in enumerate(term.stages, 1):
        if records is not None:
            records.append(("stage", k, total, stage, start))
        last, due = _count_on_wall_clock(
            stage.term, start, hours, calendar, banking_calendar, policy, _END_OF_DAY, records
        )
        found.append((start, last, due))
        start = due
    if records is not None:
        records.append(("stages_end", due))
    return found


def _explain_staged_on_wall_clock(
    term: StagedTerm,
    moment: dt.datetime,
    starts_at: dt.datetime | None,
    start_event: str | None,
    hours: OfficeHours | None,
    calendar: WorkCalendar,
    banking_calendar: WorkCalendar | None,
    policy: CountingPolicy,
) -> tuple[TraceStep, ...]:
    """The trace of a staged term on the wall clock (see :func:`_staged_on_wall_clock`)."""
    records: list[Record] = []
    start = _register_on_wall_clock(moment, starts_at, start_event, hours, calendar, policy, records)
    _stages_on_wall_clock(term, start, hours, calendar, banking_calendar, policy, records)
    return _build_trace(hours, calendar, records)


def _explain_stage_on_wall_clock(
    k: int,
    term: StagedTerm,
    start: dt.datetime,
    hours: OfficeHours | None,
    calendar: WorkCalendar,
    banking_calendar: WorkCalendar | None,
    policy: CountingPolicy,
) -> tuple[TraceStep, ...]:
    """The trace of stage ``k`` (from 1) of a staged term, counted from ``start``."""
    stage = term.stages[k - 1]
    records: list[Record] = [("stage", k, len(term.stages), stage, start)]
    _count_on_wall_clock(stage.term, start, hours, calendar, banking_calendar, policy, _END_OF_DAY, records)
    return _build_trace(hours, calendar, records)


def _staged_on_wall_clock(
    term: StagedTerm,
    moment: dt.datetime,
    submitted_at: dt.datetime | None,
    starts_at: dt.datetime | None,
    start_event: str | None,
    hours: OfficeHours | None,
    calendar: WorkCalendar,
    banking_calendar: WorkCalendar | None,
    policy: CountingPolicy,
) -> Deadline:
    """A staged term from a naive moment on hours without a zone (or none): the general path on the wall clock."""
    start = _register_on_wall_clock(moment, starts_at, start_event, hours, calendar, policy, None)
    found = _stages_on_wall_clock(term, start, hours, calendar, banking_calendar, policy, None)
    version = calendar.data_version
    stages: list[Deadline] = []
    last, due = start.date(), start
    banking = ambiguous = False
    for k, (stage, (stage_start, last, due)) in enumerate(zip(term.stages, found, strict=True), 1):
        unit = stage.term.unit
        unqualified = unit is _DAYS_UNQUALIFIED
        ambiguous = ambiguous or unqualified
        banking = banking or unit is _BANKING_DAYS
        stages.append(
            lazy_deadline(
                (_explain_stage_on_wall_clock, k, term, stage_start, hours, calendar, banking_calendar, policy),
                stage.term,
                None,
                stage_start,
                last,
                due,
                version,
                policy,
                None if k == 1 else f"end of stage {k - 1}",
                (),
                unqualified,
                stage.actor,
            )
        )
    if banking and banking_calendar is not None:
        version += f"; banking: {banking_calendar.data_version}"
    return lazy_deadline(
        (
            _explain_staged_on_wall_clock,
            term,
            moment,
            starts_at,
            start_event,
            hours,
            calendar,
            banking_calendar,
            policy,
        ),
        term,
        submitted_at,
        start,
        last,
        due,
        version,
        policy,
        None if starts_at is None else start_event,
        tuple(stages),
        ambiguous,
        None,
    )


def _zoned_on_wall_clock(
    term: Term,
    moment: dt.datetime,
    starts_at: dt.datetime | None,
    start_event: str | None,
    hours: OfficeHours,
    calendar: WorkCalendar,
    banking_calendar: WorkCalendar | None,
    policy: CountingPolicy,
) -> tuple[dt.datetime, dt.date, dt.datetime] | None:
    """(start, last day, due) of one term from a naive moment on hours in a zone, counted on the wall clock when no
    clock change falls within a day of the computation (then every wall time is one instant and the zone's answers
    are the wall clock's; a day ends at ``time.max`` with ``fold=1``). None when one does (or the wall clock cannot
    answer): the general path then reads every instant, and gives its own error."""
    if moment.fold:
        return None
    try:
        start = _register_on_wall_clock(moment, starts_at, start_event, hours, calendar, policy, None)
        last, due = _count_on_wall_clock(term, start, hours, calendar, banking_calendar, policy, _END_OF_DAY_FOLD, None)
    except KzSocialError:
        return None
    if _clock_change_near(hours.tz, moment, last):  # type: ignore[arg-type]
        return None
    return start, last, due


_ZONED_VERSIONS: dict[tuple[str, str], str] = {}


def _zoned_version(version: str, tz: str) -> str:
    """``version`` (a calendar's data version) and the tz data's for ``tz``, kept per pair (both fixed for a
    process: ``tz_version`` keeps its answer too)."""
    found = _ZONED_VERSIONS.get((version, tz))
    if found is None:
        if len(_ZONED_VERSIONS) > 256:  # (a bound: calendars come and go)
            _ZONED_VERSIONS.clear()
        found = _ZONED_VERSIONS[version, tz] = f"{version}; {tz_version(tz)}"
    return found


def _clock_change_near(tz: str, moment: dt.datetime, last: dt.date) -> bool:
    """Whether a clock change of the zone ``tz`` falls within a day of a computation from the wall time ``moment``
    (``fold=0``) to the day ``last``. When none does, every wall time between is one instant, and the zone's answers
    are the wall clock's."""
    line = zone_line(tz)
    first = (moment.toordinal() - _BASE - 1) * DAY_US - line.hi
    after = (last.toordinal() - _BASE + 2) * DAY_US - line.lo
    trans = line.trans
    return bisect_right(trans, first) != bisect_right(trans, after)


def _one_moment() -> InvalidInputError:
    return InvalidInputError(
        "give exactly one of submitted_at (a submission, registered under rule 1) or starts_at= (another "
        "event the term runs from)"
    )


def _general(
    term: Term | StagedTerm,
    moment: dt.datetime,
    submitted_at: dt.datetime | None,
    starts_at: dt.datetime | None,
    start_event: str | None,
    hours: OfficeHours | None,
    calendar: WorkCalendar,
    banking_calendar: WorkCalendar | None,
    policy: CountingPolicy,
) -> Deadline:
    """:func:`compute_deadline` for any case: aware moments, office hours in a zone, staged terms."""
    zone: dt.tzinfo | None = None
    if moment.tzinfo is not None and moment.utcoffset() is not None:
        if hours is not None and hours.tz is not None:
            from zoneinfo import ZoneInfo

            zone = ZoneInfo(hours.tz)
        elif hours is not None:
            raise InvalidInputError(
                f"{moment.isoformat()} is time-zone aware but the office hours have no tz; pass a naive "
                "office-local datetime or give the hours a tz such as 'Asia/Almaty'"
            )
        else:
            zone = moment.tzinfo
    ctx = _Ctx(hours, calendar, banking_calendar, policy, zone)
    try:
        local = ctx.local(moment)
    except OverflowError as exc:
        raise DateOutOfRangeError(f"{moment.isoformat()} is outside the calendar's range") from exc
    if not calendar.MIN_DATE <= local.date() <= calendar.MAX_DATE:
        raise DateOutOfRangeError(
            f"{moment.isoformat()} is outside the calendar's range {calendar.MIN_DATE} to {calendar.MAX_DATE}"
        )

    records: list[Record] = []
    start = _register(ctx, local, starts_at, start_event, records)
    version = _versioned(calendar.data_version, ctx)
    stages: list[Deadline] = []
    if isinstance(term, Term):
        last, due = _one(ctx, term, start, records)
        units = [term.unit]
    else:
        stage_start = start
        total = len(term.stages)
        last, due = start.date(), start
        units = []
        for k, stage in enumerate(term.stages, 1):
            stage_records: list[Record] = [("stage", k, total, stage, stage_start)]
            last, due = _one(ctx, stage.term, stage_start, stage_records)
            records.extend(stage_records)
            unit = stage.term.unit
            units.append(unit)
            stages.append(
                lazy_deadline(
                    (_build_trace, hours, calendar, stage_records),
                    stage.term,
                    None,
                    ctx.aware(stage_start),
                    last,
                    ctx.aware(due),
                    version,
                    policy,
                    None if k == 1 else f"end of stage {k - 1}",
                    (),
                    unit is _DAYS_UNQUALIFIED,
                    stage.actor,
                )
            )
            stage_start = due
        records.append(("stages_end", due))
    if banking_calendar is not None and _BANKING_DAYS in units:
        version += f"; banking: {banking_calendar.data_version}"
    return lazy_deadline(
        (_build_trace, hours, calendar, records),
        term,
        None if submitted_at is None else _keep_zone(submitted_at, ctx),
        ctx.aware(start),
        last,
        ctx.aware(due),
        version,
        policy,
        start_event if starts_at is not None else None,
        tuple(stages),
        _DAYS_UNQUALIFIED in units,
        None,
    )


def _versioned(version: str, ctx: _Ctx) -> str:
    """The calendar's data version, and the tz data's when the office's zone was used (results depend on it)."""
    name = getattr(ctx.clock, "key", None)
    return version if not isinstance(name, str) else f"{version}; {tz_version(name)}"


def _keep_zone(moment: dt.datetime, ctx: _Ctx) -> dt.datetime:
    if moment.tzinfo is None or ctx.zone is None:
        return moment
    return moment.astimezone(ctx.zone)
