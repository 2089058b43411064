"""The command line, one module per command group: :mod:`._args` (shared argument readers), :mod:`._catalog`
(``services``, ``show``, ``offices``, ``export``), :mod:`._deadline`, :mod:`._talon` (``talon``, ``timeline``),
:mod:`._calendar`, :mod:`._cases` (``audit``), :mod:`._integ` (``schema``, ``validate``, ``serve``) and
:mod:`._main` (:func:`build_parser`, :func:`run`, the exit codes). ``python -m kzsocial`` and the ``kzsocial``
script call :func:`run`."""

from kzsocial.cli._args import UsageError
from kzsocial.cli._main import COMMANDS, build_parser, run

__all__ = ["COMMANDS", "UsageError", "build_parser", "run"]
