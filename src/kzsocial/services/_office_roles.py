"""The roles an act gives an office for a service (serving, complaints, information...), each with its point."""

from __future__ import annotations

import enum

from attrs import frozen

from kzsocial.provenance import Source

__all__ = ["OfficeLink", "OfficeRole"]


class OfficeRole(enum.Enum):
    """What an office does for a service, as the act says it (each role from its own point of the act)."""

    SERVING = "serving"
    """Gives the service: documents are handed in there."""
    COMPLAINTS = "complaints"
    """Receives complaints (the act names it as the body complaints are addressed or handed to)."""
    COMPLAINT_HELP = "complaint_help"
    """Explains how to complain and helps to prepare a complaint."""
    INFORMATION = "information"
    """Gives additional information on the service."""
    HIGHER_BODY = "higher_body"
    """Named as a higher body of the office that serves."""
    FORMS = "forms"
    """Gives out the application forms."""


@frozen
class OfficeLink:
    """One office in one role for a service, with the point of the act that names it there."""

    office_id: str
    """The office's id in the registry."""
    role: OfficeRole
    """What the office does for the service (serves it, receives complaints, informs, gives out forms, ...)."""
    source: Source | None = None
    """The point of the act that names the office in that role; ``None`` where the link is derived (the act's office
    annex)."""
