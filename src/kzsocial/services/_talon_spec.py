"""What an act requires of the talon (receipt) given on acceptance, and of its receipt of refusal."""

from __future__ import annotations

import enum

from attrs import frozen

from kzsocial.provenance import Source

__all__ = ["TalonField", "TalonKind", "TalonSpec"]


class TalonKind(enum.Enum):
    """What the act calls the document given on acceptance: a talon, a registration talon, a receipt..."""

    TALON = "talon"
    """«талон»: a talon."""
    REGISTRATION_TALON = "registration_talon"
    """«тіркеу талоны»: a registration talon."""
    RECEIPT = "receipt"
    """«қолхат», «құлақтандыру»: a receipt."""
    REGISTER = "register"
    """Entries in a register or journal instead of a document given to the applicant."""
    UNDEFINED = "undefined"
    """The act promises a document but never says what it is (an ``undefined-talon`` data issue)."""
    COPY = "copy"
    """The second copy of the written application or complaint, marked as received (Aktau: «екінші данасы»)."""


class TalonField(enum.Enum):
    """A field the act requires on the talon or the receipt of refusal."""

    NUMBER = "number"
    """The registration number of the application."""
    ACCEPTED_AT = "accepted_at"
    """The date and time the documents were accepted."""
    SERVICE = "service"
    """The service's name."""
    DOCUMENTS = "documents"
    """The list of the documents accepted («олардың тізбесі»)."""
    DOCUMENT_COUNT = "document_count"
    """How many documents were accepted."""
    DUE_AT = "due_at"
    """The date and time to come for the result («нәтижесін алуға келетін мерзімі мен уақыты»)."""
    RESULT_PLACE = "result_place"
    """Where to collect the result."""
    ACCEPTED_BY = "accepted_by"
    """The full name of the person who accepted the documents."""
    APPLICANT = "applicant"
    """The applicant's full name."""
    APPLICANT_PHONE = "applicant_phone"
    """The applicant's phone."""
    REPRESENTATIVE = "representative"
    """The full name of the applicant's representative, where one applies for them."""
    REPRESENTATIVE_PHONE = "representative_phone"
    """The representative's phone."""
    OFFICE = "office"
    """The office that accepted the documents (its name and address)."""
    OFFICE_PHONE = "office_phone"
    """The office's phone."""
    APPLICANT_ADDRESS = "applicant_address"
    """The applicant's address, under their name on the receipt of refusal («көрсетілетін қызметті алушының мекенжайы»,
    004)."""
    EXECUTOR = "executor"
    """The executor's full name on the receipt of refusal («Орындаушының тегі, аты, әкесінің аты», 004)."""
    EXECUTOR_PHONE = "executor_phone"
    """The executor's phone under the name («Тел.», 004)."""
    RECEIVED_AT = "received_at"
    """The date the applicant received the receipt, written by hand beside their signature («Алдым: ... 20__ жылғы»,
    004)."""
    ACCEPTED_BY_POSITION = "accepted_by_position"
    """The position of the person who accepted the documents («лауазымы»)."""
    PROGRESS_CONTACT = "progress_contact"
    """The contacts of the officials who say how a complaint is progressing (Akmola, 002:164-166)."""


@frozen
class TalonSpec:
    """What the act requires the talon (receipt) to contain."""

    kind: TalonKind
    """What the act calls the document (a talon, a registration talon, a receipt, a register entry, a copy)."""
    fields: tuple[TalonField, ...]
    """The fields the act requires on it, only those; :func:`~kzsocial.notices.build_talon` refuses to build one that
    cannot fill them all."""
    source: Source | None
    """Where the act requires it; ``None`` where the data records no phrase for it."""
    refusal_fields: tuple[TalonField, ...] | None = None
    """The fields of the act's receipt of refusal to accept documents, in the annexed form's order (004); ``[]`` where
    the act mentions the receipt but annexes no form, ``None`` where it has none."""
    refusal_source: Source | None = None
    """Where the act defines the receipt of refusal."""
    ru_source: Source | None = None
    """Where the act's own Russian text requires the talon (004); ``None`` for the Kazakh-only acts."""
    refusal_ru_source: Source | None = None
    """Where the act's own Russian text defines the receipt of refusal (004)."""

    @property
    def has_refusal_receipt(self) -> bool:
        """Whether the act defines a receipt of refusal to accept documents."""
        return self.refusal_fields is not None
