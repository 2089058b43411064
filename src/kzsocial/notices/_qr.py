"""A QR code carrying the talon number (extra ``qr``: ``pip install 'kzsocial[qr]'``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kzsocial.errors import InvalidInputError, InvalidTypeError
from kzsocial.notices._extras import require

if TYPE_CHECKING:
    from kzsocial.notices._talon import Talon

__all__ = ["talon_qr", "talon_qr_svg"]


def talon_qr(talon: Talon) -> Any:
    """A ``segno.QRCode`` (a full QR code, not a Micro QR, so phones read it) whose data is the talon number."""
    from kzsocial.notices._talon import Talon

    if not isinstance(talon, Talon):
        raise InvalidTypeError(f"talon must be a Talon, got {type(talon).__name__}")
    if talon.number is None:
        raise InvalidInputError("the talon has no number to put in a QR code; build it with number=")
    segno: Any = require("segno", feature="the talon's QR code", extra="qr")
    return segno.make(talon.number, micro=False)


def talon_qr_svg(talon: Talon, *, scale: int = 4) -> str:
    """The talon's QR code as an inline SVG element (to put into the HTML talon); ``scale`` is 1 to 64."""
    if isinstance(scale, bool) or not isinstance(scale, int):
        raise InvalidTypeError(f"scale must be an int from 1 to 64, got {type(scale).__name__}")
    if not 1 <= scale <= 64:
        raise InvalidInputError(f"scale must be an int from 1 to 64, got {scale}")
    svg: str = talon_qr(talon).svg_inline(scale=scale)
    return svg
