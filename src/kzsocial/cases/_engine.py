"""The deadline rules of :func:`~kzsocial.calendar.compute_deadline`, vectorised over rows that share a term and
office hours.

Every function takes and returns int64 arrays of wall-clock positions (µs since 1991-01-01 00:00 on the office's
clock) or day indexes, plus a reason array it fills for the rows the rules cannot answer (0: answered). A row
that fails keeps its reason and is masked out of every later step; no row's failure touches another row.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from kzsocial.calendar import CountingPolicy, StagedTerm, Term, TermUnit
from kzsocial.cases._tables import BASE_D64, N_DAYS, US_PER_DAY, CalendarTables, HoursTables

__all__ = ["REASONS", "compute_group"]

Array = np.ndarray[Any, Any]

REASONS: tuple[str | None, ...] = (
    None,
    "no_moment",
    "no_term",
    "no_start_event",
    "no_hours",
    "out_of_range",
    "aware_without_tz",
    "unknown_office",
    "bad_value",
)
"""Reason codes by number; 0 (None) is an answered row."""
OK, NO_MOMENT, NO_TERM, NO_START_EVENT, NO_HOURS, OUT_OF_RANGE, AWARE_WITHOUT_TZ, UNKNOWN_OFFICE, BAD_VALUE = range(9)
_LAST_US = US_PER_DAY - 1  # datetime.time.max: the end of a day


def _fail(reason: Array, where: Array, code: int) -> None:
    reason[where & (reason == OK)] = code


def register(x: Array, day: Array, reason: Array, hours: HoursTables | None, policy: CountingPolicy) -> Array:
    """Rule 1: the moment itself when the office is open (or its hours are unknown, or the rule is off), else the
    next opening. ``day`` is each moment's day index (0 for rows already failed)."""
    if hours is None or not policy.register_at_next_opening:
        return x
    t = x - day * US_PER_DAY
    out = hours.next_open[day]  # after this day's last interval
    for k in range(len(hours.day_ends) - 1, -1, -1):  # the first interval not over yet wins
        hit = t < hours.day_ends[k][day]
        if hit.any():
            out = np.where(hit, np.maximum(x, day * US_PER_DAY + hours.day_starts[k][day]), out)
    _fail(reason, out < 0, OUT_OF_RANGE)
    return out


def _in_range(day: Array) -> Array:
    return (day >= 0) & (day < N_DAYS)


def _move_off(day: Array, reason: Array, cal: CalendarTables, policy: CountingPolicy) -> Array:
    """Rules 3 and 5: a last day that is not a working day moves to the next working day (if the policy moves)."""
    if not policy.move_off_non_working_day:
        return day
    safe = np.where(reason == OK, day, 0)
    moved = cal.move_to[safe]
    _fail(reason, moved < 0, OUT_OF_RANGE)
    return moved


def _add_months(anchor: Array, n: int) -> Array:
    """``anchor + relativedelta(months=n)`` on day indexes (the month's last day when it has no such day)."""
    d = BASE_D64 + anchor.astype("m8[D]")
    month = d.astype("M8[M]")
    dom = (d - month.astype("M8[D]")).astype(np.int64)
    target = month + np.timedelta64(n, "M")
    length = ((target + np.timedelta64(1, "M")).astype("M8[D]") - target.astype("M8[D]")).astype(np.int64)
    out = target.astype("M8[D]") + np.minimum(dom, length - 1).astype("m8[D]")
    days: Array = (out - BASE_D64).astype(np.int64)
    return days


def last_day(
    start: Array,
    term: Term,
    reason: Array,
    cal: CalendarTables,
    banking: CalendarTables | None,
    policy: CountingPolicy,
) -> Array:
    """The last day (index) of a day or month term counted from ``start`` (rules 2–6)."""
    unit = term.unit
    n = term.value
    if unit is TermUnit.DAYS_UNQUALIFIED:
        unit = policy.unqualified_days
    r = start // US_PER_DAY
    anchor = r if policy.count_from_next_day else r - 1
    if unit is TermUnit.CALENDAR_DAYS:
        day = np.maximum(anchor + n, r)
        _fail(reason, ~_in_range(day), OUT_OF_RANGE)
        return _move_off(day, reason, cal, policy)
    if unit is TermUnit.MONTHS:
        day = np.maximum(_add_months(anchor, n), r)
        _fail(reason, ~_in_range(day), OUT_OF_RANGE)
        return _move_off(day, reason, cal, policy)
    # working days, or banking days (on the banking calendar when one is given); the single-case path lists the
    # special days from the anchor, so an anchor before the range (day 1 on 1991-01-01) is out of range there too
    _fail(reason, ~_in_range(anchor), OUT_OF_RANGE)
    if n == 0:
        return _move_off(r, reason, cal, policy)
    use = banking if (unit is TermUnit.BANKING_DAYS and banking is not None) else cal
    safe = np.where(reason == OK, anchor, 0)
    k = use.cum[safe + 1] + (n - 1)
    _fail(reason, k >= use.nwork, OUT_OF_RANGE)
    found: Array = use.work[np.minimum(k, use.nwork - 1)]
    return found


def due_at(last: Array, start: Array, reason: Array, hours: HoursTables | None, policy: CountingPolicy) -> Array:
    """Rule 8: the office's closing on the last day, else the end of that day; never before the start."""
    end_of_day = last * US_PER_DAY + _LAST_US
    if not policy.due_at_office_close or hours is None:
        due = end_of_day
    else:
        close = hours.close[np.where(reason == OK, last, 0)]
        due = np.where(close >= 0, last * US_PER_DAY + close, end_of_day)
    early = due < start
    return np.where(early, np.where(end_of_day >= start, end_of_day, start), due)


def working_time(start: Array, us: int, reason: Array, hours: HoursTables | None) -> Array:
    """Rule 7: the earliest position by which the office has been open ``us`` microseconds since ``start``."""
    if hours is None:
        _fail(reason, np.ones(len(start), dtype=bool), NO_HOURS)
        return start
    if us == 0:
        return start
    live = reason == OK
    i = np.where(live, start // US_PER_DAY, 0)
    t = start - i * US_PER_DAY
    acc = hours.cum[i]
    for s_k, e_k in zip(hours.day_starts, hours.day_ends, strict=True):
        acc = acc + np.maximum(np.minimum(e_k[i], t) - s_k[i], 0)
    target = acc + us
    _fail(reason, target > hours.total, OUT_OF_RANGE)
    target = np.where(reason == OK, target, 1)
    j = np.searchsorted(hours.cum, target, side="left") - 1
    rest = target - hours.cum[j]
    base = j * US_PER_DAY
    out = np.full(len(start), -1, dtype=np.int64)
    prev: Array | int = 0
    for s_k, cl_k in zip(hours.day_starts, hours.day_cumlen, strict=True):
        cl = cl_k[j]
        hit = (out < 0) & (rest <= cl)
        out = np.where(hit, base + s_k[j] + (rest - prev), out)
        prev = cl
    return np.where(reason == OK, out, start)


def _one(
    start: Array,
    term: Term,
    reason: Array,
    hours: HoursTables | None,
    cal: CalendarTables,
    banking: CalendarTables | None,
    policy: CountingPolicy,
) -> tuple[Array, Array]:
    if term.unit.is_working_time:
        us = term.value * (3_600_000_000 if term.unit is TermUnit.HOURS else 60_000_000)
        due = working_time(start, us, reason, hours)
        return due // US_PER_DAY, due
    last = last_day(start, term, reason, cal, banking, policy)
    return last, due_at(last, start, reason, hours, policy)


def compute_group(
    moment: Array,
    reason: Array,
    term: Term | StagedTerm,
    *,
    submission: bool,
    hours: HoursTables | None,
    cal: CalendarTables,
    banking: CalendarTables | None,
    policy: CountingPolicy,
) -> tuple[Array, Array, Array]:
    """(registered positions, last day indexes, due positions) for rows sharing ``term`` and ``hours``.

    ``submission`` says the moments are submissions (registered under rule 1); otherwise they are the events the
    term runs from. ``reason`` is updated in place; the answers of failed rows are meaningless.
    """
    i = moment // US_PER_DAY
    _fail(reason, ~_in_range(i), OUT_OF_RANGE)
    if submission:
        live = reason == OK
        start = register(moment, i if live.all() else np.where(live, i, 0), reason, hours, policy)
    else:
        start = moment
    if isinstance(term, Term):
        last, due = _one(start, term, reason, hours, cal, banking, policy)
    else:
        due = start
        last = start // US_PER_DAY
        for stage in term.stages:
            last, due = _one(due, stage.term, reason, hours, cal, banking, policy)
    return start, last, due
