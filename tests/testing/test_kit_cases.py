"""The sample cases and the pytest plugin's fixtures, used as a project built on kzsocial would use them."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given

import kzsocial.testing
from kzsocial.calendar import WorkCalendar
from kzsocial.errors import KzSocialError, MissingDocumentsError, MissingFieldsError
from kzsocial.notices import RefusalReceipt, Talon, build_receipt_or_refusal, build_talon
from kzsocial.registry import OfficeRegistry
from kzsocial.services import Catalog, ServiceDefinition, TermStart
from kzsocial.testing import SampleApplicant, SampleCase, cases, sample_case
from kzsocial.testing.pytest_plugin import KZ_NOW

PUBLIC = {
    "EXECUTOR", "KAZAKH_TIME_ZONES", "MAX_DATE", "MIN_DATE", "OFFICER", "REGISTERED_TYPES", "TERM_LIMITS",
    "SampleApplicant", "SampleCase", "applicant_profiles", "calendars", "cases", "dates", "document_sets",
    "office_hours", "offices", "persons", "profile_tags", "register_strategies", "sample_applicants", "sample_case",
    "services", "staged_terms", "submission_moments", "synthetic_case_log", "terms",
    "STAND_IN_DAYS", "stand_in_due", "assert_closed", "assert_day_off", "assert_documents", "assert_due",
    "assert_holiday", "assert_open", "assert_working_day",
}
_SUBMISSION = (TermStart.SUBMISSION, TermStart.REGISTRATION, TermStart.DOCUMENTS_COMPLETE)


def _lacking(case: SampleCase) -> set[str]:
    """The talon fields a case with every person and number can still lack: what the act or the registry lacks."""
    term = case.service.term_for(case.channel)
    lacking = set()
    if term is None or term.starts_from not in _SUBMISSION:
        lacking.add("due_at")  # the act gives no term from the submission to compute it
    if case.office is not None and not any(p.kind.value == "phone" for p in case.office.phones):
        lacking.add("office_phone")  # the act prints no phone for this office
    return lacking


def test_the_kit_exports_exactly_its_public_names() -> None:
    assert set(kzsocial.testing.__all__) == PUBLIC
    assert all(hasattr(kzsocial.testing, name) for name in PUBLIC)


def test_session_fixtures(kz_catalog: Catalog, kz_offices: OfficeRegistry, kz_calendar: WorkCalendar) -> None:
    assert len(kz_catalog) >= 54 and len(kz_offices) >= 264
    assert kz_calendar.week == 5
    assert not kz_calendar.is_working_day(dt.date(2025, 1, 3)) and kz_calendar.is_working_day(dt.date(2025, 1, 5))


def test_now_is_frozen(kz_now: dt.datetime) -> None:
    assert kz_now == KZ_NOW == dt.datetime(2024, 11, 25, 10, 30, tzinfo=ZoneInfo("Asia/Almaty"))



def test_the_issues_form_builds_all_57_talons_and_receipts(kz_catalog: Catalog) -> None:
    """Issue 13: ``build_talon(**case.talon_kwargs())`` (the service among the keywords) for every service; the
    receipt's keywords carry the service too, and the old positional form now fails loudly, not silently."""
    built = 0
    for service in kz_catalog:
        case = sample_case(service, KZ_NOW)
        kwargs = case.talon_kwargs()
        assert kwargs["service"] is service
        talon = build_talon(**kwargs)
        assert talon.service is service and talon.due_at is not None, service.id
        assert build_receipt_or_refusal(**case.receipt_kwargs(), due_at=case.due_at).service is service
        built += 1
    assert built == 57
    case = sample_case(kz_catalog.get("karaganda-2008/unemployed-registration"), KZ_NOW)
    with pytest.raises(TypeError, match="service"):
        build_talon(case.service, **case.talon_kwargs())

@pytest.mark.kz_now(dt.datetime(2008, 12, 26, 18, 30, tzinfo=ZoneInfo("Asia/Almaty")))
def test_now_from_the_marker(kz_now: dt.datetime, kz_sample_cases: dict[str, SampleCase]) -> None:
    assert kz_now.year == 2008
    case = kz_sample_cases["karaganda-2008/unemployed-registration"]
    assert case.submitted_at == kz_now
    talon = build_talon(**case.talon_kwargs())
    assert talon.due_at is not None
    assert talon.due_at.replace(tzinfo=None) == dt.datetime(2009, 1, 8, 18, 0)  # the act's example (REFERENCE §1)


def test_sample_applicants(kz_applicants: tuple[SampleApplicant, ...]) -> None:
    labels = [a.label for a in kz_applicants]
    assert len(set(labels)) == len(labels)
    assert kz_applicants[0].profile is None and kz_applicants[0].person.phone
    assert any(a.person.phone is None for a in kz_applicants)


def test_a_sample_case_for_every_service(kz_catalog: Catalog, kz_sample_cases: dict[str, SampleCase]) -> None:
    assert list(kz_sample_cases) == [s.id for s in kz_catalog]
    for case in kz_sample_cases.values():
        assert case.check().complete, case.service.id
        assert case.office is None or case.office.act_id == case.service.act_id


def test_each_service_case_builds_its_talon_or_says_why(kz_service_case: SampleCase) -> None:
    """The talon of a complete case builds, with due_at equal to the service's deadline, unless the act's own gaps
    stop it: a term from another event, or none at all (then only a missing due_at field may stop it)."""
    case = kz_service_case
    service: ServiceDefinition = case.service
    term = service.term_for(case.channel)
    try:
        talon = build_talon(**case.talon_kwargs())
    except MissingFieldsError as exc:
        assert exc.missing and set(exc.missing) <= _lacking(case), exc
        if "due_at" in exc.missing:
            with pytest.raises(KzSocialError):
                service.deadline(case.submitted_at, office=case.office, channel=case.channel)
        return
    assert isinstance(talon, Talon)
    assert [d.id for d in talon.documents] == list(case.documents)
    if term is not None and term.starts_from in _SUBMISSION:
        expected = service.deadline(case.submitted_at, office=case.office, channel=case.channel)
        assert talon.due_at == expected.due_at
        assert talon.due_at is not None and talon.due_at > case.submitted_at


@given(cases(complete=True, min_value=dt.date(1995, 1, 1), max_value=dt.date(2095, 12, 31)))
def test_complete_cases_never_raise_missing_documents(case: SampleCase) -> None:
    assert case.check().complete
    try:
        build_talon(**case.talon_kwargs())
    except MissingFieldsError as exc:
        assert exc.missing and set(exc.missing) <= _lacking(case), exc


@given(cases(complete=False, min_value=dt.date(1995, 1, 1), max_value=dt.date(2095, 12, 31)))
def test_incomplete_cases_are_refused(case: SampleCase) -> None:
    check = case.check()
    assert check.missing
    with pytest.raises(MissingDocumentsError):
        build_talon(**case.talon_kwargs())
    spec = case.service.talon
    if spec is not None and spec.has_refusal_receipt:
        receipt = build_receipt_or_refusal(**case.receipt_kwargs())
        assert isinstance(receipt, RefusalReceipt)
        assert {d.id for d in receipt.missing} == {d.id for d in check.missing}


def test_sample_case_checks_its_arguments(kz_catalog: Catalog) -> None:
    with pytest.raises(KzSocialError):
        sample_case("karaganda-2008/unemployed-registration", KZ_NOW)  # type: ignore[arg-type]
    with pytest.raises(KzSocialError):
        sample_case(kz_catalog[0], dt.date(2024, 1, 1))  # type: ignore[arg-type]


def test_import_kzsocial_does_not_import_hypothesis() -> None:
    code = "import sys, kzsocial, kzsocial.cli; assert 'hypothesis' not in sys.modules, 'hypothesis imported'"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


PLUGIN_USER = '''
import datetime as dt
from hypothesis import given, settings, strategies as st
from kzsocial.registry import Office
from kzsocial.services import ServiceDefinition

@settings(max_examples=5)
@given(st.from_type(ServiceDefinition), st.from_type(Office))
def test_from_type_without_importing_the_kit(service, office):
    assert service.id and office.id

def test_fixtures_without_a_conftest(kz_now, kz_catalog, kz_sample_cases):
    assert kz_now.tzinfo is not None and len(kz_sample_cases) == len(kz_catalog)
'''


def test_the_entry_points_work_in_a_project_without_conftest(tmp_path: Path) -> None:
    """Installed kzsocial registers its strategies with hypothesis and its fixtures with pytest, by itself."""
    (tmp_path / "test_user.py").write_text(PLUGIN_USER, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_ADDOPTS"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path / "test_user.py")],
        cwd=tmp_path, capture_output=True, text=True, check=False, env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


@pytest.mark.parametrize(
    ("max_tags", "error"), [(0, "InvalidInputError"), (-1, "InvalidInputError"), ("3", "InvalidTypeError"),
                            (True, "InvalidTypeError"), ([[3]], "InvalidTypeError")]
)
def test_applicant_profiles_checks_max_tags_when_called(max_tags: object, error: str) -> None:
    from kzsocial import errors
    from kzsocial.testing import applicant_profiles

    with pytest.raises(getattr(errors, error), match=r"^max_tags must be an int >= 1, got "):
        applicant_profiles(max_tags=max_tags)  # type: ignore[arg-type]


def test_the_offices_strategy_checks_its_filters_types() -> None:
    from kzsocial.errors import InvalidTypeError
    from kzsocial.testing import offices

    with pytest.raises(InvalidTypeError, match=r"^region must be a str"):
        offices(region=["karaganda"])  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"^with_hours must be True, False or None"):
        offices(with_hours=1)  # type: ignore[arg-type]


def test_the_lazy_strategy_names_are_the_strategies_modules_own() -> None:
    # kzsocial.testing lists them by hand so that hypothesis is imported only on first use; the list stays true
    import kzsocial.testing._strategies as strategies

    functions = {n for n in strategies.__all__ if callable(getattr(strategies, n))}
    assert functions == kzsocial.testing._STRATEGIES
