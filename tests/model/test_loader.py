"""Loading validates every file and lists every problem at once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kzsocial._data import load_folders
from kzsocial.errors import DataValidationError, KzSocialError

SRC = {"line": 1, "text": "Title"}


def _act(act_id: str = "test-2008") -> dict[str, Any]:
    return {
        "id": act_id,
        "source_file": "x.txt",
        "region": "karaganda",
        "timezone": "Asia/Almaty",
        "issuer": {"kk": "Әкімдік"},
        "kind": "resolution",
        "number": "1",
        "date": "2008-01-01",
        "title": {"kk": "Title"},
        "source": SRC,
    }


def _service(sid: str, **extra: Any) -> dict[str, Any]:
    node: dict[str, Any] = {
        "id": sid,
        "kind": "standard",
        "number": "1",
        "title": {"kk": "Тұрғын үй көмегін тағайындау"},
        "source": SRC,
        "terms": [{"role": "main", "value": 10, "unit": "calendar_days", "source": SRC}],
        "documents": [
            {"id": "id-card", "name": {"kk": "жеке куәлік"}, "source": SRC, "handling": "show"},
            {
                "id": "residence",
                "name": {"kk": "ықтиярхат"},
                "source": SRC,
                "condition": {"applies_to": ["foreigner", "stateless"]},
                "alternatives": [{"id": "stateless-card", "name": {"kk": "куәлік"}, "source": SRC}],
            },
        ],
        "office_ids": [],
    }
    node.update(extra)
    return node


def _write(folder: Path, act: dict[str, Any], services: list[Any], offices: list[Any] | None = None) -> Path:
    folder.mkdir(parents=True)
    (folder / "act.json").write_text(json.dumps({"format": 1, "act": act}), encoding="utf-8")
    (folder / "services.json").write_text(
        json.dumps({"format": 1, "act": act["id"], "items": services}), encoding="utf-8"
    )
    if offices is not None:
        (folder / "offices.json").write_text(
            json.dumps({"format": 1, "act": act["id"], "items": offices}), encoding="utf-8"
        )
    return folder


def test_a_valid_folder_loads(tmp_path: Path) -> None:
    data = load_folders([_write(tmp_path / "test-2008", _act(), [_service("test-2008/housing")])])
    (svc,) = data.services
    assert svc.main_term is not None and str(svc.main_term.term) == "10 calendar days"
    assert [d.id for d in svc.required_documents()] == ["id-card"]


def test_every_problem_is_listed_at_once(tmp_path: Path) -> None:
    services = [
        _service("test-2008/a", terms=[{"role": "main", "value": 5, "source": SRC}]),  # no unit
        _service("test-2008/a"),  # duplicate id
        _service("test-2008/b", office_ids=["nowhere/office"]),  # dangling office
        _service("test-2008/c", fee={"kind": "cheap"}),  # bad enum
        _service("other-2008/d"),  # id outside the act
        _service("test-2008/e", documents=[{"id": "x", "name": {"kk": "a"}}]),  # no source
    ]
    with pytest.raises(DataValidationError) as info:
        load_folders([_write(tmp_path / "test-2008", _act(), services)])
    problems = "\n".join(info.value.problems)
    assert "needs a unit" in problems
    assert "defined more than once" in problems
    assert "'nowhere/office' is not in the registry" in problems
    assert "'cheap' is not a FeeKind; accepted: free, paid, paid_unknown_amount, unspecified" in problems
    assert "must start with its act id" in problems
    assert "a source {line, text} is required" in problems
    assert len(info.value.problems) >= 6
    assert isinstance(info.value, ValueError) and isinstance(info.value, KzSocialError)


def test_office_links_must_name_known_services(tmp_path: Path) -> None:
    folder = _write(tmp_path / "test-2008", _act(), [_service("test-2008/a")], [])
    (folder / "office_links.json").write_text(
        json.dumps({"format": 1, "act": "test-2008", "items": {"test-2008/zzz": []}}), encoding="utf-8"
    )
    with pytest.raises(DataValidationError, match="links a service that is not defined"):
        load_folders([folder])


def test_folder_name_must_match_act_id(tmp_path: Path) -> None:
    with pytest.raises(DataValidationError, match="differs from its folder name"):
        load_folders([_write(tmp_path / "wrong-name", _act(), [])])


def test_broken_json_is_reported(tmp_path: Path) -> None:
    folder = _write(tmp_path / "test-2008", _act(), [])
    (folder / "services.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(DataValidationError, match="cannot read JSON"):
        load_folders([folder])


def test_packaged_data_loads() -> None:
    from kzsocial._data import dataset

    data = dataset()
    assert data.acts, "no packaged acts"
