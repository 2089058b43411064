"""The day tables of a calendar, and the precomputed tables shipped for the two default calendars.

A calendar's answers are indexes into :class:`_Tables`: a status byte per day of 1991–2100 (working, weekend, off,
worked weekend day), the facts that explain the special days and the day off each worked weekend day replaces.
Building them (:func:`kzsocial.calendar._tables._build`) reads ``holidays``' Kazakhstan data for 110 years and
applies kzsocial's rules, about 60 ms; so the tables of :func:`~kzsocial.calendar.default_calendar` (five- and
six-day week, with the shipped overrides) are generated ahead by ``tools/gen_day_table.py`` into
``data/days.json``, as exchange_calendars ships its session arrays.

The file is stamped with what it was made from: the ``holidays`` version, a SHA-256 of ``holidays``' Kazakhstan
module and of kzsocial's own calendar facts (``data/holidays.json`` and ``data/overrides.json``). :func:`load`
compares the stamp with what is installed *without importing* ``holidays`` and answers ``None`` when anything
differs (another ``holidays`` release, an edited data file, a damaged table); the calendar then computes its
tables from the installed data as before: slower, never a stale date. ``tests/calendar/test_day_table.py`` fails
while the committed file differs from a fresh computation.

Only what the first answers need is decoded eagerly (the status bytes, 40 KB); the running counts, the list of
working days and the explanations' facts are made on first use.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import re
import sys
import threading
from typing import TYPE_CHECKING, Any

from kzsocial.calendar._range import BASE, N_DAYS, WORKED, WORKING

if TYPE_CHECKING:
    from kzsocial.calendar._dayfact import DayFact

__all__ = ["FACTS_FILE", "FORMAT", "TABLE_FILE", "encode", "load", "made_from"]

FORMAT = 1
TABLE_FILE = "days.json"
FACTS_FILE = "day_facts.json"
_DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")

_FLAGS = bytes(1 if k in (WORKING, WORKED) else 0 for k in range(256))
_DIGITS = bytes.maketrans(b"0123", b"\x00\x01\x02\x03")
_TO_DIGITS = bytes.maketrans(b"\x00\x01\x02\x03", b"0123")

Facts = dict[int, tuple["DayFact", ...]]


class _Tables:
    """The precomputed tables of one calendar (read-only once made).

    ``status`` and ``flags`` (1 = working day) are bytes, one per day from 1991-01-01; ``cum[i]`` counts the
    working days before day ``i``; ``work`` lists the working days. Those and ``facts`` are made on first use.
    """

    __slots__ = (
        "_shipped_facts",
        "answers",
        "cum",
        "cum_after",
        "fact_days",
        "facts",
        "flags",
        "instead_of",
        "nwork",
        "status",
        "version",
        "work",
        "work_ords",
    )

    status: bytes
    flags: bytes
    instead_of: dict[int, int]
    version: str
    facts: Facts
    fact_days: list[int]
    answers: list[bool]
    cum: list[int]
    cum_after: list[int]
    work_ords: list[int]
    work: list[dt.date]
    nwork: int

    def __init__(
        self,
        status: bytes | bytearray,
        facts: Facts | _ShippedFacts,
        instead_of: dict[int, int],
        version: str,
    ) -> None:
        self.status = bytes(status)
        self.flags = self.status.translate(_FLAGS)
        self.instead_of = instead_of
        self.version = version
        if isinstance(facts, _ShippedFacts):
            self._shipped_facts: _ShippedFacts | None = facts
        else:
            self._shipped_facts = None
            self._set_facts(facts)

    def _set_facts(self, facts: Facts) -> None:
        self.facts = facts
        self.fact_days = sorted(facts)

    def facts_on(self, ordinal: int) -> tuple[DayFact, ...]:
        """The facts of one day (shipped tables decode just that day's)."""
        shipped = self._shipped_facts
        if shipped is None:
            return self.facts.get(ordinal, ())
        return shipped.day(ordinal)

    def __getattr__(self, name: str) -> Any:
        """Make a lazy table on its first read (a slot not yet filled); a race makes equal values twice."""
        if name == "facts":
            shipped = self._shipped_facts
            assert shipped is not None
            self.facts = {o: shipped.day(o) for o in shipped.days()}
        elif name == "fact_days":
            shipped = self._shipped_facts
            assert shipped is not None
            self.fact_days = shipped.days()
        elif name == "work_ords":  # day indexes of the working days (kept only when asked for)
            self.work_ords = [i for i, f in enumerate(self.flags) if f]
        elif name in ("answers", "cum", "cum_after", "work", "nwork"):
            flags = self.flags
            self.answers = list(map(bool, flags))
            # cum[i] = number of working days among indexes 0..i-1; len(cum) == N_DAYS + 1
            cum: list[int] = [0, *itertools.accumulate(flags)]
            self.work = list(map(dt.date.fromordinal, itertools.compress(range(BASE, BASE + N_DAYS), flags)))
            self.cum_after = cum[1:]  # cum_after[i] == cum[i + 1]
            self.nwork = len(self.work)
            self.cum = cum
        else:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        return object.__getattribute__(self, name)


# -- the stamp: what the tables were made from ------------------------------------------------------------------


def _holidays_dir() -> str | None:
    """The installed ``holidays`` package's folder, found without importing it (None when not found)."""
    module = sys.modules.get("holidays")
    origin = getattr(module, "__file__", None) if module is not None else None
    if origin is None:
        import importlib.util

        try:
            spec = importlib.util.find_spec("holidays")
        except (ImportError, ValueError):  # pragma: no cover - a broken installation
            return None
        origin = spec.origin if spec is not None else None
    return os.path.dirname(origin) if origin else None


_VERSION = re.compile(r"""^__version__\s*=\s*["']([^"']+)["']""", re.MULTILINE)


def _read(path: str) -> bytes | None:
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return None


def _new_sha256() -> Any:
    """A sha256 from CPython's own module where there is one (the same digests): hashlib would load OpenSSL's
    bindings too, ~2 ms of a cold start (issue 15)."""
    import importlib

    for name in ("_sha2", "_sha256"):  # Python 3.12+, 3.11
        try:
            return importlib.import_module(name).sha256()
        except (ImportError, AttributeError):
            continue
    import hashlib  # pragma: no cover - another Python

    return hashlib.sha256()  # pragma: no cover


def _sha256(*parts: bytes) -> str:
    h = _new_sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    digest: str = h.hexdigest()
    return digest


def _distribution_version(site: str) -> str | None:
    """The version in the one ``holidays-*.dist-info`` beside the package (what ``importlib.metadata`` reads, at a
    fraction of its import cost), else what ``importlib.metadata`` says; None when it knows no ``holidays``."""
    try:
        found = [n for n in os.listdir(site) if n.lower().startswith("holidays-") and n.endswith(".dist-info")]
    except OSError:  # pragma: no cover - an unreadable folder
        return None
    if len(found) != 1:  # installed another way (editable, a system package): ask importlib.metadata
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("holidays")
        except PackageNotFoundError:
            return None
    metadata = _read(os.path.join(site, found[0], "METADATA"))
    if metadata is None:
        return None
    match = re.search(rb"^Version:[ \t]*(\S+)[ \t]*\r?$", metadata, re.MULTILINE)
    return match.group(1).decode("ascii", "replace") if match else None


def made_from() -> dict[str, str] | None:
    """What the tables of the default calendars are made from here: the installed ``holidays`` version, a digest
    of its Kazakhstan module and a digest of kzsocial's calendar facts; None when any of them cannot be read."""
    where = _holidays_dir()
    if where is None:
        return None
    version_py = _read(os.path.join(where, "version.py"))
    kazakhstan = _read(os.path.join(where, "countries", "kazakhstan.py"))
    names = _read(os.path.join(_DATA, "holidays.json"))
    overrides = _read(os.path.join(_DATA, "overrides.json"))
    if version_py is None or kazakhstan is None or names is None or overrides is None:
        return None
    match = _VERSION.search(version_py.decode("utf-8", "replace"))
    version = match.group(1) if match else _distribution_version(os.path.dirname(where))
    if version is None:
        return None
    return {
        "holidays": version,
        "holidays_kazakhstan_sha256": _sha256(kazakhstan),
        "kzsocial_facts_sha256": _sha256(names, overrides),
    }


# -- reading the shipped file ----------------------------------------------------------------------------------

_LOCK = threading.Lock()
_DOCUMENT: list[dict[str, Any] | None] = []


def _document() -> dict[str, Any] | None:
    """The shipped file, parsed once; None when it is missing, damaged or made from other data than installed."""
    if not _DOCUMENT:
        with _LOCK:
            if not _DOCUMENT:
                _DOCUMENT.append(_read_document())
    return _DOCUMENT[0]


def _read_document() -> dict[str, Any] | None:
    raw = _read(os.path.join(_DATA, TABLE_FILE))
    if raw is None:  # pragma: no cover - not installed as files (a zip): compute instead
        return None
    try:
        doc = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("made_from") != made_from():
        return None
    facts = _read(os.path.join(_DATA, FACTS_FILE))  # checked now, parsed when an explanation is first asked for
    if facts is None or doc.get(FACTS_FILE) != _sha256(facts):
        return None
    doc[FACTS_FILE] = facts
    return doc


def load(week: int) -> _Tables | None:
    """The shipped tables of the default calendar of ``week``, or None: compute them (see the module's text)."""
    doc = _document()
    if doc is None:
        return None
    try:
        entry = doc["weeks"][str(week)]
        status = entry["status"].encode("ascii").translate(_DIGITS)
        if len(status) != N_DAYS or status.translate(None, b"\x00\x01\x02\x03"):
            return None
        instead_of = {
            dt.date.fromisoformat(a).toordinal(): dt.date.fromisoformat(b).toordinal() for a, b in entry["instead_of"]
        }
        version = entry["version"]
        if not isinstance(version, str):
            return None
    except (KeyError, TypeError, ValueError, AttributeError, UnicodeError):
        return None
    return _Tables(status, _ShippedFacts(doc, week), instead_of, version)


class _ShippedFacts:
    """The facts of one week's default calendar in ``data/day_facts.json``: the file is parsed on the first
    explanation asked for, and each day's facts are made when that day is first explained."""

    __slots__ = ("_days", "_decoded", "_doc", "_names", "_rows", "_sources", "_week")

    def __init__(self, doc: dict[str, Any], week: int) -> None:
        self._doc = doc
        self._week = week
        self._rows: dict[int, list[Any]] | None = None
        self._decoded: dict[int, tuple[DayFact, ...]] = {}

    def _parsed(self) -> dict[int, list[Any]]:
        rows = self._rows
        if rows is None:
            with _LOCK:
                if self._rows is None:
                    doc = self._doc
                    if FACTS_FILE in doc:
                        doc["facts_document"] = json.loads(doc.pop(FACTS_FILE))
                    facts_doc = doc["facts_document"]
                    from kzsocial.provenance import LocalizedText

                    self._names = [
                        LocalizedText(kk, ru, en, translated=frozenset(t)) for kk, ru, en, t in facts_doc["names"]
                    ]
                    self._sources: list[str] = facts_doc["sources"]
                    parsed = {
                        dt.date.fromisoformat(when).toordinal(): items
                        for when, items in facts_doc["weeks"][str(self._week)]
                    }
                    self._days = sorted(parsed)
                    self._rows = parsed
                rows = self._rows
        return rows

    def days(self) -> list[int]:
        """The ordinals of the days that have facts, in order."""
        self._parsed()
        return list(self._days)

    def day(self, ordinal: int) -> tuple[DayFact, ...]:
        found = self._decoded.get(ordinal)
        if found is None:
            items = self._parsed().get(ordinal)
            found = () if items is None else self._decode(items)
            self._decoded[ordinal] = found
        return found

    def _decode(self, items: list[Any]) -> tuple[DayFact, ...]:
        from kzsocial.calendar._dayfact import DayFact, DayFactKind

        names, sources = self._names, self._sources

        def day(value: str | None) -> dt.date | None:
            return None if value is None else dt.date.fromisoformat(value)

        return tuple(
            DayFact(
                DayFactKind(kind),
                names=None if n is None else names[n],
                key=key,
                moved_from=day(moved_from),
                moved_to=day(moved_to),
                instead_of=day(instead_of),
                estimated=bool(estimated),
                source=None if s is None else sources[s],
            )
            for kind, n, key, moved_from, moved_to, instead_of, estimated, s in items
        )


# -- writing it (tools/gen_day_table.py) --------------------------------------------------------------------------


_FACTS_ABOUT = " A fact: [kind, names, key, moved_from, moved_to, instead_of, estimated, source]."
_DAYS_ABOUT = (
    " status: one digit a day from 1991-01-01 (0 working, 1 weekend, 2 day off, 3 worked weekend day);"
    " instead_of: [worked weekend day, the day off it replaces]."
)


def encode(weeks: dict[int, _Tables], stamp: dict[str, str]) -> dict[str, str]:
    """The texts of ``data/days.json`` and ``data/day_facts.json`` for the tables of ``weeks``, made from
    ``stamp`` (deterministic: the same data give the same bytes)."""
    names: dict[tuple[Any, ...], int] = {}
    sources: dict[str, int] = {}

    def name_ref(value: object) -> int | None:
        from kzsocial.provenance import LocalizedText

        if value is None:
            return None
        if type(value) is not LocalizedText:
            raise TypeError(f"a day fact's names must be a LocalizedText, got {type(value).__name__}")
        return names.setdefault((value.kk, value.ru, value.en, tuple(sorted(value.translated))), len(names))

    def source_ref(value: str | None) -> int | None:
        return None if value is None else sources.setdefault(value, len(sources))

    def iso(value: dt.date | None) -> str | None:
        return None if value is None else value.isoformat()

    def dumps(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    day_blocks: list[str] = []
    fact_blocks: list[str] = []
    for week in sorted(weeks):
        t = weeks[week]
        rows = []
        for o in sorted(t.facts):
            items = [
                [
                    f.kind.value,
                    name_ref(f.names),
                    f.key,
                    iso(f.moved_from),
                    iso(f.moved_to),
                    iso(f.instead_of),
                    int(f.estimated),
                    source_ref(f.source),
                ]
                for f in t.facts[o]
            ]
            rows.append(f"   {dumps([iso(dt.date.fromordinal(o)), items])}")
        pairs = [[iso(dt.date.fromordinal(a)), iso(dt.date.fromordinal(b))] for a, b in sorted(t.instead_of.items())]
        day_blocks.append(
            f'  "{week}": {{\n'
            f'   "version": {dumps(t.version)},\n'
            f'   "status": "{t.status.translate(_TO_DIGITS).decode("ascii")}",\n'
            f'   "instead_of": {dumps(pairs)}\n'
            "  }"
        )
        fact_blocks.append(f'  "{week}": [\n' + ",\n".join(rows) + "\n  ]")
    about = "Generated by tools/gen_day_table.py from holidays and kzsocial's calendar facts; do not edit."
    facts_text = "\n".join(
        [
            "{",
            f' "about": {dumps(about + _FACTS_ABOUT)},',
            ' "names": [\n' + ",\n".join(f"  {dumps([*k[:3], list(k[3])])}" for k in names) + "\n ],",
            ' "sources": [\n' + ",\n".join(f"  {dumps(s)}" for s in sources) + "\n ],",
            ' "weeks": {\n' + ",\n".join(fact_blocks) + "\n }",
            "}",
            "",
        ]
    )
    days_text = "\n".join(
        [
            "{",
            f' "about": {dumps(about + _DAYS_ABOUT)},',
            f' "format": {FORMAT},',
            f' "made_from": {dumps(stamp)},',
            f' "{FACTS_FILE}": {dumps(_sha256(facts_text.encode("utf-8")))},',
            ' "weeks": {\n' + ",\n".join(day_blocks) + "\n }",
            "}",
            "",
        ]
    )
    return {TABLE_FILE: days_text, FACTS_FILE: facts_text}
