"""The HTML talons print on one A5 page: headless Chromium prints each snapshot, pdfinfo counts the pages.

Skipped where Chromium or poppler's pdfinfo is not installed (``apt-get install chromium poppler-utils``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

SNAPSHOTS = Path(__file__).parent / "snapshots"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PDFINFO = shutil.which("pdfinfo")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or PDFINFO is None, reason="needs chromium and pdfinfo (apt-get install chromium poppler-utils)"
)


@pytest.mark.parametrize("page", sorted(p.name for p in SNAPSHOTS.glob("*.html")))
def test_html_talon_prints_on_one_a5_page(page: str, tmp_path: Path) -> None:
    pdf = tmp_path / "talon.pdf"
    flags = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}", "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
    ]
    assert CHROMIUM is not None and PDFINFO is not None
    subprocess.run([CHROMIUM, *flags, (SNAPSHOTS / page).as_uri()], capture_output=True, timeout=120, check=False)
    info = subprocess.run([PDFINFO, str(pdf)], capture_output=True, text=True, timeout=30, check=True).stdout
    pages = re.search(r"^Pages:\s+(\d+)", info, re.M)
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    assert pages is not None and size is not None, info
    assert int(pages.group(1)) == 1, f"{page} prints on {pages.group(1)} pages"
    width, height = float(size.group(1)), float(size.group(2))
    assert abs(width - 419.5) < 2 and abs(height - 595.3) < 2, f"{page} prints on {width} x {height} pt, not A5"
