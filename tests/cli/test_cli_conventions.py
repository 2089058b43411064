"""The command line's conventions: --json everywhere, one-line errors, exit codes, clean paging, the export,
and ``python -m kzsocial`` / the ``kzsocial`` script sharing one ``main``."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from cli.cli_support import cli
from kzsocial.cli import build_parser
from kzsocial.export import to_json

Cap = pytest.CaptureFixture[str]


def _leaf_parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return [path]
    out: list[tuple[str, ...]] = []
    for name, sub in subs[0].choices.items():
        out.extend(_leaf_parsers(sub, (*path, name)))
    return out


def _parser_of(path: tuple[str, ...]) -> argparse.ArgumentParser:
    parser = build_parser()
    for name in path:
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = sub.choices[name]
    return parser


COMMANDS = _leaf_parsers(build_parser())


def test_every_command_of_the_issue_exists() -> None:
    names = {" ".join(c) for c in COMMANDS}
    assert {"services", "show", "offices", "calendar explain", "calendar between", "deadline", "talon", "timeline",
            "export"} <= names


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p))
def test_every_command_takes_json(path: tuple[str, ...]) -> None:
    options = {o for a in _parser_of(path)._actions for o in a.option_strings}
    assert "--json" in options


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p))
def test_every_command_has_help(capsys: Cap, path: tuple[str, ...]) -> None:
    r = cli(capsys, *path, "--help")
    assert r.code == 0 and r.out.startswith("usage: kzsocial")


@pytest.mark.parametrize(
    "argv", [[], ["frobnicate"], ["services", "--nope"], ["calendar"], ["calendar", "explain", "2025-13-01"]]
)
def test_bad_usage_exits_2_with_one_line(capsys: Cap, argv: list[str]) -> None:
    r = cli(capsys, *argv)
    assert r.code == 2 and r.out == ""
    assert r.err.count("\n") == 1 and r.err.startswith("kzsocial: error: ")


def test_export_prints_to_json(capsys: Cap) -> None:
    r = cli(capsys, "export")
    assert r.code == 0 and r.out == to_json() + "\n"
    assert cli(capsys, "export", "--json").out == r.out


def _python_m(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kzsocial", *args], capture_output=True, text=True, encoding="utf-8", check=False
    )


def test_python_m_kzsocial_export_prints_the_same_as_to_json() -> None:
    result = _python_m("export")
    assert result.returncode == 0, result.stderr
    assert result.stdout == to_json() + "\n"


def test_python_m_kzsocial_exit_codes() -> None:
    assert _python_m("show", "karaganda-2008/unemployed-registration").returncode == 0
    missing = _python_m("talon", "karaganda-2008/unemployed-registration", "--at", "2008-12-26T18:30")
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1
    assert _python_m("talon").returncode == 2


def test_the_console_script_shares_main() -> None:
    script = Path(sys.executable).with_name("kzsocial")
    if not script.exists():
        pytest.skip("the kzsocial console script is not installed beside this interpreter")
    result = subprocess.run([str(script), "services", "--limit", "1"], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and result.stdout.startswith("karaganda-2008/unemployed-registration ")


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    """``kzsocial offices | head -1``: the pipe closes; the command stops quietly with exit 0."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "kzsocial", "export"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0
    assert "Traceback" not in err and "BrokenPipe" not in err
