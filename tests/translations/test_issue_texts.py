"""Data issues in Kazakh and Russian: the ``data_issues`` key of translations.json, merged by the loader, marked as
the library's translation, validated on load (missing and stale entries listed with the other problems)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzsocial._data import load_folders
from kzsocial.errors import DataValidationError, InvalidInputError, InvalidTypeError, TextNotStatedError
from kzsocial.provenance import TRANSLATION_PROVENANCE, DataIssue, Source
from kzsocial.serde import from_dict, to_dict
from model.factories import SRC, make_act, make_service, write_folder

ACT_ISSUE = "The act is dated 1 January but signed on 2 January."
SVC_ISSUE = "The main term is '10 күн' (10 days) without saying calendar or working days."
SUB_ISSUE = "The sector's room is printed twice."
BAD_EMAIL = "akimat@"
TEXTS = {
    ACT_ISSUE: {"kk": "Акт 1 қаңтармен күнделген, бірақ 2 қаңтарда қол қойылған.", "ru": "Акт датирован 1 января."},
    SVC_ISSUE: {"kk": "Негізгі мерзім – '10 күн', күнтізбелік пе, жұмыс па – айтылмайды.", "ru": "Срок – '10 күн'."},
    SUB_ISSUE: {"kk": "Сектордың бөлмесі екі рет басылған.", "ru": "Кабинет сектора напечатан дважды."},
}


def _office(issue: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "id": "karaganda/a",
        "kind": "rural_akim",
        "name": {"kk": "Көксу селолық округі әкімінің аппараты"},
        "source": SRC,
        "emails": [{"raw": BAD_EMAIL, "source": SRC}],
        "data_issues": [] if issue is None else [issue],
        "subunits": [
            {
                "id": "housing",
                "name": {"kk": "Тұрғын үй секторы"},
                "source": SRC,
                "data_issues": [{"code": "other", "message": SUB_ISSUE, "source": SRC}],
            }
        ],
    }


def _folder(tmp_path: Path, texts: dict[str, Any] | None, *, with_key: bool = True) -> Path:
    act = make_act()
    act["data_issues"] = [{"code": "other", "message": ACT_ISSUE, "source": SRC}]
    issue = {"code": "ambiguous-unit", "message": SVC_ISSUE, "source": SRC}
    svcs = [make_service("test-2008/a", data_issues=[issue]), make_service("test-2008/b", data_issues=[issue])]
    folder = write_folder(tmp_path / "test-2008", act, svcs, [_office()])
    overlay: dict[str, Any] = {"format": 1, "act": "test-2008", "provenance": TRANSLATION_PROVENANCE, "items": {}}
    if with_key:
        overlay["data_issues"] = texts
    (folder / "translations.json").write_text(json.dumps(overlay, ensure_ascii=False), encoding="utf-8")
    return folder


def _email_message(tmp_path: Path) -> str:
    """The loader's own message for the bad email (read from a load without translations.json)."""
    folder = write_folder(tmp_path / "plain" / "test-2008", make_act(), [], [_office()])
    (office,) = load_folders([folder]).offices
    (issue,) = [i for i in office.data_issues if i.code == "wrong-contact"]
    assert BAD_EMAIL in issue.message
    return issue.message


def _all_texts(tmp_path: Path) -> dict[str, Any]:
    email = _email_message(tmp_path)
    return {**TEXTS, email: {"kk": f"'{BAD_EMAIL}' электрондық поштасы жарамсыз", "ru": f"Адрес '{BAD_EMAIL}' неверен"}}


def test_every_issue_of_the_act_services_offices_and_subunits_gets_its_texts(tmp_path: Path) -> None:
    data = load_folders([_folder(tmp_path, _all_texts(tmp_path))])
    (act,) = data.acts
    assert act.data_issues[0].text("kk") == TEXTS[ACT_ISSUE]["kk"]
    for svc in data.services:  # one entry serves the message on both services
        (issue,) = svc.data_issues
        assert (issue.text("ru"), issue.text("en")) == (TEXTS[SVC_ISSUE]["ru"], SVC_ISSUE)
        assert issue.provenance("ru") == issue.provenance("kk") == TRANSLATION_PROVENANCE
        assert issue.provenance("en") is None and not issue.is_translation("en")
    (office,) = data.offices
    (email,) = office.data_issues  # the loader's own wrong-contact message
    assert email.text("ru") == f"Адрес '{BAD_EMAIL}' неверен"
    assert office.subunits[0].data_issues[0].message_ru == TEXTS[SUB_ISSUE]["ru"]


def test_missing_and_stale_entries_are_listed_with_every_other_problem(tmp_path: Path) -> None:
    email = _email_message(tmp_path)
    texts: dict[str, Any] = {
        ACT_ISSUE: TEXTS[ACT_ISSUE],
        "A message that no record carries.": {"kk": "х", "ru": "х"},  # stale
        email: {"kk": "пошта"},  # no ru
        SUB_ISSUE: {"kk": " x", "ru": "х"},  # surrounding space
    }  # and SVC_ISSUE has no entry
    folder = _folder(tmp_path, texts)
    overlay = json.loads((folder / "translations.json").read_text(encoding="utf-8"))
    overlay["items"] = {"person:x": {}}  # another problem of the same file
    (folder / "translations.json").write_text(json.dumps(overlay, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DataValidationError) as info:
        load_folders([folder])
    problems = "\n".join(info.value.problems)
    for expected in (
        "a record key is 'service:<id>' or 'office:<id>'",
        "data_issues['A message that no record carries.']: stale: no data issue of act 'test-2008' has this message",
        "an entry has exactly the keys 'kk' and 'ru'; got 'kk'",
        "'kk' must be a non-empty string without surrounding spaces",
        f"no Kazakh and Russian text for the data issue {SVC_ISSUE!r} (on service 'test-2008/a', service "
        "'test-2008/b'); add an entry",
    ):
        assert expected in problems, problems
    assert len(info.value.problems) == 5


def test_an_overlay_without_the_key_misses_every_message(tmp_path: Path) -> None:
    with pytest.raises(DataValidationError) as info:
        load_folders([_folder(tmp_path, None, with_key=False)])
    missing = [p for p in info.value.problems if "no Kazakh and Russian text" in p]
    assert len(missing) == 4  # the act's, the two services' one message, the sub-unit's, the email's
    with pytest.raises(DataValidationError, match=r"data_issues: expected an object"):
        load_folders([_folder(tmp_path / "list", [])])  # type: ignore[arg-type]


def test_a_folder_without_translations_json_needs_no_texts(tmp_path: Path) -> None:
    (office,) = load_folders([write_folder(tmp_path / "test-2008", make_act(), [], [_office()])]).offices
    assert all(i.message_kk is None and i.text("ru") == i.message for i in office.data_issues)


def test_a_pending_act_may_miss_entries_but_not_have_stale_ones(tmp_path: Path) -> None:
    from kzsocial._issue_texts import apply_issue_texts

    act_node = make_act()
    act_node["data_issues"] = [{"code": "other", "message": ACT_ISSUE, "source": SRC}]
    data = load_folders([write_folder(tmp_path / "test-2008", act_node, [], [_office()])])
    offices = {o.id: o for o in data.offices}  # its sub-unit's and email's messages have no entry
    problems: list[str] = []
    overlay: dict[str, Any] = {"data_issues": {ACT_ISSUE: TEXTS[ACT_ISSUE]}}
    act = apply_issue_texts(overlay, data.acts[0], {}, offices, problems, "x", pending=lambda _: True)
    assert problems == [] and act.data_issues[0].message_kk == TEXTS[ACT_ISSUE]["kk"]
    overlay["data_issues"]["gone"] = {"kk": "х", "ru": "х"}
    apply_issue_texts(overlay, data.acts[0], {}, offices, problems, "x", pending=lambda _: True)
    assert len(problems) == 1 and "stale" in problems[0]
    apply_issue_texts(overlay, data.acts[0], {}, offices, problems, "x", pending=lambda _: False)
    assert sum("no Kazakh and Russian text" in p for p in problems) == 2


def test_text_checks_the_language_and_says_when_a_translation_is_missing() -> None:
    issue = DataIssue("other", "Printed twice.", message_ru="Напечатано дважды.")
    assert issue.text("kk") == "Printed twice." and issue.provenance("kk") is None
    with pytest.raises(TextNotStatedError, match="no 'kk' text for the data issue"):
        issue.text("kk", fallback=False)
    with pytest.raises(InvalidInputError, match="unknown language 'de'; accepted: 'kk', 'ru', 'en'"):
        issue.text("de")
    with pytest.raises(InvalidTypeError, match="a language must be a str"):
        issue.is_translation(None)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="message_kk must be a non-empty text"):
        DataIssue("other", "x", message_kk="  ")
    with pytest.raises(InvalidTypeError, match="message_ru must be a str or None"):
        DataIssue("other", "x", message_ru=1)  # type: ignore[arg-type]


_texts = st.one_of(st.none(), st.text(min_size=1).map(str.strip).filter(bool))


@given(kk=_texts, ru=_texts)
def test_to_dict_and_from_dict_carry_the_translations(kk: str | None, ru: str | None) -> None:
    issue = DataIssue("misprint", "«балардың» for «балалардың»", source=Source("x.txt", 3, "балардың"),
                      message_kk=kk, message_ru=ru)
    data = to_dict(issue)
    assert (data["message_kk"], data["message_ru"]) == (kk, ru)
    back = from_dict(DataIssue, data)
    assert back == issue and back.text("ru") == (ru if ru is not None else issue.message)
    assert from_dict(DataIssue, {"code": "other", "message": "m"}).message_ru is None  # older JSON still reads


def test_the_schema_describes_the_translations() -> None:
    from kzsocial.schema import json_schema

    props = json_schema("DataIssue")["$defs"]["DataIssue"]["properties"]
    assert {"message_kk", "message_ru"} <= set(props)


def test_the_texts_change_nothing_else_of_an_issue() -> None:
    from kzsocial._issue_texts import _translated
    from kzsocial.provenance import Severity

    src = Source("x.txt", 3, "балардың")
    issue = DataIssue("misprint", "m", Severity.ERROR, src, (Source("x.txt", 4, "балалардың"),))
    (got,) = _translated((issue,), {"m": {"kk": "қ", "ru": "р"}})
    assert got == attrs.evolve(issue, message_kk="қ", message_ru="р")
    assert _translated((issue,), {}) == (issue,)
