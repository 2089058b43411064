"""The public loader: your own acts, the packaged validation, problems with file, JSON path and line."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from cli.cli_support import cli
from kzsocial import loader
from kzsocial.errors import DataValidationError, InvalidInputError, InvalidTypeError
from kzsocial.loader import DataProblem, load_catalog, load_data, packaged_folders, validate
from kzsocial.registry import offices
from kzsocial.services import catalog

EXAMPLE = Path(__file__).resolve().parents[1] / "example_act"
ACT = EXAMPLE / "example-2099"
TEXT = (EXAMPLE / "example-2099.txt").read_text(encoding="utf-8").split("\n")

Cap = pytest.CaptureFixture[str]


def _sources(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        found = [node] if {"line", "text"} <= node.keys() and isinstance(node.get("line"), int) else []
        return found + [s for v in node.values() for s in _sources(v)]
    if isinstance(node, list):
        return [s for v in node for s in _sources(v)]
    return []


def test_the_example_act_cites_its_own_text() -> None:
    assert TEXT[0].startswith("ҮЛГІ / EXAMPLE") and "no legal force" in TEXT[0]
    sources = [s for f in sorted(ACT.glob("*.json")) for s in _sources(json.loads(f.read_text(encoding="utf-8")))]
    assert len(sources) >= 8
    for s in sources:
        assert s["text"] in TEXT[s["line"] - 1], s


def test_load_the_example_act_alone() -> None:
    data = load_data(EXAMPLE)
    assert [s.id for s in data.catalog] == ["example-2099/housing-aid"]
    assert [o.id for o in data.offices] == ["karaganda/example-employment-dept"]
    assert data.acts[0].data_issues[0].message.startswith("EXAMPLE: an invented act")
    svc = data.catalog.get("example-2099/housing-aid")
    office = data.offices.get("karaganda/example-employment-dept")
    assert svc.deadline(dt.datetime(2099, 1, 5, 10, 0), office=office).due_at == dt.datetime(2099, 1, 20, 18, 0)
    assert load_catalog(ACT) == data.catalog  # an act folder itself, or a folder of act folders


def test_with_the_packaged_acts_and_no_global_state() -> None:
    both = load_data([*packaged_folders(), EXAMPLE])
    assert len(both.catalog) == len(catalog()) + 1 and len(both.offices) == len(offices()) + 1
    assert "example-2099/housing-aid" not in catalog()  # the packaged catalogue is untouched
    assert load_data(packaged_folders()).catalog == catalog()


def test_the_same_validation_as_the_packaged_data_every_problem_located(tmp_path: Path) -> None:
    broken = tmp_path / "example-2099"
    shutil.copytree(ACT, broken)
    services = json.loads((broken / "services.json").read_text(encoding="utf-8"))
    svc = services["items"][0]
    svc["fee"] = {"kind": "cheap"}
    svc["terms"][0]["unit"] = "fortnights"
    (broken / "services.json").write_text(json.dumps(services, ensure_ascii=False, indent=2), encoding="utf-8")
    problems = validate(tmp_path)
    assert all(isinstance(p, DataProblem) for p in problems)
    by_path = {p.path: p for p in problems}
    lines = (broken / "services.json").read_text(encoding="utf-8").split("\n")
    fee = next(p for p in problems if p.path and p.path.startswith("$.items[0].fee"))
    assert fee.file == "example-2099/services.json" and fee.line is not None and '"kind": "cheap"' in "\n".join(
        lines[fee.line - 1 : fee.line + 1])
    unit = next(p for p in problems if "fortnights" in p.message)
    assert unit.path is not None and unit.path.startswith("$.items[0].terms[0]") and unit.line is not None
    assert len(by_path) >= 2 and str(fee).startswith(f"example-2099/services.json:{fee.line}: $.items[0].fee")
    with pytest.raises(DataValidationError) as info:
        load_data(tmp_path)
    assert len(info.value.problems) == len(problems)
    assert any(p.startswith("example-2099/services.json:") for p in info.value.problems)


def test_a_problem_across_files_points_at_its_record(tmp_path: Path) -> None:
    broken = tmp_path / "example-2099"
    shutil.copytree(ACT, broken)
    services = json.loads((broken / "services.json").read_text(encoding="utf-8"))
    services["items"][0]["office_ids"] = ["karaganda/nowhere"]
    (broken / "services.json").write_text(json.dumps(services, ensure_ascii=False, indent=2), encoding="utf-8")
    lines = (broken / "services.json").read_text(encoding="utf-8").split("\n")
    [dangling] = validate(broken)
    assert "office 'karaganda/nowhere' is not in the registry" in dangling.message
    assert dangling.file == "example-2099/services.json" and dangling.path == "$.items[0]"
    assert dangling.line is not None and '"id": "example-2099/housing-aid"' in lines[dangling.line]


def test_bad_arguments_are_clear(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="not a folder"):
        load_data(tmp_path / "missing")
    with pytest.raises(InvalidInputError, match=r"no act\.json in it nor in its sub-folders"):
        load_data(tmp_path)
    with pytest.raises(InvalidTypeError, match="expected a folder or a list of folders"):
        load_data(42)  # type: ignore[arg-type]


def test_data_packs_are_found_by_entry_point(monkeypatch: pytest.MonkeyPatch) -> None:
    class EntryPoint:
        name = "example"

        def load(self) -> object:
            return lambda: [EXAMPLE]

    def entry_points(group: str) -> list[EntryPoint]:
        return [EntryPoint()] if group == loader.DATA_PACK_GROUP else []

    monkeypatch.setattr(loader.metadata, "entry_points", entry_points)
    assert loader.data_pack_folders() == [ACT]
    assert [s.id for s in load_catalog([*packaged_folders(), *loader.data_pack_folders()])][-1] == (
        "example-2099/housing-aid")


def test_kzsocial_validate(capsys: Cap, tmp_path: Path) -> None:
    ok = cli(capsys, "validate", str(EXAMPLE))
    assert ok.code == 0 and ok.out == "ok\n"
    assert cli(capsys, "validate", str(EXAMPLE), "--with-packaged").code == 0
    broken = tmp_path / "example-2099"
    shutil.copytree(ACT, broken)
    (broken / "offices.json").write_text('{"format": 1, "act": "example-2099", "items": [{"id": 1}]}', encoding="utf-8")
    bad = cli(capsys, "validate", str(tmp_path))
    assert bad.code == 1 and bad.out.startswith("example-2099/offices.json:1: $.items[0]")
    as_json = cli(capsys, "validate", str(tmp_path), "--json").json()
    assert as_json["ok"] is False and as_json["problems"][0]["file"] == "example-2099/offices.json"
