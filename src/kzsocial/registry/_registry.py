"""The registry of offices, with queries by id, region, kind, act, service and name."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

from attrs import frozen

from kzsocial._search import matches
from kzsocial.calendar._once import once
from kzsocial.errors import InvalidTypeError, UnknownOfficeError
from kzsocial.registry._office import Office, OfficeKind

__all__ = ["OfficeRegistry", "offices"]


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
            raise UnknownOfficeError(f"no office with id {office_id!r}; see offices() for the ids") from None

    def by_region(self, region: str) -> tuple[Office, ...]:
        return tuple(o for o in self.offices if o.region == region)

    def by_kind(self, kind: OfficeKind | str) -> tuple[Office, ...]:
        wanted = OfficeKind(kind)
        return tuple(o for o in self.offices if o.kind is wanted)

    def by_act(self, act_id: str) -> tuple[Office, ...]:
        return tuple(o for o in self.offices if o.act_id == act_id)

    def for_service(self, service_id: str) -> tuple[Office, ...]:
        """The offices that serve ``service_id``, in the order its act lists them."""
        from kzsocial.services import catalog

        return tuple(self.get(i) for i in catalog().get(service_id).office_ids)

    def search(self, text: str) -> list[Office]:
        """Offices whose name (kk or ru) contains every word of ``text`` as a word start; a name equal to ``text``
        first, then registry order."""
        if not isinstance(text, str):
            raise InvalidTypeError(f"search text is a str, got {type(text).__name__}")
        found = []
        for i, o in enumerate(self.offices):
            ranks = [r for ok, r in (matches(text, t) for t in (o.name.kk, o.name.ru) if t) if ok]
            if ranks:
                found.append((min(ranks), i, o))
        return [o for _, _, o in sorted(found, key=lambda x: (x[0], x[1]))]


@once
def offices() -> OfficeRegistry:
    """The registry of every packaged office (loaded and validated on first call)."""
    from kzsocial._data import dataset

    return OfficeRegistry(dataset().offices)
