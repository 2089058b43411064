"""The project's own checks run as tests: mypy --strict, ruff, and CI running the README's command."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from conftest import ROOT


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False)


def test_mypy_strict_is_clean() -> None:
    result = _run("mypy", "--strict", "src")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_is_clean() -> None:
    if shutil.which("ruff") is None and _run("ruff", "--version").returncode != 0:
        pytest.fail("ruff is not installed; it is part of the test extra")
    result = _run("ruff", "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line for line in readme.splitlines() if line.startswith("python3 -m venv .venv && ")]
    assert len(commands) == 2, "the README's quick start has exactly two commands"
    assert '.venv/bin/pip install ".[test]"' in commands[1]
    assert "grep -m1 -F '.venv/bin/pip install \".[test]\"' README.md" in ci


def test_typing_tests_type_check_under_mypy_strict() -> None:
    result = _run("mypy", "--strict", "typing_tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_typing_tests_also_run() -> None:
    import datetime as dt
    import importlib.util

    spec = importlib.util.spec_from_file_location("typing_usage", ROOT / "typing_tests" / "usage.py")
    assert spec is not None and spec.loader is not None
    usage = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(usage)
    text = usage.the_brief_example(dt.datetime(2008, 12, 26, 18, 30))
    assert "2009 жылғы 8 қаңтар" in text
    usage.calendar_and_deadlines()
    assert usage.regulations_and_export(dt.datetime(2015, 12, 31, 17, 25)).startswith("{")
