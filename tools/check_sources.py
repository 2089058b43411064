"""Check, locate and re-locate every recorded phrase of the acts' data against the acts' texts in ``sources/``.

The data files under ``src/kzsocial/data/acts/<act>/`` are the source of truth; every recorded phrase in them is a
``{"line": N, "text": "...", "end_line": M}`` object whose ``text`` stands, exactly as printed, on line ``N`` (to
``M``) of the act's ``source_file``. This tool keeps that promise checkable and cheap to maintain:

    python tools/check_sources.py                     # check every act; exit 1 listing every phrase not on its line
    python tools/check_sources.py karaganda-2008      # one act (or several)
    python tools/check_sources.py --fix               # re-locate: set line/end_line of every phrase not on its
                                                      # line to where the text stands (nearest to where it was)
    python tools/check_sources.py --fix --seeds DIR   # the same against re-extracted texts in DIR: a line diff
                                                      # with the text in sources/ says where each line went (then
                                                      # copy them into sources/ and update sources/SHA256SUMS)

A new phrase may be written with ``"line": 0``: ``--fix`` finds it (nearest to the record's other phrases) and
writes its line. A phrase found nowhere, or found at several places equally near, is reported and left as it is:
nothing is guessed. The files are rewritten in their own JSON layout (indent kept, UTF-8, a final newline).
"""

from __future__ import annotations

import argparse
import bisect
import difflib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ACTS = ROOT / "src" / "kzsocial" / "data" / "acts"
SEEDS = ROOT / "sources"

Record = dict[str, Any]


def iter_sources(node: Any, path: str = "") -> Iterator[tuple[str, Record]]:
    """Every source object below ``node`` with its JSON path (``.key[index]...``)."""
    if isinstance(node, dict):
        if "line" in node and "text" in node and isinstance(node["line"], int):
            yield path, node
        for key, value in node.items():
            yield from iter_sources(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from iter_sources(value, f"{path}[{i}]")


class Seed:
    """An act's text with the offsets of its lines, to find a phrase and the lines it spans."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = text.split("\n")
        self.starts = [0]
        for line in self.lines[:-1]:
            self.starts.append(self.starts[-1] + len(line) + 1)

    def holds(self, src: Record) -> bool:
        start, end = src["line"], src.get("end_line") or src["line"]
        if not (1 <= start <= end <= len(self.lines)):
            return False
        return str(src["text"]) in "\n".join(self.lines[start - 1 : end])

    def occurrences(self, phrase: str) -> list[tuple[int, int]]:
        """(first line, last line) of every place ``phrase`` stands, 1-based."""
        found: dict[tuple[int, int], None] = {}
        at = self.text.find(phrase)
        while at != -1 and phrase:
            first = bisect.bisect_right(self.starts, at)
            last = bisect.bisect_right(self.starts, at + len(phrase) - 1)
            found[(first, last)] = None
            at = self.text.find(phrase, at + 1)
        return list(found)


class LineMap:
    """Where each line of an act's previous text went in its re-extracted text (by a line diff of the two)."""

    def __init__(self, old: list[str], new: list[str]) -> None:
        blocks = difflib.SequenceMatcher(None, old, new, autojunk=False).get_matching_blocks()
        self.starts = [b.a + 1 for b in blocks if b.size]
        self.shifts = [b.b - b.a for b in blocks if b.size]

    def __call__(self, line: int) -> int:
        """The new line of old ``line`` (a line that changed keeps the shift of the block before it)."""
        i = bisect.bisect_right(self.starts, line) - 1
        return line + (self.shifts[i] if i >= 0 else 0)


def _indent_of(raw: str) -> int:
    second = raw.split("\n", 2)[1] if "\n" in raw else ""
    return max(1, len(second) - len(second.lstrip(" ")))


def _anchor(src: Record, siblings: list[Record], seed: Seed, moved: LineMap | None) -> int | None:
    """Where to look first: the phrase's own line (where it went, after a re-extraction), else the median line
    of its record's located phrases."""
    if src["line"] >= 1:
        return moved(src["line"]) if moved else int(src["line"])
    lines = sorted(s["line"] for s in siblings if s is not src and s["line"] >= 1 and seed.holds(s))
    return lines[len(lines) // 2] if lines else None


def relocate(src: Record, siblings: list[Record], seed: Seed, moved: LineMap | None = None) -> str | None:
    """Move ``src`` to where its text stands; None when done, else why it cannot be moved."""
    places = seed.occurrences(str(src["text"]))
    if not places:
        return "the text stands nowhere in the act"
    anchor = _anchor(src, siblings, seed, moved)
    if anchor is None:
        if len(places) > 1:
            return f"the text stands at {len(places)} places and nothing says which: lines {[p[0] for p in places]}"
        best = places[0]
    else:
        places.sort(key=lambda p: abs(p[0] - anchor))
        if len(places) > 1 and abs(places[0][0] - anchor) == abs(places[1][0] - anchor):
            return f"the text stands at lines {places[0][0]} and {places[1][0]}, equally near line {anchor}"
        best = places[0]
    src["line"] = best[0]
    if best[1] != best[0]:
        src["end_line"] = best[1]
    else:
        src.pop("end_line", None)
    return None


def _follow(src: Record, line_map: LineMap, seed: Seed) -> bool:
    """Move ``src`` to where its line went; True when its text stands there (it may be on its old line number
    by chance too: a repeated table row; the line diff, not the old number, says which row it was)."""
    start = line_map(src["line"])
    end = start + (src.get("end_line") or src["line"]) - src["line"]
    moved = {**src, "line": start, **({"end_line": end} if "end_line" in src else {})}
    if not seed.holds(moved):
        return False
    src.update(moved)
    return True


def _records(data: Any) -> Iterator[Any]:
    """The top-level records of a data file (the siblings of a phrase are the phrases of its record)."""
    if isinstance(data, list):
        yield from data
    elif isinstance(data, dict):
        for value in data.values():
            if isinstance(value, list):
                yield from value
            else:
                yield value


def check_act(folder: Path, seeds: Path, fix: bool) -> list[str]:
    act = json.loads((folder / "act.json").read_text(encoding="utf-8"))
    act = act.get("act", act)
    seed_path = seeds / act["source_file"]
    seed = Seed(seed_path.read_text(encoding="utf-8"))
    previous = SEEDS / act["source_file"]
    line_map = None
    if fix and previous.resolve() != seed_path.resolve() and previous.is_file():
        line_map = LineMap(previous.read_text(encoding="utf-8").split("\n"), seed.lines)
    problems: list[str] = []
    count = moved = 0
    for file in sorted(folder.glob("*.json")):
        raw = file.read_text(encoding="utf-8")
        data = json.loads(raw)
        changed = False
        for record in _records(data):
            siblings = [s for _, s in iter_sources(record)]
            for path, src in iter_sources(record):
                count += 1
                if line_map is not None and src["line"] >= 1 and _follow(src, line_map, seed):
                    changed = True
                    continue
                if seed.holds(src):
                    continue
                where = f"{file.name}{path}" if path else file.name
                if not fix:
                    problems.append(f"{where}: {src['text']!r} is not on line {src['line']} of {seed_path.name}")
                    continue
                old = src["line"]
                why = relocate(src, siblings, seed, line_map)
                if why is None:
                    moved += 1
                    changed = True
                    print(f"  moved {where}: line {old} -> {src['line']}")
                else:
                    problems.append(f"{where}: {src['text']!r} (line {old}): {why}")
        if changed:
            text = json.dumps(data, ensure_ascii=False, indent=_indent_of(raw)) + "\n"
            file.write_text(text, encoding="utf-8")
    tail = f", {moved} moved" if fix else ""
    print(f"{folder.name}: {count} sources checked{tail}, {len(problems)} problem(s)")
    return problems


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("acts", nargs="*", help="act folders to check (default: all)")
    parser.add_argument("--fix", action="store_true", help="re-locate phrases not on their line, in place")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="the folder of the acts' texts (default: sources/)")
    parser.add_argument("--data", type=Path, default=ACTS, help="the folder of the act folders (default: packaged)")
    args = parser.parse_args(argv)
    folders = [args.data / a for a in args.acts] if args.acts else sorted(p for p in args.data.iterdir() if p.is_dir())
    problems = [p for f in folders for p in check_act(f, args.seeds, args.fix)]
    for p in problems:
        print("  -", p)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
