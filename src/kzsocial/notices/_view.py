"""A language-specific, format-neutral view of a talon or a refusal receipt: what the renderers lay out.

Building the view picks the wording (``_labels``), formats dates (``_kkdate``) and chooses the language of each
name; the text and HTML renderers only lay it out. In a Russian view a name the act gives only in Kazakh shows the
library's translation (``LocalizedText.translated``), and a footnote says that these names are kzsocial's
translation, not the act's wording; a name with no Russian at all stays in Kazakh, marked with ``*`` and explained
in a footnote (never dropped). Phones print with their area code where the act printed one without it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Protocol

from attrs import frozen

from kzsocial.calendar import TermUnit, term_text
from kzsocial.notices._kkdate import check_language, format_date, format_datetime
from kzsocial.notices._labels import FIELD_LABELS, KIND_TITLES, TEXT
from kzsocial.provenance import LocalizedText
from kzsocial.registry import Phone, PhoneKind
from kzsocial.services import TalonField, TalonKind

if TYPE_CHECKING:
    from kzsocial.calendar import Deadline
    from kzsocial.notices._document import TalonDocument
    from kzsocial.notices._person import Person
    from kzsocial.registry import Office
    from kzsocial.services import Channel, DocumentRequirement, ServiceDefinition


class TalonLike(Protocol):
    """What a talon's view reads of a :class:`~kzsocial.notices.Talon` (defined above this module)."""

    @property
    def service(self) -> ServiceDefinition: ...
    @property
    def kind(self) -> TalonKind | None: ...
    @property
    def accepted_at(self) -> dt.datetime: ...
    @property
    def documents(self) -> tuple[TalonDocument, ...]: ...
    @property
    def document_count(self) -> int: ...
    @property
    def number(self) -> str | None: ...
    @property
    def deadline(self) -> Deadline | None: ...
    @property
    def due_at(self) -> dt.datetime | None: ...
    @property
    def registered_at(self) -> dt.datetime | None: ...
    @property
    def accepted_by(self) -> Person | None: ...
    @property
    def applicant(self) -> Person | None: ...
    @property
    def representative(self) -> Person | None: ...
    @property
    def office(self) -> Office | None: ...
    @property
    def channel(self) -> Channel | None: ...


class ReceiptLike(Protocol):
    """What a receipt's view reads of a :class:`~kzsocial.notices.RefusalReceipt` (defined above this module)."""

    @property
    def service(self) -> ServiceDefinition: ...
    @property
    def required_fields(self) -> tuple[TalonField, ...]: ...
    @property
    def issued_at(self) -> dt.datetime: ...
    @property
    def missing(self) -> tuple[DocumentRequirement, ...]: ...
    @property
    def number(self) -> str | None: ...
    @property
    def accepted_by(self) -> Person | None: ...
    @property
    def applicant(self) -> Person | None: ...
    @property
    def applicant_address(self) -> str | None: ...
    @property
    def representative(self) -> Person | None: ...
    @property
    def office(self) -> Office | None: ...
    @property
    def executor(self) -> Person | None: ...
    @property
    def executor_phone(self) -> str | None: ...


__all__ = ["Row", "View", "localized", "office_line", "person_line", "phone_text", "refusal_view", "talon_view"]


@frozen
class Row:
    """A labelled line: a single ``value`` or a numbered list of ``items``."""

    key: str
    label: str
    value: str | None = None
    items: tuple[str, ...] = ()


@frozen
class View:
    language: str
    heading: str
    subtitle: str
    rows: tuple[Row, ...]
    paragraphs: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    signatures: tuple[str, ...] = ()
    footnote: str | None = None


class _Lang:
    """Chooses the language of each name; remembers whether a Kazakh fallback or a translation was used."""

    def __init__(self, language: str) -> None:
        self.language = check_language(language)
        self.fell_back = False
        self.translated = False

    def footnote(self) -> str | None:
        """The footnotes the names shown call for (the translation note, the Kazakh fallback note)."""
        notes = []
        if self.translated:
            notes.append(TEXT[self.language]["translated"])
        if self.fell_back:
            notes.append(TEXT[self.language]["kk_fallback"])
        return "\n".join(notes) or None

    def __call__(self, text: LocalizedText | None) -> str:
        return localized(text, self.language, self)


def localized(text: LocalizedText | None, language: str, tracker: _Lang | None = None) -> str:
    """``text`` in ``language``; in Russian a Kazakh-only text is shown in Kazakh with a trailing ``*``."""
    if text is None:
        return ""
    if language == "kk":
        return text.kk
    if text.ru is not None:
        if tracker is not None and text.is_translation("ru"):
            tracker.translated = True
        return text.ru
    if tracker is not None:
        tracker.fell_back = True
    return f"{text.kk} *"


def person_line(person: Person, language: str, *, with_phone: bool = True, with_address: bool = False) -> str:
    parts = [person.full_name]
    if person.position:
        parts[0] += f" ({person.position})"
    if with_address and person.address:
        parts.append(person.address)
    if with_phone and person.phone:
        parts.append(f"{FIELD_LABELS[language]['phone']} {person.phone}")
    return ", ".join(parts)


def phone_text(phone: Phone) -> str:
    """A phone for a document given to a citizen: as printed, with the area code put in front where the act
    printed the number without it (``50-68-89`` of an Aktau office prints as ``8 (7292) 50-68-89``).

    >>> phone_text(Phone("50-68-89", "+77292506889", ""))
    '8 (7292) 50-68-89'
    >>> phone_text(Phone("8 (7292) 50-06-67", "+77292500667", ""))
    '8 (7292) 50-06-67'
    """
    shown = phone.display
    if phone.e164 is None or not phone.e164.startswith("+7") or len(phone.e164) != 12:
        return shown
    national = phone.e164[2:]
    digits = "".join(c for c in shown if c.isdigit())
    if len(digits) < len(national) and national.endswith(digits):
        return f"8 ({national[: len(national) - len(digits)]}) {shown}"
    return shown


def office_line(office: Office, lang: _Lang, *, with_phone: bool = True) -> str:
    parts = [lang(office.name)]
    if office.address is not None:
        parts.append(lang(office.address))
    phones = [phone_text(p) for p in office.phones if p.kind is PhoneKind.PHONE]
    if with_phone and phones:
        parts.append(f"{FIELD_LABELS[lang.language]['phone']} {', '.join(phones)}")
    return ", ".join(parts)


def _heading(title: str, number: str | None, day: dt.date, language: str) -> str:
    sign = TEXT[language]["number_sign"]
    num = f" {sign} {number}" if number else ""
    if language == "kk":
        return f"{format_date(day, 'kk', attributive=True)}{num} {title.upper()}"
    return f"{title.upper()}{num} от {format_date(day, 'ru')}"


def talon_view(talon: TalonLike, language: str) -> View:
    lang = _Lang(language)
    labels = FIELD_LABELS[lang.language]
    text = TEXT[lang.language]
    title, subtitle = KIND_TITLES[talon.kind][lang.language]
    rows: list[Row] = []
    if talon.number is not None:
        rows.append(Row("number", labels["number"], talon.number))
    rows.append(Row("service", labels["service"], lang(talon.service.title)))
    rows.append(Row("accepted_at", labels["accepted_at"], format_datetime(talon.accepted_at, lang.language)))
    registered = talon.registered_at
    if registered is not None and registered != talon.accepted_at:
        rows.append(Row("registered_at", labels["registered_at"], format_datetime(registered, lang.language)))
    rows.append(Row("documents", labels["documents"], items=tuple(lang(d.name) for d in talon.documents)))
    rows.append(Row("document_count", labels["document_count"], str(talon.document_count)))
    if talon.due_at is not None:
        rows.append(Row("due_at", labels["due_at"], format_datetime(talon.due_at, lang.language)))
    elif (term := talon.service.term_for(talon.channel)) is not None:
        # The date is not known yet (the term runs from a later event): say what the act promises instead.
        promise = term_text(term.term, "kk" if lang.language == "kk" else "ru")
        if term.starts_from_text is not None:
            promise += f" ({lang(term.starts_from_text)})"
        rows.append(Row("term", labels["term"], promise))
    if talon.office is not None:
        rows.append(Row("result_place", labels["result_place"], office_line(talon.office, lang)))
    if talon.accepted_by is not None:
        rows.append(Row("accepted_by", labels["accepted_by"], person_line(talon.accepted_by, lang.language)))
    if talon.applicant is not None:
        rows.append(Row("applicant", labels["applicant"], person_line(talon.applicant, lang.language)))
    if talon.representative is not None:
        rows.append(Row("representative", labels["representative"], person_line(talon.representative, lang.language)))
    notes: list[str] = []
    if talon.kind is None:
        notes.append(text["no_talon"])
    elif talon.kind is TalonKind.UNDEFINED:
        notes.append(text["undefined_talon"])
    elif talon.kind is TalonKind.REGISTER:
        notes.append(text["register_note"])
    if talon.due_at is None:
        notes.append(text["due_unknown"])
    elif talon.deadline is None:
        notes.append(text["due_given"])
    elif talon.deadline is not None and talon.deadline.ambiguous:
        as_working = talon.deadline.policy.unqualified_days is TermUnit.WORKING_DAYS
        notes.append(text["ambiguous_days_working" if as_working else "ambiguous_days"])
    # The row above names who accepted the documents; the signature line is for their signature only.
    signatures = (f"{text['accepted_signature']}: ____________",)
    return View(
        language=lang.language,
        heading=_heading(title, talon.number, talon.accepted_at.date(), lang.language),
        subtitle=subtitle,
        rows=tuple(rows),
        notes=tuple(notes),
        signatures=signatures,
        footnote=lang.footnote(),
    )


def refusal_view(receipt: ReceiptLike, language: str) -> View:
    """The receipt of refusal laid out as the act's form: the applicant and their address, the branch and its
    address, the service, the missing documents, the employee who refuses, the executor and the executor's phone,
    then the lines the applicant fills in by hand («Алдым» / «Получил» and the date)."""
    lang = _Lang(language)
    labels = FIELD_LABELS[lang.language]
    text = TEXT[lang.language]
    rows: list[Row] = []
    if receipt.number is not None:
        rows.append(Row("number", labels["number"], receipt.number))
    if receipt.applicant is not None:
        # The form names the applicant and, under the name, the address; it prints no phone of theirs.
        rows.append(
            Row(
                "applicant",
                labels["refusal_applicant"],
                person_line(receipt.applicant, lang.language, with_phone=False),
            )
        )
    if receipt.applicant_address is not None:
        rows.append(Row("applicant_address", labels["applicant_address"], receipt.applicant_address))
    if receipt.representative is not None:
        rows.append(Row("representative", labels["representative"], person_line(receipt.representative, lang.language)))
    office = ""
    if receipt.office is not None:
        # The branch and its address («№ ___ бөлімі (мекенжайы көрсетілсін)»); the form's only phone is the executor's.
        branch = office_line(receipt.office, lang, with_phone=False)
        rows.append(Row("office", labels["refusal_office"], branch))
        name = lang(receipt.office.name)
        office = f"{name} ({lang(receipt.office.address)}) " if receipt.office.address is not None else f"{name} "
    service_title = lang(receipt.service.title)
    rows.append(Row("service", labels["service"], service_title))
    rows.append(Row("missing", labels["missing"], items=tuple(lang(d.name) for d in receipt.missing)))
    rows.append(Row("issued_at", labels["issued_at"], format_datetime(receipt.issued_at, lang.language)))
    if receipt.accepted_by is not None:
        rows.append(
            Row("accepted_by", labels["refused_by"], person_line(receipt.accepted_by, lang.language, with_phone=False))
        )
    if receipt.executor is not None:
        rows.append(Row("executor", labels["executor"], person_line(receipt.executor, lang.language, with_phone=False)))
    if receipt.executor_phone is not None:
        rows.append(Row("executor_phone", labels["executor_phone"], receipt.executor_phone))
    sign = text["number_sign"]
    num = f", {sign} {receipt.number}" if receipt.number else ""
    body = text["refusal_body"].format(
        office=office, service=service_title, refuses=text["refuses" if office else "refused"]
    )
    signatures: tuple[str, ...] = (f"{text['refused_signature']}: ____________",)
    if TalonField.RECEIVED_AT in receipt.required_fields:
        # As on the form: the applicant signs and writes the date they received the receipt by hand.
        signatures += (text["received_form"], text["received_date"])
    else:
        signatures += (f"{text['received']}: ____________",)
    return View(
        language=lang.language,
        heading=text["refusal_title"].upper(),
        subtitle=f"{format_date(receipt.issued_at.date(), lang.language)}{num}",
        rows=tuple(rows),
        paragraphs=(body, text["copies"]),
        signatures=signatures,
        footnote=lang.footnote(),
    )
