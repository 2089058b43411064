"""The forms annexed to a standard: an application, a personal card, a refusal notice..."""

from __future__ import annotations

from attrs import frozen

from kzsocial.provenance import LocalizedText, Source

__all__ = ["ApplicationForm"]


@frozen
class ApplicationForm:
    """A form annexed to a standard (an application, a personal card, a refusal notice), kk and ru titles."""

    annex: str
    """The annex's number as printed (``1``, ``2``), which documents' ``form_annexes`` name."""
    kind: str
    """What the form is: ``application``, ``personal_card``, ``refusal_notice``, ``consent``, ``family_income``,
    ``commission_decision``, ..."""
    title: LocalizedText
    """The form's title (kk; the act's own ru where it has one)."""
    source: Source
    """Where the act prints the form."""
    ru_source: Source | None = None
    """Where the act's own Russian text prints it (004); ``None`` otherwise."""
