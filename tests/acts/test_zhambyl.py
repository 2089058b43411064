"""The Zhambyl oblast 2008 act (zhambyl-2008: resolution N 120 of 2008-04-25, amended by N 305), pinned to the act.

The raw JSON is read directly (what was encoded), and again through ``kzsocial.services.catalog()`` and
``kzsocial.registry.offices()`` (what the library makes of it). Line numbers are those of
``001_cec8ad15de2c58c1.txt``.
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
from kzsocial.registry import offices
from kzsocial.services import catalog

ACT = "zhambyl-2008"
SEED = "001_cec8ad15de2c58c1.txt"
TSA = f"{ACT}/targeted-social-assistance"
CERT = f"{ACT}/unemployed-certificate"
OBLAST = "zhambyl/oblast-employment-department"
SLUGS = [
    "taraz-city", "baizak-district", "merke-district", "t-ryskulov-district", "korday-district", "shu-district",
    "talas-district", "sarysu-district", "zhualy-district", "zhambyl-district", "moiynkum-district",
]  # fmt: skip
AREA_CODES = ["7262", "72637", "72632", "72631", "72636", "72638", "72644", "72634", "72635", "72633", "72642"]


@functools.cache
def _file(name: str) -> Any:
    path = resources.files("kzsocial.data") / "acts" / ACT / name
    return json.loads(path.read_text(encoding="utf-8"))


def _act() -> dict[str, Any]:
    act: dict[str, Any] = _file("act.json")["act"]
    return act


def _service(service_id: str) -> dict[str, Any]:
    return next(s for s in _file("services.json")["items"] if s["id"] == service_id)


def _office(office_id: str) -> dict[str, Any]:
    return next(o for o in _file("offices.json")["items"] if o["id"] == office_id)


def _issues(record: dict[str, Any], code: str) -> list[dict[str, Any]]:
    return [i for i in record["data_issues"] if i["code"] == code]


@pytest.fixture(scope="module")
def seed_lines(seeds_dir: Path) -> list[str]:
    return (seeds_dir / SEED).read_text(encoding="utf-8").split("\n")


# -- the act --------------------------------------------------------------------------------------------------


def test_act_header(seed_lines: list[str]) -> None:
    act = _act()
    assert (act["number"], act["date"], act["source_file"], act["region"]) == ("120", "2008-04-25", SEED, "zhambyl")
    assert (act["registration"]["number"], act["registration"]["date"]) == ("1692", "2008-06-06")
    assert (act["repeal"]["number"], act["repeal"]["date"]) == ("254", "2010-09-02")
    assert "2008 жылғы 25 сәуірдегі N 120" in seed_lines[8]
    assert "06 маусымда 1692 нөмірімен" in seed_lines[8]


def test_the_amendment_n_305_is_recorded_on_its_note(seed_lines: list[str]) -> None:
    (amendment,) = _act()["amendments"]
    assert (amendment["number"], amendment["date"]) == ("305", "2008-09-25")
    assert amendment["source"]["line"] == 59
    assert "2008.09.25 N 305" in seed_lines[58] and "7-тармақтың 1) тармақшасына" in seed_lines[58]
    # the same note, printed again after point 17 (line 91), is flagged as misplaced
    (copy,) = _issues(_act(), "copy-paste")
    assert copy["source"]["line"] == 91 and copy["other_source"]["line"] == 59
    loaded = catalog().act(ACT)
    assert [(a.number, a.date) for a in loaded.amendments] == [("305", dt.date(2008, 9, 25))]


def test_the_act_lists_its_two_standards() -> None:
    listed = [(s["number"], s["service_id"], s["source"]["line"]) for s in _act()["service_list"]]
    assert listed == [("1", TSA, 18), ("2", CERT, 20)]
    assert [s.id for s in catalog().by_act(ACT)] == [TSA, CERT]


# -- terms and queues -----------------------------------------------------------------------------------------

TERMS = [(TSA, 10, 54, "мерзімі: 10 күн"), (CERT, 3, 386, "мерзімдері: 3 күн")]


@pytest.mark.parametrize(("service_id", "days", "line", "phrase"), TERMS)
def test_terms_say_only_kun_and_are_ambiguous(
    seed_lines: list[str], service_id: str, days: int, line: int, phrase: str
) -> None:
    (term,) = _service(service_id)["terms"]
    assert (term["value"], term["unit"], term["starts_from"]) == (days, "days_unqualified", "submission")
    assert term["source"]["line"] == line and phrase in term["source"]["text"]
    assert phrase in seed_lines[line - 1]
    (ambiguous,) = _issues(_service(service_id), "ambiguous-unit")
    assert ambiguous["source"] == term["source"]
    loaded = catalog().get(service_id).terms[0]
    assert loaded.term == Term(days, TermUnit.DAYS_UNQUALIFIED)


QUEUES = [(TSA, [("submit", 30, 56), ("receive", 10, 58)]), (CERT, [("submit", 10, 388), ("receive", 10, 390)])]


@pytest.mark.parametrize(("service_id", "limits"), QUEUES)
def test_queue_limits(seed_lines: list[str], service_id: str, limits: list[tuple[str, int, int]]) -> None:
    recorded = [(q["stage"], q["minutes"], q["source"]["line"]) for q in _service(service_id)["queue_limits"]]
    assert recorded == limits
    for _, minutes, line in limits:
        assert f"{minutes} минут" in seed_lines[line - 1]
    # the quality annex measures waits of up to 40 minutes, not the limit of point 7
    assert any("40 минуттан" in i["other_source"]["text"] for i in _issues(_service(service_id), "inconsistent-terms"))


def test_deadline_counts_ambiguous_days_and_says_so() -> None:
    d = catalog().get(TSA).deadline(dt.datetime(2008, 12, 12, 17, 0))
    assert d.ambiguous
    assert (d.last_day, d.due_at) == (dt.date(2008, 12, 22), dt.datetime(2008, 12, 22, 18, 0))


@given(st.datetimes(min_value=dt.datetime(2008, 6, 6), max_value=dt.datetime(2010, 9, 1)))
def test_every_submission_in_force_gets_a_deadline(at: dt.datetime) -> None:
    for service_id, days in ((TSA, 10), (CERT, 3)):
        d = catalog().get(service_id).deadline(at)
        assert d.last_day >= (d.registered_at + dt.timedelta(days=days)).date()
        assert d.due_at.date() == d.last_day


# -- what the applicant does ------------------------------------------------------------------------------------


def test_targeted_assistance_documents(seed_lines: list[str]) -> None:
    docs = _service(TSA)["documents"]
    assert [(d["id"], d["handling"], d["source"]["line"]) for d in docs] == [
        ("application", "hand_in", 72),
        ("family-composition", "hand_in", 74),
        ("family-income", "hand_in", 76),
        ("private-farm", "hand_in", 78),
        ("identity-card", "show", 82),
        ("social-individual-code", "show", 82),
    ]
    assert "көрсете отырып" in seed_lines[81]
    assert len(catalog().get(TSA).required_documents()) == 6


def test_unemployed_certificate_documents_and_register() -> None:
    svc = _service(CERT)
    assert [d["id"] for d in svc["documents"]] == ["application", "unemployment-certificate"]
    assert svc["talon"]["kind"] == "register" and svc["talon"]["source"]["line"] == 414
    assert "журналы жүргізіледі" in svc["talon"]["source"]["text"]
    assert svc["form"]["value"] == "automated"


def test_targeted_assistance_talon_is_a_counterfoil() -> None:
    talon = _service(TSA)["talon"]
    assert (talon["kind"], talon["fields"], talon["source"]["line"]) == ("talon", ["accepted_at", "accepted_by"], 84)
    assert talon["source"]["text"].endswith("түбіршек")


def test_only_point_16_speaks_of_a_benefit(seed_lines: list[str]) -> None:
    # point 16 (line 86) says «Жәрдемақы»; point 17 (line 90), the refusal ground, says «атаулы әлеуметтік көмек»
    assert "Жәрдемақы" in seed_lines[85]
    assert "жәрдемақы" not in seed_lines[89].lower() and "атаулы әлеуметтік көмекті" in seed_lines[89]
    (benefit,) = [i for i in _issues(_service(TSA), "wording") if "жәрдемақы" in i["message"]]
    assert benefit["source"]["line"] == 86
    assert benefit["message"].startswith("Point 16 ")
    assert "refusal ground (point 17) and" not in benefit["message"]


@pytest.mark.parametrize(("service_id", "line"), [(TSA, 64), (CERT, 396)])
def test_hours_are_monday_to_friday_with_lunch(service_id: str, line: int) -> None:
    hours = _service(service_id)["service_hours"]
    assert hours["days"] == [{"weekdays": [0, 1, 2, 3, 4], "intervals": [["09:00", "13:00"], ["14:00", "18:00"]]}]
    assert hours["source"]["line"] == line
    loaded = catalog().get(service_id).service_hours
    assert loaded is not None and not loaded.is_open(dt.datetime(2009, 3, 7, 10, 0))  # a Saturday


def test_refusal_and_fee() -> None:
    assert _service(TSA)["fee"]["kind"] == _service(CERT)["fee"]["kind"] == "free"
    assert _service(TSA)["refusal_grounds"][0]["source"]["line"] == 90
    assert _service(CERT)["refusal_grounds"][0]["source"]["line"] == 418


def test_quality_annexes() -> None:
    first = _service(TSA)["quality_indicators"]
    second = _service(CERT)["quality_indicators"]
    assert [q["code"] for q in first] == [q["code"] for q in second] == [
        "1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3", "4.4", "5.1",
    ]  # fmt: skip
    q32 = first[5]
    assert (q32["normative"], q32["target_next_year"], q32["current"]) == ("99", "100", "99")
    assert q32["values_source"]["line"] == 258
    empty = second[6]  # 3.3 of standard 2 has blank cells
    assert empty["normative"] is None and empty["source"]["line"] == 589
    assert any(i["source"]["line"] == 589 for i in _issues(_service(CERT), "other"))


# -- offices ---------------------------------------------------------------------------------------------------


def test_offices_are_the_departments_akimats_and_the_oblast_department() -> None:
    ids = [o["id"] for o in _file("offices.json")["items"]]
    assert ids == [
        OBLAST,
        *(f"zhambyl/employment-dept-{s}" for s in SLUGS),
        *(f"zhambyl/akimat-{s}" for s in SLUGS),
    ]
    for service_id in (TSA, CERT):
        svc = catalog().get(service_id)
        assert list(svc.office_ids) == [f"zhambyl/employment-dept-{s}" for s in SLUGS]
        # point 22 names the akimats only (001:115, 442); the oblast department is a higher body (001:129, 456)
        assert list(svc.complaint_office_ids) == [f"zhambyl/akimat-{s}" for s in SLUGS]
        assert list(svc.higher_body_ids) == [*(f"zhambyl/akimat-{s}" for s in SLUGS), OBLAST]


@pytest.mark.parametrize(("slug", "code"), list(zip(SLUGS, AREA_CODES, strict=True)))
def test_area_codes_come_from_the_numbers_printed_with_them(slug: str, code: str) -> None:
    for prefix in ("employment-dept", "akimat"):
        office = _office(f"zhambyl/{prefix}-{slug}")
        assert office["area_code"] == code
        assert code in office["phones"][0]["raw"]
        loaded = offices().get(office["id"])
        first = loaded.phones[0]
        assert first.e164 is not None and first.e164.startswith("+7" + code)


def test_second_numbers_take_the_first_numbers_code() -> None:
    dept = _office("zhambyl/employment-dept-taraz-city")
    assert [p["raw"] for p in dept["phones"]] == ["8-7262-345124", "342879"]
    (note,) = _issues(dept, "missing-area-code")
    assert note["severity"] == "info" and "342879" in note["message"] and note["source"]["line"] == 154
    assert [p.e164 for p in offices().get(dept["id"]).phones] == ["+77262345124", "+77262342879"]


def test_oblast_department_numbers_take_tarazs_code() -> None:
    dept = _office(OBLAST)
    assert [(p["raw"], p["source"]["line"]) for p in dept["phones"]] == [("45-44-94", 129), ("45-97-13", 456)]
    assert _issues(dept, "missing-area-code")[0]["severity"] == "info"
    assert _issues(dept, "wrong-contact"), "the two standards print different numbers"
    assert [p.e164 for p in offices().get(OBLAST).phones] == ["+77262454494", "+77262459713"]


# Each broken contact: the office, its raw value exactly as printed, the line, and a word its issue must say.
BROKEN = [
    ("zhambyl/employment-dept-t-ryskulov-district", "TRS2008@ topmail.kz", 172, "space"),
    ("zhambyl/employment-dept-shu-district", "shuozsp@ topmail.kz", 184, "space"),
    ("zhambyl/employment-dept-moiynkum-district", "ozsp_moinkum@ topmail.kz", 214, "space"),
    ("zhambyl/akimat-sarysu-district", "www.sarysu.ku", 344, ".ku"),
    ("zhambyl/akimat-zhambyl-district", "211535", 354, "six digits"),
    ("zhambyl/akimat-t-ryskulov-district", "T-Ryckulov.kz", 324, "Ryskulov"),
    ("zhambyl/akimat-merke-district", "mozsp@mail.kz", 319, "department"),
]


@pytest.mark.parametrize(("office_id", "raw", "line", "word"), BROKEN)
def test_broken_contacts_are_kept_raw_with_an_issue(
    seed_lines: list[str], office_id: str, raw: str, line: int, word: str
) -> None:
    office = _office(office_id)
    contacts = [*office["phones"], *office["emails"], *office["websites"]]
    (contact,) = [c for c in contacts if c["raw"] == raw]
    assert contact["source"]["line"] == line and raw in seed_lines[line - 1]
    issues = [i for i in office["data_issues"] if i["code"] == "wrong-contact" and raw in i["message"]]
    assert len(issues) == 1 and word in issues[0]["message"]
    assert issues[0]["source"] == contact["source"]


def test_the_library_normalises_what_it_can_and_flags_the_rest() -> None:
    registry = offices()
    tr = registry.get("zhambyl/employment-dept-t-ryskulov-district").emails[0]
    assert (tr.valid, tr.normalized) == (False, "TRS2008@topmail.kz")
    assert registry.get("zhambyl/akimat-sarysu-district").websites[0].valid is False
    bad = registry.get("zhambyl/akimat-zhambyl-district").phones[1]
    assert (bad.raw, bad.e164) == ("211535", None)
    # a recorded issue names the raw value, so the library does not repeat it
    assert sum("211535" in i.message for i in registry.get("zhambyl/akimat-zhambyl-district").data_issues) == 1


def test_moiynkum_akimat_email_printed_broken_in_standard_two(seed_lines: list[str]) -> None:
    office = _office("zhambyl/akimat-moiynkum-district")
    assert office["emails"][0]["raw"] == "Moinkum_akimat@mail.ru"
    (issue,) = [i for i in office["data_issues"] if "Moinkum_ akimat@mail.ru" in i["message"]]
    assert "Moinkum_ akimat@mail.ru" in seed_lines[issue["source"]["line"] - 1]


def test_receptions_skip_independence_day() -> None:
    dept = offices().get(OBLAST)
    slot = dept.next_reception(dt.datetime(2008, 12, 15, 19, 0))
    assert slot is not None and slot.start == dt.datetime(2008, 12, 18, 9, 0)  # 16 and 17 December are holidays
    head = _office(OBLAST)["reception"][0]
    assert (head["rrule"], head["source"]["line"]) == ("FREQ=WEEKLY;BYDAY=TU,TH,FR", 135)


def test_department_hours_come_from_standard_two_annex() -> None:
    office = _office("zhambyl/employment-dept-baizak-district")
    assert office["hours"]["source"]["line"] == 485
    assert office["also_printed"][0]["line"] == 484
    assert offices().get(office["id"]).hours is not None
