"""The offices of the Karaganda 2008 act (offices.json, office_links.json), pinned to the act's text.

The raw JSON is read directly (what was encoded), and again through ``kzsocial.registry.offices()`` (what the
library makes of it). Line numbers are those of ``000_24378b1da5dcbe4b.txt``.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections import Counter
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import phonenumbers
import pytest
from dateutil import rrule
from hypothesis import given
from hypothesis import strategies as st

from kzsocial._data import Dataset, load_folders
from kzsocial.calendar import default_calendar
from kzsocial.registry import Office, OfficeKind, OfficeRegistry, offices
from kzsocial.services import catalog

ACT = "karaganda-2008"
SEED = "000_24378b1da5dcbe4b.txt"
SERVICE_IDS = [
    f"{ACT}/unemployed-registration",
    f"{ACT}/semipalatinsk-victims-registration",
    f"{ACT}/prosthetic-orthopaedic-aid",
    f"{ACT}/hearing-visual-hygiene-aids",
    f"{ACT}/child-benefits-under-18",
    f"{ACT}/housing-assistance",
    f"{ACT}/medical-social-institution-documents",
    f"{ACT}/home-social-care-documents",
    f"{ACT}/social-aid-local-decisions",
    f"{ACT}/disabled-children-home-education-aid",
    f"{ACT}/rural-specialists-fuel-aid",
    f"{ACT}/targeted-social-assistance",
    f"{ACT}/unemployed-certificate",
]
OBLAST = "karaganda/oblast-employment-department"
RURAL = {"rural_akim", "settlement_akim"}


@functools.cache
def _file(name: str) -> dict[str, Any]:
    path = resources.files("kzsocial.data") / "acts" / ACT / name
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def items() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = _file("offices.json")["items"]
    return found


def links() -> dict[str, list[str]]:
    """Every office each standard's annexes list: the serving offices, then the akimats for complaints."""
    return {sid: [*roles["serving"], *roles["complaints"]] for sid, roles in _roles().items()}


def _roles() -> dict[str, dict[str, list[str]]]:
    """Each standard's offices by role, from the role groups of office_links.json (each with its point)."""
    found: dict[str, dict[str, list[str]]] = {}
    for sid, value in _file("office_links.json")["items"].items():
        roles: dict[str, list[str]] = {"serving": [], "complaints": []}
        for group in value["office_roles"]:
            roles.setdefault(group["role"], []).extend(i for i in group["offices"] if i not in roles[group["role"]])
        found[sid] = roles
    return found


def test_akimats_are_linked_for_complaints_and_not_as_providers() -> None:
    kinds = {o["id"]: o["kind"] for o in items()}
    for sid, roles in _roles().items():
        assert roles["complaints"], sid
        assert {kinds[i] for i in roles["complaints"]} <= {"city_akimat", "district_akimat", "oblast_department"}, sid
        # point 22 of standards 2, 3, 4, 9 and 10 names the oblast department («Басқарма») beside the akims
        # (000:1239, 2274, 3333, 9231, 10256); the other standards name the akims only
        named = OBLAST in roles["complaints"]
        assert named == (SERVICE_IDS.index(sid) + 1 in (2, 3, 4, 9, 10)), sid
        assert not {kinds[i] for i in roles["serving"]} & {"city_akimat", "district_akimat"}, sid


def office(office_id: str) -> dict[str, Any]:
    return next(o for o in items() if o["id"] == office_id)


def codes(o: dict[str, Any]) -> list[str]:
    return [i["code"] for i in o["data_issues"]]


# -- the files as encoded ------------------------------------------------------------------------------------


def test_files_are_format_1_of_this_act() -> None:
    for name in ("offices.json", "office_links.json"):
        assert _file(name)["format"] == 1
        assert _file(name)["act"] == ACT


def test_office_counts_by_kind() -> None:
    # 9 cities and 9 districts, each with a department and an akim's apparatus; 195 settlement and rural
    # akims in annex 2 of standards 5, 11 and 12; the oblast department; the oblast akimat (its website).
    assert Counter(o["kind"] for o in items()) == {
        "oblast_department": 1,
        "other": 1,
        "city_department": 9,
        "district_department": 9,
        "city_akimat": 9,
        "district_akimat": 9,
        "settlement_akim": 32,
        "rural_akim": 163,
    }


def test_ids_are_unique_well_formed_and_parents_exist() -> None:
    ids = [o["id"] for o in items()]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"karaganda/[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids)
    for o in items():
        assert o["parent_id"] is None or o["parent_id"] in ids, o["id"]
        assert o["timezone"] == "Asia/Almaty"
        assert o["region"] == "karaganda"


def test_each_office_is_recorded_once_with_every_repeat() -> None:
    printings = {o["id"]: 1 + len(o["also_printed"]) for o in items()}
    # the city departments and akimats in 12 standards (not in standard 11, which is for rural areas),
    # the district ones in all 13; each rural akim in the three annexes 2
    for o in items():
        expected = {"city_department": 12, "city_akimat": 12, "district_department": 13, "district_akimat": 13}
        if o["kind"] in expected:
            assert printings[o["id"]] == expected[o["kind"]], o["id"]
        elif o["kind"] in RURAL:
            assert printings[o["id"]] == 3, o["id"]
    lines = [s["line"] for s in office(OBLAST)["also_printed"]]
    assert 47 in lines  # point 2 of the resolution names the oblast department
    assert 14527 in lines  # point 25 of standard 13


def test_karaganda_city_department_contacts_as_printed() -> None:
    o = office("karaganda/employment-dept-karaganda-city")
    assert o["kind"] == "city_department"
    assert o["name"]["kk"] == "Қарағанды қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі"
    assert o["source"]["line"] == 229
    assert o["postcode"] == "100012"
    assert o["address"]["kk"] == "100012, Қарағанды облысы, Қарағанды қаласы, Поспелов көшесі, 16"
    assert o["phones"] == [
        {"raw": "(7212) 300169", "kind": "phone", "source": {"line": 232, "text": "(7212) 300169"}},
        {"raw": "(7212) 300229", "kind": "fax", "source": {"line": 234, "text": "(7212) 300229"}},
    ]
    assert [(e["raw"], e["source"]["line"]) for e in o["emails"]] == [("krggorsobes@mail.ru", 236)]
    assert [w["raw"] for w in o["websites"]] == ["www karaganda-akimat.kz"]
    # the space in the website, which is the city akimat's site anyway
    messages = [i["message"] for i in o["data_issues"]]
    assert codes(o) == ["wrong-contact", "wrong-contact"]
    assert "space where a dot belongs" in messages[0]
    assert "karaganda/akimat-karaganda-city" in messages[1]
    assert o["parent_id"] == OBLAST


def test_oblast_department_from_point_25() -> None:
    o = office(OBLAST)
    assert o["address"]["kk"].endswith("Қарағанды қаласы, Ержанов көшесі 47/3")
    assert [p["raw"] for p in o["phones"]] == ["8 (7212) 432082"]
    assert [e["raw"] for e in o["emails"]] == ["karagandatrud@mail.ru", "depkaraganda1@enbek.kz"]
    assert o["source"]["line"] == 208
    assert o["area_code"] == "7212"


def test_area_codes_of_the_seats_are_the_printed_ones() -> None:
    expected = {
        "karaganda-city": "7212",
        "temirtau-city": "7213",
        "balkhash-city": "71036",
        "zhezkazgan-city": "7102",
        "karazhal-city": "71032",
        "priozersk-city": "71039",
        "saran-city": "72137",
        "shakhtinsk-city": "72156",
        "satpayev-city": "71063",
        "abay-district": "72131",
        "zhanaarka-district": "71030",
        "karkaraly-district": "72146",
        "nura-district": "72144",
        "osakarov-district": "72149",
        "aktogay-district": "71037",
        "shet-district": "71031",
        "ulytau-district": "71035",
        "bukhar-zhyrau-district": "72154",
    }
    for unit, code in expected.items():
        assert office(f"karaganda/employment-dept-{unit}")["area_code"] == code
        assert office(f"karaganda/akimat-{unit}")["area_code"] == code


def test_area_code_is_the_code_printed_with_the_numbers_unless_explained() -> None:
    for o in items():
        printed = {m.group(1).removeprefix("8") for p in o["phones"] if (m := re.search(r"\(\s*(\d+)\s*\)", p["raw"]))}
        if printed and o["area_code"] not in printed:
            # only where the printed code is impossible, and an issue says so
            assert o["id"] in {
                "karaganda/akim-abay-district-koksu-rural-district",
                "karaganda/akim-ulytau-district-aktas-settlement",
            }
            assert "wrong-contact" in codes(o)


# -- reception schedules ---------------------------------------------------------------------------------------


def test_zhezkazgan_akim_every_2nd_and_4th_monday() -> None:
    slot = office("karaganda/akimat-zhezkazgan-city")["reception"][0]
    assert slot["who"]["kk"] == "Әкім"
    assert slot["rrule"] == "FREQ=MONTHLY;BYDAY=+2MO,+4MO"
    assert (slot["start"], slot["end"]) == ("18:00", "20:00")
    assert slot["text"]["kk"] == "әр айдың 2, 4-ші дүйсенбісі, сағ. 18.00-ден 20.00 дейін"
    assert slot["source"] == {
        "line": 613,
        "end_line": 615,
        "text": "әр айдың 2, 4-ші дүйсенбісі,\n\nсағ. 18.00-ден 20.00 дейін",
    }


@pytest.mark.parametrize(
    ("office_id", "index", "rrule_text", "start", "end"),
    [
        ("karaganda/akimat-nura-district", 0, "FREQ=MONTHLY;BYDAY=-1TH", "15:00", "18:00"),  # соңғы бейсенбісі
        ("karaganda/akimat-zhanaarka-district", 0, "FREQ=MONTHLY;BYDAY=+1TH", "15:00", "17:00"),
        ("karaganda/akimat-temirtau-city", 1, "FREQ=WEEKLY;BYDAY=FR", "17:00", "18:00"),  # жұма
        ("karaganda/akimat-abay-district", 0, "FREQ=MONTHLY;BYDAY=+1MO,+3MO", "16:00", None),  # 16.00 бастап
        ("karaganda/akimat-shet-district", 0, "FREQ=MONTHLY;BYDAY=+1MO,+4MO", "16:00", "19:00"),
    ],
)
def test_reception_rrules(office_id: str, index: int, rrule_text: str, start: str, end: str | None) -> None:
    slot = office(office_id)["reception"][index]
    assert (slot["rrule"], slot["start"], slot["end"]) == (rrule_text, start, end)


def test_schedules_without_a_day_or_hours_are_kept_as_text_and_flagged() -> None:
    karaganda = office("karaganda/akimat-karaganda-city")["reception"][0]
    assert karaganda["text"]["kk"] == "айына бір рет, сағ. 17.00-ден бастап"  # once a month, no day
    assert (karaganda["rrule"], karaganda["start"], karaganda["end"]) == (None, "17:00", None)
    aktogay = office("karaganda/akimat-aktogay-district")
    akim = aktogay["reception"][:2]
    assert [s.get("rrule") for s in akim] == [None, None]
    assert akim[0]["text"]["kk"] == "әр айдың 3-ші дүйсенбісі Ақтоғай селосында"  # the 3rd Monday, no hours
    # the day is computable (issue 12): day_rrule, as data-format prescribes for this wording (000:853)
    assert (akim[0]["day_rrule"], akim[0]["start"]) == ("FREQ=MONTHLY;BYDAY=+3MO", None)
    assert "day_rrule" not in akim[1]  # «әр айдың бірінші аптасы»: a week, no day (000:856)
    assert any("FREQ=MONTHLY;BYDAY=+3MO" in i["message"] for i in aktogay["data_issues"])
    assert [s["place"]["kk"] for s in akim] == ["Ақтоғай селосында", "Сарышаған, Шашубай кенттерінде"]
    assert codes(aktogay).count("incomplete-schedule") == 3
    loose = [(o["id"], i) for o in items() for i, s in enumerate(o["reception"]) if s.get("rrule") is None]
    assert loose == [
        ("karaganda/akimat-karaganda-city", 0),
        ("karaganda/akimat-aktogay-district", 0),
        ("karaganda/akimat-aktogay-district", 1),
    ]


def test_every_city_and_district_akim_has_a_schedule() -> None:
    for o in items():
        if o["kind"] in ("city_akimat", "district_akimat"):
            heads = [s["who"]["kk"] for s in o["reception"]]
            assert "Әкім" in heads, o["id"]
            assert len(heads) >= 2, o["id"]  # the akim and at least one deputy
            for s in o["reception"]:
                if s.get("rrule") is None:
                    continue
                rule = rrule.rrulestr(s["rrule"], dtstart=dt.datetime(2009, 1, 1))
                assert isinstance(rule, rrule.rrule)
                assert s["end"] is None or s["start"] < s["end"]


# -- defects recorded, never fixed ---------------------------------------------------------------------------------


def test_broken_emails_stay_raw_and_are_flagged() -> None:
    ulytau_dept = office("karaganda/employment-dept-ulytau-district")
    assert ulytau_dept["emails"][0]["raw"] == "ulutauzһez@mail.ru"  # Cyrillic һ
    assert "wrong-contact" in codes(ulytau_dept)
    ulytau = office("karaganda/akimat-ulytau-district")
    assert ulytau["emails"][0]["raw"] == "u1utau-akimat@mai1.ru"
    assert any("mai1.ru" in i["message"] for i in ulytau["data_issues"])
    assert office("karaganda/akimat-karaganda-city")["emails"][0]["raw"] == "\u0430kimat07@mail.ru"


def test_misprinted_postcodes_and_numbers_stay_raw() -> None:
    abai = office("karaganda/akim-aktogay-district-abai-rural-district")
    assert abai["postcode"] == "1002008"
    assert "misprint" in codes(abai)
    aktas = office("karaganda/akim-ulytau-district-aktas-settlement")
    assert aktas["phones"][0]["raw"] == "(710412) 20010"
    koksu = office("karaganda/akim-abay-district-koksu-rural-district")
    assert koksu["phones"][0]["raw"] == "(71253) 52482"
    assert koksu["area_code"] == "72153"


def test_shared_numbers_and_duplicate_names_are_flagged_on_both_offices() -> None:
    for oid in ("karaganda/akim-shet-district-akshoky-rural-district", "karaganda/employment-dept-shet-district"):
        assert any("21338" in i["message"] for i in office(oid)["data_issues"]), oid
    twins = [o for o in items() if o["name"]["kk"] == "Қараағаш селолық округі әкімінің аппараты"]
    assert len(twins) == 2
    assert all("duplicate-office" in codes(o) for o in twins)
    assert {o["settlement"]["kk"] for o in twins} == {"Ынталы", "Қараағаш"}


def test_repeats_that_differ_keep_both_values() -> None:
    o = office("karaganda/akim-ulytau-district-mibulak-rural-district")
    assert o["address"]["kk"].startswith("101501, Қарағанды облысы, Ұлытау ауданы, Мибұлақ селосы")
    alternative = o["address_alternatives"][0]
    assert "Мибұлақ а селосы" in alternative["kk"]
    assert alternative["source"]["line"] == 12057


# -- links ----------------------------------------------------------------------------------------------------


def test_links_cover_the_13_standards_in_act_order() -> None:
    assert list(links()) == SERVICE_IDS
    ids = {o["id"] for o in items()}
    for sid, office_ids in links().items():
        assert office_ids, sid
        assert len(office_ids) == len(set(office_ids)), sid
        assert set(office_ids) <= ids, sid
        # point 25 names the oblast department for additional information only (000:208), never as serving
        assert _roles()[sid]["information"] == [OBLAST], sid
        assert OBLAST not in _roles()[sid]["serving"], sid


def test_rural_akims_serve_only_standards_5_11_12() -> None:
    with_rural = {sid for sid, oids in links().items() if any(office(i)["kind"] in RURAL for i in oids)}
    assert with_rural == {SERVICE_IDS[4], SERVICE_IDS[10], SERVICE_IDS[11]}
    # standard 11 (fuel for rural specialists) lists only the districts
    kinds = Counter(office(i)["kind"] for i in links()[SERVICE_IDS[10]])
    assert kinds["city_department"] == 0
    assert kinds["district_department"] == 9
    assert kinds["district_akimat"] == 9


def test_every_office_but_the_oblast_akimat_serves_a_standard() -> None:
    linked = {i for oids in links().values() for i in oids}
    assert {o["id"] for o in items()} - linked == {"karaganda/oblast-akimat"}


# -- against the seed -------------------------------------------------------------------------------------------


def _sources(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if isinstance(node.get("line"), int) and "text" in node:
            yield node
        for value in node.values():
            yield from _sources(value)
    elif isinstance(node, list):
        for value in node:
            yield from _sources(value)


def test_every_source_in_the_office_files_is_on_its_line(seeds_dir: Path) -> None:
    lines = (seeds_dir / SEED).read_text(encoding="utf-8").split("\n")
    found = list(_sources(_file("offices.json")))
    assert len(found) > 2000
    wrong = [s for s in found if s["text"] not in "\n".join(lines[s["line"] - 1 : s.get("end_line", s["line"])])]
    assert not wrong, wrong[:5]
    assert lines[231] == "тел. (7212) 300169"



# -- through the library ------------------------------------------------------------------------------------------
# The act's folder alone, loaded and validated by the library's loader (so another act's data cannot hide a
# problem here); the packaged registry is checked once as well.


@functools.cache
def _dataset() -> Dataset:
    return load_folders([resources.files("kzsocial.data") / "acts" / ACT])


@functools.cache
def registry() -> OfficeRegistry:
    return OfficeRegistry(_dataset().offices)


def karaganda() -> tuple[Office, ...]:
    return registry().by_act(ACT)


def test_registry_loads_every_office() -> None:
    assert len(karaganda()) == len(items())
    assert len(registry().by_kind(OfficeKind.RURAL_AKIM)) == 163
    dept = registry().get("karaganda/employment-dept-karaganda-city")
    assert dept.kind is OfficeKind.CITY_DEPARTMENT
    assert dept.source.line == 229


def test_phones_in_e164() -> None:
    dept = registry().get("karaganda/employment-dept-karaganda-city")
    assert [p.e164 for p in dept.phones] == ["+77212300169"]
    assert [p.e164 for p in dept.faxes] == ["+77212300229"]
    shakhtinsk = registry().get("karaganda/employment-dept-shakhtinsk-city")
    assert [(p.raw, p.e164) for p in shakhtinsk.phones] == [
        ("(72156) 52578", "+77215652578"),
        ("42893", "+77215642893"),
    ]
    akimat = registry().get("karaganda/akimat-karaganda-city")
    assert akimat.phones[0].e164 == "+77212420220"  # printed (87212) 420220
    aktas = registry().get("karaganda/akim-ulytau-district-aktas-settlement")
    assert aktas.phones[0].e164 is None  # (710412) 20010 has 11 digits


def test_every_phone_is_valid_e164_or_flagged() -> None:
    for o in karaganda():
        flagged = " ".join(f"{i.message} {i.source.text if i.source else ''}" for i in o.data_issues)
        for p in o.phones + o.faxes:
            ok = p.e164 is not None and phonenumbers.is_valid_number(phonenumbers.parse(p.e164))
            assert ok or p.raw in flagged, (o.id, p.raw, p.e164)


def test_service_offices_come_from_the_links() -> None:
    by_id = {s.id: s for s in _dataset().services}
    for sid in SERVICE_IDS:
        assert list(by_id[sid].office_ids) == _roles()[sid]["serving"]
        assert list(by_id[sid].complaint_office_ids) == _roles()[sid]["complaints"]


def test_the_packaged_registry_has_these_offices() -> None:
    packaged = offices()
    assert all(packaged.get(o["id"]).name.kk == o["name"]["kk"] for o in items())
    for sid in (SERVICE_IDS[0], SERVICE_IDS[10]):
        assert list(catalog().get(sid).office_ids) == _roles()[sid]["serving"]
        assert [o.id for o in packaged.for_service(catalog().get(sid))] == _roles()[sid]["serving"]


def test_next_reception_skips_nauryz() -> None:
    temirtau = registry().get("karaganda/akimat-temirtau-city")
    akim = temirtau.reception[0]  # every Monday 17.00-18.00
    # Nauryz 2010: 21-23 March, 21 a Sunday, so 22, 23 and 24 March are days off
    assert akim.next_reception(dt.datetime(2010, 3, 20)).start == dt.datetime(2010, 3, 29, 17, 0)
    assert akim.next_reception(dt.datetime(2010, 3, 20), calendar=False).start == dt.datetime(2010, 3, 22, 17, 0)
    # of all the heads, the deputy of Thursday 16.00-17.00 (25 March) receives first
    slot = temirtau.next_reception(dt.datetime(2010, 3, 20))
    assert (slot.start, slot.end) == (dt.datetime(2010, 3, 25, 16, 0), dt.datetime(2010, 3, 25, 17, 0))


def test_next_reception_of_a_monthly_schedule() -> None:
    akim = registry().get("karaganda/akimat-zhezkazgan-city").reception[0]  # 2nd and 4th Monday
    # Monday 8 December 2008, the second Monday, was the first day of Kurban Ait: a day off
    assert akim.next_reception(dt.datetime(2008, 12, 1), calendar=False).start == dt.datetime(2008, 12, 8, 18, 0)
    assert akim.next_reception(dt.datetime(2008, 12, 1)).start == dt.datetime(2008, 12, 22, 18, 0)
    assert akim.next_reception(dt.datetime(2009, 1, 1)).start == dt.datetime(2009, 1, 12, 18, 0)
    nura = registry().get("karaganda/akimat-nura-district").reception[0]  # last Thursday
    assert nura.next_reception(dt.datetime(2009, 1, 1)).start == dt.datetime(2009, 1, 29, 15, 0)


@functools.cache
def _schedules() -> list[tuple[str, int]]:
    # timed schedules; the day-only one (000:853) has its own properties in test_receptions_by_day.py
    return [(o.id, i) for o in karaganda() for i, s in enumerate(o.reception) if s.computable and not s.day_only]


@given(st.data(), st.datetimes(min_value=dt.datetime(2009, 1, 1), max_value=dt.datetime(2030, 12, 31)))
def test_receptions_are_in_the_future_and_on_working_days(data: st.DataObject, after: dt.datetime) -> None:
    office_id, index = data.draw(st.sampled_from(_schedules()))
    schedule = registry().get(office_id).reception[index]
    slot = schedule.next_reception(after)
    assert slot.start > after
    assert default_calendar().is_working_day(slot.start.date())
    assert slot.start.time() == schedule.start
    assert schedule.rrule is not None
    assert schedule.start is not None
    rule = rrule.rrulestr(schedule.rrule, dtstart=dt.datetime.combine(dt.date(2009, 1, 1), schedule.start))
    assert isinstance(rule, rrule.rrule)
    assert rule.between(slot.start, slot.start, inc=True) == [slot.start]
