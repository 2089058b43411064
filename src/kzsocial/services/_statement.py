"""A provision of an act in its words, with its source: a legal basis, a result, a refusal ground..."""

from __future__ import annotations

from attrs import frozen

from kzsocial.provenance import LocalizedText, Source

__all__ = ["Statement"]


@frozen
class Statement:
    """A provision of the act in its words: a legal basis, a result, a refusal ground, ..."""

    text: LocalizedText
    """The provision's text (kk as printed; ru and en where known)."""
    source: Source
    """Where the act states it."""
    missing_documents: bool | None = None
    """For refusal grounds: whether the ground is an incomplete set of documents (None: not stated)."""
    ru_source: Source | None = None
    """Where the Russian text stands, for acts with a Russian version."""
