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
    date: dt.date
    body: LocalizedText
    source: Source


@frozen
class Repeal:
    """The act that repealed this one."""

    number: str | None
    date: dt.date | None
    by: LocalizedText
    source: Source


@frozen
class Amendment:
    """An act that amended this one."""

    number: str
    date: dt.date
    description: LocalizedText
    source: Source


@frozen
class Signatory:
    """Who signed the act, and in what office."""

    name: LocalizedText
    source: Source
    role: LocalizedText | None = None


@frozen
class EntryIntoForce:
    """When the act comes into force, as it says (``date`` when the act gives one)."""

    text: LocalizedText
    source: Source
    date: dt.date | None = None


@frozen
class ListedService:
    """A row of an act's own list of its services (Aktau's annex 1): number, title, section, provider."""

    number: str
    title: LocalizedText
    source: Source
    service_id: str | None = None
    section: LocalizedText | None = None
    consumers: LocalizedText | None = None
    provider: LocalizedText | None = None
    field_sources: tuple[FieldSource, ...] = ()


@frozen
class LegalAct(DictForm):
    """A resolution of a regional akimat that approved standards or regulations of state services."""

    id: str
    source_file: str
    region: str
    timezone: str
    issuer: LocalizedText
    kind: str
    number: str
    date: dt.date
    title: LocalizedText
    source: Source
    registration: Registration | None = None
    repeal: Repeal | None = None
    amendments: tuple[Amendment, ...] = ()
    signed_by: Signatory | None = None
    entry_into_force: EntryIntoForce | None = None
    service_list: tuple[ListedService, ...] = ()
    """The act's own list of the services it approves, where it has one (an annex)."""
    field_sources: tuple[FieldSource, ...] = ()
    data_issues: tuple[DataIssue, ...] = ()

