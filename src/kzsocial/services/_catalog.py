"""The catalogue of service definitions, with queries by id, act, region, office and title text."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from attrs import frozen

from kzsocial._checks import near, to_enum, to_str
from kzsocial._search import Field, SearchIndex, SearchResult, keywords_by_service, region_names, shared_index
from kzsocial.calendar._once import once
from kzsocial.errors import (
    InvalidTypeError,
    UnknownActError,
    UnknownOfficeError,
    UnknownRegionError,
    UnknownServiceError,
)
from kzsocial.registry._service_view import register_packaged_services
from kzsocial.services._act import LegalAct
from kzsocial.services._definition import ServiceDefinition, ServiceKind

if TYPE_CHECKING:
    from kzsocial._data import Dataset
    from kzsocial.registry import EffectiveHours, Office

__all__ = ["Catalog", "catalog"]


@frozen
class Catalog(Sequence[ServiceDefinition]):
    """All service definitions, in act order. A sequence, with queries.

    >>> cat = catalog()
    >>> all(cat.get(s.id) is s for s in cat)
    True
    """

    services: tuple[ServiceDefinition, ...]
    """Every service definition, in act order; :meth:`get` finds one by id."""
    acts: tuple[LegalAct, ...]
    """The legal acts the services come from, in order."""

    if not TYPE_CHECKING:  # hidden from type checkers, so that a misspelt attribute is still an error to them

        def __getattr__(self, name: str) -> object:
            return _read_in_full(self, name)

    @property
    def _index(self) -> SearchIndex[ServiceDefinition]:
        return shared_index(self.services, lambda: _service_fields({a.id: a.region for a in self.acts}))

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
        if _unread(self):  # the packaged catalogue not read in full yet: read the service's act alone
            part = _packaged_part(service_id.partition("/")[0])
            found = None if part is None else next((s for s in part.services if s.id == service_id), None)
            if found is not None:
                return found
        try:
            return self._by_id[service_id]
        except KeyError:
            close = near(service_id, self._by_id)
            hint = f"; did you mean: {', '.join(close)}" if close else "; see catalog() for the ids"
            raise UnknownServiceError(f"no service with id {service_id!r}{hint}") from None

    def __contains__(self, item: object) -> bool:
        if isinstance(item, str):
            if _unread(self):  # a service id starts with its act's id, and every packaged act is in the catalogue
                part = _packaged_part(item.partition("/")[0])
                return part is not None and any(s.id == item for s in part.services)
            return item in self._by_id
        return item in self.services

    def act(self, act_id: str) -> LegalAct:
        """The legal act with id ``act_id``; :class:`~kzsocial.errors.UnknownActError` if none."""
        to_str(act_id, "an act id")
        part = _packaged_part(act_id) if _unread(self) else None
        if part is not None:
            return part.acts[0]
        for a in self.acts:
            if a.id == act_id:
                return a
        accepted = ", ".join(a.id for a in self.acts)
        raise UnknownActError(f"no act with id {act_id[:200]!r}; accepted: {accepted}")

    def by_act(self, act_id: str) -> tuple[ServiceDefinition, ...]:
        """The services of act ``act_id``; :class:`~kzsocial.errors.UnknownActError` for an unknown id."""
        part = _packaged_part(act_id) if _unread(self) and isinstance(act_id, str) else None
        if part is not None:
            return part.services
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

    def office_hours(self, office: Office, service: ServiceDefinition | None = None) -> EffectiveHours:
        """The hours that apply at ``office`` (for ``service``, when given), where they come from and why: its own,
        the service's, its parent's, or (no service given) the hours all of this catalogue's services at the office
        state, when they agree (:meth:`kzsocial.registry.Office.effective_hours` with ``services=`` this catalogue).

        >>> from kzsocial.registry import offices
        >>> office = offices().get("karaganda/employment-dept-karaganda-city")
        >>> catalog().office_hours(office).source.value
        'none'
        >>> catalog().office_hours(office, catalog().get("karaganda-2008/housing-assistance")).text("en")
        'Mon–Thu 09:00–18:00, break 13:00–14:00'
        """
        from kzsocial.registry import Office

        if not isinstance(office, Office):
            raise InvalidTypeError(f"office must be a kzsocial.registry.Office, got {type(office).__name__}")
        return office.effective_hours(service, services=self.services)

    def by_kind(self, kind: ServiceKind | str) -> tuple[ServiceDefinition, ...]:
        """The services of ``kind`` (a :class:`ServiceKind` or its value)."""
        wanted = to_enum(ServiceKind, kind, "service kind")
        return tuple(s for s in self.services if s.kind is wanted)

    def search(self, text: str) -> list[ServiceDefinition]:
        """The services :meth:`search_ranked` finds for ``text``, best first (the services alone).

        >>> [s.id for s in catalog().search("жұмыссыз азаматтарды тіркеу")][:2]
        ['karaganda-2008/unemployed-registration', 'aktau-2008/unemployed-registration']
        """
        return [r.item for r in self.search_ranked(text)]

    def search_ranked(self, text: str) -> list[SearchResult[ServiceDefinition]]:
        """Services for ``text`` as citizens type it, in kk, ru or en, ranked, each with the reason it matched.

        A word matches a word of the title (every language the model has), of the search keywords
        (``kzsocial/data/search.json``: Russian, Kazakh and English words people use) or of the act's region
        names: exactly, by stem (Russian and Kazakh inflection), as a word start, or with a typo (1 edit in
        words of 5-7 letters, 2 from 8); Kazakh letters typed as their Russian look-alikes (ұ as у, қ as к...) and
        Latin-script Kazakh (``zhumyssyz``, ``jumyssyz``) match too. A title equal to the query comes first;
        ties keep catalogue order. At most :data:`kzsocial.text.MAX_QUERY_LENGTH` characters.

        >>> r = catalog().search_ranked("пособие на детей")[0]
        >>> r.item.id
        'karaganda-2008/child-benefits-under-18'
        >>> r.reason
        "'пособие' ~ 'пособий' (title.ru, same stem); 'детей' ~ 'детей' (title.ru)"
        """
        return self._index.search(text)


def _service_fields(regions: dict[str, str]) -> Callable[[ServiceDefinition], list[Field]]:
    """The texts a service is found by: its titles, the search keywords, its act's region names."""

    def fields(s: ServiceDefinition) -> list[Field]:
        titles = (("kk", s.title.kk), ("ru", s.title.ru), ("en", s.title.en))
        out = [Field(f"title.{lang}", 1.0, t) for lang, t in titles if t]
        out.extend(Field(f"keywords.{lang}", 0.8, text) for lang, text in keywords_by_service().get(s.id, ()))
        out.extend(Field("region", 0.5, name) for name in region_names(regions.get(s.act_id, "")))
        return out

    return fields


# The packaged catalogue is read as it is asked: ``catalog()`` returns a Catalog whose two fields are not set yet.
# Reading either one (iterating, len, search, equality...) reads and checks every act once (``dataset()``); until
# then, a question about one act or one service (get, act, by_act, ``in`` with an id) reads that act alone
# (``packaged_act``), and the objects are the same either way (each act folder is read once).
_SERVICES_SLOT = Catalog.__dict__["services"]
_ACTS_SLOT = Catalog.__dict__["acts"]


def _unread(cat: Catalog) -> bool:
    """Whether ``cat`` is the packaged catalogue with its fields not read yet."""
    try:
        _SERVICES_SLOT.__get__(cat, Catalog)
    except AttributeError:
        return True
    return False


def _packaged_part(act_id: str) -> Dataset | None:
    from kzsocial._data import packaged_act

    return packaged_act(act_id)


def _read_in_full(self: Catalog, name: str) -> object:
    """``__getattr__`` of Catalog: reached only for an unset field, i.e. on the packaged catalogue before its
    first full read; it reads every act (once) and sets both fields."""
    if name not in ("services", "acts"):
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
    from kzsocial._data import dataset

    data = dataset()
    _SERVICES_SLOT.__set__(self, data.services)
    _ACTS_SLOT.__set__(self, data.acts)
    return data.services if name == "services" else data.acts


@once
def catalog() -> Catalog:
    """The catalogue of every packaged service definition, read and validated as it is asked.

    The call itself reads nothing. A question about one service or one act (:meth:`Catalog.get`,
    :meth:`Catalog.act`, :meth:`Catalog.by_act`, ``service_id in catalog()``) reads and checks that act alone;
    anything that needs every service (iteration, ``len``, :meth:`Catalog.search`, the other queries, the
    fields) reads and checks every act, once. A service is the same object whichever way it was reached.

    >>> catalog() is catalog()
    True
    >>> catalog().get("zhambyl-2008/unemployed-certificate").act_id
    'zhambyl-2008'
    """
    cat: Catalog = object.__new__(Catalog)
    return cat


register_packaged_services(catalog)  # the deprecated forms of the registry that name a service by id reach it so
