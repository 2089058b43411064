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
from kzsocial.serde import register_public

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

register_public(__name__)  # kzsocial.serde.public_types() lists this module's values
