"""Benchmarks: kzsocial's calendar against holidays, workalendar, pandas, numpy and businesstimedelta.

One run measures, on the same dates, the speed of each library and the number of wrong answers it gives on
Kazakhstan's tricky dates (moved days off, worked weekend days, holidays on weekends), then writes
``docs/performance.md``::

    pip install -e ".[bench,audit]"
    python benchmarks/run.py              # regenerates docs/performance.md
    python benchmarks/run.py --quick      # fewer repetitions; prints the report instead of writing it

The reference for "right" is kzsocial itself, whose every day 1991-2100 is checked against ``holidays`` and the
law's examples by the test suite. pandas, numpy and businesstimedelta get the same days off kzsocial knows
(every non-working Monday to Friday) but cannot express a worked Saturday or Sunday; holidays and workalendar use
their own Kazakhstan data.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import time
import timeit
import warnings
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "performance.md"

warnings.filterwarnings("ignore")  # workalendar warns on every Islamic date; pandas on non-vectorised offsets


class Clock:
    def __init__(self, quick: bool) -> None:
        self.quick = quick

    def per_call(self, fn: Callable[[], object]) -> float:
        """Seconds per call: the best of several runs of an auto-ranged loop."""
        timer = timeit.Timer(fn)
        if self.quick:
            number = 50
            return min(timer.repeat(repeat=2, number=number)) / number
        number, _ = timer.autorange()
        return min(timer.repeat(repeat=5, number=number)) / number

    def interleaved(self, fns: dict[Any, Callable[[], object]]) -> dict[Any, float]:
        """Seconds per call of several functions, measured in alternating rounds so that load on a shared
        machine hits them alike; the best round of each."""
        best = dict.fromkeys(fns, float("inf"))
        numbers = {key: 20 if self.quick else timeit.Timer(fn).autorange()[0] for key, fn in fns.items()}
        for _ in range(2 if self.quick else 7):
            for key, fn in fns.items():
                best[key] = min(best[key], timeit.Timer(fn).timeit(numbers[key]) / numbers[key])
        return best


def fmt_time(seconds: float) -> str:
    if seconds < 1e-6:
        return f"{seconds * 1e9:.0f} ns"
    if seconds < 1e-3:
        return f"{seconds * 1e6:.1f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds:.2f} s"


def import_time(module: str, runs: int) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    samples = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        samples.append(float(out.stdout))
    return statistics.median(samples)


def process_times(commands: dict[str, list[str]], rounds: int) -> dict[str, float]:
    """Median wall time of each command as a whole process (``python ARGS``), run in interleaved rounds."""
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, argv in commands.items():
            t0 = time.perf_counter()
            subprocess.run([sys.executable, *argv], check=True, capture_output=True)
            samples[name].append(time.perf_counter() - t0)
    return {name: statistics.median(values) for name, values in samples.items()}


_MEMORY_CODE = """
import datetime as dt, json, tracemalloc
from kzsocial.calendar import default_calendar
from kzsocial.calendar import _schedule
from kzsocial.calendar._schedule import Schedule
from kzsocial.calendar._zone import ZonedSchedule, zone_line
from kzsocial.registry import offices

tracemalloc.start()
cal = default_calendar()
cal.is_working_day(dt.date(2025, 1, 1))
first = tracemalloc.get_traced_memory()[0]
cal.add_working_days(dt.date(2025, 1, 1), 1)
counting = tracemalloc.get_traced_memory()[0]
tracemalloc.stop()
hours = [o.hours for o in offices() if o.hours is not None]
distinct = sorted(set(hours), key=repr)

def traced(build):
    tracemalloc.start()
    kept = build()
    used = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return used, kept

shared, _ = traced(lambda: [h._zoned(None) if h.tz else h.schedule() for h in hours])
_schedule._shared = lambda key, table: table  # the reference: every distinct OfficeHours with its own tables
alone, _ = traced(
    lambda: [
        ZonedSchedule(s, zone_line(h.tz)) if h.tz else s for h in distinct for s in [Schedule(h, cal)]
    ]
)
print(json.dumps({
    "offices": len(hours), "distinct": len(distinct), "shared": shared, "alone": alone,
    "cums": len({id(h.schedule().cum) for h in hours}), "pats": len({id(h.schedule().pat) for h in hours}),
    "calendar_first": first, "calendar_counting": counting,
}))
"""


def memory_figures() -> dict[str, float]:
    """tracemalloc figures from a fresh interpreter: the office schedules of every office in the catalogue (shared,
    and each distinct OfficeHours alone as the reference) and a default calendar's tables."""
    out = subprocess.run([sys.executable, "-c", _MEMORY_CODE], capture_output=True, text=True, check=True)
    figures: dict[str, float] = json.loads(out.stdout)
    return figures


def fmt_mib(n: float) -> str:
    return f"{n / 2**20:.2f} MiB"


def compile_bytecode() -> None:
    """Compile kzsocial's modules to bytecode, as ``pip install`` does, before timing fresh processes.

    An interpreter run with ``PYTHONDONTWRITEBYTECODE`` (or from a source tree never imported) would otherwise
    recompile every module in every timed process and time the compiler rather than the library.
    """
    import compileall

    import kzsocial

    compileall.compile_dir(str(Path(kzsocial.__file__).parent), quiet=1)


_CATALOG_CODE = """
import time
t0 = time.perf_counter()
from kzsocial.services import catalog
t1 = time.perf_counter()
cat = catalog()
t2 = time.perf_counter()
cat.get("karaganda-2008/unemployed-registration")
t3 = time.perf_counter()
cat.search("жұмыссыз азаматтарды тіркеу")
t4 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2, t4 - t3)
"""


def catalog_times(runs: int) -> dict[str, float]:
    """Fresh interpreters: the import of ``kzsocial.services``, the ``catalog()`` call, its first ``get`` (one act
    read) and then its first ``search`` (every act read and the search index built); medians."""
    samples: list[list[float]] = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _CATALOG_CODE], capture_output=True, text=True, check=True)
        samples.append([float(x) for x in out.stdout.split()])
    keys = ("import", "catalog", "get", "search")
    return {k: statistics.median(row[i] for row in samples) for i, k in enumerate(keys)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions; print instead of writing")
    parser.add_argument("--output", type=Path, default=None, help=f"where to write the report (default {OUTPUT})")
    args = parser.parse_args(argv)
    clock = Clock(args.quick)
    compile_bytecode()
    load_start = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")

    import businesstimedelta
    import holidays
    import numpy as np
    import pandas as pd
    from pandas.tseries.offsets import CustomBusinessDay
    from workalendar.asia import Kazakhstan

    from kzsocial.calendar import OfficeHours, default_calendar

    cal = default_calendar()
    cal.is_working_day(dt.date(2025, 1, 1))  # build the tables outside the timings
    hours = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")])
    hours.schedule()

    # The days off kzsocial knows on Monday to Friday: what pandas, numpy and businesstimedelta can be told.
    first, last = cal.MIN_DATE, cal.MAX_DATE
    weekdays_off = [
        first + dt.timedelta(days=k)
        for k in range((last - first).days + 1)
        if (first + dt.timedelta(days=k)).weekday() < 5 and not cal.is_working_day(first + dt.timedelta(days=k))
    ]
    hol = holidays.country_holidays("KZ", years=range(1991, 2101))
    wcal = Kazakhstan()
    cbd = CustomBusinessDay(holidays=weekdays_off)
    busdaycal = np.busdaycalendar(weekmask="1111100", holidays=np.array(weekdays_off, dtype="datetime64[D]"))
    rules = businesstimedelta.Rules(
        [
            businesstimedelta.WorkDayRule(start_time=dt.time(9), end_time=dt.time(18), working_days=[0, 1, 2, 3, 4]),
            businesstimedelta.LunchTimeRule(start_time=dt.time(13), end_time=dt.time(14), working_days=[0, 1, 2, 3, 4]),
            businesstimedelta.HolidayRule(weekdays_off),
        ]
    )

    def np_add(d: dt.date, n: int) -> dt.date:
        roll = "backward" if n > 0 else "forward"
        value = np.busday_offset(np.datetime64(d, "D"), n, roll=roll, busdaycal=busdaycal)
        return dt.date.fromisoformat(str(value))

    def pd_add(d: dt.date, n: int) -> dt.date:
        ts = pd.Timestamp(d)
        if n > 0:
            return (ts + n * cbd).date()
        if n < 0:
            return (ts - (-n) * cbd).date()
        return cbd.rollforward(ts).date()

    adders: dict[str, Callable[[dt.date, int], dt.date]] = {
        "kzsocial": cal.add_working_days,
        "holidays (get_nth_working_day)": hol.get_nth_working_day,
        "workalendar": wcal.add_working_days,
        "pandas CustomBusinessDay": pd_add,
        "numpy busday_offset": np_add,
    }

    # -- speed: add_working_days --------------------------------------------------------------------------------
    start = dt.date(2024, 12, 20)
    speed: dict[str, dict[int, float]] = {}
    speed["kzsocial"] = clock.interleaved({n: (lambda n=n: cal.add_working_days(start, n)) for n in (1, 10, 250, 5000)})
    for name, fn in adders.items():
        if name == "kzsocial":
            continue
        speed[name] = {n: clock.per_call(lambda fn=fn, n=n: fn(start, n)) for n in (1, 10, 250)}

    # -- speed: counting ------------------------------------------------------------------------------------------
    a, b = dt.date(2024, 1, 1), dt.date(2024, 12, 31)
    counters: dict[str, Callable[[], object]] = {
        "kzsocial": lambda: cal.working_days_between(a, b),
        "holidays (get_working_days_count)": lambda: hol.get_working_days_count(a + dt.timedelta(days=1), b),
        "workalendar": lambda: wcal.get_working_days_delta(a, b),
        "numpy busday_count": lambda: np.busday_count(
            np.datetime64(a + dt.timedelta(days=1)), np.datetime64(b + dt.timedelta(days=1)), busdaycal=busdaycal
        ),
    }
    count_speed = {name: clock.per_call(fn) for name, fn in counters.items()}

    # -- speed: working time ----------------------------------------------------------------------------------------
    moment = dt.datetime(2024, 5, 3, 17, 0)
    time_speed: dict[str, dict[str, float]] = {"kzsocial": {}, "businesstimedelta": {}}
    for label, td in (("2 hours", dt.timedelta(hours=2)), ("40 hours", dt.timedelta(hours=40))):
        bd = businesstimedelta.BusinessTimeDelta(rules, hours=int(td.total_seconds() // 3600))
        pair = clock.interleaved(
            {
                "kzsocial": lambda td=td: hours.add_working_time(moment, td),
                "businesstimedelta": lambda bd=bd: moment + bd,
            }
        )
        time_speed["kzsocial"][label] = pair["kzsocial"]
        time_speed["businesstimedelta"][label] = pair["businesstimedelta"]

    # -- batches ----------------------------------------------------------------------------------------------------
    rng = random.Random(20240504)
    span = (dt.date(2099, 1, 1) - first).days
    million = [first + dt.timedelta(days=rng.randrange(span)) for _ in range(1_000_000 if not args.quick else 100_000)]
    as_np = np.array(million, dtype="datetime64[D]")

    def best_of_three(fn: Callable[[], object]) -> float:
        """Like timeit: the garbage collector off, the best of three runs."""
        gc.disable()
        try:
            runs = []
            for _ in range(3):
                t0 = time.perf_counter()
                fn()
                runs.append(time.perf_counter() - t0)
            return min(runs)
        finally:
            gc.enable()

    batch_is = best_of_three(lambda: cal.is_working_day_batch(million))
    batch_add = best_of_three(lambda: cal.add_working_days_batch(million, 10))
    batch_np = best_of_three(lambda: np.busday_offset(as_np, 10, roll="backward", busdaycal=busdaycal))

    # -- case tables: bulk deadlines and the audit ------------------------------------------------------------------
    from kzsocial.calendar import Term, compute_deadline
    from kzsocial.cases import audit, bulk_deadlines
    from kzsocial.testing import synthetic_case_log

    n_bulk = 100_000 if args.quick else 1_000_000
    n_loop = 300 if args.quick else 3_000
    nrng = np.random.default_rng(20240504)
    span_us = int((dt.datetime(2099, 1, 1) - dt.datetime(1991, 1, 1)).total_seconds()) * 1_000_000
    moments_np = np.datetime64("1991-01-01T00:00", "us") + nrng.integers(0, span_us, n_bulk).astype("m8[us]")
    sample = [m.item() for m in moments_np[:n_loop]]
    bulk_rows: list[tuple[str, float, float]] = []  # (term, bulk seconds for n_bulk, loop seconds per case)
    for term in (Term(10, "calendar_days"), Term(15, "working_days"), Term(2, "hours"), Term(30, "minutes")):
        bulk_deadlines(moments_np[:10], term, hours=hours)  # the tables, outside the timing
        bulk_s = best_of_three(lambda term=term: bulk_deadlines(moments_np, term, hours=hours))
        loop_s = best_of_three(lambda term=term: [compute_deadline(term, m, hours=hours) for m in sample]) / n_loop
        bulk_rows.append((str(term), bulk_s, loop_s))
    base_log = pd.DataFrame(synthetic_case_log(2_000, seed=1))
    big_log = pd.concat([base_log] * (5 if args.quick else 50), ignore_index=True)
    audit_s = best_of_three(lambda: audit(big_log, period="month"))
    day_bulk = max(b for t, b, _ in bulk_rows if "days" in t)
    time_bulk = max(b for t, b, _ in bulk_rows if "days" not in t)
    scale = 1_000_000 / n_bulk

    # -- compute_deadline, one call ----------------------------------------------------------------------------------
    deadline_rows = deadline_figures(clock, args.quick)
    unit_worst = max(
        lazy for name, lazy, _, _ in deadline_rows if name.endswith("(office hours)") and not name.startswith("staged")
    )
    staged_time = next(lazy for name, lazy, _, _ in deadline_rows if name.startswith("staged"))

    # -- import time ------------------------------------------------------------------------------------------------
    runs = 5 if args.quick else 15
    imports = {m: import_time(m, runs) for m in ("kzsocial", "kzsocial.calendar", "holidays")}
    t0 = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import datetime, kzsocial.calendar as c; c.default_calendar().is_working_day(datetime.date(2025, 1, 1))",
        ],
        check=True,
    )
    first_query = time.perf_counter() - t0

    # -- cold start, as whole processes: the first answers against `import holidays` ------------------------------
    # Interleaved rounds (each command once per round) so that load on a shared machine hits them alike; the
    # median of each, and ratios of medians from the same rounds.
    commands: dict[str, list[str]] = {
        "holidays": ["-c", "import holidays"],
        "first calendar answer": [
            "-c",
            "import datetime, kzsocial.calendar as c; c.default_calendar().is_working_day(datetime.date(2025, 1, 1))",
        ],
        "CLI deadline": [
            "-m",
            "kzsocial",
            "deadline",
            "karaganda-2008/unemployed-registration",
            "--at",
            "2008-12-26T18:30",
        ],
        "CLI export": ["-m", "kzsocial", "export"],
        "start-up": ["-c", "pass"],
    }
    cold = process_times(commands, 3 if args.quick else 9)
    cat_t = catalog_times(3 if args.quick else 9)
    catalog_s = cat_t["catalog"]
    cold_ratio = cold["first calendar answer"] / cold["holidays"]
    mem = memory_figures()

    # -- wrong answers on tricky dates ------------------------------------------------------------------------------
    special = [e.date for e in cal.special_days(dt.date(2001, 12, 31), dt.date(2026, 12, 31))]
    queries = sorted({(s + dt.timedelta(days=k), n) for s in special for k in (-3, -1, 0) for n in (1, 3, 10, -1, -5)})
    wrong: dict[str, int] = {}
    examples: dict[str, list[str]] = {}
    for name, fn in adders.items():
        if name == "kzsocial":
            continue
        count = 0
        shown: list[str] = []
        for d, n in queries:
            right = cal.add_working_days(d, n)
            try:
                got: Any = fn(d, n)
            except Exception as exc:  # a library that fails counts as wrong
                got = f"error: {type(exc).__name__}"
            if got != right:
                count += 1
                if len(shown) < 2:
                    shown.append(f"{n:+d} from {d}: {got} (right: {right})")
        wrong[name] = count
        examples[name] = shown
    headline = {name: fn(dt.date(2024, 12, 20), 10) for name, fn in adders.items()}

    time_queries = [
        (dt.datetime.combine(s - dt.timedelta(days=k), dt.time(17, 0)), td)
        for s in special
        for k in (0, 1)
        for td in (dt.timedelta(hours=2), dt.timedelta(hours=9))
    ]
    time_wrong = {"businesstimedelta": 0}
    time_examples: list[str] = []
    for start_at, td in time_queries:
        right_at = hours.add_working_time(start_at, td)
        got_at = start_at + businesstimedelta.BusinessTimeDelta(rules, hours=int(td.total_seconds() // 3600))
        got_at = got_at.replace(tzinfo=None)
        if got_at != right_at:
            time_wrong["businesstimedelta"] += 1
            if len(time_examples) < 2:
                time_examples.append(
                    f"{td} from {start_at:%Y-%m-%d %H:%M}: {got_at:%Y-%m-%d %H:%M} (right: {right_at:%Y-%m-%d %H:%M})"
                )
    worked_weekend = hours.add_working_time(dt.datetime(2024, 5, 3, 17, 0), dt.timedelta(hours=2))
    btd_weekend = (dt.datetime(2024, 5, 3, 17, 0) + businesstimedelta.BusinessTimeDelta(rules, hours=2)).replace(
        tzinfo=None
    )

    # -- report -----------------------------------------------------------------------------------------------------
    k = speed["kzsocial"]
    ratio10 = speed["holidays (get_nth_working_day)"][10] / k[10]
    ratio250 = speed["holidays (get_nth_working_day)"][250] / k[250]
    ratio_time = min(time_speed["businesstimedelta"][x] / time_speed["kzsocial"][x] for x in ("2 hours", "40 hours"))
    flat = max(k.values()) / min(k.values())
    import_limit = imports["holidays"] * 1.2

    def ok(flag: bool) -> str:
        return "met" if flag else "**not met**"

    lines = [
        "# Performance",
        "",
        "<!-- Generated by `python benchmarks/run.py`; do not edit by hand. -->",
        "",
        'Regenerate with `pip install -e ".[bench]" && python benchmarks/run.py` (one command, a few minutes).',
        "Timings are the best of five auto-ranged loops (`timeit`), per call, on one core; ratios divide the other",
        "library's time by kzsocial's.",
        "",
        f"Machine: {platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPUs. "
        f"Versions: kzsocial {version('kzsocial')}, holidays {version('holidays')}, "
        f"workalendar {version('workalendar')}, pandas {version('pandas')}, numpy {version('numpy')}, "
        f"businesstimedelta {version('businesstimedelta')}. Load average (1 min) {load_start:.1f} at the start and "
        f"{os.getloadavg()[0] if hasattr(os, 'getloadavg') else float('nan'):.1f} at the end: on a shared machine "
        "the absolute times grow with the load, the ratios measured in the same run much less."
        + (" **Quick run: fewer repetitions and a smaller batch.**" if args.quick else ""),
        "",
        "## Targets",
        "",
        "| target | measured | |",
        "| --- | --- | --- |",
        f"| `add_working_days` under 1 µs a call and flat in n | {fmt_time(max(k.values()))} at worst over n = 1, 10, "
        f"250, 5000; slowest/fastest {flat:.2f} (the same O(1) code for every n; flat: under 2) | "
        f"{ok(max(k.values()) < 1e-6 and flat < 2)} |",
        f"| ≥ 30x holidays' `get_nth_working_day` at n = 10 | {ratio10:,.0f}x | {ok(ratio10 >= 30)} |",
        f"| ≥ 500x at n = 250 | {ratio250:,.0f}x | {ok(ratio250 >= 500)} |",
        f"| `add_working_time` ≥ 100x businesstimedelta | {ratio_time:,.0f}x (the lower of 2 h and 40 h) | "
        f"{ok(ratio_time >= 100)} |",
        "| `add_working_time` right on worked weekends | 2 h from Fri 2024-05-03 17:00: "
        f"kzsocial {worked_weekend:%a %Y-%m-%d %H:%M}, businesstimedelta {btd_weekend:%a %Y-%m-%d %H:%M} | "
        f"{ok(worked_weekend == dt.datetime(2024, 5, 4, 10, 0))} |",
        f"| `compute_deadline` ≤ 3 µs a call for every TermUnit (office hours given; the trace built on demand) | "
        f"{fmt_time(unit_worst)} at worst over the seven units ({unit_worst / 3e-6:.2f}x the target); "
        f"a staged term of two stages {fmt_time(staged_time)} | "
        f"{ok(unit_worst <= 3e-6)} |",
        f"| {len(million):,} dates through the batch form under 1 s | `is_working_day_batch` {fmt_time(batch_is)}, "
        f"`add_working_days_batch` {fmt_time(batch_add)} | "
        f"{ok(max(batch_is, batch_add) < 1 and len(million) >= 1_000_000)} |",
        f"| 1,000,000 day-term cases through `bulk_deadlines` ≤ 0.15 s (numpy in and out) | "
        f"{fmt_time(day_bulk * scale)} (the slower of 10 calendar and 15 working days"
        + (f"; measured on {n_bulk:,} and scaled" if scale != 1 else "")
        + f") | {ok(day_bulk * scale <= 0.15)} |",
        f"| 1,000,000 working-time cases ≤ 0.4 s | {fmt_time(time_bulk * scale)} (the slower of 2 hours and 30 "
        f"minutes) | {ok(time_bulk * scale <= 0.4)} |",
        "| first calendar answer ≤ 1.0x `import holidays` (whole processes) | "
        f"{cold_ratio:.2f}x: {fmt_time(cold['first calendar answer'])} "
        f"against {fmt_time(cold['holidays'])} for `python -c 'import holidays'` | "
        f"{ok(cold_ratio <= 1.0)} |",
        f"| `catalog()` ≤ 25 ms, the first call in a fresh interpreter (its import apart) | "
        f"{catalog_s / 0.025:.2f}x the target: {fmt_time(catalog_s)} (it reads as asked: then the first `get` "
        f"{fmt_time(cat_t['get'])}, one act; the first `search` {fmt_time(cat_t['search'])}, every act and the "
        f"index; `import kzsocial.services` {fmt_time(cat_t['import'])}) | {ok(catalog_s <= 0.025)} |",
        f"| CLI `deadline` ≤ 120 ms (whole process) | {cold['CLI deadline'] / 0.12:.2f}x the target: "
        f"{fmt_time(cold['CLI deadline'])} (interpreter start-up alone {fmt_time(cold['start-up'])}) | "
        f"{ok(cold['CLI deadline'] <= 0.12)} |",
        f"| office schedules shared: all {mem['offices']:.0f} offices of `offices()` take less than each distinct "
        f"OfficeHours alone | {mem['shared'] / mem['alone']:.2f}x: {fmt_mib(mem['shared'])} against "
        f"{fmt_mib(mem['alone'])} | {ok(mem['shared'] < mem['alone'])} |",
        f"| `import kzsocial` no slower than `import holidays` + 20% | kzsocial {fmt_time(imports['kzsocial'])}, "
        f"holidays {fmt_time(imports['holidays'])} (limit {fmt_time(import_limit)}; median of {runs} fresh "
        f"interpreters) | {ok(imports['kzsocial'] <= import_limit)} |",
        "",
        "## add_working_days: time per call",
        "",
        "| library | n = 1 | n = 10 | n = 250 | n = 5000 | ratio at n = 10 | ratio at n = 250 |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, row in speed.items():
        cells = [fmt_time(row[n]) if n in row else "–" for n in (1, 10, 250, 5000)]
        lines.append(f"| {name} | {' | '.join(cells)} | {row[10] / k[10]:,.0f}x | {row[250] / k[250]:,.0f}x |")
    lines += [
        "",
        "## Counting working days in 2024",
        "",
        "| library | time per call | ratio |",
        "| --- | --- | --- |",
    ]
    for name, t in count_speed.items():
        lines.append(f"| {name} | {fmt_time(t)} | {t / count_speed['kzsocial']:,.0f}x |")
    lines += [
        "",
        "## add_working_time (09:00–18:00, break 13:00–14:00)",
        "",
        "| library | 2 hours | 40 hours |",
        "| --- | --- | --- |",
    ]
    for name, row in time_speed.items():
        lines.append(f"| {name} | {fmt_time(row['2 hours'])} | {fmt_time(row['40 hours'])} |")
    lines += [
        "",
        "## compute_deadline: one call",
        "",
        "`compute_deadline` answers first and builds its explanation (the trace, in kk, ru and en) only when it is "
        "read, from facts recorded on the way. Per call on random submission moments 2001–2098 (office "
        "09:00–18:00, lunch 13:00–14:00), measured in alternating rounds: the answer alone, the answer with its "
        "trace read, and the eager code path of before (`tests/calendar/reference_compute.py`, which built the "
        "trace on every call).",
        "",
        "| case | answer only | answer + trace | eager (before) | eager / answer only |",
        "| --- | --- | --- | --- | --- |",
        *(
            f"| {name} | {fmt_time(lazy)} | {fmt_time(traced)} | "
            + (f"{fmt_time(eager)} | {eager / lazy:,.0f}x |" if eager == eager else "– | – |")
            for name, lazy, traced, eager in deadline_rows
        ),
    ]
    lines += [
        "",
        "## Batches",
        "",
        f"{len(million):,} random dates 1991–2098: `is_working_day_batch` {fmt_time(batch_is)}, "
        f"`add_working_days_batch(dates, 10)` {fmt_time(batch_add)} (pure Python over precomputed arrays; best of "
        "three runs with the garbage collector off, as `timeit` does); "
        f"numpy `busday_offset` on a ready `datetime64` array {fmt_time(batch_np)} (but wrong on worked weekends).",
        "",
        f"First question in a fresh interpreter (import, read the shipped day tables): "
        f"{fmt_time(first_query)} including interpreter start-up. `import kzsocial.calendar`: "
        f"{fmt_time(imports['kzsocial.calendar'])}.",
        "",
        "## Cold start and memory",
        "",
        f"Whole processes, median of {3 if args.quick else 9} interleaved rounds; ratios to `python -c 'import "
        "holidays'` measured in the same rounds. The default calendars read their day tables from the package "
        "(`calendar/data/days.json`, generated by `tools/gen_day_table.py` from `holidays` and stamped with its "
        "version; another installed `holidays` computes them instead), so the first answer imports neither "
        "`holidays` nor `attrs`. Every module is compiled to bytecode first, as `pip install` does.",
        "",
        "| process | command | time | ratio to `import holidays` |",
        "| --- | --- | --- | --- |",
        *(
            f"| {name} | `python {' '.join(commands[name])}` | {fmt_time(cold[name])} | "
            f"{cold[name] / cold['holidays']:.2f}x |"
            for name in commands
        ),
        "",
        "`kzsocial deadline SERVICE` reads that service alone: its item of its act's `services*.json`, its office "
        "links and its `translations.json` entries, each value checked (`_data.packaged_service`); neither the act's "
        "other services nor its offices (Karaganda's 233, a 573 KB file) are read, and the registry is not imported.",
        "",
        "The catalogue in a fresh interpreter (medians): `import kzsocial.services` "
        f"{fmt_time(cat_t['import'])}; `catalog()` {fmt_time(cat_t['catalog'])} (it reads nothing yet); its "
        f"first `get('karaganda-2008/unemployed-registration')` {fmt_time(cat_t['get'])} (that act read and "
        f"checked, its offices included); then a first `search` {fmt_time(cat_t['search'])} (the other acts read "
        "and the search index built).",
        "",
        f"Memory (tracemalloc, fresh interpreter). Office schedules of all {mem['offices']:.0f} offices with hours in "
        f"`kzsocial.registry.offices()` ({mem['distinct']:.0f} distinct OfficeHours): {fmt_mib(mem['shared'])}, "
        f"{fmt_mib(mem['shared'] / mem['distinct'])} per distinct OfficeHours; each built alone "
        f"{fmt_mib(mem['alone'])} ({fmt_mib(mem['alone'] / mem['distinct'])} each; "
        f"{mem['shared'] / mem['alone']:.2f}x shared/alone). They share {mem['pats']:.0f} day-pattern tables (one "
        f"byte a day) and {mem['cums']:.0f} running open-time counts (eight bytes a day): schedules are keyed by "
        "their days, not their time zone, and equal tables are stored once. Before issue 15 each distinct "
        "OfficeHours kept 0.39 MiB (3.50 MiB for the catalogue). A default calendar's tables: "
        f"{fmt_mib(mem['calendar_first'])} after its first answer, {fmt_mib(mem['calendar_counting'])} once it "
        "counts working days (running counts and the list of working days, made on first use).",
        "",
        "## Case tables",
        "",
        f"`kzsocial.cases.bulk_deadlines` on {n_bulk:,} random submission moments 1991–2098 (a numpy `datetime64` "
        "column in, numpy columns out; office 09:00–18:00 with a lunch break; best of three runs) against a loop of "
        f"`compute_deadline` over {n_loop:,} of them, in the same run. Equal answers row by row are a property test.",
        "",
        "| term | bulk, whole column | bulk per case | loop of `compute_deadline` per case | ratio |",
        "| --- | --- | --- | --- | --- |",
        *(
            f"| {t} | {fmt_time(b)} | {fmt_time(b / n_bulk)} | {fmt_time(loop)} | {loop * n_bulk / b:,.0f}x |"
            for t, b, loop in bulk_rows
        ),
        "",
        f"`kzsocial.cases.audit` of {len(big_log):,} cases (a 2,000-case synthetic log repeated; due moments, "
        f"verdicts, queue checks and every indicator per service, office and month): {fmt_time(audit_s)}, "
        f"{fmt_time(audit_s / len(big_log))} a case.",
        "",
        "## Wrong answers on Kazakhstan's tricky dates",
        "",
        f"{len(queries):,} queries `add_working_days(d, n)` for n in (1, 3, 10, −1, −5), d on and just before each of "
        f"the {len(special)} holidays, moved days off and worked weekend days of 2002–2026.",
        "",
        "| library | wrong answers | 10 working days after 2024-12-20 (right: 2025-01-08) | examples |",
        "| --- | --- | --- | --- |",
        f"| kzsocial | 0 (the reference) | {headline['kzsocial']} | |",
    ]
    for name, count in wrong.items():
        lines.append(f"| {name} | {count:,} | {headline[name]} | {'; '.join(examples[name])} |")
    lines += [
        "",
        f"Working time: {len(time_queries):,} queries (2 h and 9 h from 17:00 on and the day before each special day): "
        f"businesstimedelta is wrong on {time_wrong['businesstimedelta']:,}"
        + (f", e.g. {'; '.join(time_examples)}." if time_examples else "."),
        "",
        "Why: pandas, numpy and businesstimedelta take a list of holidays but no worked weekend days, so every "
        "moved day off (Sun 2025-01-05 worked for Fri 2025-01-03) shifts their answers by a day. workalendar's "
        "Kazakhstan calendar lacks the moved days off and the rule that a holiday on a weekend moves to the next "
        "working day. holidays agrees with kzsocial on these dates; it walks day by day, so its time grows with n.",
        "",
    ]
    report = "\n".join(lines)
    if args.quick and args.output is None:
        print(report)
    else:
        target = args.output or OUTPUT
        target.write_text(report, encoding="utf-8")
        print(f"wrote {target}")
    return 0


# -- compute_deadline, one call (issue 15 part 1: the explanation built on demand) -----------------------------------


def deadline_figures(clock: Clock, quick: bool) -> list[tuple[str, float, float, float]]:
    """Per call of ``compute_deadline`` for every TermUnit, staged, without office hours, with hours in a zone, and
    ``ServiceDefinition.deadline``: (case, answer only, answer and its trace read, the eager code path of before
    (``tests/calendar/reference_compute.py``, which built the kk/ru/en trace on every call)). Random submission
    moments 2001–2098; the three measured in alternating rounds."""
    import importlib.util

    from kzsocial.calendar import OfficeHours, StagedTerm, Term, TermStage, compute_deadline
    from kzsocial.services import catalog

    spec = importlib.util.spec_from_file_location("reference_compute", ROOT / "tests/calendar/reference_compute.py")
    assert spec is not None and spec.loader is not None
    reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reference)
    eager = reference.compute_deadline

    hours = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")])
    almaty = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")], tz="Asia/Almaty")
    rng = random.Random(20240505)
    base = dt.datetime(2001, 1, 1)
    moments = [base + dt.timedelta(minutes=rng.randrange(98 * 365 * 24 * 60)) for _ in range(50 if quick else 200)]
    staged = StagedTerm((TermStage(Term(5, "working_days")), TermStage(Term(15, "working_days"), "ЖАО")))
    cases: list[tuple[str, Any, OfficeHours | None]] = [
        *(
            (f"{u} (office hours)", Term(n, u), hours)
            for u, n in (
                ("calendar_days", 10),
                ("working_days", 15),
                ("days_unqualified", 10),
                ("banking_days", 5),
                ("months", 1),
                ("hours", 2),
                ("minutes", 30),
            )
        ),
        *((f"{u} (hours not known)", Term(10, u), None) for u in ("calendar_days", "working_days")),
        ("calendar_days (office hours in Asia/Almaty)", Term(10, "calendar_days"), almaty),
        ("staged 5 + 15 working days (office hours)", staged, hours),
    ]
    rows: list[tuple[str, float, float, float]] = []
    n = len(moments)
    for name, term, h in cases:
        fns = {
            "lazy": lambda term=term, h=h: [compute_deadline(term, m, hours=h) for m in moments],
            "trace": lambda term=term, h=h: [compute_deadline(term, m, hours=h).trace for m in moments],
            "eager": lambda term=term, h=h: [eager(term, m, hours=h) for m in moments],
        }
        got = clock.interleaved(fns)
        rows.append((name, got["lazy"] / n, got["trace"] / n, got["eager"] / n))
    service = catalog().get("karaganda-2008/unemployed-registration")
    got = clock.interleaved(
        {
            "lazy": lambda: [service.deadline(m) for m in moments],
            "trace": lambda: [service.deadline(m).trace for m in moments],
        }
    )
    rows.append((f"`ServiceDefinition.deadline` ({service.id})", got["lazy"] / n, got["trace"] / n, float("nan")))
    return rows


if __name__ == "__main__":
    raise SystemExit(main())
