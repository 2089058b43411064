"""``tools/check_sources.py``: the data's phrases are checked, found and re-located from their text alone."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from conftest import ROOT, SEEDS

ACTS = ROOT / "src" / "kzsocial" / "data" / "acts"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_sources", ROOT / "tools" / "check_sources.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _tool()


def _copy(tmp_path: Path, act: str) -> tuple[Path, Path, str]:
    data, seeds = tmp_path / "acts", tmp_path / "seeds"
    shutil.copytree(ACTS / act, data / act)
    seeds.mkdir()
    source_file = json.loads((ACTS / act / "act.json").read_text(encoding="utf-8"))["act"]["source_file"]
    shutil.copy(SEEDS / source_file, seeds / source_file)
    return data, seeds, source_file


def _sources(folder: Path) -> list[dict[str, object]]:
    return [s for f in sorted(folder.glob("*.json")) for _, s in tool.iter_sources(json.loads(f.read_text("utf-8")))]


def test_the_packaged_data_has_every_phrase_on_its_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert tool.main([]) == 0
    assert "0 problem(s)" in capsys.readouterr().out


def test_fix_moves_nothing_when_every_phrase_is_on_its_line(tmp_path: Path) -> None:
    data, seeds, _ = _copy(tmp_path, "zhambyl-2008")
    before = {f.name: f.read_bytes() for f in (data / "zhambyl-2008").glob("*.json")}
    assert tool.main(["--fix", "--data", str(data), "--seeds", str(seeds)]) == 0
    assert {f.name: f.read_bytes() for f in (data / "zhambyl-2008").glob("*.json")} == before


@pytest.mark.parametrize("act", ["zhambyl-2008", "karaganda-2008"])  # Karaganda repeats its tables row by row
def test_a_re_extracted_text_is_followed_by_every_phrase(tmp_path: Path, act: str) -> None:
    data, seeds, name = _copy(tmp_path, act)
    lines = (seeds / name).read_text(encoding="utf-8").split("\n")
    # Re-extraction adds a header and splits nothing: every line below moves down, some by more than others.
    shifted = ["(re-extracted)", "", *lines[:200], "", "", *lines[200:]]
    (seeds / name).write_text("\n".join(shifted), encoding="utf-8")
    seed = tool.Seed((seeds / name).read_text(encoding="utf-8"))
    assert not all(seed.holds(s) for s in _sources(data / act))
    assert tool.main(["--data", str(data), "--seeds", str(seeds)]) == 1
    assert tool.main(["--fix", "--data", str(data), "--seeds", str(seeds)]) == 0
    moved = _sources(data / act)
    assert all(seed.holds(s) for s in moved)
    original = _sources(ACTS / act)
    assert [s["line"] for s in moved] == [s["line"] + (2 if s["line"] <= 200 else 4) for s in original]


def test_a_new_phrase_written_with_line_0_is_found(tmp_path: Path) -> None:
    data, seeds, name = _copy(tmp_path, "zhambyl-2008")
    file = data / "zhambyl-2008" / "services.json"
    raw = json.loads(file.read_text(encoding="utf-8"))
    record = raw["items"][0]
    first = next(s for _, s in tool.iter_sources(record))
    expected = first["line"]
    first["line"] = 0
    first.pop("end_line", None)
    file.write_text(json.dumps(raw, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert tool.main(["--fix", "--data", str(data), "--seeds", str(seeds)]) == 0
    again = json.loads(file.read_text(encoding="utf-8"))
    record = again["items"][0]
    located = next(s for _, s in tool.iter_sources(record))
    assert tool.Seed((seeds / name).read_text(encoding="utf-8")).holds(located)
    assert located["line"] == expected


def test_a_phrase_found_nowhere_is_reported_and_left(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data, seeds, _ = _copy(tmp_path, "zhambyl-2008")
    file = data / "zhambyl-2008" / "act.json"
    raw = json.loads(file.read_text(encoding="utf-8"))
    src = next(s for _, s in tool.iter_sources(raw))
    src["text"] = "a phrase no act prints"
    file.write_text(json.dumps(raw, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert tool.main(["--fix", "--data", str(data), "--seeds", str(seeds)]) == 1
    assert "stands nowhere in the act" in capsys.readouterr().out
    assert "a phrase no act prints" in file.read_text(encoding="utf-8")


def test_a_phrase_equally_near_two_places_is_not_guessed() -> None:
    seed = tool.Seed("x\nsame\nmiddle\nsame\ny")
    src = {"line": 3, "text": "same"}
    assert "equally near" in (tool.relocate(src, [src], seed) or "")
    assert src["line"] == 3
    assert tool.relocate(src := {"line": 5, "text": "same"}, [src], seed) is None
    assert src["line"] == 4
