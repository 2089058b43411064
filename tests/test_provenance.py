"""Every recorded phrase of the packaged data stands on its line of the act's seed text."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

from kzsocial._data import dataset
from kzsocial.provenance import Source


def _walk(value: Any, path: str) -> Iterator[tuple[str, Source]]:
    if isinstance(value, Source):
        yield path, value
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            if field.name.startswith("_"):
                continue
            yield from _walk(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, (tuple, list, frozenset)):
        for i, item in enumerate(value):
            yield from _walk(item, f"{path}[{i}]")


def all_sources() -> list[tuple[str, Source]]:
    data = dataset()
    found: list[tuple[str, Source]] = []
    for act in data.acts:
        found.extend(_walk(act, act.id))
    for svc in data.services:
        found.extend(_walk(svc, svc.id))
    for office in data.offices:
        found.extend(_walk(office, office.id))
    return found


@functools.cache
def _lines(seeds: Path, name: str) -> list[str]:
    return (seeds / name).read_text(encoding="utf-8").split("\n")


def test_every_recorded_phrase_is_on_its_line(seeds_dir: Path) -> None:
    sources = all_sources()
    assert sources, "the packaged data records no sources"
    wrong = [
        f"{path}: {src.text!r} not at {src}"
        for path, src in sources
        if not src.found_in(_lines(seeds_dir, src.file))
    ]
    assert not wrong, f"{len(wrong)} of {len(sources)} phrases are not where they claim:\n" + "\n".join(wrong[:50])


def test_every_act_names_an_existing_seed(seeds_dir: Path) -> None:
    for act in dataset().acts:
        assert (seeds_dir / act.source_file).is_file(), act.id


def test_every_service_and_office_has_provenance() -> None:
    data = dataset()
    for svc in data.services:
        assert svc.source.text.strip(), svc.id
        for term in svc.terms:
            assert term.source.text.strip(), svc.id
        for doc in svc.documents:
            assert doc.source.text.strip(), (svc.id, doc.id)
    for office in data.offices:
        assert office.source.text.strip(), office.id
        for phone in (*office.phones, *office.faxes):
            assert phone.source is not None and phone.raw in phone.source.text, (office.id, phone.raw)
        for email in office.emails:
            assert email.source is not None and email.raw in email.source.text, (office.id, email.raw)


def test_source_checks_against_the_seed_text() -> None:
    lines = ["first line", "the 10 күнтізбелік күн term", "end"]
    assert Source("x.txt", 2, "10 күнтізбелік күн").found_in(lines)
    assert not Source("x.txt", 1, "10 күнтізбелік күн").found_in(lines)
    assert Source("x.txt", 2, "term\nend", end_line=3).found_in(lines)
    assert not Source("x.txt", 4, "end").found_in(lines)


@pytest.mark.parametrize("bad", [0, -3])
def test_source_rejects_bad_lines(bad: int) -> None:
    from kzsocial.errors import InvalidInputError

    with pytest.raises(InvalidInputError):
        Source("x.txt", bad, "text")
