"""JSON Schemas (draft 2020-12) of the JSON form of :mod:`kzsocial.serde`, generated from the types.

The generator walks the attrs fields and type hints exactly as :func:`kzsocial.serde.to_dict` does, so the
schema of a type describes what ``to_dict`` writes and what ``from_dict`` reads. The schemas ship with the
package (``kzsocial/data/schemas/<Type>.schema.json``, one per public type, and ``openapi.json``, an OpenAPI 3.1
document whose ``components.schemas`` holds them all); a test keeps the shipped files equal to the generated ones.

>>> s = json_schema("Term")
>>> s["$schema"], s["$ref"]
('https://json-schema.org/draft/2020-12/schema', '#/$defs/Term')
>>> s["$defs"]["Term"]["required"]
['value', 'unit']
>>> s["$defs"]["TermUnit"]["enum"][:2]
['calendar_days', 'working_days']
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import functools
import json
import typing
from importlib import resources
from typing import Any

import attrs

from kzsocial.errors import InvalidTypeError, NotFoundError
from kzsocial.serde import _hints, _is_union, _members, derived_fields, needs_tag, tag_of
from kzsocial.serde import public_types as _registered_types

__all__ = ["SCHEMA_DIALECT", "json_schema", "openapi", "shipped_schema", "type_names"]

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
"""The JSON Schema dialect of every schema (``$schema``): draft 2020-12."""
_BASE_ID = "urn:kzsocial:schema:"

Json = dict[str, Any]


def _public_types() -> tuple[type, ...]:
    """:func:`kzsocial.serde.public_types` once every public module has loaded (each registers its values)."""
    import kzsocial.calendar
    import kzsocial.notices
    import kzsocial.provenance
    import kzsocial.registry
    import kzsocial.services
    import kzsocial.text  # noqa: F401 - loaded for the types they register

    return _registered_types()


_DATETIME = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?$"
_DATE = r"^\d{4}-\d{2}-\d{2}$"
_TIME = r"^\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?$"
_DECIMAL = r"^-?\d+(\.\d+)?$"


class _Builder:
    def __init__(self, ref_prefix: str) -> None:
        self.defs: dict[str, Json] = {}
        self.prefix = ref_prefix

    def ref(self, name: str) -> Json:
        return {"$ref": self.prefix + name}

    def of(self, tp: Any) -> Json:
        if tp is Any or tp is object:
            return {}
        if tp is None or tp is type(None):
            return {"type": "null"}
        if _is_union(tp):
            members = _members(tp)
            nullable = type(None) in typing.get_args(tp)
            if needs_tag(tp):
                alts = [
                    {
                        "type": "object",
                        "properties": {"type": {"const": tag_of(m)}, "value": self.of(m)},
                        "required": ["type", "value"],
                        "additionalProperties": False,
                    }
                    for m in members
                ]
            else:
                alts = [self.of(m) for m in members]
            if nullable:
                alts.append({"type": "null"})
            return alts[0] if len(alts) == 1 else {"anyOf": alts}
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer"}
        if tp is float:
            return {"type": "number"}
        if tp is str:
            return {"type": "string"}
        if tp is dt.datetime:
            return {
                "type": "string",
                "pattern": _DATETIME,
                "description": "ISO 8601 date and time; with its UTC offset when the value is aware, "
                "office-local wall-clock time otherwise",
            }
        if tp is dt.date:
            return {"type": "string", "format": "date", "pattern": _DATE}
        if tp is dt.time:
            return {"type": "string", "pattern": _TIME, "description": "ISO 8601 local time"}
        if tp is decimal.Decimal:
            return {"type": "string", "pattern": _DECIMAL, "description": "a decimal number, exact"}
        if origin is typing.Literal:
            if len(args) == 1:
                return {"const": args[0]}
            return {"enum": list(args)}
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            name = tp.__name__
            if name not in self.defs:
                self.defs[name] = {"title": name, "enum": [m.value for m in tp]}
            return self.ref(name)
        if isinstance(tp, type) and attrs.has(tp):
            self.attrs_class(tp)
            return self.ref(tp.__name__)
        if origin in (tuple, list):
            if origin is tuple and args and args[-1] is not Ellipsis:
                return {
                    "type": "array",
                    "prefixItems": [self.of(a) for a in args],
                    "minItems": len(args),
                    "maxItems": len(args),
                    "items": False,
                }
            return {"type": "array", "items": self.of(args[0]) if args else {}}
        if origin in (frozenset, set):
            return {"type": "array", "items": self.of(args[0]) if args else {}, "uniqueItems": True}
        if origin is dict:
            return {"type": "object", "additionalProperties": self.of(args[1]) if len(args) == 2 else {}}
        raise TypeError(f"no JSON Schema for {tp!r}")  # pragma: no cover - a test walks every public type

    def attrs_class(self, cls: type) -> None:
        name = cls.__name__
        if name in self.defs:
            return
        self.defs[name] = {}  # placeholder against recursion (Deadline.stages, DocumentRequirement.alternatives)
        hints = _hints(cls)
        props: dict[str, Json] = {}
        required: list[str] = []
        for f in attrs.fields(cls):
            prop = self.of(hints[f.name])
            if not f.init:
                prop = {**prop, "readOnly": True} if "$ref" not in prop else {"allOf": [prop], "readOnly": True}
            elif f.default is attrs.NOTHING:
                required.append(f.name)
            props[f.name] = prop
        for key, tp in derived_fields(cls).items():
            prop = self.of(tp)
            props[key] = {"allOf": [prop], "readOnly": True} if "$ref" in prop else {**prop, "readOnly": True}
        out: Json = {"title": name, "type": "object"}
        out["properties"] = props
        out["required"] = required
        out["additionalProperties"] = False
        self.defs[name] = out


@functools.cache
def _types_by_name() -> dict[str, type]:
    return {cls.__name__: cls for cls in _public_types()}


def type_names() -> tuple[str, ...]:
    """The names of the types that have a schema (every public value type), sorted."""
    return tuple(sorted(_types_by_name()))


def _resolve(type_: type | str) -> type:
    if not isinstance(type_, str | type):
        raise InvalidTypeError(f"a type or a type name is expected, got {type(type_).__name__}")
    if isinstance(type_, type) and type_ not in _public_types():
        raise NotFoundError(f"no schema for type {type_.__name__!r}; accepted: {', '.join(type_names())}")
    if isinstance(type_, str):
        found = _types_by_name().get(type_)
        if found is None:
            raise NotFoundError(f"no schema for type {type_!r}; accepted: {', '.join(type_names())}")
        return found
    return type_


def json_schema(type_: type | str) -> Json:
    """The JSON Schema (2020-12) of ``to_dict`` of a value of ``type_`` (a class or its name), self-contained."""
    cls = _resolve(type_)
    builder = _Builder("#/$defs/")
    builder.attrs_class(cls)
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": f"{_BASE_ID}{cls.__name__}",
        "title": cls.__name__,
        "$ref": f"#/$defs/{cls.__name__}",
        "$defs": dict(sorted(builder.defs.items())),
    }


def openapi(*, paths: Json | None = None, title: str = "kzsocial", version: str | None = None) -> Json:
    """An OpenAPI 3.1 document: every public type under ``components.schemas`` (and ``Problem``, RFC 9457),
    with ``paths`` when given (the reference service passes its own)."""
    from kzsocial import __version__

    if paths is not None and not isinstance(paths, dict):
        raise InvalidTypeError(f"paths must be a dict of OpenAPI paths or None, got {type(paths).__name__}")
    if not isinstance(title, str) or not (version is None or isinstance(version, str)):
        raise InvalidTypeError("title must be a str and version a str or None")

    builder = _Builder("#/components/schemas/")
    for cls in _public_types():
        builder.attrs_class(cls)
    schemas = dict(sorted(builder.defs.items()))
    schemas["Problem"] = _problem_schema()
    return {
        "openapi": "3.1.0",
        "jsonSchemaDialect": SCHEMA_DIALECT,
        "info": {
            "title": title,
            "version": version or __version__,
            "description": "Kazakhstan's legal acts on state social services: the JSON form of kzsocial's values.",
        },
        "paths": paths or {},
        "components": {"schemas": schemas},
    }


def _problem_schema() -> Json:
    from kzsocial.errors import error_classes

    return {
        "title": "Problem",
        "description": "RFC 9457 problem details; ``code`` is kzsocial's stable error code, the other members "
        "the error's fields.",
        "type": "object",
        "properties": {
            "type": {"type": "string"},
            "title": {"type": "string"},
            "status": {"type": "integer"},
            "detail": {"type": "string"},
            "instance": {"type": "string"},
            "code": {"enum": sorted({c.code for c in error_classes()})},
        },
        "required": ["type", "title", "status", "detail", "code"],
    }


def shipped_schema(name: str) -> Json:
    """A schema as shipped with the package: ``shipped_schema("Talon")``, or ``"openapi"`` for the OpenAPI one."""
    if not isinstance(name, str):
        raise InvalidTypeError(f"a type name (str) is expected, got {type(name).__name__}")
    if name != "openapi":
        _resolve(name)
    file = "openapi.json" if name == "openapi" else f"{name}.schema.json"
    text = (resources.files("kzsocial") / "data" / "schemas" / file).read_text(encoding="utf-8")
    loaded: Json = json.loads(text)
    return loaded


def _dump(doc: Json) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def _write_shipped(folder: Any) -> list[str]:
    """Write every schema and the OpenAPI document into ``folder`` (what ``tools/gen_schemas.py`` does)."""
    from pathlib import Path

    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name in type_names():
        (target / f"{name}.schema.json").write_text(_dump(json_schema(name)), encoding="utf-8")
        written.append(f"{name}.schema.json")
    (target / "openapi.json").write_text(_dump(openapi()), encoding="utf-8")
    written.append("openapi.json")
    return written
