"""``timeline REGULATION --channel ... --at ...``: the steps laid out by kzsocial.services' timeline."""

from __future__ import annotations

import datetime as dt

import pytest

from cli.cli_support import cli
from kzsocial.registry import offices
from kzsocial.services import catalog, timeline

Cap = pytest.CaptureFixture[str]
RID = "nko-2015/child-allowance"


def _office_id() -> str:
    return next(i for i in catalog().get(RID).office_ids if offices().get(i).hours is not None)


def test_timeline_json_equals_the_library(capsys: Cap) -> None:
    r = cli(capsys, "timeline", RID, "--channel", "provider", "--at", "2015-12-31T17:25", "--json")
    assert r.code == 0
    data = r.json()
    office = offices().get(_office_id())
    t = timeline(catalog().get(RID), "provider", dt.datetime(2015, 12, 31, 17, 25), office=office)
    assert data["office_id"] == office.id
    assert data["end"] == (None if t.end is None else t.end.isoformat())
    assert [(s["start"], s["end"]) for s in data["steps"]] == [
        (None if s.start is None else s.start.isoformat(), None if s.end is None else s.end.isoformat())
        for s in t.steps
    ]
    # 30 minutes from 17:25 on 31 December 2015: the office closes at 17:30, 1-4 January are off
    assert data["steps"][0]["end"] == "2016-01-05T09:25:00"


def test_timeline_text(capsys: Cap) -> None:
    r = cli(capsys, "timeline", RID, "--channel", "provider", "--at", "2015-12-31T17:25", "--office", _office_id())
    assert r.code == 0
    assert r.out.startswith(f"office: {_office_id()}\n{RID} via provider\n")
    assert "ends by " in r.out


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["timeline", RID, "--channel", "portal", "--at", "2015-12-31T17:25"], "no steps on channel"),
        (["timeline", "karaganda-2008/unemployed-registration", "--channel", "provider", "--at", "2015-12-31T17:25"],
         "no process steps"),
        (["timeline", RID, "--at", "2015-12-31T17:25"], "--channel"),
        (["timeline", RID, "--channel", "provider", "--at", "2015-12-31T17:25", "--variant", "nope"], "variant"),
    ],
)
def test_bad_usage(capsys: Cap, argv: list[str], needle: str) -> None:
    r = cli(capsys, *argv)
    assert r.code == 2 and r.out == "" and r.err.count("\n") == 1 and needle in r.err
