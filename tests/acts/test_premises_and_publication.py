"""Premises and accessibility, and where the standard is published (issue 12, facts the model could not hold).

The 2008 standards describe the premises in point 11 («күту залы», «орындықтар», «пандус», «ақпараттық стенд»,
000:124, 003:340) and say where the standard or the information on the service is made public in point 9 (a
website, the offices' stands, the press, 001:62). The 2015 regulations (004) say neither. The tests read each
service's own lines of the act, find the points there without looking at the data, and check the data against them.
"""

from __future__ import annotations

import re
from pathlib import Path

from kzsocial.services import ServiceDefinition, ServiceKind, catalog

_POINT_9 = re.compile(r"^\s*9\.")
_POINT_10 = re.compile(r"^\s*10\.")
_POINT_11 = re.compile(r"^\s*11\.")
_POINT_END = re.compile(r"^\s*(12\.|2\. Мемлекеттік)")
_PREMISES_WORDS = re.compile(r"кабинет|күту|орындық|пандус|стенд|таған|ғимарат|үй-жай|орын", re.I)
_PUBLIC_WORDS = re.compile(r"сайт|стенд|таған|газет|фойе|қабырға", re.I)
_PRIORITY = re.compile(r"кезектен тыс")
_FLAGS = {
    "has_waiting_area": re.compile(r"күту\s+зал|күту\s+бөлме", re.I),
    "has_seats": re.compile(r"орындық", re.I),
    "disabled_access": re.compile(r"пандус|шектеулі", re.I),
    "information_stand": re.compile(r"стенд|таған|ақпараттық\s+қабырға|ақпараттық\s+тақта", re.I),
}


def _ranges(seeds_dir: Path) -> list[tuple[ServiceDefinition, list[str], int, int]]:
    services = sorted(catalog(), key=lambda s: (s.source.file, s.source.line))
    out = []
    for n, svc in enumerate(services):
        lines = (seeds_dir / svc.source.file).read_text(encoding="utf-8").split("\n")
        nxt = services[n + 1] if n + 1 < len(services) else None
        end = nxt.source.line if nxt is not None and nxt.source.file == svc.source.file else len(lines) + 1
        out.append((svc, lines, svc.source.line, end))
    return out


def _point(lines: list[str], start: int, end: int, head: re.Pattern[str], stop: re.Pattern[str]) -> range | None:
    """The lines of the first point ``head`` in [start, end), up to the line before ``stop``."""
    first = next((j for j in range(start, end) if head.match(lines[j - 1])), None)
    if first is None:
        return None
    last = first
    while last + 1 < end and not stop.match(lines[last]):
        last += 1
    return range(first, last + 1)


def test_every_standard_that_describes_its_premises_has_them(seeds_dir: Path) -> None:
    counted = 0
    for svc, lines, start, end in _ranges(seeds_dir):
        point = _point(lines, start, end, _POINT_11, _POINT_END) if svc.kind is ServiceKind.STANDARD else None
        said = point is not None and bool(_PREMISES_WORDS.search(" ".join(lines[j - 1] for j in point)))
        premises = svc.premises
        assert (premises is not None) == said, svc.id
        if premises is None or point is None:
            continue
        counted += 1
        assert premises.source.found_in(lines), svc.id
        assert premises.source.line == point.start, svc.id
        assert premises.source.end_line is None or premises.source.end_line < point.stop, svc.id
        read = [lines[j - 1] for j in range(premises.source.line, (premises.source.end_line or point.start) + 1)]
        # the point's lines that are about the premises (out-of-turn service, 003:341, is recorded elsewhere)
        words = " ".join(line for line in read if not _PRIORITY.search(line)).replace("\xa0", " ")
        assert " ".join(words.split()) == premises.text.kk, svc.id
        for flag, rx in _FLAGS.items():
            value = getattr(premises, flag)
            assert value is (True if rx.search(words) else None), (svc.id, flag)
    assert counted == 38  # every 2008 standard; the 2015 regulations describe no premises


def test_every_standard_that_says_where_it_is_published_has_the_places(seeds_dir: Path) -> None:
    counted = 0
    for svc, lines, start, end in _ranges(seeds_dir):
        point = _point(lines, start, end, _POINT_9, _POINT_10) if svc.kind is ServiceKind.STANDARD else None
        said = point is not None and bool(_PUBLIC_WORDS.search(" ".join(lines[j - 1] for j in point)))
        places = svc.published_at
        assert bool(places) == said, svc.id
        if not places or point is None:
            continue
        counted += 1
        for place in places:
            assert place.source.found_in(lines), (svc.id, place.source)
            assert place.source.line in point, (svc.id, place.source.line)
            assert place.place.kk == place.source.text, svc.id
            assert _PUBLIC_WORDS.search(place.source.text) or "тақта" in place.source.text, svc.id
            if place.website is not None:
                assert place.website in place.source.text, svc.id
        texts = " ".join(p.source.text for p in places)
        for j in point:  # every website the point prints is recorded
            for site in re.findall(r"\S+\.kz", lines[j - 1]):
                assert site.rstrip(".").lstrip(":") in texts, (svc.id, site)
    assert counted == 38


def test_the_regulations_of_2015_describe_no_premises(seeds_dir: Path) -> None:
    text = next(seeds_dir.glob("004_*.txt")).read_text(encoding="utf-8")
    assert not re.search(r"күту\s+зал|пандус|помещени|ақпараттық\s+стенд", text, re.I)
    assert all(s.premises is None and not s.published_at for s in catalog() if s.act_id == "nko-2015")


def test_the_lines() -> None:
    karaganda = catalog().get("karaganda-2008/unemployed-registration")
    assert karaganda.premises is not None and karaganda.premises.source.line == 124
    assert karaganda.premises.disabled_access and karaganda.premises.has_waiting_area is None
    assert [(p.source.line, p.website) for p in karaganda.published_at] == [
        (116, "www.karaganda-region.kz"),
        (116, None),
    ]
    zhambyl = catalog().get("zhambyl-2008/targeted-social-assistance")
    assert [p.source.line for p in zhambyl.published_at] == [62, 62, 62]
    assert "газеттерінде" in zhambyl.published_at[0].place.kk
    assert zhambyl.premises is not None and zhambyl.premises.has_seats and zhambyl.premises.has_waiting_area
    aktau = catalog().get("aktau-2008/land-temporary-paid-use-act").premises
    assert aktau is not None and aktau.source.line == 340 and "кезектен" not in aktau.text.kk
    akmola = catalog().get("akmola-2008/social-aid-local-decisions")
    assert akmola.premises is not None and (akmola.premises.source.line, akmola.premises.source.end_line) == (81, 89)
    assert akmola.premises.disabled_access and akmola.premises.has_seats is None
    assert "газеттерінде жарияланады" in akmola.published_at[-1].source.text
