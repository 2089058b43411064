"""Building a calendar's day tables from the base data and its override layers (:func:`_build`)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict

import attrs

from kzsocial.calendar._dayfact import _DAY_OFF, DayFact, DayFactKind
from kzsocial.calendar._overrides import (
    AddHoliday,
    CalendarOverrides,
    CancelHoliday,
    ExtraDayOff,
    KurbanAit,
    Transfer,
)
from kzsocial.calendar._range import BASE, MIN_DATE, N_DAYS, OFF, WEEKEND, WORKED, WORKING
from kzsocial.errors import DataValidationError
from kzsocial.provenance import LocalizedText

__all__: list[str] = []

_BASE = BASE
_N = N_DAYS


class _Tables:
    """The precomputed tables of one calendar (built once, read-only afterwards)."""

    __slots__ = (
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

    def __init__(
        self,
        status: bytearray,
        facts: dict[int, tuple[DayFact, ...]],
        instead_of: dict[int, int],
        version: str,
    ) -> None:
        self.status = bytes(status)
        self.facts = facts
        self.fact_days: list[int] = sorted(facts)
        self.instead_of = instead_of
        self.version = version
        flags = [1 if s in (WORKING, WORKED) else 0 for s in status]
        self.flags = bytes(flags)
        self.answers: list[bool] = [f == 1 for f in flags]
        # cum[i] = number of working days among indexes 0..i-1; len(cum) == _N + 1
        self.cum: list[int] = [0, *itertools.accumulate(flags)]
        self.cum_after: list[int] = self.cum[1:]  # cum_after[i] == cum[i + 1]
        self.work_ords: list[int] = [i for i, f in enumerate(flags) if f]
        self.work: list[dt.date] = [dt.date.fromordinal(_BASE + i) for i in self.work_ords]
        self.nwork = len(self.work)


# -- building -----------------------------------------------------------------------------------------------------


@attrs.define
class _Entry:
    key: str
    names: LocalizedText
    moves: bool
    estimated: bool
    source: str


def _build(week: int, layers: tuple[CalendarOverrides, ...]) -> _Tables:
    from kzsocial.calendar._base import base_data, holiday_catalogue

    base = base_data()
    cat = holiday_catalogue()

    def kind_source(key: str) -> str:
        basis = cat.holiday_basis if cat.kinds[key].moves else cat.fixed_basis
        return f"{basis}; dates: {base.version}"

    entries: dict[int, list[_Entry]] = defaultdict(list)
    for h in base.holidays:
        kind = cat.kinds[h.key]
        entries[h.date.toordinal()].append(
            _Entry(h.key, kind.names_in(h.date.year), kind.moves, h.estimated, kind_source(h.key))
        )
    transfers: list[tuple[Transfer | None, dt.date, dt.date, str]] = [
        (None, worked, off, f"act moving a day off in {off.year}, as recorded by {base.version}")
        for worked, off in base.transfers
    ]
    extra: dict[int, list[tuple[LocalizedText, str]]] = defaultdict(list)
    problems: list[str] = []

    for layer in layers:
        layer_transfers: list[tuple[str, Transfer]] = []
        for n, record in enumerate(layer.records):
            where = f"overrides {layer.label}, records[{n}]"
            src = f"{record.source.title} ({layer.label})"
            if isinstance(record, KurbanAit):
                for o in list(entries):
                    if dt.date.fromordinal(o).year == record.date.year:
                        entries[o] = [e for e in entries[o] if e.key != "kurban_ait"]
                kind = cat.kinds["kurban_ait"]
                entries[record.date.toordinal()].append(
                    _Entry("kurban_ait", kind.names, False, not record.confirmed, f"{src}; {cat.fixed_basis}")
                )
            elif isinstance(record, CancelHoliday):
                o = record.date.toordinal()
                there = entries.get(o, [])
                if (
                    record.key is None
                    and not there
                    and o not in extra
                    and all(tr[2] != record.date for tr in transfers)
                ):
                    problems.append(f"{where}: cancels everything on {record.date}, but no holiday or day off is there")
                elif record.key is not None and all(e.key != record.key for e in there):
                    keys = ", ".join(e.key for e in there) or "none"
                    problems.append(
                        f"{where}: cancels the holiday {record.key!r} on {record.date}, which is not there "
                        f"(holidays on that date: {keys})"
                    )
                entries[o] = [e for e in there if record.key is not None and e.key != record.key]
                if record.key is None:
                    extra.pop(o, None)
                    transfers = [tr for tr in transfers if tr[2] != record.date]
            elif isinstance(record, AddHoliday):
                known = cat.kinds.get(record.key)
                names = record.names or (known.names_in(record.date.year) if known else None)
                if names is None:
                    problems.append(
                        f"{where}: the holiday {record.key!r} on {record.date} is not a known key; give its names "
                        f"(known keys: {', '.join(sorted(cat.kinds))})"
                    )
                    continue
                if any(e.key == record.key for e in entries.get(record.date.toordinal(), ())):
                    problems.append(f"{where}: the holiday {record.key!r} on {record.date} is already there")
                    continue
                moves = record.moves if record.moves is not None else (known.moves if known else True)
                entries[record.date.toordinal()].append(_Entry(record.key, names, moves, False, src))
            elif isinstance(record, ExtraDayOff):
                extra[record.date.toordinal()].append((record.names, src))
            else:
                transfers = [tr for tr in transfers if tr[2] != record.day_off]
                transfers.append((record, record.worked, record.day_off, src))
                layer_transfers.append((where, record))
        for where, record in layer_transfers:
            holidays_there = [e.key for e in entries.get(record.day_off.toordinal(), ())]
            if holidays_there:
                problems.append(
                    f"{where}: moves a day off onto {record.day_off}, which is already a holiday "
                    f"({', '.join(holidays_there)}): a transfer's day off must be a working day"
                )

    first_weekend = 5 if week == 5 else 6
    weekday0 = MIN_DATE.weekday()
    pattern = bytes(WEEKEND if (weekday0 + k) % 7 >= first_weekend else WORKING for k in range(7))
    status = bytearray((pattern * (_N // 7 + 1))[:_N])
    facts: dict[int, list[DayFact]] = defaultdict(list)
    instead_of: dict[int, int] = {}

    def idx(o: int) -> int | None:
        i = o - _BASE
        return i if 0 <= i < _N else None

    for o, day_entries in sorted(entries.items()):
        i = idx(o)
        if i is None or not day_entries:
            continue
        status[i] = OFF
    for o, items in sorted(extra.items()):
        i = idx(o)
        if i is None:
            continue
        status[i] = OFF
        for names, src in items:
            facts[o].append(DayFact(DayFactKind.EXTRA_DAY_OFF, names=names, source=src))

    def applies(record: Transfer | None, worked: dt.date) -> bool:
        if record is not None and record.weeks is not None:
            return week in record.weeks
        return worked.weekday() >= first_weekend or worked.weekday() < 5

    def mark_day_off(worked: dt.date, off: dt.date, src: str) -> None:
        oi = idx(off.toordinal())
        if oi is not None:
            status[oi] = OFF
            facts[off.toordinal()].append(
                DayFact(DayFactKind.TRANSFERRED_DAY_OFF, names=_DAY_OFF, moved_from=worked, source=src)
            )

    # A transfer from a weekend day: that day is worked, the other is off. (A transfer from a weekday moves on
    # a day off that the holiday rule put there; it is applied after that rule, below.)
    later: list[tuple[dt.date, dt.date, str]] = []
    for transfer, worked, off, src in transfers:
        if not applies(transfer, worked):
            continue
        if worked.weekday() < 5:
            later.append((worked, off, src))
            continue
        if worked.weekday() < first_weekend:
            continue  # a Saturday is already a working day of the six-day week
        wi = idx(worked.toordinal())
        if wi is not None and status[wi] == WEEKEND:
            status[wi] = WORKED
            instead_of[worked.toordinal()] = off.toordinal()
            facts[worked.toordinal()].append(DayFact(DayFactKind.WORKED_WEEKEND, instead_of=off, source=src))
        mark_day_off(worked, off, src)

    # Holidays, and the rule that one falling on a day off moves to the next free working day.
    moved_here: dict[int, DayFact] = {}
    for o, day_entries in sorted(entries.items()):
        day = dt.date.fromordinal(o)
        moved_to: dt.date | None = None
        on_day_off = day.weekday() >= first_weekend
        movers = [e for e in day_entries if e.moves]
        if on_day_off and movers and day.year >= cat.shift_since:
            target = o + 1
            while (target - _BASE) < _N and (
                dt.date.fromordinal(target).weekday() >= first_weekend or status[target - _BASE] == OFF
            ):
                target += 1
            if target - _BASE < _N:
                status[target - _BASE] = OFF
                moved_to = dt.date.fromordinal(target)
                mover = movers[0]
                fact = DayFact(
                    DayFactKind.MOVED_HOLIDAY,
                    names=mover.names,
                    key=mover.key,
                    moved_from=day,
                    estimated=mover.estimated,
                    source=cat.shift_basis,
                )
                moved_here[target] = fact
                facts[target].append(fact)
        if idx(o) is None:
            continue
        holiday_facts = [
            DayFact(
                DayFactKind.HOLIDAY,
                names=e.names,
                key=e.key,
                moved_to=moved_to if e.moves else None,
                estimated=e.estimated,
                source=e.source,
            )
            for e in day_entries
        ]
        facts[o] = [*holiday_facts, *facts.get(o, ())]

    # Transfers from a weekday: the act moves on a day off the holiday rule put on that weekday
    # (2020: Victory Day on Saturday 9 May gave Monday 11 May off; a decree moved it to Friday 8 May).
    for worked, off, src in later:
        o = worked.toordinal()
        moved = moved_here.get(o)
        if moved is None:
            if week == 5:
                problems.append(
                    f"transfer {worked} -> {off} ({src}): {worked} is a weekday that is not a day off moved there "
                    "by the holiday rule; a transfer's worked day must be a weekend day or such a day"
                )
            continue
        wi = idx(o)
        if wi is not None:
            status[wi] = WORKING
            facts[o] = [f for f in facts[o] if f is not moved]
            facts[o].append(attrs.evolve(moved, moved_to=off, source=f"{moved.source}; {src}"))
        mark_day_off(worked, off, src)
    if problems:
        raise DataValidationError("calendar data", problems)

    version = " + ".join([base.version, *(layer.label for layer in layers)])
    frozen_facts = {o: tuple(f) for o, f in facts.items() if idx(o) is not None}
    return _Tables(status, frozen_facts, instead_of, version)
