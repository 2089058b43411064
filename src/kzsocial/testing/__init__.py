"""kzsocial's testers' kit: hypothesis strategies, sample cases, domain assertions and a pytest plugin. Public and
versioned.

For projects built on kzsocial (portals, integrations) and for kzsocial's own tests. The strategies need
``hypothesis`` (the ``test`` extra installs it) and are imported on first use: the assertions
(:func:`assert_working_day`, :func:`assert_day_off`, :func:`assert_holiday`, :func:`assert_due`,
:func:`assert_documents`, :func:`assert_open`, :func:`assert_closed`), the sample cases and the pytest plugin
work without it. ``import kzsocial`` never imports it.

- Strategies, valid by construction: :func:`dates`, :func:`submission_moments` (inside or outside office
  hours), :func:`office_hours` (with breaks and exceptions), :func:`terms`, :func:`staged_terms`,
  :func:`applicant_profiles` (tags from :func:`profile_tags`), :func:`services` and :func:`offices` (from the
  packaged catalogue), :func:`document_sets` (complete, missing some, with alternatives), :func:`persons`,
  :func:`calendars` and :func:`cases`.
- Registered with hypothesis through its entry point, so ``st.from_type`` resolves ``ServiceDefinition``,
  ``Office``, ``Term``, ``StagedTerm``, ``OfficeHours``, ``ApplicantProfile``, ``WorkCalendar``, ``Person`` and
  :class:`SampleCase` to them (:func:`register_strategies` does it by hand).
- :func:`sample_case` and :func:`sample_applicants`: fixed, deterministic examples.
- :func:`synthetic_case_log`: a realistic, deterministic case log (see ``docs/cases.md``).
- The pytest plugin :mod:`kzsocial.testing.pytest_plugin`: fixtures ``kz_catalog``, ``kz_offices``,
  ``kz_calendar``, ``kz_now``, ``kz_applicants``, ``kz_sample_cases`` and ``kz_service_case``.

Versioning: the names in ``__all__``, their parameters and the guarantee that every drawn value is valid follow
the package's semantic version (see ``docs/versioning.md``). Which examples a strategy draws, and in what order
it shrinks, may change in any release.

>>> from hypothesis import given, strategies as st
>>> from kzsocial.services import ServiceDefinition
>>> @given(st.from_type(ServiceDefinition))
... def test_every_service_has_a_title(service):
...     assert service.title.kk
>>> test_every_service_has_a_title()
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kzsocial.testing._assertions import (
    assert_closed,
    assert_day_off,
    assert_documents,
    assert_due,
    assert_holiday,
    assert_open,
    assert_working_day,
)
from kzsocial.testing._caselog import synthetic_case_log
from kzsocial.testing._cases import (
    EXECUTOR,
    OFFICER,
    STAND_IN_DAYS,
    SampleApplicant,
    SampleCase,
    sample_applicants,
    sample_case,
    stand_in_due,
)
from kzsocial.testing._limits import KAZAKH_TIME_ZONES, MAX_DATE, MIN_DATE, TERM_LIMITS

if TYPE_CHECKING:
    from kzsocial.testing._hypothesis import REGISTERED_TYPES, register_strategies
    from kzsocial.testing._strategies import (
        applicant_profiles,
        calendars,
        cases,
        dates,
        document_sets,
        office_hours,
        offices,
        persons,
        profile_tags,
        services,
        staged_terms,
        submission_moments,
        terms,
    )

_STRATEGIES = frozenset(
    {
        "applicant_profiles",
        "calendars",
        "cases",
        "dates",
        "document_sets",
        "office_hours",
        "offices",
        "persons",
        "profile_tags",
        "services",
        "staged_terms",
        "submission_moments",
        "terms",
    }
)
_REGISTRATION = frozenset({"REGISTERED_TYPES", "register_strategies"})


def __getattr__(name: str) -> Any:
    """The hypothesis strategies, imported on first use, so that the assertions, the sample cases and the pytest
    plugin work without hypothesis installed."""
    if name not in _STRATEGIES and name not in _REGISTRATION:
        raise AttributeError(f"module 'kzsocial.testing' has no attribute {name!r}")
    try:
        import hypothesis  # noqa: F401
    except ImportError:
        from kzsocial.errors import MissingExtraError

        raise MissingExtraError(f"kzsocial.testing.{name}", "test", "hypothesis") from None
    if name in _REGISTRATION:
        from kzsocial.testing import _hypothesis as module
    else:
        from kzsocial.testing import _strategies as module  # type: ignore[no-redef]
    value = getattr(module, name)
    globals()[name] = value
    return value


__all__ = [
    "EXECUTOR",
    "KAZAKH_TIME_ZONES",
    "MAX_DATE",
    "MIN_DATE",
    "OFFICER",
    "REGISTERED_TYPES",
    "STAND_IN_DAYS",
    "TERM_LIMITS",
    "SampleApplicant",
    "SampleCase",
    "applicant_profiles",
    "assert_closed",
    "assert_day_off",
    "assert_documents",
    "assert_due",
    "assert_holiday",
    "assert_open",
    "assert_working_day",
    "calendars",
    "cases",
    "dates",
    "document_sets",
    "office_hours",
    "offices",
    "persons",
    "profile_tags",
    "register_strategies",
    "sample_applicants",
    "sample_case",
    "services",
    "staged_terms",
    "stand_in_due",
    "submission_moments",
    "synthetic_case_log",
    "terms",
]
