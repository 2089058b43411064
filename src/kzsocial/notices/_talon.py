"""The talon (receipt) a citizen takes home: which documents were handed in, when, to whom, and when to come back.

A :class:`Talon` is pure data, built by :func:`~kzsocial.notices.build_talon` (``_build``) and rendered by
separate renderers (``talon.render``, ``_view`` and ``_render``). Nothing here reads a clock, a locale or the
network."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from attrs import frozen

from kzsocial.calendar import Deadline
from kzsocial.notices._document import TalonDocument
from kzsocial.notices._person import Person
from kzsocial.notices._render import Format, render_document
from kzsocial.notices._view import talon_view
from kzsocial.registry import Office
from kzsocial.serde import DictForm, register_derived
from kzsocial.services import Channel, ServiceDefinition, TalonField, TalonKind

__all__ = ["Talon"]


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


@frozen
class Talon(DictForm):
    """Proof of which documents were handed in, when, to whom, and when to come back for the result.

    ``kind`` and ``required_fields`` come from the act (``None`` kind: the act provides no talon at all).
    ``due_at`` is the deadline of the service's main term computed with the office's hours (``deadline`` keeps
    the whole computation, with its trace); ``None`` only when the act does not require it and it cannot be
    known at intake (``due_note`` says why).
    """

    service: ServiceDefinition
    """The service the documents were handed in for."""
    kind: TalonKind | None
    """What the act calls the document (talon, registration talon, receipt, ...); ``None`` where the act provides no
    talon at all."""
    required_fields: tuple[TalonField, ...]
    """The fields the act requires on it (for the channel: the provider's own talon where the act defines one); every
    one is filled, or the talon is not built."""
    accepted_at: dt.datetime
    """When the documents were handed in (as given: naive office-local, or aware)."""
    documents: tuple[TalonDocument, ...]
    """The documents accepted, in the order given, each with its name as the act writes it."""
    number: str | None = None
    """The registration number (at most 64 characters, no control characters); ``None`` where none was given and the act
    does not require one."""
    deadline: Deadline | None = None
    """The computation of the service's term with the office's hours, with its trace; ``None`` where the act's term does
    not run from the submission (or there is none)."""
    due_note: str | None = None
    """Why there is no computed due moment, in plain words (the act states no term, or its term runs from another
    event); ``None`` when ``deadline`` is set."""
    accepted_by: Person | None = None
    """The officer who accepted the documents (with the position, where the act prints it); ``None`` where not given."""
    applicant: Person | None = None
    """The applicant as the talon names them; ``None`` where not given."""
    representative: Person | None = None
    """The representative who handed the documents in for the applicant; ``None`` where none."""
    office: Office | None = None
    """The office that accepted them: its hours counted the deadline, its name, address and phone are printed; ``None``
    where not given."""
    channel: Channel | None = None
    """Where the application was made; ``None`` where not given (the act's main documents and talon apply)."""
    given_due_at: dt.datetime | None = None
    """The due moment the caller gave (``build_talon(due_at=...)``) because the act has no term to compute it."""

    @property
    def due_at(self) -> dt.datetime | None:
        """The date and time by which the result is ready: the close of the office on the term's last day.

        Computed from the act's term (``deadline``); the caller's ``given_due_at`` only when the act has none.
        """
        return self.given_due_at if self.deadline is None else self.deadline.due_at

    @property
    def registered_at(self) -> dt.datetime | None:
        """When the submission counts as registered (the next opening when handed in outside open hours)."""
        return None if self.deadline is None else self.deadline.registered_at

    @property
    def document_count(self) -> int:
        """How many documents were accepted."""
        return len(self.documents)

    @property
    def result_place(self) -> Office | None:
        """Where the result is collected: the office that accepted the documents."""
        return self.office

    def render(self, language: str = "kk", format: Format = "text") -> str:
        """The talon as plain text or as an HTML page that prints on one A5 sheet, in ``kk`` or ``ru``."""
        return render_document(lambda lang: talon_view(self, lang), language, format)


register_derived(
    Talon,
    {
        "type": (lambda t: "talon", Literal["talon"]),
        "registered_at": (
            lambda t: None if t.deadline is None else _iso(t.deadline.registered_at),
            dt.datetime | None,
        ),
        "document_count": (lambda t: t.document_count, int),
        "due_at": (lambda t: _iso(t.due_at), dt.datetime | None),
        "last_day": (lambda t: None if t.deadline is None else _iso(t.deadline.last_day), dt.date | None),
        "due_at_source": (
            lambda t: "act" if t.deadline is not None else ("given" if t.given_due_at else None),
            Literal["act", "given"] | None,
        ),
        "result_place": (lambda t: None if t.office is None else t.office.id, str | None),
    },
)
