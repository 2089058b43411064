"""HTML layout of a talon or receipt view: one self-contained page that prints on one A5 sheet.

Every value is escaped (its control and bidi-formatting characters shown as escapes); the page has no script, no
external resource, and a ``@page { size: A5 }`` rule with a compact type size so that a talon with a long document
list still fits one sheet.
"""

from __future__ import annotations

from html import escape

from kzsocial._checks import neutralise
from kzsocial.notices._view import View

__all__ = ["A5_CSS", "render_html"]

A5_CSS = """@page { size: A5 portrait; margin: 8mm; }
html, body { margin: 0; padding: 0; }
body { font-family: "DejaVu Sans", "Arial", sans-serif; font-size: 8.5pt; line-height: 1.25; color: #000; }
.sheet { width: 132mm; max-height: 194mm; overflow: hidden; page-break-inside: avoid; break-inside: avoid; }
h1 { font-size: 11pt; margin: 0 0 1mm 0; text-align: center; }
.subtitle { text-align: center; margin: 0 0 2mm 0; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: 0.6mm 1mm; border-bottom: 0.2mm solid #999; }
th { width: 38%; font-weight: 600; }
ol { margin: 0; padding-left: 4mm; }
p { margin: 1.5mm 0; }
.note { font-size: 7.5pt; }
.signatures p { margin: 3mm 0 0 0; }"""


def _e(text: str) -> str:
    return escape(neutralise(text), quote=True)


def render_html(view: View) -> str:
    """Lay ``view`` out as a complete HTML document (``lang`` set to the view's language)."""
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(view.language)}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{_e(view.heading)}</title>",
        f"<style>\n{A5_CSS}\n</style>",
        "</head>",
        "<body>",
        '<div class="sheet">',
        f"<h1>{_e(view.heading)}</h1>",
        f'<p class="subtitle">{_e(view.subtitle)}</p>',
        "<table>",
    ]
    for row in view.rows:
        if row.items or row.value is None:
            items = "".join(f"<li>{_e(item)}</li>" for item in row.items)
            cell = f"<ol>{items}</ol>"
        else:
            cell = _e(row.value)
        out.append(f'<tr class="{_e(row.key)}"><th>{_e(row.label)}</th><td>{cell}</td></tr>')
    out.append("</table>")
    out.extend(f"<p>{_e(p)}</p>" for p in view.paragraphs)
    out.extend(f'<p class="note">{_e(n)}</p>' for n in view.notes)
    out.append('<div class="signatures">')
    out.extend(f"<p>{_e(s)}</p>" for s in view.signatures)
    out.append("</div>")
    if view.footnote:
        out.extend(f'<p class="note">{_e(line)}</p>' for line in view.footnote.splitlines())
    out.extend(["</div>", "</body>", "</html>"])
    return "\n".join(out) + "\n"
