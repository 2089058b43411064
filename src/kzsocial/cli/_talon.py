"""Command line: ``talon``, ``timeline`` and the service form of ``deadline`` (registered by :mod:`kzsocial.cli`).

``talon`` builds what the act requires the citizen to take home. When required documents are missing it is a
failed result (exit 1): the act's receipt of refusal is printed where the act defines one (North Kazakhstan
2015), and the missing documents are named on stderr. A field the act requires that an option can fill
(``--number``, ``--accepted-by``, ...) is bad usage (exit 2), with the options to give.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING, Any

from kzsocial.cli._args import Subparsers, UsageError, _datetime, _print_json
from kzsocial.errors import (
    InvalidInputError,
    KzSocialError,
    MissingDocumentsError,
    MissingFieldsError,
    NoTermError,
)

if TYPE_CHECKING:
    from kzsocial.calendar import Deadline, OfficeHours, WorkCalendar
    from kzsocial.registry import Office
    from kzsocial.services import ApplicantProfile, ServiceDefinition

__all__ = ["register", "service_deadline"]

_CHANNELS = ("provider", "centre", "portal", "akim")

# talon fields an option fills, and the option
_FIELD_OPTIONS = {
    "number": "--number",
    "accepted_by": "--accepted-by",
    "accepted_by_position": "--position",
    "progress_contact": "--office",
    "applicant": "--applicant",
    "applicant_phone": "--applicant-phone",
    "representative_phone": "--representative-phone",
    "office": "--office",
    "result_place": "--office",
    "office_phone": "--office",
    "due_at": "--due-at (the act's term does not give it)",
    "applicant_address": "--applicant-address",
    "executor": "--executor NAME,PHONE",
    "executor_phone": "--executor NAME,PHONE",
}


def _number(text: str) -> str:
    from kzsocial._checks import has_control

    if not text.strip():
        raise argparse.ArgumentTypeError("the registration number must not be empty; leave --number out instead")
    if has_control(text):
        raise argparse.ArgumentTypeError(f"the registration number {text[:40]!r} holds a control character")
    return text.strip()


def _profile(text: str) -> ApplicantProfile:
    from kzsocial.services import ApplicantProfile

    tags = [t.strip() for t in text.split(",") if t.strip()]
    try:
        return ApplicantProfile.of(*tags)
    except KzSocialError as exc:
        raise argparse.ArgumentTypeError(f"{exc}; e.g. --profile foreigner,disabled") from None


def _service(service_id: str) -> ServiceDefinition:
    from kzsocial.cli._args import cli_service

    found: ServiceDefinition = cli_service(service_id)
    return found


def _office(office_id: str | None) -> Office | None:
    from kzsocial.cli._args import cli_office

    if office_id is None:
        return None
    found: Office = cli_office(office_id)
    return found


# -- deadline SERVICE ---------------------------------------------------------------------------------------------


def service_deadline(
    args: argparse.Namespace, hours: OfficeHours | None, calendar: WorkCalendar, policy: Any
) -> Deadline:
    """The deadline of ``args.service`` (the ``deadline SERVICE --at ...`` form), by ServiceDefinition.deadline."""
    from kzsocial.services import TermStart

    service = _service(args.service)
    office = _office(args.office)
    term = service.term_for(args.channel)
    if term is None:
        raise NoTermError(f"{service.id}: the act states no term for this service, so no deadline can be computed")
    own = term.starts_from in (TermStart.SUBMISSION, TermStart.REGISTRATION, TermStart.DOCUMENTS_COMPLETE)
    event = term.starts_from.value.replace("_", " ")
    if own and args.at is None:
        raise UsageError(f"deadline: the term of {service.id} runs from the submission; give --at WHEN")
    if not own and args.starts_at is None:
        said = f" («{term.starts_from_text.kk}»)" if term.starts_from_text is not None else ""
        raise UsageError(
            f"deadline: the term of {service.id} runs from the {event}{said}, not from the submission; "
            "give --starts-at WHEN, the moment of that event"
        )
    return service.deadline(
        args.at if own else None,
        office=office,
        hours=hours,
        channel=args.channel,
        event_at=None if own else args.starts_at,
        calendar=calendar,
        policy=policy,
    )


# -- talon --------------------------------------------------------------------------------------------------------


def _register_talon(subparsers: Subparsers) -> None:
    p = subparsers.add_parser(
        "talon",
        help="build the talon (receipt) for documents handed in",
        description="Build the talon the service's act requires: the documents accepted, when, by whom, and when "
        "to come back (computed by the work calendar with the office's hours). Missing documents: exit 1, with "
        "the act's receipt of refusal where it defines one.",
    )
    p.add_argument("service", metavar="SERVICE", help="the service id, e.g. karaganda-2008/unemployed-registration")
    p.add_argument("--at", type=_datetime, required=True, metavar="WHEN", help="when the documents were handed in")
    p.add_argument(
        "--documents",
        action="append",
        default=[],
        metavar="IDS",
        help="ids of the documents handed in, comma-separated; repeatable (see: kzsocial show SERVICE)",
    )
    p.add_argument("--office", metavar="ID", help="the office that accepts them (see: kzsocial offices --service)")
    p.add_argument("--channel", choices=_CHANNELS, help="where the application is made")
    p.add_argument("--profile", type=_profile, metavar="TAGS", help="who applies, e.g. foreigner,disabled")
    p.add_argument("--number", type=_number, metavar="N", help="the registration number")
    p.add_argument(
        "--extra-office",
        action="store_true",
        help="--office takes the application on purpose although the act does not list it for the service",
    )
    p.add_argument("--applicant", metavar="NAME", help="the applicant's full name")
    p.add_argument("--applicant-phone", metavar="PHONE")
    p.add_argument(
        "--applicant-address", metavar="TEXT", help="the applicant's address (the receipt of refusal asks for it)"
    )
    p.add_argument("--representative", metavar="NAME", help="the representative's full name, if any")
    p.add_argument("--representative-phone", metavar="PHONE")
    p.add_argument("--accepted-by", metavar="NAME", help="the officer who accepts the documents")
    p.add_argument("--accepted-by-phone", metavar="PHONE")
    p.add_argument("--position", metavar="TEXT", help="the officer's position")
    p.add_argument(
        "--executor",
        metavar="NAME[,PHONE]",
        help="the executor named on the receipt of refusal, with the phone the form prints under the name",
    )
    p.add_argument("--due-at", type=_datetime, metavar="WHEN", help="the result date, only when the act gives no term")
    p.add_argument("--lang", dest="language", choices=("kk", "ru"), default="kk", help="language of the talon (kk)")
    p.add_argument("--language", dest="language", choices=("kk", "ru"), help=argparse.SUPPRESS)  # the old spelling
    p.add_argument("--format", choices=("text", "html", "json"), default="text", help="output format (text)")
    p.add_argument("--json", action="store_true", help="same as --format json")
    p.set_defaults(handler=_talon)


def _person(
    name: str | None, phone: str | None, what: str, position: str | None = None, address: str | None = None
) -> Any:
    from kzsocial.notices import Person

    if name is None:
        if phone is not None:
            raise UsageError(f"talon: --{what}-phone needs --{what}")
        if address is not None:
            raise UsageError(f"talon: --{what}-address needs --{what}")
        return None
    try:
        return Person(name, phone, position=position, address=address)
    except KzSocialError as exc:
        raise UsageError(f"talon: --{what}: {exc}") from None


def _executor(value: str | None) -> Any:
    """``--executor NAME[,PHONE]``: the name, and the phone after the first comma."""
    from kzsocial.notices import Person

    if value is None:
        return None
    name, _, phone = value.partition(",")
    try:
        return Person(name, phone.strip() or None)
    except KzSocialError as exc:
        raise UsageError(f"talon: --executor NAME[,PHONE]: {exc}") from None


def _document_ids(service: ServiceDefinition, values: list[str]) -> list[str]:
    ids = [i.strip() for v in values for i in v.split(",") if i.strip()]
    known = {i for d in service.documents for i in d.ids}
    unknown = [i for i in ids if i not in known]
    if unknown:
        accepted = ", ".join(sorted(known)) or "(the act lists no documents)"
        raise UsageError(f"talon: {service.id} lists no document {', '.join(unknown)}; accepted: {accepted}")
    return ids


def _talon(args: argparse.Namespace) -> int:
    from kzsocial.notices import build_receipt_or_refusal
    from kzsocial.services import check_documents

    fmt = "json" if args.json else args.format
    service = _service(args.service)
    office = _office(args.office)
    documents = _document_ids(service, args.documents)
    kwargs: dict[str, Any] = {
        "submitted_at": args.at,
        "documents": documents,
        "applicant": _person(args.applicant, args.applicant_phone, "applicant", address=args.applicant_address),
        "accepted_by": _person(args.accepted_by, args.accepted_by_phone, "accepted-by", args.position),
        "representative": _person(args.representative, args.representative_phone, "representative"),
        "executor": _executor(args.executor),
        "office": office,
        "number": args.number,
        "channel": args.channel,
        "profile": args.profile,
        "extra_office": args.extra_office,
    }
    try:
        result = build_receipt_or_refusal(service, due_at=args.due_at, **kwargs)
    except MissingDocumentsError as exc:
        check = check_documents(service, documents, args.profile, channel=args.channel)
        if fmt == "json":
            _print_json(
                {
                    "type": "documents_missing",
                    "service": service.id,
                    "missing_documents": [{"id": d.id, "name": d.name.kk} for d in check.missing],
                    "is_refusal_ground": check.is_refusal_ground,
                }
            )
        ids = ", ".join(d.id for d in check.missing)
        print(
            f"kzsocial: documents missing, no talon for {service.id}: {ids} ({'; '.join(exc.missing)})", file=sys.stderr
        )
        return 1
    except MissingFieldsError as exc:
        options = [_FIELD_OPTIONS.get(f) for f in exc.missing]
        fillable = all(o is not None for o in options) and not ("office_phone" in exc.missing and office is not None)
        if fillable:
            wanted = ", ".join(dict.fromkeys(o for o in options if o is not None))
            needed = ", ".join(exc.missing)
            raise UsageError(f"talon: the act of {service.id} requires {needed}: give {wanted}") from None
        gaps = [f for f, o in zip(exc.missing, options, strict=True) if o is None or f == "office_phone"]
        raise MissingFieldsError(
            f"the talon of {service.id} (its act requires fields the act and the registry do not give: "
            f"{', '.join(gaps)}; see: kzsocial show {service.id})",
            exc.missing,
        ) from None
    except InvalidInputError as exc:
        if "do not pass due_at" in str(exc) or "extra_office=True" in str(exc):
            said = str(exc).replace("do not pass due_at", "drop --due-at")
            said = said.replace("extra_office=True", "--extra-office")
            raise UsageError(f"talon: {said}") from None
        if "talon number" in str(exc):
            raise UsageError(f"talon: --number: {exc}") from None
        raise
    if fmt == "json":
        _print_json(result.to_dict())
    else:
        text = result.render(args.language, "html" if fmt == "html" else "text")
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    from kzsocial.notices import RefusalReceipt

    if isinstance(result, RefusalReceipt):
        names = ", ".join(d.id for d in result.missing)
        print(f"kzsocial: documents missing, receipt of refusal for {service.id}: {names}", file=sys.stderr)
        return 1
    return 0


# -- timeline -----------------------------------------------------------------------------------------------------


def _register_timeline(subparsers: Subparsers) -> None:
    p = subparsers.add_parser(
        "timeline",
        help="every step of a regulation, with its start and latest end",
        description="Lay out the steps of a regulation (North Kazakhstan 2015) on one channel from the moment of "
        "submission, in the office's working time, with the final latest moment.",
    )
    p.add_argument("regulation", metavar="REGULATION", help="the regulation's id, e.g. nko-2015/child-allowance")
    p.add_argument("--channel", choices=_CHANNELS, required=True, help="where the application is made")
    p.add_argument("--at", type=_datetime, required=True, metavar="WHEN", help="when the application was made")
    p.add_argument("--office", metavar="ID", help="the office (default: the first one serving it with known hours)")
    p.add_argument("--variant", metavar="NAME", help="the sub-service, for a regulation that covers several")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.set_defaults(handler=_timeline)


def _iso(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _timeline(args: argparse.Namespace) -> int:
    from kzsocial.registry import offices
    from kzsocial.services import timeline

    regulation = _service(args.regulation)
    if not regulation.steps:
        raise UsageError(
            f"timeline: {regulation.id} is a {regulation.kind.value} with no process steps; "
            "timelines are for regulations (e.g. nko-2015/...)"
        )
    office = _office(args.office)
    if office is None:
        reg = offices()
        office = next((reg.get(i) for i in regulation.office_ids if reg.get(i).hours is not None), None)
        if office is None:
            raise UsageError(f"timeline: no office serving {regulation.id} has recorded hours; give --office ID")
    try:
        t = timeline(regulation, args.channel, args.at, office=office, variant=args.variant)
    except InvalidInputError as exc:
        if "variant" in str(exc) or "no steps on channel" in str(exc):
            raise UsageError(f"timeline: {exc}") from None
        raise
    if args.json:
        _print_json(
            {
                "service_id": t.service_id,
                "channel": t.channel.value,
                "variant": t.variant,
                "office_id": office.id,
                "submitted_at": t.submitted_at.isoformat(),
                "steps": [
                    {
                        "order": s.step.order,
                        "actor": s.step.actor.value,
                        "action": {"kk": s.step.action.kk, "ru": s.step.action.ru},
                        "start": _iso(s.start),
                        "end": _iso(s.end),
                        "rule": s.rule.value,
                        "max": None
                        if s.step.max is None
                        else {
                            "value": s.step.max.term.value,
                            "unit": s.step.max.term.unit.value,
                            "raw": s.step.max.raw,
                        },
                        "trace": list(s.trace),
                    }
                    for s in t.steps
                ],
                "end": _iso(t.end),
                "complete": t.complete,
                "data_version": t.data_version,
                "trace": list(t.trace),
            }
        )
    else:
        sys.stdout.write(f"office: {office.id}\n{t.explain()}\n")
    return 0


def register(subparsers: Subparsers) -> None:
    """Add ``talon`` and ``timeline``."""
    _register_talon(subparsers)
    _register_timeline(subparsers)
