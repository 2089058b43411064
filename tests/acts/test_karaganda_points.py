"""Points every Karaganda 2008 standard shares, checked for all 13 against the act's text and the library."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzsocial.calendar import Term
from kzsocial.services import catalog

SEED = "000_24378b1da5dcbe4b.txt"
ACT = "karaganda-2008"
IDS = {
    1: f"{ACT}/unemployed-registration",
    2: f"{ACT}/semipalatinsk-victims-registration",
    3: f"{ACT}/prosthetic-orthopaedic-aid",
    4: f"{ACT}/hearing-visual-hygiene-aids",
    5: f"{ACT}/child-benefits-under-18",
    6: f"{ACT}/housing-assistance",
    7: f"{ACT}/medical-social-institution-documents",
    8: f"{ACT}/home-social-care-documents",
    9: f"{ACT}/social-aid-local-decisions",
    10: f"{ACT}/disabled-children-home-education-aid",
    11: f"{ACT}/rural-specialists-fuel-aid",
    12: f"{ACT}/targeted-social-assistance",
    13: f"{ACT}/unemployed-certificate",
}
# where each standard's title stands (14: the end of the act)
STANDARD_LINES = {
    1: 68, 2: 1077, 3: 2120, 4: 3141, 5: 4214, 6: 6038, 7: 7011,
    8: 8056, 9: 9095, 10: 10114, 11: 11137, 12: 12609, 13: 14397, 14: 15383,
}  # fmt: skip
# point 10: documents are taken in queue order, with no appointment and no expedited service
POINT_10 = {
    1: 120, 2: 1133, 3: 2186, 4: 3219, 5: 4274, 6: 6088, 7: 7061,
    8: 8106, 9: 9151, 10: 10164, 11: 11187, 12: 12663, 13: 14447,
}  # fmt: skip
# point 17: the grounds to refuse (each standard has some)
POINT_17 = {
    1: 164, 2: 1195, 3: 2228, 4: 3287, 5: 4322, 6: 6118, 7: 7113,
    8: 8156, 9: 9189, 10: 10206, 11: 11227, 12: 12701, 13: 14483,
}  # fmt: skip


@pytest.mark.parametrize("number", sorted(IDS))
def test_everyone_waits_in_turn_and_every_standard_has_grounds_to_refuse(seeds_dir: Path, number: int) -> None:
    lines = (seeds_dir / SEED).read_text(encoding="utf-8").split("\n")
    standard = lines[STANDARD_LINES[number] - 1 : STANDARD_LINES[number + 1] - 1]
    point_10 = lines[POINT_10[number] - 1]
    assert point_10.strip().startswith("10. ")
    assert "жеделдетілген қызмет көрсетусіз" in point_10 and "кезек тәртіб" in point_10
    assert not [x for x in standard if "кезектен тыс" in x or "кезексіз" in x]
    assert lines[POINT_17[number] - 1].strip().startswith("17. ")
    assert not [x for x in standard if "негіздері жоқ" in x or "негіздер жоқ" in x]
    svc = catalog().get(IDS[number])
    assert svc.priority == ()
    assert svc.no_refusal_grounds is None
    # every recorded ground is printed in point 17, before the section «3. Жұмыс қағидаттары»
    end = next(n for n in range(POINT_17[number], len(lines)) if "Жұмыс қағидат" in lines[n - 1])
    assert svc.refusal_grounds
    assert all(POINT_17[number] <= g.source.line < end for g in svc.refusal_grounds)


@pytest.mark.parametrize("number", sorted(IDS))
def test_no_staged_term_and_so_no_declared_total(number: int) -> None:
    svc = catalog().get(IDS[number])
    assert all(isinstance(t.term, Term) for t in svc.terms)
    assert all(t.declared_total is None and t.declared_total_source is None for t in svc.terms)
