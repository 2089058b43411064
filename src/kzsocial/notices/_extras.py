"""Optional dependencies, imported on first use with a clear message when the extra is not installed."""

from __future__ import annotations

import importlib
from types import ModuleType

from kzsocial.errors import MissingExtraError

__all__ = ["require"]


def require(module: str, *, feature: str, extra: str) -> ModuleType:
    """Import ``module`` or raise :class:`~kzsocial.errors.MissingExtraError` naming the extra to install.

    >>> require("json", feature="demo", extra="none").__name__
    'json'
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(feature, extra, module) from None
