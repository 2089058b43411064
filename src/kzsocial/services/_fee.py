"""The fee of a service: free, paid with or without a stated amount, or not stated."""

from __future__ import annotations

import decimal
import enum

from attrs import frozen

from kzsocial.provenance import Source

__all__ = ["Fee", "FeeKind"]


class FeeKind(enum.Enum):
    """Whether the service is free, paid (with or without a stated amount), or the act does not say."""

    FREE = "free"
    PAID = "paid"
    PAID_UNKNOWN_AMOUNT = "paid_unknown_amount"
    UNSPECIFIED = "unspecified"


@frozen
class Fee:
    """The fee of a service as the act states it (``amount`` in ``currency`` when paid and stated)."""

    kind: FeeKind
    source: Source | None = None
    amount: decimal.Decimal | None = None
    currency: str = "KZT"

    @property
    def is_free(self) -> bool:
        """Whether the act says the service is free."""
        return self.kind is FeeKind.FREE
