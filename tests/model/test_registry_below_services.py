"""The registry below the services (issue 16): offices read alone, service questions asked with the service object.

The same answers as before the split: the offices the packaged registry reads alone equal the dataset's, the
hours an office's services state come from the catalogue asked, and the deprecated forms (a service id, no
service at all) still answer, with a DeprecationWarning, when the packaged catalogue is there.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

from kzsocial._data import dataset, load_folders
from kzsocial.errors import InvalidTypeError, KzSocialError
from kzsocial.loader import load_data, packaged_folders
from kzsocial.registry import HoursSource, offices
from kzsocial.registry._builder import load_office_part
from kzsocial.services import catalog

EXAMPLE = Path(__file__).resolve().parents[1] / "example_act"
NO_HOURS = "karaganda/employment-dept-karaganda-city"  # prints no hours; its services state different ones


def test_the_registry_is_the_datasets_offices_read_once() -> None:
    assert dataset().offices is offices().offices
    alone = load_office_part(packaged_folders())
    assert alone.problems == () and alone.offices == offices().offices
    assert load_folders(packaged_folders()) == dataset()


def test_offices_of_a_service_from_the_service_object_any_catalogue() -> None:
    svc = catalog().get("karaganda-2008/unemployed-registration")
    assert [o.id for o in offices().for_service(svc)] == list(svc.office_ids)
    loaded = load_data([*packaged_folders(), EXAMPLE])
    mine = loaded.catalog.get("example-2099/housing-aid")
    assert [o.id for o in loaded.offices.for_service(mine)] == ["karaganda/example-employment-dept"]
    with pytest.raises(KzSocialError):
        offices().for_service(mine)  # an office the packaged registry does not have is no silent empty answer
    with pytest.raises(InvalidTypeError, match="ServiceDefinition"):
        offices().for_service(42)  # type: ignore[arg-type]


def test_a_service_id_is_deprecated_and_still_answers() -> None:
    sid = "karaganda-2008/unemployed-registration"
    with pytest.warns(DeprecationWarning, match="pass the ServiceDefinition"):
        found = offices().for_service(sid)
    assert found == offices().for_service(catalog().get(sid))


def test_the_hours_of_an_offices_services_come_from_the_catalogue_asked() -> None:
    office = offices().get(NO_HOURS)
    eff = catalog().office_hours(office)
    assert eff.source is HoursSource.NONE and "state different hours" in eff.reason.get("en")
    assert office.effective_hours(services=catalog()) == eff
    with pytest.warns(DeprecationWarning, match="office_hours"):
        assert office.effective_hours() == eff
    # a catalogue whose only service at the office states one set of hours: they apply
    one = next(s for s in catalog().by_office(NO_HOURS) if s.service_hours is not None)
    agreed = office.effective_hours(services=[one])
    assert agreed.source is HoursSource.SERVICES and agreed.hours == one.service_hours
    monday = dt.datetime(2024, 11, 25, 10, 0)
    assert one.service_hours is not None
    assert office.is_open(monday, services=[one]) == one.service_hours.is_open(monday)
    with pytest.raises(InvalidTypeError, match="services must be"):
        office.effective_hours(services=one)  # type: ignore[arg-type]


def test_an_office_whose_services_are_not_imported_says_they_were_not_consulted() -> None:
    code = (
        "from kzsocial.registry import offices\n"
        f"eff = offices().get({NO_HOURS!r}).effective_hours()\n"
        "print(eff.source.value, '|', eff.reason.en)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.startswith("none | ") and "were not consulted" in out, out


def test_an_office_with_its_own_hours_needs_no_service() -> None:
    office = next(o for o in offices() if o.hours is not None)
    assert office.effective_hours().source is HoursSource.OFFICE
    assert attrs.evolve(office).effective_hours(services=[]).hours == office.hours


def test_the_parent_is_found_in_the_registry_given_not_the_packaged_one() -> None:
    from kzsocial.calendar import OfficeHours

    child = next(o for o in offices() if o.parent_id is not None and o.hours is None)
    packaged_parent = offices().get(child.parent_id)
    assert packaged_parent.hours is None  # the packaged parent prints no hours either
    hours = OfficeHours.weekly("09:00", "17:00")
    loaded_parent = attrs.evolve(packaged_parent, hours=hours)
    own = child.effective_hours(offices=[loaded_parent, child])
    assert own.source is HoursSource.PARENT
    assert own.hours == hours
    assert own.parent_id == packaged_parent.id
    assert child.hours_text("en", offices=[loaded_parent]) == own.text("en")
    assert child.is_open(dt.datetime(2024, 11, 25, 16, 30), offices=[loaded_parent])
    # a registry without the parent: no parent's hours, never the packaged registry's answer
    assert child.effective_hours(services=(), offices=[child]).source is HoursSource.NONE
    with pytest.raises(InvalidTypeError, match="offices must"):
        child.effective_hours(offices="karaganda")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="offices must hold"):
        child.effective_hours(offices=[child.id])  # type: ignore[list-item]
