"""Propose data from an act's repeated tables; a maintainer reads the proposal, corrects it, and pastes it in.

The data files under ``src/kzsocial/data/acts/`` own the facts; these parsers only save typing on the tables every
act repeats, and every proposed phrase already carries its line, so ``tools/check_sources.py`` accepts it as is:

    python tools/propose.py indicators sources/000_24378b1da5dcbe4b.txt 14740 14830
        the quality-indicator table of a standard (annex «Сапа және қолжетімділік көрсеткіштері»): one record per
        row «N.N. <name> <values>», with the code, the name as printed (whitespace folded), the printed values
        (normative, next year's target, current, as many as the row prints) and the sources of name and values.
    python tools/propose.py contacts sources/000_24378b1da5dcbe4b.txt 200 260
        the contacts printed in a range of lines (an office annex): every telephone number, email address and
        website with its line and, for phones, the normalised E.164 form given the area code in force (printed in
        brackets on the same or an earlier line, or ``--area-code``).

Both print JSON on standard output. A proposal is a first draft: the acts' tables are damaged in places (broken
cells, misprints), and what a parser cannot see is for the reader to add, with a data issue.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_CODE = re.compile(r"^(\d+\.\d+)\.(?:\s*(\S.*))?$")  # «1.1.», «1.1. name», «4.3.name» (no space, as printed)
# A value cell: «100 %», «0,1», «94,6», «90-нан көп» (its «емес» on the next line), or «-» where the act gives none.
_VALUE = re.compile(r"^(?:\d[\d\s,.%]*(?:-\w+(?:\s+\w+)?)?|-)$")
_GROUP = re.compile(r"^\d+\.\s+\S")  # a group heading such as «4. Шағымдану үдерісі» ends the row before it
_PHONE = re.compile(r"(?:\(\s*(\d{4,6})\s*\)\s*)?(\d{1,3}(?:[-\s]?\d{2}){2,3}|\d{5,7})")
_POSTCODE = re.compile(r"\d{6},")  # «100012, Қарағанды облысы, ...»: an address's postcode, not a number
_EMAIL = re.compile(r"[\w.+-]+\s*@\s*[\w-]+(?:\.[\w-]+)+")
_WEBSITE = re.compile(r"(?:https?://)?www[\s.][\w.-]+\.[a-z]{2,}", re.IGNORECASE)


def _rows(lines: list[str], first: int, last: int) -> Iterator[tuple[int, str]]:
    """The non-empty lines ``first..last`` (1-based, inclusive), stripped, with their numbers."""
    for number in range(max(first, 1), min(last, len(lines)) + 1):
        text = lines[number - 1].strip()
        if text:
            yield number, text


def indicators(lines: list[str], first: int, last: int) -> list[dict[str, Any]]:
    """One proposed quality indicator per «N.N.» row of the table in ``first..last``."""
    found: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for number, text in _rows(lines, first, last):
        code = _CODE.match(text)
        if code:
            current = {"code": code.group(1), "name_lines": [], "values": []}
            found.append(current)
            if code.group(2):
                current["name_lines"].append((number, code.group(2)))
        elif current is not None and _VALUE.match(text) and current["name_lines"]:
            current["values"].append([(number, text)])
        elif current is not None and current["values"] and not _GROUP.match(text) and len(text) < 12:
            current["values"][-1].append((number, text))  # «90-нан көп» then «емес»: one cell on two lines
        elif current is not None and not current["values"] and not _GROUP.match(text):
            current["name_lines"].append((number, text))
        else:
            current = None  # a group heading or the table's end: the row is complete
    return [_indicator(lines, row) for row in found if row["name_lines"]]


def _indicator(lines: list[str], row: dict[str, Any]) -> dict[str, Any]:
    name_lines: list[tuple[int, str]] = row["name_lines"]
    name = " ".join(" ".join(t.split()) for _, t in name_lines)
    start, end = name_lines[0][0], name_lines[-1][0]
    proposal: dict[str, Any] = {
        "code": row["code"],
        "name": {"kk": name},
        "values": [" ".join(t for _, t in cell) for cell in row["values"]],
        "source": _source(lines, start, end, name_lines[0][1], name_lines[-1][1]),
    }
    if row["values"]:
        (v_start, v_first), (v_end, v_last) = row["values"][0][0], row["values"][-1][-1]
        proposal["values_source"] = _source(lines, v_start, v_end, v_first, v_last)
    return proposal


def _source(lines: list[str], start: int, end: int, first: str, last: str) -> dict[str, Any]:
    """A source object whose text is exactly the printed span from ``first`` (on ``start``) to ``last``."""
    span = "\n".join(lines[start - 1 : end])
    begin = span.index(first)
    stop = span.rindex(last) + len(last)
    source: dict[str, Any] = {"line": start, "text": span[begin:stop]}
    if end != start:
        source["end_line"] = end
    return source


def contacts(lines: list[str], first: int, last: int, area_code: str | None = None) -> list[dict[str, Any]]:
    """Every phone, email and website printed in ``first..last``, with its line (phones normalised)."""
    from kzsocial.registry import normalize_phone  # the library's own rules, so the proposal matches the loader

    found: list[dict[str, Any]] = []
    for number, text in _rows(lines, first, last):
        for match in _EMAIL.finditer(text):
            found.append({"kind": "email", "raw": match.group(0), "source": {"line": number, "text": match.group(0)}})
        for match in _WEBSITE.finditer(text):
            found.append({"kind": "website", "raw": match.group(0), "source": {"line": number, "text": match.group(0)}})
        emails = [m.span() for m in _EMAIL.finditer(text)]
        for match in _PHONE.finditer(text):
            if any(a <= match.start() < b for a, b in emails) or _POSTCODE.match(text[match.start() :]):
                continue
            if match.group(1):
                area_code = match.group(1)
            raw = match.group(0).strip()
            phone = normalize_phone(raw, area_code=area_code) if area_code else None
            found.append(
                {
                    "kind": "phone",
                    "raw": raw,
                    "area_code": area_code,
                    "e164": phone.e164 if phone is not None else None,
                    "source": {"line": number, "text": raw},
                }
            )
    return found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("table", choices=["indicators", "contacts"])
    parser.add_argument("seed", type=Path, help="the act's text (a file in sources/)")
    parser.add_argument("first", type=int, help="first line of the table (1-based)")
    parser.add_argument("last", type=int, help="last line of the table (inclusive)")
    parser.add_argument("--area-code", help="contacts: the area code in force before one is printed")
    args = parser.parse_args(argv)
    lines = args.seed.read_text(encoding="utf-8").split("\n")
    if args.table == "indicators":
        result = indicators(lines, args.first, args.last)
    else:
        result = contacts(lines, args.first, args.last, args.area_code)
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
