"""Legal acts: the regional resolutions the services come from."""

from __future__ import annotations

import datetime as dt

from attrs import frozen

from kzsocial.provenance import DataIssue, FieldSource, LocalizedText, Source
from kzsocial.serde import DictForm

__all__ = ["Amendment", "EntryIntoForce", "LegalAct", "ListedService", "Registration", "Repeal", "Signatory"]


@frozen
class Registration:
    """State registration of an act with the justice authorities."""

    number: str
    """The registration number as printed (``1863``)."""
    date: dt.date
    """The date of registration."""
    body: LocalizedText
    """The justice authority that registered it («Қарағанды облысының Әділет департаменті»), with translations."""
    source: Source
    """Where the act's text records the registration."""


@frozen
class Repeal:
    """The act that repealed this one."""

    number: str | None
    """The repealing act's number; ``None`` where the text does not print it."""
    date: dt.date | None
    """The repealing act's date; ``None`` where the text does not print it."""
    by: LocalizedText
    """The repealing act as the text names it («... 2016 жылғы 26 мамырдағы N 181 қаулысы»), with translations."""
    source: Source
    """Where the act's text records the repeal («Күші жойылды – ...»)."""


@frozen
class Amendment:
    """An act that amended this one."""

    number: str
    """The amending act's number as printed (``511``)."""
    date: dt.date
    """The amending act's date."""
    description: LocalizedText
    """What it changed (e.g. annex 1 restated), in kk, ru and en."""
    source: Source
    """Where the act's text records the amendment."""


@frozen
class Signatory:
    """Who signed the act, and in what office."""

    name: LocalizedText
    """The signatory's name as printed («Е.Сұлтанов»), with its Russian spelling where known."""
    source: Source
    """Where the act prints the signature."""
    role: LocalizedText | None = None
    """The office the signatory holds («Солтүстік Қазақстан облысының әкімі»); ``None`` where not printed."""


@frozen
class EntryIntoForce:
    """When the act comes into force, as it says (``date`` when the act gives one)."""

    text: LocalizedText
    """The act's own sentence on entry into force («ресми жарияланған күннен бастап күшіне енеді»), with its
    translations."""
    source: Source
    """Where the act prints it."""
    date: dt.date | None = None
    """The date of entry into force where the act gives one; ``None`` where it depends on an event (the official
    publication)."""


@frozen
class ListedService:
    """A row of an act's own list of its services (Aktau's annex 1): number, title, section, provider."""

    number: str
    """The row's number in the act's list, as printed."""
    title: LocalizedText
    """The service's title as the list prints it (it can differ from the standard's own title)."""
    source: Source
    """Where the list prints the row."""
    service_id: str | None = None
    """The id of the catalogue's service the row stands for; ``None`` where the act lists a service it gives no standard
    for."""
    section: LocalizedText | None = None
    """The list's section heading the row stands under, where it has sections."""
    consumers: LocalizedText | None = None
    """Who receives the service, as the list says; ``None`` where it does not."""
    provider: LocalizedText | None = None
    """The body that gives it, as the list says; ``None`` where it does not."""
    field_sources: tuple[FieldSource, ...] = ()
    """Where the list prints each field when not on the row's first line."""


@frozen
class LegalAct(DictForm):
    """A resolution of a regional akimat that approved standards or regulations of state services."""

    id: str
    """The act's id, ``<region>-<year>`` (``karaganda-2008``, ``nko-2015``); service ids start with it."""
    source_file: str
    """The act's text file under ``sources/`` (``000_24378b1da5dcbe4b.txt``), which every
    :class:`~kzsocial.provenance.Source` of its records names."""
    region: str
    """The region id it applies in (``karaganda``, ``mangystau``, ``north-kazakhstan``, ...)."""
    timezone: str
    """The IANA time zone of its region (``Asia/Almaty``; ``Asia/Aqtau`` for Mangystau), the default for its offices'
    hours."""
    issuer: LocalizedText
    """The akimat that adopted it, as printed («Қарағанды облысының әкімдігі»), with translations."""
    kind: str
    """The kind of act, ``resolution`` (қаулы) for all five."""
    number: str
    """The act's number as printed (``32/08``, ``А-7/428``)."""
    date: dt.date
    """The date the act was adopted."""
    title: LocalizedText
    """The act's title as printed, with translations."""
    source: Source
    """Where the act's title stands in its text."""
    registration: Registration | None = None
    """Its state registration with the justice authorities (number, date, body); ``None`` where the text records
    none."""
    repeal: Repeal | None = None
    """The act that repealed it, where the text says it lost force; ``None`` for an act in force as far as its text
    says."""
    amendments: tuple[Amendment, ...] = ()
    """The acts that amended it, in order."""
    signed_by: Signatory | None = None
    """Who signed it (the akim), as printed; ``None`` where the text prints no signature."""
    entry_into_force: EntryIntoForce | None = None
    """When it comes into force, as it says; ``None`` where it does not say."""
    service_list: tuple[ListedService, ...] = ()
    """The act's own list of the services it approves, where it has one (an annex)."""
    field_sources: tuple[FieldSource, ...] = ()
    """Where the act prints each of its fields (``issuer``, ``date``, ``number``, ...) when not on the title's line."""
    data_issues: tuple[DataIssue, ...] = ()
    """The act's defects found in its own record (a misprinted date, a number printed two ways), each with its
    source."""
