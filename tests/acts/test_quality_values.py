"""Quality annexes: every value of every indicator of every act keeps its raw text and one number with its unit.

Issue 12 found «0,1» stored as ``0.1`` in Karaganda, ``94,6`` kept raw in Akmola, ``90%`` and ``0, 5`` in Aktau:
the raw text now always stays as printed and ``*_value`` gives the number and the unit (``percent``).
"""

from __future__ import annotations

import decimal
import re

from hypothesis import given
from hypothesis import strategies as st

from kzsocial.services import QualityValue, catalog


def _reference(raw: str) -> decimal.Decimal:
    """The slow obvious reading: the digits and the comma before any word, the comma as the decimal point."""
    head = re.split(r"-", raw)[0]
    return decimal.Decimal(re.sub(r"[^0-9,]", "", head).replace(",", "."))


def test_every_indicator_value_keeps_its_raw_text_and_one_number_in_percent() -> None:
    seen = 0
    for svc in catalog():
        for q in svc.quality_indicators:
            printed = " ".join(
                " ".join(s.text.split()) for s in (q.normative_source, q.values_source, q.source) if s is not None
            )
            pairs = (
                (q.normative, q.normative_value),
                (q.target_next_year, q.target_value),
                (q.current, q.current_value),
            )
            for raw, value in pairs:
                if raw is None:
                    assert value is None, (svc.id, q.name.kk)
                    continue
                assert value is not None and value.raw == raw, (svc.id, raw)
                assert " ".join(raw.split()) in printed, (svc.id, raw)  # as printed, not rewritten
                assert "." not in raw or "." in printed, (svc.id, raw)
                assert value.unit == "percent", (svc.id, raw)
                assert value.value == _reference(raw), (svc.id, raw)
                assert decimal.Decimal(0) <= value.value <= decimal.Decimal(100), (svc.id, raw)
                seen += 1
    assert seen > 800


def _indicator_values(service_id: str) -> list[tuple[str | None, decimal.Decimal | None]]:
    return [
        (q.normative, None if q.normative_value is None else q.normative_value.value)
        for q in catalog().get(service_id).quality_indicators
    ]


def test_the_values_issue_12_names() -> None:
    # Karaganda standard 2, row 4.1: «0,1» (000:1549)
    assert ("0,1", decimal.Decimal("0.1")) in _indicator_values("karaganda-2008/semipalatinsk-victims-registration")
    akmola = catalog().get("akmola-2008/social-aid-local-decisions").quality_indicators
    assert ("94,6", decimal.Decimal("94.6")) in [
        (q.target_next_year, q.target_value.value) for q in akmola if q.target_value
    ]
    aktau = [q for s in catalog().by_act("aktau-2008") for q in s.quality_indicators]
    assert {("90%", decimal.Decimal(90)), ("0, 5", decimal.Decimal("0.5"))} <= {
        (q.normative, q.normative_value.value) for q in aktau if q.normative_value
    }
    at_most = [q.normative_value for q in aktau if q.normative == "90-нан көп емес"]
    assert at_most and all(
        v is not None and (v.value, v.qualifier) == (decimal.Decimal(90), "at_most") for v in at_most
    )


@given(
    st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(["", "%"]),
    st.sampled_from(["", " "]),
)
def test_parse_reads_a_decimal_comma_as_printed(number: decimal.Decimal, percent: str, space: str) -> None:
    whole, _, frac = f"{number:.2f}".partition(".")
    raw = f"{whole},{space}{frac}{percent}"
    value = QualityValue.parse(raw, "%")
    assert value.raw == raw and value.value == number and value.unit == "percent"
