"""The acts and the whole dataset: ``act.json`` read in full, every record kind put together and checked.

The top of the loader (the format: ``docs/data-format.md``). The offices come from
:mod:`kzsocial.registry._builder` (the registry needs no service), the services from
:mod:`kzsocial.services._builder`, both on the reading helpers of :mod:`kzsocial._datafile`. Here: the acts
(:class:`_ActReader`), each folder's services with its office links and translations, the checks across record
kinds (a service's offices are in the registry, an act's list names defined services), and :func:`dataset`, the
packaged data loaded once (its offices are the registry's own). Validation collects every problem of every file
and raises one :class:`~kzsocial.errors.DataValidationError` listing them all.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs
from attrs import frozen

from kzsocial._datafile import (
    ID,
    ActHeader,
    iter_files,
    packaged_folder_names,
    packaged_folders,
    read_header,
    read_json,
    shared_reads,
    words,
)
from kzsocial._issue_texts import apply_issue_texts, check_issue_texts, issue_text_keys
from kzsocial._translations import FILE_NAME as TRANSLATIONS_FILE
from kzsocial._translations import apply_overlay
from kzsocial.calendar._once import once
from kzsocial.errors import DataValidationError
from kzsocial.provenance import LocalizedText
from kzsocial.services._builder import ServiceReader, with_role_ids
from kzsocial.services._definition import ServiceDefinition, ServiceKind
from kzsocial.services._office_roles import OfficeLink

if TYPE_CHECKING:  # the registry's modules are imported where offices are read, the act's records where an act
    # is (packaged_service reads neither)
    from kzsocial.registry._builder import OfficePart
    from kzsocial.registry._office import Office
    from kzsocial.services._act import Amendment, LegalAct, ListedService

__all__ = ["Dataset", "dataset", "load_folders", "packaged_act", "packaged_folders", "packaged_service"]

_ACT_KEYS = words(
    "id source_file region timezone issuer kind number date title source registration repeal amendments "
    "signed_by entry_into_force data_issues issuer_source kind_source date_source ru_source ru_date_source "
    "service_list service_list_source"
)
_LISTED_KEYS = words("number section service_id title consumers provider source provider_source point_2_source")


class _ActReader(ServiceReader):
    """Reads one act folder's act and services."""

    def act(self, node: Any) -> LegalAct:
        from kzsocial.services._act import EntryIntoForce, LegalAct, Registration, Repeal, Signatory

        node = self.obj(node, ".act")
        self.source_file = self.string(node, "source_file", ".act")
        self.keys(node, ".act", _ACT_KEYS)
        reg = None if node.get("registration") is None else self.obj(node["registration"], ".registration")
        rep = None if node.get("repeal") is None else self.obj(node["repeal"], ".repeal")
        signed = None if node.get("signed_by") is None else self.obj(node["signed_by"], ".signed_by")
        force = None if node.get("entry_into_force") is None else self.obj(node["entry_into_force"], ".entry")
        if signed is not None:
            self.string(signed, "kk", ".signed_by")
            self.opt_string(signed, "ru", ".signed_by")
            self.opt_string(signed, "en", ".signed_by")
        return LegalAct(
            id=self.string(node, "id", ".act"),
            source_file=self.source_file,
            region=self.string(node, "region", ".act"),
            timezone=self.string(node, "timezone", ".act"),
            issuer=self.text(node.get("issuer"), ".issuer"),
            kind=self.string(node, "kind", ".act"),
            number=self.string(node, "number", ".act"),
            date=self.date(node["date"], ".date"),
            title=self.text(node["title"], ".title"),
            source=self.source(node.get("source"), ".source"),
            registration=None
            if reg is None
            else Registration(
                self.string(reg, "number", ".registration"),
                self.date(reg["date"], ".registration.date"),
                self.text(reg["body"], ".registration.body"),
                self.source(reg.get("source"), ".registration.source"),
            ),
            repeal=None
            if rep is None
            else Repeal(
                self.opt_string(rep, "number", ".repeal"),
                None if rep.get("date") is None else self.date(rep["date"], ".repeal.date"),
                self.text(rep["by"], ".repeal.by"),
                self.source(rep.get("source"), ".repeal.source"),
            ),
            amendments=self.items(node.get("amendments"), ".amendments", self.amendment),
            signed_by=None
            if signed is None
            else Signatory(
                LocalizedText(signed["kk"], signed.get("ru"), signed.get("en")),
                self.source(signed.get("source"), ".signed_by.source"),
                self.opt_text(signed.get("role"), ".signed_by.role"),
            ),
            entry_into_force=None
            if force is None
            else EntryIntoForce(
                self.text(force["text"], ".entry_into_force.text"),
                self.source(force.get("source"), ".entry_into_force.source"),
                None if force.get("date") is None else self.date(force["date"], ".entry_into_force.date"),
            ),
            service_list=self.items(node.get("service_list"), ".service_list", self.listed_service),
            field_sources=self.field_sources(
                node,
                ".act",
                ("issuer_source", "kind_source", "date_source", "ru_source", "ru_date_source", "service_list_source"),
            ),
            data_issues=self.issues(node.get("data_issues"), ".data_issues"),
        )

    def listed_service(self, node: Any, path: str) -> ListedService:
        from kzsocial.services._act import ListedService

        self.keys(node, path, _LISTED_KEYS)
        return ListedService(
            str(node["number"]),
            self.text(node.get("title"), path + ".title"),
            self.source(node.get("source"), path + ".source"),
            self.opt_string(node, "service_id", path),
            self.opt_text(node.get("section"), path + ".section"),
            self.opt_text(node.get("consumers"), path + ".consumers"),
            self.opt_text(node.get("provider"), path + ".provider"),
            self.field_sources(node, path, ("provider_source", "point_2_source")),
        )

    def amendment(self, node: Any, path: str) -> Amendment:
        from kzsocial.services._act import Amendment

        node = self.obj(node, path)
        return Amendment(
            self.string(node, "number", path),
            self.date(node["date"], path + ".date"),
            self.text(node["description"], path + ".description"),
            self.source(node.get("source"), path + ".source"),
        )


@frozen
class Dataset:
    """Everything loaded from the acts' data files."""

    acts: tuple[LegalAct, ...]
    services: tuple[ServiceDefinition, ...]
    offices: tuple[Office, ...]


def _header(act: LegalAct) -> ActHeader:
    return ActHeader(act.id, act.region, act.timezone, act.source_file)


def _read_links(
    reader: ServiceReader,
    items: Any,
    links: dict[str, dict[str, list[str]]],
    role_links: dict[str, tuple[OfficeLink, ...]],
) -> None:
    """Read ``office_links.json``'s items: per service id, its office ids into ``links``, role links into
    ``role_links``."""
    if not isinstance(items, dict):
        reader.fail(".items", "office links are an object {service id: [office ids]}")
        return
    for sid, value in items.items():
        if isinstance(value, list):
            value = {"serving": value}
        if not isinstance(value, dict) or set(value) - {"serving", "complaints", "office_roles"}:
            reader.fail(
                f".items[{sid!r}]",
                "expected [office ids] or {serving: [...], complaints: [...], office_roles: [...]}",
            )
            continue
        if "office_roles" in value:
            role_links[str(sid)] = reader.office_roles(value["office_roles"], f".items[{sid!r}].office_roles")
        value = {k: v for k, v in value.items() if k != "office_roles"}
        if not all(isinstance(v, list) and all(isinstance(i, str) for i in v) for v in value.values()):
            reader.fail(f".items[{sid!r}]", "office ids are lists of strings")
            continue
        links[str(sid)] = {k: list(v) for k, v in value.items()}


def _load_folder(
    folder: Any, problems: list[str], only: str | None = None
) -> tuple[LegalAct | None, list[ServiceDefinition], tuple[str, ...] | None]:
    """The act and services of one folder, and the messages its overlay has data-issue texts for (None: no
    overlay to check); its offices: :func:`kzsocial.registry._builder.load_office_part`. The overlay's missing and
    stale entries are checked against every record of the act, offices included, in :func:`_combine`.

    ``only``: the service with that id alone is built, with its office links and its overlay entries, on the act's
    header (the act's other values and the other services' items are not read, and the act returned is None:
    :func:`packaged_service`)."""
    reader = _ActReader(folder.name)
    files = {p.name: p for p in iter_files(folder)}
    if "act.json" not in files:
        problems.append(f"{folder.name}: no act.json")
        return None, [], None
    data = read_json(files["act.json"], reader)
    act: LegalAct | None = None
    if only is None:
        act = None if data is None else reader.guard(".act", lambda: reader.act(data["act"]))
        header = None if act is None else _header(act)
    else:  # the header alone: the act's own values (and their classes, kzsocial.services._act) are not needed
        header = None if data is None else reader.guard(".act", lambda: read_header(reader, data["act"]))
    if header is None:
        problems.extend(reader.problems)
        return None, [], None
    if header.id != folder.name:
        reader.fail(".act.id", f"act id {header.id!r} differs from its folder name {folder.name!r}")
    services: list[ServiceDefinition] = []
    links: dict[str, dict[str, list[str]]] = {}
    overlay: Any = None
    role_links: dict[str, tuple[OfficeLink, ...]] = {}
    for name, path in files.items():
        if name in ("act.json", "offices.json"):  # the offices: read with the registry's
            continue
        if name == TRANSLATIONS_FILE:
            overlay = read_json(path, reader)
            if overlay is not None and overlay.get("act") != header.id:
                reader.fail(".act", f"file names act {overlay.get('act')!r}, expected {header.id!r}")
            continue
        data = read_json(path, reader)
        if data is None:
            continue
        if data.get("act") != header.id:
            reader.fail(".act", f"file names act {data.get('act')!r}, expected {header.id!r}")
        items = data.get("items")
        if name.startswith("services"):
            if only is None:
                services.extend(reader.items(items, ".items", lambda n, p: reader.service(n, p, header)))
            else:  # (an item's place in the file stays its path: .items[i])
                read = reader.items(items, ".items", lambda n, p: _one(reader, n, p, header, only))
                services.extend(s for s in read if s is not None)
        elif name == "office_links.json":
            if only is not None and isinstance(items, dict):
                items = {only: items[only]} if only in items else {}
            _read_links(reader, items, links, role_links)
        else:
            reader.fail(
                "",
                "unknown data file; expected act.json, offices.json, services*.json, office_links.json, "
                f"{TRANSLATIONS_FILE}",
            )
    by_id = {s.id: s for s in services}
    reader.file = "office_links.json"
    for sid in dict.fromkeys([*links, *role_links]):
        if sid not in by_id:
            reader.fail(f"[{sid!r}]", "links a service that is not defined")
            continue
        svc = by_id[sid]
        roles = links.get(sid, {})
        by_id[sid] = attrs.evolve(
            svc,
            office_ids=tuple(dict.fromkeys([*svc.office_ids, *roles.get("serving", [])])),
            complaint_office_ids=tuple(dict.fromkeys([*svc.complaint_office_ids, *roles.get("complaints", [])])),
            office_roles=(*svc.office_roles, *role_links.get(sid, ())),
        )
    problems.extend(reader.problems)
    texted = act  # with its data issues' Kazakh and Russian texts (kzsocial._issue_texts)
    keys = None
    if overlay is not None:
        where = f"{folder.name}/{TRANSLATIONS_FILE}"
        entries = overlay.get("items")
        if only is not None and isinstance(entries, dict):  # its own entries (the others name unread services)
            key = f"service:{only}"
            apply_overlay(
                {**overlay, "items": {key: entries[key]} if key in entries else {}}, by_id, None, problems, where
            )
        else:
            apply_overlay(overlay, by_id, None, problems, where)
        # the offices carry their issues' texts already (registry._builder); the missing and stale entries are
        # checked over the whole act, offices included, once they are read (_combine)
        texted = apply_issue_texts(overlay, act, by_id, {}, problems, where, replace_offices=False, check=False)
        keys = issue_text_keys(overlay)
    return texted, [with_role_ids(by_id[s.id]) for s in services], keys


def _one(reader: _ActReader, node: Any, path: str, header: ActHeader, only: str | None) -> ServiceDefinition | None:
    """The service of the item ``node`` if its id is ``only``, else None (not read)."""
    if isinstance(node, dict) and node.get("id") == only:
        return reader.service(node, path, header)
    return None


def _validate(acts: list[LegalAct], services: list[ServiceDefinition], office_ids: set[str] | None) -> list[str]:
    """The checks across record kinds (the offices' own: :func:`kzsocial.registry._builder.check_offices`);
    ``office_ids`` None: the services are checked without the registry (:func:`packaged_service`)."""
    problems: list[str] = []

    def unique(kind: str, ids: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        for i in ids:
            if not ID.match(i):
                problems.append(f"{kind} id {i!r} is not lower-case ASCII words joined by '-' or '/'")
            if i in seen:
                problems.append(f"{kind} id {i!r} is defined more than once")
            seen.add(i)
        return seen

    unique("act", (a.id for a in acts))
    unique("service", (s.id for s in services))
    for s in services:
        if not s.id.startswith(s.act_id + "/"):
            problems.append(f"service {s.id!r}: its id must start with its act id {s.act_id!r}/")
        for oid in dict.fromkeys((*s.office_ids, *s.complaint_office_ids, *(k.office_id for k in s.office_roles))):
            if office_ids is not None and oid not in office_ids:
                problems.append(f"service {s.id!r}: office {oid!r} is not in the registry")
        annexes = {f.annex for f in s.forms}
        for d in s.documents:
            for annex in d.form_annexes:
                if annex not in annexes:
                    problems.append(f"service {s.id!r}: document {d.id!r} names form annex {annex!r}, not in its forms")
        doc_ids = [i for d in s.documents for i in (d.id, *(a.id for a in d.alternatives))]
        dupes = sorted({i for i in doc_ids if doc_ids.count(i) > 1})
        if dupes:
            problems.append(f"service {s.id!r}: document ids used twice: {', '.join(dupes)}")
        if s.kind is ServiceKind.REGULATION:
            for ch in s.channels:
                orders = [st.order for st in s.steps if st.channel is ch]
                if len(orders) != len(set(orders)):
                    problems.append(f"service {s.id!r}: step orders repeat on channel {ch.value}")
    service_ids = {s.id for s in services}
    for a in acts:
        for row in a.service_list:
            if row.service_id is not None and row.service_id not in service_ids:
                problems.append(f"act {a.id!r}: its list names service {row.service_id!r}, which is not defined")
    return problems


@frozen
class _FolderPart:
    """One folder's act and services as read, before the checks across folders (and its problems).

    ``issue_keys``: the messages its ``translations.json`` has data-issue texts for, checked against the act's
    records with its offices (:func:`_check_issue_texts`); None when there is no overlay to check."""

    act: LegalAct | None
    services: tuple[ServiceDefinition, ...]
    problems: tuple[str, ...]
    issue_keys: tuple[str, ...] | None = None


def _read_folder(folder: Any, only: str | None = None) -> _FolderPart:
    problems: list[str] = []
    try:
        act, svcs, keys = _load_folder(folder, problems, only)
    except Exception as exc:  # a folder that cannot be read at all is one more listed problem
        problems.append(f"{getattr(folder, 'name', folder)}: cannot be read ({type(exc).__name__}: {exc})")
        return _FolderPart(None, (), tuple(problems))
    return _FolderPart(act, tuple(svcs), tuple(problems), keys)


def _check_issue_texts(folder: _FolderPart, offices: Iterable[Office], problems: list[str]) -> None:
    """The missing and stale entries of ``folder``'s data-issue texts, over its act, services and ``offices``
    (those of its act are taken)."""
    act = folder.act
    if act is None or folder.issue_keys is None:
        return
    check_issue_texts(
        folder.issue_keys,
        act,
        {s.id: s for s in folder.services},
        {o.id: o for o in offices if o.act_id == act.id},
        problems,
        f"{act.id}/{TRANSLATIONS_FILE}",
    )


def _combine(parts: Iterable[_FolderPart], part: OfficePart) -> Dataset:
    """The folders' records checked together with their offices; raises listing every problem."""
    problems = list(part.problems)
    acts: list[LegalAct] = []
    services: list[ServiceDefinition] = []
    for folder in parts:
        problems.extend(folder.problems)
        _check_issue_texts(folder, part.offices, problems)
        if folder.act is not None:
            acts.append(folder.act)
        services.extend(folder.services)
    problems.extend(_validate(acts, services, {o.id for o in part.offices}))
    if problems:
        # a problem both passes see (a file unreadable, a bad act header) is listed once
        raise DataValidationError("the acts' data files", list(dict.fromkeys(problems)))
    # Act order is the order of the seeds (000 Karaganda ... 004 North Kazakhstan); records keep their act's.
    rank = {a.id: (a.source_file, a.id) for a in sorted(acts, key=lambda a: (a.source_file, a.id))}
    return Dataset(
        tuple(sorted(acts, key=lambda a: rank[a.id])),
        tuple(sorted(services, key=lambda s: rank[s.act_id])),
        part.offices,
    )


def load_folders(folders: Iterable[Any]) -> Dataset:
    """Load act folders (``pathlib.Path`` or ``importlib.resources`` traversables) and validate them together.

    Raises :class:`~kzsocial.errors.DataValidationError` listing every problem found.
    """
    from kzsocial.registry._builder import load_office_part

    listed = list(folders)
    with shared_reads():  # act.json and translations.json: parsed once for both passes
        part = load_office_part(listed)
        return _combine([_read_folder(f) for f in listed], part)


@once
def _packaged_folder(name: str) -> _FolderPart:
    """One packaged folder's act and services, read once (no office: those are the registry's,
    :func:`kzsocial.registry._builder.packaged_act_office_part`); :func:`dataset`, :func:`packaged_act` and
    :func:`packaged_service` reads the same way."""
    with shared_reads():  # (nested in the callers' block where they read the offices too)
        return _read_folder(packaged_folder_names()[name])


@once
def dataset() -> Dataset:
    """The packaged data, loaded once on first use; its offices are the registry's (read once).

    Each act folder is read once (:func:`packaged_act` reads the same parts): a service met through
    ``packaged_act`` is the very object ``dataset().services`` holds.
    """
    from kzsocial.registry._builder import packaged_office_part

    with shared_reads():  # act.json and translations.json: parsed once for both passes
        part = packaged_office_part()
        return _combine([_packaged_folder(f.name) for f in packaged_folders()], part)


def packaged_act(act_id: str) -> Dataset | None:
    """One packaged act alone (its services and offices), loaded and validated once on first use, or None when no
    packaged folder is named ``act_id``.

    The act id is a service id's prefix (a service id starts with its act's id, a checked rule), so a caller that
    needs one service (the command line's ``deadline SERVICE``, :meth:`kzsocial.services.Catalog.get` on the
    packaged catalogue) reads one act instead of every act. Validation is the same: the folder's records are
    checked together, every problem listed; the objects are those of :func:`dataset` (each folder is read once);
    ``tests/model/test_cold_loading.py`` checks that each act alone is its part of :func:`dataset`.
    """
    if not isinstance(act_id, str) or act_id not in packaged_folder_names():
        return None
    return _packaged_act(act_id)


@once
def _packaged_act(name: str) -> Dataset:
    """:func:`packaged_act` of a packaged folder's name (cached per act: only real act ids are kept)."""
    from kzsocial.registry._builder import packaged_act_office_part

    with shared_reads():  # act.json and translations.json: parsed once for both passes
        part = packaged_act_office_part(name)
        return _combine([_packaged_folder(name)], part)


def packaged_service(service_id: str) -> ServiceDefinition | None:
    """One packaged service alone, read and checked apart from the rest of its act, or None when no packaged act
    defines ``service_id``.

    What a question about one service needs (the command line's ``deadline SERVICE``: its term and hours): its act's
    header in ``act.json`` (id, region, time zone, source file), its item of ``services*.json``, its office links
    and its entries of ``translations.json``, each value checked as :func:`packaged_act` checks it, every problem
    listed in one :class:`~kzsocial.errors.DataValidationError` (and the Kazakh and Russian texts of its data
    issues are all there). Left for the act's read (:func:`packaged_act`, :func:`dataset`) are the act's other
    values and the checks across the act's records: the other services, the act's list of services, the offices
    and that each office the service names is one of them, and the stale data-issue texts. Not cached: the
    service equals (``==``) its object in :func:`packaged_act`, a new object each call
    (``tests/model/test_one_service_read.py`` holds every packaged service).
    """
    if not isinstance(service_id, str):
        return None
    name = service_id.partition("/")[0]
    folder = packaged_folder_names().get(name)
    return None if folder is None else read_one_service(folder, service_id)


def read_one_service(folder: Any, service_id: str) -> ServiceDefinition | None:
    """The service ``service_id`` of the act folder ``folder`` read alone (see :func:`packaged_service`), or None
    when the folder defines no such service; raises :class:`~kzsocial.errors.DataValidationError` listing every
    problem of what it read."""
    part = _read_folder(folder, service_id)
    problems = list(part.problems)
    if part.issue_keys is not None:  # the missing texts of its data issues (the stale ones: the act's read)
        where = f"{folder.name}/{TRANSLATIONS_FILE}"
        by_id = {s.id: s for s in part.services}
        check_issue_texts(part.issue_keys, None, by_id, {}, problems, where, stale=False, act_id=folder.name)
    problems.extend(_validate([], list(part.services), None))
    if problems:
        raise DataValidationError("the acts' data files", list(dict.fromkeys(problems)))
    return part.services[0] if part.services else None
