"""Every failure of the command line is one line on stderr, a documented exit code and no traceback (issue 11).

Run as a real process, because closed, full and non-UTF-8 stdouts only exist there.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TALON = ["talon", "karaganda-2008/unemployed-registration", "--at", "2008-12-26T18:30", "--documents",
         "identity-card,employment-records,social-code-certificate,taxpayer-number,income-statement",
         "--office", "karaganda/employment-dept-karaganda-city"]


def _run(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "kzsocial", *argv], capture_output=True, env={**os.environ, **(env or {})},
        timeout=120, check=False,
    )


def _one_line_no_traceback(proc: subprocess.CompletedProcess[bytes]) -> str:
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    return lines[0]


def test_a_full_disk_is_exit_3_with_one_line() -> None:
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([sys.executable, "-m", "kzsocial", "services"], stdout=full, stderr=subprocess.PIPE,
                              timeout=120, check=False)
    assert proc.returncode == 3
    assert "cannot write the output" in _one_line_no_traceback(proc)


def test_a_closed_stdout_is_exit_3_with_one_line() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", "import os, sys; os.close(1); from kzsocial.__main__ import main; sys.exit(main())",
         "services"],
        stderr=subprocess.PIPE, timeout=120, check=False,
    )
    assert proc.returncode == 3, proc.stderr
    assert "cannot write the output" in _one_line_no_traceback(proc)


def test_a_closed_pipe_stops_quietly() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "kzsocial", "offices"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert "Traceback" not in err


@pytest.mark.parametrize("encoding", ["ascii", "latin-1", "cp1252"])
def test_a_non_utf8_stdout_gets_escapes_not_an_error(encoding: str) -> None:
    proc = _run("show", "karaganda-2008/unemployed-registration", env={"PYTHONIOENCODING": encoding})
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode(encoding)
    assert "\\u0416\\u04b1\\u043c\\u044b\\u0441" in out  # «Жұмыс...» as escapes
    assert not proc.stderr


@pytest.mark.parametrize(
    ("argv", "code", "needle"),
    [
        (["talon", *TALON[1:], "--number", ""], 2, "--number"),
        (["talon", *TALON[1:], "--applicant", ""], 2, "--applicant"),
        (["talon", *TALON[1:], "--number", "1\r\nforged"], 2, "control character"),
        (["talon", *TALON[1:-1], "mangystau/employment-dept-aktau"], 2, "--extra-office"),
        (["talon", *TALON[1:-1], "nowhere/office"], 1, "UnknownOfficeError"),
        (["services", "x" * 600], 1, "at most 500 characters"),
        (["deadline", "--term", "100000 months", "--at", "2025-01-01T10:00"], 1, "DateOutOfRangeError"),
    ],
)
def test_bad_values_give_one_line_and_their_code(argv: list[str], code: int, needle: str) -> None:
    proc = _run(*argv)
    line = _one_line_no_traceback(proc)
    assert needle in line
    assert proc.returncode == code, line


def test_the_extra_office_flag_builds_the_talon() -> None:
    proc = _run(*TALON[:-1], "mangystau/employment-dept-aktau", "--extra-office")
    assert proc.returncode == 0, proc.stderr
    assert "Ақтау" in proc.stdout.decode()


@pytest.mark.parametrize(
    "content",
    [b"{", b"\xff\xfe{\x00", b"[" * 100_000, b'{"records": [{"kind": "add_holiday", "date": 5}]}', b"null", b""],
    ids=["broken", "not-utf8", "deep", "bad-record", "null", "empty"],
)
def test_a_bad_overrides_file_is_one_line(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "o.json"
    path.write_bytes(content)
    proc = _run("calendar", "explain", "2025-01-01", "--overrides", str(path))
    assert proc.returncode in (1, 2), proc.stderr
    assert "overrides" in _one_line_no_traceback(proc)


def test_an_overrides_directory_is_one_line(tmp_path: Path) -> None:
    proc = _run("calendar", "explain", "2025-01-01", "--overrides", str(tmp_path))
    assert proc.returncode in (1, 2)
    _one_line_no_traceback(proc)


def test_an_internal_error_is_exit_4_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import kzsocial._cli_catalog as catalog_cli
    from kzsocial.cli import run

    def boom(*args: object) -> int:
        raise ZeroDivisionError("planted")

    monkeypatch.setattr(catalog_cli, "_services", boom)
    capsys.readouterr()
    code = run(["services"])
    err = capsys.readouterr().err
    assert code == 4
    assert err.count("\n") == 1 and "internal error (ZeroDivisionError): planted" in err
