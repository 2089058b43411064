"""The command line's implementation (placeholder until the calendar lands)."""

from __future__ import annotations

import sys

__all__ = ["run"]


def run(argv: list[str]) -> int:
    print("kzsocial: no commands yet", file=sys.stderr)
    return 2
