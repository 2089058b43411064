"""One JSON form for every public value: type hints resolve, no private field leaks, exact round trips."""

from __future__ import annotations

import importlib
import json
import typing

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzsocial import serde
from kzsocial.errors import SerializationError
from serde.serde_values import pool, strategy_for, typed_values

MODULES = (
    "kzsocial", "kzsocial.calendar", "kzsocial.text", "kzsocial.errors", "kzsocial.provenance", "kzsocial.services",
    "kzsocial.registry", "kzsocial.export", "kzsocial.notices", "kzsocial.testing", "kzsocial.serde",
)


def _public_attrs_classes() -> list[type]:
    found: dict[str, type] = {}
    for name in MODULES:
        module = importlib.import_module(name)
        for attr in module.__all__:
            obj = getattr(module, attr)
            if isinstance(obj, type) and attrs.has(obj):
                found[f"{obj.__module__}.{obj.__qualname__}"] = obj
    return [found[k] for k in sorted(found)]


@pytest.mark.parametrize("cls", _public_attrs_classes(), ids=lambda c: c.__name__)
def test_type_hints_resolve_on_every_public_class(cls: type) -> None:
    hints = typing.get_type_hints(cls)
    assert {f.name for f in attrs.fields(cls)} <= set(hints)


@pytest.mark.parametrize("cls", _public_attrs_classes(), ids=lambda c: c.__name__)
def test_no_private_field_leaks_into_asdict(cls: type) -> None:
    assert [f.name for f in attrs.fields(cls) if f.name.startswith("_")] == []


def test_public_types_are_every_public_value_class() -> None:
    library = {c for c in _public_attrs_classes() if not c.__module__.startswith("kzsocial.testing")}
    assert set(serde.public_types()) == library


@pytest.mark.parametrize("cls", serde.public_types(), ids=lambda c: c.__name__)
def test_every_public_type_has_values_to_test(cls: type) -> None:
    assert not strategy_for(cls).is_empty, f"no strategy for {cls.__name__}"


SLOW_OK = [HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large]


def _round_trip(cls: type, value: object) -> None:
    assert isinstance(value, cls)
    data = serde.to_dict(value)
    text = json.dumps(data, ensure_ascii=False)  # JSON-native: no custom encoder needed
    assert serde.from_dict(cls, json.loads(text)) == value
    assert serde.from_json(cls, serde.to_json(value)) == value


@settings(suppress_health_check=SLOW_OK)
@given(typed_values())
def test_round_trip_is_exact_for_values_of_any_type(pair: tuple[type, object]) -> None:
    _round_trip(*pair)


@pytest.mark.parametrize("cls", serde.public_types(), ids=lambda c: c.__name__)
@settings(suppress_health_check=SLOW_OK, max_examples=8)
@given(data=st.data())
def test_round_trip_is_exact_for_every_type(cls: type, data: st.DataObject) -> None:
    typed_values()  # registers the computed strategies
    _round_trip(cls, data.draw(strategy_for(cls)))


def test_every_packaged_value_round_trips() -> None:
    for cls, values in pool().items():
        for value in values:
            assert serde.from_dict(cls, json.loads(json.dumps(serde.to_dict(value)))) == value, cls.__name__


def test_the_methods_delegate_to_serde() -> None:
    from kzsocial.registry import Office, offices
    from kzsocial.services import ServiceDefinition, catalog

    svc = catalog().get("karaganda-2008/unemployed-registration")
    assert svc.to_dict() == serde.to_dict(svc) and ServiceDefinition.from_dict(svc.to_dict()) == svc
    office = next(o for o in offices() if o.hours is not None and o.hours.days[0])
    assert Office.from_dict(office.to_dict()) == office
    first = office.hours.days[0][0] if office.hours else None
    assert first is not None
    assert office.to_dict()["hours"]["days"][0][0] == {"start": first.start.isoformat(), "end": first.end.isoformat()}


def test_aware_datetimes_keep_their_offset() -> None:
    import datetime as dt
    from zoneinfo import ZoneInfo

    from kzsocial.services import catalog

    svc = catalog().get("karaganda-2008/unemployed-registration")
    d = svc.deadline(dt.datetime(2024, 11, 25, 5, 30, tzinfo=ZoneInfo("UTC")))
    data = d.to_dict()
    assert data["due_at"] == "2024-12-05T18:00:00+05:00"
    assert serde.from_dict(type(d), data) == d


def test_ambiguous_unions_are_tagged() -> None:
    import datetime as dt

    from kzsocial.notices import Notice

    n = Notice("term_extended", {"number": "2009-01-20", "new_due_at": dt.date(2009, 1, 20)})
    data = n.to_dict()
    assert ["number", {"type": "str", "value": "2009-01-20"}] in data["values"]
    assert ["new_due_at", {"type": "date", "value": "2009-01-20"}] in data["values"]
    assert Notice.from_dict(data) == n


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"kk": 1}, r"\$\.kk: expected a string, got int 1"),
        ({"kk": "a", "xx": 1}, r"\$: unknown key\(s\) 'xx' for LocalizedText; accepted: en, kk, ru"),
        ({"ru": "a"}, r"\$: LocalizedText needs kk"),
        ([], r"\$: expected an object \(LocalizedText\), got list"),
    ],
)
def test_bad_shapes_name_the_path_and_what_is_accepted(data: object, message: str) -> None:
    from kzsocial.provenance import LocalizedText

    with pytest.raises(SerializationError, match=message) as info:
        serde.from_dict(LocalizedText, data)
    assert isinstance(info.value, ValueError) and info.value.problem()["status"] == 422


def test_constructor_validation_applies() -> None:
    from kzsocial.calendar import Interval

    with pytest.raises(SerializationError, match=r"\$: not a valid Interval: an interval must start before"):
        serde.from_dict(Interval, {"start": "18:00:00", "end": "09:00:00"})
    with pytest.raises(SerializationError, match=r"\$\.start: expected an ISO 8601 time"):
        serde.from_dict(Interval, {"start": "9 o'clock", "end": "09:00:00"})


def test_the_cattrs_converter_uses_the_same_form() -> None:
    pytest.importorskip("cattrs", reason="the cattrs extra (in the test extra)")
    from kzsocial.services import ServiceDefinition, catalog

    svc = catalog().get("karaganda-2008/unemployed-registration")
    converter = serde.cattrs_converter()
    assert converter.unstructure(svc) == serde.to_dict(svc)
    assert converter.structure(serde.to_dict(svc), ServiceDefinition) == svc
    assert converter.unstructure([svc.title]) == [serde.to_dict(svc.title)]
