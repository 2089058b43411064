"""Every public function, class, method and property of every public namespace has a docstring (the API reference
is generated from them)."""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Iterator
from typing import Any

import pytest

from test_public_api import PUBLIC


def _own_members(cls: type) -> Iterator[tuple[str, Any]]:
    """The public functions, properties, class and static methods kzsocial defines on ``cls`` and its kzsocial
    bases (not what Python, attrs or enum provide)."""
    seen: set[str] = set()
    for klass in cls.__mro__:
        if not klass.__module__.startswith("kzsocial"):
            continue
        for name, value in vars(klass).items():
            if name.startswith("_") or name in seen:
                continue
            seen.add(name)
            if isinstance(value, staticmethod | classmethod):
                yield name, value.__func__
            elif isinstance(value, property):
                yield name, value.fget
            elif type(value).__name__ == "cached_property":
                yield name, value.func
            elif inspect.isfunction(value):
                yield name, value


def _undocumented(module: str) -> list[str]:
    mod = importlib.import_module(module)
    missing = []
    for name in mod.__all__:
        obj = getattr(mod, name)
        if inspect.isclass(obj):
            if not (obj.__doc__ or "").strip():
                missing.append(name)
            members = _own_members(obj)
            missing.extend(f"{name}.{m}" for m, f in members if not (getattr(f, "__doc__", None) or "").strip())
        elif inspect.isfunction(obj) and not (obj.__doc__ or "").strip():
            missing.append(name)
    return missing


@pytest.mark.parametrize("module", sorted(PUBLIC))
def test_every_public_member_has_a_docstring(module: str) -> None:
    assert _undocumented(module) == []


def test_the_check_sees_a_missing_docstring() -> None:
    class Documented:
        """Has one."""

        def method(self) -> None:
            pass

    Documented.__module__ = "kzsocial.fake"
    assert [name for name, f in _own_members(Documented) if not f.__doc__] == ["method"]
