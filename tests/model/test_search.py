"""Title search is insensitive to case and to Cyrillic/Latin look-alike letters."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kzsocial._search import fold, matches

LOOKALIKES = str.maketrans("аеорсухкмтнві", "aeopcyxkmthbi")


@given(st.text(alphabet="аеорсухкмтнвіәғқңөұүһжзлпш ", min_size=1, max_size=30))
def test_lookalike_and_case_variants_fold_equal(text: str) -> None:
    assert fold(text.upper().translate(LOOKALIKES)) == fold(text)


def test_query_words_must_all_start_words() -> None:
    title = "Жұмыссыз азаматтарды есепке қою және тіркеу"
    assert matches("жұмыссыз тіркеу", title)[0]
    assert matches("ЖУМЫССЫЗ", title) == (False, 0)  # у is not ұ: no spelling is corrected
    assert matches("жұмыссыз азаматтарды", title) == (True, 1)
    assert matches("жұмыссыз азаматтарды есепке қою және ТІРКЕУ", title) == (True, 0)
    assert not matches("", title)[0]
