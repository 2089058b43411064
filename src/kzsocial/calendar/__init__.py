"""The Kazakhstan work calendar, office hours, terms and deadline calculators.

Importing this package is cheap: every module loads on first use of one of its names. The default calendars read
their day tables from a file shipped with the package (generated from the ``holidays`` package and stamped with
its version, see ``calendar/_daytable.py``); other calendars compute theirs on the first question they are asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kzsocial._public import lazy_exports, register_public

if TYPE_CHECKING:
    from kzsocial.calendar._compute import compute_deadline
    from kzsocial.calendar._daycal import (
        DayExplanation,
        DayFact,
        DayFactKind,
        WorkCalendar,
        default_calendar,
        six_day_calendar,
    )
    from kzsocial.calendar._deadline import Deadline, TraceStep, term_text
    from kzsocial.calendar._hours import OfficeHours
    from kzsocial.calendar._interval import Interval, parse_time
    from kzsocial.calendar._overrides import (
        AddHoliday,
        CalendarOverrides,
        CancelHoliday,
        ExtraDayOff,
        KurbanAit,
        LegalSource,
        Override,
        Transfer,
        shipped_overrides,
    )
    from kzsocial.calendar._policy import CountingPolicy, CountingRule
    from kzsocial.calendar._terms import StagedTerm, Term, TermStage, TermUnit
    from kzsocial.calendar._text import LocalText

__all__ = [
    "AddHoliday",
    "CalendarOverrides",
    "CancelHoliday",
    "CountingPolicy",
    "CountingRule",
    "DayExplanation",
    "DayFact",
    "DayFactKind",
    "Deadline",
    "ExtraDayOff",
    "Interval",
    "KurbanAit",
    "LegalSource",
    "LocalText",
    "OfficeHours",
    "Override",
    "StagedTerm",
    "Term",
    "TermStage",
    "TermUnit",
    "TraceStep",
    "Transfer",
    "WorkCalendar",
    "compute_deadline",
    "default_calendar",
    "parse_time",
    "shipped_overrides",
    "six_day_calendar",
    "term_text",
]

_LAZY = {
    "OfficeHours": "_hours",
    **dict.fromkeys(("Interval", "parse_time"), "_interval"),
    **dict.fromkeys(("StagedTerm", "Term", "TermStage", "TermUnit"), "_terms"),
    **dict.fromkeys(
        ("DayExplanation", "DayFact", "DayFactKind", "WorkCalendar", "default_calendar", "six_day_calendar"),
        "_daycal",
    ),
    **dict.fromkeys(("Deadline", "TraceStep", "term_text"), "_deadline"),
    **dict.fromkeys(("CountingPolicy", "CountingRule"), "_policy"),
    "compute_deadline": "_compute",
    **dict.fromkeys(
        (
            "AddHoliday",
            "CalendarOverrides",
            "CancelHoliday",
            "ExtraDayOff",
            "KurbanAit",
            "LegalSource",
            "Override",
            "Transfer",
            "shipped_overrides",
        ),
        "_overrides",
    ),
    "LocalText": "_text",
}


if not TYPE_CHECKING:  # hidden from type checkers: they see the imports above, and a misspelt name stays an error
    __getattr__, __dir__ = lazy_exports(__name__, _LAZY, __all__, globals())


register_public(__name__)  # kzsocial.serde.public_types() lists this package's values (without loading serde)
