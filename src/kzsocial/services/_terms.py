"""The terms a service promises: what each is for (its role), the event it runs from, the term itself."""

from __future__ import annotations

import enum

from attrs import frozen

from kzsocial.calendar import StagedTerm, Term
from kzsocial.provenance import LocalizedText, Source
from kzsocial.services._documents import Channel, Condition

__all__ = ["ServiceTerm", "TermRole", "TermStart"]


class TermRole(enum.Enum):
    """What a term is for: the main term of the service, an extension, a notification, a payment, a stage."""

    MAIN = "main"
    EXTENSION = "extension"
    NOTIFICATION = "notification"
    PAYMENT = "payment"
    STAGE = "stage"
    OTHER = "other"


class TermStart(enum.Enum):
    """The event a term runs from."""

    SUBMISSION = "submission"
    REGISTRATION = "registration"
    COMMISSION_DECISION = "commission_decision"
    DECISION = "decision"
    CASE_HANDOVER = "case_handover"
    DOCUMENTS_COMPLETE = "documents_complete"
    PREVIOUS_STEP = "previous_step"
    OTHER = "other"


@frozen
class ServiceTerm:
    """A term the service promises, its role and the event it runs from."""

    role: TermRole
    term: Term | StagedTerm
    starts_from: TermStart
    source: Source
    starts_from_text: LocalizedText | None = None
    actor: LocalizedText | None = None
    stage_sources: tuple[Source, ...] = ()
    channel: Channel | None = None
    """The channel this term applies to (e.g. 30 days when applying through a rural akim); None: all."""
    description: LocalizedText | None = None
    """What the term is for, where the act says (e.g. the decision on hygiene items)."""
    declared_total: Term | None = None
    """For a staged term, the total the act states (which may differ from the sum of the stages)."""
    declared_total_source: Source | None = None
    condition: Condition | None = None
    """When the term applies only in a case the act describes."""
    ru_source: Source | None = None
