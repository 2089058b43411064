"""Shared argument checks: enum values, ids, control characters, text for terminals.

Every public entry point converts its arguments through these, so a bad value gives the same kind of error with
the same wording everywhere: a :class:`~kzsocial.errors.KzSocialError` that is also the matching built-in, naming
what was given and what is accepted.

>>> from kzsocial.services import ServiceKind
>>> to_enum(ServiceKind, "standard", "kind")
<ServiceKind.STANDARD: 'standard'>
>>> to_enum(ServiceKind, "x", "kind")
Traceback (most recent call last):
...
kzsocial.errors.InvalidInputError: unknown kind 'x'; accepted: standard, regulation
>>> neutralise("Иванов\\x1b[31m\\u202eИван")
'Иванов\\\\x1b[31m\\\\u202eИван'
"""

from __future__ import annotations

import enum
import re
import reprlib
import unicodedata
from collections.abc import Iterable
from typing import TypeVar

from kzsocial.errors import ControlCharacterError, InvalidInputError, InvalidTypeError

__all__ = [
    "LANGUAGES",
    "brief",
    "check_identifier",
    "check_language",
    "has_control",
    "near",
    "neutralise",
    "to_enum",
    "to_str",
]

_REPR = reprlib.Repr()
_REPR.maxlevel, _REPR.maxstring, _REPR.maxother, _REPR.maxlist, _REPR.maxdict = 3, 80, 80, 6, 4


def brief(value: object) -> str:
    """A short repr of ``value`` for an error message: bounded in length and depth, so a megabyte of text or JSON
    nested thousands deep cannot make the message itself fail (``repr`` of deep nesting recurses).

    >>> brief([[[[[[1]]]]]])
    '[[[[...]]]]'
    """
    try:
        return _REPR.repr(value)
    except (RecursionError, ValueError):  # a repr that recurses or refuses (huge ints)
        return f"<{type(value).__name__}>"


E = TypeVar("E", bound=enum.Enum)

# C0/C1 controls and DEL, plus the Unicode formatting characters that reorder or hide text (bidi embeddings,
# overrides and isolates, zero-width marks, the line and paragraph separators).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]")


def to_enum(cls: type[E], value: object, what: str) -> E:
    """``value`` (a member of ``cls`` or its value) as a member of ``cls``; else a clear error listing the values."""
    if isinstance(value, cls):
        return value
    accepted = ", ".join(str(m.value) for m in cls)
    if isinstance(value, bool) or not isinstance(value, str):
        raise InvalidTypeError(f"{what} must be a {cls.__name__} or one of {accepted}; got {type(value).__name__}")
    try:
        return cls(value)
    except ValueError:
        raise InvalidInputError(f"unknown {what} {_short(value)}; accepted: {accepted}") from None


def to_str(value: object, what: str) -> str:
    """``value`` when it is a ``str``; else :class:`~kzsocial.errors.InvalidTypeError`."""
    if not isinstance(value, str):
        raise InvalidTypeError(f"{what} must be a str, got {type(value).__name__}")
    return value


def has_control(text: str) -> bool:
    """Whether ``text`` holds a control character or a bidi/zero-width formatting character."""
    return _UNSAFE.search(text) is not None


def check_identifier(value: str, what: str) -> str:
    """Refuse an identifier with a control or formatting character (it would forge lines or reorder text)."""
    found = _UNSAFE.search(value)
    if found is not None:
        ch = found.group()
        name = unicodedata.name(ch, f"U+{ord(ch):04X}")
        raise ControlCharacterError(
            f"{what} {_short(value)} holds the control character {ch!r} ({name}); accepted: printable characters"
        )
    return value


def neutralise(text: str) -> str:
    """``text`` with every control or formatting character shown as its escape (``\\x1b``, ``\\u202e``), so that a
    name or an address cannot forge lines, recolour a terminal or reorder the text around it."""
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def near(value: str, accepted: Iterable[str], *, limit: int = 5) -> list[str]:
    """The accepted values closest to ``value`` (for 'did you mean' hints)."""
    import difflib  # only for a miss: the 'did you mean' hint

    pool = list(accepted)
    close = difflib.get_close_matches(value[:200], pool, n=limit, cutoff=0.6)
    tail = value.split("/")[-1][:200]
    more = [a for a in pool if tail and tail in a and a not in close] if len(tail) >= 3 else []
    return (close + more)[:limit]


def _short(value: str, limit: int = 80) -> str:
    return repr(value) if len(value) <= limit else repr(value[:limit]) + f"... ({len(value)} characters)"


LANGUAGES: tuple[str, ...] = ("kk", "ru", "en")
"""The languages of the library: Kazakh (the acts' language), Russian and English."""


def check_language(value: object, accepted: tuple[str, ...] = LANGUAGES) -> str:
    """``value`` if it is one of the ``accepted`` languages (default kk, ru, en); the one language check.

    The calendar accepts all three; talons and notices, which follow the acts' forms, ``accepted=("kk", "ru")``.

    >>> check_language("ru"), check_language("kk", accepted=("kk", "ru"))
    ('ru', 'kk')
    >>> check_language("en", accepted=("kk", "ru"))
    Traceback (most recent call last):
    ...
    kzsocial.errors.InvalidInputError: unknown language 'en'; accepted: 'kk', 'ru'
    """
    shown = ", ".join(repr(a) for a in accepted)
    if not isinstance(value, str):
        raise InvalidTypeError(f"a language must be a str, one of {shown}; got {type(value).__name__}")
    if value not in accepted:
        raise InvalidInputError(f"unknown language {brief(value)}; accepted: {shown}")
    return value
