"""Offices: departments, akims' apparatus, rural akims, service centres, with contacts and schedules."""

from __future__ import annotations

import datetime as dt
import enum
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, cast

from attrs import frozen
from dateutil import rrule as _rr
from dateutil.relativedelta import relativedelta

from kzsocial._checks import brief
from kzsocial.calendar._hours import OfficeHours
from kzsocial.errors import DateOutOfRangeError, InvalidInputError, InvalidTypeError
from kzsocial.provenance import DataIssue, FieldSource, LocalizedText, Source, SourcedText
from kzsocial.registry._contacts import Email, Phone, Website
from kzsocial.registry._hours_text import EffectiveHours, HoursSource
from kzsocial.registry._service_view import PACKAGED_OFFICES as _PACKAGED_OFFICES
from kzsocial.registry._service_view import ServiceView, packaged_services, services_at, view_of
from kzsocial.serde import DictForm

if TYPE_CHECKING:
    from kzsocial.calendar import WorkCalendar

__all__ = ["Office", "OfficeHead", "OfficeKind", "OfficeSubunit", "ReceptionSchedule", "ReceptionSlot", "ServiceWindow"]


class OfficeKind(enum.Enum):
    """The kind of an office: a department, an akimat or akim's apparatus, a service centre, ..."""

    OBLAST_DEPARTMENT = "oblast_department"
    """A department of the oblast (region) akimat (облыстық бөлім, e.g. the oblast employment and social programmes
    department)."""
    CITY_DEPARTMENT = "city_department"
    """A department of a city akimat (қалалық бөлім)."""
    DISTRICT_DEPARTMENT = "district_department"
    """A department of a district akimat (аудандық бөлім)."""
    CITY_AKIMAT = "city_akimat"
    """A city akimat or a city akim's apparatus (қала әкімдігі, әкімінің аппараты)."""
    DISTRICT_AKIMAT = "district_akimat"
    """A district akimat or a district akim's apparatus (аудан әкімдігі, әкімінің аппараты)."""
    RURAL_AKIM = "rural_akim"
    """The akim of a rural district (ауылдық округ әкімі) and his apparatus."""
    SETTLEMENT_AKIM = "settlement_akim"
    """The akim of a settlement or village (кент, ауыл әкімі)."""
    PUBLIC_SERVICE_CENTRE = "public_service_centre"
    """A public service centre (ХҚКО/ХҚО, «Азаматтарға арналған үкімет»), where documents for many services are handed
    in."""
    LAND_ENTERPRISE = "land_enterprise"
    """A state enterprise for land resources and land management (жер ресурстары және жерге орналастыру жөніндегі
    кәсіпорын, Aktau), which prepares the land acts' documents."""
    OTHER = "other"
    """Any other body the acts list (an oblast akimat, a city's service centre, a psychological-medical-pedagogical
    consultation, a medical-social expertise unit, ...)."""


# The rules are anchored far enough back for any date the calendar covers.
_ANCHOR = dt.datetime(1991, 1, 1)
_LAST = dt.datetime(2100, 12, 31, 23, 59)


_ACCEPTED_RULES = (
    "accepted: an RFC 5545 RRULE with FREQ=DAILY, WEEKLY, MONTHLY or YEARLY, INTERVAL from 1 to 100, and BYDAY, "
    "BYMONTHDAY, BYMONTH, BYSETPOS, BYWEEKNO, BYYEARDAY, WKST or UNTIL (no DTSTART, COUNT, BYHOUR, BYMINUTE or "
    "BYSECOND: the times are the schedule's start and end)"
)
_RULE_KEYS = frozenset({"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "BYWEEKNO", "BYYEARDAY"})
_RULE_KEYS |= {"WKST", "UNTIL"}
_BY_RANGES = {
    "BYMONTHDAY": (1, 31),
    "BYMONTH": (1, 12),
    "BYSETPOS": (1, 366),
    "BYWEEKNO": (1, 53),
    "BYYEARDAY": (1, 366),
}
_WEEKDAYS = frozenset({"MO", "TU", "WE", "TH", "FR", "SA", "SU"})


def _check_reception_rule(text: object) -> tuple[str, int]:
    """(FREQ, INTERVAL) of a reception RRULE, or :class:`InvalidInputError` saying what is accepted.

    A reception happens on days: a rule repeating within a day (HOURLY, MINUTELY, SECONDLY, BYHOUR...) or never
    moving on (INTERVAL=0) cannot be one, and would make the search for the next reception run forever.
    """
    if not isinstance(text, str):
        raise InvalidTypeError(f"rrule must be a str or None, got {type(text).__name__}")
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    if not body or "\n" in body or "\r" in body:
        raise InvalidInputError(f"expected one RRULE line, got {brief(text)}; {_ACCEPTED_RULES}")
    parts: dict[str, str] = {}
    for item in body.split(";"):
        key, sep, value = item.partition("=")
        key = key.strip().upper()
        if not sep or not key or key in parts:
            raise InvalidInputError(f"cannot read RRULE {text!r} (at {item!r}); {_ACCEPTED_RULES}")
        parts[key] = value.strip()
    unknown = sorted(set(parts) - _RULE_KEYS - {"DTSTART"})
    if "DTSTART" in parts:
        raise InvalidInputError(f"give the RRULE without DTSTART, got {brief(text)}; {_ACCEPTED_RULES}")
    if unknown:
        raise InvalidInputError(f"RRULE {text!r}: {', '.join(unknown)} not accepted for a reception; {_ACCEPTED_RULES}")
    freq = parts.get("FREQ", "").upper()
    if freq not in ("DAILY", "WEEKLY", "MONTHLY", "YEARLY"):
        raise InvalidInputError(f"RRULE {text!r}: FREQ={freq or '(none)'} is not a reception rule; {_ACCEPTED_RULES}")
    for key, (low, high) in _BY_RANGES.items():
        for item in parts.get(key, "").split(",") if key in parts else ():
            number = item.strip().lstrip("+-")
            if not (number.isascii() and number.isdigit() and low <= int(number) <= high):
                raise InvalidInputError(
                    f"RRULE {text!r}: {key}={parts[key]} must be whole numbers from {low} to {high} (or negative "
                    f"from the end); {_ACCEPTED_RULES}"
                )
    for item in parts.get("BYDAY", "").split(",") if "BYDAY" in parts else ():
        day = item.strip().upper()
        ordinal = day[:-2].lstrip("+-")
        limit = 5 if freq == "MONTHLY" else 53
        if day[-2:] not in _WEEKDAYS or (
            ordinal and not (ordinal.isascii() and ordinal.isdigit() and 1 <= int(ordinal) <= limit)
        ):
            raise InvalidInputError(
                f"RRULE {text!r}: BYDAY={parts['BYDAY']} must be weekdays MO..SU, each with an optional position "
                f"such as +2MO or -1FR (1 to {limit}); {_ACCEPTED_RULES}"
            )
    raw_interval = parts.get("INTERVAL", "1")
    if not raw_interval.isascii() or not raw_interval.isdigit() or not 1 <= int(raw_interval) <= 100:
        raise InvalidInputError(f"RRULE {text!r}: INTERVAL={raw_interval} must be 1 to 100; {_ACCEPTED_RULES}")
    return freq, int(raw_interval)


@frozen
class ReceptionSlot:
    """One occurrence of a reception, office-local: from ``start`` to ``end`` (None when the act gives no end).

    When the act names the day but no time, ``time_known`` is false and ``start`` is that day at 00:00. ``who``
    says who receives (the head the act names, e.g. «Әкім»), ``place`` where, when the act says.
    """

    start: dt.datetime
    """When it begins, office-local (00:00 of the day when ``time_known`` is false)."""
    end: dt.datetime | None
    """When it ends, office-local; ``None`` when the act gives no end."""
    time_known: bool = True
    """``False`` when the act names the day but no time: only the date of ``start`` is meaningful."""
    who: LocalizedText | None = None
    """Who receives (the head the act names, e.g. «Әкім»); ``None`` where it does not say."""
    place: LocalizedText | None = None
    """Where, when the act names a place other than the office; ``None`` otherwise."""

    @property
    def date(self) -> dt.date:
        """The day of the reception (all the act gives where :attr:`time_known` is false)."""
        return self.start.date()


class _RuleSlot:
    """A slot outside the attrs fields: the compiled rule never reaches ``attrs.asdict``, ``eq`` or ``repr``."""

    __slots__ = ("_compiled", "_period")
    if TYPE_CHECKING:
        _compiled: _rr.rrule | None
        _period: tuple[str, int]

    @property
    def _rule(self) -> _rr.rrule | None:
        try:
            return self._compiled
        except AttributeError:  # unpickled: the slot is not restored, compile again
            cast("ReceptionSchedule", self).__attrs_post_init__()
            return self._compiled


_COMPILED: dict[tuple[str, tuple[int, ...] | None], tuple[_rr.rrule, tuple[str, int]]] = {}
"""The reception rules compiled so far, by (RRULE, naive start time): the offices repeat a few rules (49 distinct
of 143 packaged), and a compiled rule is never changed (it is only iterated and copied with ``replace``). Only a
rule that passed every check is kept, so a bad one fails again with its message."""
_COMPILED_MAX = 1024


def _check_schedule_types(schedule: ReceptionSchedule) -> None:
    """Issue 11: every field of a reception schedule has its type before anything reads it."""
    checks = (
        ("who", schedule.who, LocalizedText, False),
        ("rrule", schedule.rrule, str, True),
        ("start", schedule.start, dt.time, True),
        ("end", schedule.end, dt.time, True),
        ("text", schedule.text, LocalizedText, False),
        ("source", schedule.source, Source, True),
        ("place", schedule.place, LocalizedText, True),
    )
    for name, value, kind, optional in checks:
        if not (isinstance(value, kind) or (optional and value is None)):
            accepted = f"a {kind.__name__}" + (" or None" if optional else "")
            raise InvalidTypeError(f"ReceptionSchedule.{name} must be {accepted}, got {type(value).__name__}")


@frozen
class ReceptionSchedule(_RuleSlot):
    """A head's reception hours, e.g. «әр айдың 2, 4-ші дүйсенбісі, сағ. 18.00-ден 20.00 дейін».

    ``rrule`` is an RFC 5545 RRULE without DTSTART; the times are office-local. ``end`` is None where the act
    gives only a start («сағ. 17.00-ден бастап»); ``start`` is None too where it names only the day («әр айдың
    3-ші дүйсенбісі»), and then a day counts from the day after ``after``. ``rrule`` is None where the wording
    is too loose to compute («айына бір рет»).

    >>> s = ReceptionSchedule(LocalizedText("Әкім"), "FREQ=MONTHLY;BYDAY=+2MO,+4MO",
    ...                       dt.time(18), dt.time(20), LocalizedText("әр айдың 2, 4-ші дүйсенбісі"))
    >>> s.next_reception(dt.datetime(2008, 12, 1), calendar=False).start
    datetime.datetime(2008, 12, 8, 18, 0)

    Monday 8 December 2008 was Kurban Ait, a day off, so with the Kazakhstan calendar the next one is on the 22nd:

    >>> s.next_reception(dt.datetime(2008, 12, 1)).start
    datetime.datetime(2008, 12, 22, 18, 0)
    """

    who: LocalizedText
    """Who receives, as the act says (``Әкім``, the department head, ...)."""
    rrule: str | None
    """An RFC 5545 RRULE without DTSTART (``FREQ=MONTHLY;BYDAY=+2MO,+4MO``); ``None`` where the wording is too loose to
    compute («айына бір рет»)."""
    start: dt.time | None
    """When the reception begins, office-local; ``None`` where the act names the day but no time."""
    end: dt.time | None
    """When it ends, office-local; ``None`` where the act gives only a start («сағ. 17.00-ден бастап») or no time."""
    text: LocalizedText
    """The wording of the act (kk; ru and en where known), what a portal prints beside the computed dates."""
    source: Source | None = None
    """Where the act prints it; ``None`` for a schedule not from an act."""
    place: LocalizedText | None = None
    """Where the reception is held when it is not at the office (as printed); ``None`` at the office."""

    @property
    def day_only(self) -> bool:
        """Whether the act names the day but no hours (the data's ``day_rrule``): slots then give the date only.

        >>> s = ReceptionSchedule(LocalizedText("Әкім"), "FREQ=MONTHLY;BYDAY=+3MO", None, None,
        ...                       LocalizedText("әр айдың 3-ші дүйсенбісі"))
        >>> slot = s.next_reception(dt.datetime(2009, 1, 1))
        >>> s.day_only, slot.date, slot.time_known
        (True, datetime.date(2009, 1, 19), False)
        """
        return self._rule is not None and self.start is None

    @property
    def computable(self) -> bool:
        """Whether the act's wording is precise enough to compute dates («айына бір рет» is not)."""
        return self._rule is not None

    def __attrs_post_init__(self) -> None:
        _check_schedule_types(self)
        if self.start is None and self.end is not None:
            raise InvalidInputError(f"a reception with an end needs a start time: {self.text.kk!r}")
        if self.start is not None and self.end is not None and not self.start < self.end:
            raise InvalidInputError(f"a reception must start before it ends, got {self.start}–{self.end}")
        if self.rrule is None:
            object.__setattr__(self, "_compiled", None)
            object.__setattr__(self, "_period", ("", 0))
            return
        start = self.start
        key = None
        if type(self.rrule) is str and (start is None or start.tzinfo is None):  # naive times: equal is the same
            key = (
                self.rrule,
                None if start is None else (start.hour, start.minute, start.second, start.microsecond, start.fold),
            )
            compiled = _COMPILED.get(key)
            if compiled is not None:
                object.__setattr__(self, "_compiled", compiled[0])
                object.__setattr__(self, "_period", compiled[1])
                return
        freq, interval = _check_reception_rule(self.rrule)
        try:
            rule = _rr.rrulestr(self.rrule, dtstart=dt.datetime.combine(_ANCHOR.date(), self.start or dt.time()))
        except (ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
            raise InvalidInputError(f"cannot read RRULE {self.rrule!r}: {exc}; {_ACCEPTED_RULES}") from exc
        if not isinstance(rule, _rr.rrule):
            raise InvalidInputError(f"expected a single RRULE, got {self.rrule!r}; {_ACCEPTED_RULES}")
        until = getattr(rule, "_until", None)
        rule = rule.replace(until=_LAST if until is None or until > _LAST else until)  # iteration always ends
        try:
            first = rule.after(_ANCHOR, inc=True)
        except (ValueError, TypeError, IndexError, OverflowError) as exc:
            raise InvalidInputError(f"cannot use RRULE {self.rrule!r}: {exc}; {_ACCEPTED_RULES}") from exc
        if first is None:
            raise InvalidInputError(f"the RRULE {self.rrule!r} has no occurrence in 1991-2100")
        object.__setattr__(self, "_compiled", rule)
        object.__setattr__(self, "_period", (freq, interval))
        if key is not None:
            if len(_COMPILED) >= _COMPILED_MAX:
                _COMPILED.clear()
            _COMPILED[key] = (rule, (freq, interval))

    def _occurrences(self, after: dt.datetime) -> Iterator[dt.datetime]:
        """The rule's occurrences after ``after``, in order, from one pass over the rule (linear in what is read).

        The rule's start is moved forward by whole periods (``INTERVAL`` days, weeks, months or years: the same
        occurrences) to shortly before ``after``, so the pass does not begin in 1991.
        """
        rule = self._rule
        assert rule is not None
        freq, interval = self._period
        anchor = dt.datetime.combine(_ANCHOR.date(), self.start or dt.time())
        if freq in ("DAILY", "WEEKLY"):
            size = interval * (1 if freq == "DAILY" else 7)
            periods = max(0, (after - anchor).days // size - 1)
            start = anchor + dt.timedelta(days=periods * size)
        else:
            months = (after.year - anchor.year) * 12 + after.month - anchor.month
            size = interval * (1 if freq == "MONTHLY" else 12)
            periods = max(0, months // size - 1)
            start = anchor + relativedelta(months=periods * size)
        for occurrence in rule.replace(dtstart=start):
            if occurrence > after:
                yield occurrence

    def slots(self, after: dt.datetime, *, calendar: object = None, count: int = 1) -> list[ReceptionSlot]:
        """The next ``count`` receptions starting after ``after`` (naive, office-local).

        Occurrences on a non-working day of ``calendar`` are skipped (``calendar=None`` uses the default
        Kazakhstan calendar; pass ``False`` to skip nothing). The rule is read once, from shortly before ``after``:
        the work grows with ``count``, not with the distance from 1991, and stops at the end of 2100.
        """
        if not isinstance(after, dt.datetime):
            raise InvalidTypeError(f"after must be a datetime, got {type(after).__name__}")
        if after.tzinfo is not None:
            raise InvalidInputError("reception times are office-local: pass a naive datetime")
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            raise InvalidInputError(f"count must be a positive int, got {brief(count)}")
        if not _ANCHOR <= after <= _LAST:
            raise DateOutOfRangeError(f"{after} is outside the supported range 1991-01-01 to 2100-12-31")
        if self._rule is None:
            return []
        is_working = _working_day_predicate(calendar)
        found: list[ReceptionSlot] = []
        for nxt in self._occurrences(after):
            if nxt > _LAST:
                break
            if is_working(nxt.date()):
                end = None if self.end is None else dt.datetime.combine(nxt.date(), self.end)
                found.append(ReceptionSlot(nxt, end, self.start is not None, self.who, self.place))
                if len(found) >= count:
                    break
        return found

    def next_reception(self, after: dt.datetime, *, calendar: object = None) -> ReceptionSlot:
        """The first reception starting after ``after`` that is not on a holiday or day off."""
        if self._rule is None:
            from kzsocial.errors import NotStatedError

            raise NotStatedError(f"the act words this reception too loosely to compute a date: {self.text.kk!r}")
        found = self.slots(after, calendar=calendar)
        if not found:
            raise DateOutOfRangeError(f"no reception of {self.rrule!r} after {after} within the supported range")
        return found[0]


def _working_day_predicate(calendar: object) -> Callable[[dt.date], bool]:
    if calendar is False:
        return lambda d: True
    if calendar is None:
        from kzsocial.calendar import default_calendar

        calendar = default_calendar()
    check = getattr(calendar, "is_working_day", None)
    if not callable(check):
        raise InvalidTypeError(f"calendar must have is_working_day(date), got {type(calendar).__name__}")
    return cast("Callable[[dt.date], bool]", check)


@frozen
class ServiceWindow:
    """A numbered window of a service centre and the body it serves («N3 терезе»)."""

    window: str
    """The window's number as printed (``3`` of «N3 терезе»)."""
    serves: LocalizedText
    """The body (or the services) the window takes documents for, as printed."""
    source: Source
    """Where the act prints it."""


@frozen
class OfficeHead:
    """The head of an office by name, as the act prints it (Zhambyl's annex 1: «Меңгерушінің аты-жөні»)."""

    name: str
    """The head's full name exactly as first printed (a differing second spelling is in the data with a ``misprint``
    issue)."""
    source: Source
    """Where the act prints the name."""
    title: LocalizedText | None = None
    """The head's title as the act's column or text gives it (e.g. «Меңгеруші»)."""
    also_printed: tuple[Source, ...] = ()
    """Where the act prints the name again (possibly spelt differently: see the office's data issues)."""


@frozen
class OfficeSubunit:
    """A sector or section of an office with its own room, contacts, hours or head, as the act prints them.

    Aktau's social department has five sectors, each with its own room and phone (e.g. the housing assistance
    sector, room 102, 43-25-81, 003:4909); their phones are the sector's, not the department's.
    """

    id: str
    """The subunit's id, unique within its office (``housing-assistance-sector``)."""
    name: LocalizedText
    """Its name as printed (kk; ru and en where known)."""
    source: Source
    """Where the act prints it."""
    room: str | None = None
    """Its room (кабинет) as printed (``102``); ``None`` where not given."""
    phones: tuple[Phone, ...] = ()
    """Its own phone numbers (the sector's, not the office's)."""
    hours: OfficeHours | None = None
    """Its own working hours where the act prints them; ``None`` otherwise (the office's apply)."""
    head: LocalizedText | None = None
    """The head's title (or name) as printed, e.g. «Сектор меңгерушісі»."""
    reception: tuple[ReceptionSchedule, ...] = ()
    """Its head's reception hours, where printed."""
    field_sources: tuple[FieldSource, ...] = ()
    """Where the act prints each of its fields (room, phones, ...) when not on the subunit's line."""
    data_issues: tuple[DataIssue, ...] = ()
    """The act's defects found in its record, each with its source."""


@frozen
class Office(DictForm):
    """An office that serves citizens, with its contacts exactly as printed and normalised."""

    id: str
    """The office's id, ``<region>/<slug>``."""
    kind: OfficeKind
    """What kind of office it is (a department, an akim's apparatus, a service centre...)."""
    name: LocalizedText
    """Its name as the act prints it (kk; ru and en where known)."""
    region: str
    """The region id, e.g. ``karaganda``."""
    timezone: str
    """The office's IANA time zone."""
    source: Source
    """Where the act lists the office."""
    act_id: str
    """The act that lists it."""
    district: LocalizedText | None = None
    """The district (аудан) the office is in, where the act or its address says; ``None`` for an oblast or city
    office."""
    settlement: LocalizedText | None = None
    """The city, town or village of its address (Қарағанды, Ақтау, a rural settlement); ``None`` when not known."""
    area_code: str | None = None
    """The telephone area code of its settlement (``7212`` for Karaganda), printed or derived; used to put local numbers
    in E.164. ``None`` when not known."""
    postcode: str | None = None
    """The postcode as printed; ``None`` where the act gives none."""
    address: LocalizedText | None = None
    """The address as printed (kk; ru where known); ``None`` where the act gives none. ``address_alternatives`` holds
    differing prints."""
    phones: tuple[Phone, ...] = ()
    """Its phone numbers, each raw as printed and in E.164 where sure."""
    faxes: tuple[Phone, ...] = ()
    """Its fax numbers, each raw as printed and in E.164 where sure."""
    emails: tuple[Email, ...] = ()
    """Its email addresses as printed, each checked (with a sure correction where one exists)."""
    websites: tuple[Website, ...] = ()
    """Its websites as printed, each normalised to a URL and checked."""
    reception: tuple[ReceptionSchedule, ...] = ()
    """The heads' reception hours the act prints («әр айдың 2, 4-ші дүйсенбісі»), each computable to dates where the
    wording allows."""
    hours: OfficeHours | None = None
    """Its own working hours as the act prints them; ``None`` when it prints none (:meth:`effective_hours` then says
    which hours apply and why)."""
    hours_alternatives: tuple[OfficeHours, ...] = ()
    """Other hours the act prints for it that differ from ``hours`` (an ``inconsistent-hours`` data issue says
    where)."""
    parent_id: str | None = None
    """The id of the office it belongs to (a department's parent administration), whose hours apply when it prints none;
    ``None`` for a top office."""
    also_printed: tuple[Source, ...] = ()
    """Every other place the acts print the same office (one office is recorded once, though several standards repeat
    it)."""
    address_alternatives: tuple[SourcedText, ...] = ()
    """Addresses printed elsewhere for the same office that differ from ``address``, each with its source."""
    subunit: LocalizedText | None = None
    """The section of the office the act names (e.g. a department's housing stock section)."""
    windows: tuple[ServiceWindow, ...] = ()
    """A service centre's numbered windows and the bodies each serves («N3 терезе»)."""
    field_sources: tuple[FieldSource, ...] = ()
    """Where the act prints each field (``address``, ``kind``, ...) when it is not the office's own line."""
    data_issues: tuple[DataIssue, ...] = ()
    """The act's defects found in this office's record (misprints, broken contacts, inconsistent hours), each with its
    source."""
    subunits: tuple[OfficeSubunit, ...] = ()
    """Sectors with their own room, phones, hours or head (see :meth:`subunit_for_phone`)."""
    heads: tuple[OfficeHead, ...] = ()
    """The office's heads by name, where the act prints them."""

    def subunit_for_phone(self, raw: str) -> OfficeSubunit | None:
        """The sub-unit whose phone is printed as ``raw``, or None when it is the office's own (or unknown)."""
        return next((u for u in self.subunits if any(p.raw == raw for p in u.phones)), None)

    def effective_hours(
        self,
        service: ServiceView | None = None,
        *,
        services: Iterable[ServiceView] | None = None,
        offices: Iterable[Office] | None = None,
    ) -> EffectiveHours:
        """The hours that apply at this office (for ``service``, when given), where they come from and why.

        The office's own hours first; else the service's hours as its act states them, then its document-intake
        hours; else the parent office's; else (no service given) the hours every one of ``services`` this office
        serves states, when they agree: ``services`` is the catalogue to ask (``catalog()``, or a loaded one), and
        :meth:`kzsocial.services.Catalog.office_hours` passes itself. When nothing gives hours, ``hours`` is None
        and ``reason`` says so: no error. ``service`` is a :class:`kzsocial.services.ServiceDefinition` (read as a
        :class:`~kzsocial.registry._service_view.ServiceView`: the registry never imports the services).

        >>> from kzsocial.registry import offices
        >>> from kzsocial.services import catalog
        >>> office = offices().get("karaganda/employment-dept-karaganda-city")
        >>> office.hours is None
        True
        >>> eff = office.effective_hours(catalog().get("karaganda-2008/housing-assistance"))
        >>> eff.source.value, eff.text("ru")
        ('service', 'Пн–Чт 09:00–18:00, перерыв 13:00–14:00')
        >>> eff.reason.en
        "the act prints no hours for this office; the service's own hours apply (karaganda-2008/housing-assistance)"
        >>> office.effective_hours(services=catalog()).reason.en
        'the act prints no hours for this office and its services state different hours: name the service (...)'
        >>> catalog().office_hours(office).hours is None
        True

        The parent office is looked up in ``offices`` (the registry this office belongs to: ``offices()`` or a
        loaded one, e.g. :attr:`kzsocial.loader.LoadedData.office_list`); without it, in the packaged registry, which
        is right for packaged offices only: pass ``offices`` for offices loaded with :mod:`kzsocial.loader`.

        Deprecated: with neither ``service`` nor ``services``, an office that (like its parent) prints no hours
        asks the packaged catalogue, with a :class:`DeprecationWarning`, when :mod:`kzsocial.services` is imported
        (it registers the catalogue with the registry); otherwise ``reason`` says its services were not consulted.
        """
        if self.hours is not None:
            return EffectiveHours(self.id, self.hours, HoursSource.OFFICE, _REASONS["office"])
        if service is not None:
            service = view_of(service, "service")
            if service.service_hours is not None:
                return EffectiveHours(
                    self.id, service.service_hours, HoursSource.SERVICE, _reason("service", service.id), service.id
                )
            if service.intake_hours is not None:
                return EffectiveHours(
                    self.id, service.intake_hours, HoursSource.INTAKE, _reason("intake", service.id), service.id
                )
        parent = self._parent(offices)
        if parent is not None and parent.hours is not None:
            return EffectiveHours(
                self.id, parent.hours, HoursSource.PARENT, _reason("parent", parent.id), parent_id=parent.id
            )
        if service is None:
            if services is None:
                packaged = packaged_services()
                if packaged is None:
                    return EffectiveHours(self.id, None, HoursSource.NONE, _reason("unasked", self.id))
                warnings.warn(
                    "Office.effective_hours() without a service or services= is deprecated for an office that "
                    "prints no hours: use kzsocial.services.catalog().office_hours(office) (or pass services=)",
                    DeprecationWarning,
                    stacklevel=3,
                )
                services = packaged
            served = [s for s in services_at(services, self.id) if (s.service_hours or s.intake_hours) is not None]
            found = {s.service_hours or s.intake_hours for s in served}
            if len(found) == 1:
                ids = ", ".join(s.id for s in served)
                return EffectiveHours(self.id, found.pop(), HoursSource.SERVICES, _reason("services", ids))
            if len(found) > 1:
                return EffectiveHours(self.id, None, HoursSource.NONE, _reason("differ", self.id))
        return EffectiveHours(self.id, None, HoursSource.NONE, _reason("none", self.id))

    def _parent(self, offices: Iterable[Office] | None = None) -> Office | None:
        if self.parent_id is None:
            return None
        if offices is not None:
            if isinstance(offices, str | bytes) or not isinstance(offices, Iterable):
                raise InvalidTypeError(
                    "offices must be a registry or an iterable of kzsocial.registry.Office, "
                    f"got {type(offices).__name__}"
                )
            for office in offices:
                if not isinstance(office, Office):
                    raise InvalidTypeError(
                        f"offices must hold kzsocial.registry.Office values, got {type(office).__name__}"
                    )
                if office.id == self.parent_id:
                    return office
            return None
        if not _PACKAGED_OFFICES:
            return None
        try:
            parent: Office = _PACKAGED_OFFICES[0]().get(self.parent_id)
        except LookupError:
            return None
        return parent

    def is_open(
        self,
        at: dt.datetime,
        *,
        service: ServiceView | None = None,
        calendar: WorkCalendar | None = None,
        services: Iterable[ServiceView] | None = None,
        offices: Iterable[Office] | None = None,
    ) -> bool:
        """Whether the office is open at ``at``, by the hours that apply (:meth:`effective_hours` for ``service``
        or ``services``), holidays and days off of ``calendar`` (the default Kazakhstan calendar) included. A naive
        ``at`` is office-local; an aware one is converted to the office's time zone.
        :class:`~kzsocial.errors.NotStatedError` with the reason when nothing gives this office hours.

        >>> from kzsocial.registry import offices
        >>> office = offices().get("mangystau/employment-dept-aktau")
        >>> office.hours_text("ru")
        'Пн–Пт 09:00–18:30, перерыв 12:30–14:00'
        >>> office.is_open(dt.datetime(2024, 11, 25, 10, 30)), office.is_open(dt.datetime(2024, 11, 25, 13, 30))
        (True, False)
        >>> office.is_open(dt.datetime(2024, 12, 16, 10, 30))  # Independence Day
        False
        """
        if not isinstance(at, dt.datetime):
            raise InvalidTypeError(f"at must be a datetime.datetime, got {type(at).__name__}")
        eff = self.effective_hours(service, services=services, offices=offices)
        if eff.hours is None:
            from kzsocial.errors import NotStatedError

            raise NotStatedError(f"office {self.id!r}: {eff.reason.en}")
        if at.tzinfo is not None and eff.hours.tz is None:
            from zoneinfo import ZoneInfo

            at = at.astimezone(ZoneInfo(self.timezone)).replace(tzinfo=None)
        return eff.hours.is_open(at, calendar)

    def hours_text(
        self,
        lang: str = "kk",
        *,
        service: ServiceView | None = None,
        services: Iterable[ServiceView] | None = None,
        offices: Iterable[Office] | None = None,
    ) -> str:
        """The hours that apply (:meth:`effective_hours`) as text in ``lang``, e.g. ``'Пн–Пт 09:00–18:00,
        перерыв 13:00–14:00'``; when nothing gives hours, the reason."""
        return self.effective_hours(service, services=services, offices=offices).text(lang)

    def next_reception(self, after: dt.datetime, *, calendar: object = None) -> ReceptionSlot:
        """The earliest next reception of any of this office's heads, skipping holidays.

        Schedules the act words too loosely to compute («айына бір рет») are left out.
        """
        from kzsocial.errors import NotStatedError

        if not isinstance(after, dt.datetime):
            raise InvalidTypeError(f"after must be a datetime, got {type(after).__name__}")
        computable = [s for s in self.reception if s.computable]
        if not computable:
            what = "no reception schedule" if not self.reception else "no reception schedule precise enough to compute"
            raise NotStatedError(f"office {self.id!r} has {what} in its act")
        return min((s.next_reception(after, calendar=calendar) for s in computable), key=lambda slot: slot.start)


_REASONS: dict[str, LocalizedText] = {
    "office": LocalizedText(
        "актіде осы мекеменің өз жұмыс уақыты көрсетілген",
        ru="в акте указан собственный режим работы этого учреждения",
        en="the act prints this office's own hours",
    ),
}

_TEMPLATES: dict[str, tuple[str, str, str]] = {
    "service": (
        "актіде осы мекеменің жұмыс уақыты жоқ; қызметтің өз жұмыс кестесі қолданылады ({})",
        "в акте нет режима работы этого учреждения; применяется режим работы самой услуги ({})",
        "the act prints no hours for this office; the service's own hours apply ({})",
    ),
    "intake": (
        "актіде осы мекеменің жұмыс уақыты жоқ; қызметтің құжат қабылдау уақыты қолданылады ({})",
        "в акте нет режима работы этого учреждения; применяется время приема документов по услуге ({})",
        "the act prints no hours for this office; the service's document-intake hours apply ({})",
    ),
    "parent": (
        "актіде осы мекеменің жұмыс уақыты жоқ; жоғары тұрған мекеменің уақыты қолданылады ({})",
        "в акте нет режима работы этого учреждения; применяется режим вышестоящего учреждения ({})",
        "the act prints no hours for this office; its parent office's hours apply ({})",
    ),
    "services": (
        "актіде осы мекеменің жұмыс уақыты жоқ; оның барлық қызметтерінің актідегі уақыты бірдей ({})",
        "в акте нет режима работы этого учреждения; у всех его услуг в акте один режим ({})",
        "the act prints no hours for this office; every service it provides states these hours ({})",
    ),
    "differ": (
        "актіде осы мекеменің жұмыс уақыты жоқ, ал қызметтерінің уақыты әртүрлі: қызметті атаңыз ({})",
        "в акте нет режима работы этого учреждения, а режимы его услуг различаются: укажите услугу ({})",
        "the act prints no hours for this office and its services state different hours: name the service ({})",
    ),
    "unasked": (
        "актіде осы мекеменің де, жоғары тұрған мекеменің де жұмыс уақыты жоқ; қызметтерінің уақыты қаралмады: "
        "қызметті атаңыз ({})",
        "в акте нет режима работы ни этого учреждения, ни вышестоящего; режимы его услуг не рассматривались: "
        "укажите услугу ({})",
        "the act prints no hours for this office or its parent office; its services' hours were not consulted: "
        "name the service ({})",
    ),
    "none": (
        "актіде осы мекеменің, жоғары тұрған мекеменің де, қызметтерінің де жұмыс уақыты жоқ ({})",
        "в акте нет режима работы ни этого учреждения, ни вышестоящего, ни его услуг ({})",
        "the act prints no hours for this office, its parent office or its services ({})",
    ),
}


def _reason(kind: str, what: str) -> LocalizedText:
    kk, ru, en = _TEMPLATES[kind]
    return LocalizedText(kk.format(what), ru=ru.format(what), en=en.format(what))
