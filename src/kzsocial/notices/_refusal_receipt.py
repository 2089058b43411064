"""The receipt of refusal to accept documents, naming the documents that are missing (North Kazakhstan 2015).

Built by :func:`~kzsocial.notices.build_refusal_receipt` (``_build``); pure data, rendered like a talon."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from attrs import frozen

from kzsocial.notices._document import TalonDocument
from kzsocial.notices._person import Person
from kzsocial.notices._render import Format, render_document
from kzsocial.notices._view import refusal_view
from kzsocial.provenance import Source
from kzsocial.registry import Office
from kzsocial.serde import DictForm, register_derived, to_dict
from kzsocial.services import Channel, DocumentRequirement, ServiceDefinition, TalonField

__all__ = ["RefusalReceipt"]


@frozen
class RefusalReceipt(DictForm):
    """A receipt of refusal to accept documents, naming the documents that are missing (004, annex form).

    Built only for services whose act defines it (``service.talon.refusal_fields``). The form names the applicant
    and their address (``applicant.address``), the branch and its address, the missing documents, the service,
    the centre employee who signs (``accepted_by``), the executor and the executor's phone (``executor``), and
    leaves a line where the applicant signs and writes the date they received it (``received_at``: written by
    hand on paper, so it holds no data).
    """

    service: ServiceDefinition
    """The service the documents were brought for."""
    required_fields: tuple[TalonField, ...]
    """The fields of the act's annexed form, in the form's order (``service.talon.refusal_fields``)."""
    issued_at: dt.datetime
    """When the receipt is issued: the moment the documents were brought (as given: naive office-local, or aware)."""
    missing: tuple[DocumentRequirement, ...]
    """The required documents not brought, as the act names them: the reason for the refusal."""
    documents: tuple[TalonDocument, ...] = ()
    """The documents that were brought, each with its name as the act writes it."""
    number: str | None = None
    """The registration number, where given; ``None`` otherwise."""
    accepted_by: Person | None = None
    """The centre employee who signs the receipt; ``None`` where not given."""
    applicant: Person | None = None
    """The applicant, with the address the form asks for (``applicant.address``); ``None`` where not given."""
    representative: Person | None = None
    """The representative who brought the documents, where one did; ``None`` otherwise."""
    office: Office | None = None
    """The office (branch) that issues it, printed with its address; ``None`` where not given."""
    channel: Channel | None = None
    """Where the application was made; ``None`` where not given."""
    source: Source | None = None
    """Where the act defines the receipt of refusal (``service.talon.refusal_source``)."""
    executor: Person | None = None
    """The executor named on the form («Орындаушы» / «Исполнитель»), with the phone the form prints under the name."""

    @property
    def applicant_address(self) -> str | None:
        """The applicant's address, written under their name on the form."""
        return None if self.applicant is None else self.applicant.address

    @property
    def executor_phone(self) -> str | None:
        """The executor's phone as given, or None."""
        return None if self.executor is None else self.executor.phone

    def render(self, language: str = "kk", format: Format = "text") -> str:
        """The receipt as plain text or as an HTML page (A5), in ``kk`` or ``ru``."""
        return render_document(lambda lang: refusal_view(self, lang), language, format)


register_derived(
    RefusalReceipt,
    {
        "type": (lambda r: "refusal_receipt", Literal["refusal_receipt"]),
        "missing_documents": (
            lambda r: [{"id": d.id, "name": to_dict(d.name)} for d in r.missing],
            list[dict[str, Any]],
        ),
        "applicant_address": (lambda r: r.applicant_address, str | None),
        "executor_phone": (lambda r: r.executor_phone, str | None),
        "received_at": (lambda r: None, None),
    },
)
