"""Dispatch from a talon or receipt to its view and layout."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kzsocial.errors import InvalidInputError, InvalidTypeError
from kzsocial.notices._kkdate import check_language
from kzsocial.notices._render_html import render_html
from kzsocial.notices._render_text import render_text
from kzsocial.notices._view import refusal_view, talon_view

if TYPE_CHECKING:
    from kzsocial.notices._talon import RefusalReceipt, Talon

__all__ = ["FORMATS", "render_document"]

FORMATS = ("text", "html")


def render_document(document: Talon | RefusalReceipt, language: str, format: str) -> str:
    from kzsocial.notices._talon import Talon

    lang = check_language(language)
    if not isinstance(format, str):
        raise InvalidTypeError(f"format must be a str, 'text' or 'html', got {type(format).__name__}")
    if format not in FORMATS:
        raise InvalidInputError(f"unknown format {format!r}; accepted: 'text', 'html'")
    view = talon_view(document, lang) if isinstance(document, Talon) else refusal_view(document, lang)
    return render_text(view) if format == "text" else render_html(view)
