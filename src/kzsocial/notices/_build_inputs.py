"""The checked arguments of the talon builders: each argument's type and value, one clear error per bad input."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from kzsocial._checks import check_identifier, to_enum
from kzsocial.errors import InvalidInputError, InvalidTypeError, UnknownDocumentError
from kzsocial.notices._deadline import talon_hours
from kzsocial.notices._document import TalonDocument
from kzsocial.notices._person import Person
from kzsocial.registry import Office
from kzsocial.registry._registry import office_of
from kzsocial.services import Channel, DocumentRequirement, ServiceDefinition, check_documents
from kzsocial.services._documents import profile_of

__all__ = ["MAX_NUMBER_LENGTH", "BuildInputs"]


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
        raise UnknownDocumentError(
            f"{service.id} lists no document with id {', '.join(repr(u) for u in unknown)}; accepted: {accepted}"
        )
    return tuple(found)


class BuildInputs:
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
        self.office = office_of(office)
        _check_gives_service(self.service, self.office, extra_office)
        self.submitted_at = _check_moment(submitted_at, self.office, self.service)
        self.documents = _resolve_documents(self.service, documents)
        self.applicant = _check_person("applicant", applicant)
        self.accepted_by = _check_person("accepted_by", accepted_by)
        self.representative = _check_person("representative", representative)
        self.executor = _check_person("executor", executor)
        self.number = _check_number(number)
        self.channel = _check_channel(channel)
        self.profile = profile_of(profile)
        self.check = check_documents(self.service, [d.id for d in self.documents], self.profile, channel=self.channel)
