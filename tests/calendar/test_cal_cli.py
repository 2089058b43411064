"""The command line: the README's first command, deadline and calendar commands, exit codes, JSON."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from kzsocial.__main__ import main
from kzsocial.cli import run

ROOT = Path(__file__).resolve().parents[2]


def test_the_deadline_command_explains_the_deadline() -> None:
    # The command of the original quick start, run as a user runs it: a fresh interpreter, python -m kzsocial.
    command = 'deadline --term "10 calendar_days" --at 2008-12-26T18:30'
    result = subprocess.run(
        [sys.executable, "-m", "kzsocial", *shlex.split(command)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "Registered: 2008-12-29 (Monday) 09:00" in result.stdout
    assert "Due: 2009-01-08 (Thursday) 18:00" in result.stdout
    assert "[rule 1]" in result.stdout and "Calendar data: holidays" in result.stdout
    assert result.stderr == ""


def test_deadline_json_and_languages(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["deadline", "--term", "30 calendar_days", "--at", "2024-12-02T12:15", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["due_at"] == "2025-01-05T18:00:00"
    assert run(["deadline", "--term", "10 calendar days", "--at", "2008-12-26T18:30", "--lang", "kk"]) == 0
    assert "Тіркелді: 2008-12-29 (дүйсенбі) 09:00" in capsys.readouterr().out


def test_deadline_options(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["deadline", "--term", "120 minutes", "--at", "2024-05-03T17:00", "--hours", "09:00-17:30"]
    assert run([*args, "--break", "13:00-14:30", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["due_at"] == "2024-05-04T10:30:00"
    staged = ["--term", "5 working_days", "--term", "15 working_days", "--term", "2 working_days"]
    assert run(["deadline", *staged, "--at", "2024-12-20T10:00", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["stages"]) == 3
    event = ["--starts-at", "2025-01-03T19:00", "--event", "commission decision", "--lang", "ru"]
    assert run(["deadline", "--term", "5 working_days", *event]) == 0
    assert "commission decision" in capsys.readouterr().out
    assert (
        run(["deadline", "--term", "3 days_unqualified", "--at", "2025-01-06T10:00", "--unqualified", "working_days"])
        == 0
    )
    assert "ambiguous" in capsys.readouterr().out
    zone = ["--tz", "Asia/Almaty", "--weekdays", "mon-thu", "--week", "6"]
    assert run(["deadline", "--term", "1 working_days", "--at", "2025-01-06T10:00+05:00", *zone, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["due_at"].endswith("+05:00")


def test_calendar_explain_between_add(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["calendar", "explain", "2025-01-05"]) == 0
    assert "is a working day" in capsys.readouterr().out
    assert run(["calendar", "explain", "2026-03-24", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["is_working_day"] is False and data["facts"][0]["moved_from"] == "2026-03-21"
    assert run(["calendar", "between", "2024-12-20", "2025-01-08", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["working_days"] == 10 and len(data["special_days"]) == 5
    assert run(["calendar", "between", "2024-12-20", "2025-01-08", "--lang", "ru"]) == 0
    assert "Рабочих дней после 2024-12-20 (пятница) по 2025-01-08 (среда) включительно: 10" in capsys.readouterr().out
    assert run(["calendar", "add", "2024-12-20", "10", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["result"] == "2025-01-08"
    assert run(["calendar", "explain", "2024-05-04", "--week", "6"]) == 0
    assert "six-day week" in capsys.readouterr().out


def test_overrides_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "order.json"
    record = {"kind": "transfer", "worked": "2026-10-24", "day_off": "2026-10-23", "source": {"title": "Order 1"}}
    path.write_text(json.dumps({"name": "orders", "version": "3", "records": [record]}), encoding="utf-8")
    assert run(["calendar", "explain", "2026-10-23", "--overrides", str(path)]) == 0
    out = capsys.readouterr().out
    assert "is not a working day" in out and "orders 3" in out
    path.write_text("{broken", encoding="utf-8")
    assert run(["calendar", "explain", "2026-10-23", "--overrides", str(path)]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        ([], 2),
        (["nonsense"], 2),
        (["calendar"], 2),
        (["calendar", "explain", "05.01.2025"], 2),
        (["calendar", "between", "2025-01-01"], 2),
        (["deadline", "--term", "10 weeks", "--at", "2025-01-06T10:00"], 2),
        (["deadline", "--term", "ten calendar_days", "--at", "2025-01-06T10:00"], 2),
        (["deadline", "--term", "10 calendar_days"], 2),
        (["deadline", "--term", "10 calendar_days", "--at", "yesterday"], 2),
        (["deadline", "--term", "1 hours", "--at", "2025-01-06T10:00", "--hours", "18:00-09:00"], 2),
        (["deadline", "--term", "1 hours", "--at", "2025-01-06T10:00", "--weekdays", "mon-xyz"], 2),
        (["deadline", "--term", "1 hours", "--at", "2025-01-06T10:00", "--event", "decision"], 2),
        (["deadline", "--term", "1 hours", "--at", "2025-01-06T10:00", "--tz", "Nowhere/City"], 2),
        (["deadline", "--term", "10 calendar_days", "--at", "1985-01-06T10:00"], 1),
        (["deadline", "--term", "10 calendar_days", "--at", "2025-01-06T10:00+05:00"], 1),
        (["calendar", "explain", "2101-01-01"], 1),
        (["calendar", "add", "2100-12-30", "5"], 1),
    ],
)
def test_exit_codes_and_one_line_errors(argv: list[str], code: int, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(argv) == code
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1 and captured.err.startswith("kzsocial: ")


def test_help_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["deadline", "--help"]) == 0
    assert "--term" in capsys.readouterr().out
    assert main(["calendar", "explain", "2025-01-07"]) == 0
    assert "Orthodox Christmas" in capsys.readouterr().out
