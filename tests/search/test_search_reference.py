"""The search index (made cheap to build for issue 15, cold start) against the frozen slow reference.

``reference_search.py`` beside this file is ``kzsocial._search`` as it was before: it folded and stemmed every word
each time it met it and looked for typos by computing the edit distance to every indexed word of a near length.
For random queries made from the titles, keywords, region and office names (with typos, Kazakh letters typed as
their Russian look-alikes, Latin look-alike letters, Latin-script Kazakh, other casing, stop words), and for
random small indexes over a small alphabet (where nearly every word is a typo of another), the new index must give
equal results: the same items in the same order, the same scores, reasons and matches; and the word functions
(folding, transliteration, stems) must give the same answers.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from kzsocial import _search as new
from kzsocial.registry import offices
from kzsocial.services import catalog


def _load_reference() -> ModuleType:
    path = Path(__file__).with_name("reference_search.py")
    spec = importlib.util.spec_from_file_location("reference_search", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


REF = _load_reference()

_SERVICES = catalog()._index
_OFFICES = offices()._index
REF_SERVICES = REF.SearchIndex(catalog().services, _SERVICES._fields)
REF_OFFICES = REF.SearchIndex(offices().offices, _OFFICES._fields)


def _plain(results: list[Any]) -> list[tuple[object, float, str, tuple[tuple[object, ...], ...]]]:
    """Results as plain data (the reference has its own WordMatch class)."""
    return [
        (
            id(r.item),
            r.score,
            r.reason,
            tuple((m.query, m.word, m.field, m.how, m.transliterated) for m in r.matches),
        )
        for r in results
    ]


def _same(index: Any, reference: Any, query: str, fields: Callable[[str], bool] | None = None) -> None:
    got = _plain(index.search(query, fields=fields))
    want = _plain(reference.search(query, fields=fields))
    assert got == want, query


def _words(index: Any) -> list[str]:
    built = index._index()
    return sorted({w for fields in built.docs for f in fields for w in re.findall(r"[^\W_]+", f.text)})


SERVICE_WORDS = _words(_SERVICES)
OFFICE_WORDS = _words(_OFFICES)

_KK_TO_RU = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")
_CYR_TO_LATIN_LOOKALIKE = str.maketrans("аеорсухкмтнвіАЕОРСХКМТНВ", "aeopcyxkmthbiAEOPCXKMTHB")
_KK_LATIN = (
    ("щ", "shch"), ("ж", "zh"), ("ш", "sh"), ("ч", "ch"), ("х", "kh"), ("ғ", "gh"), ("ң", "ng"), ("ц", "ts"),
    ("я", "ya"), ("ю", "yu"), ("а", "a"), ("ә", "ä"), ("б", "b"), ("в", "v"), ("г", "g"), ("д", "d"), ("е", "e"),
    ("з", "z"), ("и", "i"), ("й", "y"), ("і", "i"), ("к", "k"), ("қ", "q"), ("л", "l"), ("м", "m"), ("н", "n"),
    ("о", "o"), ("ө", "ö"), ("п", "p"), ("р", "r"), ("с", "s"), ("т", "t"), ("у", "u"), ("ұ", "ū"), ("ү", "ü"),
    ("ф", "f"), ("ы", "y"), ("һ", "h"), ("э", "e"), ("ь", ""), ("ъ", ""), ("ё", "yo"),
)
_LETTERS = "абвгдежзийклмнопрстуфхцчшщыэюяёәғқңөұүһіabcdefghijklmnopqrstuvwxyzäğıñöşūüçé"


def _to_latin(word: str) -> str:
    out = word.lower()
    for cyr, latin in _KK_LATIN:
        out = out.replace(cyr, latin)
    return out


@st.composite
def _mutated(draw: st.DrawFn, vocabulary: list[str]) -> str:
    """A word of the vocabulary as a citizen might type it."""
    word = draw(st.sampled_from(vocabulary))
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["delete", "insert", "substitute", "swap", "kk", "lookalike", "latin", "case"]))
        i = draw(st.integers(0, max(0, len(word) - 1)))
        letter = draw(st.sampled_from(_LETTERS))
        if kind == "delete" and len(word) > 1:
            word = word[:i] + word[i + 1 :]
        elif kind == "insert":
            word = word[:i] + letter + word[i:]
        elif kind == "substitute":
            word = word[:i] + letter + word[i + 1 :]
        elif kind == "swap" and i + 1 < len(word):
            word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif kind == "kk":
            word = word.translate(_KK_TO_RU)
        elif kind == "lookalike":
            word = word[:i] + word[i:].translate(_CYR_TO_LATIN_LOOKALIKE)
        elif kind == "latin":
            word = _to_latin(word)
        elif kind == "case":
            word = draw(st.sampled_from([word.upper(), word.lower(), word.capitalize(), word.replace("е", "ё")]))
    return word


def _queries(vocabulary: list[str]) -> st.SearchStrategy[str]:
    word = st.one_of(_mutated(vocabulary), st.sampled_from(["и", "на", "для", "керек", "how", "the", "мен", "хочу"]))
    separator = st.sampled_from([" ", "  ", ", ", " - ", "«", "»"])
    return st.lists(st.tuples(word, separator), min_size=1, max_size=5).map(
        lambda parts: "".join(w + s for w, s in parts).strip()
    )


@given(_queries(SERVICE_WORDS))
def test_service_search_equals_the_reference(query: str) -> None:
    _same(_SERVICES, REF_SERVICES, query)


@given(_queries(OFFICE_WORDS))
def test_office_search_equals_the_reference(query: str) -> None:
    _same(_OFFICES, REF_OFFICES, query)


@given(_queries(SERVICE_WORDS), st.sampled_from(["title.", "keywords.", "region", "title.kk"]))
def test_search_in_some_fields_equals_the_reference(query: str, prefix: str) -> None:
    _same(_SERVICES, REF_SERVICES, query, lambda name: name.startswith(prefix))


def test_the_titles_and_the_brief_examples_equal_the_reference() -> None:
    queries = [getattr(s.title, lang) or "" for s in catalog() for lang in ("kk", "ru", "en")]
    queries += ["жұмыссыз азаматтарды тіркеу", "пособие на детей", "zhumyssyz", "jumyssyz", "unemployd",
                "справка безработному Петропавловск", "Karagandy", "Aqtau", "отдел занятости Темиртау"]
    for query in queries:
        _same(_SERVICES, REF_SERVICES, query)
        _same(_OFFICES, REF_OFFICES, query)


def test_a_fresh_index_answers_its_first_query_as_the_reference() -> None:
    # the shared index has answered many queries by now; a new one builds its tables on this first query
    for query in ["жумыссыз азаматтарды тиркеу", "posobie", "Қарағанды облысы"]:
        fresh = new.SearchIndex(catalog().services, _SERVICES._fields)
        _same(fresh, REF_SERVICES, query)


_SMALL = "абвгқұ"  # a small alphabet: nearly every word is one or two edits from another


@given(
    st.lists(st.lists(st.text(_SMALL, min_size=1, max_size=11), min_size=1, max_size=6), min_size=1, max_size=12),
    st.lists(st.text(_SMALL + "ae", min_size=1, max_size=12), min_size=1, max_size=3),
)
def test_random_small_indexes_equal_the_reference(docs: list[list[str]], query_words: list[str]) -> None:
    texts = [" ".join(words) for words in docs]

    def new_fields(text: str) -> list[new.Field]:
        return [new.Field("name", 1.0, text), new.Field("other", 0.5, text[::-1])]

    def ref_fields(text: str) -> list[Any]:
        return [REF.Field("name", 1.0, text), REF.Field("other", 0.5, text[::-1])]

    query = " ".join(query_words)
    _same(new.SearchIndex(texts, new_fields), REF.SearchIndex(texts, ref_fields), query)


_ANY_WORD = st.text(st.sampled_from(_LETTERS + "ЁӘҒҚҢӨҰҮҺІABCZ"), min_size=1, max_size=14)


@given(st.one_of(_ANY_WORD, st.sampled_from(SERVICE_WORDS + OFFICE_WORDS).map(_to_latin), _mutated(SERVICE_WORDS)))
def test_the_word_functions_equal_the_reference(word: str) -> None:
    assert new.fold_word(word) == REF.fold_word(word)
    folded = REF.fold_word(word)  # a folded word (the index's keys) folded and stemmed again
    assert new.fold_word(folded) == REF.fold_word(folded) and new.stem(folded) == REF.stem(folded)
    assert new.stem(word) == REF.stem(word)
    assert new._variants(word) == REF._variants(word)
    assert new.whole_key(word) == REF.whole_key(word)
    latin = word.casefold()
    if re.fullmatch(r"[a-zäğıñöşūüçé]+", latin):
        assert new._transliterate(latin) == REF._transliterate(latin)


@given(st.text(_SMALL, min_size=5, max_size=14), st.text(_SMALL, min_size=0, max_size=16), st.integers(1, 2))
def test_the_typo_filter_passes_every_word_within_the_budget(key: str, other: str, budget: int) -> None:
    if REF._distance(key, other, budget) <= budget:
        assert new._typo_filter(key, budget)(other)


def test_the_word_memos_are_bounded_and_answer_the_same_past_the_bound(monkeypatch: Any) -> None:
    long_word = "жұмыссыздық" * 5
    assert new.fold_word(long_word) == REF.fold_word(long_word) and new.stem(long_word) == REF.stem(long_word)
    assert long_word not in new._FOLDED and long_word not in new._STEMMED  # longer than any real word
    monkeypatch.setattr(new, "_MEMO_LIMIT", 0)  # full: nothing more is remembered
    for word in ["Тұрғындарғаққ", "zhumyssyzdarqq", "безработнымиыы"]:  # words no index has
        assert new.fold_word(word) == REF.fold_word(word) and new.stem(word) == REF.stem(word)
        assert word not in new._FOLDED and word not in new._STEMMED
    assert len(new._FOLDED) <= 1 << 14 and len(new._STEMMED) <= 1 << 14
