"""The wall-clock fast path of ``compute_deadline`` (issue 15, part 1: the single call is cheap) against the frozen
eager reference (``reference_compute.py``).

The fast path answers from naive moments on one term (hours without a zone, or in a zone with no clock change near)
without recording anything: the calendar's and the schedule's tables read inline, the next opening and the day a
working time ends found by walking a few days ahead (a bisection beyond), the deadline's slots filled directly with
its defaults left unset. Its trace is the same steps run again, recorded, when read. Here every unit, with and
without office hours, in a zone, on every counting policy, over 1991–2100, must give what the reference gives: every
field, the trace in every language, or the same error.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzsocial import testing as ks
from kzsocial.calendar import (
    CountingPolicy,
    Deadline,
    OfficeHours,
    StagedTerm,
    Term,
    TermStage,
    TermUnit,
    WorkCalendar,
    compute_deadline,
    default_calendar,
    six_day_calendar,
)
from kzsocial.errors import KzSocialError
from kzsocial.services import catalog


def _load_reference() -> ModuleType:
    path = Path(__file__).with_name("reference_compute.py")
    spec = importlib.util.spec_from_file_location("reference_compute_fast", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


REFERENCE = _load_reference()
_SLOTS = {name: Deadline.__dict__[name] for name in ("trace", "policy", "start_event", "ambiguous")}

OFFICE = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")])
ALMATY = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")], tz="Asia/Almaty")
# closed for 40 days in a row (longer than the walk ahead: the next opening and working time bisect), and a short
# pre-holiday day
CLOSED = OfficeHours.from_days(
    {d: [("09:00", "13:00"), ("14:00", "18:00")] for d in range(5)},
    exceptions={
        **{dt.date(2024, 3, 1) + dt.timedelta(days=k): [] for k in range(40)},
        dt.date(2024, 4, 12): [("09:00", "12:00")],
    },
)


class _OwnCalendar(WorkCalendar):
    """A subclass, made fresh (tables not built): answered through its methods, not its tables."""


units = st.sampled_from(list(TermUnit))
terms = st.builds(Term, st.integers(0, 400), units) | st.builds(Term, st.integers(0, 30), units)
naive = st.datetimes(dt.datetime(1991, 1, 1), dt.datetime(2100, 12, 31, 23, 59, 59))
recent = st.datetimes(dt.datetime(2024, 2, 20), dt.datetime(2024, 4, 20))
hours = st.sampled_from([None, OFFICE, ALMATY, CLOSED]) | ks.office_hours(
    time_zones=(None, "Asia/Almaty", "Asia/Aqtau")
)
policies = st.none() | st.builds(
    CountingPolicy,
    register_at_next_opening=st.booleans(),
    count_from_next_day=st.booleans(),
    move_off_non_working_day=st.booleans(),
    unqualified_days=st.sampled_from([TermUnit.CALENDAR_DAYS, TermUnit.WORKING_DAYS]),
    due_at_office_close=st.booleans(),
)
calendars = st.sampled_from([None, default_calendar(), six_day_calendar()])


def _run(compute: Any, term: Term | StagedTerm, kwargs: dict[str, Any]) -> Deadline | tuple[type, str]:
    try:
        result: Deadline = compute(term, **kwargs)
    except KzSocialError as exc:
        return type(exc), str(exc)
    return result


def _same(new: Deadline | tuple[type, str], old: Deadline | tuple[type, str]) -> None:
    if not isinstance(old, Deadline):
        assert new == old  # the same error type and message
        return
    assert isinstance(new, Deadline)
    with pytest.raises(AttributeError):
        _SLOTS["trace"].__get__(new)  # nothing explained yet
    for field in attrs.fields(Deadline):
        if field.name not in ("trace", "stages"):
            assert getattr(new, field.name) == getattr(old, field.name), field.name
    assert [s.to_dict() for s in new.stages] == [s.to_dict() for s in old.stages]
    assert [(s.key, s.text.kk, s.text.ru, s.text.en, s.facts) for s in new.trace] == [
        (s.key, s.text.kk, s.text.ru, s.text.en, s.facts) for s in old.trace
    ]
    assert new == old and hash(new) == hash(old)


@given(
    term=terms,
    moment=naive | recent,
    hours=hours,
    policy=policies,
    calendar=calendars,
    banking=st.sampled_from([None, six_day_calendar()]),
    event=st.sampled_from([None, (None,), ("commission decision",)]),
)
def test_the_fast_path_equals_the_reference(
    term: Term,
    moment: dt.datetime,
    hours: OfficeHours | None,
    policy: CountingPolicy | None,
    calendar: WorkCalendar | None,
    banking: WorkCalendar | None,
    event: tuple[str | None] | None,
) -> None:
    kwargs: dict[str, Any] = {"hours": hours, "calendar": calendar, "policy": policy, "banking_calendar": banking}
    if event is None:
        kwargs["submitted_at"] = moment
    else:
        kwargs["starts_at"] = moment
        kwargs["start_event"] = event[0]
    _same(_run(compute_deadline, term, kwargs), _run(REFERENCE.compute_deadline, term, kwargs))


@given(term=terms, moment=naive, hours=st.sampled_from([None, OFFICE, CLOSED]))
def test_a_fresh_calendar_and_a_subclass_answer_as_the_shipped_one(
    term: Term, moment: dt.datetime, hours: OfficeHours | None
) -> None:
    for calendar in (WorkCalendar(), _OwnCalendar()):
        kwargs = {"hours": hours, "calendar": calendar, "submitted_at": moment}
        _same(_run(compute_deadline, term, kwargs), _run(REFERENCE.compute_deadline, term, kwargs))


@given(
    stages=st.lists(terms, min_size=1, max_size=3),
    moment=naive | recent,
    hours=st.sampled_from([None, OFFICE, CLOSED]),
    policy=policies,
)
def test_a_staged_term_on_the_wall_clock_equals_the_reference(
    stages: list[Term], moment: dt.datetime, hours: OfficeHours | None, policy: CountingPolicy | None
) -> None:
    term = StagedTerm(tuple(TermStage(t, "ЖАО" if k else None) for k, t in enumerate(stages)))
    kwargs = {"hours": hours, "policy": policy, "submitted_at": moment}
    new = _run(compute_deadline, term, kwargs)
    old = _run(REFERENCE.compute_deadline, term, kwargs)
    _same(new, old)
    if isinstance(new, Deadline):
        assert isinstance(old, Deadline)
        for a, b in zip(new.stages, old.stages, strict=True):
            assert a.trace == b.trace and a.actor == b.actor and a.start_event == b.start_event


@pytest.mark.parametrize(
    ("moment", "registered"),
    [
        (dt.datetime(2024, 2, 29, 18, 30), dt.datetime(2024, 4, 10, 9, 0)),  # 40 days closed: beyond the walk ahead
        (dt.datetime(2024, 4, 12, 12, 30), dt.datetime(2024, 4, 15, 9, 0)),  # after a short day's close
    ],
)
def test_the_next_opening_beyond_a_long_closure(moment: dt.datetime, registered: dt.datetime) -> None:
    d = compute_deadline(Term(3, "hours"), moment, hours=CLOSED)
    assert d.registered_at == registered
    assert d == REFERENCE.compute_deadline(Term(3, "hours"), moment, hours=CLOSED)


def test_working_time_across_a_long_closure() -> None:
    d = compute_deadline(Term(10, "hours"), dt.datetime(2024, 2, 29, 10, 0), hours=CLOSED)
    assert d.due_at == dt.datetime(2024, 4, 10, 12, 0)  # 7 h on 29 February, 3 h from 09:00 after the closure
    assert d == REFERENCE.compute_deadline(Term(10, "hours"), dt.datetime(2024, 2, 29, 10, 0), hours=CLOSED)


def test_defaults_are_left_unset_and_read_back() -> None:
    d = compute_deadline(Term(10, "days_unqualified"), dt.datetime(2008, 12, 26, 18, 30), hours=OFFICE)
    assert _SLOTS["ambiguous"].__get__(d) is True  # set: not the default
    for name in ("policy", "start_event"):
        with pytest.raises(AttributeError):
            _SLOTS[name].__get__(d)
    assert d.policy == CountingPolicy() and d.start_event is None
    assert _SLOTS["policy"].__get__(d) is d.policy  # read once, then kept
    own = CountingPolicy(count_from_next_day=False)
    assert compute_deadline(Term(1, "months"), dt.datetime(2008, 12, 26), hours=None, policy=own).policy is own


def test_every_bad_argument_still_raises_its_error() -> None:
    from kzsocial.errors import InvalidInputError, InvalidTypeError

    at = dt.datetime(2024, 1, 10, 10, 0)
    term = Term(1, "working_days")
    with pytest.raises(InvalidTypeError, match="term must be"):
        compute_deadline("1 day", at, hours=OFFICE)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"datetime\.datetime"):
        compute_deadline(term, at.date(), hours=OFFICE)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="hours must be"):
        compute_deadline(term, at, hours="09:00-18:00")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="calendar must be"):
        compute_deadline(term, at, hours=OFFICE, calendar=5)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="policy must be"):
        compute_deadline(term, at, hours=OFFICE, policy={})  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="banking_calendar must be"):
        compute_deadline(term, at, hours=OFFICE, banking_calendar="kz")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="exactly one"):
        compute_deadline(term, at, hours=OFFICE, starts_at=at)
    with pytest.raises(InvalidInputError, match="start_event"):
        compute_deadline(term, starts_at=at, start_event=" ", hours=OFFICE)
    with pytest.raises(InvalidInputError, match="pass the office's hours"):
        compute_deadline(Term(2, "hours"), at, hours=None)


def test_the_main_term_is_kept_and_equals_the_search() -> None:
    from kzsocial.services._terms import TermRole

    for service in catalog():
        found = next((t for t in service.terms if t.role is TermRole.MAIN), None)
        assert service.main_term is found and service.main_term is found  # the second read is the kept one
        assert attrs.evolve(service, terms=()).main_term is None  # a copy finds its own
