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
    """The act's description of the premises, as printed."""
    source: Source
    """Where the act describes them."""
    has_waiting_area: bool | None = None
    """``True`` where the act says there is a waiting area («күту залы»); ``None`` where it says nothing."""
    has_seats: bool | None = None
    """``True`` where the act says there are seats («орындықтар»); ``None`` where it says nothing."""
    disabled_access: bool | None = None
    """Ramps or conditions for people with limited mobility («пандус», «мүмкіндіктері шектеулі адамдар»)."""
    information_stand: bool | None = None
    """``True`` where the act says there is an information stand («ақпараттық стенд»); ``None`` where it says
    nothing."""
