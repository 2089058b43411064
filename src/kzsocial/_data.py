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

from kzsocial._translations import FILE_NAME as TRANSLATIONS_FILE
from kzsocial._translations import apply_overlay
from kzsocial.calendar import OfficeHours, StagedTerm, Term, TermStage
from kzsocial.errors import DataValidationError, KzSocialError
from kzsocial.provenance import DataIssue, FieldSource, LocalizedText, Severity, Source, SourcedText
from kzsocial.registry._contacts import Phone, PhoneKind, check_email, check_website, normalize_phone
from kzsocial.registry._office import Office, OfficeKind, ReceptionSchedule, ServiceWindow
from kzsocial.services._act import (
    Amendment,
    EntryIntoForce,
    LegalAct,
    ListedService,
    Registration,
    Repeal,
    Signatory,
)
from kzsocial.services._definition import (
    ApplicationForm,
    AutomationForm,
    ConditionalDuration,
    Fee,
    FeeKind,
    ProcessStep,
    QualityIndicator,
    QueueLimit,
    QueueQualifier,
    QueueStage,
    ServiceDefinition,
    ServiceKind,
    ServiceTerm,
    Statement,
    StepActor,
    StepDuration,
    TalonField,
    TalonKind,
    TalonSpec,
    TermRole,
    TermStart,
)
from kzsocial.services._documents import Channel, Condition, DocumentForm, DocumentHandling, DocumentRequirement

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
    "address_source ru_source ru_name_source subunit windows data_issues"
)
_SERVICE_KEYS = _words(
    "id kind number title source legal_basis provider form results consumers terms queue_limits fee "
    "service_hours intake_hours hours_alternatives channels documents document_notes talon refusal_grounds "
    "result_delivery complaint quality_indicators office_ids complaint_office_ids steps implements data_issues "
    "provider_also termination_grounds ru_source definition forms no_refusal_grounds priority"
)
_TERM_KEYS = _words(
    "role value unit stages starts_from starts_from_text actor source channel condition ru_source description "
    "declared_total"
)
_DOCUMENT_KEYS = _words("id name form handling condition alternatives channels required source ru_source variant")
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
        try:
            return fn()
        except _FieldError:
            return None
        except (KzSocialError, KeyError, TypeError, ValueError, decimal.InvalidOperation) as exc:
            detail = f"missing key {exc}" if isinstance(exc, KeyError) else str(exc)
            self.fail(path, detail)
            return None

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
        line, text = node.get("line"), node.get("text")
        if not isinstance(line, int) or isinstance(line, bool) or not isinstance(text, str):
            self.fail(path, "a source needs an int 'line' and a str 'text'")
            raise _FieldError
        return Source(file, line, text, node.get("end_line"))

    def opt_source(self, node: Any, path: str) -> Source | None:
        return None if node is None else self.source(node, path)

    def enum(self, cls: type[T], value: Any, path: str) -> T:
        try:
            return cls(value)  # type: ignore[call-arg]
        except ValueError:
            accepted = ", ".join(str(m.value) for m in cls)  # type: ignore[attr-defined]
            self.fail(path, f"{value!r} is not a {cls.__name__}; accepted: {accepted}")
            raise _FieldError from None

    def date(self, value: Any, path: str) -> dt.date:
        try:
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
        return Statement(
            self.text(node["text"], path + ".text"),
            self.source(node.get("source"), path + ".source"),
            node.get("missing_documents"),
            self.opt_source(node.get("ru_source"), path + ".ru_source"),
        )

    def issue(self, node: Any, path: str) -> DataIssue:
        self.keys(node, path, _ISSUE_KEYS)
        related = [node[k] for k in ("other_source", "ru_source") if node.get(k) is not None]
        related += [*(node.get("related_sources") or []), *(node.get("also") or [])]
        return DataIssue(
            node["code"],
            node["message"],
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
        for i, spec in enumerate(node["days"]):
            for weekday in spec["weekdays"]:
                if weekday in days:
                    self.fail(f"{path}.days[{i}]", f"weekday {weekday} is given twice")
                days[weekday] = [(iv[0], iv[1]) for iv in spec["intervals"]]
        exceptions = {
            self.date(e["date"], f"{path}.exceptions"): [(iv[0], iv[1]) for iv in e.get("intervals", [])]
            for e in node.get("exceptions", [])
        }
        return OfficeHours.from_days(days, tz=tz, exceptions=exceptions)

    # -- records --------------------------------------------------------------------------------------------
    def act(self, node: Any) -> LegalAct:
        self.source_file = node["source_file"]
        self.keys(node, ".act", _ACT_KEYS)
        reg = node.get("registration")
        rep = node.get("repeal")
        signed = node.get("signed_by")
        force = node.get("entry_into_force")
        return LegalAct(
            id=node["id"],
            source_file=node["source_file"],
            region=node["region"],
            timezone=node["timezone"],
            issuer=self.text(node["issuer"], ".issuer"),
            kind=node["kind"],
            number=node["number"],
            date=self.date(node["date"], ".date"),
            title=self.text(node["title"], ".title"),
            source=self.source(node.get("source"), ".source"),
            registration=None
            if reg is None
            else Registration(
                reg["number"],
                self.date(reg["date"], ".registration.date"),
                self.text(reg["body"], ".registration.body"),
                self.source(reg.get("source"), ".registration.source"),
            ),
            repeal=None
            if rep is None
            else Repeal(
                rep.get("number"),
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
            self.text(node["title"], path + ".title"),
            self.source(node.get("source"), path + ".source"),
            node.get("service_id"),
            self.opt_text(node.get("section"), path + ".section"),
            self.opt_text(node.get("consumers"), path + ".consumers"),
            self.opt_text(node.get("provider"), path + ".provider"),
            self.field_sources(node, path, ("provider_source", "point_2_source")),
        )

    def amendment(self, node: Any, path: str) -> Amendment:
        return Amendment(
            node["number"],
            self.date(node["date"], path + ".date"),
            self.text(node["description"], path + ".description"),
            self.source(node.get("source"), path + ".source"),
        )

    def office(self, node: Any, path: str, act: LegalAct) -> Office:
        self.keys(node, path, _OFFICE_KEYS)
        area = node.get("area_code")
        manual = list(self.issues(node.get("data_issues"), path + ".data_issues"))
        automatic: list[tuple[str, DataIssue]] = []
        phones: list[Phone] = []
        faxes: list[Phone] = []
        for i, p in enumerate(node.get("phones", [])):
            src = self.source(p.get("source"), f"{path}.phones[{i}].source")
            kind = self.enum(PhoneKind, p.get("kind", "phone"), f"{path}.phones[{i}].kind")
            phone = normalize_phone(p["raw"], area, kind=kind, source=src)
            (faxes if kind is PhoneKind.FAX else phones).append(phone)
            if phone.e164 is None:
                automatic.append(
                    (p["raw"], DataIssue("wrong-contact", f"{kind.value} {p['raw']!r}: {phone.derivation}", source=src))
                )
        emails = []
        for i, e in enumerate(node.get("emails", [])):
            email = check_email(e["raw"], source=self.source(e.get("source"), f"{path}.emails[{i}].source"))
            emails.append(email)
            if not email.valid:
                automatic.append(
                    (e["raw"], DataIssue("wrong-contact", f"email {e['raw']!r}: {email.reason}", source=email.source))
                )
        sites = []
        for i, w in enumerate(node.get("websites", [])):
            site = check_website(w["raw"], source=self.source(w.get("source"), f"{path}.websites[{i}].source"))
            sites.append(site)
            if not site.valid:
                automatic.append(
                    (w["raw"], DataIssue("wrong-contact", f"website {w['raw']!r}: {site.reason}", source=site.source))
                )
        postcode = node.get("postcode")
        if postcode is not None and not re.fullmatch(r"\d{6}", postcode):
            message = f"postcode {postcode!r} is not six digits as Kazakhstan postcodes are; kept as printed"
            automatic.append(
                (
                    postcode,
                    DataIssue("wrong-contact", message, source=self.opt_source(node.get("source"), path + ".source")),
                )
            )
        tz = node.get("timezone", act.timezone)
        issues = _merge_issues(manual, automatic)
        return Office(
            id=node["id"],
            kind=self.enum(OfficeKind, node["kind"], path + ".kind"),
            name=self.text(node["name"], path + ".name"),
            region=node.get("region", act.region),
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
                for i, n in enumerate(node.get("hours_alternatives") or [])
                if (h := self.hours(n, f"{path}.hours_alternatives[{i}]", tz)) is not None
            ),
            parent_id=node.get("parent_id"),
            also_printed=self.items(node.get("also_printed"), path + ".also_printed", self.source),
            address_alternatives=self.items(
                node.get("address_alternatives"),
                path + ".address_alternatives",
                lambda n, p: SourcedText(self.text(n, p), self.source(n.get("source"), p + ".source")),
            ),
            subunit=self.opt_text(node.get("subunit"), path + ".subunit"),
            windows=self.items(node.get("windows"), path + ".windows", self.window),
            field_sources=self.field_sources(node, path, ("address_source", "ru_source", "ru_name_source")),
            data_issues=tuple(issues),
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
        return ReceptionSchedule(
            self.text(node.get("who") or {"kk": "басшы"}, path + ".who"),
            node.get("rrule") or node.get("day_rrule"),
            None if node.get("start") is None else parse_time(node["start"]),
            None if node.get("end") is None else parse_time(node["end"]),
            self.text(node["text"], path + ".text"),
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
            for i, st in enumerate(node["stages"]):
                actor = self.opt_text(st.get("actor"), f"{path}.stages[{i}].actor")
                stages.append(TermStage(Term(st["value"], st["unit"]), actor.kk if actor else None))
                srcs.append(self.source(st.get("source", node.get("source")), f"{path}.stages[{i}].source"))
            term = StagedTerm(stages)
            stage_sources = tuple(srcs)
        else:
            if node.get("unit") is None:
                self.fail(path, "a term needs a unit (use days_unqualified with a missing-unit issue)")
                raise _FieldError
            term = Term(node["value"], node["unit"])
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
            else self.source(node["declared_total"].get("source"), path + ".declared_total.source"),
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
        return Term(total["value"], total["unit"])

    def condition(self, node: Any, path: str) -> Condition | None:
        """A condition: ``{applies_to, not_for, text}``, or just a localized text describing the case."""
        if node is None:
            return None
        if isinstance(node, dict) and ("applies_to" in node or "not_for" in node):
            self.keys(node, path, frozenset({"applies_to", "not_for", "text"}))
            return Condition(
                node.get("applies_to", ()), node.get("not_for", ()), self.opt_text(node.get("text"), path + ".text")
            )
        return Condition(frozenset(), frozenset(), self.text(node, path))

    def document(self, node: Any, path: str) -> DocumentRequirement:
        self.keys(node, path, _DOCUMENT_KEYS)
        channels = node.get("channels")
        return DocumentRequirement(
            id=node["id"],
            name=self.text(node["name"], path + ".name"),
            source=self.source(node.get("source"), path + ".source"),
            form=self.enum(DocumentForm, node.get("form", "unspecified"), path + ".form"),
            handling=self.enum(DocumentHandling, node.get("handling", "unspecified"), path + ".handling"),
            condition=self.condition(node.get("condition"), path + ".condition"),
            alternatives=self.items(node.get("alternatives"), path + ".alternatives", self.document),
            channels=None
            if channels is None
            else frozenset(self.enum(Channel, c, path + ".channels") for c in channels),
            required=bool(node.get("required", True)),
            variant=node.get("variant"),
        )

    def step(self, node: Any, path: str) -> ProcessStep:
        self.keys(node, path, _STEP_KEYS)
        mx = node.get("max")
        return ProcessStep(
            channel=self.enum(Channel, node["channel"], path + ".channel"),
            order=node["order"],
            actor=self.enum(StepActor, node["actor"], path + ".actor"),
            action=self.text(node["action"], path + ".action"),
            source=self.source(node.get("source"), path + ".source"),
            max=None
            if mx is None
            else StepDuration(Term(mx["value"], mx["unit"]), node.get("max_raw"), node.get("max_raw_ru")),
            ru_source=self.opt_source(node.get("ru_source"), path + ".ru_source"),
            parallel_with=node.get("parallel_with"),
            item=node.get("item"),
            variant=node.get("variant"),
            max_alternatives=self.items(node.get("max_alternatives"), path + ".max_alternatives", self.alt_duration),
        )

    def alt_duration(self, node: Any, path: str) -> ConditionalDuration:
        self.keys(node, path, frozenset({"condition", "max", "max_raw", "max_raw_ru", "source"}))
        mx = node["max"]
        return ConditionalDuration(
            self.text(node["condition"], path + ".condition"),
            StepDuration(Term(mx["value"], mx["unit"]), node.get("max_raw"), node.get("max_raw_ru")),
        )

    def service(self, node: Any, path: str, act: LegalAct) -> ServiceDefinition:
        self.keys(node, path, _SERVICE_KEYS)
        fee = node.get("fee") or {"kind": "unspecified"}
        talon = node.get("talon")
        form = node.get("form")
        tz = act.timezone
        hours_nodes = [n for n in (node.get("service_hours"), node.get("intake_hours")) if n is not None]
        hours_nodes += node.get("hours_alternatives") or []
        return ServiceDefinition(
            id=node["id"],
            kind=self.enum(ServiceKind, node["kind"], path + ".kind"),
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
            form=None if form is None else self.enum(AutomationForm, form["value"], path + ".form"),
            form_source=None if form is None else self.opt_source(form.get("source"), path + ".form.source"),
            results=self.items(node.get("results"), path + ".results", self.statement),
            consumers=self.items(node.get("consumers"), path + ".consumers", self.statement),
            queue_limits=self.items(node.get("queue_limits"), path + ".queue_limits", self.queue_limit),
            fee=Fee(
                self.enum(FeeKind, fee["kind"], path + ".fee.kind"),
                self.opt_source(fee.get("source"), path + ".fee.source"),
                None if fee.get("amount") is None else decimal.Decimal(str(fee["amount"])),
                fee.get("currency", "KZT"),
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
                for i, n in enumerate(node.get("hours_alternatives") or [])
                if (h := self.hours(n, f"{path}.hours_alternatives[{i}]", tz)) is not None
            ),
            channels=tuple(self.enum(Channel, c, path + ".channels") for c in node.get("channels", ["provider"])),
            documents=self.items(node.get("documents"), path + ".documents", self.document),
            talon=None if talon is None else self.talon(talon, path + ".talon"),
            provider_talon=None
            if talon is None or talon.get("provider_talon") is None
            else self.talon(talon["provider_talon"], path + ".talon.provider_talon"),
            refusal_grounds=self.items(node.get("refusal_grounds"), path + ".refusal_grounds", self.statement),
            no_refusal_grounds=None
            if node.get("no_refusal_grounds") is None
            else self.statement(node["no_refusal_grounds"], path + ".no_refusal_grounds"),
            priority=self.items(node.get("priority"), path + ".priority", self.statement),
            result_delivery=self.items(node.get("result_delivery"), path + ".result_delivery", self.statement),
            complaint=self.items(node.get("complaint"), path + ".complaint", self.statement),
            quality_indicators=self.items(
                node.get("quality_indicators"), path + ".quality_indicators", self.quality_indicator
            ),
            office_ids=tuple(node.get("office_ids", [])),
            complaint_office_ids=tuple(node.get("complaint_office_ids", [])),
            steps=self.items(node.get("steps"), path + ".steps", self.step),
            implements=None
            if node.get("implements") is None
            else self.statement(node["implements"], path + ".implements"),
            other_providers=self.items(node.get("provider_also"), path + ".provider_also", self.statement),
            document_notes=self.items(node.get("document_notes"), path + ".document_notes", self.statement),
            forms=self.items(node.get("forms"), path + ".forms", self.form),
            termination_grounds=self.items(
                node.get("termination_grounds"), path + ".termination_grounds", self.statement
            ),
            field_sources=self.field_sources(node, path, ("ru_source",)),
            data_issues=self.issues(node.get("data_issues"), path + ".data_issues"),
        )

    def talon(self, node: Any, path: str) -> TalonSpec:
        self.keys(node, path, _words("kind fields source ru_source refusal_receipt provider_talon"))
        refusal = node.get("refusal_receipt")
        if refusal is not None:
            self.keys(refusal, path + ".refusal_receipt", _words("fields source ru_source"))
        return TalonSpec(
            self.enum(TalonKind, node["kind"], path + ".kind"),
            tuple(self.enum(TalonField, f, path + ".fields") for f in node.get("fields", [])),
            self.opt_source(node.get("source"), path + ".source"),
            None
            if refusal is None
            else tuple(self.enum(TalonField, f, path + ".refusal_receipt.fields") for f in refusal["fields"]),
            None if refusal is None else self.opt_source(refusal.get("source"), path + ".refusal_receipt.source"),
            self.opt_source(node.get("ru_source"), path + ".ru_source"),
            None if refusal is None else self.opt_source(refusal.get("ru_source"), path + ".refusal_receipt.ru_source"),
        )

    def form(self, node: Any, path: str) -> ApplicationForm:
        self.keys(node, path, _words("annex kind title source ru_source"))
        return ApplicationForm(
            str(node["annex"]),
            node["kind"],
            self.text(node["title"], path + ".title"),
            self.source(node.get("source"), path + ".source"),
            self.opt_source(node.get("ru_source"), path + ".ru_source"),
        )

    def queue_limit(self, node: Any, path: str) -> QueueLimit:
        self.keys(node, path, _words("stage minutes qualifier source ru_source applies_to"))
        minutes = node["minutes"]
        if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < 0:
            self.fail(path, f"minutes must be a non-negative int, got {minutes!r}")
            raise _FieldError
        return QueueLimit(
            self.enum(QueueStage, node["stage"], path + ".stage"),
            minutes,
            self.enum(QueueQualifier, node.get("qualifier", "at_most"), path + ".qualifier"),
            self.source(node.get("source"), path + ".source"),
            self.opt_text(node.get("applies_to"), path + ".applies_to"),
        )

    def quality_indicator(self, node: Any, path: str) -> QualityIndicator:
        def opt_str(v: Any) -> str | None:
            return None if v is None else str(v)

        self.keys(node, path, _QI_KEYS)
        return QualityIndicator(
            self.text(node["name"], path + ".name"),
            self.source(node.get("source"), path + ".source"),
            opt_str(node.get("normative")),
            opt_str(node.get("target_next_year")),
            node.get("unit"),
            opt_str(node.get("code")),
            self.opt_text(node.get("group"), path + ".group"),
            self.opt_source(node.get("normative_source"), path + ".normative_source"),
            opt_str(node.get("current")),
            self.opt_source(node.get("values_source"), path + ".values_source"),
        )


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
                    if not isinstance(value, dict) or set(value) - {"serving", "complaints"}:
                        reader.fail(f".items[{sid!r}]", "expected [office ids] or {serving: [...], complaints: [...]}")
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
    for sid, roles in links.items():
        if sid not in by_id:
            reader.fail(f"[{sid!r}]", "links a service that is not defined")
            continue
        svc = by_id[sid]
        by_id[sid] = attrs.evolve(
            svc,
            office_ids=tuple(dict.fromkeys([*svc.office_ids, *roles.get("serving", [])])),
            complaint_office_ids=tuple(dict.fromkeys([*svc.complaint_office_ids, *roles.get("complaints", [])])),
        )
    problems.extend(reader.problems)
    if overlay is not None:
        office_by_id = {o.id: o for o in offices}
        apply_overlay(overlay, by_id, office_by_id, problems, f"{folder.name}/{TRANSLATIONS_FILE}")
        offices = [office_by_id[o.id] for o in offices]
    return act, [by_id[s.id] for s in services], offices


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
        for oid in (*s.office_ids, *s.complaint_office_ids):
            if oid not in office_ids:
                problems.append(f"service {s.id!r}: office {oid!r} is not in the registry")
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
        act, svcs, offs = _load_folder(folder, problems)
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


@functools.cache
def dataset() -> Dataset:
    """The packaged data, loaded once on first use."""
    return load_folders(packaged_folders())
