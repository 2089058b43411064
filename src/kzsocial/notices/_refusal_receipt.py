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
from kzsocial.serde import register_derived, to_dict
from kzsocial.services import Channel, DocumentRequirement, ServiceDefinition, TalonField

__all__ = ["RefusalReceipt"]


@frozen
class RefusalReceipt:
    """A receipt of refusal to accept documents, naming the documents that are missing (004, annex form).

    Built only for services whose act defines it (``service.talon.refusal_fields``). The form names the applicant
    and their address (``applicant.address``), the branch and its address, the missing documents, the service,
    the centre employee who signs (``accepted_by``), the executor and the executor's phone (``executor``), and
    leaves a line where the applicant signs and writes the date they received it (``received_at``: written by
    hand on paper, so it holds no data).
    """

    service: ServiceDefinition
    required_fields: tuple[TalonField, ...]
    issued_at: dt.datetime
    missing: tuple[DocumentRequirement, ...]
    documents: tuple[TalonDocument, ...] = ()
    number: str | None = None
    accepted_by: Person | None = None
    applicant: Person | None = None
    representative: Person | None = None
    office: Office | None = None
    channel: Channel | None = None
    source: Source | None = None
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

    def to_dict(self) -> dict[str, Any]:
        """The exact JSON form (see :mod:`kzsocial.serde`); ``from_dict`` reads it back."""
        result: dict[str, Any] = to_dict(self)
        return result


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
