"""The one place the notices compute a service's deadline (so the talon's ``due_at`` has a single source).

Until ``ServiceDefinition.deadline`` lands, this calls ``kzsocial.calendar.compute_deadline`` with the office's
hours (else the service's); once the service method exists it is used instead. Both are looked up at call time
so this module imports cleanly while the calendar is still being built.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, cast

from attrs import frozen

if TYPE_CHECKING:
    from kzsocial.calendar import OfficeHours
    from kzsocial.registry import Office
    from kzsocial.services import ServiceDefinition

__all__ = ["DeadlineLike", "DueResult", "compute_due", "hours_for"]


class DeadlineLike(Protocol):
    """What the notices read from :class:`kzsocial.calendar.Deadline`."""

    @property
    def registered_at(self) -> dt.datetime: ...

    @property
    def last_day(self) -> dt.date: ...

    @property
    def due_at(self) -> dt.datetime: ...


@frozen
class DueResult:
    """A computed deadline, or the reason there is none (in English, for error messages)."""

    deadline: DeadlineLike | None
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
    calendar: object = None,
    policy: object = None,
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
        deadline = method(submitted_at, office=office, calendar=calendar, policy=policy)
        return DueResult(cast("DeadlineLike", deadline))
    calendar_module = importlib.import_module("kzsocial.calendar")
    compute = getattr(calendar_module, "compute_deadline", None)
    if not callable(compute):
        return DueResult(None, "kzsocial.calendar.compute_deadline is not available in this version")
    fn = cast("Callable[..., Any]", compute)
    deadline = fn(main.term, submitted_at, hours=hours_for(service, office), calendar=calendar, policy=policy)
    return DueResult(cast("DeadlineLike", deadline))
