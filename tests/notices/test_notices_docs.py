"""The ```python examples of docs/notices.md run, and their printed output matches (doctest blocks)."""

from __future__ import annotations

import doctest
import re
from pathlib import Path
from typing import Any

DOC = Path(__file__).resolve().parents[2] / "docs" / "notices.md"
_BLOCK = re.compile(r"(?P<skip><!-- no-test -->\s*\n)?```python\n(?P<code>.*?)```", re.DOTALL)


def test_notices_doc_examples() -> None:
    text = DOC.read_text(encoding="utf-8")
    blocks = [
        (text.count("\n", 0, m.start()) + 1, m.group("code")) for m in _BLOCK.finditer(text) if not m.group("skip")
    ]
    assert len(blocks) >= 6, "docs/notices.md lost its examples"
    namespace: dict[str, Any] = {"__name__": "__notices_docs__"}
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for line, code in blocks:
        if code.lstrip().startswith(">>>"):
            test = parser.get_doctest(code, namespace, f"notices.md:{line}", str(DOC), line)
            result = runner.run(test, clear_globs=False)
            assert result.failed == 0, f"docs/notices.md, block at line {line}: {result.failed} example(s) failed"
            namespace.update(test.globs)
        else:
            exec(compile(code, f"notices.md:{line}", "exec"), namespace)
