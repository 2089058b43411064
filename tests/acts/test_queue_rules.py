"""Booking ahead and expedited service (issue 12): «алдын ала жазылусыз және жеделдетіп қызмет көрсетусіз».

Every act that rules on them says no to both; ``ServiceDefinition.queue_rules`` holds the rule with its line.
The test reads each service's own lines of the act: the rule is recorded exactly where a sentence gives it.
"""

from __future__ import annotations

import re
from pathlib import Path

from kzsocial.services import catalog

_RULE = re.compile(r"алдын[- ]ала\s+жазыл")


def test_every_service_whose_text_rules_on_booking_has_the_rule(seeds_dir: Path) -> None:
    services = sorted(catalog(), key=lambda s: (s.source.file, s.source.line))
    counted = 0
    for n, svc in enumerate(services):
        lines = (seeds_dir / svc.source.file).read_text(encoding="utf-8").split("\n")
        nxt = services[n + 1] if n + 1 < len(services) else None
        end = nxt.source.line if nxt is not None and nxt.source.file == svc.source.file else len(lines) + 1
        # the regulations of 004 carry their Russian text after all the Kazakh: only the Kazakh part is read
        said = [j for j in range(svc.source.line, end) if _RULE.search(lines[j - 1])]
        rule = svc.queue_rules
        assert (rule is not None) == bool(said), (svc.id, said[:1])
        if rule is None:
            continue
        counted += 1
        assert rule.source.line == said[0] and rule.source.found_in(lines), svc.id
        assert (rule.pre_registration, rule.expedited) == (False, False), svc.id
        assert re.search(r"сыз|мейді|майды", rule.source.text), svc.id
    assert counted == len(services) - 5  # the five Aktau land acts say nothing of it


def test_the_lines() -> None:
    first = catalog().get("karaganda-2008/unemployed-registration").queue_rules
    assert first is not None and first.source.line == 120
    akmola = catalog().get("akmola-2008/social-aid-local-decisions").queue_rules
    assert akmola is not None and (akmola.source.line, akmola.source.end_line) == (79, 80)
