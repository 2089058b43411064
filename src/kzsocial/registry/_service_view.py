"""What the registry reads of a service, declared here so that the registry never imports the services.

The registry sits below the services (issue 16's layers): an office knows nothing of the services it gives.
Where an office's method is about a service (:meth:`~kzsocial.registry.Office.effective_hours` for a service,
:meth:`~kzsocial.registry.OfficeRegistry.for_service`), it takes the service object and reads it through
:class:`ServiceView` (a :class:`kzsocial.services.ServiceDefinition` is one; so is any object with these
attributes). "The services at this office" is the catalogue's question (:meth:`kzsocial.services.Catalog.by_office`,
:meth:`kzsocial.services.Catalog.office_hours`).

For the deprecated forms that name no service object (``for_service("<service id>")``, ``effective_hours()`` on
an office that prints no hours), the services layer registers the packaged catalogue here when it is imported
(:func:`register_packaged_services`): the dependency points down, and the registry still imports nothing above it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from kzsocial.calendar._hours import OfficeHours

__all__ = [
    "PACKAGED_OFFICES",
    "ServiceView",
    "ServicesSource",
    "packaged_services",
    "register_packaged_offices",
    "register_packaged_services",
    "services_at",
    "view_of",
]


class ServiceView(Protocol):
    """The attributes of a service the registry reads (a :class:`kzsocial.services.ServiceDefinition` has them)."""

    @property
    def id(self) -> str:
        """The service's id."""
        ...

    @property
    def office_ids(self) -> tuple[str, ...]:
        """The offices that serve it, in its act's order."""
        ...

    @property
    def service_hours(self) -> OfficeHours | None:
        """The hours its act states for the service, if any."""
        ...

    @property
    def intake_hours(self) -> OfficeHours | None:
        """The hours its act states for taking in documents, if any."""
        ...


class ServicesSource(Protocol):
    """A catalogue as the registry sees it: its services in order, and one by id."""

    def __iter__(self) -> Iterator[Any]:
        """The services, in catalogue order."""
        ...

    def get(self, service_id: str) -> ServiceView:
        """The service with id ``service_id`` (a lookup error when there is none)."""
        ...


_PACKAGED: list[Callable[[], ServicesSource]] = []


def register_packaged_services(source: Callable[[], ServicesSource]) -> None:
    """Called by :mod:`kzsocial.services` when it is imported: how to reach the packaged catalogue."""
    _PACKAGED[:] = [source]


def packaged_services() -> ServicesSource | None:
    """The packaged catalogue, when the services layer is imported (None otherwise)."""
    return _PACKAGED[0]() if _PACKAGED else None


PACKAGED_OFFICES: list[Callable[[], Any]] = []
"""The packaged registry's accessor (:func:`kzsocial.registry.offices`), for an office's parent by id
(:mod:`kzsocial.registry._office` reads it). The package ``kzsocial.registry`` registers it as it is imported,
before anyone reaches an office, and :mod:`kzsocial.registry._registry` again when it loads: so an office never
imports the registry that is built from offices (no import cycle), and the package need not load the registry
(nor its search index) until an office asks for its parent."""


def register_packaged_offices(source: Callable[[], Any]) -> None:
    """How to reach the packaged registry (called by :mod:`kzsocial.registry` and its ``_registry``)."""
    PACKAGED_OFFICES[:] = [source]


_ATTRIBUTES = ("id", "office_ids", "service_hours", "intake_hours")


def view_of(service: object, what: str = "service") -> ServiceView:
    """``service`` as a :class:`ServiceView`; a type error naming what is accepted for anything else."""
    if all(hasattr(service, a) for a in _ATTRIBUTES) and isinstance(getattr(service, "id", None), str):
        return service  # type: ignore[return-value]
    from kzsocial.errors import InvalidTypeError

    raise InvalidTypeError(
        f"{what} must be a kzsocial.services.ServiceDefinition (or an object with id, office_ids, service_hours and "
        f"intake_hours), got {type(service).__name__}"
    )


def services_at(source: Iterable[object], office_id: str) -> list[ServiceView]:
    """The services of ``source`` that ``office_id`` serves, in its order."""
    if isinstance(source, str | bytes) or not hasattr(source, "__iter__"):
        from kzsocial.errors import InvalidTypeError

        raise InvalidTypeError(
            "services must be the services to consult (a kzsocial.services.Catalog or an iterable of "
            f"ServiceDefinition), got {type(source).__name__}"
        )
    return [s for s in (view_of(x) for x in source) if office_id in s.office_ids]
