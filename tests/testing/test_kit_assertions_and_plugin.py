"""The domain assertions, the narrowed kz_service_case, a talon for every sample case, and the plugin in a fresh
environment without hypothesis."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from conftest import ROOT
from kzsocial.calendar import OfficeHours, six_day_calendar
from kzsocial.errors import KzSocialError
from kzsocial.notices import build_receipt_or_refusal, build_talon
from kzsocial.registry import offices
from kzsocial.services import Catalog, ServiceKind, catalog
from kzsocial.testing import (
    STAND_IN_DAYS,
    SampleCase,
    assert_closed,
    assert_day_off,
    assert_documents,
    assert_due,
    assert_holiday,
    assert_open,
    assert_working_day,
    sample_case,
)
from kzsocial.testing.pytest_plugin import KZ_NOW, selected_services

KARAGANDA = "karaganda-2008/unemployed-registration"


def test_every_sample_case_builds_its_talon(kz_catalog: Catalog) -> None:
    """All 57: where the act gives no term from the submission the case carries a stand-in due_at."""
    stand_ins = 0
    for service in kz_catalog:
        case = sample_case(service, KZ_NOW)
        talon = build_talon(**case.talon_kwargs())
        assert talon.due_at is not None, service.id
        if case.due_at is not None:
            stand_ins += 1
            assert talon.due_at == KZ_NOW + dt.timedelta(days=STAND_IN_DAYS) == case.due_at
            assert talon.deadline is None
        else:
            assert talon.deadline is not None
        assert build_receipt_or_refusal(**case.receipt_kwargs(), due_at=case.due_at).service is service
    # 19 talons require the date and the act gives no term from the submission; 5 more have no such term either
    assert len(kz_catalog) == 57 and stand_ins == 24


def test_the_working_day_assertions() -> None:
    assert_working_day(dt.date(2025, 1, 5), dt.date(2025, 1, 6))
    assert_day_off(dt.date(2025, 1, 3), dt.date(2025, 1, 7), dt.date(2025, 1, 11))
    assert_working_day(dt.date(2025, 1, 11), calendar=six_day_calendar())
    with pytest.raises(AssertionError, match=r"2025-01-07 is not a working day .*Orthodox Christmas"):
        assert_working_day(dt.date(2025, 1, 6), dt.date(2025, 1, 7))
    with pytest.raises(AssertionError, match="is a working day"):
        assert_day_off(dt.date(2025, 1, 6))
    with pytest.raises(KzSocialError):
        assert_working_day()
    with pytest.raises(KzSocialError):
        assert_day_off(dt.datetime(2025, 1, 6, 10))  # type: ignore[arg-type]


def test_the_holiday_assertion() -> None:
    assert_holiday(dt.date(2024, 12, 16), dt.date(2025, 1, 7))
    assert_holiday(dt.date(2025, 3, 21), name="Наурыз")
    with pytest.raises(AssertionError, match="not a holiday"):
        assert_holiday(dt.date(2025, 1, 11))  # a Saturday: a day off, not a holiday
    with pytest.raises(AssertionError, match="not one named 'Christmas'"):
        assert_holiday(dt.date(2024, 12, 16), name="Christmas")


def test_the_due_assertion_explains_a_wrong_date() -> None:
    service = catalog().get(KARAGANDA)
    at = dt.datetime(2008, 12, 26, 18, 30)
    assert_due(service, at, dt.datetime(2009, 1, 8, 18, 0))
    assert_due(service, at, dt.date(2009, 1, 8))
    with pytest.raises(AssertionError, match=r"due 2009-01-08T18:00:00, expected 2009-01-05T18:00:00\n"):
        assert_due(service, at, dt.datetime(2009, 1, 5, 18, 0))


def test_the_documents_assertion() -> None:
    service = catalog().get(KARAGANDA)
    every = [d.id for d in service.required_documents()]
    assert_documents(service, every)
    assert_documents(service, every[1:], missing=[every[0]])
    with pytest.raises(AssertionError, match=r"also missing: identity-card"):
        assert_documents(service, every[1:])


def test_the_open_and_closed_assertions() -> None:
    office = offices().get("mangystau/employment-dept-aktau")
    assert_open(office, dt.datetime(2024, 11, 25, 10, 30), dt.datetime(2024, 11, 25, 18, 0))
    assert_closed(office, dt.datetime(2024, 11, 25, 13, 0), dt.datetime(2024, 12, 16, 10, 0))
    hours = OfficeHours.weekly("09:00", "18:00")
    assert_open(hours, dt.datetime(2024, 11, 25, 9, 0))
    with pytest.raises(AssertionError, match=r"closed at 2024-11-25T13:00:00"):
        assert_open(office, dt.datetime(2024, 11, 25, 13, 0))
    with pytest.raises(AssertionError, match="Mon–Fri 09:00–18:00 is open"):
        assert_closed(hours, dt.datetime(2024, 11, 25, 9, 0))


@pytest.mark.kz_services(act="nko-2015", kind="regulation")
def test_the_marker_narrows_the_service_cases(kz_service_case: SampleCase) -> None:
    assert kz_service_case.service.act_id == "nko-2015"
    assert kz_service_case.service.kind is ServiceKind.REGULATION


def test_selected_services_filters_and_refuses_unknown_values() -> None:
    assert [s.id for s in selected_services(id=KARAGANDA)] == [KARAGANDA]
    assert {s.act_id for s in selected_services(region="mangystau")} == {"aktau-2008"}
    both = selected_services(act=["karaganda-2008", "zhambyl-2008"], kind="standard")
    assert {s.act_id for s in both} == {"karaganda-2008", "zhambyl-2008"}
    with pytest.raises(KzSocialError, match="accepted"):
        selected_services(region="atlantis")
    with pytest.raises(KzSocialError, match="unknown filter"):
        selected_services(town="Aktau")


NARROWED = '''
import pytest

@pytest.mark.kz_services(region="zhambyl")
def test_zhambyl(kz_service_case):
    assert kz_service_case.service.act_id == "zhambyl-2008"
'''


def _run_pytest(python: str | Path, folder: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTEST_ADDOPTS", "PYTHONPATH")}
    return subprocess.run(
        [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", *extra, str(folder)],
        cwd=folder, capture_output=True, text=True, check=False, env=env, timeout=600,
    )


def test_the_marker_in_a_project_and_no_slow_plugin_warning(tmp_path: Path) -> None:
    """With hypothesis installed, loading the plugin must not trigger hypothesis' "slow code in plugin" warning
    (made an error here)."""
    (tmp_path / "test_user.py").write_text(NARROWED, encoding="utf-8")
    result = _run_pytest(sys.executable, tmp_path, "-W", "error::hypothesis.errors.HypothesisSideeffectWarning")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout
    assert "Slow code in plugin" not in result.stdout + result.stderr


TINY_PROJECT = '''
import datetime as dt
import sys

import pytest

from kzsocial.notices import build_talon
from kzsocial.testing import assert_day_off, assert_due, assert_working_day


def test_no_hypothesis_here():
    assert "hypothesis" not in sys.modules
    with pytest.raises(ImportError, match="pip install 'kzsocial\\\\[test\\\\]'"):
        from kzsocial.testing import dates  # noqa: F401


def test_assertions(kz_catalog):
    assert_working_day(dt.date(2025, 1, 5))
    assert_day_off(dt.date(2025, 1, 7))
    service = kz_catalog.get("karaganda-2008/unemployed-registration")
    assert_due(service, dt.datetime(2008, 12, 26, 18, 30), dt.datetime(2009, 1, 8, 18, 0))


@pytest.mark.kz_services(act="nko-2015")
def test_talons(kz_service_case):
    talon = build_talon(**kz_service_case.talon_kwargs())
    assert talon.due_at is not None


def test_strategies_skip(kz_strategies):
    raise AssertionError("kz_strategies must skip without hypothesis")
'''


def test_a_project_with_kzsocial_and_pytest_only_runs_its_tests(tmp_path: Path) -> None:
    """A fresh venv with kzsocial (no dependencies of its own pulled by pip), its four runtime dependencies and
    pytest: no hypothesis. The plugin loads, the fixtures and assertions work, kz_strategies skips with the reason."""
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True, symlinks=True)
    python = env_dir / "bin" / "python"
    pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    for args in ([*pip, "--no-deps", str(ROOT)],
                 [*pip, "attrs", "python-dateutil", "holidays>=0.109,<0.110", "typing-extensions", "pytest"]):
        done = subprocess.run(args, capture_output=True, text=True, check=False, timeout=900)
        assert done.returncode == 0, done.stdout + done.stderr
    check = subprocess.run([str(python), "-c", "import hypothesis"], capture_output=True, text=True, check=False)
    assert check.returncode != 0, "hypothesis must not be installed in the fresh venv"
    project = tmp_path / "project"
    project.mkdir()
    (project / "test_portal.py").write_text(TINY_PROJECT, encoding="utf-8")
    result = _run_pytest(python, project, "-rs")
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    nko = len(catalog().by_act("nko-2015"))
    assert f"{2 + nko} passed, 1 skipped" in result.stdout, out
    assert "kz_strategies needs hypothesis: install kzsocial's test extra" in result.stdout, out
