"""Opening hours as text in Kazakh, Russian and English, and which hours apply to an office that prints none.

>>> from kzsocial.calendar import OfficeHours
>>> h = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")])
>>> hours_text(h, "ru")
'Пн–Пт 09:00–18:00, перерыв 13:00–14:00'
>>> hours_text(h, "kk")
'Дс–Жм 09:00–18:00, үзіліс 13:00–14:00'
>>> hours_text(OfficeHours.from_days({0: [("09:00", "13:00")], 3: [("14:00", "18:00")]}), "en")
'Mon 09:00–13:00; Thu 14:00–18:00'
"""

from __future__ import annotations

import enum
import itertools

from attrs import frozen

from kzsocial._checks import check_language
from kzsocial.calendar._hours import Interval, OfficeHours
from kzsocial.errors import InvalidTypeError
from kzsocial.provenance import LocalizedText

__all__ = ["EffectiveHours", "HoursSource", "hours_text"]

_DAYS = {
    "kk": ("Дс", "Сс", "Ср", "Бс", "Жм", "Сн", "Жс"),
    "ru": ("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
_BREAK = {"kk": "үзіліс", "ru": "перерыв", "en": "break"}
_CLOSED = {"kk": "жабық", "ru": "закрыто", "en": "closed"}


def _check_lang(lang: object) -> str:
    return check_language(lang)


def _day_text(day: tuple[Interval, ...], lang: str) -> str:
    span = f"{day[0].start:%H:%M}–{day[-1].end:%H:%M}"
    gaps = [f"{a.end:%H:%M}–{b.start:%H:%M}" for a, b in itertools.pairwise(day)]
    return span + "".join(f", {_BREAK[lang]} {g}" for g in gaps)


def hours_text(hours: OfficeHours, lang: str = "kk") -> str:
    """The weekly hours in ``lang`` (``kk``, ``ru`` or ``en``): runs of days with the same hours, the day's span
    and its breaks; dated exceptions are not shown. ``жабық``/``закрыто``/``closed`` when never open."""
    if not isinstance(hours, OfficeHours):
        raise InvalidTypeError(f"hours must be a kzsocial.calendar.OfficeHours, got {type(hours).__name__}")
    lang = _check_lang(lang)
    names = _DAYS[lang]
    parts: list[str] = []
    i = 0
    while i < 7:
        day = hours.days[i]
        j = i
        while j + 1 < 7 and hours.days[j + 1] == day:
            j += 1
        if day:
            days = names[i] if i == j else f"{names[i]}–{names[j]}" if j > i + 1 else f"{names[i]}, {names[j]}"
            parts.append(f"{days} {_day_text(day, lang)}")
        i = j + 1
    return "; ".join(parts) or _CLOSED[lang]


class HoursSource(enum.Enum):
    """Where the hours that apply to an office come from (see :meth:`kzsocial.registry.Office.effective_hours`)."""

    OFFICE = "office"
    """The act prints the office's own hours."""
    SERVICE = "service"
    """The office prints none; the act gives the service's hours (its standard's working schedule)."""
    INTAKE = "intake"
    """The office prints none; the act gives the service's document-intake hours."""
    PARENT = "parent"
    """The office prints none; its parent office does."""
    SERVICES = "services"
    """The office prints none; every service it provides states the same hours."""
    NONE = "none"
    """Neither the office, its parent nor its services give hours."""


@frozen
class EffectiveHours:
    """The hours that apply to an office (``hours``, None when nothing gives them), where they come from and why.

    ``reason`` says it in kk, ru and en; ``service_id`` names the service whose hours apply, ``parent_id`` the
    parent office whose hours apply.
    """

    office_id: str
    """The office the answer is for."""
    hours: OfficeHours | None
    """The hours that apply to it; ``None`` when neither the office, its parent nor its services give any (``source`` is
    then ``NONE``)."""
    source: HoursSource
    """Where the hours come from: the office itself, the service's hours or intake hours, the parent office, the
    services it gives, or none."""
    reason: LocalizedText
    """Why these hours apply, in kk, ru and en (what a portal shows beside them)."""
    service_id: str | None = None
    """The service whose hours apply, when ``source`` is ``SERVICE`` or ``INTAKE``; else ``None``."""
    parent_id: str | None = None
    """The parent office whose hours apply, when ``source`` is ``PARENT``; else ``None``."""

    def text(self, lang: str = "kk") -> str:
        """The hours in ``lang`` (:func:`hours_text`), or the reason there are none."""
        if self.hours is None:
            return self.reason.get(_check_lang(lang))
        return hours_text(self.hours, lang)
