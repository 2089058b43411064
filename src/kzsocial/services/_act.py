"""Legal acts: the regional resolutions the services come from."""

from __future__ import annotations

import datetime as dt

from attrs import frozen

from kzsocial.provenance import DataIssue, LocalizedText, Source

__all__ = ["Amendment", "LegalAct", "Registration", "Repeal"]


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
class LegalAct:
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
    data_issues: tuple[DataIssue, ...] = ()
