"""Waiting in the queue: the longest wait the act allows, and whether it allows booking ahead or expedited service."""

from __future__ import annotations

import enum

from attrs import frozen

from kzsocial.provenance import LocalizedText, Source

__all__ = ["QueueLimit", "QueueQualifier", "QueueRules", "QueueStage"]


class QueueStage(enum.Enum):
    """The queue a waiting-time limit is for: handing documents in or receiving the result."""

    SUBMIT = "submit"
    """The queue for handing documents in."""
    RECEIVE = "receive"
    """The queue for collecting the result."""


class QueueQualifier(enum.Enum):
    """How the act bounds a waiting time: at most, at least, about, or unspecified."""

    AT_MOST = "at_most"
    """«аспайды», «барынша»: the wait is at most this long."""
    AT_LEAST = "at_least"
    """«ең аз»: at least this long, as printed."""
    ABOUT = "about"
    """«шамамен»: about this long."""
    UNSPECIFIED = "unspecified"
    """The act gives the time with no qualifier."""


@frozen
class QueueLimit:
    """The longest wait in the queue when handing in documents (``submit``) or collecting the result."""

    stage: QueueStage
    """Which queue: handing documents in (``submit``) or collecting the result (``receive``)."""
    minutes: int
    """The waiting time in minutes (``30``, or 60 for «1 сағат»)."""
    qualifier: QueueQualifier
    """How the act bounds it: at most («аспайды»), at least, about («шамамен»), or unspecified."""
    source: Source
    """Where the act states it."""
    applies_to: LocalizedText | None = None
    """The part of the service the limit is for, where the act gives several (None: the whole service)."""


@frozen
class QueueRules:
    """Whether the act allows booking ahead and expedited service: every act that says so, says no to both
    («алдын ала жазылусыз және жеделдетіп қызмет көрсетусіз кезек тәртібінде», 000:120)."""

    pre_registration: bool
    """Whether booking ahead is allowed («алдын ала жазылу»); every act that speaks of it says no."""
    expedited: bool
    """Whether expedited service is allowed («жеделдетіп қызмет көрсету»); every act that speaks of it says no."""
    source: Source
    """Where the act says it."""
