"""JSON Schemas generated from the types: shipped current, valid, and every generated value validates."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzsocial import serde
from kzsocial.errors import NotFoundError
from kzsocial.schema import json_schema, openapi, shipped_schema, type_names
from serde.serde_values import strategy_for, typed_values

SHIPPED = Path(__file__).resolve().parents[2] / "src" / "kzsocial" / "data" / "schemas"
STALE = "the shipped schemas are stale: run python tools/gen_schemas.py"


@pytest.fixture(scope="module")
def validators() -> dict[str, jsonschema.Draft202012Validator]:
    out = {}
    for name in type_names():
        schema = json_schema(name)
        jsonschema.Draft202012Validator.check_schema(schema)
        out[name] = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    return out


def test_every_public_type_has_a_schema() -> None:
    assert set(type_names()) == {c.__name__ for c in serde.public_types()}


def test_the_shipped_schemas_are_current() -> None:
    expected = {f"{n}.schema.json" for n in type_names()} | {"openapi.json"}
    assert {p.name for p in SHIPPED.iterdir()} == expected, STALE
    for name in type_names():
        assert shipped_schema(name) == json.loads(json.dumps(json_schema(name))), f"{name}: {STALE}"
    assert shipped_schema("openapi") == json.loads(json.dumps(openapi())), STALE


def test_openapi_components_are_the_type_schemas() -> None:
    doc = openapi()
    assert doc["openapi"].startswith("3.1")
    schemas = doc["components"]["schemas"]
    assert set(type_names()) <= set(schemas) and "Problem" in schemas
    for name in type_names():
        assert schemas[name] == json.loads(
            json.dumps(json_schema(name)["$defs"][name]).replace("#/$defs/", "#/components/schemas/")
        )


def test_an_unknown_type_name_is_a_not_found() -> None:
    with pytest.raises(NotFoundError, match="no schema for type 'Nope'; accepted: AddHoliday, Amendment"):
        json_schema("Nope")


def test_a_wrong_value_fails_its_schema(validators: dict[str, jsonschema.Draft202012Validator]) -> None:
    v = validators["Term"]
    assert v.is_valid({"value": 10, "unit": "calendar_days"})
    assert not v.is_valid({"value": 10, "unit": "fortnights"})
    assert not v.is_valid({"value": "10", "unit": "calendar_days"})
    assert not v.is_valid({"value": 10, "unit": "calendar_days", "extra": 1})


@pytest.mark.parametrize("cls", serde.public_types(), ids=lambda c: c.__name__)
@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much], max_examples=5)
@given(data=st.data())
def test_generated_values_of_every_type_validate(
    cls: type, data: st.DataObject, validators: dict[str, jsonschema.Draft202012Validator]
) -> None:
    typed_values()
    value = data.draw(strategy_for(cls))
    errors = list(validators[cls.__name__].iter_errors(serde.to_dict(value)))
    assert not errors, [(list(e.absolute_path), e.message[:200]) for e in errors[:3]]
