"""Checking a submitted set of documents against a service: what is missing, and whether that is a ground to refuse."""

from __future__ import annotations

import re
from collections.abc import Iterable

from attrs import frozen

from kzsocial.errors import InvalidTypeError
from kzsocial.services._definition import ServiceDefinition
from kzsocial.services._documents import ApplicantProfile, Channel, DocumentRequirement, profile_of
from kzsocial.services._statement import Statement

__all__ = ["DocumentCheck", "check_documents"]


_DOCS_GROUND = (
    re.compile(r"құжат", re.IGNORECASE),
    re.compile(r"толық|тапсырылмаған|ұсынылмаған|ұсынбау|толық емес|жоқ", re.IGNORECASE),
)
_DOCS_GROUND_RU = (re.compile(r"документ", re.IGNORECASE), re.compile(r"неполн|не представ|отсутств", re.IGNORECASE))


def _is_documents_ground(ground: Statement) -> bool:
    if ground.missing_documents is not None:
        return ground.missing_documents
    kk = ground.text.kk
    if all(p.search(kk) for p in _DOCS_GROUND):
        return True
    ru = ground.text.ru or ""
    return all(p.search(ru) for p in _DOCS_GROUND_RU)


@frozen
class DocumentCheck:
    """The result of :func:`check_documents`."""

    service_id: str
    """The service checked."""
    accepted: tuple[DocumentRequirement, ...]
    """The required documents satisfied by what was handed in (directly or by an alternative)."""
    missing: tuple[DocumentRequirement, ...]
    """The required documents not handed in (neither they nor an alternative); empty when the set is complete."""
    unexpected: tuple[str, ...]
    """Ids handed in that are none of the service's documents (nor their alternatives), sorted: a typo or another
    service's document."""
    refusal_grounds: tuple[Statement, ...]
    """The act's refusal grounds that concern incomplete documents, when something is missing (empty when nothing is, or
    the act names no such ground)."""

    @property
    def complete(self) -> bool:
        """Whether nothing required is missing."""
        return not self.missing

    @property
    def is_refusal_ground(self) -> bool:
        """Whether the act names missing documents as a ground to refuse (or to stop) the service."""
        return bool(self.missing) and bool(self.refusal_grounds)


def check_documents(
    service: ServiceDefinition,
    submitted: Iterable[str | DocumentRequirement],
    profile: ApplicantProfile | None = None,
    *,
    channel: Channel | str | None = None,
    variant: str | None = None,
) -> DocumentCheck:
    """Say what is missing from ``submitted`` (document ids or requirements) and whether that is a ground to refuse.

    A requirement with alternatives is met by any one of them.
    """
    if not isinstance(service, ServiceDefinition):
        raise InvalidTypeError(
            f"service must be a ServiceDefinition (from kzsocial.services.catalog()), got {type(service).__name__}"
        )
    if isinstance(submitted, str | bytes) or not isinstance(submitted, Iterable):
        raise InvalidTypeError(
            f"submitted must be an iterable of document ids, not {type(submitted).__name__}"
            + (" (a single string)" if isinstance(submitted, str) else "")
        )
    profile = profile_of(profile)
    given: set[str] = set()
    for item in submitted:
        if isinstance(item, DocumentRequirement):
            given.add(item.id)
        elif isinstance(item, str):
            given.add(item)
        else:
            raise InvalidTypeError(f"submitted documents are ids or DocumentRequirement, got {type(item).__name__}")
    needed = service.required_documents(profile, channel=channel, variant=variant)
    accepted = tuple(d for d in needed if d.ids & given)
    missing = tuple(d for d in needed if not d.ids & given)
    known = {i for d in service.documents for i in d.ids}
    unexpected = tuple(sorted(given - known))
    grounds = tuple(g for g in service.refusal_grounds if _is_documents_ground(g)) if missing else ()
    return DocumentCheck(service.id, accepted, missing, unexpected, grounds)
