"""Numbers with their nouns: the Russian rule against the obvious reference over all integers, Kazakh and English."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzsocial.calendar import Term, term_text
from kzsocial.calendar._text import ru_plural
from kzsocial.errors import InvalidInputError, InvalidTypeError
from kzsocial.notices import count_phrase, plural_category, plural_form

DAYS = ("календарный день", "календарных дня", "календарных дней")


def _reference(n: int) -> str:
    """Russian grammar's rule as a school book states it, from the last digit and the last two digits."""
    last, last_two = abs(n) % 10, abs(n) % 100
    if 11 <= last_two <= 14:
        return "many"
    if last == 1:
        return "one"
    if last in (2, 3, 4):
        return "few"
    return "many"


@given(st.integers())
def test_russian_rule_equals_the_reference_for_every_integer(n: int) -> None:
    assert plural_category(n, "ru") == _reference(n)
    # the calendar's term phrases follow the same rule
    assert ru_plural(n, "one", "few", "many") == _reference(n)


@given(st.integers(min_value=0, max_value=100_000))
def test_term_phrases_agree_with_the_rule(n: int) -> None:
    forms = dict(zip(("one", "few", "many"), DAYS, strict=True))
    assert term_text(Term(n, "calendar_days"), "ru") == f"{n} {forms[_reference(n)]}"
    assert count_phrase(n, DAYS, "ru") == f"{n} {forms[_reference(n)]}"


@given(st.integers())
def test_kazakh_nouns_do_not_inflect_after_numerals(n: int) -> None:
    assert plural_category(n, "kk") == "one"
    assert count_phrase(n, ("жұмыс күні",), "kk") == f"{n} жұмыс күні"


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "1 рабочий день"),
        (3, "3 рабочих дня"),
        (5, "5 рабочих дней"),
        (11, "11 рабочих дней"),
        (12, "12 рабочих дней"),
        (21, "21 рабочий день"),
        (22, "22 рабочих дня"),
        (0, "0 рабочих дней"),
        (101, "101 рабочий день"),
        (111, "111 рабочих дней"),
    ],
)
def test_russian_examples(n: int, expected: str) -> None:
    assert count_phrase(n, ("рабочий день", "рабочих дня", "рабочих дней"), "ru") == expected


def test_examples_in_three_languages() -> None:
    assert term_text(Term(21, "calendar_days"), "ru") == "21 календарный день"
    assert count_phrase(21, ("күнтізбелік күн",), "kk") == "21 күнтізбелік күн"
    assert [count_phrase(n, ("day", "days"), "en") for n in (1, 2, 21)] == ["1 day", "2 days", "21 days"]


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(InvalidInputError, match="takes 3 form"):
        plural_form(2, ("день", "дня"), "ru")
    with pytest.raises(InvalidInputError, match="unknown language"):
        plural_category(2, "de")
    with pytest.raises(InvalidTypeError):
        plural_category(True, "ru")
    with pytest.raises(InvalidTypeError):
        plural_form(2, "дней", "ru")
