"""The Kazakhstan work calendar, office hours, terms and deadline calculators.

Importing this package is cheap: the holiday tables are read from the ``holidays`` package and precomputed on the
first question a calendar is asked.
"""

from kzsocial.calendar._daycal import (
    DayExplanation,
    DayFact,
    DayFactKind,
    WorkCalendar,
    default_calendar,
    six_day_calendar,
)
from kzsocial.calendar._deadline import (
    CountingPolicy,
    CountingRule,
    Deadline,
    TraceStep,
    compute_deadline,
    term_text,
)
from kzsocial.calendar._hours import Interval, OfficeHours, parse_time
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
