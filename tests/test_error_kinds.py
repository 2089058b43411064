"""One error per kind of fault (issue 16): for representative faults of each kind, the class raised is the one
``docs/errors.md`` ("Which error for which fault") documents, exactly (not merely a base class of it)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT
from kzsocial import errors
from kzsocial.calendar import OfficeHours, Term, compute_deadline, default_calendar
from kzsocial.errors import (
    ControlCharacterError,
    DataValidationError,
    DateOutOfRangeError,
    InvalidInputError,
    InvalidTypeError,
    MissingDocumentsError,
    MissingFieldsError,
    MissingPlaceholdersError,
    NoTermError,
    NotStatedError,
    QueryTooLongError,
    SerializationError,
    TextNotStatedError,
    UnknownActError,
    UnknownCategoryError,
    UnknownDocumentError,
    UnknownOfficeError,
    UnknownRegionError,
    UnknownServiceError,
)
from kzsocial.notices import NoticeTemplate, Person, build_talon, documents_missing
from kzsocial.provenance import LocalizedText
from kzsocial.registry import hours_text, offices
from kzsocial.serde import from_dict
from kzsocial.services import ApplicantProfile, TalonField, catalog
from kzsocial.testing import dates, sample_case

KARAGANDA = "karaganda-2008/unemployed-registration"
OFFICE = "karaganda/employment-dept-karaganda-city"
AT = dt.datetime(2008, 12, 26, 18, 30)


def _svc() -> Any:
    return catalog().get(KARAGANDA)


def _talon(**changes: Any) -> Any:
    kwargs: dict[str, Any] = {
        "submitted_at": AT,
        "documents": [d.id for d in _svc().required_documents()],
        "applicant": Person("Applicant"),
        "accepted_by": Person("Officer"),
        "office": OFFICE,
        "number": "1",
    }
    kwargs.update(changes)
    return build_talon(_svc(), **kwargs)


def _without_the_officer() -> Any:
    service = next(s for s in catalog() if s.talon is not None and TalonField.ACCEPTED_BY in s.talon.fields)
    return build_talon(**{**sample_case(service, AT).talon_kwargs(), "accepted_by": None})


def _no_term_service() -> Any:
    return next(s for s in catalog() if s.main_term is None and not s.terms)


def _bad_act_folder(tmp: Path) -> Path:
    folder = tmp / "broken"
    folder.mkdir()
    (folder / "act.json").write_text(json.dumps({"format": 1, "id": 5}), encoding="utf-8")
    return folder


# (the kind of fault, the documented class, a call that commits it)
FAULTS: list[tuple[str, type[errors.KzSocialError], Callable[[], object]]] = [
    ("wrong type: a str where a date is expected", InvalidTypeError, lambda: default_calendar().is_working_day("x")),
    ("wrong type: a service id where a ServiceDefinition is expected", InvalidTypeError,
     lambda: build_talon(KARAGANDA, submitted_at=AT, documents=[], applicant=None, accepted_by=None, office=None)),  # type: ignore[arg-type]
    ("bad value: a negative term", InvalidInputError, lambda: Term(-1, "working_days")),
    ("bad value: an unknown enum value", InvalidInputError, lambda: _svc().offices_for("janitor")),
    ("bad value: an unknown enum value (channel)", InvalidInputError, lambda: _svc().required_documents(channel="fax")),
    ("bad value: an unknown language", InvalidInputError, lambda: LocalizedText("a").is_translation("de")),
    ("bad value: an unknown language (hours text)", InvalidInputError,
     lambda: hours_text(OfficeHours.weekly(dt.time(9), dt.time(18)), "de")),
    ("unknown service id", UnknownServiceError, lambda: catalog().get("karaganda-2008/nothing")),
    ("unknown office id", UnknownOfficeError, lambda: offices().get("karaganda/nothing")),
    ("unknown office id (as an argument)", UnknownOfficeError, lambda: _svc().deadline(AT, office="karaganda/no")),
    ("unknown act id", UnknownActError, lambda: catalog().by_act("nowhere-1999")),
    ("unknown region", UnknownRegionError, lambda: catalog().by_region("Atlantis")),
    ("unknown document id of a service (talon)", UnknownDocumentError, lambda: _talon(documents=["passport"])),
    ("unknown document id of a service (notice)", UnknownDocumentError,
     lambda: documents_missing(_svc(), missing=["passport"], office=None)),
    ("unknown document id of a service (forms)", UnknownDocumentError, lambda: _svc().forms_for("passport")),
    ("unknown applicant category", UnknownCategoryError, lambda: ApplicantProfile(frozenset({"martian"}))),
    ("the act states no term", NoTermError, lambda: _no_term_service().deadline(AT)),
    ("the act states no text in a language", TextNotStatedError,
     lambda: LocalizedText("мәтін").get("ru", fallback=False)),
    ("a date outside the calendar's range", DateOutOfRangeError,
     lambda: default_calendar().is_working_day(dt.date(1900, 1, 1))),
    ("a date outside the calendar's range (testing kit)", DateOutOfRangeError,
     lambda: dates(min_value=dt.date(1900, 1, 1))),
    ("a deadline past the calendar's range", DateOutOfRangeError,
     lambda: compute_deadline(Term(10, "working_days"), dt.datetime(2100, 12, 30, 10, 0), hours=None)),
    ("required documents not handed in", MissingDocumentsError, lambda: _talon(documents=[])),
    ("fields the act requires not given", MissingFieldsError, lambda: _without_the_officer()),
    ("template placeholders not filled", MissingPlaceholdersError,
     lambda: NoticeTemplate("№ ((number))").fill({})),
    ("a control character in an identifier", ControlCharacterError, lambda: _talon(number="1\x1b[2J")),
    ("a search query too long", QueryTooLongError, lambda: catalog().search("ж" * 10_000)),
    ("JSON of the wrong shape for a value", SerializationError, lambda: from_dict(Term, {"n": "ten"})),
]


@pytest.mark.parametrize(("kind", "cls", "call"), FAULTS, ids=[f[0] for f in FAULTS])
def test_each_fault_raises_its_documented_class(
    kind: str, cls: type[errors.KzSocialError], call: Callable[[], object]
) -> None:
    with pytest.raises(errors.KzSocialError) as info:
        call()
    assert type(info.value) is cls, f"{kind}: raised {type(info.value).__name__}, documented {cls.__name__}"


def test_invalid_act_data_is_a_data_validation_error(tmp_path: Path) -> None:
    from kzsocial.loader import load_data

    with pytest.raises(DataValidationError) as info:
        load_data(_bad_act_folder(tmp_path))
    assert type(info.value) is DataValidationError and info.value.problems


def test_the_unified_classes_keep_the_old_ones() -> None:
    # a document id that names nothing is a not-found now, and still the ValueError build_talon raised before
    assert issubclass(UnknownDocumentError, errors.NotFoundError)
    assert issubclass(UnknownDocumentError, InvalidInputError)
    assert UnknownDocumentError.status == 404
    # a text missing in a language is a fact not stated, and still the NotFoundError it was
    assert issubclass(TextNotStatedError, NotStatedError) and issubclass(TextNotStatedError, errors.NotFoundError)
    assert TextNotStatedError.status == 422
    # a date outside the range is still an InvalidInputError
    assert issubclass(DateOutOfRangeError, InvalidInputError)


def test_every_error_class_is_documented_with_its_faults() -> None:
    page = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    section = page.split("## Which error for which fault", 1)[1].split("\n| error |", 1)[0]
    bullets = [line.split(":", 1)[0] for line in section.splitlines() if line.startswith("- `")]
    for cls in errors.error_classes():
        assert any(f"`{cls.__name__}`" in b for b in bullets), f"docs/errors.md: say what {cls.__name__} stands for"



def test_the_faults_here_name_only_public_classes() -> None:
    assert all(c.__name__ in errors.__all__ for _, c, _ in FAULTS)
