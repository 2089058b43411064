"""The receiver's position on a talon (issue 12): «құжатты қабылдаған адамның ... лауазымы».

Standard 13 of Karaganda asks for it in its talon point (000:14475); seven regulations of North Kazakhstan ask for
it on the tear-off slip of their annexed application form (the talon the applicant keeps), each with an info issue.
The test walks every talon spec of every act: the field is there exactly where the act asks for it.
"""

from __future__ import annotations

from pathlib import Path

from kzsocial.services import TalonField, catalog

SLIPS = {
    "nko-2015/child-allowance": 1133,
    "nko-2015/prosthetic-orthopaedic-aid": 3652,
    "nko-2015/hearing-vision-hygiene-aids": 3904,
    "nko-2015/personal-assistant-sign-language": 4149,
    "nko-2015/wheelchairs": 4387,
    "nko-2015/sanatorium-treatment": 4618,
    "nko-2015/foreign-labour-permit": 5743,
}


def test_every_talon_asks_for_the_receivers_position_exactly_where_the_act_does(seeds_dir: Path) -> None:
    cache: dict[str, list[str]] = {}
    with_position = set()
    for svc in catalog():
        for spec in (svc.talon, svc.provider_talon):
            if spec is None or spec.source is None:
                continue
            lines = cache.setdefault(spec.source.file, (seeds_dir / spec.source.file).read_text().split("\n"))
            point = "\n".join(lines[spec.source.line - 1 : spec.source.end_line or spec.source.line])
            slip = [
                i
                for i in svc.data_issues
                if i.source is not None
                and "лауазымы" in i.source.text
                and "tear-off" in i.message
                and spec.source in i.related  # the issue names the talon point it completes
            ]
            asks = "лауазым" in point.lower() or bool(slip)
            has = TalonField.ACCEPTED_BY_POSITION in spec.fields
            assert has == asks, (svc.id, spec.source.line)
            if has:
                assert TalonField.ACCEPTED_BY in spec.fields
                with_position.add(svc.id)
            for issue in slip:
                assert issue.source is not None and issue.source.found_in(lines), svc.id
                assert issue.source.line == SLIPS[svc.id]
    assert with_position == {"karaganda-2008/unemployed-certificate", *SLIPS}


def test_standard_13_talon() -> None:
    spec = catalog().get("karaganda-2008/unemployed-certificate").talon
    assert spec is not None and spec.source is not None and spec.source.line == 14475
    assert spec.fields == (
        TalonField.NUMBER,
        TalonField.ACCEPTED_AT,
        TalonField.ACCEPTED_BY,
        TalonField.ACCEPTED_BY_POSITION,
    )
