"""Reading the acts' data files: the JSON of one act folder, checked value by value, every problem collected.

The lowest of the loader's modules (beside the calendar and provenance): :class:`Reader` gives typed access to
JSON values (each checked before use, a failure recorded as a problem of its path, never an escape) and reads the
records every kind shares (sources, localized texts, data issues, opening hours). The builders of each record
kind extend it: the offices in :mod:`kzsocial.registry._builder`, the services in
:mod:`kzsocial.services._builder`, the acts and the whole dataset in :mod:`kzsocial._data`. The format is
described in ``docs/data-format.md``.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import decimal
import importlib.machinery
import json
import pathlib
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from attrs import frozen

from kzsocial.calendar import OfficeHours
from kzsocial.calendar._once import once
from kzsocial.errors import KzSocialError
from kzsocial.provenance import SOURCE_SETTERS, DataIssue, FieldSource, LocalizedText, Severity, Source, trusted_text

__all__ = [
    "FORMAT",
    "ID",
    "ActHeader",
    "FieldError",
    "Reader",
    "iter_files",
    "json_type",
    "merge_issues",
    "packaged_folders",
    "read_header",
    "read_json",
    "shared_reads",
    "short_json",
    "words",
]

FORMAT = 1
"""The data files' format number (``"format": 1``)."""
ID = re.compile(r"^[a-z0-9]+(?:[-/][a-z0-9]+)*$")
"""What a record id looks like: lower-case ASCII words joined by '-' or '/'."""
T = TypeVar("T")


@frozen
class ActHeader:
    """What the offices and the services need of their act: its id, region, time zone and source file
    (``act.json``)."""

    id: str
    region: str
    timezone: str
    source_file: str


def read_header(reader: Reader, node: Any) -> ActHeader:
    """The header of ``act.json``'s ``act`` object (the full act: :mod:`kzsocial._data`)."""
    node = reader.obj(node, ".act")
    reader.source_file = reader.string(node, "source_file", ".act")
    return ActHeader(
        reader.string(node, "id", ".act"),
        reader.string(node, "region", ".act"),
        reader.string(node, "timezone", ".act"),
        reader.source_file,
    )


def words(text: str) -> frozenset[str]:
    """The set of the space-separated words of ``text`` (the keys a record accepts)."""
    return frozenset(text.split())


_NO_MEMBERS: dict[Any, Any] = {}
_new = object.__new__
_set_file, _set_line, _set_text, _set_end = SOURCE_SETTERS
_HOURS_KEYS = frozenset({"days", "source", "ru_source", "exceptions", "note"})
_ISSUE_KEYS = words("code severity message source other_source related_sources also ru_source")


class FieldError(Exception):
    """Internal: a field could not be read (already recorded)."""


class Reader:
    """Reads one act folder, collecting problems instead of stopping at the first."""

    def __init__(self, folder_name: str) -> None:
        self.folder = folder_name
        self.problems: list[str] = []
        self.file = ""
        self.source_file = ""
        self._texts: dict[Any, LocalizedText] = {}  # equal texts read once share one value (see text())
        self._hours: dict[tuple[str, str, str | None], OfficeHours] = {}  # the same (see hours())

    def fail(self, path: str, message: str) -> None:
        self.problems.append(f"{self.folder}/{self.file}{path}: {message}")

    def guard(self, path: str, fn: Callable[[], T]) -> T | None:
        """Run ``fn`` (reading one record); any failure becomes a listed problem of that record, never an escape.

        The readers check the type of each JSON value before using it; this net turns whatever a check missed
        (an attribute of a string, an index of a short list, a recursion on deep nesting) into a problem too.
        """
        try:
            return fn()
        except Exception as exc:
            self.caught(path, exc)
            return None

    def caught(self, path: str, exc: Exception) -> None:
        """Record ``exc``, raised reading the record at ``path``, as its problem (:meth:`guard`'s net)."""
        if isinstance(exc, FieldError):
            return
        if isinstance(exc, KzSocialError | KeyError | TypeError | ValueError | decimal.InvalidOperation):
            self.fail(path, f"missing key {exc}" if isinstance(exc, KeyError) else str(exc))
        elif isinstance(exc, RecursionError):
            self.fail(path, "nested too deeply to read")
        else:  # the loader's promise: nothing but DataValidationError escapes
            self.fail(path, f"unreadable value ({type(exc).__name__}: {exc})")

    # -- typed access: every JSON value is checked before it is used -----------------------------------------
    def obj(self, node: Any, path: str) -> dict[str, Any]:
        if not isinstance(node, dict):
            self.fail(path, f"expected an object, got {json_type(node)}")
            raise FieldError
        return node

    def seq(self, node: Any, path: str) -> list[Any]:
        """A JSON list (``null`` or absent: empty)."""
        if node is None:
            return []
        if not isinstance(node, list):
            self.fail(path, f"expected a list, got {json_type(node)}")
            raise FieldError
        return node

    def string(self, node: dict[str, Any], key: str, path: str) -> str:
        value = node.get(key)
        if type(value) is str:  # the common case first (a str subclass: the check below)
            return value
        if not isinstance(value, str):
            self.fail(
                f"{path}.{key}",
                "a string is required" if value is None else f"expected a string, got {json_type(value)}",
            )
            raise FieldError
        return value

    def opt_string(self, node: dict[str, Any], key: str, path: str) -> str | None:
        value = node.get(key)
        if value is None or type(value) is str:
            return value
        return self.string(node, key, path)

    def integer(self, value: Any, path: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(path, f"expected an integer, got {json_type(value)}")
            raise FieldError
        return value

    def opt_integer(self, value: Any, path: str) -> int | None:
        return None if value is None else self.integer(value, path)

    def interval(self, node: Any, path: str) -> tuple[str, str]:
        if not (isinstance(node, list) and len(node) == 2 and all(isinstance(t, str) for t in node)):
            self.fail(path, f'an interval is a pair of times ["HH:MM", "HH:MM"], got {short_json(node)}')
            raise FieldError
        return node[0], node[1]

    # -- primitives -----------------------------------------------------------------------------------------
    def keys(self, node: Any, path: str, allowed: frozenset[str]) -> None:
        """Report keys the format does not know (a typo would otherwise be dropped silently)."""
        if type(node) is dict and allowed.issuperset(node):  # the common case: no unknown key
            return
        if not isinstance(node, dict):
            self.fail(path, f"expected an object, got {type(node).__name__}")
            raise FieldError
        unknown = sorted(k for k in node if k not in allowed)
        if unknown:
            self.fail(path, f"unknown key(s) {', '.join(unknown)}; accepted: {', '.join(sorted(allowed))}")

    def field_sources(self, node: Any, path: str, fields: Iterable[str]) -> tuple[FieldSource, ...]:
        """``<field>_source`` keys: where the act prints a field (``ru_source``: the Russian text)."""
        out = []
        for key in fields:
            if node.get(key) is not None:
                name = key.removesuffix("_source").replace("ru_", "ru.") if key != "ru_source" else "ru"
                out.append(FieldSource(name, self.source(node[key], f"{path}.{key}")))
        return tuple(out)

    def text(self, node: Any, path: str) -> LocalizedText:
        """A localized text: a str (the Kazakh alone) or ``{kk, ru, en}``, ``kk`` non-empty.

        The common case is read first and checked here as ``LocalizedText`` checks it (nothing is translated on
        read), so the value is built without checking again; equal texts of one reader share one value (they are
        frozen). Anything else takes the checks below, with their messages."""
        cls = type(node)
        if cls is str:
            known = self._texts.get(node)
            if known is None:
                known = self._texts[node] = trusted_text(node)
            return known
        if cls is dict:
            kk, ru, en = node.get("kk"), node.get("ru"), node.get("en")
            if type(kk) is str and kk.strip() and (ru is None or type(ru) is str) and (en is None or type(en) is str):
                key = (kk, ru, en)
                known = self._texts.get(key)
                if known is None:
                    known = self._texts[key] = trusted_text(kk, ru, en)
                return known
        if isinstance(node, str):
            return LocalizedText(node)
        if not isinstance(node, dict) or not isinstance(node.get("kk"), str) or not node["kk"].strip():
            self.fail(path, "a localized text needs a non-empty 'kk'")
            raise FieldError
        for lang in ("ru", "en"):
            if node.get(lang) is not None and not isinstance(node[lang], str):
                self.fail(path, f"'{lang}' must be a string or null")
                raise FieldError
        return LocalizedText(node["kk"], node.get("ru"), node.get("en"))

    def opt_text(self, node: Any, path: str) -> LocalizedText | None:
        return None if node is None else self.text(node, path)

    def source(self, node: Any, path: str) -> Source:
        """A source ``{line, text, file?, end_line?}`` (``file``: the act's seed file by default).

        The common case is checked first, with every condition of ``Source.__init__``, and built without checking
        again; anything else takes the checks below, and ``Source``'s own, with their messages."""
        if type(node) is dict:
            line, text, end = node.get("line"), node.get("text"), node.get("end_line")
            file = node.get("file", self.source_file)
            if (
                type(line) is int
                and line >= 1
                and type(text) is str
                and text
                and type(file) is str
                and (end is None or (type(end) is int and end >= line))
            ):
                new = _new(Source)  # trusted_source, inlined: one call less per source
                _set_file(new, file)
                _set_line(new, line)
                _set_text(new, text)
                _set_end(new, end)
                return new
        if not isinstance(node, dict):
            self.fail(path, "a source {line, text} is required")
            raise FieldError
        file = node.get("file", self.source_file)
        line, text, end = node.get("line"), node.get("text"), node.get("end_line")
        if not isinstance(line, int) or isinstance(line, bool) or not isinstance(text, str):
            self.fail(path, "a source needs an int 'line' and a str 'text'")
            raise FieldError
        if not isinstance(file, str) or (end is not None and (isinstance(end, bool) or not isinstance(end, int))):
            self.fail(path, "a source's 'file' is a string and its 'end_line' an int or null")
            raise FieldError
        return Source(file, line, text, end)

    def opt_source(self, node: Any, path: str) -> Source | None:
        return None if node is None else self.source(node, path)

    def enum(self, cls: type[T], value: Any, path: str) -> T:
        if type(value) is str or type(value) is int:  # the common case: a member's value
            member = getattr(cls, "_value2member_map_", _NO_MEMBERS).get(value)
            if member is not None:
                return member  # type: ignore[no-any-return]
        try:
            if not isinstance(value, str | int) or isinstance(value, bool):
                raise ValueError
            member = getattr(cls, "_value2member_map_", {}).get(value)  # the enum's own table: no __call__ cost
            return member if member is not None else cls(value)  # type: ignore[call-arg]
        except ValueError:
            accepted = ", ".join(str(m.value) for m in cls)  # type: ignore[attr-defined]
            self.fail(path, f"{value!r} is not a {cls.__name__}; accepted: {accepted}")
            raise FieldError from None

    def date(self, value: Any, path: str) -> dt.date:
        try:
            if not isinstance(value, str):
                raise TypeError
            return dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            self.fail(path, f"{value!r} is not an ISO date YYYY-MM-DD")
            raise FieldError from None

    def items(self, node: Any, path: str, fn: Callable[[Any, str], T]) -> tuple[T, ...]:
        if node is None:
            return ()
        if not isinstance(node, list):
            self.fail(path, "expected a list")
            return ()
        out: list[T] = []
        for i, item in enumerate(node):
            sub = f"{path}[{i}]"
            try:  # guard(sub, ...) inlined: one call less per item
                value = fn(item, sub)
            except Exception as exc:
                self.caught(sub, exc)
                continue
            if value is not None:
                out.append(value)
        return tuple(out)

    def issue(self, node: Any, path: str) -> DataIssue:
        self.keys(node, path, _ISSUE_KEYS)
        related = [node[k] for k in ("other_source", "ru_source") if node.get(k) is not None]
        related += [*self.seq(node.get("related_sources"), path), *self.seq(node.get("also"), path)]
        return DataIssue(
            self.string(node, "code", path),
            self.string(node, "message", path),
            self.enum(Severity, node.get("severity", "warning"), path + ".severity"),
            self.opt_source(node.get("source"), path + ".source"),
            tuple(self.source(r, f"{path}.related_sources[{i}]") for i, r in enumerate(related)),
        )

    def issues(self, node: Any, path: str) -> tuple[DataIssue, ...]:
        return self.items(node, path, self.issue)

    def hours(self, node: Any, path: str, tz: str | None) -> OfficeHours | None:
        if node is None:
            return None
        self.keys(node, path, _HOURS_KEYS)
        if "days" not in node:
            self.fail(path, "opening hours need 'days'")
            raise FieldError
        key = self._hours_key(node, tz)
        if key is not None and key in self._hours:  # the same days read before without a problem: the same value
            return self._hours[key]
        problems = len(self.problems)
        hours = self._read_hours(node, path, tz)
        if key is not None and len(self.problems) == problems:
            self._hours[key] = hours
        return hours

    @staticmethod
    def _hours_key(node: dict[str, Any], tz: str | None) -> tuple[str, str, str | None] | None:
        """What the hours of ``node`` are read from (its days, exceptions and the time zone), or None when it
        cannot be told cheaply (a value nested too deeply: read it the long way, with its message)."""
        try:
            return repr(node["days"]), repr(node.get("exceptions")), tz
        except RecursionError:
            return None

    def _read_hours(self, node: dict[str, Any], path: str, tz: str | None) -> OfficeHours:
        days: dict[int, list[tuple[str, str]]] = {}
        for i, spec in enumerate(self.seq(node["days"], path + ".days")):
            sub = f"{path}.days[{i}]"
            spec = self.obj(spec, sub)
            intervals = [
                self.interval(iv, f"{sub}.intervals[{j}]")
                for j, iv in enumerate(self.seq(spec.get("intervals"), sub + ".intervals"))
            ]
            for weekday in self.seq(spec.get("weekdays"), sub + ".weekdays"):
                weekday = self.integer(weekday, sub + ".weekdays")
                if weekday in days:
                    self.fail(sub, f"weekday {weekday} is given twice")
                days[weekday] = intervals
        exceptions: dict[dt.date, list[tuple[str, str]]] = {}
        for i, e in enumerate(self.seq(node.get("exceptions"), path + ".exceptions")):
            sub = f"{path}.exceptions[{i}]"
            e = self.obj(e, sub)
            exceptions[self.date(e.get("date"), sub + ".date")] = [
                self.interval(iv, f"{sub}.intervals[{j}]")
                for j, iv in enumerate(self.seq(e.get("intervals"), sub + ".intervals"))
            ]
        return OfficeHours.from_days(days, tz=tz, exceptions=exceptions)

    # -- records --------------------------------------------------------------------------------------------


def json_type(value: Any) -> str:
    """The JSON name of ``value``'s type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    return {str: "a string", int: "a number", float: "a number", list: "a list", dict: "an object"}.get(
        type(value), type(value).__name__
    )


def short_json(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:60] + "..."


def merge_issues(manual: list[DataIssue], automatic: list[tuple[str, DataIssue]]) -> tuple[DataIssue, ...]:
    """The recorded issues, then each automatic one whose raw value no recorded issue already mentions."""
    out = list(manual)
    for raw, issue in automatic:
        if not any(raw.strip() and raw.strip() in m.message for m in manual):
            out.append(issue)
    return tuple(out)


_SHARED: contextvars.ContextVar[dict[str, Any] | None] = contextvars.ContextVar("kzsocial_shared_json", default=None)
"""Inside :func:`shared_reads`: the files read so far, parsed, by path (the offices' pass and the services' pass
each read ``act.json`` and ``translations.json``)."""
SHARED_FILES = frozenset({"act.json", "translations.json"})
"""The files both passes of a load read (see :func:`shared_reads`)."""


@contextlib.contextmanager
def shared_reads() -> Iterator[None]:
    """Within this block, a data file both passes of a load read (:data:`SHARED_FILES`) is parsed once: the second
    read takes the first one's JSON (read-only: no reader changes it). The parsed files are dropped at the end of
    the block, so nothing outlives one load; nested blocks share the outermost one's."""
    if _SHARED.get() is not None:
        yield
        return
    token = _SHARED.set({})
    try:
        yield
    finally:
        _SHARED.reset(token)


def _parse(path: Any) -> Any:
    shared = _SHARED.get()
    if shared is None or path.name not in SHARED_FILES:
        return json.loads(path.read_text(encoding="utf-8"))
    key = str(path)
    if key not in shared:
        shared[key] = json.loads(path.read_text(encoding="utf-8"))
    return shared[key]


def read_json(path: Any, reader: Reader) -> Any:
    reader.file = path.name
    try:
        data = _parse(path)
    except (OSError, ValueError) as exc:
        reader.fail("", f"cannot read JSON: {exc}")
        return None
    except RecursionError:
        reader.fail("", "cannot read JSON: nested too deeply")
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        reader.fail("", f'expected an object with "format": {FORMAT}')
        return None
    return data


def iter_files(folder: Any) -> Iterator[Any]:
    return iter(sorted((p for p in folder.iterdir() if p.name.endswith(".json")), key=lambda p: p.name))


def _package_root() -> Any:
    """``importlib.resources.files("kzsocial")``: for a package installed as files (a pip install), the same
    ``pathlib.Path`` that gives (its folder), without the first call's imports (zipfile...); else that call."""
    spec = getattr(sys.modules.get("kzsocial"), "__spec__", None)
    if (
        spec is not None
        and type(spec.loader) is importlib.machinery.SourceFileLoader
        and isinstance(spec.origin, str)
        and spec.origin.endswith("__init__.py")
    ):
        return pathlib.Path(spec.origin).parent
    from importlib import resources  # (its import, ~4 ms, only where the package is not plain files)

    return resources.files("kzsocial")


def packaged_folders() -> list[Any]:
    """The packaged act folders (``kzsocial/data/acts/<act-id>/`` with an ``act.json``), by name."""
    root = _package_root() / "data" / "acts"
    return sorted((p for p in root.iterdir() if p.is_dir() and (p / "act.json").is_file()), key=lambda p: p.name)


@once
def packaged_folder_names() -> dict[str, Any]:
    """The packaged act folders by name, listed once (a caller that reads one act looks it up here)."""
    return {p.name: p for p in packaged_folders()}
