"""Run the examples of a Markdown document as a test (a reusable helper, not a test module).

Every fenced block whose info string starts with ``python`` runs, in document order, in one shared namespace:

- a block with ``>>>`` prompts runs as a doctest, so its printed outputs are checked
  (``ELLIPSIS`` and ``NORMALIZE_WHITESPACE`` are on);
- a block without prompts runs as plain code, so its ``assert`` statements are checked;
- a block marked ```` ```python no-run ```` is shown but not run.

Usage from a test::

    run_markdown(Path("docs/calendar.md"))

A failure raises ``AssertionError`` naming the file and the line of the failing block.
"""

from __future__ import annotations

import doctest
import re
from pathlib import Path
from typing import Any

from attrs import frozen

__all__ = ["Block", "python_blocks", "run_markdown"]

_FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")


@frozen
class Block:
    """One fenced code block: the line its code starts on, its info string and its code."""

    line: int
    info: str
    code: str

    @property
    def runs(self) -> bool:
        words = self.info.split()
        return bool(words) and words[0] == "python" and "no-run" not in words[1:]


def python_blocks(text: str) -> list[Block]:
    """The fenced blocks of a Markdown text (all of them; :attr:`Block.runs` says which run)."""
    blocks: list[Block] = []
    lines = text.splitlines()
    k = 0
    while k < len(lines):
        match = _FENCE.match(lines[k])
        if not match:
            k += 1
            continue
        fence, info, indent = match["fence"], match["info"].strip(), len(match["indent"])
        body: list[str] = []
        k += 1
        start = k + 1
        while k < len(lines) and not lines[k].strip().startswith(fence):
            body.append(lines[k][indent:] if lines[k][:indent].strip() == "" else lines[k])
            k += 1
        blocks.append(Block(start, info, "\n".join(body) + "\n"))
        k += 1
    return blocks


def run_markdown(path: Path, globs: dict[str, Any] | None = None) -> int:
    """Run the runnable python blocks of ``path``; return how many ran. Raise AssertionError on a failure."""
    namespace: dict[str, Any] = {"__name__": f"markdown:{path.name}"} if globs is None else globs
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    ran = 0
    for block in python_blocks(path.read_text(encoding="utf-8")):
        if not block.runs:
            continue
        ran += 1
        where = f"{path}:{block.line}"
        if ">>>" in block.code:
            test = parser.get_doctest(block.code, namespace, where, str(path), block.line - 1)
            report: list[str] = []
            result = runner.run(test, out=report.append, clear_globs=False)
            namespace.update(test.globs)  # a DocTest runs in a copy: carry its names to the next block
            if result.failed:
                raise AssertionError(f"{where}: {result.failed} example(s) failed\n" + "".join(report))
        else:
            try:
                exec(compile(block.code, where, "exec"), namespace)
            except Exception as exc:
                raise AssertionError(f"{where}: {type(exc).__name__}: {exc}") from exc
    return ran
