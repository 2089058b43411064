"""The loader's fast paths (issue 15, cold start) build exactly what the checked constructors build.

The data reader builds sources and texts without running ``Source.__init__``/``LocalizedText.__init__`` again
(it has checked the same conditions), and copies records without ``attrs.evolve``; these tests hold the values
equal to the checked ones, and the reader's messages unchanged where a value fails.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from kzsocial._data import load_folders
from kzsocial._datafile import Reader, packaged_folders
from kzsocial.provenance import LocalizedText, Source, trusted_source, trusted_text
from kzsocial.services import _builder


@pytest.mark.parametrize(
    ("file", "line", "text", "end"),
    [("000_a.txt", 1, "x", None), ("b.txt", 104, "10 күн", 106), ("c.txt", 7, " ", 7)],
)
def test_a_trusted_source_equals_the_checked_one(file: str, line: int, text: str, end: int | None) -> None:
    fast, checked = trusted_source(file, line, text, end), Source(file, line, text, end)
    assert fast == checked and hash(fast) == hash(checked) and repr(fast) == repr(checked)
    assert str(fast) == str(checked)


def test_a_trusted_text_equals_the_checked_one() -> None:
    assert trusted_text("а") == LocalizedText("а")
    assert trusted_text("а", "б", "c", frozenset({"en"})) == LocalizedText("а", "б", "c", translated={"en"})
    assert repr(trusted_text("а", None, "c")) == repr(LocalizedText("а", en="c"))


def _read(kind: str, node: Any) -> tuple[Any, list[str]]:
    reader = Reader("act")
    reader.source_file = "seed.txt"
    value = reader.guard(".x", lambda: getattr(reader, kind)(node, ".x"))
    return value, reader.problems


@pytest.mark.parametrize(
    "node",
    [
        {"line": 3, "text": "x"},
        {"line": 3, "text": "x", "end_line": 5, "file": "other.txt"},
        {"line": 0, "text": "x"},
        {"line": True, "text": "x"},
        {"line": 3, "text": ""},
        {"line": 3, "text": "x", "end_line": 2},
        {"line": 3, "text": "x", "end_line": False},
        {"line": 3, "text": "x", "file": 7},
        "line 3",
    ],
)
def test_the_reader_reads_a_source_as_source_checks_it(node: Any) -> None:
    value, problems = _read("source", node)
    if isinstance(node, dict) and not problems:
        assert value == Source(node.get("file", "seed.txt"), node["line"], node["text"], node.get("end_line"))
    try:
        assert isinstance(node, dict)
        Source(node.get("file", "seed.txt"), node["line"], node["text"], node.get("end_line"))
    except Exception:  # what the checked constructor refuses, the reader lists
        assert value is None and len(problems) == 1
    else:
        assert problems == [] or node.get("line") is True or node.get("end_line") is False


@pytest.mark.parametrize(
    "node",
    ["Әкім", "", {"kk": "а", "ru": "б"}, {"kk": "а", "en": None}, {"kk": " "}, {"kk": "а", "ru": 3}, {"ru": "б"}, 3],
)
def test_the_reader_reads_a_text_as_before(node: Any) -> None:
    value, problems = _read("text", node)
    if isinstance(node, str):
        assert value == LocalizedText(node) and problems == []
    elif isinstance(node, dict) and not problems:
        assert value == LocalizedText(node["kk"], node.get("ru"), node.get("en"))
    else:
        assert value is None and len(problems) == 1


def test_equal_texts_of_one_reader_are_one_value() -> None:
    reader = Reader("act")
    assert reader.text("а", ".a") is reader.text("а", ".b")
    assert reader.text({"kk": "а", "ru": "б"}, ".c") is reader.text({"kk": "а", "ru": "б"}, ".d")


def test_the_role_links_copy_equals_the_evolve_path(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = load_folders(packaged_folders())
    monkeypatch.setattr(_builder, "_COPY", [lambda obj, changes: attrs.evolve(obj, **changes)])
    slow = load_folders(packaged_folders())
    assert fast == slow
    assert [s.to_dict() for s in fast.services] == [s.to_dict() for s in slow.services]


def test_shared_reads_parse_a_file_both_passes_read_once_within_one_load(tmp_path: Any) -> None:
    from kzsocial import _datafile

    (tmp_path / "act.json").write_text('{"format": 1, "act": {}}', encoding="utf-8")
    (tmp_path / "services.json").write_text('{"format": 1, "items": []}', encoding="utf-8")
    reader = Reader("x")
    with _datafile.shared_reads():
        first = _datafile.read_json(tmp_path / "act.json", reader)
        assert _datafile.read_json(tmp_path / "act.json", reader) is first  # parsed once
        assert _datafile.read_json(tmp_path / "services.json", reader) is not _datafile.read_json(
            tmp_path / "services.json", reader
        )  # read by one pass only: not kept
    assert _datafile.read_json(tmp_path / "act.json", reader) is not first  # nothing outlives the load
    assert _datafile._SHARED.get() is None and reader.problems == []


def test_the_issue_texts_copy_equals_the_evolve_path(monkeypatch: pytest.MonkeyPatch) -> None:
    from kzsocial import _issue_texts

    fast = load_folders(packaged_folders())
    monkeypatch.setattr(_issue_texts, "_COPY", [lambda obj, changes: attrs.evolve(obj, **changes)])
    slow = load_folders(packaged_folders())
    assert fast == slow
    assert [o.to_dict() for o in fast.offices] == [o.to_dict() for o in slow.offices]
    assert sum(i.message_kk is not None for s in fast.services for i in s.data_issues) > 50
