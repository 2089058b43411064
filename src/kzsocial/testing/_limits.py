"""The kit's limits and constants, free of hypothesis so the pytest plugin and the assertions can use them."""

from __future__ import annotations

import datetime as dt

from kzsocial.calendar import TermUnit

__all__ = ["KAZAKH_TIME_ZONES", "MAX_DATE", "MIN_DATE", "TERM_LIMITS"]

MIN_DATE = dt.date(1991, 1, 1)
"""The first date the work calendar knows."""
MAX_DATE = dt.date(2100, 12, 31)
"""The last date the work calendar knows."""

KAZAKH_TIME_ZONES: tuple[str, ...] = (
    "Asia/Almaty",
    "Asia/Aqtau",
    "Asia/Aqtobe",
    "Asia/Atyrau",
    "Asia/Oral",
    "Asia/Qostanay",
    "Asia/Qyzylorda",
)
"""The IANA zones of Kazakhstan (with their historical offsets; one zone since 2024-03-01)."""

TERM_LIMITS: dict[TermUnit, int] = {
    TermUnit.CALENDAR_DAYS: 365,
    TermUnit.WORKING_DAYS: 250,
    TermUnit.DAYS_UNQUALIFIED: 365,
    TermUnit.BANKING_DAYS: 250,
    TermUnit.MONTHS: 24,
    TermUnit.HOURS: 240,
    TermUnit.MINUTES: 1440,
}
"""The largest value :func:`terms` draws for each unit by default (a year of days, two years of months, ...)."""
