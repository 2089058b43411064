"""Rendered talons of one service of each act, compared exactly with files under tests/notices/snapshots/.

Regenerate after a deliberate change with ``KZSOCIAL_UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest
tests/notices/test_notices_snapshots.py`` and review the diff. An act whose data has not landed is skipped.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from kzsocial.notices import Person, RefusalReceipt, Talon, build_refusal_receipt, build_talon
from kzsocial.registry import offices
from kzsocial.services import ServiceDefinition, catalog
from notices.notices_support import APPLICANT, OFFICER, REPRESENTATIVE

RESIDENT = Person(APPLICANT.full_name, APPLICANT.phone, address="Петропавл қ., Жамбыл к-сі, 1")
EXECUTOR = Person("Сейітова Дина Маратқызы", "8 (7152) 46-12-80")
SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE = os.environ.get("KZSOCIAL_UPDATE_SNAPSHOTS") == "1"


def _service(service_id: str) -> ServiceDefinition:
    if service_id not in catalog():
        pytest.skip(f"{service_id} is not in the catalogue (its act's data has not landed)")
    return catalog().get(service_id)


def _documents(service: ServiceDefinition, channel: str | None) -> list[str]:
    return [d.id for d in service.required_documents(None, channel=channel)]


def karaganda() -> Talon:
    # The example: handed in on Fri 2008-12-26 at 18:30, after hours; 10 calendar days.
    svc = _service("karaganda-2008/unemployed-registration")
    return build_talon(
        svc,
        submitted_at=dt.datetime(2008, 12, 26, 18, 30),
        documents=_documents(svc, None),
        applicant=APPLICANT,
        accepted_by=OFFICER,
        office=offices().get(svc.office_ids[0]),
        number="К-2008/0415",
    )


def aktau() -> Talon:
    # A receipt with the office's phone and a staged term of 2 + 4 + 1 working days from registration.
    svc = _service("aktau-2008/land-plot-certificate")
    return build_talon(
        svc,
        submitted_at=dt.datetime(2008, 10, 15, 10, 0),
        documents=_documents(svc, None),
        applicant=APPLICANT,
        accepted_by=OFFICER,
        office=offices().get(svc.office_ids[0]),
        number=77,
    )


def nko() -> Talon:
    # The 2015 regulation's қолхат with all twelve fields; the regulation states no term, so the centre gives
    # the date.
    svc = _service("nko-2015/targeted-social-assistance")
    return build_talon(
        svc,
        submitted_at=dt.datetime(2015, 9, 1, 10, 15),
        documents=_documents(svc, "centre"),
        applicant=APPLICANT,
        accepted_by=OFFICER,
        representative=REPRESENTATIVE,
        office=offices().get(svc.office_ids[0]),
        number="ХҚО-0901-12",
        channel="centre",
        due_at=dt.datetime(2015, 9, 8, 18, 0),
    )


def zhambyl() -> Talon:
    # The counterfoil of the application form: 10 «күн» (unqualified days, counted as calendar days by default).
    svc = _service("zhambyl-2008/targeted-social-assistance")
    return build_talon(
        svc,
        submitted_at=dt.datetime(2008, 6, 12, 11, 40),
        documents=_documents(svc, None),
        applicant=APPLICANT,
        accepted_by=OFFICER,
        office=offices().get(svc.office_ids[0]),
        number=12,
    )


def akmola() -> Talon:
    # The tear-off talon: the 15 days run from the commission's decision, which is not known at submission, so
    # the talon says so instead of a date.
    svc = _service("akmola-2008/social-aid-local-decisions")
    return build_talon(
        svc,
        submitted_at=dt.datetime(2008, 11, 3, 9, 30),
        documents=_documents(svc, None),
        applicant=APPLICANT,
        accepted_by=OFFICER,
        office=offices().get(svc.office_ids[0]),
        number="А-31",
    )


def nko_refusal() -> RefusalReceipt:
    # Annex 6 of regulation 5 (line 1800): the applicant and their address, the branch and its address, the
    # missing documents, the service, the employee, the executor and the executor's phone, «Алдым» and the date.
    svc = _service("nko-2015/targeted-social-assistance")
    return build_refusal_receipt(
        svc,
        submitted_at=dt.datetime(2015, 9, 1, 10, 15),
        documents=_documents(svc, "centre")[:2],
        applicant=RESIDENT,
        accepted_by=OFFICER,
        office=offices().get(svc.office_ids[0]),
        number="ХҚО-0901-13",
        channel="centre",
        executor=EXECUTOR,
    )


CASES: dict[str, Callable[[], Talon | RefusalReceipt]] = {
    "karaganda-2008": karaganda,
    "zhambyl-2008": zhambyl,
    "akmola-2008": akmola,
    "aktau-2008": aktau,
    "nko-2015": nko,
    "nko-2015.refusal": nko_refusal,
}
RENDERINGS = [("kk", "text", "kk.txt"), ("ru", "text", "ru.txt"), ("ru", "html", "ru.html")]


@pytest.mark.parametrize(("language", "fmt", "suffix"), RENDERINGS)
@pytest.mark.parametrize("case", sorted(CASES))
def test_rendered_talon_matches_its_snapshot(case: str, language: str, fmt: str, suffix: str) -> None:
    document = CASES[case]()
    rendered = document.render(language, fmt)  # type: ignore[arg-type]
    path = SNAPSHOTS / f"{case}.{suffix}"
    if UPDATE:
        path.write_text(rendered, encoding="utf-8")
    assert path.is_file(), f"no snapshot {path.name}; run with KZSOCIAL_UPDATE_SNAPSHOTS=1 and review it"
    assert rendered == path.read_text(encoding="utf-8")


def test_karaganda_snapshot_says_what_the_act_says() -> None:
    talon = karaganda()
    assert talon.registered_at == dt.datetime(2008, 12, 29, 9, 0)
    assert talon.due_at == dt.datetime(2009, 1, 8, 18, 0)
    text = (SNAPSHOTS / "karaganda-2008.kk.txt").read_text(encoding="utf-8")
    assert text.startswith("2008 жылғы 26 желтоқсандағы № К-2008/0415 ТАЛОН\n")
    assert "Нәтижені алу мерзімі (күні мен уақыты): 2009 жылғы 8 қаңтар, сағат 18:00" in text


def test_zhambyl_and_akmola_snapshots_say_what_their_acts_say() -> None:
    z = zhambyl()
    assert z.due_at == dt.datetime(2008, 6, 23, 18, 0)  # 12 June + 10 days = Sun 22 June: next working day
    a = akmola()
    assert a.due_at is None and a.due_note
