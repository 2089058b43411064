"""The translations overlay: Russian and English texts made for the library where an act has none.

Each act folder may hold ``translations.json``. The act's files keep the act's words; the overlay keeps the
library's translations apart, keyed by record and field path, and the loader merges them into the records'
:class:`~kzsocial.provenance.LocalizedText`, listing each merged language in ``translated`` (its provenance:
«translation by kzsocial»). The file::

    {"format": 1, "act": "karaganda-2008", "provenance": "translation by kzsocial",
     "items": {
       "service:karaganda-2008/unemployed-registration": {
         "title": {"kk": "Жұмыссыз азаматтарды есепке қою және тіркеу", "ru": "Постановка на учёт ..."},
         "documents.identity-card.name": {"kk": "жеке бас куәлігі (паспорт)", "ru": "удостоверение ...", "en": "..."},
         "refusal_grounds[0].text": {"kk": "...", "ru": "..."}},
       "office:karaganda/employment-dept-karaganda-city": {"name": {...}, "address": {...}}}}

A path walks the record's fields: ``name`` an attribute, ``name[i]`` the i-th item of a list, and a word after a
list of documents the document with that id (``documents.<id>.alternatives.<id>.name``). Each entry repeats the
Kazakh text it translates (``kk``): when the act's data changes under it, the loader says so instead of showing a
translation of another text. Every problem (an unknown record or field, a stale or empty entry, a translation
over the act's own text) is listed at once with the others of the data files.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from kzsocial.provenance import TRANSLATION_PROVENANCE, LocalizedText, trusted_text

__all__ = ["FILE_NAME", "apply_overlay", "citizen_texts", "copy_record"]

FILE_NAME = "translations.json"
_SEGMENT = re.compile(r"^([a-z0-9_][a-z0-9_-]*)(?:\[(\d+)\])?$")
_ENTRY_KEYS = frozenset({"kk", "ru", "en"})


class _PathError(Exception):
    pass


_Segments = tuple[tuple[str, int | None], ...]
_PATHS: dict[str, _Segments] = {}
"""The paths read so far, parsed (the same paths recur on every record of a kind: ``title``, ``name``...)."""


def _segments(path: str) -> _Segments:
    """``(name, index)`` for each dotted part of ``path``: a field, ``field[index]``, or an id in a list."""
    known = _PATHS.get(path)
    if known is not None:
        return known
    out: list[tuple[str, int | None]] = []
    for part in path.split("."):
        m = _SEGMENT.match(part)
        if m is None:
            raise _PathError(f"bad path part {part!r} (a field name, name[index], or a document id)")
        out.append((m.group(1), None if m.group(2) is None else int(m.group(2))))
    if len(_PATHS) >= 8192:
        _PATHS.clear()
    parsed = _PATHS[path] = tuple(out)
    return parsed


def _translate(text: LocalizedText, entry: Mapping[str, Any]) -> LocalizedText:
    """``text`` with the entry's languages merged and marked translated.

    What ``attrs.evolve`` would check is known here (the entry's texts are non-empty str, :func:`_entry_problem`;
    each merged language gets its text; ``text.translated`` was checked when it was made), so the copy is made
    without checking again; ``tests/translations/test_overlay_fast_path.py`` compares with the evolve path."""
    if entry["kk"] != text.kk:
        raise _PathError(
            f"the entry translates {entry['kk']!r}, but the act's text is now {text.kk!r}: update the translation"
        )
    ru, en = text.ru, text.en
    translated = set(text.translated)
    for lang in ("ru", "en"):
        value = entry.get(lang)
        if value is None:
            continue
        current = ru if lang == "ru" else en
        if current is not None:
            whose = "the act's own Russian" if lang == "ru" else "an English text in the act's data"
            raise _PathError(f"the record already has {whose} ({current!r}); drop the {lang!r} entry")
        if lang == "ru":
            ru = value
        else:
            en = value
        translated.add(lang)
    return _TRANSLATE[0](text, ru, en, frozenset(translated))


def _copy_text(text: LocalizedText, ru: str | None, en: str | None, translated: frozenset[str]) -> LocalizedText:
    return trusted_text(text.kk, ru, en, translated)


_TRANSLATE: list[Callable[[LocalizedText, str | None, str | None, frozenset[str]], LocalizedText]] = [_copy_text]
"""How a text gets its translations (tests swap in ``attrs.evolve`` to compare)."""


_FIELD_NAMES: dict[type, dict[str, None]] = {}
"""The attrs field names of each record class the overlay met, in order (a dict: quick to test for a name)."""
_COPIERS: dict[type, tuple[tuple[str, ...], Callable[[Any], Any], tuple[Callable[[Any, Any], None], ...]]] = {}
"""Per record class: its field names, a getter of all their values at once, and each field's slot setter."""


def _field_names(cls: type) -> dict[str, None] | None:
    """The attrs field names of ``cls``, or None when it is not an attrs class."""
    try:
        return _FIELD_NAMES[cls]
    except KeyError:
        pass
    if not attrs.has(cls):
        return None
    names = _FIELD_NAMES[cls] = dict.fromkeys(f.name for f in attrs.fields(cls))
    return names


def _copier(cls: type) -> tuple[tuple[str, ...], Callable[[Any], Any], tuple[Callable[[Any, Any], None], ...]]:
    """The field names of the attrs class ``cls``, a getter of all their values at once, and each field's slot
    setter (no frozen guard, no ``__init__``). No code is generated: that would cost more on a cold start (a few
    ms for the ten classes the overlay copies) than it saves."""
    try:
        return _COPIERS[cls]
    except KeyError:
        pass
    names = tuple(f.name for f in attrs.fields(cls))
    getter = operator.attrgetter(*names) if len(names) > 1 else (lambda obj: (getattr(obj, names[0]),))
    slots: dict[str, Any] = {}  # the slot descriptor of each field (in the class that declares it)
    for c in cls.__mro__:
        for n in names:
            if n not in slots and n in vars(c):
                slots[n] = vars(c)[n]
    setters = tuple(
        slots[n].__set__ if hasattr(slots.get(n), "__set__") else functools.partial(_set_attr, n) for n in names
    )
    found = _COPIERS[cls] = (names, getter, setters)
    return found


def _set_attr(name: str, obj: Any, value: Any) -> None:
    object.__setattr__(obj, name, value)


def copy_record(obj: Any, changes: Mapping[str, Any]) -> Any:
    """A copy of the attrs record ``obj`` with ``changes`` (field name -> value), made without running its
    ``__init__``: for values whose checks already passed (a field replaced by a translated text, the tuple holding
    it, the data issues given their texts). Derived slots outside the attrs fields (a reception's compiled rule)
    are left unset: they are computed again on first use."""
    cls = type(obj)
    names, getter, setters = _copier(cls)
    new = object.__new__(cls)
    values = getter(obj)
    if changes:
        for name, setter, value in zip(names, setters, values, strict=True):
            setter(new, changes.get(name, value))
    else:
        for setter, value in zip(setters, values, strict=True):
            setter(new, value)
    return new


def _replace(obj: Any, changes: dict[str, Any]) -> Any:
    """``attrs.evolve(obj, **changes)`` without running the record's ``__init__`` again: a container whose fields
    hold a translated text (or the tuple holding it), its other fields unchanged and already validated on load.
    Derived slots outside the attrs fields (a reception's compiled rule) are left unset: they are computed again
    on first use. ``tests/translations/test_overlay_fast_path.py`` checks the result equals ``attrs.evolve``'s."""
    return copy_record(obj, changes)


_EVOLVE: list[Callable[[Any, dict[str, Any]], Any]] = [_replace]
"""How a container gets its translated field (tests swap in ``attrs.evolve`` to compare)."""


def _walk(obj: Any, segments: list[tuple[str, int | None]], entry: Mapping[str, Any]) -> Any:
    if not segments:
        if not isinstance(obj, LocalizedText):
            raise _PathError(f"the path ends at a {type(obj).__name__}, not a text")
        return _translate(obj, entry)
    (name, index), rest = segments[0], segments[1:]
    if isinstance(obj, tuple):
        if index is not None:
            raise _PathError(f"{name}[{index}]: an item of a list is named by its id alone")
        ids = [getattr(item, "id", None) for item in obj]
        if name not in ids:
            known = ", ".join(str(i) for i in ids if i is not None) or "(none)"
            raise _PathError(f"no item with id {name!r}; ids: {known}")
        i = ids.index(name)
        return (*obj[:i], _walk(obj[i], rest, entry), *obj[i + 1 :])
    return _EVOLVE[0](obj, {name: _field(obj, name, getattr(obj, name, None), index, rest, entry)})


def _field(
    obj: Any, name: str, value: Any, index: int | None, rest: list[tuple[str, int | None]], entry: Mapping[str, Any]
) -> Any:
    """The new value of field ``name`` of ``obj`` (its current value: ``value``) once ``entry`` is merged."""
    names = _field_names(type(obj))
    if names is None or name not in names:
        raise _PathError(f"{type(obj).__name__} has no field {name!r}")
    if index is not None:
        if not isinstance(value, tuple) or not 0 <= index < len(value):
            size = len(value) if isinstance(value, tuple) else 0
            raise _PathError(f"{name}[{index}] is out of range ({name} has {size} items)")
        return (*value[:index], _walk(value[index], rest, entry), *value[index + 1 :])
    if value is None:
        raise _PathError(f"{name} is empty in the act's data")
    return _walk(value, rest, entry)


def _entry_problem(entry: object) -> str | None:
    if type(entry) is dict and _ENTRY_KEYS.issuperset(entry) and type(entry.get("kk")) is str:
        ru, en = entry.get("ru"), entry.get("en")  # the common case: each given text clean (non-empty, stripped)
        if (ru is not None or en is not None) and all(
            v is None or (type(v) is str and v and v == v.strip()) for v in (ru, en)
        ):
            return None
    if not isinstance(entry, dict):
        return "an entry is an object {kk, ru, en}"
    unknown = sorted(set(entry) - _ENTRY_KEYS)
    if unknown:
        return f"unknown key(s) {', '.join(unknown)}; accepted: en, kk, ru"
    if not isinstance(entry.get("kk"), str):
        return "an entry repeats the Kazakh text it translates ('kk')"
    given = [lang for lang in ("ru", "en") if entry.get(lang) is not None]
    if not given:
        return "an entry needs a 'ru' or an 'en' text"
    for lang in given:
        value = entry[lang]
        if not isinstance(value, str) or not value.strip() or value != value.strip():
            return f"{lang!r} must be a non-empty string without surrounding spaces"
    return None


def apply_overlay(
    data: object, services: dict[str, Any] | None, offices: dict[str, Any] | None, problems: list[str], where: str
) -> None:
    """Merge the overlay ``data`` into ``services`` and ``offices`` (dicts by id, replaced in place).

    None for a kind leaves its entries alone: the offices are loaded apart from the services (the registry
    needs no service), each pass merging its own kind; a problem of the file itself is listed by both, once.
    """

    def fail(path: str, message: str) -> None:
        problems.append(f"{where}{path}: {message}")

    if not isinstance(data, dict):
        fail("", "expected an object")
        return
    extra = sorted(set(data) - {"format", "act", "provenance", "items", "data_issues"})
    if extra:
        fail("", f"unknown key(s) {', '.join(extra)}; accepted: act, data_issues, format, items, provenance")
    if data.get("provenance") != TRANSLATION_PROVENANCE:
        fail(".provenance", f"must be {TRANSLATION_PROVENANCE!r}: these texts are the library's, not the act's")
    items = data.get("items")
    if not isinstance(items, dict):
        fail(".items", "expected an object {record key: {field path: entry}}")
        return
    for key, fields in items.items():
        kind, _, rid = str(key).partition(":")
        if kind not in ("service", "office"):
            fail(f"[{key!r}]", "a record key is 'service:<id>' or 'office:<id>'")
            continue
        records = services if kind == "service" else offices
        if records is None:
            continue
        if rid not in records:
            fail(f"[{key!r}]", f"no {kind} {rid!r} in this act")
            continue
        if not isinstance(fields, dict):
            fail(f"[{key!r}]", "expected an object {field path: entry}")
            continue
        record = records[rid]
        changed: dict[str, Any] = {}  # the record's new field values: the record is copied once, not per entry
        for path, entry in fields.items():
            problem = _entry_problem(entry)
            if problem is not None:
                fail(f"[{key!r}][{path!r}]", problem)
                continue
            try:
                (name, index), *rest = _segments(path if type(path) is str else str(path))
                current = changed[name] if name in changed else getattr(record, name, None)
                changed[name] = _field(record, name, current, index, rest, entry)
            except _PathError as exc:
                fail(f"[{key!r}][{path!r}]", str(exc))
        if changed:
            records[rid] = _EVOLVE[0](record, changed)


def citizen_texts(record: Any) -> list[tuple[str, LocalizedText]]:
    """The citizen-facing texts of a service or an office, as ``(field path, text)``: what must read in Russian
    and English (titles, document names, refusal grounds, results, quality indicator names, complaint routes, the
    events terms run from; office names, addresses and who receives)."""
    out: list[tuple[str, LocalizedText]] = []
    if hasattr(record, "documents"):
        out.append(("title", record.title))

        def docs(prefix: str, items: Any) -> None:
            for d in items:
                out.append((f"{prefix}.{d.id}.name", d.name))
                docs(f"{prefix}.{d.id}.alternatives", d.alternatives)

        docs("documents", record.documents)
        for field in ("refusal_grounds", "results", "complaint"):
            out.extend((f"{field}[{i}].text", st.text) for i, st in enumerate(getattr(record, field)))
        out.extend((f"quality_indicators[{i}].name", q.name) for i, q in enumerate(record.quality_indicators))
        out.extend(
            (f"terms[{i}].starts_from_text", t.starts_from_text)
            for i, t in enumerate(record.terms)
            if t.starts_from_text is not None
        )
    else:
        out.append(("name", record.name))
        if record.address is not None:
            out.append(("address", record.address))
        for i, r in enumerate(record.reception):
            out.append((f"reception[{i}].who", r.who))
            if r.place is not None:
                out.append((f"reception[{i}].place", r.place))
    return out
