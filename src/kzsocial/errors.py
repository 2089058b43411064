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
    """Stable machine name of this kind of error (``kzsocial_error``): the ``code`` member of :meth:`problem` and the
    end of its ``type`` URI ``urn:kzsocial:problem:kzsocial_error``; unchanged across releases."""
    status: ClassVar[int] = 500
    """HTTP status a service answers with: 500, as nothing more precise is known of a bare kzsocial error."""
    title: ClassVar[str] = "kzsocial error"
    """Short English summary (``'kzsocial error'``), the ``title`` of :meth:`problem`; the message itself (``detail``)
    says what was wrong and what is accepted."""
    fields: ClassVar[tuple[str, ...]] = ()
    """Names of the attributes that carry this error's details (none on the base class); :meth:`problem` adds each as an
    extension member."""

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
    """Stable machine name of this kind of error (``invalid_input``): the ``code`` member of :meth:`problem` and the end
    of its ``type`` URI ``urn:kzsocial:problem:invalid_input``; unchanged across releases."""
    status = 422
    """HTTP status a service answers with: 422 Unprocessable Content (the request was read, a value in it is not
    accepted)."""
    title = "Invalid input"
    """Short English summary (``'Invalid input'``), the ``title`` of :meth:`problem`; the message itself (``detail``)
    says what was wrong and what is accepted."""


class InvalidTypeError(KzSocialError, TypeError):
    """An argument of the wrong type (a ``str`` where a ``date`` is expected, ...)."""

    code = "invalid_type"
    """Stable machine name of this kind of error (``invalid_type``): the ``code`` member of :meth:`problem` and the end
    of its ``type`` URI ``urn:kzsocial:problem:invalid_type``; unchanged across releases."""
    status = 422
    """HTTP status a service answers with: 422 Unprocessable Content (the request was read, a value in it is not
    accepted)."""
    title = "Invalid type"
    """Short English summary (``'Invalid type'``), the ``title`` of :meth:`problem`; the message itself (``detail``)
    says what was wrong and what is accepted."""


class NotFoundError(KzSocialError, LookupError):
    """A lookup by id or name found nothing."""

    code = "not_found"
    """Stable machine name of this kind of error (``not_found``): the ``code`` member of :meth:`problem` and the end of
    its ``type`` URI ``urn:kzsocial:problem:not_found``; unchanged across releases."""
    status = 404
    """HTTP status a service answers with: 404 Not Found (no record has that id or name)."""
    title = "Not found"
    """Short English summary (``'Not found'``), the ``title`` of :meth:`problem`; the message itself (``detail``) says
    what was wrong and what is accepted."""


class DateOutOfRangeError(InvalidInputError):
    """A date or a computed result lies outside the calendar's supported range."""

    code = "date_out_of_range"
    """Stable machine name of this kind of error (``date_out_of_range``): the ``code`` member of :meth:`problem` and the
    end of its ``type`` URI ``urn:kzsocial:problem:date_out_of_range``; unchanged across releases."""
    title = "Date out of range"
    """Short English summary (``'Date out of range'``), the ``title`` of :meth:`problem`; the message itself
    (``detail``) says what was wrong and what is accepted."""


class UnknownServiceError(NotFoundError):
    """No service definition has the given id."""

    code = "unknown_service"
    """Stable machine name of this kind of error (``unknown_service``): the ``code`` member of :meth:`problem` and the
    end of its ``type`` URI ``urn:kzsocial:problem:unknown_service``; unchanged across releases."""
    title = "Unknown service"
    """Short English summary (``'Unknown service'``), the ``title`` of :meth:`problem`; the message itself (``detail``)
    says what was wrong and what is accepted."""


class UnknownOfficeError(NotFoundError):
    """No office has the given id."""

    code = "unknown_office"
    """Stable machine name of this kind of error (``unknown_office``): the ``code`` member of :meth:`problem` and the
    end of its ``type`` URI ``urn:kzsocial:problem:unknown_office``; unchanged across releases."""
    title = "Unknown office"
    """Short English summary (``'Unknown office'``), the ``title`` of :meth:`problem`; the message itself (``detail``)
    says what was wrong and what is accepted."""


class NotStatedError(KzSocialError, LookupError):
    """The record exists but its act does not state the fact asked for (no office hours, a reception worded
    too loosely to compute, ...). Not a not-found: the id was right; the answer is a property of the record."""

    code = "not_stated"
    """Stable machine name of this kind of error (``not_stated``): the ``code`` member of :meth:`problem` and the end of
    its ``type`` URI ``urn:kzsocial:problem:not_stated``; unchanged across releases."""
    status = 422
    """HTTP status a service answers with: 422 Unprocessable Content (the request was read, a value in it is not
    accepted)."""
    title = "Not stated by the act"
    """Short English summary (``'Not stated by the act'``), the ``title`` of :meth:`problem`; the message itself
    (``detail``) says what was wrong and what is accepted."""


class NoTermError(NotStatedError):
    """The act states no term for this service, so no deadline can be computed."""

    code = "no_term"
    """Stable machine name of this kind of error (``no_term``): the ``code`` member of :meth:`problem` and the end of
    its ``type`` URI ``urn:kzsocial:problem:no_term``; unchanged across releases."""
    title = "The act states no term"
    """Short English summary (``'The act states no term'``), the ``title`` of :meth:`problem`; the message itself
    (``detail``) says what was wrong and what is accepted."""


class SerializationError(InvalidInputError):
    """JSON data does not have the shape of the type asked for; ``path`` is where (``$.trace[0].rule``)."""

    code = "invalid_data_shape"
    """Stable machine name of this kind of error (``invalid_data_shape``): the ``code`` member of :meth:`problem` and
    the end of its ``type`` URI ``urn:kzsocial:problem:invalid_data_shape``; unchanged across releases."""
    title = "Invalid data shape"
    """Short English summary (``'Invalid data shape'``), the ``title`` of :meth:`problem`; the message itself
    (``detail``) says what was wrong and what is accepted."""
    fields = ("path",)
    """Names of the attributes that carry this error's details (``path``); :meth:`problem` adds each as an extension
    member."""

    def __init__(self, message: str, *, path: str = "$") -> None:
        self.path = path
        """Where in the JSON the shape is wrong, as a JSONPath from the root ``$`` (``$.trace[0].rule``); ``$`` when the
        whole document is unreadable."""
        super().__init__(message)


class UnknownCategoryError(InvalidInputError):
    """An applicant category (a profile or condition tag) outside the vocabulary; ``unknown`` lists every one,
    ``accepted`` the vocabulary (see ``kzsocial.services.applicant_categories``)."""

    code = "unknown_category"
    """Stable machine name of this kind of error (``unknown_category``): the ``code`` member of :meth:`problem` and the
    end of its ``type`` URI ``urn:kzsocial:problem:unknown_category``; unchanged across releases."""
    title = "Unknown applicant category"
    """Short English summary (``'Unknown applicant category'``), the ``title`` of :meth:`problem`; the message itself
    (``detail``) says what was wrong and what is accepted."""
    fields = ("unknown", "accepted")
    """Names of the attributes that carry this error's details (``unknown``, ``accepted``); :meth:`problem` adds each as
    an extension member."""

    def __init__(self, unknown: Iterable[str], accepted: Iterable[str]) -> None:
        self.unknown: tuple[str, ...] = tuple(unknown)
        """Every tag given that is not in the vocabulary, in the order given (all of them, not only the first)."""
        self.accepted: tuple[str, ...] = tuple(accepted)
        """The whole vocabulary of applicant categories the tags are checked against, sorted
        (``kzsocial.services.applicant_categories()``)."""
        super().__init__(
            f"unknown applicant categor{'y' if len(self.unknown) == 1 else 'ies'}: {', '.join(self.unknown)}; "
            f"accepted: {', '.join(self.accepted)}"
        )


class DataValidationError(KzSocialError, ValueError):
    """Packaged or user-supplied data failed validation.

    ``problems`` lists *every* problem found, not only the first one.
    """

    code = "data_invalid"
    """Stable machine name of this kind of error (``data_invalid``): the ``code`` member of :meth:`problem` and the end
    of its ``type`` URI ``urn:kzsocial:problem:data_invalid``; unchanged across releases."""
    status = 422
    """HTTP status a service answers with: 422 Unprocessable Content (the request was read, a value in it is not
    accepted)."""
    title = "Invalid data"
    """Short English summary (``'Invalid data'``), the ``title`` of :meth:`problem`; the message itself (``detail``)
    says what was wrong and what is accepted."""
    fields = ("problems",)
    """Names of the attributes that carry this error's details (``problems``); :meth:`problem` adds each as an extension
    member."""

    def __init__(self, what: str, problems: Iterable[str]) -> None:
        self.problems: tuple[str, ...] = tuple(problems)
        """Every problem found, one line each (``FILE:LINE: PATH MESSAGE`` for the loader), so one run lists all that
        must be fixed."""
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"{what}: {len(self.problems)} problem(s):\n{lines}")


class MissingFieldsError(InvalidInputError):
    """An object cannot be built because required fields are missing; ``missing`` lists them all."""

    code = "missing_fields"
    """Stable machine name of this kind of error (``missing_fields``): the ``code`` member of :meth:`problem` and the
    end of its ``type`` URI ``urn:kzsocial:problem:missing_fields``; unchanged across releases."""
    title = "Missing fields"
    """Short English summary (``'Missing fields'``), the ``title`` of :meth:`problem`; the message itself (``detail``)
    says what was wrong and what is accepted."""
    fields = ("missing",)
    """Names of the attributes that carry this error's details (``missing``); :meth:`problem` adds each as an extension
    member."""

    def __init__(self, what: str, missing: Iterable[str]) -> None:
        self.missing: tuple[str, ...] = tuple(missing)
        """The names of every required field that could not be filled (for a talon,
        :class:`~kzsocial.services.TalonField` values such as ``due_at`` or ``accepted_by``)."""
        super().__init__(f"{what}: missing {', '.join(self.missing)}")


class MissingDocumentsError(InvalidInputError):
    """Required documents were not submitted; ``missing`` names them all, ``ids`` gives their ids."""

    code = "missing_documents"
    """Stable machine name of this kind of error (``missing_documents``): the ``code`` member of :meth:`problem` and the
    end of its ``type`` URI ``urn:kzsocial:problem:missing_documents``; unchanged across releases."""
    title = "Missing documents"
    """Short English summary (``'Missing documents'``), the ``title`` of :meth:`problem`; the message itself
    (``detail``) says what was wrong and what is accepted."""
    fields = ("missing", "ids")
    """Names of the attributes that carry this error's details (``missing``, ``ids``); :meth:`problem` adds each as an
    extension member."""

    def __init__(self, what: str, missing: Iterable[str], ids: Iterable[str] = ()) -> None:
        self.missing: tuple[str, ...] = tuple(missing)
        """The names of every required document not handed in, as the act words them (in Kazakh, the acts' language)."""
        self.ids: tuple[str, ...] = tuple(ids)
        """The ids of the same documents, in the same order (empty when the caller gave none); what a portal matches
        against its checklist."""
        super().__init__(f"{what}: missing documents: {'; '.join(self.missing)}")


class MissingPlaceholdersError(InvalidInputError):
    """A template was rendered with unfilled placeholders; ``missing`` lists every one."""

    code = "missing_placeholders"
    """Stable machine name of this kind of error (``missing_placeholders``): the ``code`` member of :meth:`problem` and
    the end of its ``type`` URI ``urn:kzsocial:problem:missing_placeholders``; unchanged across releases."""
    title = "Missing placeholders"
    """Short English summary (``'Missing placeholders'``), the ``title`` of :meth:`problem`; the message itself
    (``detail``) says what was wrong and what is accepted."""
    fields = ("missing",)
    """Names of the attributes that carry this error's details (``missing``); :meth:`problem` adds each as an extension
    member."""

    def __init__(self, template: str, missing: Iterable[str]) -> None:
        self.missing: tuple[str, ...] = tuple(missing)
        """Every placeholder of the template that the values given did not fill (``{applicant}``, ``{due_at}``, ...
        without the braces)."""
        super().__init__(f"template {template!r}: missing personalisation: {', '.join(self.missing)}")


class MissingExtraError(KzSocialError, ImportError):
    """An optional feature was used without its extra installed; ``extra`` and ``package`` say which."""

    code = "missing_extra"
    """Stable machine name of this kind of error (``missing_extra``): the ``code`` member of :meth:`problem` and the end
    of its ``type`` URI ``urn:kzsocial:problem:missing_extra``; unchanged across releases."""
    status = 501
    """HTTP status a service answers with: 501 Not Implemented (this installation lacks the optional extra)."""
    title = "Optional feature not installed"
    """Short English summary (``'Optional feature not installed'``), the ``title`` of :meth:`problem`; the message
    itself (``detail``) says what was wrong and what is accepted."""
    fields = ("extra", "package")
    """Names of the attributes that carry this error's details (``extra``, ``package``); :meth:`problem` adds each as an
    extension member."""

    def __init__(self, feature: str, extra: str, package: str) -> None:
        self.extra = extra
        """The pip extra that installs the feature (``pip install 'kzsocial[EXTRA]'``), e.g. ``api`` or ``audit``."""
        self.package = package
        """The import name of the package found missing (``uvicorn``, ``pandas``, ...)."""
        super().__init__(
            f"{feature} needs the optional package {package!r}; install it with: pip install 'kzsocial[{extra}]'"
        )


class UnknownActError(NotFoundError):
    """No legal act has the given id (the message names the accepted ids)."""

    code = "unknown_act"
    """Stable machine name of this kind of error (``unknown_act``): the ``code`` member of :meth:`problem` and the end
    of its ``type`` URI ``urn:kzsocial:problem:unknown_act``; unchanged across releases."""
    title = "Unknown act"
    """Short English summary (``'Unknown act'``), the ``title`` of :meth:`problem`; the message itself (``detail``) says
    what was wrong and what is accepted."""


class UnknownRegionError(NotFoundError):
    """No act covers the given region (the message names the accepted regions)."""

    code = "unknown_region"
    """Stable machine name of this kind of error (``unknown_region``): the ``code`` member of :meth:`problem` and the
    end of its ``type`` URI ``urn:kzsocial:problem:unknown_region``; unchanged across releases."""
    title = "Unknown region"
    """Short English summary (``'Unknown region'``), the ``title`` of :meth:`problem`; the message itself (``detail``)
    says what was wrong and what is accepted."""


class TextNotStatedError(NotStatedError, NotFoundError):
    """A text has no version in the language asked for (``LocalizedText.get(language, fallback=False)``).

    A fact the record does not state, so a :class:`NotStatedError` (422); also a :class:`NotFoundError`, the class
    raised for it before."""

    code = "text_not_stated"
    """Stable machine name of this kind of error (``text_not_stated``): the ``code`` member of :meth:`problem` and
    the end of its ``type`` URI ``urn:kzsocial:problem:text_not_stated``; unchanged across releases."""
    status = 422
    """HTTP status a service answers with: 422 (the record exists; it has no text in this language)."""
    title = "No text in this language"
    """Short English summary (``'No text in this language'``), the ``title`` of :meth:`problem`; the message itself
    (``detail``) says what was wrong and what is accepted."""


class UnknownDocumentError(NotFoundError, InvalidInputError):
    """A service lists no document with the given id (``build_talon``, ``documents_missing``, ``forms_for``).

    An id that names nothing, so a :class:`NotFoundError` (404) like the other unknown ids; also an
    :class:`InvalidInputError` (a ``ValueError``), the class the talon and notice builders raised for it before."""

    code = "unknown_document"
    """Stable machine name of this kind of error (``unknown_document``): the ``code`` member of :meth:`problem` and
    the end of its ``type`` URI ``urn:kzsocial:problem:unknown_document``; unchanged across releases."""
    title = "Unknown document"
    """Short English summary (``'Unknown document'``), the ``title`` of :meth:`problem`; the message itself
    (``detail``) says what was wrong and what is accepted."""


class ControlCharacterError(InvalidInputError):
    """An identifier (a talon number, an id) holds a control or bidirectional-formatting character."""

    code = "control_character"
    """Stable machine name of this kind of error (``control_character``): the ``code`` member of :meth:`problem` and the
    end of its ``type`` URI ``urn:kzsocial:problem:control_character``; unchanged across releases."""
    title = "Control character in an identifier"
    """Short English summary (``'Control character in an identifier'``), the ``title`` of :meth:`problem`; the message
    itself (``detail``) says what was wrong and what is accepted."""


class QueryTooLongError(InvalidInputError):
    """A search query is longer than the documented bound."""

    code = "query_too_long"
    """Stable machine name of this kind of error (``query_too_long``): the ``code`` member of :meth:`problem` and the
    end of its ``type`` URI ``urn:kzsocial:problem:query_too_long``; unchanged across releases."""
    title = "Search query too long"
    """Short English summary (``'Search query too long'``), the ``title`` of :meth:`problem`; the message itself
    (``detail``) says what was wrong and what is accepted."""


def error_classes() -> tuple[type[KzSocialError], ...]:
    """Every public error class of this module, in ``__all__`` order (what the docs' table lists)."""
    found = (globals()[name] for name in __all__)
    return tuple(c for c in found if isinstance(c, type) and issubclass(c, KzSocialError))
