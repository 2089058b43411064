"""An office's open time over 1991–2100 as sorted arrays (built once per office hours and calendar).

Each day gets its open intervals (office hours, then the calendar: closed on holidays and days off, a worked
weekend day open with the hours of the day it replaces, date exceptions first of all); ``cum[i]`` is the open time
in microseconds before day ``i``. Adding working time is then a binary search (``bisect``) over ``cum`` and a walk
over one day's two or three intervals. ``cum`` (and ``total``) are made on their first read: the first answer of a
process is often a next opening a day or two away, read on the days' patterns alone (``pat`` and ``lengths``).

The tables are machine arrays (``pat`` one byte a day while a schedule has fewer than 256 distinct days, ``cum``
eight bytes a day), and they are shared: every schedule whose days get the same pattern ids under a calendar
reads one ``pat`` (all offices open Monday to Friday do, whatever their hours), and every one whose patterns also
have the same open time per day reads one ``cum`` (09:00–18:00 with a lunch hour and 08:30–17:30 with one). The
time zone is not part of a schedule (it is the wall-clock table); offices in different zones share it, and
each zone's reading of it (:class:`~kzsocial.calendar._zone.ZonedSchedule`) is kept beside it per zone.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import threading
import weakref
from array import array
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Any, Protocol

from kzsocial.calendar._interval import Interval

try:  # blake2 alone: hashlib would load OpenSSL's bindings too, ~2 ms of a cold start (issue 15)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python without the _blake2 module
    from hashlib import blake2b
from kzsocial.calendar._range import BASE as _BASE
from kzsocial.calendar._range import N_DAYS as _N
from kzsocial.calendar._range import OFF, WORKED, time_us
from kzsocial.errors import DateOutOfRangeError

if TYPE_CHECKING:
    from kzsocial.calendar._daycal import WorkCalendar

__all__ = ["Schedule", "time_us"]

US_PER_DAY = 86_400_000_000
_EPOCH = dt.datetime.fromordinal(_BASE)

Pattern = tuple[tuple[int, int], ...]


class Hours(Protocol):
    """What a schedule reads of :class:`~kzsocial.calendar.OfficeHours` (which sits above this module)."""

    @property
    def days(self) -> tuple[tuple[Interval, ...], ...]: ...

    @property
    def exceptions(self) -> tuple[tuple[dt.date, tuple[Interval, ...]], ...]: ...


def _pattern(intervals: tuple[Interval, ...]) -> Pattern:
    return tuple((time_us(i.start), time_us(i.end)) for i in intervals)


# Shared tables: an array lives as long as a schedule reads it. Keys are digests of the content; a hit is compared
# in full before it is shared, so two different tables are never confused.
_SHARED: weakref.WeakValueDictionary[tuple[Any, ...], array[int]] = weakref.WeakValueDictionary()
_SHARED_LOCK = threading.Lock()


def _shared(key: tuple[Any, ...], table: array[int]) -> array[int]:
    """The array equal to ``table`` already shared under ``key``, else ``table`` (now shared)."""
    with _SHARED_LOCK:
        found = _SHARED.get(key)
        if found is not None and found.typecode == table.typecode and found == table:
            return found
        if found is None:
            _SHARED[key] = table
        return table


def _digest(table: array[int]) -> bytes:
    return blake2b(table.tobytes(), digest_size=16).digest()


_WORKED = re.compile(rb"%c" % WORKED)
_OFF_MASK = bytes(255 if k == OFF else 0 for k in range(256))  # status -> 0xFF on a day off, else 0


def _day_ids(
    status: bytes,
    instead_of: dict[int, int],
    week_ids: list[int],
    regular_id: int,
    empty: int,
    exception_ids: dict[int, int],
) -> array[int]:
    """The pattern id of every day, one byte each (fewer than 256 patterns): the weekday's pattern repeated, the
    calendar's days off (about 2,000) set to ``empty`` at once (the bytes read as integers: ``week ^ ((week ^
    empty) & off)`` takes ``empty`` where the off mask has 0xFF, the week's id where it has 0), then the worked
    weekend days (a few dozen) and the exceptions over everything."""
    weekday0 = _EPOCH.weekday()
    week = bytes(week_ids[(weekday0 + k) % 7] for k in range(7))
    w = int.from_bytes((week * (_N // 7 + 1))[:_N], "little")
    off = int.from_bytes(status.translate(_OFF_MASK), "little")
    e = int.from_bytes(bytes((empty,)) * _N, "little")
    ids = bytearray((w ^ ((w ^ e) & off)).to_bytes(_N, "little"))
    for match in _WORKED.finditer(status):
        i = match.start()
        replaced = instead_of.get(_BASE + i)
        ids[i] = regular_id if replaced is None else week_ids[(replaced + 6) % 7]
    for o, k in exception_ids.items():
        if 0 <= o - _BASE < _N:
            ids[o - _BASE] = k
    table = array("B")
    table.frombytes(ids)
    return table


def _day_ids_loop(
    status: bytes,
    instead_of: dict[int, int],
    week_ids: list[int],
    regular_id: int,
    empty: int,
    exception_ids: dict[int, int],
) -> list[int]:
    """The same, day by day (the reference, and the way for 256 patterns or more)."""
    weekday0 = _EPOCH.weekday()
    pat: list[int] = []
    append = pat.append
    for i in range(_N):
        o = _BASE + i
        s = status[i]
        if exception_ids and o in exception_ids:
            append(exception_ids[o])
        elif s == OFF:
            append(empty)
        elif s == WORKED:
            replaced = instead_of.get(o)
            append(regular_id if replaced is None else week_ids[(replaced + 6) % 7])
        else:
            append(week_ids[(weekday0 + i) % 7])
    return pat


def _cumulative(pat: array[int], lengths: tuple[int, ...]) -> array[int]:
    """``cum``: the open time before each day and after the last (``lengths[k]``: the open time of pattern ``k``)."""
    return array("q", [0, *itertools.accumulate(map(lengths.__getitem__, pat))])


class Schedule:
    """The open time of one :class:`OfficeHours` under one :class:`WorkCalendar`."""

    __slots__ = ("_cum_key", "cum", "day_intervals", "lengths", "pat", "patterns", "total", "zoned")

    cum: array[int]
    """``cum[i]``: the open time (µs) before day ``i`` (``len(pat) + 1`` entries), made on first read."""
    total: int
    """The open time of the whole range (``cum[-1]``)."""

    def __init__(self, hours: Hours, calendar: WorkCalendar) -> None:
        tables = calendar._tables()
        week = [_pattern(day) for day in hours.days]
        regular = next((p for p in week[:5] if p), next((p for p in week if p), ()))
        exceptions = {d.toordinal(): _pattern(iv) for d, iv in hours.exceptions}
        ids: dict[Pattern, int] = {}
        patterns: list[Pattern] = []
        day_intervals: list[tuple[Interval, ...]] = []

        def intern(p: Pattern, intervals: tuple[Interval, ...]) -> int:
            k = ids.get(p)
            if k is None:
                k = ids[p] = len(patterns)
                patterns.append(p)
                day_intervals.append(intervals)
            return k

        empty = intern((), ())
        week_ids = [intern(week[w], hours.days[w]) for w in range(7)]
        regular_id = intern(regular, next((hours.days[w] for w in range(7) if week[w] == regular), ()))
        exception_ids = {o: intern(exceptions[o], iv) for o, iv in ((d.toordinal(), iv) for d, iv in hours.exceptions)}
        n = len(patterns)
        args = (tables.status, tables.instead_of, week_ids, regular_id, empty, exception_ids)
        pat = _day_ids(*args) if n < 256 else array("H" if n < 65_536 else "I", _day_ids_loop(*args))
        # compact: machine integers, not 40,000 Python int objects each (about 2 MiB a schedule as lists)
        pat_key = ("pat", _digest(pat))
        pat_table = _shared(pat_key, pat)
        with _SHARED_LOCK:
            owned = _SHARED.get(pat_key) is pat_table  # False only on a digest collision: share nothing then
        self.patterns = patterns
        self.day_intervals = day_intervals
        self.pat = pat_table
        self.lengths: tuple[int, ...] = tuple(sum(e - s for s, e in p) for p in patterns)
        self._cum_key: tuple[Any, ...] | None = ("cum", pat_key[1], self.lengths) if owned else None
        # the same read on a zone's real instants: calendar._zone.ZonedSchedule by zone name, built by OfficeHours
        self.zoned: dict[str, Any] = {}

    def __getattr__(self, name: str) -> Any:
        """``cum`` and ``total`` are made on their first read (a slot not yet filled): an answer that needs only
        the day's own intervals (the next opening is usually a day or two away) never builds them. A race builds
        equal tables twice, and the shared one is kept."""
        if name != "cum" and name != "total":
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        key = self._cum_key
        with _SHARED_LOCK:
            table = _SHARED.get(key) if key is not None else None
        if table is None:
            table = _cumulative(self.pat, self.lengths)
            if key is not None:
                table = _shared(key, table)
        self.total = table[-1]
        self.cum = table
        return object.__getattribute__(self, name)

    # All positions are (day index, microseconds since local midnight) on the office's wall clock.

    def open_before(self, i: int, t: int) -> int:
        """Open time (µs) from the start of the range up to day ``i`` at ``t``."""
        acc = self.cum[i]
        for s, e in self.patterns[self.pat[i]]:
            if t <= s:
                break
            acc += (e if e < t else t) - s
        return acc

    def is_open(self, i: int, t: int) -> bool:
        return any(s <= t < e for s, e in self.patterns[self.pat[i]])

    def at_position(self, target: int, hint: int = 0) -> dt.datetime:
        """The earliest moment with ``target`` µs of open time before it (``0 < target <= total``).

        ``hint`` is a day index at or before the answer's day; the next two days are tried before a binary search.
        """
        cum = self.cum
        j = hint
        if not cum[j] < target <= cum[j + 1]:
            j += 1
            if j >= _N or not cum[j] < target <= cum[j + 1]:
                j = bisect_left(cum, target) - 1
        r = target - cum[j]
        for s, e in self.patterns[self.pat[j]]:
            if r <= e - s:
                return _EPOCH + dt.timedelta(j, 0, s + r)
            r -= e - s
        raise AssertionError("unreachable: cum and patterns disagree")  # pragma: no cover

    def next_open(self, i: int, t: int) -> tuple[int, int] | None:
        """The first open position at or after (i, t), or None when the office never opens again in range."""
        for s, e in self.patterns[self.pat[i]]:
            if t < e:
                return (i, t if t >= s else s)
        x = bisect_right(self.cum, self.cum[i + 1])
        if x > _N:
            return None
        j = x - 1
        return (j, self.patterns[self.pat[j]][0][0])

    def intervals(self, i: int) -> tuple[Interval, ...]:
        return self.day_intervals[self.pat[i]]

    @staticmethod
    def to_datetime(i: int, t: int) -> dt.datetime:
        return _EPOCH + dt.timedelta(i, 0, t)

    def out_of_range(self, what: str) -> DateOutOfRangeError:
        return DateOutOfRangeError(
            f"{what} falls outside the calendar's range {dt.date.fromordinal(_BASE)} to "
            f"{dt.date.fromordinal(_BASE + _N - 1)} (or the office has no open time left in it)"
        )
