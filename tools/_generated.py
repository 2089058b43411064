"""Shared by the encoders in tools/: write the generated data files, or check that they are up to date."""

from __future__ import annotations

from pathlib import Path


def write_or_check(out: Path, files: dict[str, str], argv: list[str], tool: str) -> int:
    """With ``--check`` in ``argv``: exit status 1 and a line per stale file; else write them all."""
    if "--check" in argv:
        stale = [n for n, text in files.items() if not (out / n).is_file() or (out / n).read_text("utf-8") != text]
        for n in stale:
            print(f"{out / n} is out of date; run python tools/{tool}")
        return 1 if stale else 0
    out.mkdir(parents=True, exist_ok=True)
    for n, text in files.items():
        (out / n).write_text(text, encoding="utf-8")
        print(f"wrote {out / n}")
    return 0
