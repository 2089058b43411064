"""Where every recorded fact comes from, and what is wrong with it.

A :class:`Source` points at a line of an act's seed text and keeps the phrase exactly as printed; a
:class:`DataIssue` records, in plain words, a defect of the act that matters to a user. Nothing is fixed
silently: the raw value stays, a normalised value goes beside it, and an issue says why.

>>> s = Source("000_24378b1da5dcbe4b.txt", 104, "10 күнтізбелік күннен кешіктірілмей")
>>> str(s)
'000_24378b1da5dcbe4b.txt:104'
>>> DataIssue("ambiguous-unit", "The act says «күн» without calendar or working.", source=s).severity
<Severity.WARNING: 'warning'>
"""

from __future__ import annotations

import enum
import re
from typing import Any, Self

import attrs
from attrs import frozen

from kzsocial._checks import brief
from kzsocial.errors import InvalidInputError, InvalidTypeError, NotFoundError

__all__ = ["DataIssue", "FieldSource", "LocalizedText", "Severity", "Source", "SourcedText"]


def _positive(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError(f"{attribute.name} must be an int (a 1-based line number), got {type(value).__name__}")
    if value < 1:
        raise InvalidInputError(f"{attribute.name} must be a 1-based line number, got {value}")


@frozen
class Source:
    """A phrase of an act: the seed file, its 1-based line (or lines) and the text exactly as printed."""

    file: str
    line: int = attrs.field(validator=_positive)
    text: str
    end_line: int | None = None

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.file, str) or not isinstance(self.text, str):
            bad = "file" if not isinstance(self.file, str) else "text"
            raise InvalidTypeError(f"a source's {bad} must be a str, got {type(getattr(self, bad)).__name__}")
        if self.end_line is not None and (isinstance(self.end_line, bool) or not isinstance(self.end_line, int)):
            raise InvalidTypeError(f"end_line must be an int or None, got {type(self.end_line).__name__}")
        if self.end_line is not None and self.end_line < self.line:
            raise InvalidInputError(f"end_line {self.end_line} is before line {self.line}")
        if not self.text:
            raise InvalidInputError(f"a source phrase must not be empty ({self.file}:{self.line})")

    def __str__(self) -> str:
        if self.end_line is not None and self.end_line != self.line:
            return f"{self.file}:{self.line}-{self.end_line}"
        return f"{self.file}:{self.line}"

    def found_in(self, lines: list[str]) -> bool:
        """Whether :attr:`text` stands on its line(s) of ``lines`` (the seed split on ``\\n``)."""
        if isinstance(lines, str) or not isinstance(lines, list | tuple):
            raise InvalidTypeError(f"lines must be a list of str (the seed split on '\\n'), got {type(lines).__name__}")
        end = self.end_line or self.line
        if end > len(lines):
            return False
        if not all(isinstance(line, str) for line in lines[self.line - 1 : end]):
            raise InvalidTypeError("lines must be a list of str")
        return self.text in "\n".join(lines[self.line - 1 : end])


class Severity(enum.Enum):
    """How much a data issue matters: ``info`` (a derivation worth knowing), ``warning``, ``error``."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


_CODE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


def _check_code(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        raise InvalidTypeError(f"a data issue code is a str, got {type(value).__name__}")
    if not _CODE.match(value):
        raise InvalidInputError(f"a data issue code is lower-case words joined by '-', got {brief(value)}")


@frozen
class DataIssue:
    """A defect of an act, recorded on the record it affects: a code, a plain-words message, its source."""

    code: str = attrs.field(validator=_check_code)
    message: str
    severity: Severity = Severity.WARNING
    source: Source | None = None
    related: tuple[Source, ...] = ()
    """Other places of the act the issue involves (the paragraph it contradicts, the copy it repeats)."""

    def to_dict(self) -> dict[str, Any]:
        """The exact JSON form (see :mod:`kzsocial.serde`); :meth:`from_dict` reads it back."""
        from kzsocial.serde import to_dict

        result: dict[str, Any] = to_dict(self)
        return result

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """The value :meth:`to_dict` wrote as ``data``; raises :class:`~kzsocial.errors.SerializationError`."""
        from kzsocial.serde import from_dict

        return from_dict(cls, data)

    def __str__(self) -> str:
        where = f" ({self.source})" if self.source else ""
        return f"[{self.severity.value}] {self.code}: {self.message}{where}"


@frozen
class LocalizedText:
    """A text in Kazakh (always, as the act words it) and in Russian and English where known.

    >>> t = LocalizedText("Тұрғын үй көмегі", ru="Жилищная помощь")
    >>> t.get("ru"), t.get("en")
    ('Жилищная помощь', 'Тұрғын үй көмегі')
    """

    kk: str
    ru: str | None = None
    en: str | None = None

    def get(self, language: str, *, fallback: bool = True) -> str:
        """The text in ``language`` (``kk``, ``ru`` or ``en``); Kazakh when missing and ``fallback`` is true."""
        if not isinstance(language, str):
            raise InvalidTypeError(f"language must be a str ('kk', 'ru' or 'en'), got {type(language).__name__}")
        if language not in ("kk", "ru", "en"):
            raise InvalidInputError(f"unknown language {language!r}; accepted: 'kk', 'ru', 'en'")
        value: str | None = getattr(self, language)
        if value is None:
            if not fallback:
                raise NotFoundError(f"no {language!r} text for {self.kk!r}; pass fallback=True for Kazakh")
            return self.kk
        return value

    def __str__(self) -> str:
        return self.kk


@frozen
class FieldSource:
    """Where the act prints one field of a record (``field`` names it, e.g. ``"date"`` or ``"name.ru"``)."""

    field: str
    source: Source


@frozen
class SourcedText:
    """A phrase of an act as text with its source (an alternative address, a signatory, ...)."""

    text: LocalizedText
    source: Source
