"""``services``, ``show``, ``offices``: lists, searches, filters, paging, JSON and exit codes."""

from __future__ import annotations

import pytest

from cli.cli_support import cli
from kzsocial.export import to_dict
from kzsocial.registry import offices
from kzsocial.services import catalog

Cap = pytest.CaptureFixture[str]


def test_services_lists_the_whole_catalogue_one_line_each(capsys: Cap) -> None:
    r = cli(capsys, "services")
    assert r.code == 0 and r.err == ""
    lines = r.out.splitlines()
    assert [line.split()[0] for line in lines] == [s.id for s in catalog()]
    assert "Жұмыссыз азаматтарды есепке қою және тіркеу" in lines[0]


def test_services_pages_with_limit_and_offset(capsys: Cap) -> None:
    every = [s.id for s in catalog()]
    r = cli(capsys, "services", "--limit", "5", "--offset", "3")
    assert r.code == 0
    assert [line.split()[0] for line in r.out.splitlines()] == every[3:8]
    assert r.err == f"kzsocial: {len(every)} services; shown 4-8; next: --offset 8\n"
    data = cli(capsys, "services", "--limit", "5", "--offset", "3", "--json").json()
    assert data["total"] == len(every) and data["offset"] == 3 and data["limit"] == 5
    assert [i["id"] for i in data["items"]] == every[3:8]


def test_services_search_and_filters(capsys: Cap) -> None:
    r = cli(capsys, "services", "жұмыссыз", "--act", "karaganda-2008", "--json")
    ids = [i["id"] for i in r.json()["items"]]
    assert ids and ids[0] == "karaganda-2008/unemployed-registration"
    assert all(i.startswith("karaganda-2008/") for i in ids)
    regulations = cli(capsys, "services", "--kind", "regulation", "--json").json()["items"]
    assert {i["kind"] for i in regulations} == {"regulation"}
    assert len(regulations) == len(catalog().by_kind("regulation"))
    mangystau = cli(capsys, "services", "--region", "mangystau", "--json").json()["items"]
    assert [i["id"] for i in mangystau] == [s.id for s in catalog().by_region("mangystau")]
    office = catalog().get("karaganda-2008/unemployed-registration").office_ids[1]
    served = cli(capsys, "services", "--office", office, "--json").json()["items"]
    assert [i["id"] for i in served] == [s.id for s in catalog().by_office(office)]


def test_services_search_ignores_case_and_look_alike_letters(capsys: Cap) -> None:
    # Latin "a", "e", "o" in place of Cyrillic ones
    r = cli(capsys, "services", "ЖҰМЫССЫЗ", "aзaмaттaрды", "--limit", "1")
    assert r.code == 0 and r.out.startswith("karaganda-2008/unemployed-registration ")


def test_no_match_is_a_failed_result(capsys: Cap) -> None:
    r = cli(capsys, "services", "zzzz-nothing")
    assert (r.code, r.out, r.err) == (1, "", "kzsocial: no services match\n")
    r = cli(capsys, "offices", "zzzz-nothing", "--json")
    assert r.code == 1 and r.json()["total"] == 0
    # an unknown region is no longer an empty listing: it says so (issue 13)
    r = cli(capsys, "offices", "--region", "atlantis", "--json")
    assert r.code == 1 and r.out == "" and "unknown region 'atlantis'" in r.err


def test_unknown_act_says_what_is_accepted(capsys: Cap) -> None:
    r = cli(capsys, "services", "--act", "nowhere-1999")
    assert r.code == 1 and r.out == ""
    assert r.err.count("\n") == 1 and "karaganda-2008" in r.err


def test_show_a_service(capsys: Cap) -> None:
    r = cli(capsys, "show", "karaganda-2008/unemployed-registration")
    assert r.code == 0
    assert r.out.startswith("Жұмыссыз азаматтарды есепке қою және тіркеу\n")
    assert "term (main): 10 calendar days from the submission — «10 күнтізбелік күннен кешіктірілмей»" in r.out
    assert "foreigner-residence-permit" in r.out and "(if foreigner)" in r.out
    assert "talon (talon): due_at, documents, accepted_at" in r.out


def test_show_json_is_the_exported_service(capsys: Cap) -> None:
    exported = {s["id"]: s for s in to_dict()["services"]}
    for sid in ("karaganda-2008/unemployed-registration", "nko-2015/child-allowance"):
        assert cli(capsys, "show", sid, "--json").json() == exported[sid]


def test_show_unknown_service(capsys: Cap) -> None:
    r = cli(capsys, "show", "karaganda-2008/unemployed")
    assert r.code == 1 and "did you mean" in r.err and r.err.count("\n") == 1


def test_offices_filtered_by_service_region_and_kind(capsys: Cap) -> None:
    sid = "karaganda-2008/unemployed-registration"
    r = cli(capsys, "offices", "--service", sid)
    assert [line.split()[0] for line in r.out.splitlines()] == list(catalog().get(sid).office_ids)
    data = cli(capsys, "offices", "--region", "karaganda", "--kind", "rural_akim", "--json").json()
    assert data["total"] == len([o for o in offices() if o.region == "karaganda" and o.kind.value == "rural_akim"])
    assert {o["kind"] for o in data["items"]} == {"rural_akim"}
    exported = {o["id"]: o for o in to_dict()["offices"]}
    assert all(o == exported[o["id"]] for o in data["items"])


def test_offices_search(capsys: Cap) -> None:
    r = cli(capsys, "offices", "Балқаш", "--limit", "1")
    assert r.code == 0 and "Балқаш" in r.out


def test_offices_bad_kind_is_bad_usage(capsys: Cap) -> None:
    r = cli(capsys, "offices", "--kind", "castle")
    assert r.code == 2 and r.out == "" and r.err.count("\n") == 1 and "--kind" in r.err


def test_negative_limit_is_bad_usage(capsys: Cap) -> None:
    r = cli(capsys, "services", "--limit", "-1")
    assert r.code == 2 and "must be 0 or more" in r.err
