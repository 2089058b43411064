"""Sample applicants and sample cases: one application to one service, ready to feed the builders.

A :class:`SampleCase` is the service, the office that takes the documents, the moment they were handed in, the
document ids, the applicant and the officer: everything :func:`kzsocial.notices.build_talon` needs.
:func:`sample_case` builds the obvious one for a service (a citizen handing in every required document);
:func:`kzsocial.testing.cases` draws any of them with hypothesis. This module does not import hypothesis.

>>> import datetime as dt
>>> from kzsocial.services import catalog
>>> case = sample_case(catalog().get("karaganda-2008/unemployed-registration"), dt.datetime(2008, 12, 26, 18, 30))
>>> case.check().complete, case.office.id == case.service.office_ids[0]
(True, True)
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from attrs import frozen

from kzsocial.calendar import OfficeHours
from kzsocial.errors import DateOutOfRangeError, InvalidTypeError
from kzsocial.notices import Person
from kzsocial.registry import Office
from kzsocial.services import ApplicantProfile, Channel, DocumentCheck, ServiceDefinition, check_documents

__all__ = ["EXECUTOR", "OFFICER", "SampleApplicant", "SampleCase", "sample_applicants", "sample_case", "stand_in_due"]


@frozen
class SampleApplicant:
    """A person applying, and the profile that decides which conditional documents they bring."""

    label: str
    """A short unique name of the applicant in the cast (``citizen``, ``foreigner``, ``pensioner``, ...), for test
    ids."""
    person: Person
    """The applicant's name, phone (or none) and address, as the talon prints them."""
    profile: ApplicantProfile | None
    """The applicant's categories, which decide the conditional documents; ``None`` for a citizen of Kazakhstan with no
    special condition."""


OFFICER = Person("Петрова Анна Сергеевна", "8 (7212) 42-10-56", position="бас маман")
"""The officer who accepts the documents in the sample cases."""

EXECUTOR = Person("Сейітова Дина Маратқызы", "8 (7152) 46-12-80", position="бас маман")
"""The executor a receipt of refusal names (the 2015 regulations' form asks for the name and a phone)."""


def sample_applicants() -> tuple[SampleApplicant, ...]:
    """A fixed cast: a citizen with and without a phone, a foreigner, a stateless person, an oralman, a disabled
    person, a pensioner.

    >>> [a.label for a in sample_applicants()]
    ['citizen', 'citizen-no-phone', 'foreigner', 'stateless', 'oralman', 'disabled', 'pensioner']
    """
    return (
        SampleApplicant(
            "citizen",
            Person("Ахметова Гүлнар Серікқызы", "+7 701 123 45 67", address="Қарағанды қ., Ержанов к-сі, 12-4"),
            None,
        ),
        SampleApplicant(
            "citizen-no-phone",
            Person("Серікбаев Ерлан Болатұлы", address="Тараз қ., Төле би к-сі, 3"),
            ApplicantProfile.citizen(),
        ),
        SampleApplicant(
            "foreigner",
            Person("Ivanov Pavel", "+7 705 555 01 02", address="Петропавл қ., Абай к-сі, 40-7"),
            ApplicantProfile.of("foreigner"),
        ),
        SampleApplicant(
            "stateless",
            Person("Оспанов Дәурен", "+7 707 000 11 22", address="Ақтау қ., 5 шағын аудан, 18-30"),
            ApplicantProfile.of("stateless"),
        ),
        SampleApplicant(
            "oralman",
            Person("Нұрланұлы Айбек", "+7 747 321 00 00", address="Көкшетау қ., Әуезов к-сі, 201"),
            ApplicantProfile.of("oralman"),
        ),
        SampleApplicant(
            "disabled",
            Person("Қасымова Әсел", "+7 771 765 43 21", address="Теміртау қ., Республика д-лы, 9-2"),
            ApplicantProfile.of("disabled"),
        ),
        SampleApplicant(
            "pensioner",
            Person("Жұмабекова Мария", "+7 777 100 20 30", address="Балқаш қ., Ленин к-сі, 5"),
            ApplicantProfile.of("pensioner"),
        ),
    )


@frozen(repr=False)
class SampleCase:
    """One application: ``documents`` (ids) handed in for ``service`` at ``office`` at ``submitted_at``.

    Its repr names the service and the office by id, so hypothesis' falsifying examples stay readable.
    """

    service: ServiceDefinition
    """The service applied for."""
    office: Office | None
    """The office that takes the documents (one the act lists for the service, else an office of its act); ``None`` when
    the act names none."""
    submitted_at: dt.datetime
    """When the documents are handed in (naive office-local, or aware)."""
    documents: tuple[str, ...]
    """The ids of the documents handed in (of the service's documents or their alternatives)."""
    channel: Channel
    """Where the application is made (the provider, a service centre, the portal, an akim)."""
    profile: ApplicantProfile | None = None
    """Who applies, deciding the conditional documents; ``None`` for a citizen of Kazakhstan with no special
    condition."""
    applicant: Person | None = None
    """The applicant as the talon names them; ``None`` where the case leaves it out."""
    accepted_by: Person | None = OFFICER
    """The officer who accepts the documents (:data:`OFFICER` by default); ``None`` leaves it out."""
    number: str | None = "1"
    """The talon's registration number (``1`` by default); ``None`` for none yet."""
    executor: Person | None = EXECUTOR
    """The executor a receipt of refusal names (:data:`EXECUTOR` by default); ``None`` leaves it out."""
    due_at: dt.datetime | None = None
    """A stand-in result date, only where the act gives no term to compute it from the submission (see
    :func:`stand_in_due`); ``None`` where the act's term computes it."""

    def __repr__(self) -> str:
        office = None if self.office is None else self.office.id
        return (
            f"SampleCase(service={self.service.id!r}, office={office!r}, submitted_at={self.submitted_at!r}, "
            f"documents={self.documents!r}, channel={self.channel.value!r}, profile={self.profile!r}, "
            f"applicant={self.applicant!r}, accepted_by={self.accepted_by!r}, number={self.number!r}, "
            f"executor={self.executor!r}, due_at={self.due_at!r})"
        )

    def check(self) -> DocumentCheck:
        """What is missing, as :func:`kzsocial.services.check_documents` says."""
        return check_documents(self.service, self.documents, self.profile, channel=self.channel)

    def talon_kwargs(self) -> dict[str, Any]:
        """The keyword arguments of :func:`kzsocial.notices.build_talon` for this case, the service included:
        ``build_talon(**case.talon_kwargs())`` builds for every service of the catalogue (57 of 57).

        The service used to be left out and passed positionally; ``build_talon(case.service,
        **case.talon_kwargs())`` now fails with Python's ``TypeError`` (multiple values for ``service``)."""
        return {
            "service": self.service,
            "due_at": self.due_at,
            "submitted_at": self.submitted_at,
            "documents": self.documents,
            "applicant": self.applicant,
            "accepted_by": self.accepted_by,
            "office": self.office,
            "number": self.number,
            "channel": self.channel,
            "profile": self.profile,
        }

    def receipt_kwargs(self) -> dict[str, Any]:
        """The keyword arguments of :func:`kzsocial.notices.build_refusal_receipt` (and of
        :func:`~kzsocial.notices.build_receipt_or_refusal` for a case missing documents), the service included:
        the talon's without the stand-in ``due_at`` a receipt of refusal has no use for, and the executor a receipt
        of refusal names. ``build_refusal_receipt(**case.receipt_kwargs())``."""
        kwargs = self.talon_kwargs()
        del kwargs["due_at"]
        return {**kwargs, "executor": self.executor}


def _office_for(service: ServiceDefinition) -> Office | None:
    from kzsocial.registry import offices

    reg = offices()
    if service.office_ids:
        return reg.get(service.office_ids[0])
    return next((o for o in reg if o.act_id == service.act_id), None)


def sample_case(service: ServiceDefinition, submitted_at: dt.datetime) -> SampleCase:
    """The plain case of ``service``: a citizen hands in, on its first channel, the first listed form of every
    document the act requires, at the first office serving it (else an office of its act), at ``submitted_at``."""
    if not isinstance(service, ServiceDefinition):
        raise InvalidTypeError(f"service must be a ServiceDefinition, got {type(service).__name__}")
    if not isinstance(submitted_at, dt.datetime):
        raise InvalidTypeError(f"submitted_at must be a datetime.datetime, got {type(submitted_at).__name__}")
    channel = service.channels[0]
    documents = tuple(d.id for d in service.required_documents(None, channel=channel))
    applicant = sample_applicants()[0]
    office = _office_for(service)
    return SampleCase(
        service,
        office,
        submitted_at,
        documents,
        channel,
        applicant.profile,
        applicant.person,
        due_at=stand_in_due(service, submitted_at, office, channel),
    )


STAND_IN_DAYS = 10
"""How many calendar days after the submission the stand-in result date of :func:`stand_in_due` falls."""


def stand_in_due(
    service: ServiceDefinition, submitted_at: dt.datetime, office: Office | None, channel: Channel | None = None
) -> dt.datetime | None:
    """``None`` when the act's term computes the result date from the submission; else a stand-in the talon needs
    (the act states no term, or its term runs from a later event): :data:`STAND_IN_DAYS` calendar days after
    ``submitted_at``, at the same time. It is test data, not a date the act gives."""
    from kzsocial.notices._deadline import compute_due

    if not isinstance(service, ServiceDefinition):
        raise InvalidTypeError(f"service must be a ServiceDefinition, got {type(service).__name__}")
    if not isinstance(submitted_at, dt.datetime):
        raise InvalidTypeError(f"submitted_at must be a datetime.datetime, got {type(submitted_at).__name__}")
    if office is not None and not isinstance(office, Office):
        raise InvalidTypeError(f"office must be a kzsocial.registry.Office or None, got {type(office).__name__}")
    if channel is not None and not isinstance(channel, Channel):
        raise InvalidTypeError(f"channel must be a kzsocial.services.Channel or None, got {type(channel).__name__}")
    try:
        if compute_due(service, submitted_at, office, channel=channel).deadline is not None:
            return None
    except DateOutOfRangeError:  # the act's term runs past the calendar: the talon fails for that, not for this
        return None
    return submitted_at + dt.timedelta(days=STAND_IN_DAYS)


def _hours(service: ServiceDefinition, office: Office | None) -> OfficeHours:
    from kzsocial.services import hours_for

    return hours_for(service, office) or OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")])
