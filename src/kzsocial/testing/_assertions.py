"""Domain assertions for tests of code built on kzsocial, in the style of the ``holidays`` package's test helpers.

Each raises :class:`AssertionError` with a message that says what the library computed and why (the calendar's
explanation, the deadline's trace, the missing documents), so a failing test reads as a diagnosis. They need
neither pytest nor hypothesis.

>>> import datetime as dt
>>> assert_working_day(dt.date(2025, 1, 5))  # a Sunday worked by decree
>>> assert_day_off(dt.date(2025, 1, 3), dt.date(2025, 1, 7))
>>> assert_holiday(dt.date(2024, 12, 16), name="Independence")
>>> assert_day_off(dt.date(2025, 1, 6))
Traceback (most recent call last):
...
AssertionError: 2025-01-06 is a working day (five-day week): 2025-01-06 (Monday) is a working day ...
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from kzsocial.errors import InvalidTypeError

if TYPE_CHECKING:
    from kzsocial.calendar import OfficeHours, WorkCalendar
    from kzsocial.registry import Office
    from kzsocial.services import ApplicantProfile, Channel, ServiceDefinition

__all__ = [
    "assert_closed",
    "assert_day_off",
    "assert_documents",
    "assert_due",
    "assert_holiday",
    "assert_open",
    "assert_working_day",
]


def _calendar(calendar: WorkCalendar | None) -> WorkCalendar:
    from kzsocial.calendar import default_calendar

    return default_calendar() if calendar is None else calendar


def _dates(dates: tuple[dt.date, ...]) -> tuple[dt.date, ...]:
    if not dates:
        raise InvalidTypeError("give at least one datetime.date")
    for d in dates:
        if not isinstance(d, dt.date) or isinstance(d, dt.datetime):
            raise InvalidTypeError(f"expected datetime.date values, got {type(d).__name__} {d!r}")
    return dates


def _service(service: object) -> ServiceDefinition:
    from kzsocial.services import ServiceDefinition

    if not isinstance(service, ServiceDefinition):
        raise InvalidTypeError(f"service must be a kzsocial.services.ServiceDefinition, got {type(service).__name__}")
    return service


def _week(cal: WorkCalendar) -> str:
    return "five-day week" if cal.week == 5 else "six-day week"


def assert_working_day(*dates: dt.date, calendar: WorkCalendar | None = None) -> None:
    """Every one of ``dates`` is a working day of ``calendar`` (the default five-day calendar)."""
    cal = _calendar(calendar)
    for d in _dates(dates):
        if not cal.is_working_day(d):
            raise AssertionError(f"{d} is not a working day ({_week(cal)}): {cal.explain(d).text('en')}")


def assert_day_off(*dates: dt.date, calendar: WorkCalendar | None = None) -> None:
    """Every one of ``dates`` is a day off of ``calendar``: a weekend day, a holiday or a moved day off."""
    cal = _calendar(calendar)
    for d in _dates(dates):
        if cal.is_working_day(d):
            raise AssertionError(f"{d} is a working day ({_week(cal)}): {cal.explain(d).text('en')}")


def assert_holiday(*dates: dt.date, name: str | None = None, calendar: WorkCalendar | None = None) -> None:
    """Every one of ``dates`` is a public holiday (or a day off moved for one); with ``name``, a holiday whose name
    in any language contains it (case-insensitive)."""
    from kzsocial.calendar import DayFactKind

    cal = _calendar(calendar)
    kinds = (DayFactKind.HOLIDAY, DayFactKind.MOVED_HOLIDAY)
    for d in _dates(dates):
        explanation = cal.explain(d)
        facts = [f for f in explanation.facts if f.kind in kinds]
        if not facts:
            raise AssertionError(f"{d} is not a holiday: {explanation.text('en')}")
        if name is not None:
            wanted = name.casefold()
            names = [n for f in facts if f.names for n in (f.names.kk, f.names.ru, f.names.en) if n]
            if not any(wanted in n.casefold() for n in names):
                raise AssertionError(f"{d} is a holiday, but not one named {name!r}: {explanation.text('en')}")


def assert_due(
    service: ServiceDefinition,
    submitted_at: dt.datetime,
    expected: dt.datetime | dt.date,
    *,
    office: Office | None = None,
    channel: Channel | str | None = None,
    calendar: WorkCalendar | None = None,
) -> None:
    """The result of ``service`` for documents handed in at ``submitted_at`` is due at ``expected`` (a datetime;
    or a date, to compare the day only), by the act's term and the law's counting rules."""
    service = _service(service)
    if not isinstance(expected, dt.date):
        raise InvalidTypeError(f"expected must be a datetime or a date, got {type(expected).__name__}")
    deadline = service.deadline(submitted_at, office=office, channel=channel, calendar=calendar)
    got: dt.datetime | dt.date = deadline.due_at
    if not isinstance(expected, dt.datetime):
        got = deadline.due_at.date()
    if got != expected:
        raise AssertionError(
            f"{service.id}: due {got.isoformat()}, expected {expected.isoformat()}\n{deadline.explain('en')}"
        )


def assert_documents(
    service: ServiceDefinition,
    handed_in: Iterable[str],
    *,
    missing: Iterable[str] = (),
    profile: ApplicantProfile | None = None,
    channel: Channel | str | None = None,
) -> None:
    """Handing in the document ids ``handed_in`` for ``service`` leaves exactly ``missing`` missing (none by
    default: the set is complete), for ``profile`` on ``channel``."""
    from kzsocial.services import check_documents

    service = _service(service)
    if isinstance(handed_in, str) or not isinstance(handed_in, Iterable):
        raise InvalidTypeError(f"handed_in must be document ids (a list of str), got {type(handed_in).__name__}")
    if isinstance(missing, str) or not isinstance(missing, Iterable):
        raise InvalidTypeError(f"missing must be document ids (a list of str), got {type(missing).__name__}")
    check = check_documents(service, list(handed_in), profile, channel=channel)
    got = {d.id for d in check.missing}
    wanted = set(missing)
    if got != wanted:
        extra = ", ".join(sorted(got - wanted)) or "none"
        absent = ", ".join(sorted(wanted - got)) or "none"
        raise AssertionError(
            f"{service.id}: missing documents are {sorted(got)}, expected {sorted(wanted)} "
            f"(also missing: {extra}; not missing after all: {absent})"
        )


def _is_open(where: Office | OfficeHours, at: dt.datetime, calendar: WorkCalendar | None) -> tuple[bool, str]:
    from kzsocial.calendar import OfficeHours
    from kzsocial.registry import Office, hours_text

    if isinstance(where, Office):
        return where.is_open(at, calendar=calendar), f"{where.id} ({where.hours_text('en')})"
    if isinstance(where, OfficeHours):
        return where.is_open(at, calendar), hours_text(where, "en")
    raise InvalidTypeError(f"expected an Office or OfficeHours, got {type(where).__name__}")


def assert_open(where: Office | OfficeHours, *moments: dt.datetime, calendar: WorkCalendar | None = None) -> None:
    """The office (or the hours) is open at every one of ``moments``, holidays and days off included."""
    if not moments:
        raise InvalidTypeError("give at least one datetime.datetime")
    for at in moments:
        is_open, what = _is_open(where, at, calendar)
        if not is_open:
            raise AssertionError(f"{what} is closed at {at.isoformat()}")


def assert_closed(where: Office | OfficeHours, *moments: dt.datetime, calendar: WorkCalendar | None = None) -> None:
    """The office (or the hours) is closed at every one of ``moments``."""
    if not moments:
        raise InvalidTypeError("give at least one datetime.datetime")
    for at in moments:
        is_open, what = _is_open(where, at, calendar)
        if is_open:
            raise AssertionError(f"{what} is open at {at.isoformat()}")
