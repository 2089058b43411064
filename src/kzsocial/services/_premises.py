"""The premises where a service is given, as its act describes them."""

from __future__ import annotations

from attrs import frozen

from kzsocial.provenance import LocalizedText, Source

__all__ = ["Premises"]


@frozen
class Premises:
    """The premises where the service is given, as the act describes them («күту залы», «пандус», 000:124).

    Each flag is True where the act says the premises have it, and None where it says nothing (no act says a
    premises lacks something)."""

    text: LocalizedText
    source: Source
    has_waiting_area: bool | None = None
    has_seats: bool | None = None
    disabled_access: bool | None = None
    """Ramps or conditions for people with limited mobility («пандус», «мүмкіндіктері шектеулі адамдар»)."""
    information_stand: bool | None = None
