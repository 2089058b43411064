"""Deadlines: the issue's examples exactly, each counting rule and its policy switch, and properties."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzsocial.calendar import (
    CountingPolicy,
    Deadline,
    OfficeHours,
    StagedTerm,
    Term,
    TermStage,
    TermUnit,
    compute_deadline,
    default_calendar,
    six_day_calendar,
    term_text,
)
from kzsocial.errors import DateOutOfRangeError, InvalidInputError, InvalidTypeError, KzSocialError

DT = dt.datetime
D = dt.date
CAL = default_calendar()
STANDARD = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")])
SHORT = OfficeHours.weekly("09:00", "17:30", breaks=[("13:00", "14:30")])
MON_THU = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")], weekdays=range(4))
ALMATY = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")], tz="Asia/Almaty")


def deadline(term: Term | StagedTerm, at: dt.datetime, **kw: object) -> Deadline:
    kw.setdefault("hours", STANDARD)
    return compute_deadline(term, at, **kw)  # type: ignore[arg-type]


# -- the examples, exactly ----------------------------------------------------------------------------------


def test_10_calendar_days_from_friday_evening_2008() -> None:
    d = deadline(Term(10, TermUnit.CALENDAR_DAYS), DT(2008, 12, 26, 18, 30))
    assert d.registered_at == DT(2008, 12, 29, 9, 0)
    assert d.last_day == D(2009, 1, 8)
    assert d.due_at == DT(2009, 1, 8, 18, 0)
    assert [s.rule for s in d.trace] == [1, 2, 3, 8]
    assert "after closing" in d.trace[0].text.en and "жабылғаннан кейін" in d.trace[0].text.kk


def test_30_calendar_days_from_2_december_2024_end_on_the_worked_sunday() -> None:
    d = deadline(Term(30, "calendar_days"), DT(2024, 12, 2, 12, 15))
    assert d.registered_at == DT(2024, 12, 2, 12, 15)
    assert d.due_at == DT(2025, 1, 5, 18, 0)
    assert d.due_at.weekday() == 6
    move = next(s for s in d.trace if s.key == "move_off_non_working_day")
    assert "New Year's Day" in move.text.en and "in place of 2025-01-03" in move.text.en
    assert "Жаңа жыл" in move.text.kk and "Новый год" in move.text.ru
    assert [f.date for f in move.facts] == [D(2025, 1, 1), D(2025, 1, 5)]


def test_120_working_minutes_from_friday_17_00_2024() -> None:
    d = deadline(Term(120, TermUnit.MINUTES), DT(2024, 5, 3, 17, 0), hours=SHORT)
    assert d.due_at == DT(2024, 5, 4, 10, 30)
    assert d.last_day == D(2024, 5, 4)
    assert d.trace[-1].rule == 7 and "2024-05-08" in d.trace[-1].text.en


def test_data_version_and_json() -> None:
    d = deadline(Term(10, "working_days"), DT(2024, 12, 20, 10, 0))
    assert d.data_version == CAL.data_version
    data = json.loads(json.dumps(d.to_dict(), ensure_ascii=False))
    assert data["due_at"] == "2025-01-08T18:00:00" and data["term"] == {"value": 10, "unit": "working_days"}
    assert set(data["trace"][0]["text"]) == {"kk", "ru", "en", "translated"}  # the one text type, LocalizedText
    assert data["policy"]["unqualified_days"] == "calendar_days"
    for lang in ("kk", "ru", "en"):
        text = d.explain(lang)
        assert CAL.data_version in text and "2025-01-08" in text


# -- each rule --------------------------------------------------------------------------------------------------------


def test_rule_1_registration_outside_open_time() -> None:
    assert deadline(Term(1, "working_days"), DT(2025, 1, 6, 13, 30)).registered_at == DT(2025, 1, 6, 14, 0)
    before = deadline(Term(1, "working_days"), DT(2025, 1, 6, 7, 0))
    assert before.registered_at == DT(2025, 1, 6, 9, 0) and "before opening" in before.trace[0].text.en
    holiday = deadline(Term(1, "working_days"), DT(2025, 1, 1, 10, 0))
    assert holiday.registered_at == DT(2025, 1, 5, 9, 0)
    assert "New Year's Day" in holiday.trace[0].text.en
    off = deadline(
        Term(1, "working_days"), DT(2025, 1, 6, 19, 0), policy=CountingPolicy(register_at_next_opening=False)
    )
    assert off.registered_at == DT(2025, 1, 6, 19, 0) and off.last_day == D(2025, 1, 8)


def test_rule_2_day_after_registration_and_its_switch() -> None:
    assert deadline(Term(1, "calendar_days"), DT(2025, 1, 8, 10, 0)).last_day == D(2025, 1, 9)
    same = deadline(Term(1, "calendar_days"), DT(2025, 1, 8, 10, 0), policy=CountingPolicy(count_from_next_day=False))
    assert same.last_day == D(2025, 1, 8)
    assert deadline(Term(2, "working_days"), DT(2025, 1, 6, 10, 0)).last_day == D(2025, 1, 9)


def test_rule_3_and_its_switch() -> None:
    d = deadline(Term(3, "calendar_days"), DT(2025, 3, 5, 10, 0))  # 8 March 2025 is a Saturday (holiday)
    assert d.last_day == D(2025, 3, 11)  # Sat 8, Sun 9, Mon 10 off (8 March moved)
    kept = deadline(
        Term(3, "calendar_days"), DT(2025, 3, 5, 10, 0), policy=CountingPolicy(move_off_non_working_day=False)
    )
    assert kept.last_day == D(2025, 3, 8)
    assert kept.due_at == DT(2025, 3, 8, 23, 59, 59, 999999)


def test_rule_4_working_and_banking_days() -> None:
    d = deadline(Term(10, "working_days"), DT(2024, 12, 20, 10, 0))
    assert d.last_day == D(2025, 1, 8)
    assert "2025-01-05" in d.trace[-2].text.en  # the worked Sunday is named on the way
    bank = deadline(Term(5, "banking_days"), DT(2024, 12, 20, 10, 0))
    assert bank.last_day == CAL.add_working_days(D(2024, 12, 20), 5)
    assert "no banking calendar" in bank.trace[-2].text.en
    six = six_day_calendar()
    other = deadline(Term(5, "banking_days"), DT(2024, 12, 20, 10, 0), banking_calendar=six)
    assert other.last_day == six.add_working_days(D(2024, 12, 20), 5) != bank.last_day
    assert "banking: " in other.data_version


def test_rule_5_months() -> None:
    assert deadline(Term(1, "months"), DT(2024, 1, 31, 10, 0)).last_day == D(2024, 2, 29)
    assert deadline(Term(1, "months"), DT(2023, 1, 31, 10, 0)).last_day == D(2023, 2, 28)
    # 2 December 2024 + 1 month = Thursday 2 January 2025, a holiday; then Friday 3 January off: Sunday 5.
    assert deadline(Term(1, "months"), DT(2024, 12, 2, 10, 0)).last_day == D(2025, 1, 5)


def test_rule_6_unqualified_days_are_ambiguous() -> None:
    d = deadline(Term(10, "days_unqualified"), DT(2024, 12, 20, 10, 0))
    assert d.ambiguous and d.last_day == D(2024, 12, 30)
    assert any(s.rule == 6 and "ambiguous" in s.text.en for s in d.trace)
    assert "екіұшты" in d.explain("kk")
    working = deadline(
        Term(10, "days_unqualified"), DT(2024, 12, 20, 10, 0), policy=CountingPolicy(unqualified_days="working_days")
    )
    assert working.last_day == D(2025, 1, 8)


def test_rule_8_due_at_close_or_end_of_day() -> None:
    # A Monday-to-Thursday office: the last day, Friday 10 January 2025, has no hours.
    d = deadline(Term(2, "working_days"), DT(2025, 1, 8, 10, 0), hours=MON_THU)
    assert d.last_day == D(2025, 1, 10) and d.due_at == DT(2025, 1, 10, 23, 59, 59, 999999)
    assert "24:00" in d.explain("en")
    end = deadline(Term(2, "working_days"), DT(2025, 1, 8, 10, 0), policy=CountingPolicy(due_at_office_close=False))
    assert end.due_at == DT(2025, 1, 10, 23, 59, 59, 999999)


def test_unknown_hours() -> None:
    d = compute_deadline(Term(10, "calendar_days"), DT(2008, 12, 26, 18, 30), hours=None)
    assert d.registered_at == DT(2008, 12, 26, 18, 30) and d.due_at.time() == dt.time.max
    with pytest.raises(InvalidInputError):
        compute_deadline(Term(2, "hours"), DT(2025, 1, 6, 10, 0), hours=None)


def test_staged_terms_run_one_after_another() -> None:
    term = StagedTerm([TermStage(Term(5, "working_days"), "ЖАО"), Term(15, "working_days"), Term(2, "working_days")])
    d = deadline(term, DT(2024, 12, 20, 10, 0))
    assert len(d.stages) == 3 and d.stages[0].actor == "ЖАО"
    assert d.last_day == CAL.add_working_days(D(2024, 12, 20), 22)
    assert d.stages[1].registered_at == d.stages[0].due_at
    assert d.stages[-1].due_at == d.due_at
    assert term_text(term, "ru") == "5 рабочих дней + 15 рабочих дней + 2 рабочих дня"


def test_a_term_that_runs_from_another_event() -> None:
    d = compute_deadline(
        Term(5, "working_days"), starts_at=DT(2025, 1, 3, 19, 0), start_event="commission decision", hours=STANDARD
    )
    assert d.submitted_at is None and d.registered_at == d.starts_at == DT(2025, 1, 3, 19, 0)
    assert d.trace[0].key == "start_event" and "commission decision" in d.trace[0].text.en
    assert d.last_day == CAL.add_working_days(D(2025, 1, 3), 5)
    assert d.start_event == "commission decision"


def test_time_zones() -> None:
    utc = dt.UTC
    d = compute_deadline(Term(10, "calendar_days"), DT(2008, 12, 26, 12, 30, tzinfo=utc), hours=ALMATY)
    zone = ZoneInfo("Asia/Almaty")
    assert d.registered_at == DT(2008, 12, 29, 9, 0, tzinfo=zone)
    assert d.due_at == DT(2009, 1, 8, 18, 0, tzinfo=zone) and d.due_at.tzinfo == zone
    naive = compute_deadline(Term(10, "calendar_days"), DT(2008, 12, 26, 18, 30), hours=ALMATY)
    assert naive.due_at == DT(2009, 1, 8, 18, 0)
    with pytest.raises(InvalidInputError):
        compute_deadline(Term(1, "calendar_days"), DT(2025, 1, 6, 10, 0, tzinfo=utc), hours=STANDARD)


def test_policy_documents_every_rule() -> None:
    rules = CountingPolicy().rules()
    assert [r.number for r in rules] == list(range(1, 9))
    for rule in rules:
        for lang in ("kk", "ru", "en"):
            assert rule.text.get(lang) and rule.basis.get(lang)  # type: ignore[arg-type]


# -- properties -------------------------------------------------------------------------------------------------------

UNITS = {
    TermUnit.CALENDAR_DAYS: 400,
    TermUnit.WORKING_DAYS: 300,
    TermUnit.DAYS_UNQUALIFIED: 100,
    TermUnit.BANKING_DAYS: 30,
    TermUnit.MONTHS: 24,
    TermUnit.HOURS: 300,
    TermUnit.MINUTES: 3000,
}
terms = st.sampled_from(sorted(UNITS, key=lambda u: u.value)).flatmap(
    lambda u: st.integers(0 if not u.is_working_time else 1, UNITS[u]).map(lambda n: Term(n, u))
)
moments = st.datetimes(min_value=DT(1991, 1, 2), max_value=DT(2098, 1, 1))
offices = st.sampled_from([STANDARD, SHORT, MON_THU])
policies = st.builds(
    CountingPolicy,
    register_at_next_opening=st.booleans(),
    count_from_next_day=st.booleans(),
    move_off_non_working_day=st.booleans(),
    unqualified_days=st.sampled_from(["calendar_days", "working_days"]),
    due_at_office_close=st.booleans(),
)


@given(terms, moments, offices, policies)
def test_deadlines_never_come_before_registration(
    term: Term, at: dt.datetime, hours: OfficeHours, policy: CountingPolicy
) -> None:
    d = compute_deadline(term, at, hours=hours, policy=policy)
    assert at <= d.registered_at <= d.due_at
    assert d.last_day == d.due_at.date()
    assert d.trace and all(step.text.kk and step.text.ru and step.text.en for step in d.trace)


@given(terms, moments, st.integers(0, 60 * 24 * 10), offices)
def test_deadlines_are_monotone_in_the_submission_time(
    term: Term, at: dt.datetime, minutes: int, hours: OfficeHours
) -> None:
    later = at + dt.timedelta(minutes=minutes)
    assert compute_deadline(term, at, hours=hours).due_at <= compute_deadline(term, later, hours=hours).due_at


@given(st.integers(0, 500), moments)
def test_default_day_rules_against_the_calendar(n: int, at: dt.datetime) -> None:
    cal_days = deadline(Term(n, "calendar_days"), at)
    registered = cal_days.registered_at.date()
    assert cal_days.last_day == CAL.add_working_days(registered + dt.timedelta(days=n), 0)
    work = deadline(Term(n, "working_days"), at)
    assert CAL.is_working_day(work.last_day)
    if n > 0:
        assert CAL.working_days_between(registered, work.last_day) == n


# -- hostile input -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: compute_deadline("10 days", DT(2025, 1, 6), hours=STANDARD), InvalidTypeError),
        (lambda: compute_deadline(Term(1, "calendar_days"), D(2025, 1, 6), hours=STANDARD), InvalidTypeError),
        (lambda: compute_deadline(Term(1, "calendar_days"), "2025-01-06", hours=STANDARD), InvalidTypeError),
        (lambda: compute_deadline(Term(1, "calendar_days"), hours=STANDARD), InvalidInputError),
        (
            lambda: compute_deadline(
                Term(1, "calendar_days"), DT(2025, 1, 6), starts_at=DT(2025, 1, 6), hours=STANDARD
            ),
            InvalidInputError,
        ),
        (lambda: compute_deadline(Term(1, "calendar_days"), DT(2025, 1, 6), hours="09-18"), InvalidTypeError),
        (
            lambda: compute_deadline(Term(1, "calendar_days"), DT(2025, 1, 6), hours=STANDARD, calendar=5),
            InvalidTypeError,
        ),
        (
            lambda: compute_deadline(Term(1, "calendar_days"), DT(2025, 1, 6), hours=STANDARD, policy={}),
            InvalidTypeError,
        ),
        (lambda: compute_deadline(Term(1, "calendar_days"), DT(1990, 1, 6), hours=STANDARD), DateOutOfRangeError),
        (lambda: compute_deadline(Term(100_000, "calendar_days"), DT(2025, 1, 6), hours=STANDARD), DateOutOfRangeError),
        (lambda: compute_deadline(Term(100_000, "working_days"), DT(2025, 1, 6), hours=STANDARD), DateOutOfRangeError),
        (lambda: compute_deadline(Term(2000, "months"), DT(2025, 1, 6), hours=STANDARD), DateOutOfRangeError),
        (lambda: compute_deadline(Term(100_000, "hours"), DT(2090, 1, 6), hours=STANDARD), DateOutOfRangeError),
        (
            lambda: compute_deadline(Term(1, "calendar_days"), DT(2025, 1, 6), hours=STANDARD, start_event=""),
            InvalidInputError,
        ),
        (lambda: CountingPolicy(unqualified_days="months"), InvalidInputError),
        (lambda: CountingPolicy(unqualified_days="fortnights"), InvalidInputError),
        (lambda: CountingPolicy(count_from_next_day="yes"), InvalidTypeError),
        (lambda: Term(-1, "calendar_days"), InvalidInputError),
        (lambda: Term(1.5, "calendar_days"), InvalidTypeError),
        (lambda: Term(1, "weeks"), InvalidInputError),
        (lambda: StagedTerm([]), InvalidInputError),
        (lambda: term_text(Term(1, "months"), "fr"), InvalidInputError),
    ],
)
def test_hostile_input_raises_kzsocial_errors(call: object, error: type[Exception]) -> None:
    with pytest.raises(error) as caught:
        call()  # type: ignore[operator]
    assert isinstance(caught.value, KzSocialError)
