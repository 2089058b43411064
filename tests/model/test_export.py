"""The JSON export: its keys are a contract, and it validates against the shipped schema.

Format 1 (the hand-made shape) keeps its contract under ``format=1``; format 2, the default since the export
became the serde form of the model, is tested in ``test_export_v2.py``.
"""

from __future__ import annotations

import json

import jsonschema

from kzsocial.export import schema, to_dict, to_json


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(schema(format=1))


def test_export_validates_against_the_schema() -> None:
    validator = jsonschema.Draft202012Validator(schema(format=1))
    errors = sorted(validator.iter_errors(to_dict(format=1)), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:20])


def test_export_contract_keys() -> None:
    doc = to_dict(format=1)
    for act in doc["acts"]:
        assert {"id", "source_file", "number", "date"} <= act.keys()
    for svc in doc["services"]:
        assert {
            "id", "act_id", "kind", "title", "source", "terms", "max_wait_minutes", "fee", "documents",
            "talon_fields", "refusal_grounds", "office_ids", "data_issues",
        } <= svc.keys()
        # "translated" (issue 13): which of the languages are kzsocial's translation rather than the act's text
        assert set(svc["title"]) == {"kk", "ru", "en", "translated"}
        assert ("steps" in svc) == (svc["kind"] == "regulation")
        for term in svc["terms"]:
            assert {"role", "value", "unit", "starts_from", "source"} <= term.keys()
            assert {"file", "line", "text"} <= term["source"].keys()
    office_ids = {o["id"] for o in doc["offices"]}
    for svc in doc["services"]:
        assert set(svc["office_ids"]) <= office_ids
    for office in doc["offices"]:
        assert {"id", "kind", "name", "postcode", "address", "phones", "faxes", "emails", "websites",
                "reception", "timezone", "source"} <= office.keys()


def test_schema_rejects_a_broken_document() -> None:
    validator = jsonschema.Draft202012Validator(schema(format=1))
    doc = to_dict(format=1)
    doc["acts"].append({"id": "x", "source_file": "x", "number": "1", "date": "25.11.2008"})
    assert list(validator.iter_errors(doc))


def test_to_json_round_trips() -> None:
    text = to_json(format=1)
    assert json.loads(text) == to_dict(format=1)
    assert "Қарағанды" in text  # Cyrillic is kept, not escaped
