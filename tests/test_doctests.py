"""Every module's docstring examples run as tests (the installed package, as users import it)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import kzsocial

MODULES = sorted(
    name
    for _, name, _ in pkgutil.walk_packages(kzsocial.__path__, prefix="kzsocial.")
    if not name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_module_doctests(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"
