"""People named on a talon: the applicant, a representative, the officer who accepted the documents."""

from __future__ import annotations

import re

import attrs
from attrs import frozen

from kzsocial.errors import InvalidInputError, InvalidTypeError
from kzsocial.serde import to_dict

__all__ = ["Person"]

_PHONE = re.compile(r"^\+?[0-9][0-9 ()\-.]{3,24}[0-9]$")


def _name(value: object) -> str:
    if not isinstance(value, str):
        raise InvalidTypeError(f"full_name must be a str, got {type(value).__name__}")
    text = " ".join(value.split())
    if not text:
        raise InvalidInputError("full_name must not be empty; give the surname, name and patronymic as written")
    return text


def _optional_text(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidTypeError(f"position and address must be a str or None, got {type(value).__name__}")
    return " ".join(value.split()) or None


def _phone(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidTypeError(f"phone must be a str or None, got {type(value).__name__}")
    text = value.strip()
    if not text:
        return None
    if not _PHONE.match(text):
        raise InvalidInputError(
            f"cannot read phone {value!r}; accepted: digits with an optional leading '+', spaces, '-', '.', '()'"
        )
    return text


@frozen
class Person:
    """A person named on a talon, exactly as they should be written: ``full_name`` and an optional ``phone``.

    ``position`` (for the officer who accepted the documents: «лауазымы») and ``address`` (the applicant's, for a
    receipt of refusal) are optional keywords. The phone is kept as given (checked for its characters only).

    >>> Person("Ахметова Гүлнар Серікқызы", "+7 701 123 45 67").phone
    '+7 701 123 45 67'
    >>> Person("  Иванов   Иван ").full_name
    'Иванов Иван'
    """

    full_name: str = attrs.field(converter=_name)
    """The full name as it should be written (surname, name, patronymic), with runs of spaces collapsed; never empty."""
    phone: str | None = attrs.field(default=None, converter=_phone)
    """A phone number as given (only its characters are checked: digits, ``+``, spaces, ``-``, ``.``, ``()``); ``None``
    when there is none."""
    position: str | None = attrs.field(default=None, kw_only=True, converter=_optional_text)
    """The officer's position («лауазымы»), which some acts print under the name of the one who accepted the documents;
    ``None`` otherwise."""
    address: str | None = attrs.field(default=None, kw_only=True, converter=_optional_text)
    """The applicant's address, which the receipt of refusal asks for; ``None`` otherwise."""

    def to_dict(self) -> dict[str, str | None]:
        """The exact JSON form (see :mod:`kzsocial.serde`); ``from_dict`` reads it back."""

        result: dict[str, str | None] = to_dict(self)
        return result
