"""One open interval of a day (:class:`Interval`) and the reading of office times (:func:`parse_time`)."""

from __future__ import annotations

import datetime as dt

import attrs
from attrs import frozen

from kzsocial.errors import InvalidInputError, InvalidTypeError

__all__ = ["Interval", "TimeLike", "parse_time"]

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
    if len(parts) != 2 or not all(p.isascii() and p.isdigit() and len(p) <= 2 for p in parts):
        raise InvalidInputError(f"cannot read time {value!r}; accepted: 'HH:MM' or 'HH.MM', 00:00 to 23:59")
    hour, minute = int(parts[0]), int(parts[1])
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise InvalidInputError(f"time {value!r} out of range; accepted: 00:00 to 23:59")
    return dt.time(hour, minute)


@frozen
class Interval:
    """An open interval of a day, ``start`` inclusive, ``end`` exclusive."""

    start: dt.time = attrs.field(converter=parse_time)
    """When the interval begins (inclusive), read from ``HH:MM`` or a :class:`datetime.time`."""
    end: dt.time = attrs.field(converter=parse_time)
    """When it ends (exclusive): the office is closed at ``end`` itself."""

    def __attrs_post_init__(self) -> None:
        if not self.start < self.end:
            raise InvalidInputError(f"an interval must start before it ends, got {self.start}–{self.end}")

    @property
    def minutes(self) -> int:
        """The length of the interval in whole minutes."""
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)
