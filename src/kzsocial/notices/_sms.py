"""SMS length: encoding, units and segments, counted as operators count them.

A message whose every character is in the GSM 03.38 alphabet is sent as GSM-7: 160 units in one segment, 153 per
segment beyond that; the extension characters ``^{}\\[~]|€`` take two units each. Any other character (every
Cyrillic letter, Kazakh ә ғ қ ң ө ұ ү һ і included) makes the whole message UCS-2: its units are UTF-16 code units
(an emoji outside the BMP takes two), 70 in one segment, 67 per segment beyond. Nothing is ever replaced with
``?`` to make a message fit.

>>> sms_count("Hello").encoding, sms_count("Hello").segments
('GSM-7', 1)
>>> c = sms_count("Құжаттарыңыз қабылданды")
>>> c.encoding, c.units, c.segments
('UCS-2', 23, 1)
>>> sms_count("x" * 161).segments, sms_count("ы" * 71).segments
(2, 2)
>>> SmsMessage("Сәлем!").fits(1)
True
"""

from __future__ import annotations

import math

import attrs
from attrs import frozen

from kzsocial.errors import InvalidInputError, InvalidTypeError

__all__ = ["GSM7_BASIC", "GSM7_EXTENSION", "SmsCount", "SmsMessage", "sms_count"]

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
"""The GSM 03.38 default alphabet (one unit each; the escape code itself is not a character)."""

GSM7_EXTENSION = frozenset("^{}\\[~]|€")
"""Characters of the GSM 03.38 extension table: an escape plus the character, two units each."""

_LIMITS = {"GSM-7": (160, 153), "UCS-2": (70, 67)}


@frozen
class SmsCount:
    """How an SMS text is sent: ``encoding`` (``GSM-7`` or ``UCS-2``), ``units`` and ``segments``.

    An empty text is 0 units and 0 segments.
    """

    encoding: str
    """How the text is encoded: ``GSM-7`` when every character is in the GSM 03.38 alphabet, else ``UCS-2`` (Kazakh and
    Russian letters)."""
    units: int
    """The text's length in the encoding's units: GSM-7 septets (an extension character such as ``€`` or ``[`` counts 2)
    or UCS-2 code units."""
    segments: int
    """How many SMS segments it takes: one for up to 160 GSM-7 or 70 UCS-2 units, else parts of 153 or 67 units each."""

    @property
    def single_limit(self) -> int:
        """Units that fit in one segment (160 or 70)."""
        return _LIMITS[self.encoding][0]

    @property
    def per_segment(self) -> int:
        """Units per segment of a multi-part message (153 or 67)."""
        return _LIMITS[self.encoding][1]


def sms_count(text: str) -> SmsCount:
    """Count ``text`` as an SMS: its encoding, units and segments."""
    if not isinstance(text, str):
        raise InvalidTypeError(f"an SMS text is a str, got {type(text).__name__}")
    if all(ch in GSM7_BASIC or ch in GSM7_EXTENSION for ch in text):
        encoding = "GSM-7"
        units = sum(2 if ch in GSM7_EXTENSION else 1 for ch in text)
    else:
        encoding = "UCS-2"
        units = sum(2 if ord(ch) > 0xFFFF else 1 for ch in text)
    single, multi = _LIMITS[encoding]
    if units == 0:
        segments = 0
    elif units <= single:
        segments = 1
    else:
        segments = math.ceil(units / multi)
    return SmsCount(encoding, units, segments)


def _count(instance: SmsMessage) -> SmsCount:
    return sms_count(instance.text)


@frozen
class SmsMessage:
    """An SMS text with its count, and a limit check.

    >>> msg = SmsMessage("Мерзім ұзартылды")
    >>> msg.count.segments, msg.fits(1)
    (1, True)
    """

    text: str
    """The message's text, as sent."""
    count: SmsCount = attrs.field(init=False, default=attrs.Factory(_count, takes_self=True))
    """Its encoding, units and segments, computed from ``text`` (not an argument)."""

    @property
    def segments(self) -> int:
        """How many SMS segments the text takes."""
        return self.count.segments

    def fits(self, max_segments: int = 1) -> bool:
        """Whether the message takes at most ``max_segments`` segments."""
        return self.segments <= _check_limit(max_segments)

    def check(self, max_segments: int = 1) -> SmsMessage:
        """Return ``self`` if it fits in ``max_segments``; raise :class:`InvalidInputError` saying by how much not."""
        limit = _check_limit(max_segments)
        if self.segments > limit:
            c = self.count
            raise InvalidInputError(
                f"the SMS takes {c.segments} segments ({c.units} {c.encoding} units); the limit is {limit} "
                f"segment(s), {c.single_limit if limit == 1 else c.per_segment * limit} units"
            )
        return self


def _check_limit(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError(f"max_segments must be an int, got {type(value).__name__}")
    if value < 1:
        raise InvalidInputError(f"max_segments must be at least 1, got {value}")
    return value
