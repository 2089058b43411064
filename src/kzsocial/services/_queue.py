"""Waiting in the queue: the longest wait the act allows, and whether it allows booking ahead or expedited service."""

from __future__ import annotations

import enum

from attrs import frozen

from kzsocial.provenance import LocalizedText, Source

__all__ = ["QueueLimit", "QueueQualifier", "QueueRules", "QueueStage"]


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
