"""One vocabulary of applicant categories, the questions a portal asks, and answering them into a profile."""

from __future__ import annotations

import functools
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzsocial._data import load_folders
from kzsocial.errors import DataValidationError, InvalidInputError, InvalidTypeError, UnknownCategoryError
from kzsocial.services import (
    ApplicantProfile,
    CategoryKind,
    Condition,
    DocumentRequirement,
    ServiceDefinition,
    applicant_categories,
    applicant_category,
    catalog,
)
from model.factories import make_act, make_service, write_folder

ROOT = Path(__file__).resolve().parents[2]
VOCABULARY = tuple(c.id for c in applicant_categories())
STATUS = tuple(c.id for c in applicant_categories() if c.kind is CategoryKind.STATUS)
OTHER = tuple(t for t in VOCABULARY if t not in STATUS)


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


@functools.cache
def _acts_text() -> str:
    return "\n".join(_normal(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "sources").glob("00*.txt")))


def _conditions(svc: ServiceDefinition) -> list[Condition]:
    found = [t.condition for t in svc.terms if t.condition is not None]
    for doc in svc.documents:
        found += [d.condition for d in (doc, *doc.alternatives) if d.condition is not None]
    return found


# -- the vocabulary ---------------------------------------------------------------------------------------------


def test_every_tag_of_the_catalogue_is_in_the_vocabulary_and_every_category_is_used() -> None:
    used = {t for svc in catalog() for c in _conditions(svc) for t in c.applies_to | c.not_for}
    assert used <= set(VOCABULARY)
    assert set(VOCABULARY) - used == set(), "categories no act uses"


def test_one_spelling_per_category() -> None:
    """The merged spellings are gone from the data (issue 13: two spellings of one category)."""
    used = {t for svc in catalog() for c in _conditions(svc) for t in c.applies_to | c.not_for}
    for old in ("equated_to_war_participant", "under_16", "war_disabled", "equated_to_war_disabled",
                "disabled_group_1", "disabled_group_2", "disabled_group_3", "child"):  # fmt: skip
        assert old not in used and old not in VOCABULARY
    labels = [c.label.en for c in applicant_categories()]
    assert len(labels) == len(set(labels))


def test_every_category_has_three_languages_and_a_question() -> None:
    for c in applicant_categories():
        for text in (c.label, c.question):
            assert text.kk and text.ru and text.en, c.id
        assert all(q.endswith("?") for q in (c.question.kk, c.question.ru, c.question.en)), c.id
        assert re.fullmatch(r"[a-z][a-z0-9_]*", c.id)


def test_every_category_phrase_stands_in_an_act() -> None:
    text = _acts_text()
    missing = [(c.id, p) for c in applicant_categories() for p in c.phrases if _normal(p) not in text]
    assert missing == []


def test_statuses_are_the_five_kinds_of_applicant() -> None:
    assert STATUS == ("citizen", "foreigner", "stateless", "oralman", "legal_entity")


def test_unknown_tags_are_refused_with_the_accepted_list() -> None:
    with pytest.raises(UnknownCategoryError) as info:
        ApplicantProfile.of("forigner")
    assert isinstance(info.value, ValueError) and isinstance(info.value, InvalidInputError)
    assert info.value.unknown == ("forigner",)
    assert "foreigner" in info.value.accepted and "accepted: abandoned_child" in str(info.value)
    with pytest.raises(UnknownCategoryError, match="forigner, x_y"):
        ApplicantProfile(frozenset({"x_y", "forigner"}))
    with pytest.raises(UnknownCategoryError):
        Condition(frozenset({"war_disabled"}))
    with pytest.raises(UnknownCategoryError):
        applicant_category("under_16")
    with pytest.raises(InvalidTypeError):
        applicant_category(16)  # type: ignore[arg-type]
    assert applicant_category("child_under_16").label.ru == "ребёнок до 16 лет"


def test_the_loader_rejects_unknown_tags_listing_them() -> None:
    svc = make_service("test-2008/housing")
    svc["documents"][1]["condition"] = {"applies_to": ["forigner", "stateless"], "not_for": ["war_disabled"]}
    folder = write_folder(Path(tempfile.mkdtemp()) / "test-2008", make_act(), [svc])
    with pytest.raises(DataValidationError) as info:
        load_folders([folder])
    (problem,) = info.value.problems
    assert "unknown applicant categories 'forigner', 'war_disabled'" in problem
    assert "documents[1].condition" in problem and "accepted: abandoned_child" in problem


# -- questions and answers --------------------------------------------------------------------------------------


def _reference_applies(doc: DocumentRequirement, answers: dict[str, bool]) -> bool:
    """The obvious reading of a condition against yes/no answers, without building a profile."""
    yes = {t for t, a in answers.items() if a}
    if not yes & set(STATUS) and answers.get("citizen", True):
        yes.add("citizen")
    c = doc.condition
    if c is None:
        return True
    if any(t in yes for t in c.not_for):
        return False
    return not c.applies_to or any(t in yes for t in c.applies_to)


@st.composite
def _service_and_answers(draw: st.DrawFn) -> tuple[ServiceDefinition, dict[str, bool]]:
    svc = draw(st.sampled_from(list(catalog())))
    tags = [q.tag for q in svc.questions()]
    answers = draw(st.dictionaries(st.sampled_from(tags), st.booleans()) if tags else st.just({}))
    status_yes = [t for t, a in answers.items() if a and t in STATUS]
    for extra in status_yes[1:]:  # one status only
        answers[extra] = False
    return svc, answers


@given(_service_and_answers())
def test_answers_give_the_documents_their_conditions_say(case: tuple[ServiceDefinition, dict[str, bool]]) -> None:
    svc, answers = case
    profile = svc.profile_from_answers(answers)
    assert profile == ApplicantProfile.from_answers(answers)
    expected = tuple(d for d in svc.documents if d.required and _reference_applies(d, answers))
    assert svc.required_documents(profile) == expected
    optional = tuple(d for d in svc.documents if not d.required and _reference_applies(d, answers))
    assert svc.optional_documents(profile) == optional


@st.composite
def _full_profiles(draw: st.DrawFn) -> ApplicantProfile:
    status = draw(st.sampled_from(STATUS))
    return ApplicantProfile(frozenset({status, *draw(st.sets(st.sampled_from(OTHER), max_size=8))}))


@given(st.sampled_from(list(catalog())), _full_profiles())
def test_the_questions_cover_every_condition_that_changes_the_list(
    svc: ServiceDefinition, profile: ApplicantProfile
) -> None:
    """Whoever the applicant is, answering only this service's questions truthfully gives their list."""
    answers = {q.tag: q.tag in profile.tags for q in svc.questions()}
    answered = svc.profile_from_answers(answers)
    assert svc.required_documents(answered) == svc.required_documents(profile)
    assert svc.optional_documents(answered) == svc.optional_documents(profile)
    for channel in svc.channels:
        answers = {q.tag: q.tag in profile.tags for q in svc.questions(channel=channel)}
        answered = ApplicantProfile.from_answers(answers)
        assert svc.required_documents(answered, channel=channel) == svc.required_documents(profile, channel=channel)


def test_every_question_names_the_documents_that_depend_on_it() -> None:
    for svc in catalog():
        ids = {d.id for d in svc.documents}
        for q in svc.questions():
            assert q.documents and set(q.documents) <= ids, (svc.id, q.tag)
            for doc_id in q.documents:
                doc = next(d for d in svc.documents if d.id == doc_id)
                conditions = [d.condition for d in (doc, *doc.alternatives) if d.condition is not None]
                assert any(q.tag in c.applies_to | c.not_for for c in conditions)


def test_questions_of_standard_1_and_its_answers() -> None:
    svc = catalog().get("karaganda-2008/unemployed-registration")
    qs = svc.questions()
    assert [q.tag for q in qs] == ["foreigner", "stateless", "oralman"]
    assert qs[0].text.ru == "Вы иностранный гражданин?" and qs[0].documents == ("foreigner-residence-permit",)
    citizen = [d.id for d in svc.required_documents(svc.profile_from_answers({}))]
    assert citizen == [d.id for d in svc.required_documents(None)]
    with pytest.raises(InvalidInputError, match="one status"):
        svc.profile_from_answers({"foreigner": True, "stateless": True})
    with pytest.raises(InvalidInputError, match="no question disabled; its questions: foreigner, oralman"):
        svc.profile_from_answers({"disabled": True})
    with pytest.raises(InvalidTypeError):
        svc.profile_from_answers({"foreigner": "yes"})  # type: ignore[dict-item]
    with pytest.raises(InvalidTypeError):
        ApplicantProfile.from_answers(["foreigner"])  # type: ignore[arg-type]


def test_a_citizen_who_says_no_to_citizenship_has_no_status() -> None:
    assert ApplicantProfile.from_answers({"citizen": False}).tags == frozenset()
    assert ApplicantProfile.from_answers({"citizen": True, "married": True}).tags == {"citizen", "married"}


def test_the_loader_checks_form_annexes_and_reads_supplied_documents() -> None:
    svc = make_service("test-2008/housing")
    svc["documents"][0]["form_annexes"] = ["2"]
    form = {"annex": "1", "kind": "application", "title": {"kk": "Өтініш"}, "source": {"line": 1, "text": "T"}}
    svc["forms"] = [form]
    folder = write_folder(Path(tempfile.mkdtemp()) / "test-2008", make_act(), [svc])
    with pytest.raises(DataValidationError, match="names form annex '2', not in its forms"):
        load_folders([folder])
    svc["documents"][0]["form_annexes"] = ["1"]
    svc["supplied_documents"] = [
        {"supplier": {"text": {"kk": "мекеме"}, "source": {"line": 1, "text": "T"}},
         "documents": [{"id": "act", "name": {"kk": "акт"}, "source": {"line": 1, "text": "T"}}]}
    ]  # fmt: skip
    folder = write_folder(Path(tempfile.mkdtemp()) / "test-2008", make_act(), [svc])
    loaded = load_folders([folder]).services[0]
    assert [f.annex for f in loaded.forms_for("id-card")] == ["1"]
    assert [d.id for d in loaded.supplied_documents[0].documents] == ["act"]
    assert "act" not in {d.id for d in loaded.required_documents(None)}
    with pytest.raises(LookupError):
        loaded.forms_for("no-such-document")
