"""Email messages: a subject, a plain-text body and an HTML body built from the same filled template."""

from __future__ import annotations

from html import escape

from attrs import frozen

__all__ = ["EmailMessage", "paragraphs_to_html"]


@frozen
class EmailMessage:
    """An email: ``subject``, plain ``text`` and ``html`` (a complete document), all from one template."""

    subject: str
    """The email's subject line."""
    text: str
    """The plain-text body."""
    html: str
    """The same body as a complete HTML document (escaped values), for the HTML part."""


def paragraphs_to_html(filled: str, *, language: str, title: str) -> str:
    """Turn a filled HTML-mode body (text escaped, lists as ``<ol>`` lines) into an HTML document.

    Blank lines separate paragraphs; single newlines become ``<br>``; a line that is a list stands on its own.
    """
    blocks: list[str] = []
    for para in filled.split("\n\n"):
        lines: list[str] = []
        for line in para.split("\n"):
            if line.startswith("<ol>"):
                if lines:
                    blocks.append("<p>" + "<br>\n".join(lines) + "</p>")
                    lines = []
                blocks.append(line)
            elif line.strip():
                lines.append(line)
        if lines:
            blocks.append("<p>" + "<br>\n".join(lines) + "</p>")
    body = "\n".join(blocks)
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(language)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
