"""Search over the catalogue and the offices in Kazakh, Russian and English, the way citizens type.

A query is tokenised once; each word is matched against an index built once per catalogue or registry (lazily,
under a lock). A word matches an indexed word when, after normalising both, they are

- the same (``exact``), or the same after the light stemmer (``stem``: Russian endings and Kazakh suffixes),
- a word start (``prefix``, query words of 3 letters or more),
- one or two edits apart (``typo``: 1 edit for words of 5-7 letters, 2 for 8 or more).

Normalising casefolds, reads ё as е, folds the Kazakh letters to their Russian look-alikes (ә→а, ғ→г, қ→к, ң→н,
ө→о, ұ/ү→у, һ→х, і→и), reads Latin look-alike letters inside a Cyrillic word as Cyrillic, and transliterates a
Latin word as Latin-script Kazakh (the 2021 alphabet and informal spellings: zh/j→ж, sh→ш, ch→ч, q→қ, ...) while
also keeping it as Latin for the English texts. The words a service or office is found by are its texts in every
language the model has, plus the search vocabulary of ``kzsocial/data/search.json`` (Russian, Kazakh and English
keywords per service, the names of places in all three languages and their usual forms).

>>> fold_word("Қарағанды"), fold_word("жұмыссыз"), fold_word("zhumyssyz"), fold_word("jumyssyz")
('караганды', 'жумыссыз', 'жумыссыз', 'жумыссыз')
>>> stem("азаматтарды"), stem("безработным"), stem("пособие"), stem("unemployed")
('азамат', 'безработн', 'пособ', 'unemploy')
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from importlib import resources
from typing import Any, Generic, TypeVar

from attrs import frozen

from kzsocial.errors import DataValidationError, InvalidTypeError, QueryTooLongError

__all__ = [
    "MAX_QUERY_LENGTH",
    "Field",
    "Query",
    "SearchIndex",
    "SearchResult",
    "WordMatch",
    "check_query",
    "fold",
    "fold_word",
    "matches",
    "search_data",
    "shared_index",
    "stem",
    "tokens",
    "whole_key",
]

T = TypeVar("T")

MAX_QUERY_LENGTH = 500
"""The longest search query accepted, in characters (the longest title of the acts is under 300)."""

# Latin letters that look like Cyrillic ones, read as the Cyrillic letter inside a Cyrillic word.
_LATIN_TO_CYRILLIC = str.maketrans("aeopcyxkmthbi", "аеорсухкмтнві")
_KAZAKH_FOLD = str.maketrans("әғқңөұүһі", "агкноуухи")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]")
_LATIN = re.compile(r"^[a-zäğıñöşūüçé]+$")

# Latin-script Kazakh, longest spellings first: the 2021 alphabet (ä ğ ı ñ ö ş ū ü ç) and the informal ones.
_TRANSLIT: tuple[tuple[str, str], ...] = (
    ("shch", "щ"),
    ("zh", "ж"),
    ("sh", "ш"),
    ("ch", "ч"),
    ("kh", "х"),
    ("gh", "ғ"),
    ("ts", "ц"),
    ("ya", "я"),
    ("yu", "ю"),
    ("yo", "ё"),
    ("ia", "я"),
    ("iu", "ю"),
    ("ng", "ң"),
    ("a", "а"),
    ("ä", "ә"),
    ("b", "б"),
    ("c", "ц"),
    ("ç", "ч"),
    ("d", "д"),
    ("e", "е"),
    ("é", "е"),
    ("f", "ф"),
    ("g", "г"),
    ("ğ", "ғ"),
    ("h", "х"),
    ("ı", "ы"),
    ("i", "и"),
    ("j", "ж"),
    ("k", "к"),
    ("l", "л"),
    ("m", "м"),
    ("n", "н"),
    ("ñ", "ң"),
    ("o", "о"),
    ("ö", "ө"),
    ("p", "п"),
    ("q", "қ"),
    ("r", "р"),
    ("s", "с"),
    ("ş", "ш"),
    ("t", "т"),
    ("u", "у"),
    ("ū", "ұ"),
    ("ü", "ү"),
    ("v", "в"),
    ("w", "у"),
    ("x", "х"),
    ("y", "ы"),
    ("z", "з"),
)

# Endings the light stemmer strips, on folded words; Russian inflection and Kazakh suffixes (plural, possessive,
# case), longest first. A stem keeps at least three letters; Kazakh suffixes stack, so up to three passes.
_ENDINGS_RU_TEXT = (
    "иями ями ами ого его ому ему ыми ими ией иях ых их ий ый ой ая яя ое ее ые ие ую юю ом ем ам ям ах ях ов ев "
    "ей ия ию ии ость ости ться тся ть ся а я о е ы и у ю ь"
)
_ENDINGS_RU = _ENDINGS_RU_TEXT.split()
_ENDINGS_KK_TEXT = (
    "лары лери дары дери тары тери лар лер дар дер тар тер нын нин дын дин тын тин нан нен дан ден тан тен "
    "мен бен пен ны ни ды ди ты ти да де та те га ге ка ке на не сы си ын ин ым им"
)
_ENDINGS_KK = _ENDINGS_KK_TEXT.split()
_ENDINGS = tuple(sorted(set(_ENDINGS_RU) | set(_ENDINGS_KK), key=lambda e: (-len(e), e)))
_ENDINGS_EN = ("ments", "ment", "ings", "ing", "ies", "ed", "es", "s", "e")

# The endings by length: one ending of each length at most can end a word, so trying the lengths longest first
# and looking the word's end up is the same as trying each ending in order.
_ENDINGS_BY_LENGTH: tuple[tuple[int, frozenset[str]], ...] = tuple(
    (n, frozenset(e for e in _ENDINGS if len(e) == n)) for n in sorted({len(e) for e in _ENDINGS}, reverse=True)
)

# Memos of the word functions (pure): each distinct word is folded and stemmed once per process. Bounded, as
# queries bring words of their own (the two indexes have about 3,000 words): past the bound, or for a word longer
# than any real one, the answer is simply computed again.
_MEMO_LIMIT = 1 << 14
_MEMO_WORD = 40
_FOLDED: dict[str, str] = {}
_STEMMED: dict[str, str] = {}
_FORMS: dict[str, tuple[tuple[str, bool, str], ...]] = {}


def fold(text: str) -> str:
    """Fold case and look-alike letters, and collapse punctuation and spaces.

    >>> fold("Tұрғын  ҮЙ «көмегі»") == fold("тұрғын үй көмегі")
    True
    """
    lowered = text.casefold().replace("ё", "е").translate(_LATIN_TO_CYRILLIC)
    return " ".join(_WORD.findall(lowered))


def tokens(text: str) -> list[str]:
    """The words of ``text`` after :func:`fold`."""
    return fold(text).split()


def matches(query: str, text: str) -> tuple[bool, int]:
    """Whether every word of ``query`` begins a word of ``text``; the second value ranks the match (lower is better):
    0 when the query is the whole text, else 1.

    >>> matches("жұмыссыз азаматтарды тіркеу", "Жұмыссыз азаматтарды есепке қою және тіркеу")
    (True, 1)
    >>> matches("ТҰРҒЫН ҮЙ КӨМЕГІН ТАҒАЙЫНДАУ", "Тұрғын үй көмегін тағайындау")
    (True, 0)
    """
    return Query(query).matches(text)


def check_query(text: object) -> str:
    """``text`` if it is a str of at most :data:`MAX_QUERY_LENGTH` characters, else
    :class:`~kzsocial.errors.QueryTooLongError` (or a type error).

    >>> check_query("x" * 501)
    Traceback (most recent call last):
    ...
    kzsocial.errors.QueryTooLongError: a search query is at most 500 characters, got 501
    """
    if not isinstance(text, str):
        raise InvalidTypeError(f"search text is a str, got {type(text).__name__}")
    if len(text) > MAX_QUERY_LENGTH:
        raise QueryTooLongError(f"a search query is at most {MAX_QUERY_LENGTH} characters, got {len(text)}")
    return text


class Query:
    """A search query, checked and tokenised once (for the word-start matching of :func:`matches`).

    >>> Query("x" * 501)
    Traceback (most recent call last):
    ...
    kzsocial.errors.QueryTooLongError: a search query is at most 500 characters, got 501
    """

    __slots__ = ("tokens",)

    def __init__(self, text: str) -> None:
        self.tokens = tokens(check_query(text))

    def matches(self, text: str) -> tuple[bool, int]:
        """See :func:`matches`."""
        q = self.tokens
        if not q:
            return False, 0
        words = tokens(text)
        if not all(any(w.startswith(t) for w in words) for t in q):
            return False, 0
        return True, 0 if q == words else 1


def whole_key(text: str) -> str:
    """A whole text as compared for an exact match: its words folded by :func:`fold_word`."""
    return " ".join([fold_word(w) for w in _WORD.findall(text)])


_VOWELS = frozenset("aeiouäöüūıé")
_VOWELS_CYR = frozenset("аеиоуыэюяё")


# Transliteration scans left to right as _TRANSLIT reads: at each place, y after a vowel (and not beginning ya, yu,
# yo) is й, else the longest spelling that matches. The regular expression finds the y and the spellings of two
# letters or more in that order (one of each length can match at a place); the single letters left between them
# are then translated at once.
_TRANSLIT_LONG = {latin: cyr for latin, cyr in _TRANSLIT if len(latin) > 1}
_TRANSLIT_FOUND = {**_TRANSLIT_LONG, "y": "й"}
_TRANSLIT_RE = re.compile(
    f"(?<=[{''.join(sorted(_VOWELS))}])y(?!a|u|o)|" + "|".join(sorted(_TRANSLIT_LONG, key=len, reverse=True))
)
_TRANSLIT_ONE = {ord(latin): ord(cyr) for latin, cyr in _TRANSLIT if len(latin) == 1}


def _transliterate(word: str) -> str:
    return _TRANSLIT_RE.sub(lambda m: _TRANSLIT_FOUND[m.group()], word).translate(_TRANSLIT_ONE)


def _is_latin(word: str) -> bool:
    return bool(_LATIN.match(word))


def fold_word(word: str) -> str:
    """One word as the index keeps it: casefolded, ё→е, Kazakh letters folded to Russian look-alikes; a Latin word
    transliterated as Latin-script Kazakh (an English word keeps its Latin form too: see :func:`_variants`)."""
    folded = _FOLDED.get(word)
    if folded is None:
        w = word.casefold()
        if _LATIN.match(w):  # no ё to read as е in a Latin word (though transliterating may give one)
            folded = _transliterate(w).translate(_KAZAKH_FOLD)
        else:
            # ё is Cyrillic, as е is, so reading it as е first changes neither test; a word without a Cyrillic
            # letter has no ё nor Kazakh letter to change, and keeps its Latin letters
            folded = w.translate(_CYRILLIC_FOLD) if _CYRILLIC.search(w) and _CYRILLIC_FOLDS.search(w) else w
            # Folded again, such a word is itself (case folding is idempotent, and no letter the tables change is
            # left): remembered too, as stem() folds the keys it is given.
            if len(_FOLDED) < _MEMO_LIMIT and len(folded) <= _MEMO_WORD:
                _FOLDED[folded] = folded
        if len(_FOLDED) < _MEMO_LIMIT and len(word) <= _MEMO_WORD:
            _FOLDED[word] = folded
    return folded


# ё→е, then the Latin look-alikes, then the Kazakh letters, as one table (for a word with a Cyrillic letter), and
# the letters it changes (most words have none: not translating them is quicker). The tables map code points to
# code points, which str.translate reads faster than one-letter strings.
_CYRILLIC_FOLD = {
    ord(c): ord(c.replace("ё", "е").translate(_LATIN_TO_CYRILLIC).translate(_KAZAKH_FOLD))
    for c in {"ё", *map(chr, _LATIN_TO_CYRILLIC), *map(chr, _KAZAKH_FOLD)}
}
_CYRILLIC_FOLDS = re.compile(f"[{''.join(sorted(map(chr, _CYRILLIC_FOLD)))}]")


def stem(word: str) -> str:
    """The light stem of a folded word: Russian endings and stacked Kazakh suffixes stripped (a Latin word loses an
    English ending), keeping at least three letters."""
    stemmed = _STEMMED.get(word)
    if stemmed is None:
        stemmed = _stem(word)
        if len(_STEMMED) < _MEMO_LIMIT and len(word) <= _MEMO_WORD:
            _STEMMED[word] = stemmed
    return stemmed


def _stem(word: str) -> str:
    w = word.casefold()
    if _LATIN.match(w):
        for end in _ENDINGS_EN:
            if w.endswith(end) and len(w) - len(end) >= 4:
                return w[: -len(end)] + ("y" if end == "ies" else "")
        return w
    w = fold_word(w)
    for i in range(3):
        # the endings longest first (one of each length can match); a one-letter ending only on the first pass
        # and after a consonant
        for length, endings in _ENDINGS_BY_LENGTH:
            if (
                len(w) - length >= 3
                and w[-length:] in endings
                and (length > 1 or (i == 0 and w[-2] not in _VOWELS_CYR))
            ):
                w = w[:-length]
                break
        else:
            break
    return w


def _variants(word: str) -> list[tuple[str, bool]]:
    """The keys a word is looked up or indexed under, with whether it was transliterated from Latin."""
    return [(key, translit) for key, translit, _ in _forms(word)]


def _forms(word: str) -> tuple[tuple[str, bool, str], ...]:
    """:func:`_variants` of ``word`` with each key's :func:`stem`: (key, transliterated, stem), memoised."""
    forms = _FORMS.get(word)
    if forms is None:
        w = word.casefold().replace("ё", "е")
        if _LATIN.match(w):
            key = fold_word(w)
            forms = ((w, False, stem(w)), (key, True, stem(key)))
        else:
            key = fold_word(w)
            forms = ((key, False, stem(key)),)
        if len(_FORMS) < _MEMO_LIMIT and len(word) <= _MEMO_WORD:
            _FORMS[word] = forms
    return forms


def _typo_budget(length: int) -> int:
    return 0 if length < 5 else 1 if length < 8 else 2


def _typo_filter(key: str, budget: int) -> Callable[[str], bool]:
    """A quick test that every word within ``budget`` edits of ``key`` passes (and most others fail), to run
    before :func:`_distance`. Cut ``key`` into ``budget + 1`` pieces: each edit touches one piece (an insertion the
    piece after it), so one piece is untouched; then the word begins with the first piece, ends with the last, or
    (the first and the last each touched) has a middle piece at its place in ``key`` shifted by less than
    ``budget``."""
    parts = budget + 1
    cuts = [len(key) * j // parts for j in range(parts + 1)]
    first, last = key[: cuts[1]], key[cuts[-2] :]
    shift = budget - 1
    middle = [(key[cuts[j] : cuts[j + 1]], max(0, cuts[j] - shift), cuts[j + 1] + shift) for j in range(1, parts - 1)]
    if not middle:
        return lambda other: other.startswith(first) or other.endswith(last)
    if len(middle) == 1:
        piece, start, stop = middle[0]
        return lambda other: other.startswith(first) or other.endswith(last) or other.find(piece, start, stop) >= 0
    return lambda other: (
        other.startswith(first) or other.endswith(last) or any(other.find(p, lo, hi) >= 0 for p, lo, hi in middle)
    )


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` as soon as it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


@frozen
class WordMatch:
    """How one word of a query matched one word of an item.

    ``how`` is ``exact``, ``stem``, ``prefix`` or ``typo``; ``transliterated`` says the query word was read as
    Latin-script Kazakh; ``field`` names the text it was found in (``title.kk``, ``keywords.ru``, ``settlement``...).
    """

    query: str
    """The query's word, as typed."""
    word: str
    """The item's word it matched."""
    field: str
    """The text it was found in (``title.kk``, ``keywords.ru``, ``settlement``, ...)."""
    how: str
    """How it matched: ``exact``, ``stem`` (the same word inflected), ``prefix`` or ``typo`` (an edit distance of 1 or 2
    on a long word)."""
    transliterated: bool = False
    """``True`` when the query word was read as Latin-script Kazakh (``zhumyssyz``) before matching."""

    def text(self) -> str:
        """One line in English, e.g. ``'жумыссыз' ~ 'Жұмыссыз' (title.kk, Kazakh letters folded)``."""
        notes = [self.field]
        if self.how != "exact":
            notes.append({"stem": "same stem", "prefix": "word start", "typo": "typo"}[self.how])
        same_script = _is_latin(self.query.casefold()) == _is_latin(self.word.casefold())
        if self.transliterated or not same_script:
            notes.append("Latin transliterated")
        elif self.how == "exact" and self.query.casefold() != self.word.casefold():
            notes.append("Kazakh letters folded")
        return f"{self.query!r} ~ {self.word!r} ({', '.join(notes)})"


class SearchResult(Generic[T]):
    """One ranked result: the ``item`` found, its ``score`` (0 to 1: the share of the query's weight it matched, and
    how well; 1.5 when a name or title equals the query) and the ``reason``, one line saying which words matched
    what. ``matches`` holds the same as data, one :class:`WordMatch` per matched query word.

    Immutable and compared by value; not a serialisable record (it holds the live service or office), so it is
    a plain slotted class rather than an attrs value.
    """

    __slots__ = ("_item", "_matches", "_reason", "_score")

    def __init__(self, item: T, score: float, reason: str, matches: tuple[WordMatch, ...] = ()) -> None:
        if isinstance(score, bool) or not isinstance(score, int | float):
            raise InvalidTypeError(f"score must be a number, got {type(score).__name__}")
        if not isinstance(reason, str):
            raise InvalidTypeError(f"reason must be a str, got {type(reason).__name__}")
        if not isinstance(matches, tuple | list) or not all(isinstance(m, WordMatch) for m in matches):
            raise InvalidTypeError(f"matches must be a tuple of WordMatch, got {type(matches).__name__}")
        object.__setattr__(self, "_item", item)
        object.__setattr__(self, "_score", score)
        object.__setattr__(self, "_reason", reason)
        if isinstance(matches, str | bytes) or not isinstance(matches, Iterable):
            raise InvalidTypeError(f"matches must be a sequence of WordMatch, got {type(matches).__name__}")
        found = tuple(matches)
        if not all(isinstance(m, WordMatch) for m in found):
            raise InvalidTypeError("matches must hold WordMatch values only")
        object.__setattr__(self, "_matches", found)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"SearchResult is immutable; cannot set {name!r}")

    @property
    def item(self) -> T:
        """The service or office found."""
        item: T = self._item  # type: ignore[attr-defined]
        return item

    @property
    def score(self) -> float:
        """How well it matched: 0 to 1, 1.5 for a name or title equal to the query."""
        score: float = self._score  # type: ignore[attr-defined]
        return score

    @property
    def reason(self) -> str:
        """Which words of the query matched which words of the item, and how, in one line."""
        reason: str = self._reason  # type: ignore[attr-defined]
        return reason

    @property
    def matches(self) -> tuple[WordMatch, ...]:
        """One :class:`WordMatch` per matched query word."""
        found: tuple[WordMatch, ...] = self._matches  # type: ignore[attr-defined]
        return found

    def _key(self) -> tuple[object, float, str, tuple[WordMatch, ...]]:
        return (self.item, self.score, self.reason, self.matches)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SearchResult):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash((id(self.item), self.score, self.reason))

    def __repr__(self) -> str:
        label = getattr(self.item, "id", self.item)
        return f"SearchResult(item={label!r}, score={self.score!r}, reason={self.reason!r})"


@frozen
class Field:
    """A text an item is found by: its ``name`` (shown in reasons), ``weight`` (0 to 1) and ``text``."""

    name: str
    weight: float
    text: str


_STOPWORDS_TEXT = (
    "и в во на для по о об от до из к ко с со у за как где что мне меня нужно надо хочу получить можно ли это "
    "или при через мой моя моё мои какие какой какая куда "
    "және мен үшін бойынша туралы қалай керек қайда маған бір осы "
    "the of for to a an and in on at how i my me get need apply where what is do can with by from"
)
_STOPWORDS = frozenset(_STOPWORDS_TEXT.split())


class SearchIndex(Generic[T]):
    """An inverted index over ``items``, built on first use and shared by every query (thread-safe).

    ``fields(item)`` gives the texts each item is found by. :meth:`search` ranks; ties keep the items' order.
    """

    def __init__(self, items: Sequence[T], fields: Callable[[T], Iterable[Field]]) -> None:
        self._items = items
        self._fields = fields
        self._lock = threading.Lock()
        self._built: _Built | None = None

    def _index(self) -> _Built:
        built = self._built
        if built is None:
            with self._lock:
                built = self._built
                if built is None:
                    built = _Built.of([tuple(self._fields(item)) for item in self._items])
                    self._built = built
        return built

    def search(self, text: str, *, fields: Callable[[str], bool] | None = None) -> list[SearchResult[T]]:
        """The items matching ``text``, best first (only those scoring at least half the best, and at least a
        third of the query's weight). ``fields`` keeps the matches in the fields whose name it accepts."""
        check_query(text)
        words = [w for w in _WORD.findall(text) if w.casefold() not in _STOPWORDS] or _WORD.findall(text)
        if not words:
            return []
        index = self._index()
        return [
            SearchResult(self._items[doc], score, reason, found)
            for doc, score, reason, found in index.query(words, whole_key(text), fields)
        ]


_SHARED_LOCK = threading.Lock()
_SHARED: dict[int, tuple[Sequence[Any], SearchIndex[Any]]] = {}


def shared_index(items: Sequence[T], fields: Callable[[], Callable[[T], Iterable[Field]]]) -> SearchIndex[T]:
    """The one :class:`SearchIndex` of ``items`` (a catalogue's or registry's tuple), whose texts ``fields()``
    gives: created on first use under a lock, then shared, so the index is built once however many threads ask
    at the same time. The catalogue and the registry are frozen values; their index lives here, not in a field."""
    with _SHARED_LOCK:
        held = _SHARED.get(id(items))
        if held is not None and held[0] is items:
            index: SearchIndex[T] = held[1]
            return index
        if len(_SHARED) >= 16:  # catalogues built by hand: keep the last few
            _SHARED.pop(next(iter(_SHARED)))
        index = SearchIndex(items, fields())
        _SHARED[id(items)] = (items, index)
        return index


class _Postings:
    """The postings of each key (or stem), in the order the words come: numbers of word occurrences (see
    :class:`_Built`), those of the words that have the key.

    Kept as the words of each key (a word alone, or a list), and put together for a key when a query first asks for
    it (most keys have one word, whose postings are used as they are)."""

    __slots__ = ("_merged", "_of_word", "words")

    def __init__(self, of_word: dict[str, list[int]]) -> None:
        self._of_word = of_word
        self.words: dict[str, str | list[str]] = {}
        self._merged: dict[str, list[int]] = {}

    def add(self, key: str, word: str) -> None:
        words = self.words.get(key)
        if words is None:
            self.words[key] = word
        elif isinstance(words, str):
            self.words[key] = [words, word]
        else:
            words.append(word)

    def get(self, key: str) -> list[int]:
        words = self.words.get(key)
        if words is None:
            return []
        if isinstance(words, str):
            return self._of_word[words]
        found = self._merged.get(key)
        if found is None:
            of_word = self._of_word
            found = self._merged[key] = sorted([n for w in words for n in of_word[w]])
        return found


class _Built:
    """The index proper: keys and stems of every word of every field, with postings.

    Every occurrence of a word in a field has a number, in the order they come; ``doc_of``, ``field_of`` and
    ``word_of`` give its document, field and the word as written (flat lists: building makes few objects). Each
    distinct word is folded and stemmed once (memoised); the sorted key lists and the lists by length that word
    starts and typos need are made on the first query that needs them; typos are looked for only among the words of
    a near length that pass :func:`_typo_filter`, in the order of the lists.
    """

    def __init__(self, docs: list[tuple[Field, ...]]) -> None:
        self.docs = docs
        self.doc_of: list[int] = []
        self.field_of: list[Field] = []
        self.word_of: list[str] = []
        self.of_word: dict[str, list[int]] = {}
        self.by_key = _Postings(self.of_word)
        self.by_stem = _Postings(self.of_word)
        self.whole: dict[str, set[int]] = {}
        self.cache: dict[str, dict[int, tuple[float, WordMatch]]] = {}
        self._sorted: tuple[list[str], list[str], dict[int, list[str]], dict[int, list[str]]] | None = None

    @classmethod
    def of(cls, docs: list[tuple[Field, ...]]) -> _Built:
        built = cls(docs)
        of_word, whole = built.of_word, built.whole
        doc_of, field_of, word_of = built.doc_of, built.field_of, built.word_of
        n = 0
        words_of: dict[str, list[str]] = {}  # the same texts come again (region and place names of each office)
        for d, fields in enumerate(docs):
            for field in fields:
                words = words_of.get(field.text)
                if words is None:
                    words = words_of[field.text] = _WORD.findall(field.text)
                if field.weight >= 1.0:
                    whole.setdefault(" ".join([fold_word(w) for w in words]), set()).add(d)
                for word in words:
                    postings = of_word.get(word)
                    if postings is None:
                        of_word[word] = [n]
                    else:
                        postings.append(n)
                    n += 1
                doc_of.extend([d] * len(words))
                field_of.extend([field] * len(words))
                word_of.extend(words)
        by_key, by_stem = built.by_key, built.by_stem
        for word in of_word:
            w = word.casefold().replace("ё", "е")  # as _variants reads it
            key = fold_word(w)
            if _LATIN.match(w):
                by_key.add(w, word)
                by_stem.add(stem(w), word)
            by_key.add(key, word)
            by_stem.add(stem(key), word)
        return built

    def _tables(self) -> tuple[list[str], list[str], dict[int, list[str]], dict[int, list[str]]]:
        """The sorted keys and stems, and each by length (in sorted order); made once, when first needed."""
        tables = self._sorted
        if tables is None:
            keys, stems = sorted(self.by_key.words), sorted(self.by_stem.words)
            by_length: dict[int, list[str]] = {}
            for key in keys:
                by_length.setdefault(len(key), []).append(key)
            stems_by_length: dict[int, list[str]] = {}
            for key in stems:
                stems_by_length.setdefault(len(key), []).append(key)
            tables = self._sorted = (keys, stems, by_length, stems_by_length)
        return tables

    def _cached(self, word: str) -> dict[int, tuple[float, WordMatch]]:
        found = self.cache.get(word)
        if found is None:
            found = self._match_word(word)
            if len(self.cache) < 4096:
                self.cache[word] = found
        return found

    @staticmethod
    def _near(by_length: dict[int, list[str]], key: str, budget: int) -> list[str]:
        """The words within ``budget`` edits of ``key`` (not itself), by length, then in sorted order."""
        passes = _typo_filter(key, budget)
        return [
            other
            for length in range(len(key) - budget, len(key) + budget + 1)
            for other in by_length.get(length, ())
            if passes(other) and other != key and _distance(key, other, budget) <= budget
        ]

    @staticmethod
    def _prefixed(sorted_keys: list[str], prefix: str) -> Iterable[str]:
        i = bisect.bisect_left(sorted_keys, prefix)
        while i < len(sorted_keys) and sorted_keys[i].startswith(prefix):
            yield sorted_keys[i]
            i += 1

    def _match_word(self, word: str) -> dict[int, tuple[float, WordMatch]]:
        """For each document, the best match of one query word: (weighted score, how)."""
        doc_of, field_of, word_of = self.doc_of, self.field_of, self.word_of
        # per document: (value, the occurrence, how, transliterated); the first best offered wins, an equal one
        # only when it is the query word itself and the held one is not
        best: dict[int, tuple[float, int, str, bool]] = {}
        seen: dict[int, set[str]] = {}

        def offer(postings: Iterable[int], quality: float, how: str, translit: bool) -> None:
            for n in postings:
                d, field = doc_of[n], field_of[n]
                names = seen.get(d)
                if names is None:
                    seen[d] = {field.name}
                else:
                    names.add(field.name)
                value = quality * field.weight
                held = best.get(d)
                if (
                    held is None
                    or value > held[0]
                    or (value == held[0] and word_of[n].casefold() == word and word_of[held[1]].casefold() != word)
                ):
                    best[d] = (value, n, how, translit)

        by_key, by_stem = self.by_key, self.by_stem
        for key, translit, s in _forms(word):
            offer(by_key.get(key), 1.0, "exact", translit)
            offer(by_stem.get(s), 0.9, "stem", translit)
            budget = _typo_budget(len(key))
            if len(key) < 3 and not budget:
                continue
            keys, stems, by_length, stems_by_length = self._tables()
            if len(key) >= 3:
                for other in self._prefixed(keys, key):
                    offer(by_key.get(other), 0.75, "prefix", translit)
                for other in self._prefixed(stems, s) if len(s) >= 4 else ():
                    offer(by_stem.get(other), 0.7, "prefix", translit)
                # an indexed stem of 5 letters or more that begins the query word («опекун» in «опекунство»)
                for k in range(5, len(s)):
                    offer(by_stem.get(s[:k]), 0.65, "prefix", translit)
            if budget:
                for other in self._near(by_length, key, budget):
                    offer(by_key.get(other), 0.6, "typo", translit)
                if len(s) >= 5:
                    for other in self._near(stems_by_length, s, _typo_budget(len(s))):
                        offer(by_stem.get(other), 0.55, "typo", translit)
        # a word found in several texts of an item (its name, settlement and region) is better evidence
        return {
            d: (value * (0.8 + 0.04 * min(len(seen[d]), 5)), WordMatch(word, word_of[n], field_of[n].name, how, tr))
            for d, (value, n, how, tr) in best.items()
        }

    def query(
        self, words: list[str], whole: str, fields: Callable[[str], bool] | None
    ) -> list[tuple[int, float, str, tuple[WordMatch, ...]]]:
        n = len(self.docs)
        per_word = [self._cached(w.casefold()) for w in words]
        if fields is not None:
            per_word = [{d: m for d, m in found.items() if fields(m[1].field)} for found in per_word]
        weights = [math.log(1 + n / (1 + len(found))) for found in per_word]
        known = [w for w, found in zip(weights, per_word, strict=True) if found]
        if not known:
            return []
        # a word found nowhere («help», «хочу») weighs as much as an average found word, no more
        total = sum(known) + (len(weights) - len(known)) * sum(known) / len(known)
        exact = self.whole.get(whole, set())
        scores: dict[int, float] = {}
        for weight, found in zip(weights, per_word, strict=True):
            for d, (value, _) in found.items():
                scores[d] = scores.get(d, 0.0) + weight * value
        # a word found only as a region's name («Караганда» among services) narrows to that region: the items it
        # does not match keep half their score
        for found in per_word:
            if found and all(m.field == "region" for _, m in found.values()):
                for d in scores:
                    if d not in found:
                        scores[d] /= 2
        ranked = [(d, 1.5 if d in exact else s / total) for d, s in scores.items()]
        if not ranked:
            return []
        top = max(score for _, score in ranked)
        kept = sorted(((d, s) for d, s in ranked if s >= max(top / 2, 0.3)), key=lambda x: (-round(x[1], 9), x[0]))
        out = []
        for d, score in kept:
            found_here = tuple(m for found in per_word if d in found for m in [found[d][1]])
            reason = "; ".join(m.text() for m in found_here)
            if d in exact:
                reason = "the whole text equals the query; " + reason
            out.append((d, round(score, 4), reason, found_here))
        return out


# -- the search vocabulary -------------------------------------------------------------------------------------


@functools.cache
def search_data() -> dict[str, Any]:
    """The packaged search vocabulary (``kzsocial/data/search.json``), checked on load: keywords per service,
    place names and region names in kk/ru/en."""
    text = resources.files("kzsocial").joinpath("data/search.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    problems: list[str] = []
    if data.get("format") != 1:
        problems.append(f"format must be 1, got {data.get('format')!r}")
    for i, group in enumerate(data.get("services", [])):
        if not group.get("ids"):
            problems.append(f"services[{i}]: no ids")
        for lang in ("kk", "ru", "en"):
            if not isinstance(group.get(lang), str) or not group[lang].strip():
                problems.append(f"services[{i}] ({group.get('ids')}): {lang} keywords missing")
    for i, place in enumerate(data.get("places", [])):
        if not isinstance(place.get("kk"), str):
            problems.append(f"places[{i}]: kk name missing")
    if problems:
        raise DataValidationError("data/search.json", problems)
    return data


@functools.cache
def keywords_by_service() -> dict[str, list[tuple[str, str]]]:
    """Service id -> [(lang, keywords)] from the search vocabulary (read once and shared: do not change it)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for group in search_data()["services"]:
        for service_id in group["ids"]:
            out.setdefault(service_id, []).extend((lang, group[lang]) for lang in ("kk", "ru", "en"))
    return out


@functools.cache
def place_names() -> dict[str, tuple[str, ...]]:
    """Folded kk place name -> every form of it (kk as printed, ru and en forms, usual spellings)."""
    out: dict[str, tuple[str, ...]] = {}
    for place in search_data()["places"]:
        forms = (place["kk"], *place.get("ru", ()), *place.get("en", ()))
        out[fold(place["kk"])] = forms
    return out


def place_forms(name: str | None) -> tuple[str, ...]:
    """Every form of a place name as the data prints it (itself if the vocabulary does not know it)."""
    if not name:
        return ()
    return place_names().get(fold(name), (name,))


def region_names(region: str) -> tuple[str, ...]:
    """The names of a region (``karaganda``) in kk/ru/en, with its main city, from the search vocabulary."""
    names: list[str] = search_data()["regions"].get(region, [])
    return tuple(names)
