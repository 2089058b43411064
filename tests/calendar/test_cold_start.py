"""The first calendar answer reads only Kazakhstan's module of ``holidays``, and the same data as the public way."""

from __future__ import annotations

import subprocess
import sys


def test_the_first_answer_does_not_import_every_country() -> None:
    code = (
        "import sys, datetime\n"
        "from kzsocial.calendar import default_calendar\n"
        "assert default_calendar().is_working_day(datetime.date(2025, 1, 5))\n"
        "print(sum(m.startswith('holidays.countries') for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(out.stdout) == 0  # holidays.countries (≈250 modules) is never imported


def test_kazakhstan_alone_gives_the_public_table() -> None:
    import holidays

    from kzsocial.calendar._base import _kazakhstan

    years = range(1991, 2101)
    alone = _kazakhstan()(years=years, observed=False, language="en_US")
    public = holidays.country_holidays("KZ", years=years, observed=False, language="en_US")
    assert dict(alone.items()) == dict(public.items()) and len(alone) > 1000
