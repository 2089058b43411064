"""The one place the notices compute a service's deadline (so the talon's ``due_at`` has a single source).

It is :meth:`ServiceDefinition.deadline <kzsocial.services.ServiceDefinition.deadline>`: the term the act gives
for the channel (else the main term), counted with :func:`kzsocial.services.hours_for` (the service's hours as its
act states them, else the office's, else the intake hours). Two additions for a talon:

- a term that runs from another event than the submission (a commission's decision, ...) has no date yet when
  documents are accepted: the talon gets no ``due_at``, and the reason;
- an aware submission moment with hours that carry no time zone is counted in the office's zone.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs
from attrs import frozen

from kzsocial.calendar import CountingPolicy, Deadline, OfficeHours, WorkCalendar
from kzsocial.services import TermStart, hours_for

if TYPE_CHECKING:
    from kzsocial.registry import Office
    from kzsocial.services import Channel, ServiceDefinition

__all__ = ["DueResult", "compute_due", "talon_hours"]

# The events a submission itself stands for (as in kzsocial.services.service_deadline).
_FROM_SUBMISSION = frozenset({TermStart.SUBMISSION, TermStart.REGISTRATION, TermStart.DOCUMENTS_COMPLETE})


@frozen
class DueResult:
    """A computed deadline, or the reason there is none (in English, for error messages)."""

    deadline: Deadline | None
    reason: str | None = None


def talon_hours(service: ServiceDefinition, office: Office | None) -> OfficeHours | None:
    """The hours the talon's deadline is counted in (:func:`kzsocial.services.hours_for`)."""
    return hours_for(service, office)


def compute_due(
    service: ServiceDefinition,
    submitted_at: dt.datetime,
    office: Office | None,
    *,
    channel: Channel | None = None,
    calendar: WorkCalendar | None = None,
    policy: CountingPolicy | None = None,
) -> DueResult:
    """The deadline of ``service`` for documents handed in at ``submitted_at`` at ``office``."""
    term = service.term_for(channel)
    if term is None:
        return DueResult(None, "the act states no term for this service")
    if term.starts_from not in _FROM_SUBMISSION:
        return DueResult(
            None,
            f"the term runs from the {term.starts_from.value.replace('_', ' ')}, not from the submission, "
            "so its date is not known when the documents are accepted",
        )
    hours = hours_for(service, office)
    if submitted_at.tzinfo is not None and hours is not None and hours.tz is None and office is not None:
        hours = attrs.evolve(hours, tz=office.timezone)
    deadline = service.deadline(
        submitted_at, office=office, hours=hours, channel=channel, calendar=calendar, policy=policy
    )
    return DueResult(deadline)
