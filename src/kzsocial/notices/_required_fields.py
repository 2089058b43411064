"""The fields an act requires on a talon or a receipt that the given arguments cannot fill, and how to fill them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from kzsocial.notices._person import Person
from kzsocial.registry import Office, PhoneKind
from kzsocial.services import DocumentRequirement, TalonField

__all__ = ["document_names", "give", "missing_fields"]


def _office_phones(office: Office) -> tuple[Any, ...]:
    return tuple(p for p in office.phones if p.kind is PhoneKind.PHONE)


def missing_fields(
    fields: Iterable[TalonField],
    *,
    number: str | None,
    has_documents: bool,
    due_available: bool,
    accepted_by: Person | None,
    applicant: Person | None,
    representative: Person | None,
    office: Office | None,
    executor: Person | None = None,
) -> list[str]:
    present: Mapping[TalonField, bool] = {
        TalonField.NUMBER: number is not None,
        TalonField.ACCEPTED_AT: True,
        TalonField.SERVICE: True,
        TalonField.DOCUMENTS: has_documents,
        TalonField.DOCUMENT_COUNT: has_documents,
        TalonField.DUE_AT: due_available,
        TalonField.RESULT_PLACE: office is not None,
        TalonField.ACCEPTED_BY: accepted_by is not None,
        TalonField.APPLICANT: applicant is not None,
        TalonField.APPLICANT_PHONE: applicant is not None and applicant.phone is not None,
        # A representative is named only when there is one.
        TalonField.REPRESENTATIVE: True,
        TalonField.REPRESENTATIVE_PHONE: representative is None or representative.phone is not None,
        TalonField.OFFICE: office is not None,
        TalonField.OFFICE_PHONE: office is not None and bool(_office_phones(office)),
        TalonField.APPLICANT_ADDRESS: applicant is not None and applicant.address is not None,
        TalonField.EXECUTOR: executor is not None,
        TalonField.EXECUTOR_PHONE: executor is not None and executor.phone is not None,
        # Written by hand by the applicant on the paper («Алдым: ... 20__ жылғы "__" ____»).
        TalonField.RECEIVED_AT: True,
        TalonField.ACCEPTED_BY_POSITION: accepted_by is not None and accepted_by.position is not None,
        TalonField.PROGRESS_CONTACT: office is not None,
    }
    out: list[str] = []
    for f in fields:
        if not present[f] and f.value not in out:
            out.append(f.value)
    return out


# The keyword that fills each field, for the error's message: (keyword, what of the Person it needs).
_FIELD_KEYWORDS: dict[str, tuple[str, str | None]] = {
    "number": ("number", None),
    "due_at": ("due_at", None),
    "result_place": ("office", None),
    "office": ("office", None),
    "office_phone": ("office", "phone"),
    "accepted_by": ("accepted_by", "name"),
    "accepted_by_position": ("accepted_by", "position"),
    "progress_contact": ("office", None),
    "applicant": ("applicant", "name"),
    "applicant_phone": ("applicant", "phone"),
    "applicant_address": ("applicant", "address"),
    "representative_phone": ("representative", "phone"),
    "executor": ("executor", "name"),
    "executor_phone": ("executor", "phone"),
}
_PERSON_PARTS = {"name": "name", "phone": "phone", "address": "address=...", "position": "position=..."}


def give(missing: Iterable[str]) -> str:
    """`` (give ...)``: the keywords that fill the missing fields, each once.

    >>> give(["applicant_address", "executor", "executor_phone", "number"])
    ' (give applicant=Person(name, address=...), executor=Person(name, phone), number=...)'
    """
    wanted: dict[str, set[str]] = {}
    for m in missing:
        if m in _FIELD_KEYWORDS:
            keyword, part = _FIELD_KEYWORDS[m]
            wanted.setdefault(keyword, set()).update(() if part is None else (part,))
    hints = []
    for keyword, parts in wanted.items():
        if keyword == "office":
            hints.append("office=... (an office with a phone)" if "phone" in parts else "office=...")
        elif parts:
            hints.append(f"{keyword}=Person({', '.join(v for k, v in _PERSON_PARTS.items() if k in parts | {'name'})})")
        else:
            hints.append(f"{keyword}=...")
    return f" (give {', '.join(hints)})" if hints else ""


def document_names(missing: Iterable[DocumentRequirement]) -> list[str]:
    names = []
    for d in missing:
        alts = " / ".join(a.name.kk for a in d.alternatives)
        names.append(f"{d.name.kk} (or: {alts})" if alts else d.name.kk)
    return names
