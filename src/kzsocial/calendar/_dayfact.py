"""What the calendar says about one day: :class:`DayFactKind`, :class:`DayFact`, :class:`DayExplanation`."""

from __future__ import annotations

import datetime as dt
import enum

from attrs import frozen

from kzsocial.calendar._text import LANGUAGES, Language, LocalText, check_language, format_date, weekday_name
from kzsocial.provenance import LocalizedText
from kzsocial.serde import DictFormWithAsDict, register_derived

__all__ = ["DayExplanation", "DayFact", "DayFactKind"]

_DAY_OFF = LocalText("Демалыс күні", "Выходной день", "Day off")


class DayFactKind(enum.Enum):
    """What kind of fact a :class:`DayFact` states."""

    WEEKEND = "weekend"
    """A regular day off of the working week (Saturday, Sunday; Sunday only in the six-day week)."""
    HOLIDAY = "holiday"
    """A public holiday (or 7 January / Kurban Ait, days off that never move)."""
    MOVED_HOLIDAY = "moved_holiday"
    """A day off because a holiday fell on a day off (``moved_from`` names that holiday's date)."""
    TRANSFERRED_DAY_OFF = "transferred_day_off"
    """A day off moved here by an act from a weekend day (``moved_from``), which is worked instead."""
    WORKED_WEEKEND = "worked_weekend"
    """A weekend day worked by an act, in place of the day off ``instead_of``."""
    EXTRA_DAY_OFF = "extra_day_off"
    """A one-off day off declared by an act."""


@frozen
class DayFact(DictFormWithAsDict):
    """One reason in an explanation, with its source."""

    kind: DayFactKind
    """What the fact states: a weekend day, a holiday, a moved holiday, a transferred day off, a worked weekend day, a
    one-off day off."""
    names: LocalizedText | None = None
    """The holiday's or day off's names in kk, ru and en; ``None`` for a plain weekend day or a worked weekend day."""
    key: str | None = None
    """The holiday's stable key (``nauryz``, ``kurban_ait``, ...) for a holiday or a moved holiday; ``None``
    otherwise."""
    moved_from: dt.date | None = None
    """For a moved holiday, the date of the holiday that fell on a day off; for a transferred day off, the weekend day
    worked instead. ``None`` otherwise."""
    moved_to: dt.date | None = None
    """For a holiday that falls on a day off, the working day the day off moves to; ``None`` when it does not move."""
    instead_of: dt.date | None = None
    """For a worked weekend day, the day off it is worked for; ``None`` otherwise."""
    estimated: bool = False
    """``True`` when the date is computed, not yet confirmed by an act (Kurban Ait in a year with no decree yet)."""
    source: str | None = None
    """Where the fact comes from, in words: the law (the holiday rule, the shift rule) or the act of an override;
    ``None`` for a weekend day."""

    def text(self, lang: Language = "en") -> str:
        """This fact in plain words, in ``lang``."""
        lang = check_language(lang)
        name = self.names.get(lang) if self.names else ""
        kind = self.kind
        if kind is DayFactKind.WEEKEND:
            return {"kk": "демалыс күні", "ru": "выходной день", "en": "weekend day"}[lang]
        if kind is DayFactKind.HOLIDAY:
            out = {"kk": f"мереке: {name}", "ru": f"праздник: {name}", "en": f"holiday: {name}"}[lang]
            if self.estimated:
                out += {
                    "kk": " (күні болжамды, әлі расталмаған)",
                    "ru": " (дата ориентировочная, не подтверждена)",
                    "en": " (estimated date, not yet confirmed)",
                }[lang]
            if self.moved_to is not None:
                to = format_date(self.moved_to, lang)
                out += {
                    "kk": f"; демалыс күнге түседі, демалыс {to} күніне ауысады",
                    "ru": f"; выпадает на выходной, выходной переносится на {to}",
                    "en": f"; it falls on a day off, so the day off moves to {to}",
                }[lang]
            return out
        if kind is DayFactKind.MOVED_HOLIDAY:
            assert self.moved_from is not None
            src = format_date(self.moved_from, lang)
            out = {
                "kk": f"демалыс {src} күнінен ауыстырылды: {name} демалыс күнге түсті",
                "ru": f"выходной перенесён с {src}: {name} выпал на выходной день",
                "en": f"day off moved from {src}: {name} fell on a day off",
            }[lang]
            if self.moved_to is not None:
                to = format_date(self.moved_to, lang)
                out += {
                    "kk": f"; бұл демалысты акт {to} күніне ауыстырды, бұл күні жұмыс істеледі",
                    "ru": f"; акт перенёс этот выходной на {to}, этот день рабочий",
                    "en": f"; an act moved that day off on to {to}, so this day is worked",
                }[lang]
            return out
        if kind is DayFactKind.TRANSFERRED_DAY_OFF:
            assert self.moved_from is not None
            src = format_date(self.moved_from, lang)
            return {
                "kk": f"демалыс күні актімен {src} күнінен ауыстырылды, ол күні жұмыс істеледі",
                "ru": f"выходной день перенесён актом с {src}, который стал рабочим",
                "en": f"day off moved by an act from {src}, which is worked instead",
            }[lang]
        if kind is DayFactKind.WORKED_WEEKEND:
            assert self.instead_of is not None
            off = format_date(self.instead_of, lang)
            return {
                "kk": f"демалыс күні актімен {off} күнінің орнына жұмыс күні болды",
                "ru": f"выходной день стал рабочим по акту вместо {off}",
                "en": f"weekend day worked by an act in place of {off}",
            }[lang]
        return {
            "kk": f"актімен жарияланған демалыс күні: {name}",
            "ru": f"выходной день по акту: {name}",
            "en": f"day off declared by an act: {name}",
        }[lang]


_WEEK_WORDS = {
    5: {"kk": "бес күндік жұмыс аптасы", "ru": "пятидневная рабочая неделя", "en": "five-day week"},
    6: {"kk": "алты күндік жұмыс аптасы", "ru": "шестидневная рабочая неделя", "en": "six-day week"},
}


@frozen
class DayExplanation(DictFormWithAsDict):
    """Why a date is or is not a working day, and which data answered."""

    date: dt.date
    """The day explained."""
    week: int
    """The working week the answer is for: 5 (Monday to Friday) or 6 (Monday to Saturday)."""
    is_working_day: bool
    """The answer: ``True`` when offices work on ``date`` in that week."""
    facts: tuple[DayFact, ...]
    """Every reason that decides the answer (weekend, holiday, moved day off, worked weekend, ...), each with its
    source; empty for an ordinary working day."""
    data_version: str
    """Which data answered: the ``holidays`` package's version and every override layer's name and version."""

    @property
    def estimated(self) -> bool:
        """True when the answer rests on an estimated date (Kurban Ait not yet confirmed)."""
        return any(f.estimated for f in self.facts)

    def reasons(self, lang: Language = "en") -> str:
        """The facts alone, joined (``"weekend day; holiday: Nowruz Holiday"``), or "a regular working day"."""
        lang = check_language(lang)
        regular = {"kk": "кәдімгі жұмыс күні", "ru": "обычный рабочий день", "en": "a regular working day"}[lang]
        return "; ".join(f.text(lang) for f in self.facts) or regular

    def text(self, lang: Language = "en") -> str:
        """One paragraph in ``lang``: verdict, reasons, data version."""
        lang = check_language(lang)
        day = format_date(self.date, lang)
        week = _WEEK_WORDS[self.week][lang]
        if self.is_working_day:
            verdict = {"kk": "жұмыс күні", "ru": "рабочий день", "en": "is a working day"}[lang]
        else:
            verdict = {"kk": "жұмыс күні емес", "ru": "нерабочий день", "en": "is not a working day"}[lang]
        reasons = self.reasons(lang)
        data = {"kk": "Күнтізбе деректері", "ru": "Данные календаря", "en": "Calendar data"}[lang]
        if lang == "en":
            return f"{day} {verdict} ({week}): {reasons}. {data}: {self.data_version}."
        return f"{day} — {verdict} ({week}): {reasons}. {data}: {self.data_version}."


register_derived(
    DayExplanation,
    {
        "weekday": (lambda e: {lang: weekday_name(e.date, lang) for lang in LANGUAGES}, dict[str, str]),
        "estimated": (lambda e: e.estimated, bool),
        "text": (lambda e: {lang: e.text(lang) for lang in LANGUAGES}, dict[str, str]),
    },
)
register_derived(DayFact, {"text": (lambda f: {lang: f.text(lang) for lang in LANGUAGES}, dict[str, str])})
