"""The North Kazakhstan 2015 act (nko-2015): 19 regulations and 15 offices, pinned to the act's text.

The raw JSON is read directly (what was encoded) and again through the library's loader (what the library makes
of it). Line numbers are those of ``004_c30395a18cd71827.txt`` (Kazakh to line 5978, Russian from 5979).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as hst

from kzsocial._data import Dataset, load_folders
from kzsocial.calendar import TermUnit
from kzsocial.registry import OfficeKind
from kzsocial.services import (
    ApplicantProfile,
    AutomationForm,
    Channel,
    FeeKind,
    ServiceDefinition,
    StepActor,
    TalonField,
    TalonKind,
    TermRole,
)

ACT = "nko-2015"
SEED = "004_c30395a18cd71827.txt"
PETROPAVL = "north-kazakhstan/employment-dept-petropavl"
OBLAST = "north-kazakhstan/employment-coordination-oblast"
DISTRICT_CODES = {
    "aiyrtau": "71533",
    "akzhar": "71546",
    "akkayin": "71532",
    "esil": "71543",
    "zhambyl": "71544",
    "magzhan-zhumabaev": "71531",
    "kyzylzhar": "71538",
    "mamlyut": "71541",
    "gabit-musrepov": "71535",
    "tayynsha": "71536",
    "timiryazev": "71537",
    "ualikhanov": "71542",
    "shal-akyn": "71534",
    "petropavl": "7152",
}


@functools.cache
def _file(name: str) -> dict[str, Any]:
    path = resources.files("kzsocial.data") / "acts" / ACT / name
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def act() -> dict[str, Any]:
    found: dict[str, Any] = _file("act.json")["act"]
    return found


def services() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = _file("services.json")["items"]
    return found


def offices() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = _file("offices.json")["items"]
    return found


def svc(number: int) -> dict[str, Any]:
    return next(s for s in services() if s["number"] == str(number))


def issues(number: int, code: str) -> list[dict[str, Any]]:
    return [i for i in svc(number)["data_issues"] if i["code"] == code]


@functools.cache
def loaded() -> Dataset:
    return load_folders([Path(str(resources.files("kzsocial.data") / "acts" / ACT))])


def service(number: int) -> ServiceDefinition:
    return next(s for s in loaded().services if s.number == str(number))


def _sources(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        own = [node] if isinstance(node.get("line"), int) and isinstance(node.get("text"), str) else []
        return own + [s for v in node.values() for s in _sources(v)]
    if isinstance(node, list):
        return [s for v in node for s in _sources(v)]
    return []


# -- the act ------------------------------------------------------------------------------------------------


def test_act_header_registration_repeal_and_amendment() -> None:
    a = act()
    assert (a["id"], a["number"], a["date"], a["region"], a["timezone"]) == (
        ACT,
        "294",
        "2015-08-10",
        "north-kazakhstan",
        "Asia/Almaty",
    )
    assert a["source_file"] == SEED
    assert a["registration"]["number"] == "3379" and a["registration"]["date"] == "2015-09-11"
    assert (a["repeal"]["number"], a["repeal"]["date"]) == ("181", "2016-05-26")
    [amendment] = a["amendments"]
    assert (amendment["number"], amendment["date"]) == ("511", "2015-12-31")
    assert amendment["source"]["line"] == 130
    assert "1-қосымша жаңа редакцияда" in amendment["source"]["text"]
    # the note is printed on each of the 19 Kazakh annexes 1 and on 18 of the Russian ones (not regulation 9's)
    assert len(amendment["also_printed"]) == 19 + 18 - 2
    [missing] = [i for i in svc(9)["data_issues"] if "N 511" in i["message"]]
    assert missing["source"]["line"] == 8902
    loaded_act = loaded().acts[0]
    assert loaded_act.amendments[0].number == "511"
    assert loaded_act.amendments[0].date == dt.date(2015, 12, 31)


def test_every_source_is_on_its_line(seeds_dir: Path) -> None:
    lines = (seeds_dir / SEED).read_text(encoding="utf-8").split("\n")
    found = [s for name in ("act.json", "offices.json", "services.json") for s in _sources(_file(name))]
    assert len(found) > 2000
    for s in found:
        hay = "\n".join(lines[s["line"] - 1 : s.get("end_line", s["line"])])
        assert s["text"] in hay, s



# -- the 19 regulations -------------------------------------------------------------------------------------


def test_nineteen_regulations_with_titles_in_both_languages() -> None:
    items = services()
    assert [s["number"] for s in items] == [str(n) for n in range(1, 20)]
    assert all(s["kind"] == "regulation" and s["id"].startswith(ACT + "/") for s in items)
    assert len({s["id"] for s in items}) == 19
    first = svc(1)
    assert first["title"]["kk"] == "Жұмыссыз азаматтарды тіркеу және есепке қою"
    assert first["title"]["ru"] == "Регистрация и постановка на учет безработных граждан"
    assert (first["source"]["line"], first["ru_source"]["line"]) == (35, 6013)
    assert svc(19)["title"] == {
        "kk": "Оралман мәртебесін беру",
        "ru": "Присвоение статуса оралмана",
        "en": "Granting oralman status",
    }
    assert all(s["ru_source"]["line"] > 5978 for s in items)


def test_each_regulation_implements_the_order_279_standard_and_states_no_overall_term() -> None:
    for s in services():
        text = s["implements"]["text"]["kk"]
        assert "2015 жылғы 28 сәуірдегі № 279 бұйрығымен" in text, s["id"]
        assert "№ 279" in s["implements"]["text"]["ru"]
        assert not [t for t in s["terms"] if t["role"] == "main"], s["id"]
        [note] = [i for i in s["data_issues"] if "no overall term" in i["message"]]
        assert "standard" in note["message"] and note["severity"] == "info"


def test_channels_free_fee_and_form() -> None:
    assert svc(1)["channels"] == ["provider", "centre", "portal"]
    assert svc(4)["channels"] == ["provider", "centre", "akim"]
    assert svc(6)["channels"] == ["provider", "akim", "portal"]
    assert svc(10)["channels"] == ["provider", "centre", "akim"]
    assert svc(11)["channels"] == ["provider"]
    assert svc(18)["channels"] == ["provider", "portal"]
    s1, s2, s4 = service(1), service(2), service(4)
    assert s1.fee.kind is FeeKind.FREE
    assert s1.fee.source is not None and s1.fee.source.text == "тегін көрсетіледі"
    assert (s1.form, s2.form, s4.form) == (
        AutomationForm.PARTLY_AUTOMATED,
        AutomationForm.AUTOMATED,
        AutomationForm.NOT_AUTOMATED,
    )


def test_regulation_1_provider_steps_with_durations_and_lines() -> None:
    steps = service(1).steps_for("provider")
    got = [
        (
            s.order,
            s.item,
            s.actor,
            s.max.term.value if s.max else None,
            s.max.term.unit if s.max else None,
            s.source.line,
            s.ru_source.line if s.ru_source else None,
        )
        for s in steps
    ]
    assert got == [
        (1, 1, StepActor.PROVIDER_EMPLOYEE, 10, TermUnit.MINUTES, 73, 6051),
        (2, None, StepActor.PROVIDER_EMPLOYEE, 2, TermUnit.HOURS, 74, 6052),
        (3, 2, StepActor.PROVIDER_HEAD, 1, TermUnit.WORKING_DAYS, 75, 6053),
        (4, 3, StepActor.PROVIDER_EXECUTOR, 2, TermUnit.WORKING_DAYS, 76, 6054),
        (5, 4, StepActor.PROVIDER_HEAD, 1, TermUnit.WORKING_DAYS, 77, 6055),
        (6, 5, StepActor.PROVIDER_EXECUTOR, 10, TermUnit.MINUTES, 78, 6056),
    ]
    assert [s.max.raw for s in steps if s.max] == [
        "10 (он) минуттан аспайды",
        "2 (екі) сағаттан аспайды",
        "1 (бір) жұмыс күнінен аспайды",
        "2 (екі) жұмыс күнінен аспайды",
        "1 (бір) жұмыс күнінен аспайды",
        "10 (он) минуттан аспайды",
    ]
    executor = steps[3]
    [alt] = executor.max_alternatives
    assert alt.condition.kk == "құжаттар орталықтан түскен жағдайда"
    assert (alt.max.term.value, alt.max.term.unit) == (1, TermUnit.WORKING_DAYS)
    assert steps[0].action.ru is not None and steps[0].action.ru.startswith("сотрудник услугодателя принимает")


def test_centre_and_akim_procedures_of_the_child_allowance() -> None:
    s = service(4)
    centre = s.steps_for("centre")
    assert [st.actor for st in centre][:5] == [
        StepActor.APPLICANT,
        StepActor.CENTRE_OPERATOR,
        StepActor.CENTRE_OPERATOR,
        StepActor.CENTRE_OPERATOR,
        StepActor.CENTRE_OPERATOR,  # «орталық қызметкері ... курьерлік ... жібереді» (004:933), not a courier
    ]
    assert centre[4].max is not None and centre[4].max.raw == "1 (бір) жұмыс күні ішінде"
    akim = s.steps_for("akim")
    assert [(st.actor, st.max.raw if st.max else None, st.source.line) for st in akim[:5]] == [
        (StepActor.APPLICANT, None, 944),
        (StepActor.AKIM, "15(он бес) минуттан аспайды", 945),
        (StepActor.AKIM, "2 (екі) жұмыс күні ішінде", 946),
        (StepActor.COMMISSION, "3 (үш) жұмыс күні ішінде", 947),  # the district commission
        (StepActor.AKIM, "15 (он бес) жұмыс күні ішінде", 948),
    ]


def test_portal_steps_carry_no_durations() -> None:
    portal = service(1).steps_for("portal")
    assert len(portal) == 7 and all(st.max is None for st in portal)
    assert [st.source.line for st in portal] == list(range(118, 125))


def test_regulation_10_akim_follows_the_providers_procedure() -> None:
    s = service(10)
    provider, akim = s.steps_for("provider"), s.steps_for("akim")
    assert [p.source for p in provider] == [a.source for a in akim]
    assert {a.actor for a in akim} == {StepActor.AKIM}


def test_variants_of_regulations_9_and_18() -> None:
    s9, s18 = service(9), service(18)
    assert set(s9.variants) == {"registration", "certificate"}
    assert len(s9.steps_for("provider", variant="registration")) == 8
    commission = [st for st in s9.steps_for("provider", variant="registration") if st.actor is StepActor.COMMISSION]
    assert commission[0].max is not None and commission[0].max.raw == "15 (он бес) жұмыс күні ішінде"
    assert set(s18.variants) == {
        "employer-permit",
        "employer-permit-reissue",
        "employer-permit-extension",
        "worker-permit",
        "worker-permit-reissue",
    }
    assert len(s18.steps_for("provider", variant="employer-permit-extension")) == 6
    assert len(s18.steps_for("portal", variant="worker-permit")) == 7  # the portal procedure is common to all
    ext = [d.id for d in s18.required_documents(channel="provider", variant="employer-permit-extension")]
    assert ext == [
        "employer-permit-extension-application",
        "employer-permit-extension-special-conditions-report",
        "employer-permit-extension-local-content-info",
    ]
    other = ApplicantProfile.of("other_foreign_workers")
    exempt = ApplicantProfile.of("other_foreign_workers", "special_conditions_exempt")
    permit = {d.id for d in s18.required_documents(other, channel="provider", variant="employer-permit")}
    assert len(permit) == 11 and "employer-permit-special-conditions-report" in permit
    assert permit - {d.id for d in s18.required_documents(exempt, channel="provider", variant="employer-permit")} == {
        "employer-permit-special-conditions-report"
    }
    hygiene = [d.id for d in service(12).required_documents(variant="hygiene-aids")]
    # the application of annex 2 (line 3683; «… гигиеналық құралдармен қамтамасыз ету бойынша өтініш және мынадай
    # құжаттар», line 3695) is asked for every kind of aid
    assert hygiene == [
        "application",
        "hygiene-aids-identity-document",
        "hygiene-aids-rehabilitation-extract",
        "hygiene-aids-disability-certificate",
    ]


def test_step_orders_are_a_sequence_per_channel_and_durations_match_their_wording() -> None:
    for s in services():
        by_channel: dict[tuple[str, str | None], list[int]] = {}
        for step in s["steps"]:
            by_channel.setdefault((step["channel"], None), []).append(step["order"])
            if step["max"] is not None:
                assert step["max_raw"] in step["source"]["text"], step
                digits = re.match(r"(?:күнтізбелік )?(\d+)", step["max_raw"])
                assert digits is not None and int(digits.group(1)) == step["max"]["value"], step
            assert step["ru_source"]["line"] > 5978
        for orders in by_channel.values():
            assert orders == list(range(1, len(orders) + 1)), s["id"]


# -- documents, receipts ----------------------------------------------------------------------------------------


def test_identity_document_alternatives_by_profile() -> None:
    s = service(1)
    ident = next(d for d in s.documents if d.id == "identity-document")
    assert {a.id for a in ident.alternatives} == {
        "citizen-identity-card-or-passport",
        "residence-permit",
        "stateless-certificate",
        "oralman-certificate",
    }
    assert ident.channels == frozenset({Channel.PROVIDER, Channel.CENTRE})
    portal = [d.id for d in s.required_documents(channel="portal")]
    assert portal == ["e-application"]
    oralman = next(a for a in ident.alternatives if a.id == "oralman-certificate")
    assert oralman.applies_to(ApplicantProfile.of("oralman"))
    assert not oralman.applies_to(None)


def test_conditional_documents_of_regulations_4_and_16() -> None:
    s4 = service(4)
    citizen = {d.id for d in s4.required_documents()}
    guardian = {d.id for d in s4.required_documents(ApplicantProfile.of("citizen", "guardian"))}
    assert "guardianship-or-adoption" not in citizen and "guardianship-or-adoption" in guardian
    s16 = service(16)
    elderly = {d.id for d in s16.required_documents(ApplicantProfile.of("citizen", "elderly"))}
    assert "disability-certificate-copy" not in elderly
    assert "disability-certificate-copy" in {d.id for d in s16.required_documents()}


def test_receipt_of_the_centre_and_the_refusal_receipt() -> None:
    s1 = service(1)
    assert s1.talon is not None and s1.talon.kind is TalonKind.RECEIPT
    assert s1.talon.fields == (
        TalonField.NUMBER,
        TalonField.ACCEPTED_AT,
        TalonField.SERVICE,
        TalonField.DOCUMENT_COUNT,
        TalonField.DOCUMENTS,
        TalonField.DUE_AT,
        TalonField.RESULT_PLACE,
        TalonField.ACCEPTED_BY,
        TalonField.APPLICANT,
        TalonField.REPRESENTATIVE,
        TalonField.APPLICANT_PHONE,
        TalonField.REPRESENTATIVE_PHONE,
    )
    assert not s1.talon.has_refusal_receipt
    s5 = service(5)
    assert s5.talon is not None and s5.talon.has_refusal_receipt
    assert s5.talon.refusal_fields == REFUSAL_FORM
    raw = svc(5)["talon"]["refusal_receipt"]
    assert (raw["source"]["line"], raw["ru_source"]["line"]) == (1810, 7836)
    assert raw["source"]["text"] == "Құжаттарды қабылдаудан бас тарту туралы қолхат"
    refusal = {int(s["number"]) for s in services() if (s["talon"] or {}).get("refusal_receipt")}
    assert refusal == {2, 5, 7, 8, 9, 10, 19}
    assert svc(2)["talon"]["refusal_receipt"]["fields"] == []  # mentioned, never defined
    assert svc(3)["talon"] is None
    assert {s["talon"]["kind"] for s in services() if int(s["number"]) in range(11, 19)} == {"talon"}


# The annexed form of the receipt of refusal, top to bottom: the applicant's name and address, the centre's branch
# and its address, the missing documents, the service, the centre employee who signs, the executor and the
# executor's phone, and «Алдым» / «Получил» with the date the applicant writes by hand.
REFUSAL_FORM = (
    TalonField.APPLICANT,
    TalonField.APPLICANT_ADDRESS,
    TalonField.OFFICE,
    TalonField.DOCUMENTS,
    TalonField.SERVICE,
    TalonField.ACCEPTED_BY,
    TalonField.EXECUTOR,
    TalonField.EXECUTOR_PHONE,
    TalonField.RECEIVED_AT,
)

# regulation -> (annex, kk title line, the kk executor and phone lines, the ru title line, the ru executor line)
REFUSAL_FORMS = {
    5: (6, 1810, (1821, 1822), 7836, 7846),
    7: (2, 2355, (2366, 2367), 8388, 8398),
    8: (4, 2693, (2704, 2705), 8716, 8726),
    9: (4, 3102, (3113, 3114), 9123, 9133),
    10: (3, 3398, (3409, 3410), 9420, 9430),
    19: (3, 5949, (5958, 5959), 12052, 12062),
}


def test_every_refusal_form_asks_for_the_applicants_address_the_executor_and_the_date_received(
    seeds_dir: Path,
) -> None:
    lines = (seeds_dir / SEED).read_text(encoding="utf-8").split("\n")
    for number, (annex, title, (executor, phone), ru_title, ru_executor) in REFUSAL_FORMS.items():
        spec = service(number).talon
        assert spec is not None and spec.refusal_fields == REFUSAL_FORM, number
        raw = svc(number)["talon"]["refusal_receipt"]
        assert raw["fields"] == [f.value for f in REFUSAL_FORM]
        assert (raw["source"]["line"], raw["ru_source"]["line"]) == (title, ru_title), number
        assert raw["ru_source"]["text"] == "Расписка об отказе в приеме документов"
        # The executor and the phone under the name, in both languages; the office's phone is not on the form.
        assert re.match(r"\s*(Орындаушының тегі|Орынд\. Тегі)", lines[executor - 1]), number
        assert re.match(r"\s*Тел(\.|ефоны)", lines[phone - 1]), number
        assert re.match(r"\s*Исп\. [фФ]амилия", lines[ru_executor - 1]), number
        assert lines[ru_executor + 1].strip().startswith("Телефон"), number
        # «Алдым: ...» and the date line the applicant fills in; «Получил: ...» and its date line.
        assert lines[phone].strip().startswith("Алдым:") and "жылғы" in lines[phone + 1], number
        assert lines[ru_executor + 2].strip().startswith("Получил:"), number
        assert re.fullmatch(r'\s*"_+" _+ 20 _+ года', lines[ru_executor + 3]), number
        # The applicant's address, under the name, before the title.
        kk_head = " ".join(lines[title - 8 : title - 1])
        assert re.search(r"алушы(ны)?ң\s+мекен-?жайы", kk_head), number
        assert "(адрес услугополучателя)" in lines[ru_title - 4 : ru_title - 1], number
        # The form is the annex the regulation names: the nearest annex heading above its title.
        heading = next(line for line in reversed(lines[: title - 1]) if "қосымша" in line)
        assert f"регламентіне {annex}-қосымша" in heading, number
    assert TalonField.OFFICE_PHONE not in REFUSAL_FORM


# -- offices ----------------------------------------------------------------------------------------------------


def test_fifteen_offices_of_annex_1_with_their_hours() -> None:
    items = offices()
    assert len(items) == 15
    ids = [o["id"] for o in items]
    assert ids == [f"north-kazakhstan/employment-dept-{slug}" for slug in DISTRICT_CODES] + [OBLAST]
    kinds = Counter(o["kind"] for o in items)
    assert kinds == {"district_department": 13, "city_department": 1, "oblast_department": 1}
    for o in items:
        assert o["hours"]["days"][0]["weekdays"] == [0, 1, 2, 3, 4]
        assert o["hours"]["days"][0]["intervals"][0] == ["09:00", "13:00"]
        close = "18:00" if o["id"] == OBLAST else "17:30"
        assert o["hours"]["days"][0]["intervals"][1] == ["14:30", close], o["id"]
        assert "13.00-ден 14.30-ға дейінгі түскі үзіліспен" in o["hours"]["source"]["text"]
    oblast = next(o for o in items if o["id"] == OBLAST)
    assert oblast["hours"]["source"]["line"] == 5512
    assert oblast["hours_alternatives"][0]["days"][0]["intervals"][1] == ["14:30", "17:30"]
    [hours_issue] = [i for i in oblast["data_issues"] if i["code"] == "inconsistent-hours"]
    assert "18.00" in hours_issue["message"] and "17.30" in hours_issue["message"]


def test_contacts_as_printed_and_area_codes() -> None:
    by_id = {o.id: o for o in loaded().offices}
    for slug, code in DISTRICT_CODES.items():
        o = by_id[f"north-kazakhstan/employment-dept-{slug}"]
        assert o.area_code == code
        assert o.phones[0].e164 == "+7" + re.sub(r"\D", "", o.phones[0].raw)[1:]
        assert o.phones[0].e164.startswith("+7" + code)
    aiyrtau = by_id["north-kazakhstan/employment-dept-aiyrtau"]
    assert aiyrtau.phones[0].raw == "8 (715)33-2-13-62" and aiyrtau.phones[0].e164 == "+77153321362"
    petropavl = by_id[PETROPAVL]
    assert petropavl.phones[0].raw == "8 (715)2-53-07-84" and petropavl.phones[0].e164 == "+77152530784"
    assert petropavl.address is not None and petropavl.address.kk == "Театральный көшесі, 36"
    assert by_id[OBLAST].area_code == "7152" and by_id[OBLAST].phones[0].e164 == "+77152465648"
    kyzylzhar = by_id["north-kazakhstan/employment-dept-kyzylzhar"]
    assert [p.e164 for p in kyzylzhar.phones] == ["+77153821650", "+77152500617"]
    akzhar = by_id["north-kazakhstan/employment-dept-akzhar"]
    assert akzhar.emails[0].raw == "akzhar-social@ko.kz"
    assert any(i.code == "wrong-contact" and "sko.kz" in i.message for i in akzhar.data_issues)
    raw = {o["id"]: o for o in offices()}
    assert raw["north-kazakhstan/employment-dept-aiyrtau"]["source"]["line"] == 138
    # printed in all 17 annexes (district departments) or 2 (oblast), in Kazakh and in Russian; the first
    # printing of each language is the source and ru_source
    assert len(raw[PETROPAVL]["also_printed"]) == 17 * 2 - 2
    assert len(raw["north-kazakhstan/employment-dept-aiyrtau"]["also_printed"]) == 17 * 2 - 2 + 2  # twice in 3, 4
    assert len(raw[OBLAST]["also_printed"]) == 2


def test_regulations_link_their_providers() -> None:
    districts = [f"north-kazakhstan/employment-dept-{slug}" for slug in DISTRICT_CODES]
    for s in services():
        expected = [OBLAST] if s["number"] in ("18", "19") else districts
        assert s["office_ids"] == expected, s["id"]
    assert loaded().offices[0].kind is OfficeKind.DISTRICT_DEPARTMENT


# -- the act's inconsistencies ------------------------------------------------------------------------------------


def test_courier_step_of_one_minute() -> None:
    [i] = [i for i in issues(2, "inconsistent-terms") if "courier" in i["message"]]
    assert i["source"]["line"] == 415 and "1 (бір) минуттан аспайды" in i["source"]["text"]
    courier = next(st for st in service(2).steps_for("centre") if "курьерлік" in st.action.kk)
    assert courier.max is not None and (courier.max.term.value, courier.max.term.unit) == (1, TermUnit.MINUTES)
    others = [
        st.max.term
        for n in (1, 4, 5, 7, 9, 10, 19)
        for st in service(n).steps_for("centre")
        if "курьерлік" in st.action.kk and st.max
    ]
    assert {(t.value, t.unit) for t in others} == {(1, TermUnit.WORKING_DAYS)}


def test_two_items_numbered_2() -> None:
    for number, line in ((1, 46), (2, 362)):
        [i] = issues(number, "numbering")
        assert i["source"]["line"] == line and i["source"]["text"] == "2) www.egov.kz"


def test_unit_mixing_calendar_and_working_days() -> None:
    [i] = issues(8, "ambiguous-unit")
    assert i["source"] == {"line": 2469, "text": "күнтізбелік 1 (бір) жұмыс күні ішінде"}
    courier = next(st for st in service(8).steps_for("centre") if "курьерлік" in st.action.kk)
    assert courier.max is not None and courier.max.raw == "күнтізбелік 1 (бір) жұмыс күні ішінде"
    assert courier.max.term.unit is TermUnit.WORKING_DAYS


def test_paragraphs_5_and_8_disagree() -> None:
    [auto] = [i for i in issues(19, "inconsistent-terms") if i["message"].startswith("Paragraphs 5 and 8")]
    assert (auto["source"]["line"], auto["other_source"]["line"]) == (5839, 5859)
    assert "1 working day" in auto["message"]
    actor = [i for i in issues(18, "inconsistent-terms") if "paragraph 8" in i["message"]]
    assert len(actor) == 1 and "head" in actor[0]["message"]


def test_approval_stamp_dated_july() -> None:
    [i] = [i for i in issues(8, "misprint") if "stamp" in i["message"]]
    assert i["source"] == {"line": 2391, "text": "2015 жылғы 10 шілдедегі № 294"}
    assert i["related_sources"][0]["text"] == "от 10 августа 2015 года № 294"


def test_other_inconsistencies_found_by_reading() -> None:
    assert issues(2, "misprint")[0]["source"]["text"] == "(2 (минут) ішінде)"
    assert issues(2, "undefined-talon")
    assert issues(3, "duplicate-office") and issues(4, "duplicate-office")
    assert issues(5, "damaged-text")[0]["related_sources"][0]["text"].startswith("5) социальный контракт")
    assert "10)" in issues(6, "numbering")[0]["message"]
    assert issues(6, "cross-reference")
    assert [t["value"] for t in svc(6)["terms"]] == [20]
    assert any("аспайды7" in i["source"]["text"] for i in issues(9, "misprint"))
    assert [(t["role"], t["value"], t["unit"]) for t in svc(9)["terms"]] == [("extension", 1, "months")]
    assert issues(14, "wording") and issues(16, "copy-paste")
    assert any("Russian" in i["message"] for i in issues(19, "undefined-talon"))
    roles = {t.role for t in service(19).terms}
    assert roles == {TermRole.OTHER}
    codes = Counter(i["code"] for s in services() for i in s["data_issues"])
    assert codes["inconsistent-terms"] >= 5


@given(hst.sampled_from(range(1, 20)))
def test_every_issue_and_step_points_into_its_own_regulation(number: int) -> None:
    s = svc(number)
    starts = sorted(int(x["source"]["line"]) for x in services())
    lo = int(s["source"]["line"])
    hi = next((x for x in starts if x > lo), 5978)
    for st_ in s["steps"]:
        assert lo < st_["source"]["line"] < hi
    for i in s["data_issues"]:
        line = i["source"]["line"]
        assert lo - 2 <= line < hi or line > 5978, (number, i)


def test_through_the_catalogue_and_the_registry() -> None:
    from kzsocial.registry import offices as registry
    from kzsocial.services import catalog

    cat = catalog()
    assert [s.number for s in cat.by_act(ACT)] == [str(n) for n in range(1, 20)]
    assert {s.id for s in cat.by_region("north-kazakhstan")} == {s["id"] for s in services()}
    assert [s.id for s in cat.search("присвоение статуса оралмана")] == [f"{ACT}/oralman-status"]
    assert f"{ACT}/oralman-status" in {s.id for s in cat.by_office(OBLAST)}
    assert len(cat.by_office(PETROPAVL)) == 17
    reg = registry()
    assert len(reg.by_act(ACT)) == 15
    assert {o.id for o in reg.for_service(cat.get(f"{ACT}/foreign-labour-permit"))} == {OBLAST}
    assert reg.get(PETROPAVL).hours == loaded().offices[13].hours
