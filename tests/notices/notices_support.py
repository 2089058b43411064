"""Shared helpers of the notices tests: people, an office for a service, the reference deadline."""

from __future__ import annotations

import datetime as dt
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


def reference_deadline(
    service: ServiceDefinition, submitted_at: dt.datetime, office: Office | None, channel: Any = None
) -> Any:
    """The deadline as the model computes it for the service at that office, independently of kzsocial.notices."""
    return service.deadline(submitted_at, office=office, channel=channel)
