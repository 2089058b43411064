"""The offices the acts list: departments, akims' apparatus, rural akims, service centres.

Contacts are kept exactly as printed (``raw``) beside their normalised form.
"""

from kzsocial.registry._contacts import (
    Email,
    Phone,
    PhoneKind,
    Website,
    check_email,
    check_website,
    normalize_phone,
)
from kzsocial.registry._office import (
    Office,
    OfficeKind,
    OfficeSubunit,
    ReceptionSchedule,
    ReceptionSlot,
    ServiceWindow,
)
from kzsocial.registry._registry import OfficeRegistry, offices

__all__ = [
    "Email",
    "Office",
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
    "normalize_phone",
    "offices",
]
