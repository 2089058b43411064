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

from kzsocial.calendar._range import MAX_DATE, MIN_DATE
from kzsocial.calendar._text import LocalText
from kzsocial.errors import DataValidationError, DateOutOfRangeError, InvalidInputError, InvalidTypeError

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
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError("a source needs a non-empty title naming the act (number, date, issuer)")


@frozen
class LegalSource:
    """Where a calendar fact comes from: the act's title (number, date, issuer), its address, its date."""

    title: str = attrs.field(validator=_check_title)
    url: str | None = None
    issued: dt.date | None = None

    def as_dict(self) -> dict[str, str]:
        out = {"title": self.title}
        if self.url:
            out["url"] = self.url
        if self.issued:
            out["issued"] = self.issued.isoformat()
        return out


def _check_source(instance: object, attribute: attrs.Attribute[LegalSource], value: object) -> None:
    if not isinstance(value, LegalSource):
        raise InvalidTypeError(f"source must be a LegalSource naming the legal act, got {type(value).__name__}")


def _check_weeks(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, tuple) or not value or any(w not in (5, 6) for w in value):
        raise InvalidInputError(f"weeks must be None or a non-empty tuple of 5 and/or 6, got {value!r}")


def _to_weeks(value: Iterable[int] | None) -> tuple[int, ...] | None:
    return None if value is None else tuple(sorted(set(value)))


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
    day_off: dt.date = attrs.field(validator=_check_day)
    source: LegalSource = attrs.field(validator=_check_source)
    weeks: tuple[int, ...] | None = attrs.field(default=None, converter=_to_weeks, validator=_check_weeks)

    def __attrs_post_init__(self) -> None:
        if self.day_off.weekday() >= 5:
            raise InvalidInputError(f"a transfer's day off must be Monday to Friday, got {self.day_off}")
        if self.worked == self.day_off:
            raise InvalidInputError(f"a transfer's worked day and day off must differ, got {self.worked} twice")


@frozen
class ExtraDayOff:
    """A one-off day off declared by an act (not a holiday; it never moves)."""

    date: dt.date = attrs.field(validator=_check_day)
    names: LocalText
    source: LegalSource = attrs.field(validator=_check_source)


@frozen
class AddHoliday:
    """A holiday on ``date``. ``key`` names a known holiday (its names and rule apply) or a new one (give names)."""

    date: dt.date = attrs.field(validator=_check_day)
    key: str
    source: LegalSource = attrs.field(validator=_check_source)
    names: LocalText | None = None
    moves: bool | None = None
    """Whether it moves to the next free working day when it falls on a day off; None: as the known key does."""


@frozen
class CancelHoliday:
    """No holiday (``key``) on ``date``; with ``key=None`` every holiday and declared day off on ``date`` goes."""

    date: dt.date = attrs.field(validator=_check_day)
    source: LegalSource = attrs.field(validator=_check_source)
    key: str | None = None


@frozen
class KurbanAit:
    """The first day of Kurban Ait in ``date.year``; replaces that year's date from the ``holidays`` package."""

    date: dt.date = attrs.field(validator=_check_day)
    confirmed: bool
    source: LegalSource = attrs.field(validator=_check_source)


Override: TypeAlias = Transfer | ExtraDayOff | AddHoliday | CancelHoliday | KurbanAit

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
        raise InvalidInputError(f"CalendarOverrides.{attribute.name} must be a non-empty str, got {value!r}")


@frozen
class CalendarOverrides:
    """Named, versioned calendar changes; the name and version go into every answer's data version."""

    records: tuple[Override, ...] = attrs.field(converter=_to_records, validator=_check_records)
    name: str = attrs.field(default="user", validator=_check_label)
    version: str = attrs.field(default="1", validator=_check_label)

    @property
    def label(self) -> str:
        return f"{self.name} {self.version}"

    @classmethod
    def from_json(cls, source: str | Path | Mapping[str, Any]) -> CalendarOverrides:
        """Read overrides from a JSON text, a path to a JSON file or an already parsed mapping.

        Every problem is reported at once in a :class:`~kzsocial.errors.DataValidationError`.
        """
        data: Any
        if isinstance(source, Path):
            try:
                data = json.loads(source.read_text(encoding="utf-8"))
            except OSError as exc:
                raise InvalidInputError(f"cannot read overrides file {source}: {exc.strerror}") from exc
            except json.JSONDecodeError as exc:
                raise DataValidationError(f"overrides file {source}", [f"not valid JSON: {exc}"]) from exc
        elif isinstance(source, str):
            try:
                data = json.loads(source)
            except json.JSONDecodeError as exc:
                raise DataValidationError("overrides", [f"not valid JSON: {exc}"]) from exc
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
        out["names"] = record.names.as_dict()
    if isinstance(record, AddHoliday):
        out["key"] = record.key
        if record.names is not None:
            out["names"] = record.names.as_dict()
        if record.moves is not None:
            out["moves"] = record.moves
    if isinstance(record, CancelHoliday) and record.key is not None:
        out["key"] = record.key
    if isinstance(record, KurbanAit):
        out["confirmed"] = record.confirmed
    out["source"] = record.source.as_dict()
    return out


def _parse(data: Any) -> CalendarOverrides:
    problems: list[str] = []
    if not isinstance(data, Mapping):
        raise DataValidationError("overrides", ["the top level must be an object with 'records'"])
    unknown = set(data) - {"name", "version", "about", "records"}
    if unknown:
        problems.append(f"unknown top-level keys {sorted(unknown)}; accepted: name, version, about, records")
    raw_records = data.get("records")
    if not isinstance(raw_records, list):
        problems.append("'records' must be a list")
        raw_records = []
    records: list[Override] = []
    for index, raw in enumerate(raw_records):
        where = f"records[{index}]"
        try:
            records.append(_parse_record(raw, where))
        except DataValidationError as exc:
            problems.extend(exc.problems)
        except (InvalidInputError, InvalidTypeError) as exc:
            problems.append(f"{where}: {exc}")
    name = data.get("name", "user")
    version = data.get("version", "1")
    for field_name, value in (("name", name), ("version", version)):
        if not isinstance(value, str) or not value.strip():
            problems.append(f"'{field_name}' must be a non-empty string")
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


def _parse_record(raw: Any, where: str) -> Override:
    if not isinstance(raw, Mapping):
        raise DataValidationError("overrides", [f"{where}: a record must be an object"])
    kind = raw.get("kind")
    if kind not in _FIELDS:
        raise DataValidationError(
            "overrides", [f"{where}: unknown kind {kind!r}; accepted: {', '.join(sorted(_FIELDS))}"]
        )
    required, optional = _FIELDS[kind]
    problems = [f"{where}: missing '{k}'" for k in sorted(required - set(raw))]
    problems += [f"{where}: unknown key '{k}'" for k in sorted(set(raw) - required - optional - {"kind"})]
    if problems:
        raise DataValidationError("overrides", problems)
    source = _parse_source(raw["source"], where)
    if kind == "transfer":
        weeks = raw.get("weeks")
        if weeks is not None and not isinstance(weeks, list):
            raise InvalidInputError("'weeks' must be a list of 5 and/or 6")
        return Transfer(_date(raw["worked"], "worked"), _date(raw["day_off"], "day_off"), source, weeks)
    if kind == "day_off":
        return ExtraDayOff(_date(raw["date"], "date"), _names(raw["names"]), source)
    if kind == "holiday":
        names = None if raw.get("names") is None else _names(raw["names"])
        moves = raw.get("moves")
        if moves is not None and not isinstance(moves, bool):
            raise InvalidTypeError("'moves' must be true or false")
        key = raw["key"]
        if not isinstance(key, str) or not key:
            raise InvalidInputError("'key' must be a non-empty string")
        return AddHoliday(_date(raw["date"], "date"), key, source, names, moves)
    if kind == "cancel":
        key = raw.get("key")
        if key is not None and not isinstance(key, str):
            raise InvalidTypeError("'key' must be a string or null")
        return CancelHoliday(_date(raw["date"], "date"), source, key)
    confirmed = raw["confirmed"]
    if not isinstance(confirmed, bool):
        raise InvalidTypeError("'confirmed' must be true or false")
    return KurbanAit(_date(raw["date"], "date"), confirmed, source)


def _date(value: Any, name: str) -> dt.date:
    if not isinstance(value, str):
        raise InvalidTypeError(f"'{name}' must be an ISO date string YYYY-MM-DD, got {value!r}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise InvalidInputError(f"'{name}' {value!r} is not a date; accepted: YYYY-MM-DD") from exc


def _names(value: Any) -> LocalText:
    if not isinstance(value, Mapping) or set(value) != {"kk", "ru", "en"}:
        raise InvalidInputError("'names' must be an object with exactly kk, ru and en")
    return LocalText(value["kk"], value["ru"], value["en"])


def _parse_source(value: Any, where: str) -> LegalSource:
    if not isinstance(value, Mapping) or not isinstance(value.get("title"), str):
        raise InvalidInputError("'source' must be an object with a 'title' (and optional 'url', 'issued')")
    unknown = set(value) - {"title", "url", "issued"}
    if unknown:
        raise InvalidInputError(f"'source' has unknown keys {sorted(unknown)}; accepted: title, url, issued")
    url = value.get("url")
    if url is not None and not isinstance(url, str):
        raise InvalidTypeError("'source.url' must be a string")
    issued = value.get("issued")
    return LegalSource(value["title"], url, None if issued is None else _date(issued, "source.issued"))


def shipped_overrides() -> CalendarOverrides:
    """The overrides the project ships (``kzsocial/calendar/data/overrides.json``).

    >>> shipped_overrides().name
    'kzsocial'
    """
    text = resources.files("kzsocial.calendar").joinpath("data/overrides.json").read_text(encoding="utf-8")
    return CalendarOverrides.from_json(text)
