"""A computed deadline and its reasoning: :class:`Deadline`, :class:`TraceStep`, :func:`term_text` (computed by
:func:`~kzsocial.calendar.compute_deadline`, in ``_compute.py``)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from attrs import frozen

from kzsocial.calendar._daycal import DayExplanation
from kzsocial.calendar._policy import CountingPolicy
from kzsocial.calendar._terms import StagedTerm, Term, TermUnit
from kzsocial.calendar._text import (
    LANGUAGES,
    Language,
    LocalText,
    check_language,
    format_date,
    format_moment,
    ru_plural,
)
from kzsocial.errors import InvalidTypeError
from kzsocial.provenance import LocalizedText
from kzsocial.serde import DictFormWithAsDict, register_derived

__all__ = ["Deadline", "TraceStep", "term_text"]


@frozen
class TraceStep(DictFormWithAsDict):
    """One step of a deadline's reasoning: the rule it applied (0 for a stage heading), its words, its facts."""

    rule: int
    """The number of the counting rule applied (1 to 8, see :meth:`CountingPolicy.rules`); 0 for a stage's heading."""
    key: str
    """A stable machine name of what the step did (``registration``, ``start_next_day``, ``calendar_days``,
    ``move_off_non_working_day``, ``due_at_close``, ``stage``, ...)."""
    text: LocalizedText
    """The step in plain words, in kk, ru and en (:meth:`get` picks one)."""
    facts: tuple[DayExplanation, ...] = ()
    """The days the step looked at and why they are or are not working days (holidays skipped, a moved day off); empty
    when no day decided it."""

    def get(self, lang: Language = "en") -> str:
        """The step's text in ``lang`` (``kk``, ``ru`` or ``en``)."""
        return self.text.get(lang)


_LABELS = {
    "term": LocalText("Мерзім", "Срок", "Term"),
    "submitted": LocalText("Берілді", "Подано", "Submitted"),
    "starts": LocalText("Басталуы", "Начало", "Starts"),
    "registered": LocalText("Тіркелді", "Зарегистрировано", "Registered"),
    "last_day": LocalText("Соңғы күн", "Последний день", "Last day"),
    "due": LocalText("Мерзімі бітеді", "Истекает", "Due"),
    "data": LocalText("Күнтізбе деректері", "Данные календаря", "Calendar data"),
    "steps": LocalText("Негіздеме", "Обоснование", "Why"),
    "ambiguous": LocalText(
        "Назар аударыңыз: акт мерзімді тек «күн» деп көрсетеді — екіұшты.",
        "Внимание: акт указывает срок просто в «күн» (днях) — неоднозначно.",
        "Note: the act states the term in plain «күн» (days) — ambiguous.",
    ),
}


class _RecordedFacts(DictFormWithAsDict):
    """The slot a computed :class:`Deadline` keeps the facts of its computation in, outside the attrs fields (so
    never compared, hashed, shown or serialised): ``(build, *arguments)``, ``build(*arguments)`` giving the trace."""

    __slots__ = ("_facts",)


@frozen
class Deadline(_RecordedFacts):
    """A computed deadline and the reasoning behind it.

    ``registered_at`` is when counting starts: the registration of the submission (rule 1), or the starting event
    itself when the term runs from another event (``start_event``). ``last_day`` is the term's last day and
    ``due_at`` the moment it expires. ``stages`` holds each stage's own deadline for a :class:`StagedTerm`.

    The explanation is built on demand: :func:`~kzsocial.calendar.compute_deadline` records what happened (the
    rule applied, the day moved and why, the registration moved) and ``trace`` is built from that record the first
    time it is read (directly, or by :meth:`explain`, :meth:`to_dict`, ``==``, ``hash`` or ``repr``), then kept.
    A deadline built with ``Deadline(...)`` has the trace it was given. Either way it is a plain field: equal
    deadlines have equal traces, and the serialised form is the same.
    """

    term: Term | StagedTerm
    """The term counted: a :class:`Term` or a :class:`StagedTerm`."""
    submitted_at: dt.datetime | None
    """When the documents were handed in (office-local, or aware as given); ``None`` when the term runs from another
    event (``start_event``)."""
    registered_at: dt.datetime
    """When counting starts: the submission's registration (rule 1: at the next opening when it came outside open time),
    or the starting event itself."""
    last_day: dt.date
    """The term's last day, after rules 2 to 6 (moved off a non-working day where the rules say so)."""
    due_at: dt.datetime
    """The moment the term expires: the office's closing time on ``last_day`` (rule 8), the end of that day with
    ``due_at_office_close=False``, or the exact moment for an hour term."""
    data_version: str
    """Which calendar data computed it (the ``holidays`` version and the override layers): store it beside the
    answer."""
    trace: tuple[TraceStep, ...]
    """Every step of the reasoning in order, each citing the counting rule it applied and the days it looked at
    (built on first read from the facts ``compute_deadline`` recorded, then kept)."""
    policy: CountingPolicy
    """The counting policy used (its rules' settings), so the answer can be recomputed the same way."""
    start_event: str | None = None
    """The event the term runs from when it is not the submission (a commission's decision, ...), as the caller named
    it; ``None`` for a submission."""
    stages: tuple[Deadline, ...] = ()
    """For a :class:`StagedTerm`, each stage's own deadline in order (each stage starts when the previous one ends);
    empty for a plain term."""
    ambiguous: bool = False
    """``True`` when the act states the term in plain «күн» (days), so rule 6's setting decided whether calendar or
    working days were counted."""
    actor: str | None = None
    """For a stage of a :class:`StagedTerm`: who acts during it."""

    if not TYPE_CHECKING:  # (mypy would otherwise accept any attribute name on a Deadline)

        def __getattr__(self, name: str) -> Any:
            # Only reached for a slot never set, on a deadline computed lazily (see lazy_deadline): its ``trace``,
            # built now from the recorded facts, or a field left at its default (set now, then read directly).
            if name == "trace" or name in _LAZY_DEFAULTS:
                try:
                    facts = object.__getattribute__(self, "_facts")
                except AttributeError:
                    pass
                else:
                    value = facts[0](*facts[1:]) if name == "trace" else _LAZY_DEFAULTS[name]
                    object.__setattr__(self, name, value)
                    return value
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def starts_at(self) -> dt.datetime:
        """The moment counting starts (the same as ``registered_at``)."""
        return self.registered_at

    def explain(self, lang: Language = "en") -> str:
        """The deadline and its reasoning as plain text in ``lang``."""
        lang = check_language(lang)
        lab = {k: v.get(lang) for k, v in _LABELS.items()}
        lines = [f"{lab['term']}: {term_text(self.term, lang)}"]
        if self.submitted_at is not None:
            lines.append(f"{lab['submitted']}: {format_moment(self.submitted_at, lang)}")
            lines.append(f"{lab['registered']}: {format_moment(self.registered_at, lang)}")
        else:
            lines.append(f"{lab['starts']}: {format_moment(self.registered_at, lang)}")
        lines.append(f"{lab['last_day']}: {format_date(self.last_day, lang)}")
        lines.append(f"{lab['due']}: {format_moment(self.due_at, lang)}")
        if self.ambiguous:
            lines.append(lab["ambiguous"])
        lines.append(f"{lab['data']}: {self.data_version}")
        lines.append(f"{lab['steps']}:")
        lines.extend(f"  {k}. {step.get(lang)}" for k, step in enumerate(self.trace, 1))
        return "\n".join(lines)


def _setters() -> tuple[Any, ...]:
    """The slots' own setters (member descriptors): filling a fresh object through them skips the frozen
    ``__setattr__`` and the name lookups of ``object.__setattr__``."""
    names = "term submitted_at registered_at last_day due_at data_version policy start_event stages ambiguous actor"
    return (*(Deadline.__dict__[n].__set__ for n in names.split()), _RecordedFacts.__dict__["_facts"].__set__)


DEFAULT_POLICY = CountingPolicy()
"""The counting policy of a computation given none (frozen: one shared value)."""

_LAZY_DEFAULTS: dict[str, Any] = {
    "start_event": None,
    "stages": (),
    "ambiguous": False,
    "actor": None,
    "policy": DEFAULT_POLICY,
}
"""The fields a lazily computed deadline may leave unset when they hold these values (read via __getattr__, then
kept): the fields' defaults, and the policy of a computation given none."""


(
    set_term,
    set_submitted_at,
    set_registered_at,
    set_last_day,
    set_due_at,
    set_data_version,
    set_policy,
    set_start_event,
    set_stages,
    set_ambiguous,
    set_actor,
    set_facts,
) = _setters()
"""Each slot's setter, for a computation that fills a fresh ``object.__new__(Deadline)`` itself (the one-term
path of ``compute_deadline``, which leaves the fields of :data:`_LAZY_DEFAULTS` unset when they hold their
defaults): every value checked already, ``set_facts`` last."""


def lazy_deadline(
    facts: tuple[Any, ...],
    term: Term | StagedTerm,
    submitted_at: dt.datetime | None,
    registered_at: dt.datetime,
    last_day: dt.date,
    due_at: dt.datetime,
    data_version: str,
    policy: CountingPolicy,
    start_event: str | None,
    stages: tuple[Deadline, ...],
    ambiguous: bool,
    actor: str | None,
    _new: Any = object.__new__,
    _s: tuple[Any, ...] = _setters(),
) -> Deadline:
    """A :class:`Deadline` whose ``trace`` is ``facts[0](*facts[1:])``, built when first read (for the computation,
    which has checked every value: no validation here). The fields holding the values of :data:`_LAZY_DEFAULTS`
    are left unset (read on demand)."""
    d: Deadline = _new(Deadline)
    _s[0](d, term)
    _s[1](d, submitted_at)
    _s[2](d, registered_at)
    _s[3](d, last_day)
    _s[4](d, due_at)
    _s[5](d, data_version)
    if policy is not DEFAULT_POLICY:
        _s[6](d, policy)
    if start_event is not None:
        _s[7](d, start_event)
    if stages:
        _s[8](d, stages)
    if ambiguous:
        _s[9](d, ambiguous)
    if actor is not None:
        _s[10](d, actor)
    _s[11](d, facts)
    return d


_UNIT_WORDS: dict[TermUnit, tuple[str, tuple[str, str, str], tuple[str, str]]] = {
    TermUnit.CALENDAR_DAYS: (
        "күнтізбелік күн",
        ("календарный день", "календарных дня", "календарных дней"),
        ("calendar day", "calendar days"),
    ),
    TermUnit.WORKING_DAYS: (
        "жұмыс күні",
        ("рабочий день", "рабочих дня", "рабочих дней"),
        ("working day", "working days"),
    ),
    TermUnit.DAYS_UNQUALIFIED: ("күн", ("день", "дня", "дней"), ("day", "days")),
    TermUnit.BANKING_DAYS: (
        "банктік күн",
        ("банковский день", "банковских дня", "банковских дней"),
        ("banking day", "banking days"),
    ),
    TermUnit.MONTHS: ("ай", ("месяц", "месяца", "месяцев"), ("month", "months")),
    TermUnit.HOURS: ("сағат", ("час", "часа", "часов"), ("hour", "hours")),
    TermUnit.MINUTES: ("минут", ("минута", "минуты", "минут"), ("minute", "minutes")),
}


def term_text(term: Term | StagedTerm, lang: Language = "en") -> str:
    """A term in words: ``10 күнтізбелік күн``, ``10 календарных дней``, ``10 calendar days``; stages joined by +.

    >>> term_text(Term(22, "working_days"), "ru"), term_text(Term(1, "months"), "en")
    ('22 рабочих дня', '1 month')
    """
    lang = check_language(lang)
    if isinstance(term, StagedTerm):
        return " + ".join(term_text(s.term, lang) for s in term.stages)
    if not isinstance(term, Term):
        raise InvalidTypeError(f"term must be a Term or StagedTerm, got {type(term).__name__}")
    kk, ru, en = _UNIT_WORDS[term.unit]
    n = term.value
    if lang == "kk":
        return f"{n} {kk}"
    if lang == "ru":
        return f"{n} {ru_plural(n, *ru)}"
    return f"{n} {en[0] if n == 1 else en[1]}"


register_derived(
    Deadline, {"term_text": (lambda d: {lang: term_text(d.term, lang) for lang in LANGUAGES}, dict[str, str])}
)
