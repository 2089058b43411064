"""The day calendar: which dates of 1991–2100 are working days in Kazakhstan, and why.

The first question builds sorted tables for the whole range once (about 40,000 days); after that every answer
is an index into them, the same cost for 1 day or 10,000:

>>> import datetime as dt
>>> cal = default_calendar()
>>> cal.is_working_day(dt.date(2025, 1, 5))        # a Sunday worked in place of Friday 3 January
True
>>> cal.add_working_days(dt.date(2024, 12, 20), 10)
datetime.date(2025, 1, 8)
>>> cal.working_days_between(dt.date(2024, 12, 20), dt.date(2025, 1, 8))
10
>>> print(cal.explain(dt.date(2026, 3, 24)).text("en"))
2026-03-24 (Tuesday) is not a working day (five-day week): day off moved from 2026-03-21 (Saturday):
Nowruz Holiday fell on a day off. Calendar data: ...
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import threading
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Self

import attrs
from attrs import frozen

from kzsocial._checks import brief
from kzsocial.calendar._once import once
from kzsocial.calendar._overrides import (
    AddHoliday,
    CalendarOverrides,
    CancelHoliday,
    ExtraDayOff,
    KurbanAit,
    Transfer,
    shipped_overrides,
)
from kzsocial.calendar._range import BASE, MAX_DATE, MIN_DATE, N_DAYS, OFF, WEEKEND, WORKED, WORKING
from kzsocial.calendar._text import Language, LocalText, check_language, format_date
from kzsocial.errors import DataValidationError, DateOutOfRangeError, InvalidInputError, InvalidTypeError

if TYPE_CHECKING:
    from kzsocial.calendar._hours import OfficeHours
    from kzsocial.calendar._schedule import Schedule

__all__ = ["DayExplanation", "DayFact", "DayFactKind", "WorkCalendar", "default_calendar", "six_day_calendar"]

_BASE = BASE
_N = N_DAYS

_DAY_OFF = LocalText("Демалыс күні", "Выходной день", "Day off")


class DayFactKind(enum.Enum):
    """What kind of fact a :class:`DayFact` states."""

    WEEKEND = "weekend"
    """A regular day off of the working week (Saturday, Sunday; Sunday only in the six-day week)."""
    HOLIDAY = "holiday"
    """A public holiday (or 7 January / Kurban Ait, days off that never move)."""
    MOVED_HOLIDAY = "moved_holiday"
    """A day off because a holiday fell on a day off (``moved_from`` names that holiday's date)."""
    TRANSFERRED_DAY_OFF = "transferred_day_off"
    """A day off moved here by an act from a weekend day (``moved_from``), which is worked instead."""
    WORKED_WEEKEND = "worked_weekend"
    """A weekend day worked by an act, in place of the day off ``instead_of``."""
    EXTRA_DAY_OFF = "extra_day_off"
    """A one-off day off declared by an act."""


@frozen
class DayFact:
    """One reason in an explanation, with its source."""

    kind: DayFactKind
    names: LocalText | None = None
    key: str | None = None
    moved_from: dt.date | None = None
    moved_to: dt.date | None = None
    instead_of: dt.date | None = None
    estimated: bool = False
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The exact JSON form (see :mod:`kzsocial.serde`); :meth:`from_dict` reads it back."""
        from kzsocial.serde import to_dict

        result: dict[str, Any] = to_dict(self)
        return result

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value :meth:`to_dict` wrote as ``data``; raises :class:`~kzsocial.errors.SerializationError`."""
        from kzsocial.serde import from_dict

        return from_dict(cls, data)

    def text(self, lang: Language = "en") -> str:
        """This fact in plain words, in ``lang``."""
        lang = check_language(lang)
        name = self.names.get(lang) if self.names else ""
        kind = self.kind
        if kind is DayFactKind.WEEKEND:
            return {"kk": "демалыс күні", "ru": "выходной день", "en": "weekend day"}[lang]
        if kind is DayFactKind.HOLIDAY:
            out = {"kk": f"мереке: {name}", "ru": f"праздник: {name}", "en": f"holiday: {name}"}[lang]
            if self.estimated:
                out += {
                    "kk": " (күні болжамды, әлі расталмаған)",
                    "ru": " (дата ориентировочная, не подтверждена)",
                    "en": " (estimated date, not yet confirmed)",
                }[lang]
            if self.moved_to is not None:
                to = format_date(self.moved_to, lang)
                out += {
                    "kk": f"; демалыс күнге түседі, демалыс {to} күніне ауысады",
                    "ru": f"; выпадает на выходной, выходной переносится на {to}",
                    "en": f"; it falls on a day off, so the day off moves to {to}",
                }[lang]
            return out
        if kind is DayFactKind.MOVED_HOLIDAY:
            assert self.moved_from is not None
            src = format_date(self.moved_from, lang)
            out = {
                "kk": f"демалыс {src} күнінен ауыстырылды: {name} демалыс күнге түсті",
                "ru": f"выходной перенесён с {src}: {name} выпал на выходной день",
                "en": f"day off moved from {src}: {name} fell on a day off",
            }[lang]
            if self.moved_to is not None:
                to = format_date(self.moved_to, lang)
                out += {
                    "kk": f"; бұл демалысты акт {to} күніне ауыстырды, бұл күні жұмыс істеледі",
                    "ru": f"; акт перенёс этот выходной на {to}, этот день рабочий",
                    "en": f"; an act moved that day off on to {to}, so this day is worked",
                }[lang]
            return out
        if kind is DayFactKind.TRANSFERRED_DAY_OFF:
            assert self.moved_from is not None
            src = format_date(self.moved_from, lang)
            return {
                "kk": f"демалыс күні актімен {src} күнінен ауыстырылды, ол күні жұмыс істеледі",
                "ru": f"выходной день перенесён актом с {src}, который стал рабочим",
                "en": f"day off moved by an act from {src}, which is worked instead",
            }[lang]
        if kind is DayFactKind.WORKED_WEEKEND:
            assert self.instead_of is not None
            off = format_date(self.instead_of, lang)
            return {
                "kk": f"демалыс күні актімен {off} күнінің орнына жұмыс күні болды",
                "ru": f"выходной день стал рабочим по акту вместо {off}",
                "en": f"weekend day worked by an act in place of {off}",
            }[lang]
        return {
            "kk": f"актімен жарияланған демалыс күні: {name}",
            "ru": f"выходной день по акту: {name}",
            "en": f"day off declared by an act: {name}",
        }[lang]

    def as_dict(self) -> dict[str, Any]:
        """Deprecated alias of :meth:`to_dict` (one naming rule: ``to_dict``/``from_dict``)."""
        import warnings

        warnings.warn(f"{type(self).__name__}.as_dict() is deprecated; use to_dict()", DeprecationWarning, stacklevel=2)
        from kzsocial.serde import to_dict

        result: dict[str, Any] = to_dict(self)
        return result


_WEEK_WORDS = {
    5: {"kk": "бес күндік жұмыс аптасы", "ru": "пятидневная рабочая неделя", "en": "five-day week"},
    6: {"kk": "алты күндік жұмыс аптасы", "ru": "шестидневная рабочая неделя", "en": "six-day week"},
}


@frozen
class DayExplanation:
    """Why a date is or is not a working day, and which data answered."""

    date: dt.date
    week: int
    is_working_day: bool
    facts: tuple[DayFact, ...]
    data_version: str

    def to_dict(self) -> dict[str, Any]:
        """The exact JSON form (see :mod:`kzsocial.serde`); :meth:`from_dict` reads it back."""
        from kzsocial.serde import to_dict

        result: dict[str, Any] = to_dict(self)
        return result

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value :meth:`to_dict` wrote as ``data``; raises :class:`~kzsocial.errors.SerializationError`."""
        from kzsocial.serde import from_dict

        return from_dict(cls, data)

    @property
    def estimated(self) -> bool:
        """True when the answer rests on an estimated date (Kurban Ait not yet confirmed)."""
        return any(f.estimated for f in self.facts)

    def reasons(self, lang: Language = "en") -> str:
        """The facts alone, joined (``"weekend day; holiday: Nowruz Holiday"``), or "a regular working day"."""
        lang = check_language(lang)
        regular = {"kk": "кәдімгі жұмыс күні", "ru": "обычный рабочий день", "en": "a regular working day"}[lang]
        return "; ".join(f.text(lang) for f in self.facts) or regular

    def text(self, lang: Language = "en") -> str:
        """One paragraph in ``lang``: verdict, reasons, data version."""
        lang = check_language(lang)
        day = format_date(self.date, lang)
        week = _WEEK_WORDS[self.week][lang]
        if self.is_working_day:
            verdict = {"kk": "жұмыс күні", "ru": "рабочий день", "en": "is a working day"}[lang]
        else:
            verdict = {"kk": "жұмыс күні емес", "ru": "нерабочий день", "en": "is not a working day"}[lang]
        reasons = self.reasons(lang)
        data = {"kk": "Күнтізбе деректері", "ru": "Данные календаря", "en": "Calendar data"}[lang]
        if lang == "en":
            return f"{day} {verdict} ({week}): {reasons}. {data}: {self.data_version}."
        return f"{day} — {verdict} ({week}): {reasons}. {data}: {self.data_version}."

    def as_dict(self) -> dict[str, Any]:
        """Deprecated alias of :meth:`to_dict` (one naming rule: ``to_dict``/``from_dict``)."""
        import warnings

        warnings.warn(f"{type(self).__name__}.as_dict() is deprecated; use to_dict()", DeprecationWarning, stacklevel=2)
        from kzsocial.serde import to_dict

        result: dict[str, Any] = to_dict(self)
        return result


class _Tables:
    """The precomputed tables of one calendar (built once, read-only afterwards)."""

    __slots__ = (
        "answers",
        "cum",
        "cum_after",
        "fact_days",
        "facts",
        "flags",
        "instead_of",
        "nwork",
        "status",
        "version",
        "work",
        "work_ords",
    )

    def __init__(
        self,
        status: bytearray,
        facts: dict[int, tuple[DayFact, ...]],
        instead_of: dict[int, int],
        version: str,
    ) -> None:
        self.status = bytes(status)
        self.facts = facts
        self.fact_days: list[int] = sorted(facts)
        self.instead_of = instead_of
        self.version = version
        flags = [1 if s in (WORKING, WORKED) else 0 for s in status]
        self.flags = bytes(flags)
        self.answers: list[bool] = [f == 1 for f in flags]
        # cum[i] = number of working days among indexes 0..i-1; len(cum) == _N + 1
        self.cum: list[int] = [0, *itertools.accumulate(flags)]
        self.cum_after: list[int] = self.cum[1:]  # cum_after[i] == cum[i + 1]
        self.work_ords: list[int] = [i for i, f in enumerate(flags) if f]
        self.work: list[dt.date] = [dt.date.fromordinal(_BASE + i) for i in self.work_ords]
        self.nwork = len(self.work)


def _type_error(value: object, what: str = "a datetime.date") -> InvalidTypeError:
    hint = ""
    if type(value).__name__ in ("datetime64", "Timestamp", "NaTType"):
        hint = (
            "; accepted: datetime.date or datetime.datetime (convert numpy or pandas values first, e.g. with "
            ".astype(object) or .to_pydatetime())"
        )
    return InvalidTypeError(f"expected {what}, got {type(value).__name__} {brief(value)}{hint}")


def _range_error(value: object) -> DateOutOfRangeError:
    return DateOutOfRangeError(
        f"date {value} is outside the calendar's range {MIN_DATE.isoformat()} to {MAX_DATE.isoformat()}"
    )


def _result_range_error(start: dt.date, n: int) -> DateOutOfRangeError:
    return DateOutOfRangeError(
        f"{n} working days from {start} falls outside the calendar's range "
        f"{MIN_DATE.isoformat()} to {MAX_DATE.isoformat()}"
    )


def _check_n(n: object) -> int:
    if n.__class__ is not int:
        if isinstance(n, bool) or not isinstance(n, int):
            raise InvalidTypeError(f"n must be an int, got {type(n).__name__} {brief(n)}")
        n = int(n)
    assert isinstance(n, int)
    return n


class WorkCalendar:
    """Kazakhstan's working days for 1991–2100, for the five-day (``week=5``) or six-day (``week=6``) week.

    Build one with :func:`default_calendar` or :func:`six_day_calendar`; add an act's changes with
    :meth:`with_overrides`. Instances are immutable and safe to share between threads.

    Dates outside 1991-01-01 to 2100-12-31, and results that would fall outside, raise
    :class:`~kzsocial.errors.DateOutOfRangeError`. A :class:`datetime.datetime` counts as its date.
    """

    __slots__ = ("__weakref__", "_layers", "_lock", "_schedules", "_t", "_week")

    MIN_DATE = MIN_DATE
    MAX_DATE = MAX_DATE

    def __init__(self, week: int = 5, overrides: Iterable[CalendarOverrides] = ()) -> None:
        if isinstance(week, bool) or week not in (5, 6):
            raise InvalidInputError(f"week must be 5 (five-day week) or 6 (six-day week), got {brief(week)}")
        if isinstance(overrides, (str, bytes)) or not isinstance(overrides, Iterable):
            raise InvalidTypeError(f"overrides must be a sequence of CalendarOverrides, got {type(overrides).__name__}")
        layers = tuple(overrides)
        for layer in layers:
            if not isinstance(layer, CalendarOverrides):
                raise InvalidTypeError(f"overrides must be CalendarOverrides, got {type(layer).__name__}")
        self._week = week
        self._layers = layers
        self._t: _Tables | None = None
        self._lock = threading.Lock()
        self._schedules: dict[OfficeHours, Schedule] = {}

    def __repr__(self) -> str:
        layers = ", ".join(layer.label for layer in self._layers)
        return f"WorkCalendar(week={self._week}, overrides=[{layers}])"

    @property
    def week(self) -> int:
        """5 for the five-day week, 6 for the six-day week."""
        return self._week

    @property
    def overrides(self) -> tuple[CalendarOverrides, ...]:
        """The override layers applied on top of the statutory calendar, in order."""
        return self._layers

    @property
    def data_version(self) -> str:
        """Which data answers: the ``holidays`` version and every override layer's name and version."""
        return self._tables().version

    def with_overrides(self, overrides: CalendarOverrides | Iterable[CalendarOverrides]) -> WorkCalendar:
        """A new calendar with ``overrides`` applied on top of this one's (later layers win).

        The layers are checked against the data below them now (cancelling a holiday that is not there, a
        transfer onto a holiday, a holiday already there...): a :class:`~kzsocial.errors.DataValidationError`
        lists every problem."""
        extra = (overrides,) if isinstance(overrides, CalendarOverrides) else overrides
        calendar = WorkCalendar(self._week, (*self._layers, *WorkCalendar(self._week, extra)._layers))
        calendar._tables()  # checks the new layers against the data below them, every problem at once
        return calendar

    # -- tables -------------------------------------------------------------------------------------------------

    def _tables(self) -> _Tables:
        t = self._t
        if t is None:
            with self._lock:
                if self._t is None:
                    self._t = _build(self._week, self._layers)
                t = self._t
        return t

    def _index(self, d: object) -> int:
        if not isinstance(d, dt.date):
            raise _type_error(d)
        i = d.toordinal() - _BASE
        if not 0 <= i < _N:
            raise _range_error(d)
        return i

    def _status(self, d: dt.date) -> tuple[int, int | None]:
        """(status code, ordinal of the day off a worked weekend day replaces) for the office-hours module."""
        t = self._t or self._tables()
        i = self._index(d)
        status = t.status[i]
        return status, t.instead_of.get(i + _BASE) if status == WORKED else None

    def _schedule_for(self, hours: OfficeHours) -> Schedule:
        """The office schedule of ``hours`` under this calendar, shared by equal hours (at most 64 kept)."""
        found = self._schedules.get(hours)
        if found is None:
            from kzsocial.calendar._schedule import Schedule

            found = Schedule(hours, self)
            with self._lock:
                if len(self._schedules) >= 64:
                    self._schedules.pop(next(iter(self._schedules)))
                self._schedules[hours] = found
        return found

    # -- one date -----------------------------------------------------------------------------------------------

    def is_working_day(self, d: dt.date) -> bool:
        """True if ``d`` is a working day.

        >>> default_calendar().is_working_day(dt.date(2024, 5, 4))   # Saturday worked for Wednesday 8 May
        True
        """
        t = self._t or self._tables()
        if not isinstance(d, dt.date):
            raise _type_error(d)
        i = d.toordinal() - _BASE
        if not 0 <= i < _N:
            raise _range_error(d)
        return t.flags[i] == 1

    def add_working_days(self, d: dt.date, n: int) -> dt.date:
        """The ``n``-th working day after ``d``; ``n < 0`` goes back; ``n == 0`` gives ``d`` if it is a working
        day, else the next working day.

        >>> cal = default_calendar()
        >>> cal.add_working_days(dt.date(2013, 12, 27), 1)     # Saturday 28 December 2013 was worked
        datetime.date(2013, 12, 28)
        >>> cal.add_working_days(dt.date(2025, 1, 8), -2)    # 7 January is off; Sunday 5 January was worked
        datetime.date(2025, 1, 5)
        """
        t = self._t or self._tables()
        if not isinstance(d, dt.date):
            raise _type_error(d)
        i = d.toordinal() - _BASE
        if not 0 <= i < _N:
            raise _range_error(d)
        if n.__class__ is not int:
            n = _check_n(n)
        k = t.cum[i + 1] + n - 1 if n > 0 else t.cum[i] + n
        if 0 <= k < t.nwork:
            return t.work[k]
        raise _result_range_error(d, n)

    def working_days_between(self, a: dt.date, b: dt.date) -> int:
        """The number of working days ``x`` with ``a < x <= b``; negative (``-(count of b < x <= a)``) when
        ``b < a``.

        >>> default_calendar().working_days_between(dt.date(2025, 1, 1), dt.date(2025, 1, 6))
        2
        """
        t = self._t or self._tables()
        i = self._index(a)
        j = self._index(b)
        return t.cum[j + 1] - t.cum[i + 1]

    def next_working_day(self, d: dt.date) -> dt.date:
        """The first working day strictly after ``d`` (the same as ``add_working_days(d, 1)``).

        >>> default_calendar().next_working_day(dt.date(2025, 1, 1))
        datetime.date(2025, 1, 5)
        """
        return self.add_working_days(d, 1)

    def previous_working_day(self, d: dt.date) -> dt.date:
        """The last working day strictly before ``d``."""
        return self.add_working_days(d, -1)

    def special_days(self, after: dt.date, until: dt.date) -> list[DayExplanation]:
        """Explanations of the days ``after < x <= until`` that have a fact other than a plain weekend (holidays,
        moved days off, worked weekend days), in date order; found by binary search, not by walking.

        >>> days = default_calendar().special_days(dt.date(2024, 12, 31), dt.date(2025, 1, 7))
        >>> [e.date.isoformat() for e in days]
        ['2025-01-01', '2025-01-02', '2025-01-03', '2025-01-05', '2025-01-07']
        """
        t = self._tables()
        lo = bisect_right(t.fact_days, self._index(after) + _BASE)
        hi = bisect_right(t.fact_days, self._index(until) + _BASE)
        return [self.explain(dt.date.fromordinal(o)) for o in t.fact_days[lo:hi]]

    def explain(self, d: dt.date) -> DayExplanation:
        """Why ``d`` is or is not a working day: weekend, holiday (kk, ru, en names), moves, sources, version.

        >>> e = default_calendar().explain(dt.date(2025, 1, 5))
        >>> e.is_working_day, [f.kind.value for f in e.facts], e.facts[0].instead_of
        (True, ['worked_weekend'], datetime.date(2025, 1, 3))
        """
        t = self._tables()
        i = self._index(d)
        day = dt.date.fromordinal(i + _BASE)
        status = t.status[i]
        facts = t.facts.get(i + _BASE, ())
        weekend = day.weekday() >= (5 if self._week == 5 else 6)
        if weekend and status != WORKED:
            facts = (DayFact(DayFactKind.WEEKEND), *facts)
        return DayExplanation(day, self._week, status in (WORKING, WORKED), facts, t.version)

    # -- batches ------------------------------------------------------------------------------------------------

    def _indexes(self, dates: Iterable[dt.date]) -> list[int]:
        try:
            idx = [d.toordinal() - _BASE for d in dates]
        except (AttributeError, TypeError):
            for d in dates:
                if not isinstance(d, dt.date):
                    raise _type_error(d, "a sequence of datetime.date") from None
            raise
        if idx and (min(idx) < 0 or max(idx) >= _N):
            bad = next(d for d, i in zip(dates, idx, strict=True) if not 0 <= i < _N)
            raise _range_error(bad)
        return idx

    @staticmethod
    def _plain_bounds(dates: Sequence[Any]) -> tuple[int, int] | None:
        """(first, last) day index when ``dates`` are all plain ``datetime.date`` objects (checked through
        ``min`` and ``max``, which raise on a mix of types), else None for the general path."""
        if not dates:
            return None
        try:
            lo, hi = min(dates), max(dates)
        except TypeError:
            return None
        if lo.__class__ is not dt.date or hi.__class__ is not dt.date:
            return None
        i, j = lo.toordinal() - _BASE, hi.toordinal() - _BASE
        if i < 0:
            raise _range_error(lo)
        if j >= _N:
            raise _range_error(hi)
        return i, j

    def is_working_day_batch(self, dates: Sequence[dt.date]) -> list[bool]:
        """:meth:`is_working_day` for many dates at once: a sequence in, a list out.

        >>> default_calendar().is_working_day_batch([dt.date(2025, 1, 3), dt.date(2025, 1, 5)])
        [False, True]
        """
        t = self._tables()
        dates = _as_sequence(dates)
        answers = t.answers
        if self._plain_bounds(dates) is not None:
            base = _BASE
            return [answers[d.toordinal() - base] for d in dates]
        return [answers[i] for i in self._indexes(dates)]

    def add_working_days_batch(self, dates: Sequence[dt.date], n: int | Sequence[int]) -> list[dt.date]:
        """:meth:`add_working_days` for many dates (and one ``n`` or one ``n`` per date).

        >>> default_calendar().add_working_days_batch([dt.date(2024, 12, 20), dt.date(2025, 1, 1)], 1)
        [datetime.date(2024, 12, 23), datetime.date(2025, 1, 5)]
        """
        t = self._tables()
        dates = _as_sequence(dates)
        if n.__class__ is int:
            bounds = self._plain_bounds(dates)
            if bounds is not None:  # one pass; the range of answers follows from the first and last date
                i, j = bounds
                assert isinstance(n, int)
                table, shift = (t.cum_after, n - 1) if n > 0 else (t.cum, n)
                if table[i] + shift < 0 or table[j] + shift >= t.nwork:
                    bad = dates[[d.toordinal() for d in dates].index(_BASE + (i if table[i] + shift < 0 else j))]
                    raise _result_range_error(bad, n)
                work, base = t.work, _BASE
                return [work[table[d.toordinal() - base] + shift] for d in dates]
        idx = self._indexes(dates)
        cum = t.cum
        if isinstance(n, int) and not isinstance(n, bool):
            ks = [cum[i + 1] + n - 1 for i in idx] if n > 0 else [cum[i] + n for i in idx]
        else:
            ns = [_check_n(x) for x in _as_sequence(n)]
            if len(ns) != len(idx):
                raise InvalidInputError(f"got {len(idx)} dates but {len(ns)} values of n; give one n or one per date")
            ks = [cum[i + 1] + m - 1 if m > 0 else cum[i] + m for i, m in zip(idx, ns, strict=True)]
        if ks and (min(ks) < 0 or max(ks) >= t.nwork):
            pos = next(p for p, k in enumerate(ks) if not 0 <= k < t.nwork)
            raise _result_range_error(dates[pos], n if isinstance(n, int) else _check_n(_as_sequence(n)[pos]))
        work = t.work
        return [work[k] for k in ks]

    def working_days_between_batch(self, starts: Sequence[dt.date], ends: Sequence[dt.date]) -> list[int]:
        """:meth:`working_days_between` pairwise over two sequences of the same length."""
        t = self._tables()
        a = self._indexes(_as_sequence(starts))
        b = self._indexes(_as_sequence(ends))
        if len(a) != len(b):
            raise InvalidInputError(f"got {len(a)} starts but {len(b)} ends; the sequences must be as long")
        cum = t.cum
        return [cum[j + 1] - cum[i + 1] for i, j in zip(a, b, strict=True)]

    def next_working_day_batch(self, dates: Sequence[dt.date]) -> list[dt.date]:
        """:meth:`next_working_day` for many dates."""
        return self.add_working_days_batch(dates, 1)


def _as_sequence(values: Any) -> Sequence[Any]:
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise InvalidTypeError(f"expected a sequence, got {type(values).__name__}")
    return values if isinstance(values, Sequence) else list(values)


def default_calendar(week: int = 5) -> WorkCalendar:
    """The Kazakhstan calendar with the project's shipped overrides; ``week=6`` for the six-day week.

    The same object comes back on every call; its tables are built on first use.

    >>> default_calendar() is default_calendar()
    True
    """
    if week.__class__ is not int or week not in (5, 6):
        raise InvalidInputError(f"week must be 5 (five-day week) or 6 (six-day week), got {brief(week)}")
    return _default(week)


@once
def _default(week: int) -> WorkCalendar:
    return WorkCalendar(week, (shipped_overrides(),))


def six_day_calendar() -> WorkCalendar:
    """The six-day-week calendar (Sunday the only weekly day off).

    >>> import datetime as dt
    >>> six_day_calendar().is_working_day(dt.date(2024, 5, 4)), six_day_calendar().is_working_day(dt.date(2024, 5, 8))
    (True, True)
    """
    return default_calendar(6)


# -- building -----------------------------------------------------------------------------------------------------


@attrs.define
class _Entry:
    key: str
    names: LocalText
    moves: bool
    estimated: bool
    source: str


def _build(week: int, layers: tuple[CalendarOverrides, ...]) -> _Tables:
    from kzsocial.calendar._base import base_data, holiday_catalogue

    base = base_data()
    cat = holiday_catalogue()

    def kind_source(key: str) -> str:
        basis = cat.holiday_basis if cat.kinds[key].moves else cat.fixed_basis
        return f"{basis}; dates: {base.version}"

    entries: dict[int, list[_Entry]] = defaultdict(list)
    for h in base.holidays:
        kind = cat.kinds[h.key]
        entries[h.date.toordinal()].append(
            _Entry(h.key, kind.names_in(h.date.year), kind.moves, h.estimated, kind_source(h.key))
        )
    transfers: list[tuple[Transfer | None, dt.date, dt.date, str]] = [
        (None, worked, off, f"act moving a day off in {off.year}, as recorded by {base.version}")
        for worked, off in base.transfers
    ]
    extra: dict[int, list[tuple[LocalText, str]]] = defaultdict(list)
    problems: list[str] = []

    for layer in layers:
        layer_transfers: list[tuple[str, Transfer]] = []
        for n, record in enumerate(layer.records):
            where = f"overrides {layer.label}, records[{n}]"
            src = f"{record.source.title} ({layer.label})"
            if isinstance(record, KurbanAit):
                for o in list(entries):
                    if dt.date.fromordinal(o).year == record.date.year:
                        entries[o] = [e for e in entries[o] if e.key != "kurban_ait"]
                kind = cat.kinds["kurban_ait"]
                entries[record.date.toordinal()].append(
                    _Entry("kurban_ait", kind.names, False, not record.confirmed, f"{src}; {cat.fixed_basis}")
                )
            elif isinstance(record, CancelHoliday):
                o = record.date.toordinal()
                there = entries.get(o, [])
                if (
                    record.key is None
                    and not there
                    and o not in extra
                    and all(tr[2] != record.date for tr in transfers)
                ):
                    problems.append(f"{where}: cancels everything on {record.date}, but no holiday or day off is there")
                elif record.key is not None and all(e.key != record.key for e in there):
                    keys = ", ".join(e.key for e in there) or "none"
                    problems.append(
                        f"{where}: cancels the holiday {record.key!r} on {record.date}, which is not there "
                        f"(holidays on that date: {keys})"
                    )
                entries[o] = [e for e in there if record.key is not None and e.key != record.key]
                if record.key is None:
                    extra.pop(o, None)
                    transfers = [tr for tr in transfers if tr[2] != record.date]
            elif isinstance(record, AddHoliday):
                known = cat.kinds.get(record.key)
                names = record.names or (known.names_in(record.date.year) if known else None)
                if names is None:
                    problems.append(
                        f"{where}: the holiday {record.key!r} on {record.date} is not a known key; give its names "
                        f"(known keys: {', '.join(sorted(cat.kinds))})"
                    )
                    continue
                if any(e.key == record.key for e in entries.get(record.date.toordinal(), ())):
                    problems.append(f"{where}: the holiday {record.key!r} on {record.date} is already there")
                    continue
                moves = record.moves if record.moves is not None else (known.moves if known else True)
                entries[record.date.toordinal()].append(_Entry(record.key, names, moves, False, src))
            elif isinstance(record, ExtraDayOff):
                extra[record.date.toordinal()].append((record.names, src))
            else:
                transfers = [tr for tr in transfers if tr[2] != record.day_off]
                transfers.append((record, record.worked, record.day_off, src))
                layer_transfers.append((where, record))
        for where, record in layer_transfers:
            holidays_there = [e.key for e in entries.get(record.day_off.toordinal(), ())]
            if holidays_there:
                problems.append(
                    f"{where}: moves a day off onto {record.day_off}, which is already a holiday "
                    f"({', '.join(holidays_there)}): a transfer's day off must be a working day"
                )

    first_weekend = 5 if week == 5 else 6
    weekday0 = MIN_DATE.weekday()
    pattern = bytes(WEEKEND if (weekday0 + k) % 7 >= first_weekend else WORKING for k in range(7))
    status = bytearray((pattern * (_N // 7 + 1))[:_N])
    facts: dict[int, list[DayFact]] = defaultdict(list)
    instead_of: dict[int, int] = {}

    def idx(o: int) -> int | None:
        i = o - _BASE
        return i if 0 <= i < _N else None

    for o, day_entries in sorted(entries.items()):
        i = idx(o)
        if i is None or not day_entries:
            continue
        status[i] = OFF
    for o, items in sorted(extra.items()):
        i = idx(o)
        if i is None:
            continue
        status[i] = OFF
        for names, src in items:
            facts[o].append(DayFact(DayFactKind.EXTRA_DAY_OFF, names=names, source=src))

    def applies(record: Transfer | None, worked: dt.date) -> bool:
        if record is not None and record.weeks is not None:
            return week in record.weeks
        return worked.weekday() >= first_weekend or worked.weekday() < 5

    def mark_day_off(worked: dt.date, off: dt.date, src: str) -> None:
        oi = idx(off.toordinal())
        if oi is not None:
            status[oi] = OFF
            facts[off.toordinal()].append(
                DayFact(DayFactKind.TRANSFERRED_DAY_OFF, names=_DAY_OFF, moved_from=worked, source=src)
            )

    # A transfer from a weekend day: that day is worked, the other is off. (A transfer from a weekday moves on
    # a day off that the holiday rule put there; it is applied after that rule, below.)
    later: list[tuple[dt.date, dt.date, str]] = []
    for transfer, worked, off, src in transfers:
        if not applies(transfer, worked):
            continue
        if worked.weekday() < 5:
            later.append((worked, off, src))
            continue
        if worked.weekday() < first_weekend:
            continue  # a Saturday is already a working day of the six-day week
        wi = idx(worked.toordinal())
        if wi is not None and status[wi] == WEEKEND:
            status[wi] = WORKED
            instead_of[worked.toordinal()] = off.toordinal()
            facts[worked.toordinal()].append(DayFact(DayFactKind.WORKED_WEEKEND, instead_of=off, source=src))
        mark_day_off(worked, off, src)

    # Holidays, and the rule that one falling on a day off moves to the next free working day.
    moved_here: dict[int, DayFact] = {}
    for o, day_entries in sorted(entries.items()):
        day = dt.date.fromordinal(o)
        moved_to: dt.date | None = None
        on_day_off = day.weekday() >= first_weekend
        movers = [e for e in day_entries if e.moves]
        if on_day_off and movers and day.year >= cat.shift_since:
            target = o + 1
            while (target - _BASE) < _N and (
                dt.date.fromordinal(target).weekday() >= first_weekend or status[target - _BASE] == OFF
            ):
                target += 1
            if target - _BASE < _N:
                status[target - _BASE] = OFF
                moved_to = dt.date.fromordinal(target)
                mover = movers[0]
                fact = DayFact(
                    DayFactKind.MOVED_HOLIDAY,
                    names=mover.names,
                    key=mover.key,
                    moved_from=day,
                    estimated=mover.estimated,
                    source=cat.shift_basis,
                )
                moved_here[target] = fact
                facts[target].append(fact)
        if idx(o) is None:
            continue
        holiday_facts = [
            DayFact(
                DayFactKind.HOLIDAY,
                names=e.names,
                key=e.key,
                moved_to=moved_to if e.moves else None,
                estimated=e.estimated,
                source=e.source,
            )
            for e in day_entries
        ]
        facts[o] = [*holiday_facts, *facts.get(o, ())]

    # Transfers from a weekday: the act moves on a day off the holiday rule put on that weekday
    # (2020: Victory Day on Saturday 9 May gave Monday 11 May off; a decree moved it to Friday 8 May).
    for worked, off, src in later:
        o = worked.toordinal()
        moved = moved_here.get(o)
        if moved is None:
            if week == 5:
                problems.append(
                    f"transfer {worked} -> {off} ({src}): {worked} is a weekday that is not a day off moved there "
                    "by the holiday rule; a transfer's worked day must be a weekend day or such a day"
                )
            continue
        wi = idx(o)
        if wi is not None:
            status[wi] = WORKING
            facts[o] = [f for f in facts[o] if f is not moved]
            facts[o].append(attrs.evolve(moved, moved_to=off, source=f"{moved.source}; {src}"))
        mark_day_off(worked, off, src)
    if problems:
        raise DataValidationError("calendar data", problems)

    version = " + ".join([base.version, *(layer.label for layer in layers)])
    frozen_facts = {o: tuple(f) for o, f in facts.items() if idx(o) is not None}
    return _Tables(status, frozen_facts, instead_of, version)
