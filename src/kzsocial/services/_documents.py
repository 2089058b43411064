"""Required documents, who must bring them, and checking a submitted set."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping

import attrs
from attrs import frozen

from kzsocial._checks import brief
from kzsocial.errors import InvalidInputError, InvalidTypeError
from kzsocial.provenance import LocalizedText, Source
from kzsocial.services._categories import STATUS_TAGS, check_tags

__all__ = [
    "ApplicantProfile",
    "Channel",
    "Condition",
    "DocumentForm",
    "DocumentHandling",
    "DocumentRequirement",
]

_TAG = re.compile(r"^[a-z][a-z0-9_]*$")


class Channel(enum.Enum):
    """Where an application is made."""

    PROVIDER = "provider"
    """At the office that gives the service (the service provider, көрсетілетін қызметті беруші)."""
    CENTRE = "centre"
    """At a public service centre (ХҚКО/ХҚО, «Азаматтарға арналған үкімет»)."""
    PORTAL = "portal"
    """On the e-government portal (egov.kz), with electronic copies of the documents."""
    AKIM = "akim"
    """Through the akim of the rural district, settlement or village (a channel of the North Kazakhstan 2015
    regulations)."""


class DocumentForm(enum.Enum):
    """How a document is given, only as the act words it (otherwise ``UNSPECIFIED``)."""

    ORIGINAL = "original"
    """«түпнұсқа»: the original."""
    COPY = "copy"
    """«көшірме»: a copy (an electronic copy on the portal)."""
    ORIGINAL_AND_COPY = "original_and_copy"
    """«түпнұсқасы мен көшірмесі»: both are handed in."""
    ORIGINAL_FOR_CHECK = "original_for_check"
    """A copy is handed in and the original shown for checking and given back («салыстыру үшін»)."""
    NOTARISED = "notarised"
    """«нотариалды(қ) расталған / куәландырылған»: certified by a notary (a consent, a statement, a translation)."""
    NOTARISED_COPY = "notarised_copy"
    """«нотариалдық куәландырылған көшірмесі»: a copy certified by a notary (on the portal, its electronic copy)."""
    UNSPECIFIED = "unspecified"
    """The act does not say."""


class DocumentHandling(enum.Enum):
    """What the applicant does with a document: hands it in, shows it, or the act does not say."""

    HAND_IN = "hand_in"
    """The document is handed in and kept (тапсырылады)."""
    SHOW = "show"
    """The document is shown and given back (көрсетіледі)."""
    UNSPECIFIED = "unspecified"
    """The act does not say whether it is handed in or shown."""


def _tags(value: Iterable[str]) -> frozenset[str]:
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidTypeError(
            f"tags must be an iterable of strings (e.g. {{'citizen'}}), got {type(value).__name__}"
            + (" (a single string)" if isinstance(value, str) else "")
        )
    items = list(value)
    for tag in items:
        if not isinstance(tag, str):
            raise InvalidTypeError(f"a profile tag is a str, got {type(tag).__name__}")
        if not _TAG.match(tag):
            raise InvalidInputError(f"a profile tag is lower-case snake_case, got {tag[:80]!r}")
    return check_tags(frozenset(items))


def channel_of(value: object) -> Channel | None:
    """``value`` (a :class:`Channel`, its string value, or None) as a channel; else a clear error."""
    from kzsocial._checks import to_enum

    return None if value is None else to_enum(Channel, value, "channel")


def profile_of(value: object) -> ApplicantProfile | None:
    """``value`` when it is an :class:`ApplicantProfile` or None (a citizen); else a clear type error (a tag such as
    ``"citizen"`` is refused: write ``ApplicantProfile.of("citizen")``)."""
    if value is None or isinstance(value, ApplicantProfile):
        return value
    hint = f"; write ApplicantProfile.of({value[:40]!r})" if isinstance(value, str) else ""
    raise InvalidTypeError(f"profile must be an ApplicantProfile or None, got {type(value).__name__}{hint}")


@frozen
class ApplicantProfile:
    """Who is applying, as a set of tags of the vocabulary (``citizen``, ``foreigner``, ``disabled``, ...; see
    :func:`~kzsocial.services.applicant_categories`). An unknown tag is refused with the accepted list.

    >>> ApplicantProfile.citizen().tags
    frozenset({'citizen'})
    >>> sorted(ApplicantProfile.of("foreigner", "disabled").tags)
    ['disabled', 'foreigner']
    >>> ApplicantProfile.of("forigner")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kzsocial.errors.UnknownCategoryError: unknown applicant category: forigner; accepted: abandoned_child, ...
    """

    tags: frozenset[str] = attrs.field(converter=_tags)
    """The applicant's categories, tags of the vocabulary (:func:`~kzsocial.services.applicant_categories`): one status
    (``citizen``, ``foreigner``, ``stateless``, ``oralman``, ``legal_entity``) and any facts (``disabled``,
    ``pensioner``, ...)."""

    @classmethod
    def from_answers(cls, answers: Mapping[str, bool]) -> ApplicantProfile:
        """The profile of a citizen who answered the yes/no ``answers`` (tag -> answer; see
        :meth:`ServiceDefinition.questions`). Unanswered questions count as *no*, except that an applicant who
        says yes to no status (foreigner, stateless, oralman, legal entity) and does not deny being a citizen is
        a citizen of Kazakhstan. Yes to two statuses is refused.

        >>> sorted(ApplicantProfile.from_answers({"disabled": True, "married": False}).tags)
        ['citizen', 'disabled']
        >>> sorted(ApplicantProfile.from_answers({"foreigner": True}).tags)
        ['foreigner']
        """
        if not isinstance(answers, Mapping):
            raise InvalidTypeError(f"answers must be a mapping of tag to bool, got {type(answers).__name__}")
        for tag, answer in answers.items():
            if not isinstance(answer, bool):
                raise InvalidTypeError(f"the answer for {tag!r} must be True or False, got {brief(answer)}")
        _tags(answers)
        yes = frozenset(t for t, a in answers.items() if a)
        statuses = sorted(yes & STATUS_TAGS)
        if len(statuses) > 1:
            raise InvalidInputError(f"an applicant has one status, got yes to {', '.join(statuses)}")
        if not statuses and answers.get("citizen", True):
            yes |= {"citizen"}
        return cls(yes)

    @classmethod
    def citizen(cls) -> ApplicantProfile:
        """A citizen of Kazakhstan with no special condition: the profile ``None`` stands for."""
        return cls(frozenset({"citizen"}))

    @classmethod
    def of(cls, *tags: str) -> ApplicantProfile:
        """A profile of exactly ``tags`` (no ``citizen`` added: say it when it applies)."""
        return cls(frozenset(tags))


@frozen
class Condition:
    """Who a document applies to: any tag of ``applies_to`` and none of ``not_for``."""

    applies_to: frozenset[str] = attrs.field(converter=_tags)
    """The tags of which the applicant must have at least one (empty: everyone not excluded by ``not_for``)."""
    not_for: frozenset[str] = attrs.field(converter=_tags, factory=frozenset)
    """The tags that exclude the applicant, whatever ``applies_to`` says."""
    text: LocalizedText | None = None
    """The act's own words for the condition («шетелдіктер үшін»), with translations; ``None`` where it gives none."""

    def matches(self, profile: ApplicantProfile) -> bool:
        """Whether ``profile`` meets this condition."""
        checked = profile_of(profile)
        if checked is None:
            raise InvalidTypeError("profile must be an ApplicantProfile, got None")
        profile = checked
        if self.not_for & profile.tags:
            return False
        return not self.applies_to or bool(self.applies_to & profile.tags)


@frozen
class DocumentRequirement:
    """A document the act asks for: its name as written, how it is given, and to whom it applies."""

    id: str
    """The document's id, unique within its service (``identity-card``); what :func:`~kzsocial.services.check_documents`
    and the talon take."""
    name: LocalizedText
    """Its name as the act writes it (kk; ru and en where known)."""
    source: Source
    """Where the act lists it."""
    form: DocumentForm = DocumentForm.UNSPECIFIED
    """How it is given (original, copy, notarised, ...), only as the act words it; ``UNSPECIFIED`` otherwise."""
    handling: DocumentHandling = DocumentHandling.UNSPECIFIED
    """Whether it is handed in or only shown, as the act words it."""
    condition: Condition | None = None
    """Who must bring it (any tag of ``applies_to``, none of ``not_for``); ``None``: everyone."""
    alternatives: tuple[DocumentRequirement, ...] = ()
    """Documents of which any one may be brought instead («немесе»), each with its own id and source."""
    channels: frozenset[Channel] | None = None
    """The channels on which the act asks for it (North Kazakhstan 2015 lists documents per channel); ``None``: every
    channel."""
    required: bool = True
    """``False`` for a document the act lists as optional (the applicant may bring it); a missing optional document
    never stops a talon."""
    variant: str | None = None
    """For a regulation covering several sub-services: the one this document is for (None: all)."""
    form_annexes: tuple[str, ...] = ()
    """The annexes of the act that print this document's form (an application form), as in
    :attr:`ServiceDefinition.forms`; see :meth:`ServiceDefinition.forms_for`."""

    def applies_to(
        self,
        profile: ApplicantProfile | None = None,
        channel: Channel | str | None = None,
        variant: str | None = None,
    ) -> bool:
        """Whether the applicant ``profile`` (``None``: a citizen) must bring it on ``channel`` for ``variant``.

        ``channel`` is a :class:`Channel` or its value (``"centre"``).
        """
        profile = profile_of(profile) or ApplicantProfile.citizen()
        ch = channel_of(channel)
        if variant is not None and not isinstance(variant, str):
            raise InvalidTypeError(f"variant must be a str or None, got {type(variant).__name__}")
        if ch is not None and self.channels is not None and ch not in self.channels:
            return False
        if variant is not None and self.variant is not None and variant != self.variant:
            return False
        return self.condition is None or self.condition.matches(profile)

    @property
    def ids(self) -> frozenset[str]:
        """This document's id and the ids of its alternatives: any one of them satisfies it."""
        return frozenset({self.id, *(a.id for a in self.alternatives)})
