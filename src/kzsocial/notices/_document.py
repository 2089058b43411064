"""A document handed in at intake (:class:`TalonDocument`): what talons and receipts list."""

from __future__ import annotations

from attrs import frozen

from kzsocial.provenance import LocalizedText, Source
from kzsocial.serde import DictForm

__all__ = ["TalonDocument"]


@frozen
class TalonDocument(DictForm):
    """A document handed in: its id and name as the act writes it, and the requirement it satisfies."""

    id: str
    """The id of the document handed in (a requirement's own id, or that of one of its alternatives)."""
    name: LocalizedText
    """Its name as the act writes it (kk; ru and en where known), as printed on the talon."""
    requirement_id: str
    """The id of the service's requirement it satisfies (equal to ``id`` unless an alternative was handed in)."""
    source: Source
    """Where the act lists the document."""
