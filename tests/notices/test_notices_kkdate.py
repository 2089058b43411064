"""Official Kazakh and Russian dates, pinned to the acts' own spellings."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzsocial.errors import InvalidInputError, InvalidTypeError, KzSocialError
from kzsocial.notices._kkdate import (
    KK_MONTHS,
    KK_MONTHS_ATTRIBUTIVE,
    RU_MONTHS_GENITIVE,
    format_date,
    format_datetime,
    kk_attributive_suffix,
)

# Every month as the acts in sources/ spell it in «NNNN жылғы D <month>», e.g.
# 004: «2015 жылғы 10 тамыздағы № 294 қаулысы», 000: «2008 жылғы 25 қарашадағы N 32/08 қаулысы»,
# 001: «2008 жылғы 25 сәуірдегі N 120 қаулысы», 000: «2007 жылғы 12 қаңтардағы».
AS_IN_THE_ACTS = {
    1: "қаңтардағы",
    2: "ақпандағы",
    3: "наурыздағы",
    4: "сәуірдегі",
    5: "мамырдағы",
    6: "маусымдағы",
    7: "шілдедегі",
    8: "тамыздағы",
    9: "қыркүйектегі",
    10: "қазандағы",
    11: "қарашадағы",
    12: "желтоқсандағы",
}


@pytest.mark.parametrize("month", range(1, 13))
def test_attributive_month_as_in_the_acts(month: int) -> None:
    assert KK_MONTHS_ATTRIBUTIVE[month - 1] == AS_IN_THE_ACTS[month]
    assert format_date(dt.date(2008, month, 25), "kk", attributive=True) == f"2008 жылғы 25 {AS_IN_THE_ACTS[month]}"


def test_the_acts_dates() -> None:
    assert format_date(dt.date(2008, 11, 25), "kk", attributive=True) == "2008 жылғы 25 қарашадағы"
    assert format_date(dt.date(2015, 8, 10), "kk", attributive=True) == "2015 жылғы 10 тамыздағы"
    assert format_date(dt.date(2013, 4, 15), "ru") == "15 апреля 2013 года"
    assert format_date(dt.date(2008, 11, 25), "kk") == "2008 жылғы 25 қараша"


def test_suffix_harmony_and_devoicing() -> None:
    assert kk_attributive_suffix("мектеп") == "тегі"  # front vowel, voiceless end
    assert kk_attributive_suffix("қала") == "дағы"
    assert kk_attributive_suffix("үй") == "дегі"
    assert kk_attributive_suffix("ат") == "тағы"


def test_datetime_forms() -> None:
    moment = dt.datetime(2024, 12, 2, 12, 15)
    assert format_datetime(moment, "kk") == "2024 жылғы 2 желтоқсан, сағат 12:15"
    assert format_datetime(moment, "ru") == "2 декабря 2024 года, 12:15"


@given(st.dates(min_value=dt.date(1991, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_every_date_reads_back(day: dt.date) -> None:
    kk = format_date(day, "kk", attributive=True)
    year, word, dom, month = kk.split(" ")
    assert (int(year), word, int(dom)) == (day.year, "жылғы", day.day)
    assert KK_MONTHS_ATTRIBUTIVE.index(month) == day.month - 1
    assert month.startswith(KK_MONTHS[day.month - 1])
    ru = format_date(day, "ru")
    dom_ru, month_ru, year_ru, goda = ru.split(" ")
    assert (int(dom_ru), RU_MONTHS_GENITIVE.index(month_ru) + 1, int(year_ru), goda) == (
        day.day,
        day.month,
        day.year,
        "года",
    )


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: format_date(dt.date(2020, 1, 1), "en"), InvalidInputError),
        (lambda: format_date("2020-01-01", "kk"), InvalidTypeError),  # type: ignore[arg-type]
        (lambda: format_datetime(dt.date(2020, 1, 1), "kk"), InvalidTypeError),  # type: ignore[arg-type]
        (lambda: format_date(dt.date(2020, 1, 1), None), InvalidTypeError),  # type: ignore[arg-type]
        (lambda: kk_attributive_suffix(""), InvalidInputError),
    ],
)
def test_bad_input_raises_library_errors(call: object, error: type[KzSocialError]) -> None:
    with pytest.raises(error):
        call()  # type: ignore[operator]
