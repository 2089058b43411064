"""The command line's shared pieces: the parser that raises instead of exiting, :class:`UsageError`, and the
argument readers every command group uses (dates, terms, week days, the calendar options, JSON output)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from kzsocial.errors import KzSocialError

if TYPE_CHECKING:
    from kzsocial.calendar import Term, WorkCalendar

__all__ = ["UsageError"]


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
    from kzsocial.calendar import default_calendar

    cal = default_calendar(args.week)
    layers = []
    for path in args.overrides:
        from kzsocial.calendar import CalendarOverrides  # only with --overrides (its module: attrs classes)

        try:
            layers.append(CalendarOverrides.from_json(path))
        except KzSocialError:
            raise
        except (UnicodeError, RecursionError, OSError, ValueError, TypeError) as exc:
            from kzsocial.errors import DataValidationError

            why = (
                "not UTF-8 text"
                if isinstance(exc, UnicodeError)
                else ("JSON nested too deeply" if isinstance(exc, RecursionError) else f"{type(exc).__name__}: {exc}")
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
    from kzsocial._data import packaged_service

    found = packaged_service(service_id)
    if found is not None:  # the service alone, read and validated (issue 15: a cold command reads one service of
        return found  # one act, not every act, nor the act's offices unless --office asks for one)
    from kzsocial.errors import UnknownServiceError
    from kzsocial.services import catalog  # the whole catalogue (and its search index) only for a miss

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


# -- the CLI's words for the library's ----------------------------------------------------------------------------

_ALIASES = {
    "submitted_at": "--at",
    "language": "--lang",
    "lang": "--lang",
    "start_event": "--event",
    "event_at": "--starts-at",
    "breaks": "--break",
}
"""Python argument names whose CLI option is not ``--`` plus the name with dashes (only used where the command has
the option)."""

_WORDS = {"full_name": "the name"}
"""Python names that stand for an option's value rather than an option (``Person(full_name)`` is ``--applicant``'s
value), replaced in every command."""

_PHRASES = {
    "see kzsocial.cases.CASE_LOG_COLUMNS": "see the case log columns in docs/cases.md",
    "pass None when": "leave the option out when",
}
"""Whole phrases of the library that point a Python user somewhere; the CLI points its user elsewhere."""


def command_parser(parser: argparse.ArgumentParser, argv: Sequence[str]) -> argparse.ArgumentParser | None:
    """The parser of the (sub)command ``argv`` names (``calendar add`` -> its own parser), or ``None``."""
    found: argparse.ArgumentParser | None = None
    current = parser
    for token in argv:
        subs = [a for a in current._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs or token not in subs[0].choices:
            if token.startswith("-"):
                continue
            break
        current = found = subs[0].choices[token]
    return found


def option_names(parser: argparse.ArgumentParser) -> dict[str, str]:
    """The Python names a library message may use for the options of ``parser`` (one command), each with its
    option: ``office`` -> ``--office``, ``submitted_at`` -> ``--at``, ``language`` -> ``--lang``, ..."""
    options = {o for a in parser._actions for o in a.option_strings if o.startswith("--")}
    names = {o[2:].replace("-", "_"): o for o in options if o not in ("--help", "--version")}
    names.update({py: opt for py, opt in _ALIASES.items() if opt in options})
    return names


def cli_words(message: str, parser: argparse.ArgumentParser | None) -> str:
    """``message`` (a library error reaching the command line) in the command's own words: the Python argument
    names it uses for the options of ``parser`` become the options (``extra_office=True`` -> ``--extra-office``,
    ``variant= one of`` -> ``--variant one of``, ``port must be ...`` -> ``--port must be ...``), and a few Python
    pointers become pointers for a CLI user. A name only becomes an option in a Python position (``name=``, or
    the subject of ``must``/``needs``/``is at most`` at the start of a clause, or after ``give``/``pass``), so
    ordinary words (``the office is closed``) and data names (a case log's ``submitted_at`` column) stay."""
    for phrase, said in _PHRASES.items():
        message = message.replace(phrase, said)
    names = {**(option_names(parser) if parser is not None else {}), **_WORDS}
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    message = re.sub(
        rf"(?<![\w\-.])({alternatives})=(?:True\b|False\b|None\b)?",
        lambda m: names[m.group(1)],
        message,
    )
    message = re.sub(
        rf"(^|[:;(]\s*|\b(?:give|pass|drop|one of|or)\s+)({alternatives})"
        rf"(?=\s+(?:must|needs|is at most|is at least|is not|should)\b|\s+\(|\s*[,;)]|$)",
        lambda m: m.group(1) + names[m.group(2)],
        message,
    )
    return re.sub(r"\bdo not pass (--[\w-]+)", r"drop \1", message)
