"""Write docs/img/on-time-by-office.svg: the share of cases served within the term, per office, from the audit of
a synthetic case log (``kzsocial.testing.synthetic_case_log(3000, seed=2026)``), drawn as plain SVG (no
matplotlib). Run ``python tools/gen_cases_chart.py``; a test fails while the committed file differs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
CHART = ROOT / "docs" / "img" / "on-time-by-office.svg"
CASES, SEED = 3000, 2026


def shares() -> dict[str, tuple[float, int]]:
    """(on-time share in per cent, cases) per office."""
    from kzsocial.cases import audit
    from kzsocial.testing import synthetic_case_log

    report = audit(synthetic_case_log(CASES, seed=SEED), period="all")
    counted = report.cases[report.cases["kept"].notna()]
    groups = counted.groupby("office")["kept"]
    return {str(k): (float(v) * 100, int(n)) for (k, v), n in zip(groups.mean().items(), groups.size(), strict=True)}


def render(data: dict[str, tuple[float, int]], *, floor: float = 80.0) -> str:
    """A horizontal bar chart, lowest share first, with the acts' normative 100 % and 95 % as lines."""
    rows = sorted(data.items(), key=lambda kv: (kv[1][0], kv[0]))
    label_w, bar_w, row_h, top = 330, 360, 22, 46
    width = label_w + bar_w + 90
    height = top + row_h * len(rows) + 40

    def x(share: float) -> float:
        return label_w + bar_w * max(0.0, share - floor) / (100 - floor)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
        f'<title>Share of cases served within the term, per office ({CASES:,} synthetic cases)</title>',
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
        '<text x="10" y="20" font-size="14" font-weight="bold">Cases served within the term, per office</text>',
        f'<text x="10" y="36" fill="#555">kzsocial.cases.audit of synthetic_case_log({CASES}, seed={SEED}); '
        f"axis from {floor:.0f} %</text>",
    ]
    for k, (office, (share, n)) in enumerate(rows):
        y = top + k * row_h
        colour = "#2e7d32" if share >= 95 else "#c62828"
        out.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">{escape(office)}</text>')
        out.append(
            f'<rect x="{label_w}" y="{y + 4}" width="{x(share) - label_w:.1f}" height="{row_h - 8}" fill="{colour}"/>'
        )
        out.append(f'<text x="{x(share) + 6:.1f}" y="{y + 15}">{share:.1f} % ({n})</text>')
    bottom = top + row_h * len(rows)
    for norm, dash in ((100.0, ""), (95.0, ' stroke-dasharray="4 3"')):
        out.append(
            f'<line x1="{x(norm):.1f}" y1="{top - 4}" x2="{x(norm):.1f}" y2="{bottom}" stroke="#333"{dash}/>'
        )
        out.append(f'<text x="{x(norm):.1f}" y="{bottom + 16}" text-anchor="middle">{norm:.0f} %</text>')
    out.append(
        f'<text x="10" y="{bottom + 32}" fill="#555">Lines: the normative values the standards give '
        "(100 % for most, 95 % for some); green: at or above 95 %.</text>"
    )
    out.append("</svg>")
    return "\n".join(out) + "\n"


def generate() -> str:
    return render(shares())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the committed chart is stale")
    args = parser.parse_args(argv)
    fresh = generate()
    if args.check:
        return 0 if CHART.exists() and CHART.read_text(encoding="utf-8") == fresh else 1
    CHART.parent.mkdir(parents=True, exist_ok=True)
    CHART.write_text(fresh, encoding="utf-8")
    print(f"wrote {CHART}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
