"""`json_kind`/`tag_of` on values that are not types: an answer, never a foreign exception."""

from __future__ import annotations

import pytest


def test_json_kind_of_a_value_that_is_not_a_type_is_any_even_an_array() -> None:
    np = pytest.importorskip("numpy")
    from kzsocial.serde import json_kind, tag_of

    assert json_kind(np.array([1, 2])) == "any"
    assert tag_of(np.array([1, 2])) == "any"
    assert json_kind(str) == "string" and json_kind(tuple[int, ...]) == "array"
