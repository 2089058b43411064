"""Receptions the acts give by day only (issue 12): the day is computable even when the hours are not.

«әр айдың 3-ші дүйсенбісі» (000:853, the Aktogay akim) is ``day_rrule`` in the data, as data-format prescribes;
``next_reception`` gives the date with ``time_known`` false.
"""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given
from hypothesis import strategies as st

from kzsocial.registry import offices

_TIME = re.compile(r"\d{1,2}\s*[.:\-]\s*\d{2}|сағ")
_WEEKDAY = re.compile(r"дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі|күн сайын")


def test_every_reception_of_every_act_is_computable_as_far_as_its_words_go() -> None:
    day_only = []
    for office in offices():
        for r in office.reception:
            text = r.text.kk
            if r.day_only:
                day_only.append((office.id, r.source.line if r.source else None))
                assert not _TIME.search(text) and _WEEKDAY.search(text), (office.id, text)
            elif r.computable:
                assert r.start is not None, (office.id, text)
            else:
                # too loose to compute: no weekday named at all, or no recurrence («айына бір рет»)
                assert not (_WEEKDAY.search(text) and not _TIME.search(text)), (office.id, text)
    assert day_only == [("karaganda/akimat-aktogay-district", 853)]


def test_aktogay_akim_receives_on_the_third_monday() -> None:
    akim = offices().get("karaganda/akimat-aktogay-district").reception[0]
    assert akim.day_only and akim.start is None and akim.end is None
    slot = akim.next_reception(dt.datetime(2009, 3, 1))
    assert (slot.date, slot.time_known, slot.end) == (dt.date(2009, 3, 16), False, None)
    # 21 March 2011 (the third Monday) was Nauryz, a holiday: the next reception is in April
    assert akim.next_reception(dt.datetime(2011, 3, 1)).date == dt.date(2011, 4, 18)


@given(st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2030, 12, 31)))
def test_day_only_slots_fall_on_a_third_monday_after_the_moment(moment: dt.datetime) -> None:
    akim = offices().get("karaganda/akimat-aktogay-district").reception[0]
    slot = akim.next_reception(moment, calendar=False)
    assert slot.date > moment.date() or slot.start > moment
    assert slot.date.weekday() == 0 and 15 <= slot.date.day <= 21
    # the slow obvious reference: walk day by day
    day = moment.date() + dt.timedelta(days=1)
    while not (day.weekday() == 0 and 15 <= day.day <= 21):
        day += dt.timedelta(days=1)
    assert slot.date == day
