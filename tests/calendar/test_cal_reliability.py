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
    "FREQ=MONTHLY;BYDAY=+9MO",  # dateutil: IndexError on the first occurrence
    "FREQ=MONTHLY;BYMONTHDAY=0",
    "FREQ=MONTHLY;BYDAY=+MO",
    "FREQ=DAILY;UNTIL=20240101T000000Z",
    "FREQ=YEARLY;BYEASTER=0",
]


_TOKENS = st.sampled_from(["FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "UNTIL", "COUNT", "WKST"])
_VALUES = st.one_of(
    st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY", "HOURLY", "MINUTELY", "MO", "+2MO", "-1FR", "SU,SA"]),
    st.integers(-400, 400).map(str),
    st.sampled_from(["20240101", "20240101T000000", "19000101T000000Z", "", "x", "٣", "1,2,3"]),
)


@settings(max_examples=settings.default.max_examples)
@given(st.lists(st.tuples(_TOKENS, _VALUES), min_size=1, max_size=4))
def test_any_rule_text_is_refused_by_our_error_or_gives_slots(pairs: list[tuple[str, str]]) -> None:
    text = ";".join(f"{k}={v}" for k, v in pairs)
    try:
        s = schedule(text)
    except KzSocialError as exc:
        assert isinstance(exc, (ValueError, TypeError))
        return
    got = s.slots(DT(2024, 1, 1), count=3, calendar=False)
    assert all(slot.start > DT(2024, 1, 1) for slot in got)


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


@settings(max_examples=3 * settings.default.max_examples // 4)
@given(rules, st.datetimes(min_value=DT(1991, 1, 1), max_value=DT(2100, 6, 30)), st.integers(1, 12))
def test_slots_equal_the_rule_read_from_1991(rule: str, after: dt.datetime, count: int) -> None:
    """Moving the rule's start by whole periods keeps its occurrences: the same as stepping from 1991."""
    s = schedule(rule)
    reference = _rr.rrulestr(rule, dtstart=DT(1991, 1, 1, 18))
    expected = [x for x in reference.xafter(after, count=count, inc=False) if x <= DT(2100, 12, 31, 23, 59)]
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


# -- calendar inputs that raised foreign exceptions -----------------------------------------------------------------


def _raises_ours(call: Any, family: type[Exception]) -> KzSocialError:
    with pytest.raises(KzSocialError) as caught:
        call()
    assert isinstance(caught.value, family), type(caught.value).__mro__
    return caught.value


def test_numpy_dates_are_refused_saying_what_is_accepted() -> None:
    np = pytest.importorskip("numpy")  # numpy is an optional extra
    from kzsocial.calendar import default_calendar

    cal = default_calendar()
    err = _raises_ours(lambda: cal.is_working_day_batch([dt.date(2024, 1, 1), np.datetime64("2024-01-02")]), TypeError)
    assert "datetime64" in str(err) and "accepted" in str(err)
    _raises_ours(lambda: cal.add_working_days_batch([np.datetime64("2024-01-02")], 1), TypeError)
    _raises_ours(lambda: cal.is_working_day_batch(np.array(["2024-01-02"], dtype="datetime64[D]")), TypeError)


def test_calendar_inputs_of_issue_11_raise_our_errors(tmp_path: Path) -> None:
    from kzsocial.calendar import (
        CalendarOverrides,
        KurbanAit,
        LegalSource,
        OfficeHours,
        Term,
        compute_deadline,
        default_calendar,
        parse_time,
        term_text,
    )
    from kzsocial.errors import DateOutOfRangeError

    hours = OfficeHours.weekly("09:00", "18:00")
    big = _raises_ours(lambda: compute_deadline(Term(100000, "months"), DT(2024, 1, 1, 10), hours=hours), ValueError)
    assert isinstance(big, DateOutOfRangeError)
    _raises_ours(lambda: parse_time("²:00"), ValueError)
    _raises_ours(lambda: parse_time("٠٩:٠٠"), ValueError)  # Arabic-Indic digits
    _raises_ours(lambda: term_text(None), TypeError)  # type: ignore[arg-type]
    _raises_ours(lambda: default_calendar().is_working_day_batch([dt.date(2024, 1, 1), "2024-01-02"]), TypeError)
    _raises_ours(lambda: KurbanAit(dt.date(2024, 6, 16), "no", LegalSource("act")), TypeError)  # type: ignore[arg-type]
    bad = tmp_path / "latin1.json"
    bad.write_bytes('{"records": [], "name": "Қ"}'.encode("utf-16"))
    _raises_ours(lambda: CalendarOverrides.from_json(bad), ValueError)
    weeks = {"records": [_transfer("2026-10-24", "2026-10-23", weeks=[5, "6"])]}
    _raises_ours(lambda: CalendarOverrides.from_json(weeks), ValueError)
    _raises_ours(lambda: CalendarOverrides.from_json("[" * 100_000 + "]" * 100_000), ValueError)
    _raises_ours(lambda: CalendarOverrides.from_json({"records": [{"kind": ["x"]}]}), ValueError)
    _raises_ours(lambda: compute_deadline(Term(1, "months"), DT.max.replace(tzinfo=dt.UTC), hours=None), ValueError)


@pytest.mark.parametrize("unit", ["calendar_days", "working_days", "banking_days", "months", "days_unqualified"])
@pytest.mark.parametrize("n", [0, 1, 3])
def test_a_submission_on_the_first_day_of_the_range_counted_as_day_one(unit: str, n: int) -> None:
    """issue 11: 1991-01-01 with count_from_next_day=False raised out-of-range (its day 0 is 1990-12-31)."""
    from kzsocial.calendar import CountingPolicy, Term, compute_deadline, default_calendar

    policy = CountingPolicy(count_from_next_day=False)
    d = compute_deadline(Term(n, unit), DT(1991, 1, 1, 10), hours=None, policy=policy)
    assert d.last_day >= dt.date(1991, 1, 1)
    if unit in ("working_days", "banking_days") and n:
        cal = default_calendar()
        # the n-th working day counting 1991-01-01 (a holiday) as day 1 of the term
        working = [dt.date(1991, 1, 1) + dt.timedelta(k) for k in range(30)]
        assert d.last_day == [w for w in working if cal.is_working_day(w)][n - 1]


# -- the override layer ---------------------------------------------------------------------------------------------

SOURCE = {"title": "Order No. 1 of the Ministry of Labour (example)"}
NAMES = {"kk": "а", "ru": "б", "en": "c"}


def _transfer(worked: str, day_off: str, **extra: Any) -> dict[str, Any]:
    return {"kind": "transfer", "worked": worked, "day_off": day_off, "source": SOURCE, **extra}


def test_records_are_checked_when_made() -> None:
    from kzsocial.calendar import AddHoliday, CancelHoliday, ExtraDayOff, LegalSource, LocalText, Transfer

    src = LegalSource("Order No. 1")
    day = dt.date(2026, 10, 23)
    cases: list[Any] = [
        lambda: ExtraDayOff(day, "str", src),  # issue 11: failed later inside explain()
        lambda: AddHoliday(day, ["x"], src),  # issue 11
        lambda: AddHoliday(day, "new_year", src, names="x"),
        lambda: AddHoliday(day, "new_year", src, moves="yes"),
        lambda: AddHoliday(day, " ", src),
        lambda: CancelHoliday(day, src, 5),
        lambda: Transfer(dt.date(2026, 10, 24), day, src, weeks=5),
        lambda: Transfer(dt.date(2026, 10, 24), day, src, weeks=[5, "6"]),
        lambda: LegalSource("x", url=5),
        lambda: LegalSource("x", issued="2020-01-01"),
        lambda: LegalSource(None),
    ]
    for case in cases:
        err = _raises_ours(case, Exception)
        assert isinstance(err, (TypeError, ValueError))
    assert ExtraDayOff(day, LocalText("а", "б", "c"), src).date == day


def test_from_json_lists_every_planted_problem_several_per_record() -> None:
    """issue 11: from_json listed 11 of 17 planted problems, at most one per record."""
    from kzsocial.calendar import CalendarOverrides

    data = {
        "name": "",
        "surprise": 1,
        "records": [
            {"kind": "transfer", "worked": "2026-13-01", "day_off": 5, "weeks": [5, "6"], "foo": 1, "source": {}},
            {"kind": "day_off", "date": "x", "names": "str", "source": {"title": "", "url": 5}},
            {
                "kind": "holiday",
                "key": ["x"],
                "moves": "yes",
                "date": "1900-01-01",
                "names": {"kk": "a"},
            },
            {"kind": "kurban_ait", "confirmed": "no", "date": 5},
            {"kind": "cancel", "key": 5, "date": "2024-02-30", "bar": 1, "source": SOURCE},
            {"kind": "nope"},
        ],
    }
    with pytest.raises(DataValidationError) as caught:
        CalendarOverrides.from_json(data)
    problems = caught.value.problems
    planted = [
        ("records[0]", "worked"), ("records[0]", "day_off"), ("records[0]", "weeks"), ("records[0]", "'foo'"),
        ("records[0]", "source"),
        ("records[1]", "'date'"), ("records[1]", "names"), ("records[1]", "url"), ("records[1]", "title"),
        ("records[2]", "key"), ("records[2]", "moves"), ("records[2]", "1900-01-01"), ("records[2]", "names"),
        ("records[2]", "missing 'source'"),
        ("records[3]", "confirmed"), ("records[3]", "'date'"), ("records[3]", "missing 'source'"),
        ("records[4]", "key"), ("records[4]", "2024-02-30"), ("records[4]", "'bar'"),
        ("records[5]", "unknown kind"),
        ("", "surprise"), ("", "'name'"),
    ]  # fmt: skip
    for where, what in planted:
        assert any(p.startswith(where) and what in p for p in problems), (where, what, problems)
    assert len(problems) >= len(planted)


CONFLICTS = [
    _transfer("2026-10-24", "2026-10-23"),
    _transfer("2026-10-24", "2026-10-22"),  # one worked Saturday for two days off
    _transfer("2026-11-07", "2026-11-06"),
    _transfer("2026-11-14", "2026-11-06"),  # two transfers to one day off (the first was silently dropped)
    {"kind": "kurban_ait", "date": "2027-05-16", "confirmed": True, "source": SOURCE},
    {"kind": "kurban_ait", "date": "2027-05-17", "confirmed": False, "source": SOURCE},  # two in one year
    {"kind": "holiday", "date": "2027-07-01", "key": "x_day", "names": NAMES, "source": SOURCE},
    {"kind": "holiday", "date": "2027-07-01", "key": "x_day", "names": NAMES, "source": SOURCE},  # twice
    {"kind": "day_off", "date": "2027-08-02", "names": NAMES, "source": SOURCE},
    {"kind": "day_off", "date": "2027-08-02", "names": NAMES, "source": SOURCE},  # twice
]  # fmt: skip


def test_conflicts_inside_a_layer_are_listed_at_once() -> None:
    from kzsocial.calendar import CalendarOverrides

    for build in (
        lambda: CalendarOverrides.from_json({"records": CONFLICTS}),
        lambda: CalendarOverrides(CalendarOverrides.from_json({"records": CONFLICTS[::2]}).records * 2),
    ):
        with pytest.raises(DataValidationError) as caught:
            build()
        assert len(caught.value.problems) >= 5, caught.value.problems
    with pytest.raises(DataValidationError) as caught:
        CalendarOverrides.from_json({"records": CONFLICTS})
    text = "\n".join(caught.value.problems)
    for phrase in (
        "two transfers move it",
        "two transfers give the day off 2026-11-06",
        "two Kurban Ait dates in 2027",
    ):
        assert phrase in text
    assert "added twice" in text or "given twice" in text
    assert "2027-08-02" in text


def test_conflicts_with_the_data_below_are_listed_when_the_layer_is_added() -> None:
    from kzsocial.calendar import CalendarOverrides, default_calendar

    layer = CalendarOverrides.from_json(
        {
            "records": [
                {"kind": "cancel", "date": "2026-02-10", "key": "new_year", "source": SOURCE},  # not there
                {"kind": "cancel", "date": "2026-02-11", "source": SOURCE},  # nothing there
                _transfer("2026-10-31", "2026-12-16"),  # onto Independence Day
                {"kind": "holiday", "date": "2026-01-01", "key": "new_year", "source": SOURCE},  # already there
                {"kind": "holiday", "date": "2026-05-05", "key": "no_such_key", "source": SOURCE},  # no names
            ]
        }
    )
    with pytest.raises(DataValidationError) as caught:
        default_calendar().with_overrides(layer)
    problems = caught.value.problems
    assert len(problems) == 5, problems
    assert [p.split("records[")[1][0] for p in problems] == ["0", "1", "3", "4", "2"]
    assert "independence_day" in problems[-1] and "not there" in problems[0]


def test_a_valid_layer_still_applies() -> None:
    from kzsocial.calendar import CalendarOverrides, default_calendar

    layer = CalendarOverrides.from_json({"records": [_transfer("2026-10-24", "2026-10-23")]})
    cal = default_calendar().with_overrides(layer)
    assert cal.is_working_day(dt.date(2026, 10, 24)) and not cal.is_working_day(dt.date(2026, 10, 23))
