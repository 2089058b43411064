"""One service read alone (issue 15: ``kzsocial deadline SERVICE`` reads its service, not its act's other services
nor the act's 233 offices): the same object as the act's full read, every value of what it read checked, and the
checks it leaves named (they run when the act is read)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kzsocial._data import load_folders, packaged_act, packaged_service, read_one_service
from kzsocial.errors import DataValidationError
from kzsocial.provenance import TRANSLATION_PROVENANCE
from kzsocial.serde import to_dict
from kzsocial.services import catalog
from model.factories import SRC, make_act, make_service, write_folder

ISSUE = "The main term is '10 күн' (10 days) without saying calendar or working days."
TEXT = {"kk": "Негізгі мерзім – '10 күн'.", "ru": "Срок – '10 күн'."}


def test_every_packaged_service_alone_equals_the_one_its_act_gives() -> None:
    services = list(catalog())
    assert len(services) > 50
    for svc in services:
        alone = packaged_service(svc.id)
        assert alone is not None and alone is not svc  # a fresh read, not cached
        assert alone == svc and to_dict(alone) == to_dict(svc)
        act = packaged_act(svc.act_id)
        assert act is not None and svc in act.services


@pytest.mark.parametrize("miss", ["karaganda-2008/none", "atlantis-1999/x", "", "karaganda-2008", 42, None])
def test_no_such_packaged_service(miss: Any) -> None:
    assert packaged_service(miss) is None


def _write(tmp_path: Path, services: list[dict[str, Any]], texts: dict[str, Any], links: Any = None) -> Path:
    folder = write_folder(tmp_path / "test-2008", make_act(), services, [_office("test-2008/o1"), _office("x/o2")])
    overlay: dict[str, Any] = {
        "format": 1,
        "act": "test-2008",
        "provenance": TRANSLATION_PROVENANCE,
        "items": {f"service:{s['id']}": {"title": {"kk": s["title"]["kk"], "ru": "Назначение"}} for s in services},
        "data_issues": texts,
    }
    (folder / "translations.json").write_text(json.dumps(overlay, ensure_ascii=False), encoding="utf-8")
    if links is not None:
        (folder / "office_links.json").write_text(
            json.dumps({"format": 1, "act": "test-2008", "items": links}), encoding="utf-8"
        )
    return folder


def _office(oid: str) -> dict[str, Any]:
    return {"id": oid, "kind": "rural_akim", "name": {"kk": "Аппарат"}, "source": SRC}


def _issue() -> dict[str, Any]:
    return {"code": "ambiguous-unit", "message": ISSUE, "source": SRC}


def test_a_service_alone_equals_its_full_read_with_its_links_and_translations(tmp_path: Path) -> None:
    services = [make_service("test-2008/a", data_issues=[_issue()]), make_service("test-2008/b")]
    folder = _write(tmp_path, services, {ISSUE: TEXT}, {"test-2008/a": ["test-2008/o1"], "test-2008/b": ["x/o2"]})
    full = {s.id: s for s in load_folders([folder]).services}
    for sid in full:
        alone = read_one_service(folder, sid)
        assert alone == full[sid]
    a = read_one_service(folder, "test-2008/a")
    assert a is not None and a.office_ids == ("test-2008/o1",) and a.title.ru == "Назначение"
    assert a.data_issues[0].message_ru == TEXT["ru"]
    assert read_one_service(folder, "test-2008/c") is None


def test_a_broken_value_of_the_service_is_listed_with_its_place_in_the_file(tmp_path: Path) -> None:
    bad = make_service("test-2008/b", terms=[{"role": "main", "value": 10, "unit": "fortnights", "source": SRC}])
    folder = _write(tmp_path, [make_service("test-2008/a"), bad], {})
    with pytest.raises(DataValidationError) as info:
        read_one_service(folder, "test-2008/b")
    assert any("services.json.items[1]" in p and "fortnights" in p for p in info.value.problems), info.value.problems
    # the other service is not read: its act's full read lists the problem, the one-service read of 'a' does not
    assert read_one_service(folder, "test-2008/a") is not None
    with pytest.raises(DataValidationError, match="fortnights"):
        load_folders([folder])


def test_a_missing_text_of_the_service_is_a_problem_a_stale_one_is_left_to_the_act(tmp_path: Path) -> None:
    services = [make_service("test-2008/a", data_issues=[_issue()])]
    with pytest.raises(
        DataValidationError, match=r"no Kazakh and Russian text for the data issue .*service 'test-2008/a'"
    ):
        read_one_service(_write(tmp_path / "missing", services, {}), "test-2008/a")
    stale = {ISSUE: TEXT, "A message no record carries.": TEXT}
    folder = _write(tmp_path / "stale", services, stale)
    assert read_one_service(folder, "test-2008/a") is not None  # stale: only all the act's records can tell
    with pytest.raises(DataValidationError, match="stale: no data issue of act 'test-2008' has this message"):
        load_folders([folder])


def test_an_unknown_office_of_the_service_is_left_to_the_act(tmp_path: Path) -> None:
    folder = _write(tmp_path, [make_service("test-2008/a")], {}, {"test-2008/a": ["test-2008/nowhere"]})
    assert read_one_service(folder, "test-2008/a") is not None  # the offices are not read
    with pytest.raises(DataValidationError, match="office 'test-2008/nowhere' is not in the registry"):
        load_folders([folder])


def test_a_broken_act_header_fails_the_one_service_read_its_other_values_are_left_to_the_act(
    tmp_path: Path,
) -> None:
    folder = _write(tmp_path, [make_service("test-2008/a")], {})
    act = make_act()
    act["timezone"] = 5  # the header: what the service is read on (its region, time zone, source file)
    (folder / "act.json").write_text(json.dumps({"format": 1, "act": act}), encoding="utf-8")
    with pytest.raises(DataValidationError, match="timezone"):
        read_one_service(folder, "test-2008/a")
    act = make_act()
    del act["date"]  # not the header: the act's own values are read (and checked) with the act
    (folder / "act.json").write_text(json.dumps({"format": 1, "act": act}), encoding="utf-8")
    assert read_one_service(folder, "test-2008/a") is not None
    with pytest.raises(DataValidationError):
        load_folders([folder])
    act = make_act("test-2009")  # the folder's name and its act's id differ
    (folder / "act.json").write_text(json.dumps({"format": 1, "act": act}), encoding="utf-8")
    with pytest.raises(DataValidationError, match="act id 'test-2009' differs from its folder name 'test-2008'"):
        read_one_service(folder, "test-2008/a")


def test_a_service_defined_twice_is_a_problem(tmp_path: Path) -> None:
    folder = _write(tmp_path, [make_service("test-2008/a"), make_service("test-2008/a")], {})
    with pytest.raises(DataValidationError, match="service id 'test-2008/a' is defined more than once"):
        read_one_service(folder, "test-2008/a")
