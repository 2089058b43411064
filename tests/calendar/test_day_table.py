"""The shipped day tables of the default calendars (calendar/_daytable.py, data/days.json, data/day_facts.json).

They must equal a fresh computation from the installed ``holidays`` and kzsocial's facts (stale: run
``python tools/gen_day_table.py``), and when the installed data differ from their stamp the calendar computes its
tables instead, with the same answers.
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzsocial.calendar import (
    CalendarOverrides,
    ExtraDayOff,
    LegalSource,
    LocalText,
    WorkCalendar,
    _daytable,
    default_calendar,
    shipped_overrides,
)
from kzsocial.calendar._range import BASE, MAX_DATE, MIN_DATE, N_DAYS
from kzsocial.calendar._tables import _build

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_day_table", ROOT / "tools" / "gen_day_table.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _computed(week: int) -> WorkCalendar:
    """The slow obvious reference: the default calendar's layers, tables built from ``holidays`` now."""
    calendar = WorkCalendar(week, (shipped_overrides(),))
    calendar._t = _build(week, (shipped_overrides(),))
    return calendar


@pytest.fixture(scope="module")
def computed() -> dict[int, WorkCalendar]:
    return {week: _computed(week) for week in (5, 6)}


def test_the_shipped_files_are_generated_from_the_installed_data() -> None:
    for name, text in _tool().generate().items():
        committed = (ROOT / "src" / "kzsocial" / "calendar" / "data" / name).read_text(encoding="utf-8")
        assert committed == text, f"data/{name} is stale: run python tools/gen_day_table.py"


def test_the_stamp_names_the_installed_holidays() -> None:
    stamp = _daytable.made_from()
    assert stamp is not None
    assert stamp["holidays"] == importlib.metadata.version("holidays")
    shipped = json.loads((ROOT / "src" / "kzsocial" / "calendar" / "data" / "days.json").read_text(encoding="utf-8"))
    assert shipped["made_from"] == stamp


@pytest.mark.parametrize("week", [5, 6])
def test_the_default_calendar_answers_from_the_shipped_tables(week: int, computed: dict[int, WorkCalendar]) -> None:
    fast = WorkCalendar._default_of(week)
    t = fast._tables()
    slow = computed[week]._tables()
    assert t is not slow
    assert t.status == slow.status and t.flags == slow.flags
    assert t.instead_of == slow.instead_of and t.version == slow.version
    assert t.facts == slow.facts and t.fact_days == slow.fact_days
    assert t.cum == slow.cum and t.work == slow.work and t.answers == slow.answers


@pytest.mark.parametrize("week", [5, 6])
def test_every_day_1991_2100_explains_alike_on_both_paths(week: int, computed: dict[int, WorkCalendar]) -> None:
    fast, slow = default_calendar(week), computed[week]
    for i in range(N_DAYS):
        d = dt.date.fromordinal(BASE + i)
        assert fast.is_working_day(d) == slow.is_working_day(d)
        assert fast.explain(d) == slow.explain(d), d
    assert fast.data_version == slow.data_version
    assert fast.special_days(MIN_DATE, MAX_DATE) == slow.special_days(MIN_DATE, MAX_DATE)


@given(
    week=st.sampled_from([5, 6]),
    d=st.dates(MIN_DATE + dt.timedelta(days=400), MAX_DATE - dt.timedelta(days=400)),
    n=st.integers(-250, 250),
    span=st.integers(-400, 400),
)
def test_counting_alike_on_both_paths(week: int, d: dt.date, n: int, span: int) -> None:
    fast, slow = default_calendar(week), _SLOW[week]
    assert fast.add_working_days(d, n) == slow.add_working_days(d, n)
    e = d + dt.timedelta(days=span)
    assert fast.working_days_between(d, e) == slow.working_days_between(d, e)
    assert fast.add_working_days_batch([d, e], n) == slow.add_working_days_batch([d, e], n)


_SLOW = {week: _computed(week) for week in (5, 6)}


def _fresh_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_daytable, "_DOCUMENT", [])


@pytest.mark.parametrize(
    "change",
    ["holidays", "holidays_kazakhstan_sha256", "kzsocial_facts_sha256"],
)
def test_other_installed_data_fall_back_to_computing(
    change: str, monkeypatch: pytest.MonkeyPatch, computed: dict[int, WorkCalendar]
) -> None:
    stamp = _daytable.made_from()
    assert stamp is not None
    other = {**stamp, change: "something else"}
    _fresh_loader(monkeypatch)
    monkeypatch.setattr(_daytable, "made_from", lambda: other)
    assert _daytable.load(5) is None
    built: list[int] = []

    import kzsocial.calendar._tables as tables

    real = tables._build

    def spy(week: int, layers: tuple[object, ...]) -> object:
        built.append(week)
        return real(week, layers)  # type: ignore[arg-type]

    monkeypatch.setattr(tables, "_build", spy)
    calendar = WorkCalendar._default_of(5)
    days = [dt.date(2025, 1, 3), dt.date(2025, 1, 5), dt.date(2026, 3, 24), dt.date(2060, 5, 11)]
    assert [calendar.is_working_day(d) for d in days] == [computed[5].is_working_day(d) for d in days]
    assert built == [5]
    assert calendar._tables().status == computed[5]._tables().status
    assert calendar.explain(days[1]) == computed[5].explain(days[1])


def test_a_damaged_table_falls_back(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = ROOT / "src" / "kzsocial" / "calendar" / "data"
    for name in ("holidays.json", "overrides.json", "day_facts.json"):
        (tmp_path / name).write_bytes((data / name).read_bytes())
    doc = json.loads((data / "days.json").read_text(encoding="utf-8"))
    doc["weeks"]["5"]["status"] = doc["weeks"]["5"]["status"][:-1]  # one day short
    (tmp_path / "days.json").write_text(json.dumps(doc), encoding="utf-8")
    _fresh_loader(monkeypatch)
    monkeypatch.setattr(_daytable, "_DATA", str(tmp_path))
    assert _daytable.load(5) is None and _daytable.load(6) is not None
    (tmp_path / "day_facts.json").write_text("{}", encoding="utf-8")  # facts not the ones the stamp names
    _fresh_loader(monkeypatch)
    assert _daytable.load(6) is None


def test_a_user_calendar_with_overrides_still_computes() -> None:
    source = LegalSource("Order No. 1 of 1 September 2099 (test)", None, dt.date(2099, 9, 1))
    names = LocalText("Демалыс", "Выходной", "Day off")
    layer = CalendarOverrides((ExtraDayOff(dt.date(2099, 9, 7), names, source),), "test", "layer")
    extra = default_calendar().with_overrides(layer)
    assert not extra.is_working_day(dt.date(2099, 9, 7)) and default_calendar().is_working_day(dt.date(2099, 9, 7))
    assert extra.data_version == default_calendar().data_version + " + test layer"
    assert extra.add_working_days(dt.date(2099, 9, 4), 1) == dt.date(2099, 9, 8)
    by_hand = WorkCalendar(5, (shipped_overrides(),))  # the same layers as the default: the shipped tables
    assert by_hand._tables().status == default_calendar()._tables().status


def test_the_first_answer_imports_neither_holidays_nor_attrs() -> None:
    code = (
        "import sys, datetime\n"
        "from kzsocial.calendar import default_calendar\n"
        "assert default_calendar().is_working_day(datetime.date(2024, 5, 4))\n"
        "assert default_calendar(6).add_working_days(datetime.date(2024, 5, 8), 1) == datetime.date(2024, 5, 10)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('holidays', 'attr', 'attrs')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_version_without_a_dist_info_beside_the_package(tmp_path: Path) -> None:
    assert _daytable._distribution_version(str(tmp_path)) == importlib.metadata.version("holidays")
    (tmp_path / "holidays-9.9.dist-info").mkdir()
    (tmp_path / "holidays-9.9.dist-info" / "METADATA").write_text("Name: holidays\nVersion: 9.9\n", encoding="utf-8")
    assert _daytable._distribution_version(str(tmp_path)) == "9.9"


def test_the_lazy_package_still_lists_its_values_for_serde() -> None:
    code = (
        "import kzsocial.serde as s, kzsocial.calendar as c\n"
        "assert c.Term in s.public_types() and c.DayFact in s.public_types()\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    code = (
        "import kzsocial.calendar as c\n"
        "from kzsocial.calendar import OfficeHours\n"
        "import kzsocial.serde as s\n"
        "assert OfficeHours in s.public_types() and c.Deadline in s.public_types()\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
