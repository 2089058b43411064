"""The whole catalogue as one JSON document: the contract for integrators.

>>> import json
>>> doc = json.loads(to_json())
>>> sorted(doc), doc["format"]
(['acts', 'format', 'generator', 'offices', 'services'], 2)

Format 2 (the default) holds every act, service and office in the exact form of :mod:`kzsocial.serde`, so every
field of the model is in it and the catalogue can be rebuilt from the export alone (:func:`from_dict`). Its JSON
Schema is generated from the types (:func:`schema`, shipped as ``kzsocial/data/export.schema.json``). Format 1,
the earlier hand-made shape, stays available as ``to_dict(format=1)`` with ``schema(format=1)``.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from kzsocial._checks import brief
from kzsocial.calendar import StagedTerm, Term
from kzsocial.errors import InvalidInputError, InvalidTypeError
from kzsocial.provenance import DataIssue, LocalizedText, Source
from kzsocial.registry import Office, OfficeRegistry
from kzsocial.registry._contacts import Phone
from kzsocial.services import Catalog, LegalAct, ServiceDefinition, ServiceKind, Statement
from kzsocial.services._documents import Condition, DocumentRequirement

__all__ = ["EXPORT_FORMAT", "FORMATS", "from_dict", "generated_schema", "schema", "to_dict", "to_json"]

EXPORT_FORMAT = 2
"""The format :func:`to_dict` writes by default."""
FORMATS = (1, 2)
"""The export formats :func:`to_dict` and :func:`schema` accept: 2 (the default, :data:`EXPORT_FORMAT`: the exact serde
form, which :func:`from_dict` reads back) and 1 (the earlier hand-made shape, kept for old readers)."""

Json = dict[str, Any]


def _text(t: LocalizedText | None) -> Json | None:
    if t is None:
        return None
    # "translated": the languages whose text is kzsocial's translation, not the act's ([] for the act's own)
    return {"kk": t.kk, "ru": t.ru, "en": t.en, "translated": sorted(t.translated)}


def _src(s: Source | None, *, text: bool = True) -> Json | None:
    if s is None:
        return None
    out: Json = {"file": s.file, "line": s.line}
    if s.end_line is not None:
        out["end_line"] = s.end_line
    if text:
        out["text"] = s.text
    return out


def _issue(i: DataIssue) -> Json:
    return {
        "code": i.code,
        "severity": i.severity.value,
        "message": i.message,
        "source": _src(i.source),
        "related_sources": [_src(r) for r in i.related],
    }


def _statement(s: Statement) -> Json:
    return {"text": _text(s.text), "source": _src(s.source)}


def _act(a: LegalAct) -> Json:
    return {
        "id": a.id,
        "source_file": a.source_file,
        "region": a.region,
        "timezone": a.timezone,
        "issuer": _text(a.issuer),
        "kind": a.kind,
        "number": a.number,
        "date": a.date.isoformat(),
        "title": _text(a.title),
        "source": _src(a.source),
        "registration": None
        if a.registration is None
        else {
            "number": a.registration.number,
            "date": a.registration.date.isoformat(),
            "body": _text(a.registration.body),
            "source": _src(a.registration.source),
        },
        "repeal": None
        if a.repeal is None
        else {
            "number": a.repeal.number,
            "date": None if a.repeal.date is None else a.repeal.date.isoformat(),
            "by": _text(a.repeal.by),
            "source": _src(a.repeal.source),
        },
        "amendments": [
            {
                "number": m.number,
                "date": m.date.isoformat(),
                "description": _text(m.description),
                "source": _src(m.source),
            }
            for m in a.amendments
        ],
        "data_issues": [_issue(i) for i in a.data_issues],
    }


def _terms(svc: ServiceDefinition) -> list[Json]:
    out: list[Json] = []
    for t in svc.terms:
        base = {
            "role": t.role.value,
            "starts_from": t.starts_from.value,
            "starts_from_text": _text(t.starts_from_text),
            "channel": None if t.channel is None else t.channel.value,
            "description": _text(t.description),
            "condition": None if t.condition is None else _condition(t.condition),
        }
        if isinstance(t.term, Term):
            out.append(
                {
                    **base,
                    "value": t.term.value,
                    "unit": t.term.unit.value,
                    "actor": _text(t.actor),
                    "source": _src(t.source),
                }
            )
            continue
        staged: StagedTerm = t.term
        total = (
            None
            if t.declared_total is None
            else {
                "value": t.declared_total.value,
                "unit": t.declared_total.unit.value,
                "source": _src(t.declared_total_source),
            }
        )
        for n, stage in enumerate(staged.stages, start=1):
            src = t.stage_sources[n - 1] if n - 1 < len(t.stage_sources) else t.source
            out.append(
                {
                    **base,
                    "value": stage.term.value,
                    "unit": stage.term.unit.value,
                    "stage": n,
                    "stages": len(staged.stages),
                    "declared_total": total,
                    "actor": None if stage.actor is None else {"kk": stage.actor, "ru": None, "en": None},
                    "source": _src(src),
                }
            )
    return out


def _condition(c: Condition) -> Json:
    return {"applies_to": sorted(c.applies_to), "not_for": sorted(c.not_for), "text": _text(c.text)}


def _document(d: DocumentRequirement) -> Json:
    return {
        "id": d.id,
        "name": _text(d.name),
        "form": d.form.value,
        "handling": d.handling.value,
        "required": d.required,
        "condition": None if d.condition is None else _condition(d.condition),
        "alternatives": [_document(a) for a in d.alternatives],
        "channels": None if d.channels is None else sorted(c.value for c in d.channels),
        "variant": d.variant,
        "form_annexes": list(d.form_annexes),
        "source": _src(d.source),
    }


def _service(s: ServiceDefinition) -> Json:
    submit = s.queue_limit("submit")
    receive = s.queue_limit("receive")
    out: Json = {
        "id": s.id,
        "act_id": s.act_id,
        "kind": s.kind.value,
        "number": s.number,
        "title": _text(s.title),
        "source": _src(s.source, text=False),
        "form": None if s.form is None else s.form.value,
        "channels": [c.value for c in s.channels],
        "terms": _terms(s),
        "max_wait_minutes": {
            "submit": None if submit is None else submit.minutes,
            "receive": None if receive is None else receive.minutes,
        },
        "queue_limits": [
            {
                "stage": q.stage.value,
                "minutes": q.minutes,
                "qualifier": q.qualifier.value,
                "applies_to": _text(q.applies_to),
                "source": _src(q.source),
            }
            for q in s.queue_limits
        ],
        "fee": {
            "kind": s.fee.kind.value,
            "amount": None if s.fee.amount is None else str(s.fee.amount),
            "currency": s.fee.currency,
            "source": _src(s.fee.source),
        },
        "documents": [_document(d) for d in s.documents],
        "document_notes": [_statement(n) for n in s.document_notes],
        "supplied_documents": [
            {"supplier": _statement(g.supplier), "documents": [_document(d) for d in g.documents]}
            for g in s.supplied_documents
        ],
        "forms": [
            {"annex": f.annex, "kind": f.kind, "title": _text(f.title), "source": _src(f.source)} for f in s.forms
        ],
        "talon_kind": None if s.talon is None else s.talon.kind.value,
        "provider_talon": None
        if s.provider_talon is None
        else {"kind": s.provider_talon.kind.value, "fields": [f.value for f in s.provider_talon.fields]},
        "talon_fields": [] if s.talon is None else [f.value for f in s.talon.fields],
        "refusal_receipt_fields": None
        if s.talon is None or s.talon.refusal_fields is None
        else [f.value for f in s.talon.refusal_fields],
        "refusal_grounds": [_statement(g) for g in s.refusal_grounds],
        "no_refusal_grounds": None if s.no_refusal_grounds is None else _statement(s.no_refusal_grounds),
        "priority": [_statement(p) for p in s.priority],
        "results": [_statement(r) for r in s.results],
        "result_delivery": [_statement(r) for r in s.result_delivery],
        "complaint": [_statement(c) for c in s.complaint],
        "quality_indicators": [
            {
                "name": _text(q.name),
                "normative": q.normative,
                "target_next_year": q.target_next_year,
                "unit": q.unit,
                "source": _src(q.source),
            }
            for q in s.quality_indicators
        ],
        "termination_grounds": [_statement(g) for g in s.termination_grounds],
        "other_providers": [_statement(g) for g in s.other_providers],
        "office_ids": list(s.office_ids),
        "complaint_office_ids": list(s.complaint_office_ids),
        "data_issues": [_issue(i) for i in s.data_issues],
    }
    if s.kind is ServiceKind.REGULATION:
        out["steps"] = {
            ch.value: [
                {
                    "order": st.order,
                    "item": st.item,
                    "variant": st.variant,
                    "actor": st.actor.value,
                    "action": _text(st.action),
                    "max": None if st.max is None else {"value": st.max.term.value, "unit": st.max.term.unit.value},
                    "max_raw": None if st.max is None else st.max.raw,
                    "max_alternatives": [
                        {
                            "condition": _text(a.condition),
                            "max": {"value": a.max.term.value, "unit": a.max.term.unit.value},
                            "max_raw": a.max.raw,
                        }
                        for a in st.max_alternatives
                    ],
                    "source": _src(st.source),
                }
                for st in s.steps_for(ch)
            ]
            for ch in s.channels
        }
    return out


def _phone(p: Phone) -> Json:
    return {"raw": p.raw, "e164": p.e164, "derivation": p.derivation, "source": _src(p.source)}


def _office(o: Office) -> Json:
    return {
        "id": o.id,
        "act_id": o.act_id,
        "kind": o.kind.value,
        "name": {"kk": o.name.kk, "ru": o.name.ru},
        "region": o.region,
        "district": _text(o.district),
        "settlement": _text(o.settlement),
        "postcode": o.postcode,
        "address": _text(o.address),
        "area_code": o.area_code,
        "phones": [_phone(p) for p in o.phones],
        "faxes": [_phone(p) for p in o.faxes],
        "emails": [
            {"raw": e.raw, "normalized": e.normalized, "valid": e.valid, "reason": e.reason, "source": _src(e.source)}
            for e in o.emails
        ],
        "websites": [
            {"raw": w.raw, "normalized": w.normalized, "valid": w.valid, "reason": w.reason, "source": _src(w.source)}
            for w in o.websites
        ],
        "reception": [
            {
                "who": _text(r.who),
                "rrule": r.rrule,
                "start": None if r.start is None else r.start.strftime("%H:%M"),
                "end": None if r.end is None else r.end.strftime("%H:%M"),
                "text": _text(r.text),
                "place": _text(r.place),
                "computable": r.computable,
                "source": _src(r.source),
            }
            for r in o.reception
        ],
        "timezone": o.timezone,
        "parent_id": o.parent_id,
        "source": _src(o.source, text=False),
        "data_issues": [_issue(i) for i in o.data_issues],
    }


def _check_format(format: int) -> int:
    if isinstance(format, bool) or not isinstance(format, int):
        raise InvalidTypeError(f"format must be an int (1 or 2), got {type(format).__name__}")
    if format not in FORMATS:
        raise InvalidInputError(f"unknown export format {format!r}; accepted: 1, 2")
    return int(format)


def to_dict(
    *, format: int = EXPORT_FORMAT, catalog: Catalog | None = None, offices: OfficeRegistry | None = None
) -> Json:
    """The export as plain Python data (what :func:`to_json` serialises).

    ``catalog`` and ``offices`` default to the packaged data; pass a loaded one (:mod:`kzsocial.loader`) to
    export your own acts.
    """
    from kzsocial import __version__
    from kzsocial.serde import to_dict as serialise

    fmt = _check_format(format)
    from kzsocial.registry import OfficeRegistry as _Registry
    from kzsocial.services import Catalog as _Catalog

    if catalog is not None and not isinstance(catalog, _Catalog):
        raise InvalidTypeError(f"catalog must be a kzsocial.services.Catalog, got {type(catalog).__name__}")
    if offices is not None and not isinstance(offices, _Registry):
        raise InvalidTypeError(f"offices must be a kzsocial.registry.OfficeRegistry, got {type(offices).__name__}")
    if catalog is None or offices is None:
        from kzsocial.registry import offices as packaged_offices
        from kzsocial.services import catalog as packaged_catalog

        catalog = catalog if catalog is not None else packaged_catalog()
        offices = offices if offices is not None else packaged_offices()
    acts, services, office_list = catalog.acts, tuple(catalog), tuple(offices)
    if fmt == 1:
        return {
            "format": 1,
            "generator": f"kzsocial {__version__}",
            "acts": [_act(a) for a in acts],
            "services": [_service(s) for s in services],
            "offices": [_office(o) for o in office_list],
        }
    return {
        "format": 2,
        "generator": f"kzsocial {__version__}",
        "acts": [serialise(a) for a in acts],
        "services": [serialise(s) for s in services],
        "offices": [serialise(o) for o in office_list],
    }


def to_json(*, indent: int | None = 2, format: int = EXPORT_FORMAT) -> str:
    """The export as one JSON document (UTF-8 text, Cyrillic kept as is); ``indent`` is 0 to 16 spaces or None."""
    if indent is not None and (isinstance(indent, bool) or not isinstance(indent, int)):
        raise InvalidTypeError(f"indent must be an int or None, got {type(indent).__name__}")
    if indent is not None and not 0 <= indent <= 16:
        raise InvalidInputError(f"indent must be 0 to 16 spaces or None, got {indent}")
    return json.dumps(to_dict(format=format), ensure_ascii=False, indent=indent)


def from_dict(doc: Json) -> tuple[Catalog, OfficeRegistry]:
    """The catalogue and the office registry rebuilt from a format-2 export (``to_dict()`` or its JSON).

    >>> from kzsocial.services import catalog
    >>> rebuilt, registry = from_dict(to_dict())
    >>> rebuilt == catalog()
    True
    """
    from kzsocial.serde import from_dict as deserialise
    from kzsocial.services import Catalog

    if not isinstance(doc, dict):
        raise InvalidTypeError(f"expected a format-2 export (a dict), got {type(doc).__name__}")
    if doc.get("format") != 2:
        got = doc.get("format")
        raise InvalidInputError(f'expected a format-2 export (an object with "format": 2), got {brief(got)}')
    missing = [k for k in ("acts", "services", "offices") if k not in doc]
    if missing:
        raise InvalidInputError(f"the export lacks {', '.join(missing)}; a format-2 export has acts, services, offices")
    return (
        deserialise(Catalog, {"services": doc["services"], "acts": doc["acts"]}),
        deserialise(OfficeRegistry, {"offices": doc["offices"]}),
    )


def generated_schema() -> Json:
    """The JSON Schema of the format-2 export, generated from the types (what :func:`schema` ships)."""
    from kzsocial.schema import SCHEMA_DIALECT, json_schema

    defs: dict[str, Any] = {}
    for name in ("LegalAct", "ServiceDefinition", "Office"):
        defs.update(json_schema(name)["$defs"])
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": "urn:kzsocial:schema:export",
        "title": "kzsocial export, format 2",
        "type": "object",
        "properties": {
            "format": {"const": 2},
            "generator": {"type": "string"},
            "acts": {"type": "array", "items": {"$ref": "#/$defs/LegalAct"}},
            "services": {"type": "array", "items": {"$ref": "#/$defs/ServiceDefinition"}},
            "offices": {"type": "array", "items": {"$ref": "#/$defs/Office"}},
        },
        "required": ["format", "generator", "acts", "services", "offices"],
        "additionalProperties": False,
        "$defs": dict(sorted(defs.items())),
    }


def schema(*, format: int = EXPORT_FORMAT) -> Json:
    """The JSON Schema (draft 2020-12) the export follows; it ships as ``kzsocial/data/export.schema.json``
    (format 1: ``export-v1.schema.json``)."""
    name = "export.schema.json" if _check_format(format) == 2 else "export-v1.schema.json"
    text = (resources.files("kzsocial") / "data" / name).read_text(encoding="utf-8")
    loaded: Json = json.loads(text)
    return loaded
