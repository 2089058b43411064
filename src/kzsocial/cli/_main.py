"""The command line: ``python -m kzsocial COMMAND ...`` (and the ``kzsocial`` script).

Each command is one small registration function that adds its subparser and sets ``handler``; to add a command,
write ``_register_NAME(subparsers)`` and list it in :data:`COMMANDS`. A handler returns the exit code.

Exit codes: 0 success, 1 the computation failed (a result outside the calendar's range, bad data, documents
missing), 2 bad usage (unknown option, unreadable date or term, an empty or unreadable option value), 3 the output
could not be written (a closed or full stdout), 4 an internal error (a bug: please report it). Every failure is one
line on stderr and never a traceback. A stdout that cannot encode Kazakh letters (``PYTHONIOENCODING=ascii``) gets
them as ``\\uXXXX`` escapes rather than an error.

>>> run(["calendar", "between", "2025-01-06", "2025-01-10"])
Working days after 2025-01-06 (Monday) up to 2025-01-10 (Friday): 3
  2025-01-07 (Tuesday): holiday: Orthodox Christmas
0
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from collections.abc import Callable, Sequence
from typing import Any

from kzsocial.cli._args import (
    Registrar,
    Subparsers,
    UsageError,
    _Parser,
    _ParserExitError,
    cli_words,
    command_parser,
)
from kzsocial.cli._deadline import _register_deadline
from kzsocial.errors import KzSocialError

__all__ = ["COMMANDS", "UsageError", "build_parser", "run"]


def _register_catalog(subparsers: Subparsers) -> None:
    from kzsocial.cli._catalog import register

    register(subparsers)


def _register_calendar(subparsers: Subparsers) -> None:
    from kzsocial.cli._calendar import _register_calendar as register

    register(subparsers)


def _register_talon(subparsers: Subparsers) -> None:
    from kzsocial.cli._talon import register

    register(subparsers)


def _register_cases(subparsers: Subparsers) -> None:
    from kzsocial.cli._cases import register

    register(subparsers)


def _register_integ(subparsers: Subparsers) -> None:
    from kzsocial.cli._integ import register

    register(subparsers)


COMMANDS: list[Registrar] = [
    _register_catalog,
    _register_deadline,
    _register_talon,
    _register_calendar,
    _register_cases,
    _register_integ,
]
"""The registration functions: ``services``, ``show``, ``offices``, ``export`` (:mod:`kzsocial.cli._catalog`),
``deadline`` (:mod:`kzsocial.cli._deadline`), ``talon`` and ``timeline`` (:mod:`kzsocial.cli._talon`),
``calendar`` (:mod:`kzsocial.cli._calendar`), ``audit`` (:mod:`kzsocial.cli._cases`),
``schema``, ``validate`` and ``serve`` (:mod:`kzsocial.cli._integ`)."""


_REGISTRAR_OF: dict[str, Registrar] = {
    **dict.fromkeys(("services", "show", "offices", "export"), _register_catalog),
    "deadline": _register_deadline,
    **dict.fromkeys(("talon", "timeline"), _register_talon),
    "calendar": _register_calendar,
    "audit": _register_cases,
    **dict.fromkeys(("schema", "validate", "serve"), _register_integ),
}
"""The registration function of each command name (``tests/cli`` checks it against :data:`COMMANDS`), so that a
run builds only the parser of the command it runs (issue 15: ``deadline`` reads no office registry to list
``offices --kind``'s choices)."""


class _Ignored:
    """Where the parser calls of a command that will not run go (see :class:`_OneCommand`): every call is a no-op."""

    def __getattr__(self, name: str) -> Callable[..., _Ignored]:
        return self._ignore

    def _ignore(self, *args: object, **kwargs: object) -> _Ignored:
        return self


class _OneCommand:
    """The subparsers as a registration function sees them when only ``command`` runs: its parser is the real one,
    the other commands the same function adds go to :class:`_Ignored`."""

    def __init__(self, subparsers: Subparsers, command: str) -> None:
        self._subparsers = subparsers
        self._command = command

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if name == self._command:
            return self._subparsers.add_parser(name, **kwargs)
        return _Ignored()


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser of every command (shown for ``--help``); with ``command``, one of :data:`COMMANDS`'
    names, only that command's parser (what :func:`run` builds: the others are not needed to run it)."""
    from kzsocial import __version__

    parser = _Parser(prog="kzsocial", description="Kazakhstan's legal acts on state social services.")
    parser.add_argument("--version", action="version", version=f"kzsocial {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    subparsers.required = True
    only = _REGISTRAR_OF.get(command) if isinstance(command, str) else None
    if command is not None and only is not None and only in COMMANDS:
        only(_OneCommand(subparsers, command))
        return parser
    for register in COMMANDS:
        register(subparsers)
    return parser


def _command_in(argv: object) -> str | None:
    """The command ``argv`` runs when its first word names one (``deadline ...``); ``None`` otherwise (``--help``,
    an option or a typo first: then every command's parser is built, and argparse answers as it always has)."""
    if isinstance(argv, str | bytes) or not isinstance(argv, Sequence) or not argv:
        return None
    first = argv[0]
    return first if isinstance(first, str) and first in _REGISTRAR_OF else None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_OUTPUT, EXIT_INTERNAL = 0, 1, 2, 3, 4
"""The exit codes (see the module's docstring)."""


class _OutputError(Exception):
    """stdout is missing (closed at start) or cannot be written."""


def run(argv: Sequence[str]) -> int:
    """Run the command line with ``argv`` (without the program name); return the exit code."""
    _escape_unencodable(sys.stdout)
    parser: argparse.ArgumentParser | None = None
    try:
        parser = build_parser(_command_in(argv))
        if isinstance(argv, str | bytes) or not isinstance(argv, Sequence) or not all(isinstance(a, str) for a in argv):
            raise UsageError("the arguments are a list of strings")
        args = parser.parse_args(list(argv))
        handler: Callable[[argparse.Namespace], int] = args.handler
        if sys.stdout is None:
            raise _OutputError("stdout is closed")
        code = handler(args)
        sys.stdout.flush()
        return code
    except _ParserExitError as exc:
        return exc.status
    except UsageError as exc:
        _error(f"kzsocial: error: {_said(exc, parser, argv)}")
        return EXIT_USAGE
    except KzSocialError as exc:
        _error(f"kzsocial: {type(exc).__name__}: {_said(exc, parser, argv)}")
        return EXIT_FAILED
    except BrokenPipeError:
        # the reader went away (``kzsocial services | head``): stop quietly, and keep the interpreter's final
        # flush from complaining about the closed pipe
        _silence_stdout()
        return EXIT_OK
    except (_OutputError, OSError) as exc:
        _silence_stdout()
        _error(f"kzsocial: error: cannot write the output: {_one_line(exc)}")
        return EXIT_OUTPUT
    except (Exception, RecursionError) as exc:  # a bug: still one line and a documented code, never a traceback
        _error(f"kzsocial: internal error ({type(exc).__name__}): {_one_line(exc)[:500]}; please report it")
        return EXIT_INTERNAL


def _said(exc: BaseException, parser: argparse.ArgumentParser | None, argv: object) -> str:
    """The error's one line in the command's words: Python argument names become its options (see
    :func:`kzsocial.cli._args.cli_words`)."""
    line = _one_line(exc)
    if parser is None or not isinstance(argv, Sequence) or isinstance(argv, str | bytes):
        return line
    tokens = [a for a in argv if isinstance(a, str)]
    return cli_words(line, command_parser(parser, tokens))


def _error(line: str) -> None:
    stream = sys.stderr
    if stream is None:
        return
    with contextlib.suppress(OSError, ValueError, UnicodeError):
        print(line, file=stream)


def _escape_unencodable(stream: object) -> None:
    """Write characters the stream's encoding lacks as ``\\uXXXX`` escapes instead of failing."""
    encoding = getattr(stream, "encoding", None) or ""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is None or encoding.lower().replace("-", "").replace("_", "") in ("utf8", "utf8sig"):
        return
    with contextlib.suppress(ValueError, OSError, TypeError):
        reconfigure(errors="backslashreplace")


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):  # not a real file (tests capture it)
        pass
