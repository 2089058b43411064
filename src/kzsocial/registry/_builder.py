"""Building the offices from the acts' data files (``offices.json`` of each act folder), below the services.

The registry's own loader: :func:`packaged_office_part` reads every packaged act's header (its id, region and
time zone from ``act.json``), its ``offices.json`` and the office entries of its ``translations.json``, and checks
the offices together (unique ids, known parents), collecting every problem. :func:`kzsocial.registry.offices`
needs nothing else: no service is read. The services and the whole dataset build on it
(:mod:`kzsocial._data`), so the packaged offices are read once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from attrs import frozen

from kzsocial._datafile import (
    ID,
    ActHeader,
    Reader,
    iter_files,
    merge_issues,
    packaged_folder_names,
    packaged_folders,
    read_header,
    read_json,
    words,
)
from kzsocial._issue_texts import issue_texts, with_issue_texts
from kzsocial._translations import FILE_NAME as TRANSLATIONS_FILE
from kzsocial._translations import apply_overlay
from kzsocial.calendar._once import once
from kzsocial.provenance import DataIssue, SourcedText
from kzsocial.registry._contacts import Phone, PhoneKind, check_email, check_website, normalize_phone
from kzsocial.registry._office import (
    Office,
    OfficeHead,
    OfficeKind,
    OfficeSubunit,
    ReceptionSchedule,
    ServiceWindow,
)

__all__ = [
    "ActHeader",
    "OfficePart",
    "OfficeReader",
    "load_office_part",
    "packaged_act_office_part",
    "packaged_office_part",
    "read_header",
]

_POSTCODE = re.compile(r"\d{6}")
_OFFICE_KEYS = words(
    "id kind name region district settlement area_code postcode address phones faxes emails websites reception "
    "reception_unscheduled hours hours_alternatives timezone parent_id source also_printed address_alternatives "
    "address_source ru_source ru_name_source subunit subunits heads windows data_issues"
)


@frozen
class OfficePart:
    """The offices of some act folders, the headers of their acts (in act order) and every problem found."""

    headers: tuple[ActHeader, ...]
    offices: tuple[Office, ...]
    problems: tuple[str, ...]


class OfficeReader(Reader):
    """Reads the office records of one act folder."""

    def office(self, node: Any, path: str, act: ActHeader) -> Office:
        self.keys(node, path, _OFFICE_KEYS)
        area = self.opt_string(node, "area_code", path)
        manual = list(self.issues(node.get("data_issues"), path + ".data_issues"))
        automatic: list[tuple[str, DataIssue]] = []
        phones: list[Phone] = []
        faxes: list[Phone] = []
        for i, p in enumerate(self.seq(node.get("phones"), path + ".phones")):
            p = self.obj(p, f"{path}.phones[{i}]")
            raw = self.string(p, "raw", f"{path}.phones[{i}]")
            src = self.source(p.get("source"), f"{path}.phones[{i}].source")
            kind = self.enum(PhoneKind, p.get("kind", "phone"), f"{path}.phones[{i}].kind")
            phone = normalize_phone(raw, area, kind=kind, source=src)
            (faxes if kind is PhoneKind.FAX else phones).append(phone)
            if phone.e164 is None:
                automatic.append(
                    (p["raw"], DataIssue("wrong-contact", f"{kind.value} {p['raw']!r}: {phone.derivation}", source=src))
                )
        emails = []
        for i, e in enumerate(self.seq(node.get("emails"), path + ".emails")):
            e = self.obj(e, f"{path}.emails[{i}]")
            self.string(e, "raw", f"{path}.emails[{i}]")
            email = check_email(e["raw"], source=self.source(e.get("source"), f"{path}.emails[{i}].source"))
            emails.append(email)
            if not email.valid:
                automatic.append(
                    (e["raw"], DataIssue("wrong-contact", f"email {e['raw']!r}: {email.reason}", source=email.source))
                )
        sites = []
        for i, w in enumerate(self.seq(node.get("websites"), path + ".websites")):
            w = self.obj(w, f"{path}.websites[{i}]")
            self.string(w, "raw", f"{path}.websites[{i}]")
            site = check_website(w["raw"], source=self.source(w.get("source"), f"{path}.websites[{i}].source"))
            sites.append(site)
            if not site.valid:
                automatic.append(
                    (w["raw"], DataIssue("wrong-contact", f"website {w['raw']!r}: {site.reason}", source=site.source))
                )
        postcode = self.opt_string(node, "postcode", path)
        if postcode is not None and not _POSTCODE.fullmatch(postcode):
            message = f"postcode {postcode!r} is not six digits as Kazakhstan postcodes are; kept as printed"
            automatic.append(
                (
                    postcode,
                    DataIssue("wrong-contact", message, source=self.opt_source(node.get("source"), path + ".source")),
                )
            )
        tz = act.timezone if node.get("timezone") is None else self.string(node, "timezone", path)
        issues = merge_issues(manual, automatic)
        return Office(
            id=self.string(node, "id", path),
            kind=self.enum(OfficeKind, node.get("kind"), path + ".kind"),
            name=self.text(node.get("name"), path + ".name"),
            region=act.region if node.get("region") is None else self.string(node, "region", path),
            timezone=tz,
            source=self.source(node.get("source"), path + ".source"),
            act_id=act.id,
            district=self.opt_text(node.get("district"), path + ".district"),
            settlement=self.opt_text(node.get("settlement"), path + ".settlement"),
            area_code=area,
            postcode=postcode,
            address=self.opt_text(node.get("address"), path + ".address"),
            phones=tuple(phones),
            faxes=tuple(faxes),
            emails=tuple(emails),
            websites=tuple(sites),
            reception=self.items(node.get("reception"), path + ".reception", self.reception)
            + self.items(node.get("reception_unscheduled"), path + ".reception_unscheduled", self.reception),
            hours=self.hours(node.get("hours"), path + ".hours", tz),
            hours_alternatives=tuple(
                h
                for i, n in enumerate(self.seq(node.get("hours_alternatives"), path + ".hours_alternatives"))
                if (h := self.hours(n, f"{path}.hours_alternatives[{i}]", tz)) is not None
            ),
            parent_id=self.opt_string(node, "parent_id", path),
            also_printed=self.items(node.get("also_printed"), path + ".also_printed", self.source),
            address_alternatives=self.items(
                node.get("address_alternatives"),
                path + ".address_alternatives",
                lambda n, p: SourcedText(self.text(n, p), self.source(self.obj(n, p).get("source"), p + ".source")),
            ),
            subunit=self.opt_text(node.get("subunit"), path + ".subunit"),
            windows=self.items(node.get("windows"), path + ".windows", self.window),
            field_sources=self.field_sources(node, path, ("address_source", "ru_source", "ru_name_source")),
            data_issues=tuple(issues),
            heads=self.items(node.get("heads"), path + ".heads", self.office_head),
            subunits=self.items(
                node.get("subunits"), path + ".subunits", lambda n, p: self.office_subunit(n, p, area, tz)
            ),
        )

    def office_head(self, node: Any, path: str) -> OfficeHead:
        """``{name, title, source, also_printed}``: a head by name, exactly as printed."""
        self.keys(node, path, words("name title source also_printed"))
        return OfficeHead(
            self.string(node, "name", path),
            self.source(node.get("source"), path + ".source"),
            self.opt_text(node.get("title"), path + ".title"),
            self.items(node.get("also_printed"), path + ".also_printed", self.source),
        )

    def office_subunit(self, node: Any, path: str, area: str | None, tz: str) -> OfficeSubunit:
        """A sector of an office: ``{id, name, source, room, room_source, phones, hours, head, head_source,
        reception, data_issues}``; phones take the office's area code."""
        self.keys(
            node,
            path,
            words("id name source room room_source phones hours head head_source reception data_issues"),
        )
        phones = []
        for i, p in enumerate(self.seq(node.get("phones"), path + ".phones")):
            p = self.obj(p, f"{path}.phones[{i}]")
            self.keys(p, f"{path}.phones[{i}]", words("raw kind source"))
            raw = self.string(p, "raw", f"{path}.phones[{i}]")
            src = self.source(p.get("source"), f"{path}.phones[{i}].source")
            kind = self.enum(PhoneKind, p.get("kind", "phone"), f"{path}.phones[{i}].kind")
            phones.append(normalize_phone(raw, area, kind=kind, source=src))
        sid = self.string(node, "id", path)
        if not ID.match(sid):
            self.fail(path + ".id", f"sub-unit id {sid!r} is not lower-case ASCII words joined by '-'")
        room = node.get("room")
        return OfficeSubunit(
            id=sid,
            name=self.text(node.get("name"), path + ".name"),
            source=self.source(node.get("source"), path + ".source"),
            room=None if room is None else str(room),
            phones=tuple(phones),
            hours=self.hours(node.get("hours"), path + ".hours", tz),
            head=self.opt_text(node.get("head"), path + ".head"),
            reception=self.items(node.get("reception"), path + ".reception", self.reception),
            field_sources=self.field_sources(node, path, ("room_source", "head_source")),
            data_issues=self.issues(node.get("data_issues"), path + ".data_issues"),
        )

    def window(self, node: Any, path: str) -> ServiceWindow:
        self.keys(node, path, words("window for source"))
        return ServiceWindow(
            str(node["window"]),
            self.text(node["for"], path + ".for"),
            self.source(node.get("source"), path + ".source"),
        )

    def reception(self, node: Any, path: str) -> ReceptionSchedule:
        from kzsocial.calendar import parse_time

        self.keys(node, path, frozenset({"who", "rrule", "day_rrule", "start", "end", "text", "source", "place"}))
        if node.get("rrule") is not None and node.get("day_rrule") is not None:
            self.fail(path, "give either rrule (day and time) or day_rrule (the day only), not both")
        if node.get("day_rrule") is not None and node.get("start") is not None:
            self.fail(path, "day_rrule is for a day named without hours: give rrule with a start time instead")
        if node.get("rrule") is not None and node.get("start") is None:
            self.fail(path, "an rrule needs a start time; where the act names the day only, give day_rrule")
        rule = self.opt_string(node, "rrule", path) or self.opt_string(node, "day_rrule", path)
        start, end = self.opt_string(node, "start", path), self.opt_string(node, "end", path)
        return ReceptionSchedule(
            self.text(node.get("who") or {"kk": "басшы"}, path + ".who"),
            rule,
            None if start is None else parse_time(start),
            None if end is None else parse_time(end),
            self.text(node.get("text"), path + ".text"),
            self.opt_source(node.get("source"), path + ".source"),
            self.opt_text(node.get("place"), path + ".place"),
        )


def _load_offices(folder: Any, problems: list[str]) -> tuple[ActHeader | None, list[Office]]:
    reader = OfficeReader(folder.name)
    files = {p.name: p for p in iter_files(folder)}
    if "act.json" not in files:
        problems.append(f"{folder.name}: no act.json")
        return None, []
    data = read_json(files["act.json"], reader)
    header = None if data is None else reader.guard(".act", lambda: read_header(reader, data["act"]))
    if header is None:
        problems.extend(reader.problems)
        return None, []
    if header.id != folder.name:
        reader.fail(".act.id", f"act id {header.id!r} differs from its folder name {folder.name!r}")
    offices: list[Office] = []
    overlay: Any = None
    for name in ("offices.json", TRANSLATIONS_FILE):
        if name not in files:
            continue
        data = read_json(files[name], reader)
        if data is not None and data.get("act") != header.id:
            reader.fail(".act", f"file names act {data.get('act')!r}, expected {header.id!r}")
        if name == TRANSLATIONS_FILE:
            overlay = data
        elif data is not None:
            offices.extend(reader.items(data.get("items"), ".items", lambda n, p: reader.office(n, p, header)))
    problems.extend(reader.problems)
    if overlay is not None:
        by_id = {o.id: o for o in offices}
        apply_overlay(overlay, None, by_id, problems, f"{folder.name}/{TRANSLATIONS_FILE}")
        texts = issue_texts(overlay)  # their entries' problems, missing and stale ones: kzsocial._data, per act
        offices = [with_issue_texts(by_id[o.id], texts) for o in offices]
    return header, offices


def check_offices(offices: Iterable[Office], problems: list[str]) -> set[str]:
    """Check the offices of all folders together (ids well formed and unique, parents known); their ids."""
    seen: set[str] = set()
    listed = list(offices)
    for o in listed:
        if not ID.match(o.id):
            problems.append(f"office id {o.id!r} is not lower-case ASCII words joined by '-' or '/'")
        if o.id in seen:
            problems.append(f"office id {o.id!r} is defined more than once")
        seen.add(o.id)
    for o in listed:
        if o.parent_id is not None and o.parent_id not in seen:
            problems.append(f"office {o.id!r}: parent {o.parent_id!r} is not in the registry")
    return seen


@frozen
class _FolderOffices:
    """One folder's offices as read, before the checks across folders (its header, offices and problems)."""

    header: ActHeader | None
    offices: tuple[Office, ...]
    problems: tuple[str, ...]


def _read_folder_offices(folder: Any) -> _FolderOffices:
    problems: list[str] = []
    try:
        header, offs = _load_offices(folder, problems)
    except Exception as exc:  # a folder that cannot be read at all is one more listed problem
        problems.append(f"{getattr(folder, 'name', folder)}: cannot be read ({type(exc).__name__}: {exc})")
        return _FolderOffices(None, (), tuple(problems))
    return _FolderOffices(header, tuple(offs) if header is not None else (), tuple(problems))


def _office_part(parts: Iterable[_FolderOffices]) -> OfficePart:
    """The folders' offices checked together (unique ids, known parents), in act order."""
    problems: list[str] = []
    headers: list[ActHeader] = []
    offices: list[Office] = []
    for part in parts:
        problems.extend(part.problems)
        if part.header is not None:
            headers.append(part.header)
            offices.extend(part.offices)
    check_offices(offices, problems)
    # Act order is the order of the seeds (000 Karaganda ... 004 North Kazakhstan); offices keep their act's.
    rank = {h.id: (h.source_file, h.id) for h in headers}
    return OfficePart(
        tuple(sorted(headers, key=lambda h: rank[h.id])),
        tuple(sorted(offices, key=lambda o: rank[o.act_id])),
        tuple(problems),
    )


def load_office_part(folders: Iterable[Any]) -> OfficePart:
    """Read the offices of ``folders`` (``pathlib.Path`` or ``importlib.resources`` traversables) and check them.

    Nothing is raised: the problems are returned (the caller lists them with its own in one
    :class:`~kzsocial.errors.DataValidationError`).
    """
    return _office_part(_read_folder_offices(f) for f in folders)


@once
def _packaged_folder_offices(name: str) -> _FolderOffices:
    """One packaged folder's offices, read once (the registry and every act's services share these objects)."""
    return _read_folder_offices(packaged_folder_names()[name])


@once
def packaged_office_part() -> OfficePart:
    """The packaged offices, read and checked once on first use (the problems are not raised here)."""
    return _office_part(_packaged_folder_offices(f.name) for f in packaged_folders())


@once
def packaged_act_office_part(name: str) -> OfficePart:
    """The offices of one packaged act folder alone, checked as :func:`load_office_part` checks them; the same
    objects as :func:`packaged_office_part`'s (each folder is read once, whichever is asked first)."""
    return _office_part([_packaged_folder_offices(name)])
