"""The pytest plugin: fixtures for testing code built on kzsocial.

Installed with kzsocial under the ``pytest11`` entry point, so pytest loads it by itself; disable it with
``-p no:kzsocial``. Every fixture name starts with ``kz_`` so it cannot clash with a project's own fixtures.

- ``kz_catalog``, ``kz_offices``, ``kz_calendar`` (session): the packaged catalogue, office registry and the
  five-day-week work calendar.
- ``kz_now``: a frozen "now", the fixed aware moment :data:`KZ_NOW` (Monday 25 November 2024, 10:30 in
  Asia/Almaty); never the clock. Mark a test ``@pytest.mark.kz_now(datetime)`` for another moment.
- ``kz_applicants``: :func:`~kzsocial.testing.sample_applicants`, a fixed cast of applicants.
- ``kz_sample_cases``: a :class:`~kzsocial.testing.SampleCase` for each service of the catalogue, submitted at
  ``kz_now``, as a dict by service id.
- ``kz_service_case``: the same cases one at a time; a test that asks for it runs once per service. Narrow it
  with ``@pytest.mark.kz_services(act=..., kind=..., region=..., id=...)`` (each a value or a list of values).
- ``kz_strategies``: the module of hypothesis strategies (:mod:`kzsocial.testing`); a test asking for it is
  skipped, with the reason, where hypothesis is not installed.

The plugin imports neither hypothesis nor anything that does: a project with kzsocial and pytest alone runs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from kzsocial._checks import brief
from kzsocial.calendar import WorkCalendar
from kzsocial.errors import InvalidTypeError
from kzsocial.registry import OfficeRegistry
from kzsocial.services import Catalog
from kzsocial.testing._cases import SampleApplicant, SampleCase, sample_applicants, sample_case

if TYPE_CHECKING:
    from types import ModuleType

    from kzsocial.services import ServiceDefinition

__all__ = [
    "KZ_NOW",
    "kz_applicants",
    "kz_calendar",
    "kz_catalog",
    "kz_now",
    "kz_offices",
    "kz_sample_cases",
    "kz_service_case",
    "kz_strategies",
    "pytest_configure",
    "pytest_generate_tests",
    "selected_services",
]

KZ_NOW = dt.datetime(2024, 11, 25, 10, 30, tzinfo=ZoneInfo("Asia/Almaty"))
"""The frozen "now" of the ``kz_now`` fixture: Monday 25 November 2024, 10:30 in Asia/Almaty (a working day)."""


def pytest_configure(config: pytest.Config) -> None:
    """Register the plugin's markers."""
    config.addinivalue_line(
        "markers", "kz_now(moment): the aware datetime the kz_now fixture (and the sample cases) use for this test"
    )
    config.addinivalue_line(
        "markers",
        "kz_services(act=None, kind=None, region=None, id=None): the services kz_service_case runs for "
        "(each a value or a list of values)",
    )


_FILTERS = ("act", "kind", "region", "id")


def _values(value: object, what: str) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, Iterable):
        out = {str(getattr(v, "value", v)) for v in value}
        if out:
            return out
    elif value is not None and hasattr(value, "value"):
        return {str(value.value)}
    raise InvalidTypeError(f"@pytest.mark.kz_services({what}=...) takes a str or a list of str, got {brief(value)}")


def selected_services(**filters: object) -> list[ServiceDefinition]:
    """The services of the catalogue that pass the ``kz_services`` marker's filters (``act``, ``kind``,
    ``region``, ``id``); an unknown filter or a filter matching nothing is an error naming the accepted values."""
    from kzsocial.services import catalog

    cat = catalog()
    unknown = sorted(set(filters) - set(_FILTERS))
    if unknown:
        raise InvalidTypeError(f"@pytest.mark.kz_services: unknown filter(s) {unknown}; accepted: {list(_FILTERS)}")
    regions = {a.id: a.region for a in cat.acts}
    keys: dict[str, Callable[[ServiceDefinition], str]] = {
        "act": lambda s: s.act_id,
        "kind": lambda s: s.kind.value,
        "region": lambda s: regions[s.act_id],
        "id": lambda s: s.id,
    }
    chosen = list(cat)
    for name, value in filters.items():
        if value is None:
            continue
        wanted = _values(value, name)
        known = {keys[name](s) for s in cat}
        if not wanted <= known:
            from kzsocial.errors import InvalidInputError

            raise InvalidInputError(
                f"@pytest.mark.kz_services({name}=...): unknown {sorted(wanted - known)}; accepted: {sorted(known)}"
            )
        chosen = [s for s in chosen if keys[name](s) in wanted]
    return chosen


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run a test that asks for ``kz_service_case`` once per service of the catalogue (or of its
    ``kz_services`` marker)."""
    if "kz_service_case" in metafunc.fixturenames:
        filters: dict[str, object] = {}
        for marker in metafunc.definition.iter_markers("kz_services"):
            if marker.args:
                raise InvalidTypeError("@pytest.mark.kz_services takes keywords: act=, kind=, region=, id=")
            for key, value in marker.kwargs.items():
                filters.setdefault(key, value)
        ids = [s.id for s in selected_services(**filters)]
        metafunc.parametrize("kz_service_case", ids, indirect=True, ids=ids)


@pytest.fixture(scope="session")
def kz_catalog() -> Catalog:
    """The packaged catalogue of services."""
    from kzsocial.services import catalog

    return catalog()


@pytest.fixture(scope="session")
def kz_offices() -> OfficeRegistry:
    """The packaged registry of offices."""
    from kzsocial.registry import offices

    return offices()


@pytest.fixture(scope="session")
def kz_calendar() -> WorkCalendar:
    """Kazakhstan's work calendar for the five-day week."""
    from kzsocial.calendar import default_calendar

    return default_calendar()


@pytest.fixture
def kz_now(request: pytest.FixtureRequest) -> dt.datetime:
    """A frozen, aware "now": :data:`KZ_NOW`, or the moment of the test's ``kz_now`` marker."""
    marker = request.node.get_closest_marker("kz_now")
    if marker is None:
        return KZ_NOW
    moment = marker.args[0] if marker.args else marker.kwargs.get("moment")
    if not isinstance(moment, dt.datetime) or moment.tzinfo is None:
        raise InvalidTypeError(f"@pytest.mark.kz_now takes an aware datetime.datetime, got {brief(moment)}")
    return moment


@pytest.fixture(scope="session")
def kz_applicants() -> tuple[SampleApplicant, ...]:
    """A fixed cast of applicants (citizen, foreigner, stateless, oralman, disabled, ...)."""
    return sample_applicants()


@pytest.fixture
def kz_sample_cases(kz_catalog: Catalog, kz_now: dt.datetime) -> dict[str, SampleCase]:
    """One sample case for each service, submitted at ``kz_now``, by service id."""
    return {s.id: sample_case(s, kz_now) for s in kz_catalog}


@pytest.fixture
def kz_service_case(request: pytest.FixtureRequest, kz_catalog: Catalog, kz_now: dt.datetime) -> SampleCase:
    """The sample case of one service (the test runs once per service)."""
    service_id = getattr(request, "param", None)
    if service_id is None:  # pragma: no cover - pytest_generate_tests always parametrizes it
        raise InvalidTypeError("kz_service_case is parametrized by the kzsocial plugin; is it disabled?")
    return sample_case(kz_catalog.get(service_id), kz_now)


@pytest.fixture(scope="session")
def kz_strategies() -> ModuleType:
    """:mod:`kzsocial.testing` with its hypothesis strategies loaded; skips the test when hypothesis is missing."""
    import importlib

    pytest.importorskip(
        "hypothesis",
        reason="kz_strategies needs hypothesis: install kzsocial's test extra (pip install 'kzsocial[test]')",
    )
    module = importlib.import_module("kzsocial.testing")
    module.register_strategies()
    return module
