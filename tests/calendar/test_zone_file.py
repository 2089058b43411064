"""A zone's transitions read from its TZif file (calendar/_zone.py) equal the daily sampling they replace."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from kzsocial.calendar import _zone
from kzsocial.calendar._range import N_DAYS
from kzsocial.calendar._zone import DAY_US, ZoneLine

START, STOP = -3 * DAY_US, (N_DAYS + 3) * DAY_US


def _sampled(name: str) -> tuple[list[int], list[int]]:
    line = ZoneLine.__new__(ZoneLine)
    line.zone, line.name = ZoneInfo(name), name
    return line._sampled(START, STOP, [], [line.offset_of(START)])


ZONES = [
    "Asia/Almaty",
    "Asia/Aqtau",
    "Asia/Qyzylorda",
    "Asia/Oral",
    "Asia/Qostanay",
    "Europe/Moscow",
    "Europe/Berlin",  # a daylight-saving rule beyond the file's last transition
    "Australia/Lord_Howe",  # a half-hour daylight-saving shift
    "Africa/Casablanca",
    "UTC",
]


@pytest.mark.parametrize("name", ZONES)
def test_the_file_gives_the_sampled_transitions(name: str) -> None:
    line = ZoneLine(ZoneInfo(name), name)
    assert (line.trans, line.offs) == _sampled(name)


def test_kazakhstan_zones_are_read_without_sampling(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = ZoneLine.offset_of

    def counting(self: ZoneLine, u: int) -> int:
        calls.append(u)
        return real(self, u)

    monkeypatch.setattr(ZoneLine, "offset_of", counting)
    line = ZoneLine(ZoneInfo("Asia/Almaty"), "Asia/Almaty")
    assert line.trans and len(calls) <= 2 * len(line.trans) + 1  # two checks a transition, not one call a day
    # the 2024-03-01 change: 00:00 +06 became 23:00 +05 on 29 February
    change = int((dt.datetime(2024, 2, 29, 18, 0, tzinfo=dt.UTC) - _zone.EPOCH_UTC).total_seconds()) * 1_000_000
    assert change in line.trans and line.offset(change) == 5 * 3_600_000_000


@pytest.mark.parametrize("data", [None, b"", b"TZif2" + b"\0" * 10, b"not a zone file"])
def test_an_unreadable_or_damaged_file_falls_back_to_sampling(
    data: bytes | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_zone, "_tzif_bytes", lambda name: data)
    line = ZoneLine(ZoneInfo("Asia/Aqtau"), "Asia/Aqtau")
    assert (line.trans, line.offs) == _sampled("Asia/Aqtau")


def test_a_file_that_disagrees_with_zoneinfo_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    other = _zone._tzif_bytes("Europe/Moscow")  # Moscow's file given for Almaty: the checks at each change refuse it
    monkeypatch.setattr(_zone, "_tzif_bytes", lambda name: other)
    line = ZoneLine(ZoneInfo("Asia/Almaty"), "Asia/Almaty")
    assert (line.trans, line.offs) == _sampled("Asia/Almaty")


def test_a_tzinfo_that_is_not_a_named_zone_is_sampled() -> None:
    fixed = dt.timezone(dt.timedelta(hours=5))
    line = ZoneLine(fixed, "Asia/Aqtau")  # the name does not say what the tzinfo is: sample it
    assert line.trans == [] and line.offs == [5 * 3_600_000_000]
