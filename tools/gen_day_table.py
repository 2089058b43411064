"""Write the default calendars' day tables, computed from `holidays`: calendar/data/days.json and day_facts.json.

The default calendars (five- and six-day week with the shipped overrides) read these tables instead of computing
them on the first question (see :mod:`kzsocial.calendar._daytable`). Run ``python tools/gen_day_table.py`` after
upgrading ``holidays`` or changing ``src/kzsocial/calendar/data/holidays.json``, ``overrides.json`` or the rules in
``calendar/_tables.py``; ``tests/calendar/test_day_table.py`` fails while the committed file differs from a fresh
generation. ``--check`` exits 1 when the file is stale.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kzsocial.calendar import shipped_overrides
from kzsocial.calendar._daytable import encode, made_from
from kzsocial.calendar._tables import _build

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "kzsocial" / "calendar" / "data"


def generate() -> dict[str, str]:
    """The files' texts by name, computed now from the installed `holidays` and kzsocial's facts (the slow path)."""
    stamp = made_from()
    if stamp is None:
        raise SystemExit("cannot read the installed holidays package or kzsocial's calendar data")
    layers = (shipped_overrides(),)
    return encode({week: _build(week, layers) for week in (5, 6)}, stamp)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file is stale")
    args = parser.parse_args(argv)
    texts = generate()
    stale = [name for name, text in texts.items() if not (DATA / name).exists() or stale_text(DATA / name, text)]
    if args.check:
        for name in stale:
            print(f"{(DATA / name).relative_to(ROOT)} is stale: run python tools/gen_day_table.py", file=sys.stderr)
        return 1 if stale else 0
    for name, text in texts.items():
        (DATA / name).write_text(text, encoding="utf-8")
        print(f"wrote {(DATA / name).relative_to(ROOT)}")
    return 0


def stale_text(path: Path, text: str) -> bool:
    return path.read_bytes() != text.encode("utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
