"""The loader raises nothing but its one DataValidationError, listing every problem, however a real act folder's
JSON is corrupted (issue 11): wrong types, nulls, missing keys, extra keys, deep nesting.

The mutations are made on copies of the packaged folders (the two smallest, so each example loads in a few ms).
"""

from __future__ import annotations

import copy
import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzsocial._data import load_folders
from kzsocial.errors import DataValidationError

ACTS = Path(__file__).resolve().parents[2] / "src" / "kzsocial" / "data" / "acts"
FOLDERS = ("zhambyl-2008", "akmola-2008")
Path_ = tuple[str | int, ...]


def _original(folder: str) -> dict[str, Any]:
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted((ACTS / folder).glob("*.json"))}


ORIGINALS = {f: _original(f) for f in FOLDERS}


def _paths(node: Any, prefix: Path_ = ()) -> Iterator[Path_]:
    if isinstance(node, dict):
        for k, v in node.items():
            yield (*prefix, k)
            yield from _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield (*prefix, i)
            yield from _paths(v, (*prefix, i))


PATHS = {f: [(name, p) for name, data in files.items() for p in _paths(data)] for f, files in ORIGINALS.items()}


def _deep(depth: int) -> Any:
    node: Any = "x"
    for _ in range(depth):
        node = [node]
    return node


BAD_VALUES = st.one_of(
    st.sampled_from([None, True, False, 0, -1, 10**30, 1.5, float("nan"), "", "x", "\x00\r\n", [], {}, [[]],
                     {"kk": None}, ["09:00"], [1, 2], {"line": "1", "text": 5}]),
    st.integers(min_value=50, max_value=3000).map(_deep),
    st.text(max_size=30),
    st.dictionaries(st.text(max_size=5), st.none() | st.integers(), max_size=3),
)


@st.composite
def mutations(draw: st.DrawFn) -> tuple[str, dict[str, Any], list[str]]:
    folder = draw(st.sampled_from(FOLDERS))
    files = copy.deepcopy(ORIGINALS[folder])
    done: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        name, path = draw(st.sampled_from(PATHS[folder]))
        parent: Any = files[name]
        try:
            for key in path[:-1]:
                parent = parent[key]
            last = path[-1]
            parent[last]  # the path may have gone with an earlier mutation
        except (KeyError, IndexError, TypeError):
            continue
        kind = draw(st.sampled_from(["replace", "delete", "extra", "nest"]))
        if kind == "replace":
            parent[last] = draw(BAD_VALUES)
        elif kind == "delete":
            del parent[last]
        elif kind == "extra" and isinstance(parent[last], dict):
            parent[last][draw(st.sampled_from(["zzz", "ID", "kk ", ""]))] = draw(BAD_VALUES)
        else:
            parent[last] = _deep(draw(st.integers(100, 5000)))
        done.append(f"{kind} {name}:{'/'.join(map(str, path))}")
    return folder, files, done


def _write(root: Path, folder: str, files: dict[str, Any]) -> Path:
    target = root / folder
    target.mkdir()
    for name, data in files.items():
        try:
            text = json.dumps(data, ensure_ascii=False)
        except (RecursionError, ValueError):  # a structure json cannot write: write it by hand
            text = "[" * 100_000
        (target / name).write_text(text, encoding="utf-8")
    return target


@settings(max_examples=150)
@given(mutations())
def test_any_corruption_is_listed_never_raised_otherwise(case: tuple[str, dict[str, Any], list[str]]) -> None:
    folder, files, done = case
    with tempfile.TemporaryDirectory() as tmp:
        target = _write(Path(tmp), folder, files)
        try:
            load_folders([target])
        except DataValidationError as exc:
            assert exc.problems, done
            assert all(isinstance(p, str) and p for p in exc.problems)
            assert isinstance(exc, ValueError)
        # anything else propagates and fails the test, with the mutations hypothesis found


def _service(files: dict[str, Any], i: int) -> dict[str, Any]:
    item: dict[str, Any] = files["services.json"]["items"][i]
    return item


def _office(files: dict[str, Any], i: int) -> dict[str, Any]:
    item: dict[str, Any] = files["offices.json"]["items"][i]
    return item


def test_the_three_crashes_of_the_issue_and_more_are_all_listed(tmp_path: Path) -> None:
    files = copy.deepcopy(ORIGINALS["zhambyl-2008"])
    offices = files["offices.json"]["items"]
    with_phone = [i for i, o in enumerate(offices) if o.get("phones")]
    with_email = [i for i, o in enumerate(offices) if o.get("emails")]
    with_hours = [i for i, o in enumerate(offices) if o.get("hours")]
    planted = {}
    a, b = with_phone[0], next(i for i in with_email if i != with_phone[0])
    _office(files, a)["phones"] = "8 (7262) 43-06-22"  # a string, not a list of objects
    planted[a] = "phones"
    _office(files, b)["emails"][0]["raw"] = None  # "raw": null in an email
    planted[b] = "emails"
    c = next(i for i in with_hours if i not in planted)
    _office(files, c)["hours"]["days"][0]["intervals"] = [["09:00"]]  # a one-time interval
    planted[c] = "intervals"
    d = next(i for i in range(len(offices)) if i not in planted)
    _office(files, d)["id"] = 5  # a number for an id
    planted[d] = "id"
    e = next(i for i in range(len(offices)) if i not in planted)
    _office(files, e)["name"] = _deep(500)  # deeply nested where a text is expected
    planted[e] = "name"
    _service(files, 0)["terms"][0]["value"] = "ten"
    _service(files, 1)["documents"] = {"id": "x"}
    with pytest.raises(DataValidationError) as info:
        load_folders([_write(tmp_path, "zhambyl-2008", files)])
    problems = info.value.problems
    text = "\n".join(problems)
    for i, what in planted.items():
        assert f"offices.json.items[{i}]" in text and what in text, (i, what, text)
    assert "services.json.items[0].terms[0].value: expected an integer" in text
    assert "services.json.items[1].documents: expected a list" in text
    assert len(problems) >= len(planted) + 2


def test_deep_nesting_of_a_whole_file_is_one_problem(tmp_path: Path) -> None:
    folder = tmp_path / "zhambyl-2008"
    shutil.copytree(ACTS / "zhambyl-2008", folder)
    (folder / "services.json").write_text("[" * 200_000, encoding="utf-8")
    with pytest.raises(DataValidationError, match=r"services\.json"):
        load_folders([folder])
