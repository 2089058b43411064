"""Typed notifications: six kinds, kk and ru, SMS / email / portal, missing values listed at once."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from kzsocial.errors import InvalidInputError, InvalidTypeError, MissingPlaceholdersError
from kzsocial.notices import (
    EmailMessage,
    Notice,
    NoticeKind,
    NoticeTemplate,
    SmsMessage,
    Talon,
    build_talon,
    documents_accepted,
    documents_missing,
    reception_reminder,
    refusal,
    result_ready,
    term_extended,
)
from kzsocial.provenance import LocalizedText
from kzsocial.registry import ReceptionSlot, offices
from kzsocial.services import ServiceDefinition, catalog, check_documents
from notices.notices_support import APPLICANT, OFFICER, office_for

CERT = "karaganda-2008/unemployed-certificate"


def _svc(service_id: str = CERT) -> ServiceDefinition:
    return catalog().get(service_id)


def _talon() -> Talon:
    svc = _svc()
    return build_talon(
        svc,
        submitted_at=dt.datetime(2008, 12, 26, 11, 30),
        documents=["identity-card"],
        applicant=APPLICANT,
        accepted_by=OFFICER,
        office=office_for(svc),
        number=15,
    )


def _grounded() -> ServiceDefinition:
    with_grounds = [s for s in catalog() if s.refusal_grounds]
    assert with_grounds, "some service has refusal grounds"
    return with_grounds[0]


def _all_notices() -> list[Notice]:
    svc = _svc()
    office = office_for(svc)
    grounded = _grounded()
    reception_office = next(o for o in offices() if any(s.computable for s in o.reception))
    return [
        documents_accepted(_talon()),
        result_ready(svc, office=office, ready_at=dt.datetime(2008, 12, 29, 9, 0), number=15),
        refusal(grounded, grounds=[0], decided_at=dt.date(2009, 1, 5), office=office_for(grounded)),
        documents_missing(svc, missing=["identity-card"], office=office, recipient=APPLICANT),
        term_extended(svc, new_due_at=dt.datetime(2009, 1, 20, 18), office=office, reason="комиссия"),
        reception_reminder(reception_office, after=dt.datetime(2008, 12, 1)),
    ]


@pytest.mark.parametrize("index", range(6))
@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_kind_renders_on_every_channel(index: int, language: str) -> None:
    notice = _all_notices()[index]
    sms = notice.sms(language)
    assert isinstance(sms, SmsMessage) and sms.segments >= 1 and "((" not in sms.text
    email = notice.email(language)
    assert isinstance(email, EmailMessage)
    assert email.subject and "\n" not in email.subject and "((" not in email.text
    assert email.html.startswith("<!DOCTYPE html>") and f'lang="{language}"' in email.html
    status = notice.portal_status(language)
    assert status and "\n" not in status and "((" not in status
    assert [n.kind for n in _all_notices()] == list(NoticeKind)


def test_documents_accepted_carries_the_talon_due_date() -> None:
    talon = _talon()
    notice = documents_accepted(talon)
    assert notice.get("due_at") == talon.due_at == dt.datetime(2008, 12, 29, 18, 0)
    assert "2008 жылғы 29 желтоқсан, сағат 18:00" in notice.sms("kk").text
    assert "29 декабря 2008 года, 18:00" in notice.portal_status("ru")
    email = notice.email("ru")
    assert "Здравствуйте, Ахметова Гүлнар Серікқызы!" in email.text
    # The act names the document only in Kazakh: kzsocial's translation, with a footnote saying so (issue 13).
    assert "1) удостоверение личности (паспорт)" in email.text
    assert "в переводе kzsocial" in email.text and "в переводе kzsocial" in email.html
    assert "<ol><li>удостоверение личности (паспорт)</li></ol>" in email.html
    assert "*" not in notice.sms("ru").text and "kzsocial" not in notice.email("kk").text


def test_a_name_with_no_russian_stays_in_kazakh_marked_in_email() -> None:
    talon = _talon()
    bare = LocalizedText(talon.documents[0].name.kk)
    notice = documents_accepted(talon).with_values(documents=(bare,))
    email = notice.email("ru")
    assert f"1) {bare.kk} *" in email.text and "русского текста в акте нет" in email.html
    assert "*" not in notice.sms("ru").text


def test_refusal_names_the_service_grounds() -> None:
    svc = _grounded()
    notice = refusal(svc, grounds=[svc.refusal_grounds[0]], decided_at=dt.date(2009, 1, 5), office=None)
    assert notice.get("grounds") == (svc.refusal_grounds[0].text,)
    assert svc.refusal_grounds[0].text.kk in notice.sms("kk").text
    with pytest.raises(InvalidInputError):
        refusal(svc, grounds=[], decided_at=dt.date(2009, 1, 5), office=None)
    with pytest.raises(InvalidInputError, match="out of range"):
        refusal(svc, grounds=[99], decided_at=dt.date(2009, 1, 5), office=None)
    foreign = attrs.evolve(svc.refusal_grounds[0], text=type(svc.refusal_grounds[0].text)("ойдан шығарылған"))
    with pytest.raises(InvalidInputError, match="not a refusal ground"):
        refusal(svc, grounds=[foreign], decided_at=dt.date(2009, 1, 5), office=None)


def test_unfilled_values_raise_one_error_and_preview_highlights_them() -> None:
    svc = _svc()
    notice = term_extended(svc, new_due_at=dt.datetime(2009, 1, 20, 18), office=None)
    with pytest.raises(MissingPlaceholdersError) as info:
        notice.email("kk")
    assert info.value.missing == ("office",)
    no_due = notice.with_values(new_due_at=None)
    with pytest.raises(MissingPlaceholdersError) as info2:
        no_due.email("ru")
    assert info2.value.missing == ("new_due_at", "office")
    preview = no_due.preview("email", "ru")
    assert '<mark class="missing">((new_due_at))</mark>' in preview
    assert '<mark class="missing">((office))</mark>' in preview
    assert "[MISSING: new_due_at]" in no_due.preview("sms", "kk", format="text")


def test_documents_missing_from_a_check() -> None:
    svc = _svc()
    check = check_documents(svc, [])
    notice = documents_missing(svc, missing=check, office=office_for(svc))
    assert "жеке бас куәлігі (паспорт)" in notice.sms("kk").text
    with pytest.raises(InvalidInputError):
        documents_missing(svc, missing=[], office=None)
    with pytest.raises(InvalidInputError, match="no document with id"):
        documents_missing(svc, missing=["nope"], office=None)


def test_term_extended_must_move_forward() -> None:
    with pytest.raises(InvalidInputError, match="must be after"):
        term_extended(_svc(), new_due_at=dt.date(2009, 1, 5), previous_due_at=dt.date(2009, 1, 5), office=None)
    ok = term_extended(_svc(), new_due_at=dt.datetime(2009, 1, 5, 18), previous_due_at=dt.date(2009, 1, 5), office=None)
    assert ok.get("previous_due_at") == dt.date(2009, 1, 5)


def test_reception_reminder_finds_the_next_reception_and_who_holds_it() -> None:
    office = next(o for o in offices() if any(s.computable for s in o.reception))
    after = dt.datetime(2008, 12, 1)
    notice = reception_reminder(office, after=after)
    slot = office.next_reception(after)
    assert notice.get("reception_date") == slot.start.date()
    if slot.time_known:
        assert notice.get("start") == slot.start.time()
    assert notice.get("who") is not None
    given_slot = reception_reminder(
        office, slot=ReceptionSlot(dt.datetime(2009, 2, 9, 18), dt.datetime(2009, 2, 9, 20)), who="Әкім"
    )
    assert "2009 жылғы 9 ақпан, сағат 18:00–20:00" in given_slot.sms("kk").text
    assert "9 февраля 2009 года, с 18:00 до 20:00" in given_slot.portal_status("ru")
    with pytest.raises(InvalidInputError, match="exactly one"):
        reception_reminder(office)


def test_a_custom_template_overrides_the_builtin() -> None:
    notice = documents_accepted(_talon())
    custom = NoticeTemplate("№ ((number)) — ((due_at))", name="mine")
    assert notice.sms("ru", template=custom).text == "№ 15 — 29 декабря 2008 года, 18:00"
    with pytest.raises(MissingPlaceholdersError, match="'mine'"):
        notice.with_values(number=None).sms("ru", template=custom)


def test_html_email_escapes_values() -> None:
    notice = documents_accepted(_talon()).with_values(greeting="<script>x</script>")
    assert "<script>" not in notice.email("kk").html
    assert "&lt;script&gt;" in notice.email("kk").html


@pytest.mark.parametrize(
    "call",
    [
        lambda: documents_accepted("talon"),  # type: ignore[arg-type]
        lambda: result_ready(CERT, office=None, ready_at=dt.datetime(2009, 1, 1)),  # type: ignore[arg-type]
        lambda: result_ready(_svc(), office=None, ready_at="tomorrow"),  # type: ignore[arg-type]
        lambda: Notice(NoticeKind.REFUSAL, {"x": object()}),
        lambda: documents_accepted(_talon()).sms("en"),
        lambda: documents_accepted(_talon()).preview("fax"),
    ],
)
def test_bad_input_raises_library_errors(call: object) -> None:
    with pytest.raises((InvalidInputError, InvalidTypeError)):
        call()  # type: ignore[operator]
