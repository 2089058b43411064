"""The one place the notices compute a service's deadline (so the talon's ``due_at`` has a single source).

It uses ``ServiceDefinition.deadline`` when the model has it; until then it calls
:func:`kzsocial.calendar.compute_deadline` on the service's main term with the office's hours (the service's when
the office has none). An aware submission moment with hours that carry no time zone is counted in the office's
zone.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, cast

import attrs
from attrs import frozen

from kzsocial.calendar import CountingPolicy, Deadline, OfficeHours, WorkCalendar, compute_deadline

if TYPE_CHECKING:
    from kzsocial.registry import Office
    from kzsocial.services import ServiceDefinition

__all__ = ["DueResult", "compute_due", "hours_for"]


@frozen
class DueResult:
    """A computed deadline, or the reason there is none (in English, for error messages)."""

    deadline: Deadline | None
    reason: str | None = None


_FROM_SUBMISSION = ("submission", "registration")


def hours_for(service: ServiceDefinition, office: Office | None) -> OfficeHours | None:
    """The hours a deadline is counted in: the office's when it has them, else the service's."""
    if office is not None and office.hours is not None:
        return office.hours
    return service.service_hours


def compute_due(
    service: ServiceDefinition,
    submitted_at: dt.datetime,
    office: Office | None,
    *,
    calendar: WorkCalendar | None = None,
    policy: CountingPolicy | None = None,
) -> DueResult:
    """The deadline of ``service``'s main term for a submission at ``submitted_at`` at ``office``."""
    main = service.main_term
    if main is None:
        return DueResult(None, "the act states no main term for this service")
    if main.starts_from.value not in _FROM_SUBMISSION:
        return DueResult(
            None,
            f"the main term runs from {main.starts_from.value.replace('_', ' ')}, not from the submission, "
            "so its date is not known when the documents are accepted",
        )
    method = getattr(service, "deadline", None)
    if callable(method):
        return DueResult(cast("Deadline", method(submitted_at, office=office, calendar=calendar, policy=policy)))
    hours = hours_for(service, office)
    if submitted_at.tzinfo is not None and hours is not None and hours.tz is None and office is not None:
        hours = attrs.evolve(hours, tz=office.timezone)
    return DueResult(compute_deadline(main.term, submitted_at, hours=hours, calendar=calendar, policy=policy))
