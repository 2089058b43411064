"""The library's own calendar and office-hours tables as numpy arrays (built once per calendar and hours).

Positions are microseconds on the office's wall clock since midnight of 1991-01-01 (day index ``i`` and time of
day ``t`` give ``i * US_PER_DAY + t``), the same positions :class:`~kzsocial.calendar._schedule.Schedule` uses.
Every question the deadline rules ask becomes a lookup or a ``searchsorted`` over a cumulative counter, as in
exchange_calendars or BusinessDays.jl.
"""

from __future__ import annotations

import datetime as dt
import threading
import weakref
from typing import TYPE_CHECKING, Any

import numpy as np

from kzsocial.calendar._range import BASE, N_DAYS

if TYPE_CHECKING:
    from kzsocial.calendar import OfficeHours, WorkCalendar

__all__ = ["BASE_D64", "EPOCH_SHIFT_US", "N_DAYS", "US_PER_DAY", "CalendarTables", "HoursTables", "tables_for"]

US_PER_DAY = 86_400_000_000
EPOCH_SHIFT_US = (BASE - dt.date(1970, 1, 1).toordinal()) * US_PER_DAY
"""Add to a position to get microseconds since 1970-01-01 on the same wall clock (numpy's datetime64 epoch)."""
BASE_D64 = np.datetime64(dt.date.fromordinal(BASE), "D")

Array = np.ndarray[Any, Any]


class CalendarTables:
    """One calendar's working days: ``flags[i]`` (1 = working), ``cum[i]`` working days before day ``i``,
    ``work`` the indexes of the working days."""

    __slots__ = ("cum", "flags", "move_to", "nwork", "work")

    def __init__(self, calendar: WorkCalendar) -> None:
        t = calendar._tables()
        self.flags: Array = np.frombuffer(t.flags, dtype=np.uint8).astype(np.int8)
        self.cum: Array = np.concatenate(([0], np.cumsum(self.flags, dtype=np.int64)))
        self.work: Array = np.flatnonzero(self.flags).astype(np.int64)
        self.nwork = len(self.work)
        # move_to[i]: day i if it is a working day, else the next working day (-1: none in range)
        k = self.cum[1:] - self.flags  # working days before day i
        nxt = self.work[np.minimum(k, self.nwork - 1)]
        self.move_to: Array = np.where(k < self.nwork, nxt, -1).astype(np.int64)


class HoursTables:
    """One office's open time under one calendar: per day a pattern id, per pattern its intervals (padded to the
    longest day), and ``cum[i]`` the open time (µs) before day ``i``."""

    __slots__ = (
        "close",
        "cum",
        "cumlen",
        "day_cumlen",
        "day_ends",
        "day_starts",
        "ends",
        "firsts",
        "lasts",
        "next_open",
        "pat",
        "starts",
        "total",
    )

    def __init__(self, hours: OfficeHours, calendar: WorkCalendar) -> None:
        sched = hours.schedule(calendar)
        patterns = sched.patterns
        width = max(1, *(len(p) for p in patterns))
        n = len(patterns)
        self.starts: Array = np.zeros((n, width), dtype=np.int64)
        self.ends: Array = np.zeros((n, width), dtype=np.int64)
        self.cumlen: Array = np.zeros((n, width), dtype=np.int64)
        self.firsts: Array = np.full(n, -1, dtype=np.int64)
        self.lasts: Array = np.full(n, -1, dtype=np.int64)
        for k, pattern in enumerate(patterns):
            acc = 0
            for j, (s, e) in enumerate(pattern):
                self.starts[k, j] = s
                self.ends[k, j] = e
                acc += e - s
                self.cumlen[k, j] = acc
            for j in range(len(pattern), width):  # padding: empty intervals that never hold a position
                self.cumlen[k, j] = acc
            if pattern:
                self.firsts[k] = pattern[0][0]
                self.lasts[k] = pattern[-1][1]
        self.pat: Array = np.asarray(sched.pat, dtype=np.int16 if n < 32_000 else np.int32)
        self.cum: Array = np.asarray(sched.cum, dtype=np.int64)
        self.total = int(sched.total)
        # next_open[i]: the position of the first opening on a day after day i (-1: none in range)
        open_days = np.flatnonzero(np.diff(self.cum) > 0)
        nxt = np.searchsorted(open_days, np.arange(N_DAYS), side="right")
        inside = nxt < len(open_days)
        day = open_days[np.minimum(nxt, len(open_days) - 1)] if len(open_days) else np.zeros(N_DAYS, np.int64)
        self.next_open: Array = np.where(inside, day * US_PER_DAY + self.firsts[self.pat[day]], -1).astype(np.int64)
        # per day: its closing (-1: closed all day) and the k-th interval's bounds (padding: 0, 0)
        self.close: Array = self.lasts[self.pat]
        self.day_starts: tuple[Array, ...] = tuple(self.starts[self.pat, k] for k in range(width))
        self.day_ends: tuple[Array, ...] = tuple(self.ends[self.pat, k] for k in range(width))
        self.day_cumlen: tuple[Array, ...] = tuple(self.cumlen[self.pat, k] for k in range(width))


class _PerCalendar:
    __slots__ = ("cal", "hours")

    def __init__(self, calendar: WorkCalendar) -> None:
        self.cal = CalendarTables(calendar)
        self.hours: dict[OfficeHours, HoursTables] = {}


_CACHE: weakref.WeakKeyDictionary[WorkCalendar, _PerCalendar] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def tables_for(calendar: WorkCalendar, hours: OfficeHours | None) -> tuple[CalendarTables, HoursTables | None]:
    """The arrays of ``calendar`` and of ``hours`` under it (cached; equal hours share one set)."""
    with _LOCK:
        per = _CACHE.get(calendar)
    if per is None:
        built = _PerCalendar(calendar)
        with _LOCK:
            per = _CACHE.setdefault(calendar, built)
    if hours is None:
        return per.cal, None
    found = per.hours.get(hours)
    if found is None:
        made = HoursTables(hours, calendar)
        with _LOCK:
            found = per.hours.setdefault(hours, made)
    return per.cal, found
