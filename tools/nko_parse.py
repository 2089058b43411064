"""Parsing helpers for the North Kazakhstan 2015 act (004_c30395a18cd71827.txt), used by tools/encode_nko.py.

Development only: reads sources/. Splits the act into its 19 regulations (Kazakh and Russian), their
numbered paragraphs and items, and reads the process steps with their maximum durations as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_NAME = "004_c30395a18cd71827.txt"
SEED = ROOT / "sources" / SEED_NAME

LINES: list[str] = SEED.read_text(encoding="utf-8").split("\n")
RU_START = next(i for i, text in enumerate(LINES, 1) if text.startswith("Об утверждении регламентов"))


def line(n: int) -> str:
    return LINES[n - 1]


def _loose(phrase: str) -> re.Pattern[str]:
    """A pattern for ``phrase`` where any space may be printed as one or more spaces or no-break spaces."""
    parts = [re.escape(p) for p in re.split(r"[ \xa0]+", phrase)]
    return re.compile("[ \xa0]+".join(parts))


def exact(n: int, phrase: str) -> str:
    """``phrase`` as printed on line ``n`` (the act prints some spaces as no-break spaces)."""
    full = line(n)
    if phrase in full:
        return phrase
    m = _loose(phrase).search(full)
    if m is None:
        raise AssertionError(f"{phrase!r} is not on line {n}: {full!r}")
    return m.group(0)


def clean(text: str) -> str:
    """Text for display: no-break spaces as spaces, runs of spaces as one."""
    return re.sub(r"[ \xa0]+", " ", text).strip()


def contains(n: int, phrase: str) -> bool:
    full = line(n)
    return phrase in full or _loose(phrase).search(full) is not None


def src(n: int, text: str | None = None) -> dict[str, object]:
    """A {line, text} source; ``text`` defaults to the stripped line and must be on it (spaces loosely)."""
    full = line(n)
    if text is None:
        text = full.strip()
    return {"line": n, "text": exact(n, text)}


def find(text: str, start: int = 1, end: int | None = None) -> int:
    """The first line number in start..end containing ``text``."""
    stop = len(LINES) if end is None else end
    for n in range(start, stop + 1):
        if contains(n, text):
            return n
    raise AssertionError(f"{text!r} not found in lines {start}..{stop}")


def find_all(text: str, start: int = 1, end: int | None = None) -> list[int]:
    stop = len(LINES) if end is None else end
    return [n for n in range(start, stop + 1) if contains(n, text)]


# -- regulations -------------------------------------------------------------------------------------------

KK_TITLE = re.compile(r'^"(.+)" мемлекеттік көрсетілетін қызмет регламенті$')
RU_TITLE = re.compile(r'^Регламент государственной услуги "(.+)"$')
KK_ANNEX = re.compile(r"регламентіне\s*(\d+)\s*-?\s*қосымша")
RU_ANNEX = re.compile(r"^\s*Приложение (\d+) к (?:[Рр]егламенту|[Сс]тандарту)")


@dataclass
class Block:
    """One regulation in one language: title line, body lines (before annex 1), annexes."""

    lang: str
    title_line: int
    title: str
    body_start: int
    body_end: int  # inclusive
    annexes: dict[int, tuple[int, int]] = field(default_factory=dict)  # number -> (first, last) line


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _blocks(lang: str) -> list[Block]:
    lo, hi = (1, RU_START - 1) if lang == "kk" else (RU_START, len(LINES))
    pat = KK_TITLE if lang == "kk" else RU_TITLE
    starts = [(n, m.group(1)) for n in range(lo, hi + 1) if (m := pat.match(LINES[n - 1]))]
    # the approval stamp precedes each title by two lines; the next block starts there
    out: list[Block] = []
    for i, (n, title) in enumerate(starts):
        end = (starts[i + 1][0] - 3) if i + 1 < len(starts) else hi
        annex_pat = KK_ANNEX if lang == "kk" else RU_ANNEX
        heads = [
            (k, int(m.group(1)))
            for k in range(n + 1, end + 1)
            if (m := annex_pat.search(LINES[k - 1])) and _indent(LINES[k - 1]) in (1, 2, 3)
        ]
        annexes: dict[int, tuple[int, int]] = {}
        for j, (k, num) in enumerate(heads):
            last = heads[j + 1][0] - 1 if j + 1 < len(heads) else end
            annexes[num] = (k, last)
        body_end = heads[0][0] - 1 if heads else end
        out.append(Block(lang, n, title, n + 1, body_end, annexes))
    return out


KK_BLOCKS = _blocks("kk")
RU_BLOCKS = _blocks("ru")
assert len(KK_BLOCKS) == 19, len(KK_BLOCKS)
assert len(RU_BLOCKS) == 19, len(RU_BLOCKS)


# -- paragraphs and items ----------------------------------------------------------------------------------

PARA = re.compile(r"^\s{4,}(\d+)\.\s")
ITEM = re.compile(r"^\s*(\d+)\)\s*")


@dataclass
class Para:
    number: int
    line: int  # heading line
    lines: list[int]  # following lines up to the next paragraph or section heading


def paragraphs(block: Block) -> dict[int, Para]:
    out: dict[int, Para] = {}
    cur: Para | None = None
    for n in range(block.body_start, block.body_end + 1):
        text = LINES[n - 1]
        m = PARA.match(text)
        if m:
            cur = Para(int(m.group(1)), n, [])
            out[cur.number] = cur
        elif text and not text[0].isspace():  # a section heading ("2. ...") or the title
            cur = None
        elif cur is not None and text.strip():
            cur.lines.append(n)
    return out


# -- durations ---------------------------------------------------------------------------------------------

KK_NUM = {
    "бір": 1,
    "екі": 2,
    "үш": 3,
    "төрт": 4,
    "бес": 5,
    "алты": 6,
    "жеті": 7,
    "сегіз": 8,
    "тоғыз": 9,
    "он": 10,
    "он үш": 13,
    "он төрт": 14,
    "он бес": 15,
    "жиырма": 20,
    "отыз": 30,
}
RU_NUM = {
    "одной": 1,
    "одного": 1,
    "двух": 2,
    "трех": 3,
    "трёх": 3,
    "четырех": 4,
    "пяти": 5,
    "шести": 6,
    "семи": 7,
    "десяти": 10,
    "тринадцати": 13,
    "четырнадцати": 14,
    "пятнадцати": 15,
    "двадцати": 20,
    "тридцати": 30,
}

KK_UNITS = [
    ("минуттан аспайды", "minutes"),
    ("минут ішінде", "minutes"),
    ("сағаттан аспайды", "hours"),
    ("сағат ішінде", "hours"),
    ("жұмыс күнінен аспайды", "working_days"),
    ("жұмыс күні ішінде", "working_days"),
    ("жұмыс күн ішінде", "working_days"),
    ("жұмыс күні ішнде", "working_days"),
    ("жұмыс күнінің ішінде", "working_days"),
]
KK_DUR = re.compile(
    r"(?P<cal>күнтізбелік\s+)?(?P<n>\d+)\s*\(\s*(?P<w>[^()]*?)\s*\)\s*(?P<u>"
    + "|".join(re.escape(u) for u, _ in KK_UNITS)
    + ")"
)
RU_DUR = re.compile(
    r"(?P<pre>не более|в течение|в течении)\s+(?P<n>\d+)\s*\(\s*(?P<w>[^()]*?)\s*\)?\s*(?P<u>минут[ы]?|час(?:а|ов)|"
    r"рабоч(?:его|их)\s+дн(?:я|ей))"
)


@dataclass
class Duration:
    value: int
    unit: str
    raw: str
    word: str
    start: int
    end: int
    calendar_prefix: bool = False


def kk_durations(text: str) -> list[Duration]:
    out = []
    for m in KK_DUR.finditer(text):
        unit = dict(KK_UNITS)[m.group("u")]
        out.append(
            Duration(int(m.group("n")), unit, m.group(0), m.group("w"), m.start(), m.end(), bool(m.group("cal")))
        )
    return out


def ru_unit(u: str) -> str:
    if u.startswith("минут"):
        return "minutes"
    if u.startswith("час"):
        return "hours"
    return "working_days"


def ru_durations(text: str) -> list[Duration]:
    return [
        Duration(int(m.group("n")), ru_unit(m.group("u")), m.group(0), m.group("w"), m.start(), m.end())
        for m in RU_DUR.finditer(text)
    ]


# -- steps -------------------------------------------------------------------------------------------------


@dataclass
class RawStep:
    line: int
    item: int | None  # the printed item number, None for a continuation sentence
    text: str  # the segment as printed (stripped)
    durations: list[Duration]
    variant: str | None = None


VARIANT_HEAD_KK = re.compile(r"^\s+([^\d\s].*):\s*$")


def raw_steps(para: Para, lang: str, *, skip: set[int] = frozenset()) -> list[RawStep]:  # type: ignore[assignment]
    """Every item and every continuation sentence that carries a duration, in order.

    Lines without a duration that are not items (receipt fields, notes) are left out; lines in ``skip`` too.
    Variant headings («...беру:» lines) set the variant of what follows.
    """
    out: list[RawStep] = []
    variant: str | None = None
    durs = kk_durations if lang == "kk" else ru_durations
    for n in para.lines:
        if n in skip:
            continue
        text = LINES[n - 1]
        stripped = text.strip()
        m = ITEM.match(text)
        if m:
            out.append(RawStep(n, int(m.group(1)), stripped, durs(stripped), variant))
            continue
        d = durs(stripped)
        if d:
            out.append(RawStep(n, None, stripped, d, variant))
        elif stripped.endswith(":") and len(stripped) < 200:
            variant = stripped
    return out


# -- annex 1: the offices ----------------------------------------------------------------------------------


@dataclass
class OfficeRow:
    number: int | None
    name_line: int
    name: str
    location: list[int]  # line numbers of the location lines (district, settlement, street)
    emails: list[int]
    phones: list[int]
    hours_line: int | None
    blank_lines: list[int] = field(default_factory=list)


def office_rows(block: Block) -> list[OfficeRow]:
    """The rows of annex 1 of ``block`` (the providers' addresses)."""
    first, last = block.annexes[1]
    rows: list[OfficeRow] = []
    cur: OfficeRow | None = None
    pending_number: int | None = None
    for n in range(first + 1, last + 1):
        raw = LINES[n - 1]
        text = raw.strip()
        if cur is None or cur.hours_line is not None:
            if text.isdigit():
                pending_number = int(text)
                continue
            if text.startswith(('"', "Государственное учреждение")):
                cur = OfficeRow(pending_number, n, text, [], [], [], None)
                rows.append(cur)
                pending_number = None
            continue
        if not text:
            if raw:
                cur.blank_lines.append(n)
            continue
        if "9.00" in text:
            cur.hours_line = n
        elif "@" in text:
            cur.emails.append(n)
        elif re.match(r"^8\s*\(?\d", text) or re.match(r"^\d{2}-\d{2}-\d{2}$", text):
            cur.phones.append(n)
        else:
            cur.location.append(n)
    return rows
