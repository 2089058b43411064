"""Every office a service names, in every role, from the point of the act that names it there (issue 12).

The roles are kept apart: the office that serves, the one that receives complaints, the one that explains how to
complain, the one that gives additional information, the higher bodies, the ones that give out forms. Each link
carries its source; the test reads the line and checks that the point speaks of that role.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kzsocial.errors import InvalidInputError, InvalidTypeError
from kzsocial.registry import offices
from kzsocial.services import OfficeRole, catalog

KARAGANDA_OBLAST = "karaganda/oblast-employment-department"

# what a point must say for each role (Kazakh stems as printed in the five acts)
ROLE_WORDS = {
    OfficeRole.SERVING: r"көрсет|ұсын|арқылы|қабылда|жер ресурстары|жұмыс органы|[Мм]емлекеттік қызмет",
    OfficeRole.COMPLAINTS: r"[Шш]ағым|наразылық",
    OfficeRole.COMPLAINT_HELP: r"түсінді|түсінік|жәрдем",
    OfficeRole.INFORMATION: r"ақпарат",
    OfficeRole.HIGHER_BODY: r"жоғары тұрған|Жоғары тұрған",
    OfficeRole.FORMS: r"бланк",
}


def _lines(seeds_dir: Path, name: str) -> list[str]:
    return (seeds_dir / name).read_text(encoding="utf-8").split("\n")


def test_every_office_of_every_service_has_a_role_from_a_point_that_says_it(seeds_dir: Path) -> None:
    registry = offices()
    cache: dict[str, list[str]] = {}
    checked = 0
    for svc in catalog():
        assert svc.office_ids, svc.id
        for oid in (*svc.office_ids, *svc.complaint_office_ids):
            assert registry.get(oid)
        for link in svc.office_roles:
            assert link.source is not None, (svc.id, link)
            lines = cache.setdefault(link.source.file, _lines(seeds_dir, link.source.file))
            assert link.source.found_in(lines), (svc.id, link)
            # the point itself, or (for the contact lists of higher bodies) the heading a few lines above it
            start = link.source.line - (20 if link.role is OfficeRole.HIGHER_BODY else 1)
            context = "\n".join(lines[start - 1 : link.source.end_line or link.source.line])
            assert re.search(ROLE_WORDS[link.role], context), (svc.id, link.role, link.source)
            checked += 1
        serving = {k.office_id for k in svc.office_roles if k.role is OfficeRole.SERVING}
        complaints = {k.office_id for k in svc.office_roles if k.role is OfficeRole.COMPLAINTS}
        assert serving == set(svc.office_ids), svc.id
        assert complaints == set(svc.complaint_office_ids), svc.id
    assert checked > 2000


def test_karaganda_oblast_department_informs_and_never_serves() -> None:
    for svc in catalog().by_act("karaganda-2008"):
        assert KARAGANDA_OBLAST not in svc.office_ids, svc.id
        assert svc.information_office_ids == (KARAGANDA_OBLAST,), svc.id
        (link,) = [k for k in svc.office_links(KARAGANDA_OBLAST) if k.role is OfficeRole.INFORMATION]
        assert link.source is not None and "қосымша ақпаратты" in link.source.text


@pytest.mark.parametrize(("number", "line"), [("2", 1239), ("3", 2274), ("4", 3333), ("9", 9231), ("10", 10256)])
def test_karaganda_points_22_that_name_the_oblast_department_for_complaints(number: str, line: int) -> None:
    svc = next(s for s in catalog().by_act("karaganda-2008") if s.number == number)
    assert KARAGANDA_OBLAST in svc.complaint_office_ids
    (link,) = [k for k in svc.office_links(KARAGANDA_OBLAST) if k.role is OfficeRole.COMPLAINTS]
    assert link.source is not None and link.source.line == line
    assert KARAGANDA_OBLAST in svc.higher_body_ids  # point 21 names it among the higher bodies


def test_karaganda_other_standards_name_the_akims_only_for_complaints() -> None:
    for svc in catalog().by_act("karaganda-2008"):
        if svc.number not in ("2", "3", "4", "9", "10"):
            assert KARAGANDA_OBLAST not in svc.complaint_office_ids, svc.id
            assert {offices().get(i).kind.value for i in svc.complaint_office_ids} <= {"city_akimat", "district_akimat"}


def test_aktau_land_service_centre_gives_forms_only() -> None:
    centre = "mangystau/akimat-service-centre-aktau"
    for svc in catalog().by_act("aktau-2008"):
        if svc.id.startswith("aktau-2008/land-"):
            assert centre not in svc.office_ids, svc.id  # point 13 (003:350): forms only
            assert centre in svc.offices_for("forms"), svc.id


def test_roles_are_checked() -> None:
    svc = catalog().get("karaganda-2008/unemployed-registration")
    assert svc.offices_for(OfficeRole.SERVING) == svc.office_ids
    with pytest.raises(InvalidInputError, match="accepted: serving"):
        svc.offices_for("boss")


def test_office_links_takes_an_office_id_only() -> None:
    svc = catalog().get("karaganda-2008/prosthetic-orthopaedic-aid")
    assert svc.office_links(KARAGANDA_OBLAST) and svc.office_links("nowhere/office") == ()
    # a sequence compared with each link's id would answer elementwise (numpy: "truth value ... ambiguous")
    for wrong in (None, 42, ["karaganda/oblast-employment-department"], b"karaganda"):
        with pytest.raises(InvalidTypeError, match="office_id must be a str"):
            svc.office_links(wrong)  # type: ignore[arg-type]
