"""Office heads by name (issue 12): only Zhambyl's annex 1 prints them («Меңгерушінің аты-жөні», 001:146, 473).

The names stay exactly as printed; where the two annexes spell a name differently, the first is kept and a
``misprint`` issue names both lines.
"""

from __future__ import annotations

from pathlib import Path

from kzsocial.registry import offices


def test_every_head_name_stands_on_its_lines(seeds_dir: Path) -> None:
    heads = {}
    for office in offices():
        for head in office.heads:
            lines = (seeds_dir / head.source.file).read_text(encoding="utf-8").split("\n")
            for src in (head.source, *head.also_printed):
                assert src.found_in(lines), (office.id, src)
            assert head.source.text == head.name
            if any(s.text != head.name for s in head.also_printed):
                assert any(i.code == "misprint" and head.name in i.message for i in office.data_issues), office.id
            heads[office.id] = head.name
    assert len(heads) == 11 and all(o.startswith("zhambyl/employment-dept-") for o in heads)
    assert heads["zhambyl/employment-dept-taraz-city"] == "Сейдалина Қосайкул Сатыбалдықызы"  # 001:152


def test_the_two_annexes_spell_two_names_differently() -> None:
    taraz = offices().get("zhambyl/employment-dept-taraz-city").heads[0]
    assert (taraz.source.line, taraz.also_printed[0].line) == (152, 479)
    assert taraz.also_printed[0].text == "Сейдалина Қосайкүл Сатыбалдықызы"
