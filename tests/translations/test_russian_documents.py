"""Every document given to a citizen in Russian is Russian: no Kazakh-only letter outside what the caller wrote.

The rule (docs/notices.md): a Russian talon, receipt of refusal or notice may show Kazakh letters (ә ғ қ ң ө ұ ү
һ і) only in what the caller writes in — the people's names, positions, addresses and phones (``Person``) and the
talon number — and in contact data the act printed broken and the library keeps as printed (an email or website
in Cyrillic look-alikes, quoted «as printed in the act»). Everything the library supplies — titles, document
names, offices, addresses, grounds, complaint routes, labels and notes — is Russian: the act's own Russian
(North Kazakhstan 2015) or kzsocial's translation. Each service's sample case is rendered and checked.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from kzsocial.errors import MissingFieldsError
from kzsocial.notices import (
    Person,
    build_refusal_receipt,
    build_talon,
    documents_accepted,
    documents_missing,
    reception_reminder,
    refusal,
    result_ready,
    term_extended,
)
from kzsocial.services import ServiceDefinition, catalog
from kzsocial.testing import EXECUTOR, sample_case
from kzsocial.text import KAZAKH_LETTERS

_CONTACT = re.compile(r"\S*(?:@|\.kz\b|\.ru\b)\S*")


def _caller_text(*people: Person | None) -> list[str]:
    out: list[str] = []
    for p in people:
        if p is not None:
            out += [s for s in (p.full_name, p.position, p.address, p.phone) if s]
    return sorted(out, key=len, reverse=True)


def _acts_own_russian(*records: object) -> list[str]:
    """The act's own Russian texts (004) of the records that hold a Kazakh letter: they stay as printed."""
    from kzsocial._translations import citizen_texts

    return [
        t.ru
        for r in records
        if r is not None
        for _, t in citizen_texts(r)
        if t.ru is not None and not t.is_translation("ru") and set(t.ru) & KAZAKH_LETTERS
    ]


def kazakh_only(text: str, caller: list[str]) -> list[str]:
    """The lines of ``text`` that still hold a Kazakh-only letter once the caller's data, the act's own Russian
    printed so and contacts are cut."""
    for s in caller:
        text = text.replace(s, "")
    text = _CONTACT.sub("", text)
    return [line for line in text.splitlines() if set(line) & KAZAKH_LETTERS]


def test_the_rule_sees_a_kazakh_letter() -> None:
    person = Person("Ахметова Гүлнар", address="Петропавл қ.")
    assert kazakh_only("Заявитель: Ахметова Гүлнар, Петропавл қ.", _caller_text(person)) == []
    assert kazakh_only("Принятые документы: жеке куәлік", []) == ["Принятые документы: жеке куәлік"]
    assert kazakh_only("адрес: аktau.іnfo@maіl.ru. (как напечатано в акте)", []) == []


SUBMITTED = dt.datetime(2015, 9, 1, 10, 15)


def _service_ids() -> list[str]:
    return [s.id for s in catalog()]


def _talon(svc: ServiceDefinition):  # type: ignore[no-untyped-def]
    case = sample_case(svc, SUBMITTED)
    kwargs = case.talon_kwargs()
    kwargs["number"] = "15"
    try:
        return case, build_talon(**kwargs)
    except MissingFieldsError as exc:
        if "due_at" not in exc.missing:
            raise
        return case, build_talon(**{**kwargs, "due_at": SUBMITTED + dt.timedelta(days=10)})


@pytest.mark.parametrize("service_id", _service_ids())
def test_russian_talon_receipt_and_notices_hold_no_kazakh_only_name(service_id: str) -> None:
    svc = catalog().get(service_id)
    case, talon = _talon(svc)
    caller = _caller_text(case.applicant, case.accepted_by, EXECUTOR) + _acts_own_russian(svc, case.office)
    rendered = {"talon": talon.render("ru"), "talon html": talon.render("ru", "html")}
    notices = [documents_accepted(talon)] if talon.due_at is not None and talon.documents else []
    office = case.office
    if office is not None:
        notices.append(result_ready(svc, office=office, ready_at=SUBMITTED + dt.timedelta(days=3)))
        notices.append(term_extended(svc, new_due_at=SUBMITTED + dt.timedelta(days=20), office=office))
        if svc.required_documents(None):
            notices.append(documents_missing(svc, missing=[svc.required_documents(None)[0].id], office=office))
        if svc.refusal_grounds:
            grounds = list(range(len(svc.refusal_grounds)))
            notices.append(refusal(svc, grounds=grounds, decided_at=SUBMITTED.date(), office=office))
        if any(r.computable for r in office.reception):
            notices.append(reception_reminder(office, after=SUBMITTED))
    for n in notices:
        email = n.email("ru")
        rendered[f"{n.kind.value} email"] = email.subject + "\n" + email.text
        rendered[f"{n.kind.value} sms"] = n.sms("ru").text
        rendered[f"{n.kind.value} portal"] = n.portal_status("ru")
    if svc.talon is not None and svc.talon.has_refusal_receipt and office is not None:
        receipt = build_refusal_receipt(**{**case.receipt_kwargs(), "documents": [], "number": "16"})
        rendered["refusal receipt"] = receipt.render("ru")
    found = {where: lines for where, text in rendered.items() if (lines := kazakh_only(text, caller))}
    assert not found, f"{service_id}: Kazakh-only text in Russian documents: {found}"
