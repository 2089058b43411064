"""The README's first quick-start command runs talon on a real service, the library's main job."""

from __future__ import annotations

import shlex
import subprocess
import sys

from conftest import ROOT


def test_the_readme_quick_start_builds_a_talon() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first = next(line for line in readme.splitlines() if line.startswith("python3 -m venv .venv && "))
    assert first.startswith("python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/python -m kzsocial talon ")
    command = shlex.split(first.split(".venv/bin/python -m kzsocial ", 1)[1])
    result = subprocess.run(
        [sys.executable, "-m", "kzsocial", *command], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    out = result.stdout
    assert out.startswith("2008 жылғы 26 желтоқсандағы ТАЛОН\n")
    assert "Мемлекеттік қызмет: Жұмыссыз азаматтарды есепке қою және тіркеу" in out
    assert "2008 жылғы 29 желтоқсан, сағат 09:00" in out  # registered at the next opening
    assert "Нәтижені алу мерзімі (күні мен уақыты): 2009 жылғы 8 қаңтар, сағат 18:00" in out
    assert "Құжаттар саны: 5" in out
