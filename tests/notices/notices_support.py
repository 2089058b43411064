"""Shared helpers of the notices tests: people, an office for a service, the reference deadline."""

from __future__ import annotations

import datetime as dt
import importlib
from typing import Any

import pytest

from kzsocial.notices import Person
from kzsocial.registry import Office, offices
from kzsocial.services import ServiceDefinition

APPLICANT = Person("Ахметова Гүлнар Серікқызы", "+7 701 123 45 67")
OFFICER = Person("Петрова Анна Сергеевна", "8 (7212) 42-10-56", position="бас маман")
REPRESENTATIVE = Person("Ахметов Нұрлан", "+7 702 000 11 22")

ACT_REGION = {
    "karaganda-2008": "karaganda",
    "zhambyl-2008": "zhambyl",
    "akmola-2008": "akmola",
    "aktau-2008": "mangystau",
    "nko-2015": "north-kazakhstan",
}


def office_for(service: ServiceDefinition) -> Office:
    """The first office linked to ``service``, else the first office of its act."""
    registry = offices()
    if service.office_ids:
        return registry.get(service.office_ids[0])
    same_act = [o for o in registry if o.act_id == service.act_id]
    if not same_act:
        pytest.skip(f"no office is recorded yet for {service.act_id}")
    return same_act[0]


def reference_deadline(service: ServiceDefinition, submitted_at: dt.datetime, office: Office | None) -> Any:
    """The deadline as the calendar computes it, independently of kzsocial.notices.

    Uses ``service.deadline`` when the model has it, else ``compute_deadline`` with the office's hours (the
    service's when the office has none). Skips while neither has landed.
    """
    method = getattr(service, "deadline", None)
    if callable(method):
        return method(submitted_at, office=office)
    compute = getattr(importlib.import_module("kzsocial.calendar"), "compute_deadline", None)
    if compute is None:
        pytest.skip("kzsocial.calendar.compute_deadline has not landed yet")
    main = service.main_term
    assert main is not None
    hours = office.hours if office is not None and office.hours is not None else service.service_hours
    return compute(main.term, submitted_at, hours=hours)


def has_deadline_engine() -> bool:
    return callable(getattr(ServiceDefinition, "deadline", None)) or callable(
        getattr(importlib.import_module("kzsocial.calendar"), "compute_deadline", None)
    )
