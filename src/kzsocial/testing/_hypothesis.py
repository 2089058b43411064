"""Registration of the strategies with hypothesis, so that ``st.from_type(ServiceDefinition)`` and friends work.

Hypothesis calls :func:`_hypothesis_setup_hook` when it is imported, through the entry point that kzsocial
declares in the ``hypothesis`` group (``pyproject.toml``). Call :func:`register_strategies` yourself where entry
points are disabled (``HYPOTHESIS_NO_PLUGINS``); it is idempotent.

>>> from hypothesis import given, strategies as st
>>> from kzsocial.calendar import Term
>>> register_strategies()
>>> @given(st.from_type(Term))
... def test(term):
...     assert isinstance(term, Term) and term.value >= 1
>>> test()
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

__all__ = ["REGISTERED_TYPES", "register_strategies"]

REGISTERED_TYPES: tuple[str, ...] = (
    "kzsocial.calendar.OfficeHours",
    "kzsocial.calendar.StagedTerm",
    "kzsocial.calendar.Term",
    "kzsocial.calendar.WorkCalendar",
    "kzsocial.notices.Person",
    "kzsocial.registry.Office",
    "kzsocial.services.ApplicantProfile",
    "kzsocial.services.ServiceDefinition",
    "kzsocial.testing.SampleCase",
)
"""The types ``st.from_type`` resolves to kzsocial's strategies once they are registered."""


def _lazy(name: str) -> st.SearchStrategy[Any]:
    """The strategy ``kzsocial.testing._strategies.<name>()``, imported when first drawn from.

    Hypothesis runs the setup hook while it is itself being imported, possibly from inside ``kzsocial.testing``'s
    own import; importing the strategies lazily keeps that free of import cycles.
    """

    def make() -> st.SearchStrategy[Any]:
        from kzsocial.testing import _strategies

        strategy: st.SearchStrategy[Any] = getattr(_strategies, name)()
        return strategy

    return st.deferred(make)


def register_strategies() -> None:
    """Register kzsocial's strategies for its public types with ``st.register_type_strategy``.

    The strategies are resolved lazily: the catalogue loads when a value is first drawn, not here.
    """
    from kzsocial.calendar import OfficeHours, StagedTerm, Term, WorkCalendar
    from kzsocial.notices import Person
    from kzsocial.registry import Office
    from kzsocial.services import ApplicantProfile, ServiceDefinition
    from kzsocial.testing._cases import SampleCase

    table: dict[type[Any], str] = {
        OfficeHours: "office_hours",
        StagedTerm: "staged_terms",
        Term: "terms",
        WorkCalendar: "calendars",
        Person: "persons",
        Office: "offices",
        ApplicantProfile: "applicant_profiles",
        ServiceDefinition: "services",
        SampleCase: "cases",
    }
    for cls, name in table.items():
        st.register_type_strategy(cls, _lazy(name))


def _hypothesis_setup_hook() -> None:
    """The ``hypothesis`` entry point: hypothesis calls it once, when it is imported."""
    register_strategies()
