"""The overlay's fast copy of a record (issue 15, cold start) gives what ``attrs.evolve`` gives, field for field."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

from kzsocial import _translations
from kzsocial._data import dataset, load_folders
from kzsocial._datafile import packaged_folders


def _evolve(obj: Any, changes: dict[str, Any]) -> Any:
    return attrs.evolve(obj, **changes)


def test_the_packaged_data_equals_the_evolve_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_translations, "_EVOLVE", [_evolve])
    slow = load_folders(packaged_folders())
    fast = dataset()
    assert slow == fast
    assert [s.to_dict() for s in slow.services] == [s.to_dict() for s in fast.services]
    assert [o.to_dict() for o in slow.offices] == [o.to_dict() for o in fast.offices]
    assert sum(len(t.translated) for s in fast.services for _, t in _translations.citizen_texts(s)) > 100


def test_a_copied_reception_compiles_its_rule_again() -> None:
    translated = [
        r for o in dataset().offices for r in o.reception if r.who.translated and r.computable
    ]
    assert translated
    after = dt.datetime(2024, 11, 25, 9, 0)
    for r in translated[:20]:
        again = attrs.evolve(r)  # runs __init__: the reference
        assert r.next_reception(after) == again.next_reception(after)


def test_the_translated_texts_equal_the_evolve_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """The overlay's texts are copied without ``LocalizedText.__init__`` (its checks hold already): the same
    values as ``attrs.evolve``, which runs them."""

    def evolve_text(text: Any, ru: Any, en: Any, translated: frozenset[str]) -> Any:
        return attrs.evolve(text, ru=ru, en=en, translated=translated)

    fast = load_folders(packaged_folders())  # loaded here: dataset() may have been loaded under a patch
    monkeypatch.setattr(_translations, "_TRANSLATE", [evolve_text])
    monkeypatch.setattr(_translations, "_EVOLVE", [_evolve])
    slow = load_folders(packaged_folders())
    assert slow == fast
    assert [s.to_dict() for s in slow.services] == [s.to_dict() for s in fast.services]
    assert [o.to_dict() for o in slow.offices] == [o.to_dict() for o in fast.offices]
