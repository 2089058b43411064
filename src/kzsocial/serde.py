"""One JSON form for every public value: :func:`to_dict` and its exact inverse :func:`from_dict`.

The form is generated from the attrs fields and type hints of the classes, so a field added to the model
reaches the JSON (and its schema, :mod:`kzsocial.schema`) without further work:

- an attrs value is an object with one key per field (every field, defaults included), named as the field;
- dates, times and datetimes are ISO 8601 strings (``"2008-12-26"``, ``"09:00:00"``, ``"2008-12-26T18:30:00"``;
  an aware datetime keeps its UTC offset, ``"2024-11-25T10:30:00+05:00"``), enums are their values, decimals
  are strings, tuples and frozensets are arrays (a frozenset sorted), ``None`` is ``null``;
- a union whose members would look alike in JSON (``str`` and ``date`` both being strings) is tagged:
  ``{"type": "date", "value": "2009-01-20"}``;
- a few values add read-only keys computed from their fields (a talon's ``due_at``, a deadline's
  ``term_text``, a day's ``text``): :func:`to_dict` writes them, :func:`from_dict` accepts and ignores them.

>>> import datetime as dt
>>> from kzsocial.calendar import OfficeHours, Term, compute_deadline
>>> hours = OfficeHours.weekly("09:00", "18:00")
>>> d = compute_deadline(Term(10, "calendar_days"), dt.datetime(2008, 12, 26, 18, 30), hours=hours)
>>> data = to_dict(d)
>>> data["due_at"], data["term"]
('2009-01-08T18:00:00', {'value': 10, 'unit': 'calendar_days'})
>>> from kzsocial.calendar import Deadline
>>> from_dict(Deadline, data) == d
True

:func:`from_dict` builds the values through their constructors, so it validates as they do; a wrong shape
raises :class:`~kzsocial.errors.SerializationError` naming the JSON path (``$.trace[0].rule``) and what is
accepted. Round trips are exact: ``from_dict(type(x), to_dict(x)) == x`` for every public value ``x``.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import functools
import json
import sys
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Self, TypeVar, Union

import attrs

from kzsocial._public import MODULES as _PUBLIC_MODULES
from kzsocial._public import register_public as register_public
from kzsocial.errors import InvalidInputError, InvalidTypeError, KzSocialError, SerializationError

__all__ = [
    "DictForm",
    "cattrs_converter",
    "derived_fields",
    "from_dict",
    "from_json",
    "json_kind",
    "public_types",
    "to_dict",
    "to_json",
]

T = TypeVar("T")
Json = Any
_NONE = type(None)


# -- read-only keys computed from the fields ----------------------------------------------------------------------


DerivedKeys = Mapping[str, tuple[Callable[[Any], Json], Any]]
"""Read-only keys of one class: name -> (compute from the value, the key's type for the schema)."""

_DERIVED: dict[type, dict[str, tuple[Callable[[Any], Json], Any]]] = {}


def register_derived(cls: type, keys: DerivedKeys) -> None:
    """Declare the read-only keys :func:`to_dict` adds for ``cls`` (called by the module defining ``cls``).

    The class's own module registers them right after the class, so this engine (a bottom layer every
    value's ``to_dict`` uses) never imports the layers above it.
    """
    _DERIVED[cls] = dict(keys)


def _derived() -> dict[type, dict[str, tuple[Callable[[Any], Json], Any]]]:
    return _DERIVED


def derived_fields(cls: type) -> dict[str, Any]:
    """The read-only keys :func:`to_dict` adds for ``cls``, with their types (``{}`` for most classes).

    >>> from kzsocial.calendar import Deadline
    >>> sorted(derived_fields(Deadline))
    ['term_text']
    """
    if not isinstance(cls, type):
        raise InvalidTypeError(f"cls must be a class, got {type(cls).__name__}")
    return {name: tp for name, (_, tp) in _derived().get(cls, {}).items()}


# -- type introspection -----------------------------------------------------------------------------------------


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@functools.cache
def _fields(cls: type) -> tuple[attrs.Attribute[Any], ...]:
    return tuple(attrs.fields(cls))


def _is_union(tp: Any) -> bool:
    return typing.get_origin(tp) in (Union, types.UnionType)


@functools.cache
def _members(tp: Any) -> tuple[Any, ...]:
    return tuple(a for a in typing.get_args(tp) if a is not _NONE)


def _one_of(tp: Any, *types: Any) -> bool:
    """``tp`` is one of ``types`` (by identity: ``in`` would compare, and an array compared is not a bool)."""
    return any(tp is t for t in types)


def json_kind(tp: Any) -> str:
    """The JSON type a value of ``tp`` becomes: ``string``, ``integer``, ``boolean``, ``number``, ``object``,
    ``array``, ``null`` or ``any``."""
    origin = typing.get_origin(tp)
    if tp is _NONE or tp is None:
        return "null"
    if tp is bool:
        return "boolean"
    if tp is int:
        return "integer"
    if tp is float:
        return "number"
    if _one_of(tp, str, dt.date, dt.datetime, dt.time, decimal.Decimal):
        return "string"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return json_kind(type(next(iter(tp)).value))
    if origin is typing.Literal:
        kinds = {json_kind(type(v)) for v in typing.get_args(tp)}
        return kinds.pop() if len(kinds) == 1 else "any"
    if isinstance(tp, type) and attrs.has(tp):
        return "object"
    if _one_of(origin, tuple, list, frozenset, set) or _one_of(tp, tuple, list, frozenset):
        return "array"
    if _one_of(origin, dict, Mapping) or tp is dict:
        return "object"
    return "any"


def tag_of(tp: Any) -> str:
    """The tag naming ``tp`` in a tagged union (``"date"``, ``"LocalizedText"``, ``"array"``)."""
    if _one_of(tp, str, int, bool, float):
        return str(tp.__name__)
    if _one_of(tp, dt.date, dt.datetime, dt.time):
        return str(tp.__name__)
    if isinstance(tp, type):
        return tp.__name__
    return json_kind(tp)


@functools.cache
def needs_tag(tp: Any) -> bool:
    """Whether the union ``tp`` is written tagged: two of its members share a JSON type other than object."""
    kinds = [json_kind(m) for m in _members(tp)]
    return any(kinds.count(k) > 1 for k in kinds if k != "object") or "any" in kinds


# -- to_dict ----------------------------------------------------------------------------------------------------


def to_dict(value: Any) -> Json:
    """The JSON-native form of ``value`` (a public kzsocial value, or a date, enum, tuple, ... of them).

    >>> from kzsocial.provenance import LocalizedText
    >>> to_dict(LocalizedText("Әкім", "Аким"))
    {'kk': 'Әкім', 'ru': 'Аким', 'en': None, 'translated': []}
    """
    try:
        return _encode(value, _infer(value))
    except RecursionError:
        raise SerializationError("$: nested too deeply to serialise", path="$") from None


def _infer(value: Any) -> Any:
    return type(value) if attrs.has(type(value)) else Any


def _encode(value: Any, tp: Any) -> Json:
    return _encoder(tp)(value)


Encoder = Callable[[Any], Json]


def _identity(value: Any) -> Json:
    return value


def _isoformat(value: Any) -> Json:
    return value.isoformat()


def _enum_value(value: Any) -> Json:
    return value.value


def _json_key(j: Json) -> str:
    return json.dumps(j, sort_keys=True)


def _encode_dynamic(value: Any) -> Json:
    """A value of a type not known in advance (``Any``): encoded by its runtime type."""
    if value is None or isinstance(value, bool | int | str | float):
        return value
    cls = type(value)
    if attrs.has(cls):
        return _encoder(cls)(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, frozenset | set):
        return sorted((_encode_dynamic(v) for v in value), key=_json_key)
    if isinstance(value, tuple | list):
        return [_encode_dynamic(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _encode_dynamic(v) for k, v in value.items()}
    raise InvalidTypeError(f"cannot serialise a {cls.__name__}; accepted: kzsocial's public values and JSON data")


def _attrs_encoder(cls: type) -> Encoder:
    plan: list[tuple[str, Encoder]] = []
    derived: list[tuple[str, Callable[[Any], Json]]] = []

    compiled: list[bool] = []

    def _compile() -> None:
        compiled.append(True)
        hints = _hints(cls)
        plan.extend((f.name, _encoder(hints[f.name])) for f in _fields(cls))
        derived.extend((name, compute) for name, (compute, _) in _derived().get(cls, {}).items())

    def encode(value: Any) -> Json:
        if value is None:
            return None
        if type(value) is not cls:
            return _encode_dynamic(value)
        if not compiled:
            _compile()
        out: dict[str, Json] = {name: enc(getattr(value, name)) for name, enc in plan}
        for name, compute in derived:
            out[name] = compute(value)
        return out

    return encode


@functools.cache
def _encoder(tp: Any) -> Encoder:
    """The encoder of values declared as ``tp`` (built once per type)."""
    if tp is Any or tp is object:
        return _encode_dynamic
    if _is_union(tp):
        members = _members(tp)
        tagged = needs_tag(tp)
        encoders = [(m, tag_of(m), _encoder(m)) for m in members]
        if len(encoders) == 1 and not tagged:  # X | None, the common case
            only = encoders[0][2]
            return lambda value: None if value is None else only(value)

        def encode_union(value: Any) -> Json:
            if value is None:
                return None
            for m, tag, enc in encoders:
                if _matches(value, m):
                    return {"type": tag, "value": enc(value)} if tagged else enc(value)
            raise InvalidTypeError(f"cannot serialise {value!r}: not one of {', '.join(t for _, t, _ in encoders)}")

        return encode_union
    if isinstance(tp, type):
        if attrs.has(tp):
            return _attrs_encoder(tp)
        if issubclass(tp, enum.Enum):
            return _enum_value
        if tp in (bool, int, str, float):
            return _identity
        if tp in (dt.date, dt.datetime, dt.time):
            return _isoformat
        if tp is decimal.Decimal:
            return str
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Literal:
        return _identity
    if origin in (frozenset, set):
        item = _encoder(args[0]) if args else _encode_dynamic
        return lambda value: sorted((item(v) for v in value), key=_json_key)
    if origin in (tuple, list):
        if origin is tuple and args and args[-1] is not Ellipsis:
            items = [_encoder(a) for a in args]
            return lambda value: [enc(v) for enc, v in zip(items, value, strict=False)]
        item = _encoder(args[0]) if args else _encode_dynamic
        return lambda value: [item(v) for v in value]
    if origin in (dict, Mapping):
        item = _encoder(args[1]) if len(args) == 2 else _encode_dynamic
        return lambda value: {str(k): item(v) for k, v in value.items()}
    return _encode_dynamic


def _matches(value: Any, tp: Any) -> bool:
    origin = typing.get_origin(tp) or tp
    if tp is Any:
        return True
    if tp is bool:
        return isinstance(value, bool)
    if tp is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if tp is dt.date:
        return isinstance(value, dt.date) and not isinstance(value, dt.datetime)
    if origin is typing.Literal:
        return value in typing.get_args(tp)
    if isinstance(origin, type):
        return isinstance(value, origin)
    return False


def _member_for(value: Any, members: tuple[Any, ...]) -> Any:
    for m in members:
        if _matches(value, m):
            return m
    raise InvalidTypeError(f"cannot serialise {value!r}: not one of {', '.join(tag_of(m) for m in members)}")


# -- from_dict --------------------------------------------------------------------------------------------------


def from_dict(cls: type[T], data: Json) -> T:
    """The value of type ``cls`` that :func:`to_dict` wrote as ``data`` (an exact inverse).

    >>> from kzsocial.provenance import LocalizedText
    >>> from_dict(LocalizedText, {"kk": "Әкім", "ru": "Аким"})
    LocalizedText(kk='Әкім', ru='Аким', en=None, translated=frozenset())
    >>> from_dict(LocalizedText, {"kk": 1})
    Traceback (most recent call last):
    ...
    kzsocial.errors.SerializationError: $.kk: expected a string, got int 1
    """
    if not isinstance(cls, type) and typing.get_origin(cls) is None:
        raise InvalidTypeError(f"cls must be a class of kzsocial (or a typing form of one), got {type(cls).__name__}")
    try:
        result: T = _decode(cls, data, "$")
    except RecursionError:
        raise SerializationError("$: nested too deeply to read", path="$") from None
    return result


def _fail(path: str, expected: str, data: Json) -> SerializationError:
    shown = repr(data)
    if len(shown) > 80:
        shown = shown[:77] + "..."
    return SerializationError(f"{path}: expected {expected}, got {type(data).__name__} {shown}", path=path)


@functools.cache
def _kind(tp: Any) -> str:
    """How values of ``tp`` are read (computed once per type)."""
    if tp is Any or tp is object:
        return "any"
    if tp is _NONE or tp is None:
        return "none"
    if _is_union(tp):
        return "union"
    if isinstance(tp, type) and attrs.has(tp):
        return "attrs"
    origin = typing.get_origin(tp)
    if origin is typing.Literal:
        return "literal"
    if tp in (bool, int, float, str):
        return tp.__name__  # type: ignore[no-any-return]
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return "enum"
    if tp in (dt.datetime, dt.date, dt.time):
        return "temporal"
    if tp is decimal.Decimal:
        return "decimal"
    if origin in (tuple, frozenset, set, list):
        return "seq"
    if origin in (dict, Mapping):
        return "map"
    return "unknown"


def _decode(tp: Any, data: Json, path: str) -> Any:
    kind = _kind(tp)
    if kind == "str":
        if not isinstance(data, str):
            raise _fail(path, "a string", data)
        return data
    if kind == "attrs":
        return _decode_attrs(tp, data, path)
    if kind == "union":
        return _decode_union(tp, data, path)
    if kind == "enum":
        try:
            return tp(data)
        except ValueError:
            raise _fail(path, "one of " + ", ".join(json.dumps(m.value) for m in tp), data) from None
    if kind == "int":
        if isinstance(data, bool) or not isinstance(data, int):
            raise _fail(path, "an integer", data)
        return data
    if kind == "bool":
        if not isinstance(data, bool):
            raise _fail(path, "a boolean", data)
        return data
    if kind == "seq":
        return _decode_seq(tp, data, path)
    if kind == "temporal":
        return _decode_temporal(tp, data, path)
    if kind == "any":
        return data
    if kind == "none":
        if data is not None:
            raise _fail(path, "null", data)
        return None
    if kind == "literal":
        args = typing.get_args(tp)
        if data not in args:
            raise _fail(path, "one of " + ", ".join(json.dumps(a) for a in args), data)
        return data
    if kind == "float":
        if isinstance(data, bool) or not isinstance(data, int | float):
            raise _fail(path, "a number", data)
        return float(data)
    if kind == "decimal":
        if not isinstance(data, str):
            raise _fail(path, "a decimal number as a string", data)
        try:
            return decimal.Decimal(data)
        except decimal.InvalidOperation:
            raise _fail(path, "a decimal number as a string", data) from None
    if kind == "map":
        if not isinstance(data, dict):
            raise _fail(path, "an object", data)
        args = typing.get_args(tp)
        item = args[1] if len(args) == 2 else Any
        return {k: _decode(item, v, f"{path}.{k}") for k, v in data.items()}
    raise SerializationError(f"{path}: cannot read a value of type {tp!r}", path=path)


def _decode_seq(tp: Any, data: Json, path: str) -> Any:
    if not isinstance(data, list):
        raise _fail(path, "an array", data)
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is tuple and args and args[-1] is not Ellipsis:
        if len(data) != len(args):
            raise _fail(path, f"an array of {len(args)} items", data)
        return tuple(_decode(a, v, f"{path}[{i}]") for i, (a, v) in enumerate(zip(args, data, strict=True)))
    item = args[0] if args else Any
    items = [_decode(item, v, f"{path}[{i}]") for i, v in enumerate(data)]
    if origin is frozenset:
        return frozenset(items)
    return list(items) if origin is list else tuple(items)


def _decode_temporal(tp: Any, data: Json, path: str) -> Any:
    names = {dt.datetime: "an ISO 8601 datetime", dt.date: "an ISO 8601 date", dt.time: "an ISO 8601 time"}
    if not isinstance(data, str):
        raise _fail(path, names[tp], data)
    try:
        if tp is dt.date:
            if len(data) != 10:
                raise ValueError(data)
            return dt.date.fromisoformat(data)
        if tp is dt.datetime:
            if "T" not in data:
                raise ValueError(data)
            return dt.datetime.fromisoformat(data)
        return dt.time.fromisoformat(data)
    except ValueError:
        raise _fail(path, names[tp], data) from None


def _decode_union(tp: Any, data: Json, path: str) -> Any:
    members = _members(tp)
    if data is None:
        if _NONE in typing.get_args(tp):
            return None
        raise _fail(path, " or ".join(tag_of(m) for m in members), data)
    if needs_tag(tp):
        tags = {tag_of(m): m for m in members}
        if not isinstance(data, dict) or set(data) != {"type", "value"} or data["type"] not in tags:
            raise _fail(path, '{"type": ' + "|".join(tags) + ', "value": ...}', data)
        return _decode(tags[data["type"]], data["value"], f"{path}.value")
    # Objects: the member whose fields are exactly the keys first, then any member that accepts them.
    ordered = list(members)
    if isinstance(data, dict):
        exact = [m for m in members if isinstance(m, type) and attrs.has(m) and _keys(m) == set(data)]
        ordered = exact + [m for m in members if m not in exact]
    errors: list[str] = []
    for m in ordered:
        kind = json_kind(m)
        if kind not in (_kind_of(data), "any") and not (kind == "number" and _kind_of(data) == "integer"):
            continue
        try:
            return _decode(m, data, path)
        except SerializationError as exc:
            errors.append(str(exc))
    if len(errors) == 1:
        raise SerializationError(errors[0], path=path)
    raise _fail(path, " or ".join(tag_of(m) for m in members) + (f" ({'; '.join(errors)})" if errors else ""), data)


def _kind_of(data: Json) -> str:
    if data is None:
        return "null"
    if isinstance(data, bool):
        return "boolean"
    if isinstance(data, int):
        return "integer"
    if isinstance(data, float):
        return "number"
    if isinstance(data, str):
        return "string"
    if isinstance(data, list):
        return "array"
    return "object"


def _keys(cls: type) -> set[str]:
    return {f.name for f in _fields(cls)} | set(_derived().get(cls, {}))


@functools.cache
def _attrs_plan(cls: type) -> tuple[frozenset[str], str, tuple[tuple[str, str, Any, bool], ...]]:
    """What :func:`_decode_attrs` needs of ``cls``: the keys it accepts (as a set and as a sentence) and, per
    init field, its name, keyword, type and whether it is required."""
    hints = _hints(cls)
    fields = _fields(cls)
    known = frozenset(f.name for f in fields) | frozenset(_derived().get(cls, {}))
    plan = tuple((f.name, f.alias or f.name, hints[f.name], f.default is attrs.NOTHING) for f in fields if f.init)
    return known, ", ".join(sorted(known)), plan


def _decode_attrs(cls: type, data: Json, path: str) -> Any:
    if not isinstance(data, dict):
        raise _fail(path, f"an object ({cls.__name__})", data)
    known, accepted, plan = _attrs_plan(cls)
    unknown = sorted(k for k in data if k not in known)
    if unknown:
        raise SerializationError(
            f"{path}: unknown key(s) {', '.join(map(repr, unknown))} for {cls.__name__}; accepted: {accepted}",
            path=path,
        )
    kwargs: dict[str, Any] = {}
    missing: list[str] = []
    for name, keyword, hint, required in plan:
        if name not in data:
            if required:
                missing.append(name)
            continue
        kwargs[keyword] = _decode(hint, data[name], f"{path}.{name}")
    if missing:
        raise SerializationError(f"{path}: {cls.__name__} needs {', '.join(missing)}", path=path)
    try:
        return cls(**kwargs)
    except (KzSocialError, ValueError, TypeError) as exc:
        raise SerializationError(f"{path}: not a valid {cls.__name__}: {exc}", path=path) from exc


# -- JSON text --------------------------------------------------------------------------------------------------


def to_json(value: Any, *, indent: int | None = None) -> str:
    """:func:`to_dict` as JSON text (UTF-8, Cyrillic kept as is); ``indent`` is 0 to 16 spaces or None."""
    if indent is not None and (isinstance(indent, bool) or not isinstance(indent, int)):
        raise InvalidTypeError(f"indent must be an int or None, got {type(indent).__name__}")
    if indent is not None and not 0 <= indent <= 16:
        raise InvalidInputError(f"indent must be 0 to 16 spaces or None, got {indent}")
    return json.dumps(to_dict(value), ensure_ascii=False, indent=indent)


def from_json(cls: type[T], text: str | bytes) -> T:
    """:func:`from_dict` from JSON text."""
    if not isinstance(text, str | bytes | bytearray):
        raise InvalidTypeError(f"JSON text is a str or bytes, got {type(text).__name__}")
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise SerializationError(f"$: not JSON: {exc}", path="$") from exc
    except RecursionError:
        raise SerializationError("$: not readable JSON: nested too deeply", path="$") from None
    return from_dict(cls, data)


# -- cattrs ----------------------------------------------------------------------------------------------------


def cattrs_converter() -> Any:
    """A ``cattrs.Converter`` that (un)structures kzsocial's public values exactly as :func:`to_dict` and
    :func:`from_dict` do, and everything else as cattrs does (needs the ``cattrs`` extra).

    The core of this module needs no dependency; this hook is for code that already uses cattrs.
    """
    from kzsocial.errors import MissingExtraError

    try:
        import cattrs
    except ImportError:
        raise MissingExtraError("kzsocial.serde.cattrs_converter()", "cattrs", "cattrs") from None
    ours = frozenset(public_types())
    converter = cattrs.Converter()
    converter.register_unstructure_hook_func(lambda t: t in ours, to_dict)
    converter.register_structure_hook_func(lambda t: t in ours, lambda data, t: from_dict(t, data))
    return converter


# -- the to_dict / from_dict methods ----------------------------------------------------------------------------


class DictForm:
    """The ``to_dict`` / ``from_dict`` pair of a kzsocial value, written once: its exact JSON form and back.

    A slotted mixin (``__slots__ = ()``), so the frozen, slotted attrs classes that inherit it keep no
    ``__dict__``; ``Self`` types ``from_dict`` as the class it is called on.

    >>> from kzsocial.calendar import Deadline, Term, compute_deadline
    >>> import datetime as dt
    >>> d = compute_deadline(Term(10, "calendar_days"), dt.datetime(2008, 12, 26, 18, 30), hours=None)
    >>> isinstance(d, DictForm) and Deadline.from_dict(d.to_dict()) == d
    True
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """The exact JSON form (see :mod:`kzsocial.serde`); :meth:`from_dict` reads it back."""
        result: dict[str, Any] = to_dict(self)
        return result

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value :meth:`to_dict` wrote as ``data``; raises :class:`~kzsocial.errors.SerializationError`."""
        return from_dict(cls, data)


class DictFormWithAsDict(DictForm):
    """:class:`DictForm` and the deprecated ``as_dict()`` alias of ``to_dict()`` the calendar's values had before
    the one naming rule (``Deadline``, ``TraceStep``, ``DayExplanation``, ``DayFact``); it warns."""

    __slots__ = ()

    def as_dict(self) -> dict[str, Any]:
        """Deprecated alias of :meth:`to_dict` (one naming rule: ``to_dict``/``from_dict``)."""
        import warnings

        warnings.warn(f"{type(self).__name__}.as_dict() is deprecated; use to_dict()", DeprecationWarning, stacklevel=2)
        return self.to_dict()


# -- the public types -------------------------------------------------------------------------------------------


def public_types() -> tuple[type, ...]:
    """Every public attrs class of kzsocial (in the ``__all__`` of its public modules), by name.

    The modules register as they load (:func:`register_public`, kept in :mod:`kzsocial._public`); this module
    imports none of them, so the answer covers the public modules loaded so far: :mod:`kzsocial.schema` loads them
    all, and a value's class is always listed, since having it means its package has loaded. Reading a lazy
    package's names loads its modules, which may register more packages: those are listed too.
    """
    while True:
        names = tuple(_PUBLIC_MODULES)
        found = _public_types(names)
        if len(_PUBLIC_MODULES) == len(names):
            return found


@functools.cache
def _public_types(names: tuple[str, ...]) -> tuple[type, ...]:
    found: dict[str, type] = {}
    for name in names:
        namespace = sys.modules[name]
        for attr in namespace.__all__:
            obj = getattr(namespace, attr)  # a lazy package's name loads its own module here
            if isinstance(obj, type) and attrs.has(obj):
                found.setdefault(obj.__name__, obj)
    return tuple(found[k] for k in sorted(found))
