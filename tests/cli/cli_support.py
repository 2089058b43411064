"""Helpers of the command-line tests: run the CLI in-process and capture what it prints."""

from __future__ import annotations

import json
from typing import Any

import pytest

from kzsocial.cli import run


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self) -> Any:
        return json.loads(self.out)


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> Result:
    capsys.readouterr()
    code = run(list(argv))
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)
