"""Standards 8 to 13 of the Karaganda 2008 act (services-2.json), pinned to the act's text.

The raw JSON is read directly (what was encoded), and again through ``kzsocial.services.catalog()`` (what the
library makes of it). Line numbers are those of ``000_24378b1da5dcbe4b.txt``.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from kzsocial._data import load_folders
from kzsocial.calendar import Term, TermUnit
from kzsocial.services import (
    ApplicantProfile,
    AutomationForm,
    Catalog,
    FeeKind,
    QueueQualifier,
    TalonField,
    TalonKind,
    TermRole,
    check_documents,
)
from kzsocial.services import catalog as get_catalog

ACT = "karaganda-2008"
SEED = "000_24378b1da5dcbe4b.txt"
IDS = {
    8: f"{ACT}/home-social-care-documents",
    9: f"{ACT}/social-aid-local-decisions",
    10: f"{ACT}/disabled-children-home-education-aid",
    11: f"{ACT}/rural-specialists-fuel-aid",
    12: f"{ACT}/targeted-social-assistance",
    13: f"{ACT}/unemployed-certificate",
}


@functools.cache
def _raw() -> dict[str, Any]:
    path = resources.files("kzsocial.data") / "acts" / ACT / "services-2.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def raw(number: int) -> dict[str, Any]:
    by_id: dict[str, dict[str, Any]] = {s["id"]: s for s in _raw()["items"]}
    return by_id[IDS[number]]


def doc_ids(service: dict[str, Any]) -> list[str]:
    return [d["id"] for d in service["documents"]]


# -- the file as encoded -------------------------------------------------------------------------------------


def test_file_holds_standards_8_to_13_in_act_order() -> None:
    data = _raw()
    assert data["format"] == 1
    assert data["act"] == ACT
    assert [s["id"] for s in data["items"]] == [IDS[n] for n in range(8, 14)]
    assert [s["number"] for s in data["items"]] == [str(n) for n in range(8, 14)]
    assert all(s["kind"] == "standard" for s in data["items"])
    assert all(s["office_ids"] == [] for s in data["items"]), "offices come from office_links.json"


@pytest.mark.parametrize(
    ("number", "line", "title_start"),
    [
        (8, 8056, '"Мүгедектерге үйінде, оның ішінде бөгде адамның'),
        (9, 9095, '"Жергілікті өкілетті органдардың шешімдері бойынша'),
        (10, 10114, '"Үйде тәрбиеленетін және оқитын мүгедек балаларды'),
        (11, 11137, '"Отын сатып алу бойынша ауылдық жерде'),
        (12, 12609, '"Мемлекеттік атаулы әлеуметтік көмек тағайындау"'),
        (13, 14397, '"Жұмыссыз азаматтарға анықтама беру"'),
    ],
)
def test_title_lines(number: int, line: int, title_start: str) -> None:
    svc = raw(number)
    assert svc["source"]["line"] == line
    assert svc["source"]["text"].startswith(title_start)
    assert svc["title"]["en"]


@pytest.mark.parametrize(
    ("number", "value", "unit", "line", "phrase"),
    [
        (8, 15, "days_unqualified", 8090, "ең ұзақ мерзімі 15 күн"),
        (9, 30, "calendar_days", 9135, "30 күнтізбелік күн"),
        (10, 15, "calendar_days", 10148, "15 күнтізбелік күн"),
        (11, 15, "calendar_days", 11171, "15 күнтізбелік күн"),
        (12, 10, "calendar_days", 12645, "Бөлімге өтініш білдіргенде - 10 күнтізбелік күн"),
        (13, 1, "days_unqualified", 14431, "мерзімі: 1 күн"),
    ],
)
def test_main_terms(number: int, value: int, unit: str, line: int, phrase: str) -> None:
    main = next(t for t in raw(number)["terms"] if t["role"] == "main")
    assert (main["value"], main["unit"], main["starts_from"]) == (value, unit, "submission")
    assert main["source"]["line"] == line
    assert phrase in main["source"]["text"]


@pytest.mark.parametrize("number", [8, 13])
def test_bare_days_carry_an_ambiguous_unit_issue(number: int) -> None:
    svc = raw(number)
    bare = [t for t in svc["terms"] if t["unit"] == "days_unqualified"]
    assert bare
    flagged = {i["source"]["line"] for i in svc["data_issues"] if i["code"] == "ambiguous-unit"}
    assert {t["source"]["line"] for t in bare} <= flagged


def test_targeted_assistance_has_a_term_per_channel_and_a_six_month_ban() -> None:
    terms = raw(12)["terms"]
    mains = [t for t in terms if t["role"] == "main"]
    assert [(t["value"], t["source"]["line"]) for t in mains] == [(10, 12645), (30, 12647)]
    assert "Бөлім" in mains[0]["actor"]["kk"]
    assert "әкім" in mains[1]["actor"]["kk"]
    ban = next(t for t in terms if t["role"] == "other")
    assert (ban["value"], ban["unit"], ban["source"]["line"]) == (6, "months", 12705)


@pytest.mark.parametrize(
    ("number", "submit", "receive", "lines"),
    [
        (8, 30, 10, (8092, 8094)),
        (9, 30, 10, (9137, 9139)),
        (10, 40, 40, (10150, 10152)),
        (11, 30, 10, (11173, 11175)),
        (12, 40, 40, (12649, 12651)),
        (13, 40, 20, (14433, 14435)),
    ],
)
def test_queue_limits(number: int, submit: int, receive: int, lines: tuple[int, int]) -> None:
    limits = {q["stage"]: q for q in raw(number)["queue_limits"]}
    assert limits["submit"]["minutes"] == submit
    assert limits["receive"]["minutes"] == receive
    assert (limits["submit"]["source"]["line"], limits["receive"]["source"]["line"]) == lines
    assert all(q["qualifier"] == "at_most" for q in limits.values())
    assert f"{submit} минут" in limits["submit"]["source"]["text"]


def test_only_standard_12_is_monday_to_thursday() -> None:
    for number in range(8, 14):
        hours = raw(number)["service_hours"]
        weekdays = [w for d in hours["days"] for w in d["weekdays"]]
        assert weekdays == ([0, 1, 2, 3] if number == 12 else [0, 1, 2, 3, 4]), number
        assert all(d["intervals"] == [["09:00", "13:00"], ["14:00", "18:00"]] for d in hours["days"])
        assert raw(number)["intake_hours"] == hours, "documents are accepted during the service hours"
    hours12 = raw(12)["service_hours"]
    assert hours12["source"]["line"] == 12663
    assert "жұма, сенбі және жексенбіден басқа" in hours12["source"]["text"]
    closed = [i for i in raw(12)["data_issues"] if i["code"] == "closed-day"]
    assert len(closed) == 1 and closed[0]["source"]["line"] == 12663


def test_all_free() -> None:
    assert all(raw(n)["fee"]["kind"] == "free" for n in range(8, 14))
    assert raw(12)["fee"]["source"]["text"] == "Қызмет тегін көрсетіледі"


def test_standard_8_documents_and_conditions() -> None:
    svc = raw(8)
    assert doc_ids(svc) == [
        "application",
        "identity-card",
        "birth-certificate",
        "residence-certificate",
        "medical-card",
        "pension-certificate",
        "status-certificate",
        "disability-certificate-copy",
        "rehabilitation-programme-copy",
        "pmpk-conclusion",
    ]
    docs = {d["id"]: d for d in svc["documents"]}
    assert docs["birth-certificate"]["condition"]["applies_to"] == ["child_under_16"]
    assert docs["identity-card"]["condition"]["not_for"] == ["child_under_16"]
    assert docs["pension-certificate"]["condition"]["applies_to"] == ["pensioner"]
    assert docs["pension-certificate"]["source"]["line"] == 8126
    assert docs["disability-certificate-copy"]["form"] == "copy"
    assert docs["application"]["form"] == "original_and_copy"


def test_residence_proof_alternatives_in_9_and_11() -> None:
    for number, line in ((9, 9167), (11, 11203)):
        doc = next(d for d in raw(number)["documents"] if d["id"] == "residence-register-copy")
        assert doc["source"]["line"] == line
        assert [a["id"] for a in doc["alternatives"]] == ["address-bureau-certificate", "rural-akim-certificate"]
        assert all(a["source"]["line"] == line for a in doc["alternatives"])


def test_standard_13_documents_are_shown_and_conditional() -> None:
    docs = {d["id"]: d for d in raw(13)["documents"]}
    assert all(d["handling"] == "show" for d in docs.values())
    assert docs["identity-card"]["condition"] is None
    assert docs["foreigner-residence-permit"]["condition"]["applies_to"] == ["foreigner"]
    assert docs["stateless-certificate"]["condition"]["applies_to"] == ["stateless"]
    assert docs["oralman-certificate"]["condition"]["applies_to"] == ["oralman"]
    assert docs["oralman-certificate"]["source"]["line"] == 14463


@pytest.mark.parametrize(
    ("number", "kind", "fields", "line"),
    [
        (9, "undefined", [], 9181),
        (10, "receipt", ["accepted_by", "accepted_at"], 10198),
        (11, "undefined", [], 11219),
        (12, "undefined", [], 12693),
        (13, "talon", ["number", "accepted_at", "accepted_by", "accepted_by_position"], 14475),  # «лауазымы»
    ],
)
def test_talons(number: int, kind: str, fields: list[str], line: int) -> None:
    svc = raw(number)
    assert svc["talon"]["kind"] == kind
    assert svc["talon"]["fields"] == fields
    assert svc["talon"]["source"]["line"] == line
    if kind == "undefined":
        assert any(i["code"] == "undefined-talon" for i in svc["data_issues"])


def test_standard_8_promises_no_talon() -> None:
    svc = raw(8)
    assert svc["talon"] is None
    assert any(i["code"] == "missing-talon" for i in svc["data_issues"])


@pytest.mark.parametrize(
    ("number", "values"),
    [
        (8, ["95", "100", "100", "100", "95", "100", "100", "100", "100", "95", "95", "95"]),
        (9, ["100", "100", "96", "100", "96", "96", "100", "0,1", "100", "95", "95", "100"]),
        (10, ["100", "100", "96", "100", "96", "96", "100", "0,1", "100", "95", "95", "100"]),
        (11, ["100", "100", "96", "100", "96", "96", "100", "0,1", "100", "95", "95", "100"]),
        (12, ["95", "100", "95", "100", "95", "90", "100", "0,1", "100", "95", "95", "95"]),
        (13, ["100"] * 12),
    ],
)
def test_quality_indicators(number: int, values: list[str]) -> None:
    qi = raw(number)["quality_indicators"]
    assert [q["normative"] for q in qi] == values
    assert all(q["unit"] == "%" and q["target_next_year"] is None for q in qi)
    # the raw value stays in the source text: "0,1" as printed
    for q in qi:
        assert q["source"]["text"].endswith(q["normative"].replace(".", ",")) or q["source"]["text"].endswith(
            q["normative"] + " %"
        )


@pytest.mark.parametrize("number", [8, 13])
def test_complaint_share_of_100_percent_is_flagged(number: int) -> None:
    svc = raw(number)
    complaints = svc["quality_indicators"][7]
    assert complaints["normative"] == "100"
    assert any(
        i["code"] == "misprint" and i["source"]["line"] == complaints["source"]["line"] for i in svc["data_issues"]
    )


def test_cross_reference_to_missing_schedules_is_flagged() -> None:
    for number, line in ((8, 8212), (10, 10268)):
        issues = [i for i in raw(number)["data_issues"] if i["code"] == "cross-reference"]
        assert [i["source"]["line"] for i in issues] == [line]


def test_every_issue_is_explained_with_a_source() -> None:
    for number in range(8, 14):
        for i in raw(number)["data_issues"]:
            assert i["severity"] in {"info", "warning", "error"}
            assert len(i["message"]) > 40
            assert isinstance(i["source"]["line"], int)


# -- against the seed ---------------------------------------------------------------------------------------


def test_pinned_phrases_are_on_their_lines(seeds_dir: Path) -> None:
    lines = (seeds_dir / SEED).read_text(encoding="utf-8").split("\n")
    pinned = {
        8090: "ең ұзақ мерзімі 15 күн",
        9135: "30 күнтізбелік күн",
        12645: "10 күнтізбелік күн",
        12647: "30 күнтізбелік күн",
        12663: "жұма, сенбі және жексенбіден басқа күндері",
        14431: "1 күн",
        14433: "40 минут",
    }
    for line, phrase in pinned.items():
        assert phrase in lines[line - 1], line


def test_every_source_of_the_file_is_on_its_line(seeds_dir: Path) -> None:
    lines = (seeds_dir / SEED).read_text(encoding="utf-8").split("\n")
    found = 0

    def walk(node: Any) -> None:
        nonlocal found
        if isinstance(node, dict):
            if isinstance(node.get("line"), int) and isinstance(node.get("text"), str):
                end = node.get("end_line", node["line"])
                assert node["text"] in "\n".join(lines[node["line"] - 1 : end]), node
                found += 1
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(_raw())
    assert found > 250


# -- through the library ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """This file alone (with the act record), loaded and validated by the library's loader."""
    folder = tmp_path_factory.mktemp("acts") / ACT
    folder.mkdir()
    packaged = resources.files("kzsocial.data") / "acts" / ACT
    for name in ("act.json", "services-2.json"):
        (folder / name).write_text((packaged / name).read_text(encoding="utf-8"), encoding="utf-8")
    data = load_folders([folder])
    return Catalog(data.services, data.acts)


def test_packaged_catalogue_has_the_six_standards() -> None:
    services = get_catalog()
    for number, sid in IDS.items():
        svc = services.get(sid)
        assert svc.number == str(number)
        assert svc.act_id == ACT
        assert svc.office_ids, f"{sid}: no offices linked (office_links.json)"


def test_loader_reads_the_six_standards(services: Catalog) -> None:
    assert [s.id for s in services.by_act(ACT)] == [IDS[n] for n in range(8, 14)]
    for number, sid in IDS.items():
        svc = services.get(sid)
        assert svc.number == str(number)
        assert svc.main_term is not None
        assert len(svc.quality_indicators) == 12


def test_catalogue_terms_and_limits(services: Catalog) -> None:
    svc = services.get(IDS[13])
    main = svc.main_term
    assert main is not None
    assert main.role is TermRole.MAIN
    assert isinstance(main.term, Term)
    assert main.term.value == 1
    assert main.term.unit is TermUnit.DAYS_UNQUALIFIED
    limit = svc.queue_limit("receive")
    assert limit is not None and limit.minutes == 20 and limit.qualifier is QueueQualifier.AT_MOST
    assert svc.fee.kind is FeeKind.FREE
    assert svc.form is AutomationForm.PARTLY_AUTOMATED
    assert svc.talon is not None and svc.talon.kind is TalonKind.TALON
    assert TalonField.NUMBER in svc.talon.fields


def test_catalogue_hours_monday_to_thursday(services: Catalog) -> None:
    hours = services.get(IDS[12]).service_hours
    assert hours is not None
    assert hours.days[3] and not hours.days[4] and not hours.days[5]
    assert hours.tz == "Asia/Almaty"
    other = services.get(IDS[9]).service_hours
    assert other is not None and other.days[4]


def test_catalogue_documents_per_profile(services: Catalog) -> None:
    svc = services.get(IDS[13])
    citizen = [d.id for d in svc.required_documents()]
    assert citizen == ["identity-card"]
    foreigner = [d.id for d in svc.required_documents(ApplicantProfile.of("foreigner"))]
    assert foreigner == ["identity-card", "foreigner-residence-permit"]
    home_care = services.get(IDS[8])
    child = {
        d.id for d in home_care.required_documents(ApplicantProfile.of("citizen", "disabled_child", "child_under_16"))
    }
    assert "birth-certificate" in child and "identity-card" not in child and "pmpk-conclusion" in child
    adult = {d.id for d in home_care.required_documents()}
    assert "identity-card" in adult and "birth-certificate" not in adult and "pmpk-conclusion" not in adult


def test_catalogue_check_documents_with_alternatives(services: Catalog) -> None:
    svc = services.get(IDS[9])
    result = check_documents(svc, ["application", "identity-document-copy", "rural-akim-certificate"])
    assert [d.id for d in result.missing] == ["entitlement-documents"]
    assert result.is_refusal_ground
    # targeted social assistance does not name missing documents as a refusal ground
    tsa = services.get(IDS[12])
    partial = check_documents(tsa, ["application"])
    assert partial.missing and not partial.is_refusal_ground


# -- what the act does not state: no priority service, no «no grounds to refuse», no staged totals -----------------

# the title line of each standard (and the end of the act, where standard 13 ends)
def test_targeted_assistance_through_an_akim_takes_30_days() -> None:
    (akim,) = [t for t in raw(12)["terms"] if t.get("channel") == "akim"]
    assert (akim["value"], akim["unit"], akim["source"]["line"]) == (30, "calendar_days", 12647)
    assert "akim" in raw(12)["channels"]
    svc = get_catalog().get(IDS[12])
    through_akim = svc.term_for("akim")
    assert through_akim is not None
    assert (through_akim.term, through_akim.source.line) == (Term(30, "calendar_days"), 12647)
    for channel in (None, "provider"):
        department = svc.term_for(channel)
        assert department is not None
        assert (department.term, department.source.line) == (Term(10, "calendar_days"), 12645)


# -- review fixes, each pinned to the act's line ---------------------------------------------------------------


def test_standard_8_identity_card_is_for_everyone_but_children_under_16(seeds_dir: Path) -> None:
    # line 8120: «жеке куәлік, (16 жасқа толмаған мүгедек балаларға арналған) туу туралы куәлік» — no group named
    lines = (seeds_dir / SEED).read_text(encoding="utf-8").split("\n")
    assert "жеке куәлік, (16 жасқа толмаған мүгедек балаларға арналған) туу туралы куәлік" in lines[8119]
    card = next(d for d in raw(8)["documents"] if d["id"] == "identity-card")
    assert card["source"]["line"] == 8120
    assert (card["condition"]["applies_to"], card["condition"]["not_for"]) == ([], ["child_under_16"])
    svc = get_catalog().get(IDS[8])
    for tags in (("disabled",), ("pensioner",), ("participant_of_war",), ("citizen", "disabled")):
        assert "identity-card" in {d.id for d in svc.required_documents(ApplicantProfile.of(*tags))}, tags
    child = {d.id for d in svc.required_documents(ApplicantProfile.of("disabled_child", "child_under_16"))}
    assert "identity-card" not in child and "birth-certificate" in child


def test_standard_9_residence_proof_is_a_copy_whichever_is_brought(seeds_dir: Path) -> None:
    lines = (seeds_dir / SEED).read_text(encoding="utf-8").split("\n")
    # line 9167 closes the list with «құжаттың көшірмесі»; line 11203 (standard 11) does not
    assert lines[9166].rstrip().endswith("округ әкімінің анықтамасы) құжаттың көшірмесі;")
    assert "құжаттың көшірмесі" not in lines[11202]
    nine = next(d for d in raw(9)["documents"] if d["id"] == "residence-register-copy")
    assert [(d["form"], d["source"]["line"]) for d in [nine, *nine["alternatives"]]] == [("copy", 9167)] * 3
    eleven = next(d for d in raw(11)["documents"] if d["id"] == "residence-register-copy")
    assert [a["form"] for a in eleven["alternatives"]] == ["unspecified", "unspecified"]


def test_complaint_share_issue_names_every_standard_printing_100_percent(seeds_dir: Path) -> None:
    lines = (seeds_dir / SEED).read_text(encoding="utf-8").split("\n")
    # indicator 4.1 printed as 100 in standards 1 (line 506), 8 (8528) and 13 (14825); 0,1 or 0,2 elsewhere
    assert [lines[n - 1].strip() for n in (506, 8528, 14825)] == ["100 %", "100", "100 %"]
    assert [lines[n - 1].strip() for n in (1549, 2580, 9541, 13840)] == ["0,1", "0,2", "0,1", "0,1"]
    for number in (8, 13):
        (issue,) = [i for i in raw(number)["data_issues"] if i["code"] == "misprint"]
        assert "standards 1, 8 and 13" in issue["message"]
        assert "the other standards of the act give" not in issue["message"]


@pytest.mark.parametrize(("number", "line"), [(9, 9189), (10, 10206), (11, 11227)])
def test_paragraph_17_mixing_refusal_and_termination_is_flagged(seeds_dir: Path, number: int, line: int) -> None:
    lines = (seeds_dir / SEED).read_text(encoding="utf-8").split("\n")
    assert lines[line - 1].strip().startswith("17. ") and "тоқтат" in lines[line - 1]
    issues = [i for i in raw(number)["data_issues"] if i["source"]["line"] == line]
    assert [(i["code"], i["severity"]) for i in issues] == [("wording", "info")]
    assert "stop" in issues[0]["message"]


@pytest.mark.parametrize(("number", "line"), [(11, 11157), (12, 12629)])
def test_rural_akim_is_recorded_as_another_provider(number: int, line: int) -> None:
    (also,) = raw(number)["provider_also"]
    assert also["source"]["line"] == line and "әкіміне өтініш" in also["text"]["kk"]
    svc = get_catalog().get(IDS[number])
    assert [s.source.line for s in svc.other_providers] == [line]
    assert "akim" in raw(number)["channels"]


@pytest.mark.parametrize(("number", "line"), [(9, 9129), (11, 11153)])
def test_authorised_instead_of_representative_bodies_is_flagged(seeds_dir: Path, number: int, line: int) -> None:
    lines = (seeds_dir / SEED).read_text(encoding="utf-8").split("\n")
    assert "жергілікті уәкілетті органдар" in lines[line - 1]
    # the title (9095) and paragraph 1 of standard 11 (11145) say «өкілетті» (representative)
    assert "өкілетті органдардың" in lines[9094] and "жергілікті өкілетті органдардың" in lines[11144]
    issues = [i for i in raw(number)["data_issues"] if i["source"]["line"] == line]
    assert [i["code"] for i in issues] == ["wording"]


def test_standard_11_names_city_bodies_but_lists_only_districts(seeds_dir: Path) -> None:
    lines = (seeds_dir / SEED).read_text(encoding="utf-8").split("\n")
    # paragraph 22 (line 11275) sends complaints to the akims of cities and districts
    assert "Шағымдар қалалар мен аудандар әкімдерінің атына" in lines[11274]
    # annex 1 (lines 11306-11404): nine district departments, no city department
    annex_1 = [x for x in lines[11305:11404] if x.startswith('\t"') and "бағдарламалар бө" in x]
    assert len(annex_1) == 9 and all("ауданының" in x for x in annex_1)
    # annex 4 (from line 12344) is titled for district akims only and lists only district akims' apparatus
    assert lines[12346].startswith("Аудан әкімдерінің байланыс мәліметтері")
    apparatus = [x for x in lines[12343:12603] if "әкімінің аппараты" in x]
    assert len(apparatus) == 9 and all("ауданы әкімінің" in x for x in apparatus)
    (issue,) = [i for i in raw(11)["data_issues"] if i["source"]["line"] == 12347]
    assert (issue["code"], issue["severity"]) == ("wording", "info")
