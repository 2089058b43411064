"""The catalogue of service definitions, with queries by id, act, region, office and title text."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

from attrs import frozen

from kzsocial._checks import near, to_enum, to_str
from kzsocial._search import Query
from kzsocial.calendar._once import once
from kzsocial.errors import (
    InvalidTypeError,
    UnknownActError,
    UnknownOfficeError,
    UnknownRegionError,
    UnknownServiceError,
)
from kzsocial.services._act import LegalAct
from kzsocial.services._definition import ServiceDefinition, ServiceKind

__all__ = ["Catalog", "catalog"]


@frozen
class Catalog(Sequence[ServiceDefinition]):
    """All service definitions, in act order. A sequence, with queries.

    >>> cat = catalog()
    >>> all(cat.get(s.id) is s for s in cat)
    True
    """

    services: tuple[ServiceDefinition, ...]
    acts: tuple[LegalAct, ...]

    def __len__(self) -> int:
        return len(self.services)

    def __getitem__(self, index: int) -> ServiceDefinition:  # type: ignore[override]
        return self.services[index]

    def __iter__(self) -> Iterator[ServiceDefinition]:
        return iter(self.services)

    @functools.cached_property
    def _by_id(self) -> dict[str, ServiceDefinition]:
        return {s.id: s for s in self.services}

    def get(self, service_id: str) -> ServiceDefinition:
        """The service with id ``service_id``; :class:`~kzsocial.errors.UnknownServiceError` if none."""
        if not isinstance(service_id, str):
            raise InvalidTypeError(f"a service id is a str, got {type(service_id).__name__}")
        try:
            return self._by_id[service_id]
        except KeyError:
            close = near(service_id, self._by_id)
            hint = f"; did you mean: {', '.join(close)}" if close else "; see catalog() for the ids"
            raise UnknownServiceError(f"no service with id {service_id!r}{hint}") from None

    def __contains__(self, item: object) -> bool:
        if isinstance(item, str):
            return item in self._by_id
        return item in self.services

    def act(self, act_id: str) -> LegalAct:
        """The legal act with id ``act_id``; :class:`~kzsocial.errors.UnknownActError` if none."""
        to_str(act_id, "an act id")
        for a in self.acts:
            if a.id == act_id:
                return a
        accepted = ", ".join(a.id for a in self.acts)
        raise UnknownActError(f"no act with id {act_id[:200]!r}; accepted: {accepted}")

    def by_act(self, act_id: str) -> tuple[ServiceDefinition, ...]:
        """The services of act ``act_id``; :class:`~kzsocial.errors.UnknownActError` for an unknown id."""
        self.act(act_id)
        return tuple(s for s in self.services if s.act_id == act_id)

    def by_region(self, region: str) -> tuple[ServiceDefinition, ...]:
        """The services of the acts of ``region``; :class:`~kzsocial.errors.UnknownRegionError` for an unknown one."""
        to_str(region, "a region")
        acts = {a.id for a in self.acts if a.region == region}
        if not acts:
            accepted = ", ".join(sorted({a.region for a in self.acts}))
            raise UnknownRegionError(f"no act for region {region[:200]!r}; accepted: {accepted}")
        return tuple(s for s in self.services if s.act_id in acts)

    def by_office(self, office_id: str) -> tuple[ServiceDefinition, ...]:
        """The services office ``office_id`` gives; :class:`~kzsocial.errors.UnknownOfficeError` for an unknown id
        (an office of the registry that gives none has an empty tuple)."""
        from kzsocial.registry import offices

        to_str(office_id, "an office id")
        known = {i for s in self.services for i in (*s.office_ids, *s.complaint_office_ids)}
        registry = {o.id for o in offices()}
        if office_id not in known and office_id not in registry:
            hint = near(office_id, registry)
            more = f"; did you mean: {', '.join(hint)}" if hint else "; see offices() for the ids"
            raise UnknownOfficeError(f"no office with id {office_id[:200]!r}{more}")
        return tuple(s for s in self.services if office_id in s.office_ids)

    def by_kind(self, kind: ServiceKind | str) -> tuple[ServiceDefinition, ...]:
        wanted = to_enum(ServiceKind, kind, "service kind")
        return tuple(s for s in self.services if s.kind is wanted)

    def search(self, text: str) -> list[ServiceDefinition]:
        """Services whose title (kk, ru or en) contains every word of ``text`` as a word start.

        Case and Cyrillic/Latin look-alike letters do not matter. A title equal to ``text`` comes first; the others
        follow in catalogue order (the acts in seed order, each act's services in its order).

        >>> [s.id for s in catalog().search("жұмыссыз азаматтарды тіркеу")][:2]
        ['karaganda-2008/unemployed-registration', 'aktau-2008/unemployed-registration']
        """
        query = Query(text)
        found: list[tuple[int, int, ServiceDefinition]] = []
        for i, s in enumerate(self.services):
            best = min(
                (r for ok, r in (query.matches(t) for t in (s.title.kk, s.title.ru, s.title.en) if t) if ok),
                default=None,
            )
            if best is not None:
                found.append((best, i, s))
        return [s for _, _, s in sorted(found, key=lambda x: (x[0], x[1]))]


@once
def catalog() -> Catalog:
    """The catalogue of every packaged service definition (loaded and validated on first call)."""
    from kzsocial._data import dataset

    data = dataset()
    return Catalog(data.services, data.acts)
