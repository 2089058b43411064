"""Sub-units of an office (issue 12): Aktau's social department has five sectors with their own rooms, phones and
hours (003:4909, 4943, 5239, 5943, 6364, 4531); their phones are the sectors', no longer folded into the department.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kzsocial.registry import offices

DEPT = "mangystau/employment-dept-aktau"


def test_the_five_sectors_of_the_aktau_department() -> None:
    dept = offices().get(DEPT)
    got = {u.id: (u.room, [p.raw for p in u.phones]) for u in dept.subunits}
    assert got == {
        "housing-assistance-sector": ("102", ["43-25-81"]),
        "employment-sector": ("103", ["43-26-50"]),
        "veterans-disabled-sector": ("207", ["43-26-52", "432652"]),
        "sector-room-201": ("201", ["43-26-11"]),
        "sector-room-202": ("202", ["421280"]),
    }
    own = {p.raw for p in dept.phones}
    assert not own & {"43-25-81", "43-26-11", "421280", "432652"}  # the sectors' numbers, not the department's
    assert dept.subunit_for_phone("421280") is not None and dept.subunit_for_phone("432616") is None
    housing = dept.subunits[0]
    assert housing.hours is not None and housing.hours.is_open(dt.datetime(2009, 3, 4, 16, 30))
    assert not housing.hours.is_open(dt.datetime(2009, 3, 4, 17, 30))  # the sector closes at 17:00 (003:4943)


def test_every_subunit_of_every_office_is_sourced_and_has_working_phones(seeds_dir: Path) -> None:
    found = 0
    for office in offices():
        for unit in office.subunits:
            found += 1
            lines = (seeds_dir / unit.source.file).read_text(encoding="utf-8").split("\n")
            assert unit.source.found_in(lines), (office.id, unit.id)
            for phone in unit.phones:
                assert phone.e164 is not None and phone.source is not None, (office.id, unit.id, phone.raw)
                assert phone.source.found_in(lines) and phone.raw in phone.source.text
            if unit.room is not None:
                room = next(f.source for f in unit.field_sources if f.field == "room")
                assert unit.room in room.text
    assert found == 5
