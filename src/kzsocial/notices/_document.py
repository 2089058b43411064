"""A document handed in at intake (:class:`TalonDocument`): what talons and receipts list."""

from __future__ import annotations

from typing import Any

from attrs import frozen

from kzsocial.provenance import LocalizedText, Source
from kzsocial.serde import to_dict

__all__ = ["TalonDocument"]


@frozen
class TalonDocument:
    """A document handed in: its id and name as the act writes it, and the requirement it satisfies."""

    id: str
    name: LocalizedText
    requirement_id: str
    source: Source

    def to_dict(self) -> dict[str, Any]:
        """The exact JSON form (see :mod:`kzsocial.serde`); ``from_dict`` reads it back."""
        result: dict[str, Any] = to_dict(self)
        return result
