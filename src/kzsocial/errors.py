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
    "UnknownOfficeError",
    "UnknownServiceError",
]
__all__ += ["ControlCharacterError", "QueryTooLongError", "UnknownActError", "UnknownRegionError"]  # issue 11


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


class UnknownActError(NotFoundError):
    """No legal act has the given id (the message names the accepted ids)."""


class UnknownRegionError(NotFoundError):
    """No act covers the given region (the message names the accepted regions)."""


class ControlCharacterError(InvalidInputError):
    """An identifier (a talon number, an id) holds a control or bidirectional-formatting character."""


class QueryTooLongError(InvalidInputError):
    """A search query is longer than the documented bound."""
