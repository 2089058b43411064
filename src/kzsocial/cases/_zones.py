"""Time-zone offsets as arrays: instants to office wall clock and back, vectorised, agreeing with ``zoneinfo``.

A zone's transitions over the calendar's range are found once (daily probes, then bisection to the second) and
kept as sorted arrays; converting a column is then one ``searchsorted``. Wall clock to instant follows
``datetime.replace(tzinfo=zone)`` (``fold=0``): an ambiguous wall time takes the earlier instant, a wall time in
a gap the offset in force before the gap, exactly as :func:`~kzsocial.calendar.compute_deadline` answers.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np

__all__ = ["ZoneTable", "zone_table"]

Array = np.ndarray[Any, Any]
_UTC = dt.UTC
_START = dt.datetime(1990, 1, 1, tzinfo=_UTC)
_DAYS = (dt.date(2102, 1, 1) - dt.date(1990, 1, 1)).days
_US = 1_000_000


def _offset_us(zone: dt.tzinfo, at: dt.datetime) -> int:
    off = at.astimezone(zone).utcoffset()
    assert off is not None
    return (off.days * 86_400 + off.seconds) * _US + off.microseconds


class ZoneTable:
    """``offsets[k]`` is the zone's UTC offset (µs) after transition ``k - 1``; ``utc[k]`` the transition
    instants (µs since 1970, UTC); ``walls[k]`` the wall-clock time from which ``fold=0`` takes ``offsets[k+1]``."""

    __slots__ = ("name", "offsets", "utc", "walls")

    def __init__(self, name: str) -> None:
        zone = ZoneInfo(name)
        self.name = name
        transitions: list[int] = []
        offsets = [_offset_us(zone, _START)]
        prev = offsets[0]
        for d in range(1, _DAYS + 1):
            probe = _START + dt.timedelta(days=d)
            off = _offset_us(zone, probe)
            if off == prev:
                continue
            lo, hi = probe - dt.timedelta(days=1), probe  # the offset changed in (lo, hi]
            while hi - lo > dt.timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                if _offset_us(zone, mid) == prev:
                    lo = mid
                else:
                    hi = mid
            hi = hi.replace(microsecond=0)
            transitions.append(int((hi - dt.datetime(1970, 1, 1, tzinfo=_UTC)) / dt.timedelta(microseconds=1)))
            offsets.append(off)
            prev = off
        self.utc: Array = np.asarray(transitions, dtype=np.int64)
        self.offsets: Array = np.asarray(offsets, dtype=np.int64)
        before, after = self.offsets[:-1], self.offsets[1:]
        self.walls: Array = self.utc + np.maximum(before, after)

    def to_wall(self, utc_us: Array) -> Array:
        """Instants (µs since 1970 UTC) to wall-clock µs since 1970, like ``astimezone(zone)``."""
        return utc_us + self.offsets[np.searchsorted(self.utc, utc_us, side="right")]

    def to_utc(self, wall_us: Array) -> Array:
        """Wall-clock µs since 1970 to instants, like ``replace(tzinfo=zone)`` with ``fold=0``."""
        return wall_us - self.offsets[np.searchsorted(self.walls, wall_us, side="right")]


@functools.cache
def zone_table(name: str) -> ZoneTable:
    return ZoneTable(name)
