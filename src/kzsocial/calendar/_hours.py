"""Office hours: per-weekday open intervals (a lunch break is the gap between two), date exceptions."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Mapping, Sequence

import attrs
from attrs import frozen

from kzsocial.errors import InvalidInputError, InvalidTypeError

__all__ = ["Interval", "OfficeHours", "parse_time"]

TimeLike = dt.time | str


def parse_time(value: TimeLike) -> dt.time:
    """Parse ``"09:00"``, ``"9.00"`` or a :class:`datetime.time`; ``"24:00"`` is not accepted.

    >>> parse_time("9.30")
    datetime.time(9, 30)
    """
    if isinstance(value, dt.time):
        if value.tzinfo is not None:
            raise InvalidInputError(f"office times are local wall-clock times; got an aware time {value!r}")
        return value
    if not isinstance(value, str):
        raise InvalidTypeError(f"a time must be datetime.time or 'HH:MM', got {type(value).__name__}")
    text = value.strip().replace(".", ":")
    parts = text.split(":")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        raise InvalidInputError(f"cannot read time {value!r}; accepted: 'HH:MM' or 'HH.MM', 00:00 to 23:59")
    hour, minute = int(parts[0]), int(parts[1])
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise InvalidInputError(f"time {value!r} out of range; accepted: 00:00 to 23:59")
    return dt.time(hour, minute)


@frozen
class Interval:
    """An open interval of a day, ``start`` inclusive, ``end`` exclusive."""

    start: dt.time = attrs.field(converter=parse_time)
    end: dt.time = attrs.field(converter=parse_time)

    def __attrs_post_init__(self) -> None:
        if not self.start < self.end:
            raise InvalidInputError(f"an interval must start before it ends, got {self.start}–{self.end}")

    @property
    def minutes(self) -> int:
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)


def _normalise_day(intervals: Iterable[Interval | tuple[TimeLike, TimeLike]]) -> tuple[Interval, ...]:
    out = tuple(i if isinstance(i, Interval) else Interval(*i) for i in intervals)
    ordered = tuple(sorted(out, key=lambda i: i.start))
    for a, b in itertools.pairwise(ordered):
        if b.start < a.end:
            raise InvalidInputError(f"intervals overlap: {a.start}–{a.end} and {b.start}–{b.end}")
    return ordered


def _check_weekday(weekday: object) -> int:
    if isinstance(weekday, bool) or not isinstance(weekday, int):
        raise InvalidTypeError(f"a weekday must be an int 0 (Monday) to 6 (Sunday), got {weekday!r}")
    if not 0 <= weekday <= 6:
        raise InvalidInputError(f"a weekday must be 0 (Monday) to 6 (Sunday), got {weekday}")
    return weekday


def _check_tz(value: str | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidTypeError(f"tz must be an IANA time zone name or None, got {type(value).__name__}")
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InvalidInputError(
            f"unknown time zone {value!r}; accepted: an IANA name such as 'Asia/Almaty' or 'Asia/Aqtau'"
        ) from exc
    return value


@frozen
class OfficeHours:
    """When an office is open: intervals per weekday (0 = Monday), exceptions for given dates, a time zone.

    >>> h = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")])
    >>> [(str(i.start), str(i.end)) for i in h.days[0]]
    [('09:00:00', '13:00:00'), ('14:00:00', '18:00:00')]
    >>> h.days[5]
    ()
    """

    days: tuple[tuple[Interval, ...], ...]
    tz: str | None = attrs.field(default=None, validator=lambda i, a, v: _check_tz(v))
    exceptions: tuple[tuple[dt.date, tuple[Interval, ...]], ...] = ()

    def __attrs_post_init__(self) -> None:
        if len(self.days) != 7:
            raise InvalidInputError(f"OfficeHours.days needs 7 entries (Monday to Sunday), got {len(self.days)}")

    @classmethod
    def weekly(
        cls,
        opens: TimeLike,
        closes: TimeLike,
        *,
        breaks: Iterable[tuple[TimeLike, TimeLike]] = (),
        weekdays: Iterable[int] = range(5),
        tz: str | None = None,
    ) -> OfficeHours:
        """The same hours on each of ``weekdays``, minus ``breaks``."""
        start, end = parse_time(opens), parse_time(closes)
        if not start < end:
            raise InvalidInputError(f"opening {start} must be before closing {end}")
        cuts = sorted((parse_time(a), parse_time(b)) for a, b in breaks)
        day: list[Interval] = []
        cursor = start
        for b_start, b_end in cuts:
            if not (start < b_start < b_end < end):
                raise InvalidInputError(f"break {b_start}–{b_end} must lie inside opening hours {start}–{end}")
            if b_start < cursor:
                raise InvalidInputError(f"breaks overlap at {b_start}")
            day.append(Interval(cursor, b_start))
            cursor = b_end
        day.append(Interval(cursor, end))
        chosen = {_check_weekday(w) for w in weekdays}
        return cls(tuple(tuple(day) if w in chosen else () for w in range(7)), tz=tz)

    @classmethod
    def from_days(
        cls,
        days: Mapping[int, Sequence[Interval | tuple[TimeLike, TimeLike]]],
        *,
        tz: str | None = None,
        exceptions: Mapping[dt.date, Sequence[Interval | tuple[TimeLike, TimeLike]]] | None = None,
    ) -> OfficeHours:
        """Build from ``{weekday: [(open, close), ...]}``; weekdays not given are closed."""
        week = [()] * 7  # type: list[tuple[Interval, ...]]
        for weekday, intervals in days.items():
            week[_check_weekday(weekday)] = _normalise_day(intervals)
        exc = tuple(sorted((d, _normalise_day(v)) for d, v in (exceptions or {}).items()))
        return cls(tuple(week), tz=tz, exceptions=exc)
