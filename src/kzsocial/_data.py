"""Load and validate the acts' data files (``kzsocial/data/acts/<act-id>/*.json``).

The format is described in ``docs/data-format.md``. Loading is lazy and cached; validation collects every
problem of every file and raises one :class:`~kzsocial.errors.DataValidationError` listing them all.
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from typing import Any, TypeVar

import attrs
from attrs import frozen

from kzsocial._issue_texts import apply_issue_texts
from kzsocial._translations import FILE_NAME as TRANSLATIONS_FILE
from kzsocial._translations import apply_overlay
from kzsocial.calendar import OfficeHours, StagedTerm, Term, TermStage
from kzsocial.calendar._once import once
from kzsocial.errors import DataValidationError, KzSocialError
from kzsocial.provenance import DataIssue, FieldSource, LocalizedText, Severity, Source, SourcedText
from kzsocial.registry._contacts import Phone, PhoneKind, check_email, check_website, normalize_phone
from kzsocial.registry._office import (
    Office,
    OfficeHead,
    OfficeKind,
    OfficeSubunit,
    ReceptionSchedule,
    ServiceWindow,
)
from kzsocial.services._act import (
    Amendment,
    EntryIntoForce,
    LegalAct,
    ListedService,
    Registration,
    Repeal,
    Signatory,
)
from kzsocial.services._categories import applicant_categories
from kzsocial.services._definition import AutomationForm, ServiceDefinition, ServiceKind
from kzsocial.services._documents import Channel, Condition, DocumentForm, DocumentHandling, DocumentRequirement
from kzsocial.services._fee import Fee, FeeKind
from kzsocial.services._forms import ApplicationForm
from kzsocial.services._office_roles import OfficeLink, OfficeRole
from kzsocial.services._premises import Premises
from kzsocial.services._process import ConditionalDuration, ProcessStep, StepActor, StepDuration
from kzsocial.services._publication import PublicationPlace
from kzsocial.services._quality import QualityIndicator, QualityValue
from kzsocial.services._queue import QueueLimit, QueueQualifier, QueueRules, QueueStage
from kzsocial.services._statement import Statement
from kzsocial.services._supplied import SuppliedDocuments
from kzsocial.services._talon_spec import TalonField, TalonKind, TalonSpec
from kzsocial.services._terms import ServiceTerm, TermRole, TermStart

__all__ = ["Dataset", "dataset", "load_folders"]

FORMAT = 1
_ID = re.compile(r"^[a-z0-9]+(?:[-/][a-z0-9]+)*$")
T = TypeVar("T")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ACT_KEYS = _words(
    "id source_file region timezone issuer kind number date title source registration repeal amendments "
    "signed_by entry_into_force data_issues issuer_source kind_source date_source ru_source ru_date_source "
    "service_list service_list_source"
)
_OFFICE_KEYS = _words(
    "id kind name region district settlement area_code postcode address phones faxes emails websites reception "
    "reception_unscheduled hours hours_alternatives timezone parent_id source also_printed address_alternatives "
    "address_source ru_source ru_name_source subunit subunits heads windows data_issues"
)
_SERVICE_KEYS = _words(
    "id kind number title source legal_basis provider form results consumers terms queue_limits queue_rules fee "
    "premises published_at "
    "service_hours intake_hours hours_alternatives channels documents document_notes talon refusal_grounds "
    "result_delivery complaint complaint_receipt quality_indicators "
    "office_ids complaint_office_ids office_roles steps implements "
    "data_issues "
    "provider_also termination_grounds ru_source definition forms no_refusal_grounds priority supplied_documents"
)
_TERM_KEYS = _words(
    "role value unit stages starts_from starts_from_text actor source channel condition ru_source description "
    "declared_total"
)
_DOCUMENT_KEYS = _words(
    "id name form handling condition alternatives channels required source ru_source variant form_annexes"
)
_STEP_KEYS = _words(
    "channel order item actor action max max_raw max_raw_ru source ru_source parallel_with variant max_alternatives"
)
_QI_KEYS = _words("name normative target_next_year current unit source code group normative_source values_source")
_LISTED_KEYS = _words("number section service_id title consumers provider source provider_source point_2_source")
_ISSUE_KEYS = _words("code severity message source other_source related_sources also ru_source")
_STATEMENT_KEYS = frozenset({"text", "source", "ru_source", "missing_documents"})


class _FieldError(Exception):
    """Internal: a field could not be read (already recorded)."""


class _Reader:
    """Reads one act folder, collecting problems instead of stopping at the first."""

    def __init__(self, folder_name: str) -> None:
        self.folder = folder_name
        self.problems: list[str] = []
        self.file = ""
        self.source_file = ""

    def fail(self, path: str, message: str) -> None:
        self.problems.append(f"{self.folder}/{self.file}{path}: {message}")

    def guard(self, path: str, fn: Callable[[], T]) -> T | None:
        """Run ``fn`` (reading one record); any failure becomes a listed problem of that record, never an escape.

        The readers check the type of each JSON value before using it; this net turns whatever a check missed
        (an attribute of a string, an index of a short list, a recursion on deep nesting) into a problem too.
        """
        try:
            return fn()
        except _FieldError:
            return None
        except (KzSocialError, KeyError, TypeError, ValueError, decimal.InvalidOperation) as exc:
            detail = f"missing key {exc}" if isinstance(exc, KeyError) else str(exc)
            self.fail(path, detail)
            return None
        except RecursionError:
            self.fail(path, "nested too deeply to read")
            return None
        except Exception as exc:  # the loader's promise: nothing but DataValidationError escapes
            self.fail(path, f"unreadable value ({type(exc).__name__}: {exc})")
            return None

    # -- typed access: every JSON value is checked before it is used -----------------------------------------
    def obj(self, node: Any, path: str) -> dict[str, Any]:
        if not isinstance(node, dict):
            self.fail(path, f"expected an object, got {_json_type(node)}")
            raise _FieldError
        return node

    def seq(self, node: Any, path: str) -> list[Any]:
        """A JSON list (``null`` or absent: empty)."""
        if node is None:
            return []
        if not isinstance(node, list):
            self.fail(path, f"expected a list, got {_json_type(node)}")
            raise _FieldError
        return node

    def string(self, node: dict[str, Any], key: str, path: str) -> str:
        value = node.get(key)
        if not isinstance(value, str):
            self.fail(
                f"{path}.{key}",
                "a string is required" if value is None else f"expected a string, got {_json_type(value)}",
            )
            raise _FieldError
        return value

    def opt_string(self, node: dict[str, Any], key: str, path: str) -> str | None:
        return None if node.get(key) is None else self.string(node, key, path)

    def integer(self, value: Any, path: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(path, f"expected an integer, got {_json_type(value)}")
            raise _FieldError
        return value

    def opt_integer(self, value: Any, path: str) -> int | None:
        return None if value is None else self.integer(value, path)

    def interval(self, node: Any, path: str) -> tuple[str, str]:
        if not (isinstance(node, list) and len(node) == 2 and all(isinstance(t, str) for t in node)):
            self.fail(path, f'an interval is a pair of times ["HH:MM", "HH:MM"], got {_short_json(node)}')
            raise _FieldError
        return node[0], node[1]

    # -- primitives -----------------------------------------------------------------------------------------
    def keys(self, node: Any, path: str, allowed: frozenset[str]) -> None:
        """Report keys the format does not know (a typo would otherwise be dropped silently)."""
        if not isinstance(node, dict):
            self.fail(path, f"expected an object, got {type(node).__name__}")
            raise _FieldError
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
        if isinstance(node, str):
            return LocalizedText(node)
        if not isinstance(node, dict) or not isinstance(node.get("kk"), str) or not node["kk"].strip():
            self.fail(path, "a localized text needs a non-empty 'kk'")
            raise _FieldError
        for lang in ("ru", "en"):
            if node.get(lang) is not None and not isinstance(node[lang], str):
                self.fail(path, f"'{lang}' must be a string or null")
                raise _FieldError
        return LocalizedText(node["kk"], node.get("ru"), node.get("en"))

    def opt_text(self, node: Any, path: str) -> LocalizedText | None:
        return None if node is None else self.text(node, path)

    def source(self, node: Any, path: str) -> Source:
        if not isinstance(node, dict):
            self.fail(path, "a source {line, text} is required")
            raise _FieldError
        file = node.get("file", self.source_file)
        line, text, end = node.get("line"), node.get("text"), node.get("end_line")
        if not isinstance(line, int) or isinstance(line, bool) or not isinstance(text, str):
            self.fail(path, "a source needs an int 'line' and a str 'text'")
            raise _FieldError
        if not isinstance(file, str) or (end is not None and (isinstance(end, bool) or not isinstance(end, int))):
            self.fail(path, "a source's 'file' is a string and its 'end_line' an int or null")
            raise _FieldError
        return Source(file, line, text, end)

    def opt_source(self, node: Any, path: str) -> Source | None:
        return None if node is None else self.source(node, path)

    def enum(self, cls: type[T], value: Any, path: str) -> T:
        try:
            if not isinstance(value, str | int) or isinstance(value, bool):
                raise ValueError
            return cls(value)  # type: ignore[call-arg]
        except ValueError:
            accepted = ", ".join(str(m.value) for m in cls)  # type: ignore[attr-defined]
            self.fail(path, f"{value!r} is not a {cls.__name__}; accepted: {accepted}")
            raise _FieldError from None

    def date(self, value: Any, path: str) -> dt.date:
        try:
            if not isinstance(value, str):
                raise TypeError
            return dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            self.fail(path, f"{value!r} is not an ISO date YYYY-MM-DD")
            raise _FieldError from None

    def items(self, node: Any, path: str, fn: Callable[[Any, str], T]) -> tuple[T, ...]:
        if node is None:
            return ()
        if not isinstance(node, list):
            self.fail(path, "expected a list")
            return ()
        out: list[T] = []
        for i, item in enumerate(node):
            sub = f"{path}[{i}]"
            value = self.guard(sub, functools.partial(fn, item, sub))
            if value is not None:
                out.append(value)
        return tuple(out)

    def statement(self, node: Any, path: str) -> Statement:
        self.keys(node, path, _STATEMENT_KEYS)
        missing = node.get("missing_documents")
        if missing is not None and not isinstance(missing, bool):
            self.fail(path + ".missing_documents", f"expected true, false or null, got {_json_type(missing)}")
            raise _FieldError
        return Statement(
            self.text(node.get("text"), path + ".text"),
            self.source(node.get("source"), path + ".source"),
            missing,
            self.opt_source(node.get("ru_source"), path + ".ru_source"),
        )

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
        self.keys(node, path, frozenset({"days", "source", "ru_source", "exceptions", "note"}))
        days: dict[int, list[tuple[str, str]]] = {}
        if "days" not in node:
            self.fail(path, "opening hours need 'days'")
            raise _FieldError
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
    def act(self, node: Any) -> LegalAct:
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
        node = self.obj(node, path)
        return Amendment(
            self.string(node, "number", path),
            self.date(node["date"], path + ".date"),
            self.text(node["description"], path + ".description"),
            self.source(node.get("source"), path + ".source"),
        )

    def office(self, node: Any, path: str, act: LegalAct) -> Office:
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
        if postcode is not None and not re.fullmatch(r"\d{6}", postcode):
            message = f"postcode {postcode!r} is not six digits as Kazakhstan postcodes are; kept as printed"
            automatic.append(
                (
                    postcode,
                    DataIssue("wrong-contact", message, source=self.opt_source(node.get("source"), path + ".source")),
                )
            )
        tz = act.timezone if node.get("timezone") is None else self.string(node, "timezone", path)
        issues = _merge_issues(manual, automatic)
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
        self.keys(node, path, _words("name title source also_printed"))
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
            _words("id name source room room_source phones hours head head_source reception data_issues"),
        )
        phones = []
        for i, p in enumerate(self.seq(node.get("phones"), path + ".phones")):
            p = self.obj(p, f"{path}.phones[{i}]")
            self.keys(p, f"{path}.phones[{i}]", _words("raw kind source"))
            raw = self.string(p, "raw", f"{path}.phones[{i}]")
            src = self.source(p.get("source"), f"{path}.phones[{i}].source")
            kind = self.enum(PhoneKind, p.get("kind", "phone"), f"{path}.phones[{i}].kind")
            phones.append(normalize_phone(raw, area, kind=kind, source=src))
        sid = self.string(node, "id", path)
        if not _ID.match(sid):
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
        self.keys(node, path, _words("window for source"))
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

    def term(self, node: Any, path: str) -> ServiceTerm:
        self.keys(node, path, _TERM_KEYS)
        source = self.source(node.get("source"), path + ".source")
        stage_sources: tuple[Source, ...] = ()
        term: Term | StagedTerm
        if "stages" in node:
            stages = []
            srcs = []
            for i, st in enumerate(self.seq(node["stages"], path + ".stages")):
                st = self.obj(st, f"{path}.stages[{i}]")
                self.integer(st.get("value"), f"{path}.stages[{i}].value")
                actor = self.opt_text(st.get("actor"), f"{path}.stages[{i}].actor")
                stages.append(TermStage(Term(st["value"], st["unit"]), actor.kk if actor else None))
                srcs.append(self.source(st.get("source", node.get("source")), f"{path}.stages[{i}].source"))
            term = StagedTerm(stages)
            stage_sources = tuple(srcs)
        else:
            if node.get("unit") is None:
                self.fail(path, "a term needs a unit (use days_unqualified with a missing-unit issue)")
                raise _FieldError
            term = Term(self.integer(node.get("value"), path + ".value"), self.string(node, "unit", path))
        return ServiceTerm(
            role=self.enum(TermRole, node.get("role", "main"), path + ".role"),
            term=term,
            starts_from=self.enum(TermStart, node.get("starts_from", "submission"), path + ".starts_from"),
            source=source,
            starts_from_text=self.opt_text(node.get("starts_from_text"), path + ".starts_from_text"),
            actor=self.opt_text(node.get("actor"), path + ".actor"),
            stage_sources=stage_sources,
            channel=None if node.get("channel") is None else self.enum(Channel, node["channel"], path + ".channel"),
            description=self.opt_text(node.get("description"), path + ".description"),
            declared_total=self.declared_total(node, path),
            declared_total_source=None
            if node.get("declared_total") is None
            else self.source(self.obj(node["declared_total"], path).get("source"), path + ".declared_total.source"),
            condition=self.condition(node.get("condition"), path + ".condition"),
            ru_source=self.opt_source(node.get("ru_source"), path + ".ru_source"),
        )

    def declared_total(self, node: Any, path: str) -> Term | None:
        total = node.get("declared_total")
        if total is None:
            return None
        self.keys(total, path + ".declared_total", _words("value unit source"))
        if "stages" not in node:
            self.fail(path + ".declared_total", "only a staged term has a declared total")
        return Term(self.integer(total.get("value"), path + ".declared_total.value"), self.string(total, "unit", path))

    def condition(self, node: Any, path: str) -> Condition | None:
        """A condition: ``{applies_to, not_for, text}``, or just a localized text describing the case."""
        if node is None:
            return None
        if isinstance(node, dict) and ("applies_to" in node or "not_for" in node):
            self.keys(node, path, frozenset({"applies_to", "not_for", "text"}))
            known = {c.id for c in applicant_categories()}
            raw = {key: self.seq(node.get(key), f"{path}.{key}") for key in ("applies_to", "not_for")}
            unknown = sorted({repr(t) for key in raw for t in raw[key] if not (isinstance(t, str) and t in known)})
            if unknown:
                accepted = ", ".join(sorted(known))
                self.fail(path, f"unknown applicant categories {', '.join(unknown)}; accepted: {accepted}")
            return Condition(
                [t for t in raw["applies_to"] if isinstance(t, str) and t in known],
                [t for t in raw["not_for"] if isinstance(t, str) and t in known],
                self.opt_text(node.get("text"), path + ".text"),
            )
        return Condition(frozenset(), frozenset(), self.text(node, path))

    def document(self, node: Any, path: str) -> DocumentRequirement:
        self.keys(node, path, _DOCUMENT_KEYS)
        channels = None if node.get("channels") is None else self.seq(node["channels"], path + ".channels")
        required = node.get("required", True)
        if not isinstance(required, bool):
            self.fail(path + ".required", f"expected true or false, got {_json_type(required)}")
        return DocumentRequirement(
            id=self.string(node, "id", path),
            name=self.text(node["name"], path + ".name"),
            source=self.source(node.get("source"), path + ".source"),
            form=self.enum(DocumentForm, node.get("form", "unspecified"), path + ".form"),
            handling=self.enum(DocumentHandling, node.get("handling", "unspecified"), path + ".handling"),
            condition=self.condition(node.get("condition"), path + ".condition"),
            alternatives=self.items(node.get("alternatives"), path + ".alternatives", self.document),
            channels=None
            if channels is None
            else frozenset(self.enum(Channel, c, path + ".channels") for c in channels),
            required=required is not False,
            variant=self.opt_string(node, "variant", path),
            form_annexes=tuple(str(a) for a in self.seq(node.get("form_annexes"), path + ".form_annexes")),
        )

    def supplied(self, node: Any, path: str) -> SuppliedDocuments:
        self.keys(node, path, _words("supplier documents"))
        return SuppliedDocuments(
            self.statement(node.get("supplier"), path + ".supplier"),
            self.items(node.get("documents"), path + ".documents", self.document),
        )

    def step(self, node: Any, path: str) -> ProcessStep:
        self.keys(node, path, _STEP_KEYS)
        mx = None if node.get("max") is None else self.obj(node["max"], path + ".max")
        return ProcessStep(
            channel=self.enum(Channel, node.get("channel"), path + ".channel"),
            order=self.integer(node.get("order"), path + ".order"),
            actor=self.enum(StepActor, node["actor"], path + ".actor"),
            action=self.text(node["action"], path + ".action"),
            source=self.source(node.get("source"), path + ".source"),
            max=None
            if mx is None
            else StepDuration(
                Term(self.integer(mx.get("value"), path + ".max.value"), self.string(mx, "unit", path + ".max")),
                self.opt_string(node, "max_raw", path),
                self.opt_string(node, "max_raw_ru", path),
            ),
            ru_source=self.opt_source(node.get("ru_source"), path + ".ru_source"),
            parallel_with=self.opt_integer(node.get("parallel_with"), path + ".parallel_with"),
            item=self.opt_integer(node.get("item"), path + ".item"),
            variant=self.opt_string(node, "variant", path),
            max_alternatives=self.items(node.get("max_alternatives"), path + ".max_alternatives", self.alt_duration),
        )

    def alt_duration(self, node: Any, path: str) -> ConditionalDuration:
        self.keys(node, path, frozenset({"condition", "max", "max_raw", "max_raw_ru", "source"}))
        mx = self.obj(node.get("max"), path + ".max")
        return ConditionalDuration(
            self.text(node.get("condition"), path + ".condition"),
            StepDuration(
                Term(self.integer(mx.get("value"), path + ".max.value"), self.string(mx, "unit", path + ".max")),
                self.opt_string(node, "max_raw", path),
                self.opt_string(node, "max_raw_ru", path),
            ),
        )

    def service(self, node: Any, path: str, act: LegalAct) -> ServiceDefinition:
        self.keys(node, path, _SERVICE_KEYS)
        fee = self.obj(node.get("fee") or {"kind": "unspecified"}, path + ".fee")
        talon = None if node.get("talon") is None else self.obj(node["talon"], path + ".talon")
        form = None if node.get("form") is None else self.obj(node["form"], path + ".form")
        tz = act.timezone
        hours_nodes = [n for n in (node.get("service_hours"), node.get("intake_hours")) if n is not None]
        hours_nodes += self.seq(node.get("hours_alternatives"), path + ".hours_alternatives")
        hours_nodes = [self.obj(n, path + ".hours") for n in hours_nodes]
        for key in ("number",):
            if not isinstance(node.get(key), str | int) or isinstance(node.get(key), bool):
                self.fail(f"{path}.{key}", f"expected a string or an integer, got {_json_type(node.get(key))}")
                raise _FieldError
        office_ids = self.seq(node.get("office_ids"), path + ".office_ids")
        complaint_ids = self.seq(node.get("complaint_office_ids"), path + ".complaint_office_ids")
        for key, ids in (("office_ids", office_ids), ("complaint_office_ids", complaint_ids)):
            if not all(isinstance(i, str) for i in ids):
                self.fail(f"{path}.{key}", "office ids are strings")
                raise _FieldError
        if fee.get("amount") is not None and (
            isinstance(fee["amount"], bool) or not isinstance(fee["amount"], int | float | str)
        ):
            self.fail(path + ".fee.amount", f"expected a number, got {_json_type(fee['amount'])}")
            raise _FieldError
        return ServiceDefinition(
            id=self.string(node, "id", path),
            kind=self.enum(ServiceKind, node.get("kind"), path + ".kind"),
            act_id=act.id,
            number=str(node["number"]),
            title=self.text(node["title"], path + ".title"),
            source=self.source(node.get("source"), path + ".source"),
            definition=None
            if node.get("definition") is None
            else self.statement(node["definition"], path + ".definition"),
            terms=self.items(node.get("terms"), path + ".terms", self.term),
            legal_basis=self.items(node.get("legal_basis"), path + ".legal_basis", self.statement),
            provider=None if node.get("provider") is None else self.statement(node["provider"], path + ".provider"),
            form=None if form is None else self.enum(AutomationForm, form.get("value"), path + ".form"),
            form_source=None if form is None else self.opt_source(form.get("source"), path + ".form.source"),
            results=self.items(node.get("results"), path + ".results", self.statement),
            consumers=self.items(node.get("consumers"), path + ".consumers", self.statement),
            queue_limits=self.items(node.get("queue_limits"), path + ".queue_limits", self.queue_limit),
            queue_rules=None
            if node.get("queue_rules") is None
            else self.queue_rules(node["queue_rules"], path + ".queue_rules"),
            premises=None if node.get("premises") is None else self.premises(node["premises"], path + ".premises"),
            published_at=self.items(node.get("published_at"), path + ".published_at", self.publication_place),
            fee=Fee(
                self.enum(FeeKind, fee.get("kind"), path + ".fee.kind"),
                self.opt_source(fee.get("source"), path + ".fee.source"),
                None if fee.get("amount") is None else decimal.Decimal(str(fee["amount"])),
                self.opt_string(fee, "currency", path + ".fee") or "KZT",
            ),
            service_hours=self.hours(node.get("service_hours"), path + ".service_hours", tz),
            intake_hours=self.hours(node.get("intake_hours"), path + ".intake_hours", tz),
            hours_sources=tuple(
                s
                for i, n in enumerate(hours_nodes)
                if (s := self.opt_source(n.get("source"), f"{path}.hours[{i}].source")) is not None
            ),
            hours_alternatives=tuple(
                h
                for i, n in enumerate(self.seq(node.get("hours_alternatives"), path + ".hours_alternatives"))
                if (h := self.hours(n, f"{path}.hours_alternatives[{i}]", tz)) is not None
            ),
            channels=tuple(
                self.enum(Channel, c, path + ".channels")
                for c in self.seq(node.get("channels", ["provider"]), path + ".channels")
            ),
            documents=self.items(node.get("documents"), path + ".documents", self.document),
            talon=None if talon is None else self.talon(talon, path + ".talon"),
            provider_talon=None
            if talon is None or talon.get("provider_talon") is None
            else self.talon(self.obj(talon["provider_talon"], path + ".talon"), path + ".talon.provider_talon"),
            refusal_grounds=self.items(node.get("refusal_grounds"), path + ".refusal_grounds", self.statement),
            no_refusal_grounds=None
            if node.get("no_refusal_grounds") is None
            else self.statement(node["no_refusal_grounds"], path + ".no_refusal_grounds"),
            priority=self.items(node.get("priority"), path + ".priority", self.statement),
            result_delivery=self.items(node.get("result_delivery"), path + ".result_delivery", self.statement),
            complaint=self.items(node.get("complaint"), path + ".complaint", self.statement),
            complaint_receipt=None
            if node.get("complaint_receipt") is None
            else self.talon(node["complaint_receipt"], path + ".complaint_receipt"),
            quality_indicators=self.items(
                node.get("quality_indicators"), path + ".quality_indicators", self.quality_indicator
            ),
            office_ids=tuple(office_ids),
            complaint_office_ids=tuple(complaint_ids),
            office_roles=self.office_roles(node.get("office_roles"), path + ".office_roles"),
            steps=self.items(node.get("steps"), path + ".steps", self.step),
            implements=None
            if node.get("implements") is None
            else self.statement(node["implements"], path + ".implements"),
            other_providers=self.items(node.get("provider_also"), path + ".provider_also", self.statement),
            document_notes=self.items(node.get("document_notes"), path + ".document_notes", self.statement),
            forms=self.items(node.get("forms"), path + ".forms", self.form),
            supplied_documents=self.items(node.get("supplied_documents"), path + ".supplied_documents", self.supplied),
            termination_grounds=self.items(
                node.get("termination_grounds"), path + ".termination_grounds", self.statement
            ),
            field_sources=self.field_sources(node, path, ("ru_source",)),
            data_issues=self.issues(node.get("data_issues"), path + ".data_issues"),
        )

    def office_roles(self, node: Any, path: str) -> tuple[OfficeLink, ...]:
        """``[{role, offices: [ids], source}]``: the offices one point of the act names in one role."""

        def group(item: Any, sub: str) -> tuple[OfficeLink, ...]:
            self.keys(item, sub, _words("role offices source ru_source"))
            role = self.enum(OfficeRole, item.get("role"), sub + ".role")
            ids = item.get("offices")
            if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
                self.fail(sub + ".offices", "expected a non-empty list of office ids")
                raise _FieldError
            source = self.source(item.get("source"), sub + ".source")
            return tuple(OfficeLink(i, role, source) for i in ids)

        return tuple(link for links in self.items(node, path, group) for link in links)

    def talon(self, node: Any, path: str) -> TalonSpec:
        self.keys(node, path, _words("kind fields source ru_source refusal_receipt provider_talon"))
        refusal = node.get("refusal_receipt")
        if refusal is not None:
            self.keys(refusal, path + ".refusal_receipt", _words("fields source ru_source"))
            self.seq(refusal.get("fields"), path + ".refusal_receipt.fields")
        return TalonSpec(
            self.enum(TalonKind, node.get("kind"), path + ".kind"),
            tuple(self.enum(TalonField, f, path + ".fields") for f in self.seq(node.get("fields"), path + ".fields")),
            self.opt_source(node.get("source"), path + ".source"),
            None
            if refusal is None
            else tuple(
                self.enum(TalonField, f, path + ".refusal_receipt.fields")
                for f in self.seq(refusal.get("fields"), path + ".refusal_receipt.fields")
            ),
            None if refusal is None else self.opt_source(refusal.get("source"), path + ".refusal_receipt.source"),
            self.opt_source(node.get("ru_source"), path + ".ru_source"),
            None if refusal is None else self.opt_source(refusal.get("ru_source"), path + ".refusal_receipt.ru_source"),
        )

    def form(self, node: Any, path: str) -> ApplicationForm:
        self.keys(node, path, _words("annex kind title source ru_source"))
        return ApplicationForm(
            str(node["annex"]),
            self.string(node, "kind", path),
            self.text(node["title"], path + ".title"),
            self.source(node.get("source"), path + ".source"),
            self.opt_source(node.get("ru_source"), path + ".ru_source"),
        )

    def queue_rules(self, node: Any, path: str) -> QueueRules:
        """``{pre_registration, expedited, source}``: booking ahead and expedited service, as the act rules."""
        self.keys(node, path, _words("pre_registration expedited source"))
        flags = [node.get(k) for k in ("pre_registration", "expedited")]
        if not all(isinstance(f, bool) for f in flags):
            self.fail(path, "pre_registration and expedited must be true or false")
            raise _FieldError
        return QueueRules(bool(flags[0]), bool(flags[1]), self.source(node.get("source"), path + ".source"))

    def premises(self, node: Any, path: str) -> Premises:
        """``{text, source, has_waiting_area?, has_seats?, disabled_access?, information_stand?}`` (flags: true or
        absent/null, only where the act says it)."""
        flags = ("has_waiting_area", "has_seats", "disabled_access", "information_stand")
        self.keys(node, path, frozenset({"text", "source", *flags}))
        bad = [k for k in flags if node.get(k) is not None and not isinstance(node[k], bool)]
        if bad:
            self.fail(path, f"{', '.join(bad)} must be true, false or null")
            raise _FieldError
        values = {k: node.get(k) for k in flags}
        return Premises(
            self.text(node.get("text"), path + ".text"), self.source(node.get("source"), path + ".source"), **values
        )

    def publication_place(self, node: Any, path: str) -> PublicationPlace:
        """``{place, source, website?}``: one place where the standard is made public."""
        self.keys(node, path, _words("place source website"))
        return PublicationPlace(
            self.text(node.get("place"), path + ".place"),
            self.source(node.get("source"), path + ".source"),
            self.opt_string(node, "website", path),
        )

    def queue_limit(self, node: Any, path: str) -> QueueLimit:
        self.keys(node, path, _words("stage minutes qualifier source ru_source applies_to"))
        minutes = node.get("minutes")
        if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < 0:
            self.fail(path, f"minutes must be a non-negative int, got {minutes!r}")
            raise _FieldError
        return QueueLimit(
            self.enum(QueueStage, node.get("stage"), path + ".stage"),
            minutes,
            self.enum(QueueQualifier, node.get("qualifier", "at_most"), path + ".qualifier"),
            self.source(node.get("source"), path + ".source"),
            self.opt_text(node.get("applies_to"), path + ".applies_to"),
        )

    def quality_indicator(self, node: Any, path: str) -> QualityIndicator:
        def opt_str(v: Any) -> str | None:
            if v is not None and (isinstance(v, bool) or not isinstance(v, str | int | float)):
                self.fail(path, f"expected a string or a number, got {_json_type(v)}")
                raise _FieldError
            return None if v is None else str(v)

        self.keys(node, path, _QI_KEYS)

        def value(key: str) -> QualityValue | None:
            v = opt_str(node.get(key))
            return None if v is None else QualityValue.parse(v, node.get("unit"))

        return QualityIndicator(
            self.text(node["name"], path + ".name"),
            self.source(node.get("source"), path + ".source"),
            opt_str(node.get("normative")),
            opt_str(node.get("target_next_year")),
            self.opt_string(node, "unit", path),
            opt_str(node.get("code")),
            self.opt_text(node.get("group"), path + ".group"),
            self.opt_source(node.get("normative_source"), path + ".normative_source"),
            opt_str(node.get("current")),
            self.opt_source(node.get("values_source"), path + ".values_source"),
            value("normative"),
            value("target_next_year"),
            value("current"),
        )


def _json_type(value: Any) -> str:
    """The JSON name of ``value``'s type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    return {str: "a string", int: "a number", float: "a number", list: "a list", dict: "an object"}.get(
        type(value), type(value).__name__
    )


def _short_json(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:60] + "..."


def _merge_issues(manual: list[DataIssue], automatic: list[tuple[str, DataIssue]]) -> tuple[DataIssue, ...]:
    """The recorded issues, then each automatic one whose raw value no recorded issue already mentions."""
    out = list(manual)
    for raw, issue in automatic:
        if not any(raw.strip() and raw.strip() in m.message for m in manual):
            out.append(issue)
    return tuple(out)


@frozen
class Dataset:
    """Everything loaded from the acts' data files."""

    acts: tuple[LegalAct, ...]
    services: tuple[ServiceDefinition, ...]
    offices: tuple[Office, ...]


def _read_json(path: Any, reader: _Reader) -> Any:
    reader.file = path.name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
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


def _iter_files(folder: Any) -> Iterator[Any]:
    return iter(sorted((p for p in folder.iterdir() if p.name.endswith(".json")), key=lambda p: p.name))


def _load_folder(folder: Any, problems: list[str]) -> tuple[LegalAct | None, list[ServiceDefinition], list[Office]]:
    reader = _Reader(folder.name)
    files = {p.name: p for p in _iter_files(folder)}
    act: LegalAct | None = None
    services: list[ServiceDefinition] = []
    offices: list[Office] = []
    if "act.json" not in files:
        problems.append(f"{folder.name}: no act.json")
        return None, [], []
    data = _read_json(files["act.json"], reader)
    if data is not None:
        act = reader.guard(".act", lambda: reader.act(data["act"]))
    if act is None:
        problems.extend(reader.problems)
        return None, [], []
    if act.id != folder.name:
        reader.fail(".act.id", f"act id {act.id!r} differs from its folder name {folder.name!r}")
    links: dict[str, dict[str, list[str]]] = {}
    overlay: Any = None
    role_links: dict[str, tuple[OfficeLink, ...]] = {}
    for name, path in files.items():
        if name == "act.json":
            continue
        if name == TRANSLATIONS_FILE:
            overlay = _read_json(path, reader)
            if overlay is not None and overlay.get("act") != act.id:
                reader.fail(".act", f"file names act {overlay.get('act')!r}, expected {act.id!r}")
            continue
        data = _read_json(path, reader)
        if data is None:
            continue
        if data.get("act") != act.id:
            reader.fail(".act", f"file names act {data.get('act')!r}, expected {act.id!r}")
        items = data.get("items")
        if name == "offices.json":
            offices.extend(reader.items(items, ".items", lambda n, p: reader.office(n, p, act)))
        elif name.startswith("services"):
            services.extend(reader.items(items, ".items", lambda n, p: reader.service(n, p, act)))
        elif name == "office_links.json":
            if isinstance(items, dict):
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
                        role_links[str(sid)] = reader.office_roles(
                            value["office_roles"], f".items[{sid!r}].office_roles"
                        )
                    value = {k: v for k, v in value.items() if k != "office_roles"}
                    if not all(isinstance(v, list) and all(isinstance(i, str) for i in v) for v in value.values()):
                        reader.fail(f".items[{sid!r}]", "office ids are lists of strings")
                        continue
                    links[str(sid)] = {k: list(v) for k, v in value.items()}
            else:
                reader.fail(".items", "office links are an object {service id: [office ids]}")
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
    if overlay is not None:
        office_by_id = {o.id: o for o in offices}
        apply_overlay(overlay, by_id, office_by_id, problems, f"{folder.name}/{TRANSLATIONS_FILE}")
        texted = apply_issue_texts(overlay, act, by_id, office_by_id, problems, f"{folder.name}/{TRANSLATIONS_FILE}")
        offices = [office_by_id[o.id] for o in offices]
    return texted, [_with_role_ids(by_id[s.id]) for s in services], offices


def _with_role_ids(svc: ServiceDefinition) -> ServiceDefinition:
    """Merge the role links into ``office_ids``/``complaint_office_ids`` and give every listed id a link."""
    out: dict[OfficeRole, list[str]] = {
        OfficeRole.SERVING: [*svc.office_ids],
        OfficeRole.COMPLAINTS: [*svc.complaint_office_ids],
    }
    for link in svc.office_roles:
        if link.role in out:
            out[link.role].append(link.office_id)
    linked = {(link.office_id, link.role) for link in svc.office_roles}
    unsourced = tuple(
        OfficeLink(i, role, None) for role, ids in out.items() for i in dict.fromkeys(ids) if (i, role) not in linked
    )
    return attrs.evolve(
        svc,
        office_ids=tuple(dict.fromkeys(out[OfficeRole.SERVING])),
        complaint_office_ids=tuple(dict.fromkeys(out[OfficeRole.COMPLAINTS])),
        office_roles=(*svc.office_roles, *unsourced),
    )


def _validate(acts: list[LegalAct], services: list[ServiceDefinition], offices: list[Office]) -> list[str]:
    problems: list[str] = []

    def unique(kind: str, ids: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        for i in ids:
            if not _ID.match(i):
                problems.append(f"{kind} id {i!r} is not lower-case ASCII words joined by '-' or '/'")
            if i in seen:
                problems.append(f"{kind} id {i!r} is defined more than once")
            seen.add(i)
        return seen

    unique("act", (a.id for a in acts))
    office_ids = unique("office", (o.id for o in offices))
    unique("service", (s.id for s in services))
    for s in services:
        if not s.id.startswith(s.act_id + "/"):
            problems.append(f"service {s.id!r}: its id must start with its act id {s.act_id!r}/")
        for oid in dict.fromkeys((*s.office_ids, *s.complaint_office_ids, *(k.office_id for k in s.office_roles))):
            if oid not in office_ids:
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
    for o in offices:
        if o.parent_id is not None and o.parent_id not in office_ids:
            problems.append(f"office {o.id!r}: parent {o.parent_id!r} is not in the registry")
    return problems


def load_folders(folders: Iterable[Any]) -> Dataset:
    """Load act folders (``pathlib.Path`` or ``importlib.resources`` traversables) and validate them together.

    Raises :class:`~kzsocial.errors.DataValidationError` listing every problem found.
    """
    problems: list[str] = []
    acts: list[LegalAct] = []
    services: list[ServiceDefinition] = []
    offices: list[Office] = []
    for folder in folders:
        try:
            act, svcs, offs = _load_folder(folder, problems)
        except Exception as exc:  # a folder that cannot be read at all is one more listed problem
            problems.append(f"{getattr(folder, 'name', folder)}: cannot be read ({type(exc).__name__}: {exc})")
            continue
        if act is not None:
            acts.append(act)
        services.extend(svcs)
        offices.extend(offs)
    problems.extend(_validate(acts, services, offices))
    if problems:
        raise DataValidationError("the acts' data files", problems)
    # Act order is the order of the seeds (000 Karaganda ... 004 North Kazakhstan); records keep their act's.
    rank = {a.id: (a.source_file, a.id) for a in sorted(acts, key=lambda a: (a.source_file, a.id))}
    return Dataset(
        tuple(sorted(acts, key=lambda a: rank[a.id])),
        tuple(sorted(services, key=lambda s: rank[s.act_id])),
        tuple(sorted(offices, key=lambda o: rank[o.act_id])),
    )


def packaged_folders() -> list[Any]:
    root = resources.files("kzsocial") / "data" / "acts"
    return sorted((p for p in root.iterdir() if p.is_dir() and (p / "act.json").is_file()), key=lambda p: p.name)


@once
def dataset() -> Dataset:
    """The packaged data, loaded once on first use."""
    return load_folders(packaged_folders())
