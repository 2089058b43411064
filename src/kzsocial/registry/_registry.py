"""The registry of offices, with queries by id, region, kind, act, service and name."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

from attrs import frozen

from kzsocial._checks import near, to_enum, to_str
from kzsocial._search import Query
from kzsocial.calendar._once import once
from kzsocial.errors import InvalidTypeError, UnknownActError, UnknownOfficeError, UnknownRegionError
from kzsocial.registry._office import Office, OfficeKind

__all__ = ["OfficeRegistry", "office_of", "offices"]


@frozen
class OfficeRegistry(Sequence[Office]):
    """Every office the acts list, deduplicated, in act order.

    >>> reg = offices()
    >>> all(reg.get(o.id) is o for o in reg)
    True
    """

    offices: tuple[Office, ...]

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

    def for_service(self, service_id: str) -> tuple[Office, ...]:
        """The offices that serve ``service_id``, in the order its act lists them."""
        from kzsocial.services import catalog

        return tuple(self.get(i) for i in catalog().get(service_id).office_ids)

    def search(self, text: str) -> list[Office]:
        """Offices whose name (kk or ru) contains every word of ``text`` as a word start; a name equal to ``text``
        first, then registry order."""
        query = Query(text)
        found = []
        for i, o in enumerate(self.offices):
            ranks = [r for ok, r in (query.matches(t) for t in (o.name.kk, o.name.ru) if t) if ok]
            if ranks:
                found.append((min(ranks), i, o))
        return [o for _, _, o in sorted(found, key=lambda x: (x[0], x[1]))]


@once
def offices() -> OfficeRegistry:
    """The registry of every packaged office (loaded and validated on first call)."""
    from kzsocial._data import dataset

    return OfficeRegistry(dataset().offices)


def office_of(value: object, what: str = "office") -> Office | None:
    """``value`` as an office: an :class:`Office`, the id of a packaged office (resolved through :func:`offices`),
    or None; :class:`~kzsocial.errors.UnknownOfficeError` for an unknown id, a type error for anything else."""
    if value is None or isinstance(value, Office):
        return value
    if isinstance(value, str):
        return offices().get(value)
    raise InvalidTypeError(f"{what} must be a kzsocial.registry.Office, an office id (str) or None; got "
                           f"{type(value).__name__}")
