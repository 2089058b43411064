"""Numbers with their nouns in Kazakh, Russian and English: «3 жұмыс күні», «3 рабочих дня», «3 working days».

The rules, written out (no locale, no Babel: the three languages' rules are short and fixed):

- **Russian** has three forms after a number: *one* for 1, 21, 31, … (but not 11), *few* for 2–4, 22–24, … (but
  not 12–14), *many* for the rest (0, 5–20, 25–30, …, 111): «1 рабочий день», «3 рабочих дня», «5 рабочих дней»,
  «21 календарный день», «11 дней».
- **Kazakh** nouns do not inflect after a numeral: «1 жұмыс күні», «3 жұмыс күні», «21 күнтізбелік күн».
- **English**: the singular for 1 only.

>>> [count_phrase(n, RU_WORKING_DAYS, "ru") for n in (1, 3, 5, 11, 21)]
['1 рабочий день', '3 рабочих дня', '5 рабочих дней', '11 рабочих дней', '21 рабочий день']
>>> count_phrase(3, ("жұмыс күні",), "kk"), count_phrase(1, ("working day", "working days"), "en")
('3 жұмыс күні', '1 working day')
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from kzsocial._checks import check_language
from kzsocial.errors import InvalidInputError, InvalidTypeError

__all__ = ["RU_WORKING_DAYS", "count_phrase", "plural_category", "plural_form"]

Category = Literal["one", "few", "many"]

RU_WORKING_DAYS = ("рабочий день", "рабочих дня", "рабочих дней")
"""The Russian forms of «working day» after a number (one, few, many)."""

_FORMS = {"kk": 1, "ru": 3, "en": 2}


def _check_n(n: object) -> int:
    if isinstance(n, bool) or not isinstance(n, int):
        raise InvalidTypeError(f"a count is an int, got {type(n).__name__}")
    return abs(n)


def plural_category(n: int, language: str) -> Category:
    """The form a noun takes after ``n``: ``one``, ``few`` or ``many`` (Kazakh: always ``one``).

    >>> [plural_category(n, "ru") for n in (1, 2, 5, 11, 12, 21, 101, 111)]
    ['one', 'few', 'many', 'many', 'many', 'one', 'one', 'many']
    """
    n = _check_n(n)
    language = check_language(language)
    if language == "kk":
        return "one"
    if language == "en":
        return "one" if n == 1 else "many"
    if language != "ru":
        raise InvalidInputError(f"unknown language {language!r}; accepted: 'kk', 'ru', 'en'")
    if n % 10 == 1 and n % 100 != 11:
        return "one"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "few"
    return "many"


def plural_form(n: int, forms: Sequence[str], language: str) -> str:
    """The noun of ``forms`` for ``n``: Russian (one, few, many), English (singular, plural), Kazakh (the one form).

    >>> plural_form(4, ("календарный день", "календарных дня", "календарных дней"), "ru")
    'календарных дня'
    """
    if isinstance(forms, str) or not isinstance(forms, Sequence) or not all(isinstance(f, str) and f for f in forms):
        raise InvalidTypeError(f"forms is a sequence of non-empty strings, got {type(forms).__name__}")
    category = plural_category(n, language)
    if len(forms) != _FORMS[language]:
        raise InvalidInputError(
            f"{language!r} takes {_FORMS[language]} form(s) (kk: the one form; ru: one, few, many; en: singular, "
            f"plural), got {len(forms)}"
        )
    if language == "ru":
        return forms[("one", "few", "many").index(category)]
    if language == "en":
        return forms[0 if category == "one" else 1]
    return forms[0]


def count_phrase(n: int, forms: Sequence[str], language: str) -> str:
    """``n`` and its noun: «5 рабочих дней», «5 жұмыс күні», «5 working days»."""
    return f"{n} {plural_form(n, forms, language)}"
