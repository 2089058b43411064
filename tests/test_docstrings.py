"""Every public function, class, method and property of every public namespace has a docstring, and so has every
public attribute of every exported class (attrs fields, enum members, class constants): the API reference is
generated from them."""

from __future__ import annotations

import functools
import importlib
import inspect
from collections.abc import Iterator
from pathlib import Path
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


# -- attributes: attrs fields, enum members, class constants (the form griffe renders) ---------------------------

_SRC = Path(__file__).resolve().parents[1] / "src"


def _griffe() -> Any:
    """griffe, which renders the API reference (installed with mkdocstrings[python], a test dependency)."""
    return pytest.importorskip("griffe", reason="griffe (with mkdocstrings[python]) renders the API reference")


@functools.cache
def _package() -> Any:
    return _griffe().load("kzsocial", search_paths=[str(_SRC)], docstring_parser="sphinx")


def _class_members(module: str) -> Iterator[tuple[str, Any]]:
    """Every public member griffe sees on every class ``module`` exports: attrs fields, enum members, class
    constants, methods and properties, each as ``Class.member`` (a class exported twice is seen once, where its
    module exports it)."""
    pkg = _package()
    mod = pkg if module == "kzsocial" else pkg[module.removeprefix("kzsocial.")]
    for name in sorted(PUBLIC[module]):
        obj = mod[name]
        if obj.is_alias:
            obj = obj.final_target
        if not obj.is_class:
            continue
        for member_name, member in obj.members.items():
            if member_name.startswith("_") or member.is_alias:
                continue
            yield f"{obj.path}.{member_name}", member


def _attributes_undocumented(module: str) -> list[str]:
    return [
        f"{path} ({member.relative_filepath}:{member.lineno})"
        for path, member in _class_members(module)
        if member.is_attribute and not (member.docstring is not None and member.docstring.value.strip())
    ]


def _module_attributes_undocumented(module: str) -> list[str]:
    pkg = _package()
    mod = pkg if module == "kzsocial" else pkg[module.removeprefix("kzsocial.")]
    missing = []
    for name in sorted(PUBLIC[module]):
        obj = mod[name]
        if obj.is_alias:
            obj = obj.final_target
        if obj.is_attribute and not (obj.docstring is not None and obj.docstring.value.strip()):
            missing.append(f"{module}.{name} ({obj.relative_filepath}:{obj.lineno})")
    return missing


@pytest.mark.parametrize("module", sorted(PUBLIC))
def test_every_exported_constant_has_a_docstring(module: str) -> None:
    """The module-level names in ``__all__`` that are values (``PERIODS``, ``__version__``, type aliases)."""
    assert _module_attributes_undocumented(module) == []


@pytest.mark.parametrize("module", sorted(PUBLIC))
def test_every_public_attribute_has_a_docstring(module: str) -> None:
    """The API reference (mkdocstrings, griffe) shows an attribute's docstring: the string literal right after
    the field, the enum member or the class constant (``DataIssue.related`` in provenance.py)."""
    assert _attributes_undocumented(module) == []


def test_the_attribute_check_sees_a_missing_docstring(tmp_path: Path) -> None:
    (tmp_path / "fake_kzsocial_pkg.py").write_text(
        '__all__ = ["Value"]\n\n\nclass Value:\n    """A value."""\n\n    documented: int = 1\n'
        '    """What it means."""\n    bare: int = 2\n',
        encoding="utf-8",
    )
    cls = _griffe().load("fake_kzsocial_pkg", search_paths=[str(tmp_path)])["Value"]
    missing = [n for n, m in cls.members.items() if m.is_attribute and m.docstring is None]
    assert missing == ["bare"]
