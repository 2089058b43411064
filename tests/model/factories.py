"""Builders of small synthetic act folders for model tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SRC = {"line": 1, "text": "Title"}


def make_act(act_id: str = "test-2008") -> dict[str, Any]:
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


def make_service(sid: str, **extra: Any) -> dict[str, Any]:
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


def write_folder(folder: Path, act: dict[str, Any], services: list[Any], offices: list[Any] | None = None) -> Path:
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
