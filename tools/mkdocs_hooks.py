"""MkDocs hooks for the documentation site (``hooks:`` in mkdocs.yml).

Docstrings hold doctest examples (``>>>`` lines and their output) without Markdown fences, as Python's doctest
wants them. Rendered as Markdown, their output would be read as text: ``['a', 'b']`` as a link reference. This
hook adds a Markdown preprocessor that fences every run of doctest lines as ``pycon`` code, for the pages and for
the docstrings mkdocstrings renders. It also shows Sphinx roles (``:class:`~kzsocial.errors.NotFoundError```) as
plain code (``NotFoundError``), as Sphinx would.
"""

from __future__ import annotations

import re
from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor
from mkdocs.plugins import event_priority

_ROLE = re.compile(r":(?:class|func|meth|mod|data|attr|exc|obj|const):`(~?)([^`]+)`")


def _role(match: re.Match[str]) -> str:
    target = match.group(2)
    return f"`{target.rsplit('.', 1)[-1] if match.group(1) else target}`"


class _DoctestFences(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        fence: str | None = None
        in_doctest = False
        indent = ""
        for line in lines:
            stripped = line.lstrip()
            if in_doctest:
                if stripped:
                    out.append(line)
                    continue
                out.append(indent + "```")
                in_doctest = False
            if fence is not None:
                if stripped.startswith(fence):
                    fence = None
            elif stripped.startswith(("```", "~~~")):
                fence = stripped[:3]
            elif stripped.startswith(">>>"):
                indent = line[: len(line) - len(stripped)]
                out.append(indent + "```pycon")
                in_doctest = True
            out.append(line if fence is not None or in_doctest else _ROLE.sub(_role, line))
        if in_doctest:
            out.append(indent + "```")
        return out


class DoctestFences(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        md.preprocessors.register(_DoctestFences(md), "kzsocial_doctest_fences", 40)


@event_priority(100)  # before mkdocstrings reads the extensions
def on_config(config: Any) -> Any:
    config.markdown_extensions.append(DoctestFences())
    return config
