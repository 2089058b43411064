"""Exceptions raised by kzsocial.

Every error the library raises for bad input is a :class:`KzSocialError` *and* the matching built-in
exception, so callers can catch either::

    >>> from kzsocial.errors import KzSocialError, InvalidInputError
    >>> issubclass(InvalidInputError, ValueError) and issubclass(InvalidInputError, KzSocialError)
    True

Messages say what was wrong and what is accepted.
"""

from __future__ import annotations

from collections.abc import Iterable

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
    "NotFoundError",
    "UnknownCategoryError",
    "UnknownOfficeError",
    "UnknownServiceError",
]


class KzSocialError(Exception):
    """Base class of every exception kzsocial raises on purpose."""


class InvalidInputError(KzSocialError, ValueError):
    """A value of the right type but not acceptable (an unknown unit, a negative duration, ...)."""


class InvalidTypeError(KzSocialError, TypeError):
    """An argument of the wrong type (a ``str`` where a ``date`` is expected, ...)."""


class NotFoundError(KzSocialError, LookupError):
    """A lookup by id or name found nothing."""


class DateOutOfRangeError(InvalidInputError):
    """A date or a computed result lies outside the calendar's supported range."""


class UnknownServiceError(NotFoundError):
    """No service definition has the given id."""


class UnknownOfficeError(NotFoundError):
    """No office has the given id."""


class UnknownCategoryError(InvalidInputError):
    """An applicant category (a profile or condition tag) outside the vocabulary; ``unknown`` lists every one,
    ``accepted`` the vocabulary (see ``kzsocial.services.applicant_categories``)."""

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

    def __init__(self, what: str, problems: Iterable[str]) -> None:
        self.problems: tuple[str, ...] = tuple(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"{what}: {len(self.problems)} problem(s):\n{lines}")


class MissingFieldsError(InvalidInputError):
    """An object cannot be built because required fields are missing; ``missing`` lists them all."""

    def __init__(self, what: str, missing: Iterable[str]) -> None:
        self.missing: tuple[str, ...] = tuple(missing)
        super().__init__(f"{what}: missing {', '.join(self.missing)}")


class MissingDocumentsError(InvalidInputError):
    """Required documents were not submitted; ``missing`` names them all, ``ids`` gives their ids."""

    def __init__(self, what: str, missing: Iterable[str], ids: Iterable[str] = ()) -> None:
        self.missing: tuple[str, ...] = tuple(missing)
        self.ids: tuple[str, ...] = tuple(ids)
        super().__init__(f"{what}: missing documents: {'; '.join(self.missing)}")


class MissingPlaceholdersError(InvalidInputError):
    """A template was rendered with unfilled placeholders; ``missing`` lists every one."""

    def __init__(self, template: str, missing: Iterable[str]) -> None:
        self.missing: tuple[str, ...] = tuple(missing)
        super().__init__(f"template {template!r}: missing personalisation: {', '.join(self.missing)}")


class MissingExtraError(KzSocialError, ImportError):
    """An optional feature was used without its extra installed."""

    def __init__(self, feature: str, extra: str, package: str) -> None:
        super().__init__(
            f"{feature} needs the optional package {package!r}; install it with: pip install 'kzsocial[{extra}]'"
        )
