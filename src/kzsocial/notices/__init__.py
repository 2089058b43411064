"""Talons (receipts) and notifications: what a citizen takes home and what they are told afterwards.

Pure data objects first, rendered through separate renderers; no hidden clock, locale or network: every moment
and language is an argument. See ``docs/notices.md``.
"""

from kzsocial.notices._build import build_receipt_or_refusal, build_refusal_receipt, build_talon
from kzsocial.notices._document import TalonDocument
from kzsocial.notices._email import EmailMessage
from kzsocial.notices._ical import pickup_event
from kzsocial.notices._kkdate import format_date, format_datetime
from kzsocial.notices._notify import (
    Notice,
    NoticeValue,
    documents_accepted,
    documents_missing,
    reception_reminder,
    refusal,
    result_ready,
    term_extended,
)
from kzsocial.notices._person import Person
from kzsocial.notices._plural import count_phrase, plural_category, plural_form
from kzsocial.notices._qr import talon_qr, talon_qr_svg
from kzsocial.notices._refusal_receipt import RefusalReceipt
from kzsocial.notices._sms import SmsCount, SmsMessage, sms_count
from kzsocial.notices._talon import Talon
from kzsocial.notices._templates import Html, NoticeTemplate
from kzsocial.notices._texts import TEMPLATES, NoticeChannel, NoticeKind
from kzsocial.serde import register_public

__all__ = [
    "TEMPLATES",
    "EmailMessage",
    "Html",
    "Notice",
    "NoticeChannel",
    "NoticeKind",
    "NoticeTemplate",
    "NoticeValue",
    "Person",
    "RefusalReceipt",
    "SmsCount",
    "SmsMessage",
    "Talon",
    "TalonDocument",
    "build_receipt_or_refusal",
    "build_refusal_receipt",
    "build_talon",
    "count_phrase",
    "documents_accepted",
    "documents_missing",
    "format_date",
    "format_datetime",
    "pickup_event",
    "plural_category",
    "plural_form",
    "reception_reminder",
    "refusal",
    "result_ready",
    "sms_count",
    "talon_qr",
    "talon_qr_svg",
    "term_extended",
]

register_public(__name__)  # kzsocial.serde.public_types() lists this module's values
