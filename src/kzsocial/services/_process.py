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
    """An employee of the provider (the office that gives the service)."""
    PROVIDER_HEAD = "provider_head"
    """The provider's head, who signs the result."""
    PROVIDER_EXECUTOR = "provider_executor"
    """The provider's executor (орындаушы), who examines the documents and prepares the result."""
    CENTRE_OPERATOR = "centre_operator"
    """An employee (operator) of the public service centre."""
    CENTRE_STORAGE = "centre_storage"
    """The centre's storage sector, which keeps results until they are collected."""
    CENTRE_COURIER = "centre_courier"
    """The centre's courier, who carries documents between the centre and the provider."""
    PORTAL = "portal"
    """The e-government portal, which acts automatically (registers, sends a notice)."""
    AKIM = "akim"
    """The akim of the rural district, settlement or village (or his apparatus)."""
    APPLICANT = "applicant"
    """The applicant, whose own action (applying, collecting) takes no time in the timeline."""
    COMMISSION = "commission"
    """A commission (учаскелік комиссия, арнайы комиссия) that gives its opinion or decision."""
    OTHER = "other"
    """Anyone else the act names as acting (another body)."""


@frozen
class StepDuration:
    """The maximum duration of a process step as written (``raw``), as a term."""

    term: Term
    """The duration as a term (``15 minutes``, ``2 working_days``)."""
    raw: str | None = None
    """The act's Kazakh words for it («15(он бес) минуттан аспайды»); ``None`` where not recorded."""
    raw_ru: str | None = None
    """The act's own Russian words for it (004); ``None`` where it has none."""


@frozen
class ConditionalDuration:
    """A different maximum duration the act gives for a case (e.g. documents that came from the centre)."""

    condition: LocalizedText
    """The case in which this maximum applies, in the act's words (e.g. documents that came through the centre)."""
    max: StepDuration
    """The maximum duration in that case."""


@frozen
class ProcessStep:
    """One action of a regulation's process, by one actor, with its maximum duration."""

    channel: Channel
    """The channel whose process the step belongs to."""
    order: int
    """The step's position in its channel's process, from 1."""
    actor: StepActor
    """Who performs it (the provider's employee, its head, the centre's operator, the applicant, ...): the subject of
    the act's sentence."""
    action: LocalizedText
    """What is done, in the act's words («құжаттарды қабылдайды, тіркейді»), with the act's Russian where it has it."""
    source: Source
    """Where the act's Kazakh text states the step."""
    max: StepDuration | None = None
    """The step's maximum duration as the act writes it; ``None`` where the act gives none (the timeline's end is then
    unknown)."""
    ru_source: Source | None = None
    """Where the act's own Russian text states it."""
    parallel_with: int | None = None
    """The ``order`` of a step this one runs alongside, where the act says so; ``None``: it follows the previous
    step."""
    item: int | None = None
    """The item number as printed in the act (which may repeat or skip; ``order`` is the true sequence)."""
    variant: str | None = None
    """For regulations covering several sub-services: which one the step belongs to (None: all)."""
    max_alternatives: tuple[ConditionalDuration, ...] = ()
    """Other maximum durations the act gives for particular cases."""
