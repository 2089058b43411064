"""An iCalendar event for collecting the result (extra ``ical``: ``pip install 'kzsocial[ical]'``).

The event ends at the talon's ``due_at`` (the office's closing time on the term's last day) and starts
``duration`` earlier unless ``start`` is given; times carry the office's IANA time zone, with its VTIMEZONE. The
time stamp is the talon's acceptance moment, and the UID is derived from the talon: the same talon always gives
the same bytes (no hidden clock).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from kzsocial._checks import brief
from kzsocial.errors import InvalidInputError, InvalidTypeError
from kzsocial.notices._deadline import talon_hours
from kzsocial.notices._extras import require
from kzsocial.notices._kkdate import check_language
from kzsocial.notices._view import localized

if TYPE_CHECKING:
    from kzsocial.notices._talon import Talon

__all__ = ["pickup_event"]

_SUMMARY = {"kk": "Мемлекеттік қызмет нәтижесін алу", "ru": "Получение результата государственной услуги"}
_TALON = {"kk": "Талон", "ru": "Талон"}


def _zone(talon: Talon) -> str:
    hours = talon_hours(talon.service, talon.office)
    tz = (hours.tz if hours is not None else None) or (talon.office.timezone if talon.office is not None else None)
    if not tz:
        raise InvalidInputError("the talon has no office time zone; build it with an office")
    return tz


def _aware(value: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """``value`` as a real instant in ``zone``: a naive time is the office's wall clock (its ``fold`` picks the
    repeated hour's second pass; a time the clocks skipped reads as the moment they went forward)."""
    from kzsocial.calendar._zone import attach

    return attach(value, zone) if value.tzinfo is None else value.astimezone(zone)


def pickup_event(
    talon: Talon,
    *,
    language: str = "kk",
    start: dt.datetime | None = None,
    duration: dt.timedelta = dt.timedelta(hours=1),
) -> bytes:
    """The pickup appointment of ``talon`` as an iCalendar (RFC 5545) document, in ``language``."""
    from kzsocial.notices._talon import Talon

    if not isinstance(talon, Talon):
        raise InvalidTypeError(f"talon must be a Talon, got {type(talon).__name__}")
    lang = check_language(language)
    if talon.due_at is None:
        raise InvalidInputError(f"the talon has no due date ({talon.due_note}); there is no pickup to schedule")
    if start is not None and not isinstance(start, dt.datetime):
        raise InvalidTypeError(f"start must be a datetime or None, got {type(start).__name__}")
    if not isinstance(duration, dt.timedelta):
        raise InvalidTypeError(f"duration must be a datetime.timedelta, got {type(duration).__name__}")
    if duration <= dt.timedelta(0):
        raise InvalidInputError(f"duration must be a positive timedelta, got {brief(duration)}")
    icalendar: Any = require("icalendar", feature="the pickup appointment (iCalendar)", extra="ical")
    zone = ZoneInfo(_zone(talon))
    end = _aware(talon.due_at, zone)
    begin = end - duration if start is None else _aware(start, zone)
    if not begin < end:
        raise InvalidInputError(f"the appointment must start before the due time {end}, got {begin}")
    title = localized(talon.service.title, lang)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//kzsocial//notices//KK")
    cal.add("version", "2.0")
    event = icalendar.Event()
    key = talon.number or talon.accepted_at.strftime("%Y%m%dT%H%M%S")
    event.add("uid", f"talon-{key}-{talon.service.id.replace('/', '-')}@kzsocial")
    event.add("dtstamp", _aware(talon.accepted_at, zone).astimezone(dt.UTC))
    event.add("dtstart", begin)
    event.add("dtend", end)
    event.add("summary", f"{_SUMMARY[lang]}: {title}")
    if talon.office is not None:
        place = [localized(talon.office.name, lang)]
        if talon.office.address is not None:
            place.append(localized(talon.office.address, lang))
        event.add("location", ", ".join(place))
    if talon.number is not None:
        event.add("description", f"{_TALON[lang]} № {talon.number}")
    cal.add_component(event)
    if hasattr(cal, "add_missing_timezones"):
        cal.add_missing_timezones()
    data: bytes = cal.to_ical()
    return data
