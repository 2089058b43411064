"""Text in the three languages the calendar speaks: Kazakh, Russian and English."""

from __future__ import annotations

import datetime as dt
from typing import Literal, cast

from kzsocial._checks import brief
from kzsocial._checks import check_language as _check_language
from kzsocial.errors import InvalidInputError, InvalidTypeError
from kzsocial.provenance import LocalizedText

__all__ = [
    "LANGUAGES",
    "Language",
    "LocalText",
    "check_language",
    "format_date",
    "format_moment",
    "ru_plural",
    "weekday_name",
]

Language = Literal["kk", "ru", "en"]
LANGUAGES: tuple[Language, ...] = ("kk", "ru", "en")

_WEEKDAYS: dict[str, tuple[str, ...]] = {
    "kk": ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def check_language(lang: object) -> Language:
    """Return ``lang`` if it is one of ``"kk"``, ``"ru"``, ``"en"``; raise otherwise (the one check,
    :func:`kzsocial._checks.check_language`).

    >>> check_language("kk")
    'kk'
    """
    return cast(Language, _check_language(lang, LANGUAGES))


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


def format_moment(moment: dt.datetime, lang: Language) -> str:
    """Date, weekday and time; the end of a day (``time.max``) shows as 24:00; an aware moment shows its offset.

    >>> format_moment(dt.datetime(2009, 1, 8, 18, 0), "ru")
    '2009-01-08 (четверг) 18:00'
    >>> format_moment(dt.datetime.combine(dt.date(2009, 1, 8), dt.time.max), "en")
    '2009-01-08 (Thursday) 24:00'
    """
    t = moment.time()
    if t == dt.time.max:
        clock = "24:00"
    elif t.second or t.microsecond:
        clock = t.strftime("%H:%M:%S")
    else:
        clock = t.strftime("%H:%M")
    out = f"{format_date(moment.date(), lang)} {clock}"
    offset = moment.utcoffset()
    if offset is not None:
        total = int(offset.total_seconds()) // 60
        sign = "+" if total >= 0 else "-"
        out += f" UTC{sign}{abs(total) // 60:02d}:{abs(total) % 60:02d}"
    return out


def ru_plural(n: int, one: str, few: str, many: str) -> str:
    """The Russian noun form for ``n``: 1 день, 2 дня, 5 дней, 11 дней, 21 день.

    >>> [ru_plural(n, "день", "дня", "дней") for n in (1, 2, 5, 11, 21, 22, 112)]
    ['день', 'дня', 'дней', 'дней', 'день', 'дня', 'дней']
    """
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def _check_str(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise InvalidTypeError(f"LocalText.{name} must be a non-empty str, got {type(value).__name__}")
    if not value.strip():
        raise InvalidInputError(f"LocalText.{name} must be a non-empty str, got {brief(value)}")
    return value


def LocalText(kk: str, ru: str, en: str) -> LocalizedText:  # noqa: N802 - the calendar's name for the one text type
    """One text in Kazakh, Russian and English: a :class:`~kzsocial.provenance.LocalizedText` with all three.

    There is one localized-text type, :class:`~kzsocial.provenance.LocalizedText`; the calendar's texts always
    have all three languages, and this constructor (the calendar's former class of the name) checks that each is a
    non-empty str.

    >>> t = LocalText("Жаңа жыл", "Новый год", "New Year's Day")
    >>> t.get("ru"), type(t).__name__
    ('Новый год', 'LocalizedText')
    """
    return LocalizedText(_check_str("kk", kk), _check_str("ru", ru), _check_str("en", en))


def is_complete(value: object) -> bool:
    """Whether ``value`` is a :class:`~kzsocial.provenance.LocalizedText` with all of kk, ru and en non-empty."""
    return isinstance(value, LocalizedText) and all(
        isinstance(t, str) and t.strip() for t in (value.kk, value.ru, value.en)
    )
