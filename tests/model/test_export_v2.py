"""Format 2 of the export: every field of the model, generated schema, the catalogue rebuilt from it alone."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import jsonschema
import pytest

from kzsocial.errors import InvalidInputError
from kzsocial.export import EXPORT_FORMAT, from_dict, generated_schema, schema, to_dict, to_json
from kzsocial.registry import offices
from kzsocial.services import catalog

SHIPPED = Path(__file__).resolve().parents[2] / "src" / "kzsocial" / "data" / "export.schema.json"


@pytest.fixture(scope="module")
def doc() -> dict[str, object]:
    loaded: dict[str, object] = json.loads(to_json())
    return loaded


def test_the_default_is_format_2(doc: dict[str, object]) -> None:
    assert EXPORT_FORMAT == 2 and doc["format"] == 2


def test_the_catalogue_is_rebuilt_from_the_export_alone(doc: dict[str, object]) -> None:
    rebuilt, registry = from_dict(doc)
    assert rebuilt == catalog() and registry == offices()
    assert list(rebuilt) == list(catalog()) and rebuilt.acts == catalog().acts


def test_every_field_of_the_model_reaches_the_json(doc: dict[str, object]) -> None:
    kinds = (("acts", type(catalog().acts[0])), ("services", type(catalog()[0])), ("offices", type(offices()[0])))
    for key, cls in kinds:
        records = doc[key]
        assert isinstance(records, list)
        for record in records:
            assert set(record) >= {f.name for f in attrs.fields(cls)}, key


def test_the_facts_the_first_format_dropped_are_there(doc: dict[str, object]) -> None:
    services = {s["id"]: s for s in doc["services"]}  # type: ignore[attr-defined]
    svc = services["karaganda-2008/unemployed-registration"]
    assert svc["legal_basis"] and svc["provider"] and svc["consumers"]
    assert any(q["code"] or q["current"] for s in services.values() for q in s["quality_indicators"])
    assert any(s["service_hours"] for s in services.values())
    office_hours = [o["hours"] for o in doc["offices"] if o["hours"]]  # type: ignore[attr-defined]
    assert office_hours and all(len(h["days"]) == 7 for h in office_hours)


def test_the_export_validates_against_its_generated_schema(doc: dict[str, object]) -> None:
    validator = jsonschema.Draft202012Validator(schema())
    errors = list(validator.iter_errors(doc))
    assert not errors, [(list(e.absolute_path), e.message[:200]) for e in errors[:5]]
    broken = {**doc, "services": [{"id": "x"}]}
    assert not validator.is_valid(broken)


def test_the_shipped_export_schema_is_current() -> None:
    assert json.loads(SHIPPED.read_text(encoding="utf-8")) == json.loads(json.dumps(generated_schema())), (
        "stale: run python tools/gen_schemas.py"
    )


def test_bad_formats_and_documents_are_clear_errors() -> None:
    with pytest.raises(InvalidInputError, match="unknown export format 3; accepted: 1, 2"):
        to_dict(format=3)
    with pytest.raises(InvalidInputError, match='expected a format-2 export'):
        from_dict(to_dict(format=1))
    with pytest.raises(InvalidInputError, match="the export lacks offices"):
        from_dict({"format": 2, "acts": [], "services": []})
