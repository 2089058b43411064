"""The names of the public modules whose attrs classes :func:`kzsocial.serde.public_types` lists.

A module that imports nothing, at the bottom of the layers: a lazy package (:mod:`kzsocial.calendar`,
:mod:`kzsocial.services`, :mod:`kzsocial.registry`) registers itself as it is imported without loading
:mod:`kzsocial.serde` and attrs, so importing the package stays cheap (issue 15) and its values are listed all the
same. :mod:`kzsocial.serde` re-exports :func:`register_public` for the modules that load it anyway.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = ["MODULES", "lazy_exports", "register_public"]

MODULES: list[str] = []
"""The public modules registered so far, in the order they registered."""


def register_public(module: str) -> None:
    """Record ``module`` (loaded, with an ``__all__``) as one whose attrs classes are public types.

    Each public module (``kzsocial.provenance``, ``calendar``, ``services``, ``registry``, ``notices``, ``text``)
    calls it as it loads, so :mod:`kzsocial.serde`, at the bottom of the layers, imports none of them.
    """
    if module not in MODULES:
        MODULES.append(module)


def lazy_exports(
    package: str, modules: Mapping[str, str], names: Iterable[str], namespace: dict[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A lazy package's module ``__getattr__`` and ``__dir__``: a public name is imported from its submodule
    (``modules[name]``, relative to ``package``) on first use and kept in the package's ``namespace``.

    A package assigns them under ``if not TYPE_CHECKING:``, so that type checkers see its real imports (under
    ``TYPE_CHECKING``) and a misspelt name stays an error to them.
    """
    listed = frozenset(names)

    def get_attribute(name: str) -> Any:
        module = modules.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value
        return value

    def list_names() -> list[str]:
        return sorted(set(namespace) | listed)

    return get_attribute, list_names
