"""The offices the acts list: departments, akims' apparatus, rural akims, service centres.

Contacts are kept exactly as printed (``raw``) beside their normalised form.

Importing this package is cheap: each module loads on first use of one of its names, so a program that reads one
act's offices (the command line's ``deadline SERVICE``) never builds the registry's search index (issue 15).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kzsocial._public import lazy_exports, register_public
from kzsocial.registry._service_view import register_packaged_offices

if TYPE_CHECKING:
    from kzsocial.registry._contacts import (
        Email,
        Phone,
        PhoneKind,
        Website,
        check_email,
        check_website,
        normalize_phone,
    )
    from kzsocial.registry._hours_text import EffectiveHours, HoursSource, hours_text
    from kzsocial.registry._office import (
        Office,
        OfficeHead,
        OfficeKind,
        OfficeSubunit,
        ReceptionSchedule,
        ReceptionSlot,
        ServiceWindow,
    )
    from kzsocial.registry._registry import OfficeRegistry, offices

__all__ = [
    "EffectiveHours",
    "Email",
    "HoursSource",
    "Office",
    "OfficeHead",
    "OfficeKind",
    "OfficeRegistry",
    "OfficeSubunit",
    "Phone",
    "PhoneKind",
    "ReceptionSchedule",
    "ReceptionSlot",
    "ServiceWindow",
    "Website",
    "check_email",
    "check_website",
    "hours_text",
    "normalize_phone",
    "offices",
]

_LAZY = {
    **dict.fromkeys(
        ("Email", "Phone", "PhoneKind", "Website", "check_email", "check_website", "normalize_phone"), "_contacts"
    ),
    **dict.fromkeys(("EffectiveHours", "HoursSource", "hours_text"), "_hours_text"),
    **dict.fromkeys(
        ("Office", "OfficeHead", "OfficeKind", "OfficeSubunit", "ReceptionSchedule", "ReceptionSlot", "ServiceWindow"),
        "_office",
    ),
    **dict.fromkeys(("OfficeRegistry", "offices"), "_registry"),
}


if not TYPE_CHECKING:  # hidden from type checkers: they see the imports above, and a misspelt name stays an error
    __getattr__, __dir__ = lazy_exports(__name__, _LAZY, __all__, globals())


def _packaged_offices() -> Any:
    """The packaged registry, loaded with its module on first use (an office's parent by id needs it)."""
    from kzsocial.registry._registry import offices

    return offices()


register_packaged_offices(_packaged_offices)  # Office.parent reaches the registry without importing it
register_public(__name__)  # kzsocial.serde.public_types() lists this package's values (without loading serde)
