"""kzsocial's testers' kit: hypothesis strategies, sample cases and a pytest plugin. Public and versioned.

For projects built on kzsocial (portals, integrations) and for kzsocial's own tests. It needs ``hypothesis``
(and ``pytest`` for the plugin), which the ``test`` extra installs; ``import kzsocial`` never imports it.

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

from kzsocial.testing._caselog import synthetic_case_log
from kzsocial.testing._cases import (
    EXECUTOR,
    OFFICER,
    SampleApplicant,
    SampleCase,
    cases,
    sample_applicants,
    sample_case,
)
from kzsocial.testing._hypothesis import REGISTERED_TYPES, register_strategies
from kzsocial.testing._strategies import (
    KAZAKH_TIME_ZONES,
    MAX_DATE,
    MIN_DATE,
    TERM_LIMITS,
    applicant_profiles,
    calendars,
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

__all__ = [
    "EXECUTOR",
    "KAZAKH_TIME_ZONES",
    "MAX_DATE",
    "MIN_DATE",
    "OFFICER",
    "REGISTERED_TYPES",
    "TERM_LIMITS",
    "SampleApplicant",
    "SampleCase",
    "applicant_profiles",
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
    "submission_moments",
    "synthetic_case_log",
    "terms",
]
