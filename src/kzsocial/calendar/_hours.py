"""Office hours: per-weekday open intervals (a lunch break is the gap between two), date exceptions."""

from __future__ import annotations

import datetime as dt
import itertools
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs
from attrs import frozen

from kzsocial._checks import brief
from kzsocial.calendar._daycal import WorkCalendar, default_calendar
from kzsocial.calendar._interval import Interval, TimeLike, parse_time
from kzsocial.calendar._range import BASE as _BASE
from kzsocial.calendar._range import N_DAYS as _N
from kzsocial.calendar._range import time_us
from kzsocial.calendar._schedule import Schedule
from kzsocial.calendar._zone import DAY_US, ZonedSchedule, from_utc_us, utc_us, wall_us, zone_line
from kzsocial.errors import DateOutOfRangeError, InvalidInputError, InvalidTypeError

__all__ = ["Interval", "OfficeHours", "parse_time"]

_EPOCH = dt.datetime.fromordinal(_BASE)


def _to_interval(value: object) -> Interval:
    if isinstance(value, Interval):
        return value
    if isinstance(value, (tuple, list)) and len(value) == 2:
        return Interval(value[0], value[1])
    raise InvalidTypeError(f"an interval must be an Interval or an (open, close) pair, got {brief(value)}")


def _iterable(value: Any, what: str) -> Iterable[Any]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidTypeError(f"{what} must be a sequence, got {type(value).__name__} {brief(value)}")
    return value


def _pair(value: Any, what: str) -> tuple[dt.time, dt.time]:
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        raise InvalidTypeError(f"{what} must be an (open, close) pair such as ('13:00', '14:00'), got {brief(value)}")
    return parse_time(value[0]), parse_time(value[1])


def _normalise_day(intervals: Iterable[Interval | tuple[TimeLike, TimeLike]]) -> tuple[Interval, ...]:
    out = tuple(_to_interval(i) for i in _iterable(intervals, "a day's intervals"))
    ordered = tuple(sorted(out, key=lambda i: i.start))
    for a, b in itertools.pairwise(ordered):
        if b.start < a.end:
            raise InvalidInputError(f"intervals overlap: {a.start}–{a.end} and {b.start}–{b.end}")
    return ordered


def _check_weekday(weekday: object) -> int:
    if isinstance(weekday, bool) or not isinstance(weekday, int):
        raise InvalidTypeError(f"a weekday must be an int 0 (Monday) to 6 (Sunday), got {brief(weekday)}")
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
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:  # OSError: a name too long for a file name
        raise InvalidInputError(
            f"unknown time zone {value[:80]!r}; accepted: an IANA name such as 'Asia/Almaty' or 'Asia/Aqtau'"
        ) from exc
    return value


def _to_days(value: object) -> tuple[tuple[Interval, ...], ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidTypeError(f"OfficeHours.days must be 7 sequences of intervals, got {type(value).__name__}")
    out: list[tuple[Interval, ...]] = []
    for day in value:
        if isinstance(day, (str, bytes)) or not isinstance(day, Iterable):
            raise InvalidTypeError(f"each day of OfficeHours.days must be a sequence of intervals, got {brief(day)}")
        out.append(_normalise_day(day))
    return tuple(out)


def _to_exceptions(value: object) -> tuple[tuple[dt.date, tuple[Interval, ...]], ...]:
    items: Iterable[Any]
    if isinstance(value, Mapping):
        items = value.items()
    elif isinstance(value, Iterable) and not isinstance(value, (str, bytes)):
        items = value
    else:
        raise InvalidTypeError(f"exceptions must map dates to intervals, got {type(value).__name__}")
    out: dict[dt.date, tuple[Interval, ...]] = {}
    for item in items:
        if not isinstance(item, tuple) or len(item) != 2:
            raise InvalidTypeError(f"an exception must be a (date, intervals) pair, got {brief(item)}")
        day, intervals = item
        if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
            raise InvalidTypeError(f"an exception's date must be a datetime.date, got {brief(day)}")
        if isinstance(intervals, (str, bytes)) or not isinstance(intervals, Iterable):
            raise InvalidTypeError(f"an exception's intervals must be a sequence, got {brief(intervals)}")
        if day in out:
            raise InvalidInputError(f"exception date {day} given twice")
        out[day] = _normalise_day(intervals)
    return tuple(sorted(out.items()))


def _schedule_for(calendar: WorkCalendar, hours: OfficeHours) -> Schedule:
    """The office schedule of ``hours`` under ``calendar``, shared by equal hours (at most 64 kept per calendar)."""
    cache = calendar._schedules
    found: Schedule | None = cache.get(hours)
    if found is None:
        found = Schedule(hours, calendar)
        with calendar._lock:
            if len(cache) >= 64:
                cache.pop(next(iter(cache)))
            cache[hours] = found
    return found


class _ScheduleSlot:
    """A slot outside the attrs fields: the schedules cache never reaches ``attrs.asdict``, ``eq`` or ``repr``."""

    __slots__ = ("_cache",)
    if TYPE_CHECKING:
        _cache: dict[WorkCalendar | None, Schedule]


@frozen
class OfficeHours(_ScheduleSlot):
    """When an office is open: intervals per weekday (0 = Monday), exceptions for given dates, a time zone.

    >>> h = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")])
    >>> [(str(i.start), str(i.end)) for i in h.days[0]]
    [('09:00:00', '13:00:00'), ('14:00:00', '18:00:00')]
    >>> h.days[5]
    ()

    With a :class:`~kzsocial.calendar.WorkCalendar` (the default calendar when none is given) the office is closed
    on holidays and days off, and open on a weekend day worked by decree with the hours of the weekday it replaces
    (Saturday 4 May 2024 was worked for Wednesday 8 May):

    >>> import datetime as dt
    >>> h.is_open(dt.datetime(2024, 5, 4, 10, 0)), h.is_open(dt.datetime(2024, 5, 8, 10, 0))
    (True, False)
    >>> h.add_working_time(dt.datetime(2024, 5, 3, 17, 0), dt.timedelta(hours=2))
    datetime.datetime(2024, 5, 4, 10, 0)

    An exception for a date replaces that day's hours, whatever the calendar says (an empty list closes the day).
    Naive datetimes are office-local; aware ones are converted to ``tz`` and the answers come back in it.
    Without a ``tz`` working time is measured on the office's wall clock. With one it is real elapsed time: an
    instant is open when the office's clock shows an open time of that day, so when clocks go back the repeated
    hour counts twice and when they go forward the skipped hour does not count; every answer is a real instant
    (a naive one carries ``fold=1`` on the second pass of a repeated hour). A naive time the clocks skipped reads as
    the moment they went forward.
    """

    days: tuple[tuple[Interval, ...], ...] = attrs.field(converter=_to_days)
    """Seven tuples of open intervals, Monday (0) to Sunday (6); an empty tuple is a closed day. Breaks are the gaps
    between intervals."""
    tz: str | None = attrs.field(default=None, validator=lambda i, a, v: _check_tz(v))
    """The office's IANA time zone (``Asia/Almaty``, ``Asia/Aqtau``, ...), in which an aware moment is read; ``None``:
    times are office-local and naive."""
    exceptions: tuple[tuple[dt.date, tuple[Interval, ...]], ...] = attrs.field(default=(), converter=_to_exceptions)
    """Dates with their own intervals instead of the weekday's (a shortened pre-holiday day, a closed day), as ``(date,
    intervals)`` pairs sorted by date."""

    def __attrs_post_init__(self) -> None:
        if len(self.days) != 7:
            raise InvalidInputError(f"OfficeHours.days needs 7 entries (Monday to Sunday), got {len(self.days)}")
        object.__setattr__(self, "_cache", {})

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
        cuts = sorted(_pair(b, "a break") for b in _iterable(breaks, "breaks"))
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
        if isinstance(weekdays, (str, bytes)) or not isinstance(weekdays, Iterable):
            raise InvalidTypeError(f"weekdays must be ints 0 (Monday) to 6 (Sunday), got {brief(weekdays)}")
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
        """Build from ``{weekday: [(open, close), ...]}``; weekdays not given are closed.

        >>> h = OfficeHours.from_days({0: [("09:00", "13:00")], 3: [("14:00", "18:00")]})
        >>> [len(d) for d in h.days]
        [1, 0, 0, 1, 0, 0, 0]
        """
        if not isinstance(days, Mapping):
            raise InvalidTypeError(f"days must map weekdays 0-6 to intervals, got {type(days).__name__}")
        week = [()] * 7  # type: list[tuple[Interval, ...]]
        for weekday, intervals in days.items():
            week[_check_weekday(weekday)] = _normalise_day(intervals)
        return cls(tuple(week), tz=tz, exceptions=exceptions or {})

    # -- the schedule --------------------------------------------------------------------------------------------

    def schedule(self, calendar: WorkCalendar | None = None) -> Schedule:
        """The precomputed open time of this office under ``calendar`` (built on first use, then cached)."""
        try:
            found = self._cache.get(calendar)
        except TypeError:  # unhashable: not a calendar
            found = None
        except AttributeError:  # unpickled: the cache slot is not restored
            object.__setattr__(self, "_cache", {})
            found = None
        if found is None:
            if calendar is None:
                found = _schedule_for(default_calendar(), self)
            elif isinstance(calendar, WorkCalendar):
                found = _schedule_for(calendar, self)
            else:
                raise InvalidTypeError(f"calendar must be a WorkCalendar or None, got {type(calendar).__name__}")
            self._cache[calendar] = found
        return found

    def _zone(self) -> dt.tzinfo | None:
        if self.tz is None:
            return None
        return zone_line(self.tz).zone

    def _local(self, at: object, what: str = "a datetime.datetime") -> tuple[int, int, dt.tzinfo | None]:
        """(day index, µs since local midnight, None) for ``at`` on hours without a tz (wall-clock arithmetic)."""
        if not isinstance(at, dt.datetime):
            raise InvalidTypeError(f"expected {what}, got {type(at).__name__} {brief(at)}")
        if at.tzinfo is not None and at.utcoffset() is not None:
            raise InvalidInputError(
                f"{at.isoformat()} is time-zone aware but these office hours have no tz; "
                "pass a naive office-local datetime or give the hours a tz such as 'Asia/Almaty'"
            )
        i = at.toordinal() - _BASE
        if not 0 <= i < _N:
            raise DateOutOfRangeError(f"{at.isoformat()} is outside the calendar's range 1991-01-01 to 2100-12-31")
        return i, time_us(at.time()), None

    def _instant(self, at: object) -> tuple[int, bool]:
        """(µs since 1991-01-01 UTC, whether to answer aware) for ``at`` on hours with a tz.

        A naive ``at`` is the office's wall clock (``fold=1``: the second pass of a repeated hour; a time the clocks
        skipped reads as the moment they went forward).
        """
        if not isinstance(at, dt.datetime):
            raise InvalidTypeError(f"expected a datetime.datetime, got {type(at).__name__} {brief(at)}")
        assert self.tz is not None
        line = zone_line(self.tz)
        aware = at.tzinfo is not None and at.utcoffset() is not None
        try:
            u = utc_us(at) if aware else line.to_utc(wall_us(at), at.fold)
        except OverflowError as exc:  # pragma: no cover - only at datetime's own limits
            raise DateOutOfRangeError(f"{at.isoformat()} is outside the calendar's range") from exc
        if not 0 <= line.wall(u) // DAY_US < _N:
            raise DateOutOfRangeError(f"{at.isoformat()} is outside the calendar's range 1991-01-01 to 2100-12-31")
        return u, aware

    def _zoned(self, calendar: WorkCalendar | None) -> ZonedSchedule:
        sched = self.schedule(calendar)
        found = sched.zoned
        if not isinstance(found, ZonedSchedule):
            assert self.tz is not None
            found = sched.zoned = ZonedSchedule(sched, zone_line(self.tz))
        return found

    def _out(self, u: int, aware: bool) -> dt.datetime:
        assert self.tz is not None
        moment = from_utc_us(u, zone_line(self.tz).zone)
        return moment if aware else moment.replace(tzinfo=None)

    @staticmethod
    def _answer(moment: dt.datetime, zone: dt.tzinfo | None) -> dt.datetime:
        return moment if zone is None else moment.replace(tzinfo=zone)

    def hours_on(self, day: dt.date, calendar: WorkCalendar | None = None) -> tuple[Interval, ...]:
        """The open intervals on ``day`` once the calendar and the exceptions are applied.

        >>> import datetime as dt
        >>> h = OfficeHours.weekly("09:00", "18:00")
        >>> h.hours_on(dt.date(2025, 1, 3)), [str(i.start) for i in h.hours_on(dt.date(2025, 1, 5))]
        ((), ['09:00:00'])
        """
        if not isinstance(day, dt.date):
            raise InvalidTypeError(f"expected a datetime.date, got {type(day).__name__} {brief(day)}")
        i = day.toordinal() - _BASE
        if not 0 <= i < _N:
            raise DateOutOfRangeError(f"{day} is outside the calendar's range 1991-01-01 to 2100-12-31")
        return self.schedule(calendar).intervals(i)

    def is_open(self, at: dt.datetime, calendar: WorkCalendar | None = None) -> bool:
        """True if the office is open at ``at`` (an interval's start counts, its end does not)."""
        if self.tz is not None:
            u, _ = self._instant(at)
            return self._zoned(calendar).is_open(u)
        i, t, _ = self._local(at)
        return self.schedule(calendar).is_open(i, t)

    def next_open(self, at: dt.datetime, calendar: WorkCalendar | None = None) -> dt.datetime:
        """``at`` itself when the office is open then, else the next opening.

        >>> import datetime as dt
        >>> OfficeHours.weekly("09:00", "18:00").next_open(dt.datetime(2008, 12, 26, 18, 30))
        datetime.datetime(2008, 12, 29, 9, 0)
        """
        if self.tz is not None:
            u, aware = self._instant(at)
            zoned = self._zoned(calendar)
            next_u = zoned.next_open(u)
            if next_u is None:
                raise zoned.sched.out_of_range(f"the next opening after {at.isoformat()}")
            return self._out(next_u, aware)
        i, t, zone = self._local(at)
        sched = self.schedule(calendar)
        found = sched.next_open(i, t)
        if found is None:
            raise sched.out_of_range(f"the next opening after {at.isoformat()}")
        if found == (i, t):
            return at if zone is None else at.astimezone(zone)
        return self._answer(sched.to_datetime(*found), zone)

    def add_working_time(
        self, start: dt.datetime, duration: dt.timedelta, calendar: WorkCalendar | None = None
    ) -> dt.datetime:
        """The earliest moment by which the office has been open for ``duration`` since ``start``.

        Breaks, nights, weekends and holidays do not count; worked weekend days do. The answer lies in open time
        or at the end of an interval (a term that ends as the office closes for lunch ends at 13:00, not 14:00).
        A zero duration gives ``start``.
        """
        if duration.__class__ is not dt.timedelta and not isinstance(duration, dt.timedelta):
            raise InvalidTypeError(f"duration must be a datetime.timedelta, got {type(duration).__name__}")
        us = (duration.days * 86_400 + duration.seconds) * 1_000_000 + duration.microseconds
        if self.tz is not None:
            u, aware = self._instant(start)
            if us < 0:
                raise InvalidInputError(f"duration must not be negative, got {duration}")
            if us == 0:
                return self._out(u, aware)
            zoned = self._zoned(calendar)
            found = zoned.first_at(zoned.before(u) + us)
            if found is None:
                raise zoned.sched.out_of_range(f"{duration} of working time from {start.isoformat()}")
            return self._out(found, aware)
        if start.__class__ is dt.datetime and start.tzinfo is None:  # the common case, inlined
            i = start.toordinal() - _BASE
            t = ((start.hour * 60 + start.minute) * 60 + start.second) * 1_000_000 + start.microsecond
            zone = None
            if not 0 <= i < _N:
                i, t, zone = self._local(start)
        else:
            i, t, zone = self._local(start)
        if us <= 0:
            if us < 0:
                raise InvalidInputError(f"duration must not be negative, got {duration}")
            return start if zone is None else start.astimezone(zone)
        try:
            sched = self._cache.get(calendar)
        except (TypeError, AttributeError):
            sched = None
        if sched is None:
            sched = self.schedule(calendar)
        # Inlined Schedule.open_before and Schedule.at_position (this is the hot path).
        cum = sched.cum
        acc = cum[i]
        for s, e in sched.patterns[sched.pat[i]]:
            if t <= s:
                break
            acc += (e if e < t else t) - s
        target = acc + us
        if target > sched.total:
            raise sched.out_of_range(f"{duration} of working time from {start.isoformat()}")
        j = i
        if target > cum[j + 1]:
            j += 1
            if j >= _N or target > cum[j + 1]:
                j = bisect_left(cum, target) - 1
        r = target - cum[j]
        for s, e in sched.patterns[sched.pat[j]]:
            if r <= e - s:
                moment = _EPOCH + dt.timedelta(j, 0, s + r)
                return moment if zone is None else moment.replace(tzinfo=zone)
            r -= e - s
        raise AssertionError("unreachable: cum and patterns disagree")  # pragma: no cover

    def working_time_between(
        self, a: dt.datetime, b: dt.datetime, calendar: WorkCalendar | None = None
    ) -> dt.timedelta:
        """The office's open time from ``a`` to ``b``; negative when ``b`` is before ``a``.

        >>> import datetime as dt
        >>> h = OfficeHours.weekly("09:00", "17:30", breaks=[("13:00", "14:30")])
        >>> h.working_time_between(dt.datetime(2024, 5, 3, 17, 0), dt.datetime(2024, 5, 4, 10, 30))
        datetime.timedelta(seconds=7200)
        """
        if self.tz is not None:
            ua, _ = self._instant(a)
            ub, _ = self._instant(b)
            zoned = self._zoned(calendar)
            return dt.timedelta(microseconds=zoned.before(ub) - zoned.before(ua))
        ia, ta, _ = self._local(a)
        ib, tb, _ = self._local(b)
        sched = self.schedule(calendar)
        return dt.timedelta(microseconds=sched.open_before(ib, tb) - sched.open_before(ia, ta))

    def closes_on(self, day: dt.date, calendar: WorkCalendar | None = None) -> dt.datetime | None:
        """When the office closes on ``day`` (the end of its last interval), or None if closed all day.

        The answer is aware in ``tz`` when the hours have one.
        """
        intervals = self.hours_on(day, calendar)
        if not intervals:
            return None
        if self.tz is not None:  # the last real instant of open time (a close in a repeated hour: its second pass)
            pieces = self._zoned(calendar).day_pieces(day.toordinal() - _BASE)
            return self._out(pieces[-1][1], True) if pieces else None
        return dt.datetime.combine(day, intervals[-1].end)
