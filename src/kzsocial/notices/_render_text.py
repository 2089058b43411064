"""Plain-text layout of a talon or receipt view (UTF-8, fixed-width friendly, no trailing spaces)."""

from __future__ import annotations

from kzsocial._checks import neutralise
from kzsocial.notices._view import View

__all__ = ["render_text"]

_RULE_WIDTH = 60


def render_text(view: View) -> str:
    """Lay ``view`` out as lines of text, ending with a newline.

    Control and bidi-formatting characters in names and addresses are shown as escapes (``\\x1b``), so a value
    can neither forge a line nor drive the terminal it is printed on.
    """
    lines = [view.heading, view.subtitle, "=" * _RULE_WIDTH]
    for row in view.rows:
        if row.items or row.value is None:
            lines.append(f"{row.label}:")
            lines.extend(f"  {i}) {item}" for i, item in enumerate(row.items, 1))
        else:
            lines.append(f"{row.label}: {row.value}")
    if view.paragraphs:
        lines.append("")
        lines.extend(view.paragraphs)
    if view.notes:
        lines.append("")
        lines.extend(view.notes)
    lines.append("-" * _RULE_WIDTH)
    lines.extend(view.signatures)
    if view.footnote:
        lines.append("")
        lines.append(view.footnote)
    return "\n".join(neutralise(line).rstrip() for line in lines) + "\n"
