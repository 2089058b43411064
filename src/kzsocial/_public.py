"""The names of the public modules whose attrs classes :func:`kzsocial.serde.public_types` lists.

A module that imports nothing, at the bottom of the layers: a lazy package (:mod:`kzsocial.calendar`,
:mod:`kzsocial.services`, :mod:`kzsocial.registry`) registers itself as it is imported without loading
:mod:`kzsocial.serde` and attrs, so importing the package stays cheap (issue 15) and its values are listed all the
same. :mod:`kzsocial.serde` re-exports :func:`register_public` for the modules that load it anyway.
"""

from __future__ import annotations

__all__ = ["MODULES", "register_public"]

MODULES: list[str] = []
"""The public modules registered so far, in the order they registered."""


def register_public(module: str) -> None:
    """Record ``module`` (loaded, with an ``__all__``) as one whose attrs classes are public types.

    Each public module (``kzsocial.provenance``, ``calendar``, ``services``, ``registry``, ``notices``, ``text``)
    calls it as it loads, so :mod:`kzsocial.serde`, at the bottom of the layers, imports none of them.
    """
    if module not in MODULES:
        MODULES.append(module)
