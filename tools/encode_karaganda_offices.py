"""Encode every office of the Karaganda 2008 act (000_24378b1da5dcbe4b.txt) into offices.json and office_links.json.

Development tool (the package never runs it). The act repeats the same contact tables after each of its 13
standards: a table of the city and district employment departments (annex 1), a table of the city and district
akims' apparatus with the heads' reception schedules (annex 3 or 4), and for standards 5, 11 and 12 a table of
the settlement and rural akims (annex 2). Point 25 of every standard names the oblast department, point 9 the
oblast akimat's website. This script parses every printing, deduplicates the offices, compares every repeat with
the first printing, and writes the JSON. Raw values are kept exactly as printed; the defects it sees are recorded as
data issues. The committed JSON is the product: read it after running this.

Usage:
    python tools/encode_karaganda_offices.py            # write offices.json and office_links.json
    python tools/encode_karaganda_offices.py --check    # exit 1 if the committed files differ from a fresh run
    python tools/encode_karaganda_offices.py --report   # print a summary of what was found
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "sources" / "000_24378b1da5dcbe4b.txt"
OUT = ROOT / "src" / "kzsocial" / "data" / "acts" / "karaganda-2008"
ACT = "karaganda-2008"
REGION = "karaganda"
TZ = "Asia/Almaty"

# The 13 standards in act order: (service id, line of the standard's «БЕКІТІЛДІ»); a standard runs to the next one.
SERVICES: list[tuple[str, int]] = [
    ("karaganda-2008/unemployed-registration", 65),
    ("karaganda-2008/semipalatinsk-victims-registration", 1074),
    ("karaganda-2008/prosthetic-orthopaedic-aid", 2117),
    ("karaganda-2008/hearing-visual-hygiene-aids", 3138),
    ("karaganda-2008/child-benefits-under-18", 4211),
    ("karaganda-2008/housing-assistance", 6035),
    ("karaganda-2008/medical-social-institution-documents", 7008),
    ("karaganda-2008/home-social-care-documents", 8053),
    ("karaganda-2008/social-aid-local-decisions", 9092),
    ("karaganda-2008/disabled-children-home-education-aid", 10109),
    ("karaganda-2008/rural-specialists-fuel-aid", 11134),
    ("karaganda-2008/targeted-social-assistance", 12606),
    ("karaganda-2008/unemployed-certificate", 14394),
]

# The cities and districts of the oblast as the act names them: kk stem -> (slug, en, ru, seat area code).
UNITS: dict[str, tuple[str, str, str, str]] = {
    "Қарағанды қаласы": ("karaganda-city", "Karaganda city", "города Караганды", "7212"),
    "Балқаш қаласы": ("balkhash-city", "Balkhash city", "города Балхаш", "71036"),
    "Қаражал қаласы": ("karazhal-city", "Karazhal city", "города Каражал", "71032"),
    "Приозерск қаласы": ("priozersk-city", "Priozersk city", "города Приозерск", "71039"),
    "Саран қаласы": ("saran-city", "Saran city", "города Сарань", "72137"),
    "Теміртау қаласы": ("temirtau-city", "Temirtau city", "города Темиртау", "7213"),
    "Шахтинск қаласы": ("shakhtinsk-city", "Shakhtinsk city", "города Шахтинск", "72156"),
    "Жезқазған қаласы": ("zhezkazgan-city", "Zhezkazgan city", "города Жезказган", "7102"),
    "Сәтбаев қаласы": ("satpayev-city", "Satpayev city", "города Сатпаев", "71063"),
    "Абай ауданы": ("abay-district", "Abay district", "Абайского района", "72131"),
    "Жаңаарқа ауданы": ("zhanaarka-district", "Zhanaarka district", "Жанааркинского района", "71030"),
    "Қарқаралы ауданы": ("karkaraly-district", "Karkaraly district", "Каркаралинского района", "72146"),
    "Нұра ауданы": ("nura-district", "Nura district", "Нуринского района", "72144"),
    "Осакаров ауданы": ("osakarov-district", "Osakarov district", "Осакаровского района", "72149"),
    "Ақтоғай ауданы": ("aktogay-district", "Aktogay district", "Актогайского района", "71037"),
    "Шет ауданы": ("shet-district", "Shet district", "Шетского района", "71031"),
    "Ұлытау ауданы": ("ulytau-district", "Ulytau district", "Улытауского района", "71035"),
    "Бұқар жырау ауданы": ("bukhar-zhyrau-district", "Bukhar-Zhyrau district", "Бухар-Жырауского района", "72154"),
}

# Settlement akims whose printed address names no city or district: the unit they belong to. Evidence: the
# table lists the akims grouped by city/district in the order of the department table, and the area code
# printed for each is that unit's (Zhairem 71032 = Karazhal; Aktas 7212 next to Saran; Zhezkazgan settlement
# 71063 = Satpayev; Aktau 7213 = Temirtau; Shakhan, Novodolinsky, Dolinka 72156 = Shakhtinsk; Osakarovka,
# Molodezhny: Osakarov district).
UNIT_NOT_PRINTED: dict[str, str] = {
    "Жәйрем": "Қаражал қаласы",
    "Ақтас": "Саран қаласы",  # the other Ақтас (Ulytau district) has its district printed
    "Жезқазған": "Сәтбаев қаласы",
    "Ақтау": "Теміртау қаласы",  # the other Ақтау (a village of Zhanaarka district) has its district printed
    "Шахан": "Шахтинск қаласы",
    "Новодолинский": "Шахтинск қаласы",
    "Долинка": "Шахтинск қаласы",
    "Осакаровка": "Осакаров ауданы",
    "Молодежный": "Осакаров ауданы",
}
# Offices whose address names no settlement: (office id) -> (settlement, why).
SETTLEMENT_NOT_PRINTED: dict[str, tuple[str, str]] = {
    "karaganda/akimat-zhanaarka-district": (
        "Атасу",
        "The address names no settlement; Атасу (Atasu), the district centre, is derived from the district "
        "department's address: the same postcode 100500 and house 5 on Тәуелсіздік (printed as «даңғылы» "
        "there, «көшесі» here).",
    ),
}

# Area codes that cannot be taken as printed: office id -> (area code used, why). The raw numbers stay as printed.
AREA_CODE_OVERRIDES: dict[str, tuple[str, str]] = {
    "karaganda/akim-abay-district-koksu-rural-district": (
        "72153",
        "The phone is printed with the area code (71253), which does not exist in Kazakhstan's numbering plan "
        "(the phonenumbers metadata rejects +7 71253 52482). The other rural akims of Abay district print 72153 "
        "with local numbers of the same 5xxxx series, so 71253 is probably 72153 with two digits swapped. The "
        "office's area code is set to 72153 (used for the fax printed without a code); the phone stays as printed.",
    ),
    "karaganda/akim-ulytau-district-aktas-settlement": (
        "71041",
        "The number is printed as (710412) 20010: a six-digit area code, one digit too many (a Kazakh national "
        "number has 10 digits). The neighbouring rural akims of Ulytau district (Алғабас, Қоскөл, Шеңбер, "
        "Терісаққан) print 71041, so the office's area code is set to 71041; which digit is stray cannot be told, "
        "so the number itself stays as printed and cannot be dialled reliably.",
    ),
}

# Defects a parser cannot see, found by reading: office id -> [(code, severity, message, text cited)]. The cited
# text is looked up on the office's first printing (its name, address or number lines).
MANUAL_ISSUES: dict[str, list[tuple[str, str, str, str]]] = {
    "karaganda/akimat-priozersk-city": [
        (
            "misprint",
            "info",
            "The name is printed «әкімнің» (a letter missing) instead of «әкімінің» in every "
            "repeat; the apparatus of the Priozersk city akim is meant.",
            "Приозерск қаласы әкімнің аппараты",
        ),
        (
            "wrong-contact",
            "info",
            "The website is printed «www.priozerck.kz»; the city is Priozersk, so the «c» is "
            "possibly a Cyrillic «с» read as a Latin letter (www.priozersk.kz). Kept as printed.",
            "www.priozerck.kz",
        ),
    ],
    "karaganda/employment-dept-zhezkazgan-city": [
        (
            "wrong-contact",
            "info",
            "The email is printed «zhez_cobes@…»; the other departments write «sobes», so "
            "«cobes» is possibly a Cyrillic «с» typed as a Latin «c». Kept as printed.",
            "zhez_cobes@krg.gov.kz",
        ),
    ],
    "karaganda/akimat-osakarov-district": [
        (
            "wording",
            "info",
            "The address names the district centre «Осакаровка кенті», while the district "
            "department's address (line 358) names it «Осакаров кенті»; the same settlement is meant.",
            "Осакаровка кенті",
        ),
    ],
    "karaganda/akim-shakhtinsk-city-dolinka-settlement": [
        (
            "copy-paste",
            "warning",
            "The akim of Долинка settlement is printed with an address in «Новодолинский "
            "кенті», the settlement of the entry above (with its own postcode 101604 and street); the address is "
            "probably copied from the Novodolinsky entry and should name Долинка. Kept as printed.",
            "Новодолинский кенті, Садовая көшесі, 58",
        ),
    ],
    "karaganda/akim-abay-district-karabas-settlement": [
        (
            "wrong-contact",
            "warning",
            "Қарабас settlement (Abay district) is printed with area code 72154, which the "
            "act uses for Bukhar-Zhyrau district (Ботақара), while Abay district's akims print 72131/72153; its local "
            "number 31528 is also the second phone of Топар settlement just above, printed with 72153. The number "
            "is probably copied from the Topar entry with a wrong code. Kept as printed.",
            "(72154) 31528",
        ),
    ],
    "karaganda/akim-nura-district-akmeshit-rural-district": [
        (
            "wording",
            "info",
            "The name lacks «әкімінің» («Ақмешіт селолық округі аппараты»); the apparatus of the "
            "akim of the rural district is meant, as for the other entries.",
            "Ақмешіт селолық округі аппараты",
        ),
    ],
    "karaganda/akim-shet-district-aksu-ayuly-rural-district": [
        (
            "wording",
            "info",
            "The name lacks «әкімінің» and has a stray space before the hyphen («Ақсу -Аюлы "
            "селолық округі аппараты»); the apparatus of the akim of the Aksu-Ayuly rural district is meant.",
            "Ақсу -Аюлы селолық округі аппараты",
        ),
    ],
    "karaganda/akim-ulytau-district-shenber-rural": [
        (
            "wording",
            "info",
            "The name «Шеңбер селолық әкімі аппараты» lacks «округі» (rural district); the "
            "apparatus of the akim of the Shenber rural district is probably meant.",
            "Шеңбер селолық әкімі аппараты",
        ),
    ],
    "karaganda/akim-ulytau-district-karsakpai-settlement": [
        (
            "misprint",
            "info",
            "The closing quotation mark after the name is missing in every repeat.",
            '"Қарсақпай кенті әкімі аппараты мемлекеттік мекемесі',
        ),
    ],
    "karaganda/akim-zhanaarka-district-karaagash-rural-district-yntaly": [
        (
            "duplicate-office",
            "info",
            "This entry's address and number are in Ынталы village; its name is probably "
            "wrong (the rural district centred on Ынталы), since the next-but-two entry is the Қараағаш rural "
            "district in Қараағаш village.",
            "Ынталы селосы",
        ),
    ],
}

HEADERS = {
    "Жұмыспен қамту және әлеуметтік бағдарламалар бөлімдерінің байланыс мәліметтері": "dept",
    "Кент, ауыл (село), ауылдық (селолық) округ әкімдерінің байланыс мәліметтері": "rural",
    "Қала және аудан әкімдерінің байланыс мәліметтері мен қабылдау кестелері": "akimat",
    "Аудан әкімдерінің байланыс мәліметтері мен қабылдау кестелері": "akimat",
}
TABLE_END = re.compile(
    r'^(\s*N 32/08|\s*Қарағанды облысы әкімдігінің|\s*БЕКІТІЛДІ|\s*2008 жылғы 25|"|\s*N? ?\d+[ -]қосымша\s*$)'
)
NAME_CELL = re.compile(r"мемлекеттік мекемесі\s*$")
LETTER = "а-яёәіңғүұқөһ"
LABEL = re.compile(rf"(?i)(?<![{LETTER}])(тел\s*/\s*факс|тел\.\s*факс|тел\.?:?|факс:?)(?![{LETTER}])")
NUMBER = re.compile(r"(?:8\s*)?(?:\(\s*\d+\s*\)\s*)?\d+(?: \d{3}\b)?")
EMAIL = re.compile(r"\S+@\S+")
SETTLEMENT = re.compile(r"(?:^|,)\s*([^,]*?\S)\s+(қаласы|кенті|селосы|ауылы)(?=[\s,]|$)")
UNIT_IN_ADDRESS = re.compile(r"([^,]*?\S)\s+(ауданы|қаласы)(?=[\s,]|$)")

WEEKDAYS = {"дүйсенбі": "MO", "сейсенбі": "TU", "сәрсенбі": "WE", "бейсенбі": "TH", "жұма": "FR", "сенбі": "SA"}
DAY_PHRASE = re.compile(r"^(апта сайын|әр айдың|айына)")
TIME_PHRASE = re.compile(
    r"сағ\.\s*(\d{1,2})\.(\d{2})(?:-(?:ден|дан|тен|тан|нан|нен))?\s*(?:(\d{1,2})\.(\d{2})\s*дейін|бастап)"
)
WHO = {
    "Әкім:": ("Әкім", "Akim"),
    "Орынбасары:": ("Орынбасары", "Deputy akim"),
    "Орынбасарлары:": ("Орынбасарлары", "Deputy akims"),
}

_TRANSLIT_PAIRS = (
    "а:a б:b в:v г:g ғ:g д:d е:e ё:e ж:zh з:z и:i й:i к:k қ:k л:l м:m н:n ң:n о:o ө:o п:p р:r с:s т:t у:u ұ:u "
    "ү:u ф:f х:kh һ:h ц:ts ч:ch ш:sh щ:shch ъ: ы:y і:i ь: э:e ю:yu я:ya ә:a"
)
TRANSLIT = dict(pair.split(":") for pair in _TRANSLIT_PAIRS.split(" "))


def slug(text: str) -> str:
    out = "".join(TRANSLIT.get(ch, ch) for ch in text.lower())
    return re.sub(r"[^a-z0-9]+", "-", out).strip("-")


def norm(text: str) -> str:
    """Whitespace-, comma- and spacing-insensitive form used only to compare repeats (never stored)."""
    text = re.sub(r"\s+", " ", text.replace(",", " ")).strip()
    text = re.sub(r"\s*([,.;:)\"])\s*", r"\1", text)
    return re.sub(r"([(\"])\s*", r"\1", text)


def digits(raw: str) -> str:
    return re.sub(r"\D", "", raw)


def split_number(raw: str) -> tuple[str | None, str, bool]:
    """(area code or None, local digits, whether a trunk 8 was printed inside the brackets)."""
    m = re.search(r"\(\s*(\d+)\s*\)", raw)
    if not m:
        return None, digits(raw), False
    code = m.group(1)
    inside = code.startswith("8")
    return (code[1:] if inside else code), digits(raw[m.end() :]), inside


def number_key(raw: str, area_code: str) -> tuple[str, str]:
    code, local, _ = split_number(raw)
    return (code or area_code, local)


def src(line: int, text: str, end_line: int | None = None) -> dict[str, Any]:
    d: dict[str, Any] = {"line": line, "text": text}
    if end_line is not None and end_line != line:
        d["end_line"] = end_line
    return d


def issue(code: str, severity: str, message: str, source: dict[str, Any] | None) -> dict[str, Any]:
    d: dict[str, Any] = {"code": code, "severity": severity, "message": message}
    if source is not None:
        d["source"] = source
    return d


@dataclass
class Phone:
    raw: str
    kind: str  # phone | fax
    line: int
    label: str

    def as_json(self) -> dict[str, Any]:
        return {"raw": self.raw, "kind": self.kind, "source": src(self.line, self.raw)}


@dataclass
class Slot:
    who: str
    who_en: str
    rrule: str | None
    start: str | None
    end: str | None
    text: str
    place: str | None
    source: dict[str, Any]

    def key(self) -> tuple[Any, ...]:
        return (self.who, self.rrule, self.start, self.end, self.place, norm(self.text))


@dataclass
class Printing:
    """One printing of one office in one table."""

    table: str  # dept | akimat | rural | oblast | oblast-akimat
    service: str | None
    name_line: int
    name_printed: str  # the cell as printed, without the leading tab and trailing spaces
    name: str  # the name without the quotes and "мемлекеттік мекемесі"
    address: str = ""
    address_source: dict[str, Any] | None = None
    phones: list[Phone] = field(default_factory=list)
    emails: list[tuple[str, int]] = field(default_factory=list)
    websites: list[tuple[str, int]] = field(default_factory=list)
    reception: list[Slot] = field(default_factory=list)


def load() -> list[str]:
    return SEED.read_text(encoding="utf-8").split("\n")


def service_of(line: int) -> str:
    current = SERVICES[0][0]
    for sid, start in SERVICES:
        if line >= start:
            current = sid
    return current


def find_tables(lines: list[str]) -> list[tuple[str, int, int]]:
    tables = []
    for i, text in enumerate(lines, 1):
        kind = HEADERS.get(text.strip())
        if kind:
            j = i + 1
            while j <= len(lines) and not TABLE_END.match(lines[j - 1]):
                j += 1
            tables.append((kind, i, j - 1))
    return tables


def parse_phones(text: str, line: int) -> tuple[str, list[Phone]]:
    """Split a cell line into the address part (before the first label) and the numbers after the labels."""
    m = LABEL.search(text)
    if not m:
        return text, []
    head = text[: m.start()]
    phones: list[Phone] = []
    pos = m.start()
    label = ""
    while pos < len(text):
        lm = LABEL.match(text, pos)
        if lm:
            label = lm.group(1)
            pos = lm.end()
            continue
        nm = NUMBER.match(text, pos)
        if nm:
            raw = nm.group(0).strip()
            low = label.lower()
            kinds = (
                ["phone", "fax"]
                if "/" in low or ".факс" in low.replace(" ", "")
                else (["fax"] if low.startswith("факс") else ["phone"])
            )
            phones.extend(Phone(raw, k, line, label) for k in kinds)
            pos = nm.end()
            continue
        pos += 1
    return head, phones


def cells_of(lines: list[str], start: int, end: int) -> list[list[tuple[int, str]]]:
    """Group the table's lines into cells: a line starting with a tab opens a new cell; others continue it."""
    cells: list[list[tuple[int, str]]] = []
    for n in range(start + 1, end + 1):
        text = lines[n - 1]
        if not text.strip():
            continue
        if text.startswith("\t") or not cells:
            cells.append([(n, text)])
        else:
            cells[-1].append((n, text))
    return cells


def name_of(printed: str) -> str:
    inner = NAME_CELL.sub("", printed).strip().strip('"').strip()
    return re.sub(r"\s+", " ", inner)


def parse_schedule(lines: list[str], cell: list[tuple[int, str]]) -> list[Slot]:
    slots: list[Slot] = []
    who = ("", "")
    items = [(n, t.strip()) for n, t in cell]
    i = 0
    while i < len(items):
        n, t = items[i]
        if t in WHO:
            who = WHO[t]
            i += 1
            continue
        if not DAY_PHRASE.match(t):
            raise ValueError(f"line {n}: unexpected schedule text {t!r}")
        day = t
        end_n, time_text, place = n, None, None
        if TIME_PHRASE.search(t):
            time_text = t
        elif i + 1 < len(items) and TIME_PHRASE.search(items[i + 1][1]):
            end_n, time_text = items[i + 1]
            i += 1
        elif i + 1 < len(items) and items[i + 1][1] not in WHO and not DAY_PHRASE.match(items[i + 1][1]):
            end_n, place = items[i + 1]
            i += 1
        i += 1
        joined = "\n".join(lines[n - 1 : end_n])
        first = joined.index(day.rstrip(",;."))
        last_piece = (time_text or place or day).rstrip(",;.")
        last = joined.rindex(last_piece) + len(last_piece)
        raw = joined[first:last]
        rrule = day_rrule(day)
        start = end = None
        if time_text:
            tm = TIME_PHRASE.search(time_text)
            assert tm
            start = f"{int(tm.group(1)):02d}:{tm.group(2)}"
            if tm.group(3):
                end = f"{int(tm.group(3)):02d}:{tm.group(4)}"
        text = re.sub(r"\s+", " ", raw.replace("\n", " ")).strip()
        slots.append(
            Slot(who[0], who[1], rrule, start, end, text, place.rstrip(",;.") if place else None, src(n, raw, end_n))
        )
    return slots


def day_rrule(day: str) -> str | None:
    m = re.match(r"апта сайын (\S+) күндері", day)
    if m:
        return f"FREQ=WEEKLY;BYDAY={WEEKDAYS[m.group(1)]}"
    m = re.match(r"әр айдың ([\d, ]+)-ші (\S+?)сі\b", day)
    if m:
        nums = [int(x) for x in re.findall(r"\d+", m.group(1))]
        wd = WEEKDAYS[m.group(2)]
        return "FREQ=MONTHLY;BYDAY=" + ",".join(f"+{k}{wd}" for k in nums)
    m = re.match(r"әр айдың соңғы (\S+?)сі\b", day)
    if m:
        return f"FREQ=MONTHLY;BYDAY=-1{WEEKDAYS[m.group(1)]}"
    return None  # "айына бір рет" (once a month, no day), "әр айдың бірінші аптасы" (the first week)


def parse_table(lines: list[str], kind: str, start: int, end: int) -> list[Printing]:
    printings: list[Printing] = []
    sid = service_of(start)
    current: Printing | None = None
    after_name = 0
    for cell in cells_of(lines, start, end):
        first_n, first_t = cell[0]
        head = first_t.strip()
        if NAME_CELL.search(head) and ("аппарат" in head or "бөлім" in head):
            printed = first_t.lstrip("\t").rstrip()
            current = Printing(kind, sid, first_n, printed, name_of(printed))
            printings.append(current)
            after_name = 0
            continue
        if current is None:
            continue  # the table's header cells
        after_name += 1
        if re.fullmatch(r"\d+\.?", head):
            current = None  # the next entry's number cell
            continue
        if head in WHO:
            current.reception = parse_schedule(lines, cell)
            continue
        pieces: list[tuple[int, str]] = []
        for n, t in cell:
            s = t.strip()
            if "@" in s:
                current.emails.extend((e, n) for e in EMAIL.findall(s))
            elif after_name > 1 and (s.startswith("www") or re.fullmatch(r"[\w.-]+\.(kz|ru)\.?", s)):
                current.websites.append((s, n))
            else:
                addr, phones = parse_phones(s, n)
                current.phones.extend(phones)
                if addr.strip():
                    pieces.append((n, addr.strip()))
        if pieces:
            if after_name != 1 or current.address_source is not None:
                raise ValueError(f"line {pieces[0][0]}: unclassified text {pieces!r}")
            current.address, current.address_source = address_of(lines, pieces)
    return printings


def address_of(lines: list[str], pieces: list[tuple[int, str]]) -> tuple[str, dict[str, Any]]:
    """The address as printed over one or more lines (a trailing comma before the phone label dropped)."""
    first_n, first_piece = pieces[0]
    last_n, last_piece = pieces[-1]
    last_piece = last_piece.rstrip().rstrip(",").rstrip()
    joined = "\n".join(lines[first_n - 1 : last_n])
    begin = joined.index(first_piece)
    stop = joined.rindex(last_piece) + len(last_piece)
    raw = joined[begin:stop]
    return re.sub(r"\s+", " ", raw), src(first_n, raw, last_n)


OBLAST_NAME = "Қарағанды облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы"
OBLAST_ADDR = re.compile(r"100009, Қазақстан Республикасы, Қарағанды облысы, Қарағанды қаласы, Ержанов көшесі,? 47/3")
OBLAST_PHONE = re.compile(r"байланыс телефоны: ((?:8 ?)?\(7212\) 432082)")


def parse_oblast(lines: list[str]) -> tuple[list[Printing], list[dict[str, Any]], list[Printing]]:
    """Point 25 of each standard (the oblast department) and point 9 (the oblast akimat's website)."""
    dept: list[Printing] = []
    mentions: list[dict[str, Any]] = []
    akimat: list[Printing] = []
    for n, text in enumerate(lines, 1):
        if OBLAST_NAME in text and "25." in text:
            a = OBLAST_ADDR.search(text)
            p = OBLAST_PHONE.search(text)
            assert a and p, n
            pr = Printing(
                "oblast",
                service_of(n),
                n,
                f'"{OBLAST_NAME}" мемлекеттік мекемесі',
                OBLAST_NAME,
                a.group(0),
                src(n, a.group(0)),
            )
            pr.phones.append(Phone(p.group(1), "phone", n, "байланыс телефоны:"))
            pr.emails.extend((e, n) for e in ("karagandatrud@mail.ru", "depkaraganda1@enbek.kz") if e in text)
            if not text[: text.index(OBLAST_NAME)].rstrip().endswith('"'):
                raise ValueError(n)
            dept.append(pr)
        elif OBLAST_NAME in text:
            mentions.append(src(n, OBLAST_NAME))
        if "www.karaganda-region.kz" in text:
            named = "Қарағанды облысы әкімдігінің www.karaganda-region.kz"
            pr = Printing(
                "oblast-akimat",
                service_of(n),
                n,
                named if named in text else "www.karaganda-region.kz",
                "Қарағанды облысының әкімдігі",
            )
            pr.websites.append(("www.karaganda-region.kz", n))
            akimat.append(pr)
    # the office's source is its first printing that names it; the other printings are repeats
    akimat.sort(key=lambda pr: (not pr.name_printed.startswith("Қарағанды"), pr.name_line))
    return dept, mentions, akimat


# --------------------------------------------------------------------------------------------------------------


@dataclass
class Office:
    id: str
    kind: str
    printings: list[Printing]
    unit: str | None  # the city or district (kk) the office belongs to
    seat: bool  # a city/district-level office (department or akimat) rather than a rural one
    data: dict[str, Any] = field(default_factory=dict)


def unit_of(p: Printing) -> tuple[str, bool]:
    """The city/district of a printing, and whether it was printed (False: derived)."""
    if p.table in ("dept", "akimat"):
        for stem in UNITS:
            if p.name.startswith(stem.split()[0] + " "):
                return stem, True
        raise ValueError(p.name)
    for stem in UNITS:
        if stem in p.address:
            return stem, True
    sett = settlement_of(p.address)
    if sett and sett[0] in UNIT_NOT_PRINTED:
        return UNIT_NOT_PRINTED[sett[0]], False
    raise ValueError(f"no unit for {p.name!r} {p.address!r}")


def settlement_of(address: str) -> tuple[str, str] | None:
    found = SETTLEMENT.findall(address.replace("Қарағанды облысы ", "Қарағанды облысы, "))
    found = [(a.strip(), b) for a, b in found if not a.strip().endswith("облысы")]
    if not found:
        return None
    name, kind = found[-1]
    name = re.sub(r"^\d{6,7}\s*", "", name).strip()
    return name, kind


RURAL_SUFFIX = [
    ("селолық округі", "rural-district"),
    ("ауылдық округі", "rural-district"),
    ("селолық", "rural"),
    ("кенті", "settlement"),
    ("кент", "settlement"),
    ("селосы", "village"),
    ("ауылы", "village"),
]


def rural_slug(base: str) -> str:
    for kk, en in RURAL_SUFFIX:
        if base.endswith(" " + kk):
            return f"{slug(base[: -len(kk)])}-{en}"
    raise ValueError(base)


def rural_kind(name: str) -> str:
    return "settlement_akim" if re.search(r"\bкент(і)?\b", name) else "rural_akim"


def build(lines: list[str]) -> tuple[list[dict[str, Any]], dict[str, list[str]], list[str]]:
    report: list[str] = []
    oblast, oblast_mentions, oblast_akimat = parse_oblast(lines)
    # Repeats are matched by city/district and name; a rural name printed twice in one table (for two
    # settlements) is told apart by its rank within that table, which is the same in the three copies.
    groups: dict[tuple[str, str, str, int], list[Printing]] = defaultdict(list)
    for kind, start, end in find_tables(lines):
        rank: dict[tuple[str, str], int] = defaultdict(int)
        for p in parse_table(lines, kind, start, end):
            unit, _ = unit_of(p)
            name = norm(p.name) if p.table == "rural" else ""
            groups[(p.table, unit, name, rank[(unit, name)])].append(p)
            rank[(unit, name)] += 1

    offices: list[Office] = []
    oblast_id = "karaganda/oblast-employment-department"
    offices.append(Office(oblast_id, "oblast_department", oblast, None, True))
    offices.append(Office("karaganda/oblast-akimat", "other", oblast_akimat, None, True))

    # a rural name printed twice in the same table for two different settlements: the id gets the settlement
    name_count: dict[tuple[str, str], int] = defaultdict(int)
    for key in groups:
        name_count[(key[1], key[2])] += 1

    for key, ps in groups.items():
        unit = key[1]
        uslug = UNITS[unit][0]
        if key[0] == "dept":
            kind = "city_department" if unit.endswith("қаласы") else "district_department"
            offices.append(Office(f"karaganda/employment-dept-{uslug}", kind, ps, unit, True))
        elif key[0] == "akimat":
            kind = "city_akimat" if unit.endswith("қаласы") else "district_akimat"
            offices.append(Office(f"karaganda/akimat-{uslug}", kind, ps, unit, True))
        else:
            p = ps[0]
            base = re.sub(r"\s*(әкім(інің|і)?\s*)?аппараты\s*$", "", p.name.replace('"', "")).strip()
            oid = f"karaganda/akim-{uslug}-{rural_slug(base)}"
            if name_count[(key[1], key[2])] > 1:
                # told apart by the settlement printed in the address, or by the postcode when that is the same
                sett = settlement_of(p.address)
                assert sett
                twins = [g[0] for k, g in groups.items() if k[:3] == key[:3]]
                same = [t for t in twins if (settlement_of(t.address) or ("",))[0] == sett[0]]
                oid += f"-{slug(sett[0])}" if len(same) == 1 else f"-{p.address[:6]}"
            offices.append(Office(oid, rural_kind(base), ps, unit, False))

    ids = [o.id for o in offices]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise ValueError(f"duplicate ids {dupes}")

    for o in offices:
        o.data = encode(o, lines, report)
    cross_checks(offices, report)
    for o in offices:
        # the data format keeps faxes in "phones" with kind "fax" (the export splits them again)
        o.data["phones"] = o.data["phones"] + o.data.pop("faxes")
        unique: list[dict[str, Any]] = []
        for i in o.data["data_issues"]:
            if i not in unique:
                unique.append(i)
        o.data["data_issues"] = unique
    missing = set(MANUAL_ISSUES) | set(AREA_CODE_OVERRIDES) | set(SETTLEMENT_NOT_PRINTED)
    missing -= {o.id for o in offices}
    if missing:
        raise ValueError(f"manual entries for unknown offices: {missing}")
    order = {
        "oblast_department": 0,
        "other": 1,
        "city_department": 2,
        "district_department": 3,
        "city_akimat": 4,
        "district_akimat": 5,
    }
    offices.sort(key=lambda o: (order.get(o.kind, 6), o.printings[0].name_line))
    for o in offices:
        if o.kind == "oblast_department":
            o.data["also_printed"].extend(oblast_mentions)
            o.data["also_printed"].sort(key=lambda s: s["line"])

    links: dict[str, list[str]] = {sid: [] for sid, _ in SERVICES}  # split into serving/complaints below
    for o in offices:
        if o.kind == "other":
            continue  # the oblast akimat only publishes the standards; it does not serve them
        for p in o.printings:
            if p.service and o.id not in links[p.service]:
                links[p.service].append(o.id)
    for sid in links:
        links[sid].sort(key=lambda i: ids_order(offices).index(i))
    # The akimats' apparatus are listed for complaints to the akims (points 21-22), not as providers.
    kind_of = {o.id: o.kind for o in offices}
    split = {
        sid: {
            "serving": [i for i in ids if kind_of[i] not in ("city_akimat", "district_akimat")],
            "complaints": [i for i in ids if kind_of[i] in ("city_akimat", "district_akimat")],
        }
        for sid, ids in links.items()
    }
    return [o.data for o in offices], split, report


def ids_order(offices: list[Office]) -> list[str]:
    return [o.id for o in offices]


NAMES_EN = {"dept": "Department of employment and social programmes of {}", "akimat": "Apparatus of the akim of {}"}
NAMES_RU = {"dept": "Отдел занятости и социальных программ {}", "akimat": "Аппарат акима {}"}


def encode(o: Office, lines: list[str], report: list[str]) -> dict[str, Any]:
    first = o.printings[0]
    issues: list[dict[str, Any]] = []
    d: dict[str, Any] = {"id": o.id, "kind": o.kind}
    name: dict[str, Any] = {"kk": first.name, "ru": None}
    if o.kind == "oblast_department":
        name = {
            "kk": first.name,
            "ru": "Управление координации занятости и социальных программ Карагандинской области",
            "en": "Department for the coordination of employment and social programmes of Karaganda oblast",
        }
    elif o.kind == "other":
        name = {"kk": first.name, "ru": "Акимат Карагандинской области", "en": "Akimat of Karaganda oblast"}
    elif o.seat and o.unit:
        _, en, ru, _ = UNITS[o.unit]
        name = {"kk": first.name, "ru": NAMES_RU[first.table].format(ru), "en": NAMES_EN[first.table].format(en)}
    d["name"] = name
    d["region"] = REGION
    unit_printed = True
    if o.unit:
        _, unit_printed = unit_of(first)
        d["district"] = {"kk": o.unit, "en": UNITS[o.unit][1]} if (o.unit.endswith("ауданы") or not o.seat) else None
    else:
        d["district"] = None
    sett = settlement_of(first.address) if first.address else None
    if o.kind in ("oblast_department", "other"):
        d["settlement"] = {"kk": "Қарағанды", "en": "Karaganda"}
    elif sett:
        d["settlement"] = {"kk": sett[0]}
    elif o.id in SETTLEMENT_NOT_PRINTED:
        name_kk, why = SETTLEMENT_NOT_PRINTED[o.id]
        d["settlement"] = {"kk": name_kk}
        issues.append(issue("other", "info", why, first.address_source))
    else:
        d["settlement"] = None
    # ---- area code: the code printed with the office's numbers is the evidence
    codes = []
    for p in o.printings:
        for ph in p.phones:
            m = re.search(r"\(\s*(\d+)\s*\)", ph.raw)
            if m:
                c = m.group(1)
                c = c[1:] if c.startswith("8") else c
                if c not in codes:
                    codes.append(c)
    if o.id in AREA_CODE_OVERRIDES:
        d["area_code"], why = AREA_CODE_OVERRIDES[o.id]
        issues.append(issue("wrong-contact", "warning", why, src(first.phones[0].line, first.phones[0].raw)))
    elif codes:
        d["area_code"] = codes[0]
        if len(codes) > 1:
            issues.append(
                issue(
                    "wrong-contact",
                    "warning",
                    f"Numbers of this office are printed with different area codes: {', '.join(codes)}.",
                    None,
                )
            )
    else:
        seat_code = "7212" if o.unit is None else UNITS[o.unit][3]
        d["area_code"] = seat_code
        issues.append(
            issue(
                "other",
                "info",
                f"The act prints no telephone number for this office; area code {seat_code} is derived "
                f"from its settlement ({'Karaganda' if o.unit is None else UNITS[o.unit][1]}).",
                None,
            )
        )
    d["postcode"] = None
    if first.address:
        pm = re.match(r"(\d+)", first.address)
        d["postcode"] = pm.group(1) if pm else None
        if d["postcode"] is not None and len(d["postcode"]) != 6:
            issues.append(
                issue(
                    "misprint",
                    "warning",
                    f"The postcode is printed as {d['postcode']} ({len(d['postcode'])} digits); Kazakh "
                    "postcodes have six digits. Kept as printed.",
                    src(first.name_line + 1, d["postcode"]),
                )
            )
    d["address"] = {"kk": first.address} if first.address else None
    d["address_source"] = first.address_source
    # ---- contacts of the first printing
    d["phones"] = [ph.as_json() for ph in first.phones if ph.kind == "phone"]
    d["faxes"] = [ph.as_json() for ph in first.phones if ph.kind == "fax"]
    d["emails"] = [{"raw": e, "source": src(n, e)} for e, n in first.emails]
    d["websites"] = [{"raw": w, "source": src(n, w)} for w, n in first.websites]
    d["reception"] = [slot_json(s) for s in first.reception]
    d["hours"] = None
    d["timezone"] = TZ
    parent = None
    if o.kind in ("city_department", "district_department"):
        parent = "karaganda/oblast-employment-department"
    elif o.kind in ("rural_akim", "settlement_akim") and o.unit:
        parent = f"karaganda/akimat-{UNITS[o.unit][0]}"
    d["parent_id"] = parent
    d["source"] = src(first.name_line, first.name_printed)
    d["also_printed"] = [src(p.name_line, p.name_printed) for p in o.printings[1:]]
    # ---- repeats compared with the first printing
    compare(o, d, issues, report)
    # ---- defects of single values
    issues.extend(value_issues(o, d, unit_printed))
    issues.extend(schedule_issues(first.reception))
    issues.extend(manual_issues(o, lines))
    d["data_issues"] = issues
    return d


def schedule_issues(slots: list[Slot]) -> list[dict[str, Any]]:
    """What a reception schedule leaves open: no day (no rrule), no hours, no end time."""
    out = []
    for s in slots:
        who = f"{s.who_en.lower()} ({s.who})"
        if s.rrule is None:
            out.append(
                issue(
                    "incomplete-schedule",
                    "warning",
                    f"The reception of the {who} «{s.text}» names no weekday, so no recurrence can be "
                    "computed; the rrule is null and the schedule is kept as printed text.",
                    s.source,
                )
            )
        if s.start is None:
            out.append(
                issue(
                    "incomplete-schedule",
                    "warning",
                    f"The reception of the {who} «{s.text}» gives no hours, so no time can be computed; "
                    + (
                        f"the rrule is null (the day alone would be {s.rrule})."
                        if s.rrule
                        else "it is kept as printed text."
                    ),
                    s.source,
                )
            )
        elif s.end is None:
            out.append(
                issue(
                    "incomplete-schedule",
                    "info",
                    f"The reception of the {who} «{s.text}» gives only a start time («бастап», from "
                    f"{s.start}); the end is null.",
                    s.source,
                )
            )
    return out


def manual_issues(o: Office, lines: list[str]) -> list[dict[str, Any]]:
    first = o.printings[0]
    candidates = [first.name_line] + [ph.line for ph in first.phones] + [n for _, n in first.emails + first.websites]
    if first.address_source:
        a = first.address_source
        candidates += list(range(a["line"], a.get("end_line", a["line"]) + 1))
    out = []
    for code, severity, message, text in MANUAL_ISSUES.get(o.id, []):
        line = next((n for n in candidates if text in lines[n - 1]), None)
        if line is None:
            raise ValueError(f"{o.id}: {text!r} is not on the office's lines")
        out.append(issue(code, severity, message, src(line, text)))
    return out


def slot_json(s: Slot) -> dict[str, Any]:
    """A reception; a day printed without hours cannot be a recurring slot, so its rrule is null too."""
    timed = s.start is not None
    out: dict[str, Any] = {
        "who": {"kk": s.who, "en": s.who_en},
        "rrule": s.rrule if timed else None,
        "start": s.start,
        "end": s.end,
        "text": {"kk": s.text},
        "source": s.source,
    }
    if s.place:
        out["place"] = {"kk": s.place}
    return out


def compare(o: Office, d: dict[str, Any], issues: list[dict[str, Any]], report: list[str]) -> None:
    first = o.printings[0]
    seen_names = {norm(first.name_printed)}
    seen_addr = {norm(first.address)}
    code = d["area_code"]
    seen_phones = {(ph.kind, number_key(ph.raw, code)) for ph in first.phones}
    seen_emails = {e for e, _ in first.emails}
    seen_webs = {w for w, _ in first.websites}
    seen_slots = [s.key() for s in first.reception]
    for p in o.printings[1:]:
        if norm(p.name_printed) not in seen_names and p.table != "oblast-akimat":
            seen_names.add(norm(p.name_printed))
            d.setdefault("name_variants", []).append({"kk": p.name, "source": src(p.name_line, p.name_printed)})
            issues.append(
                issue(
                    "misprint",
                    "info",
                    f"A repeat prints the name differently: {p.name_printed!r} instead of {first.name_printed!r}.",
                    src(p.name_line, p.name_printed),
                )
            )
            report.append(f"{o.id}: name variant at {p.name_line}")
        if p.address and norm(p.address) not in seen_addr:
            seen_addr.add(norm(p.address))
            d.setdefault("address_alternatives", []).append({"kk": p.address, "source": p.address_source})
            issues.append(
                issue(
                    "misprint",
                    "info",
                    f"A repeat prints the address differently: «{p.address}» (first printed «{first.address}»).",
                    p.address_source,
                )
            )
            report.append(f"{o.id}: address variant at {p.address_source}")
        for ph in p.phones:
            if (ph.kind, number_key(ph.raw, code)) not in seen_phones:
                seen_phones.add((ph.kind, number_key(ph.raw, code)))
                d["phones" if ph.kind == "phone" else "faxes"].append(ph.as_json())
                issues.append(
                    issue(
                        "wrong-contact",
                        "warning",
                        f"A repeat prints a {ph.kind} number not in the first printing: {ph.raw}.",
                        src(ph.line, ph.raw),
                    )
                )
                report.append(f"{o.id}: new {ph.kind} {ph.raw} at {ph.line}")
        for e, n in p.emails:
            if e not in seen_emails:
                seen_emails.add(e)
                d["emails"].append({"raw": e, "source": src(n, e)})
                issues.append(issue("wrong-contact", "warning", f"A repeat prints another email: {e}.", src(n, e)))
                report.append(f"{o.id}: new email {e} at {n}")
        for w, n in p.websites:
            if w not in seen_webs:
                seen_webs.add(w)
                d["websites"].append({"raw": w, "source": src(n, w)})
                issues.append(issue("wrong-contact", "warning", f"A repeat prints another website: {w}.", src(n, w)))
                report.append(f"{o.id}: new website {w} at {n}")
        if p.reception and [s.key() for s in p.reception] != seen_slots:
            report.append(f"{o.id}: reception differs at {p.name_line}")
            issues.append(
                issue(
                    "inconsistent-hours",
                    "warning",
                    "A repeat prints a different reception schedule.",
                    src(p.name_line, p.name_printed),
                )
            )
        missing = {(ph.kind, number_key(ph.raw, code)) for ph in first.phones} - {
            (ph.kind, number_key(ph.raw, code)) for ph in p.phones
        }
        if missing:
            report.append(f"{o.id}: repeat at {p.name_line} lacks {missing}")


CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def value_issues(o: Office, d: dict[str, Any], unit_printed: bool) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    first = o.printings[0]
    if not unit_printed and o.unit:
        out.append(
            issue(
                "other",
                "info",
                f"The address does not name the city or district; {o.unit} ({UNITS[o.unit][1]}) is derived "
                "from the position of the entry in the table and from the area code printed with its "
                "numbers.",
                first.address_source,
            )
        )
    if d["settlement"] is None and o.kind not in ("oblast_department", "other"):
        out.append(issue("other", "info", "The address names no settlement.", first.address_source))
    code = d["area_code"]
    how = "derived as explained above" if o.id in AREA_CODE_OVERRIDES else "printed with its other number"
    for lst in ("phones", "faxes"):
        for ph in d[lst]:
            raw = ph["raw"]
            has_code = "(" in raw
            local = digits(re.sub(r"^\s*8\s*(?=\()", "", raw)) if has_code else digits(raw)
            if has_code:
                m = re.search(r"\(\s*(\d+)\s*\)", raw)
                assert m
                c = m.group(1)[1:] if m.group(1).startswith("8") else m.group(1)
                local_part = digits(raw[m.end() :])
                if len(c) + len(local_part) != 10:
                    out.append(
                        issue(
                            "wrong-contact",
                            "warning",
                            f"The number {raw} has {len(c) + len(local_part)} digits with its area code; "
                            "Kazakh national numbers have 10. Kept as printed.",
                            ph["source"],
                        )
                    )
                if m.group(1).startswith("8"):
                    out.append(
                        issue(
                            "misprint",
                            "info",
                            f"The number {raw} is printed with the trunk prefix 8 inside the brackets (area code {c}).",
                            ph["source"],
                        )
                    )
            else:
                if len(code) + len(local) != 10:
                    out.append(
                        issue(
                            "wrong-contact",
                            "warning",
                            f"The number {raw} with area code {code} does not make 10 digits.",
                            ph["source"],
                        )
                    )
                out.append(
                    issue(
                        "missing-area-code",
                        "info",
                        f"The {ph['kind']} number {raw} is printed without an area code; the office's area "
                        f"code {code}, {how}, applies.",
                        ph["source"],
                    )
                )
    for e in d["emails"]:
        out.extend(email_issues(e["raw"], e["source"]))
    for w in d["websites"]:
        out.extend(website_issues(w["raw"], w["source"]))
    return out


def email_issues(raw: str, source: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    cyr = CYRILLIC.findall(raw)
    if cyr:
        out.append(
            issue(
                "wrong-contact",
                "warning",
                f"The email {raw} contains Cyrillic letters ({', '.join(sorted(set(cyr)))}) that look like "
                "Latin ones; it cannot be delivered as printed.",
                source,
            )
        )
    if re.search(r"@mai1\.", raw):
        out.append(
            issue(
                "wrong-contact",
                "warning",
                f"The email {raw} has the domain «mai1.ru» (digit 1 for the letter l); «mail.ru» is meant.",
                source,
            )
        )
    if re.search(r"u1utau", raw):
        out.append(
            issue(
                "wrong-contact",
                "warning",
                f"The email {raw} spells «u1utau» with the digit 1 for the letter l (Ulytau).",
                source,
            )
        )
    return out


def website_issues(raw: str, source: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    cyr = CYRILLIC.findall(raw)
    if cyr:
        out.append(
            issue(
                "wrong-contact",
                "warning",
                f"The website {raw} contains Cyrillic letters ({''.join(cyr)}); it cannot be opened as printed.",
                source,
            )
        )
    if " " in raw:
        out.append(
            issue(
                "wrong-contact",
                "warning",
                f"The website {raw!r} has a space where a dot belongs (www.{raw.split()[-1]}).",
                source,
            )
        )
    if "_" in raw.split("@")[0] and raw.startswith("www"):
        out.append(
            issue(
                "wrong-contact",
                "warning",
                f"The website {raw} contains an underscore, which a host name cannot contain.",
                source,
            )
        )
    if raw.endswith("."):
        out.append(issue("misprint", "info", f"The website {raw} is printed with a trailing full stop.", source))
    if "u1utau" in raw:
        out.append(
            issue(
                "wrong-contact",
                "warning",
                f"The website {raw} spells «u1utau» with the digit 1 for the letter l (Ulytau).",
                source,
            )
        )
    return out


def cross_checks(offices: list[Office], report: list[str]) -> None:
    """Defects across offices: one number printed for two offices, two offices printed with the same name."""
    by_number: dict[tuple[str, str], list[tuple[Office, dict[str, Any]]]] = defaultdict(list)
    for o in offices:
        for lst in ("phones", "faxes"):
            seen: set[tuple[str, str]] = set()
            for ph in o.data[lst]:
                raw = ph["raw"]
                m = re.search(r"\(\s*8?(\d+)\s*\)", raw)
                code = m.group(1) if m else o.data["area_code"]
                local = digits(raw[m.end() :]) if m else digits(raw)
                key = (code, local)
                if key not in seen:
                    seen.add(key)
                    by_number[key].append((o, ph))
    for (code, local), users in sorted(by_number.items()):
        owners = {o.id for o, _ in users}
        if len(owners) < 2:
            continue
        for o, ph in users:
            others = sorted(owners - {o.id})
            o.data["data_issues"].append(
                issue(
                    "wrong-contact",
                    "warning",
                    f"The number ({code}) {local} is also printed for {', '.join(others)}; one of them is probably "
                    "a copy-paste error, or the offices share a line.",
                    ph["source"],
                )
            )
        report.append(f"shared number ({code}) {local}: {sorted(owners)}")

    # a department printed with its akim's website: the site is the akimat's, not the department's own
    def host(raw: str) -> str:
        return re.sub(r"^www\.", "", re.sub(r"\s+", ".", raw.strip()).rstrip(".").lower())

    akimat_sites = {
        host(w["raw"]): o for o in offices if o.kind in ("city_akimat", "district_akimat") for w in o.data["websites"]
    }
    for o in offices:
        if o.kind not in ("city_department", "district_department"):
            continue
        for w in o.data["websites"]:
            owner = akimat_sites.get(host(w["raw"]))
            if owner is not None and owner.unit == o.unit:
                o.data["data_issues"].append(
                    issue(
                        "wrong-contact",
                        "info",
                        f"The department's website {w['raw']} is the site of the {UNITS[o.unit][1]} akimat "
                        f"({owner.id}); the department has no site of its own in the act.",
                        w["source"],
                    )
                )
    by_name: dict[tuple[str | None, str], list[Office]] = defaultdict(list)
    for o in offices:
        by_name[(o.unit, norm(o.data["name"]["kk"]))].append(o)
    for (_unit, _), same in by_name.items():
        if len(same) < 2:
            continue
        for o in same:
            others = [x.id for x in same if x is not o]
            o.data["data_issues"].append(
                issue(
                    "duplicate-office",
                    "warning",
                    f"The table prints the name «{o.data['name']['kk']}» twice, for different settlements, addresses "
                    f"and numbers (the other: {', '.join(others)}); one of the two names is probably wrong. Both are "
                    "kept as separate offices.",
                    o.data["source"],
                )
            )
        report.append(f"duplicate name {same[0].data['name']['kk']}: {[x.id for x in same]}")


def dump(items: Any) -> str:
    return json.dumps({"format": 1, "act": ACT, "items": items}, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--report", action="store_true")
    args = ap.parse_args(argv)
    lines = load()
    offices, links, report = build(lines)
    out_offices, out_links = dump(offices), dump(links)
    if args.report:
        print("\n".join(report))
        kinds: dict[str, int] = defaultdict(int)
        for o in offices:
            kinds[o["kind"]] += 1
        print(dict(kinds), "total", len(offices))
        return 0
    if args.check:
        ok = (OUT / "offices.json").read_text(encoding="utf-8") == out_offices and (
            OUT / "office_links.json"
        ).read_text(encoding="utf-8") == out_links
        print("up to date" if ok else "offices.json/office_links.json differ from a fresh run")
        return 0 if ok else 1
    (OUT / "offices.json").write_text(out_offices, encoding="utf-8")
    (OUT / "office_links.json").write_text(out_links, encoding="utf-8")
    print(f"wrote {len(offices)} offices and links for {len(links)} services")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
