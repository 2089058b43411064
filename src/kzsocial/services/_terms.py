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
    """The service's term: the result is due when it ends."""
    EXTENSION = "extension"
    """How far the term may be extended (e.g. when more checks are needed)."""
    NOTIFICATION = "notification"
    """The term for notifying the applicant (of a decision, of a refusal)."""
    PAYMENT = "payment"
    """The term for paying out (a benefit, an allowance) once decided."""
    STAGE = "stage"
    """The term of one stage of the process, by one body."""
    OTHER = "other"
    """Another term the act states (``description`` says what for)."""


class TermStart(enum.Enum):
    """The event a term runs from."""

    SUBMISSION = "submission"
    """The moment the documents are handed in (registered under rule 1)."""
    REGISTRATION = "registration"
    """The registration of the application (counted like the submission)."""
    COMMISSION_DECISION = "commission_decision"
    """A commission's decision (the date must be given: ``event_at``)."""
    DECISION = "decision"
    """The provider's decision on the application."""
    CASE_HANDOVER = "case_handover"
    """The handover of the case file to another body."""
    DOCUMENTS_COMPLETE = "documents_complete"
    """The day the last missing document is handed in (counted like the submission)."""
    PREVIOUS_STEP = "previous_step"
    """The end of the previous step."""
    OTHER = "other"
    """Another event, named in ``starts_from_text``."""


@frozen
class ServiceTerm:
    """A term the service promises, its role and the event it runs from."""

    role: TermRole
    """What the term is for: the main term, an extension, a notification, a payment, a stage."""
    term: Term | StagedTerm
    """The period: a :class:`~kzsocial.calendar.Term` or a :class:`~kzsocial.calendar.StagedTerm` whose stages run one
    after another."""
    starts_from: TermStart
    """The event the term runs from (the submission, the registration, a commission's decision, ...); a term from the
    submission, the registration or the complete documents gives a talon's due moment."""
    source: Source
    """Where the act states the term («10 күнтізбелік күннен кешіктірілмей»)."""
    starts_from_text: LocalizedText | None = None
    """The act's words for the starting event when it is ``OTHER`` or needs saying; ``None`` otherwise."""
    actor: LocalizedText | None = None
    """Who must act within the term, as the act says; ``None`` where it does not."""
    stage_sources: tuple[Source, ...] = ()
    """For a staged term, where the act states each stage, in order."""
    channel: Channel | None = None
    """The channel this term applies to (e.g. 30 days when applying through a rural akim); None: all."""
    description: LocalizedText | None = None
    """What the term is for, where the act says (e.g. the decision on hygiene items)."""
    declared_total: Term | None = None
    """For a staged term, the total the act states (which may differ from the sum of the stages)."""
    declared_total_source: Source | None = None
    """Where the act states ``declared_total``."""
    condition: Condition | None = None
    """When the term applies only in a case the act describes."""
    ru_source: Source | None = None
    """Where the act's own Russian text states the term (004)."""
