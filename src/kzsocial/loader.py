"""Load your own acts: the same format and validation as the packaged data, with or without the packaged acts.

An act is a folder named by its id holding ``act.json``, ``services*.json``, ``offices.json`` and
``office_links.json`` (the format: ``docs/data-format.md``). :func:`load_data` loads any number of such folders
(or folders of them) and validates them together, exactly as the packaged acts are validated; nothing is
registered globally, so ``catalog()`` and ``offices()`` keep answering with the packaged data:

>>> from kzsocial.loader import load_catalog, load_data, packaged_folders
>>> data = load_data(packaged_folders())
>>> from kzsocial.services import catalog
>>> data.catalog == catalog()
True

To serve your acts beside the packaged ones, pass both: ``load_data([*packaged_folders(), "my-acts/"])``. A
data pack (a distribution that ships act folders) declares an entry point in the ``kzsocial.data_packs``
group naming a function that returns its folders; :func:`data_pack_folders` lists them, for you to pass.

:func:`validate` lists every problem with its file, JSON path and line, without raising
(``kzsocial validate FOLDER`` prints them).
"""

from __future__ import annotations

import bisect
import contextlib
import json
import os
import re
from collections.abc import Iterable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from attrs import frozen

from kzsocial.errors import DataValidationError, InvalidInputError, InvalidTypeError
from kzsocial.registry import Office, OfficeRegistry
from kzsocial.services import Catalog, LegalAct, ServiceDefinition

__all__ = [
    "DATA_PACK_GROUP",
    "DataProblem",
    "LoadedData",
    "act_folders",
    "data_pack_folders",
    "load_catalog",
    "load_data",
    "packaged_folders",
    "validate",
]

DATA_PACK_GROUP = "kzsocial.data_packs"
"""The entry-point group of data packs: each entry point names a callable returning act folders."""

PathLike = str | os.PathLike[str] | Any  # Any: an importlib.resources Traversable


@frozen
class LoadedData:
    """Acts, services and offices loaded and validated together; ``catalog`` and ``offices`` as the library's
    own :class:`~kzsocial.services.Catalog` and :class:`~kzsocial.registry.OfficeRegistry`."""

    catalog: Catalog
    """The loaded services and acts, as the library's :class:`~kzsocial.services.Catalog`."""
    offices: OfficeRegistry
    """The loaded offices, as the library's :class:`~kzsocial.registry.OfficeRegistry`."""

    @property
    def acts(self) -> tuple[LegalAct, ...]:
        """The legal acts loaded, in order."""
        return self.catalog.acts

    @property
    def services(self) -> tuple[ServiceDefinition, ...]:
        """Every service definition loaded, in act order."""
        return tuple(self.catalog)

    @property
    def office_list(self) -> tuple[Office, ...]:
        """Every office loaded, in act order."""
        return tuple(self.offices)


@frozen
class DataProblem:
    """One problem of a data folder: ``file`` (relative to the folder given), ``path`` in the JSON
    (``$.items[3].name``), ``line`` (1-based, ``None`` when it cannot be placed) and the ``message``."""

    file: str | None
    """The file, relative to the folder given (``act.json``, ``services/...json``); ``None`` for a problem of the folder
    itself."""
    path: str | None
    """Where in the file's JSON, as a JSONPath (``$.items[3].name``); ``None`` for a problem of the whole file."""
    line: int | None
    """The 1-based line in ``file`` the problem is on; ``None`` when it cannot be placed."""
    message: str
    """What is wrong and what is accepted, in plain words."""

    def __str__(self) -> str:
        where = ":".join(str(p) for p in (self.file, self.line) if p is not None)
        inside = f" {self.path}" if self.path and self.path != "$" else ""
        return f"{where or '(data)'}:{inside} {self.message}"


def packaged_folders() -> list[Any]:
    """The folders of the packaged acts (``importlib.resources`` traversables), in the acts' order."""
    from kzsocial._data import packaged_folders as folders

    return list(folders())


def data_pack_folders() -> list[Any]:
    """The act folders of every installed data pack (entry points in :data:`DATA_PACK_GROUP`), by pack name."""
    found: list[Any] = []
    for ep in sorted(metadata.entry_points(group=DATA_PACK_GROUP), key=lambda e: e.name):
        provider = ep.load()
        folders = provider() if callable(provider) else provider
        found.extend(act_folders(folders))
    return found


def _as_folder(value: PathLike) -> Any:
    if isinstance(value, str | os.PathLike):
        return Path(value)
    if hasattr(value, "iterdir") and hasattr(value, "name"):
        return value
    raise InvalidTypeError(f"a data folder must be a path (str or os.PathLike), got {type(value).__name__}")


def act_folders(paths: PathLike | Iterable[PathLike]) -> list[Any]:
    """The act folders in ``paths``: each path is an act folder (it holds ``act.json``) or a folder of them."""
    items: Iterable[PathLike]
    if isinstance(paths, str | os.PathLike) or hasattr(paths, "iterdir"):
        items = [paths]
    elif isinstance(paths, Iterable):
        items = paths
    else:
        raise InvalidTypeError(f"expected a folder or a list of folders, got {type(paths).__name__}")
    out: list[Any] = []
    for item in items:
        folder = _as_folder(item)
        try:
            is_dir = folder.is_dir()
        except (OSError, ValueError) as exc:  # a name too long, a NUL byte
            raise InvalidInputError(f"{str(folder)[:200]}: not a readable folder ({exc})") from None
        if not is_dir:
            raise InvalidInputError(f"{folder}: not a folder; give an act folder (with act.json) or a folder of them")
        if (folder / "act.json").is_file():
            out.append(folder)
            continue
        inner = sorted((p for p in folder.iterdir() if p.is_dir() and (p / "act.json").is_file()), key=lambda p: p.name)
        if not inner:
            raise InvalidInputError(f"{folder}: no act.json in it nor in its sub-folders")
        out.extend(inner)
    return out


def load_data(paths: PathLike | Iterable[PathLike]) -> LoadedData:
    """Load and validate act folders together (the packaged validation); raises
    :class:`~kzsocial.errors.DataValidationError` listing every problem (each with file, JSON path and line)."""
    from kzsocial._data import load_folders

    folders = act_folders(paths)
    try:
        data = load_folders(folders)
    except DataValidationError as exc:
        located = [str(p) for p in _locate(folders, exc.problems)]
        raise DataValidationError("the acts' data files", located) from None
    return LoadedData(Catalog(data.services, data.acts), OfficeRegistry(data.offices))


def load_catalog(paths: PathLike | Iterable[PathLike]) -> Catalog:
    """The services and acts of :func:`load_data` (the offices: ``load_data(paths).offices``)."""
    return load_data(paths).catalog


def validate(paths: PathLike | Iterable[PathLike]) -> list[DataProblem]:
    """Every problem of the act folders in ``paths`` (empty when they load), each with file, JSON path and line."""
    from kzsocial._data import load_folders

    folders = act_folders(paths)
    try:
        load_folders(folders)
    except DataValidationError as exc:
        return _locate(folders, exc.problems)
    return []


# -- where a problem is: file, JSON path, line --------------------------------------------------------------------

_PROBLEM = re.compile(r"^(?P<folder>[^/:\s]+)/(?P<file>[^/:\s]+?\.json)(?P<path>(?:\.|\[)[^:]*)?: (?P<msg>.*)$", re.S)
_NO_ACT = re.compile(r"^(?P<folder>[^/:\s]+): (?P<msg>no act\.json)$")
_RECORD = re.compile(r"^(?P<kind>service|office|act) '(?P<id>[^']+)'")


def _line_index(text: str) -> dict[str, int]:
    """JSON path (``$.items[0].name``) -> 1-based line of the value, for every value of a JSON document."""
    newlines = [m.start() for m in re.finditer("\n", text)]
    decoder = json.JSONDecoder()
    ws = re.compile(r"[ \t\n\r]*")
    out: dict[str, int] = {}

    def line(i: int) -> int:
        return bisect.bisect_left(newlines, i) + 1

    def value(i: int, path: str) -> int:
        i = ws.match(text, i).end()  # type: ignore[union-attr]
        out[path] = line(i)
        c = text[i]
        if c == "{":
            i = ws.match(text, i + 1).end()  # type: ignore[union-attr]
            if text[i] == "}":
                return i + 1
            while True:
                key, i = decoder.raw_decode(text, ws.match(text, i).end())  # type: ignore[union-attr]
                i = ws.match(text, i).end() + 1  # type: ignore[union-attr]  # the colon
                i = value(i, f"{path}.{key}")
                i = ws.match(text, i).end()  # type: ignore[union-attr]
                if text[i] == ",":
                    i += 1
                    continue
                return i + 1
        if c == "[":
            i = ws.match(text, i + 1).end()  # type: ignore[union-attr]
            if text[i] == "]":
                return i + 1
            n = 0
            while True:
                i = value(i, f"{path}[{n}]")
                i = ws.match(text, i).end()  # type: ignore[union-attr]
                n += 1
                if text[i] == ",":
                    i += 1
                    continue
                return i + 1
        _, end = decoder.raw_decode(text, i)
        return int(end)

    with contextlib.suppress(ValueError, IndexError):  # not JSON: the loader reports it, without a line
        value(0, "$")
    return out


def _normalise_path(path: str) -> str:
    # the loader writes ``[{key!r}]`` for object keys: ``.items['x/y']`` -> ``.items.x/y``
    return "$" + re.sub(r"\['([^']*)'\]", r".\1", path)


def _nearest(index: dict[str, int], path: str) -> int | None:
    while path:
        if path in index:
            return index[path]
        cut = max(path.rfind("."), path.rfind("["))
        if cut <= 0:
            break
        path = path[:cut]
    return index.get("$")


def _locate(folders: Sequence[Any], problems: Iterable[str]) -> list[DataProblem]:
    by_name = {f.name: f for f in folders}
    indexes: dict[tuple[str, str], dict[str, int]] = {}
    records: dict[tuple[str, str], tuple[str, str]] = {}  # (kind, id) -> (file, path)

    def index(folder: str, file: str) -> dict[str, int]:
        key = (folder, file)
        if key not in indexes:
            try:
                text = (by_name[folder] / file).read_text(encoding="utf-8")
            except (KeyError, OSError, UnicodeDecodeError):
                text = ""
            indexes[key] = _line_index(text)
        return indexes[key]

    for folder in folders:
        for path in sorted(folder.iterdir(), key=lambda p: p.name):
            if not path.name.endswith(".json"):
                continue
            try:
                doc = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if not isinstance(doc, dict):
                continue
            rel = f"{folder.name}/{path.name}"
            if isinstance(doc.get("act"), dict) and "id" in doc["act"]:
                records.setdefault(("act", str(doc["act"]["id"])), (rel, "$.act"))
            items = doc.get("items")
            if isinstance(items, list):
                kind = "office" if path.name == "offices.json" else "service"
                for n, item in enumerate(items):
                    if isinstance(item, dict) and "id" in item:
                        records.setdefault((kind, str(item["id"])), (rel, f"$.items[{n}]"))

    out: list[DataProblem] = []
    for problem in problems:
        m = _PROBLEM.match(problem)
        if m:
            rel = f"{m['folder']}/{m['file']}"
            path = _normalise_path(m["path"] or "")
            line = _nearest(index(m["folder"], m["file"]), path)
            out.append(DataProblem(rel, path, line, m["msg"]))
            continue
        m = _NO_ACT.match(problem)
        if m:
            out.append(DataProblem(f"{m['folder']}/act.json", None, None, m["msg"]))
            continue
        m = _RECORD.match(problem)
        if m and (m["kind"], m["id"]) in records:
            rel, path = records[(m["kind"], m["id"])]
            folder, file = rel.split("/", 1)
            out.append(DataProblem(rel, path, _nearest(index(folder, file), path), problem))
            continue
        out.append(DataProblem(None, None, None, problem))
    return out
