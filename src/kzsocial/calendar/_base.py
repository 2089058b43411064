"""The base facts, read from the ``holidays`` package's Kazakhstan data (imported lazily, once).

Nothing here copies the package's tables: the dates come from ``holidays.KZ`` at run time; this module maps its
English names to kzsocial's keys (``data/holidays.json``, which adds Russian names and the moving rules) and reads
the moved days off from its "Day off (substituted from ...)" entries.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from importlib import resources
from typing import Any

from attrs import frozen

from kzsocial.calendar._once import once
from kzsocial.calendar._text import LocalText
from kzsocial.errors import DataValidationError
from kzsocial.provenance import LocalizedText

__all__ = ["BaseData", "BaseHoliday", "HolidayKind", "base_data", "holiday_catalogue"]

FIRST_YEAR = 1991
LAST_YEAR = 2100


@frozen
class HolidayKind:
    """A holiday as kzsocial knows it: key, names (by year for renamed ones), whether it moves."""

    key: str
    names: LocalizedText
    moves: bool
    renamed: tuple[tuple[int, LocalizedText], ...] = ()

    def names_in(self, year: int) -> LocalizedText:
        current = self.names
        for from_year, names in self.renamed:
            if year >= from_year:
                current = names
        return current


@frozen
class Catalogue:
    kinds: dict[str, HolidayKind]
    by_holidays_en: dict[str, str]
    shift_since: int
    shift_basis: str
    fixed_basis: str
    holiday_basis: str


@once
def holiday_catalogue() -> Catalogue:
    """kzsocial's holiday keys and names, from ``data/holidays.json``."""
    raw: Any = json.loads(
        resources.files("kzsocial.calendar").joinpath("data/holidays.json").read_text(encoding="utf-8")
    )
    kinds: dict[str, HolidayKind] = {}
    by_en: dict[str, str] = {}
    for item in raw["holidays"]:
        renamed = tuple((int(r["from_year"]), LocalText(r["kk"], r["ru"], r["en"])) for r in item.get("renamed", ()))
        kinds[item["key"]] = HolidayKind(
            item["key"], LocalText(item["kk"], item["ru"], item["en"]), bool(item["moves"]), renamed
        )
        for en in item["holidays_en"]:
            by_en[en] = item["key"]
    return Catalogue(
        kinds,
        by_en,
        int(raw["shift_rule"]["since_year"]),
        raw["shift_rule"]["basis"],
        raw["fixed_days_off_basis"],
        raw["holiday_basis"],
    )


@frozen
class BaseHoliday:
    date: dt.date
    key: str
    estimated: bool


@frozen
class BaseData:
    """What the ``holidays`` package says for 1991–2100, before kzsocial's rules and overrides."""

    holidays: tuple[BaseHoliday, ...]
    transfers: tuple[tuple[dt.date, dt.date], ...]
    """(worked weekend day, day off) pairs."""
    version: str


_SUBSTITUTED = re.compile(r"^Day off \(substituted from (\d{2})/(\d{2})/(\d{4})\)$")
_ESTIMATED = " (estimated)"


def _kazakhstan() -> Any:
    """``holidays``' Kazakhstan class, read from its own module only.

    ``holidays.country_holidays("KZ")`` imports ``holidays.countries``, which imports all of its ~250 countries
    (about 300 modules); the Kazakhstan module needs none of them, so it is loaded by itself (under a private
    name). Should that fail in another ``holidays`` release, the public way is used.
    """
    import importlib.util
    import sys
    from pathlib import Path

    import holidays

    name = "kzsocial.calendar._holidays_kazakhstan"
    module = sys.modules.get(name)
    if module is None:
        path = Path(holidays.__file__).parent / "countries" / "kazakhstan.py"
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None or not path.is_file():  # pragma: no cover - another layout
            return functools.partial(holidays.country_holidays, "KZ")
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except Exception:  # pragma: no cover - another release's module needs its package
            return functools.partial(holidays.country_holidays, "KZ")
        sys.modules[name] = module
    return module.Kazakhstan


@once
def base_data() -> BaseData:
    """Read 1991–2100 from ``holidays.KZ`` (English names, moved days not applied: kzsocial applies them)."""
    from holidays.version import __version__ as holidays_version

    catalogue = holiday_catalogue()
    table = _kazakhstan()(years=range(FIRST_YEAR, LAST_YEAR + 1), observed=False, language="en_US")
    found: list[BaseHoliday] = []
    transfers: list[tuple[dt.date, dt.date]] = []
    problems: list[str] = []
    for day, joined in sorted(table.items()):
        for name in joined.split("; "):
            match = _SUBSTITUTED.match(name)
            if match:
                month, dom, year = (int(g) for g in match.groups())
                transfers.append((dt.date(year, month, dom), day))
                continue
            estimated = name.endswith(_ESTIMATED)
            plain = name[: -len(_ESTIMATED)] if estimated else name
            key = catalogue.by_holidays_en.get(plain)
            if key is None:
                problems.append(f"{day}: holidays names {plain!r}, which data/holidays.json does not map to a key")
                continue
            found.append(BaseHoliday(day, key, estimated))
    if problems:
        raise DataValidationError(f"holidays {holidays_version} Kazakhstan data", problems)
    return BaseData(tuple(found), tuple(transfers), f"holidays {holidays_version}")
