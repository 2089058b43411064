"""SMS segment counts against an independent reference count, and the limit check."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzsocial.errors import InvalidInputError, InvalidTypeError
from kzsocial.notices import SmsMessage, sms_count

# The GSM 03.38 default alphabet written out as the standard's 128-entry table (0x1B, the escape, left out),
# independently of the library's set.
_GSM_TABLE = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
assert len(_GSM_TABLE) == 128
_GSM_ONE = set(_GSM_TABLE) - {"\x1b"}
_GSM_TWO = set("^{}\\[~]|€")


def reference(text: str) -> tuple[str, int, int]:
    """Encoding, units, segments: the textbook rule, computed another way (UTF-16 bytes, not code points)."""
    if all(c in _GSM_ONE or c in _GSM_TWO for c in text):
        units = len(text) + sum(c in _GSM_TWO for c in text)
        single, multi, enc = 160, 153, "GSM-7"
    else:
        units = len(text.encode("utf-16-le")) // 2
        single, multi, enc = 70, 67, "UCS-2"
    segments = 0 if units == 0 else (1 if units <= single else math.ceil(units / multi))
    return enc, units, segments


KAZAKH = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя АӘБҒҚҢӨҰҮҺІ"
RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя АБВГДЕЁЖЗ.,!?-"
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ 0123456789.,:;!?-+()@£$"
EXTENDED = "^{}\\[~]|€"

texts = st.one_of(
    st.text(alphabet=KAZAKH, max_size=400),
    st.text(alphabet=RUSSIAN, max_size=400),
    st.text(alphabet=LATIN, max_size=500),
    st.text(alphabet=LATIN + EXTENDED, max_size=400),
    st.text(alphabet=LATIN + KAZAKH + EXTENDED, max_size=300),
    st.text(max_size=200),  # anything, emoji and astral characters included
)


@given(texts)
def test_counts_match_the_reference(text: str) -> None:
    count = sms_count(text)
    assert (count.encoding, count.units, count.segments) == reference(text)


@given(st.text(alphabet=LATIN, max_size=200), st.sampled_from([c for c in KAZAKH + RUSSIAN if c.isalpha()]))
def test_any_cyrillic_letter_makes_it_ucs2(text: str, letter: str) -> None:
    assert sms_count(text + letter).encoding == "UCS-2"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ("GSM-7", 0, 0)),
        ("a" * 160, ("GSM-7", 160, 1)),
        ("a" * 161, ("GSM-7", 161, 2)),
        ("a" * 306, ("GSM-7", 306, 2)),
        ("a" * 307, ("GSM-7", 307, 3)),
        ("€" * 80, ("GSM-7", 160, 1)),
        ("€" * 81, ("GSM-7", 162, 2)),
        ("ә" * 70, ("UCS-2", 70, 1)),
        ("ә" * 71, ("UCS-2", 71, 2)),
        ("қ" * 134, ("UCS-2", 134, 2)),
        ("қ" * 135, ("UCS-2", 135, 3)),
        ("a" * 69 + "ы", ("UCS-2", 70, 1)),  # one Cyrillic letter makes the whole message UCS-2
        ("😀" * 35, ("UCS-2", 70, 1)),  # astral: two UTF-16 units each
        ("😀" * 36, ("UCS-2", 72, 2)),
    ],
)
def test_boundaries(text: str, expected: tuple[str, int, int]) -> None:
    c = sms_count(text)
    assert (c.encoding, c.units, c.segments) == expected


def test_limit_check() -> None:
    short, long = SmsMessage("Сәлем"), SmsMessage("Құжат " * 20)
    assert short.fits() and short.check(1) is short
    assert long.segments == 2 and not long.fits(1) and long.fits(2)
    with pytest.raises(InvalidInputError, match=r"2 segments \(120 UCS-2 units\); the limit is 1"):
        long.check(1)
    with pytest.raises(InvalidInputError):
        short.fits(0)
    with pytest.raises(InvalidTypeError):
        short.fits(True)
    with pytest.raises(InvalidTypeError):
        sms_count(b"bytes")  # type: ignore[arg-type]


def test_cyrillic_is_never_replaced() -> None:
    text = "Нәтиже дайын: ғ қ ң ө ұ ү һ і"
    assert SmsMessage(text).text == text
