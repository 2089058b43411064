"""Development check: every {"line", "text"} source in an act's data folder is on its line in the seed.

Usage: python tools/check_sources.py [act-id ...]   (all acts when none is given)
Exit 1 and a list of every mismatch when something is off.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ACTS = ROOT / "src" / "kzsocial" / "data" / "acts"
SEEDS = ROOT / "sources"


def iter_sources(node: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if "line" in node and "text" in node and isinstance(node["line"], int):
            yield path, node
        for key, value in node.items():
            yield from iter_sources(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from iter_sources(value, f"{path}[{i}]")


def check_act(folder: Path) -> list[str]:
    act = json.loads((folder / "act.json").read_text(encoding="utf-8"))["act"]
    seed = SEEDS / act["source_file"]
    lines = seed.read_text(encoding="utf-8").split("\n")
    problems = []
    count = 0
    for file in sorted(folder.glob("*.json")):
        data = json.loads(file.read_text(encoding="utf-8"))
        for path, src in iter_sources(data):
            count += 1
            start, end = src["line"], src.get("end_line", src["line"])
            if not (1 <= start <= end <= len(lines)):
                problems.append(f"{file.name}{path}: line {start}..{end} outside 1..{len(lines)}")
                continue
            hay = "\n".join(lines[start - 1 : end])
            if src["text"] not in hay:
                problems.append(f"{file.name}{path}: {src['text']!r} not on line {start} of {seed.name}")
    print(f"{folder.name}: {count} sources checked, {len(problems)} problem(s)")
    return problems


def main(argv: list[str]) -> int:
    folders = [ACTS / a for a in argv] if argv else sorted(p for p in ACTS.iterdir() if p.is_dir())
    problems = [p for f in folders for p in check_act(f)]
    for p in problems:
        print("  -", p)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
