"""A service's deadline: its term, counted with the calendar rules and the hours of the office that serves it.

This module counts; it reads a service through :class:`DeadlineService` (what a deadline needs of a
:class:`~kzsocial.services.ServiceDefinition`), so it sits below the definition, whose ``deadline`` method and the
public :func:`~kzsocial.services.service_deadline` and :func:`~kzsocial.services.hours_for` (which check the
service's type) call it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Protocol

from kzsocial.calendar import CountingPolicy, Deadline, OfficeHours, WorkCalendar, compute_deadline
from kzsocial.errors import InvalidInputError, InvalidTypeError, NoTermError
from kzsocial.services._terms import ServiceTerm, TermStart

if TYPE_CHECKING:
    from kzsocial.registry import Office
    from kzsocial.services._documents import Channel

__all__ = ["DeadlineService", "deadline_of", "hours_of"]


class DeadlineService(Protocol):
    """What a deadline reads of a :class:`~kzsocial.services.ServiceDefinition` (defined above this module)."""

    @property
    def id(self) -> str: ...
    @property
    def terms(self) -> tuple[ServiceTerm, ...]: ...
    @property
    def service_hours(self) -> OfficeHours | None: ...
    @property
    def intake_hours(self) -> OfficeHours | None: ...
    @property
    def main_term(self) -> ServiceTerm | None: ...
    def term_for(self, channel: Channel | str | None = None) -> ServiceTerm | None: ...


# Events a submission itself stands for: the term counts from the registration of the application (compared by
# identity: an enum member hashes in Python).
_SUBMISSION = TermStart.SUBMISSION
_REGISTRATION = TermStart.REGISTRATION
_DOCUMENTS_COMPLETE = TermStart.DOCUMENTS_COMPLETE
_SUBMISSION_EVENTS = frozenset({_SUBMISSION, _REGISTRATION, _DOCUMENTS_COMPLETE})


def hours_of(service: DeadlineService, office: Office | None = None) -> OfficeHours | None:
    """The hours a deadline of ``service`` is counted in (see :func:`~kzsocial.services.hours_for`)."""
    if office is not None:  # (None is None: no import on the common path)
        from kzsocial.registry._registry import office_of

        office = office_of(office)
    return (office.hours if office is not None else None) or service.service_hours or service.intake_hours


def deadline_of(
    service: DeadlineService,
    submitted_at: dt.datetime | None = None,
    *,
    office: Office | None = None,
    hours: OfficeHours | None = None,
    term: ServiceTerm | None = None,
    channel: Channel | str | None = None,
    event_at: dt.datetime | None = None,
    calendar: WorkCalendar | None = None,
    policy: CountingPolicy | None = None,
) -> Deadline:
    """The deadline of ``service`` (see :func:`~kzsocial.services.service_deadline`, which checks its type)."""
    if office is not None:  # (None is None: no import on the common path)
        from kzsocial.registry._registry import office_of

        office = office_of(office)
    if hours is not None and hours.__class__ is not OfficeHours and not isinstance(hours, OfficeHours):
        raise InvalidTypeError(f"hours must be OfficeHours or None, got {type(hours).__name__}")
    if term is not None and term.__class__ is not ServiceTerm and not isinstance(term, ServiceTerm):
        raise InvalidTypeError(f"term must be one of the service's ServiceTerm or None, got {type(term).__name__}")
    if term is not None:
        chosen: ServiceTerm | None = term
    else:  # term_for(None) is the main term
        chosen = service.main_term if channel is None else service.term_for(channel)
    if chosen is None:
        raise NoTermError(f"{service.id}: the act states no term for this service, so no deadline can be computed")
    if term is not None and term not in service.terms:
        raise InvalidInputError(f"{service.id}: the given term is not one of this service's terms")
    if hours is None:
        hours = (office.hours if office is not None else None) or service.service_hours or service.intake_hours
    starts_from = chosen.starts_from
    if starts_from is _SUBMISSION or starts_from is _REGISTRATION or starts_from is _DOCUMENTS_COMPLETE:
        if event_at is not None:
            raise InvalidInputError(
                f"{service.id}: this term runs from the {chosen.starts_from.value.replace('_', ' ')}; "
                "pass submitted_at, not event_at"
            )
        if submitted_at is None:
            raise InvalidInputError(f"{service.id}: pass submitted_at, the moment the application was made")
        return compute_deadline(chosen.term, submitted_at, hours=hours, calendar=calendar, policy=policy)
    event = chosen.starts_from.value.replace("_", " ")
    if event_at is None:
        described = f" ({chosen.starts_from_text.kk})" if chosen.starts_from_text else ""
        raise InvalidInputError(
            f"{service.id}: this term runs from the {event}{described}, not from the submission; "
            "pass that moment as event_at"
        )
    return compute_deadline(
        chosen.term, starts_at=event_at, start_event=event, hours=hours, calendar=calendar, policy=policy
    )
