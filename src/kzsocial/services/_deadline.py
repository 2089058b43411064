"""A service's deadline: its term, counted with the calendar rules and the hours of the office that serves it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kzsocial.calendar import CountingPolicy, Deadline, OfficeHours, WorkCalendar, compute_deadline
from kzsocial.errors import InvalidInputError, InvalidTypeError, NoTermError
from kzsocial.services._definition import ServiceDefinition, ServiceTerm, TermStart

if TYPE_CHECKING:
    from kzsocial.registry import Office
    from kzsocial.services._documents import Channel

__all__ = ["hours_for", "service_deadline"]

# Events a submission itself stands for: the term counts from the registration of the application.
_SUBMISSION_EVENTS = frozenset({TermStart.SUBMISSION, TermStart.REGISTRATION, TermStart.DOCUMENTS_COMPLETE})


def hours_for(service: ServiceDefinition, office: Office | None = None) -> OfficeHours | None:
    """The hours a deadline of ``service`` is counted in.

    The hours of the office that serves the application come first, as the acts tie the deadline to that
    office's working day; then the service's own hours as its act states them (a standard given Monday to
    Thursday), then its document-intake hours; None when the acts give none (then day terms end at the end of
    the day and working-time terms cannot be computed).

    ``office`` may be given by its id (``"karaganda/employment-dept-karaganda-city"``).
    """
    if not isinstance(service, ServiceDefinition):
        raise InvalidTypeError(f"service must be a ServiceDefinition, got {type(service).__name__}")
    if office is not None:  # (None is None: no import on the common path)
        from kzsocial.registry._registry import office_of

        office = office_of(office)
    return (office.hours if office is not None else None) or service.service_hours or service.intake_hours


def service_deadline(
    service: ServiceDefinition,
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
    """The deadline of ``service`` for an application made at ``submitted_at``.

    ``term`` defaults to the term the act gives for ``channel`` (else the main term). A term that runs from
    another event than the submission (a commission's decision, the hand-over of a case) needs that event's
    moment as ``event_at``; the deadline then counts from it. ``hours`` defaults to :func:`hours_for`.
    ``office`` is an :class:`~kzsocial.registry.Office` or its id.
    """
    if not isinstance(service, ServiceDefinition):
        raise InvalidTypeError(f"service must be a ServiceDefinition, got {type(service).__name__}")
    if office is not None:  # (None is None: no import on the common path)
        from kzsocial.registry._registry import office_of

        office = office_of(office)
    if hours is not None and not isinstance(hours, OfficeHours):
        raise InvalidTypeError(f"hours must be OfficeHours or None, got {type(hours).__name__}")
    if term is not None and not isinstance(term, ServiceTerm):
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
    if chosen.starts_from in _SUBMISSION_EVENTS:
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
