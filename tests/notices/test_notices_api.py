"""kzsocial.notices exports exactly the intended names; the core needs no optional package."""

from __future__ import annotations

import subprocess
import sys

import kzsocial.notices

INTENDED = {
    # talons
    "Person", "Talon", "TalonDocument", "RefusalReceipt", "build_talon", "build_refusal_receipt",
    "build_receipt_or_refusal", "format_date", "format_datetime",
    # notifications
    "Notice", "NoticeKind", "NoticeChannel", "NoticeValue", "NoticeTemplate", "Html", "TEMPLATES",
    "documents_accepted", "result_ready", "refusal", "documents_missing", "term_extended", "reception_reminder",
    "SmsMessage", "SmsCount", "sms_count", "EmailMessage",
    # numbers with their nouns (kk, ru, en)
    "count_phrase", "plural_category", "plural_form",
    # extras
    "pickup_event", "talon_qr", "talon_qr_svg",
}  # fmt: skip


def test_exports_are_exactly_the_intended_names() -> None:
    assert set(kzsocial.notices.__all__) == INTENDED
    for name in kzsocial.notices.__all__:
        assert hasattr(kzsocial.notices, name), name


def test_importing_notices_loads_no_optional_package() -> None:
    code = (
        "import sys, kzsocial.notices; "
        "bad = [m for m in ('icalendar', 'segno') if m in sys.modules]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
