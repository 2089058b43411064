"""``deadline SERVICE --at ...``: the act's own term through ServiceDefinition.deadline; ``--term`` still works."""

from __future__ import annotations

import datetime as dt

import pytest

from cli.cli_support import cli
from kzsocial.registry import offices
from kzsocial.services import catalog

Cap = pytest.CaptureFixture[str]
SID = "karaganda-2008/unemployed-registration"


def test_service_deadline_is_the_models(capsys: Cap) -> None:
    r = cli(capsys, "deadline", SID, "--at", "2008-12-26T18:30", "--json")
    assert r.code == 0
    expected = catalog().get(SID).deadline(dt.datetime(2008, 12, 26, 18, 30))
    assert r.json() == expected.to_dict()
    assert r.json()["due_at"].startswith("2009-01-08T18:00")


def test_service_deadline_explained_in_words(capsys: Cap) -> None:
    r = cli(capsys, "deadline", SID, "--at", "2008-12-26T18:30", "--lang", "ru")
    assert r.code == 0 and "2009" in r.out and r.err == ""


def test_service_deadline_with_an_office(capsys: Cap) -> None:
    sid = "aktau-2008/unemployed-registration"
    service = catalog().get(sid)
    office = offices().get(service.office_ids[0])
    r = cli(capsys, "deadline", sid, "--at", "2024-05-03T17:00", "--office", office.id, "--json")
    assert r.code == 0
    assert r.json() == service.deadline(dt.datetime(2024, 5, 3, 17, 0), office=office).to_dict()


def test_a_term_from_another_event_needs_its_moment(capsys: Cap) -> None:
    sid = "karaganda-2008/semipalatinsk-victims-registration"
    r = cli(capsys, "deadline", sid, "--at", "2008-12-26T18:30")
    assert r.code == 2 and "--starts-at" in r.err and r.err.count("\n") == 1
    ok = cli(capsys, "deadline", sid, "--starts-at", "2009-01-12T10:00", "--json")
    assert ok.code == 0
    expected = catalog().get(sid).deadline(event_at=dt.datetime(2009, 1, 12, 10, 0))
    assert ok.json() == expected.to_dict()


def test_a_service_without_a_term_is_a_failed_result(capsys: Cap) -> None:
    r = cli(capsys, "deadline", "karaganda-2008/housing-assistance", "--at", "2008-12-26T18:30")
    assert r.code == 1 and "states no term" in r.err and r.out == ""


def test_the_ad_hoc_term_still_works(capsys: Cap) -> None:
    r = cli(capsys, "deadline", "--term", "10 calendar_days", "--at", "2008-12-26T18:30", "--json")
    assert r.code == 0 and r.json()["due_at"].startswith("2009-01-08T18:00")


@pytest.mark.parametrize(
    "argv",
    [
        ["deadline", SID, "--term", "10 calendar_days", "--at", "2008-12-26T18:30"],
        ["deadline", "--at", "2008-12-26T18:30"],
        ["deadline", "--term", "10 calendar_days", "--at", "2008-12-26T18:30", "--office", "x"],
        ["deadline", SID, "--at", "2008-12-26T18:30", "--event", "decision"],
        ["deadline", SID, "--at", "2008-12-26T18:30", "--channel", "fax"],
    ],
)
def test_bad_usage(capsys: Cap, argv: list[str]) -> None:
    r = cli(capsys, *argv)
    assert r.code == 2 and r.out == "" and r.err.count("\n") == 1
