"""The whole-API fuzz harness (issue 11): every name of every public ``__all__``, called as a hostile caller would.

The targets are enumerated, never listed by hand, so a new public name is fuzzed the day it is exported:

- every public function (``kzsocial.calendar.compute_deadline``, ``kzsocial.registry.normalize_phone``, ...);
- every public class's constructor, and every public method and property of real instances of it (the packaged
  services, offices, calendars, a talon, notices, ...);
- the command line in-process (``kzsocial.__main__.main(argv)``), the data loader and the override layer's JSON.

Arguments are drawn from the real values above mixed with hostile ones: None, wrong types, bools, numpy scalars
(when numpy is installed), huge and negative numbers, NaN, naive/aware/fold/gap datetimes, control characters,
huge strings, deeply nested JSON. Each call must:

1. raise nothing but a :class:`~kzsocial.errors.KzSocialError` that is also a ValueError, TypeError, LookupError
   (or ImportError for a missing extra); with every argument of a wrong type, it must be a TypeError; an unknown
   id given to a lookup must be a LookupError;
2. take no more than :data:`LIMIT` seconds (a hang is stopped by an alarm and counted);
3. when it returns a deadline, be a real instant at or after the registration, and inside the office's open time.

A choice function drives the draws, so the same code runs under hypothesis (the test suite) and under a seeded
``random.Random`` (``python tests/fuzz/campaign.py``, which counts calls and faults for ``docs/reliability.md``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
import enum
import functools
import importlib
import inspect
import io
import json
import os
import pkgutil
import reprlib
import signal
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import kzsocial
from kzsocial.errors import KzSocialError

CI = bool(os.environ.get("CI"))
LIMIT = 3.0 if CI else 1.0
"""The most CPU time a single call may take, in seconds (generous under CI). CPU time, not wall time: on a shared
machine a call's wall time measures the neighbours."""
HANG = 20.0
"""A call still running after this many seconds is stopped and counted as a hang."""

Choose = Callable[[Sequence[Any]], Any]

# Modules whose names are not callable API: the pytest plugin's fixtures and hooks are called by pytest only.
EXEMPT_MODULES = frozenset({"kzsocial.testing.pytest_plugin"})


class Wrong:
    """A value no parameter of kzsocial accepts: every argument of this type must give a TypeError."""

    def __repr__(self) -> str:
        return "Wrong()"


class _Hang(BaseException):
    """Raised by the alarm inside a call that runs too long."""


# -- the values -----------------------------------------------------------------------------------------------------


def _deep(depth: int, leaf: Any = 1) -> Any:
    node = leaf
    for i in range(depth):
        node = [node] if i % 2 else {"a": node}
    return node


ALMATY = ZoneInfo("Asia/Almaty")


@functools.cache
def hostile_values() -> list[Any]:
    """Bad values of every kind (the same list every run, so the campaign's figures are reproducible)."""
    values: list[Any] = [
        None, True, False, 0, 1, -1, 7, -10**6, 2**31, 2**63, -(2**63), 10**100, 1.5, -0.0, float("nan"),
        float("inf"), float("-inf"), decimal.Decimal("NaN"), decimal.Decimal("1e400"), 1j,
        "", " ", "x", "0", "-1", "karaganda", "citizen", "standard", "centre", "kk", "html", "10 calendar_days",
        "2025-01-01", "09:00", "²:00", "FREQ=DAILY;INTERVAL=0", "((a??((b))))", "((x))",
        "\x00", "\r\n", "15\r\nForged: line", "\x1b[2J\x1b[31m", "\u202eevil", "\ud800", "é" * 10, "Ж" * 300,
        "a" * 1_000_001, ("жұмыссыз " * 200_000),
        b"", b"\xff\xfe", bytearray(b"x"), [], {}, (), set(), frozenset(), [None], ["x"], [1, "x"], {"x": None},
        {"kk": None}, [[]], object(), Wrong(), lambda: None, print, type, ...,
        _deep(50), _deep(3000), [_deep(2000)], {"records": _deep(2000)},
        dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(1990, 12, 31), dt.date(2101, 1, 1), dt.date(2025, 1, 1),
        dt.datetime(1, 1, 1), dt.datetime(9999, 12, 31, 23, 59, 59), dt.datetime(2025, 1, 1, 10, 0),
        dt.datetime(2024, 2, 29, 18, 10, tzinfo=dt.UTC), dt.datetime(2024, 3, 1, 0, 30, tzinfo=ALMATY),
        dt.datetime(2004, 10, 31, 2, 30, fold=1, tzinfo=ALMATY), dt.datetime(2004, 10, 31, 2, 30, tzinfo=ALMATY),
        dt.datetime(2004, 3, 28, 0, 30, tzinfo=ALMATY), dt.datetime(1991, 1, 1), dt.datetime(2100, 12, 31, 23, 59),
        dt.datetime(2025, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=14))), dt.time(25 % 24, 0), dt.time.max,
        dt.timedelta(0), dt.timedelta(days=-1), dt.timedelta.max, dt.timedelta(days=10**6),
        Path("/nonexistent/kzsocial.json"), Path("/"), Path("/dev/null"),
    ]
    try:
        import numpy as np

        values += [np.int64(5), np.float64("nan"), np.datetime64("2025-01-01"), np.bool_(True), np.array([1, 2])]
    except ImportError:  # numpy is optional: the fuzz suite uses its scalars when it is there
        pass
    return values


@functools.cache
def real_values() -> list[Any]:
    """Real objects of the library (so calls get past the first check) and everyday good values."""
    from kzsocial.calendar import (
        CalendarOverrides,
        CountingPolicy,
        OfficeHours,
        StagedTerm,
        Term,
        default_calendar,
        shipped_overrides,
    )
    from kzsocial.notices import Notice, NoticeKind, NoticeTemplate, Person, build_talon, documents_accepted
    from kzsocial.provenance import LocalizedText, Source
    from kzsocial.registry import offices
    from kzsocial.services import ApplicantProfile, Channel, catalog

    cat, reg = catalog(), offices()
    svc = cat.get("karaganda-2008/unemployed-registration")
    office = reg.get("karaganda/employment-dept-karaganda-city")
    hours = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")], tz="Asia/Almaty")
    docs = [d.id for d in svc.required_documents()]
    person = Person("Ахметова Гүлнар Серікқызы", "+7 701 123 45 67", address="Қарағанды")
    talon = build_talon(svc, submitted_at=dt.datetime(2008, 12, 26, 18, 30), documents=docs, applicant=person,
                        accepted_by=person, office=office, number="15")
    notice = documents_accepted(talon)
    nko = cat.get("nko-2015/child-allowance")
    values: list[Any] = [
        cat, reg, svc, nko, cat[len(cat) // 2], cat[-1], office, reg[0], reg[len(reg) // 2], reg[-1],
        default_calendar(), default_calendar(6), hours, OfficeHours.weekly("00:00", "23:59"), office.hours,
        Term(10, "calendar_days"), Term(3, "working_days"), Term(2, "hours"), Term(1, "months"), Term(30, "minutes"),
        StagedTerm([Term(1, "working_days"), Term(2, "hours")]), CountingPolicy(), shipped_overrides(),
        CalendarOverrides(records=()), person, talon, notice, Notice(NoticeKind.RESULT_READY, {"number": "1"}),
        NoticeTemplate("№ ((number))"), LocalizedText("мәтін", ru="текст"), Source("f.txt", 1, "x"),
        ApplicantProfile.citizen(), ApplicantProfile.of("foreigner"), Channel.PROVIDER, Channel.CENTRE,
        svc.id, office.id, nko.id, "karaganda-2008", "nko-2015", "karaganda", "north-kazakhstan", docs, docs[:1],
        svc.documents[0], svc.main_term, "kk", "ru", "en", "text", "html", "sms", "email", "portal",
        dt.datetime(2008, 12, 26, 18, 30), dt.datetime(2025, 3, 10, 11, 0), dt.date(2025, 1, 6),
        dt.datetime(2025, 3, 10, 11, 0, tzinfo=ALMATY), dt.time(9, 0), dt.timedelta(hours=1), 3, 5, 10,
    ]
    values += list(svc.terms) + list(nko.steps[:2]) + list(office.phones[:1]) + list(office.reception[:1])
    return values


# -- the targets ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """One callable of the public API: ``name`` (as a user would write it) and the function to call."""

    name: str
    fn: Callable[..., Any]
    params: tuple[inspect.Parameter, ...]
    lookup: frozenset[str] = frozenset()
    """Parameters that take an id: an unknown id there must be a LookupError."""


_LOOKUP_PARAMS = frozenset({"service_id", "office_id", "act_id", "region"})


def public_modules() -> list[Any]:
    """``kzsocial`` and every public submodule (no ``_`` in its dotted name) that has an ``__all__``."""
    mods = [kzsocial]
    for info in pkgutil.walk_packages(kzsocial.__path__, "kzsocial."):
        if any(part.startswith("_") for part in info.name.split(".")) or info.name in EXEMPT_MODULES:
            continue
        mod = importlib.import_module(info.name)
        if hasattr(mod, "__all__"):
            mods.append(mod)
    return mods


def _params(fn: Callable[..., Any]) -> tuple[inspect.Parameter, ...] | None:
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return None
    return tuple(p for p in sig.parameters.values() if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD))


def _target(name: str, fn: Callable[..., Any]) -> Target | None:
    params = _params(fn)
    if params is None and isinstance(fn, type):  # a str subclass (Html): its signature is str's
        params = (inspect.Parameter("value", inspect.Parameter.POSITIONAL_ONLY),)
    if params is None:
        return None
    return Target(name, fn, params, frozenset(p.name for p in params if p.name in _LOOKUP_PARAMS))


def _members(cls: type) -> Iterator[tuple[str, Any]]:
    """Public members defined by kzsocial (``Sequence.index``/``count`` are Python's protocol, not ours)."""
    for attr in sorted(dir(cls)):
        if attr.startswith("_"):
            continue
        owner = next((k for k in cls.__mro__ if attr in vars(k)), None)
        if owner is None or not owner.__module__.startswith("kzsocial"):
            continue
        yield attr, inspect.getattr_static(cls, attr)


@functools.cache
def _stand_in(qual: str, obj: Any) -> Any:
    """``kzsocial.api.serve`` runs a server until it is stopped: what is fuzzed is every check it makes before it
    starts (the same parameters), not the server itself (tests/api starts a real one)."""
    if qual == "kzsocial.api.serve":
        from kzsocial.api import check_serve_arguments

        return check_serve_arguments
    return obj


def targets() -> tuple[Target, ...]:
    """Every callable of every public ``__all__``, and the methods and properties of real instances."""
    out: list[Target] = []
    seen: set[int] = set()
    instances = real_values()
    for mod in public_modules():
        for name in mod.__all__:
            obj = getattr(mod, name)
            qual = f"{mod.__name__}.{name}"
            if id(obj) in seen and not isinstance(obj, type):
                continue
            seen.add(id(obj))
            if isinstance(obj, type):
                if issubclass(obj, BaseException | enum.Enum):  # an exception class; Python's own Enum(value)
                    continue
                if (t := _target(qual, obj)) is not None:
                    out.append(t)
                for inst in [v for v in instances if type(v) is obj][:2]:
                    for attr, raw in _members(obj):
                        if isinstance(raw, property | functools.cached_property):
                            out.append(Target(f"{qual}.{attr}", functools.partial(getattr, inst, attr), ()))
                        elif callable(raw):
                            bound = getattr(inst, attr)
                            if (t := _target(f"{qual}.{attr}", bound)) is not None:
                                out.append(t)
            elif callable(obj) and (t := _target(qual, _stand_in(qual, obj))) is not None:
                out.append(t)
    out.append(Target("kzsocial.__main__.main", _cli, (inspect.Parameter("argv", inspect.Parameter.POSITIONAL_ONLY),)))
    out.append(Target("kzsocial._data.load_folders(JSON)", _loader, (inspect.Parameter("content", 0),)))
    out.append(Target("CalendarOverrides.from_json(file)", _overrides_file, (inspect.Parameter("content", 0),)))
    return tuple(out)


# -- the special targets: CLI, loader, override files -----------------------------------------------------------
# (their argument is a command line or a file's content, so a Wrong() there is data, not a wrong Python type)


def _cli(argv: Any) -> int:
    from kzsocial.__main__ import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    if code not in (0, 1, 2, 3, 4):
        raise AssertionError(f"exit code {code!r} is not documented")
    if code != 0 and "Traceback" in err.getvalue():
        raise AssertionError("a traceback on stderr")
    if code != 0 and len([line for line in err.getvalue().splitlines() if line.strip()]) > 2:
        raise AssertionError(f"more than one error line: {err.getvalue()[:300]!r}")
    return code


def cli_argv(choose: Choose) -> list[str]:
    """A command line: a real command, its options, and real or hostile values."""
    commands = [
        ["services"], ["show"], ["offices"], ["export"], ["deadline"], ["talon"], ["timeline"],
        ["calendar", "explain"], ["calendar", "between"], ["calendar", "add"], [], ["frobnicate"],
    ]
    options = ["--json", "--limit", "--offset", "--at", "--term", "--office", "--channel", "--hours", "--break",
               "--weekdays", "--tz", "--number", "--applicant", "--documents", "--overrides", "--lang", "--format",
               "--starts-at", "--event", "--extra-office", "--region", "--act", "--kind", "--profile", "--due-at",
               "--week", "--executor", "--language", "--help"]
    words = ["karaganda-2008/unemployed-registration", "nko-2015/child-allowance", "karaganda/employment-dept-"
             "karaganda-city", "2008-12-26T18:30", "2025-01-01", "10 calendar_days", "100000 months", "0 minutes",
             "provider", "centre", "09:00-18:00", "mon-fri", "Asia/Almaty", "Mars/Base", "", " ", "-1", "0",
             "99999999999999999999", "\x1b[2J", "1\r\n2", "\u202e", "a" * 10_000, "/nonexistent.json", "/dev/null",
             "identity-card", "kk", "ru", "html", "json", "жұмыссыз", "x"]
    argv = list(choose(commands))
    for _ in range(choose([0, 1, 2, 3, 4, 6])):
        argv.append(choose(options + words))
        argv.append(choose(words))
    return argv


def _loader(content: Any) -> Any:
    from kzsocial._data import load_folders

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "test-2008"
        folder.mkdir()
        (folder / "act.json").write_text(_dump(content), encoding="utf-8", errors="surrogatepass")
        (folder / "services.json").write_text(_dump({"format": 1, "act": "test-2008", "items": [content]}),
                                              encoding="utf-8", errors="surrogatepass")
        return load_folders([folder])


def _overrides_file(content: Any) -> Any:
    from kzsocial.calendar import CalendarOverrides

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "o.json"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(_dump(content), encoding="utf-8", errors="surrogatepass")
        return CalendarOverrides.from_json(path)


_SPECIAL: tuple[Callable[..., Any], ...] = (_cli, _loader, _overrides_file)


def _dump(value: Any) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, default=repr)
    except (RecursionError, ValueError, TypeError):
        return "[" * 50_000


# -- a call and its checks ------------------------------------------------------------------------------------------


@dataclass
class Stats:
    """What a run tried and found."""

    calls: int = 0
    faults: dict[str, list[str]] = field(default_factory=dict)
    """Fault class -> one example of each distinct fault (a target and what went wrong there)."""
    occurrences: dict[str, int] = field(default_factory=dict)
    targets: set[str] = field(default_factory=set)
    _keys: set[tuple[str, str]] = field(default_factory=set)

    def add(self, kind: str, detail: str) -> None:
        """Count a faulty call; a fault is distinct by its class and target (the text before the first ':' or
        '(')."""
        self.occurrences[kind] = self.occurrences.get(kind, 0) + 1
        key = (kind, detail.split("(")[0].split(":")[0].split(" took")[0])
        if key not in self._keys:
            self._keys.add(key)
            self.faults.setdefault(kind, []).append(detail)

    @property
    def fault_count(self) -> int:
        return sum(self.occurrences.values())

    def distinct(self) -> int:
        return sum(len(v) for v in self.faults.values())


def draw_call(target: Target, choose: Choose) -> tuple[list[Any], dict[str, Any], str]:
    """Arguments for ``target``: mode ``wrong`` (every argument a :class:`Wrong`), ``unknown-id`` (an unknown id
    where an id goes) or ``mixed`` (real and hostile values)."""
    mode = choose(["mixed", "mixed", "mixed", "wrong", "unknown-id"])
    if mode == "unknown-id" and not target.lookup:
        mode = "mixed"
    required = [p for p in target.params if p.default is inspect.Parameter.empty]
    if mode == "wrong" and (not required or target.fn in _SPECIAL):
        mode = "mixed"
    pool = real_values()
    hostile = hostile_values()
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for p in target.params:
        required = p.default is inspect.Parameter.empty
        if mode == "wrong":
            if not required:
                continue
            value: Any = Wrong()
        elif mode == "unknown-id" and p.name in target.lookup:
            value = choose(UNKNOWN_IDS)
        elif mode == "unknown-id":
            if not required:
                continue
            value = choose(pool)
        else:
            if not required and choose([True, False]):
                continue
            value = choose([pool, hostile, hostile])
            value = choose(value)
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and required:
            args.append(value)
        else:
            kwargs[p.name] = value
    if target.fn is _cli:
        args = [cli_argv(choose)] if mode == "mixed" else args
    return args, kwargs, mode


UNKNOWN_IDS = ("nowhere/nothing-2099", "atlantis", "karaganda-2008/no-such-service", "x-2008")


def check_call(target: Target, args: list[Any], kwargs: dict[str, Any], mode: str, stats: Stats,
               draw: Callable[[Any], Any] | None = None) -> None:
    """Call ``target`` and record every broken promise in ``stats``."""
    stats.calls += 1
    stats.targets.add(target.name)
    shown = _Shown(args, kwargs)
    start = time.process_time()
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, HANG)
    sink = io.StringIO()
    try:
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            result = target.fn(*args, **kwargs)
            if draw is not None and _is_strategy(result):
                draw(result)
    except _Hang:
        stats.add("hang", f"{target.name}({shown})")
        return
    except KzSocialError as exc:
        elapsed = time.process_time() - start
        _check_error(target, exc, mode, shown, stats)
        _check_time(target, elapsed, shown, stats)
        return
    except RecursionError:
        stats.add("RecursionError", f"{target.name}({shown})")
        return
    except Exception as exc:
        if isinstance(exc, AssertionError) and target.name.startswith("kzsocial.testing.assert_"):
            return  # the domain assertions' documented answer to well-formed values that fail the check
        if type(exc).__name__ in ("Unsatisfiable", "FailedHealthCheck", "InvalidArgument") and draw is not None:
            return  # hypothesis's own complaint about a strategy it was given (a kit argument it passed on)
        stats.add(type(exc).__name__, f"{target.name}: {type(exc).__name__}: {_short(str(exc))} ({shown})")
        return
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    _check_time(target, time.process_time() - start, shown, stats)
    _check_deadlines(target, result, args, kwargs, shown, stats)


def _alarm(signum: int, frame: Any) -> None:
    raise _Hang


def _is_strategy(value: object) -> bool:
    return type(value).__module__.startswith("hypothesis")


def _check_error(target: Target, exc: KzSocialError, mode: str, shown: Any, stats: Stats) -> None:
    if not isinstance(exc, ValueError | TypeError | LookupError | ImportError):
        stats.add("no built-in family", f"{target.name}: {type(exc).__name__} ({shown})")
    elif mode == "wrong" and not isinstance(exc, TypeError | ImportError):
        stats.add("wrong family (wrong type)", f"{target.name}: {type(exc).__name__}: {_short(str(exc))}")
    elif mode == "unknown-id" and isinstance(exc, ValueError) and any(u in str(exc) for u in UNKNOWN_IDS):
        stats.add("wrong family (unknown id)", f"{target.name}: {type(exc).__name__}: {_short(str(exc))}")
    if not str(exc).strip():
        stats.add("empty message", f"{target.name}: {type(exc).__name__}")


def _check_time(target: Target, elapsed: float, shown: Any, stats: Stats) -> None:
    if elapsed > LIMIT:
        stats.add("slow", f"{target.name} took {elapsed:.1f} s of CPU ({shown})")


def _check_deadlines(target: Target, result: Any, args: list[Any], kwargs: dict[str, Any], shown: Any,
                     stats: Stats) -> None:
    from kzsocial.calendar import Deadline, OfficeHours, WorkCalendar, default_calendar

    if isinstance(target.fn, type):  # a value built from the caller's own fields, not a computed deadline
        return
    deadline = result if isinstance(result, Deadline) else getattr(result, "deadline", None)
    if not isinstance(deadline, Deadline):
        return
    for problem in deadline_problems(deadline):
        stats.add("bad deadline", f"{target.name}: {problem} ({shown})")
    hours = kwargs.get("hours")
    cal = next((v for v in [*args, *kwargs.values()] if isinstance(v, WorkCalendar)), default_calendar())
    if isinstance(hours, OfficeHours):
        problem = outside_open_time(deadline.due_at, hours, cal)
        if problem:
            stats.add("due outside open time", f"{target.name}: {problem} ({shown})")


def deadline_problems(d: Any) -> list[str]:
    """What is wrong with a deadline as an instant: due before registration, registration before submission."""
    out = []
    for a, b, what in ((d.registered_at, d.due_at, "due before registration"),
                       (d.submitted_at, d.registered_at, "registered before submission")):
        if a is None or (a.tzinfo is None) != (b.tzinfo is None):
            continue
        if b < a:
            out.append(f"{what}: {a.isoformat()} > {b.isoformat()}")
    for moment in (d.registered_at, d.due_at):
        if moment.tzinfo is not None and isinstance(moment.tzinfo, ZoneInfo):
            back = moment.astimezone(dt.UTC).astimezone(moment.tzinfo)
            if back.replace(tzinfo=None) != moment.replace(tzinfo=None):
                out.append(f"{moment.isoformat()} is not a real local time of {moment.tzinfo}")
    return out


def outside_open_time(due: dt.datetime, hours: Any, calendar: Any) -> str | None:
    """None when ``due`` is inside (or at the end of) an open interval of ``hours`` on its day."""
    local = due
    if due.tzinfo is not None and hours.tz:
        local = due.astimezone(ZoneInfo(hours.tz))
    intervals = hours.hours_on(local.date(), calendar)
    t = local.time().replace(tzinfo=None)
    if any(iv.start <= t <= iv.end for iv in intervals):
        return None
    return f"due {local.isoformat()} is outside the open hours {[(str(i.start), str(i.end)) for i in intervals]}"


def _short(text: str, n: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n] + "..."


class _Shown:
    """The arguments of a call, shown (briefly) only when a fault is recorded: repr of a catalogue is costly."""

    def __init__(self, args: list[Any], kwargs: dict[str, Any]) -> None:
        self.args, self.kwargs = args, kwargs

    def __format__(self, spec: str) -> str:
        return _show(self.args, self.kwargs)

    def __str__(self) -> str:
        return _show(self.args, self.kwargs)


def _show(args: list[Any], kwargs: dict[str, Any]) -> str:
    def one(v: Any) -> str:
        if type(v).__module__.startswith("kzsocial"):
            ident = getattr(v, "id", None)
            return f"<{type(v).__name__} {ident}>" if isinstance(ident, str) else f"<{type(v).__name__}>"
        try:
            r = reprlib.repr(v)
        except Exception:  # a value whose repr fails is still shown
            r = f"<{type(v).__name__}>"
        return r if len(r) <= 60 else r[:57] + "..."

    return ", ".join([*(one(a) for a in args), *(f"{k}={one(v)}" for k, v in kwargs.items())])
