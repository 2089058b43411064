"""The forms annexed to a standard: an application, a personal card, a refusal notice..."""

from __future__ import annotations

from attrs import frozen

from kzsocial.provenance import LocalizedText, Source

__all__ = ["ApplicationForm"]


@frozen
class ApplicationForm:
    """A form annexed to a standard (an application, a personal card, a refusal notice), kk and ru titles."""

    annex: str
    kind: str
    title: LocalizedText
    source: Source
    ru_source: Source | None = None
