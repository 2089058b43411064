"""A computed deadline and its reasoning: :class:`Deadline`, :class:`TraceStep`, :func:`term_text` (computed by
:func:`~kzsocial.calendar.compute_deadline`, in ``_compute.py``)."""

from __future__ import annotations

import datetime as dt

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
    key: str
    text: LocalizedText
    facts: tuple[DayExplanation, ...] = ()

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


@frozen
class Deadline(DictFormWithAsDict):
    """A computed deadline and the reasoning behind it.

    ``registered_at`` is when counting starts: the registration of the submission (rule 1), or the starting event
    itself when the term runs from another event (``start_event``). ``last_day`` is the term's last day and
    ``due_at`` the moment it expires. ``stages`` holds each stage's own deadline for a :class:`StagedTerm`.
    """

    term: Term | StagedTerm
    submitted_at: dt.datetime | None
    registered_at: dt.datetime
    last_day: dt.date
    due_at: dt.datetime
    data_version: str
    trace: tuple[TraceStep, ...]
    policy: CountingPolicy
    start_event: str | None = None
    stages: tuple[Deadline, ...] = ()
    ambiguous: bool = False
    actor: str | None = None
    """For a stage of a :class:`StagedTerm`: who acts during it."""

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
