"""Text in the three languages the calendar speaks: Kazakh, Russian and English."""

from __future__ import annotations

import datetime as dt
from typing import Literal

import attrs
from attrs import frozen

from kzsocial.errors import InvalidInputError, InvalidTypeError

__all__ = ["LANGUAGES", "Language", "LocalText", "check_language", "format_date", "weekday_name"]

Language = Literal["kk", "ru", "en"]
LANGUAGES: tuple[Language, ...] = ("kk", "ru", "en")

_WEEKDAYS: dict[str, tuple[str, ...]] = {
    "kk": ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def check_language(lang: object) -> Language:
    """Return ``lang`` if it is one of ``"kk"``, ``"ru"``, ``"en"``; raise otherwise.

    >>> check_language("kk")
    'kk'
    """
    if not isinstance(lang, str):
        raise InvalidTypeError(f"a language must be a str, one of kk, ru, en; got {type(lang).__name__}")
    if lang == "kk":
        return "kk"
    if lang == "ru":
        return "ru"
    if lang == "en":
        return "en"
    raise InvalidInputError(f"unknown language {lang!r}; accepted: kk, ru, en")


def weekday_name(day: dt.date, lang: Language) -> str:
    """The weekday's name in ``lang``.

    >>> weekday_name(dt.date(2025, 1, 5), "kk"), weekday_name(dt.date(2025, 1, 5), "ru")
    ('жексенбі', 'воскресенье')
    """
    return _WEEKDAYS[check_language(lang)][day.weekday()]


def format_date(day: dt.date, lang: Language) -> str:
    """ISO date and weekday: ``2025-01-05 (Sunday)``.

    >>> format_date(dt.date(2025, 1, 5), "en")
    '2025-01-05 (Sunday)'
    """
    return f"{day.isoformat()} ({weekday_name(day, lang)})"


def _check_str(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(f"LocalText.{attribute.name} must be a non-empty str, got {value!r}")


@frozen
class LocalText:
    """One text in Kazakh, Russian and English.

    >>> t = LocalText("Жаңа жыл", "Новый год", "New Year's Day")
    >>> t.get("ru")
    'Новый год'
    >>> t.as_dict()
    {'kk': 'Жаңа жыл', 'ru': 'Новый год', 'en': "New Year's Day"}
    """

    kk: str = attrs.field(validator=_check_str)
    ru: str = attrs.field(validator=_check_str)
    en: str = attrs.field(validator=_check_str)

    def get(self, lang: Language) -> str:
        """The text in ``lang`` (``"kk"``, ``"ru"`` or ``"en"``)."""
        lang = check_language(lang)
        if lang == "kk":
            return self.kk
        if lang == "ru":
            return self.ru
        return self.en

    def as_dict(self) -> dict[str, str]:
        return {"kk": self.kk, "ru": self.ru, "en": self.en}
