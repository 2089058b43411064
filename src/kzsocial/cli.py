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
import datetime as dt
import io
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from kzsocial.errors import KzSocialError

if TYPE_CHECKING:
    from kzsocial.calendar import OfficeHours, StagedTerm, Term, WorkCalendar

__all__ = ["COMMANDS", "UsageError", "build_parser", "run"]


class UsageError(Exception):
    """Bad usage of the command line (exit code 2)."""


class _ParserExitError(Exception):
    """argparse asked to exit (after --help): carries the status."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class _Parser(argparse.ArgumentParser):
    """argparse, but errors raise instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        where = self.prog.removeprefix("kzsocial").strip()
        raise UsageError(f"{where}: {message}" if where else message)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            print(message.rstrip(), file=sys.stderr)
        raise _ParserExitError(status)


Subparsers = Any  # argparse._SubParsersAction[_Parser]: private in typeshed
Registrar = Callable[[Subparsers], None]


# -- shared argument readers --------------------------------------------------------------------------------------


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r}; accepted: YYYY-MM-DD") from None


def _datetime(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date and time: {text!r}; accepted: YYYY-MM-DDTHH:MM (optionally with an offset like +05:00)"
        ) from None


_TERM = re.compile(r"^\s*(\d+)\s+([A-Za-z_ ]+?)\s*$")


def _term(text: str) -> Term:
    from kzsocial.calendar import Term, TermUnit

    match = _TERM.match(text)
    accepted = ", ".join(u.value for u in TermUnit)
    if not match:
        raise argparse.ArgumentTypeError(f"not a term: {text!r}; accepted: 'N UNIT' with UNIT one of {accepted}")
    unit = match.group(2).strip().lower().replace(" ", "_")
    try:
        return Term(int(match.group(1)), unit)
    except KzSocialError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekdays(text: str) -> list[int]:
    """``mon-fri``, ``mon-thu``, ``mon,wed,fri`` or ``0-4``."""
    out: set[int] = set()

    def one(token: str) -> int:
        token = token.strip().lower()[:3]
        if token.isdigit() and 0 <= int(token) <= 6:
            return int(token)
        if token in _WEEKDAYS:
            return _WEEKDAYS.index(token)
        raise argparse.ArgumentTypeError(f"unknown weekday {token!r}; accepted: mon..sun or 0..6")

    for part in text.split(","):
        if "-" in part:
            a, b = part.split("-", 1)
            lo, hi = one(a), one(b)
            if hi < lo:
                raise argparse.ArgumentTypeError(f"weekday range {part!r} runs backwards")
            out.update(range(lo, hi + 1))
        else:
            out.add(one(part))
    return sorted(out)


def _span(text: str) -> tuple[str, str]:
    parts = text.split("-")
    if len(parts) != 2:
        raise argparse.ArgumentTypeError(f"not a time span: {text!r}; accepted: HH:MM-HH:MM")
    return parts[0].strip(), parts[1].strip()


def _add_calendar_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--week", type=int, choices=(5, 6), default=5, help="five-day (5, default) or six-day week")
    parser.add_argument(
        "--overrides",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="a JSON file of calendar overrides (moved days off, ...) with their legal sources; repeatable",
    )
    parser.add_argument("--lang", choices=("kk", "ru", "en"), default="en", help="language of the text (en)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def _calendar(args: argparse.Namespace) -> WorkCalendar:
    from kzsocial.calendar import CalendarOverrides, default_calendar

    cal = default_calendar(args.week)
    layers = []
    for path in args.overrides:
        try:
            layers.append(CalendarOverrides.from_json(path))
        except KzSocialError:
            raise
        except (UnicodeError, RecursionError, OSError, ValueError, TypeError) as exc:
            from kzsocial.errors import DataValidationError

            why = "not UTF-8 text" if isinstance(exc, UnicodeError) else (
                "JSON nested too deeply" if isinstance(exc, RecursionError) else f"{type(exc).__name__}: {exc}"
            )
            raise DataValidationError(f"overrides file {path}", [why]) from None
    return cal.with_overrides(layers) if layers else cal


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _near(wanted: str, ids: Sequence[str]) -> list[str]:
    """Ids close to ``wanted`` (a typo, or the part after the act): at most five, best first."""
    import difflib

    tails = {i: i.split("/", 1)[-1] for i in ids}
    close = difflib.get_close_matches(wanted, ids, n=5, cutoff=0.75)
    tail = wanted.split("/", 1)[-1]
    close += [i for i in ids if i not in close and tails[i] in difflib.get_close_matches(tail, tails.values(), 5, 0.8)]
    return close[:5]


def cli_service(service_id: str) -> Any:
    """The service ``service_id``, or an :class:`~kzsocial.errors.UnknownServiceError` that names the near misses
    and the command listing the ids."""
    from kzsocial.errors import UnknownServiceError
    from kzsocial.services import catalog

    cat = catalog()
    ids = [s.id for s in cat]
    if service_id in ids:
        return cat.get(service_id)
    close = _near(service_id, ids)
    hint = f"; did you mean: {', '.join(close)}?" if close else ""
    raise UnknownServiceError(f"no service with id {service_id!r}{hint} (see: kzsocial services)")


def cli_office(office_id: str) -> Any:
    """The office ``office_id``, or an :class:`~kzsocial.errors.UnknownOfficeError` that names the near misses and
    the command listing the ids."""
    from kzsocial.errors import UnknownOfficeError
    from kzsocial.registry import offices

    reg = offices()
    ids = [o.id for o in reg]
    if office_id in ids:
        return reg.get(office_id)
    close = _near(office_id, ids)
    hint = f"; did you mean: {', '.join(close)}?" if close else ""
    raise UnknownOfficeError(f"no office with id {office_id!r}{hint} (see: kzsocial offices)")


def cli_region(region: str, regions: Iterable[str]) -> str:
    """``region`` if it is one of ``regions``, else an error naming the near misses and the accepted ones."""
    known = sorted(set(regions))
    if region in known:
        return region
    import difflib

    from kzsocial.errors import UnknownRegionError

    close = difflib.get_close_matches(region, known, n=3, cutoff=0.6)
    hint = f"did you mean: {', '.join(close)}? " if close else ""
    raise UnknownRegionError(f"unknown region {region[:200]!r}; {hint}accepted: {', '.join(known)}")


# -- deadline ----------------------------------------------------------------------------------------------------


def _register_deadline(subparsers: Subparsers) -> None:
    p = subparsers.add_parser(
        "deadline",
        help="compute and explain a deadline",
        description="Compute when a term expires and explain every step (rules, holidays, moved days off): the "
        "term of a SERVICE as its act states it (with the service's or --office's hours), or an ad-hoc --term. "
        "For --term, the office is open Monday to Friday 09:00-18:00 with a 13:00-14:00 break unless --hours "
        "says otherwise.",
    )
    p.add_argument(
        "service",
        nargs="?",
        metavar="SERVICE",
        help="a service id (see: kzsocial services), e.g. karaganda-2008/unemployed-registration",
    )
    p.add_argument(
        "--term",
        type=_term,
        action="append",
        metavar="'N UNIT'",
        help="e.g. '10 calendar_days', '22 working_days', '1 months', '2 hours'; repeat for a staged term",
    )
    p.add_argument("--office", metavar="ID", help="with SERVICE: the office whose hours count (see: kzsocial offices)")
    p.add_argument(
        "--channel", choices=("provider", "centre", "portal", "akim"), help="with SERVICE: the channel's own term"
    )
    start = p.add_mutually_exclusive_group(required=True)
    start.add_argument("--at", type=_datetime, metavar="WHEN", help="when the documents were submitted")
    start.add_argument(
        "--starts-at", type=_datetime, metavar="WHEN", help="the moment of another event the term runs from"
    )
    p.add_argument("--event", metavar="NAME", help="the name of that event (with --starts-at)")
    p.add_argument("--hours", type=_span, metavar="HH:MM-HH:MM", help="opening hours (default 09:00-18:00)")
    p.add_argument(
        "--break",
        dest="breaks",
        type=_span,
        action="append",
        metavar="HH:MM-HH:MM",
        help="a break; repeatable (default 13:00-14:00 when --hours is not given)",
    )
    p.add_argument("--weekdays", type=_weekdays, default=[0, 1, 2, 3, 4], help="open weekdays (default mon-fri)")
    p.add_argument("--tz", metavar="ZONE", help="the office's IANA time zone, e.g. Asia/Almaty")
    p.add_argument(
        "--unqualified",
        choices=("calendar_days", "working_days"),
        default="calendar_days",
        help="how a term in plain «күн» counts (default calendar_days)",
    )
    _add_calendar_options(p)
    p.set_defaults(handler=_deadline)


def _office_hours(args: argparse.Namespace) -> OfficeHours:
    from kzsocial.calendar import OfficeHours

    if args.hours is None:
        opens, closes = "09:00", "18:00"
        breaks = args.breaks if args.breaks is not None else [("13:00", "14:00")]
    else:
        opens, closes = args.hours
        breaks = args.breaks or []
    try:
        return OfficeHours.weekly(opens, closes, breaks=breaks, weekdays=args.weekdays, tz=args.tz)
    except KzSocialError as exc:
        raise UsageError(f"deadline: bad office hours: {exc}") from None


def _deadline(args: argparse.Namespace) -> int:
    from kzsocial.calendar import CountingPolicy, StagedTerm, compute_deadline

    if args.event is not None and args.starts_at is None:
        raise UsageError("deadline: --event names the event of --starts-at; give --starts-at too")
    policy = CountingPolicy(unqualified_days=args.unqualified)
    if args.service is not None:
        from kzsocial._cli_talon import service_deadline

        if args.term:
            raise UsageError("deadline: give a SERVICE (its act's term) or --term, not both")
        if args.event is not None:
            raise UsageError("deadline: with SERVICE the act names the event; drop --event")
        own_hours = args.hours is not None or args.breaks is not None
        if args.tz is not None and not own_hours:
            raise UsageError(
                "deadline: with SERVICE the hours and time zone are the office's or the act's; --tz goes with "
                "--hours (your own hours) or --term; give an aware --at (e.g. 2024-11-25T10:30+05:00) for a moment "
                "in another zone"
            )
        deadline = service_deadline(args, _office_hours(args) if own_hours else None, _calendar(args), policy)
    else:
        if not args.term:
            raise UsageError("deadline: give a SERVICE id or at least one --term 'N UNIT'")
        if args.office is not None or args.channel is not None:
            raise UsageError("deadline: --office and --channel go with a SERVICE; with --term give --hours")
        terms: list[Term] = args.term
        term: Term | StagedTerm = terms[0] if len(terms) == 1 else StagedTerm(terms)
        deadline = compute_deadline(
            term,
            args.at,
            hours=_office_hours(args),
            calendar=_calendar(args),
            policy=policy,
            starts_at=args.starts_at,
            start_event=args.event,
        )
    if args.json:
        _print_json(deadline.to_dict())
    else:
        print(deadline.explain(args.lang))
    return 0


# -- calendar ----------------------------------------------------------------------------------------------------


def _register_calendar(subparsers: Subparsers) -> None:
    p = subparsers.add_parser("calendar", help="ask the work calendar", description="Ask the work calendar.")
    sub = p.add_subparsers(dest="calendar_command", metavar="{explain,between,add}", parser_class=_Parser)
    sub.required = True

    explain = sub.add_parser("explain", help="why a date is or is not a working day")
    explain.add_argument("date", type=_date, metavar="DATE")
    _add_calendar_options(explain)
    explain.set_defaults(handler=_calendar_explain)

    between = sub.add_parser("between", help="the number of working days x with A < x <= B")
    between.add_argument("start", type=_date, metavar="A")
    between.add_argument("end", type=_date, metavar="B")
    _add_calendar_options(between)
    between.set_defaults(handler=_calendar_between)

    add = sub.add_parser("add", help="the N-th working day after DATE (N < 0 goes back)")
    add.add_argument("date", type=_date, metavar="DATE")
    add.add_argument("n", type=int, metavar="N")
    _add_calendar_options(add)
    add.set_defaults(handler=_calendar_add)


def _calendar_explain(args: argparse.Namespace) -> int:
    explanation = _calendar(args).explain(args.date)
    if args.json:
        _print_json(explanation.to_dict())
    else:
        print(explanation.text(args.lang))
    return 0


def _calendar_between(args: argparse.Namespace) -> int:
    from kzsocial.calendar._text import format_date

    cal = _calendar(args)
    n = cal.working_days_between(args.start, args.end)
    lo, hi = sorted((args.start, args.end))
    special = cal.special_days(lo, hi)
    if args.json:
        _print_json(
            {
                "from": args.start.isoformat(),
                "to": args.end.isoformat(),
                "working_days": n,
                "week": cal.week,
                "special_days": [e.to_dict() for e in special],
                "data_version": cal.data_version,
            }
        )
        return 0
    a, b = format_date(args.start, args.lang), format_date(args.end, args.lang)
    line = {
        "kk": f"{a} мен {b} аралығындағы жұмыс күндері ({a} кірмейді, {b} кіреді): {n}",
        "ru": f"Рабочих дней после {a} по {b} включительно: {n}",
        "en": f"Working days after {a} up to {b}: {n}",
    }[args.lang]
    print(line)
    for e in special:
        print(f"  {format_date(e.date, args.lang)}: {e.reasons(args.lang)}")
    return 0


def _calendar_add(args: argparse.Namespace) -> int:
    cal = _calendar(args)
    result = cal.add_working_days(args.date, args.n)
    if args.json:
        _print_json(
            {"date": args.date.isoformat(), "n": args.n, "result": result.isoformat(), "data_version": cal.data_version}
        )
    else:
        print(cal.explain(result).text(args.lang))
    return 0


def _register_catalog(subparsers: Subparsers) -> None:
    from kzsocial._cli_catalog import register

    register(subparsers)


def _register_talon(subparsers: Subparsers) -> None:
    from kzsocial._cli_talon import register

    register(subparsers)


def _register_cases(subparsers: Subparsers) -> None:
    from kzsocial._cli_cases import register

    register(subparsers)


def _register_integ(subparsers: Subparsers) -> None:
    from kzsocial._cli_integ import register

    register(subparsers)


COMMANDS: list[Registrar] = [
    _register_catalog,
    _register_deadline,
    _register_talon,
    _register_calendar,
    _register_cases,
    _register_integ,
]
"""The registration functions: ``services``, ``show``, ``offices``, ``export`` (:mod:`kzsocial._cli_catalog`),
``deadline``, ``talon`` and ``timeline`` (:mod:`kzsocial._cli_talon`), ``calendar``, ``audit``
(:mod:`kzsocial._cli_cases`), ``schema``, ``validate`` and ``serve`` (:mod:`kzsocial._cli_integ`)."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command (``run`` uses it; shown for ``--help``)."""
    from kzsocial import __version__

    parser = _Parser(prog="kzsocial", description="Kazakhstan's legal acts on state social services.")
    parser.add_argument("--version", action="version", version=f"kzsocial {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    subparsers.required = True
    for register in COMMANDS:
        register(subparsers)
    return parser


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_OUTPUT, EXIT_INTERNAL = 0, 1, 2, 3, 4
"""The exit codes (see the module's docstring)."""


class _OutputError(Exception):
    """stdout is missing (closed at start) or cannot be written."""


def run(argv: Sequence[str]) -> int:
    """Run the command line with ``argv`` (without the program name); return the exit code."""
    _escape_unencodable(sys.stdout)
    try:
        parser = build_parser()
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
        _error(f"kzsocial: error: {_one_line(exc)}")
        return EXIT_USAGE
    except KzSocialError as exc:
        _error(f"kzsocial: {type(exc).__name__}: {_one_line(exc)}")
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
