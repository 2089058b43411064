"""The day calendar: which dates of 1991–2100 are working days in Kazakhstan, and why.

Every answer is an index into sorted tables for the whole range (about 40,000 days), the same cost for 1 day or
10,000. The default calendars read theirs from the package (``data/days.json``, generated from ``holidays`` and
stamped with what it was made from, see :mod:`kzsocial.calendar._daytable`); other calendars, and the default ones
when the installed ``holidays`` differs from the stamp, build theirs on the first question:

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
import operator
import threading
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from kzsocial._checks import brief
from kzsocial.calendar._once import once
from kzsocial.calendar._range import BASE, MAX_DATE, MIN_DATE, N_DAYS, WORKED, WORKING
from kzsocial.errors import DateOutOfRangeError, InvalidInputError, InvalidTypeError

if TYPE_CHECKING:
    from kzsocial.calendar._dayfact import DayExplanation, DayFact, DayFactKind
    from kzsocial.calendar._daytable import _Tables
    from kzsocial.calendar._overrides import CalendarOverrides

# The first answer of the default calendar reads the shipped tables (calendar._daytable) and needs none of the
# modules behind explanations, overrides and building (attrs, the holidays package): they load on first use.
_LAZY = {"DayExplanation": "_dayfact", "DayFact": "_dayfact", "DayFactKind": "_dayfact"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"kzsocial.calendar.{module}"), name)
    globals()[name] = value
    return value


__all__ = ["DayExplanation", "DayFact", "DayFactKind", "WorkCalendar", "default_calendar", "six_day_calendar"]

_BASE = BASE
_N = N_DAYS


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

    __slots__ = ("__weakref__", "_layers", "_lock", "_schedules", "_shipped", "_t", "_week")

    MIN_DATE = MIN_DATE
    """The first date the calendar answers for: 1991-01-01 (earlier dates raise
    :class:`~kzsocial.errors.DateOutOfRangeError`)."""
    MAX_DATE = MAX_DATE
    """The last date the calendar answers for: 2100-12-31 (later dates and results raise
    :class:`~kzsocial.errors.DateOutOfRangeError`)."""

    def __init__(self, week: int = 5, overrides: Iterable[CalendarOverrides] = ()) -> None:
        try:  # an int, or an integer of another library (numpy's); never a bool, a float or an array
            given = None if isinstance(week, bool) else operator.index(week)
        except TypeError:
            given = None
        if given not in (5, 6):
            raise InvalidInputError(f"week must be 5 (five-day week) or 6 (six-day week), got {brief(week)}")
        week = given
        if isinstance(overrides, (str, bytes)) or not isinstance(overrides, Iterable):
            raise InvalidTypeError(f"overrides must be a sequence of CalendarOverrides, got {type(overrides).__name__}")
        layers = tuple(overrides)
        if layers:
            from kzsocial.calendar._overrides import CalendarOverrides

            for layer in layers:
                if not isinstance(layer, CalendarOverrides):
                    raise InvalidTypeError(f"overrides must be CalendarOverrides, got {type(layer).__name__}")
        self._week = week
        self._layers: tuple[CalendarOverrides, ...] | None = layers
        self._shipped = False  # True: the default calendar of this week (layers: the shipped overrides, read lazily)
        self._t: _Tables | None = None
        self._lock = threading.Lock()
        # OfficeHours -> its Schedule under this calendar, kept and filled by OfficeHours.schedule (calendar._hours)
        self._schedules: dict[Any, Any] = {}

    @classmethod
    def _default_of(cls, week: int) -> WorkCalendar:
        """The default calendar of ``week``: the shipped overrides, read when first asked for."""
        calendar = cls(week)
        calendar._layers = None
        calendar._shipped = True
        return calendar

    def _layer_tuple(self) -> tuple[CalendarOverrides, ...]:
        layers = self._layers
        if layers is None:
            from kzsocial.calendar._overrides import shipped_overrides

            layers = self._layers = (shipped_overrides(),)
        return layers

    def _is_default_layers(self) -> bool:
        """True for a calendar built by hand with just the shipped overrides (its tables are the shipped ones)."""
        layers = self._layers
        if layers is None or len(layers) != 1:
            return False
        from kzsocial.calendar._overrides import shipped_overrides

        return layers == (shipped_overrides(),)

    def __repr__(self) -> str:
        layers = ", ".join(layer.label for layer in self._layer_tuple())
        return f"WorkCalendar(week={self._week}, overrides=[{layers}])"

    @property
    def week(self) -> int:
        """5 for the five-day week, 6 for the six-day week."""
        return self._week

    @property
    def overrides(self) -> tuple[CalendarOverrides, ...]:
        """The override layers applied on top of the statutory calendar, in order."""
        return self._layer_tuple()

    @property
    def data_version(self) -> str:
        """Which data answers: the ``holidays`` version and every override layer's name and version."""
        return self._tables().version

    def with_overrides(self, overrides: CalendarOverrides | Iterable[CalendarOverrides]) -> WorkCalendar:
        """A new calendar with ``overrides`` applied on top of this one's (later layers win).

        The layers are checked against the data below them now (cancelling a holiday that is not there, a
        transfer onto a holiday, a holiday already there...): a :class:`~kzsocial.errors.DataValidationError`
        lists every problem."""
        from kzsocial.calendar._overrides import CalendarOverrides

        extra = (overrides,) if isinstance(overrides, CalendarOverrides) else overrides
        calendar = WorkCalendar(self._week, (*self._layer_tuple(), *WorkCalendar(self._week, extra)._layer_tuple()))
        calendar._tables()  # checks the new layers against the data below them, every problem at once
        return calendar

    # -- tables -------------------------------------------------------------------------------------------------

    def _tables(self) -> _Tables:
        t = self._t
        if t is None:
            with self._lock:
                if self._t is None:
                    self._t = self._make_tables()
                t = self._t
        return t

    def _make_tables(self) -> _Tables:
        """The shipped tables for a default calendar whose stamp matches the installed data, else computed."""
        if self._shipped or self._is_default_layers():
            from kzsocial.calendar._daytable import load

            t = load(self._week)
            if t is not None:
                return t
        from kzsocial.calendar._tables import _build

        return _build(self._week, self._layer_tuple())
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
        facts = t.facts_on(i + _BASE)
        weekend = day.weekday() >= (5 if self._week == 5 else 6)
        if weekend and status != WORKED:
            from kzsocial.calendar._dayfact import DayFact, DayFactKind

            facts = (DayFact(DayFactKind.WEEKEND), *facts)
        from kzsocial.calendar._dayfact import DayExplanation

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
    return WorkCalendar._default_of(week)


def six_day_calendar() -> WorkCalendar:
    """The six-day-week calendar (Sunday the only weekly day off).

    >>> import datetime as dt
    >>> six_day_calendar().is_working_day(dt.date(2024, 5, 4)), six_day_calendar().is_working_day(dt.date(2024, 5, 8))
    (True, True)
    """
    return default_calendar(6)
