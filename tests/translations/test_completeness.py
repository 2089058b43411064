"""Every citizen-facing text reads in Kazakh, Russian and English; Russian where the act has none is marked a
translation, and the act's own Russian is never marked."""

from __future__ import annotations

import json
from importlib import resources

from kzsocial._data import dataset
from kzsocial._translations import citizen_texts
from kzsocial.text import KAZAKH_LETTERS


def _records() -> list[tuple[str, object]]:
    ds = dataset()
    return [*((f"service:{s.id}", s) for s in ds.services), *((f"office:{o.id}", o) for o in ds.offices)]


def test_every_citizen_facing_text_has_russian_and_english() -> None:
    missing = [
        f"{key} {path} ({lang})"
        for key, record in _records()
        for path, text in citizen_texts(record)
        for lang in ("ru", "en")
        if getattr(text, lang) is None
    ]
    assert not missing, (
        f"{len(missing)} texts lack a language (tools/translations_skeleton.py lists them): {missing[:20]}"
    )


def test_the_count_of_texts_checked_is_the_whole_catalogue() -> None:
    texts = [t for _, r in _records() for _, t in citizen_texts(r)]
    assert len(texts) > 2000  # 57 titles, ~490 documents, ~440 indicators, 308 offices and ~300 addresses, ...


def test_translations_are_marked_and_the_acts_own_russian_is_not() -> None:
    ds = dataset()
    nko = [t for s in ds.services if s.act_id == "nko-2015" for _, t in citizen_texts(s)]
    assert nko and all(t.ru is not None and not t.is_translation("ru") for t in nko)  # the act's own Russian
    karaganda = ds.services[0]
    assert karaganda.act_id == "karaganda-2008" and karaganda.title.is_translation("ru")
    assert karaganda.title.provenance("ru") == "translation by kzsocial"


def test_library_translations_hold_no_kazakh_only_letters_except_contacts_as_printed() -> None:
    bad = [
        (key, path, text.ru)
        for key, record in _records()
        for path, text in citizen_texts(record)
        if text.is_translation("ru")
        and set(text.ru or "") & KAZAKH_LETTERS
        and "как напечатано в акте" not in (text.ru or "")
    ]
    assert not bad, bad[:10]


def test_the_overlay_files_say_whose_texts_they_are() -> None:
    root = resources.files("kzsocial") / "data" / "acts"
    files = [p / "translations.json" for p in root.iterdir() if (p / "translations.json").is_file()]
    assert len(files) == 5
    for f in files:
        data = json.loads(f.read_text(encoding="utf-8"))
        assert data["provenance"] == "translation by kzsocial"
