"""The acts' texts travel with the project, unchanged (``sources/SHA256SUMS``)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kzsocial._data import dataset

SOURCES = Path(__file__).resolve().parent.parent / "sources"


def _sums() -> dict[str, str]:
    rows = (line.split() for line in (SOURCES / "SHA256SUMS").read_text(encoding="ascii").splitlines() if line)
    return {name: digest for digest, name in rows}


def test_the_five_acts_are_in_the_project() -> None:
    assert sorted(_sums()) == sorted(p.name for p in SOURCES.glob("*.txt"))
    assert len(_sums()) == 5


@pytest.mark.parametrize("name", sorted(_sums()))
def test_each_act_is_byte_identical_to_its_checksum(name: str) -> None:
    digest = hashlib.sha256((SOURCES / name).read_bytes()).hexdigest()
    assert digest == _sums()[name], f"{name} changed: its bytes no longer match sources/SHA256SUMS"


def test_every_packaged_act_names_a_file_in_sources() -> None:
    names = set(_sums())
    assert {act.source_file for act in dataset().acts} <= names


def test_the_readme_names_every_act() -> None:
    readme = (SOURCES / "README.md").read_text(encoding="utf-8")
    for name in _sums():
        assert f"`{name}`" in readme


def test_nothing_in_the_project_reaches_outside_it() -> None:
    root = SOURCES.parent
    paths = [root / name for name in ("README.md", "pyproject.toml", "mkdocs.yml")]
    for folder in ("src", "tests", "tools", "benchmarks", "docs", ".ci"):
        paths.extend(p for p in (root / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    texts = [p for p in paths if p.suffix in {".py", ".md", ".toml", ".yml", ".json", ""}]
    offenders = [str(p.relative_to(root)) for p in texts if "../" + "shared" in p.read_text("utf-8", "replace")]
    assert offenders == []
