"""The Akmola oblast 2008 act (akmola-2008: resolution N А-7/428 of 2008-10-07), pinned to the act's text.

The seed is damaged text (see docs/text.md); every recorded phrase keeps the damaged text as its source. The raw
JSON is read directly, and again through ``kzsocial.services.catalog()`` and ``kzsocial.registry.offices()``.
Line numbers are those of ``002_416ffd3c2a99e323.txt``. The restoration of every recorded phrase is checked in
``tests/test_text.py``.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzsocial.calendar import Term, TermUnit
from kzsocial.errors import InvalidInputError
from kzsocial.registry import offices
from kzsocial.services import ApplicantProfile, TermStart, catalog

ACT = "akmola-2008"
SEED = "002_416ffd3c2a99e323.txt"
SERVICE = f"{ACT}/social-aid-local-decisions"
OBLAST = "akmola/oblast-employment-department"
DEPARTMENTS = {
    # slug: (area code, first phone as printed, its first line)
    "akkol-district": ("71638", "(8-71638)2-10-\n4 8", 233),
    "arshaly-district": ("71644", "(8-71644)2-13-\n76", 251),
    "astrakhan-district": ("71641", "(8-71641)2-25-\n34", 285),
    "atbasar-district": ("71643", "(8-71643)4-28-\n07", 306),
    "bulandy-district": ("71646", "(8-71646)2-21-\n38", 327),
    "egindykol-district": ("71642", "(8-71642)2-15-\n44", 347),
    "enbekshilder-district": ("71639", "(8-71639)2-21-\n29", 367),
    "ereymentau-district": ("71633", "(8-71633)2-11-\n73", 387),
    "esil-district": ("71647", "(8-71647)2-16-\n57", 402),
    "zhaksy-district": ("71635", "(8-71635)2-13-\n00", 434),
    "zharkain-district": ("71648", "(8-71648) \n9-17-02", 456),
    "zerendi-district": ("71632", "(8-71632) \n2-11-68", 476),
    "korgalzhyn-district": ("71637", "(8-71637)2-11-\n83", 497),
    "sandyktau-district": ("71640", "(8-71640) \n9-17-43", 519),
    "tselinograd-district": ("71651", "(8-71651)3-11-\n10", 538),
    "shortandy-district": ("71631", "(8-71631) \n2-19-75", 558),
    "shchuchinsk-district": ("71636", "(8-71636) \n4-27-68", 580),
    "stepnogorsk-city": ("71645", "(8-71645) \n6 -26-33", 599),
    "kokshetau-city": ("7162", "8(7162)  \n31-92-76", 619),
}


@functools.cache
def _file(name: str) -> Any:
    path = resources.files("kzsocial.data") / "acts" / ACT / name
    return json.loads(path.read_text(encoding="utf-8"))


def _service() -> dict[str, Any]:
    (svc,) = _file("services.json")["items"]
    assert isinstance(svc, dict)
    return svc


def _office(office_id: str) -> dict[str, Any]:
    return next(o for o in _file("offices.json")["items"] if o["id"] == office_id)


def _issues(record: dict[str, Any], code: str) -> list[dict[str, Any]]:
    return [i for i in record["data_issues"] if i["code"] == code]


@pytest.fixture(scope="module")
def seed_lines(seeds_dir: Path) -> list[str]:
    return (seeds_dir / SEED).read_text(encoding="utf-8").split("\n")


def _at(lines: list[str], src: dict[str, Any]) -> str:
    return "\n".join(lines[src["line"] - 1 : src.get("end_line", src["line"])])


# -- the act --------------------------------------------------------------------------------------------------


def test_act_header(seed_lines: list[str]) -> None:
    act = _file("act.json")["act"]
    assert (act["number"], act["date"], act["region"]) == ("А-7/428", "2008-10-07", "akmola")
    assert act["number"][0] == "\u0410", "the act prints a Cyrillic А"
    assert (act["registration"]["number"], act["registration"]["date"]) == ("3282", "2008-11-07")
    assert (act["repeal"]["number"], act["repeal"]["date"]) == ("А-6/358", "2011-03-10")
    assert act["amendments"] == []
    assert "N А-7/428" in seed_lines[6]
    assert _issues(act, "damaged-text"), "the act's damage is recorded"


# -- the term: 15 calendar days from the commission's decision ---------------------------------------------------


def test_term_runs_from_the_commissions_decision(seed_lines: list[str]) -> None:
    (term,) = _service()["terms"]
    assert (term["value"], term["unit"], term["starts_from"]) == (15, "calendar_days", "commission_decision")
    assert (term["source"]["line"], term["source"]["end_line"]) == (65, 66)
    assert "комиссияның шешімін" in seed_lines[64] and "15  күнтізбелік күннен кешіктірілмей" in seed_lines[65]
    assert "комиссияның шешімін алған күннен бастап" in term["starts_from_text"]["kk"]
    loaded = catalog().get(SERVICE).terms[0]
    assert (loaded.term, loaded.starts_from) == (Term(15, TermUnit.CALENDAR_DAYS), TermStart.COMMISSION_DECISION)


def test_deadline_needs_the_moment_of_the_decision() -> None:
    svc = catalog().get(SERVICE)
    with pytest.raises(InvalidInputError, match="event_at"):
        svc.deadline(dt.datetime(2008, 12, 10, 10, 0))
    d = svc.deadline(event_at=dt.datetime(2008, 12, 10, 10, 0))
    assert (d.start_event, d.last_day, d.due_at) == (
        "commission decision",
        dt.date(2008, 12, 25),
        dt.datetime(2008, 12, 25, 18, 0),
    )
    # the 15th day is 17 December 2008, Independence Day: the term ends on the next working day
    assert svc.deadline(event_at=dt.datetime(2008, 12, 2, 11, 0)).last_day == dt.date(2008, 12, 18)


@given(st.datetimes(min_value=dt.datetime(2008, 11, 7), max_value=dt.datetime(2011, 3, 9)))
def test_every_decision_in_force_gets_a_deadline_of_at_least_15_days(event: dt.datetime) -> None:
    d = catalog().get(SERVICE).deadline(event_at=event)
    assert d.last_day >= event.date() + dt.timedelta(days=15)
    assert d.last_day <= event.date() + dt.timedelta(days=15 + 10)


def test_queue_limits_are_40_minutes(seed_lines: list[str]) -> None:
    limits = [(q["stage"], q["minutes"], q["qualifier"]) for q in _service()["queue_limits"]]
    assert limits == [("submit", 40, "at_most"), ("receive", 40, "at_most")]
    assert "4 0  м и н у т" in _at(seed_lines, _service()["queue_limits"][0]["source"])
    assert "40 минуттан аспауы тиіс" in _at(seed_lines, _service()["queue_limits"][1]["source"])


def test_hours_and_fee() -> None:
    svc = _service()
    assert svc["fee"]["kind"] == "free" and svc["fee"]["source"]["line"] == 71
    assert svc["service_hours"]["days"][0]["weekdays"] == [0, 1, 2, 3, 4]
    assert svc["service_hours"]["source"]["line"] == 77


# -- documents and talon --------------------------------------------------------------------------------------


def test_sixteen_documents_restored_from_the_letter_spaced_list(seed_lines: list[str]) -> None:
    docs = _service()["documents"]
    assert len(docs) == 16
    assert [d["source"]["line"] for d in docs] == [
        93,
        94,
        95,
        96,
        97,
        98,
        99,
        101,
        103,
        104,
        106,
        108,
        109,
        110,
        111,
        114,
    ]
    first = docs[0]
    assert (first["name"]["kk"], first["source"]["text"]) == ("өтініш", "ө т і н і ш")
    assert docs[2]["name"]["kk"] == "өтініш берушінің есеп-шоты"
    assert docs[-1]["name"]["kk"] == "туы туралы куәлігінің көшірмесі"
    assert docs[-1]["source"]["text"] == "туы туралы куәліг ін ің  көшірмес і"
    for d in docs:
        assert d["source"]["text"] in _at(seed_lines, d["source"])


def test_documents_named_as_copies_are_copies(seed_lines: list[str]) -> None:
    # «көшірмесі» (a copy of ...) ends documents 2, 4, 5, 6 and 16 (lines 94, 96-98, 114)
    docs = _service()["documents"]
    copies = [(d["id"], d["source"]["line"]) for d in docs if d["name"]["kk"].endswith("көшірмесі")]
    assert copies == [
        ("identity-document-copy", 94),
        ("taxpayer-number-copy", 96),
        ("house-register-copy", 97),
        ("privilege-proof-copy", 98),
        ("birth-certificate-copy", 114),
    ]
    assert all(d["form"] == "copy" for d in docs if d["name"]["kk"].endswith("көшірмесі"))
    assert seed_lines[113].rstrip().endswith("көшірмес і .")


def test_birth_certificate_condition_is_flagged_as_a_guess() -> None:
    birth = next(d for d in _service()["documents"] if d["id"] == "birth-certificate-copy")
    assert birth["condition"]["applies_to"] == ["has_children"]
    (flag,) = [i for i in _service()["data_issues"] if i["source"]["line"] == 114 and i["code"] == "wording"]
    assert flag["severity"] == "warning"
    assert "guess" in flag["message"] and "every applicant" in flag["message"]


def test_travel_tickets_or_a_fare_certificate() -> None:
    tickets = next(d for d in _service()["documents"] if d["id"] == "travel-tickets")
    (fare,) = tickets["alternatives"]
    assert fare["name"]["kk"] == "жолақы құнын растайтын анықтама"


def test_a_citizen_without_a_category_brings_the_general_documents_only() -> None:
    svc = catalog().get(SERVICE)
    general = [d.id for d in svc.required_documents()]
    assert general == [
        "application", "identity-document-copy", "bank-account", "taxpayer-number-copy", "house-register-copy",
        "privilege-proof-copy", "family-income",
    ]  # fmt: skip
    disabled = [d.id for d in svc.required_documents(ApplicantProfile.of("citizen", "disabled"))]
    assert "disability-certificate-copy" in disabled and "death-certificate-copy" not in disabled
    # the act does not say who brings which: the inference is a recorded warning
    assert any("inferred" in i["message"] for i in _issues(_service(), "other"))


def test_talon_is_a_tear_off_talon_with_date_time_and_name(seed_lines: list[str]) -> None:
    talon = _service()["talon"]
    assert (talon["kind"], talon["fields"]) == ("talon", ["accepted_at", "accepted_by"])
    text = _at(seed_lines, talon["source"])
    assert "ү з б е л і  т а л о н" in text and "күні мен уақыты" in text
    assert "тіркеу талоны" not in "\n".join(seed_lines)  # the act never calls it a registration talon


# -- damage restored by hand ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("field", "line", "moved"), [("consumers", 62, "6."), ("refusal_grounds", 132, "17.")])
def test_displaced_paragraph_numbers_are_dropped_with_an_issue(
    seed_lines: list[str], field: str, line: int, moved: str
) -> None:
    (statement,) = _service()[field]
    assert statement["source"]["line"] == line and moved in statement["source"]["text"]
    assert moved not in statement["text"]["kk"]
    assert any(i["source"] == statement["source"] for i in _issues(_service(), "damaged-text"))


def test_complaint_bracket_is_put_back() -> None:
    complaint = _service()["complaint"][1]
    assert "\n(әлеуметтік" in complaint["source"]["text"]
    assert "(бұдан әрі- Басқарма)" in complaint["text"]["kk"]
    assert _issues(_service(), "cross-reference")[0]["source"]["line"] == 162  # «24-тарауында»


# -- offices ---------------------------------------------------------------------------------------------------


def test_offices() -> None:
    ids = [o["id"] for o in _file("offices.json")["items"]]
    assert ids == [OBLAST, *(f"akmola/employment-dept-{s}" for s in DEPARTMENTS), "akmola/oblast-akimat"]
    svc = catalog().get(SERVICE)
    assert list(svc.office_ids) == [f"akmola/employment-dept-{s}" for s in DEPARTMENTS]
    # point 22 names the departments and the oblast department (002:157-161); the akimat is a higher body (002:186)
    assert list(svc.complaint_office_ids) == [*(f"akmola/employment-dept-{s}" for s in DEPARTMENTS), OBLAST]
    assert list(svc.higher_body_ids) == ["akmola/oblast-akimat"]
    assert list(svc.information_office_ids) == [OBLAST]


@pytest.mark.parametrize(("slug", "code", "raw", "line"), [(s, *v) for s, v in DEPARTMENTS.items()])
def test_department_phones_are_raw_with_their_printed_area_code(
    seed_lines: list[str], slug: str, code: str, raw: str, line: int
) -> None:
    office = _office(f"akmola/employment-dept-{slug}")
    phone = office["phones"][0]
    assert (phone["raw"], phone["source"]["line"], office["area_code"]) == (raw, line, code)
    assert raw in _at(seed_lines, phone["source"])
    loaded = offices().get(office["id"]).phones[0]
    assert loaded.e164 is not None and loaded.e164.startswith("+7" + code) and len(loaded.e164) == 12


def test_department_names_are_restored() -> None:
    akkol = _office("akmola/employment-dept-akkol-district")
    assert akkol["name"]["kk"] == "Ақкөл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі"
    assert akkol["source"]["text"].startswith('"Ақ к ө л ауданыны ң ж ұ мыспен қ\nа м т у')
    esil = _office("akmola/employment-dept-esil-district")
    assert esil["name"]["kk"] == "Есіл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі"
    (split,) = [i for i in _issues(esil, "damaged-text") if "two pieces" in i["message"] and "name" in i["message"]]
    assert split["other_source"]["line"] == 410


def test_second_numbers_take_the_first_numbers_code() -> None:
    for slug, second in (("stepnogorsk-city", "+77164562030"), ("kokshetau-city", "+77162319281")):
        office = offices().get(f"akmola/employment-dept-{slug}")
        assert office.phones[1].e164 == second
        assert _issues(_office(office.id), "missing-area-code")


# Each broken contact: the office, the raw value (exactly as printed), and a word its issue must say.
BROKEN = [
    ("arshaly-district", "Arshaly_rotz@\n\n\n\nrjrshetau.online.kz", "keyboard"),
    ("astrakhan-district", "Ast r_socz@\nkokshetau.online.rz", ".rz"),
    ("atbasar-district", "Atb_rotzisn@\nkokshetau.online/kz", "slash"),
    ("bulandy-district", "Bulandy_rozsp 15k@\nm a i l . k z", "space"),
    ("zerendi-district", "byx\n@kokshetay.online.kz", "kokshetay"),
    ("korgalzhyn-district", "http://akmol.kz/\nadmin .h tml", "spaces"),
    ("kokshetau-city", "http\n: / /\nwww.zakupki.akmol.kz", "procurement"),
]


@pytest.mark.parametrize(("slug", "raw", "word"), BROKEN)
def test_broken_contacts_are_kept_raw_with_an_issue(seed_lines: list[str], slug: str, raw: str, word: str) -> None:
    office = _office(f"akmola/employment-dept-{slug}")
    (contact,) = [c for c in (*office["emails"], *office["websites"]) if c["raw"] == raw]
    assert raw in _at(seed_lines, contact["source"])
    issues = [i for i in _issues(office, "wrong-contact") if i["source"] == contact["source"]]
    assert len(issues) == 1 and word in issues[0]["message"]


def test_letter_spaced_emails_normalise_to_the_address() -> None:
    ereymentau = offices().get("akmola/employment-dept-ereymentau-district")
    email = ereymentau.emails[0]
    assert email.raw == "e r e m z s p @\nkokshetau.online.kz"
    assert email.normalized == "eremzsp@kokshetau.online.kz"
    site = ereymentau.websites[0]
    assert site.normalized == "http://www.ereymen.kz/"


def test_oblast_department_receptions(seed_lines: list[str]) -> None:
    dept = _office(OBLAST)
    assert [(r["rrule"], r["start"], r["end"]) for r in dept["reception"]] == [
        ("FREQ=WEEKLY;BYDAY=MO,TH", "15:00", "18:00"),
        ("FREQ=WEEKLY;BYDAY=WE,TH", "15:00", "18:00"),
        ("FREQ=WEEKLY;BYDAY=TH", "15:00", "18:00"),
    ]
    deputy = dept["reception"][1]
    assert deputy["text"]["kk"].endswith("15.00-ден 18.00-ге дейін")
    assert deputy["source"]["text"].endswith("18.00-\nг е  д е й і н")
    assert dept["postcode"] == "020000"
    assert offices().get(OBLAST).phones[0].e164 == "+77162763690"
    slot = offices().get(OBLAST).next_reception(dt.datetime(2008, 12, 16, 8, 0))
    assert slot.start == dt.datetime(2008, 12, 18, 15, 0)  # Wednesday 17 December is a holiday


def test_quality_indicators_keep_the_printed_values() -> None:
    qis = _service()["quality_indicators"]
    assert len(qis) == 12
    first = qis[0]
    assert (first["normative"], first["target_next_year"], first["current"]) == ("100", "94,6", "89,8")
    q21 = qis[2]
    assert (q21["code"], q21["current"], q21["values_source"]["end_line"]) == ("2.1", "92,5", 669)
    assert qis[-1]["name"]["kk"].endswith("% үлесі)")  # the missing bracket is kept and flagged
    assert any("5.1" in i["message"] for i in _issues(_service(), "misprint"))
