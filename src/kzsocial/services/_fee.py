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
    """«ақысыз», «тегін»: free of charge."""
    PAID = "paid"
    """Paid, with the amount the act states."""
    PAID_UNKNOWN_AMOUNT = "paid_unknown_amount"
    """Paid, but the act does not state how much."""
    UNSPECIFIED = "unspecified"
    """The act does not say whether the service is free."""


@frozen
class Fee:
    """The fee of a service as the act states it (``amount`` in ``currency`` when paid and stated)."""

    kind: FeeKind
    """Whether the service is free, paid (with or without a stated amount), or the act does not say."""
    source: Source | None = None
    """Where the act states it («ақысыз», «тегін көрсетіледі»); ``None`` where it does not."""
    amount: decimal.Decimal | None = None
    """The amount when the act states one; ``None`` for a free service or an amount not stated."""
    currency: str = "KZT"
    """The currency of ``amount``: ``KZT`` (tenge)."""

    @property
    def is_free(self) -> bool:
        """Whether the act says the service is free."""
        return self.kind is FeeKind.FREE
