"""Where an act says a standard (or the information on a service's order) is made public."""

from __future__ import annotations

from attrs import frozen

from kzsocial.provenance import LocalizedText, Source

__all__ = ["PublicationPlace"]


@frozen
class PublicationPlace:
    """One place where the act says the standard (or the information on the service's order) is made public:
    a website, the offices' stands, the press (001:62)."""

    place: LocalizedText
    """The place as printed (a website, the offices' stands, a newspaper), with translations."""
    source: Source
    """Where the act names it."""
    website: str | None = None
    """The website as printed (not normalised), where the place is one."""
