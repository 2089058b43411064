"""The translations overlay: merged by the loader, marked as the library's translation, validated on load."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kzsocial._data import load_folders
from kzsocial.errors import DataValidationError
from kzsocial.provenance import TRANSLATION_PROVENANCE, LocalizedText
from model.factories import SRC, make_act, make_service, write_folder

TITLE = "Тұрғын үй көмегін тағайындау"


def _folder(tmp_path: Path, items: dict[str, Any], **top: Any) -> Path:
    office = {
        "id": "karaganda/a",
        "kind": "rural_akim",
        "name": {"kk": "Көксу селолық округі әкімінің аппараты"},
        "address": {"kk": "Көксу селосы", "ru": "с. Коксу"},
        "source": SRC,
    }
    svc = make_service("test-2008/housing", refusal_grounds=[{"text": {"kk": "құжаттар толық емес"}, "source": SRC}])
    folder = write_folder(tmp_path / "test-2008", make_act(), [svc], [office])
    overlay = {"format": 1, "act": "test-2008", "provenance": TRANSLATION_PROVENANCE, "items": items, **top}
    (folder / "translations.json").write_text(json.dumps(overlay, ensure_ascii=False), encoding="utf-8")
    return folder


def test_translations_merge_into_the_records_and_are_marked(tmp_path: Path) -> None:
    items = {
        "service:test-2008/housing": {
            "title": {"kk": TITLE, "ru": "Назначение жилищной помощи", "en": "Housing assistance"},
            "documents.residence.alternatives.stateless-card.name": {"kk": "куәлік", "ru": "удостоверение"},
            "refusal_grounds[0].text": {"kk": "құжаттар толық емес", "ru": "неполный пакет документов"},
        },
        "office:karaganda/a": {
            "name": {"kk": "Көксу селолық округі әкімінің аппараты", "ru": "Аппарат акима сельского округа Коксу"}
        },
    }
    data = load_folders([_folder(tmp_path, items)])
    (svc,) = data.services
    assert svc.title == LocalizedText(TITLE, "Назначение жилищной помощи", "Housing assistance", {"ru", "en"})
    assert svc.title.provenance("ru") == "translation by kzsocial" and svc.title.provenance("kk") is None
    alt = svc.documents[1].alternatives[0].name
    assert (alt.ru, alt.translated) == ("удостоверение", frozenset({"ru"}))
    assert svc.refusal_grounds[0].text.is_translation("ru")
    assert svc.documents[0].name.translated == frozenset()  # untouched records stay the act's
    (office,) = data.offices
    assert office.name.is_translation("ru") and not office.address.is_translation("ru")  # type: ignore[union-attr]


def test_every_problem_of_the_overlay_is_listed(tmp_path: Path) -> None:
    items = {
        "service:test-2008/nothing": {"title": {"kk": TITLE, "ru": "x"}},  # no such record
        "service:test-2008/housing": {
            "titel": {"kk": TITLE, "ru": "x"},  # no such field
            "title": {"kk": "another text", "ru": "x"},  # stale: the act's text differs
            "documents.passport.name": {"kk": "a", "ru": "x"},  # no such document
            "refusal_grounds[3].text": {"kk": "a", "ru": "x"},  # out of range
            "documents.id-card.name": {"kk": "жеке куәлік"},  # nothing translated
        },
        "office:karaganda/a": {"address": {"kk": "Көксу селосы", "ru": "с. Коксу"}},  # the act has its Russian
        "person:x": {},
    }
    with pytest.raises(DataValidationError) as info:
        load_folders([_folder(tmp_path, items, provenance="the act")])
    problems = "\n".join(info.value.problems)
    for expected in (
        "no service 'test-2008/nothing' in this act",
        "ServiceDefinition has no field 'titel'",
        "the entry translates 'another text', but the act's text is now",
        "no item with id 'passport'",
        "refusal_grounds[3] is out of range (refusal_grounds has 1 items)",
        "an entry needs a 'ru' or an 'en' text",
        "already has the act's own Russian",
        "a record key is 'service:<id>' or 'office:<id>'",
        "must be 'translation by kzsocial'",
    ):
        assert expected in problems
    assert len(info.value.problems) == 9
    assert all(p.startswith("test-2008/translations.json") for p in info.value.problems)


def test_a_translation_needs_its_language() -> None:
    with pytest.raises(ValueError, match="marked translated but has no text"):
        LocalizedText("а", translated={"ru"})
    with pytest.raises(ValueError, match="only 'ru' and 'en' can be translated"):
        LocalizedText("а", ru="б", translated={"kk"})
