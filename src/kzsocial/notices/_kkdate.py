"""Official Kazakh and Russian date formatting, as the acts write dates (no CLDR, no locale).

Kazakh official style puts the year first, in the genitive-like «жылғы», and the month in the locative with
the attributive suffix «-ғы/-гі» when the date qualifies a noun: «2008 жылғы 25 қарашадағы № 32/08 қаулысы».
The suffix follows vowel harmony (the month's last vowel: back → «да/та» + «ғы», front → «де/те» + «гі») and
devoicing (after a voiceless consonant «та/те»); the twelve forms are spelled out below and checked in the tests
against the acts' own spellings.

>>> import datetime as dt
>>> format_date(dt.date(2008, 11, 25), "kk", attributive=True)
'2008 жылғы 25 қарашадағы'
>>> format_date(dt.date(2008, 11, 25), "kk")
'2008 жылғы 25 қараша'
>>> format_date(dt.date(2008, 11, 25), "ru")
'25 ноября 2008 года'
>>> format_datetime(dt.datetime(2015, 8, 10, 9, 5), "kk")
'2015 жылғы 10 тамыз, сағат 09:05'
>>> format_datetime(dt.datetime(2015, 8, 10, 9, 5), "ru")
'10 августа 2015 года, 09:05'
"""

from __future__ import annotations

import datetime as dt

from kzsocial._checks import brief
from kzsocial.errors import InvalidInputError, InvalidTypeError

__all__ = [
    "KK_MONTHS",
    "KK_MONTHS_ATTRIBUTIVE",
    "LANGUAGES",
    "RU_MONTHS_GENITIVE",
    "check_language",
    "format_date",
    "format_datetime",
    "format_time",
    "kk_attributive_suffix",
]

LANGUAGES = ("kk", "ru")
"""The languages notices and talons are rendered in."""

KK_MONTHS = (
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
)
"""Kazakh month names, January to December."""

_BACK_VOWELS = frozenset("аоұыя")
_FRONT_VOWELS = frozenset("әеөүіиэю")
_VOICELESS = frozenset("кқпстфхцчшщ")


def kk_attributive_suffix(word: str) -> str:
    """The locative-attributive suffix («-дағы», «-дегі», «-тағы», «-тегі») for a Kazakh word.

    >>> [kk_attributive_suffix(w) for w in ("қараша", "сәуір", "қыркүйек", "тамыз")]
    ['дағы', 'дегі', 'тегі', 'дағы']
    """
    if not isinstance(word, str) or not word:
        raise InvalidInputError(f"a Kazakh word is needed for its suffix, got {brief(word)}")
    lower = word.lower()
    vowels = [ch for ch in lower if ch in _BACK_VOWELS or ch in _FRONT_VOWELS]
    front = bool(vowels) and vowels[-1] in _FRONT_VOWELS
    consonant = "т" if lower[-1] in _VOICELESS else "д"
    return consonant + ("егі" if front else "ағы")


KK_MONTHS_ATTRIBUTIVE = tuple(m + kk_attributive_suffix(m) for m in KK_MONTHS)
"""«қаңтардағы» … «желтоқсандағы»: the month as it stands in «2008 жылғы 25 қарашадағы»."""

RU_MONTHS_GENITIVE = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)


def check_language(language: object) -> str:
    """Return ``language`` if it is ``"kk"`` or ``"ru"``; raise otherwise."""
    if not isinstance(language, str):
        raise InvalidTypeError(f"language must be a str, 'kk' or 'ru', got {type(language).__name__}")
    if language not in LANGUAGES:
        raise InvalidInputError(f"unknown language {language!r}; accepted: 'kk', 'ru'")
    return language


def _date_of(value: object) -> dt.date:
    if not isinstance(value, dt.date):
        raise InvalidTypeError(f"a date or datetime is needed, got {type(value).__name__}")
    return value


def format_date(value: dt.date, language: str, *, attributive: bool = False) -> str:
    """The date in official style: «2008 жылғы 25 қараша(дағы)» or «25 ноября 2008 года».

    ``attributive`` gives the Kazakh form that qualifies a noun («…қарашадағы қаулысы»); Russian has one form.
    """
    day = _date_of(value)
    lang = check_language(language)
    if lang == "kk":
        months = KK_MONTHS_ATTRIBUTIVE if attributive else KK_MONTHS
        return f"{day.year} жылғы {day.day} {months[day.month - 1]}"
    return f"{day.day} {RU_MONTHS_GENITIVE[day.month - 1]} {day.year} года"


def format_time(value: dt.time | dt.datetime) -> str:
    """``HH:MM`` (24-hour clock, as both languages write it).

    >>> format_time(dt.time(9, 0))
    '09:00'
    """
    if not isinstance(value, dt.time | dt.datetime):
        raise InvalidTypeError(f"a time or datetime is needed, got {type(value).__name__}")
    return f"{value.hour:02d}:{value.minute:02d}"


def format_datetime(value: dt.datetime, language: str) -> str:
    """Date and time: «2015 жылғы 10 тамыз, сағат 09:05» or «10 августа 2015 года, 09:05».

    The wall-clock time of ``value`` is shown as it is: convert an aware datetime to the office's zone first.
    """
    if not isinstance(value, dt.datetime):
        raise InvalidTypeError(f"a datetime is needed, got {type(value).__name__}")
    lang = check_language(language)
    date_part = format_date(value.date(), lang)
    if lang == "kk":
        return f"{date_part}, сағат {format_time(value)}"
    return f"{date_part}, {format_time(value)}"
