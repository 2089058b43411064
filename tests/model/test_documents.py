"""Required documents per applicant profile, and checking a submitted set."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzsocial._data import load_folders
from kzsocial.errors import InvalidInputError, InvalidTypeError
from kzsocial.services import ApplicantProfile, ServiceDefinition, check_documents
from model.factories import SRC, make_act, make_service, write_folder


@functools.cache
def _build() -> ServiceDefinition:
    folder = Path(tempfile.mkdtemp()) / "test-2008"
    svc = make_service(
        "test-2008/housing",
        refusal_grounds=[
            {"text": {"kk": "құжаттардың қажетті тізбесі тапсырылмаған жағдайда"}, "source": SRC},
            {"text": {"kk": "табыс деңгейі жоғары болса"}, "source": SRC},
        ],
    )
    svc["documents"].append(
        {"id": "photo", "name": {"kk": "фото"}, "source": SRC, "required": False},
    )
    return load_folders([write_folder(folder, make_act(), [svc])]).services[0]


@pytest.fixture
def service() -> ServiceDefinition:
    return _build()


def test_citizen_is_the_default_profile(service: ServiceDefinition) -> None:
    assert service.required_documents(None) == service.required_documents(ApplicantProfile.citizen())
    assert [d.id for d in service.required_documents()] == ["id-card"]
    assert [d.id for d in service.optional_documents()] == ["photo"]


def test_conditional_document_applies_to_its_profiles(service: ServiceDefinition) -> None:
    assert [d.id for d in service.required_documents(ApplicantProfile.of("foreigner"))] == ["id-card", "residence"]
    assert [d.id for d in service.required_documents(ApplicantProfile.of("stateless"))] == ["id-card", "residence"]
    assert [d.id for d in service.required_documents(ApplicantProfile.of("oralman"))] == ["id-card"]


def test_missing_documents_are_named_with_the_refusal_ground(service: ServiceDefinition) -> None:
    check = check_documents(service, [], ApplicantProfile.of("foreigner"))
    assert [d.id for d in check.missing] == ["id-card", "residence"]
    assert check.is_refusal_ground
    assert [g.text.kk for g in check.refusal_grounds] == ["құжаттардың қажетті тізбесі тапсырылмаған жағдайда"]


def test_an_alternative_satisfies_the_requirement(service: ServiceDefinition) -> None:
    check = check_documents(service, ["id-card", "stateless-card"], ApplicantProfile.of("stateless"))
    assert check.complete and not check.is_refusal_ground
    assert [d.id for d in check.accepted] == ["id-card", "residence"]


def test_unknown_ids_are_reported(service: ServiceDefinition) -> None:
    assert check_documents(service, ["id-card", "passport-x"]).unexpected == ("passport-x",)


@given(st.sets(st.sampled_from(["id-card", "residence", "stateless-card", "photo", "other"])),
       st.sets(st.sampled_from(["citizen", "foreigner", "stateless", "oralman"]), min_size=1))
def test_check_partitions_the_required_documents(submitted: set[str], tags: set[str]) -> None:
    svc = _build()
    profile = ApplicantProfile(frozenset(tags))
    check = check_documents(svc, submitted, profile)
    needed = svc.required_documents(profile)
    assert set(check.accepted) | set(check.missing) == set(needed)
    assert not set(check.accepted) & set(check.missing)
    assert check.complete == (not check.missing)
    for doc in check.accepted:
        assert doc.ids & submitted


def test_bad_inputs_raise_library_errors(service: ServiceDefinition) -> None:
    with pytest.raises(InvalidTypeError):
        check_documents(service, "id-card")
    with pytest.raises(InvalidTypeError):
        check_documents(service, [42])  # type: ignore[list-item]
    with pytest.raises(InvalidInputError):
        ApplicantProfile.of("Foreigner")
    with pytest.raises(InvalidInputError):
        service.required_documents(channel="post")
