"""Command line: ``python -m kzsocial`` and the ``kzsocial`` console script share :func:`main`."""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    from kzsocial.cli import run

    if argv is None:
        argv = sys.argv[1:]
    if isinstance(argv, str | bytes) or not isinstance(argv, Sequence):
        from kzsocial.errors import InvalidTypeError

        raise InvalidTypeError(f"argv must be a sequence of str (the arguments), got {type(argv).__name__}")
    return run(list(argv))


if __name__ == "__main__":
    raise SystemExit(main())
