"""Process timelines: when each step of a regulation starts and by when, at the latest, it ends.

A regulation (the 2015 North Kazakhstan act) lists, per channel, the actions of the provider's employee, head and
executor, the public service centre, the portal and the rural akim, each with a maximum duration as written
(«10 (он) минуттан аспайды», «1 (бір) жұмыс күнінен аспайды»). :func:`timeline` lays them end to end from the
moment of submission:

- minutes and hours are the office's working time (breaks, nights, weekends and holidays do not count);
- *n* working days end at the same clock time on the *n*-th following working day (a start outside the office's
  hours is first moved to the next opening, as an application received after hours is registered the next
  working day); calendar days and months, which this act does not use, end when the office closes on the last
  day, moved to the next working day when that day is off;
- steps run one after another unless the act says a step runs alongside another (``parallel_with``);
- the applicant's own opening actions («applies to the centre», the portal's «registers, fills in, signs») are the
  application itself and take no time;
- a later step the act gives no maximum for is reported as such: its end, every later step and the final moment
  are unknown (None), never guessed.

Where the act is inconsistent (a courier step of «1 minute», a unit mixing calendar and working days), the
timeline uses the act's wording and each affected step's trace quotes the recorded data issue.

>>> import datetime as dt
>>> from kzsocial.calendar import OfficeHours, Term
>>> from kzsocial.provenance import LocalizedText, Source
>>> from kzsocial.services import Channel, ProcessStep, ServiceDefinition, ServiceKind, StepActor, StepDuration
>>> src = Source("004_c30395a18cd71827.txt", 73, "10 (он) минуттан аспайды")
>>> def step(order, actor, value, unit):
...     return ProcessStep(Channel.PROVIDER, order, actor, LocalizedText("..."), src, StepDuration(Term(value, unit)))
>>> steps = (step(1, StepActor.PROVIDER_EMPLOYEE, 10, "minutes"), step(2, StepActor.PROVIDER_HEAD, 1, "working_days"))
>>> demo = ServiceDefinition("demo/unemployed", ServiceKind.REGULATION, "demo", "1", LocalizedText("..."), src,
...     steps=steps)
>>> hours = OfficeHours.weekly("09:00", "17:30", breaks=[("13:00", "14:30")])

Submitted at 17:25 on Thursday 31 December 2015, five minutes before closing: 1-2 January are holidays and the
2nd fell on a Saturday, so Monday 4 January was off too; the 10 minutes end at 9:05 on Tuesday 5 January and the
working day at the same clock time on Wednesday:

>>> t = timeline(demo, "provider", dt.datetime(2015, 12, 31, 17, 25), office=hours)
>>> [(s.start.isoformat(" "), s.end.isoformat(" ")) for s in t.steps]
[('2015-12-31 17:25:00', '2016-01-05 09:05:00'), ('2016-01-05 09:05:00', '2016-01-06 09:05:00')]
>>> t.end == t.steps[-1].end
True
"""

from __future__ import annotations

import datetime as dt
import enum
from zoneinfo import ZoneInfo

from attrs import frozen
from dateutil.relativedelta import relativedelta

from kzsocial.calendar import OfficeHours, TermUnit, WorkCalendar, default_calendar
from kzsocial.calendar._zone import attach
from kzsocial.errors import InvalidInputError, InvalidTypeError
from kzsocial.provenance import DataIssue
from kzsocial.registry._office import Office
from kzsocial.serde import DictForm
from kzsocial.services._definition import ServiceDefinition
from kzsocial.services._documents import Channel, channel_of
from kzsocial.services._process import ProcessStep, StepActor

__all__ = ["StepRule", "StepTiming", "Timeline", "timeline"]


class StepRule(enum.Enum):
    """How a step's latest end was found."""

    APPLICATION = "application"
    """The applicant's own action that makes the application: it takes no time."""
    WORKING_TIME = "working_time"
    """Minutes or hours of the office's working time."""
    WORKING_DAYS = "working_days"
    """The same clock time on the n-th following working day."""
    CALENDAR_DAYS = "calendar_days"
    """By the office's close n days later (the next working day when that day is off)."""
    MONTHS = "months"
    """By the office's close on the same day n months later (the next working day when that day is off)."""
    UNBOUNDED = "unbounded"
    """The act gives no maximum duration: the end is unknown."""
    UNKNOWN = "unknown"
    """An earlier step has no maximum duration, so this step's start and end are unknown."""


@frozen
class StepTiming:
    """One step of a timeline: its start and its latest end (``None`` where the act does not allow one)."""

    step: ProcessStep
    """The regulation's process step (its order, actor, action and maximum duration)."""
    start: dt.datetime | None
    """When the step starts (the previous step's latest end); ``None`` when an earlier step has no maximum."""
    end: dt.datetime | None
    """The step's latest end in the office's working time; ``None`` when the act gives no maximum (``rule`` says which
    case)."""
    rule: StepRule
    """How the latest end was found (working time, working or calendar days, months) or why it is unknown."""
    trace: tuple[str, ...] = ()
    """How the end was counted, in plain words (the act's maximum as printed and its reading)."""

    @property
    def bounded(self) -> bool:
        """True when the end is known."""
        return self.end is not None


@frozen
class Timeline(DictForm):
    """Every step of one channel of a regulation, from ``submitted_at``, and the final latest moment."""

    service_id: str
    """The regulation's service id (``nko-2015/...``)."""
    channel: Channel
    """The channel whose steps are laid out."""
    variant: str | None
    """The sub-service, for a regulation whose steps differ by it (``worker-permit``, ...); ``None`` otherwise."""
    submitted_at: dt.datetime
    """When the application was made, office-local: the first step's start."""
    steps: tuple[StepTiming, ...]
    """Every step of the channel, in order, each with its start and latest end."""
    end: dt.datetime | None
    """The latest moment the whole process may end; ``None`` when some step has no maximum duration."""
    data_version: str
    """The calendar data the working days were counted with."""
    trace: tuple[str, ...] = ()
    """Notes on the whole timeline in plain words: whose hours measure working time, how steps follow each other, the
    calendar data, the regulation's data issues."""

    @property
    def complete(self) -> bool:
        """True when every step's end, and so the final moment, is known."""
        return self.end is not None

    def explain(self) -> str:
        """The timeline in plain words, one line per step, then the notes."""
        lines = [f"{self.service_id} via {self.channel.value}" + (f" ({self.variant})" if self.variant else "")]
        lines.append(f"submitted {self.submitted_at.isoformat(' ')}")
        for s in self.steps:
            start = "?" if s.start is None else s.start.isoformat(" ")
            end = "?" if s.end is None else s.end.isoformat(" ")
            raw = "" if s.step.max is None else f" [{s.step.max.raw or s.step.max.term}]"
            lines.append(f"{s.step.order:>3}. {s.step.actor.value}: {start} → {end}{raw}")
            lines.extend(f"       {t}" for t in s.trace)
        lines.append("ends by " + ("unknown" if self.end is None else self.end.isoformat(" ")))
        lines.extend(f"note: {t}" for t in self.trace)
        return "\n".join(lines)


# -- computing ------------------------------------------------------------------------------------------------


def _hours_of(office: Office | OfficeHours) -> tuple[OfficeHours, str]:
    if isinstance(office, OfficeHours):
        return office, "the given office hours"
    if isinstance(office, Office):
        if office.hours is None:
            raise InvalidInputError(f"office {office.id!r} has no recorded hours; pass OfficeHours instead")
        hours = office.hours
        if hours.tz is None:
            hours = OfficeHours(hours.days, tz=office.timezone, exceptions=hours.exceptions)
        return hours, f"the hours of {office.id}"
    raise InvalidTypeError(f"office must be an Office, an office id or OfficeHours, got {type(office).__name__}")


def _at_clock(
    hours: OfficeHours, day: dt.date, clock: dt.time, zone: dt.tzinfo | None, calendar: WorkCalendar
) -> tuple[dt.datetime, str | None]:
    """``clock`` on ``day``, kept inside the office's hours of that day (the latest such moment not after it)."""
    target = dt.datetime.combine(day, clock)
    intervals = hours.hours_on(day, calendar)
    if not intervals:
        return _aware(target, zone), f"the office is closed on {day}; the end is kept at {clock}"
    for iv in intervals:
        if iv.start <= clock <= iv.end:
            return _aware(target, zone), None
    before = [iv.end for iv in intervals if iv.end <= clock]
    if before:
        moved = dt.datetime.combine(day, before[-1])
        return _aware(moved, zone), f"{clock} is outside the office's hours on {day}; ends at {before[-1]}"
    first = dt.datetime.combine(day, intervals[0].start)
    return _aware(first, zone), f"{clock} is before the office opens on {day}; ends at {intervals[0].start}"


def _local(moment: dt.datetime, hours: OfficeHours) -> tuple[dt.datetime, dt.tzinfo | None]:
    if moment.tzinfo is not None and moment.utcoffset() is not None:
        if hours.tz is None:
            raise InvalidInputError(
                f"{moment.isoformat()} is time-zone aware but the office hours have no time zone; pass a naive "
                "office-local datetime or hours with a tz such as 'Asia/Almaty'"
            )
        zone = ZoneInfo(hours.tz)
        return moment.astimezone(zone), zone
    return moment, None


def _closing(hours: OfficeHours, day: dt.date, zone: dt.tzinfo | None, calendar: WorkCalendar) -> dt.datetime:
    """When the office closes on ``day`` (the end of the day if it does not open then)."""
    closes = hours.closes_on(day, calendar)  # a real instant (the second pass of a repeated hour)
    if closes is not None:
        if closes.tzinfo is None or zone is not None:
            return closes if zone is None else closes.astimezone(zone)
        return closes.replace(tzinfo=None)  # naive office-local, fold kept
    return _aware(dt.datetime.combine(day, dt.time(23, 59)), zone)


def _aware(moment: dt.datetime, zone: dt.tzinfo | None) -> dt.datetime:
    """``moment`` (office-local) as a real instant in ``zone`` (see :func:`kzsocial.calendar._zone.attach`)."""
    return moment if zone is None else attach(moment, zone)


def _utc(moment: dt.datetime) -> dt.datetime:
    """For comparisons: within one zone ``<`` and ``==`` compare wall times and ignore ``fold``."""
    return moment if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _registered(hours: OfficeHours, at: dt.datetime, calendar: WorkCalendar) -> dt.datetime:
    """The first moment from ``at`` (naive, office-local) when the office is open on a working day.

    An application received after hours or on a day off is registered on the next working day; days are counted
    from there.
    """
    opened = hours.next_open(at, calendar)
    while not calendar.is_working_day(opened.date()):
        if (opened.date() - at.date()).days > 366:
            raise InvalidInputError(
                f"the office is not open on any working day in the year after {at.isoformat(' ')}; "
                "working days cannot be counted in its hours"
            )
        opened = hours.next_open(dt.datetime.combine(opened.date() + dt.timedelta(days=1), dt.time()), calendar)
    return opened


def _next_working(day: dt.date, calendar: WorkCalendar) -> dt.date:
    return day if calendar.is_working_day(day) else calendar.next_working_day(day)


def _issue_notes(step: ProcessStep, issues: tuple[DataIssue, ...]) -> list[str]:
    """The data issues recorded on this step's line: the timeline uses the act's wording."""
    notes = []
    for issue in issues:
        places = [p for p in (issue.source, *issue.related) if p is not None]
        if any(p.line == step.source.line and p.file == step.source.file for p in places):
            tail = "" if "timeline uses" in issue.message else " The timeline uses the act's wording."
            notes.append(f"data issue {issue.code}: {issue.message}{tail}")
    return notes


def _end_of(
    step: ProcessStep, start: dt.datetime, hours: OfficeHours, calendar: WorkCalendar
) -> tuple[dt.datetime, StepRule, list[str]]:
    assert step.max is not None
    term = step.max.term
    unit, n = term.unit, term.value
    raw = step.max.raw or str(term)
    words = unit.value.replace("_", " ")
    notes = [f"at most {raw} ({n} {words[:-1] if n == 1 else words})"]
    if unit.is_working_time:
        minutes = n if unit is TermUnit.MINUTES else 60 * n
        end = hours.add_working_time(start, dt.timedelta(minutes=minutes), calendar)
        return end, StepRule.WORKING_TIME, notes
    local, zone = _local(start, hours)
    base = _registered(hours, local.replace(tzinfo=None), calendar)
    opened = _aware(base, zone)
    if _utc(opened) != _utc(local):
        notes.append(
            "the office is closed at the start (or it is not a working day); counting from its next opening on a "
            f"working day {base.isoformat(' ')}"
        )
    if n == 0:
        notes.append("a term of zero days takes no time")
        return opened, StepRule.WORKING_DAYS if unit is TermUnit.WORKING_DAYS else StepRule.CALENDAR_DAYS, notes
    if unit in (TermUnit.WORKING_DAYS, TermUnit.BANKING_DAYS):
        day = calendar.add_working_days(base.date(), n)
        rule = StepRule.WORKING_DAYS
        if unit is TermUnit.BANKING_DAYS:
            notes.append("banking days are counted as working days")
    elif unit in (TermUnit.CALENDAR_DAYS, TermUnit.DAYS_UNQUALIFIED, TermUnit.MONTHS):
        if unit is TermUnit.MONTHS:
            plain = base.date() + relativedelta(months=n)
            rule = StepRule.MONTHS
        else:
            plain = base.date() + dt.timedelta(days=n)
            rule = StepRule.CALENDAR_DAYS
        day = _next_working(plain, calendar)
        end = _closing(hours, day, zone, calendar)
        if day != plain:
            notes.append(f"{plain} is not a working day; the step ends on the next working day {day}")
        notes.append("a term in calendar days or months ends when the office closes on its last day")
        if unit is TermUnit.DAYS_UNQUALIFIED:
            working, clamp = _at_clock(hours, calendar.add_working_days(base.date(), n), base.time(), zone, calendar)
            notes.append("the act says only «күн» (days): read as calendar and as working days, the later end kept")
            if _utc(working) > _utc(end):
                end, rule = working, StepRule.WORKING_DAYS
                notes.extend([clamp] if clamp else [])
        return end, rule, notes
    else:  # pragma: no cover - every TermUnit is handled above
        raise InvalidInputError(f"cannot count a step in {unit.value}")
    end, clamp = _at_clock(hours, day, base.time(), zone, calendar)
    if clamp:
        notes.append(clamp)
    return end, rule, notes


def timeline(
    regulation: ServiceDefinition,
    channel: Channel | str,
    submitted_at: dt.datetime,
    *,
    office: Office | OfficeHours,
    calendar: WorkCalendar | None = None,
    variant: str | None = None,
) -> Timeline:
    """The steps of ``regulation`` on ``channel`` laid out from ``submitted_at`` in ``office``'s working time.

    ``office`` is an :class:`~kzsocial.registry.Office` (its recorded hours and time zone) or
    :class:`~kzsocial.calendar.OfficeHours`. ``submitted_at`` is naive office-local time or aware (then the answers
    are aware in the office's zone). ``variant`` chooses the sub-service of a regulation that covers several
    (required when the channel's steps differ by variant). ``calendar`` defaults to
    :func:`~kzsocial.calendar.default_calendar`.
    """
    if not isinstance(regulation, ServiceDefinition):
        raise InvalidTypeError(f"regulation must be a ServiceDefinition, got {type(regulation).__name__}")
    if not isinstance(submitted_at, dt.datetime):
        raise InvalidTypeError(f"submitted_at must be a datetime.datetime, got {type(submitted_at).__name__}")
    if calendar is None:
        calendar = default_calendar()
    elif not isinstance(calendar, WorkCalendar):
        raise InvalidTypeError(f"calendar must be a WorkCalendar or None, got {type(calendar).__name__}")
    if channel is None:
        raise InvalidTypeError(
            "channel must be a Channel or one of " + ", ".join(c.value for c in Channel) + "; got None"
        )
    ch = channel_of(channel)
    if ch is None:  # pragma: no cover - _channel returns None only for None
        raise InvalidTypeError("channel must be a Channel or str")
    if isinstance(office, str):
        from kzsocial.registry._registry import office_of

        office = office_of(office) or office
    if variant is not None and not isinstance(variant, str):
        raise InvalidTypeError(f"variant must be a str or None, got {type(variant).__name__}")
    hours, hours_note = _hours_of(office)
    all_steps = regulation.steps_for(ch)
    if not all_steps:
        offered = sorted({s.channel.value for s in regulation.steps})
        raise InvalidInputError(
            f"{regulation.id} describes no steps on channel {ch.value!r}; channels with steps: "
            + (", ".join(offered) or "none (not a regulation)")
        )
    variants = sorted({s.variant for s in all_steps if s.variant is not None})
    if variant is None and variants:
        raise InvalidInputError(
            f"{regulation.id} has several procedures on channel {ch.value!r}; choose variant= one of "
            + ", ".join(variants)
        )
    if variant is not None and variant not in variants:
        accepted = ", ".join(variants) or "none (the channel's steps do not differ by variant)"
        raise InvalidInputError(
            f"{regulation.id}: unknown variant {variant!r} on channel {ch.value!r}; accepted: {accepted}"
        )
    steps = regulation.steps_for(ch, variant=variant)
    _local(submitted_at, hours)  # an aware time needs hours with a zone

    timings: list[StepTiming] = []
    starts: dict[int, dt.datetime] = {}
    cursor = submitted_at
    leading = True
    unknown_after: ProcessStep | None = None
    for step in steps:
        if unknown_after is not None:
            timings.append(
                StepTiming(
                    step,
                    None,
                    None,
                    StepRule.UNKNOWN,
                    (f"unknown: step {unknown_after.order} before it has no maximum duration in the act",),
                )
            )
            continue
        start = starts.get(step.parallel_with, cursor) if step.parallel_with is not None else cursor
        notes = _issue_notes(step, regulation.data_issues)
        if step.parallel_with is not None:
            notes.insert(0, f"runs alongside step {step.parallel_with}, as the act says")
        starts[step.order] = start
        if leading and step.actor is StepActor.APPLICANT and step.max is None:
            notes.insert(0, "the applicant's own action that makes the application: counted at the submission")
            timings.append(StepTiming(step, start, start, StepRule.APPLICATION, tuple(notes)))
            continue
        leading = False
        if step.max is None:
            notes.insert(
                0,
                "the act gives no maximum duration for this step; none is guessed, so this step's "
                "end, the later steps and the final moment are unknown",
            )
            timings.append(StepTiming(step, start, None, StepRule.UNBOUNDED, tuple(notes)))
            unknown_after = step
            continue
        end, rule, how = _end_of(step, start, hours, calendar)
        timings.append(StepTiming(step, start, end, rule, tuple(how + notes)))
        cursor = max(cursor, end, key=_utc)
    final = (
        None
        if unknown_after is not None
        else max((t.end for t in timings if t.end is not None), default=submitted_at, key=_utc)
    )
    trace = [
        f"working time is measured in {hours_note}",
        "steps run one after another unless the act says a step runs alongside another",
        f"calendar data: {calendar.data_version}",
    ]
    hourless = {"centre_operator", "centre_courier", "centre_storage", "akim", "commission", "other"}
    others = sorted({t.step.actor.value for t in timings} & hourless)
    if others:
        trace.append(
            "the act gives no hours for the centre, the rural akim or the commissions; their steps ("
            + ", ".join(others)
            + ") are counted in the same office hours"
        )
    if variant is not None:
        trace.append(f"procedure (variant): {variant}")
    trace.extend(
        f"regulation's data issue {i.code}: {i.message}"
        for i in regulation.data_issues
        if "no overall term" in i.message
    )
    return Timeline(
        regulation.id, ch, variant, submitted_at, tuple(timings), final, calendar.data_version, tuple(trace)
    )
