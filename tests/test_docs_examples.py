"""Every ```python example in README.md and docs/*.md runs as a test.

Blocks of one file run in order in one namespace, so a later block may use an earlier one's names.
Blocks written as a console session (``>>>`` lines) are checked as doctests: the printed output must match.
A block preceded by the line ``<!-- no-test -->`` is shown but not run (use it only for shell-dependent code).
"""

from __future__ import annotations

import doctest
import re
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT

_BLOCK = re.compile(r"(?P<skip><!-- no-test -->\s*\n)?```python\n(?P<code>.*?)```", re.DOTALL)
FILES = sorted([ROOT / "README.md", *(ROOT / "docs").glob("**/*.md")])


def _blocks(path: Path) -> list[tuple[int, str]]:
    text = path.read_text(encoding="utf-8")
    return [
        (text.count("\n", 0, m.start()) + 1, m.group("code"))
        for m in _BLOCK.finditer(text)
        if not m.group("skip")
    ]


@pytest.mark.parametrize("path", [p for p in FILES if _blocks(p)], ids=lambda p: str(p.relative_to(ROOT)))
def test_doc_examples_run(path: Path) -> None:
    namespace: dict[str, Any] = {"__name__": "__docs__"}
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for line, code in _blocks(path):
        if code.lstrip().startswith(">>>"):
            test = parser.get_doctest(code, namespace, f"{path.name}:{line}", str(path), line)
            result = runner.run(test, clear_globs=False)
            assert result.failed == 0, f"{path.name}, block at line {line}: {result.failed} example(s) failed"
            namespace.update(test.globs)
        else:
            try:
                exec(compile(code, f"{path.name}:{line}", "exec"), namespace)
            except Exception as exc:  # pragma: no cover - the message is the point
                pytest.fail(f"{path.name}, block at line {line} raised {type(exc).__name__}: {exc}")
