"""The talon (receipt) a citizen takes home, and the receipt of refusal to accept documents.

A :class:`Talon` is pure data: built by :func:`build_talon` from the service's definition, the submission moment,
the documents handed in and the people involved; rendered by separate renderers (``talon.render``). Nothing here
reads a clock, a locale or the network.

What a talon must hold depends on the act (``service.talon``, a :class:`~kzsocial.services.TalonSpec`):
Karaganda's talon, Akmola's registration talon, North Kazakhstan's қолхат, or a register entry. A field the act
requires that cannot be filled stops the build with one :class:`~kzsocial.errors.MissingFieldsError` listing every
such field. Missing required documents stop it first, with :class:`~kzsocial.errors.MissingDocumentsError`.

Where the act defines a receipt of refusal to accept documents (North Kazakhstan 2015, «құжаттарды қабылдаудан бас
тарту туралы қолхат»), :func:`build_refusal_receipt` builds it and :func:`build_receipt_or_refusal` chooses: the
talon when the documents are complete, the refusal receipt when they are not. ``build_talon`` itself never returns
anything but a :class:`Talon`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any, Literal
from zoneinfo import ZoneInfo

from attrs import frozen

from kzsocial._checks import check_identifier, to_enum
from kzsocial.calendar import CountingPolicy, Deadline, WorkCalendar
from kzsocial.errors import InvalidInputError, InvalidTypeError, MissingDocumentsError, MissingFieldsError
from kzsocial.notices._deadline import compute_due, talon_hours
from kzsocial.notices._person import Person
from kzsocial.provenance import LocalizedText, Source
from kzsocial.registry import Office, PhoneKind
from kzsocial.services import (
    ApplicantProfile,
    Channel,
    DocumentRequirement,
    ServiceDefinition,
    TalonField,
    TalonKind,
    check_documents,
)

__all__ = [
    "RefusalReceipt",
    "Talon",
    "TalonDocument",
    "build_receipt_or_refusal",
    "build_refusal_receipt",
    "build_talon",
]

Format = Literal["text", "html"]


@frozen
class TalonDocument:
    """A document handed in: its id and name as the act writes it, and the requirement it satisfies."""

    id: str
    name: LocalizedText
    requirement_id: str
    source: Source

    def to_dict(self) -> dict[str, Any]:
        """The exact JSON form (see :mod:`kzsocial.serde`); ``from_dict`` reads it back."""
        from kzsocial.serde import to_dict

        result: dict[str, Any] = to_dict(self)
        return result


def _localized_dict(text: LocalizedText | None) -> dict[str, str | None] | None:
    if text is None:
        return None
    return {"kk": text.kk, "ru": text.ru, "en": text.en}


def _office_dict(office: Office | None) -> dict[str, Any] | None:
    if office is None:
        return None
    return {
        "id": office.id,
        "name": _localized_dict(office.name),
        "address": _localized_dict(office.address),
        "phones": [{"raw": p.raw, "e164": p.e164} for p in _office_phones(office)],
        "timezone": office.timezone,
    }


def _office_phones(office: Office) -> tuple[Any, ...]:
    return tuple(p for p in office.phones if p.kind is PhoneKind.PHONE)


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


@frozen
class Talon:
    """Proof of which documents were handed in, when, to whom, and when to come back for the result.

    ``kind`` and ``required_fields`` come from the act (``None`` kind: the act provides no talon at all).
    ``due_at`` is the deadline of the service's main term computed with the office's hours (``deadline`` keeps
    the whole computation, with its trace); ``None`` only when the act does not require it and it cannot be
    known at intake (``due_note`` says why).
    """

    service: ServiceDefinition
    kind: TalonKind | None
    required_fields: tuple[TalonField, ...]
    accepted_at: dt.datetime
    documents: tuple[TalonDocument, ...]
    number: str | None = None
    deadline: Deadline | None = None
    due_note: str | None = None
    accepted_by: Person | None = None
    applicant: Person | None = None
    representative: Person | None = None
    office: Office | None = None
    channel: Channel | None = None
    given_due_at: dt.datetime | None = None
    """The due moment the caller gave (``build_talon(due_at=...)``) because the act has no term to compute it."""

    @property
    def due_at(self) -> dt.datetime | None:
        """The date and time by which the result is ready: the close of the office on the term's last day.

        Computed from the act's term (``deadline``); the caller's ``given_due_at`` only when the act has none.
        """
        return self.given_due_at if self.deadline is None else self.deadline.due_at

    @property
    def registered_at(self) -> dt.datetime | None:
        """When the submission counts as registered (the next opening when handed in outside open hours)."""
        return None if self.deadline is None else self.deadline.registered_at

    @property
    def document_count(self) -> int:
        """How many documents were accepted."""
        return len(self.documents)

    @property
    def result_place(self) -> Office | None:
        """Where the result is collected: the office that accepted the documents."""
        return self.office

    def render(self, language: str = "kk", format: Format = "text") -> str:
        """The talon as plain text or as an HTML page that prints on one A5 sheet, in ``kk`` or ``ru``."""
        from kzsocial.notices._render import render_document

        return render_document(self, language, format)

    def to_dict(self) -> dict[str, Any]:
        """The exact JSON form (see :mod:`kzsocial.serde`); ``from_dict`` reads it back."""
        from kzsocial.serde import to_dict

        result: dict[str, Any] = to_dict(self)
        return result


@frozen
class RefusalReceipt:
    """A receipt of refusal to accept documents, naming the documents that are missing (004, annex form).

    Built only for services whose act defines it (``service.talon.refusal_fields``). The form names the applicant
    and their address (``applicant.address``), the branch and its address, the missing documents, the service,
    the centre employee who signs (``accepted_by``), the executor and the executor's phone (``executor``), and
    leaves a line where the applicant signs and writes the date they received it (``received_at``: written by
    hand on paper, so it holds no data).
    """

    service: ServiceDefinition
    required_fields: tuple[TalonField, ...]
    issued_at: dt.datetime
    missing: tuple[DocumentRequirement, ...]
    documents: tuple[TalonDocument, ...] = ()
    number: str | None = None
    accepted_by: Person | None = None
    applicant: Person | None = None
    representative: Person | None = None
    office: Office | None = None
    channel: Channel | None = None
    source: Source | None = None
    executor: Person | None = None
    """The executor named on the form («Орындаушы» / «Исполнитель»), with the phone the form prints under the name."""

    @property
    def applicant_address(self) -> str | None:
        """The applicant's address, written under their name on the form."""
        return None if self.applicant is None else self.applicant.address

    @property
    def executor_phone(self) -> str | None:
        """The executor's phone as given, or None."""
        return None if self.executor is None else self.executor.phone

    def render(self, language: str = "kk", format: Format = "text") -> str:
        """The receipt as plain text or as an HTML page (A5), in ``kk`` or ``ru``."""
        from kzsocial.notices._render import render_document

        return render_document(self, language, format)

    def to_dict(self) -> dict[str, Any]:
        """The exact JSON form (see :mod:`kzsocial.serde`); ``from_dict`` reads it back."""
        from kzsocial.serde import to_dict

        result: dict[str, Any] = to_dict(self)
        return result


# ---------------------------------------------------------------------------------------------- input checks


def _check_service(service: object) -> ServiceDefinition:
    if not isinstance(service, ServiceDefinition):
        raise InvalidTypeError(
            f"service must be a ServiceDefinition (from kzsocial.services.catalog()), got {type(service).__name__}"
        )
    return service


def _check_moment(value: object, office: Office | None, service: ServiceDefinition) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        raise InvalidTypeError(
            f"submitted_at must be a datetime (naive: office-local time), got {type(value).__name__}"
        )
    if value.tzinfo is None:
        return value
    hours = talon_hours(service, office)
    tz = (hours.tz if hours is not None else None) or (office.timezone if office is not None else None)
    return value.astimezone(ZoneInfo(tz)) if tz else value


def _check_person(what: str, value: object) -> Person | None:
    if value is None or isinstance(value, Person):
        return value
    raise InvalidTypeError(f"{what} must be a kzsocial.notices.Person or None, got {type(value).__name__}")


def _check_office(value: object) -> Office | None:
    from kzsocial.registry._registry import office_of

    return office_of(value)


def _check_gives_service(service: ServiceDefinition, office: Office | None, extra_office: object) -> None:
    """Refuse an office the act does not list for the service, unless the caller says it is an extra one."""
    if not isinstance(extra_office, bool):
        raise InvalidTypeError(f"extra_office must be a bool, got {type(extra_office).__name__}")
    if office is None or extra_office or not service.office_ids or office.id in service.office_ids:
        return
    listed = ", ".join(service.office_ids[:5]) + (", ..." if len(service.office_ids) > 5 else "")
    raise InvalidInputError(
        f"office {office.id!r} does not give {service.id} (its act lists {len(service.office_ids)} offices: "
        f"{listed}); its hours and address would be wrong on the talon. Pass one of them, or extra_office=True "
        "when this office takes the application on purpose"
    )


MAX_NUMBER_LENGTH = 64
"""The longest talon number accepted, in characters."""


def _check_number(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InvalidTypeError(f"number must be a str, an int or None, got {type(value).__name__}")
    if isinstance(value, int) and value < 0:
        raise InvalidInputError(f"number must not be negative, got {value}")
    text = str(value).strip() if isinstance(value, str) else _int_text(value)
    if not text:
        raise InvalidInputError("number must not be empty; pass None when there is no registration number yet")
    check_identifier(text, "the talon number")
    if len(text) > MAX_NUMBER_LENGTH:
        raise InvalidInputError(f"the talon number is at most {MAX_NUMBER_LENGTH} characters, got {len(text)}")
    return text


def _int_text(value: int) -> str:
    if value.bit_length() > 4 * MAX_NUMBER_LENGTH:
        raise InvalidInputError(f"the talon number is at most {MAX_NUMBER_LENGTH} characters")
    return str(value)


def _check_channel(value: object) -> Channel | None:
    return None if value is None else to_enum(Channel, value, "channel")


def _check_profile(value: object) -> ApplicantProfile | None:
    from kzsocial.services._documents import profile_of

    return profile_of(value)


def _resolve_documents(service: ServiceDefinition, documents: object) -> tuple[TalonDocument, ...]:
    if isinstance(documents, str | bytes) or not isinstance(documents, Iterable):
        raise InvalidTypeError("documents must be an iterable of document ids (or DocumentRequirement), not a string")
    index: dict[str, tuple[DocumentRequirement, str]] = {}
    for req in service.documents:
        index[req.id] = (req, req.id)
        for alt in req.alternatives:
            index.setdefault(alt.id, (alt, req.id))
    found: list[TalonDocument] = []
    seen: set[str] = set()
    unknown: list[str] = []
    for item in documents:
        if isinstance(item, DocumentRequirement):
            key = item.id
        elif isinstance(item, str):
            key = item
        else:
            raise InvalidTypeError(f"a document is an id (str) or a DocumentRequirement, got {type(item).__name__}")
        if key in seen:
            continue
        seen.add(key)
        if key not in index:
            unknown.append(key)
            continue
        req, parent = index[key]
        found.append(TalonDocument(req.id, req.name, parent, req.source))
    if unknown:
        accepted = ", ".join(sorted(index)) or "(the act lists no documents)"
        raise InvalidInputError(
            f"{service.id} lists no document with id {', '.join(repr(u) for u in unknown)}; accepted: {accepted}"
        )
    return tuple(found)


def _missing_fields(
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


def _give(missing: Iterable[str]) -> str:
    """`` (give ...)``: the keywords that fill the missing fields, each once.

    >>> _give(["applicant_address", "executor", "executor_phone", "number"])
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


def _document_names(missing: Iterable[DocumentRequirement]) -> list[str]:
    names = []
    for d in missing:
        alts = " / ".join(a.name.kk for a in d.alternatives)
        names.append(f"{d.name.kk} (or: {alts})" if alts else d.name.kk)
    return names


class _Inputs:
    """The checked arguments shared by the builders."""

    def __init__(
        self,
        service: object,
        submitted_at: object,
        documents: object,
        applicant: object,
        accepted_by: object,
        office: object,
        number: object,
        representative: object,
        channel: object,
        profile: object,
        executor: object = None,
        extra_office: object = False,
    ) -> None:
        self.service = _check_service(service)
        self.office = _check_office(office)
        _check_gives_service(self.service, self.office, extra_office)
        self.submitted_at = _check_moment(submitted_at, self.office, self.service)
        self.documents = _resolve_documents(self.service, documents)
        self.applicant = _check_person("applicant", applicant)
        self.accepted_by = _check_person("accepted_by", accepted_by)
        self.representative = _check_person("representative", representative)
        self.executor = _check_person("executor", executor)
        self.number = _check_number(number)
        self.channel = _check_channel(channel)
        self.profile = _check_profile(profile)
        self.check = check_documents(self.service, [d.id for d in self.documents], self.profile, channel=self.channel)


# -------------------------------------------------------------------------------------------------- builders


def build_talon(
    service: ServiceDefinition,
    *,
    submitted_at: dt.datetime,
    documents: Iterable[str | DocumentRequirement],
    applicant: Person | None,
    accepted_by: Person | None,
    office: Office | None,
    number: str | int | None = None,
    representative: Person | None = None,
    channel: Channel | str | None = None,
    profile: ApplicantProfile | None = None,
    due_at: dt.datetime | None = None,
    calendar: WorkCalendar | None = None,
    policy: CountingPolicy | None = None,
    extra_office: bool = False,
) -> Talon:
    """Build the talon the act requires for documents handed in at ``submitted_at``.

    ``documents`` are ids of the service's documents (or their alternatives). ``profile`` says which conditional
    documents apply (``None``: a citizen of Kazakhstan with no special condition); ``channel`` narrows them to
    one channel. ``calendar`` and ``policy`` go to the deadline computation.

    ``due_at`` is for acts that state no term to compute the result date from (the 2015 regulations leave it to
    their standards) or whose term runs from a later event: the caller gives the date, and the talon records that
    it was given. It is refused when the act's term computes the date, so the talon has one source of truth.

    ``office`` is an :class:`~kzsocial.registry.Office` or its id, and must be one of the offices the act lists
    for the service (``service.office_ids``): its hours count the deadline and its address is printed. An office
    that takes the application on purpose without being listed (a temporary point, another branch) needs
    ``extra_office=True``; without it such an office is refused with :class:`~kzsocial.errors.InvalidInputError`.

    Raises :class:`~kzsocial.errors.MissingDocumentsError` when required documents are missing (no talon is
    built; see :func:`build_receipt_or_refusal`), then :class:`~kzsocial.errors.MissingFieldsError` listing every
    field the act requires that cannot be filled.
    """
    args = _Inputs(
        service,
        submitted_at,
        documents,
        applicant,
        accepted_by,
        office,
        number,
        representative,
        channel,
        profile,
        extra_office=extra_office,
    )
    svc = args.service
    if args.check.missing:
        hint = (
            "; this act defines a receipt of refusal to accept documents: use build_refusal_receipt() "
            "or build_receipt_or_refusal()"
            if svc.talon is not None and svc.talon.has_refusal_receipt
            else ""
        )
        ids = ", ".join(d.id for d in args.check.missing)
        raise MissingDocumentsError(
            f"no talon for {svc.id}: required documents not handed in (ids: {ids}){hint}",
            _document_names(args.check.missing),
            [d.id for d in args.check.missing],
        )
    spec = svc.talon_for(args.channel)
    fields = spec.fields if spec is not None else ()
    due = compute_due(svc, args.submitted_at, args.office, channel=args.channel, calendar=calendar, policy=policy)
    given_due = _check_given_due(due_at, due.deadline, svc, args.submitted_at)
    missing = _missing_fields(
        fields,
        number=args.number,
        has_documents=bool(args.documents),
        due_available=due.deadline is not None or given_due is not None,
        accepted_by=args.accepted_by,
        applicant=args.applicant,
        representative=args.representative,
        office=args.office,
    )
    if missing:
        kind = spec.kind.value.replace("_", " ") if spec is not None else "talon"
        why = f" (due_at: {due.reason})" if "due_at" in missing and due.reason else ""
        raise MissingFieldsError(
            f"cannot build the {kind} of {svc.id}: its act requires fields not given{why}{_give(missing)}", missing
        )
    return Talon(
        service=svc,
        kind=None if spec is None else spec.kind,
        required_fields=tuple(fields),
        accepted_at=args.submitted_at,
        documents=args.documents,
        number=args.number,
        deadline=due.deadline,
        due_note=due.reason,
        given_due_at=given_due,
        accepted_by=args.accepted_by,
        applicant=args.applicant,
        representative=args.representative,
        office=args.office,
        channel=args.channel,
    )


def _check_given_due(
    value: object, deadline: Deadline | None, service: ServiceDefinition, submitted_at: dt.datetime
) -> dt.datetime | None:
    if value is None:
        return None
    if not isinstance(value, dt.datetime):
        raise InvalidTypeError(f"due_at must be a datetime or None, got {type(value).__name__}")
    if deadline is not None:
        raise InvalidInputError(
            f"{service.id}: the act's term gives the due date ({deadline.due_at.isoformat()}); do not pass due_at"
        )
    if (value.tzinfo is None) == (submitted_at.tzinfo is None) and value <= submitted_at:
        raise InvalidInputError(f"due_at {value.isoformat()} must be after the submission {submitted_at.isoformat()}")
    return value


def _refusal(args: _Inputs) -> RefusalReceipt:
    svc = args.service
    spec = svc.talon
    if spec is None or spec.refusal_fields is None:
        raise InvalidInputError(
            f"{svc.id}: its act defines no receipt of refusal to accept documents; "
            "only services whose talon has refusal_fields (North Kazakhstan 2015) have one"
        )
    if not args.check.missing:
        raise InvalidInputError(
            f"{svc.id}: every required document was handed in, so there is no ground to refuse them; "
            "build the talon with build_talon()"
        )
    missing = _missing_fields(
        spec.refusal_fields,
        number=args.number,
        has_documents=True,  # on a refusal, the documents named are the missing ones
        due_available=True,
        accepted_by=args.accepted_by,
        applicant=args.applicant,
        representative=args.representative,
        office=args.office,
        executor=args.executor,
    )
    if missing:
        raise MissingFieldsError(
            f"cannot build the receipt of refusal of {svc.id}: its act requires fields not given{_give(missing)}",
            missing,
        )
    return RefusalReceipt(
        service=svc,
        required_fields=spec.refusal_fields,
        issued_at=args.submitted_at,
        missing=args.check.missing,
        documents=args.documents,
        number=args.number,
        accepted_by=args.accepted_by,
        applicant=args.applicant,
        representative=args.representative,
        office=args.office,
        channel=args.channel,
        source=spec.refusal_source,
        executor=args.executor,
    )


def build_refusal_receipt(
    service: ServiceDefinition,
    *,
    submitted_at: dt.datetime,
    documents: Iterable[str | DocumentRequirement],
    applicant: Person | None,
    accepted_by: Person | None,
    office: Office | None,
    number: str | int | None = None,
    representative: Person | None = None,
    channel: Channel | str | None = None,
    profile: ApplicantProfile | None = None,
    executor: Person | None = None,
    extra_office: bool = False,
) -> RefusalReceipt:
    """Build the receipt of refusal to accept documents, naming every missing required document.

    The act's form also names the applicant's address (give ``applicant=Person(name, address=...)``) and the
    executor with a phone (``executor=Person(name, phone)``); the date of receipt is left for the applicant to
    write by hand.

    Raises :class:`~kzsocial.errors.InvalidInputError` when the act defines no such receipt or when nothing is
    missing, and one :class:`~kzsocial.errors.MissingFieldsError` listing every field its act requires that is
    not given, with the keywords that fill them.
    """
    args = _Inputs(
        service,
        submitted_at,
        documents,
        applicant,
        accepted_by,
        office,
        number,
        representative,
        channel,
        profile,
        executor,
        extra_office,
    )
    return _refusal(args)


def build_receipt_or_refusal(
    service: ServiceDefinition,
    *,
    submitted_at: dt.datetime,
    documents: Iterable[str | DocumentRequirement],
    applicant: Person | None,
    accepted_by: Person | None,
    office: Office | None,
    number: str | int | None = None,
    representative: Person | None = None,
    channel: Channel | str | None = None,
    profile: ApplicantProfile | None = None,
    due_at: dt.datetime | None = None,
    calendar: WorkCalendar | None = None,
    policy: CountingPolicy | None = None,
    executor: Person | None = None,
    extra_office: bool = False,
) -> Talon | RefusalReceipt:
    """The talon when the documents are complete; else the act's receipt of refusal, where it defines one.

    ``executor`` is for the receipt of refusal (see :func:`build_refusal_receipt`); a talon does not name one.
    When documents are missing and the act defines no receipt of refusal, raises
    :class:`~kzsocial.errors.MissingDocumentsError` as :func:`build_talon` does.
    """
    args = _Inputs(
        service,
        submitted_at,
        documents,
        applicant,
        accepted_by,
        office,
        number,
        representative,
        channel,
        profile,
        executor,
        extra_office,
    )
    spec = args.service.talon
    if args.check.missing and spec is not None and spec.has_refusal_receipt:
        return _refusal(args)
    return build_talon(
        args.service,
        submitted_at=args.submitted_at,
        documents=[d.id for d in args.documents],
        applicant=args.applicant,
        accepted_by=args.accepted_by,
        office=args.office,
        number=args.number,
        representative=args.representative,
        channel=args.channel,
        profile=args.profile,
        due_at=due_at,
        calendar=calendar,
        policy=policy,
        extra_office=extra_office,
    )
