"""What an act requires of the talon (receipt) given on acceptance, and of its receipt of refusal."""

from __future__ import annotations

import enum

from attrs import frozen

from kzsocial.provenance import Source

__all__ = ["TalonField", "TalonKind", "TalonSpec"]


class TalonKind(enum.Enum):
    """What the act calls the document given on acceptance: a talon, a registration talon, a receipt..."""

    TALON = "talon"
    REGISTRATION_TALON = "registration_talon"
    RECEIPT = "receipt"
    REGISTER = "register"
    UNDEFINED = "undefined"
    COPY = "copy"
    """The second copy of the written application or complaint, marked as received (Aktau: «екінші данасы»)."""


class TalonField(enum.Enum):
    """A field the act requires on the talon or the receipt of refusal."""

    NUMBER = "number"
    ACCEPTED_AT = "accepted_at"
    SERVICE = "service"
    DOCUMENTS = "documents"
    DOCUMENT_COUNT = "document_count"
    DUE_AT = "due_at"
    RESULT_PLACE = "result_place"
    ACCEPTED_BY = "accepted_by"
    APPLICANT = "applicant"
    APPLICANT_PHONE = "applicant_phone"
    REPRESENTATIVE = "representative"
    REPRESENTATIVE_PHONE = "representative_phone"
    OFFICE = "office"
    OFFICE_PHONE = "office_phone"
    APPLICANT_ADDRESS = "applicant_address"
    EXECUTOR = "executor"
    EXECUTOR_PHONE = "executor_phone"
    RECEIVED_AT = "received_at"
    ACCEPTED_BY_POSITION = "accepted_by_position"
    """The position of the person who accepted the documents («лауазымы»)."""
    PROGRESS_CONTACT = "progress_contact"
    """The contacts of the officials who say how a complaint is progressing (Akmola, 002:164-166)."""


@frozen
class TalonSpec:
    """What the act requires the talon (receipt) to contain."""

    kind: TalonKind
    fields: tuple[TalonField, ...]
    source: Source | None
    refusal_fields: tuple[TalonField, ...] | None = None
    refusal_source: Source | None = None
    ru_source: Source | None = None
    refusal_ru_source: Source | None = None

    @property
    def has_refusal_receipt(self) -> bool:
        """Whether the act defines a receipt of refusal to accept documents."""
        return self.refusal_fields is not None
