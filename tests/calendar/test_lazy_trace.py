"""The lazy trace of ``compute_deadline`` (issue 15, part 1) against the frozen eager code path.

``reference_compute.py`` beside this file is ``compute_deadline`` as it was before: it built every step's kk/ru/en
words while it computed. For random terms (every unit, staged terms, terms from another event), moments from 1991 to
2100 (naive and aware), office hours (none, with breaks, with dated exceptions, in the Kazakh time zones and one
with clock changes), calendars, banking calendars and every counting-policy switch, the new path must give an equal
``Deadline`` — every field, the stages, and the whole trace in every language — or fail with the same error.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import pickle
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
    TermUnit,
    compute_deadline,
    default_calendar,
    six_day_calendar,
)
from kzsocial.errors import KzSocialError


def _load_reference() -> ModuleType:
    path = Path(__file__).with_name("reference_compute.py")
    spec = importlib.util.spec_from_file_location("reference_compute", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


REFERENCE = _load_reference()
_TRACE_SLOT = Deadline.__dict__["trace"]  # the slot itself: reading it does not build the trace

ZONES = (None, "Asia/Almaty", "Asia/Aqtau", "Asia/Qyzylorda", "Europe/Moscow")
"""Hours without a zone, Kazakh zones (Almaty and Aqtau kept summer time until 2004) and one more with DST."""

policies = st.builds(
    CountingPolicy,
    register_at_next_opening=st.booleans(),
    count_from_next_day=st.booleans(),
    move_off_non_working_day=st.booleans(),
    unqualified_days=st.sampled_from([TermUnit.CALENDAR_DAYS, TermUnit.WORKING_DAYS]),
    due_at_office_close=st.booleans(),
)
day_terms = st.one_of(
    ks.terms(min_value=0, max_value=60),
    ks.terms(["calendar_days", "working_days", "months"], min_value=0, max_value=2_000),
    ks.terms(["hours", "minutes"], min_value=0, max_value=5_000),
    st.sampled_from([Term(100_000, u) for u in TermUnit]),  # leaves the calendar: the same error
)
all_terms = st.one_of(day_terms, ks.staged_terms(list(TermUnit), min_stages=1, max_stages=3, max_value=40))
hours_or_none = st.one_of(st.none(), ks.office_hours(time_zones=ZONES))
moments = st.datetimes(dt.datetime(1990, 12, 30), dt.datetime(2101, 1, 2))
offsets = st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=5)), dt.timezone(dt.timedelta(hours=-3))])


@st.composite
def arguments(draw: st.DrawFn) -> tuple[Term | StagedTerm, dict[str, Any]]:
    term = draw(all_terms)
    hours = draw(hours_or_none)
    moment = draw(moments)
    if (hours is None or hours.tz is not None or draw(st.integers(0, 9)) == 0) and draw(st.integers(0, 3)) == 0:
        moment = moment.replace(tzinfo=draw(offsets))  # (aware with hours without a zone: the same error)
    elif draw(st.integers(0, 9)) == 0:
        moment = moment.replace(fold=1)
    kwargs: dict[str, Any] = {"hours": hours}
    if draw(st.booleans()):
        kwargs["calendar"] = draw(st.sampled_from([default_calendar(), six_day_calendar()]))
    if draw(st.booleans()):
        kwargs["policy"] = draw(policies)
    if draw(st.integers(0, 2)) == 0:
        kwargs["banking_calendar"] = draw(st.sampled_from([default_calendar(), six_day_calendar()]))
    if draw(st.integers(0, 3)) == 0:
        kwargs["starts_at"] = moment
        kwargs["start_event"] = draw(st.sampled_from([None, "commission decision", "хабарлама"]))
    else:
        kwargs["submitted_at"] = moment
    return term, kwargs


def _run(compute: Any, term: Term | StagedTerm, kwargs: dict[str, Any]) -> Deadline | tuple[type, str]:
    try:
        result: Deadline = compute(term, **kwargs)
    except KzSocialError as exc:
        return type(exc), str(exc)
    return result


def _assert_same(new: Deadline, old: Deadline) -> None:
    for field in attrs.fields(Deadline):
        if field.name not in ("trace", "stages"):
            assert getattr(new, field.name) == getattr(old, field.name), field.name
    assert len(new.stages) == len(old.stages)
    for a, b in zip(new.stages, old.stages, strict=True):
        _assert_same(a, b)
    assert new.trace == old.trace
    for a, b in zip(new.trace, old.trace, strict=True):
        assert (a.text.kk, a.text.ru, a.text.en) == (b.text.kk, b.text.ru, b.text.en)


@given(arguments())
def test_lazy_deadline_equals_the_eager_reference(case: tuple[Term | StagedTerm, dict[str, Any]]) -> None:
    term, kwargs = case
    new = _run(compute_deadline, term, kwargs)
    old = _run(REFERENCE.compute_deadline, term, kwargs)
    if not isinstance(old, Deadline):
        assert new == old  # the same error type and message
        return
    assert isinstance(new, Deadline)
    with pytest.raises(AttributeError):
        _TRACE_SLOT.__get__(new)  # nothing explained yet
    _assert_same(new, old)
    assert new == old and hash(new) == hash(old) and repr(new) == repr(old)
    assert new.to_dict() == old.to_dict()
    for lang in ("kk", "ru", "en"):
        assert new.explain(lang) == old.explain(lang)
    assert _TRACE_SLOT.__get__(new) is new.trace  # built once, then kept


@given(arguments())
def test_a_lazy_deadline_reads_back_and_copies_as_an_eager_one(case: tuple[Term | StagedTerm, dict[str, Any]]) -> None:
    term, kwargs = case
    new = _run(compute_deadline, term, kwargs)
    if not isinstance(new, Deadline):
        return
    fresh = _run(compute_deadline, term, kwargs)
    assert Deadline.from_dict(new.to_dict()) == fresh  # the round trip builds the trace, the comparison too
    assert pickle.loads(pickle.dumps(fresh)) == new
    assert attrs.evolve(fresh, actor="x").trace == new.trace


def test_the_trace_is_not_built_until_asked() -> None:
    hours = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")])
    d = compute_deadline(Term(10, "calendar_days"), dt.datetime(2008, 12, 26, 18, 30), hours=hours)
    with pytest.raises(AttributeError):
        _TRACE_SLOT.__get__(d)
    assert d.due_at == dt.datetime(2009, 1, 8, 18, 0)  # the answer needs no words
    assert (d.start_event, d.stages, d.ambiguous, d.actor) == (None, (), False, None)  # defaults, read on demand
    assert [s.rule for s in d.trace] == [1, 2, 3, 8]
    assert _TRACE_SLOT.__get__(d) is d.trace
    with pytest.raises(AttributeError, match="no attribute 'tracee'"):
        d.tracee  # noqa: B018 - another missing name still fails plainly
