"""Dispatch from a talon or receipt to its view and layout."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from kzsocial.errors import InvalidInputError, InvalidTypeError
from kzsocial.notices._kkdate import check_language
from kzsocial.notices._render_html import render_html
from kzsocial.notices._render_text import render_text
from kzsocial.notices._view import View

__all__ = ["FORMATS", "Format", "render_document"]

FORMATS = ("text", "html")
Format = Literal["text", "html"]
"""The formats a talon or a receipt renders in (``render(language, format)``)."""


def render_document(view_in: Callable[[str], View], language: str, format: str) -> str:
    """A talon's or receipt's view (``view_in(language)``, built by its own ``render``) laid out as text or HTML."""
    lang = check_language(language)
    if not isinstance(format, str):
        raise InvalidTypeError(f"format must be a str, 'text' or 'html', got {type(format).__name__}")
    if format not in FORMATS:
        raise InvalidInputError(f"unknown format {format!r}; accepted: 'text', 'html'")
    view = view_in(lang)
    return render_text(view) if format == "text" else render_html(view)
