"""The registry of offices, with queries by id, region, kind, act, service and name."""

from __future__ import annotations

import functools
import re
import warnings
from collections.abc import Iterator, Sequence

from attrs import frozen

from kzsocial._checks import near, to_enum, to_str
from kzsocial._search import Field, SearchIndex, SearchResult, check_query, place_forms, region_names, shared_index
from kzsocial.calendar._once import once
from kzsocial.errors import (
    DataValidationError,
    InvalidInputError,
    InvalidTypeError,
    UnknownActError,
    UnknownOfficeError,
    UnknownRegionError,
)
from kzsocial.provenance import LocalizedText
from kzsocial.registry._office import Office, OfficeKind
from kzsocial.registry._service_view import ServiceView, packaged_services, register_packaged_offices, view_of

__all__ = ["OfficeRegistry", "office_of", "offices"]


_VILLAGE_KINDS = frozenset({"rural_akim", "settlement_akim"})


@frozen
class OfficeRegistry(Sequence[Office]):
    """Every office the acts list, deduplicated, in act order.

    >>> reg = offices()
    >>> all(reg.get(o.id) is o for o in reg)
    True
    """

    offices: tuple[Office, ...]
    """Every office, deduplicated, in the acts' order; :meth:`get` finds one by id."""

    @property
    def _index(self) -> SearchIndex[Office]:
        return shared_index(self.offices, lambda: _office_fields)

    def __len__(self) -> int:
        return len(self.offices)

    def __getitem__(self, index: int) -> Office:  # type: ignore[override]
        return self.offices[index]

    def __iter__(self) -> Iterator[Office]:
        return iter(self.offices)

    @functools.cached_property
    def _by_id(self) -> dict[str, Office]:
        return {o.id: o for o in self.offices}

    def __contains__(self, item: object) -> bool:
        if isinstance(item, str):
            return item in self._by_id
        return item in self.offices

    def get(self, office_id: str) -> Office:
        """The office with id ``office_id``; :class:`~kzsocial.errors.UnknownOfficeError` if none."""
        if not isinstance(office_id, str):
            raise InvalidTypeError(f"an office id is a str, got {type(office_id).__name__}")
        try:
            return self._by_id[office_id]
        except KeyError:
            close = near(office_id, self._by_id)
            hint = f"; did you mean: {', '.join(close)}" if close else "; see offices() for the ids"
            raise UnknownOfficeError(f"no office with id {office_id[:200]!r}{hint}") from None

    def by_region(self, region: str) -> tuple[Office, ...]:
        """The offices of ``region``; :class:`~kzsocial.errors.UnknownRegionError` for a region no office is in."""
        to_str(region, "a region")
        found = tuple(o for o in self.offices if o.region == region)
        if not found:
            accepted = ", ".join(sorted({o.region for o in self.offices}))
            raise UnknownRegionError(f"no office in region {region[:200]!r}; accepted: {accepted}")
        return found

    def by_kind(self, kind: OfficeKind | str) -> tuple[Office, ...]:
        """The offices of ``kind`` (an :class:`OfficeKind` or its value)."""
        wanted = to_enum(OfficeKind, kind, "office kind")
        return tuple(o for o in self.offices if o.kind is wanted)

    def by_act(self, act_id: str) -> tuple[Office, ...]:
        """The offices act ``act_id`` lists; :class:`~kzsocial.errors.UnknownActError` for an act that lists none."""
        to_str(act_id, "an act id")
        found = tuple(o for o in self.offices if o.act_id == act_id)
        if not found:
            accepted = ", ".join(dict.fromkeys(o.act_id for o in self.offices))
            raise UnknownActError(f"no act with id {act_id[:200]!r} lists offices; accepted: {accepted}")
        return found

    def for_service(self, service: ServiceView | str) -> tuple[Office, ...]:
        """The offices of this registry that serve ``service``, in the order its act lists them.

        ``service`` is a :class:`kzsocial.services.ServiceDefinition` (from the catalogue it belongs to: the
        packaged ``catalog()`` or a loaded one); the offices of its other services: ``catalog().by_office``.

        >>> from kzsocial.services import catalog
        >>> [o.id for o in offices().for_service(catalog().get("karaganda-2008/unemployed-registration"))][:1]
        ['karaganda/employment-dept-karaganda-city']

        Deprecated: a service id (``str``) is looked up in the packaged catalogue, with a
        :class:`DeprecationWarning`, when :mod:`kzsocial.services` is imported (the registry never imports it).
        """
        if isinstance(service, str):
            packaged = packaged_services()
            if packaged is None:
                raise InvalidTypeError(
                    f"for_service({service[:200]!r}): pass the service, e.g. catalog().get({service[:200]!r}) "
                    "(a service id alone is looked up only once kzsocial.services is imported)"
                )
            warnings.warn(
                "OfficeRegistry.for_service(<service id>) is deprecated: pass the ServiceDefinition, e.g. "
                "offices().for_service(catalog().get(service_id))",
                DeprecationWarning,
                stacklevel=2,
            )
            service = packaged.get(service)
        return tuple(self.get(i) for i in view_of(service, "service").office_ids)

    def search(self, text: str) -> list[Office]:
        """The offices :meth:`search_ranked` finds for ``text``, best first (the offices alone)."""
        return [r.item for r in self.search_ranked(text)]

    def search_ranked(self, text: str) -> list[SearchResult[Office]]:
        """Offices for ``text`` in kk, ru or en, ranked, each with the reason it matched.

        Found by name (every language the model has), settlement, district and region (with the names of places
        in all three languages and their usual forms: Караганда/Қарағанды/Karaganda, Актау/Ақтау/Aktau) and
        address, matched as :meth:`kzsocial.services.Catalog.search_ranked` matches words. A name equal to the
        query first; ties keep registry order.

        >>> offices().search("отдел занятости Темиртау")[0].id
        'karaganda/employment-dept-temirtau-city'
        >>> {o.region for o in offices().search("Aktau")[:5]}
        {'mangystau'}
        """
        results = self._index.search(text)
        # Equal scores: a village or settlement that shares a city's name comes after the city's offices
        # («Aktau» is Mangystau's city before Karaganda's Ақтау кенті); otherwise registry order.
        return sorted(results, key=lambda r: (-r.score, r.item.kind.value in _VILLAGE_KINDS))

    def in_place(self, place: str) -> tuple[Office, ...]:
        """The offices in a city, district or settlement (or region) named ``place`` in kk, ru or en: those whose
        settlement matches first, then district, then region; each group in registry order.

        >>> len(offices().in_place("Караганда")) == len(offices().in_place("Қарағанды"))
        True
        >>> [o.id for o in offices().in_place("Abay district")][:1]
        ['karaganda/employment-dept-abay-district']
        """
        check_query(place)
        wanted = _place_keys(place)
        if not wanted:
            raise InvalidInputError("name a place, e.g. 'Караганда', 'Ақтау' or 'Abay district'")
        by_level: tuple[list[Office], list[Office], list[Office]] = ([], [], [])
        for o in self.offices:
            for level, names in enumerate(_place_levels(o)):
                if any(_place_matches(wanted, _place_keys(name), level) for name in names):
                    by_level[level].append(o)
                    break
        return tuple(o for group in by_level for o in group)


# Generic words of place names, read as one marker per kind so "Abay district" is "Абай ауданы".
_GENERIC = {
    **dict.fromkeys(("аудан", "ауданы", "район", "district", "аудани", "rayon", "audany"), "#district"),
    **dict.fromkeys(("калась", "каласы", "кала", "город", "г", "к", "city", "town", "kalasy", "qalasy"), "#city"),
    **dict.fromkeys(("облысы", "облыс", "область", "обл", "region", "oblast", "oblysy"), "#region"),
    **dict.fromkeys(("ауылы", "ауыл", "аул", "село", "с", "village", "auyl", "selo", "поселок", "кенти"), "#village"),
}


def _place_keys(text: str) -> set[tuple[str, ...]]:
    """The ways ``text`` reads as a place: per word its stem (Latin read as Latin and as Kazakh), generic words
    (district, city, ...) as a marker."""
    from itertools import product

    from kzsocial._search import _variants, stem

    options: list[list[str]] = []
    for word in re.findall(r"[^\W_]+", text):
        keys = _variants(word)
        marker = next((_GENERIC[k] for k, _ in keys if k in _GENERIC), None)
        options.append([marker] if marker else sorted({stem(k) for k, _ in keys}))
    return {tuple(c) for c in product(*options)} if options else set()


_LEVEL_MARKERS = ({"#city", "#village"}, {"#district", "#city"}, {"#region"})


def _place_matches(wanted: set[tuple[str, ...]], form: set[tuple[str, ...]], level: int) -> bool:
    """Whether a place query reads as a form: the same words, and a generic word of the query (district, city...)
    is the form's own or fits the level (a settlement can be a city or village, a district a district or city)."""
    for q in wanted:
        q_bare = tuple(w for w in q if not w.startswith("#"))
        q_marks = {w for w in q if w.startswith("#")}
        for f in form:
            f_marks = {w for w in f if w.startswith("#")}
            if q_bare != tuple(w for w in f if not w.startswith("#")):
                continue
            if not q_marks or q_marks <= (f_marks or _LEVEL_MARKERS[level]):
                return True
    return False


def _place_levels(o: Office) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    def forms(text: LocalizedText | None) -> tuple[str, ...]:
        if text is None:
            return ()
        return (*place_forms(text.kk), *(t for t in (text.ru, text.en) if t))

    return forms(o.settlement), forms(o.district), region_names(o.region)


def _office_fields(o: Office) -> list[Field]:
    names = (("kk", o.name.kk), ("ru", o.name.ru), ("en", o.name.en))
    out = [Field(f"name.{lang}", 1.0, t) for lang, t in names if t]
    for what, weight, text in (("settlement", 0.9, o.settlement), ("district", 0.8, o.district)):
        if text is not None:
            forms = {*place_forms(text.kk), *(t for t in (text.ru, text.en) if t)}
            out.extend(Field(what, weight, form) for form in sorted(forms))
    out.extend(Field("region", 0.5, name) for name in region_names(o.region))
    if o.address is not None:
        out.extend(Field(f"address.{lang}", 0.4, t) for lang, t in (("kk", o.address.kk), ("ru", o.address.ru)) if t)
    return out


@once
def offices() -> OfficeRegistry:
    """The registry of every packaged office (loaded and validated on first call; no service is read)."""
    from kzsocial.registry._builder import packaged_office_part

    part = packaged_office_part()
    if part.problems:
        raise DataValidationError("the acts' data files", part.problems)
    return OfficeRegistry(part.offices)


register_packaged_offices(lambda: offices())


def office_of(value: object, what: str = "office") -> Office | None:
    """``value`` as an office: an :class:`Office`, the id of a packaged office (resolved through :func:`offices`),
    or None; :class:`~kzsocial.errors.UnknownOfficeError` for an unknown id, a type error for anything else."""
    if value is None or isinstance(value, Office):
        return value
    if isinstance(value, str):
        return offices().get(value)
    raise InvalidTypeError(
        f"{what} must be a kzsocial.registry.Office, an office id (str) or None; got {type(value).__name__}"
    )
