"""The deprecated ``as_dict()`` (one naming rule for dict forms: ``to_dict``/``from_dict``) still works, warns,
and gives what its replacement gives; every other test uses the current API."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from kzsocial.calendar import Term, compute_deadline, default_calendar
from kzsocial.provenance import LocalizedText
from kzsocial.serde import to_dict


def _values() -> list[tuple[str, Any]]:
    deadline = compute_deadline(Term(10, "working_days"), dt.datetime(2024, 12, 20, 10, 0), hours=None)
    explanation = default_calendar().explain(dt.date(2026, 3, 21))
    return [
        ("Deadline", deadline),
        ("TraceStep", deadline.trace[0]),
        ("DayExplanation", explanation),
        ("DayFact", explanation.facts[0]),
    ]


@pytest.mark.parametrize(("name", "value"), _values(), ids=[n for n, _ in _values()])
def test_as_dict_warns_and_is_to_dict(name: str, value: Any) -> None:
    with pytest.warns(DeprecationWarning, match=rf"^{name}\.as_dict\(\) is deprecated; use to_dict\(\)$"):
        old = value.as_dict()
    assert old == value.to_dict()


def test_localized_text_as_dict_warns_and_keeps_its_three_languages() -> None:
    text = LocalizedText("мерзім", "срок", "term")
    with pytest.warns(DeprecationWarning, match=r"LocalizedText\.as_dict\(\) is deprecated"):
        old = text.as_dict()
    assert old == {"kk": "мерзім", "ru": "срок", "en": "term"}
    assert {k: to_dict(text)[k] for k in old} == old


def test_legal_source_as_dict_warns_and_is_to_dict() -> None:
    from kzsocial.calendar import LegalSource

    source = LegalSource("Decree N 1", url="https://adilet.zan.kz/x", issued=dt.date(2024, 1, 2))
    assert source.to_dict() == {"title": "Decree N 1", "url": "https://adilet.zan.kz/x", "issued": "2024-01-02"}
    with pytest.warns(DeprecationWarning, match=r"^LegalSource\.as_dict\(\) is deprecated; use LegalSource\.to_dict"):
        assert source.as_dict() == source.to_dict()

