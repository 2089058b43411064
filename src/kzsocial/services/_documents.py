"""Required documents, who must bring them, and checking a submitted set."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable

import attrs
from attrs import frozen

from kzsocial.errors import InvalidInputError, InvalidTypeError
from kzsocial.provenance import LocalizedText, Source

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
    CENTRE = "centre"
    PORTAL = "portal"
    AKIM = "akim"


class DocumentForm(enum.Enum):
    ORIGINAL = "original"
    COPY = "copy"
    ORIGINAL_AND_COPY = "original_and_copy"
    ORIGINAL_FOR_CHECK = "original_for_check"
    UNSPECIFIED = "unspecified"


class DocumentHandling(enum.Enum):
    HAND_IN = "hand_in"
    SHOW = "show"
    UNSPECIFIED = "unspecified"


def _tags(value: Iterable[str]) -> frozenset[str]:
    if isinstance(value, str):
        raise InvalidTypeError("tags must be an iterable of strings, not a single string")
    tags = frozenset(value)
    for tag in tags:
        if not isinstance(tag, str) or not _TAG.match(tag):
            raise InvalidInputError(f"a profile tag is lower-case snake_case, got {tag!r}")
    return tags


@frozen
class ApplicantProfile:
    """Who is applying, as a set of tags (``citizen``, ``foreigner``, ``stateless``, ``oralman``, ...).

    >>> ApplicantProfile.citizen().tags
    frozenset({'citizen'})
    >>> sorted(ApplicantProfile.of("foreigner", "disabled").tags)
    ['disabled', 'foreigner']
    """

    tags: frozenset[str] = attrs.field(converter=_tags)

    @classmethod
    def citizen(cls) -> ApplicantProfile:
        """A citizen of Kazakhstan with no special condition: the profile ``None`` stands for."""
        return cls(frozenset({"citizen"}))

    @classmethod
    def of(cls, *tags: str) -> ApplicantProfile:
        return cls(frozenset(tags))


@frozen
class Condition:
    """Who a document applies to: any tag of ``applies_to`` and none of ``not_for``."""

    applies_to: frozenset[str] = attrs.field(converter=_tags)
    not_for: frozenset[str] = attrs.field(converter=_tags, factory=frozenset)
    text: LocalizedText | None = None

    def matches(self, profile: ApplicantProfile) -> bool:
        if self.not_for & profile.tags:
            return False
        return not self.applies_to or bool(self.applies_to & profile.tags)


@frozen
class DocumentRequirement:
    """A document the act asks for: its name as written, how it is given, and to whom it applies."""

    id: str
    name: LocalizedText
    source: Source
    form: DocumentForm = DocumentForm.UNSPECIFIED
    handling: DocumentHandling = DocumentHandling.UNSPECIFIED
    condition: Condition | None = None
    alternatives: tuple[DocumentRequirement, ...] = ()
    channels: frozenset[Channel] | None = None
    required: bool = True
    variant: str | None = None
    """For a regulation covering several sub-services: the one this document is for (None: all)."""

    def applies_to(
        self, profile: ApplicantProfile | None = None, channel: Channel | None = None, variant: str | None = None
    ) -> bool:
        """Whether the applicant ``profile`` (``None``: a citizen) must bring it on ``channel`` for ``variant``."""
        profile = profile or ApplicantProfile.citizen()
        if channel is not None and self.channels is not None and channel not in self.channels:
            return False
        if variant is not None and self.variant is not None and variant != self.variant:
            return False
        return self.condition is None or self.condition.matches(profile)

    @property
    def ids(self) -> frozenset[str]:
        """This document's id and the ids of its alternatives: any one of them satisfies it."""
        return frozenset({self.id, *(a.id for a in self.alternatives)})
