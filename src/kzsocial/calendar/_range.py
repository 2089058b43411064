"""The calendar's range and the day status codes shared by the calendar modules (no imports: cheap)."""

from __future__ import annotations

import datetime as dt

__all__ = ["BASE", "MAX_DATE", "MIN_DATE", "N_DAYS", "OFF", "WEEKEND", "WORKED", "WORKING", "time_us"]

MIN_DATE = dt.date(1991, 1, 1)
MAX_DATE = dt.date(2100, 12, 31)
BASE = MIN_DATE.toordinal()
N_DAYS = MAX_DATE.toordinal() - BASE + 1

# Day status codes in the calendar's tables.
WORKING = 0
WEEKEND = 1
OFF = 2
WORKED = 3


def time_us(t: dt.time) -> int:
    """Microseconds since midnight.

    >>> time_us(dt.time(0, 0, 1))
    1000000
    """
    return ((t.hour * 60 + t.minute) * 60 + t.second) * 1_000_000 + t.microsecond
