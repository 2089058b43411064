"""A standard's quality annex: its indicators and their values, raw as printed and as numbers."""

from __future__ import annotations

import decimal
import re

from attrs import frozen

from kzsocial.provenance import LocalizedText, Source

__all__ = ["QualityIndicator", "QualityValue"]


_QV_NUMBER = re.compile(r"^(\d+(?:[.,]\s?\d+)?)\s*(%?)\s*(-нан көп емес|-дан көп емес|-ден көп емес|-тен көп емес)?$")


@frozen
class QualityValue:
    """One value of a quality annex: ``raw`` as printed, its number and unit (``percent``).

    >>> QualityValue.parse("0, 5", "%")
    QualityValue(raw='0, 5', value=Decimal('0.5'), unit='percent', qualifier=None)
    >>> QualityValue.parse("90-нан көп емес", "%").qualifier
    'at_most'
    """

    raw: str
    """The value exactly as printed («0, 5», «90-нан көп емес»)."""
    value: decimal.Decimal | None
    """The number (a decimal comma read as the point, a space after it dropped); None where none is printed."""
    unit: str | None
    """``percent`` where the row or the value says «%»; None otherwise."""
    qualifier: str | None = None
    """``at_most`` for «90-нан көп емес» (not more than 90)."""

    @classmethod
    def parse(cls, raw: str, unit: str | None = None) -> QualityValue:
        """Read a quality indicator's value as printed («90-нан көп емес», «95 %»), keeping the raw text."""
        text = " ".join(raw.split())
        m = _QV_NUMBER.match(text)
        if m is None:
            return cls(raw, None, "percent" if unit == "%" or "%" in text else None)
        number = decimal.Decimal(m.group(1).replace(",", ".").replace(" ", ""))
        percent = unit == "%" or m.group(2) == "%"
        return cls(raw, number, "percent" if percent else unit, "at_most" if m.group(3) else None)


@frozen
class QualityIndicator:
    """A row of a standard's quality annex: the indicator, its normative and next year's target values."""

    name: LocalizedText
    """The indicator as the annex names it («уақтылы көрсетілген жағдайлардың %»), with translations."""
    source: Source
    """Where the annex prints the indicator."""
    normative: str | None = None
    """The normative value as printed («100», «0, 5»); ``None`` where the row has none."""
    target_next_year: str | None = None
    """The target value for the next year as printed; ``None`` where the row has none."""
    unit: str | None = None
    """The unit as printed (``%`` for every row of the acts); ``None`` where not printed."""
    code: str | None = None
    """The row's number in the annex (``1.1``, ``2.1``); ``None`` where it has none."""
    group: LocalizedText | None = None
    """The group heading the row stands under («Уақтылығы», «Сапасы», ...); ``None`` where the annex has no groups."""
    normative_source: Source | None = None
    """Where the annex prints the normative value, when not on the name's line."""
    current: str | None = None
    """The current value, where the annex gives one."""
    values_source: Source | None = None
    """Where the annex prints the value columns, when not on the name's line."""
    normative_value: QualityValue | None = None
    """:attr:`normative` as a number with its unit (the raw text stays in :attr:`normative`)."""
    target_value: QualityValue | None = None
    """:attr:`target_next_year` as a number with its unit."""
    current_value: QualityValue | None = None
    """:attr:`current` as a number with its unit."""
