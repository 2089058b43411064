"""Print the skeleton of the translations overlay: every citizen-facing text still without Russian or English.

    python tools/translations_skeleton.py [ACT_ID ...]

For each act (all by default) prints a JSON object in the format of ``src/kzsocial/data/acts/<act>/translations.json``
whose entries are the texts that still lack a language: ``{"kk": <the act's text>, "ru": null, "en": null}`` (only
the missing languages appear). A translator fills in the nulls and merges the entries into the act's overlay file;
the loader refuses entries left null. The translations themselves are written by hand (docs/data-format.md,
"Translations"); this script only lists what is missing.
"""

from __future__ import annotations

import json
import sys

from kzsocial._data import dataset
from kzsocial._translations import citizen_texts
from kzsocial.provenance import TRANSLATION_PROVENANCE


def skeleton(act_id: str) -> dict[str, object]:
    ds = dataset()
    items: dict[str, dict[str, dict[str, str | None]]] = {}
    records = [("service", s) for s in ds.services if s.act_id == act_id]
    records += [("office", o) for o in ds.offices if o.act_id == act_id]
    for kind, record in records:
        for path, text in citizen_texts(record):
            missing = {lang: None for lang in ("ru", "en") if getattr(text, lang) is None}
            if missing:
                items.setdefault(f"{kind}:{record.id}", {})[path] = {"kk": text.kk, **missing}
    return {"format": 1, "act": act_id, "provenance": TRANSLATION_PROVENANCE, "items": items}


def main(argv: list[str]) -> int:
    acts = argv or [a.id for a in dataset().acts]
    for act_id in acts:
        sys.stdout.write(json.dumps(skeleton(act_id), ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
