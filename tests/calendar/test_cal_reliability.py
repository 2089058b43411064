"""Issue 11, the calendar side: reception rules that cannot hang, linear slots, builders that build once."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from dateutil import rrule as _rr
from hypothesis import given, settings
from hypothesis import strategies as st

from kzsocial._data import load_folders
from kzsocial.errors import DataValidationError, InvalidInputError, KzSocialError
from kzsocial.provenance import LocalizedText
from kzsocial.registry import ReceptionSchedule
from model.factories import SRC, make_act, write_folder

DT = dt.datetime


def schedule(rule: str, start: dt.time | None = dt.time(18), end: dt.time | None = dt.time(20)) -> ReceptionSchedule:
    return ReceptionSchedule(LocalizedText("Әкім"), rule, start, end, LocalizedText("қабылдау"))


# -- reception rules ------------------------------------------------------------------------------------------------

NOT_RECEPTIONS = [
    "FREQ=DAILY;INTERVAL=0",  # issue 11: slots() never returned
    "FREQ=WEEKLY;INTERVAL=0;BYDAY=MO",
    "FREQ=MINUTELY",  # issue 11: never returned either
    "FREQ=HOURLY",
    "FREQ=SECONDLY",
    "FREQ=DAILY;BYHOUR=9,10",
    "FREQ=DAILY;BYMINUTE=5",
    "FREQ=DAILY;COUNT=3",
    "FREQ=DAILY;INTERVAL=-1",
    "FREQ=DAILY;INTERVAL=1000",
    "FREQ=DAILY;INTERVAL=x",
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",  # never occurs
    "FREQ=DAILY;UNTIL=19800101T000000",  # ends before the range
    "DTSTART:20240101T000000\nRRULE:FREQ=DAILY",
    "FREQ=WEEKLY;BYDAY=XX",
    "FREQ=WEEKLY;FREQ=DAILY",
    "BYDAY=MO",
    "",
    "garbage",
]


@pytest.mark.parametrize("rule", NOT_RECEPTIONS)
def test_what_cannot_be_a_reception_rule_is_refused_saying_what_is_accepted(rule: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        schedule(rule)
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, KzSocialError)
    text = str(caught.value)
    assert "accepted" in text or "no occurrence" in text


def test_the_loader_lists_a_rule_that_cannot_be_a_reception(tmp_path: Path) -> None:
    def office(n: int, rule: str) -> dict[str, Any]:
        return {
            "id": f"karaganda/akimat-{n}",
            "kind": "city_akimat",
            "name": {"kk": f"Әкімат {n}"},
            "source": SRC,
            "reception": [{"rrule": rule, "start": "17:00", "end": "18:00", "text": {"kk": "сағ. 17.00-18.00"}}],
        }

    offices = [office(1, "FREQ=DAILY;INTERVAL=0"), office(2, "FREQ=MINUTELY"), office(3, "FREQ=WEEKLY;BYDAY=TU")]
    with pytest.raises(DataValidationError) as caught:
        load_folders([write_folder(tmp_path / "test-2008", make_act(), [], offices)])
    problems = caught.value.problems
    assert len(problems) == 2, problems
    assert "INTERVAL=0" in problems[0] and "MINUTELY" in problems[1]


class _Counted:
    """Counts the occurrences dateutil's rrule generates (its ``_iter``), to measure work without a clock."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.n = 0
        original = _rr.rrule._iter

        def counted(rule: _rr.rrule) -> Iterator[dt.datetime]:
            for item in original(rule):
                self.n += 1
                yield item

        monkeypatch.setattr(_rr.rrule, "_iter", counted)


@pytest.mark.parametrize("rule", ["FREQ=DAILY", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "FREQ=MONTHLY;BYDAY=+2MO,+4MO"])
def test_slots_grow_linearly_with_count(rule: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """issue 11: 1,000 slots took 5 s (each slot re-read the rule from 1991). Now one pass, from near ``after``."""
    s = schedule(rule)
    counter = _Counted(monkeypatch)
    work = {}
    for n in (1, 1_000, 10_000):
        counter.n = 0
        got = s.slots(DT(1995, 1, 1), count=n, calendar=False)
        assert len(got) == min(n, len(got)) and got
        work[n] = counter.n
        assert counter.n <= len(got) + 400  # what it returns, plus at most a period before ``after``
    if len(s.slots(DT(1995, 1, 1), count=10_000, calendar=False)) == 10_000:
        assert work[10_000] - work[1] <= 10.5 * (work[1_000] - work[1])
    # the distance from 1991 costs nothing
    counter.n = 0
    s.slots(DT(2090, 1, 1), count=1, calendar=False)
    assert counter.n <= 400


rules = st.sampled_from(
    [
        "FREQ=DAILY",
        "FREQ=DAILY;INTERVAL=3",
        "FREQ=WEEKLY;BYDAY=TU",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH",
        "FREQ=WEEKLY;INTERVAL=3",
        "FREQ=MONTHLY;BYDAY=+2MO,+4MO",
        "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15",
        "FREQ=MONTHLY;BYDAY=-1FR",
        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
        "FREQ=YEARLY;INTERVAL=3;BYMONTH=6;BYDAY=+1MO",
        "FREQ=MONTHLY;BYMONTHDAY=31",
    ]
)


@settings(max_examples=150)
@given(rules, st.datetimes(min_value=DT(1991, 1, 1), max_value=DT(2100, 6, 30)), st.integers(1, 12))
def test_slots_equal_the_rule_read_from_1991(rule: str, after: dt.datetime, count: int) -> None:
    """Moving the rule's start by whole periods keeps its occurrences: the same as stepping from 1991."""
    s = schedule(rule)
    reference = _rr.rrulestr(rule, dtstart=DT(1991, 1, 1, 18))
    expected = []
    cursor = after
    while len(expected) < count:
        nxt = reference.after(cursor)
        if nxt is None or nxt > DT(2100, 12, 31, 23, 59):
            break
        expected.append(nxt)
        cursor = nxt
    assert [slot.start for slot in s.slots(after, count=count, calendar=False)] == expected


def test_no_reception_call_hangs_and_each_ends_at_2100() -> None:
    from kzsocial.notices import reception_reminder
    from kzsocial.registry import offices

    rare = schedule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;UNTIL=20000301T000000")
    assert rare.slots(DT(1991, 1, 1), count=100, calendar=False)[-1].start == DT(2000, 2, 29, 18)
    assert rare.slots(DT(2001, 1, 1), count=100, calendar=False) == []
    last = schedule("FREQ=DAILY").slots(DT(2100, 12, 1), count=100, calendar=False)
    assert len(last) == 31 and last[-1].start == DT(2100, 12, 31, 18)
    office = next(o for o in offices().offices if any(s.computable for s in o.reception))
    assert office.next_reception(DT(2024, 1, 1)).start > DT(2024, 1, 1)
    assert reception_reminder(office, after=DT(2024, 1, 1)) is not None


# -- builders that build once ---------------------------------------------------------------------------------------

_COLD_START = textwrap.dedent(
    """
    import json, threading
    from concurrent.futures import ThreadPoolExecutor
    import kzsocial.calendar as c
    from kzsocial.registry import offices
    from kzsocial.services import catalog

    N = 16
    barrier = threading.Barrier(N)

    def ask(_):
        barrier.wait()
        return id(c.default_calendar()), id(c.default_calendar(6)), id(catalog()), id(offices())

    with ThreadPoolExecutor(N) as pool:
        got = list(pool.map(ask, range(N)))
    print(json.dumps([len({g[k] for g in got}) for k in range(4)]))
    """
)


def test_a_cold_start_from_many_threads_builds_each_thing_once() -> None:
    """issue 11: 16 threads on a cold start got 4-9 default calendars and 4-5 catalogues (functools.cache)."""
    for _ in range(5):
        out = subprocess.run(
            [sys.executable, "-c", _COLD_START], capture_output=True, text=True, timeout=300, check=True
        ).stdout
        assert json.loads(out) == [1, 1, 1, 1]
