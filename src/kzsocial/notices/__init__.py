"""Talons (receipts) and notifications: what a citizen takes home and what they are told afterwards.

Pure data objects first, rendered through separate renderers; no hidden clock, locale or network: every moment
and language is an argument. See ``docs/notices.md``.
"""

from kzsocial.notices._kkdate import format_date, format_datetime
from kzsocial.notices._person import Person
from kzsocial.notices._talon import (
    RefusalReceipt,
    Talon,
    TalonDocument,
    build_receipt_or_refusal,
    build_refusal_receipt,
    build_talon,
)

__all__ = [
    "Person",
    "RefusalReceipt",
    "Talon",
    "TalonDocument",
    "build_receipt_or_refusal",
    "build_refusal_receipt",
    "build_talon",
    "format_date",
    "format_datetime",
]
