"""A deadline's trace (its kk/ru/en reasoning), built on demand from the facts :func:`compute_deadline` recorded.

:func:`~kzsocial.calendar.compute_deadline` computes the answer only; on the way it records, per step, a compact
tuple of what happened (``("move_off", day, moved)``: the last day was not a working day and moved). The first read
of :attr:`Deadline.trace <kzsocial.calendar.Deadline.trace>` (or ``explain()``, ``to_dict()``, ``==``, ``hash``,
``repr``) turns those records into :class:`~kzsocial.calendar.TraceStep` values with :func:`build`; the words are
the same as when the trace was built eagerly (a property test compares both, ``tests/calendar/test_lazy_trace.py``).
This module is imported only then, so a program that never reads a trace never loads these texts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from kzsocial.calendar._daycal import DayExplanation, WorkCalendar
from kzsocial.calendar._deadline import TraceStep, term_text
from kzsocial.calendar._hours import OfficeHours
from kzsocial.calendar._terms import Term, TermStage, TermUnit
from kzsocial.calendar._text import Language, LocalText, format_date, format_moment, ru_plural

__all__ = ["build"]

Record = tuple[Any, ...]
"""One recorded step: its kind (a key of ``_RENDER``) and the values its words need."""


def build(hours: OfficeHours | None, calendar: WorkCalendar, records: Sequence[Record]) -> tuple[TraceStep, ...]:
    """The trace of the steps ``records`` (recorded by ``compute_deadline`` with these ``hours`` and ``calendar``)."""
    return tuple(_RENDER[r[0]](hours, calendar, *r[1:]) for r in records)


def _step(rule: int, key: str, kk: str, ru: str, en: str, facts: tuple[DayExplanation, ...] = ()) -> TraceStep:
    if not rule:
        return TraceStep(rule, key, LocalText(kk, ru, en), facts)
    return TraceStep(
        rule, key, LocalText(f"[{rule}-ереже] " + kk, f"[правило {rule}] " + ru, f"[rule {rule}] " + en), facts
    )


def _lt(make: Callable[[Language], str]) -> tuple[str, str, str]:
    return make("kk"), make("ru"), make("en")


# -- rule 1: registration (or the starting event) --------------------------------------------------------------


def _start_event(hours: OfficeHours | None, cal: WorkCalendar, at: dt.datetime, name: str | None) -> TraceStep:
    names = (name or "бастапқы оқиға", name or "начальное событие", name or "the starting event")
    return _step(
        0,
        "start_event",
        f"Мерзім «{names[0]}» оқиғасынан, {format_moment(at, 'kk')}, басталады; бұл өтініш беру емес, "
        "сондықтан тіркеу қадамы жоқ.",
        f"Срок исчисляется с события «{names[1]}», {format_moment(at, 'ru')}; это не подача обращения, "
        "поэтому шага регистрации нет.",
        f"The term runs from {names[2]} at {format_moment(at, 'en')}; that is not a submission, so there is "
        "no registration step.",
    )


def _registered_unknown_hours(hours: OfficeHours | None, cal: WorkCalendar, at: dt.datetime) -> TraceStep:
    return _step(
        1,
        "registration",
        f"{format_moment(at, 'kk')} берілді; мекеменің жұмыс уақыты белгісіз, сондықтан сол сәтте тіркелген "
        "деп есептеледі.",
        f"Подано {format_moment(at, 'ru')}; часы работы учреждения неизвестны, поэтому обращение считается "
        "зарегистрированным в момент подачи.",
        f"Submitted {format_moment(at, 'en')}; the office's hours are not known, so it counts as registered at "
        "that moment.",
    )


def _registered_policy_off(hours: OfficeHours | None, cal: WorkCalendar, at: dt.datetime) -> TraceStep:
    return _step(
        1,
        "registration",
        f"{format_moment(at, 'kk')} берілді: сол сәтте тіркелді (1-ереже саясатпен өшірілген).",
        f"Подано {format_moment(at, 'ru')}: зарегистрировано в момент подачи (правило 1 отключено политикой).",
        f"Submitted {format_moment(at, 'en')}: registered at that moment (rule 1 is switched off by the policy).",
    )


def _registered_open(hours: OfficeHours | None, cal: WorkCalendar, at: dt.datetime) -> TraceStep:
    return _step(
        1,
        "registration",
        f"{format_moment(at, 'kk')} жұмыс уақытында берілді: сол сәтте тіркелді.",
        f"Подано {format_moment(at, 'ru')} в часы работы: зарегистрировано в тот же момент.",
        f"Submitted {format_moment(at, 'en')} while the office was open: registered at that moment.",
    )


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


def _registered_next_opening(
    hours: OfficeHours | None, cal: WorkCalendar, at: dt.datetime, registered: dt.datetime
) -> TraceStep:
    assert hours is not None
    why = _why_closed(hours, at, cal)
    return _step(
        1,
        "registration",
        f"{format_moment(at, 'kk')} жұмыс уақытынан тыс берілді ({why[0]}): келесі ашылған сәтте, "
        f"{format_moment(registered, 'kk')}, тіркелді.",
        f"Подано {format_moment(at, 'ru')} вне часов работы ({why[1]}): зарегистрировано при ближайшем открытии, "
        f"{format_moment(registered, 'ru')}.",
        f"Submitted {format_moment(at, 'en')} outside the office's open time ({why[2]}): registered at the next "
        f"opening, {format_moment(registered, 'en')}.",
    )


# -- rules 2 to 6: the last day ----------------------------------------------------------------------------------


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


def _no_move(hours: OfficeHours | None, cal: WorkCalendar, rule: int, day: dt.date) -> TraceStep:
    why = cal.explain(day)
    return _step(
        rule,
        "no_move",
        f"{format_date(day, 'kk')} — жұмыс күні емес ({why.reasons('kk')}); саясат соңғы күнді ауыстырмайды.",
        f"{format_date(day, 'ru')} — нерабочий день ({why.reasons('ru')}); политика не переносит последний день.",
        f"{format_date(day, 'en')} is not a working day ({why.reasons('en')}); the policy does not move the last day.",
        (why,),
    )


def _move_off(hours: OfficeHours | None, cal: WorkCalendar, day: dt.date, moved: dt.date) -> TraceStep:
    why = cal.explain(day)
    target = cal.explain(moved)
    extra = _lt(lambda lang: f" ({target.reasons(lang)})" if target.facts else "")
    return _step(
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


_AS_UNIT = {
    TermUnit.CALENDAR_DAYS: ("күнтізбелік күнмен", "в календарных днях", "calendar days"),
    TermUnit.WORKING_DAYS: ("жұмыс күнімен", "в рабочих днях", "working days"),
}


def _unqualified_days(hours: OfficeHours | None, cal: WorkCalendar, unit: TermUnit) -> TraceStep:
    as_kk, as_ru, as_en = _AS_UNIT[unit]
    return _step(
        6,
        "unqualified_days",
        "Актіде тек «күн» делінген, күнтізбелік пе, жұмыс күні ме — көрсетілмеген: мерзім екіұшты; "
        f"саясат бойынша {as_kk} есептеледі.",
        "В акте сказано просто «күн» (дни), без указания, календарные или рабочие: срок неоднозначен; "
        f"по политике он считается {as_ru}.",
        "The act says only «күн» (days), not calendar or working days: the term is ambiguous; the policy "
        f"counts it as {as_en}.",
    )


def _start_next_day(hours: OfficeHours | None, cal: WorkCalendar, registered_day: dt.date) -> TraceStep:
    first = registered_day + dt.timedelta(days=1)
    return _step(
        2,
        "start_next_day",
        f"Мерзім {format_date(registered_day, 'kk')} күнінің келесі күнінен басталады: бірінші күн — "
        f"{format_date(first, 'kk')}.",
        f"Срок начинается со дня, следующего за {format_date(registered_day, 'ru')}: первый день — "
        f"{format_date(first, 'ru')}.",
        f"The term runs from the day after {format_date(registered_day, 'en')}: day 1 is {format_date(first, 'en')}.",
    )


def _start_same_day(hours: OfficeHours | None, cal: WorkCalendar, registered_day: dt.date) -> TraceStep:
    return _step(
        2,
        "start_same_day",
        f"Саясат бойынша {format_date(registered_day, 'kk')} күнінің өзі бірінші күн болып есептеледі.",
        f"По политике первым днём считается сам день {format_date(registered_day, 'ru')}.",
        f"The policy counts {format_date(registered_day, 'en')} itself as day 1.",
    )


def _calendar_days(hours: OfficeHours | None, cal: WorkCalendar, n: int, day: dt.date) -> TraceStep:
    return _step(
        3,
        "calendar_days",
        f"{n} күнтізбелік күн: соңғы күн — {format_date(day, 'kk')}.",
        f"{n} {ru_plural(n, 'календарный день', 'календарных дня', 'календарных дней')}: последний "
        f"день — {format_date(day, 'ru')}.",
        f"{n} calendar day{'s' if n != 1 else ''}: the last day is {format_date(day, 'en')}.",
    )


def _months(hours: OfficeHours | None, cal: WorkCalendar, n: int, anchor: dt.date, day: dt.date) -> TraceStep:
    s = "s" if n != 1 else ""
    if n > 0 and day.day != anchor.day:  # clamped to the month's last day
        return _step(
            5,
            "months",
            f"{format_date(anchor, 'kk')} күнінен {n} ай өткен соң: ол айда {anchor.day}-күн жоқ, "
            f"сондықтан айдың соңғы күні, {format_date(day, 'kk')}.",
            f"{n} мес. после {format_date(anchor, 'ru')}: в этом месяце нет {anchor.day}-го "
            f"числа, поэтому его последний день, {format_date(day, 'ru')}.",
            f"{n} month{s} after {format_date(anchor, 'en')}: that month has "
            f"no day {anchor.day}, so its last day, {format_date(day, 'en')}.",
        )
    return _step(
        5,
        "months",
        f"{format_date(anchor, 'kk')} күнінен {n} ай өткен соң: айдың сол күні, {format_date(day, 'kk')}.",
        f"{n} мес. после {format_date(anchor, 'ru')}: то же число месяца, {format_date(day, 'ru')}.",
        f"{n} month{s} after {format_date(anchor, 'en')}: the same day of the month, {format_date(day, 'en')}.",
    )


def _working_days(
    hours: OfficeHours | None,
    cal: WorkCalendar,
    n: int,
    anchor: dt.date,
    day: dt.date,
    unit: TermUnit,
    use: WorkCalendar,
    banking: int,
) -> TraceStep:
    """``banking``: 0 working days, 1 banking days on the given banking calendar ``use``, 2 banking days counted as
    working days (no banking calendar given)."""
    if banking == 1:
        note = (
            f" Банктік күндер берілген банк күнтізбесі бойынша есептеледі ({use.data_version}).",
            f" Банковские дни считаются по заданному банковскому календарю ({use.data_version}).",
            f" Banking days are counted on the given banking calendar ({use.data_version}).",
        )
    elif banking == 2:
        note = (
            " Банктік күндер жұмыс күні ретінде есептеледі: банк күнтізбесі берілмеген.",
            " Банковские дни считаются рабочими днями: банковский календарь не задан.",
            " Banking days are counted as working days: no banking calendar was given.",
        )
    else:
        note = ("", "", "")
    what = _lt(lambda lang: term_text(Term(n, TermUnit.BANKING_DAYS if banking else unit), lang))
    return _step(
        4,
        "working_days",
        f"{format_date(anchor, 'kk')} күнінен кейінгі {what[0]}: соңғысы — {format_date(day, 'kk')}."
        + note[0]
        + _special_list(use, anchor, day, "kk"),
        f"{what[1]} после {format_date(anchor, 'ru')}: последний из них — {format_date(day, 'ru')}."
        + note[1]
        + _special_list(use, anchor, day, "ru"),
        f"{what[2]} after {format_date(anchor, 'en')}: the last of them is {format_date(day, 'en')}."
        + note[2]
        + _special_list(use, anchor, day, "en"),
    )


# -- rules 7 and 8: working time, the due moment -------------------------------------------------------------------


def _working_time(
    hours: OfficeHours | None, cal: WorkCalendar, term: Term, start: dt.datetime, due: dt.datetime
) -> TraceStep:
    what = _lt(lambda lang: term_text(term, lang))
    return _step(
        7,
        "working_time",
        f"{format_moment(start, 'kk')} бастап мекеменің жұмыс уақытының {what[0]}: үзілістер, түндер, "
        f"демалыс және мереке күндері есептелмейді; мерзім {format_moment(due, 'kk')} бітеді."
        + _special_list(cal, start.date(), due.date(), "kk"),
        f"{what[1]} рабочего времени учреждения с {format_moment(start, 'ru')}: перерывы, ночи, выходные и "
        f"праздники не считаются; срок истекает {format_moment(due, 'ru')}."
        + _special_list(cal, start.date(), due.date(), "ru"),
        f"{what[2]} of the office's working time from {format_moment(start, 'en')}: breaks, nights, days "
        f"off and holidays do not count; the term ends at {format_moment(due, 'en')}."
        + _special_list(cal, start.date(), due.date(), "en"),
    )


def _due_policy_end_of_day(hours: OfficeHours | None, cal: WorkCalendar, due: dt.datetime) -> TraceStep:
    return _step(
        8,
        "due_at_end_of_day",
        f"Саясат бойынша мерзім соңғы күннің соңында бітеді: {format_moment(due, 'kk')}.",
        f"По политике срок истекает в конце последнего дня: {format_moment(due, 'ru')}.",
        f"The policy ends the term at the end of the last day: {format_moment(due, 'en')}.",
    )


def _due_at_close(hours: OfficeHours | None, cal: WorkCalendar, due: dt.datetime) -> TraceStep:
    return _step(
        8,
        "due_at_close",
        f"Мерзім соңғы күні мекеме жұмысы аяқталғанда бітеді: {format_moment(due, 'kk')}.",
        f"Срок истекает с окончанием работы учреждения в последний день: {format_moment(due, 'ru')}.",
        f"The term ends when the office closes on the last day: {format_moment(due, 'en')}.",
    )


def _due_end_of_day(hours: OfficeHours | None, cal: WorkCalendar, last_day: dt.date) -> TraceStep:
    unknown = hours is None
    return _step(
        8,
        "due_at_end_of_day",
        ("Мекеменің жұмыс уақыты белгісіз" if unknown else f"{format_date(last_day, 'kk')} мекеме жұмыс істемейді")
        + ": мерзім сол күннің соңында бітеді.",
        ("Часы работы учреждения неизвестны" if unknown else f"{format_date(last_day, 'ru')} учреждение не работает")
        + ": срок истекает в конце этого дня.",
        ("The office's hours are not known" if unknown else f"The office has no hours on {format_date(last_day, 'en')}")
        + ": the term ends at the end of that day.",
    )


def _not_before_start(hours: OfficeHours | None, cal: WorkCalendar, due: dt.datetime) -> TraceStep:
    return _step(
        8,
        "not_before_start",
        f"Есептелген соңғы сәт басталу сәтінен ерте; мерзім {format_moment(due, 'kk')} бітеді.",
        f"Рассчитанный момент раньше начала срока; срок истекает {format_moment(due, 'ru')}.",
        f"The computed end came before the start; the term ends at {format_moment(due, 'en')} instead.",
    )


# -- staged terms ------------------------------------------------------------------------------------------------


def _stage(
    hours: OfficeHours | None, cal: WorkCalendar, k: int, total: int, stage: TermStage, start: dt.datetime
) -> TraceStep:
    actor = stage.actor
    who = f" ({actor})" if actor else ""
    return _step(
        0,
        "stage",
        f"{total} кезеңнің {k}-кезеңі{who}: {term_text(stage.term, 'kk')}, {format_moment(start, 'kk')} бастап.",
        f"Этап {k} из {total}{who}: {term_text(stage.term, 'ru')}, с {format_moment(start, 'ru')}.",
        f"Stage {k} of {total}{who}: {term_text(stage.term, 'en')}, from {format_moment(start, 'en')}.",
    )


def _stages_end(hours: OfficeHours | None, cal: WorkCalendar, due: dt.datetime) -> TraceStep:
    return _step(
        0,
        "stages_end",
        f"Барлық кезең {format_moment(due, 'kk')} аяқталады.",
        f"Все этапы оканчиваются {format_moment(due, 'ru')}.",
        f"All stages end at {format_moment(due, 'en')}.",
    )


_RENDER: dict[str, Callable[..., TraceStep]] = {
    "start_event": _start_event,
    "registered_unknown_hours": _registered_unknown_hours,
    "registered_policy_off": _registered_policy_off,
    "registered_open": _registered_open,
    "registered_next_opening": _registered_next_opening,
    "unqualified_days": _unqualified_days,
    "start_next_day": _start_next_day,
    "start_same_day": _start_same_day,
    "calendar_days": _calendar_days,
    "months": _months,
    "working_days": _working_days,
    "no_move": _no_move,
    "move_off": _move_off,
    "working_time": _working_time,
    "due_policy_end_of_day": _due_policy_end_of_day,
    "due_at_close": _due_at_close,
    "due_end_of_day": _due_end_of_day,
    "not_before_start": _not_before_start,
    "stage": _stage,
    "stages_end": _stages_end,
}
