"""The service definition: what a standard or regulation promises about one state service, typed.

:class:`ServiceDefinition` holds the act's facts (each part is a value of its own module: terms in ``_terms``,
documents in ``_documents``, the talon in ``_talon_spec``, queue limits in ``_queue``, ...) and answers the
questions asked of them (which documents, which term, which office). :func:`service_deadline` and
:func:`hours_for` are the public entries of its deadline, counted in ``_deadline``.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

import attrs
from attrs import frozen

from kzsocial._checks import to_enum, to_str
from kzsocial.calendar import OfficeHours
from kzsocial.errors import InvalidInputError, InvalidTypeError, UnknownDocumentError
from kzsocial.provenance import DataIssue, FieldSource, LocalizedText, Source
from kzsocial.serde import DictForm
from kzsocial.services._categories import ApplicantQuestion, applicant_categories
from kzsocial.services._deadline import deadline_of, hours_of
from kzsocial.services._documents import ApplicantProfile, Channel, DocumentRequirement, channel_of, profile_of
from kzsocial.services._fee import Fee, FeeKind
from kzsocial.services._forms import ApplicationForm
from kzsocial.services._office_roles import OfficeLink, OfficeRole
from kzsocial.services._premises import Premises
from kzsocial.services._process import ProcessStep
from kzsocial.services._publication import PublicationPlace
from kzsocial.services._quality import QualityIndicator
from kzsocial.services._queue import QueueLimit, QueueRules, QueueStage
from kzsocial.services._statement import Statement
from kzsocial.services._supplied import SuppliedDocuments
from kzsocial.services._talon_spec import TalonSpec
from kzsocial.services._terms import ServiceTerm, TermRole

if TYPE_CHECKING:
    from kzsocial.calendar import CountingPolicy, Deadline, WorkCalendar
    from kzsocial.registry import Office

__all__ = ["AutomationForm", "ServiceDefinition", "ServiceKind", "hours_for", "service_deadline"]


class ServiceKind(enum.Enum):
    """A service standard (what is provided) or a service regulation (how, step by step)."""

    STANDARD = "standard"
    """A service standard (the 2008 acts): what is provided, to whom, with which documents and in what term."""
    REGULATION = "regulation"
    """A service regulation (North Kazakhstan 2015): how it is provided, step by step per channel (``steps``)."""


class AutomationForm(enum.Enum):
    """How far the act says the service is automated."""

    AUTOMATED = "automated"
    """«автоматтандырылған»: the act says the service is automated (given electronically)."""
    PARTLY_AUTOMATED = "partly_automated"
    """«ішінара автоматтандырылған»: partly automated."""
    NOT_AUTOMATED = "not_automated"
    """«автоматтандырылмаған»: not automated (given on paper)."""


def _issues(value: Iterable[DataIssue]) -> tuple[DataIssue, ...]:
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidTypeError(f"data_issues must be an iterable of DataIssue, got {type(value).__name__}")
    return tuple(value)


class _MainTermSlot(DictForm):
    """A slot outside the attrs fields (never compared, hashed, shown or serialised): the main term, found on first
    read (``terms`` is a frozen tuple of frozen values, so the answer never changes; a copy, ``attrs.evolve`` or an
    unpickled definition finds its own)."""

    __slots__ = ("_main_term",)
    if TYPE_CHECKING:
        _main_term: ServiceTerm | None


@frozen
class ServiceDefinition(_MainTermSlot):
    """A state service as a standard (2008) or a regulation (2015) defines it.

    Build these through :func:`kzsocial.services.catalog`; every field carries its source in the act.
    """

    id: str
    """The service's id, ``<act id>/<slug>`` (``karaganda-2008/unemployed-registration``)."""
    kind: ServiceKind
    """A standard (2008) or a regulation (2015)."""
    act_id: str
    """The id of the act that approves it (``karaganda-2008``)."""
    number: str
    """Its number within the act (the standard's or regulation's ordinal, as printed)."""
    title: LocalizedText
    """Its title as the act prints it (kk; ru and en where known)."""
    source: Source
    """Where the act prints the title."""
    definition: Statement | None = None
    """The act's definition of the service («мемлекеттік қызмет ... болып табылады»), where it gives one."""
    terms: tuple[ServiceTerm, ...] = ()
    """Every term the act states for the service (the main one, an extension, per channel, staged), each with its role
    and the event it runs from; empty where it states none."""
    legal_basis: tuple[Statement, ...] = ()
    """The laws and acts the service is given on, each in the act's words."""
    provider: Statement | None = None
    """The body that gives the service, in the act's words; ``None`` where it does not say."""
    form: AutomationForm | None = None
    """How far the act says the service is automated; ``None`` where it does not say."""
    form_source: Source | None = None
    """Where the act states ``form``."""
    results: tuple[Statement, ...] = ()
    """What the citizen receives (a certificate, a decision, a payment), in the act's words."""
    consumers: tuple[Statement, ...] = ()
    """Who may receive the service, in the act's words."""
    queue_limits: tuple[QueueLimit, ...] = ()
    """The longest waits in the queue the act allows, when handing in documents and when collecting the result."""
    queue_rules: QueueRules | None = None
    """Booking ahead and expedited service, where the act rules on them (None: it says nothing)."""
    premises: Premises | None = None
    """The premises where the service is given, where the act describes them."""
    published_at: tuple[PublicationPlace, ...] = ()
    """Where the act says the standard or its information is made public."""
    fee: Fee = Fee(FeeKind.UNSPECIFIED)
    """Whether the service is free or paid (and how much), as the act states; ``UNSPECIFIED`` where it does not say."""
    service_hours: OfficeHours | None = None
    """When the service is given, where the act states it (its standard's working schedule); ``None`` otherwise (the
    office's hours apply)."""
    intake_hours: OfficeHours | None = None
    """When documents are accepted, where the act gives a narrower window than ``service_hours``; ``None`` otherwise."""
    hours_sources: tuple[Source, ...] = ()
    """Where the act prints ``service_hours`` and ``intake_hours``."""
    hours_alternatives: tuple[OfficeHours, ...] = ()
    """Other hours the act prints for the service that differ (an ``inconsistent-hours`` data issue says where)."""
    channels: tuple[Channel, ...] = (Channel.PROVIDER,)
    """Where an application can be made (the provider, a service centre, the portal, an akim), in the act's order."""
    documents: tuple[DocumentRequirement, ...] = ()
    """Every document the act asks for, with its form, condition, alternatives and channels; :meth:`required_documents`
    narrows them to one applicant."""
    talon: TalonSpec | None = None
    """What the act requires the talon (or receipt) given on acceptance to hold; ``None`` where the act requires
    none."""
    provider_talon: TalonSpec | None = None
    """The provider's own talon, where a regulation defines one beside the centre's receipt (see talon_for)."""
    refusal_grounds: tuple[Statement, ...] = ()
    """The grounds on which the act allows refusing the service, in its words."""
    no_refusal_grounds: Statement | None = None
    """Where the act states that there are no grounds to refuse."""
    priority: tuple[Statement, ...] = ()
    """Who is served out of turn, where the act says."""
    result_delivery: tuple[Statement, ...] = ()
    """How and where the result is handed over, in the act's words."""
    complaint: tuple[Statement, ...] = ()
    """How to complain about the service (to whom, in what form), in the act's words."""
    complaint_receipt: TalonSpec | None = None
    """What confirms that a complaint was received and what it holds (a talon, the complaint register, the marked
    second copy), where the act says."""
    quality_indicators: tuple[QualityIndicator, ...] = ()
    """The rows of the standard's quality annex (timeliness, quality, accessibility, ...) with their normative
    values."""
    office_ids: tuple[str, ...] = ()
    """The offices that give the service (where documents are handed in)."""
    complaint_office_ids: tuple[str, ...] = ()
    """The offices the act names for complaints (akims' apparatus)."""
    office_roles: tuple[OfficeLink, ...] = ()
    """Every office the act names for the service, by role, with the point that names it (see offices_for)."""
    steps: tuple[ProcessStep, ...] = ()
    """A regulation's process: every action per channel and actor with its maximum duration; empty for a standard."""
    implements: Statement | None = None
    """For a regulation, the standard it implements, as it names it (a ministry's order, not among the seeds); ``None``
    otherwise."""
    other_providers: tuple[Statement, ...] = ()
    """Other bodies the act also names as giving the service."""
    document_notes: tuple[Statement, ...] = ()
    """Provisions about documents that are not documents themselves (e.g. that the forms are given out free of charge at
    the departments)."""
    forms: tuple[ApplicationForm, ...] = ()
    """The forms annexed to the act for this service (applications, notices, ...)."""
    supplied_documents: tuple[SuppliedDocuments, ...] = ()
    """Documents a third party supplies to the provider (not the applicant's to bring)."""
    termination_grounds: tuple[Statement, ...] = ()
    """The grounds on which the act ends the service once given (e.g. the child's death, for a child benefit)."""
    field_sources: tuple[FieldSource, ...] = ()
    """Where the act prints each field of the service when not at the title (``fee``, ``provider``, ...)."""
    data_issues: tuple[DataIssue, ...] = attrs.field(default=(), converter=_issues)
    """The act's defects found in this service's record (an ambiguous unit, inconsistent terms, a missing talon), each
    with its source."""

    def offices_for(self, role: OfficeRole | str) -> tuple[str, ...]:
        """The ids of the offices the act names in ``role`` (``serving``, ``complaints``, ``complaint_help``,
        ``information``, ``higher_body``, ``forms``), in the act's order.

        >>> from kzsocial.services import catalog
        >>> svc = catalog().get("karaganda-2008/prosthetic-orthopaedic-aid")
        >>> svc.offices_for("information")
        ('karaganda/oblast-employment-department',)
        >>> "karaganda/oblast-employment-department" in svc.offices_for("complaints")
        True
        """
        role = to_enum(OfficeRole, role, "office role")
        if role is OfficeRole.SERVING:
            return self.office_ids
        if role is OfficeRole.COMPLAINTS:
            return self.complaint_office_ids
        return tuple(dict.fromkeys(link.office_id for link in self.office_roles if link.role is role))

    @property
    def information_office_ids(self) -> tuple[str, ...]:
        """The offices the act names for additional information on the service."""
        return self.offices_for(OfficeRole.INFORMATION)

    @property
    def higher_body_ids(self) -> tuple[str, ...]:
        """The offices the act names as higher bodies of the serving office."""
        return self.offices_for(OfficeRole.HIGHER_BODY)

    @property
    def complaint_help_office_ids(self) -> tuple[str, ...]:
        """The offices that explain how to complain and help to prepare a complaint."""
        return self.offices_for(OfficeRole.COMPLAINT_HELP)

    def office_links(self, office_id: str) -> tuple[OfficeLink, ...]:
        """Every role the act gives ``office_id`` for this service, each with its source (none: an office the act
        does not name for it)."""
        office_id = to_str(office_id, "office_id")  # (an array compared to each id would answer elementwise)
        return tuple(link for link in self.office_roles if link.office_id == office_id)

    @property
    def main_term(self) -> ServiceTerm | None:
        """The service's main term, or None when the act states none."""
        try:
            return self._main_term
        except AttributeError:  # the first read (kept in a slot beside the fields)
            found = next((t for t in self.terms if t.role is TermRole.MAIN), None)
            object.__setattr__(self, "_main_term", found)
            return found

    def term_for(self, channel: Channel | str | None = None) -> ServiceTerm | None:
        """The term that applies on ``channel``: a term the act gives for that channel, else the main term."""
        ch = channel_of(channel)
        if ch is not None:
            for t in self.terms:
                if t.channel is ch and t.condition is None:
                    return t
        return self.main_term

    def deadline(
        self,
        submitted_at: dt.datetime | None = None,
        *,
        office: Office | None = None,
        hours: OfficeHours | None = None,
        term: ServiceTerm | None = None,
        channel: Channel | str | None = None,
        event_at: dt.datetime | None = None,
        calendar: WorkCalendar | None = None,
        policy: CountingPolicy | None = None,
    ) -> Deadline:
        """When the answer is due for an application made at ``submitted_at`` (see :func:`service_deadline`).

        >>> from kzsocial.services import catalog
        >>> svc = catalog().get("karaganda-2008/unemployed-registration")
        >>> d = svc.deadline(dt.datetime(2008, 12, 26, 18, 30))
        >>> d.registered_at, d.due_at
        (datetime.datetime(2008, 12, 29, 9, 0), datetime.datetime(2009, 1, 8, 18, 0))
        """
        return deadline_of(
            self,
            submitted_at,
            office=office,
            hours=hours,
            term=term,
            channel=channel,
            event_at=event_at,
            calendar=calendar,
            policy=policy,
        )

    def talon_for(self, channel: Channel | str | None = None) -> TalonSpec | None:
        """What the receipt must hold on ``channel``: the provider's own talon where the act defines one for
        applications made to the provider, else :attr:`talon`."""
        if channel_of(channel) is Channel.PROVIDER and self.provider_talon is not None:
            return self.provider_talon
        return self.talon

    def queue_limit(self, stage: QueueStage | str) -> QueueLimit | None:
        """The queue limit at ``submit`` or ``receive``, or None."""
        wanted = to_enum(QueueStage, stage, "queue stage")
        return next((q for q in self.queue_limits if q.stage is wanted), None)

    @property
    def variants(self) -> tuple[str, ...]:
        """The sub-services of a regulation that covers several (e.g. registration and certificate); else ()."""
        found = {s.variant for s in self.steps} | {d.variant for d in self.documents}
        return tuple(sorted(v for v in found if v is not None))

    def _variant(self, variant: str | None) -> str | None:
        if variant is not None and not isinstance(variant, str):
            raise InvalidTypeError(f"variant must be a str or None, got {type(variant).__name__}")
        if variant is not None and variant not in self.variants:
            accepted = ", ".join(self.variants) or "none (this service has no variants)"
            raise InvalidInputError(f"{self.id}: unknown variant {variant!r}; accepted: {accepted}")
        return variant

    def required_documents(
        self,
        profile: ApplicantProfile | None = None,
        *,
        channel: Channel | str | None = None,
        variant: str | None = None,
    ) -> tuple[DocumentRequirement, ...]:
        """The documents ``profile`` must bring (``None``: a citizen of Kazakhstan with no special condition).

        With ``channel``, only those asked for on that channel; with ``variant``, those of that sub-service.
        """
        ch, var, prof = channel_of(channel), self._variant(variant), profile_of(profile)
        return tuple(d for d in self.documents if d.required and d.applies_to(prof, ch, var))

    def optional_documents(
        self,
        profile: ApplicantProfile | None = None,
        *,
        channel: Channel | str | None = None,
        variant: str | None = None,
    ) -> tuple[DocumentRequirement, ...]:
        """Documents the act lists as optional for ``profile``."""
        ch, var, prof = channel_of(channel), self._variant(variant), profile_of(profile)
        return tuple(d for d in self.documents if not d.required and d.applies_to(prof, ch, var))

    def forms_for(self, document: DocumentRequirement | str) -> tuple[ApplicationForm, ...]:
        """The annexed forms of ``document`` (a requirement or its id): e.g. the application form of an annex.

        >>> from kzsocial.services import catalog
        >>> svc = catalog().get("nko-2015/child-allowance")
        >>> [(f.annex, f.title.kk, f.source.line) for f in svc.forms_for("application")]
        [('2', 'Он сегіз жасқа дейінгі балаларға жәрдемақы тағайындау үшін өтініш', 1090)]
        """
        if isinstance(document, str):
            found = next((d for d in self.documents if document in d.ids), None)
            if found is None:
                accepted = ", ".join(d.id for d in self.documents)
                raise UnknownDocumentError(f"{self.id}: no document {document!r}; its documents: {accepted}")
            document = next((a for a in (found, *found.alternatives) if a.id == document), found)
        elif not isinstance(document, DocumentRequirement):
            raise InvalidTypeError(f"document must be a DocumentRequirement or its id, got {type(document).__name__}")
        return tuple(f for f in self.forms if f.annex in document.form_annexes)

    def questions(
        self, *, channel: Channel | str | None = None, variant: str | None = None
    ) -> tuple[ApplicantQuestion, ...]:
        """The yes/no questions to ask an applicant to know their document list (on ``channel``, for ``variant``).

        One question per category that a document's condition (or an alternative's) names, in the vocabulary's
        order (status first); ``documents`` says which documents depend on it. Answer them with
        :meth:`profile_from_answers`.

        >>> from kzsocial.services import catalog
        >>> svc = catalog().get("karaganda-2008/unemployed-registration")
        >>> [(q.tag, q.text.en) for q in svc.questions()][:2]
        [('foreigner', 'Are you a foreign national?'), ('stateless', 'Are you a stateless person?')]
        """
        ch, var = channel_of(channel), self._variant(variant)
        found: dict[str, list[str]] = {}
        for doc in self.documents:
            if ch is not None and doc.channels is not None and ch not in doc.channels:
                continue
            if var is not None and doc.variant is not None and var != doc.variant:
                continue
            for d in (doc, *doc.alternatives):
                if d.condition is not None:
                    for tag in d.condition.applies_to | d.condition.not_for:
                        ids = found.setdefault(tag, [])
                        if doc.id not in ids:
                            ids.append(doc.id)
        return tuple(ApplicantQuestion(c, tuple(found[c.id])) for c in applicant_categories() if c.id in found)

    def profile_from_answers(self, answers: Mapping[str, bool]) -> ApplicantProfile:
        """The profile of an applicant who answered this service's :meth:`questions` (tag -> yes/no).

        Unanswered questions count as *no*; see :meth:`ApplicantProfile.from_answers`. A key that is not one of
        this service's questions is refused with the accepted list.

        >>> from kzsocial.services import catalog
        >>> svc = catalog().get("karaganda-2008/unemployed-registration")
        >>> [d.id for d in svc.required_documents(svc.profile_from_answers({"oralman": True}))][-1]
        'oralman-certificate'
        """
        if not isinstance(answers, Mapping):
            raise InvalidTypeError(f"answers must be a mapping of tag to bool, got {type(answers).__name__}")
        asked = {q.tag for q in self.questions()}
        unknown = sorted(str(k) for k in answers if k not in asked)
        if unknown:
            accepted = ", ".join(sorted(asked)) or "none (this service asks no questions)"
            raise InvalidInputError(f"{self.id}: no question {', '.join(unknown)}; its questions: {accepted}")
        return ApplicantProfile.from_answers(answers)

    def steps_for(self, channel: Channel | str, *, variant: str | None = None) -> tuple[ProcessStep, ...]:
        """The process steps of ``channel`` in order (regulations only; empty otherwise).

        With ``variant``, the steps of that sub-service (and the steps common to all).
        """
        ch, var = channel_of(channel), self._variant(variant)
        chosen = (s for s in self.steps if s.channel is ch and (var is None or s.variant in (None, var)))
        return tuple(sorted(chosen, key=lambda s: s.order))

    def search_text(self) -> str:
        """The title in every language the model has, in one string."""
        return " ".join(filter(None, (self.title.kk, self.title.ru, self.title.en)))


def _check_service(service: object) -> ServiceDefinition:
    if not isinstance(service, ServiceDefinition):
        raise InvalidTypeError(f"service must be a ServiceDefinition, got {type(service).__name__}")
    return service


def hours_for(service: ServiceDefinition, office: Office | None = None) -> OfficeHours | None:
    """The hours a deadline of ``service`` is counted in.

    The hours of the office that serves the application come first, as the acts tie the deadline to that
    office's working day; then the service's own hours as its act states them (a standard given Monday to
    Thursday), then its document-intake hours; None when the acts give none (then day terms end at the end of
    the day and working-time terms cannot be computed).

    ``office`` may be given by its id (``"karaganda/employment-dept-karaganda-city"``).
    """
    return hours_of(_check_service(service), office)


def service_deadline(
    service: ServiceDefinition,
    submitted_at: dt.datetime | None = None,
    *,
    office: Office | None = None,
    hours: OfficeHours | None = None,
    term: ServiceTerm | None = None,
    channel: Channel | str | None = None,
    event_at: dt.datetime | None = None,
    calendar: WorkCalendar | None = None,
    policy: CountingPolicy | None = None,
) -> Deadline:
    """The deadline of ``service`` for an application made at ``submitted_at``.

    ``term`` defaults to the term the act gives for ``channel`` (else the main term). A term that runs from
    another event than the submission (a commission's decision, the hand-over of a case) needs that event's
    moment as ``event_at``; the deadline then counts from it. ``hours`` defaults to :func:`hours_for`.
    ``office`` is an :class:`~kzsocial.registry.Office` or its id. The same as :meth:`ServiceDefinition.deadline`.
    """
    return deadline_of(
        _check_service(service),
        submitted_at,
        office=office,
        hours=hours,
        term=term,
        channel=channel,
        event_at=event_at,
        calendar=calendar,
        policy=policy,
    )
