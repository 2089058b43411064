"""Documents a third party hands to the provider for the applicant's case (not the applicant's to bring)."""

from __future__ import annotations

from attrs import frozen

from kzsocial.services._documents import DocumentRequirement
from kzsocial.services._statement import Statement

__all__ = ["SuppliedDocuments"]


@frozen
class SuppliedDocuments:
    """Documents a third party hands to the provider for the applicant's case (e.g. a children's institution for
    each child given into foster care): not the applicant's to bring, so never in :meth:`required_documents`."""

    supplier: Statement
    """Who supplies them, in the act's words, with its source."""
    documents: tuple[DocumentRequirement, ...]
    """The documents the supplier hands in, each with its name and source in the act."""
