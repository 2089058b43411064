"""Building the talon (receipt) a citizen takes home, and the receipt of refusal to accept documents.

A :class:`~kzsocial.notices.Talon` (``_talon``) is pure data: :func:`build_talon` builds it from the service's
definition, the submission moment, the documents handed in and the people involved; separate renderers lay it out
(``talon.render``). Nothing here reads a clock, a locale or the network. The arguments are checked in
``_build_inputs``, the fields the act requires in ``_required_fields``.

What a talon must hold depends on the act (``service.talon``, a :class:`~kzsocial.services.TalonSpec`):
Karaganda's talon, Akmola's registration talon, North Kazakhstan's қолхат, or a register entry. A field the act
requires that cannot be filled stops the build with one :class:`~kzsocial.errors.MissingFieldsError` listing every
such field. Missing required documents stop it first, with :class:`~kzsocial.errors.MissingDocumentsError`.

Where the act defines a receipt of refusal to accept documents (North Kazakhstan 2015, «құжаттарды қабылдаудан бас
тарту туралы қолхат»), :func:`build_refusal_receipt` builds it and :func:`build_receipt_or_refusal` chooses: the
talon when the documents are complete, the refusal receipt when they are not. ``build_talon`` itself never returns
anything but a :class:`~kzsocial.notices.Talon`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from kzsocial.calendar import CountingPolicy, Deadline, WorkCalendar
from kzsocial.errors import InvalidInputError, InvalidTypeError, MissingDocumentsError, MissingFieldsError
from kzsocial.notices._build_inputs import BuildInputs
from kzsocial.notices._deadline import compute_due
from kzsocial.notices._person import Person
from kzsocial.notices._refusal_receipt import RefusalReceipt
from kzsocial.notices._required_fields import document_names, give, missing_fields
from kzsocial.notices._talon import Talon
from kzsocial.registry import Office
from kzsocial.services import ApplicantProfile, Channel, DocumentRequirement, ServiceDefinition

__all__ = ["build_receipt_or_refusal", "build_refusal_receipt", "build_talon"]


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
    args = BuildInputs(
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
            document_names(args.check.missing),
            [d.id for d in args.check.missing],
        )
    spec = svc.talon_for(args.channel)
    fields = spec.fields if spec is not None else ()
    due = compute_due(svc, args.submitted_at, args.office, channel=args.channel, calendar=calendar, policy=policy)
    given_due = _check_given_due(due_at, due.deadline, svc, args.submitted_at)
    missing = missing_fields(
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
            f"cannot build the {kind} of {svc.id}: its act requires fields not given{why}{give(missing)}", missing
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


def _refusal(args: BuildInputs) -> RefusalReceipt:
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
    missing = missing_fields(
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
            f"cannot build the receipt of refusal of {svc.id}: its act requires fields not given{give(missing)}",
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
    args = BuildInputs(
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
    args = BuildInputs(
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
