"""The override layer: an official act's changes to the calendar as data, each with its legal source.

A record is one of :class:`Transfer` (a weekend day worked, a weekday off), :class:`ExtraDayOff`,
:class:`AddHoliday`, :class:`CancelHoliday` and :class:`KurbanAit` (the year's date, confirmed or not).
:class:`CalendarOverrides` groups records under a name and a version; it reads and writes JSON:

>>> ov = CalendarOverrides.from_json('''{"name": "acme", "version": "1", "records": [
...   {"kind": "transfer", "worked": "2026-10-24", "day_off": "2026-10-23",
...    "source": {"title": "Order No. 1 of the Ministry of Labour (example)"}}]}''')
>>> ov.records[0].worked, ov.records[0].day_off
(datetime.date(2026, 10, 24), datetime.date(2026, 10, 23))
>>> ov.label
'acme 1'
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any, TypeAlias

import attrs
from attrs import frozen

from kzsocial._checks import brief
from kzsocial.calendar._range import MAX_DATE, MIN_DATE
from kzsocial.calendar._text import LocalText
from kzsocial.errors import DataValidationError, DateOutOfRangeError, InvalidInputError, InvalidTypeError
from kzsocial.provenance import LocalizedText

__all__ = [
    "AddHoliday",
    "CalendarOverrides",
    "CancelHoliday",
    "ExtraDayOff",
    "KurbanAit",
    "LegalSource",
    "Override",
    "Transfer",
    "shipped_overrides",
]


def _check_day(instance: object, attribute: attrs.Attribute[dt.date], value: object) -> None:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise InvalidTypeError(f"{attribute.name} must be a datetime.date, got {type(value).__name__}")
    if not MIN_DATE <= value <= MAX_DATE:
        raise DateOutOfRangeError(f"{attribute.name} {value} is outside the calendar's range {MIN_DATE}..{MAX_DATE}")


def _check_title(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise InvalidTypeError(f"a source's title must be a str naming the act, got {type(value).__name__}")
    if not value.strip():
        raise InvalidInputError("a source needs a non-empty title naming the act (number, date, issuer)")


def _check_url(instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise InvalidTypeError(f"a source's url must be a str or None, got {type(value).__name__}")


def _check_issued(instance: object, attribute: attrs.Attribute[dt.date | None], value: object) -> None:
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        raise InvalidTypeError(f"a source's issued date must be a datetime.date or None, got {type(value).__name__}")


def _check_names(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None and attribute.name == "names" and not isinstance(instance, ExtraDayOff):
        return
    if not isinstance(value, LocalizedText):
        raise InvalidTypeError(
            f"{type(instance).__name__}.names must be a LocalText (kk, ru, en), got {type(value).__name__} "
            f"{brief(value)}"
        )


def _check_key(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None and isinstance(instance, CancelHoliday):
        return
    if not isinstance(value, str):
        raise InvalidTypeError(f"{type(instance).__name__}.key must be a str naming the holiday, got {brief(value)}")
    if not value.strip():
        raise InvalidInputError(f"{type(instance).__name__}.key must be a non-empty str")


def _check_opt_bool(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None and attribute.name == "moves":
        return
    if not isinstance(value, bool):
        what = "True or False" + (" or None" if attribute.name == "moves" else "")
        raise InvalidTypeError(f"{type(instance).__name__}.{attribute.name} must be {what}, got {brief(value)}")


@frozen
class LegalSource:
    """Where a calendar fact comes from: the act's title (number, date, issuer), its address, its date."""

    title: str = attrs.field(validator=_check_title)
    """The act's title with its number, date and issuer, as it is cited (e.g. a government decree on moving days
    off)."""
    url: str | None = attrs.field(default=None, validator=_check_url)
    """Where the act's text is published (adilet.zan.kz, ...); ``None`` when not known."""
    issued: dt.date | None = attrs.field(default=None, validator=_check_issued)
    """The date the act was adopted; ``None`` when not known."""

    def to_dict(self) -> dict[str, str]:
        """This source as a JSON-ready dict, the form the override files write (``title``, ``url``, ``issued``)."""
        out = {"title": self.title}
        if self.url:
            out["url"] = self.url
        if self.issued:
            out["issued"] = self.issued.isoformat()
        return out

    def as_dict(self) -> dict[str, str]:
        """Deprecated: :meth:`to_dict` (one naming rule for dict forms: ``to_dict``)."""
        import warnings

        warnings.warn("LegalSource.as_dict() is deprecated; use LegalSource.to_dict()", DeprecationWarning, 2)
        return self.to_dict()


def _check_source(instance: object, attribute: attrs.Attribute[LegalSource], value: object) -> None:
    if not isinstance(value, LegalSource):
        raise InvalidTypeError(f"source must be a LegalSource naming the legal act, got {type(value).__name__}")


def _check_weeks(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, tuple) or not value or any(w not in (5, 6) for w in value):
        raise InvalidInputError(f"weeks must be None or a non-empty tuple of 5 and/or 6, got {brief(value)}")


def _to_weeks(value: Iterable[int] | None) -> tuple[int, ...] | None:
    if value is None:
        return None
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidTypeError(
            f"weeks must be None or a sequence of 5 and/or 6, got {type(value).__name__} {brief(value)}"
        )
    items = tuple(value)
    for w in items:
        if isinstance(w, bool) or not isinstance(w, int):
            raise InvalidTypeError(f"weeks must hold the ints 5 and/or 6, got {type(w).__name__} {brief(w)}")
    return tuple(sorted(set(items)))


@frozen
class Transfer:
    """A moved day off: ``worked`` becomes a working day and ``day_off`` (Monday to Friday) a day off.

    ``worked`` is a weekend day, or a weekday that is a day off only because a holiday moved there (in 2020
    Victory Day fell on Saturday 9 May, so Monday 11 May was off; a decree moved that day off to Friday 8 May).

    ``weeks`` names the working weeks (5, 6) the transfer applies to. ``None`` (the default) applies it to each
    week in which ``worked`` is a day off: a worked Saturday concerns the five-day week only, a worked Sunday
    both (the 2025 transfer of Sun 5 January to Fri 3 January gave six-day workers 1 to 3 January too).
    """

    worked: dt.date = attrs.field(validator=_check_day)
    """The day that becomes a working day: a weekend day, or a weekday off only because a holiday moved there."""
    day_off: dt.date = attrs.field(validator=_check_day)
    """The weekday (Monday to Friday) that becomes a day off in its place."""
    source: LegalSource = attrs.field(validator=_check_source)
    """The act that moves the day (title, address, date)."""
    weeks: tuple[int, ...] | None = attrs.field(default=None, converter=_to_weeks, validator=_check_weeks)
    """The working weeks (5, 6) the transfer applies to; ``None`` applies it to each week in which ``worked`` is a day
    off (a worked Saturday concerns the five-day week only)."""

    def __attrs_post_init__(self) -> None:
        if self.day_off.weekday() >= 5:
            raise InvalidInputError(f"a transfer's day off must be Monday to Friday, got {self.day_off}")
        if self.worked == self.day_off:
            raise InvalidInputError(f"a transfer's worked day and day off must differ, got {self.worked} twice")


@frozen
class ExtraDayOff:
    """A one-off day off declared by an act (not a holiday; it never moves)."""

    date: dt.date = attrs.field(validator=_check_day)
    """The one-off day off (it never moves, even on a weekend)."""
    names: LocalizedText = attrs.field(validator=_check_names)
    """Its names in kk, ru and en, as explanations print them."""
    source: LegalSource = attrs.field(validator=_check_source)
    """The act that declares it (title, address, date)."""


@frozen
class AddHoliday:
    """A holiday on ``date``. ``key`` names a known holiday (its names and rule apply) or a new one (give names)."""

    date: dt.date = attrs.field(validator=_check_day)
    """The day that becomes a holiday (within the calendar's range, 1991-01-01 to 2100-12-31)."""
    key: str = attrs.field(validator=_check_key)
    """The holiday's key: a known one (``nauryz``, ``independence_day``, ...) brings its names and its moving rule; a
    new key needs ``names``."""
    source: LegalSource = attrs.field(validator=_check_source)
    """The act that declares the holiday (title, address, date), printed wherever the day is explained."""
    names: LocalizedText | None = attrs.field(default=None, validator=_check_names)
    """The holiday's names in kk, ru and en; ``None`` to take those of the known holiday ``key`` names."""
    moves: bool | None = attrs.field(default=None, validator=_check_opt_bool)
    """Whether it moves to the next free working day when it falls on a day off; None: as the known key does."""


@frozen
class CancelHoliday:
    """No holiday (``key``) on ``date``; with ``key=None`` every holiday and declared day off on ``date`` goes."""

    date: dt.date = attrs.field(validator=_check_day)
    """The day on which the holiday no longer falls."""
    source: LegalSource = attrs.field(validator=_check_source)
    """The act that cancels it (title, address, date)."""
    key: str | None = attrs.field(default=None, validator=_check_key)
    """The key of the holiday cancelled on ``date``; ``None`` cancels every holiday and declared day off on that day."""


@frozen
class KurbanAit:
    """The first day of Kurban Ait in ``date.year``; replaces that year's date from the ``holidays`` package."""

    date: dt.date = attrs.field(validator=_check_day)
    """The first day of Kurban Ait in its year; it replaces that year's date from the ``holidays`` package."""
    confirmed: bool = attrs.field(validator=_check_opt_bool)
    """``True`` when a government act has fixed the date; ``False`` for an expected date (explanations then call it
    estimated)."""
    source: LegalSource = attrs.field(validator=_check_source)
    """The act (or the announcement) the date comes from."""


Override: TypeAlias = Transfer | ExtraDayOff | AddHoliday | CancelHoliday | KurbanAit
"""Any one calendar change a :class:`CalendarOverrides` layer holds: a :class:`Transfer`, :class:`ExtraDayOff`,
:class:`AddHoliday`, :class:`CancelHoliday` or :class:`KurbanAit`."""

_KINDS: dict[type[Any], str] = {
    Transfer: "transfer",
    ExtraDayOff: "day_off",
    AddHoliday: "holiday",
    CancelHoliday: "cancel",
    KurbanAit: "kurban_ait",
}


def _check_records(instance: object, attribute: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
    for record in value:
        if type(record) not in _KINDS:
            accepted = ", ".join(k.__name__ for k in _KINDS)
            raise InvalidTypeError(f"an override must be one of {accepted}; got {type(record).__name__}")


def _to_records(value: Iterable[Override]) -> tuple[Override, ...]:
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        raise InvalidTypeError(f"records must be an iterable of overrides, got {type(value).__name__}")
    return tuple(value)


def _check_label(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(f"CalendarOverrides.{attribute.name} must be a non-empty str, got {brief(value)}")


def layer_problems(records: Iterable[Override]) -> list[str]:
    """The conflicts between the records of one layer, every one (a layer says each thing once)."""
    problems: list[str] = []
    by_worked: dict[dt.date, Transfer] = {}
    by_day_off: dict[dt.date, Transfer] = {}
    kurban: dict[int, KurbanAit] = {}
    added: dict[tuple[dt.date, str], AddHoliday] = {}
    cancelled: dict[tuple[dt.date, str | None], CancelHoliday] = {}
    extra: dict[dt.date, ExtraDayOff] = {}
    seen: set[Override] = set()
    for n, record in enumerate(records):
        where = f"records[{n}]"
        if record in seen:
            problems.append(f"{where}: the same record is given twice: {_describe(record)}")
            continue
        seen.add(record)
        if isinstance(record, Transfer):
            other = by_worked.get(record.worked)
            if other is not None:
                problems.append(
                    f"{where}: {record.worked} is worked once, for one day off, but two transfers move it: to "
                    f"{other.day_off} and to {record.day_off}"
                )
            other = by_day_off.get(record.day_off)
            if other is not None:
                problems.append(
                    f"{where}: two transfers give the day off {record.day_off}: from {other.worked} and from "
                    f"{record.worked} (one would be dropped)"
                )
            by_worked.setdefault(record.worked, record)
            by_day_off.setdefault(record.day_off, record)
        elif isinstance(record, KurbanAit):
            other_k = kurban.get(record.date.year)
            if other_k is not None:
                problems.append(
                    f"{where}: two Kurban Ait dates in {record.date.year}: {other_k.date} and {record.date}"
                )
            kurban.setdefault(record.date.year, record)
        elif isinstance(record, AddHoliday):
            if (record.date, record.key) in added:
                problems.append(f"{where}: the holiday {record.key!r} on {record.date} is added twice")
            added.setdefault((record.date, record.key), record)
        elif isinstance(record, CancelHoliday):
            if (record.date, record.key) in cancelled:
                problems.append(f"{where}: the cancellation on {record.date} is given twice")
            cancelled.setdefault((record.date, record.key), record)
        elif isinstance(record, ExtraDayOff):
            if record.date in extra:
                problems.append(f"{where}: two declared days off on {record.date}")
            extra.setdefault(record.date, record)
    for day, t in by_worked.items():
        if day in by_day_off:
            problems.append(f"a transfer works {day} (for {t.day_off}) and another makes it a day off")
    for (day, key), _ in added.items():
        if (day, key) in cancelled or (day, None) in cancelled:
            problems.append(f"the holiday {key!r} on {day} is both added and cancelled in one layer")
    for day in extra:
        if (day, None) in cancelled:
            problems.append(f"the day off on {day} is both declared and cancelled in one layer")
    return problems


def _describe(record: Override) -> str:
    if isinstance(record, Transfer):
        return f"transfer {record.worked} -> {record.day_off}"
    return f"{_KINDS[type(record)]} on {record.date}"


@frozen
class CalendarOverrides:
    """Named, versioned calendar changes; the name and version go into every answer's data version.

    Each record is checked when it is made; the layer when it is built: conflicts between its records (one worked
    day for two days off, two transfers to one day off, two Kurban Ait dates in a year, a record twice) are listed
    at once in a :class:`~kzsocial.errors.DataValidationError`. Conflicts with the data below it (cancelling a
    holiday that does not exist, a transfer onto a holiday, a holiday already there) are listed when it is added to
    a calendar (:meth:`WorkCalendar.with_overrides`, or the first question a calendar built with it answers).
    """

    records: tuple[Override, ...] = attrs.field(converter=_to_records, validator=_check_records)
    """The changes of this layer (:class:`AddHoliday`, :class:`CancelHoliday`, :class:`Transfer`, :class:`ExtraDayOff`,
    :class:`KurbanAit`), checked against each other when the layer is built."""
    name: str = attrs.field(default="user", validator=_check_label)
    """The layer's name (``user`` unless given), shown in every answer's ``data_version`` with ``version``."""
    version: str = attrs.field(default="1", validator=_check_label)
    """The layer's version (``1`` unless given): raise it when the records change, so answers say which data gave
    them."""

    def __attrs_post_init__(self) -> None:
        problems = layer_problems(self.records)
        if problems:
            raise DataValidationError(f"calendar overrides {self.label}", problems)

    @property
    def label(self) -> str:
        """The layer's name and version in one string, e.g. ``'kzsocial 2026.1'``."""
        return f"{self.name} {self.version}"

    @classmethod
    def from_json(cls, source: str | Path | Mapping[str, Any]) -> CalendarOverrides:
        """Read overrides from a JSON text, a path to a JSON file or an already parsed mapping.

        Every problem is reported at once in a :class:`~kzsocial.errors.DataValidationError`.
        """
        data: Any
        if isinstance(source, Path):
            try:
                raw = source.read_bytes()
            except OSError as exc:
                raise InvalidInputError(f"cannot read overrides file {source}: {exc.strerror or exc}") from exc
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise DataValidationError(
                    f"overrides file {source}", [f"not UTF-8 text (byte {exc.start}); accepted: JSON in UTF-8"]
                ) from exc
            data = _loads(text, f"overrides file {source}")
        elif isinstance(source, str):
            data = _loads(source, "overrides")
        elif isinstance(source, Mapping):
            data = source
        else:
            raise InvalidTypeError(
                f"overrides come from a JSON str, a pathlib.Path or a mapping, got {type(source).__name__}"
            )
        return _parse(data)

    def to_json(self) -> dict[str, Any]:
        """The JSON form :meth:`from_json` reads."""
        return {"name": self.name, "version": self.version, "records": [_dump(r) for r in self.records]}


def _loads(text: str, what: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataValidationError(what, [f"not valid JSON: {exc}"]) from exc
    except RecursionError as exc:
        raise DataValidationError(what, ["JSON nested too deeply; accepted: the overrides format"]) from exc


def _dump(record: Override) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": _KINDS[type(record)]}
    if isinstance(record, Transfer):
        out["worked"] = record.worked.isoformat()
        out["day_off"] = record.day_off.isoformat()
        if record.weeks is not None:
            out["weeks"] = list(record.weeks)
    else:
        out["date"] = record.date.isoformat()
    if isinstance(record, ExtraDayOff):
        out["names"] = {lang: record.names.get(lang) for lang in ("kk", "ru", "en")}
    if isinstance(record, AddHoliday):
        out["key"] = record.key
        if record.names is not None:
            out["names"] = {lang: record.names.get(lang) for lang in ("kk", "ru", "en")}
        if record.moves is not None:
            out["moves"] = record.moves
    if isinstance(record, CancelHoliday) and record.key is not None:
        out["key"] = record.key
    if isinstance(record, KurbanAit):
        out["confirmed"] = record.confirmed
    out["source"] = record.source.to_dict()
    return out


def _parse(data: Any) -> CalendarOverrides:
    problems: list[str] = []
    if not isinstance(data, Mapping):
        raise DataValidationError("overrides", ["the top level must be an object with 'records'"])
    unknown = [k for k in data if k not in ("name", "version", "about", "records")]
    if unknown:
        problems.append(f"unknown top-level keys {sorted(map(str, unknown))}; accepted: name, version, about, records")
    raw_records = data.get("records")
    if not isinstance(raw_records, list):
        problems.append("'records' must be a list")
        raw_records = []
    records: list[Override] = []
    for index, raw in enumerate(raw_records):
        record, found = _parse_record(raw, f"records[{index}]")
        problems.extend(found)
        if record is not None:
            records.append(record)
    name = data.get("name", "user")
    version = data.get("version", "1")
    for field_name, value in (("name", name), ("version", version)):
        if not isinstance(value, str) or not value.strip():
            problems.append(f"'{field_name}' must be a non-empty string")
    problems.extend(layer_problems(records))
    if problems:
        raise DataValidationError("calendar overrides", problems)
    return CalendarOverrides(records, name=name, version=version)


_FIELDS = {
    "transfer": ({"worked", "day_off", "source"}, {"weeks", "note"}),
    "day_off": ({"date", "names", "source"}, {"note"}),
    "holiday": ({"date", "key", "source"}, {"names", "moves", "note"}),
    "cancel": ({"date", "source"}, {"key", "note"}),
    "kurban_ait": ({"date", "confirmed", "source"}, {"note"}),
}


class _Problems:
    """Reads one record's fields, each on its own, keeping every problem."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.found: list[str] = []

    def add(self, message: str) -> None:
        self.found.append(f"{self.where}: {message}")

    def read(self, read: Any, *args: Any) -> Any:
        try:
            return read(*args)
        except DataValidationError as exc:
            self.found.extend(f"{self.where}: {p}" for p in exc.problems)
        except (InvalidInputError, InvalidTypeError) as exc:
            self.add(str(exc))
        return None


def _parse_record(raw: Any, where: str) -> tuple[Override | None, list[str]]:
    p = _Problems(where)
    if not isinstance(raw, Mapping):
        p.add("a record must be an object")
        return None, p.found
    kind = raw.get("kind")
    if not isinstance(kind, str) or kind not in _FIELDS:
        p.add(f"unknown kind {kind!r}; accepted: {', '.join(sorted(_FIELDS))}")
        return None, p.found
    required, optional = _FIELDS[kind]
    keys = {k for k in raw if isinstance(k, str)}
    p.found += [f"{where}: missing '{k}'" for k in sorted(required - keys)]
    p.found += [f"{where}: unknown key '{k}'" for k in sorted(map(str, set(raw) - required - optional - {"kind"}))]
    source: Any = p.read(_parse_source, raw["source"], where) if "source" in raw else None
    date: Any
    key: Any
    names: Any

    def day(name: str) -> Any:
        return p.read(_date, raw[name], name) if name in raw else None

    record: Override | None = None
    build: Any = None
    if kind == "transfer":
        worked, day_off = day("worked"), day("day_off")
        weeks = raw.get("weeks")
        if weeks is not None and (
            not isinstance(weeks, list) or any(isinstance(w, bool) or w not in (5, 6) for w in weeks) or not weeks
        ):
            p.add(f"'weeks' must be a non-empty list of 5 and/or 6, got {brief(weeks)}")
            weeks = None
        build = lambda: Transfer(worked, day_off, source, weeks)  # noqa: E731
    elif kind == "day_off":
        date = day("date")
        names = p.read(_names, raw["names"]) if "names" in raw else None
        build = lambda: ExtraDayOff(date, names, source)  # noqa: E731
    elif kind == "holiday":
        date = day("date")
        names = None if raw.get("names") is None else p.read(_names, raw["names"])
        moves = raw.get("moves")
        if moves is not None and not isinstance(moves, bool):
            p.add(f"'moves' must be true or false, got {brief(moves)}")
        key = raw.get("key")
        if "key" in raw and (not isinstance(key, str) or not key.strip()):
            p.add(f"'key' must be a non-empty string, got {brief(key)}")
        build = lambda: AddHoliday(date, key, source, names, moves)  # noqa: E731
    elif kind == "cancel":
        date = day("date")
        key = raw.get("key")
        if key is not None and (not isinstance(key, str) or not key.strip()):
            p.add(f"'key' must be a non-empty string or null, got {brief(key)}")
        build = lambda: CancelHoliday(date, source, key)  # noqa: E731
    else:
        date = day("date")
        confirmed: Any = raw.get("confirmed")
        if "confirmed" in raw and not isinstance(confirmed, bool):
            p.add(f"'confirmed' must be true or false, got {brief(confirmed)}")
        build = lambda: KurbanAit(date, confirmed, source)  # noqa: E731
    if not p.found:
        record = p.read(build)
    return record, p.found


def _date(value: Any, name: str) -> dt.date:
    if not isinstance(value, str):
        raise InvalidTypeError(f"'{name}' must be an ISO date string YYYY-MM-DD, got {brief(value)}")
    try:
        day = dt.date.fromisoformat(value)
    except ValueError as exc:
        raise InvalidInputError(f"'{name}' {value!r} is not a date; accepted: YYYY-MM-DD") from exc
    if name != "source.issued" and not MIN_DATE <= day <= MAX_DATE:
        raise DateOutOfRangeError(f"'{name}' {day} is outside the calendar's range {MIN_DATE}..{MAX_DATE}")
    return day


def _names(value: Any) -> LocalizedText:
    if not isinstance(value, Mapping) or set(value) != {"kk", "ru", "en"}:
        raise InvalidInputError("'names' must be an object with exactly kk, ru and en")
    return LocalText(value["kk"], value["ru"], value["en"])


def _parse_source(value: Any, where: str) -> LegalSource:
    if not isinstance(value, Mapping) or not isinstance(value.get("title"), str):
        raise InvalidInputError("'source' must be an object with a 'title' (and optional 'url', 'issued')")
    problems = []
    unknown = [k for k in value if k not in ("title", "url", "issued")]
    if unknown:
        problems.append(f"'source' has unknown keys {sorted(map(str, unknown))}; accepted: title, url, issued")
    url = value.get("url")
    if url is not None and not isinstance(url, str):
        problems.append(f"'source.url' must be a string, got {brief(url)}")
    issued = value.get("issued")
    try:
        issued_day = None if issued is None else _date(issued, "source.issued")
    except (InvalidInputError, InvalidTypeError) as exc:
        problems.append(str(exc))
        issued_day = None
    if not value["title"].strip():
        problems.append("a source needs a non-empty title naming the act (number, date, issuer)")
    if problems:
        raise DataValidationError("overrides", problems)
    return LegalSource(value["title"], url, issued_day)


def shipped_overrides() -> CalendarOverrides:
    """The overrides the project ships (``kzsocial/calendar/data/overrides.json``).

    >>> shipped_overrides().name
    'kzsocial'
    """
    text = resources.files("kzsocial.calendar").joinpath("data/overrides.json").read_text(encoding="utf-8")
    return CalendarOverrides.from_json(text)
