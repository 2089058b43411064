"""Text matching for catalogue queries: case-insensitive and blind to Cyrillic/Latin look-alike letters."""

from __future__ import annotations

import re

__all__ = ["fold", "matches", "tokens"]

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


def matches(query: str, text: str) -> tuple[bool, int]:
    """Whether every word of ``query`` begins a word of ``text``; the second value ranks the match (lower is better):
    0 when the query is the whole text, else 1 (ties keep the catalogue's order, so results are predictable).

    >>> matches("жұмыссыз азаматтарды тіркеу", "Жұмыссыз азаматтарды есепке қою және тіркеу")
    (True, 1)
    >>> matches("ТҰРҒЫН ҮЙ КӨМЕГІН ТАҒАЙЫНДАУ", "Тұрғын үй көмегін тағайындау")
    (True, 0)
    """
    q = tokens(query)
    words = tokens(text)
    if not q:
        return False, 0
    if not all(any(w.startswith(t) for w in words) for t in q):
        return False, 0
    return True, 0 if q == words else 1
