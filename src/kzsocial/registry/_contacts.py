"""Contacts as printed and as normalised: phones in E.164, checked emails and websites.

The raw value always stays; the normalised one says how it was derived, or why there is none.

>>> p = normalize_phone("45-44-94", area_code="7212")
>>> p.e164, p.derivation
('+77212454494', 'local number; area code 7212 of the office added')
>>> normalize_phone("8 (7212) 300169").e164
'+77212300169'
>>> e = check_email("otdel@mai1.ru")
>>> e.valid, e.normalized, e.reason
(False, 'otdel@mail.ru', "domain 'mai1.ru' is a misprint of 'mail.ru' (the digit 1 for the letter l)")
>>> check_website("www.sarysu.ku").valid
False
"""

from __future__ import annotations

import enum
import re

from attrs import frozen

from kzsocial._checks import to_enum
from kzsocial.errors import InvalidTypeError
from kzsocial.provenance import Source

__all__ = [
    "Email",
    "Phone",
    "PhoneKind",
    "Website",
    "check_email",
    "check_website",
    "normalize_phone",
]


class PhoneKind(enum.Enum):
    """Whether a number is a phone or a fax."""

    PHONE = "phone"
    """A voice telephone number («тел.»)."""
    FAX = "fax"
    """A fax number («факс»)."""


@frozen
class Phone:
    """A phone or fax number: ``raw`` exactly as printed, ``e164`` when it can be derived with certainty."""

    raw: str
    """The number exactly as printed (``45-44-94``, ``8 (7212) 300169``)."""
    e164: str | None
    """The number in E.164 (``+77212454494``) when it can be derived with certainty (from ``raw`` and the office's area
    code); ``None`` otherwise."""
    derivation: str
    """How ``e164`` was derived, or why it could not be, in plain words (``local number; area code 7212 of the office
    added``)."""
    kind: PhoneKind = PhoneKind.PHONE
    """A phone or a fax."""
    source: Source | None = None
    """Where the act prints the number; ``None`` for a number not from an act."""

    @property
    def valid(self) -> bool:
        """Whether the number could be normalised to E.164."""
        return self.e164 is not None

    @property
    def display(self) -> str:
        """The number for printing: as printed when that reads cleanly on one line, else the E.164 number grouped.

        >>> Phone("(8-71638)2-10-\\n4 8", "+77163821048", "").display
        '+7 716 382 10 48'
        >>> Phone("8 (7212) 42-10-56", "+77212421056", "").display
        '8 (7212) 42-10-56'
        """
        compact = " ".join(self.raw.split())
        if self.e164 is not None and compact != self.raw.strip():
            d = self.e164[2:]
            return f"+7 {d[:3]} {d[3:6]} {d[6:8]} {d[8:]}"
        return compact


@frozen
class Email:
    """An email address: ``raw`` as printed; ``valid`` says whether it works as printed.

    ``normalized`` is the address to use (equal to ``raw`` when valid, a sure correction otherwise, or None);
    ``reason`` explains any difference.
    """

    raw: str
    """The address exactly as the act prints it."""
    normalized: str | None
    """The address to use: ``raw`` when valid, a correction only where it is sure (``mai1.ru`` -> ``mail.ru``), else
    ``None``."""
    valid: bool
    """``True`` when ``raw`` works as printed."""
    reason: str | None = None
    """Why ``raw`` is not used as printed (a misprinted domain, a missing ``@``, ...); ``None`` when it is valid."""
    source: Source | None = None
    """Where the act prints the address; ``None`` for an address not from an act."""


@frozen
class Website:
    """A website as printed, its normalised URL, and the reason when it is broken."""

    raw: str
    """The website exactly as the act prints it (Cyrillic look-alike letters included)."""
    normalized: str | None
    """The URL to use (``http://`` added to a bare host, look-alike letters fixed where sure); ``None`` when no sure URL
    can be derived."""
    valid: bool
    """``True`` when ``raw`` works as printed."""
    reason: str | None = None
    """Why it is broken or was corrected (an unknown top-level domain such as ``.ku``, Cyrillic letters); ``None`` when
    valid."""
    source: Source | None = None
    """Where the act prints it; ``None`` for a site not from an act."""


_KZ_NATIONAL_LENGTH = 10


def _check_raw(raw: object, what: str, source: object) -> None:
    if not isinstance(raw, str):
        raise InvalidTypeError(f"the {what} as printed must be a str, got {type(raw).__name__}")
    if source is not None and not isinstance(source, Source):
        raise InvalidTypeError(f"source must be a kzsocial.provenance.Source or None, got {type(source).__name__}")


_NON_DIGITS = re.compile(r"\D")


def normalize_phone(
    raw: str,
    area_code: str | int | None = None,
    *,
    kind: PhoneKind = PhoneKind.PHONE,
    source: Source | None = None,
) -> Phone:
    """Derive the E.164 form of a Kazakhstan number printed in any of the acts' styles.

    A national number has ten digits (area code + subscriber number). ``8`` or ``+7`` in front is the
    trunk/country prefix. A number printed without its area code takes ``area_code`` (the office's settlement)
    only when the lengths add up to ten digits; anything else is left without E.164 and says why.
    ``area_code`` is a str of digits (an int such as ``7212`` is read as its digits).
    """
    _check_raw(raw, "phone", source)
    if isinstance(area_code, int) and not isinstance(area_code, bool) and area_code >= 0:
        area_code = str(area_code)
    if area_code is not None and not isinstance(area_code, str):
        raise InvalidTypeError(f"area_code must be a str of digits or None, got {type(area_code).__name__}")
    kind = to_enum(PhoneKind, kind, "phone kind")
    digits = _NON_DIGITS.sub("", raw)
    compact = raw.strip()
    if not digits:
        return Phone(raw, None, "no digits in the printed value", kind, source)
    if compact.startswith("+7") and len(digits) == 11:
        return Phone(raw, "+" + digits, "international form as printed", kind, source)
    if len(digits) == 11 and digits[0] in "87" and digits[1] == "7":
        prefix = "trunk prefix 8" if digits[0] == "8" else "country code 7"
        return Phone(raw, "+7" + digits[1:], f"national number with {prefix}", kind, source)
    if len(digits) == _KZ_NATIONAL_LENGTH and digits[0] == "7":
        return Phone(raw, "+7" + digits, "ten-digit national number", kind, source)
    if area_code is not None:
        if not area_code.isdigit() or not area_code.startswith("7"):
            return Phone(raw, None, f"area code {area_code!r} is not a Kazakhstan area code", kind, source)
        if len(area_code) + len(digits) == _KZ_NATIONAL_LENGTH:
            return Phone(
                raw,
                "+7" + area_code + digits,
                f"local number; area code {area_code} of the office added",
                kind,
                source,
            )
        return Phone(
            raw,
            None,
            f"{len(digits)} digits do not make a ten-digit national number with area code {area_code} "
            f"({len(area_code)} digits); left as printed",
            kind,
            source,
        )
    return Phone(raw, None, f"{len(digits)} digits and no area code known; left as printed", kind, source)


_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
# Cyrillic letters that look like Latin ones.
_LOOKALIKE = str.maketrans("аеорсухкмтнвАЕОРСУХКМТНВіІ", "aeopcyxkmtHBAEOPCYXKMTHBiI")
# The Russian ЙЦУКЕН layout typed where the Latin QWERTY one was meant.
_LAYOUT = str.maketrans("йцукенгшщзхъфывапролджэячсмитьбю", "qwertyuiop[]asdfghjkl;'zxcvbnm,.")
_DOMAIN_MISPRINTS = {
    "mai1.ru": ("mail.ru", "the digit 1 for the letter l"),
    "mail.r": ("mail.ru", "the domain is cut short"),
    "mal.ru": ("mail.ru", "a letter is missing"),
    "yandex.r": ("yandex.ru", "the domain is cut short"),
}


def check_email(raw: str, *, source: Source | None = None) -> Email:
    """Check an email address; derive a corrected one only where the derivation is sure."""
    _check_raw(raw, "email", source)
    value = raw.strip()
    reasons: list[str] = []
    if value != raw:
        reasons.append("surrounding spaces removed")
    if re.search(r"\s", value):
        value = re.sub(r"\s+", "", value)
        reasons.append("spaces inside the address removed")
    value = value.rstrip(".,;")
    if re.search(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]", value):
        lookalike = value.translate(_LOOKALIKE)
        if _EMAIL.match(lookalike):
            value = lookalike
            reasons.append("Cyrillic look-alike letters replaced by Latin ones")
        else:
            local, _, domain = value.lower().partition("@")
            typed = f"{local.translate(_LAYOUT)}@{domain.translate(_LAYOUT)}"
            if _EMAIL.match(typed):
                value = typed
                reasons.append("typed in the Russian keyboard layout; letters read as the Latin keys")
            else:
                return Email(raw, None, False, "contains Cyrillic letters that have no sure Latin reading", source)
    local, at, domain = value.partition("@")
    fix = _DOMAIN_MISPRINTS.get(domain.lower())
    if at and fix is not None:
        value = f"{local}@{fix[0]}"
        reasons.append(f"domain {domain!r} is a misprint of {fix[0]!r} ({fix[1]})")
    if not _EMAIL.match(value):
        return Email(raw, None, False, "not an email address: " + (", ".join(reasons) or "wrong form"), source)
    local, _, domain = value.partition("@")
    if local.startswith(".") or local.endswith(".") or ".." in local:
        reason = "the name before '@' may not begin or end with a dot, nor hold two in a row"
        return Email(raw, None, False, reason, source)
    tld = domain.rsplit(".", 1)[1].lower()
    if tld not in _TLDS:
        return Email(raw, None, False, f"unknown top-level domain '.{tld}'", source)
    if reasons:
        return Email(raw, value, False, "; ".join(reasons), source)
    return Email(raw, value, True, None, source)


# Top-level domains an official Kazakh site of 2008-2015 may use.
_TLDS = frozenset({"kz", "ru", "com", "org", "net", "info", "gov", "edu", "by", "ua", "su", "biz"})


def check_website(raw: str, *, source: Source | None = None) -> Website:
    """Check a website address and give its URL; an unknown top-level domain makes it invalid."""
    _check_raw(raw, "website", source)
    value = raw.strip()
    reasons: list[str] = []
    www = re.match(r"^(?:https?://)?www\s+(?=[^\s.])", value, flags=re.IGNORECASE)
    if www:
        value = www.group(0).rstrip() + "." + value[www.end() :]
        reasons.append("the space after «www» read as the dot")
    squeezed = re.sub(r"\s+", "", value).rstrip(".,;")
    if squeezed != value:
        reasons.append("spaces or trailing punctuation removed")
    value = squeezed
    if re.search(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]", value):
        lookalike = value.translate(_LOOKALIKE)
        if re.search(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]", lookalike):
            return Website(raw, None, False, "contains Cyrillic letters that have no sure Latin reading", source)
        value = lookalike
        reasons.append("Cyrillic look-alike letters replaced by Latin ones")
    host = re.sub(r"^https?://", "", value, flags=re.IGNORECASE).split("/")[0].lower()
    if not re.match(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$", host):
        return Website(raw, None, False, "not a host name", source)
    tld = host.rsplit(".", 1)[1]
    if tld not in _TLDS:
        return Website(raw, None, False, f"unknown top-level domain '.{tld}'", source)
    url = value if re.match(r"^https?://", value, flags=re.IGNORECASE) else "http://" + value
    reason = "; ".join(reasons) or None
    return Website(raw, url, reason is None, reason, source)
