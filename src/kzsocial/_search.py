"""Text matching for catalogue queries: case-insensitive and blind to Cyrillic/Latin look-alike letters.

A query is at most :data:`MAX_QUERY_LENGTH` characters (a longer one raises
:class:`~kzsocial.errors.QueryTooLongError`) and is tokenised once, however many titles it is matched against.
"""

from __future__ import annotations

import re

from kzsocial.errors import InvalidTypeError, QueryTooLongError

__all__ = ["MAX_QUERY_LENGTH", "Query", "fold", "matches", "tokens"]

MAX_QUERY_LENGTH = 500
"""The longest search query accepted, in characters (the longest title of the acts is under 300)."""

# Latin letters that look like Cyrillic ones, read as the Cyrillic letter.
_LATIN_TO_CYRILLIC = str.maketrans("aeopcyxkmthbi", "аеорсухкмтнві")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """Fold case and look-alike letters, and collapse punctuation and spaces.

    >>> fold("Tұрғын  ҮЙ «көмегі»") == fold("тұрғын үй көмегі")
    True
    """
    lowered = text.casefold().replace("ё", "е").translate(_LATIN_TO_CYRILLIC)
    return " ".join(_WORD.findall(lowered))


def tokens(text: str) -> list[str]:
    return fold(text).split()


class Query:
    """A search query, checked and tokenised once.

    >>> Query("x" * 501)
    Traceback (most recent call last):
    ...
    kzsocial.errors.QueryTooLongError: a search query is at most 500 characters, got 501
    """

    __slots__ = ("tokens",)

    def __init__(self, text: str) -> None:
        if not isinstance(text, str):
            raise InvalidTypeError(f"search text is a str, got {type(text).__name__}")
        if len(text) > MAX_QUERY_LENGTH:
            raise QueryTooLongError(f"a search query is at most {MAX_QUERY_LENGTH} characters, got {len(text)}")
        self.tokens = tokens(text)

    def matches(self, text: str) -> tuple[bool, int]:
        """See :func:`matches`."""
        q = self.tokens
        if not q:
            return False, 0
        words = tokens(text)
        if not all(any(w.startswith(t) for w in words) for t in q):
            return False, 0
        return True, 0 if q == words else 1


def matches(query: str, text: str) -> tuple[bool, int]:
    """Whether every word of ``query`` begins a word of ``text``; the second value ranks the match (lower is better):
    0 when the query is the whole text, else 1 (ties keep the catalogue's order, so results are predictable).

    >>> matches("жұмыссыз азаматтарды тіркеу", "Жұмыссыз азаматтарды есепке қою және тіркеу")
    (True, 1)
    >>> matches("ТҰРҒЫН ҮЙ КӨМЕГІН ТАҒАЙЫНДАУ", "Тұрғын үй көмегін тағайындау")
    (True, 0)
    """
    return Query(query).matches(text)
