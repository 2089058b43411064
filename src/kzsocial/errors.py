"""Exceptions raised by kzsocial.

Every error the library raises for bad input is a :class:`KzSocialError` *and* the matching built-in
exception, so callers can catch either::

    >>> from kzsocial.errors import KzSocialError, InvalidInputError
    >>> issubclass(InvalidInputError, ValueError) and issubclass(InvalidInputError, KzSocialError)
    True

Messages say what was wrong and what is accepted. Each class has a stable machine ``code`` and a suggested
HTTP ``status``; :meth:`KzSocialError.problem` gives an RFC 9457 problem-details dict with the error's fields
(``missing``, ``ids``, ``problems``, ...) as extension members::

    >>> from kzsocial.errors import MissingDocumentsError
    >>> err = MissingDocumentsError("karaganda-2008/unemployed-registration", ["Жеке куәлік"], ["identity-card"])
    >>> p = err.problem()
    >>> p["status"], p["code"], p["ids"]
    (422, 'missing_documents', ['identity-card'])

The table of codes is in ``docs/errors.md`` (a test keeps it in step with the classes).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

__all__ = [
    "DataValidationError",
    "DateOutOfRangeError",
    "InvalidInputError",
    "InvalidTypeError",
    "KzSocialError",
    "MissingDocumentsError",
    "MissingExtraError",
    "MissingFieldsError",
    "MissingPlaceholdersError",
    "NoTermError",
    "NotFoundError",
    "NotStatedError",
    "SerializationError",
    "UnknownCategoryError",
    "UnknownOfficeError",
    "UnknownServiceError",
    "error_classes",
]
__all__ += ["ControlCharacterError", "QueryTooLongError", "UnknownActError", "UnknownRegionError"]  # issue 11
__all__ += ["TextNotStatedError", "UnknownDocumentError"]  # issue 16: one error per kind of fault

PROBLEM_TYPE_BASE = "urn:kzsocial:problem:"
"""Problem ``type`` URIs are ``urn:kzsocial:problem:<code>`` (stable identifiers, not web pages)."""


class KzSocialError(Exception):
    """Base class of every exception kzsocial raises on purpose.

    ``code`` is stable across releases (a machine name for the kind of error), ``status`` the HTTP status a
    service would answer with, ``title`` a short English summary; :attr:`fields` names the attributes that
    carry the error's details.
    """

    code: ClassVar[str] = "kzsocial_error"
    status: ClassVar[int] = 500
    title: ClassVar[str] = "kzsocial error"
    fields: ClassVar[tuple[str, ...]] = ()

    def problem(self, *, instance: str | None = None) -> dict[str, Any]:
        """An RFC 9457 problem-details dict: ``type``, ``title``, ``status``, ``detail``, ``code`` and the fields."""
        out: dict[str, Any] = {
            "type": PROBLEM_TYPE_BASE + self.code,
            "title": self.title,
            "status": self.status,
            "detail": str(self),
            "code": self.code,
        }
        if instance is not None:
            out["instance"] = instance
        for name in self.fields:
            value = getattr(self, name, None)
            out[name] = list(value) if isinstance(value, tuple) else value
        return out


class InvalidInputError(KzSocialError, ValueError):
    """A value of the right type but not acceptable (an unknown unit, a negative duration, ...)."""

    code = "invalid_input"
    status = 422
    title = "Invalid input"


class InvalidTypeError(KzSocialError, TypeError):
    """An argument of the wrong type (a ``str`` where a ``date`` is expected, ...)."""

    code = "invalid_type"
    status = 422
    title = "Invalid type"


class NotFoundError(KzSocialError, LookupError):
    """A lookup by id or name found nothing."""

    code = "not_found"
    status = 404
    title = "Not found"


class DateOutOfRangeError(InvalidInputError):
    """A date or a computed result lies outside the calendar's supported range."""

    code = "date_out_of_range"
    title = "Date out of range"


class UnknownServiceError(NotFoundError):
    """No service definition has the given id."""

    code = "unknown_service"
    title = "Unknown service"


class UnknownOfficeError(NotFoundError):
    """No office has the given id."""

    code = "unknown_office"
    title = "Unknown office"


class NotStatedError(KzSocialError, LookupError):
    """The record exists but its act does not state the fact asked for (no office hours, a reception worded
    too loosely to compute, ...). Not a not-found: the id was right; the answer is a property of the record."""

    code = "not_stated"
    status = 422
    title = "Not stated by the act"


class NoTermError(NotStatedError):
    """The act states no term for this service, so no deadline can be computed."""

    code = "no_term"
    title = "The act states no term"


class SerializationError(InvalidInputError):
    """JSON data does not have the shape of the type asked for; ``path`` is where (``$.trace[0].rule``)."""

    code = "invalid_data_shape"
    title = "Invalid data shape"
    fields = ("path",)

    def __init__(self, message: str, *, path: str = "$") -> None:
        self.path = path
        super().__init__(message)


class UnknownCategoryError(InvalidInputError):
    """An applicant category (a profile or condition tag) outside the vocabulary; ``unknown`` lists every one,
    ``accepted`` the vocabulary (see ``kzsocial.services.applicant_categories``)."""

    code = "unknown_category"
    title = "Unknown applicant category"
    fields = ("unknown", "accepted")

    def __init__(self, unknown: Iterable[str], accepted: Iterable[str]) -> None:
        self.unknown: tuple[str, ...] = tuple(unknown)
        self.accepted: tuple[str, ...] = tuple(accepted)
        super().__init__(
            f"unknown applicant categor{'y' if len(self.unknown) == 1 else 'ies'}: {', '.join(self.unknown)}; "
            f"accepted: {', '.join(self.accepted)}"
        )


class DataValidationError(KzSocialError, ValueError):
    """Packaged or user-supplied data failed validation.

    ``problems`` lists *every* problem found, not only the first one.
    """

    code = "data_invalid"
    status = 422
    title = "Invalid data"
    fields = ("problems",)

    def __init__(self, what: str, problems: Iterable[str]) -> None:
        self.problems: tuple[str, ...] = tuple(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"{what}: {len(self.problems)} problem(s):\n{lines}")


class MissingFieldsError(InvalidInputError):
    """An object cannot be built because required fields are missing; ``missing`` lists them all."""

    code = "missing_fields"
    title = "Missing fields"
    fields = ("missing",)

    def __init__(self, what: str, missing: Iterable[str]) -> None:
        self.missing: tuple[str, ...] = tuple(missing)
        super().__init__(f"{what}: missing {', '.join(self.missing)}")


class MissingDocumentsError(InvalidInputError):
    """Required documents were not submitted; ``missing`` names them all, ``ids`` gives their ids."""

    code = "missing_documents"
    title = "Missing documents"
    fields = ("missing", "ids")

    def __init__(self, what: str, missing: Iterable[str], ids: Iterable[str] = ()) -> None:
        self.missing: tuple[str, ...] = tuple(missing)
        self.ids: tuple[str, ...] = tuple(ids)
        super().__init__(f"{what}: missing documents: {'; '.join(self.missing)}")


class MissingPlaceholdersError(InvalidInputError):
    """A template was rendered with unfilled placeholders; ``missing`` lists every one."""

    code = "missing_placeholders"
    title = "Missing placeholders"
    fields = ("missing",)

    def __init__(self, template: str, missing: Iterable[str]) -> None:
        self.missing: tuple[str, ...] = tuple(missing)
        super().__init__(f"template {template!r}: missing personalisation: {', '.join(self.missing)}")


class MissingExtraError(KzSocialError, ImportError):
    """An optional feature was used without its extra installed; ``extra`` and ``package`` say which."""

    code = "missing_extra"
    status = 501
    title = "Optional feature not installed"
    fields = ("extra", "package")

    def __init__(self, feature: str, extra: str, package: str) -> None:
        self.extra = extra
        self.package = package
        super().__init__(
            f"{feature} needs the optional package {package!r}; install it with: pip install 'kzsocial[{extra}]'"
        )


class UnknownActError(NotFoundError):
    """No legal act has the given id (the message names the accepted ids)."""

    code = "unknown_act"
    title = "Unknown act"


class UnknownRegionError(NotFoundError):
    """No act covers the given region (the message names the accepted regions)."""

    code = "unknown_region"
    title = "Unknown region"


class TextNotStatedError(NotStatedError, NotFoundError):
    """A text has no version in the language asked for (``LocalizedText.get(language, fallback=False)``).

    A fact the record does not state, so a :class:`NotStatedError` (422); also a :class:`NotFoundError`, the class
    raised for it before."""

    code = "text_not_stated"
    status = 422
    title = "No text in this language"


class UnknownDocumentError(NotFoundError, InvalidInputError):
    """A service lists no document with the given id (``build_talon``, ``documents_missing``, ``forms_for``).

    An id that names nothing, so a :class:`NotFoundError` (404) like the other unknown ids; also an
    :class:`InvalidInputError` (a ``ValueError``), the class the talon and notice builders raised for it before."""

    code = "unknown_document"
    title = "Unknown document"


class ControlCharacterError(InvalidInputError):
    """An identifier (a talon number, an id) holds a control or bidirectional-formatting character."""

    code = "control_character"
    title = "Control character in an identifier"


class QueryTooLongError(InvalidInputError):
    """A search query is longer than the documented bound."""

    code = "query_too_long"
    title = "Search query too long"


def error_classes() -> tuple[type[KzSocialError], ...]:
    """Every public error class of this module, in ``__all__`` order (what the docs' table lists)."""
    found = (globals()[name] for name in __all__)
    return tuple(c for c in found if isinstance(c, type) and issubclass(c, KzSocialError))
