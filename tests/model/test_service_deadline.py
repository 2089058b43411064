"""A service's deadline: its act's term, the office's hours, the event the term runs from."""

from __future__ import annotations

import datetime as dt
import functools
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzsocial._data import load_folders
from kzsocial.calendar import OfficeHours, compute_deadline
from kzsocial.errors import InvalidInputError, KzSocialError, NoTermError
from kzsocial.services import ServiceDefinition, catalog, hours_for
from model.factories import SRC, make_act, make_service, write_folder

HOURS = {"days": [{"weekdays": [0, 1, 2, 3, 4], "intervals": [["09:00", "13:00"], ["14:00", "18:00"]]}], "source": SRC}


@functools.cache
def _services() -> dict[str, ServiceDefinition]:
    decision = {
        "role": "main",
        "value": 15,
        "unit": "calendar_days",
        "starts_from": "commission_decision",
        "starts_from_text": {"kk": "комиссия шешімін алған күннен бастап"},
        "source": SRC,
    }
    staged = {
        "role": "main",
        "starts_from": "submission",
        "source": SRC,
        "stages": [
            {"value": 5, "unit": "working_days", "actor": {"kk": "бөлім"}, "source": SRC},
            {"value": 15, "unit": "working_days", "actor": {"kk": "жер кәсіпорны"}, "source": SRC},
            {"value": 2, "unit": "working_days", "actor": {"kk": "бөлім"}, "source": SRC},
        ],
    }
    akim = {"role": "other", "value": 30, "unit": "calendar_days", "channel": "akim", "source": SRC}
    services = [
        make_service("test-2008/decision", terms=[decision], service_hours=HOURS),
        make_service("test-2008/staged", terms=[staged], service_hours=HOURS),
        make_service("test-2008/plain", service_hours=HOURS, terms=[*make_service("x")["terms"], akim]),
        make_service("test-2008/no-term", terms=[]),
    ]
    folder = Path(tempfile.mkdtemp()) / "test-2008"
    return {s.id: s for s in load_folders([write_folder(folder, make_act(), services)]).services}


def test_the_act_example_holds() -> None:
    svc = catalog().get("karaganda-2008/unemployed-registration")
    d = svc.deadline(dt.datetime(2008, 12, 26, 18, 30))
    assert d.registered_at == dt.datetime(2008, 12, 29, 9, 0)
    assert d.due_at == dt.datetime(2009, 1, 8, 18, 0)
    assert "holidays" in d.data_version


def test_a_term_from_another_event_needs_its_moment() -> None:
    svc = _services()["test-2008/decision"]
    with pytest.raises(InvalidInputError, match=r"commission decision .*комиссия шешімін.* event_at"):
        svc.deadline(dt.datetime(2008, 12, 1, 10))
    d = svc.deadline(event_at=dt.datetime(2008, 12, 1, 10))
    assert d.start_event == "commission decision"
    assert d.last_day == dt.date(2008, 12, 18)  # 1 Dec + 15 = 16 Dec, Independence Day (16-17 Dec): next working day


def test_staged_terms_chain() -> None:
    d = _services()["test-2008/staged"].deadline(dt.datetime(2024, 4, 1, 10))
    assert [s.actor for s in d.stages] == ["бөлім", "жер кәсіпорны", "бөлім"]
    assert d.due_at == d.stages[-1].due_at


def test_a_channel_term_is_chosen_for_its_channel() -> None:
    svc = _services()["test-2008/plain"]
    at = dt.datetime(2024, 4, 1, 10)
    assert svc.deadline(at).last_day == dt.date(2024, 4, 11)
    assert svc.deadline(at, channel="akim").last_day == dt.date(2024, 5, 2)  # 1 May is a holiday


def test_no_term_is_a_clear_error() -> None:
    with pytest.raises(NoTermError, match="states no term"):
        _services()["test-2008/no-term"].deadline(dt.datetime(2024, 4, 1, 10))


def test_without_an_office_the_service_hours_count() -> None:
    svc = _services()["test-2008/plain"]
    assert hours_for(svc) == OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")], tz="Asia/Almaty")


@given(st.datetimes(min_value=dt.datetime(1995, 1, 1), max_value=dt.datetime(2090, 1, 1)))
def test_service_deadline_equals_compute_deadline(at: dt.datetime) -> None:
    svc = _services()["test-2008/plain"]
    main = svc.main_term
    assert main is not None
    assert svc.deadline(at) == compute_deadline(main.term, at, hours=hours_for(svc))


@given(st.sampled_from([s.id for s in catalog()]), st.datetimes(dt.datetime(2008, 1, 1), dt.datetime(2016, 12, 31)))
def test_every_packaged_service_deadline_computes_or_says_why(service_id: str, at: dt.datetime) -> None:
    svc = catalog().get(service_id)
    try:
        d = svc.deadline(at)
    except KzSocialError as exc:
        assert svc.main_term is None or svc.main_term.starts_from.value not in ("submission", "registration"), exc
        return
    assert d.due_at >= d.registered_at >= at.replace(second=0, microsecond=0) - dt.timedelta(minutes=1)


def test_the_office_hours_come_first_when_it_has_them() -> None:
    from kzsocial.registry import offices

    svc = _services()["test-2008/plain"]
    office = next(o for o in offices() if o.hours is not None)
    assert hours_for(svc, office) is office.hours
    assert hours_for(svc, None) is svc.service_hours
