"""Service definitions: what a standard or regulation promises, typed."""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Self

import attrs
from attrs import frozen

from kzsocial.calendar import OfficeHours, StagedTerm, Term
from kzsocial.errors import InvalidTypeError
from kzsocial.provenance import DataIssue, FieldSource, LocalizedText, Source
from kzsocial.serde import from_dict, to_dict
from kzsocial.services._categories import ApplicantQuestion, applicant_categories
from kzsocial.services._documents import ApplicantProfile, Channel, Condition, DocumentRequirement

if TYPE_CHECKING:
    from kzsocial.calendar import CountingPolicy, Deadline, WorkCalendar
    from kzsocial.registry import Office

__all__ = [
    "ApplicationForm",
    "AutomationForm",
    "ConditionalDuration",
    "DocumentCheck",
    "Fee",
    "FeeKind",
    "OfficeLink",
    "OfficeRole",
    "Premises",
    "ProcessStep",
    "PublicationPlace",
    "QualityIndicator",
    "QualityValue",
    "QueueLimit",
    "QueueQualifier",
    "QueueRules",
    "QueueStage",
    "ServiceDefinition",
    "ServiceKind",
    "ServiceTerm",
    "Statement",
    "StepActor",
    "StepDuration",
    "SuppliedDocuments",
    "TalonField",
    "TalonKind",
    "TalonSpec",
    "TermRole",
    "TermStart",
    "check_documents",
]


class ServiceKind(enum.Enum):
    """A service standard (what is provided) or a service regulation (how, step by step)."""

    STANDARD = "standard"
    REGULATION = "regulation"


class AutomationForm(enum.Enum):
    """How far the act says the service is automated."""

    AUTOMATED = "automated"
    PARTLY_AUTOMATED = "partly_automated"
    NOT_AUTOMATED = "not_automated"


class TermRole(enum.Enum):
    """What a term is for: the main term of the service, an extension, a notification, a payment, a stage."""

    MAIN = "main"
    EXTENSION = "extension"
    NOTIFICATION = "notification"
    PAYMENT = "payment"
    STAGE = "stage"
    OTHER = "other"


class TermStart(enum.Enum):
    """The event a term runs from."""

    SUBMISSION = "submission"
    REGISTRATION = "registration"
    COMMISSION_DECISION = "commission_decision"
    DECISION = "decision"
    CASE_HANDOVER = "case_handover"
    DOCUMENTS_COMPLETE = "documents_complete"
    PREVIOUS_STEP = "previous_step"
    OTHER = "other"


class QueueStage(enum.Enum):
    """The queue a waiting-time limit is for: handing documents in or receiving the result."""

    SUBMIT = "submit"
    RECEIVE = "receive"


class QueueQualifier(enum.Enum):
    """How the act bounds a waiting time: at most, at least, about, or unspecified."""

    AT_MOST = "at_most"
    AT_LEAST = "at_least"
    ABOUT = "about"
    UNSPECIFIED = "unspecified"


class FeeKind(enum.Enum):
    """Whether the service is free, paid (with or without a stated amount), or the act does not say."""

    FREE = "free"
    PAID = "paid"
    PAID_UNKNOWN_AMOUNT = "paid_unknown_amount"
    UNSPECIFIED = "unspecified"


class TalonKind(enum.Enum):
    """What the act calls the document given on acceptance: a talon, a registration talon, a receipt..."""

    TALON = "talon"
    REGISTRATION_TALON = "registration_talon"
    RECEIPT = "receipt"
    REGISTER = "register"
    UNDEFINED = "undefined"
    COPY = "copy"
    """The second copy of the written application or complaint, marked as received (Aktau: «екінші данасы»)."""


class TalonField(enum.Enum):
    """A field the act requires on the talon or the receipt of refusal."""

    NUMBER = "number"
    ACCEPTED_AT = "accepted_at"
    SERVICE = "service"
    DOCUMENTS = "documents"
    DOCUMENT_COUNT = "document_count"
    DUE_AT = "due_at"
    RESULT_PLACE = "result_place"
    ACCEPTED_BY = "accepted_by"
    APPLICANT = "applicant"
    APPLICANT_PHONE = "applicant_phone"
    REPRESENTATIVE = "representative"
    REPRESENTATIVE_PHONE = "representative_phone"
    OFFICE = "office"
    OFFICE_PHONE = "office_phone"
    APPLICANT_ADDRESS = "applicant_address"
    EXECUTOR = "executor"
    EXECUTOR_PHONE = "executor_phone"
    RECEIVED_AT = "received_at"
    ACCEPTED_BY_POSITION = "accepted_by_position"
    """The position of the person who accepted the documents («лауазымы»)."""
    PROGRESS_CONTACT = "progress_contact"
    """The contacts of the officials who say how a complaint is progressing (Akmola, 002:164-166)."""


class StepActor(enum.Enum):
    """Who performs a process step of a regulation."""

    PROVIDER_EMPLOYEE = "provider_employee"
    PROVIDER_HEAD = "provider_head"
    PROVIDER_EXECUTOR = "provider_executor"
    CENTRE_OPERATOR = "centre_operator"
    CENTRE_STORAGE = "centre_storage"
    CENTRE_COURIER = "centre_courier"
    PORTAL = "portal"
    AKIM = "akim"
    APPLICANT = "applicant"
    COMMISSION = "commission"
    """A commission (учаскелік комиссия, арнайы комиссия) that gives its opinion or decision."""
    OTHER = "other"


class OfficeRole(enum.Enum):
    """What an office does for a service, as the act says it (each role from its own point of the act)."""

    SERVING = "serving"
    """Gives the service: documents are handed in there."""
    COMPLAINTS = "complaints"
    """Receives complaints (the act names it as the body complaints are addressed or handed to)."""
    COMPLAINT_HELP = "complaint_help"
    """Explains how to complain and helps to prepare a complaint."""
    INFORMATION = "information"
    """Gives additional information on the service."""
    HIGHER_BODY = "higher_body"
    """Named as a higher body of the office that serves."""
    FORMS = "forms"
    """Gives out the application forms."""


@frozen
class OfficeLink:
    """One office in one role for a service, with the point of the act that names it there."""

    office_id: str
    role: OfficeRole
    source: Source | None = None


@frozen
class Statement:
    """A provision of the act in its words: a legal basis, a result, a refusal ground, ..."""

    text: LocalizedText
    source: Source
    missing_documents: bool | None = None
    """For refusal grounds: whether the ground is an incomplete set of documents (None: not stated)."""
    ru_source: Source | None = None
    """Where the Russian text stands, for acts with a Russian version."""


@frozen
class ApplicationForm:
    """A form annexed to a standard (an application, a personal card, a refusal notice), kk and ru titles."""

    annex: str
    kind: str
    title: LocalizedText
    source: Source
    ru_source: Source | None = None


@frozen
class SuppliedDocuments:
    """Documents a third party hands to the provider for the applicant's case (e.g. a children's institution for
    each child given into foster care): not the applicant's to bring, so never in :meth:`required_documents`."""

    supplier: Statement
    """Who supplies them, in the act's words, with its source."""
    documents: tuple[DocumentRequirement, ...]


@frozen
class ServiceTerm:
    """A term the service promises, its role and the event it runs from."""

    role: TermRole
    term: Term | StagedTerm
    starts_from: TermStart
    source: Source
    starts_from_text: LocalizedText | None = None
    actor: LocalizedText | None = None
    stage_sources: tuple[Source, ...] = ()
    channel: Channel | None = None
    """The channel this term applies to (e.g. 30 days when applying through a rural akim); None: all."""
    description: LocalizedText | None = None
    """What the term is for, where the act says (e.g. the decision on hygiene items)."""
    declared_total: Term | None = None
    """For a staged term, the total the act states (which may differ from the sum of the stages)."""
    declared_total_source: Source | None = None
    condition: Condition | None = None
    """When the term applies only in a case the act describes."""
    ru_source: Source | None = None


@frozen
class QueueLimit:
    """The longest wait in the queue when handing in documents (``submit``) or collecting the result."""

    stage: QueueStage
    minutes: int
    qualifier: QueueQualifier
    source: Source
    applies_to: LocalizedText | None = None
    """The part of the service the limit is for, where the act gives several (None: the whole service)."""


@frozen
class QueueRules:
    """Whether the act allows booking ahead and expedited service: every act that says so, says no to both
    («алдын ала жазылусыз және жеделдетіп қызмет көрсетусіз кезек тәртібінде», 000:120)."""

    pre_registration: bool
    expedited: bool
    source: Source


@frozen
class Premises:
    """The premises where the service is given, as the act describes them («күту залы», «пандус», 000:124).

    Each flag is True where the act says the premises have it, and None where it says nothing (no act says a
    premises lacks something)."""

    text: LocalizedText
    source: Source
    has_waiting_area: bool | None = None
    has_seats: bool | None = None
    disabled_access: bool | None = None
    """Ramps or conditions for people with limited mobility («пандус», «мүмкіндіктері шектеулі адамдар»)."""
    information_stand: bool | None = None


@frozen
class PublicationPlace:
    """One place where the act says the standard (or the information on the service's order) is made public:
    a website, the offices' stands, the press (001:62)."""

    place: LocalizedText
    source: Source
    website: str | None = None
    """The website as printed (not normalised), where the place is one."""


@frozen
class Fee:
    """The fee of a service as the act states it (``amount`` in ``currency`` when paid and stated)."""

    kind: FeeKind
    source: Source | None = None
    amount: decimal.Decimal | None = None
    currency: str = "KZT"

    @property
    def is_free(self) -> bool:
        """Whether the act says the service is free."""
        return self.kind is FeeKind.FREE


@frozen
class TalonSpec:
    """What the act requires the talon (receipt) to contain."""

    kind: TalonKind
    fields: tuple[TalonField, ...]
    source: Source | None
    refusal_fields: tuple[TalonField, ...] | None = None
    refusal_source: Source | None = None
    ru_source: Source | None = None
    refusal_ru_source: Source | None = None

    @property
    def has_refusal_receipt(self) -> bool:
        """Whether the act defines a receipt of refusal to accept documents."""
        return self.refusal_fields is not None


_QV_NUMBER = re.compile(r"^(\d+(?:[.,]\s?\d+)?)\s*(%?)\s*(-нан көп емес|-дан көп емес|-ден көп емес|-тен көп емес)?$")


@frozen
class QualityValue:
    """One value of a quality annex: ``raw`` as printed, its number and unit (``percent``).

    >>> QualityValue.parse("0, 5", "%")
    QualityValue(raw='0, 5', value=Decimal('0.5'), unit='percent', qualifier=None)
    >>> QualityValue.parse("90-нан көп емес", "%").qualifier
    'at_most'
    """

    raw: str
    value: decimal.Decimal | None
    """The number (a decimal comma read as the point, a space after it dropped); None where none is printed."""
    unit: str | None
    """``percent`` where the row or the value says «%»; None otherwise."""
    qualifier: str | None = None
    """``at_most`` for «90-нан көп емес» (not more than 90)."""

    @classmethod
    def parse(cls, raw: str, unit: str | None = None) -> QualityValue:
        """Read a quality indicator's value as printed («90-нан көп емес», «95 %»), keeping the raw text."""
        text = " ".join(raw.split())
        m = _QV_NUMBER.match(text)
        if m is None:
            return cls(raw, None, "percent" if unit == "%" or "%" in text else None)
        number = decimal.Decimal(m.group(1).replace(",", ".").replace(" ", ""))
        percent = unit == "%" or m.group(2) == "%"
        return cls(raw, number, "percent" if percent else unit, "at_most" if m.group(3) else None)


@frozen
class QualityIndicator:
    """A row of a standard's quality annex: the indicator, its normative and next year's target values."""

    name: LocalizedText
    source: Source
    normative: str | None = None
    target_next_year: str | None = None
    unit: str | None = None
    code: str | None = None
    group: LocalizedText | None = None
    normative_source: Source | None = None
    current: str | None = None
    """The current value, where the annex gives one."""
    values_source: Source | None = None
    normative_value: QualityValue | None = None
    """:attr:`normative` as a number with its unit (the raw text stays in :attr:`normative`)."""
    target_value: QualityValue | None = None
    """:attr:`target_next_year` as a number with its unit."""
    current_value: QualityValue | None = None
    """:attr:`current` as a number with its unit."""


@frozen
class StepDuration:
    """The maximum duration of a process step as written (``raw``), as a term."""

    term: Term
    raw: str | None = None
    raw_ru: str | None = None


@frozen
class ConditionalDuration:
    """A different maximum duration the act gives for a case (e.g. documents that came from the centre)."""

    condition: LocalizedText
    max: StepDuration


@frozen
class ProcessStep:
    """One action of a regulation's process, by one actor, with its maximum duration."""

    channel: Channel
    order: int
    actor: StepActor
    action: LocalizedText
    source: Source
    max: StepDuration | None = None
    ru_source: Source | None = None
    parallel_with: int | None = None
    item: int | None = None
    """The item number as printed in the act (which may repeat or skip; ``order`` is the true sequence)."""
    variant: str | None = None
    """For regulations covering several sub-services: which one the step belongs to (None: all)."""
    max_alternatives: tuple[ConditionalDuration, ...] = ()


def _issues(value: Iterable[DataIssue]) -> tuple[DataIssue, ...]:
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidTypeError(f"data_issues must be an iterable of DataIssue, got {type(value).__name__}")
    return tuple(value)


@frozen
class ServiceDefinition:
    """A state service as a standard (2008) or a regulation (2015) defines it.

    Build these through :func:`kzsocial.services.catalog`; every field carries its source in the act.
    """

    id: str
    kind: ServiceKind
    act_id: str
    number: str
    title: LocalizedText
    source: Source
    definition: Statement | None = None
    terms: tuple[ServiceTerm, ...] = ()
    legal_basis: tuple[Statement, ...] = ()
    provider: Statement | None = None
    form: AutomationForm | None = None
    form_source: Source | None = None
    results: tuple[Statement, ...] = ()
    consumers: tuple[Statement, ...] = ()
    queue_limits: tuple[QueueLimit, ...] = ()
    queue_rules: QueueRules | None = None
    """Booking ahead and expedited service, where the act rules on them (None: it says nothing)."""
    premises: Premises | None = None
    """The premises where the service is given, where the act describes them."""
    published_at: tuple[PublicationPlace, ...] = ()
    """Where the act says the standard or its information is made public."""
    fee: Fee = Fee(FeeKind.UNSPECIFIED)
    service_hours: OfficeHours | None = None
    intake_hours: OfficeHours | None = None
    hours_sources: tuple[Source, ...] = ()
    hours_alternatives: tuple[OfficeHours, ...] = ()
    channels: tuple[Channel, ...] = (Channel.PROVIDER,)
    documents: tuple[DocumentRequirement, ...] = ()
    talon: TalonSpec | None = None
    provider_talon: TalonSpec | None = None
    """The provider's own talon, where a regulation defines one beside the centre's receipt (see talon_for)."""
    refusal_grounds: tuple[Statement, ...] = ()
    no_refusal_grounds: Statement | None = None
    """Where the act states that there are no grounds to refuse."""
    priority: tuple[Statement, ...] = ()
    """Who is served out of turn, where the act says."""
    result_delivery: tuple[Statement, ...] = ()
    complaint: tuple[Statement, ...] = ()
    complaint_receipt: TalonSpec | None = None
    """What confirms that a complaint was received and what it holds (a talon, the complaint register, the marked
    second copy), where the act says."""
    quality_indicators: tuple[QualityIndicator, ...] = ()
    office_ids: tuple[str, ...] = ()
    """The offices that give the service (where documents are handed in)."""
    complaint_office_ids: tuple[str, ...] = ()
    """The offices the act names for complaints (akims' apparatus)."""
    office_roles: tuple[OfficeLink, ...] = ()
    """Every office the act names for the service, by role, with the point that names it (see offices_for)."""
    steps: tuple[ProcessStep, ...] = ()
    implements: Statement | None = None
    other_providers: tuple[Statement, ...] = ()
    document_notes: tuple[Statement, ...] = ()
    forms: tuple[ApplicationForm, ...] = ()
    """The forms annexed to the act for this service (applications, notices, ...)."""
    supplied_documents: tuple[SuppliedDocuments, ...] = ()
    """Documents a third party supplies to the provider (not the applicant's to bring)."""
    termination_grounds: tuple[Statement, ...] = ()
    field_sources: tuple[FieldSource, ...] = ()
    data_issues: tuple[DataIssue, ...] = attrs.field(default=(), converter=_issues)

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
        if isinstance(role, str) and not isinstance(role, OfficeRole):
            try:
                role = OfficeRole(role)
            except ValueError:
                from kzsocial.errors import InvalidInputError

                accepted = ", ".join(r.value for r in OfficeRole)
                raise InvalidInputError(f"unknown office role {role!r}; accepted: {accepted}") from None
        if not isinstance(role, OfficeRole):
            raise InvalidTypeError(f"role must be an OfficeRole or str, got {type(role).__name__}")
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
        """Every role the act gives ``office_id`` for this service, each with its source."""
        return tuple(link for link in self.office_roles if link.office_id == office_id)

    def to_dict(self) -> dict[str, Any]:
        """The exact JSON form (see :mod:`kzsocial.serde`); :meth:`from_dict` reads it back."""
        result: dict[str, Any] = to_dict(self)
        return result

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value :meth:`to_dict` wrote as ``data``; raises :class:`~kzsocial.errors.SerializationError`."""
        return from_dict(cls, data)

    @property
    def main_term(self) -> ServiceTerm | None:
        """The service's main term, or None when the act states none."""
        return next((t for t in self.terms if t.role is TermRole.MAIN), None)

    def term_for(self, channel: Channel | str | None = None) -> ServiceTerm | None:
        """The term that applies on ``channel``: a term the act gives for that channel, else the main term."""
        ch = _channel(channel)
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
        from kzsocial.services._deadline import service_deadline

        return service_deadline(
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
        if _channel(channel) is Channel.PROVIDER and self.provider_talon is not None:
            return self.provider_talon
        return self.talon

    def queue_limit(self, stage: QueueStage | str) -> QueueLimit | None:
        """The queue limit at ``submit`` or ``receive``, or None."""
        from kzsocial._checks import to_enum

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
            from kzsocial.errors import InvalidInputError

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
        from kzsocial.services._documents import profile_of

        ch, var, prof = _channel(channel), self._variant(variant), profile_of(profile)
        return tuple(d for d in self.documents if d.required and d.applies_to(prof, ch, var))

    def optional_documents(
        self,
        profile: ApplicantProfile | None = None,
        *,
        channel: Channel | str | None = None,
        variant: str | None = None,
    ) -> tuple[DocumentRequirement, ...]:
        """Documents the act lists as optional for ``profile``."""
        from kzsocial.services._documents import profile_of

        ch, var, prof = _channel(channel), self._variant(variant), profile_of(profile)
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
                from kzsocial.errors import NotFoundError

                accepted = ", ".join(d.id for d in self.documents)
                raise NotFoundError(f"{self.id}: no document {document!r}; its documents: {accepted}")
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
        ch, var = _channel(channel), self._variant(variant)
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
            from kzsocial.errors import InvalidInputError

            accepted = ", ".join(sorted(asked)) or "none (this service asks no questions)"
            raise InvalidInputError(f"{self.id}: no question {', '.join(unknown)}; its questions: {accepted}")
        return ApplicantProfile.from_answers(answers)

    def steps_for(self, channel: Channel | str, *, variant: str | None = None) -> tuple[ProcessStep, ...]:
        """The process steps of ``channel`` in order (regulations only; empty otherwise).

        With ``variant``, the steps of that sub-service (and the steps common to all).
        """
        ch, var = _channel(channel), self._variant(variant)
        chosen = (s for s in self.steps if s.channel is ch and (var is None or s.variant in (None, var)))
        return tuple(sorted(chosen, key=lambda s: s.order))

    def search_text(self) -> str:
        """The title in every language the model has, in one string."""
        return " ".join(filter(None, (self.title.kk, self.title.ru, self.title.en)))


def _channel(value: Channel | str | None) -> Channel | None:
    from kzsocial.services._documents import channel_of

    return channel_of(value)


_DOCS_GROUND = (
    re.compile(r"құжат", re.IGNORECASE),
    re.compile(r"толық|тапсырылмаған|ұсынылмаған|ұсынбау|толық емес|жоқ", re.IGNORECASE),
)
_DOCS_GROUND_RU = (re.compile(r"документ", re.IGNORECASE), re.compile(r"неполн|не представ|отсутств", re.IGNORECASE))


def _is_documents_ground(ground: Statement) -> bool:
    if ground.missing_documents is not None:
        return ground.missing_documents
    kk = ground.text.kk
    if all(p.search(kk) for p in _DOCS_GROUND):
        return True
    ru = ground.text.ru or ""
    return all(p.search(ru) for p in _DOCS_GROUND_RU)


@frozen
class DocumentCheck:
    """The result of :func:`check_documents`."""

    service_id: str
    accepted: tuple[DocumentRequirement, ...]
    missing: tuple[DocumentRequirement, ...]
    unexpected: tuple[str, ...]
    refusal_grounds: tuple[Statement, ...]

    @property
    def complete(self) -> bool:
        """Whether nothing required is missing."""
        return not self.missing

    @property
    def is_refusal_ground(self) -> bool:
        """Whether the act names missing documents as a ground to refuse (or to stop) the service."""
        return bool(self.missing) and bool(self.refusal_grounds)


def check_documents(
    service: ServiceDefinition,
    submitted: Iterable[str | DocumentRequirement],
    profile: ApplicantProfile | None = None,
    *,
    channel: Channel | str | None = None,
    variant: str | None = None,
) -> DocumentCheck:
    """Say what is missing from ``submitted`` (document ids or requirements) and whether that is a ground to refuse.

    A requirement with alternatives is met by any one of them.
    """
    from kzsocial.services._documents import profile_of

    if not isinstance(service, ServiceDefinition):
        raise InvalidTypeError(
            f"service must be a ServiceDefinition (from kzsocial.services.catalog()), got {type(service).__name__}"
        )
    if isinstance(submitted, str | bytes) or not isinstance(submitted, Iterable):
        raise InvalidTypeError(
            f"submitted must be an iterable of document ids, not {type(submitted).__name__}"
            + (" (a single string)" if isinstance(submitted, str) else "")
        )
    profile = profile_of(profile)
    given: set[str] = set()
    for item in submitted:
        if isinstance(item, DocumentRequirement):
            given.add(item.id)
        elif isinstance(item, str):
            given.add(item)
        else:
            raise InvalidTypeError(f"submitted documents are ids or DocumentRequirement, got {type(item).__name__}")
    needed = service.required_documents(profile, channel=channel, variant=variant)
    accepted = tuple(d for d in needed if d.ids & given)
    missing = tuple(d for d in needed if not d.ids & given)
    known = {i for d in service.documents for i in d.ids}
    unexpected = tuple(sorted(given - known))
    grounds = tuple(g for g in service.refusal_grounds if _is_documents_ground(g)) if missing else ()
    return DocumentCheck(service.id, accepted, missing, unexpected, grounds)
