"""Values of every public type, for the round-trip and schema property tests.

Two sources: every attrs value reachable from the packaged catalogue, offices and calendar (a pool, sampled),
and values computed from generated inputs (deadlines, talons, refusal receipts, notices, timelines, day
explanations from the kit's strategies), plus ``st.from_type`` for the small value types.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections import defaultdict
from typing import Any

import attrs
from hypothesis import assume
from hypothesis import strategies as st

from kzsocial.calendar import (
    AddHoliday,
    CalendarOverrides,
    CancelHoliday,
    CountingPolicy,
    CountingRule,
    ExtraDayOff,
    Interval,
    LegalSource,
    LocalText,
    OfficeHours,
    StagedTerm,
    Term,
    Transfer,
    compute_deadline,
    default_calendar,
    shipped_overrides,
)
from kzsocial.errors import KzSocialError
from kzsocial.notices import (
    EmailMessage,
    Notice,
    NoticeTemplate,
    Person,
    SmsMessage,
    build_refusal_receipt,
    build_talon,
    documents_accepted,
    reception_reminder,
    sms_count,
    term_extended,
)
from kzsocial.provenance import LocalizedText
from kzsocial.registry import ReceptionSlot, offices
from kzsocial.serde import public_types
from kzsocial.services import ApplicantProfile, Channel, ServiceKind, catalog, timeline
from kzsocial.testing import (
    applicant_profiles,
    cases,
    dates,
    office_hours,
    persons,
    staged_terms,
    submission_moments,
    terms,
)
from kzsocial.text import Lexicon


def _walk(value: Any, pool: dict[type, list[Any]], seen: set[int]) -> None:
    if id(value) in seen:
        return
    seen.add(id(value))
    if attrs.has(type(value)):
        pool[type(value)].append(value)
        for f in attrs.fields(type(value)):
            _walk(getattr(value, f.name), pool, seen)
    elif isinstance(value, tuple | list | frozenset):
        for v in value:
            _walk(v, pool, seen)


@functools.cache
def pool() -> dict[type, tuple[Any, ...]]:
    """Every attrs value of the packaged data, by type (the catalogue, offices, acts, overrides)."""
    found: dict[type, list[Any]] = defaultdict(list)
    seen: set[int] = set()
    _walk(catalog(), found, seen)
    _walk(offices(), found, seen)
    _walk(shipped_overrides(), found, seen)
    cal = default_calendar()
    for day in (dt.date(2026, 3, 21), dt.date(2025, 1, 5), dt.date(2024, 6, 16), dt.date(2008, 12, 8)):
        _walk(cal.explain(day), found, seen)
    _walk(Lexicon(frozenset({"жұмыс", "күні"})), found, seen)
    _walk(NoticeTemplate("Сәлем, ((name))!", subject="((number))", name="t"), found, seen)
    _walk(SmsMessage("Құжаттарыңыз қабылданды"), found, seen)
    _walk(sms_count("Hello"), found, seen)
    return {k: tuple(v) for k, v in found.items()}


def _computed(case: Any) -> list[Any]:
    out: list[Any] = []
    kwargs = case.talon_kwargs()
    try:
        talon = build_talon(**kwargs)
    except KzSocialError:
        talon = None
    if talon is not None:
        out.append(talon)
        if talon.deadline is not None:
            out.append(talon.deadline)
        if talon.due_at is not None:
            out.append(documents_accepted(talon))
    with contextlib.suppress(KzSocialError):
        out.append(build_refusal_receipt(**case.receipt_kwargs()))
    svc = case.service
    if svc.kind is ServiceKind.REGULATION and case.office is not None:
        for channel in svc.channels:
            if svc.steps_for(channel):
                with contextlib.suppress(KzSocialError):
                    out.append(timeline(svc, channel, case.submitted_at, office=case.office))
                break
    out.append(default_calendar().explain(case.submitted_at.date()))
    out.append(case.check())
    return out


def _of(cls: type) -> st.SearchStrategy[Any]:
    """A value of ``cls`` computed from a generated case (a talon, its deadline, a receipt, a notice, a timeline,
    ...) or held by one (a trace step, a step timing, a talon document, a person, ...)."""

    @st.composite
    def build(draw: st.DrawFn) -> Any:
        case = draw(cases())
        found: dict[type, list[Any]] = defaultdict(list)
        _walk(_computed(case), found, set())
        assume(found.get(cls))
        return draw(st.sampled_from(found[cls]))

    return build()


@st.composite
def deadlines(draw: st.DrawFn) -> Any:
    hours = draw(office_hours())
    term = draw(terms() | staged_terms())
    moment = draw(submission_moments(hours, min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)))
    policy = draw(st.builds(CountingPolicy, unqualified_days=st.sampled_from(["calendar_days", "working_days"])))
    try:
        return compute_deadline(term, moment, hours=hours, policy=policy)
    except KzSocialError:
        assume(False)
        raise


@st.composite
def notices(draw: st.DrawFn) -> Notice:
    new = draw(dates(dt.date(2000, 1, 1), dt.date(2030, 1, 1)))
    at = dt.datetime.combine(new, dt.time(18, 0))
    choice = draw(st.integers(0, 2))
    if choice == 0:
        svc = catalog().get("karaganda-2008/unemployed-registration")
        office = offices().get("karaganda/employment-dept-karaganda-city")
        return term_extended(svc, office=office, new_due_at=at, number=draw(st.none() | st.just("7")))
    if choice == 1:
        office = draw(st.sampled_from([o for o in offices() if any(r.computable for r in o.reception)]))
        try:
            return reception_reminder(office, after=at, recipient=draw(st.none() | persons()))
        except KzSocialError:
            assume(False)
    values = {
        "greeting": draw(st.none() | st.builds(LocalizedText, st.text(min_size=1, max_size=5))),
        "number": draw(st.text(max_size=5)),
        "service": "Қызмет",
        "office": "Бөлім",
        "office_address": None,
        "office_phone": None,
        "new_due_at": at,
        "previous_due_at": draw(st.none() | st.just(new)),
        "reason": None,
    }
    return Notice("term_extended", values)


def strategy_for(cls: type) -> st.SearchStrategy[Any]:
    """Values of ``cls``: the packaged ones and computed ones where there are any, else ``st.from_type``."""
    from hypothesis.errors import ResolutionFailed

    parts: list[st.SearchStrategy[Any]] = []
    found = pool().get(cls, ())
    if found:
        parts.append(st.sampled_from(found))
    extra = EXTRA.get(cls)
    if extra is not None:
        parts.append(extra)
    if not parts:
        with contextlib.suppress(ResolutionFailed):
            parts.append(st.from_type(cls))
    return st.one_of(parts) if parts else st.nothing()


_words = st.text(st.characters(codec="utf-8", categories=["L"]), min_size=1, max_size=8)
_legal_sources = st.builds(
    LegalSource, _words, st.none() | st.just("https://adilet.zan.kz/kaz/docs/Z010000267_"), st.none() | dates()
)

EXTRA: dict[type, st.SearchStrategy[Any]] = {
    Term: terms(),
    StagedTerm: staged_terms(),
    OfficeHours: office_hours(),
    Interval: st.builds(Interval, st.just("09:00"), st.sampled_from(["12:00", "18:30"])),
    CalendarOverrides: st.just(shipped_overrides()),
    Notice: notices(),
    Person: persons(phone=None, address=None),
    ApplicantProfile: applicant_profiles(),
    CountingPolicy: st.builds(CountingPolicy, st.booleans(), st.booleans(), st.booleans(),
                              st.sampled_from(["calendar_days", "working_days"]), st.booleans()),
    CountingRule: st.builds(CountingPolicy).flatmap(lambda p: st.sampled_from(p.rules())),
    LegalSource: _legal_sources,
    Transfer: st.builds(Transfer, st.just(dt.date(2024, 5, 4)), st.just(dt.date(2024, 5, 8)), _legal_sources,
                        st.none() | st.just((5, 6))),
    ExtraDayOff: st.builds(ExtraDayOff, dates(), st.builds(LocalText, _words, _words, _words), _legal_sources),
    AddHoliday: st.builds(AddHoliday, dates(), st.sampled_from(["x-day", "y-day"]), _legal_sources,
                          st.none() | st.builds(LocalText, _words, _words, _words), st.none() | st.booleans()),
    CancelHoliday: st.builds(CancelHoliday, dates(), _legal_sources, st.none() | st.just("nauryz")),
    EmailMessage: st.builds(EmailMessage, _words, _words, _words),
    ReceptionSlot: st.builds(ReceptionSlot, st.datetimes(), st.none() | st.datetimes(), st.booleans()),
}


def typed_values() -> st.SearchStrategy[tuple[type, Any]]:
    """(type, value) pairs for every public type."""
    from kzsocial.calendar import DayExplanation, Deadline, TraceStep
    from kzsocial.notices import RefusalReceipt, Talon, TalonDocument
    from kzsocial.services import DocumentCheck, StepTiming, Timeline

    computed: dict[type, st.SearchStrategy[Any]] = {Deadline: deadlines() | _of(Deadline)}
    for cls in (Talon, RefusalReceipt, Timeline, DayExplanation, DocumentCheck, TraceStep, StepTiming, TalonDocument):
        computed[cls] = _of(cls)
    EXTRA.update(computed)
    return st.sampled_from(public_types()).flatmap(lambda cls: strategy_for(cls).map(lambda v: (cls, v)))


__all__ = ["Channel", "pool", "strategy_for", "typed_values"]
