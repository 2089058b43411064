"""A regulation's process: its steps, who performs each, and each step's maximum duration."""

from __future__ import annotations

import enum

from attrs import frozen

from kzsocial.calendar import Term
from kzsocial.provenance import LocalizedText, Source
from kzsocial.services._documents import Channel

__all__ = ["ConditionalDuration", "ProcessStep", "StepActor", "StepDuration"]


class StepActor(enum.Enum):
    """Who performs a process step of a regulation."""

    PROVIDER_EMPLOYEE = "provider_employee"
    PROVIDER_HEAD = "provider_head"
    PROVIDER_EXECUTOR = "provider_executor"
    CENTRE_OPERATOR = "centre_operator"
    CENTRE_STORAGE = "centre_storage"
    CENTRE_COURIER = "centre_courier"
    PORTAL = "portal"
    AKIM = "akim"
    APPLICANT = "applicant"
    COMMISSION = "commission"
    """A commission (учаскелік комиссия, арнайы комиссия) that gives its opinion or decision."""
    OTHER = "other"


@frozen
class StepDuration:
    """The maximum duration of a process step as written (``raw``), as a term."""

    term: Term
    raw: str | None = None
    raw_ru: str | None = None


@frozen
class ConditionalDuration:
    """A different maximum duration the act gives for a case (e.g. documents that came from the centre)."""

    condition: LocalizedText
    max: StepDuration


@frozen
class ProcessStep:
    """One action of a regulation's process, by one actor, with its maximum duration."""

    channel: Channel
    order: int
    actor: StepActor
    action: LocalizedText
    source: Source
    max: StepDuration | None = None
    ru_source: Source | None = None
    parallel_with: int | None = None
    item: int | None = None
    """The item number as printed in the act (which may repeat or skip; ``order`` is the true sequence)."""
    variant: str | None = None
    """For regulations covering several sub-services: which one the step belongs to (None: all)."""
    max_alternatives: tuple[ConditionalDuration, ...] = ()
