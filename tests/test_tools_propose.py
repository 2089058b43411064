"""``tools/propose.py``: the table parsers propose what the committed data holds (the data owns the facts)."""

from __future__ import annotations

import importlib.util
from types import ModuleType

import pytest

from conftest import ROOT, SEEDS
from kzsocial.registry import offices
from kzsocial.services import catalog


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("propose", ROOT / "tools" / "propose.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _tool()


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


@pytest.mark.parametrize("act", ["karaganda-2008", "zhambyl-2008", "aktau-2008"])
def test_every_committed_indicator_is_proposed_from_its_table(act: str) -> None:
    services = [s for s in catalog() if s.act_id == act and s.quality_indicators]
    assert services
    for svc in services:
        file = svc.quality_indicators[0].source.file
        lines = (SEEDS / file).read_text(encoding="utf-8").split("\n")
        first = min(q.source.line for q in svc.quality_indicators) - 3
        last = max(q.source.end_line or q.source.line for q in svc.quality_indicators) + 8
        proposed = tool.indicators(lines, first, last)
        for q in svc.quality_indicators:
            match = [p for p in proposed if _fold(p["name"]["kk"]) in _fold(q.source.text)]
            assert match, (svc.id, q.name.kk)
            line = match[0]["source"]["line"]
            assert q.source.line <= line <= (q.source.end_line or q.source.line) + 1, (svc.id, q.name.kk)


def test_every_committed_karaganda_phone_is_proposed_on_its_line() -> None:
    lines = (SEEDS / "000_24378b1da5dcbe4b.txt").read_text(encoding="utf-8").split("\n")
    phones = [
        (p, o) for o in offices() if o.id.startswith("karaganda/") for p in o.phones if p.source is not None
    ]
    assert len(phones) > 200
    missed = []
    for phone, office in phones:
        src = phone.source
        assert src is not None
        found = tool.contacts(lines, src.line, src.end_line or src.line, office.area_code)
        if not any(f["kind"] == "phone" and (f["raw"] in src.text or src.text in f["raw"]) for f in found):
            missed.append((office.id, src.line, src.text))
    # A parser proposes; the reader decides. It must see nearly every printed number (broken cells aside).
    assert len(missed) <= len(phones) // 20, missed[:10]


def test_the_postcode_of_an_address_is_not_a_phone() -> None:
    found = tool.contacts(["100012, Қарағанды облысы, Поспелов көшесі, 16", "тел. (7212) 300169"], 1, 2)
    assert [(f["raw"], f["e164"]) for f in found] == [("(7212) 300169", "+77212300169")]


def test_an_email_and_a_website_printed_with_a_space_are_proposed() -> None:
    found = tool.contacts(["www karaganda-akimat.kz", "krggorsobes@mail.ru"], 1, 2)
    assert [(f["kind"], f["raw"]) for f in found] == [
        ("website", "www karaganda-akimat.kz"),
        ("email", "krggorsobes@mail.ru"),
    ]
