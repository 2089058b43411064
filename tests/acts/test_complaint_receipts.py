"""Complaint receipts and review terms (issue 12).

What confirms that a complaint was received is `ServiceDefinition.complaint_receipt`, a `TalonSpec`: a talon
with its fields (000:194), the complaint register (000:1243), the second copy marked as received (003:5231), or
Akmola's talon naming where and when the answer comes and whom to ask (002:164-166). Every field stands in the
act's sentence; the review terms of complaints are the law's («Заңында көзделген мерзімде»): no act gives a number.
"""

from __future__ import annotations

import re
from pathlib import Path

from kzsocial.services import TalonField, TalonKind, catalog

# the words that name each field in the acts' receipt sentences
WORDS = {
    TalonField.OFFICE: r"органның атауы",
    TalonField.ACCEPTED_BY: r"тегі",
    TalonField.ACCEPTED_AT: r"мерзімі мен уақыты|күні мен уақыты|уақыты, күні|қабылданған күні|тіркелген күні",
    TalonField.OFFICE_PHONE: r"телефон",
    TalonField.NUMBER: r"нөмірі",
    TalonField.DUE_AT: r"жауапты алу мерзімі",
    TalonField.RESULT_PLACE: r"мерзімі мен орны",
    TalonField.PROGRESS_CONTACT: r"байланыс деректері",
}
KINDS = {
    TalonKind.REGISTER: "журнал",
    TalonKind.COPY: "данасы|көшірмесі",
    TalonKind.TALON: "талон",
    TalonKind.RECEIPT: "құлақтандыру",
}


def test_every_complaint_receipt_holds_the_fields_its_sentence_names(seeds_dir: Path) -> None:
    with_receipt = 0
    for svc in catalog():
        spec = svc.complaint_receipt
        if spec is None:
            continue
        with_receipt += 1
        assert spec.source is not None
        lines = (seeds_dir / spec.source.file).read_text(encoding="utf-8").split("\n")
        assert spec.source.found_in(lines), svc.id
        text = " ".join(spec.source.text.split())
        assert "шағым" in text.lower() or any(c.source.line == spec.source.line for c in svc.complaint), svc.id
        assert re.search(KINDS[spec.kind], text), (svc.id, spec.kind)
        named = [f for f, words in WORDS.items() if re.search(words, text)]
        assert set(spec.fields) == set(named), (svc.id, spec.source.line)
    assert with_receipt == 35


def test_the_receipts_issue_12_names() -> None:
    first = catalog().get("karaganda-2008/unemployed-registration").complaint_receipt
    assert first is not None and first.source is not None and first.source.line == 194
    assert (first.kind, first.fields) == (
        TalonKind.TALON,
        (TalonField.OFFICE, TalonField.ACCEPTED_BY, TalonField.ACCEPTED_AT, TalonField.OFFICE_PHONE),
    )
    register = catalog().get("karaganda-2008/semipalatinsk-victims-registration").complaint_receipt
    assert register is not None and register.kind is TalonKind.REGISTER  # «Шағым журналында тіркеу» (000:1243)
    copy = catalog().get("aktau-2008/child-benefit-under-18").complaint_receipt
    assert copy is not None and copy.source is not None and (copy.kind, copy.source.line) == (TalonKind.COPY, 5231)
    akmola = catalog().get("akmola-2008/social-aid-local-decisions").complaint_receipt
    assert akmola is not None and akmola.source is not None
    assert (akmola.source.line, akmola.source.end_line) == (164, 166)
    assert akmola.fields == (TalonField.DUE_AT, TalonField.RESULT_PLACE, TalonField.PROGRESS_CONTACT)
    # Zhambyl says only that complaints are registered and reviewed under the law (001:117): no receipt
    assert all(s.complaint_receipt is None for s in catalog().by_act("zhambyl-2008"))


def test_no_act_gives_a_complaint_review_term_in_numbers() -> None:
    """Every review term of a complaint is the law's: were a number given, it would have to become a term."""
    number = re.compile(r"\b\d+\s*(\([а-яәғқңөұүһі ]+\))?\s*(күнтізбелік|жұмыс күн|күн|ай\b|сағат)")
    for svc in catalog():
        for statement in svc.complaint:
            text = " ".join(statement.text.kk.split())
            if re.search(r"қара(лады|у|уға)|мерзім", text):
                assert not number.search(text), (svc.id, statement.source.line, text[:120])
