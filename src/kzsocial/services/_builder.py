"""Building the services from the acts' data files (``services*.json`` and ``office_links.json``).

:class:`ServiceReader` reads a service definition and every record it holds (terms, documents, steps, talons,
quality indicators...), each value checked and each problem collected (:class:`kzsocial._datafile.Reader`).
:func:`with_role_ids` merges an act's office links into its services. The folders and the dataset are put
together in :mod:`kzsocial._data`; the offices are read apart, in :mod:`kzsocial.registry._builder` (no
registry module is needed to read a service).
"""

from __future__ import annotations

import decimal
from collections.abc import Callable
from typing import Any

from kzsocial._datafile import ActHeader, FieldError, Reader, json_type, words
from kzsocial._translations import copy_record
from kzsocial.calendar import StagedTerm, Term, TermStage
from kzsocial.provenance import Source
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

__all__ = ["ServiceReader", "with_role_ids"]

_SERVICE_KEYS = words(
    "id kind number title source legal_basis provider form results consumers terms queue_limits queue_rules fee "
    "premises published_at "
    "service_hours intake_hours hours_alternatives channels documents document_notes talon refusal_grounds "
    "result_delivery complaint complaint_receipt quality_indicators "
    "office_ids complaint_office_ids office_roles steps implements "
    "data_issues "
    "provider_also termination_grounds ru_source definition forms no_refusal_grounds priority supplied_documents"
)
_TERM_KEYS = words(
    "role value unit stages starts_from starts_from_text actor source channel condition ru_source description "
    "declared_total"
)
_DOCUMENT_KEYS = words(
    "id name form handling condition alternatives channels required source ru_source variant form_annexes"
)
_STEP_KEYS = words(
    "channel order item actor action max max_raw max_raw_ru source ru_source parallel_with variant max_alternatives"
)
_QI_KEYS = words("name normative target_next_year current unit source code group normative_source values_source")
_STATEMENT_KEYS = frozenset({"text", "source", "ru_source", "missing_documents"})


class ServiceReader(Reader):
    """Reads the service records of one act folder."""

    def statement(self, node: Any, path: str) -> Statement:
        self.keys(node, path, _STATEMENT_KEYS)
        missing = node.get("missing_documents")
        if missing is not None and not isinstance(missing, bool):
            self.fail(path + ".missing_documents", f"expected true, false or null, got {json_type(missing)}")
            raise FieldError
        return Statement(
            self.text(node.get("text"), path + ".text"),
            self.source(node.get("source"), path + ".source"),
            missing,
            self.opt_source(node.get("ru_source"), path + ".ru_source"),
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
                raise FieldError
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
        self.keys(total, path + ".declared_total", words("value unit source"))
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
            self.fail(path + ".required", f"expected true or false, got {json_type(required)}")
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
        self.keys(node, path, words("supplier documents"))
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

    def service(self, node: Any, path: str, act: ActHeader) -> ServiceDefinition:
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
                self.fail(f"{path}.{key}", f"expected a string or an integer, got {json_type(node.get(key))}")
                raise FieldError
        office_ids = self.seq(node.get("office_ids"), path + ".office_ids")
        complaint_ids = self.seq(node.get("complaint_office_ids"), path + ".complaint_office_ids")
        for key, ids in (("office_ids", office_ids), ("complaint_office_ids", complaint_ids)):
            if not all(isinstance(i, str) for i in ids):
                self.fail(f"{path}.{key}", "office ids are strings")
                raise FieldError
        if fee.get("amount") is not None and (
            isinstance(fee["amount"], bool) or not isinstance(fee["amount"], int | float | str)
        ):
            self.fail(path + ".fee.amount", f"expected a number, got {json_type(fee['amount'])}")
            raise FieldError
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
            self.keys(item, sub, words("role offices source ru_source"))
            role = self.enum(OfficeRole, item.get("role"), sub + ".role")
            ids = item.get("offices")
            if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
                self.fail(sub + ".offices", "expected a non-empty list of office ids")
                raise FieldError
            source = self.source(item.get("source"), sub + ".source")
            return tuple(OfficeLink(i, role, source) for i in ids)

        return tuple(link for links in self.items(node, path, group) for link in links)

    def talon(self, node: Any, path: str) -> TalonSpec:
        self.keys(node, path, words("kind fields source ru_source refusal_receipt provider_talon"))
        refusal = node.get("refusal_receipt")
        if refusal is not None:
            self.keys(refusal, path + ".refusal_receipt", words("fields source ru_source"))
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
        self.keys(node, path, words("annex kind title source ru_source"))
        return ApplicationForm(
            str(node["annex"]),
            self.string(node, "kind", path),
            self.text(node["title"], path + ".title"),
            self.source(node.get("source"), path + ".source"),
            self.opt_source(node.get("ru_source"), path + ".ru_source"),
        )

    def queue_rules(self, node: Any, path: str) -> QueueRules:
        """``{pre_registration, expedited, source}``: booking ahead and expedited service, as the act rules."""
        self.keys(node, path, words("pre_registration expedited source"))
        flags = [node.get(k) for k in ("pre_registration", "expedited")]
        if not all(isinstance(f, bool) for f in flags):
            self.fail(path, "pre_registration and expedited must be true or false")
            raise FieldError
        return QueueRules(bool(flags[0]), bool(flags[1]), self.source(node.get("source"), path + ".source"))

    def premises(self, node: Any, path: str) -> Premises:
        """``{text, source, has_waiting_area?, has_seats?, disabled_access?, information_stand?}`` (flags: true or
        absent/null, only where the act says it)."""
        flags = ("has_waiting_area", "has_seats", "disabled_access", "information_stand")
        self.keys(node, path, frozenset({"text", "source", *flags}))
        bad = [k for k in flags if node.get(k) is not None and not isinstance(node[k], bool)]
        if bad:
            self.fail(path, f"{', '.join(bad)} must be true, false or null")
            raise FieldError
        values = {k: node.get(k) for k in flags}
        return Premises(
            self.text(node.get("text"), path + ".text"), self.source(node.get("source"), path + ".source"), **values
        )

    def publication_place(self, node: Any, path: str) -> PublicationPlace:
        """``{place, source, website?}``: one place where the standard is made public."""
        self.keys(node, path, words("place source website"))
        return PublicationPlace(
            self.text(node.get("place"), path + ".place"),
            self.source(node.get("source"), path + ".source"),
            self.opt_string(node, "website", path),
        )

    def queue_limit(self, node: Any, path: str) -> QueueLimit:
        self.keys(node, path, words("stage minutes qualifier source ru_source applies_to"))
        minutes = node.get("minutes")
        if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < 0:
            self.fail(path, f"minutes must be a non-negative int, got {minutes!r}")
            raise FieldError
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
                self.fail(path, f"expected a string or a number, got {json_type(v)}")
                raise FieldError
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


def with_role_ids(svc: ServiceDefinition) -> ServiceDefinition:
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
    # three tuples of str and OfficeLink replaced, which ServiceDefinition does not check: copied without running
    # its __init__ again (tests/model/test_trusted_constructors.py compares with attrs.evolve)
    copied: ServiceDefinition = _COPY[0](
        svc,
        {
            "office_ids": tuple(dict.fromkeys(out[OfficeRole.SERVING])),
            "complaint_office_ids": tuple(dict.fromkeys(out[OfficeRole.COMPLAINTS])),
            "office_roles": (*svc.office_roles, *unsourced),
        },
    )
    return copied


_COPY: list[Callable[[Any, dict[str, Any]], Any]] = [copy_record]
"""How :func:`with_role_ids` copies a service (tests swap in ``attrs.evolve`` to compare)."""
