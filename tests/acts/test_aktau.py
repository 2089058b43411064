"""The Aktau city 2008 act (aktau-2008: resolution N 825 of 2008-08-12), pinned to the act's text.

The raw JSON is read directly (what was encoded), and again through ``kzsocial.services.catalog()`` and
``kzsocial.registry.offices()`` (what the library makes of it). Line numbers are those of
``003_0a39a3f6d3543dac.txt``.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzsocial.calendar import StagedTerm, Term, TermUnit, compute_deadline
from kzsocial.registry import offices
from kzsocial.services import ApplicantProfile, QueueQualifier, catalog, service_deadline

ACT = "aktau-2008"
SEED = "003_0a39a3f6d3543dac.txt"
LAND_ACTS = [
    f"{ACT}/land-temporary-paid-use-act",
    f"{ACT}/land-private-ownership-act",
    f"{ACT}/land-temporary-free-use-act",
    f"{ACT}/land-permanent-use-act",
]
LAND = [*LAND_ACTS, f"{ACT}/land-plot-certificate"]
EDUCATION_MONDAY = [
    f"{ACT}/foster-care-applications",
    f"{ACT}/orphans-regional-register",
    f"{ACT}/guardianship-certificate",
    f"{ACT}/minors-housing-sale-exchange-permit",
    f"{ACT}/minors-inheritance-certificate",
    f"{ACT}/minors-housing-pledge-permit",
    f"{ACT}/guardianship-council-decision-certificate",
]
DEPARTMENTS = {
    "mangystau/employment-dept-aktau": 8,
    "mangystau/housing-dept-aktau": 1,
    "mangystau/education-dept-aktau": 8,
    "mangystau/land-relations-dept-aktau": 5,
}
PSC = "mangystau/public-service-centre-aktau"
EMK = "mangystau/land-enterprise-aktau"
ASTANA_OFFICES = ["astana/education-department-astana", "astana/deputy-akim-astana"]


# --------------------------------------------------------------------------------------------------------------
# Reading the encoded files
# --------------------------------------------------------------------------------------------------------------


@functools.cache
def _file(name: str) -> dict[str, Any]:
    path = resources.files("kzsocial.data") / "acts" / ACT / name
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _names() -> list[str]:
    folder = resources.files("kzsocial.data") / "acts" / ACT
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".json"))


@functools.cache
def _services() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for name in _names():
        if name.startswith("services"):
            for item in _file(name)["items"]:
                out[item["id"]] = item
    return out


@functools.cache
def _offices() -> dict[str, dict[str, Any]]:
    return {o["id"]: o for o in _file("offices.json")["items"]}


def _issues(service_id: str, code: str) -> list[dict[str, Any]]:
    return [i for i in _services()[service_id]["data_issues"] if i["code"] == code]


def _sources(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if isinstance(node.get("line"), int) and isinstance(node.get("text"), str):
            yield node
        for value in node.values():
            yield from _sources(value)
    elif isinstance(node, list):
        for value in node:
            yield from _sources(value)


@pytest.fixture(scope="module")
def seed_lines(seeds_dir: Path) -> list[str]:
    return (seeds_dir / SEED).read_text(encoding="utf-8").split("\n")


# --------------------------------------------------------------------------------------------------------------
# The act, its annex 1 and the catalogue
# --------------------------------------------------------------------------------------------------------------


def test_act_header() -> None:
    act = _file("act.json")["act"]
    assert (act["id"], act["number"], act["date"], act["timezone"]) == (ACT, "825", "2008-08-12", "Asia/Aqtau")
    assert act["source_file"] == SEED
    assert (act["registration"]["number"], act["registration"]["date"]) == ("11-1-94", "2008-09-24")
    assert (act["repeal"]["number"], act["repeal"]["date"]) == ("617", "2011-06-01")


def test_annex_1_lists_the_22_services_in_three_sections() -> None:
    rows = _file("act.json")["act"]["service_list"]
    assert len(rows) == 22
    sections = [row["number"].split(".")[0] for row in rows]
    assert (sections.count("1"), sections.count("2"), sections.count("3")) == (6, 6, 10)
    services = _services()
    assert {row["service_id"] for row in rows} == set(services)
    for row in rows:
        assert services[row["service_id"]]["number"] == row["number"]
    land_certificate = next(r for r in rows if r["number"] == "3.6")
    assert land_certificate["source"] == {"line": 235, "text": "Жер учаскелері туралы анықтама беру"}
    assert land_certificate["consumers"]["kk"] == "Заңды және жеке тұлғалар"


def test_four_departments_give_8_1_8_5_standards() -> None:
    counted = dict.fromkeys(DEPARTMENTS, 0)
    for service in _services().values():
        assert service["kind"] == "standard"
        counted[service["office_ids"][0]] += 1
    assert counted == DEPARTMENTS


def test_the_catalogue_and_the_registry_load_the_act() -> None:
    services = catalog().by_act(ACT)
    assert len(services) == 22
    assert {s.id for s in services} == set(_services())
    registry = offices()
    for office_id in _offices():
        assert registry.get(office_id).act_id == ACT
    act = catalog().act(ACT)
    assert act.number == "825" and len(act.service_list) == 22


# --------------------------------------------------------------------------------------------------------------
# Land relations: staged terms, a fee of unknown amount, offices open on Saturday or only Monday to Thursday
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("service_id", LAND_ACTS)
def test_land_acts_take_5_15_2_working_days_by_three_bodies(service_id: str) -> None:
    main = _services()[service_id]["terms"][0]
    assert main["role"] == "main" and main["starts_from"] == "registration"
    stages = [(s["value"], s["unit"], s["actor"]["kk"]) for s in main["stages"]]
    assert stages == [(5, "working_days", "Бөлім"), (15, "working_days", "ЕМК"), (2, "working_days", "Бөлім")]
    lines = [s["source"]["line"] for s in main["stages"]]
    assert lines == [main["source"]["line"] + 1, main["source"]["line"] + 2, main["source"]["line"] + 3]
    assert "жиырма екі жұмыс күні" in main["source"]["text"]
    assert [i["severity"] for i in _issues(service_id, "inconsistent-terms")] == ["warning"]


def test_land_act_stages_are_printed_on_their_lines(seed_lines: list[str]) -> None:
    main = _services()[f"{ACT}/land-permanent-use-act"]["terms"][0]
    assert [s["source"]["line"] for s in main["stages"]] == [1145, 1146, 1147]
    assert "бес жұмыс күні ішінде" in seed_lines[1145 - 1]
    assert "кәсіпорын актіні он бес жұмыс күні ішінде әзірлейді" in seed_lines[1146 - 1]
    assert "екі жұмыс күні ішінде" in seed_lines[1147 - 1]


def test_land_certificate_takes_2_4_1_working_days() -> None:
    main = _services()[f"{ACT}/land-plot-certificate"]["terms"][0]
    assert [(s["value"], s["actor"]["kk"]) for s in main["stages"]] == [(2, "Бөлім"), (4, "ЕМК"), (1, "Бөлім")]
    assert main["source"] == {"line": 1413, "text": "Мемлекеттік қызметті көрсету мерзімі жеті жұмыс күні ішінде"}


def test_staged_land_deadline_through_the_library() -> None:
    service = catalog().get(f"{ACT}/land-permanent-use-act")
    deadline = service_deadline(service, dt.datetime(2009, 4, 1, 10, 0))
    assert [s.last_day for s in deadline.stages] == [dt.date(2009, 4, 8), dt.date(2009, 4, 29), dt.date(2009, 5, 4)]
    assert [s.actor for s in deadline.stages] == ["Бөлім", "ЕМК", "Бөлім"]
    # 1 May 2009 (a Friday) is the Unity Day holiday: the last stage ends on Monday, at the department's 18:30.
    assert deadline.due_at == dt.datetime(2009, 5, 4, 18, 30)


@given(st.datetimes(min_value=dt.datetime(2008, 10, 5), max_value=dt.datetime(2011, 5, 31)))
def test_three_land_stages_end_with_the_stated_22_working_days(submitted: dt.datetime) -> None:
    service = catalog().get(f"{ACT}/land-temporary-free-use-act")
    staged = service_deadline(service, submitted)
    whole = compute_deadline(Term(22, "working_days"), submitted, hours=service.service_hours)
    assert staged.due_at == whole.due_at
    assert staged.stages[0].registered_at == whole.registered_at


@pytest.mark.parametrize("service_id", LAND)
def test_land_services_are_paid_with_no_amount(service_id: str) -> None:
    fee = _services()[service_id]["fee"]
    assert (fee["kind"], fee["amount"]) == ("paid_unknown_amount", None)
    assert fee["source"]["text"] == "Мемлекеттік қызмет көрсету ақылы."


def test_the_other_services_are_free() -> None:
    others = [s for sid, s in _services().items() if sid not in LAND]
    assert len(others) == 17
    assert {s["fee"]["kind"] for s in others} == {"free"}


def test_public_service_centre_is_open_on_saturday_morning() -> None:
    raw = _offices()[PSC]
    assert raw["kind"] == "public_service_centre"
    assert raw["hours"]["days"] == [
        {"weekdays": [0, 1, 2, 3, 4], "intervals": [["09:00", "19:00"]]},
        {"weekdays": [5], "intervals": [["09:00", "13:00"]]},
    ]
    assert "сенбі күні - 9:00-ден 13:00-ге дейін" in raw["hours"]["source"]["text"]
    hours = offices().get(PSC).hours
    assert hours is not None
    assert hours.is_open(dt.datetime(2009, 4, 4, 10, 0))  # a Saturday
    assert not hours.is_open(dt.datetime(2009, 4, 4, 14, 0))
    assert not hours.is_open(dt.datetime(2009, 4, 5, 10, 0))  # Sunday
    assert hours.is_open(dt.datetime(2009, 4, 6, 13, 0))  # no lunch break


def test_land_enterprise_works_monday_to_thursday_only() -> None:
    raw = _offices()[EMK]
    assert raw["kind"] == "land_enterprise"
    assert raw["hours"]["days"] == [{"weekdays": [0, 1, 2, 3], "intervals": [["08:30", "12:30"], ["14:00", "18:00"]]}]
    assert [i["code"] for i in raw["data_issues"]].count("closed-day") == 1
    hours = offices().get(EMK).hours
    assert hours is not None
    assert hours.is_open(dt.datetime(2009, 4, 9, 9, 0))  # Thursday
    assert not hours.is_open(dt.datetime(2009, 4, 10, 9, 0))  # Friday
    for service_id in LAND:
        assert EMK in _services()[service_id]["office_ids"]


def test_land_department_lunch_is_12_30_to_14_00() -> None:
    hours = offices().get("mangystau/land-relations-dept-aktau").hours
    assert hours is not None
    assert hours.is_open(dt.datetime(2009, 4, 6, 12, 29))
    assert not hours.is_open(dt.datetime(2009, 4, 6, 13, 0))
    assert hours.is_open(dt.datetime(2009, 4, 6, 14, 0))
    assert not hours.is_open(dt.datetime(2009, 4, 6, 18, 45))


def test_legal_entities_bring_other_documents_than_individuals() -> None:
    service = catalog().get(f"{ACT}/land-permanent-use-act")
    citizen = [d.id for d in service.required_documents()]
    company = [d.id for d in service.required_documents(ApplicantProfile.of("legal_entity"))]
    assert citizen == ["application", "decision-extract", "taxpayer-number", "identity-card"]
    assert company == [
        "application",
        "decision-extract",
        "charter-copy",
        "statistical-card-copy",
        "registration-certificate-copy",
    ]


def test_russian_names_come_from_the_bilingual_forms() -> None:
    documents = {d["id"]: d for d in _services()[f"{ACT}/land-private-ownership-act"]["documents"]}
    assert documents["application"]["name"]["ru"] == "Заявление"
    assert documents["application"]["ru_source"] == {"line": 821, "text": "ЗАЯВЛЕНИЕ"}
    assert documents["identity-card"]["name"]["ru"] == "Удостоверение личности"
    certificate = {d["id"]: d for d in _services()[f"{ACT}/land-plot-certificate"]["documents"]}
    name = certificate["payment-document"]["name"]
    assert (name["kk"], name["ru"]) == ("Төлем құжаты", "документ об оплате")
    assert certificate["taxpayer-number"]["ru_source"]["line"] == 1640


# --------------------------------------------------------------------------------------------------------------
# Education: Monday-only intake, Wednesday for pre-school registration
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("service_id", EDUCATION_MONDAY)
def test_education_takes_documents_on_mondays_only(service_id: str) -> None:
    raw = _services()[service_id]
    assert raw["intake_hours"]["days"] == [{"weekdays": [0], "intervals": [["09:30", "12:30"], ["14:00", "18:00"]]}]
    assert "дүйсенбі күні, сағат 09.30-дан 18.00-ге дейін" in raw["intake_hours"]["source"]["text"]
    assert raw["service_hours"]["days"] == [{"weekdays": [0, 1, 2, 3, 4], "intervals": [["09:00", "18:00"]]}]
    intake = catalog().get(service_id).intake_hours
    assert intake is not None
    assert intake.is_open(dt.datetime(2009, 4, 6, 10, 0))  # Monday
    assert not intake.is_open(dt.datetime(2009, 4, 6, 13, 0))  # lunch
    assert not intake.is_open(dt.datetime(2009, 4, 7, 10, 0))  # Tuesday


def test_preschool_registration_takes_documents_on_wednesdays() -> None:
    raw = _services()[f"{ACT}/preschool-registration"]
    assert [d["weekdays"] for d in raw["intake_hours"]["days"]] == [[2]]
    assert raw["intake_hours"]["source"]["line"] == 3065
    # its stages (2 + 1 working days) exceed the stated two working days, kept as the declared total
    (main,) = raw["terms"]
    assert [(s["value"], s["unit"]) for s in main["stages"]] == [(2, "working_days"), (1, "working_days")]
    assert (main["declared_total"]["value"], main["declared_total"]["unit"]) == (2, "working_days")
    assert len(_issues(f"{ACT}/preschool-registration", "inconsistent-terms")) == 1


def test_education_head_receives_on_first_and_third_wednesdays() -> None:
    office = offices().get("mangystau/education-dept-aktau")
    head = next(r for r in office.reception if r.rrule == "FREQ=MONTHLY;BYDAY=+1WE,+3WE")
    slot = head.next_reception(dt.datetime(2009, 4, 2), calendar=None)
    assert (slot.start, slot.end) == (dt.datetime(2009, 4, 15, 14, 0), dt.datetime(2009, 4, 15, 18, 30))


# --------------------------------------------------------------------------------------------------------------
# Housing: two sets of hours, queue limits worded as approximations
# --------------------------------------------------------------------------------------------------------------


def test_housing_standard_gives_two_sets_of_hours() -> None:
    raw = _services()[f"{ACT}/state-housing-waiting-list"]
    assert raw["service_hours"]["days"] == [
        {"weekdays": [1], "intervals": [["09:00", "12:30"], ["14:00", "18:00"]]},
        {"weekdays": [3], "intervals": [["09:00", "12:00"]]},
    ]
    assert raw["service_hours"]["source"]["line"] == 3682
    assert raw["hours_alternatives"] == [
        {
            "days": [{"weekdays": [1, 3], "intervals": [["09:00", "13:00"]]}],
            "source": raw["hours_alternatives"][0]["source"],
        }
    ]
    assert raw["hours_alternatives"][0]["source"]["line"] == 3705
    issues = _issues(raw["id"], "inconsistent-hours")
    assert [i["source"]["line"] for i in issues] == [3705]
    assert len(catalog().get(raw["id"]).hours_alternatives) == 1


def test_housing_queue_limits_are_approximate() -> None:
    limits = catalog().get(f"{ACT}/state-housing-waiting-list").queue_limits
    assert [(q.stage.value, q.minutes, q.qualifier) for q in limits] == [
        ("submit", 40, QueueQualifier.ABOUT),
        ("receive", 40, QueueQualifier.ABOUT),
    ]
    assert all("шамамен 40 минут" in q.source.text for q in limits)
    assert len(_issues(f"{ACT}/state-housing-waiting-list", "wording")) >= 1


# --------------------------------------------------------------------------------------------------------------
# Employment and social programmes: minimum waiting limits, decision + banking-day payment stages
# --------------------------------------------------------------------------------------------------------------


def test_hearing_and_hygiene_aids_waiting_limits_are_minimums() -> None:
    service_id = f"{ACT}/disabled-hearing-vision-hygiene-aids"
    limits = _services()[service_id]["queue_limits"]
    assert [(q["stage"], q["minutes"], q["qualifier"]) for q in limits] == [
        ("submit", 20, "at_least"),
        ("receive", 20, "at_least"),
        ("submit", 20, "at_least"),
        ("receive", 20, "at_least"),
    ]
    assert all("ең аз уақыт" in q["source"]["text"] for q in limits)
    assert [q["source"]["line"] for q in limits] == [5606, 5607, 5608, 5608]
    wording = [i for i in _issues(service_id, "wording") if "MINIMUMS" in i["message"]]
    assert [i["source"]["line"] for i in wording] == [5606]


@pytest.mark.parametrize(
    ("slug", "decision_days", "lines"),
    [
        ("targeted-social-assistance", 10, (4468, 4469)),
        ("child-benefit-under-18", 10, (5175, 5176)),
        ("housing-assistance", 10, (4886, 4887)),
        ("disabled-children-home-education-support", 5, (3939, 3940)),
    ],
)
def test_decision_in_days_then_payment_in_banking_days(slug: str, decision_days: int, lines: tuple[int, int]) -> None:
    service_id = f"{ACT}/{slug}"
    main = _services()[service_id]["terms"][0]
    assert main["starts_from"] == "submission"
    assert [(s["value"], s["unit"]) for s in main["stages"]] == [
        (decision_days, "days_unqualified"),
        (5, "banking_days"),
    ]
    assert tuple(s["source"]["line"] for s in main["stages"]) == lines
    assert "банктік күн" in main["stages"][1]["source"]["text"]
    assert [i["source"]["line"] for i in _issues(service_id, "ambiguous-unit")] == [lines[0]]


def test_local_assistance_term_runs_from_the_pension_centres_database() -> None:
    term = catalog().get(f"{ACT}/local-social-assistance").terms[0]
    assert (term.term, term.starts_from.value) == (Term(10, "working_days"), "other")
    assert term.starts_from_text is not None and "МЗТО" in term.starts_from_text.kk


# --------------------------------------------------------------------------------------------------------------
# What the act states beside the stages: declared totals, priority service, «no grounds to refuse»
# --------------------------------------------------------------------------------------------------------------

DECLARED_TOTALS = [
    # slug, stated total, unit, its line, the phrase as printed, the stages as encoded
    ("land-temporary-paid-use-act", 22, "working_days", 325, "мерзімі жиырма екі жұмыс күні ішінде", [5, 15, 2]),
    ("land-private-ownership-act", 22, "working_days", 600, "мерзімі жиырма екі жұмыс күні ішінде", [5, 15, 2]),
    ("land-temporary-free-use-act", 22, "working_days", 873, "мерзімі жиырма екі жұмыс күні ішінде", [5, 15, 2]),
    ("land-permanent-use-act", 22, "working_days", 1144, "мерзімі жиырма екі жұмыс күні ішінде", [5, 15, 2]),
    ("land-plot-certificate", 7, "working_days", 1413, "мерзімі жеті жұмыс күні ішінде", [2, 4, 1]),
    ("guardianship-council-decision-certificate", 5, "working_days", 1663, "мерзімі бес жұмыс күні ішінде", [3, 2]),
    ("minors-housing-pledge-permit", 5, "working_days", 1951, "мерзімі бес жұмыс күні ішінде", [3, 2]),
    ("minors-inheritance-certificate", 15, "working_days", 2232, "мерзімі он бес жұмыс күні ішінде", [10, 5]),
    ("minors-housing-sale-exchange-permit", 5, "working_days", 2524, "мерзімі бес жұмыс күні ішінде", [3, 2]),
    ("guardianship-certificate", 15, "working_days", 2806, "мерзімі он бес жұмыс күні ішінде", [10, 5]),
    ("preschool-registration", 2, "working_days", 3058, "мерзімі екі жұмыс күні ішінде", [2, 1]),
    ("orphans-regional-register", 5, "working_days", 3140, "мерзімі бес жұмыс күні ішінде", [3, 2]),
    ("foster-care-applications", 5, "working_days", 3359, "мерзімі бес жұмыс күні ішінде", [3, 2]),
    ("child-benefit-under-18", 10, "days_unqualified", 5174, "мемлекеттік қызмет көрсету мерзімі - 10 күн", [10, 5]),
]
# the stated total is not the sum of the stages: 2 + 1 working days; 10 days + 5 banking days
TOTAL_DIFFERS = {"preschool-registration", "child-benefit-under-18"}


@pytest.mark.parametrize(("slug", "value", "unit", "line", "phrase", "stages"), DECLARED_TOTALS)
def test_staged_terms_carry_the_total_the_act_states(
    seed_lines: list[str], slug: str, value: int, unit: str, line: int, phrase: str, stages: list[int]
) -> None:
    main = catalog().get(f"{ACT}/{slug}").main_term
    assert main is not None and isinstance(main.term, StagedTerm)
    assert [s.term.value for s in main.term.stages] == stages
    assert main.declared_total == Term(value, unit)
    source = main.declared_total_source
    assert source is not None and source.line == line and phrase in source.text
    assert source.text in seed_lines[line - 1]
    units = {s.term.unit for s in main.term.stages}
    adds_up = units == {TermUnit(unit)} and sum(stages) == value
    assert adds_up == (slug not in TOTAL_DIFFERS)


def test_only_the_staged_terms_whose_total_is_printed_have_one() -> None:
    declared = {
        s.id.removeprefix(f"{ACT}/")
        for s in catalog().by_act(ACT)
        if any(t.declared_total is not None for t in s.terms)
    }
    assert declared == {row[0] for row in DECLARED_TOTALS}
    # three payment standards print only «time limits» (decision, then transfer), no total
    undeclared = [
        s.id
        for s in catalog().by_act(ACT)
        for t in s.terms
        if isinstance(t.term, StagedTerm) and t.declared_total is None
    ]
    assert sorted(undeclared) == [
        f"{ACT}/disabled-children-home-education-support",
        f"{ACT}/housing-assistance",
        f"{ACT}/targeted-social-assistance",
    ]


@pytest.mark.parametrize("slug", sorted(TOTAL_DIFFERS))
def test_a_stated_total_that_differs_from_its_stages_is_a_data_issue(slug: str) -> None:
    service = catalog().get(f"{ACT}/{slug}")
    main = service.main_term
    assert main is not None and main.declared_total_source is not None
    flagged = [
        i
        for i in service.data_issues
        if i.code == "inconsistent-terms"
        and main.declared_total_source in (i.source, *i.related)
        and "declared total" in i.message
    ]
    assert len(flagged) == 1
    assert flagged[0].severity.value == "warning"


def test_preschool_deadline_follows_the_stages_not_the_stated_two_days() -> None:
    service = catalog().get(f"{ACT}/preschool-registration")
    main = service.main_term
    assert main is not None and main.declared_total == Term(2, "working_days")
    # handed in on Monday 6 October 2008: two working days would end on Wednesday, the stages on Thursday
    submitted = dt.datetime(2008, 10, 6, 10, 0)
    deadline = service_deadline(service, submitted)
    assert [s.last_day for s in deadline.stages] == [dt.date(2008, 10, 8), dt.date(2008, 10, 9)]
    stated = compute_deadline(main.declared_total, submitted, hours=service.service_hours)
    assert stated.due_at.date() == dt.date(2008, 10, 8) < deadline.due_at.date()


PRIORITY = [
    ("land-temporary-paid-use-act", 341),
    ("land-private-ownership-act", 616),
    ("land-temporary-free-use-act", 889),
    ("land-permanent-use-act", 1160),
    ("land-plot-certificate", 1427),
    ("state-housing-waiting-list", 3709),
]


@pytest.mark.parametrize(("slug", "line"), PRIORITY)
def test_who_is_served_out_of_turn(seed_lines: list[str], slug: str, line: int) -> None:
    (statement,) = catalog().get(f"{ACT}/{slug}").priority
    assert statement.source.line == line
    assert statement.source.text == seed_lines[line - 1].strip()
    assert statement.text.kk == statement.source.text
    assert statement.text.kk.endswith("кезектен тыс қызмет көрсетіледі.")
    assert "Отан соғысының ардагерлеріне" in statement.text.kk
    assert statement.text.en is not None and "out of turn" in statement.text.en


def test_land_serves_war_veterans_and_groups_i_ii_out_of_turn_housing_only_veterans() -> None:
    land = catalog().get(f"{ACT}/land-plot-certificate").priority[0].text.kk
    housing = catalog().get(f"{ACT}/state-housing-waiting-list").priority[0].text.kk
    assert land == "Ұлы Отан соғысының ардагерлеріне, І, ІІ топ мүгедектеріне кезектен тыс қызмет көрсетіледі."
    assert housing == "ұлы Отан соғысының ардагерлеріне кезектен тыс қызмет көрсетіледі."


def test_every_out_of_turn_clause_of_the_act_is_recorded_once(seed_lines: list[str]) -> None:
    printed = [n for n, text in enumerate(seed_lines, start=1) if "кезектен тыс" in text]
    recorded = sorted(p.source.line for s in catalog().by_act(ACT) for p in s.priority)
    assert printed == recorded == sorted(line for _, line in PRIORITY)


NO_GROUNDS = [
    ("minors-housing-pledge-permit", 1984),
    ("minors-inheritance-certificate", 2261),
    ("minors-housing-sale-exchange-permit", 2555),
    ("orphans-regional-register", 3173),
]


@pytest.mark.parametrize(("slug", "line"), NO_GROUNDS)
def test_standards_that_say_there_are_no_grounds_to_refuse(seed_lines: list[str], slug: str, line: int) -> None:
    service = catalog().get(f"{ACT}/{slug}")
    statement = service.no_refusal_grounds
    assert statement is not None
    assert statement.source.line == line
    assert statement.text.kk == (
        "Мемлекеттік қызмет көрсетуді тоқтата тұру немесе мемлекеттік қызмет көрсетуден бас тарту үшін негіздері жоқ."
    )
    assert statement.source.text in seed_lines[line - 1]
    assert seed_lines[line - 1].strip().startswith("17. ")
    assert service.refusal_grounds == ()


def test_every_no_grounds_clause_is_recorded_and_the_copies_are_flagged(seed_lines: list[str]) -> None:
    printed = [n for n, text in enumerate(seed_lines, start=1) if "бас тарту үшін негіздері жоқ" in text]
    services = [s for s in catalog().by_act(ACT) if s.no_refusal_grounds is not None]
    assert printed == sorted(s.no_refusal_grounds.source.line for s in services if s.no_refusal_grounds)
    # the orphans' register has it as its own; the three standards that copied it carry a copy-paste issue
    for service in services:
        copied = [
            i
            for i in service.data_issues
            if i.code == "copy-paste"
            and service.no_refusal_grounds is not None
            and service.no_refusal_grounds.source in (i.source, *i.related)
        ]
        assert len(copied) == (0 if service.id == f"{ACT}/orphans-regional-register" else 1), service.id


@pytest.mark.parametrize(
    ("slug", "grounds", "notice"),
    [
        # «if a refusal is decided, a reasoned written refusal (annex 1) / a written notice (annex 4) / a written
        # answer is given»: how the refusal reaches the applicant, not a ground (concealed income; a missing
        # document or art. 72 of the housing law)
        ("targeted-social-assistance", [4489], 4488),
        ("child-benefit-under-18", [5201], 5199),
        ("state-housing-waiting-list", [3725], 3726),
    ],
)
def test_a_refusal_notice_is_how_the_result_is_given_not_a_ground(
    seed_lines: list[str], slug: str, grounds: list[int], notice: int
) -> None:
    service = catalog().get(f"{ACT}/{slug}")
    assert [g.source.line for g in service.refusal_grounds] == grounds
    assert "жағдайда" in service.refusal_grounds[0].text.kk
    assert notice in [d.source.line for d in service.result_delivery]
    assert "бас тарт" in seed_lines[notice - 1] and "жазбаша" in seed_lines[notice - 1]


def test_hygiene_aids_grounds_without_their_lead_in(seed_lines: list[str]) -> None:
    service = catalog().get(f"{ACT}/disabled-hearing-vision-hygiene-aids")
    assert [g.source.line for g in service.refusal_grounds] == [5629, 5630, 5632]
    assert seed_lines[5628 - 1].strip().endswith("мына жағдайларда:")
    (lead_in,) = [i for i in service.data_issues if i.source is not None and i.source.line == 5628]
    assert lead_in.code == "wording" and "lead-in" in lead_in.message


def test_standards_with_refusal_grounds_do_not_also_say_there_are_none() -> None:
    for service in catalog().by_act(ACT):
        assert not (service.refusal_grounds and service.no_refusal_grounds), service.id


# --------------------------------------------------------------------------------------------------------------
# Copy-paste defects, each recorded on the record it affects
# --------------------------------------------------------------------------------------------------------------


def test_inheritance_standard_has_astanas_contacts_and_forms() -> None:
    service_id = f"{ACT}/minors-inheritance-certificate"
    errors = [i for i in _issues(service_id, "copy-paste") if i["severity"] == "error"]
    assert [i["source"]["line"] for i in errors] == [2296, 2489]
    assert all("Astana" in i["message"] for i in errors)
    linked = {o for s in _services().values() for o in s["office_ids"] + s.get("complaint_office_ids", [])}
    for office_id in ASTANA_OFFICES:
        raw = _offices()[office_id]
        assert (raw["region"], raw["area_code"]) == ("astana", "7172")
        assert office_id not in linked
        assert [i["code"] for i in raw["data_issues"]] == ["copy-paste"]
    department = offices().get("astana/education-department-astana")
    assert [p.e164 for p in department.phones] == ["+77172752633", "+77172752720"]
    assert [(e.raw, e.valid) for e in department.emails] == [("aәtana_ңo@maіl.rү", False)]


def test_pledge_permit_has_the_orphans_document_list() -> None:
    pledge = _services()[f"{ACT}/minors-housing-pledge-permit"]
    orphans = _services()[f"{ACT}/orphans-regional-register"]
    assert [d["id"] for d in pledge["documents"]] == [d["id"] for d in orphans["documents"]]
    assert [d["name"] for d in pledge["documents"]] == [d["name"] for d in orphans["documents"]]
    errors = [i for i in _issues(pledge["id"], "copy-paste") if i["severity"] == "error"]
    assert [i["source"]["line"] for i in errors] == [1966, 1949]


def test_unemployed_standard_is_spliced_into_itself(seed_lines: list[str]) -> None:
    issues = _issues(f"{ACT}/unemployed-registration", "copy-paste")
    assert [(i["severity"], i["source"]["line"]) for i in issues] == [("error", 6293), ("warning", 6389)]
    line = seed_lines[6293 - 1]
    assert line.index("электрондық мекен-жайы:") < line.index("1. Осы стандарт жұмыссыздарды тіркеу")
    assert sum('4.Мемлекеттік қызметті "Ақтау қалалық жұмыспен қамту' in x for x in seed_lines) == 3


def test_orphans_standard_names_resolution_n_525(seed_lines: list[str]) -> None:
    (issue,) = _issues(f"{ACT}/orphans-regional-register", "misprint")
    assert issue["source"] == {"line": 3127, "text": "N 525 қаулысымен"}
    assert seed_lines[3127 - 1].strip() == "N 525 қаулысымен"


@pytest.mark.parametrize(
    ("slug", "line"),
    [
        ("foster-care-applications", 3357),
        ("guardianship-council-decision-certificate", 1661),
        ("minors-housing-pledge-permit", 1949),
    ],
)
def test_results_copied_from_the_orphans_register(slug: str, line: int) -> None:
    service = _services()[f"{ACT}/{slug}"]
    orphans = _services()[f"{ACT}/orphans-regional-register"]
    assert service["results"][0]["text"]["kk"].rstrip(".") == orphans["results"][0]["text"]["kk"].rstrip(".")
    assert service["results"][0]["source"]["line"] == line
    errors = [i for i in _issues(service["id"], "copy-paste") if i["severity"] == "error"]
    assert line in [i["source"]["line"] for i in errors]


def test_guardianship_certificate_keeps_its_own_result_and_flags_the_copied_one() -> None:
    service = _services()[f"{ACT}/guardianship-certificate"]
    assert [r["source"]["line"] for r in service["results"]] == [2804]
    errors = [i for i in _issues(service["id"], "copy-paste") if i["severity"] == "error"]
    assert [i["source"]["line"] for i in errors] == [2803]


# --------------------------------------------------------------------------------------------------------------
# Review against the act: fixes pinned to their lines
# --------------------------------------------------------------------------------------------------------------


def test_land_certificate_takes_copies_of_the_legal_entitys_papers(seed_lines: list[str]) -> None:
    # line 1432: «...статистикалық карточканың, заңды тұлғаны тіркеу туралы куәліктің көшірмесі» (copies of both);
    # the land acts add «copies are handed in with the originals for comparison» (line 348), this standard does not
    assert "статистикалық карточканың, заңды тұлғаны тіркеу туралы куәліктің көшірмесі." in seed_lines[1432 - 1]
    assert "салыстыру үшін" not in "".join(seed_lines[1404:1437])
    service = catalog().get(f"{ACT}/land-plot-certificate")
    forms = {d.id: (d.form.value, d.source.line) for d in service.documents}
    assert forms["statistical-card-copy"] == ("copy", 1432)
    assert forms["registration-certificate-copy"] == ("copy", 1432)
    legal = {d.id for d in service.required_documents(ApplicantProfile.of("legal_entity"))}
    assert {"statistical-card-copy", "registration-certificate-copy"} <= legal


def test_home_education_support_names_no_akim_for_complaints(seed_lines: list[str]) -> None:
    # points 21-23 (lines 3987-3993) send complaints to the sector and the department only; the deputy akim is in
    # point 24's contacts (line 4005), as in the housing-assistance standard, which has no complaint office either
    complaints = "\n".join(seed_lines[3987 - 1 : 3993])
    assert "әкімінің орынбасарына" not in complaints
    assert "әкімінің орынбасары" in seed_lines[4005 - 1]
    for slug in ("disabled-children-home-education-support", "housing-assistance"):
        service = _services()[f"{ACT}/{slug}"]
        assert service.get("complaint_office_ids", []) == [], slug
    # the other employment standards do name him: «Ақтау қаласы әкімінің орынбасарына жазбаша шағым»
    assert "әкімінің орынбасарына жазбаша шағым" in seed_lines[5931 - 1]
    assert (
        "mangystau/akim-apparatus-aktau"
        in _services()[f"{ACT}/semey-nuclear-test-victims-registration"]["complaint_office_ids"]
    )


def test_semey_point_16_is_the_result_not_its_delivery(seed_lines: list[str]) -> None:
    # line 5903: «16. Мемлекеттік қызметті көрсету нәтижесі - ... арнайы комиссиясының шешімі»
    assert "16. Мемлекеттік қызметті көрсету нәтижесі -" in seed_lines[5903 - 1]
    service = catalog().get(f"{ACT}/semey-nuclear-test-victims-registration")
    assert [r.source.line for r in service.results] == [5877, 5878, 5879, 5903]
    assert [d.source.line for d in service.result_delivery] == [5884]
    assert "пошта байланысы арқылы жолданады" in service.result_delivery[0].source.text


@pytest.mark.parametrize(
    ("slug", "line"), [("orphans-regional-register", 3163), ("minors-housing-pledge-permit", 1974)]
)
def test_parents_refusal_is_asked_only_where_the_parents_gave_the_child_up(
    seed_lines: list[str], slug: str, line: int
) -> None:
    # the documents around it are each given for one case «(бала ... салдарынан қамқорлықсыз қалған жағдайда)»;
    # the parents' refusal has no bracket but exists only in that case
    assert seed_lines[line - 1].strip().startswith("ата-ананың екеуінің де баланы тәрбиелеу мен күтуден бас тарту")
    service = catalog().get(f"{ACT}/{slug}")
    assert "parents-refusal" not in {d.id for d in service.required_documents(None)}
    refused = {d.id for d in service.required_documents(ApplicantProfile.of("parents_refused"))}
    assert "parents-refusal" in refused
    (issue,) = [i for i in _issues(service.id, "wording") if i["source"]["line"] == line]
    assert "parents_refused" in issue["message"]


@pytest.mark.parametrize(
    ("slug", "line", "word"),
    [("orphans-regional-register", 3160, "қалған"), ("minors-housing-pledge-permit", 1971, "алған")],
)
def test_court_decision_case_is_worded_as_printed_on_its_line(
    seed_lines: list[str], slug: str, line: int, word: str
) -> None:
    (doc,) = [d for d in _services()[f"{ACT}/{slug}"]["documents"] if d["id"] == "deprivation-court-decision"]
    assert doc["source"]["line"] == line
    case = doc["condition"]["text"]["kk"]
    assert case.endswith(f"қамқорлықсыз {word} жағдайда")
    assert f"({case})" in seed_lines[line - 1]


def test_foster_care_marriage_certificate_only_from_married_applicants(seed_lines: list[str]) -> None:
    # line 3387 «неке қию туралы куәлік (көшірмесі)» has no «некеде болған жағдайда» (lines 3376-3379 have it);
    # an unmarried applicant brings the notarised certificate of line 3380 instead
    assert seed_lines[3387 - 1].strip() == "неке қию туралы куәлік (көшірмесі);"
    assert "некеде болмаған жағдайда" in seed_lines[3380 - 1]
    service = catalog().get(f"{ACT}/foster-care-applications")
    single = {d.id for d in service.required_documents(None)}
    married = {d.id for d in service.required_documents(ApplicantProfile.of("citizen", "married"))}
    assert "marriage-certificate-copy" not in single and "not-married-certificate" in single
    assert "marriage-certificate-copy" in married and "not-married-certificate" not in married
    (issue,) = [i for i in _issues(service.id, "wording") if i["source"]["line"] == 3387]
    assert issue["severity"] == "info"


# --------------------------------------------------------------------------------------------------------------
# Contacts: raw as printed, E.164 computed by the library with Aktau's area code
# --------------------------------------------------------------------------------------------------------------


def test_aktau_offices_use_area_code_7292() -> None:
    for office in _offices().values():
        if office["region"] == "mangystau" and office["phones"]:
            assert office["area_code"] == "7292", office["id"]
    employment = offices().get("mangystau/employment-dept-aktau")
    assert {p.raw: p.e164 for p in employment.phones}["432616"] == "+77292432616"
    assert [f.e164 for f in employment.faxes] == ["+77292432670", "+77292432616"]
    land = offices().get("mangystau/land-relations-dept-aktau")
    assert [(p.raw, p.e164) for p in land.phones] == [
        ("8 (7292) 50-06-67", "+77292500667"),
        ("50-68-89", "+77292506889"),
    ]


def test_broken_emails_and_websites_are_flagged_not_fixed() -> None:
    employment = offices().get("mangystau/employment-dept-aktau")
    assert [(e.raw, e.valid) for e in employment.emails] == [
        ("аktau.іnfo@maіl.ru", False),
        ("аktau.іnfo.@maіl.ru", False),
        ("aқtaү_өotәp@maіl.құ", False),
    ]
    akimat = offices().get("mangystau/akim-apparatus-aktau")
    valid = [w.raw for w in akimat.websites if w.valid]
    assert valid == ["www.aktau.info.kz"]
    assert len(akimat.websites) == 6


def test_every_phrase_is_on_its_line(seed_lines: list[str]) -> None:
    count = 0
    for name in _names():
        for src in _sources(_file(name)):
            start, end = src["line"], src.get("end_line", src["line"])
            assert src["text"] in "\n".join(seed_lines[start - 1 : end]), (name, src)
            count += 1
    assert count > 1800
