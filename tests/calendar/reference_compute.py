"""FROZEN REFERENCE — the eager code path of ``compute_deadline`` as it was before the lazy trace (issue 15,
part 1), kept verbatim (only this docstring and the imports of public names from
``kzsocial.calendar`` instead of its private modules differ) so that ``test_lazy_trace.py`` can compare the new
``kzsocial.calendar.compute_deadline`` against it: same results, same trace in every language.

Do not "fix" or speed up this file: it is the slow obvious reference. It builds every step's kk/ru/en text while
it computes, and returns a :class:`~kzsocial.calendar.Deadline` with the trace given eagerly. It is loaded by file
path (``tests/`` is on ``sys.path`` and a package named ``calendar`` would shadow the standard library's).

The original module docstring follows.

Deadlines: a term, a submission (or another starting event), office hours, a calendar and counting rules.

>>> import datetime as dt
>>> from kzsocial.calendar import OfficeHours, Term
>>> hours = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")])
>>> d = compute_deadline(Term(10, "calendar_days"), dt.datetime(2008, 12, 26, 18, 30), hours=hours)
>>> d.registered_at, d.last_day, d.due_at
(datetime.datetime(2008, 12, 29, 9, 0), datetime.date(2009, 1, 8), datetime.datetime(2009, 1, 8, 18, 0))
>>> print(d.trace[0].text.en)
[rule 1] Submitted 2008-12-26 (Friday) 18:30 outside the office's open time (after closing): registered at ...
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from dateutil.relativedelta import relativedelta

from kzsocial.calendar import (
    CountingPolicy,
    DayExplanation,
    Deadline,
    OfficeHours,
    StagedTerm,
    Term,
    TermStage,
    TermUnit,
    TraceStep,
    WorkCalendar,
    default_calendar,
    term_text,
)
from kzsocial.calendar._text import (
    Language,
    LocalText,
    format_date,
    format_moment,
    ru_plural,
)
from kzsocial.calendar._zone import attach, normalise, tz_version
from kzsocial.errors import DateOutOfRangeError, InvalidInputError, InvalidTypeError

__all__ = ["compute_deadline"]

_END_OF_DAY = dt.time.max

# -- computing -------------------------------------------------------------------------------------------------------


def _step(rule: int, key: str, kk: str, ru: str, en: str, facts: tuple[DayExplanation, ...] = ()) -> TraceStep:
    prefix = LocalText(f"[{rule}-ереже] ", f"[правило {rule}] ", f"[rule {rule}] ") if rule else None
    if prefix is None:
        return TraceStep(rule, key, LocalText(kk, ru, en), facts)
    return TraceStep(rule, key, LocalText(prefix.kk + kk, prefix.get("ru") + ru, prefix.get("en") + en), facts)


def _lt(make: Callable[[Language], str]) -> tuple[str, str, str]:
    return make("kk"), make("ru"), make("en")


class _Ctx:
    """What one computation needs, normalised once."""

    def __init__(
        self,
        hours: OfficeHours | None,
        calendar: WorkCalendar,
        banking: WorkCalendar | None,
        policy: CountingPolicy,
        zone: dt.tzinfo | None,
    ) -> None:
        self.hours = hours
        self.calendar = calendar
        self.banking = banking
        self.policy = policy
        self.zone = zone
        self.banking_used = False
        # The office's clock: naive moments are wall times on it (fold set), compared as real instants.
        self.clock = zone if zone is not None else (hours._zone() if hours is not None else None)

    def aware(self, moment: dt.datetime) -> dt.datetime:
        return moment if self.zone is None else attach(moment, self.zone)

    def local(self, moment: dt.datetime) -> dt.datetime:
        """A naive office-local moment (a real one: ``fold`` set on a repeated hour, no skipped time)."""
        if moment.tzinfo is None or moment.utcoffset() is None:
            return normalise(moment.replace(tzinfo=None), self.clock)
        if self.zone is not None:
            return moment.astimezone(self.zone).replace(tzinfo=None)
        return moment.replace(tzinfo=None)

    def earlier(self, a: dt.datetime, b: dt.datetime) -> bool:
        """Whether naive local ``a`` is a real instant before ``b``."""
        if self.clock is None:
            return a < b
        return attach(a, self.clock) < attach(b, self.clock).astimezone(dt.UTC)


def _why_closed(hours: OfficeHours, at: dt.datetime, cal: WorkCalendar) -> tuple[str, str, str]:
    intervals = hours.hours_on(at.date(), cal)
    t = at.time()
    if not intervals:
        reasons = cal.explain(at.date())
        return (
            f"мекеме жабық күні: {reasons.reasons('kk')}",
            f"в день, когда учреждение закрыто: {reasons.reasons('ru')}",
            f"on a day the office is closed: {reasons.reasons('en')}",
        )
    if t < intervals[0].start:
        return "ашылғанға дейін", "до открытия", "before opening"
    if t >= intervals[-1].end:
        return "жабылғаннан кейін", "после закрытия", "after closing"
    return "үзіліс кезінде", "в перерыв", "in a break"


def _register(
    ctx: _Ctx, submitted: dt.datetime | None, event_at: dt.datetime | None, event: str | None
) -> tuple[dt.datetime, TraceStep]:
    """(the naive local moment counting starts, the step saying why)."""
    if event_at is not None:
        at = ctx.local(event_at)
        name = event or None
        names = (name or "бастапқы оқиға", name or "начальное событие", name or "the starting event")
        return at, _step(
            0,
            "start_event",
            f"Мерзім «{names[0]}» оқиғасынан, {format_moment(at, 'kk')}, басталады; бұл өтініш беру емес, "
            "сондықтан тіркеу қадамы жоқ.",
            f"Срок исчисляется с события «{names[1]}», {format_moment(at, 'ru')}; это не подача обращения, "
            "поэтому шага регистрации нет.",
            f"The term runs from {names[2]} at {format_moment(at, 'en')}; that is not a submission, so there is "
            "no registration step.",
        )
    assert submitted is not None
    at = ctx.local(submitted)
    hours = ctx.hours
    if hours is None:
        return at, _step(
            1,
            "registration",
            f"{format_moment(at, 'kk')} берілді; мекеменің жұмыс уақыты белгісіз, сондықтан сол сәтте тіркелген "
            "деп есептеледі.",
            f"Подано {format_moment(at, 'ru')}; часы работы учреждения неизвестны, поэтому обращение считается "
            "зарегистрированным в момент подачи.",
            f"Submitted {format_moment(at, 'en')}; the office's hours are not known, so it counts as registered at "
            "that moment.",
        )
    if not ctx.policy.register_at_next_opening:
        return at, _step(
            1,
            "registration",
            f"{format_moment(at, 'kk')} берілді: сол сәтте тіркелді (1-ереже саясатпен өшірілген).",
            f"Подано {format_moment(at, 'ru')}: зарегистрировано в момент подачи (правило 1 отключено политикой).",
            f"Submitted {format_moment(at, 'en')}: registered at that moment (rule 1 is switched off by the policy).",
        )
    if hours.is_open(at, ctx.calendar):
        return at, _step(
            1,
            "registration",
            f"{format_moment(at, 'kk')} жұмыс уақытында берілді: сол сәтте тіркелді.",
            f"Подано {format_moment(at, 'ru')} в часы работы: зарегистрировано в тот же момент.",
            f"Submitted {format_moment(at, 'en')} while the office was open: registered at that moment.",
        )
    registered = hours.next_open(at, ctx.calendar)
    why = _why_closed(hours, at, ctx.calendar)
    return registered, _step(
        1,
        "registration",
        f"{format_moment(at, 'kk')} жұмыс уақытынан тыс берілді ({why[0]}): келесі ашылған сәтте, "
        f"{format_moment(registered, 'kk')}, тіркелді.",
        f"Подано {format_moment(at, 'ru')} вне часов работы ({why[1]}): зарегистрировано при ближайшем открытии, "
        f"{format_moment(registered, 'ru')}.",
        f"Submitted {format_moment(at, 'en')} outside the office's open time ({why[2]}): registered at the next "
        f"opening, {format_moment(registered, 'en')}.",
    )


def _add_months(day: dt.date, n: int) -> dt.date:
    try:
        return day + relativedelta(months=n)
    except (ValueError, OverflowError) as exc:  # beyond year 9999
        raise DateOutOfRangeError(f"{n} months after {day} is beyond year 9999") from exc


def _nth_working_day(cal: WorkCalendar, anchor: dt.date, n: int) -> dt.date:
    """The ``n``-th working day after ``anchor`` (``n > 0``), also when ``anchor`` is the day before the range
    (the registration day 1991-01-01 counted as day 1)."""
    if anchor < cal.MIN_DATE:
        first = anchor + dt.timedelta(days=1)
        return cal.add_working_days(first, n - 1 if cal.is_working_day(first) else n)
    return cal.add_working_days(anchor, n)


def _special_list(cal: WorkCalendar, after: dt.date, until: dt.date, lang: Language) -> str:
    lead = []
    if after < cal.MIN_DATE <= until:  # the day before the range: its first day is on the way
        after = cal.MIN_DATE
        lead = [e for e in (cal.explain(after),) if e.facts]
    days = lead + (cal.special_days(after, until) if after < until else [])
    if not days:
        return ""
    shown = "; ".join(f"{format_date(e.date, lang)}: {e.reasons(lang)}" for e in days[:8])
    more = len(days) - 8
    if more > 0:
        shown += {"kk": f"; тағы {more}", "ru": f"; и ещё {more}", "en": f"; and {more} more"}[lang]
    head = {
        "kk": " Аралықтағы ерекше күндер: ",
        "ru": " Особые дни в этом промежутке: ",
        "en": " Special days on the way: ",
    }[lang]
    return head + shown + "."


def _move_off(ctx: _Ctx, day: dt.date, rule: int, steps: list[TraceStep]) -> dt.date:
    cal = ctx.calendar
    if cal.is_working_day(day):
        return day
    why = cal.explain(day)
    if not ctx.policy.move_off_non_working_day:
        steps.append(
            _step(
                rule,
                "no_move",
                f"{format_date(day, 'kk')} — жұмыс күні емес ({why.reasons('kk')}); саясат соңғы күнді ауыстырмайды.",
                f"{format_date(day, 'ru')} — нерабочий день ({why.reasons('ru')}); политика не переносит последний "
                "день.",
                f"{format_date(day, 'en')} is not a working day ({why.reasons('en')}); the policy does not move "
                "the last day.",
                (why,),
            )
        )
        return day
    moved = cal.next_working_day(day)
    target = cal.explain(moved)
    extra = _lt(lambda lang: f" ({target.reasons(lang)})" if target.facts else "")
    steps.append(
        _step(
            3,
            "move_off_non_working_day",
            f"{format_date(day, 'kk')} — жұмыс күні емес ({why.reasons('kk')}): мерзім келесі жұмыс күні, "
            f"{format_date(moved, 'kk')}{extra[0]}, аяқталады.",
            f"{format_date(day, 'ru')} — нерабочий день ({why.reasons('ru')}): срок оканчивается в ближайший "
            f"рабочий день, {format_date(moved, 'ru')}{extra[1]}.",
            f"{format_date(day, 'en')} is not a working day ({why.reasons('en')}): the term ends on the next "
            f"working day, {format_date(moved, 'en')}{extra[2]}.",
            (why, target),
        )
    )
    return moved


def _last_day(ctx: _Ctx, term: Term, start: dt.datetime, steps: list[TraceStep]) -> dt.date:
    """The last day of a day or month term counted from ``start`` (naive local)."""
    unit = term.unit
    n = term.value
    if unit is TermUnit.DAYS_UNQUALIFIED:
        unit = ctx.policy.unqualified_days
        as_kk, as_ru, as_en = {
            TermUnit.CALENDAR_DAYS: ("күнтізбелік күнмен", "в календарных днях", "calendar days"),
            TermUnit.WORKING_DAYS: ("жұмыс күнімен", "в рабочих днях", "working days"),
        }[unit]
        steps.append(
            _step(
                6,
                "unqualified_days",
                "Актіде тек «күн» делінген, күнтізбелік пе, жұмыс күні ме — көрсетілмеген: мерзім екіұшты; "
                f"саясат бойынша {as_kk} есептеледі.",
                "В акте сказано просто «күн» (дни), без указания, календарные или рабочие: срок неоднозначен; "
                f"по политике он считается {as_ru}.",
                "The act says only «күн» (days), not calendar or working days: the term is ambiguous; the policy "
                f"counts it as {as_en}.",
            )
        )
    registered_day = start.date()
    if ctx.policy.count_from_next_day:
        anchor = registered_day
        first = registered_day + dt.timedelta(days=1)
        steps.append(
            _step(
                2,
                "start_next_day",
                f"Мерзім {format_date(registered_day, 'kk')} күнінің келесі күнінен басталады: бірінші күн — "
                f"{format_date(first, 'kk')}.",
                f"Срок начинается со дня, следующего за {format_date(registered_day, 'ru')}: первый день — "
                f"{format_date(first, 'ru')}.",
                f"The term runs from the day after {format_date(registered_day, 'en')}: day 1 is "
                f"{format_date(first, 'en')}.",
            )
        )
    else:
        anchor = registered_day - dt.timedelta(days=1)
        steps.append(
            _step(
                2,
                "start_same_day",
                f"Саясат бойынша {format_date(registered_day, 'kk')} күнінің өзі бірінші күн болып есептеледі.",
                f"По политике первым днём считается сам день {format_date(registered_day, 'ru')}.",
                f"The policy counts {format_date(registered_day, 'en')} itself as day 1.",
            )
        )
    cal = ctx.calendar
    try:
        if unit is TermUnit.CALENDAR_DAYS:
            day = max(anchor + dt.timedelta(days=n), registered_day)  # never before it starts
            cal.explain(day)  # range check
            steps.append(
                _step(
                    3,
                    "calendar_days",
                    f"{n} күнтізбелік күн: соңғы күн — {format_date(day, 'kk')}.",
                    f"{n} {ru_plural(n, 'календарный день', 'календарных дня', 'календарных дней')}: последний "
                    f"день — {format_date(day, 'ru')}.",
                    f"{n} calendar day{'s' if n != 1 else ''}: the last day is {format_date(day, 'en')}.",
                )
            )
            return _move_off(ctx, day, 3, steps)
        if unit is TermUnit.MONTHS:
            day = max(_add_months(anchor, n), registered_day)
            cal.explain(day)
            clamped = n > 0 and day.day != anchor.day
            if clamped:
                texts = _lt(
                    lambda lang: {
                        "kk": f"{format_date(anchor, 'kk')} күнінен {n} ай өткен соң: ол айда {anchor.day}-күн жоқ, "
                        f"сондықтан айдың соңғы күні, {format_date(day, 'kk')}.",
                        "ru": f"{n} мес. после {format_date(anchor, 'ru')}: в этом месяце нет {anchor.day}-го "
                        f"числа, поэтому его последний день, {format_date(day, 'ru')}.",
                        "en": f"{n} month{'s' if n != 1 else ''} after {format_date(anchor, 'en')}: that month has "
                        f"no day {anchor.day}, so its last day, {format_date(day, 'en')}.",
                    }[lang]
                )
            else:
                texts = _lt(
                    lambda lang: {
                        "kk": f"{format_date(anchor, 'kk')} күнінен {n} ай өткен соң: айдың сол күні, "
                        f"{format_date(day, 'kk')}.",
                        "ru": f"{n} мес. после {format_date(anchor, 'ru')}: то же число месяца, "
                        f"{format_date(day, 'ru')}.",
                        "en": f"{n} month{'s' if n != 1 else ''} after {format_date(anchor, 'en')}: the same day "
                        f"of the month, {format_date(day, 'en')}.",
                    }[lang]
                )
            steps.append(_step(5, "months", *texts))
            return _move_off(ctx, day, 5, steps)
        # working days, or banking days counted as working days
        use = cal
        banking_note = ("", "", "")
        if unit is TermUnit.BANKING_DAYS:
            if ctx.banking is not None:
                use = ctx.banking
                ctx.banking_used = True
                banking_note = (
                    f" Банктік күндер берілген банк күнтізбесі бойынша есептеледі ({use.data_version}).",
                    f" Банковские дни считаются по заданному банковскому календарю ({use.data_version}).",
                    f" Banking days are counted on the given banking calendar ({use.data_version}).",
                )
            else:
                banking_note = (
                    " Банктік күндер жұмыс күні ретінде есептеледі: банк күнтізбесі берілмеген.",
                    " Банковские дни считаются рабочими днями: банковский календарь не задан.",
                    " Banking days are counted as working days: no banking calendar was given.",
                )
        day = _nth_working_day(use, anchor, n) if n > 0 else registered_day
        what = _lt(lambda lang: term_text(Term(n, TermUnit.BANKING_DAYS if banking_note[0] else unit), lang))
        steps.append(
            _step(
                4,
                "working_days",
                f"{format_date(anchor, 'kk')} күнінен кейінгі {what[0]}: соңғысы — {format_date(day, 'kk')}."
                + banking_note[0]
                + _special_list(use, anchor, day, "kk"),
                f"{what[1]} после {format_date(anchor, 'ru')}: последний из них — {format_date(day, 'ru')}."
                + banking_note[1]
                + _special_list(use, anchor, day, "ru"),
                f"{what[2]} after {format_date(anchor, 'en')}: the last of them is {format_date(day, 'en')}."
                + banking_note[2]
                + _special_list(use, anchor, day, "en"),
            )
        )
        if n == 0:
            return _move_off(ctx, day, 4, steps)
        return day
    except DateOutOfRangeError as exc:
        raise DateOutOfRangeError(f"the term {term} counted from {registered_day} leaves the calendar: {exc}") from exc


def _due(ctx: _Ctx, last_day: dt.date, start: dt.datetime, steps: list[TraceStep]) -> dt.datetime:
    end_of_day = dt.datetime.combine(last_day, _END_OF_DAY)
    if ctx.clock is not None:  # the day's last real instant (the second pass of a repeated last hour)
        end_of_day = normalise(end_of_day.replace(fold=1), ctx.clock)
    hours = ctx.hours
    if not ctx.policy.due_at_office_close:
        due = end_of_day
        steps.append(
            _step(
                8,
                "due_at_end_of_day",
                f"Саясат бойынша мерзім соңғы күннің соңында бітеді: {format_moment(due, 'kk')}.",
                f"По политике срок истекает в конце последнего дня: {format_moment(due, 'ru')}.",
                f"The policy ends the term at the end of the last day: {format_moment(due, 'en')}.",
            )
        )
    else:
        closes = hours.closes_on(last_day, ctx.calendar) if hours is not None else None
        if closes is not None:
            due = ctx.local(closes)
            steps.append(
                _step(
                    8,
                    "due_at_close",
                    f"Мерзім соңғы күні мекеме жұмысы аяқталғанда бітеді: {format_moment(due, 'kk')}.",
                    f"Срок истекает с окончанием работы учреждения в последний день: {format_moment(due, 'ru')}.",
                    f"The term ends when the office closes on the last day: {format_moment(due, 'en')}.",
                )
            )
        else:
            due = end_of_day
            unknown = hours is None
            steps.append(
                _step(
                    8,
                    "due_at_end_of_day",
                    (
                        "Мекеменің жұмыс уақыты белгісіз"
                        if unknown
                        else f"{format_date(last_day, 'kk')} мекеме жұмыс істемейді"
                    )
                    + ": мерзім сол күннің соңында бітеді.",
                    (
                        "Часы работы учреждения неизвестны"
                        if unknown
                        else f"{format_date(last_day, 'ru')} учреждение не работает"
                    )
                    + ": срок истекает в конце этого дня.",
                    (
                        "The office's hours are not known"
                        if unknown
                        else f"The office has no hours on {format_date(last_day, 'en')}"
                    )
                    + ": the term ends at the end of that day.",
                )
            )
    if ctx.earlier(due, start):
        due = start if ctx.earlier(end_of_day, start) else end_of_day
        steps.append(
            _step(
                8,
                "not_before_start",
                f"Есептелген соңғы сәт басталу сәтінен ерте; мерзім {format_moment(due, 'kk')} бітеді.",
                f"Рассчитанный момент раньше начала срока; срок истекает {format_moment(due, 'ru')}.",
                f"The computed end came before the start; the term ends at {format_moment(due, 'en')} instead.",
            )
        )
    return due


def _one(ctx: _Ctx, term: Term, start: dt.datetime, steps: list[TraceStep]) -> tuple[dt.date, dt.datetime]:
    if term.unit.is_working_time:
        if ctx.hours is None:
            raise InvalidInputError(f"a term of {term} counts the office's working time; pass the office's hours")
        duration = dt.timedelta(hours=term.value) if term.unit is TermUnit.HOURS else dt.timedelta(minutes=term.value)
        due = ctx.hours.add_working_time(start, duration, ctx.calendar)
        what = _lt(lambda lang: term_text(term, lang))
        steps.append(
            _step(
                7,
                "working_time",
                f"{format_moment(start, 'kk')} бастап мекеменің жұмыс уақытының {what[0]}: үзілістер, түндер, "
                f"демалыс және мереке күндері есептелмейді; мерзім {format_moment(due, 'kk')} бітеді."
                + _special_list(ctx.calendar, start.date(), due.date(), "kk"),
                f"{what[1]} рабочего времени учреждения с {format_moment(start, 'ru')}: перерывы, ночи, выходные и "
                f"праздники не считаются; срок истекает {format_moment(due, 'ru')}."
                + _special_list(ctx.calendar, start.date(), due.date(), "ru"),
                f"{what[2]} of the office's working time from {format_moment(start, 'en')}: breaks, nights, days "
                f"off and holidays do not count; the term ends at {format_moment(due, 'en')}."
                + _special_list(ctx.calendar, start.date(), due.date(), "en"),
            )
        )
        return due.date(), due
    last = _last_day(ctx, term, start, steps)
    return last, _due(ctx, last, start, steps)


def _check_moment(value: object, name: str) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        raise InvalidTypeError(
            f"{name} must be a datetime.datetime (a date alone has no time of day), got {type(value).__name__} "
            f"{value!r}"
        )
    return value


def counting_arguments(
    calendar: object, banking_calendar: object, policy: object
) -> tuple[WorkCalendar, WorkCalendar | None, CountingPolicy]:
    """The calendar, banking calendar and policy of a deadline computation, checked, with their defaults
    (:func:`default_calendar`, none, :class:`CountingPolicy`): shared by ``compute_deadline`` and the bulk form."""
    if calendar is None:
        calendar = default_calendar()
    elif not isinstance(calendar, WorkCalendar):
        raise InvalidTypeError(f"calendar must be a WorkCalendar or None, got {type(calendar).__name__}")
    if banking_calendar is not None and not isinstance(banking_calendar, WorkCalendar):
        raise InvalidTypeError(
            f"banking_calendar must be a WorkCalendar or None, got {type(banking_calendar).__name__}"
        )
    if policy is None:
        policy = CountingPolicy()
    elif not isinstance(policy, CountingPolicy):
        raise InvalidTypeError(f"policy must be a CountingPolicy or None, got {type(policy).__name__}")
    return calendar, banking_calendar, policy


def compute_deadline(
    term: Term | StagedTerm,
    submitted_at: dt.datetime | None = None,
    *,
    hours: OfficeHours | None,
    calendar: WorkCalendar | None = None,
    policy: CountingPolicy | None = None,
    starts_at: dt.datetime | None = None,
    start_event: str | None = None,
    banking_calendar: WorkCalendar | None = None,
) -> Deadline:
    """When ``term`` expires for a submission at ``submitted_at`` to an office open ``hours``.

    - ``calendar``: the working days (default: :func:`default_calendar`); ``banking_calendar`` for banking days.
    - ``policy``: the counting rules (default: :class:`CountingPolicy()`).
    - ``hours=None`` means the office's hours are not known: no registration step, terms end at the end of the
      last day, and terms in hours or minutes cannot be computed.
    - A term that runs from another event (a commission's decision, a notification) passes ``starts_at=`` instead
      of ``submitted_at`` (and ``start_event=`` to name the event in the trace): counting starts at that moment,
      with no registration step; day terms still run from the next day.

    Naive datetimes are office-local; aware ones are converted to the office's ``tz``, and the answers come back
    aware in it. The deadline records the calendar's data version.
    """
    if not isinstance(term, (Term, StagedTerm)):
        raise InvalidTypeError(f"term must be a Term or StagedTerm, got {type(term).__name__}")
    if (submitted_at is None) == (starts_at is None):
        raise InvalidInputError(
            "give exactly one of submitted_at (a submission, registered under rule 1) or starts_at= (another "
            "event the term runs from)"
        )
    moment = _check_moment(submitted_at if submitted_at is not None else starts_at, "submitted_at or starts_at")
    if hours is not None and not isinstance(hours, OfficeHours):
        raise InvalidTypeError(f"hours must be OfficeHours or None, got {type(hours).__name__}")
    calendar, banking_calendar, policy = counting_arguments(calendar, banking_calendar, policy)
    if start_event is not None and (not isinstance(start_event, str) or not start_event.strip()):
        raise InvalidInputError("start_event must be a non-empty string naming the event, or None")

    zone: dt.tzinfo | None = None
    if moment.tzinfo is not None and moment.utcoffset() is not None:
        if hours is not None and hours.tz is not None:
            from zoneinfo import ZoneInfo

            zone = ZoneInfo(hours.tz)
        elif hours is not None:
            raise InvalidInputError(
                f"{moment.isoformat()} is time-zone aware but the office hours have no tz; pass a naive "
                "office-local datetime or give the hours a tz such as 'Asia/Almaty'"
            )
        else:
            zone = moment.tzinfo
    ctx = _Ctx(hours, calendar, banking_calendar, policy, zone)
    try:
        local = ctx.local(moment)
    except OverflowError as exc:
        raise DateOutOfRangeError(f"{moment.isoformat()} is outside the calendar's range") from exc
    if not calendar.MIN_DATE <= local.date() <= calendar.MAX_DATE:
        raise DateOutOfRangeError(
            f"{moment.isoformat()} is outside the calendar's range {calendar.MIN_DATE} to {calendar.MAX_DATE}"
        )

    start, first_step = _register(
        ctx,
        submitted_at,
        starts_at,
        start_event,
    )
    steps: list[TraceStep] = [first_step]
    stages: list[Deadline] = []
    if isinstance(term, Term):
        last, due = _one(ctx, term, start, steps)
    else:
        stage_start = start
        total = len(term.stages)
        last, due = start.date(), start
        for k, stage in enumerate(term.stages, 1):
            stage_steps: list[TraceStep] = []
            actor = stage.actor
            head = _stage_heading(k, total, stage, stage_start)
            stage_steps.append(head)
            last, due = _one(ctx, stage.term, stage_start, stage_steps)
            steps.extend(stage_steps)
            stages.append(
                Deadline(
                    stage.term,
                    None,
                    ctx.aware(stage_start),
                    last,
                    ctx.aware(due),
                    _versioned(calendar.data_version, ctx),
                    tuple(stage_steps),
                    policy,
                    start_event=None if k == 1 else f"end of stage {k - 1}",
                    actor=actor,
                    ambiguous=stage.term.unit is TermUnit.DAYS_UNQUALIFIED,
                )
            )
            stage_start = due
        steps.append(
            _step(
                0,
                "stages_end",
                f"Барлық кезең {format_moment(due, 'kk')} аяқталады.",
                f"Все этапы оканчиваются {format_moment(due, 'ru')}.",
                f"All stages end at {format_moment(due, 'en')}.",
            )
        )
    version = _versioned(calendar.data_version, ctx)
    if ctx.banking_used and banking_calendar is not None:
        version += f"; banking: {banking_calendar.data_version}"
    units = [term.unit] if isinstance(term, Term) else [s.term.unit for s in term.stages]
    return Deadline(
        term,
        None if submitted_at is None else _keep_zone(submitted_at, ctx),
        ctx.aware(start),
        last,
        ctx.aware(due),
        version,
        tuple(steps),
        policy,
        start_event=start_event if starts_at is not None else None,
        stages=tuple(stages),
        ambiguous=TermUnit.DAYS_UNQUALIFIED in units,
    )


def _versioned(version: str, ctx: _Ctx) -> str:
    """The calendar's data version, and the tz data's when the office's zone was used (results depend on it)."""
    name = getattr(ctx.clock, "key", None)
    return version if not isinstance(name, str) else f"{version}; {tz_version(name)}"


def _keep_zone(moment: dt.datetime, ctx: _Ctx) -> dt.datetime:
    if moment.tzinfo is None or ctx.zone is None:
        return moment
    return moment.astimezone(ctx.zone)


def _stage_heading(k: int, total: int, stage: TermStage, start: dt.datetime) -> TraceStep:
    actor = stage.actor
    who = f" ({actor})" if actor else ""
    return _step(
        0,
        "stage",
        f"{total} кезеңнің {k}-кезеңі{who}: {term_text(stage.term, 'kk')}, {format_moment(start, 'kk')} бастап.",
        f"Этап {k} из {total}{who}: {term_text(stage.term, 'ru')}, с {format_moment(start, 'ru')}.",
        f"Stage {k} of {total}{who}: {term_text(stage.term, 'en')}, from {format_moment(start, 'en')}.",
    )
