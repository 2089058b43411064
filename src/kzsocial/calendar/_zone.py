"""Wall-clock office hours on real instants: time-zone transitions (folds, gaps) done right.

Office hours are wall-clock times of a local day; time runs in real instants. An instant is open when the office's
wall clock shows an open time of that day, so a day whose clock goes back (a fold: the hour is repeated) has that
hour open twice, and a day whose clock goes forward (a gap: the hour never exists) loses it. Working time is real
elapsed time, counted on UTC microseconds; every answer is a real instant.

Positions here are integers: ``u`` is microseconds since 1991-01-01 00:00 UTC, ``w`` microseconds since 1991-01-01
00:00 on the office's wall clock. A zone is read once into its transitions over the calendar's range: from its TZif
file (the one ``zoneinfo`` reads), each change checked against ``zoneinfo``'s offsets on both sides; for a zone
whose file cannot be read, and past a file's last transition when a daylight-saving rule goes on, by sampling the
offset each day and bisecting each change to the second (two changes less than a day apart that cancel out would
be missed there, and no zone in the tz database has any in 1991–2100). Reading the file costs well under a
millisecond for Kazakhstan's zones, the sampling some 100 ms.

>>> import datetime as dt
>>> from zoneinfo import ZoneInfo
>>> almaty = ZoneInfo("Asia/Almaty")
>>> attach(dt.datetime(2024, 2, 29, 23, 30, fold=1), almaty).isoformat()   # the repeated hour, second time
'2024-02-29T23:30:00+05:00'
>>> attach(dt.datetime(1995, 3, 26, 2, 30), almaty).isoformat()   # never shown: clocks went from 02:00 to 03:00
'1995-03-26T03:00:00+07:00'
"""

from __future__ import annotations

import datetime as dt
import threading
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from kzsocial.calendar._range import BASE, N_DAYS

if TYPE_CHECKING:
    from kzsocial.calendar._schedule import Schedule

__all__ = [
    "DAY_US",
    "ZoneLine",
    "ZonedSchedule",
    "attach",
    "from_utc_us",
    "normalise",
    "tz_version",
    "utc_us",
    "zone_line",
]

DAY_US = 86_400_000_000
_S = 1_000_000
_ONE_US = dt.timedelta(microseconds=1)
EPOCH_UTC = dt.datetime.fromordinal(BASE).replace(tzinfo=dt.UTC)
_EPOCH_LOCAL = dt.datetime.fromordinal(BASE)
_FAR = 3 * DAY_US  # wider than any UTC offset


def utc_us(moment: dt.datetime) -> int:
    """An aware datetime as microseconds since 1991-01-01 00:00 UTC."""
    return (moment - EPOCH_UTC) // _ONE_US


def from_utc_us(u: int, zone: dt.tzinfo) -> dt.datetime:
    """The instant ``u`` as an aware datetime in ``zone`` (``fold`` set on the repeated hour)."""
    return (EPOCH_UTC + dt.timedelta(microseconds=u)).astimezone(zone)


def wall_us(moment: dt.datetime) -> int:
    """A wall-clock time (the tzinfo and fold ignored) as microseconds since 1991-01-01 00:00."""
    return (moment.replace(tzinfo=None) - _EPOCH_LOCAL) // _ONE_US


def _offset_us(moment: dt.datetime) -> int:
    off = moment.utcoffset()
    assert off is not None
    return off // _ONE_US


def attach(naive: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """``naive`` (office-local wall clock, its ``fold`` choosing the repeated hour's second pass) as a real instant
    in ``zone``; a wall time that never existed (clocks went forward over it) reads as the moment they did."""
    aware = naive.replace(tzinfo=zone)
    if aware.utcoffset() == naive.replace(tzinfo=zone, fold=1 - naive.fold).utcoffset():
        return aware  # neither repeated nor skipped (PEP 495: both folds read the same)
    back = aware.astimezone(dt.UTC).astimezone(zone)
    if back.replace(tzinfo=None) == naive.replace(tzinfo=None):
        return back
    # A gap: fold=1 reads it with the offset after the change (an instant before it), fold=0 with the offset
    # before (an instant after it); the change lies between, bisect for it.
    lo = utc_us(naive.replace(tzinfo=zone, fold=1))
    hi = utc_us(naive.replace(tzinfo=zone, fold=0))
    if lo > hi:
        lo, hi = hi, lo
    after = _offset_us(from_utc_us(hi, zone))
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if _offset_us(from_utc_us(mid, zone)) == after:
            hi = mid
        else:
            lo = mid
    return from_utc_us(hi, zone)


def normalise(naive: dt.datetime, zone: dt.tzinfo | None) -> dt.datetime:
    """``naive`` as the office-local wall time of a real instant (``fold`` set), see :func:`attach`."""
    if zone is None:
        return naive
    return attach(naive, zone).replace(tzinfo=None)


_UNIX_TO_BASE_S = (BASE - dt.date(1970, 1, 1).toordinal()) * 86_400


def _tzif_bytes(name: str) -> bytes | None:
    """The TZif file ``zoneinfo`` reads for ``name``: the first in ``zoneinfo.TZPATH``, else the ``tzdata``
    package's."""
    import os
    import zoneinfo

    for root in zoneinfo.TZPATH:
        path = os.path.join(root, name)
        if os.path.isfile(path):
            try:
                with open(path, "rb") as f:
                    return f.read()
            except OSError:  # pragma: no cover - unreadable: zoneinfo would fail too
                return None
    try:
        from importlib import resources

        package, _, file = f"tzdata.zoneinfo.{name.replace('/', '.')}".rpartition(".")
        return resources.files(package).joinpath(file).read_bytes()
    except (ImportError, OSError, ValueError):
        return None


def _parse_tzif(data: bytes) -> tuple[list[int], list[int], bytes] | None:
    """(transition times in Unix seconds, the UTC offset in seconds from each, the footer TZ string) of a TZif
    file (RFC 8536; the 64-bit block of version 2 and later); None for anything else (then the zone is sampled)."""
    import struct

    def header(at: int) -> tuple[int, ...] | None:
        if data[at : at + 4] != b"TZif" or len(data) < at + 44:
            return None
        return (data[at + 4], *struct.unpack(">6l", data[at + 20 : at + 44]))

    first = header(0)
    if first is None or first[0] < ord("2"):
        return None
    _, isut, isstd, leap, times, types, chars = first
    at = 44 + times * 5 + types * 6 + chars + leap * 8 + isstd + isut  # skip the 32-bit block
    second = header(at)
    if second is None:
        return None
    _, isut, isstd, leap, times, types, chars = second
    if leap:  # leap-second ("right/") data: not what zoneinfo's offsets mean
        return None
    at += 44
    stamps = list(struct.unpack(f">{times}q", data[at : at + 8 * times]))
    at += 8 * times
    index = data[at : at + times]
    at += times
    offsets = [struct.unpack(">l", data[at + 6 * k : at + 6 * k + 4])[0] for k in range(types)]
    at += 6 * types + chars + isstd + isut
    footer = data[at:].strip(b"\n")
    if len(index) != times or any(k >= types for k in index):
        return None
    return stamps, [offsets[k] for k in index], footer


def _from_tzif(line: ZoneLine, start: int, stop: int) -> tuple[list[int], list[int]] | None:
    """The zone's transitions in ``(start, stop]`` read from its TZif file, the same the daily sampling finds at a
    fraction of its cost (the file's transitions where the offset changes; past the file's last one, when its
    footer has a daylight-saving rule, the sampling goes on from there). Each transition is checked against
    ``zoneinfo``'s own offsets on both sides; None (sample instead) when the file cannot be read or disagrees."""
    zone = line.zone
    if getattr(zone, "key", None) != line.name:
        return None
    data = _tzif_bytes(line.name)
    parsed = _parse_tzif(data) if data is not None else None
    if parsed is None:
        return None
    stamps, offsets, footer = parsed
    off = line.offset_of(start)
    trans: list[int] = []
    offs = [off]
    for stamp, offset in zip(stamps, offsets, strict=True):
        u = (stamp - _UNIX_TO_BASE_S) * _S
        if u <= start or offset * _S == off:
            continue
        if u > stop:
            break
        if line.offset_of(u - _S) != off or line.offset_of(u) != offset * _S:
            return None
        off = offset * _S
        trans.append(u)
        offs.append(off)
    if b"," in footer:  # a daylight-saving rule beyond the file's transitions: sample from the last one on
        last = (stamps[-1] - _UNIX_TO_BASE_S) * _S if stamps else start
        u = max(start, min(last, stop))
        if u > start and (trans and trans[-1] > u):  # pragma: no cover - transitions sorted in a valid file
            return None
        line._sampled(u - (u - start) % DAY_US, stop, trans, offs)
    return trans, offs


class ZoneLine:
    """One zone's UTC offsets over the calendar's range: ``offs[k]`` holds from ``trans[k - 1]`` to ``trans[k]``."""

    __slots__ = ("hi", "lo", "name", "offs", "trans", "zone")

    def __init__(self, zone: dt.tzinfo, name: str) -> None:
        self.zone = zone
        self.name = name
        start = -3 * DAY_US
        stop = (N_DAYS + 3) * DAY_US
        found = _from_tzif(self, start, stop)
        trans, offs = found if found is not None else self._sampled(start, stop, [], [self.offset_of(start)])
        self.trans = trans
        self.offs = offs
        self.lo = min(offs)
        self.hi = max(offs)

    def _sampled(self, u: int, stop: int, trans: list[int], offs: list[int]) -> tuple[list[int], list[int]]:
        """The transitions in ``(u, stop]`` by sampling the offset each day and bisecting each change to the second
        (the reference way, and the way for zones whose file cannot be read), appended to ``trans``/``offs``."""
        off = offs[-1]
        while u < stop:
            nxt = u + DAY_US
            o2 = self.offset_of(nxt)
            if o2 != off:
                lo, hi = u // _S, nxt // _S  # whole seconds: offset(lo) == off, offset(hi) == o2
                while hi - lo > 1:
                    mid = (lo + hi) // 2
                    if self.offset_of(mid * _S) == off:
                        lo = mid
                    else:
                        hi = mid
                trans.append(hi * _S)
                offs.append(o2)
                off = o2
            u = nxt
        return trans, offs

    def offset_of(self, u: int) -> int:
        return _offset_us(from_utc_us(u, self.zone))

    def offset(self, u: int) -> int:
        """The UTC offset (µs) at instant ``u``."""
        return self.offs[bisect_right(self.trans, u)]

    def wall(self, u: int) -> int:
        """The wall-clock position of instant ``u``."""
        return u + self.offs[bisect_right(self.trans, u)]

    def _near(self, w: int) -> range:
        return range(bisect_right(self.trans, w - _FAR), min(bisect_right(self.trans, w + _FAR), len(self.trans)) + 1)

    def to_utc(self, w: int, fold: int = 0) -> int:
        """The instant whose wall clock shows ``w``: the first (``fold=0``) or second (``fold=1``) of a repeated
        time; for a wall time in a gap, the instant the clocks went forward."""
        trans, offs = self.trans, self.offs
        k = bisect_right(trans, w - self.hi)
        if k == bisect_right(trans, w - self.lo):  # no transition near: one instant shows w
            return w - offs[k]
        found: list[int] = []
        for k in self._near(w):
            u = w - offs[k]
            if (k == 0 or trans[k - 1] <= u) and (k == len(trans) or u < trans[k]):
                found.append(u)
        if found:
            return max(found) if fold else min(found)
        for j in self._near(w):
            if j < len(trans) and trans[j] + offs[j] <= w < trans[j] + offs[j + 1]:
                return trans[j]
        raise AssertionError(f"unreachable: wall time {w} neither shown nor skipped")  # pragma: no cover


_LINES: dict[str, ZoneLine] = {}
_LINES_LOCK = threading.Lock()


def zone_line(name: str) -> ZoneLine:
    """The transitions of the IANA zone ``name`` (read once, shared between threads)."""
    line = _LINES.get(name)
    if line is None:
        with _LINES_LOCK:
            line = _LINES.get(name)
            if line is None:
                from zoneinfo import ZoneInfo

                line = _LINES[name] = ZoneLine(ZoneInfo(name), name)
    return line


class ZonedSchedule:
    """A wall-clock :class:`Schedule` read on real instants of one zone.

    The open time before instant ``u`` is the wall schedule's open time before the wall position of ``u`` plus a
    correction that changes only at transitions: a gap's open wall time never happened (subtracted), a fold's
    happened twice (added).
    """

    __slots__ = ("corr", "line", "pos", "sched", "total")

    def __init__(self, sched: Schedule, line: ZoneLine) -> None:
        self.sched = sched
        self.line = line
        trans, offs = line.trans, line.offs
        corr = [0]
        for k, t in enumerate(trans):
            corr.append(corr[-1] + self.wall_before(t + offs[k]) - self.wall_before(t + offs[k + 1]))
        self.corr = corr
        self.pos = [self.wall_before(t + offs[k + 1]) + corr[k + 1] for k, t in enumerate(trans)]
        self.total = sched.total + corr[-1]

    def wall_before(self, w: int) -> int:
        """Open wall time (µs) before wall position ``w`` (clamped to the range)."""
        if w <= 0:
            return 0
        i, t = divmod(w, DAY_US)
        if i >= N_DAYS:
            return self.sched.total
        return self.sched.open_before(i, t)

    def before(self, u: int) -> int:
        """Real open time (µs) from the start of the range to instant ``u``."""
        k = bisect_right(self.line.trans, u)
        return self.wall_before(u + self.line.offs[k]) + self.corr[k]

    def is_open(self, u: int) -> bool:
        i, t = divmod(self.line.wall(u), DAY_US)
        return 0 <= i < N_DAYS and self.sched.is_open(i, t)

    def first_at(self, target: int) -> int | None:
        """The earliest instant with ``target`` µs of open time before it, or None beyond the range."""
        if target > self.total:
            return None
        if target <= 0:
            raise ValueError("target must be positive")  # pragma: no cover - internal
        k = bisect_left(self.pos, target)
        r = target - self.corr[k]
        sched = self.sched
        cum = sched.cum
        j = bisect_left(cum, r) - 1
        r -= cum[j]
        for s, e in sched.patterns[sched.pat[j]]:
            if r <= e - s:
                return j * DAY_US + s + r - self.line.offs[k]
            r -= e - s
        raise AssertionError("unreachable: cum and patterns disagree")  # pragma: no cover

    def next_open(self, u: int) -> int | None:
        """``u`` when open then, else the instant the office next opens (None: never again in range)."""
        if self.is_open(u):
            return u
        found = self.first_at(self.before(u) + 1)
        return None if found is None else found - 1

    def day_pieces(self, i: int) -> list[tuple[int, int]]:
        """The real open intervals ``[start, end)`` (instants) of local day ``i``, in time order."""
        trans, offs = self.line.trans, self.line.offs
        pieces: list[tuple[int, int]] = []
        for s, e in self.sched.patterns[self.sched.pat[i]]:
            a, b = i * DAY_US + s, i * DAY_US + e
            for k in self.line._near(a):
                lo = a - offs[k]
                hi = b - offs[k]
                if k > 0 and trans[k - 1] > lo:
                    lo = trans[k - 1]
                if k < len(trans) and trans[k] < hi:
                    hi = trans[k]
                if lo < hi:
                    pieces.append((lo, hi))
        return sorted(pieces)


_VERSIONS: dict[str, str] = {}


def tz_version(name: str) -> str:
    """Which tz data answers for the zone ``name``, for the data version a deadline records.

    ``zoneinfo`` reads the system's tz database first (``zoneinfo.TZPATH``) and the ``tzdata`` package (the ``tz``
    extra) where the system has none; the answer names the one used and its IANA release, e.g.
    ``"tz Asia/Almaty: IANA 2025b (/usr/share/zoneinfo)"`` or ``"tz Asia/Almaty: IANA 2026a (tzdata package)"``.
    """
    found = _VERSIONS.get(name)
    if found is None:
        found = _VERSIONS[name] = f"tz {name}: {_tz_source(name)}"
    return found


def _tz_source(name: str) -> str:
    import os
    import zoneinfo

    for root in zoneinfo.TZPATH:
        if os.path.isfile(os.path.join(root, name)):
            return f"IANA {_system_release(root)} ({root})"
    try:
        import tzdata  # type: ignore[import-untyped, unused-ignore]
    except ImportError:  # pragma: no cover - zoneinfo found the zone somewhere
        return "IANA release unknown"
    return f"IANA {getattr(tzdata, 'IANA_VERSION', 'release unknown')} (tzdata package)"


def _system_release(root: str) -> str:
    """The release of a system tz database: ``tzdata.zi``'s first line or ``+VERSION``, when present."""
    import os

    for file, prefix in (("tzdata.zi", "# version "), ("+VERSION", "")):
        try:
            with open(os.path.join(root, file), encoding="ascii", errors="replace") as f:
                line = f.readline().strip()
        except OSError:
            continue
        if line.startswith(prefix) and line[len(prefix) :].strip():
            return line[len(prefix) :].strip()
    return "release unknown"
