"""Typed notifications: what a citizen is told after handing in documents, in kk and ru, by SMS, email or portal.

A :class:`Notice` is pure data: a kind and typed values (dates, localized names, lists). Each channel renders it
through a template (:mod:`kzsocial.notices._texts` has the built-in ones; pass your own ``template=`` to
override), formatting each value for the language and the channel. A value that is ``None`` leaves its
placeholder unfilled: rendering raises one :class:`~kzsocial.errors.MissingPlaceholdersError` listing every such
placeholder, and :meth:`Notice.preview` shows them highlighted instead.

A Russian message shows the library's translation of names the act gives only in Kazakh, and an email adds a
footnote saying these are kzsocial's translation, not the act's wording. A name with no Russian at all stays in
Kazakh: in email marked ``*`` with a footnote saying so; SMS and portal lines (short by nature) show it unmarked.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from html import escape

import attrs
from attrs import frozen

from kzsocial._checks import check_identifier, neutralise, to_enum
from kzsocial.calendar import OfficeHours
from kzsocial.errors import InvalidInputError, InvalidTypeError, UnknownDocumentError
from kzsocial.notices._email import EmailMessage, paragraphs_to_html
from kzsocial.notices._kkdate import check_language, format_date, format_datetime, format_time
from kzsocial.notices._labels import TEXT
from kzsocial.notices._person import Person
from kzsocial.notices._sms import SmsMessage
from kzsocial.notices._talon import Talon
from kzsocial.notices._templates import Html, NoticeTemplate, TemplateValue
from kzsocial.notices._texts import NoticeChannel, NoticeKind, builtin_template
from kzsocial.notices._view import phone_text
from kzsocial.provenance import LocalizedText
from kzsocial.registry import Office, PhoneKind, ReceptionSlot
from kzsocial.serde import DictForm
from kzsocial.services import DocumentCheck, DocumentRequirement, ServiceDefinition, Statement, hours_for

__all__ = [
    "Notice",
    "NoticeValue",
    "documents_accepted",
    "documents_missing",
    "reception_reminder",
    "refusal",
    "result_ready",
    "term_extended",
]

NoticeValue = (
    str | int | bool | dt.date | dt.datetime | dt.time | LocalizedText | tuple[str | LocalizedText, ...] | None
)
"""A typed value of a notice; formatted per language and channel when rendered."""

_FOOTNOTE_RU = TEXT["ru"]["kk_fallback"]
_TRANSLATED_RU = TEXT["ru"]["translated"]
_TARGETS = ("sms", "text", "html")


def _check_value(name: str, value: object) -> NoticeValue:
    if value is None or isinstance(value, str | int | bool | dt.date | dt.time | LocalizedText):
        return value
    if isinstance(value, tuple) and all(isinstance(v, str | LocalizedText) for v in value):
        return value
    raise InvalidTypeError(
        f"notice value {name!r} must be a str, int, bool, date, datetime, time, LocalizedText, a tuple of str or "
        f"LocalizedText, or None; got {type(value).__name__}"
    )


def _values(value: Mapping[str, object] | Iterable[tuple[str, object]]) -> tuple[tuple[str, NoticeValue], ...]:
    if isinstance(value, str | bytes) or not isinstance(value, Mapping | Iterable):
        raise InvalidTypeError(
            f"notice values are a mapping of name to value (or (name, value) pairs), got {type(value).__name__}"
        )
    items = value.items() if isinstance(value, Mapping) else value
    out: dict[str, NoticeValue] = {}
    for pair in items:
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise InvalidTypeError(f"notice values are (name, value) pairs, got {type(pair).__name__}")
        name, item = pair
        if not isinstance(name, str):
            raise InvalidTypeError(f"a notice value name is a str, got {type(name).__name__}")
        out[name] = _check_value(name, item)
    return tuple(sorted(out.items()))


class _Formatter:
    def __init__(self, language: str, target: str) -> None:
        self.language = language
        self.target = target
        self.fell_back = False
        self.translated = False

    def text(self, value: LocalizedText | str) -> str:
        return neutralise(self._text(value))

    def _text(self, value: LocalizedText | str) -> str:
        if isinstance(value, str):
            return value
        if self.language == "kk" or value.ru is not None:
            if self.language == "ru" and value.is_translation("ru"):
                self.translated = True
            return value.get(self.language)
        if self.target == "sms":
            return value.kk
        self.fell_back = True
        return f"{value.kk} *"

    def __call__(self, value: NoticeValue) -> TemplateValue:
        if value is None or isinstance(value, bool):
            return value
        if isinstance(value, dt.datetime):
            return format_datetime(value, self.language)
        if isinstance(value, dt.date):
            return format_date(value, self.language)
        if isinstance(value, dt.time):
            return format_time(value)
        if isinstance(value, int):
            return str(value)
        if isinstance(value, tuple):
            items = [self.text(v) for v in value]
            if not items:
                return None
            if self.target == "sms":
                return "; ".join(items)
            if self.target == "html":
                return Html("<ol>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ol>")
            return "\n".join(f"{n}) {i}" for n, i in enumerate(items, 1))
        return self.text(value)


_BLANKS = re.compile(r"\n{3,}")


def _kind(value: object) -> NoticeKind:
    return to_enum(NoticeKind, value, "notice kind")


@frozen
class Notice(DictForm):
    """A notification to a citizen: its ``kind`` and typed ``values``, rendered per channel and language.

    >>> n = Notice(NoticeKind.TERM_EXTENDED, {"greeting": None, "number": "15", "service": "Тұрғын үй көмегі",
    ...            "office": "Бөлім", "office_address": None, "office_phone": None,
    ...            "new_due_at": dt.datetime(2009, 1, 20, 18, 0), "previous_due_at": None, "reason": None})
    >>> n.sms("kk").text
    'Мемлекеттік қызмет көрсету мерзімі ұзартылды, № 15. Жаңа мерзім: 2009 жылғы 20 қаңтар, сағат 18:00.'
    >>> n.portal_status("ru")
    'Срок продлён, № 15: 20 января 2009 года, 18:00'
    """

    kind: NoticeKind = attrs.field(converter=_kind)
    """The moment the citizen is told of (documents accepted, result ready, refusal, ...)."""
    values: tuple[tuple[str, NoticeValue], ...] = attrs.field(converter=_values)
    """The values the templates fill, typed (dates stay dates until rendered per language), as sorted ``(name, value)``
    pairs."""

    def get(self, name: str) -> NoticeValue:
        """The typed value ``name`` (``None`` when absent)."""
        if not isinstance(name, str):
            raise InvalidTypeError(f"a notice value name is a str, got {type(name).__name__}")
        return dict(self.values).get(name)

    def with_values(self, **values: object) -> Notice:
        """A copy with ``values`` added or replaced."""
        return Notice(self.kind, {**dict(self.values), **values})

    def personalisation(self, language: str, target: str = "text") -> dict[str, TemplateValue]:
        """The values formatted for ``language`` and ``target`` (``sms``, ``text`` or ``html``)."""
        lang = check_language(language)
        if target not in _TARGETS:
            raise InvalidInputError(f"unknown target {target!r}; accepted: 'sms', 'text', 'html'")
        fmt = _Formatter(lang, target)
        return {name: fmt(value) for name, value in self.values}

    def _personalise(self, language: str, target: str) -> tuple[dict[str, TemplateValue], bool]:
        values, fmt = self._formatted(language, target)
        return values, fmt.fell_back

    def _formatted(self, language: str, target: str) -> tuple[dict[str, TemplateValue], _Formatter]:
        fmt = _Formatter(check_language(language), target)
        return {name: fmt(value) for name, value in self.values}, fmt

    def template(self, channel: NoticeChannel | str, language: str) -> NoticeTemplate:
        """The built-in template of this notice for ``channel`` and ``language``."""
        return builtin_template(self.kind, _channel(channel), check_language(language))

    def sms(self, language: str = "kk", *, template: NoticeTemplate | None = None) -> SmsMessage:
        """The SMS text and its segment count."""
        tpl = _template(template) or self.template(NoticeChannel.SMS, language)
        values, _ = self._personalise(language, "sms")
        return SmsMessage(tpl.fill(values))

    def portal_status(self, language: str = "kk", *, template: NoticeTemplate | None = None) -> str:
        """The one-line status shown in the citizen's personal cabinet on the portal."""
        tpl = _template(template) or self.template(NoticeChannel.PORTAL, language)
        values, _ = self._personalise(language, "sms")
        return " ".join(tpl.fill(values).split())

    def email(self, language: str = "kk", *, template: NoticeTemplate | None = None) -> EmailMessage:
        """The email: subject, plain text and HTML, from one template."""
        lang = check_language(language)
        tpl = _template(template) or self.template(NoticeChannel.EMAIL, lang)
        plain, _ = self._personalise(lang, "sms")
        text_values, fmt = self._formatted(lang, "text")
        html_values, _ = self._personalise(lang, "html")
        subject = " ".join(tpl.fill_subject(plain).split()) if tpl.subject else ""
        text = _BLANKS.sub("\n\n", tpl.fill(text_values)).strip()
        filled_html = tpl.fill(html_values, html=True)
        if lang == "ru":
            for shown, note in ((fmt.translated, _TRANSLATED_RU), (fmt.fell_back, _FOOTNOTE_RU)):
                if shown:
                    text += f"\n\n{note}"
                    filled_html += f"\n\n{escape(note)}"
        html = paragraphs_to_html(filled_html, language=lang, title=subject)
        return EmailMessage(subject, text + "\n", html)

    def preview(
        self,
        channel: NoticeChannel | str = "email",
        language: str = "kk",
        *,
        format: str = "html",
        template: NoticeTemplate | None = None,
    ) -> str:
        """The body for ``channel`` with what is known filled in and every missing placeholder highlighted."""
        lang = check_language(language)
        ch = _channel(channel)
        tpl = _template(template) or self.template(ch, lang)
        target = "sms" if ch is not NoticeChannel.EMAIL else ("html" if format == "html" else "text")
        values, _ = self._personalise(lang, target)
        return tpl.preview(values, format=format)


def _template(value: object) -> NoticeTemplate | None:
    if value is None or isinstance(value, NoticeTemplate):
        return value
    raise InvalidTypeError(
        f"template must be a NoticeTemplate (e.g. NoticeTemplate('... ((number)) ...')) or None, "
        f"got {type(value).__name__}"
    )


def _channel(value: NoticeChannel | str) -> NoticeChannel:
    if isinstance(value, NoticeChannel):
        return value
    if not isinstance(value, str):
        raise InvalidTypeError(f"channel must be a NoticeChannel or str, got {type(value).__name__}")
    try:
        return NoticeChannel(value)
    except ValueError:
        raise InvalidInputError(f"unknown channel {value!r}; accepted: 'sms', 'email', 'portal'") from None


# ------------------------------------------------------------------------------------------------- builders


def _greeting(recipient: Person | None) -> LocalizedText:
    if recipient is None:
        return LocalizedText("Сәлеметсіз бе!", ru="Здравствуйте!")
    if not isinstance(recipient, Person):
        raise InvalidTypeError(f"recipient must be a Person or None, got {type(recipient).__name__}")
    return LocalizedText(f"Сәлеметсіз бе, {recipient.full_name}!", ru=f"Здравствуйте, {recipient.full_name}!")


def _office_values(office: Office | None) -> dict[str, NoticeValue]:
    if office is None:
        return {"office": None, "office_address": None, "office_phone": None}
    if not isinstance(office, Office):
        raise InvalidTypeError(f"office must be a kzsocial.registry.Office or None, got {type(office).__name__}")
    phones = [phone_text(p) for p in office.phones if p.kind is PhoneKind.PHONE]
    return {"office": office.name, "office_address": office.address, "office_phone": ", ".join(phones) or None}


def _service(service: object) -> ServiceDefinition:
    if not isinstance(service, ServiceDefinition):
        raise InvalidTypeError(f"service must be a ServiceDefinition, got {type(service).__name__}")
    return service


def _number(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InvalidTypeError(f"number must be a str, an int or None, got {type(value).__name__}")
    if isinstance(value, int) and value.bit_length() > 256:
        raise InvalidInputError("number is at most 64 characters")
    return check_identifier(str(value), "the talon number")


def _moment(name: str, value: object, *, optional: bool = False) -> dt.date | None:
    if value is None and optional:
        return None
    if not isinstance(value, dt.date):
        raise InvalidTypeError(f"{name} must be a date or datetime, got {type(value).__name__}")
    return value


def _common(
    service: ServiceDefinition | None, office: Office | None, number: object, recipient: Person | None
) -> dict[str, NoticeValue]:
    values: dict[str, NoticeValue] = {
        "greeting": _greeting(recipient),
        "number": _number(number),
        "service": None if service is None else service.title,
    }
    values.update(_office_values(office))
    return values


def documents_accepted(talon: Talon, *, recipient: Person | None = None) -> Notice:
    """Documents accepted, with the due date, from a built talon (the applicant is the default recipient).

    ``due_at`` is the talon's; a talon without one leaves ``due_at`` unfilled, so rendering raises.
    """
    if not isinstance(talon, Talon):
        raise InvalidTypeError(f"talon must be a Talon (from build_talon), got {type(talon).__name__}")
    values = _common(talon.service, talon.office, talon.number, recipient or talon.applicant)
    values.update(
        {
            "accepted_at": talon.accepted_at,
            "due_at": talon.due_at,
            "documents": tuple(d.name for d in talon.documents),
            "document_count": talon.document_count,
        }
    )
    return Notice(NoticeKind.DOCUMENTS_ACCEPTED, values)


def result_ready(
    service: ServiceDefinition,
    *,
    office: Office | None,
    ready_at: dt.datetime,
    number: str | int | None = None,
    recipient: Person | None = None,
) -> Notice:
    """The result is ready for collection: where (the office) and when, from … until … in the office's hours.

    ``ready_at`` is when the result is ready (often a talon's ``due_at``: the close of the office on the term's
    last day). The notice announces the office's open hours on the day it can be collected (``pickup_day``,
    ``pickup_from``, ``pickup_until``): from ``ready_at`` (or the day's opening, when ``ready_at`` is at or
    before it, or at the closing time that ends the term) until the day's closing; the next open day when
    ``ready_at`` is after closing. With no hours known (neither the office's nor the service's), it says
    "not before ``ready_at``" (``pickup_until`` is ``None``).
    """
    svc = _service(service)
    values = _common(svc, office, number, recipient)
    ready = _moment("ready_at", ready_at)
    values["ready_at"] = ready
    day, start, end = _pickup_window(ready, hours_for(svc, office))  # type: ignore[arg-type]
    values.update({"pickup_day": day, "pickup_from": start, "pickup_until": end, "no_hours": end is None})
    return Notice(NoticeKind.RESULT_READY, values)


def _pickup_window(ready: dt.datetime | dt.date, hours: OfficeHours | None) -> tuple[dt.date, dt.time, dt.time | None]:
    """The day and the open hours in which a result ready at ``ready`` can be collected.

    >>> h = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")])
    >>> _pickup_window(dt.datetime(2009, 1, 8, 18, 0), h)  # ready by the close: that day, open to close
    (datetime.date(2009, 1, 8), datetime.time(9, 0), datetime.time(18, 0))
    >>> _pickup_window(dt.datetime(2009, 1, 8, 11, 0), h)
    (datetime.date(2009, 1, 8), datetime.time(11, 0), datetime.time(18, 0))
    >>> _pickup_window(dt.datetime(2009, 1, 9, 19, 0), h)  # after the close on a Friday: Monday
    (datetime.date(2009, 1, 12), datetime.time(9, 0), datetime.time(18, 0))
    >>> _pickup_window(dt.datetime(2009, 1, 8, 18, 0), None)
    (datetime.date(2009, 1, 8), datetime.time(18, 0), None)
    """
    if not isinstance(ready, dt.datetime):
        ready = dt.datetime.combine(ready, dt.time(0, 0))
    local = ready.replace(tzinfo=None)
    if hours is None:
        return local.date(), local.time(), None
    day, at = local.date(), local.time()
    for _ in range(62):
        intervals = hours.hours_on(day)
        if intervals:
            opens, closes = intervals[0].start, intervals[-1].end
            if at <= opens or at == closes:
                return day, opens, closes
            if at < closes:
                return day, at, closes
        day, at = day + dt.timedelta(days=1), dt.time(0, 0)
    return local.date(), local.time(), None


def refusal(
    service: ServiceDefinition,
    *,
    grounds: Sequence[Statement | int],
    decided_at: dt.date,
    office: Office | None,
    number: str | int | None = None,
    recipient: Person | None = None,
    with_complaint: bool = True,
) -> Notice:
    """A refusal, naming its ``grounds``: statements of ``service.refusal_grounds`` or their indices.

    With ``with_complaint``, the act's complaint procedure (``service.complaint``) is added where it has one.
    """
    svc = _service(service)
    if isinstance(grounds, str | bytes) or not isinstance(grounds, Sequence) or not grounds:
        raise InvalidInputError(
            f"grounds must name at least one of the {len(svc.refusal_grounds)} refusal grounds of {svc.id} "
            "(a Statement of service.refusal_grounds or its index)"
        )
    chosen: list[LocalizedText] = []
    for g in grounds:
        if isinstance(g, bool) or not isinstance(g, int | Statement):
            raise InvalidTypeError(f"a ground is a Statement or an index, got {type(g).__name__}")
        if isinstance(g, int):
            if not 0 <= g < len(svc.refusal_grounds):
                raise InvalidInputError(
                    f"{svc.id} has {len(svc.refusal_grounds)} refusal grounds; index {g} is out of range"
                )
            chosen.append(svc.refusal_grounds[g].text)
        elif g in svc.refusal_grounds:
            chosen.append(g.text)
        else:
            raise InvalidInputError(f"{g.text.kk!r} is not a refusal ground of {svc.id}; use service.refusal_grounds")
    values = _common(svc, office, number, recipient)
    complaint = tuple(c.text for c in svc.complaint) if with_complaint else ()
    values.update(
        {
            "decided_at": _moment("decided_at", decided_at),
            "grounds": tuple(chosen),
            "complaint": complaint or None,
        }
    )
    return Notice(NoticeKind.REFUSAL, values)


def documents_missing(
    service: ServiceDefinition,
    *,
    missing: DocumentCheck | Iterable[DocumentRequirement | str],
    office: Office | None,
    number: str | int | None = None,
    recipient: Person | None = None,
) -> Notice:
    """Documents are missing: names them (a :class:`DocumentCheck`, requirements, or document ids)."""
    svc = _service(service)
    if isinstance(missing, DocumentCheck):
        reqs: list[DocumentRequirement] = list(missing.missing)
    elif isinstance(missing, str | bytes) or not isinstance(missing, Iterable):
        raise InvalidTypeError("missing must be a DocumentCheck or an iterable of documents, not a string")
    else:
        by_id = {d.id: d for d in svc.documents}
        reqs = []
        for item in missing:
            if isinstance(item, DocumentRequirement):
                reqs.append(item)
            elif isinstance(item, str) and item in by_id:
                reqs.append(by_id[item])
            elif isinstance(item, str):
                raise UnknownDocumentError(
                    f"{svc.id} lists no document with id {item!r}; accepted: {', '.join(sorted(by_id))}"
                )
            else:
                raise InvalidTypeError(f"a document is an id or a DocumentRequirement, got {type(item).__name__}")
    if not reqs:
        raise InvalidInputError("nothing is missing: name at least one document")
    values = _common(svc, office, number, recipient)
    values["missing"] = tuple(r.name for r in reqs)
    return Notice(NoticeKind.DOCUMENTS_MISSING, values)


def _later(new: dt.date, previous: dt.date) -> bool:
    """Whether ``new`` is after ``previous``. Two dates, or two datetimes both naive or both aware, compare
    exactly; otherwise only the days are compared and the same day is allowed."""
    if isinstance(new, dt.datetime) and isinstance(previous, dt.datetime):
        if (new.tzinfo is None) == (previous.tzinfo is None):
            return new > previous
    elif not isinstance(new, dt.datetime) and not isinstance(previous, dt.datetime):
        return new > previous
    new_day = new.date() if isinstance(new, dt.datetime) else new
    previous_day = previous.date() if isinstance(previous, dt.datetime) else previous
    return new_day >= previous_day


def term_extended(
    service: ServiceDefinition,
    *,
    new_due_at: dt.date,
    office: Office | None,
    previous_due_at: dt.date | None = None,
    reason: str | LocalizedText | None = None,
    number: str | int | None = None,
    recipient: Person | None = None,
) -> Notice:
    """The term was extended: the new date (and the previous one and the reason, when given)."""
    new = _moment("new_due_at", new_due_at)
    previous = _moment("previous_due_at", previous_due_at, optional=True)
    if new is not None and previous is not None and not _later(new, previous):
        raise InvalidInputError(f"the new due date {new} must be after the previous one {previous}")
    if reason is not None and not isinstance(reason, str | LocalizedText):
        raise InvalidTypeError(f"reason must be a str, a LocalizedText or None, got {type(reason).__name__}")
    values = _common(_service(service), office, number, recipient)
    values.update({"new_due_at": new, "previous_due_at": previous, "reason": reason})
    return Notice(NoticeKind.TERM_EXTENDED, values)


def reception_reminder(
    office: Office,
    *,
    after: dt.datetime | None = None,
    slot: ReceptionSlot | None = None,
    who: str | LocalizedText | None = None,
    calendar: object = None,
    recipient: Person | None = None,
) -> Notice:
    """A reminder of the office head's next reception (from ``after``), or of a given ``slot``.

    With ``after``, the earliest next reception of any of the office's schedules is used (holidays skipped,
    ``calendar`` as in :meth:`Office.next_reception`) and ``who`` is that schedule's (the akim, a deputy, ...).
    """
    if not isinstance(office, Office):
        raise InvalidTypeError(f"office must be a kzsocial.registry.Office, got {type(office).__name__}")
    if (after is None) == (slot is None):
        raise InvalidInputError("give exactly one of after= (find the next reception) or slot= (a known one)")
    person: LocalizedText | str | None = who
    place: LocalizedText | None = None
    if after is not None:
        computable = [s for s in office.reception if s.computable]
        if not computable:
            raise InvalidInputError(
                f"office {office.id!r} has no reception schedule precise enough to compute in its act; "
                "pass slot= with a known reception"
            )
        found = [(s.next_reception(after, calendar=calendar), s) for s in computable]
        slot, schedule = min(found, key=lambda pair: pair[0].start)
        person = who if who is not None else schedule.who
        place = schedule.place
    elif not isinstance(slot, ReceptionSlot):
        raise InvalidTypeError(f"slot must be a ReceptionSlot, got {type(slot).__name__}")
    elif who is None and len(office.reception) == 1:
        person = office.reception[0].who
        place = office.reception[0].place
    if slot is None:  # pragma: no cover - excluded above
        raise InvalidInputError("no reception slot")
    values = _common(None, office, None, recipient)
    if place is not None:
        values["office_address"] = place
    values.update(
        {
            "who": person,
            "reception_date": slot.start.date(),
            "start": slot.start.time() if slot.time_known else None,
            "end": slot.end.time() if slot.end is not None and slot.time_known else None,
        }
    )
    return Notice(NoticeKind.RECEPTION_REMINDER, values)
