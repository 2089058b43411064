"""Terms as the acts state them: a number and a unit, possibly in stages."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import cast

import attrs
from attrs import frozen

from kzsocial._checks import brief
from kzsocial.errors import InvalidInputError, InvalidTypeError

__all__ = ["StagedTerm", "Term", "TermStage", "TermUnit"]


class TermUnit(enum.Enum):
    """The unit a term is counted in.

    The value is the lower-case name used in data files and in the JSON export.
    """

    CALENDAR_DAYS = "calendar_days"
    """күнтізбелік күн: every day counts."""
    WORKING_DAYS = "working_days"
    """жұмыс күні: only the calendar's working days count."""
    DAYS_UNQUALIFIED = "days_unqualified"
    """The act says only «күн»; whether calendar or working days is ambiguous."""
    BANKING_DAYS = "banking_days"
    """банктік күн: counted as working days unless a banking calendar is given."""
    MONTHS = "months"
    """ай: the same day of the month n months later."""
    HOURS = "hours"
    """сағат: hours of the office's working time."""
    MINUTES = "minutes"
    """минут: minutes of the office's working time."""

    @property
    def is_day_based(self) -> bool:
        """Whether the unit counts days (calendar, working, banking or unqualified)."""
        return self in _DAY_UNITS

    @property
    def is_working_time(self) -> bool:
        """Whether the unit counts office working time (hours or minutes)."""
        return self in (TermUnit.HOURS, TermUnit.MINUTES)

    @classmethod
    def parse(cls, value: str | TermUnit) -> TermUnit:
        """Accept a member, its value (``"working_days"``) or its name (``"WORKING_DAYS"``)."""
        if isinstance(value, TermUnit):
            return value
        if not isinstance(value, str):
            raise InvalidTypeError(f"a term unit must be a TermUnit or str, got {type(value).__name__}")
        member = cls._value2member_map_.get(value.strip().lower())  # the enum's own value table (no loop per call)
        if member is not None:
            return cast("TermUnit", member)
        accepted = ", ".join(m.value for m in cls)
        raise InvalidInputError(f"unknown term unit {value!r}; accepted: {accepted}")


_DAY_UNITS = frozenset(
    {TermUnit.CALENDAR_DAYS, TermUnit.WORKING_DAYS, TermUnit.DAYS_UNQUALIFIED, TermUnit.BANKING_DAYS}
)


def _parse_unit(value: str | TermUnit) -> TermUnit:
    return TermUnit.parse(value)


def _check_value(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError(f"a term's value must be an int, got {type(value).__name__} {brief(value)}")
    if value < 0:
        raise InvalidInputError(f"a term's value must be 0 or more, got {value}")
    if value > 100_000:
        raise InvalidInputError(f"a term's value must be at most 100000, got {value}")


@frozen
class Term:
    """A period such as "10 calendar days" or "2 hours".

    >>> Term(10, TermUnit.CALENDAR_DAYS)
    Term(value=10, unit=<TermUnit.CALENDAR_DAYS: 'calendar_days'>)
    >>> Term(3, "working_days").unit
    <TermUnit.WORKING_DAYS: 'working_days'>
    """

    value: int = attrs.field(validator=_check_value)
    """How many units (0 to 100,000)."""
    unit: TermUnit = attrs.field(converter=_parse_unit)
    """What is counted: calendar, working, banking or plain «күн» days, months, hours or minutes (a :class:`TermUnit`,
    or its value as a string)."""

    def __str__(self) -> str:
        return f"{self.value} {self.unit.value.replace('_', ' ')}"


def _check_term(instance: object, attribute: attrs.Attribute[Term], value: object) -> None:
    if not isinstance(value, Term):
        raise InvalidTypeError(f"a stage's term must be a Term, got {type(value).__name__} {brief(value)}")


def _check_actor(instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise InvalidTypeError(f"a stage's actor must be a str or None, got {type(value).__name__}")


@frozen
class TermStage:
    """One stage of a staged term: its term and who acts during it (free text, kk)."""

    term: Term = attrs.field(validator=_check_term)
    """The stage's own term."""
    actor: str | None = attrs.field(default=None, validator=_check_actor)
    """Who acts during the stage, as the act says it (free text, in Kazakh); ``None`` when the act does not say."""


def _check_stages(instance: object, attribute: attrs.Attribute[tuple[TermStage, ...]], value: object) -> None:
    if not isinstance(value, tuple) or not value:
        raise InvalidInputError("a staged term needs at least one stage")
    for stage in value:
        if not isinstance(stage, TermStage):
            raise InvalidTypeError(f"stages must be TermStage, got {type(stage).__name__}")


def _to_stages(value: Iterable[TermStage | Term]) -> tuple[TermStage, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidTypeError(f"stages must be a sequence of Term or TermStage, got {type(value).__name__}")
    return tuple(s if isinstance(s, TermStage) else TermStage(s) for s in value)


@frozen
class StagedTerm:
    """Stages run one after another: each begins when the previous one ends.

    The Aktau land acts take 5 + 15 + 2 working days by three bodies:

    >>> t = StagedTerm([Term(5, "working_days"), Term(15, "working_days"), Term(2, "working_days")])
    >>> [str(s.term) for s in t.stages]
    ['5 working days', '15 working days', '2 working days']
    """

    stages: tuple[TermStage, ...] = attrs.field(converter=_to_stages, validator=_check_stages)
    """The stages in order; each begins when the previous one ends (e.g. the Aktau land acts' 5 + 15 + 2 working days by
    three bodies)."""
