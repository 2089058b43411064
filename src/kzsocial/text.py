"""Restore Kazakh text damaged by PDF text extraction, without correcting its spelling.

Some acts reached us as text extracted from PDF, with three kinds of damage (the Akmola act shows all three):

1. **Letter-spacing.** A justified line comes out with a space between letters and two between words:
   «б ұ д а н  ә р і» is «бұдан әрі».
2. **Split glyphs.** The Kazakh letters ә ғ қ ң ө ұ ү һ і were set in another font, and the extractor put a
   space on one or both sides of them: «ауданыны ң», «ж ұ мыспен қ амту» are «ауданының», «жұмыспен қамту».
3. **Broken lines.** A line ends inside a word or before punctuation: «13.00-⏎ден» is «13.00-ден».

:func:`restore_spacing` repairs these and nothing else: it only removes or normalises whitespace, so the
letters, digits and punctuation of its result are exactly those of its input, in the same order (a misprint
stays a misprint). Text without the damage comes back unchanged:

>>> restore_spacing("б ұ д а н  ә р і  –  м е м л е к е т т і к  қ ы з м е т ) .")
'бұдан әрі – мемлекеттік қызмет).'
>>> restore_spacing("Мемлекеттік қызмет тегін көрсетіледі.")
'Мемлекеттік қызмет тегін көрсетіледі.'
>>> restore_spacing("сағат 13.00-\\nден 14.00-ге дейін")
'сағат 13.00-ден 14.00-ге дейін'

Where a split glyph could belong to the word before it or the word after it, the choice is made with a
:class:`Lexicon`: the words the document spells intact elsewhere. Without one, a lone letter still has to join
a neighbour, but the side is a guess from Kazakh word shapes:

>>> restore_spacing("жұмыспен қамту ж ә не ә леуметтік")
'жұмыспен қамту және әлеуметтік'
>>> lexicon = Lexicon.from_text("Ақкөл ауданының жұмыспен қамту бөлімі")
>>> restore_spacing('"Ақ к ө л ауданыны ң ж ұ мыспен қ амту', lexicon=lexicon)
'"Ақкөл ауданының жұмыспен қамту'

See ``docs/text.md`` for the rules, with examples from the acts.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable

import attrs
from attrs import frozen

from kzsocial._search import MAX_QUERY_LENGTH, SearchResult, WordMatch
from kzsocial.errors import InvalidInputError, InvalidTypeError
from kzsocial.serde import register_public

__all__ = [
    "KAZAKH_LETTERS",
    "MAX_QUERY_LENGTH",
    "Lexicon",
    "SearchResult",
    "WordMatch",
    "join_lines",
    "restore_spacing",
]

KAZAKH_LETTERS: frozenset[str] = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
"""The letters of the Kazakh Cyrillic alphabet that Russian does not have (the ones PDF fonts split off)."""

_CONSONANTS = frozenset("бвгғджзйкқлмнңпрстфхһцчшщ")
_OPENERS = frozenset("(«[")
_CLOSERS = frozenset(")»].,;:!?")
_LONE_PUNCT = frozenset("()[]«».,;:!?")
_QUOTES = frozenset("\"'“”„")
_NO_INITIAL = frozenset("ңьъ")
_RARE_FINAL = frozenset("әөұүғһ")

# Gap kinds: S = one space (inside a letter-spaced word); W = a wider gap (a word boundary there);
# G = glue (the gap goes: the two tokens are one word).
_S, _W, _G = 0, 1, 2


def _casefold_all(words: Iterable[str]) -> frozenset[str]:
    return frozenset(_check_str(w).casefold() for w in _check_iterable(words, "words"))


def _check_iterable(value: object, what: str) -> Iterable[object]:
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidTypeError(f"{what} must be an iterable of str, got {type(value).__name__}")
    return value


@frozen
class Lexicon:
    """Words known to be spelled intact, used to decide where a split glyph belongs.

    Words are compared in lower case, without the punctuation around them; words shorter than
    ``min_length`` letters never count (a fragment such as «ін» must not look like a word).

    >>> lex = Lexicon.of(["Қамту", "жұмыспен"])
    >>> "қамту" in lex, "ҚАМТУ" in lex, "амту" in lex, len(lex)
    (True, True, False, 2)
    """

    words: frozenset[str] = attrs.field(converter=_casefold_all)
    """The known words, case-folded (compared in lower case, without punctuation around them)."""
    min_length: int = 3
    """Words shorter than this many letters never count as known (a fragment such as «ін» must not look like a word); 3
    by default."""

    def __attrs_post_init__(self) -> None:
        if isinstance(self.min_length, bool) or not isinstance(self.min_length, int):
            raise InvalidTypeError(f"min_length must be a positive int, got {type(self.min_length).__name__}")
        if self.min_length < 1:
            raise InvalidInputError(f"min_length must be a positive int, got {self.min_length!r}")

    @classmethod
    def of(cls, words: Iterable[str], *, min_length: int = 3) -> Lexicon:
        """A lexicon of the given words (each stripped of surrounding punctuation)."""
        if isinstance(words, str):
            raise InvalidTypeError("Lexicon.of takes an iterable of words, not a str; use Lexicon.from_text")
        if isinstance(min_length, bool) or not isinstance(min_length, int):
            raise InvalidTypeError(f"min_length must be a positive int, got {type(min_length).__name__}")
        cores = (_core(_check_str(w)) for w in _check_iterable(words, "words"))
        return cls(frozenset(c for c in cores if _letters(c) >= min_length), min_length)

    @classmethod
    def from_text(cls, text: str, *, min_length: int = 3) -> Lexicon:
        """The words a document spells intact: every word of its undamaged lines.

        A line counts as undamaged when it has no split glyph and no stray single letter; a letter-spaced line
        counts once its spacing is undone, if none of its word gaps touches a Kazakh letter (there the
        extractor's extra spaces and the word gaps cannot be told apart). The first word of a line that directly
        follows a line ending in a split glyph may be the rest of a broken word, and is left out.

        >>> sorted(Lexicon.from_text("жұмыспен қамту\\nж ұ мыспен қ\\nа м т у  е к і\\nЕ с і л  а у д а н ы").words)
        ['ауданы', 'екі', 'есіл', 'жұмыспен', 'қамту']
        """
        if not isinstance(text, str):
            raise InvalidTypeError(f"text must be a str, got {type(text).__name__}")
        words: set[str] = set()
        after_fragment = False
        for line in text.splitlines():
            tokens, intact = _line_words(line)
            words.update(intact[1:] if after_fragment else intact)
            after_fragment = bool(tokens) and _fragment(tokens[-1])
        return cls.of(words, min_length=min_length)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and _core(word).casefold() in self.words

    def __len__(self) -> int:
        return len(self.words)

    def __or__(self, other: Lexicon) -> Lexicon:
        if not isinstance(other, Lexicon):
            return NotImplemented
        return Lexicon(self.words | other.words, min(self.min_length, other.min_length))

    def prefix_reward(self, word: str) -> int:
        """The number of letters of ``word`` if a known word starts with it (five letters at least), else 0.

        A suffix-less stem such as «бастықтары» is often spelled intact only with more suffixes
        («бастықтарының»); this weaker evidence is used only where a lone letter shows sure damage.
        """
        core = _core(word)
        n = _letters(core)
        return n if n >= max(5, self.min_length) and core.casefold() in _prefixes(self.words) else 0

    def reward(self, word: str) -> int:
        """The number of letters of ``word`` if it is a known word of at least ``min_length`` letters, else 0."""
        core = _core(word)
        n = _letters(core)
        return n if n >= self.min_length and core.casefold() in self.words else 0


_EMPTY = Lexicon(frozenset())


@functools.lru_cache(maxsize=8)
def _prefixes(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w[:k] for w in words for k in range(1, len(w)))


def join_lines(lines: Iterable[str]) -> str:
    """Join the lines of one paragraph: a line break becomes one space, or nothing where it splits a word.

    A break splits a word when the line ends with a hyphen after a letter or digit, ``/``, ``@`` or an opening
    bracket, or when the next line starts with closing punctuation or ``@``. Whitespace around each break goes
    with it; whitespace inside a line stays as it is. Blank lines are skipped.

    >>> join_lines(["31-бабының 1-", "тармағының 14)"])
    '31-бабының 1-тармағының 14)'
    >>> join_lines(["Бөлімдердің мекен-жайлары осы Стандарттың 1-қосымшасында көрсетілген", ". Мемлекеттік"])
    'Бөлімдердің мекен-жайлары осы Стандарттың 1-қосымшасында көрсетілген. Мемлекеттік'
    >>> join_lines(["Arshaly_rotz@", "", "rjrshetau.online.kz , "])
    'Arshaly_rotz@rjrshetau.online.kz , '
    """
    parts = [line for line in (_check_str(x) for x in _check_iterable(lines, "lines")) if line.strip()]
    if not parts:
        return ""
    out = parts[0].rstrip()
    for line in parts[1:]:
        nxt = line.lstrip()
        left = out.split()[-1] if out.split() else ""
        out += ("" if _glued(left, nxt.split()[0]) else " ") + nxt.rstrip()
    return out + parts[-1][len(parts[-1].rstrip()) :]


def restore_spacing(text: str, *, lexicon: Lexicon | None = None) -> str:
    """Undo letter-spacing, split Kazakh glyphs and broken lines in ``text`` (one paragraph).

    Only whitespace changes: removing every space from the result gives the input with every space removed.
    Line breaks inside ``text`` are joined as by :func:`join_lines`. Once anything was repaired, the result is
    one line with one space between words; leading and trailing whitespace is kept. Text without damage
    (no letter-spaced run of three or more letters, no Kazakh letter standing alone) comes back unchanged,
    and restoring twice gives the same result as restoring once.

    ``lexicon`` (the document's intact words, see :meth:`Lexicon.from_text`) decides where a split glyph
    belongs and joins fragments that make a known word («Ең бекшілдер» → «Еңбекшілдер» when the document
    spells «Еңбекшілдер»).

    >>> restore_spacing("у а қ ы т  -  4 0  м и н у т ;")
    'уақыт - 40 минут;'
    >>> restore_spacing("      16)  туы туралы куәліг ін ің  көшірмес і .")
    '      16) туы туралы куәлігінің көшірмесі.'
    >>> restore_spacing("облысының әкімдігі Қ АУЛЫ ЕТЕДІ:")
    'облысының әкімдігі ҚАУЛЫ ЕТЕДІ:'
    """
    _check_str(text)
    if lexicon is None:
        lexicon = _EMPTY
    elif not isinstance(lexicon, Lexicon):
        raise InvalidTypeError(f"lexicon must be a Lexicon or None, got {type(lexicon).__name__}")
    # A repair can uncover another («қ ,» joined to «қ,» makes a split fragment of it), so repeat until
    # nothing changes. Every change shortens the text or replaces a line break or a tab by a space, so this ends.
    while True:
        restored = _restore_once(text, lexicon)
        if restored == text:
            return restored
        text = restored


def _restore_once(text: str, lexicon: Lexicon) -> str:
    stripped = text.strip()
    if not stripped:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    pieces = re.split(r"(\s+)", stripped)
    toks = pieces[0::2]
    raws = pieces[1::2]
    kinds, newline = _classify(toks, raws)
    repaired = list(newline)
    _undo_letter_spacing(toks, kinds, repaired)
    toks, raws, kinds, repaired = _merge_glued(toks, raws, kinds, repaired)
    joined = _rejoin_glyphs(toks, lexicon)
    if any(joined) or any(repaired) or len(toks) < len(pieces[0::2]):
        repaired = [True] * len(raws)
    return lead + _render(toks, raws, kinds, repaired, joined) + trail


# -- the passes -----------------------------------------------------------------------------------------------


def _classify(toks: list[str], raws: list[str]) -> tuple[list[int], list[bool]]:
    """Each gap's kind; a line break glues, or counts as one space (a bare break) or a wide gap."""
    kinds: list[int] = []
    newline: list[bool] = []
    for i, raw in enumerate(raws):
        broken = "\n" in raw or "\r" in raw
        newline.append(broken)
        if broken and _glued(toks[i], toks[i + 1]):
            kinds.append(_G)
        elif raw == " " or (broken and len(raw) == 1):
            kinds.append(_S)
        else:
            kinds.append(_W)
    return kinds, newline


def _undo_letter_spacing(toks: list[str], kinds: list[int], repaired: list[bool]) -> None:
    """Collapse letter-spaced runs: one-character tokens one space apart, in stretches with a 3-letter word."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(toks)
    while i < n:
        if len(toks[i]) != 1:
            i += 1
            continue
        j = i
        while j + 1 < n and kinds[j] == _S and len(toks[j + 1]) == 1:
            j += 1
        # A Kazakh letter one space from a longer token is a split glyph of that token's word («мыспен қ⏎а м т у»,
        # «басты қ⏎т а р ы»), not a letter of the spaced word: leave it out, the glyph pass places it.
        start, end = i, j
        if end > start and _attached(toks, kinds, start - 1, start) and toks[start] in KAZAKH_LETTERS:
            runs.append((start, start))
            start += 1
        if end > start and _attached(toks, kinds, end + 1, end) and toks[end] in KAZAKH_LETTERS:
            runs.append((start, end - 1))
            runs.append((end, end))
        else:
            runs.append((start, end))
        i = j + 1
    spans: list[list[tuple[int, int]]] = []
    for run in runs:
        if spans and spans[-1][-1][1] + 1 == run[0] and kinds[run[0] - 1] != _S:
            spans[-1].append(run)
        else:
            spans.append([run])
    for span in spans:
        if not any(_spaced_word(toks, kinds, a, b) for a, b in span):
            continue
        for a, b in span:
            for k in range(a, b):
                if _space_is_real(toks, k, a):
                    repaired[k] = True
                else:
                    kinds[k] = _G
        for _, end in span[:-1]:
            if kinds[end] == _W:
                repaired[end] = True


def _spaced_word(toks: list[str], kinds: list[int], a: int, b: int) -> bool:
    """Whether the run ``a..b`` of one-character tokens is a letter-spaced word.

    It needs three letters (four if a longer token stands one space away on one side), and must not sit
    between two longer tokens one space away: that is a glyph split («ауданыны ң ж ұ мыспен», «Ақ к ө л
    ауданыны»), not letter-spacing.
    """
    letters = sum(t.isalpha() for t in toks[a : b + 1])
    before = _attached(toks, kinds, a - 1, a)
    after = _attached(toks, kinds, b + 1, b)
    if before and after:
        return False
    return letters >= (4 if before or after else 3)


def _attached(toks: list[str], kinds: list[int], other: int, k: int) -> bool:
    """Whether token ``other`` (next to token ``k``) is a longer token one space away from it."""
    if not 0 <= other < len(toks):
        return False
    return kinds[min(other, k)] == _S and len(toks[other]) > 1


def _space_is_real(toks: list[str], k: int, start: int) -> bool:
    """Inside a letter-spaced run, the few single spaces that stand for a real one («і , 8 7», «7 "»)."""
    left, right = toks[k], toks[k + 1]
    if left in ",;":
        return not (k > start and toks[k - 1].isdigit() and right.isdigit())
    return left.isdigit() and right in '"«('


def _merge_glued(
    toks: list[str], raws: list[str], kinds: list[int], repaired: list[bool]
) -> tuple[list[str], list[str], list[int], list[bool]]:
    out_t = [toks[0]]
    out_r: list[str] = []
    out_k: list[int] = []
    out_p: list[bool] = []
    for i, kind in enumerate(kinds):
        if kind == _G:
            out_t[-1] += toks[i + 1]
        else:
            out_t.append(toks[i + 1])
            out_r.append(raws[i])
            out_k.append(kind)
            out_p.append(repaired[i])
    return out_t, out_r, out_k, out_p


def _rejoin_glyphs(toks: list[str], lexicon: Lexicon) -> list[bool]:
    """For each gap, whether its two tokens are one word.

    Gaps next to a Kazakh letter (or to a fragment of at most two letters holding one) link their tokens into
    chains; each chain is cut into words by its least-cost segmentation (see :func:`_cost`).
    """
    joined = [False] * (len(toks) - 1)
    i = 0
    while i < len(joined):
        if not _linked(toks[i], toks[i + 1]):
            i += 1
            continue
        j = i
        while j + 1 < len(joined) and _linked(toks[j + 1], toks[j + 2]):
            j += 1
        for k, cut in enumerate(_segment(toks[i : j + 2], lexicon)):
            joined[i + k] = not cut
        i = j + 1
    return joined


def _segment(chain: list[str], lexicon: Lexicon) -> list[bool]:
    """For each gap of the chain, True to keep it (a word boundary): the least-cost cut by dynamic programming."""
    evidence = any(_lone(t) for t in chain)
    m = len(chain)
    best: list[tuple[tuple[int, ...], int]] = [((0, 0, 0, 0, 0, 0), 0)]
    for end in range(1, m + 1):
        choice: tuple[tuple[int, ...], int] | None = None
        for start in range(end):
            cost = _add(best[start][0], _cost(chain[start:end], lexicon, evidence))
            if choice is None or cost < choice[0]:
                choice = (cost, start)
        assert choice is not None
        best.append(choice)
    cuts = [False] * (m - 1)
    end = m
    while end > 0:
        start = best[end][1]
        if start > 0:
            cuts[start - 1] = True
        end = start
    return cuts


def _cost(fragments: list[str], lexicon: Lexicon, evidence: bool) -> tuple[int, int, int, int, int, int]:
    """The cost of making one word of ``fragments``, compared as a tuple (smaller is better).

    1. a lone letter or a lone punctuation mark is not left standing, and, worse, a word does not end with an
       opening bracket or start with closing punctuation;
    2. letters covered by known words (the lexicon) are maximised;
    3. in a chain with a lone letter (sure damage): letters covered by beginnings of known words are maximised,
       fragments of three letters or more are not merged with each other without cause, unlikely Kazakh word
       shapes are avoided, and the fewest words win;
    4. elsewhere the most words win: nothing is joined without a reason.
    """
    word = "".join(fragments)
    lone = (1 if _lone(word) else 0) + (2 if _bad_edge(word) else 0)
    reward = lexicon.reward(word)
    if not evidence:
        return (lone, -reward, 0, 0, 0, -1)
    merges = max(0, sum(1 for f in fragments if not (_lone(f) or _short_glyph(f))) - 1)
    return (lone, -reward, -lexicon.prefix_reward(word), merges, _shape_cost(word, fragments[0]), 1)


def _shape_cost(word: str, first: str) -> int:
    """How unlike a Kazakh word ``word`` (whose first fragment is ``first``) looks: a few cheap, general signs.

    Kazakh adds suffixes and has no prefixes, so a split-off piece such as «ін», «ің», «ік» (a Kazakh vowel and
    a consonant) ends a word far more often than it starts one.
    """
    core = _core(word)
    cost = 0
    head = _core(first).lower()
    if len(head) == 2 and head[0] in KAZAKH_LETTERS and head[0] not in _CONSONANTS and head[1] in _CONSONANTS:
        cost += 1
    if word[-1] in _OPENERS and _letters(word) > 0:
        cost += 1
    if word[0] in _CLOSERS and _letters(word) > 0:
        cost += 1
    if not core:
        return cost
    low = core.lower()
    if low[0] in _NO_INITIAL:
        cost += 2
    if len(low) >= 2 and low[0] in _CONSONANTS and low[1] in _CONSONANTS:
        cost += 1
    if len(low) >= 2 and low[-1] in KAZAKH_LETTERS and low[-1] in _CONSONANTS and low[-2] in _CONSONANTS:
        cost += 1
    if any(a.islower() and b.isupper() for a, b in itertools.pairwise(core)):
        cost += 2
    if _letters(core) <= 2 and low[0] in KAZAKH_LETTERS:
        cost += 1
    if low[-1] in _RARE_FINAL:
        cost += 1
    return cost


def _render(toks: list[str], raws: list[str], kinds: list[int], repaired: list[bool], joined: list[bool]) -> str:
    words = [toks[0]]
    gaps: list[str] = []
    for k, raw in enumerate(raws):
        if joined[k]:
            words[-1] += toks[k + 1]
            continue
        # a wide gap between two one-character words stays wide, so that restoring again changes nothing
        gaps.append(raw if not repaired[k] else "  " if kinds[k] == _W and len(raw) > 1 else " ")
        words.append(toks[k + 1])
    out = [words[0]]
    for gap, word in zip(gaps, words[1:], strict=True):
        if gap == "  " and not (len(out[-1]) == 1 and len(word) == 1):
            gap = " "
        out += [gap, word]
    return "".join(out)


# -- helpers ---------------------------------------------------------------------------------------------------


def _check_str(value: object) -> str:
    if not isinstance(value, str):
        raise InvalidTypeError(f"expected a str, got {type(value).__name__}")
    return value


def _glued(left: str, right: str) -> bool:
    """Whether a line break between ``left`` and ``right`` splits one word."""
    if not left or not right:
        return False
    if left[-1] == "-" and len(left) >= 2 and left[-2].isalnum():
        return True
    if left[-1] in "/@" or left[-1] in _OPENERS:
        return True
    return right[0] in _CLOSERS or right[0] == "@"


def _letters(text: str) -> int:
    return sum(c.isalpha() for c in text)


def _core(word: str) -> str:
    """``word`` without the non-letters around it."""
    start, end = 0, len(word)
    while start < end and not word[start].isalpha():
        start += 1
    while end > start and not word[end - 1].isalpha():
        end -= 1
    return word[start:end]


def _lone(token: str) -> bool:
    """A token no word can be: one letter with at most punctuation around it, or punctuation alone.

    An upper-case letter with a full stop («А.») is an initial, not a lone letter.
    """
    if all(c in _LONE_PUNCT for c in token):
        return True
    letters = [c for c in token if c.isalpha()]
    if len(letters) != 1:
        return False
    if any(not c.isalpha() and c not in _LONE_PUNCT and c not in _QUOTES for c in token):
        return False
    return not (letters[0].isupper() and token.endswith("."))


def _bad_edge(word: str) -> bool:
    return len(word) > 1 and (word[-1] in _OPENERS or word[0] in _CLOSERS)


def _short_glyph(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return 1 <= len(letters) <= 2 and any(c in KAZAKH_LETTERS for c in letters)


def _linked(left: str, right: str) -> bool:
    """Whether a gap may be a glyph split: it touches a Kazakh letter or a short fragment holding one.

    Numbers and other tokens without letters («1», «2008», «–») are never part of a split word.
    """
    if not (_has_letter_or_lone(left) and _has_letter_or_lone(right)):
        return False
    return left[-1] in KAZAKH_LETTERS or right[0] in KAZAKH_LETTERS or _short_glyph(left) or _short_glyph(right)


def _has_letter_or_lone(token: str) -> bool:
    return _letters(token) > 0 or all(c in _LONE_PUNCT for c in token)


def _add(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(x + y for x, y in zip(a, b, strict=True))


def _fragment(token: str) -> bool:
    return _lone(token) or _short_glyph(token)


def _line_words(line: str) -> tuple[list[str], list[str]]:
    """The tokens of one line with letter-spacing undone, and the same again if the line shows no glyph damage."""
    stripped = line.strip()
    if not stripped:
        return [], []
    pieces = re.split(r"(\s+)", stripped)
    toks, raws = pieces[0::2], pieces[1::2]
    kinds, newline = _classify(toks, raws)
    repaired = list(newline)
    before = list(kinds)
    _undo_letter_spacing(toks, kinds, repaired)
    merged, _, _, _ = _merge_glued(toks, raws, kinds, repaired)
    # a word gap inside a letter-spaced stretch that touches a Kazakh letter may be the extractor's
    for k, kind in enumerate(before):
        if kind == _W and repaired[k] and (toks[k][-1] in KAZAKH_LETTERS or toks[k + 1][0] in KAZAKH_LETTERS):
            return merged, []
    return merged, ([] if any(_fragment(t) for t in merged) else merged)


register_public(__name__)  # kzsocial.serde.public_types() lists this module's values
