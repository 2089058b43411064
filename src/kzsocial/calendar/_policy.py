"""The counting rules of a deadline and their legal bases: :class:`CountingRule` and :class:`CountingPolicy`."""

from __future__ import annotations

import attrs
from attrs import frozen

from kzsocial._checks import brief
from kzsocial.calendar._terms import TermUnit
from kzsocial.calendar._text import (
    LocalText,
)
from kzsocial.errors import InvalidInputError, InvalidTypeError
from kzsocial.provenance import LocalizedText

__all__ = ["CountingPolicy", "CountingRule"]

# -- legal bases -----------------------------------------------------------------------------------------------------

_CIVIL_CODE = LocalText(
    "Қазақстан Республикасының Азаматтық кодексі (Жалпы бөлім, 1994), мерзімдерді есептеу туралы баптар "
    "(бап нөмірлері adilet.zan.kz бойынша тексерілмеген)",
    "Гражданский кодекс Республики Казахстан (Общая часть, 1994), статьи об исчислении сроков "
    "(номера статей не сверены с adilet.zan.kz)",
    "Civil Code of the Republic of Kazakhstan (General Part, 1994), the articles on computing terms "
    "(article numbers not yet checked against adilet.zan.kz)",
)
_ADMIN_LAW = LocalText(
    "«Әкімшілік рәсімдер туралы» 2000 жылғы 27 қарашадағы № 107-II Қазақстан Республикасының Заңы, 12-1-бап",
    "Закон Республики Казахстан от 27 ноября 2000 года № 107-II «Об административных процедурах», статья 12-1",
    "Law of the Republic of Kazakhstan No. 107-II of 27 November 2000 «On administrative procedures», art. 12-1",
)
_APPC = LocalText(
    "Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі (2020), 64-бап 3-тармақ",
    "Административный процедурно-процессуальный кодекс Республики Казахстан (2020), статья 64 пункт 3",
    "Administrative Procedural and Process Code of the Republic of Kazakhstan (2020), art. 64 p.3",
)
_LABOUR = LocalText(
    "Қазақстан Республикасының Еңбек кодексі (2015), 84–85-баптар; «Қазақстан Республикасындағы мерекелер "
    "туралы» 2001 жылғы 13 желтоқсандағы № 267-II Заң",
    "Трудовой кодекс Республики Казахстан (2015), статьи 84–85; Закон от 13 декабря 2001 года № 267-II "
    "«О праздниках в Республике Казахстан»",
    "Labour Code of the Republic of Kazakhstan (2015), arts. 84–85; Law No. 267-II of 13 December 2001 "
    "«On holidays in the Republic of Kazakhstan»",
)
_ACTS = LocalText(
    "актілердің стандарттары: мерзім «құжаттарды тапсырған кезінен бастап» есептеледі",
    "стандарты актов: срок исчисляется «с момента сдачи документов» («құжаттарды тапсырған кезінен бастап»)",
    "the acts' standards: the term runs «from the moment the documents are submitted» "
    "(«құжаттарды тапсырған кезінен бастап»)",
)
_NO_RULE = LocalText(
    "ешбір акт шешпейді; заң жұмыс күнін көрсетпесе, «күн» күнтізбелік күн ретінде оқылады (Азаматтық "
    "кодекстің жалпы тәртібі) — екіұштылық ізде көрсетіледі",
    "ни один акт этого не решает; «дни» без указания на рабочие читаются как календарные (общий порядок "
    "Гражданского кодекса) — неоднозначность показывается в обосновании",
    "no act settles it; «days» that the law does not call working days are read as calendar days (the Civil "
    "Code's general reading) — the ambiguity is shown in the trace",
)


def _join(*texts: LocalizedText) -> LocalizedText:
    return LocalText(*("; ".join(t.get(lang) for t in texts) for lang in ("kk", "ru", "en")))


@frozen
class CountingRule:
    """One counting rule: its number, what it says, its legal basis and the policy's current setting."""

    number: int
    """The rule's number, 1 to 8, as :meth:`CountingPolicy.rules` and every :class:`TraceStep` cite it."""
    key: str
    """The rule's stable machine name (``registration``, ``start_next_day``, ``calendar_days``, ``working_days``,
    ``months``, ``unqualified_days``, ...)."""
    text: LocalizedText
    """What the rule says, in kk, ru and en."""
    basis: LocalizedText
    """The rule's legal basis (the Civil Code, the administrative procedure code, the Labour Code, the acts), in kk, ru
    and en; says so where no law states it."""
    setting: str
    """This policy's setting of the rule: ``on`` or ``off``, or for rule 6 the unit plain «күн» counts in
    (``calendar_days`` or ``working_days``)."""


def _check_unqualified(instance: object, attribute: attrs.Attribute[TermUnit], value: TermUnit) -> None:
    if value not in (TermUnit.CALENDAR_DAYS, TermUnit.WORKING_DAYS):
        raise InvalidInputError(f"unqualified days can count as calendar_days or working_days, got {value.value!r}")


def _parse_unit(value: TermUnit | str) -> TermUnit:
    return TermUnit.parse(value)


def _check_bool(instance: object, attribute: attrs.Attribute[bool], value: object) -> None:
    if not isinstance(value, bool):
        raise InvalidTypeError(f"CountingPolicy.{attribute.name} must be True or False, got {brief(value)}")


@frozen
class CountingPolicy:
    """The counting rules, each documented with its legal basis (:meth:`rules`) and each changeable.

    >>> p = CountingPolicy(unqualified_days="working_days")
    >>> [r.number for r in p.rules()]
    [1, 2, 3, 4, 5, 6, 7, 8]
    >>> p.rules()[5].setting
    'working_days'
    """

    register_at_next_opening: bool = attrs.field(default=True, validator=_check_bool)
    """Rule 1: a submission outside open time is registered at the next opening (False: at the moment itself)."""
    count_from_next_day: bool = attrs.field(default=True, validator=_check_bool)
    """Rule 2: day terms run from the day after registration (False: the registration day is day 1)."""
    move_off_non_working_day: bool = attrs.field(default=True, validator=_check_bool)
    """Rules 3 and 5: a last day that is not a working day moves to the next working day."""
    unqualified_days: TermUnit = attrs.field(
        default=TermUnit.CALENDAR_DAYS, converter=_parse_unit, validator=_check_unqualified
    )
    """Rule 6: how «күн» with no qualifier counts: CALENDAR_DAYS (default) or WORKING_DAYS."""
    due_at_office_close: bool = attrs.field(default=True, validator=_check_bool)
    """Rule 8: day terms end when the office closes on the last day (False: at the end of that day)."""

    def rules(self) -> tuple[CountingRule, ...]:
        """The eight rules in plain words (kk, ru, en), with their legal basis and this policy's setting."""
        on = {True: "on", False: "off"}
        return (
            CountingRule(
                1,
                "registration",
                LocalText(
                    "Жұмыс уақытында берілген өтініш сол сәтте тіркеледі; жұмыс уақытынан тыс (ашылғанға дейін, "
                    "жабылғаннан кейін, үзіліс кезінде, демалыс күні) берілгені келесі ашылған сәтте тіркеледі.",
                    "Обращение, поданное в часы работы, регистрируется в момент подачи; поданное вне часов работы "
                    "(до открытия, после закрытия, в перерыв, в выходной) — при ближайшем открытии.",
                    "A submission made while the office is open is registered at that moment; one made outside "
                    "open time (before opening, after closing, in a break, on a day off) at the next opening.",
                ),
                _join(_APPC, _ACTS),
                on[self.register_at_next_opening],
            ),
            CountingRule(
                2,
                "start_next_day",
                LocalText(
                    "Күнмен есептелетін мерзім тіркелген күннің келесі күнінен басталады.",
                    "Срок в днях начинается со дня, следующего за днём регистрации.",
                    "Day terms run from the day after the registration day.",
                ),
                _CIVIL_CODE,
                on[self.count_from_next_day],
            ),
            CountingRule(
                3,
                "calendar_days",
                LocalText(
                    "Күнтізбелік күндер: соңғы күн — тіркелген күн + n; ол жұмыс күні болмаса — келесі жұмыс күні.",
                    "Календарные дни: последний день — день регистрации + n; если он нерабочий — ближайший "
                    "следующий рабочий день.",
                    "Calendar days: the last day is registration day + n; if that is not a working day, the next "
                    "working day.",
                ),
                _join(_CIVIL_CODE, _APPC),
                on[self.move_off_non_working_day],
            ),
            CountingRule(
                4,
                "working_days",
                LocalText(
                    "Жұмыс күндері: тіркелген күннен кейінгі n-ші жұмыс күні. Банктік күндер, банк күнтізбесі "
                    "берілмесе, жұмыс күні ретінде есептеледі.",
                    "Рабочие дни: n-й рабочий день после дня регистрации. Банковские дни считаются рабочими, "
                    "если не задан банковский календарь.",
                    "Working days: the n-th working day after the registration day. Banking days count as working "
                    "days unless a banking calendar is given.",
                ),
                _LABOUR,
                "on",
            ),
            CountingRule(
                5,
                "months",
                LocalText(
                    "Айлар: n ай өткен соң айдың сол күні (ондай күн болмаса — айдың соңғы күні), содан кейін "
                    "3-ереже бойынша жұмыс күніне ауыстыру.",
                    "Месяцы: то же число через n месяцев (если такого числа нет — последний день месяца), затем "
                    "перенос на рабочий день по правилу 3.",
                    "Months: the same day of the month n months later (the month's last day when there is no such "
                    "day), then rule 3's move off a non-working day.",
                ),
                _join(_ADMIN_LAW, _CIVIL_CODE),
                on[self.move_off_non_working_day],
            ),
            CountingRule(
                6,
                "unqualified_days",
                LocalText(
                    "Тек «күн» деп көрсетілген мерзім әдепкіде күнтізбелік күнмен есептеледі, ал із актінің "
                    "екіұшты екенін айтады; саясат оны жұмыс күнімен есептей алады.",
                    "Срок, указанный просто в «күн» (днях), по умолчанию считается в календарных днях, а "
                    "обоснование отмечает неоднозначность акта; политика может считать его в рабочих днях.",
                    "A term in plain «күн» (days) counts as calendar days by default, and the trace says the act "
                    "was ambiguous; the policy can count it as working days.",
                ),
                _NO_RULE,
                self.unqualified_days.value,
            ),
            CountingRule(
                7,
                "working_time",
                LocalText(
                    "Сағаттар мен минуттар: тіркелген сәттен бастап мекеменің жұмыс уақыты.",
                    "Часы и минуты: рабочее время учреждения с момента регистрации.",
                    "Hours and minutes: the office's working time from the registration moment.",
                ),
                _ACTS,
                "on",
            ),
            CountingRule(
                8,
                "due_at_close",
                LocalText(
                    "Мерзім соңғы күні мекеме жұмысы аяқталғанда бітеді; ол күні мекеме жұмыс істемесе — сол "
                    "күннің соңында.",
                    "Срок истекает с окончанием работы учреждения в последний день; если в этот день оно не "
                    "работает — в конце дня.",
                    "The deadline falls at the close of the office on the last day, or at the end of that day when "
                    "the office has no hours that day.",
                ),
                _CIVIL_CODE,
                on[self.due_at_office_close],
            ),
        )
