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
    name: LocalizedText
    requirement_id: str
    source: Source
