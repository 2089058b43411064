"""Loading validates every file and lists every problem at once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kzsocial._data import load_folders
from kzsocial.errors import DataValidationError, KzSocialError
from model.factories import SRC, make_act, make_service, write_folder


def test_a_valid_folder_loads(tmp_path: Path) -> None:
    data = load_folders([write_folder(tmp_path / "test-2008", make_act(), [make_service("test-2008/housing")])])
    (svc,) = data.services
    assert svc.main_term is not None and str(svc.main_term.term) == "10 calendar days"
    assert [d.id for d in svc.required_documents()] == ["id-card"]


def test_every_problem_is_listed_at_once(tmp_path: Path) -> None:
    services = [
        make_service("test-2008/a", terms=[{"role": "main", "value": 5, "source": SRC}]),  # no unit
        make_service("test-2008/a"),  # duplicate id
        make_service("test-2008/b", office_ids=["nowhere/office"]),  # dangling office
        make_service("test-2008/c", fee={"kind": "cheap"}),  # bad enum
        make_service("other-2008/d"),  # id outside the act
        make_service("test-2008/e", documents=[{"id": "x", "name": {"kk": "a"}}]),  # no source
    ]
    with pytest.raises(DataValidationError) as info:
        load_folders([write_folder(tmp_path / "test-2008", make_act(), services)])
    problems = "\n".join(info.value.problems)
    assert "needs a unit" in problems
    assert "defined more than once" in problems
    assert "'nowhere/office' is not in the registry" in problems
    assert "'cheap' is not a FeeKind; accepted: free, paid, paid_unknown_amount, unspecified" in problems
    assert "must start with its act id" in problems
    assert "a source {line, text} is required" in problems
    assert len(info.value.problems) >= 6
    assert isinstance(info.value, ValueError) and isinstance(info.value, KzSocialError)


def test_office_links_must_name_known_services(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "test-2008", make_act(), [make_service("test-2008/a")], [])
    (folder / "office_links.json").write_text(
        json.dumps({"format": 1, "act": "test-2008", "items": {"test-2008/zzz": []}}), encoding="utf-8"
    )
    with pytest.raises(DataValidationError, match="links a service that is not defined"):
        load_folders([folder])


def test_folder_name_must_match_act_id(tmp_path: Path) -> None:
    with pytest.raises(DataValidationError, match="differs from its folder name"):
        load_folders([write_folder(tmp_path / "wrong-name", make_act(), [])])


def test_broken_json_is_reported(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "test-2008", make_act(), [])
    (folder / "services.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(DataValidationError, match="cannot read JSON"):
        load_folders([folder])


def test_packaged_data_loads() -> None:
    from kzsocial._data import dataset

    data = dataset()
    assert data.acts, "no packaged acts"


def test_open_ended_reception_has_no_end(tmp_path: Path) -> None:
    import datetime as dt

    office = {
        "id": "karaganda/akimat",
        "kind": "city_akimat",
        "name": {"kk": "Әкімат"},
        "source": SRC,
        "reception": [
            {"rrule": "FREQ=WEEKLY;BYDAY=TU", "start": "17:00", "end": None, "text": {"kk": "сағ. 17.00-ден бастап"}}
        ],
    }
    data = load_folders([write_folder(tmp_path / "test-2008", make_act(), [], [office])])
    slot = data.offices[0].next_reception(dt.datetime(2008, 12, 1), calendar=False)
    assert slot.start == dt.datetime(2008, 12, 2, 17, 0)
    assert slot.end is None


def test_a_declared_total_belongs_to_a_staged_term(tmp_path: Path) -> None:
    term = {"role": "main", "value": 2, "unit": "working_days", "source": SRC,
            "declared_total": {"value": 2, "unit": "working_days", "source": SRC, "extra": 1}}
    with pytest.raises(DataValidationError) as info:
        load_folders([write_folder(tmp_path / "test-2008", make_act(), [make_service("test-2008/a", terms=[term])])])
    problems = "\n".join(info.value.problems)
    assert "only a staged term has a declared total" in problems
    assert "unknown key(s) extra" in problems
