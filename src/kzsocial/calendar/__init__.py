"""The Kazakhstan work calendar, office hours, terms and deadline calculators."""

from kzsocial.calendar._hours import Interval, OfficeHours, parse_time
from kzsocial.calendar._terms import StagedTerm, Term, TermStage, TermUnit

__all__ = [
    "Interval",
    "OfficeHours",
    "StagedTerm",
    "Term",
    "TermStage",
    "TermUnit",
    "parse_time",
]
