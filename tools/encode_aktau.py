"""Generate the data files of the Aktau city 2008 act (``src/kzsocial/data/acts/aktau-2008/``).

Akimat of Aktau city, resolution N 825 of 2008-08-12 (seed ``003_0a39a3f6d3543dac.txt``): the list of services
(annex 1) and 22 standards of four city departments. Development tool: it reads the seed from ``sources/``,
locates every recorded phrase on its line (so line numbers are never typed by hand) and writes the JSON files.
The facts themselves (terms, hours, documents, data issues) are written out below, standard by standard, from a
reading of the act; only the repeated quality-indicator tables are parsed.

Usage: python tools/encode_aktau.py [--check]   (--check: fail if the files on disk differ from the output)
"""

from __future__ import annotations

import functools
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "kzsocial" / "data" / "acts" / "aktau-2008"
SEED_NAME = "003_0a39a3f6d3543dac.txt"
SEED = ROOT / "sources" / SEED_NAME
LINES: list[str] = SEED.read_text(encoding="utf-8").split("\n")
ACT = "aktau-2008"

J = dict[str, Any]

# --------------------------------------------------------------------------------------------------------------
# Locating phrases
# --------------------------------------------------------------------------------------------------------------


class PhraseNotFoundError(Exception):
    pass


def find(text: str, lo: int = 1, hi: int | None = None, nth: int = 1) -> int:
    """The 1-based line (in lo..hi) of the nth line containing ``text`` (a single-line phrase)."""
    hi = len(LINES) if hi is None else hi
    seen = 0
    for n in range(lo, hi + 1):
        if exact(LINES[n - 1], text) is not None:
            seen += 1
            if seen == nth:
                return n
    raise PhraseNotFoundError(f"{text!r} not found in lines {lo}..{hi} (occurrence {nth})")


@functools.cache
def _pattern(text: str) -> re.Pattern[str]:
    """``text`` as a pattern where any run of spaces matches any run of whitespace (the seed has non-breaking
    spaces and doubled spaces); the match then gives the phrase exactly as printed."""
    return re.compile(r"\s+".join(re.escape(part) for part in re.split(r"\s+", text)))


def exact(hay: str, text: str) -> str | None:
    """The substring of ``hay`` that equals ``text`` up to whitespace, exactly as it is in ``hay``."""
    if text in hay:
        return text
    m = _pattern(text).search(hay)
    return None if m is None else m.group(0)


def at(line: int, text: str) -> J:
    """A source on a known line; checked now, and its text taken exactly as printed."""
    if "\n" in text:
        end = line + text.count("\n")
        found = exact("\n".join(LINES[line - 1 : end]), text)
        if found is None:
            raise PhraseNotFoundError(f"{text!r} not on lines {line}..{end}")
        return {"line": line, "end_line": end, "text": found}
    found = exact(LINES[line - 1], text)
    if found is None:
        raise PhraseNotFoundError(f"{text!r} not on line {line}: {LINES[line - 1]!r}")
    return {"line": line, "text": found}


def para_at(line: int) -> J:
    """A whole line without its indentation and its enumerator («1)», «2.»)."""
    return at(line, re.sub(r"^(\d+\s*[.)]\s*)", "", LINES[line - 1].strip()))


def span(first: int, last: int) -> J:
    """A source covering whole lines first..last (leading indentation of the first line dropped)."""
    text = "\n".join(LINES[first - 1 : last]).strip()
    return at(first, text) if first == last else {"line": first, "end_line": last, "text": text}


class Std:
    """A standard's line range; ``src`` finds phrases inside it."""

    def __init__(self, lo: int, hi: int) -> None:
        self.lo, self.hi = lo, hi

    def line(self, text: str, after: int | None = None, nth: int = 1) -> int:
        return find(text, after or self.lo, self.hi, nth)

    def src(self, text: str, after: int | None = None, nth: int = 1) -> J:
        if "\n" in text:
            first = text.split("\n")[0]
            n = self.line(first, after, nth)
            return at(n, text)
        return at(self.line(text, after, nth), text)

    def whole(self, text: str, after: int | None = None) -> J:
        """The whole (stripped) line that contains ``text``."""
        n = self.line(text, after)
        return at(n, LINES[n - 1].strip())

    def span_lines(self, first: str, last: str) -> J:
        """Whole lines from the one containing ``first`` to the next one containing ``last``."""
        a = self.line(first)
        b = self.line(last, after=a)
        body = re.sub(r"^(\d+\s*[.)]\s*)", "", LINES[a - 1].strip())
        text = "\n".join([body, *LINES[a:b]]).rstrip()
        return at(a, text)

    def para(self, text: str, after: int | None = None) -> J:
        """The line that contains ``text``, without its indentation and its item number («7.», «2)»)."""
        n = self.line(text, after)
        body = re.sub(r"^(\d+\s*[.)]\s*)", "", LINES[n - 1].strip())
        return at(n, body)


def clean(text: str) -> str:
    """The act's wording with its spacing tidied (non-breaking spaces, runs of spaces, line breaks)."""
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()


def kk(text: str, ru: str | None = None, en: str | None = None) -> J:
    out: J = {"kk": clean(text)}
    if ru is not None:
        out["ru"] = ru
    if en is not None:
        out["en"] = en
    return out


def stmt(source: J, text: str | None = None, en: str | None = None) -> J:
    """A statement whose kk text is the phrase itself unless given."""
    return {"text": kk(text if text is not None else source["text"], en=en), "source": source}


def issue(code: str, severity: str, message: str, source: J | None) -> J:
    out: J = {"code": code, "severity": severity, "message": message}
    if source is not None:
        out["source"] = source
    return out


def hours(days: list[tuple[list[int], list[tuple[str, str]]]], source: J) -> J:
    return {
        "days": [{"weekdays": wd, "intervals": [list(iv) for iv in ivs]} for wd, ivs in days],
        "source": source,
    }


WEEK = [0, 1, 2, 3, 4]
LUNCH = [("09:00", "12:30"), ("14:00", "18:30")]


def term(value: int, unit: str, source: J, *, role: str = "main", starts_from: str = "submission", **extra: Any) -> J:
    out: J = {"role": role, "value": value, "unit": unit, "starts_from": starts_from, "actor": None, "source": source}
    out.update(extra)
    return out


def staged(stages: list[J], source: J, *, role: str = "main", starts_from: str = "submission", **extra: Any) -> J:
    out: J = {"role": role, "starts_from": starts_from, "stages": stages, "source": source}
    out.update(extra)
    return out


def declared(value: int, unit: str, source: J) -> J:
    """The total the act itself states for a staged term (it may differ from the sum of the stages)."""
    return {"value": value, "unit": unit, "source": source}


def stage(value: int, unit: str, actor: str | None, source: J, en: str | None = None) -> J:
    return {"value": value, "unit": unit, "actor": None if actor is None else kk(actor, en=en), "source": source}


def queue(stage_: str, minutes: int, source: J, qualifier: str = "at_most") -> J:
    return {"stage": stage_, "minutes": minutes, "qualifier": qualifier, "source": source}


def doc(
    id_: str,
    source: J,
    name: str | None = None,
    *,
    ru: str | None = None,
    ru_source: J | None = None,
    form: str = "unspecified",
    handling: str = "hand_in",
    condition: J | None = None,
    alternatives: list[J] | None = None,
    required: bool = True,
    en: str | None = None,
) -> J:
    out: J = {
        "id": id_,
        "name": {"kk": clean(name if name is not None else source["text"]), "ru": ru},
        "form": form,
        "handling": handling,
        "condition": condition,
        "alternatives": alternatives or [],
        "channels": None,
        "required": required,
        "source": source,
    }
    if en is not None:
        out["name"]["en"] = en
    if ru_source is not None:
        out["ru_source"] = ru_source
    return out


def cond(applies_to: list[str], text: str | None = None, not_for: list[str] | None = None) -> J:
    return {"applies_to": applies_to, "not_for": not_for or [], "text": None if text is None else kk(text)}


def reception(who: str, rrule: str, start: str, end: str, source: J, who_en: str | None = None) -> J:
    return {
        "who": kk(who, en=who_en),
        "rrule": rrule,
        "start": start,
        "end": end,
        "text": kk(source["text"]),
        "source": source,
    }


def phone(raw: str, source: J, kind: str = "phone") -> J:
    printed = exact(source["text"], raw)
    assert printed is not None, (raw, source)
    out: J = {"raw": printed, "kind": kind, "source": source}
    return out


# --------------------------------------------------------------------------------------------------------------
# Quality indicators (annex tables): the one repeated structure parsed by code
# --------------------------------------------------------------------------------------------------------------

_QI_NAME = re.compile(r"^\s*(\d\.\d\.)\s*\S")
_QI_GROUP = re.compile(r"^\s*(\d)\.?\s+(\S.*)$")
_QI_VALUE = re.compile(r"^\s*(-|\d[\d, ]*%?|\d+-нан көп|емес)\s*$")


def quality_indicators(header_line: int, hi: int) -> list[J]:
    """Parse the table that starts after ``header_line``: name, then normative, target and current values."""
    out: list[J] = []
    group: J | None = None
    cur: J | None = None
    n = header_line + 1
    while n <= hi:
        t = LINES[n - 1]
        s = t.strip()
        if s.startswith(("Ескерту", "Мемлекеттік қызмет")) or "Ақтау қаласы әкімдігінің" in t:
            break
        if not s:
            n += 1
            continue
        if _QI_NAME.match(t):
            cur = {"first": n, "last": n, "values": [], "group": group}
            out.append(cur)
        elif cur is not None and _QI_VALUE.match(t):
            if s == "емес" and cur["values"]:
                a, _, txt = cur["values"][-1]
                cur["values"][-1] = (a, n, txt + " емес")
            else:
                cur["values"].append((n, n, s))
        elif cur is not None and not cur["values"]:
            cur["last"] = n
        else:
            g = _QI_GROUP.match(t)
            if g:
                group = kk(g.group(2))
                cur = None
        n += 1
    result = []
    for q in out:
        src = span(q["first"], q["last"])
        name = " ".join(LINES[i - 1].strip() for i in range(q["first"], q["last"] + 1))
        code, _, rest = clean(name).partition(" ")
        if not rest or not re.fullmatch(r"\d\.\d\.?", code):  # «4.3.шағымданудың…» has no space after the code
            m = re.match(r"(\d\.\d\.?)\s*(.*)", clean(name))
            assert m is not None, name
            code, rest = m.group(1), m.group(2)
        vals = [None if v[2] == "-" else v[2] for v in q["values"]] + [None] * (3 - len(q["values"]))
        item: J = {
            "code": code.rstrip("."),
            "name": kk(rest),
            "group": q["group"],
            "normative": vals[0],
            "target_next_year": vals[1],
            "current": vals[2],
            "unit": "%",
            "source": src,
        }
        if q["values"]:
            first, last, _ = q["values"][0]
            item["normative_source"] = span(first, last)
            item["values_source"] = span(q["values"][0][0], q["values"][-1][1])
        result.append(item)
    return result


# --------------------------------------------------------------------------------------------------------------
# The act and its annex 1 (the list of services)
# --------------------------------------------------------------------------------------------------------------

# (number in annex 1, service slug, annex-1 title lines, consumers line, provider lines, line in point 2)
ANNEX1: list[tuple[str, str, tuple[int, int], int, tuple[int, int], int]] = [
    ("1.1", "unemployed-registration", (74, 74), 76, (78, 79), 14),
    ("1.2", "semey-nuclear-test-victims-registration", (83, 83), 85, (87, 88), 15),
    ("1.3", "state-housing-waiting-list", (92, 92), 94, (96, 97), 23),
    ("1.4", "foster-care-applications", (101, 101), 103, (105, 106), 25),
    ("1.5", "orphans-regional-register", (110, 110), 112, (114, 115), 26),
    ("1.6", "preschool-registration", (119, 119), 121, (123, 124), 27),
    ("2.1", "disabled-hearing-vision-hygiene-aids", (130, 130), 132, (134, 135), 16),
    ("2.2", "child-benefit-under-18", (139, 139), 141, (143, 144), 17),
    ("2.3", "housing-assistance", (148, 148), 150, (152, 153), 18),
    ("2.4", "disabled-children-home-education-support", (157, 157), 159, (161, 162), 21),
    ("2.5", "local-social-assistance", (166, 168), 170, (172, 173), 20),
    ("2.6", "targeted-social-assistance", (177, 177), 179, (181, 182), 19),
    ("3.1", "guardianship-certificate", (188, 189), 191, (193, 194), 28),
    ("3.2", "minors-housing-sale-exchange-permit", (198, 198), 200, (202, 203), 29),
    ("3.3", "minors-inheritance-certificate", (207, 207), 209, (211, 212), 30),
    ("3.4", "minors-housing-pledge-permit", (216, 217), 219, (221, 222), 31),
    ("3.5", "guardianship-council-decision-certificate", (226, 226), 228, (230, 231), 32),
    ("3.6", "land-plot-certificate", (235, 235), 237, (239, 241), 34),
    ("3.7", "land-permanent-use-act", (245, 245), 247, (249, 251), 35),
    ("3.8", "land-private-ownership-act", (255, 255), 257, (259, 261), 38),
    ("3.9", "land-temporary-paid-use-act", (265, 265), 267, (269, 271), 36),
    ("3.10", "land-temporary-free-use-act", (275, 275), 277, (279, 281), 37),
]
SECTIONS = {"1": 70, "2": 126, "3": 184}
NUMBER = {slug: number for number, slug, *_ in ANNEX1}
EMIT_SERVICE_LIST = True


def service_list() -> list[J]:
    """Annex 1: number, section, title, consumers and provider of each listed service, and its line in point 2."""
    out = []
    for number, slug, (t0, t1), cons, (p0, p1), point2 in ANNEX1:
        sec = SECTIONS[number.split(".")[0]]
        out.append(
            {
                "number": number,
                "section": kk(LINES[sec - 1]),
                "service_id": f"{ACT}/{slug}",
                "title": kk(" ".join(LINES[i - 1] for i in range(t0, t1 + 1))),
                "consumers": kk(LINES[cons - 1]),
                "provider": kk(" ".join(LINES[i - 1] for i in range(p0, p1 + 1))),
                "source": span(t0, t1),
                "provider_source": span(p0, p1),
                "point_2_source": span(point2, point2),
            }
        )
    return out


def act_json() -> J:
    out: J = {
        "id": ACT,
        "source_file": SEED_NAME,
        "region": "mangystau",
        "timezone": "Asia/Aqtau",
        "issuer": kk("Ақтау қаласының әкімдігі", "Акимат города Актау", "Akimat of Aktau city"),
        "issuer_source": at(5, "Маңғыстау облысы Ақтау қаласы әкімдігінің"),
        "kind": "resolution",
        "kind_source": at(5, "N 825 қаулысы"),
        "number": "825",
        "date": "2008-08-12",
        "date_source": at(5, "2008 жылғы 12 тамыздағы N 825 қаулысы"),
        "title": kk(
            "Жеке және заңды тұлғаларға көрсетілген мемлекеттік қызметтердің тізімі мен стандартын бекіту туралы",
            None,
            "On approval of the list and the standards of state services rendered to natural and legal persons",
        ),
        "source": at(
            1, "Жеке және заңды тұлғаларға көрсетілген мемлекеттік қызметтердің тізімі мен стандартын бекіту туралы"
        ),
        "signed_by": {
            "kk": "С. Бекбергенов",
            "role": kk("Қала әкімі", None, "Akim of the city"),
            "source": at(49, "С. Бекбергенов"),
        },
        "registration": {
            "number": "11-1-94",
            "date": "2008-09-24",
            "body": kk(
                "Маңғыстау облысының Әділет департаментінің Ақтау қаласының Әділет басқармасы",
                None,
                "Justice Directorate of Aktau city of the Justice Department of Mangystau oblast",
            ),
            "source": at(
                5,
                "Маңғыстау облысының Әділет департаментінің Ақтау қаласының Әділет басқармасында 2008 жылғы 24 "
                "қыркүйекте N 11-1-94 тіркелді",
            ),
        },
        "repeal": {
            "number": "617",
            "date": "2011-06-01",
            "by": kk(
                "Маңғыстау облысы Ақтау қаласы әкімдігінің 2011 жылғы 01 маусымдағы № 617 қаулысы",
                None,
                "Resolution of the Akimat of Aktau city, Mangystau oblast, of 1 June 2011 N 617",
            ),
            "source": at(
                5, "Күші жойылды - Маңғыстау облысы Ақтау қаласы әкімдігінің 2011 жылғы 01 маусымдағы № 617 қаулысымен"
            ),
        },
        "entry_into_force": {
            "text": kk(
                "Осы қаулы әділет органдарында мемлекеттік тіркелген күнінен бастап күшіне енеді және алғаш ресми "
                "жарияланған күннен кейін он күнтізбелік күн өткен соң қолданысқа енгізіледі.",
                None,
                "The resolution enters into force on the day of its state registration with the justice bodies and "
                "is put into effect ten calendar days after its first official publication.",
            ),
            "date": None,
            "source": at(
                47,
                "Осы қаулы әділет органдарында мемлекеттік тіркелген күнінен бастап күшіне енеді және алғаш ресми "
                "жарияланған күннен кейін он күнтізбелік күн өткен соң қолданысқа енгізіледі.",
            ),
        },
        "amendments": [],
        "data_issues": [
            issue(
                "other",
                "info",
                "The act is put into effect ten calendar days after its first official publication, but the text "
                "does not give the publication date; only adoption (2008-08-12) and registration (2008-09-24) are "
                "known. It was repealed by resolution N 617 of 2011-06-01.",
                at(47, "алғаш ресми жарияланған күннен кейін он күнтізбелік күн өткен соң қолданысқа енгізіледі"),
            ),
            issue(
                "wording",
                "info",
                "Annex 1 lists the 22 services in three sections — 1 «registration of natural persons» (6), 2 «social "
                "protection» (6) and 3 «issue of certificates» (10) — with consumers and the organisation that takes "
                "applications. The standards themselves are not numbered; each service's «number» is its position in "
                "annex 1 (section.item, for example 3.6). Point 2 of the resolution lists them by department in "
                "another order.",
                at(63, "қаулысына 1 қосымша"),
            ),
            issue(
                "wording",
                "info",
                "The names of the services differ between point 2 of the resolution, annex 1 and the standards' own "
                "headings (for example «Уақытша өтеулі жер пайдалану құқығына актілерді рәсімдеу» in the list and "
                "«Уақытша жер пайдалану құқығына актілерді ресімдеу» as the heading). Each service keeps its "
                "standard's heading as its title; differences that change the meaning are recorded on the services.",
                at(36, '"Уақытша өтеулі жер пайдалану құқығына актілерді рәсімдеу"'),
            ),
            issue(
                "damaged-text",
                "info",
                "The seed ends with the publishing web site's page text («Егер Сіз беттен қате тапсаңыз…», «бет "
                "бойынша іздеу»), which is not part of the act.",
                at(6662, "Егер Сіз беттен қате тапсаңыз"),
            ),
        ],
    }
    if EMIT_SERVICE_LIST:
        out["service_list"] = service_list()
        out["service_list_source"] = at(63, "қаулысына 1 қосымша")
    return out


# --------------------------------------------------------------------------------------------------------------
# Offices
# --------------------------------------------------------------------------------------------------------------

AKTAU = kk("Ақтау", "Актау", "Aktau")
ASTANA = kk("Астана", "Астана", "Astana")
O_LAND = "mangystau/land-relations-dept-aktau"
O_PSC = "mangystau/public-service-centre-aktau"
O_EMK = "mangystau/land-enterprise-aktau"
O_AKIMAT_SC = "mangystau/akimat-service-centre-aktau"
O_EDU = "mangystau/education-dept-aktau"
O_HOUSING = "mangystau/housing-dept-aktau"
O_EMPL = "mangystau/employment-dept-aktau"
O_AKIMAT = "mangystau/akim-apparatus-aktau"
O_OBL_EMPL = "mangystau/oblast-employment-department"
O_MSE = "mangystau/medical-social-expertise-mangystau"
O_PENSION = "mangystau/pension-payment-centre-mangystau"
O_ADDRESS = "mangystau/address-bureau-aktau"
O_PMPK = "mangystau/psychological-medical-pedagogical-consultation-aktau"
O_AST_EDU = "astana/education-department-astana"
O_AST_AKIM = "astana/deputy-akim-astana"
O_MINISTRY = "astana/ministry-of-labour-and-social-protection"

AREA_INFO = (
    "The act prints these numbers without an area code; the code 7292 is Aktau's, as the act itself prints it "
    "with other Aktau numbers (for example «8 (7292) 50-06-67», line 371)."
)


def office(
    id_: str,
    kind: str,
    name: J,
    source: J,
    *,
    address: J | None = None,
    address_source: J | None = None,
    phones: list[J] | None = None,
    emails: list[J] | None = None,
    websites: list[J] | None = None,
    reception: list[J] | None = None,
    hours_: J | None = None,
    region: str = "mangystau",
    settlement: J | None = None,
    area_code: str | None = "7292",
    timezone: str = "Asia/Aqtau",
    parent_id: str | None = None,
    also_printed: list[J] | None = None,
    data_issues: list[J] | None = None,
    **extra: Any,
) -> J:
    out: J = {
        "id": id_,
        "kind": kind,
        "name": name,
        "region": region,
        "district": None,
        "settlement": settlement if settlement is not None else AKTAU,
        "area_code": area_code,
        "postcode": None,
        "address": address,
        "address_source": address_source,
        "phones": phones or [],
        "emails": emails or [],
        "websites": websites or [],
        "reception": reception or [],
        "hours": hours_,
        "timezone": timezone,
        "parent_id": parent_id,
        "source": source,
        "also_printed": also_printed or [],
        "data_issues": data_issues or [],
    }
    out.update(extra)
    return out


def raw_contact(raw: str, source: J) -> J:
    assert raw in source["text"], (raw, source)
    return {"raw": raw, "source": source}


def offices_json() -> list[J]:
    out: list[J] = []

    # --- land relations: the department, the public service centre, the land enterprise -------------------
    out.append(
        office(
            O_LAND,
            "city_department",
            kk(
                "Ақтау қалалық жер қатынастары бөлімі",
                "Актауский городской отдел земельных отношений",
                "Land relations department of Aktau city",
            ),
            at(595, '"Ақтау қалалық жер қатынастары бөлімі" мемлекеттік мекемесі'),
            ru_source=at(806, "Актауский городской отдел земельных отношений"),
            address=kk("Ақтау қаласы, 4-шағын аудан 72 үй қалалық әкімдігінің 223-кабинет"),
            address_source=at(383, "Ақтау қаласы, 4-шағын аудан 72 үй қалалық әкімдігінің 223-кабинет"),
            phones=[
                phone("8 (7292) 50-06-67", at(383, "телефон: 8 (7292) 50-06-67")),
                phone("50-68-89", at(383, "50-68-89")),
            ],
            hours_=hours(
                [(WEEK, LUNCH)],
                at(
                    337,
                    "Бөлім - мерекелік күндерден басқа, дүйсенбіден жұмаға дейін сағат 09.00-ден 18.30-ге дейін, "
                    "үзіліс сағат 12.30-ден 14.00-ке дейін.",
                ),
            ),
            reception=[
                reception(
                    "Бөлім бастығы",
                    "FREQ=WEEKLY;BYDAY=FR",
                    "15:00",
                    "18:00",
                    at(
                        385,
                        "Жеке мәселелер бойынша: жұма күні сағат 15.00-ден сағат 18.00-ге дейін, "
                        "мерекелік күндерден басқа.",
                    ),
                    "Head of the department",
                ),
            ],
            also_printed=[at(n, "223-кабинет, телефон: 8 (7292) 50-06-67; 50-68-89;") for n in (658, 931, 1202, 1466)],
            data_issues=[
                issue(
                    "wording",
                    "info",
                    "The department's name is printed in several forms: «Ақтау қалалық жер қатынастары бөлімі», "
                    "«Ақтау қаласының Жер қатынастары бөлімі» (line 869) and «Ақтау қалалық жер қатынастар бөлімі» "
                    "(line 304); one department is meant.",
                    at(869, '"Ақтау қаласының Жер қатынастары бөлімінің" мемлекеттік мекемесі'),
                ),
                issue(
                    "missing-area-code",
                    "info",
                    "The number «50-68-89» is printed without an area code next to «8 (7292) 50-06-67»; the "
                    "Aktau area code 7292 applies.",
                    at(383, "50-68-89"),
                ),
            ],
        )
    )
    out.append(
        office(
            O_PSC,
            "public_service_centre",
            kk("Ақтау қаласы ХҚО (Халыққа қызмет көрсету орталығы)", None, "Public service centre of Aktau city"),
            at(334, "Ақтау қаласы ХҚО, 15-шағын аудан"),
            address=kk("Ақтау қаласы, 15-шағын аудан"),
            address_source=at(334, "Ақтау қаласы ХҚО, 15-шағын аудан"),
            hours_=hours(
                [(WEEK, [("09:00", "19:00")]), ([5], [("09:00", "13:00")])],
                at(
                    338,
                    "ХҚО - мерекелік күндерден басқа, күн сайын 9:00-ден 19:00-ге дейін, үзіліссіз, сенбі күні - "
                    "9:00-ден 13:00-ге дейін.",
                ),
            ),
            also_printed=[
                at(609, "Ақтау қаласы ХҚО, 15-шағын аудан"),
                at(882, "Ақтау қаласы ХҚО, 15-шағын аудан"),
                at(1153, "Ақтау қаласы ХҚО, 15-шағын аудан"),
            ],
            data_issues=[
                issue(
                    "inconsistent-hours",
                    "info",
                    "The centre is open «күн сайын» (every day) 9:00–19:00 without a break and on Saturday "
                    "9:00–13:00. Since Saturday is given separately, «every day» is read as Monday to Friday; "
                    "Sunday is not mentioned and is recorded as closed.",
                    at(338, "күн сайын 9:00-ден 19:00-ге дейін, үзіліссіз, сенбі күні - 9:00-ден 13:00-ге дейін"),
                ),
                issue(
                    "other",
                    "info",
                    "The land standards speak of the public service centres «at the place of residence» (plural) "
                    "but print only this one, with no phone.",
                    at(322, "Тұрғылықты жері бойынша Халыққа қызмет көрсету орталықтары (бұдан әрі - ХҚО) арқылы."),
                ),
            ],
        )
    )
    out.append(
        office(
            O_EMK,
            "land_enterprise",
            kk(
                "Ақтау қаласы бойынша жер ресурстары және жерге орналастыру жөніндегі еншілес мемлекеттік кәсіпорын "
                "(ЕМК)",
                None,
                "Subsidiary state enterprise for land resources and land management of Aktau city",
            ),
            at(
                326,
                "Ақтау қаласы бойынша жер ресурстары және жерге орналастыру жөніндегі еншілес мемлекеттік "
                "кәсіпорынға (бұдан әрі - ЕМК)",
            ),
            address=kk("Ақтау қаласы, 23-шағын аудан, 103-ғимарат"),
            address_source=at(610, "Ақтау қаласы, 23-шағын аудан, 103-ғимарат"),
            hours_=hours(
                [([0, 1, 2, 3], [("08:30", "12:30"), ("14:00", "18:00")])],
                at(
                    339,
                    "ЕМК - мерекелік күндерден басқа, дүйсенбіден бейсенбіге дейін сағат 08.30-ден 18.00-ге дейін, "
                    "үзіліс сағат 12.30-ден 14.00-ке дейін.",
                ),
            ),
            also_printed=[
                at(335, "ЕМК, Ақтау қаласы. 23-шағын аудан N 103-ғимарат"),
                at(1421, "ЕМК, Ақтау қаласы, 23-шағын аудан, 103-ғимарат"),
            ],
            data_issues=[
                issue(
                    "closed-day",
                    "warning",
                    "The enterprise works Monday to Thursday only: it is closed on Fridays, although Friday is a "
                    "working day. Its 15-working-day stage of the land acts counts working days, so on the act's "
                    "wording a Friday counts although nobody works on it there.",
                    at(339, "дүйсенбіден бейсенбіге дейін сағат 08.30-ден 18.00-ге дейін"),
                ),
                issue("other", "info", "No phone of the enterprise is printed.", None),
            ],
        )
    )
    out.append(
        office(
            O_AKIMAT_SC,
            "other",
            kk(
                "Ақтау қаласы әкімдігінің Сервистік орталығы",
                None,
                "Service centre (front-office windows) of the Aktau city akimat",
            ),
            at(3067, "Ақтау қаласы әкімдігінің Сервистік орталығында"),
            address=kk("Ақтау қаласы, 4 шағын аудан, әкімшілік ғимараты, 1 қабат"),
            address_source=at(3067, "Ақтау қаласы, 4 шағын аудан, әкімшілік ғимараты, 1 қабат"),
            parent_id=O_AKIMAT,
            windows=[
                {
                    "window": "3",
                    "for": kk("тұрғын-үй қоры және жекешелендіру бөлімі", en="housing stock section"),
                    "source": at(3707, "қала әкімдігінің Сервістік Орталығы N3 терезе"),
                },
                {
                    "window": "4",
                    "for": kk("Ақтау қалалық білім бөлімі", en="education department"),
                    "source": at(1670, '"сервис орталығы" 4 терезе'),
                },
                {
                    "window": "5, 6",
                    "for": kk("Ақтау қалалық жер қатынастары бөлімі", en="land relations department"),
                    "source": at(350, "Ақтау қалалық әкімдігінің сервистік орталығының NN 5,6 терезелерінен"),
                },
                {
                    "window": "9",
                    "for": kk(
                        "Ақтау қалалық білім бөлімі: мектепке дейінгі балаларды тіркеу",
                        en="education department: pre-school registration",
                    ),
                    "source": at(3067, "1 қабат, 9 терезе"),
                },
            ],
            also_printed=[
                at(350, "Ақтау қалалық әкімдігінің сервистік орталығының"),
                at(3704, "қала әкімдігінің Сервістік орталығында"),
            ],
            data_issues=[
                issue(
                    "other",
                    "info",
                    "The akimat's service centre is where several departments take documents (windows 3, 4, 5–6 "
                    "and 9); its own opening hours are not printed. The phone printed with window 9 (507917) is "
                    "the education department's and is recorded there.",
                    at(3067, "9 терезе, телефон: 507917"),
                ),
            ],
        )
    )

    # --- education -----------------------------------------------------------------------------------------
    out.append(
        office(
            O_EDU,
            "city_department",
            kk("Ақтау қалалық білім бөлімі", None, "Education department of Aktau city"),
            at(1659, '"Ақтау қалалық білім бөлімі" мемлекеттік мекемесі'),
            address=kk("Ақтау қаласы, 4 шағын аудан, әкімшілік үйі ғимараты, 2 қабат, 207 кабинет"),
            address_source=at(1672, "Ақтау қаласы, 4 шағын аудан, әкімшілік үйі ғимараты, 2 қабат, 207 кабинет"),
            phones=[phone("50-79-17", at(1727, "телефон 50-79-17"))],
            hours_=hours(
                [(WEEK, LUNCH)],
                at(
                    1728,
                    "Жұмыс кестесі: сенбі, жексенбі және мерекелік күндерден басқа, күнделікті сағат 09.00-ден "
                    "18.30-ға дейін, үзіліс сағат 12.30-ден 14.00-ге дейін.",
                ),
            ),
            reception=[
                reception(
                    "Бөлім бастығы",
                    "FREQ=MONTHLY;BYDAY=+1WE,+3WE",
                    "14:00",
                    "18:30",
                    at(
                        1729,
                        "Жеке мәселелер бойынша қабылдау: мерекелік күндерден басқа, әр айдың 1 мен 3, "
                        "аптасының сәрсенбі күні сағат 14.00-ден сағат 18.30-ға дейін.",
                    ),
                    "Head of the department",
                ),
                reception(
                    "Бөлім басшысының орынбасары",
                    "FREQ=WEEKLY;BYDAY=MO",
                    "10:00",
                    "12:30",
                    at(
                        1733,
                        "Жеке мәселелер бойынша қабылдау: мерекелік күндерден басқа, әр аптаның дүйсенбі "
                        "күні сағат 10.00-ден сағат 12.30-ға дейін.",
                    ),
                    "Deputy head of the department",
                ),
            ],
            also_printed=[
                at(3055, "Ақтау қаласы, 4 шағын аудан, әкімшілік үйі, 2 қабат, 204 кабинет, телефон: 507917"),
                at(3118, "Ақтау қаласы, 4 шағын аудан, әкімшілік үйі, 2 қабат, 201 кабинет, телефон: 507917"),
            ]
            + [at(n, "телефон 50-79-17") for n in (2019, 2590, 2869, 3208, 3448)],
            data_issues=[
                issue("missing-area-code", "info", AREA_INFO, at(1727, "телефон 50-79-17")),
                issue(
                    "wording",
                    "info",
                    "Annex 1 names the department «Ақтау қалалық білім беру бөлімі» and the standards «Ақтау "
                    "қалалық білім бөлімі»; one department is meant. The same number is printed as «50-79-17» and "
                    "«507917».",
                    at(105, '"Ақтау қалалық білім беру бөлімі" мемлекеттік мекемесі'),
                ),
                issue(
                    "wording",
                    "info",
                    "The head's reception «әр айдың 1 мен 3, аптасының сәрсенбі күні» is read as the first and "
                    "third Wednesday of each month.",
                    at(1729, "әр айдың 1 мен 3, аптасының сәрсенбі күні"),
                ),
            ],
        )
    )
    out.append(
        office(
            O_PMPK,
            "other",
            kk(
                "Маңғыстау облысы білім департаментіне қарасты психологиялық-дәрігерлік педагогикалық консультация",
                None,
                "Psychological, medical and pedagogical consultation of the Mangystau oblast education department",
            ),
            at(
                3956,
                "Маңғыстау облысы білім департаментіне қарасты психологиялық-дәрігерлік педагогикалық консультацияның",
            ),
            address=kk("Ақтау қаласы, N 4 арнайы мамандырылған бала-бақша ғимараты"),
            address_source=at(3956, "Ақтау қаласы, N 4 арнайы мамандырылған бала-бақша ғимараты"),
            area_code=None,
            data_issues=[
                issue(
                    "other",
                    "info",
                    "Printed only as the issuer of a required referral; no phone or hours are given.",
                    None,
                )
            ],
        )
    )

    # --- housing -------------------------------------------------------------------------------------------
    out.append(
        office(
            O_HOUSING,
            "city_department",
            kk(
                "Ақтау қаласының тұрғын үй коммуналдық шаруашылығы, жолаушылар көлігі және автомобиль жолдары бөлімі",
                None,
                "Department of housing and utilities, passenger transport and roads of Aktau city",
            ),
            at(
                3680,
                '"Ақтау қаласының тұрғын үй коммуналдық шаруашылығы, жолаушылар көлігі және автомобиль жолдары '
                'бөлімі" мемлекеттік мекемесінің',
            ),
            address=kk("Ақтау қаласы, 4 шағын аудан, қоғамдық бірлестік ғимараты N 72, 330 кабинет"),
            address_source=at(3759, "Ақтау қаласы, 4 шағын аудан, қоғамдық бірлестік ғимараты N 72, 330 кабинет"),
            phones=[phone("8 (7292) 505488", at(3681, "телефон: 8 (7292) 505488"))],
            subunit=kk("тұрғын үй қоры және жекешелендіру бөлімі", None, "housing stock and privatisation section"),
            hours_=hours(
                [(WEEK, LUNCH)],
                at(
                    3760,
                    "Жұмыс кестесі: күн сайын сағат 09.00-ден 18.30-ға дейін, сенбі, жексенбі және мереке "
                    "күндерінен басқа, үзіліс сағат 12.30-дан 14.00-ге дейін.",
                ),
            ),
            reception=[
                reception(
                    "Мекеме бастығы",
                    "FREQ=WEEKLY;BYDAY=WE",
                    "14:00",
                    "18:00",
                    at(3761, "Жеке сұрақтар бойынша қабылдау: сәрсенбі сағат 14.00-ден 18.00-ге дейін."),
                    "Head of the department",
                )
            ],
            also_printed=[
                at(3759, "телефоны 8 (7292) 505488"),
                at(3749, "телефон 8 (7292) 505488"),
                at(
                    22,
                    '"Ақтау қалалық тұрғын үй-коммуналдық шаруашылық, жолаушылар көлігі мен автомобиль '
                    'жолдары бөлімі" мемлекеттік мекемесі',
                ),
            ],
            data_issues=[
                issue(
                    "wording",
                    "info",
                    "Point 2 and annex 1 name the department «Ақтау қалалық тұрғын үй-коммуналдық шаруашылық, "
                    "жолаушылар көлігі мен автомобиль жолдары бөлімі»; the standard «Ақтау қаласының тұрғын үй "
                    "коммуналдық шаруашылығы, жолаушылар көлігі және автомобиль жолдары бөлімі». One department "
                    "is meant.",
                    at(
                        22,
                        '"Ақтау қалалық тұрғын үй-коммуналдық шаруашылық, жолаушылар көлігі мен автомобиль '
                        'жолдары бөлімі" мемлекеттік мекемесі',
                    ),
                ),
            ],
        )
    )

    # --- employment and social programmes ------------------------------------------------------------------
    out.append(
        office(
            O_EMPL,
            "city_department",
            kk(
                "Ақтау қалалық жұмыспен қамту және әлеуметтік бағдарламалар бөлімі",
                None,
                "Employment and social programmes department of Aktau city",
            ),
            at(3933, '"Ақтау қалалық жұмыспен қамту және әлеуметтік бағдарламалар бөлімі" мемлекеттік мекемесінің'),
            address=kk("Ақтау қаласы, 12 шағынаудан, 18 ғимарат"),
            address_source=at(3960, "Ақтау қаласы, 12 шағынаудан, 18 ғимарат"),
            phones=[
                phone("432616", at(3989, "Бөлім бастығы, 203 кабинет, телефоны: 432616")),
                phone("310617", at(3990, "Бастықтың орынбасары, 209 кабинет, телефоны: 310617")),
                phone("432670", at(3993, "Кеңсе телефоны: 432670")),
                phone("432650", at(4258, "телефондары: 432670,432650,310617")),
                phone("432570", at(4270, "Бөлім бастығының орынбасары  200,209 кабинеттері, телефондары: 432570")),
                phone("43-26-11", at(4531, "Сектор меңгерушісі 201 бөлме, тел. 43-26-11")),
                phone("43-25-81", at(4909, "102 кабинетіне тапсырылады, телефоны: 43-25-81")),
                phone("421280", at(5239, "телефоны 421280, 202 кабинет")),
                phone("432652", at(5655, "мүгедектермен жұмыс жасау бөлім бастығы, телефоны: 432652")),
                phone("432670", at(3998, "факс: 432670, 432616"), kind="fax"),
                phone("432616", at(3998, "факс: 432670, 432616"), kind="fax"),
            ],
            emails=[
                raw_contact("аktau.іnfo@maіl.ru", at(4512, "электрондық мекен-жайы: аktau.іnfo@maіl.ru.")),
                raw_contact("аktau.іnfo.@maіl.ru", at(5224, "электрондық мекен-жайы: аktau.іnfo.@maіl.ru.")),
                raw_contact("aқtaү_өotәp@maіl.құ", at(6348, "электрондық мекен-жайы: aқtaү_өotәp@maіl.құ")),
            ],
            hours_=hours(
                [(WEEK, LUNCH)],
                at(
                    4004,
                    "Бөлімнің жұмыс кестесі: азаматтарды қабылдау күн сайын 9-00-дан 18-30-ға дейін, түскі "
                    "үзіліс 12-30-дан 14-00-ге дейін.",
                ),
            ),
            reception=[
                reception(
                    "Бөлім бастығы",
                    "FREQ=WEEKLY;BYDAY=WE,TH",
                    "14:00",
                    "17:00",
                    at(3999, "Азаматтарды қабылдау кестесі: сәрсенбі, бейсенбі сағат 14-00-тен 17-00-ге дейін."),
                    "Head of the department",
                ),
                reception(
                    "Бастықтың орынбасары",
                    "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                    "09:00",
                    "12:30",
                    at(
                        4001,
                        "Азаматтарды қабылдау кестесі: күн сайын, сағат 9-00-дан 18-30-ға дейін, түскі "
                        "үзіліс 12-30-дан 14-00-ге дейін.",
                    ),
                    "Deputy head of the department",
                ),
                reception(
                    "Бастықтың орынбасары",
                    "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                    "14:00",
                    "18:30",
                    at(
                        4001,
                        "Азаматтарды қабылдау кестесі: күн сайын, сағат 9-00-дан 18-30-ға дейін, түскі "
                        "үзіліс 12-30-дан 14-00-ге дейін.",
                    ),
                    "Deputy head of the department",
                ),
            ],
            also_printed=[
                at(4268, "Бөлім бастығы, 203-кабинет, телефоны: 432670, факс: 432670."),
                at(4527, "Бөлімінің бастығы, N 203 бөлме, телефоны 43-26-70, факс: 43-26-70."),
                at(5237, "телефоны: 432670, факс 432670."),
                at(5939, "Бөлім бастығы, 203 бөлме, телефон/факсы: 43-26-16"),
                at(6360, "Бөлім бастығы,203 бөлме, телефон/факсы:43-26-16"),
                at(5943, "Сектор меңгерушісі, 207 бөлме, телефоны: 43-26-52."),
                at(6364, "Сектор меңгерушісі, 103 бөлме, телефоны:43-26-50."),
                at(4516, "Директордың орынбасары, 200-бөлме, телефоны: 43-25-70."),
                at(5941, "Бастықтың  орынбасары, 209 бөлме, телефоны: 31-06-17."),
            ],
            data_issues=[
                issue("missing-area-code", "info", AREA_INFO, at(3989, "телефоны: 432616")),
                issue(
                    "wrong-contact",
                    "warning",
                    "The deputy head's phone and room differ between the standards: 310617 in room 209 (lines "
                    "3990, 4000, 5658, 5941), 432570 / 43-25-70 in room 200 (lines 4270, 4516, 5238, 6362), "
                    "43-26-70 in room 200 (line 4529, the head's and the office's number elsewhere), and room 208 "
                    "(line 5930). Which number reaches the deputy cannot be told from the act.",
                    at(4529, "Бастықтың орынбасары, N 200 бөлме, телефоны 43-26-70."),
                ),
                issue(
                    "wrong-contact",
                    "info",
                    "The number 432650 / 43-26-50 is printed once for rooms 203, 200 and 209 together (line 4258) "
                    "and elsewhere for the head of the employment sector in room 103 (line 6364).",
                    at(4258, "203,200,209 кабинеттері  телефондары: 432670,432650,310617"),
                ),
                issue(
                    "inconsistent-hours",
                    "warning",
                    "The department's reception hours differ between the standards: 9:00–18:30 with lunch "
                    "12:30–14:00 (lines 4004, 4274, 4942), 9:00–17:00 (lines 4533, 4943, 5240, 5945, 6366), and "
                    "9:00–18:30 with lunch 13:00–14:00 (line 5672). All say «күн сайын» (every day) while the "
                    "standards themselves close on Saturdays and Sundays; Monday to Friday 9:00–18:30 with lunch "
                    "12:30–14:00 is recorded.",
                    at(5672, "түскі үзіліс сағат 13-00-ден 14-00-ге дейін"),
                ),
                issue(
                    "inconsistent-hours",
                    "warning",
                    "The head's reception is printed as Wednesday and Thursday 14:00–17:00 in five standards "
                    "(lines 3999, 4269, 4528, 4941, 5237, 5667) but as Monday and Wednesday 14:00–17:00 in the "
                    "Semey and unemployed standards (lines 5940, 6361). Wednesday and Thursday are recorded.",
                    at(5940, "Азаматтарды қабылдау кестесі: дүйсенбі, сәрсенбі сағат 14.00 ден 17.00 ге дейін."),
                ),
                issue(
                    "inconsistent-hours",
                    "info",
                    "The deputy head receives «every day» during working hours; the end of that reception is "
                    "printed as 18:30 (line 4001), 17:00 (lines 4530, 5238) or 18:00 (lines 5669, 5942, 6363). "
                    "9:00–18:30 with lunch 12:30–14:00 on working days is recorded.",
                    at(4530, "Азаматтарды қабылдау кестесі: күн сайын сағат 9.00-ден 17.00-ге дейін"),
                ),
                issue(
                    "wrong-contact",
                    "info",
                    "The emails «аktau.іnfo@maіl.ru» and «аktau.іnfo.@maіl.ru» are printed for the department but "
                    "are built on the akimat's site name (aktau.info); the second has a dot before «@».",
                    at(5224, "аktau.іnfo.@maіl.ru"),
                ),
            ],
        )
    )
    out.append(
        office(
            O_AKIMAT,
            "city_akimat",
            kk("Ақтау қаласы әкімінің аппараты", "Аппарат акима города Актау", "Apparatus of the akim of Aktau city"),
            at(4007, "Ақтау қаласы әкімінің аппараты"),
            address=kk("Ақтау қаласы, 4 шағынаудан"),
            address_source=at(4007, "Мекен-жайы: Ақтау қаласы, 4 шағынаудан"),
            phones=[
                phone("8(7292) 51-46-46", at(4534, "тел: 8(7292) 51-46-46")),
                phone("8(7292)43-37-94", at(4534, "факс: 8(7292)43-37-94"), kind="fax"),
                phone("502021", at(4945, "қабылдау бөлмесінің телефоны 502021")),
                phone("507797", at(4006, "Телефон: 507797")),
            ],
            websites=[
                raw_contact("аktau.іnfo.kz", at(3944, "Ақтау қаласы әкімдігінің: аktau.іnfo.kz.сайтында")),
                raw_contact("аktau.kz", at(4535, "Ақтау қаласы әкімінің сайты: аktau.kz., аktau.іnfo.kz.")),
                raw_contact("www.aktau.info.kz", at(4945, "веб-сайты - www.aktau.info.kz")),
                raw_contact("www.aktau.іnfo.kz", at(5610, "www.aktau.іnfo.kz. сайтында")),
                raw_contact("akіmat_aktaү.ru", at(5243, "Ақтау қаласы әкімінің сайты akіmat_aktaү.ru.")),
                raw_contact("www.aқtaү.іnғo.құ", at(6368, "Ақтау қаласы әкімінің сайты: www.aқtaү.іnғo.құ")),
            ],
            also_printed=[
                at(4534, "Ақтау қаласы аппарат әкімдігі, мекен-жайы: Ақтау қаласы, 4 шағын аудан"),
                at(4275, "Ақтау қаласы әкімінің орынбасары, мекен-жайы: Ақтау қаласы, 4 шағын аудан, 430 кабинет."),
                at(5946, "Телефоны: 50-77-97."),
                at(
                    3109,
                    "Ақтау қаласы әкімі аппаратының кеңсесі арқылы қолма-қол мына мекен-жай бойынша қабылданады: "
                    "Ақтау қаласы, 4 шағын аудан, әкімшілік үйі, 3 қабат, 302 кабинет.",
                ),
            ],
            data_issues=[
                issue(
                    "incomplete-schedule",
                    "info",
                    "The deputy akim receives citizens «according to the akimat's working regulation»; no "
                    "schedule is printed, so none is recorded.",
                    at(4006, "Азаматтарды қабылдау кестесі-Ақтау қаласы әкімдігінің жұмыс регламентіне сәйкес."),
                ),
                issue(
                    "wrong-contact",
                    "warning",
                    "The deputy akim's phone is printed as 507797 / 50-77-97 (lines 4006, 4275, 5241, 5673, 5946, "
                    "6367) but as 502021 in the housing-assistance standard (line 4944), where 502021 is also the "
                    "akimat's reception room (line 4945).",
                    at(4944, "Телефон N 502021"),
                ),
                issue(
                    "wrong-contact",
                    "warning",
                    "The akimat's web site is printed in six forms; only «www.aktau.info.kz» is written in Latin "
                    "letters throughout. «аktau.іnfo.kz», «аktau.kz», «www.aktau.іnfo.kz», «akіmat_aktaү.ru» and "
                    "«www.aқtaү.іnғo.құ» mix in Cyrillic letters, and «akіmat_aktaү.ru» / «аktau.kz» are other "
                    "domains.",
                    at(5243, "akіmat_aktaү.ru"),
                ),
            ],
        )
    )
    out.append(
        office(
            O_OBL_EMPL,
            "oblast_department",
            kk(
                "Маңғыстау облыстық Жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар Департаменті",
                None,
                "Mangystau oblast department for the coordination of employment and social programmes",
            ),
            at(4534, "Маңғыстау облыстық Жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар Департаменті"),
            address=kk("Ақтау қаласы, 24 шағын аудан, 7 үй"),
            address_source=at(4534, "Ақтау қаласы, 24 шағын аудан, 7 үй"),
            phones=[phone("8 7292 60-52-53", at(4534, "телефон: 8 7292 60-52-53"))],
            also_printed=[
                at(4517, "Маңғыстау облыстық жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар Департаментті"),
                at(5229, "Маңғыстау облыстық  жұмыспен қамту үйлестіру және әлеуметтік бағдарламалар Департаментіне"),
            ],
        )
    )
    out.append(
        office(
            O_MSE,
            "other",
            kk(
                "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігінің Маңғыстау облысы бойынша "
                "департаментінің медициналық-әлеуметтік сараптама бөлімі (МӘС)",
                None,
                "Medical and social expertise of the Mangystau department of the Ministry of Labour and Social "
                "Protection",
            ),
            at(
                5620,
                "Қазақстан республикасы Еңбек және халықты әлеуметтік қорғау министрлігінің Маңғыстау облысы "
                "бойынша департаментінің медициналық-әлеуметтік комиссиясымен",
            ),
            address=kk("Ақтау қаласы, 24 шағынаудан, 7 үй"),
            address_source=at(5620, "Ақтау  қаласы, 24 шағынаудан, 7 үй"),
            phones=[phone("60-52-37", at(5620, "телефоны: 60-52-37"))],
            hours_=hours(
                [(WEEK, [("09:00", "12:30"), ("14:00", "18:00")])],
                at(
                    5620,
                    "жұмыс кестесі: жұмыс күндері сағат 9-00-ден 18-00-ге, түскі үзіліс сағат 12-30-дан-14-00-ге дейін",
                ),
            ),
            also_printed=[
                at(
                    3957,
                    "Еңбек және халықты әлеуметтік қорғау Министрлігінің Маңғыстау облысы бойынша "
                    "департаментінің медициналық әлеуметтік сараптама бөлімінің анықтамасы, мекен-жайы: "
                    "Ақтау қаласы, 24 шағынаудан, 7 үй",
                ),
                at(5622, "телефоны: 60-52-37"),
            ],
            data_issues=[
                issue("missing-area-code", "info", AREA_INFO, at(5620, "телефоны: 60-52-37")),
                issue(
                    "wording",
                    "info",
                    "The same body is called «медициналық әлеуметтік сараптама бөлімі» (line 3957) and "
                    "«медициналық-әлеуметтік комиссия» (line 5620).",
                    at(3957, "медициналық әлеуметтік сараптама бөлімінің анықтамасы"),
                ),
            ],
        )
    )
    out.append(
        office(
            O_PENSION,
            "other",
            kk(
                "Маңғыстау облысы бойынша зейнетақыларды төлеу жөніндегі мемлекеттік орталығы (МЗТО)",
                None,
                "State centre for the payment of pensions, Mangystau oblast",
            ),
            at(5621, '"Маңғыстау облысы бойынша зейнетақыларды төлеу жөніндегі мемлекеттік орталығы" (бұдан әрі-МЗТО)'),
            address=kk("Ақтау қаласы, 24 шағынаудан-7 үй"),
            address_source=at(5621, "Ақтау қаласы, 24 шағынаудан-7 үй"),
            phones=[
                phone("60-52-68", at(5621, "телефондары: 60-52-68, 60-52-70")),
                phone("60-52-70", at(5621, "телефондары: 60-52-68, 60-52-70")),
            ],
            hours_=hours(
                [(WEEK, [("09:00", "12:00")])],
                at(
                    5621,
                    "жұмыс кестесі: жұмыс күндері қабылдау сағат 9-00-ден 12-00-ге дейін, түскі үзіліс "
                    "сағат 13-00-ден-14-00-ге дейін",
                ),
            ),
            also_printed=[
                at(
                    4211,
                    '"Ақтау қаласы бойынша Зейнетақыларды төлеу жөніндегі мемлекеттік орталығы" РМҚК '
                    "(бұдан әрі - МЗТО)",
                ),
                at(5879, '"Ақтау қаласы бойынша Зейнетақыларды төлеу жөніндегі мемлекеттік орталығы" РМҚК'),
            ],
            data_issues=[
                issue("missing-area-code", "info", AREA_INFO, at(5621, "60-52-68")),
                issue(
                    "inconsistent-hours",
                    "info",
                    "The centre receives on working days 9:00–12:00 and has a lunch break 13:00–14:00, which "
                    "falls outside its reception; only 9:00–12:00 is recorded.",
                    at(5621, "түскі үзіліс сағат 13-00-ден-14-00-ге дейін"),
                ),
                issue(
                    "wording",
                    "info",
                    "The centre is named «Маңғыстау облысы бойынша…» here and «Ақтау қаласы бойынша…» in the local "
                    "social assistance and Semey standards (lines 4211, 5879); one body is assumed.",
                    at(4211, '"Ақтау қаласы бойынша Зейнетақыларды төлеу жөніндегі мемлекеттік орталығы"'),
                ),
            ],
        )
    )
    out.append(
        office(
            O_ADDRESS,
            "other",
            kk("Мекен-жай бюросы", None, "Address bureau"),
            at(5192, "мекен-жай бюросы мына мекен-жайда орналасқан"),
            address=kk("Ақтау қаласы, 12 шағын аудан, 18 ғимарат"),
            address_source=at(5192, "Ақтау қаласы, 12 шағын аудан, 18 ғимарат"),
            hours_=hours(
                [(WEEK, LUNCH)],
                at(5192, "жұмыс кестесі: сағат 9.00-ден 18.30-ге дейін, түскі үзіліс сағат 12.30-ден 14.00-ге дейін"),
            ),
            data_issues=[
                issue(
                    "incomplete-schedule",
                    "info",
                    "The bureau's working days are not printed; Monday to Friday is assumed.",
                    at(5192, "жұмыс кестесі: сағат 9.00-ден 18.30-ге дейін"),
                )
            ],
        )
    )

    # --- offices of Astana printed by mistake in the inheritance standard ----------------------------------
    astana_issue = issue(
        "copy-paste",
        "error",
        "Printed in the Aktau standard «Зейнеткерлік қорларға, ІІМ Жол полициясы комитетінің аумақтық бөлімшелеріне "
        "кәмелетке толмаған балаларға мұраны ресімдеу үшін анықтама беру» as its contact section, copied from "
        "Astana's standard. This office does not serve the residents of Aktau; it is recorded only because the act "
        "prints it.",
        at(2296, "Астана қаласы, Бейбітшілік көшесі 11"),
    )
    out.append(
        office(
            O_AST_EDU,
            "city_department",
            kk("Астана қаласының Білім департаменті", None, "Education department of Astana city"),
            at(2442, "Астана қаласының Білім департаменті"),
            region="astana",
            settlement=ASTANA,
            area_code="7172",
            timezone="Asia/Almaty",
            address=kk("Астана қаласы, Бейбітшілік көшесі 11"),
            address_source=at(2296, "Астана қаласы, Бейбітшілік көшесі 11, 709 кабинет"),
            phones=[
                phone("8 (7172) 75-26-33", at(2296, "телефон 8 (7172) 75-26-33")),
                phone("8 (7172) 75-27-20", at(2301, "телефон 8 (7172) 75-27-20")),
            ],
            emails=[raw_contact("aәtana_ңo@maіl.rү", at(2297, "Электрондық почта мекен-жайы: aәtana_ңo@maіl.rү."))],
            hours_=hours(
                [(WEEK, [("09:00", "13:00"), ("15:00", "19:00")])],
                at(
                    2298,
                    "Жұмыс кестесі: сенбі, жексенбі және мерекелік күндерден басқа, күнделікті сағат "
                    "09.00-ден 19.00-ге дейін, үзіліс сағат 13.00-ден 15.00-ге дейін.",
                ),
            ),
            reception=[
                reception(
                    "Департамент директоры",
                    "FREQ=WEEKLY;BYDAY=MO",
                    "17:00",
                    "19:00",
                    at(
                        2299,
                        "Жеке мәселелер бойынша қабылдау: мерекелік күндерден басқа, дүйсенбі күні сағат "
                        "17.00-ден сағат 19.00-ге дейін.",
                    ),
                    "Director of the department",
                ),
                reception(
                    "Департамент директорының орынбасары",
                    "FREQ=WEEKLY;BYDAY=WE",
                    "17:00",
                    "19:00",
                    at(
                        2304,
                        "Жеке мәселелер бойынша қабылдау: мерекелік күндерден басқа, сәрсенбі күні сағат "
                        "17.00-ден сағат 19.00-ге дейін.",
                    ),
                    "Deputy director",
                ),
            ],
            also_printed=[
                at(2302, "aәtana_ңo@maіl.rү"),
                at(2454, "Астана қаласы Білім департаменті"),
                at(2466, "Астана қаласының Білім департаменті"),
                at(2489, "Астана қаласы Білім департаментінің"),
            ],
            data_issues=[astana_issue],
        )
    )
    out.append(
        office(
            O_AST_AKIM,
            "city_akimat",
            kk("Астана қаласы әкімінің орынбасары", None, "Deputy akim of Astana city"),
            at(2305, "Астана қаласы әкімінің орынбасары"),
            region="astana",
            settlement=ASTANA,
            area_code="7172",
            timezone="Asia/Almaty",
            address=kk("Астана қаласы, Бейбітшілік көшесі 11, 225 кабинет"),
            address_source=at(2306, "Астана қаласы, Бейбітшілік көшесі 11, 225 кабинет"),
            phones=[phone("8 (7172) 75-21-47", at(2306, "телефон 8 (7172) 75-21-47"))],
            emails=[raw_contact("aқіmat225@maіl.rү", at(2307, "Электрондық почта мекен-жайы: aқіmat225@maіl.rү."))],
            reception=[
                reception(
                    "Астана қаласы әкімінің орынбасары",
                    "FREQ=WEEKLY;BYDAY=MO",
                    "16:00",
                    "18:00",
                    at(
                        2308,
                        "Жеке мәселелер бойынша қабылдау: мерекелік күндерден басқа, дүйсенбі күні "
                        "сағат 16.00-ден сағат 18.00-ге дейін.",
                    ),
                    "Deputy akim",
                )
            ],
            data_issues=[astana_issue],
        )
    )
    out.append(
        office(
            O_MINISTRY,
            "other",
            kk(
                "Қазақстан Республикасының Еңбек және халықты әлеуметтік қорғау Министрлігі",
                None,
                "Ministry of Labour and Social Protection of the Republic of Kazakhstan",
            ),
            at(4946, "Қазақстан Республикасының Еңбек және халықты әлеуметтік қорғау Министрлігі"),
            region="astana",
            settlement=ASTANA,
            area_code="7172",
            timezone="Asia/Almaty",
            address=kk("Астана қаласы, Министрлер үйі, 35 көше, 2 үй, 6 подъезд"),
            address_source=at(4946, "Астана қаласы, Министрлер үйі, 35 көше, 2 үй, 6 подъезд"),
            websites=[
                raw_contact("www.enbek.kz", at(4946, "сайты: www.enbek.kz")),
                raw_contact("www.Enbek.ru", at(5244, "сайты: www.Enbek.ru")),
                raw_contact("www.anbek.kz", at(6269, "www.anbek.kz")),
            ],
            also_printed=[
                at(5947, "Министрлік үйі, 35 көше, 2 үй, 6-кіре беріс, сайты www.enbek.kz"),
                at(4536, "сайты: www.enbek.kz"),
            ],
            data_issues=[
                issue(
                    "wrong-contact",
                    "warning",
                    "The ministry's site is www.enbek.kz; the act also prints «www.Enbek.ru» (child benefit "
                    "standard) and «www.anbek.kz» (unemployed standard), which are other domains.",
                    at(5244, "www.Enbek.ru"),
                ),
                issue(
                    "other",
                    "info",
                    "Printed as a «useful» contact of the employment standards; it does not serve applicants directly.",
                    None,
                ),
            ],
        )
    )
    return out


# --------------------------------------------------------------------------------------------------------------
# Services: common pieces
# --------------------------------------------------------------------------------------------------------------

INDIVIDUAL = ["citizen", "foreigner", "stateless", "oralman"]


def service(
    slug: str,
    title_source: J,
    title: str,
    en: str,
    *,
    form_value: str,
    form_source: J,
    **fields: Any,
) -> J:
    out: J = {
        "id": f"{ACT}/{slug}",
        "kind": "standard",
        "number": NUMBER[slug],
        "title": kk(title, None, en),
        "source": title_source,
        "legal_basis": [],
        "provider": None,
        "form": {"value": form_value, "source": form_source},
        "results": [],
        "consumers": [],
        "terms": [],
        "queue_limits": [],
        "fee": {"kind": "free", "amount": None, "currency": "KZT", "source": None},
        "service_hours": None,
        "intake_hours": None,
        "channels": ["provider"],
        "documents": [],
        "talon": None,
        "refusal_grounds": [],
        "result_delivery": [],
        "complaint": [],
        "quality_indicators": [],
        "office_ids": [],
        "steps": [],
        "implements": None,
        "data_issues": [],
    }
    for key, value in fields.items():
        assert key in out or key in {
            "hours_alternatives",
            "termination_grounds",
            "document_notes",
            "complaint_office_ids",
            "forms",
            "definition",
            "priority",
            "no_refusal_grounds",
        }, key
        out[key] = value
    return out


def form(annex: str, kind: str, title: J, source: J, ru_source: J | None = None) -> J:
    """A form annexed to a standard (application, notice, consent…)."""
    out: J = {"annex": annex, "kind": kind, "title": title, "source": source}
    if ru_source is not None:
        out["ru_source"] = ru_source
    return out


def free(source: J) -> J:
    return {"kind": "free", "amount": None, "currency": "KZT", "source": source}


def qi(r: Std, header_text: str) -> list[J]:
    return quality_indicators(r.line(header_text), r.hi)


# --------------------------------------------------------------------------------------------------------------
# Land relations department: four land-act standards written from one template, and the land certificate
# --------------------------------------------------------------------------------------------------------------

LAND_OFFICES = [O_LAND, O_PSC, O_EMK, O_AKIMAT_SC]


def land_common(r: Std) -> J:
    """The parts the five land standards share word for word (terms differ for the certificate)."""
    dept_hours = hours(
        [(WEEK, LUNCH)],
        r.src(
            "Бөлім - мерекелік күндерден басқа, дүйсенбіден жұмаға дейін сағат "
            "09.00-ден 18.30-ге дейін, үзіліс сағат 12.30-ден 14.00-ке дейін."
        ),
    )
    complaint = [
        stmt(r.para("Лауазымды адамдардың әрекетіне (әрекетсіздігіне) шағымдану қажет болған жағдайда")),
        stmt(r.para("Тұтынушы сонымен қатар 8 (7292) 50-06-67; нөмірі бойынша")),
        stmt(r.para("Шағым Бөлім бастығының атына беріледі")),
        stmt(r.para("Тікелей жазбаша түрде жүгінген тұтынушыға")),
        stmt(r.para("Бөлімге немесе ХҚО-ға түскен шағымдар")),
        stmt(r.para("Берілген шағымға жауапты не шағымның қаралу барысы туралы ақпаратты")),
    ]
    return {
        "legal_basis": [stmt(r.para("3. Мемлекеттік қызмет 2003 жылғы 20 маусымдағы"))],
        "provider": stmt(r.para("4. Мемлекеттік қызметті")),
        "consumers": [stmt(r.para("6. Мемлекеттік қызмет жеке және заңды тұлғаларға"))],
        "fee": {
            "kind": "paid_unknown_amount",
            "amount": None,
            "currency": "KZT",
            "source": r.src("Мемлекеттік қызмет көрсету ақылы."),
        },
        "queue_limits": [
            queue("submit", 40, r.src("кезек күтуге рұқсат берілген ең ұзақ уақыт: 40 минутке дейін")),
            queue("receive", 40, r.src("кезек күтуге рұқсат берілген ең ұзақ уақыт: 40 минуттан көп емес")),
        ],
        "service_hours": dept_hours,
        "channels": ["provider", "centre"],
        "talon": {
            "kind": "receipt",
            "fields": ["service", "documents", "due_at", "office_phone", "accepted_by"],
            "source": r.para("Өтініш берушіге мемлекеттік қызмет көрсетудің сұралған түрі"),
            "refusal_receipt": None,
        },
        "result_delivery": [stmt(r.para("Дайын құжаттарды беру ХҚО-да немесе Бөлімде"))],
        "refusal_grounds": [
            stmt(r.para("Құжаттарды рәсімдеуде қателер (түзетулер, өшірулер және т.б.) анықталған жағдайда"))
        ],
        "complaint": complaint,
        "priority": [
            stmt(
                r.para("Ұлы Отан соғысының ардагерлеріне, І, ІІ топ мүгедектеріне кезектен тыс қызмет көрсетіледі."),
                en="Veterans of the Great Patriotic War and disabled persons of groups I and II are served out of "
                "turn.",
            )
        ],
        "quality_indicators": qi(r, "Сапа және қол жетімділік көрсеткіштерінің мәні"),
        "office_ids": list(LAND_OFFICES),
    }


def land_return_term(r: Std) -> J:
    return term(
        1,
        "working_days",
        r.src("Бөлім құжаттар пакетін алғаннан кейін бір жұмыс күні ішінде"),
        role="other",
        starts_from="other",
        starts_from_text=kk("құжаттар пакетін алғаннан кейін", en="after the department receives the package"),
        condition=kk(
            "құжаттарды рәсімдеуде қателер анықталған жағдайда",
            en="errors found in the documents: they are returned with the written reason",
        ),
    )


def land_columns_issue(r: Std) -> J:
    return issue(
        "wording",
        "info",
        "The quality-indicator annex of the land standards has the columns «normative value», «target value in "
        "2008» (recorded as target_next_year although it is the target of the act's own year) and «current value "
        "of 2007» (recorded as current).",
        r.src("2008 жылда"),
    )


def land_fee_issue(r: Std) -> J:
    return issue(
        "other",
        "info",
        "The act says the service is paid («ақылы») but gives neither the amount nor how and where to pay.",
        r.src("Мемлекеттік қызмет көрсету ақылы."),
    )


def land_act_standard(
    slug: str, lo: int, hi: int, title: str, en: str, right: str, extract: str, extra_issues: list[J] | None = None
) -> J:
    """One of the four land-act standards (temporary paid, temporary free, permanent use, private ownership)."""
    r = Std(lo, hi)
    common = land_common(r)
    stage3 = r.src("сараптама жүргізу және өтініш берушіге акті беру өтініш түскен күннен бастап екі жұмыс күні ішінде")
    total = r.src("Мемлекеттік қызметті көрсету мерзімі жиырма екі жұмыс күні ішінде")
    main = staged(
        [
            stage(
                5,
                "working_days",
                "Бөлім",
                r.src("өтініштерді тіркеген күннен бастап бес жұмыс күні ішінде"),
                "the land relations department: checks the documents and sends them to the land enterprise",
            ),
            stage(
                15,
                "working_days",
                "ЕМК",
                r.src("кәсіпорын актіні он бес жұмыс күні ішінде әзірлейді"),
                "the land enterprise (ЕМК): prepares the act",
            ),
            stage(
                2,
                "working_days",
                "Бөлім",
                stage3,
                "the land relations department: expert check and hand-over of the act to the applicant",
            ),
        ],
        total,
        starts_from="registration",
        declared_total=declared(22, "working_days", total),
    )
    form_line = r.line("ЗАЯВЛЕНИЕ")
    id_ru = r.line("Удостоверение личности")
    docs = [
        doc(
            "application",
            r.src("өтініш (N 2 қосымша бойынша)"),
            "өтініш (N 2 қосымша бойынша)",
            ru="Заявление",
            ru_source=at(form_line, "ЗАЯВЛЕНИЕ"),
            en="application (annex 2 form)",
        ),
        doc(
            "decision-extract",
            r.src(extract),
            extract,
            en=f"extract from the resolution granting the {right}",
            alternatives=[
                doc(
                    "survey-order-form",
                    r.src(
                        "жер учаскесіне сәйкестендіру құжатын әзірлеуге тапсырыс бланкісі (жұмыстың жерге "
                        "орналастыру түрлерін орындауға лицензиясы бар мекеменің бәсекелестік ортасында "
                        "әзірленеді)"
                    ),
                    en="order form for preparing the plot's identification document",
                ),
            ],
        ),
        doc(
            "taxpayer-number",
            r.src("салық төлеушінің тіркеу нөмірі (бұдан әрі - СТН)"),
            "салық төлеушінің тіркеу нөмірі (СТН)",
            ru="РНН",
            ru_source=at(r.line("РНН"), "РНН"),
            condition=cond(INDIVIDUAL, "жеке тұлға үшін", ["legal_entity"]),
            en="taxpayer registration number",
        ),
        doc(
            "identity-card",
            at(r.line("жеке куәлігі (сенімхат болған"), "жеке куәлігі"),
            "жеке куәлігі",
            ru="Удостоверение личности",
            ru_source=at(id_ru, "Удостоверение личности"),
            condition=cond(INDIVIDUAL, "жеке тұлға үшін", ["legal_entity"]),
            en="identity card",
        ),
        doc(
            "power-of-attorney",
            r.src("сенімхат болған жағдайда - сенім білдірген тұлғаның сенімхаты және жеке куәлігі"),
            "сенім білдірген тұлғаның сенімхаты және жеке куәлігі",
            condition=cond(["representative"], "сенімхат болған жағдайда"),
            en="power of attorney and identity card of the authorised person",
        ),
        doc(
            "charter-copy",
            r.src("жарғының"),
            "жарғының көшірмесі",
            form="original_for_check",
            condition=cond(["legal_entity"], "заңды тұлға үшін"),
            en="copy of the charter",
        ),
        doc(
            "statistical-card-copy",
            r.src("статистикалық карточканың"),
            "статистикалық карточканың көшірмесі",
            form="original_for_check",
            condition=cond(["legal_entity"], "заңды тұлға үшін"),
            en="copy of the statistical card",
        ),
        doc(
            "registration-certificate-copy",
            r.src("заңды тұлғаны тіркеу туралы куәліктің көшірмесі"),
            form="original_for_check",
            condition=cond(["legal_entity"], "заңды тұлға үшін"),
            en="copy of the certificate of state registration of the legal entity",
        ),
    ]
    svc = service(
        slug,
        r.src(f'"{title}"'),
        title,
        en,
        form_value="not_automated",
        form_source=r.src("Көрсетілетін мемлекеттік қызметтің нысаны автоматтандырылмаған."),
        results=[stmt(r.para("5. Жер учаскесіне"))],
        terms=[main, land_return_term(r)],
        documents=docs,
        **common,
    )
    svc["document_notes"] = [
        stmt(r.para("өшірмелері салыстыру үшін түпнұсқалармен бірге беріледі.")),
        stmt(r.para("Заңды тұлғаның өтінішіне бірінші басшы немесе оның орнын басатын тұлға қол қояды.")),
        stmt(r.para("Өтініштер бланкісін Ақтау қалалық әкімдігінің сервистік орталығының")),
    ]
    svc["forms"] = [
        form(
            "2",
            "application",
            kk("ӨТІНІШ", "ЗАЯВЛЕНИЕ", "application"),
            at(form_line - 1, "ӨТІНІШ"),
            at(form_line, "ЗАЯВЛЕНИЕ"),
        ),
        form(
            "3",
            "refusal_notice",
            kk("актісін беру мүмкін емес", en="notice that the act cannot be issued"),
            r.src("актісін беру мүмкін емес."),
        ),
    ]
    svc["data_issues"] = [
        issue(
            "inconsistent-terms",
            "warning",
            "The 22 working days run in three stages: 5 working days at the department from the registration of "
            "the application, 15 at the land enterprise, then 2 at the department. The third stage is worded «from "
            "the day the application was received» (өтініш түскен күннен бастап), which taken literally would end "
            "two working days after submission, before the other stages; it is recorded as the last of three "
            "consecutive stages, which adds up to the stated 22 working days.",
            stage3,
        ),
        issue(
            "closed-day",
            "info",
            "The land enterprise (ЕМК), which has the 15-working-day stage, works Monday to Thursday only; the act "
            "does not say whether its Fridays count.",
            r.src("ЕМК - мерекелік күндерден басқа, дүйсенбіден бейсенбіге дейін"),
        ),
        land_fee_issue(r),
        land_columns_issue(r),
        *(extra_issues or []),
    ]
    return svc


def land_services() -> list[J]:
    out = [
        land_act_standard(
            "land-temporary-paid-use-act",
            309,
            582,
            "Уақытша жер пайдалану құқығына актілерді ресімдеу",
            "Drawing up acts on the right of temporary (paid) land use",
            "right of temporary land use",
            "жер учаскесіне уақытша жер пайдалану құқығын беру туралы қаулыдан үзінді",
            [
                issue(
                    "wording",
                    "info",
                    "The standard's heading says «temporary land use» without «paid» (өтеулі). Annex 1 (item 3.9) and "
                    "point 2 list it as «Уақытша өтеулі жер пайдалану…», and its legal basis (Land Code art. 35) is "
                    "temporary paid land use, so it is recorded as the temporary paid land use standard.",
                    at(315, '"Уақытша жер пайдалану құқығына актілерді ресімдеу"'),
                )
            ],
        ),
        land_act_standard(
            "land-private-ownership-act",
            583,
            856,
            "Жер учаскесіне жеке меншік құқығына арналған\nактілерді ресімдеу",
            "Drawing up acts on the right of private ownership of a land plot",
            "right of private ownership",
            "жер учаскесіне өтеусіз негізде жеке меншік құқығын беру туралы қаулыдан үзінді",
            [
                issue(
                    "wording",
                    "info",
                    "The document list asks for the extract of the resolution granting private ownership «free of "
                    "charge» (өтеусіз негізде) only; a plot bought for payment is not provided for.",
                    at(621, "жер учаскесіне өтеусіз негізде жеке меншік құқығын беру туралы қаулыдан үзінді"),
                )
            ],
        ),
        land_act_standard(
            "land-temporary-free-use-act",
            857,
            1127,
            "Уақытша өтеусіз (ұзақ мерзімді, қысқа мерзімді) жер\nпайдалану құқығына актілерді ресімдеу",
            "Drawing up acts on the right of temporary free (long-term, short-term) land use",
            "right of temporary free land use",
            "жер учаскесіне уақытша өтеусіз (ұзақ мерзімді, қысқа мерзімді) жер пайдалану құқығын беру туралы "
            "қаулыдан үзінді",
        ),
        land_act_standard(
            "land-permanent-use-act",
            1128,
            1397,
            "Жерді тұрақты пайдалану құқығына актілерді ресімдеу",
            "Drawing up acts on the right of permanent land use",
            "right of permanent land use",
            "жер учаскесіне жерді тұрақты пайдалану құқығын беру туралы қаулыдан үзінді",
        ),
    ]
    out.append(land_certificate())
    return out


def land_certificate() -> J:
    r = Std(1398, 1644)
    common = land_common(r)
    stage3 = r.src("тіркеу және өтініш берушіге анықтама беру өтініш түскен күннен бастап бір жұмыс күні ішінде")
    total = r.src("Мемлекеттік қызметті көрсету мерзімі жеті жұмыс күні ішінде")
    main = staged(
        [
            stage(
                2,
                "working_days",
                "Бөлім",
                r.src("ЕМК) жіберу өтініштерді тіркеген күннен бастап екі жұмыс күні ішінде"),
                "the land relations department: sends the documents to the land enterprise",
            ),
            stage(
                4,
                "working_days",
                "ЕМК",
                r.src("кәсіпорынмен анықтаманы әзірлеу төрт жұмыс күні ішінде"),
                "the land enterprise (ЕМК): prepares the certificate",
            ),
            stage(
                1,
                "working_days",
                "Бөлім",
                stage3,
                "the land relations department: registers and hands over the certificate",
            ),
        ],
        total,
        starts_from="registration",
        declared_total=declared(7, "working_days", total),
    )
    form_line = r.line("ЗАЯВЛЕНИЕ")
    docs = [
        doc(
            "application",
            r.src("өтініш (N 2 қосымша бойынша)"),
            "өтініш (N 2 қосымша бойынша)",
            ru="Заявление",
            ru_source=at(form_line, "ЗАЯВЛЕНИЕ"),
            en="application (annex 2 form)",
        ),
        doc(
            "taxpayer-number",
            r.src("салық төлеушінің тіркеу нөмірі (бұдан әрі - СТН)"),
            "салық төлеушінің тіркеу нөмірі (СТН)",
            ru="подтверждение РНН",
            ru_source=r.src("СТН растамасы, подтверждение РНН"),
            en="taxpayer registration number",
        ),
        doc(
            "identity-card",
            r.src("жеке тұлға үшін жеке куәлігі"),
            "жеке куәлігі",
            ru="удостоверение личности",
            ru_source=r.src("Жеке куәлік, удостоверение личности"),
            condition=cond(INDIVIDUAL, "жеке тұлға үшін", ["legal_entity"]),
            en="identity card",
        ),
        doc(
            "statistical-card-copy",
            r.src("статистикалық карточканың"),
            "статистикалық карточканың көшірмесі",
            # «статистикалық карточканың, заңды тұлғаны тіркеу туралы куәліктің көшірмесі» (line 1432): copies of
            # both; unlike the land acts, no «copies are handed in with the originals for comparison»
            form="copy",
            condition=cond(["legal_entity"], "заңды тұлға үшін (көшірмесі)"),
            en="copy of the statistical card",
        ),
        doc(
            "registration-certificate-copy",
            r.src("заңды тұлғаны тіркеу туралы куәліктің көшірмесі"),
            form="copy",
            condition=cond(["legal_entity"]),
            en="copy of the certificate of state registration of the legal entity",
        ),
        doc(
            "payment-document",
            r.src("1. Төлем құжаты, документ об оплате"),
            "Төлем құжаты",
            ru="документ об оплате",
            ru_source=r.src("документ об оплате"),
            en="payment document",
        ),
    ]
    svc = service(
        "land-plot-certificate",
        r.src('"Жер учаскелері туралы анықтама беру "'),
        "Жер учаскелері туралы анықтама беру",
        "Issue of certificates about land plots",
        form_value="automated",
        form_source=r.src("Көрсетілетін мемлекеттік қызметтің нысаны автоматтандырылған."),
        results=[stmt(r.para("5. Жер учаскелері туралы анықтама беріледі."))],
        terms=[main, land_return_term(r)],
        documents=docs,
        **common,
    )
    svc["forms"] = [
        form(
            "2",
            "application",
            kk(
                "Сізден жер учаскесі жоқтығын куәландыратын анықтама беруіңізді сұраймын.",
                "Прошу Вас выдать справку о неимении земельного участка.",
                "application for a certificate of having no land plot",
            ),
            r.src("Сізден жер учаскесі жоқтығын куәландыратын анықтама беруіңізді сұраймын."),
            r.src("Прошу Вас выдать справку о неимении земельного участка."),
        ),
    ]
    svc["data_issues"] = [
        issue(
            "inconsistent-terms",
            "warning",
            "The 7 working days run in three stages: 2 at the department from registration, 4 at the land "
            "enterprise, then 1 at the department. The last stage is worded «from the day the application was "
            "received»; it is recorded as the last of three consecutive stages, which adds up to the stated 7.",
            stage3,
        ),
        issue(
            "closed-day",
            "info",
            "The land enterprise (ЕМК), which has the 4-working-day stage, works Monday to Thursday only.",
            r.src("ЕМК - мерекелік күндерден басқа, дүйсенбіден бейсенбіге дейін"),
        ),
        land_fee_issue(r),
        issue(
            "inconsistent-terms",
            "warning",
            "The application form (annex 2) lists a payment document («Төлем құжаты, документ об оплате») that "
            "point 12 does not ask for; it is recorded as required because the service is paid, with this note.",
            r.src("1. Төлем құжаты, документ об оплате"),
        ),
        issue(
            "wording",
            "warning",
            "The bilingual application form asks only for a certificate that the applicant has NO land plot "
            "(«справка о неимении земельного участка»), while the service issues certificates about land plots "
            "in general.",
            r.src("Прошу Вас выдать справку о неимении земельного участка."),
        ),
        issue(
            "wording",
            "info",
            "Point 9 places the information stands at the department and the land enterprise only, but point 10 "
            "gives the public service centre's hours and point 16 hands out results there.",
            r.src("Ақпараттық және анықтамалық тағандар Бөлімнің және ЕМК-ның фойелерінде орналастырылған."),
        ),
        issue(
            "wording",
            "warning",
            "Quality indicators 4.3 and 4.4 (customers satisfied with the complaint procedure and its time) "
            "have the normative and target value «90-нан көп емес» (not more than 90%), where «not less» must be "
            "meant.",
            at(1581, "90-нан көп"),
        ),
        land_columns_issue(r),
    ]
    return svc


# --------------------------------------------------------------------------------------------------------------
# Education department: eight standards (guardianship and minors' property, orphans, foster care, preschool)
# --------------------------------------------------------------------------------------------------------------

EDU_OFFICES = [O_EDU, O_AKIMAT_SC]
ORPHANS_LO, ORPHANS_HI = 3125, 3344


def edu_common(r: Std, *, qi_header: str | None = "көрсеткіштерінің мән") -> J:
    """The parts the guardianship, orphans and foster standards share (hours, queue, talon, complaint)."""
    service_src = r.src(
        "Мемлекеттік қызмет сенбі, жексенбі және мерекелік күндерден басқа күнделікті сағат 9.00-ден "
        "18.00-ге дейін көрсетіледі."
    )
    intake_src = r.src("құжаттарды қабылдау әр аптаның дүйсенбі күні, сағат 09.30-дан 18.00-ге дейін")
    talon_src = r.para("уәкілетті қызметкер өтініш берушіге ауызша түрде барлық қажетті құжаттарды алғаны")
    out: J = {
        "legal_basis": [stmt(r.para("3. Мемлекеттік қызмет Қазақстан Республикасы"))],
        "provider": stmt(r.para('4. Мемлекеттік қызметті "Ақтау қалалық білім бөлімі"')),
        "fee": free(r.src("Мемлекеттік қызмет көрсету тегін.")),
        "queue_limits": [
            queue("submit", 40, r.src("кезек күтуге рұқсат берілген ең ұзақ уақыт 40 минутқа дейін")),
            queue("receive", 40, r.src("кезек күтуге рұқсат берілген ең ұзақ уақыт 40 минуттан көп емес")),
        ],
        "service_hours": hours([(WEEK, [("09:00", "18:00")])], service_src),
        "intake_hours": hours([([0], [("09:30", "12:30"), ("14:00", "18:00")])], intake_src),
        "talon": {"kind": "undefined", "fields": [], "source": talon_src, "refusal_receipt": None},
        "complaint": [
            stmt(r.para("21. Уәкілетті лауазымды тұлғалардың әрекеттеріне")),
            stmt(r.para("Талап етуші қабылданған шараларға қанағаттанбаса")),
            stmt(r.para("22. Шағым жазбаша түрде поштамен")),
            stmt(r.para("23. Тікелей жазбаша өтініш жасаған тұтынушыға")),
            stmt(r.para("Берілген шағымға жауапты не шағымды қарастыру барысы туралы ақпаратты")),
        ],
        "office_ids": list(EDU_OFFICES),
        "complaint_office_ids": [O_AKIMAT],
    }
    if qi_header is not None:
        out["quality_indicators"] = qi(r, qi_header)
    return out


def edu_common_issues(r: Std, *, with_hours: bool = True) -> list[J]:
    out = [
        issue(
            "undefined-talon",
            "warning",
            "The queue limit speaks of the moment of «registration, getting a talon», but the standard defines no "
            "talon: the employee only tells the applicant orally that all documents were received and when to "
            "come for the result.",
            r.para("уәкілетті қызметкер өтініш берушіге ауызша түрде барлық қажетті құжаттарды алғаны"),
        ),
        issue(
            "inconsistent-hours",
            "info",
            "The service is given on working days 9:00–18:00 (point 10), while the department works 9:00–18:30 "
            "with a lunch break 12:30–14:00 (point 24). Documents are taken on Mondays only, 9:30–18:00 with the "
            "break 12:30–14:00, at window 4 of the akimat's service centre.",
            r.src(
                "Жұмыс кестесі: сенбі, жексенбі және мерекелік күндерден басқа, күнделікті сағат 09.00-ден "
                "18.30-ға дейін"
            ),
        )
        if with_hours
        else None,
    ]
    return [i for i in out if i is not None]


def two_stage_review(
    r: Std,
    total: str,
    total_value: int,
    review: str,
    review_value: int,
    second: str,
    second_value: int,
    second_actor_en: str,
) -> J:
    # the stated total equals the sum of the stages in every standard that uses this (else: a data issue)
    assert total_value == review_value + second_value, (total, total_value, review_value, second_value)
    return staged(
        [
            stage(
                review_value, "working_days", "Бөлім", r.src(review), "the department: expert review of the documents"
            ),
            stage(second_value, "working_days", "Бөлім", r.src(second), second_actor_en),
        ],
        r.src(total),
        starts_from="registration",
        declared_total=declared(total_value, "working_days", r.src(total)),
    )


def no_grounds(r: Std) -> J:
    """Point 17 of the orphans' register standard (and of the standards that copy it): no grounds to refuse."""
    return stmt(
        r.para(
            "17. Мемлекеттік қызмет көрсетуді тоқтата тұру немесе мемлекеттік қызмет көрсетуден бас тарту үшін "
            "негіздері жоқ."
        ),
        en="There are no grounds for suspending or refusing the service.",
    )


def refusal_notice_term(r: Std, text: str) -> J:
    return term(
        1,
        "working_days",
        r.src(text),
        role="notification",
        starts_from="other",
        starts_from_text=kk("бас тарту себебін алған соң", en="after the grounds for refusal are established"),
    )


def orphan_documents(r: Std) -> list[J]:
    """The orphans' register document list (also printed, by mistake, in the pledge standard)."""
    deprived = r.src("баланың ата-анасын ата-ана құқықтарынан айыру туралы сот шешімі")
    # the case in brackets as printed: «...қамқорлықсыз қалған жағдайда» (orphans' register, line 3160),
    # «...қамқорлықсыз алған жағдайда» (its copy in the pledge standard, line 1971)
    found = re.search(
        r"\((бала ата-анасын ата-ана құқықтарынан айыру салдарынан қамқорлықсыз \w+ жағдайда)\)",
        LINES[deprived["line"] - 1],
    )
    assert found is not None
    deprived_case = found.group(1)
    return [
        doc(
            "application",
            r.src(
                "ата-ананың қамқорлығынсыз қалған баланың өңірлік есепке қойылғаны туралы жауапты "
                "жеке тұлғаның өтініші еркін түрде жазылады"
            ),
            en="application of the responsible person, in free form",
        ),
        doc(
            "birth-certificate",
            r.src("ата-ананың қамқорлығынсыз қалған баланың туу туралы куәлігі"),
            en="birth certificate of the child",
        ),
        doc(
            "parents-death-certificate",
            r.src(
                "ата-ананың қайтыс болуы туралы анықтама (бала ата-анасының қайтыс болуы "
                "салдарынан қамқорлықсыз қалған жағдайда)"
            ),
            "ата-ананың қайтыс болуы туралы анықтама",
            condition=cond(["orphan"], "бала ата-анасының қайтыс болуы салдарынан қамқорлықсыз қалған жағдайда"),
            en="certificate of the parents' death",
        ),
        doc(
            "parents-illness-certificate",
            r.src(
                "ата-анасының ауруы туралы анықтама (бала ата-анасының денсаулығы "
                "нашарлығы салдарынан қамқорлықсыз қалған жағдайда)"
            ),
            "ата-анасының ауруы туралы анықтама",
            condition=cond(
                ["parents_ill"], "бала ата-анасының денсаулығы нашарлығы салдарынан қамқорлықсыз қалған жағдайда"
            ),
            en="certificate of the parents' illness",
        ),
        doc(
            "deprivation-court-decision",
            deprived,
            condition=cond(["parents_deprived_of_rights"], deprived_case),
            en="court decision depriving the parents of parental rights",
        ),
        doc(
            "restriction-court-decision",
            r.src("баланың ата-анасының ата-ана құқықтарын шектеу туралы сот шешімі"),
            condition=cond(
                ["parents_rights_restricted"],
                "бала ата-анасының ата-ана құқықтарын шектеу салдарынан қамқорлықсыз қалған жағдайда",
            ),
            en="court decision restricting the parents' rights",
        ),
        doc(
            "incapacity-court-decision",
            r.src("ата-ананың әрекетке қабілетсіз деп танылғаны туралы сот шешімі"),
            condition=cond(
                ["parents_incapable"],
                "бала ата-анасының әрекетке қабілетсіздігі салдарынан қамқорлықсыз қалған жағдайда",
            ),
            en="court decision declaring the parents legally incapable",
        ),
        doc(
            "parents-refusal",
            r.src("ата-ананың екеуінің де баланы тәрбиелеу мен күтуден бас тарту өтініші"),
            # no case in brackets, unlike the documents around it, but it exists only where the parents gave the
            # child up (see parents_refusal_issue)
            condition=cond(["parents_refused"]),
            en="both parents' application refusing to bring up the child (or proof that one parent is absent)",
        ),
        doc("child-questionnaire", r.src("толтырылатын балаға сауалнама"), en="questionnaire on the child"),
        doc(
            "abandonment-act",
            r.src(
                "тастанды (тастап кеткен) бала туралы акт (бала ІІД органдарымен немесе "
                "медициналық мекемелерде қалдырылған жағдайда)"
            ),
            "тастанды (тастап кеткен) бала туралы акт",
            condition=cond(
                ["abandoned_child"], "бала ІІД органдарымен немесе медициналық мекемелерде қалдырылған жағдайда"
            ),
            en="act on an abandoned child",
        ),
    ]


def parents_refusal_issue(r: Std) -> J:
    return issue(
        "wording",
        "info",
        "The parents' application refusing to bring up the child is listed without the case it is for, unlike "
        "the death certificate, the illness certificate and the court decisions around it, each given «in the case "
        "the child was left without care because of» that reason. It exists only where the parents gave the child "
        "up, so it is recorded as needed in that case only (tag «parents_refused»), not from every applicant.",
        r.src("ата-ананың екеуінің де баланы тәрбиелеу мен күтуден бас тарту өтініші"),
    )


def item16_orphans_copy(r: Std) -> J:
    return issue(
        "copy-paste",
        "warning",
        "Point 16 (how the result is given) speaks of «regional registration of orphans and children left without "
        "parental care» (өңірлік есепке қою): it is copied from the orphans' register standard and does not "
        "describe this service's result.",
        r.para("16. өңірлік есепке қою"),
    )


def stage2_orphans_copy(r: Std) -> J:
    return issue(
        "copy-paste",
        "warning",
        "The second stage of the term is worded «өңірлік есепке қою рәсімдеу екі жұмыс күні ішінде» (drawing up the "
        "regional registration in two working days), copied from the orphans' register standard; the two working "
        "days are kept as this service's second stage.",
        r.src("өңірлік есепке қою рәсімдеу екі жұмыс күні ішінде"),
    )


def result_orphans_copy(r: Std, own: str) -> J:
    return issue(
        "copy-paste",
        "error",
        "The result of this service is given as «an oral notice that orphans and children left without parental "
        f"care were put on the regional register», copied from the orphans' register standard. The service's real "
        f"result is {own}.",
        r.para("5. Мемлекеттік қызметті көрсетуді аяқтау нысаны болып жетім балалар"),
    )


def guardianship_council() -> J:
    r = Std(1645, 1934)
    svc = service(
        "guardianship-council-decision-certificate",
        r.src(
            '"Тұрғын үйдің меншік иелері болып табылатын кәмелетке\nтолмаған балалардың мүдделерін қорғайтын '
            'мәмілелерді жасау\nүшін қорғаншылар мен қамқоршылар кеңесінің шешіміне\nанықтама беру"'
        ),
        "Тұрғын үйдің меншік иелері болып табылатын кәмелетке толмаған балалардың мүдделерін қорғайтын мәмілелерді "
        "жасау үшін қорғаншылар мен қамқоршылар кеңесінің шешіміне анықтама беру",
        "Certificate of the guardianship council's decision for transactions affecting minors who own housing",
        form_value="not_automated",
        form_source=r.src("автоматтандырылмаған"),
        results=[stmt(r.para("5. Мемлекеттік қызметті көрсетуді аяқтау нысаны"))],
        consumers=[stmt(r.para("6. Мемлекеттік қызмет жеке және заңды тұлғаларға"))],
        terms=[
            two_stage_review(
                r,
                "Құжаттарды қарастыру мерзімі бес жұмыс күні ішінде",
                5,
                "ұсынылған құжаттарға сараптама өтініш тіркелген күннен бастап үш жұмыс күні ішінде",
                3,
                "өңірлік есепке қою рәсімдеу екі жұмыс күні ішінде",
                2,
                "the department: draws up the certificate (worded as «regional registration»)",
            ),
            refusal_notice_term(r, "оларды алған соң бір жұмыс күні ішінде хабардар етеді"),
        ],
        documents=[
            doc(
                "application",
                r.src(
                    "осы стандарттың N 4 қосымшасына сәйкес өтініш берушінің-кәмелетке толмаған баланың "
                    "қамқоршысының, қорғаншысының, патронат тәрбиешісінің өтініші"
                ),
                en="application of the minor's guardian, custodian or foster carer (annex 4 form)",
            ),
            doc(
                "identity-card",
                r.src("өтініш берушінің жеке куәлігінің түпнұсқасы мен көшірмесі"),
                form="original_and_copy",
                en="applicant's identity card, original and copy",
            ),
            doc(
                "birth-certificate",
                r.src(
                    "баланың (балалардың; 10 жастағы және одан үлкен (18 жасқа дейінгі) "
                    "балалардың өзінің болуы) туу туралы куәлігі"
                ),
                en="birth certificate of the child(ren); children aged 10 to 18 must come in person",
            ),
            doc(
                "apartment-documents",
                r.src(
                    "пәтер құжаттарының түпнұсқалары мен көшірмелері (келісім-шарт, жылжымайтын "
                    "мүлік құқықтарын мемлекеттік тіркеу туралы куәлік, пәтердің техникалық "
                    "түлқұжаты, үй кітабы)"
                ),
                form="original_and_copy",
                en="documents of the flat, originals and copies",
            ),
            doc(
                "civil-status-documents",
                r.src(
                    "басқа да құжаттардың түпнұсқасы мен көшірмесі (ажырасу куәлігі, қайтыс "
                    "болу туралы, некелік қатынаста болмағанын растайтын құжат; баланың "
                    "некеден тыс туылғаны жөніндегі N 4 нұсқаны анықтама)"
                ),
                form="original_and_copy",
                condition=cond(["divorced", "widowed", "single_parent"]),
                en="other civil-status documents (divorce, death, unmarried status, form N 4 certificate)",
            ),
            doc(
                "bank-letter",
                r.src(
                    "кәмелетке толмаған балаға тиесілі тұрғын үйді кепілге қоюға рұқсат беру үшін "
                    "анықтама беру туралы банк хаты"
                ),
                condition=cond(
                    ["pledge_transaction"],
                    "кәмелетке толмаған балаға тиесілі тұрғын үйді кепілге қойып несие беру жағдайында",
                ),
                en="bank's letter (when the minor's housing is pledged for a loan)",
            ),
            doc(
                "pledge-application-notarized",
                r.src("өтініш берушінің нотариалды расталған кепілді мүлікке өтініші"),
                en="applicant's notarised application concerning the pledged property",
            ),
        ],
        refusal_grounds=[
            stmt(
                r.para("17. Осы стандарттың 12-тармағында көрсетілген құжаттардың біреуін тұтынушы ұсынбаған жағдайда")
            ),
            stmt(
                r.src(
                    "кәмелетке толмаған балаға тиесілі тұрғын үй алатын ауыстыру немесе сату нәтижесінде оның "
                    "құқықтары мен мүддесін бұзған жағдайда."
                )
            ),
        ],
        result_delivery=[
            stmt(r.para("16. Анықтама беруді")),
            stmt(r.whole("Егер тұтынушы құжаттарды алуға мерзімінде хабарласпаған жағдайда")),
        ],
        **edu_common(r),
    )
    svc["forms"] = [
        form("2", "consent", kk("келісім береді (үлгі)", en="consent (model)"), r.src("келісім береді.")),
        form(
            "3",
            "application",
            kk(
                "пәтерді сатуға (айырбастау, сыйға тарту) рұқсат беруіңізді сұраймыз",
                en="application to sell, exchange or give away (or pledge) the flat",
            ),
            r.src("тарту) рұқсат беруіңізді сұраймыз."),
        ),
    ]
    svc["data_issues"] = [
        result_orphans_copy(r, "a certificate of the guardianship council's decision"),
        stage2_orphans_copy(r),
        issue(
            "cross-reference",
            "warning",
            "The application is to follow «annex 4 of this standard», but the standard has annexes 1–3 only "
            "(quality indicators, a consent form and an application to sell, exchange or pledge a flat).",
            r.src("осы стандарттың N 4 қосымшасына сәйкес"),
        ),
        issue(
            "copy-paste",
            "warning",
            "The second refusal ground speaks of the child's rights being violated «as a result of the exchange or "
            "sale» of the housing, copied from the sale/exchange permit standard.",
            r.src("тұрғын үй алатын ауыстыру немесе сату нәтижесінде"),
        ),
        issue(
            "copy-paste",
            "info",
            "Point 16 says the department keeps «the two-sided patronage contracts» without time limit, copied "
            "from the foster-care standard.",
            r.src("екі жақтық патронат шарттар мен қаралған құжаттардың мерзімсіз сақталуын"),
        ),
        issue(
            "wording",
            "info",
            "The heading says the transactions «protect» (қорғайтын) the minors' interests; point 1, point 2 of "
            "the resolution and annex 1 say they «affect» (қозғайтын) them.",
            r.src("мүдделерін қорғайтын мәмілелерді жасау"),
        ),
        issue(
            "other",
            "info",
            "The notarised application «on the pledged property» is listed for every applicant, although it "
            "concerns only a pledge of the minor's housing (like the bank letter above it).",
            r.src("өтініш берушінің нотариалды расталған кепілді мүлікке өтініші"),
        ),
        issue(
            "numbering",
            "info",
            "The quality-indicator table repeats indicator 1.2 (waiting under 40 minutes) under heading 2 «Quality».",
            at(1775, "1.2. қызмет көрсетуді кезекте 40 минуттан аспайтын"),
        ),
        *edu_common_issues(r),
    ]
    return svc


def pledge_permit() -> J:
    r = Std(1935, 2215)
    svc = service(
        "minors-housing-pledge-permit",
        r.src('"Кәмелетке толмағандарға тиесілі тұрғын үйді банкке несие\nрәсімдеу үшін кепілге қоюға рұқсат беру"'),
        "Кәмелетке толмағандарға тиесілі тұрғын үйді банкке несие рәсімдеу үшін кепілге қоюға рұқсат беру",
        "Permission to pledge housing owned by minors as security for a bank loan",
        form_value="not_automated",
        form_source=r.src("автоматтандырылмаған"),
        results=[stmt(r.para("5. Мемлекеттік қызметті көрсетуді аяқтау нысаны"))],
        consumers=[stmt(r.para("6. Мемлекеттік қызмет жеке және заңды тұлғаларға"))],
        terms=[
            two_stage_review(
                r,
                "Құжаттарды қарастыру мерзімі бес жұмыс күні ішінде",
                5,
                "ұсынылған құжаттарға сараптама өтініш тіркелген күннен бастап үш жұмыс күні ішінде",
                3,
                "өңірлік есепке қою рәсімдеу екі жұмыс күні ішінде",
                2,
                "the department: draws up the permission (worded as «regional registration»)",
            )
        ],
        documents=orphan_documents(r),
        refusal_grounds=[],
        no_refusal_grounds=no_grounds(r),
        result_delivery=[
            stmt(r.para("16. өңірлік есепке қою")),
            stmt(r.whole("өңірлік есепке қою жеке барғанда беріледі.")),
        ],
        **edu_common(r),
    )
    svc["forms"] = [
        form("2", "consent", kk("келісім береді (үлгі)", en="consent (model)"), r.src("келісім береді.")),
        form(
            "3",
            "application",
            kk("пәтерді кепілге қоюға рұқсат беруіңізді сұраймыз", en="application for permission to pledge the flat"),
            r.src("орналасқан пәтерді кепілге қоюға рұқсат беруіңізді сұраймыз."),
        ),
    ]
    svc["data_issues"] = [
        issue(
            "copy-paste",
            "error",
            "The list of documents (point 12) is the orphans' register list («for putting orphans and children "
            "left without parental care on the regional register»: the responsible person's application, death "
            "or illness certificates of the parents, court decisions, a questionnaire on the child, an "
            "abandonment act). It is copied from the orphans' register standard and does not fit a permission to "
            "pledge a minor's housing. The documents are recorded as printed; the annex-3 application to pledge "
            "the flat and the bank's letter it mentions are what this service would really need.",
            r.src(
                "12. Жетім балаларды және ата-анасының қамқорлығынсыз қалқан балаларды өңірлік есепке қою үшін "
                "ұсынылады:"
            ),
        ),
        parents_refusal_issue(r),
        result_orphans_copy(r, "a permission to pledge the minor's housing"),
        stage2_orphans_copy(r),
        issue(
            "copy-paste",
            "warning",
            "Points 16 and 17 (result delivery; no grounds for refusal) are copied from the orphans' register "
            "standard: they speak of regional registration, not of a permission.",
            r.para("16. өңірлік есепке қою"),
        )
        | {"also": [no_grounds(r)["source"]]},
        issue(
            "numbering",
            "info",
            "The quality-indicator table has two indicators numbered 2.1; the first repeats the 40-minute queue "
            "indicator 1.2.",
            at(2066, "2.1. қызмет көрсетуді кезекте 40 минуттан аспайтын"),
        ),
        issue(
            "cross-reference",
            "info",
            "The standard never refers to its annexes 2 (consent) and 3 (application to pledge the flat); point 13 "
            "only says the specialists hand out the forms.",
            r.para("13. Мемлекеттік қызметті алу үшін бланкілерді"),
        ),
        *edu_common_issues(r),
    ]
    return svc


def inheritance_certificate() -> J:
    r = Std(2216, 2507)
    svc = service(
        "minors-inheritance-certificate",
        r.src(
            '"Зейнеткерлік қорларға, ІІМ Жол полициясы комитетінің\nаумақтық бөлімшелеріне кәмелетке толмаған '
            'балаларға мұраны\nресімдеу үшін анықтама беру"'
        ),
        "Зейнеткерлік қорларға, ІІМ Жол полициясы комитетінің аумақтық бөлімшелеріне кәмелетке толмаған балаларға "
        "мұраны ресімдеу үшін анықтама беру",
        "Certificate for pension funds and road police units to formalise an inheritance of minors",
        form_value="not_automated",
        form_source=r.src("автоматтандырылмаған"),
        results=[stmt(r.para("5. Мемлекеттік қызметті көрсетуді аяқтау нысаны"))],
        consumers=[stmt(r.para("6. Мемлекеттік қызмет жеке тұлғаларға"))],
        terms=[
            two_stage_review(
                r,
                "құжаттарды қарастыру мерзімі он бес жұмыс күні ішінде",
                15,
                "ұсынылған құжаттарға сараптама өтініш тіркелген күннен бастап он жұмыс күні ішінде",
                10,
                "анықтама бес жұмыс күні ішінде рәсімделіп",
                5,
                "the department: draws up the certificate",
            )
        ],
        documents=[
            doc(
                "application",
                r.src(
                    "осы стандарттың N 4 қосымшасына сәйкес мұраны рәсімдеуге кәмелетке толмаған "
                    "баланың ата-анасының өтініші"
                ),
                en="application of the minor's parent (annex 4 form)",
            ),
            doc(
                "identity-card",
                r.src("өтініш берушінің жеке куәлігінің түпнұсқасы мен көшірмесі"),
                form="original_and_copy",
                en="applicant's identity card, original and copy",
            ),
            doc("birth-certificate", r.src("баланың (балалардың) туу туралы куәлігі"), en="child's birth certificate"),
            doc(
                "marriage-certificate",
                r.src("неке қию туралы куәлігінің түпнұсқасы мен көшірмесі"),
                form="original_and_copy",
                en="marriage certificate, original and copy",
            ),
            doc(
                "civil-status-documents",
                r.src(
                    "басқа да құжаттардың түпнұсқасы мен көшірмесі (ажырасу куәлігі, қайтыс "
                    "болу туралы, некелік қатынаста болмағанын растайтын құжат; баланың "
                    "некеден тыс туылғаны жөніндегі N 4 нұсқалы анықтама)"
                ),
                form="original_and_copy",
                condition=cond(["divorced", "widowed", "single_parent"]),
                en="other civil-status documents",
            ),
            doc(
                "vehicle-passport",
                r.src("көлік құжатының түпнұсқасы мен көшірмесі (техпаспорт)"),
                form="original_and_copy",
                condition=cond(
                    ["vehicle_inheritance"],
                    "егер анықтама ііМ Жол полициясы комитеті аумақтық бөлімшелеріне керек болған жағдайда",
                ),
                en="vehicle registration document (when the certificate is for the road police)",
            ),
        ],
        refusal_grounds=[],
        no_refusal_grounds=no_grounds(r),
        result_delivery=[
            stmt(r.para("16. өңірлік есепке қою")),
            stmt(r.whole("өңірлік есепке қою жеке барғанда беріледі.")),
        ],
        **edu_common(r),
    )
    svc["forms"] = [
        form(
            "2",
            "permission",
            kk(
                "зейнетақы жинақтарын қайта ресімдеуге рұқсат (үлгі)",
                en="permission to re-register pension savings (model)",
            ),
            r.src("қайта ресімдеуге рұқсат"),
        ),
        form(
            "3",
            "consent",
            kk("көлік құралына келісім (үлгі)", en="consent concerning a vehicle (model)"),
            r.src("көлік құралын"),
        ),
        form(
            "4",
            "application",
            kk(
                "зейнетақы жинақтарын кәмелетке толмаған балаларға алуға рұқсат беруіңізді сұраймын",
                en="application (addressed to Astana's education department)",
            ),
            r.src("алуға рұқсат беруіңізді сұраймын."),
        ),
    ]
    svc["data_issues"] = [
        issue(
            "copy-paste",
            "error",
            "The contact section (point 24) belongs to Astana's education department: it sends applicants to "
            "«the Department» at Бейбітшілік street 11 in Astana (phones 8 (7172) …, e-mail «aәtana_ңo@maіl.rү») "
            "and to Astana's deputy akim. It was copied from Astana's standard. These offices are recorded "
            f"({O_AST_EDU}, {O_AST_AKIM}) but not linked to the service: in Aktau it is given by the city "
            "education department (point 4), and the complaint points 21–23 name the Aktau department.",
            r.src("Мекен-жайы: Астана қаласы, Бейбітшілік көшесі 11, 709 кабинет"),
        ),
        issue(
            "copy-paste",
            "error",
            "The forms in annexes 2–4 are Astana's: the permission and the consent are issued by «Астана қаласының "
            "Білім департаменті» and signed by its deputy director, and the application (annex 4) is addressed "
            "to the director of Astana's education department.",
            r.src("Астана қаласы Білім департаментінің"),
        ),
        issue(
            "copy-paste",
            "warning",
            "Point 13 says the forms are handed out by «the Department's» section of special additional education "
            "(Департаменттің), and point 24 receives applicants by «the Department's» schedule: wording of "
            "Astana's standard.",
            r.src("Департаменттің арнайы қосымша білім беру және тәрбие жұмыстары бөлімінің мамандары береді"),
        ),
        item16_orphans_copy(r),
        issue(
            "copy-paste",
            "info",
            "«There are no grounds for suspending or refusing the service» (point 17) is the orphans' register "
            "standard's wording.",
            r.para("17. Мемлекеттік қызмет көрсетуді тоқтата тұру немесе"),
        ),
        *edu_common_issues(r, with_hours=False),
        issue(
            "inconsistent-hours",
            "info",
            "The service is given on working days 9:00–18:00 and documents are taken on Mondays 9:30–18:00 "
            "(point 10); the printed contact hours (9:00–19:00 with a break 13:00–15:00) are those of Astana's "
            "department.",
            r.src("күнделікті сағат 09.00-ден 19.00-ге дейін, үзіліс сағат 13.00-ден 15.00-ге дейін"),
        ),
    ]
    return svc


def sale_exchange_permit() -> J:
    r = Std(2508, 2789)
    svc = service(
        "minors-housing-sale-exchange-permit",
        r.src(
            '"Кәмелетке толмаған балаларға тиесілі тұрғын үй алаңын\nауыстыруға немесе сатуға рұқсат беру үшін '
            'нотариалды кеңсеге\nанықтама беру"'
        ),
        "Кәмелетке толмаған балаларға тиесілі тұрғын үй алаңын ауыстыруға немесе сатуға рұқсат беру үшін нотариалды "
        "кеңсеге анықтама беру",
        "Certificate to a notary permitting the exchange or sale of housing owned by minors",
        form_value="not_automated",
        form_source=r.src("автоматтандырылмаған"),
        results=[stmt(r.para("5. Мемлекеттік қызметті көрсетуді аяқтау нысаны"))],
        consumers=[stmt(r.para("6. Мемлекеттік қызмет жеке және заңды тұлғаларға"))],
        terms=[
            two_stage_review(
                r,
                "құжаттарды қарастыру мерзімі бес жұмыс күні ішінде",
                5,
                "ұсынылған құжаттарға сараптама өтініш тіркелген күннен бастап үш жұмыс күні ішінде",
                3,
                "өңірлік есепке қою рәсімдеу екі жұмыс күні ішінде",
                2,
                "the department: draws up the certificate (worded as «regional registration»)",
            )
        ],
        documents=[
            doc(
                "application",
                r.src(
                    "осы стандарттың N 3 қосымшасына сәйкес кәмелетке толмаған балалардың екі "
                    "ата-анасының (ерлі-зайыптылардың) өтініші"
                ),
                en="application of both parents (spouses), annex 3 form",
            ),
            doc(
                "pledge-application-notarized",
                r.src(
                    "жақын туыстарынан, кәмелетке толмаған баланың ата-аналарынан "
                    "нотариалды расталған кепілді мүлікке өтініш"
                ),
                en="notarised application «on the pledged property» from close relatives or the parents",
            ),
            doc(
                "apartment-documents",
                r.src(
                    "пәтер құжаттарының түпнұсқалары мен көшірмелері (келісімшарт, жылжымайтын "
                    "мүлік құқықтарын мемлекеттік тіркеу туралы куәлік, пәтердің техникалық "
                    "төлқұжаты, үй кітабы)"
                ),
                form="original_and_copy",
                en="documents of the flat, originals and copies",
            ),
            doc(
                "parents-identity-cards",
                r.src(
                    "өтініш беруші-кәмелетке толмаған баланың ата-анасының жеке "
                    "куәліктерінің түпнұсқасы мен көшірмелері"
                ),
                form="original_and_copy",
                en="parents' identity cards, originals and copies",
            ),
            doc(
                "birth-certificate",
                r.src(
                    "баланың туу туралы куәлігінің түпнұсқасы мен көшірмесі (балалардың, 10 "
                    "жастан және одан жоғары баланың өзінің болуы (18 жасқа дейін)"
                ),
                form="original_and_copy",
                en="child's birth certificate; children aged 10 to 18 come in person",
            ),
            doc(
                "marriage-certificate",
                r.src("неке қию туралы куәлігінің түпнұсқасы мен көшірмесі"),
                form="original_and_copy",
                en="marriage certificate, original and copy",
            ),
            doc(
                "civil-status-documents",
                r.src(
                    "басқа да құжаттардың түпнұсқасы мен көшірмесі (ажырасу куәлігі, қайтыс "
                    "болу туралы, некелік қатынаста болмағанын растайтын құжат; баланың "
                    "некеден тыс туылғаны жөніндегі N 4 нұсқалы анықтама)"
                ),
                form="original_and_copy",
                condition=cond(["divorced", "widowed", "single_parent"]),
                en="other civil-status documents",
            ),
            doc(
                "absent-spouse-power-of-attorney",
                r.src("ерлі-зайыптылардың біреуі жоқ болса, оның сенімхаты (нотариуспен расталған)"),
                "ерлі-зайыптылардың біреуі жоқ болса, оның сенімхаты (нотариуспен расталған)",
                condition=cond(["spouse_absent"], "ерлі-зайыптылардың біреуі жоқ болса"),
                en="notarised power of attorney of the absent spouse",
            ),
        ],
        refusal_grounds=[],
        no_refusal_grounds=no_grounds(r),
        result_delivery=[
            stmt(r.para("16. өңірлік есепке қою")),
            stmt(r.whole("өңірлік есепке қою жеке барғанда беріледі.")),
        ],
        **edu_common(r),
    )
    svc["forms"] = [
        form("2", "consent", kk("келісім береді (үлгі)", en="consent (model)"), r.src("келісім береді")),
        form(
            "3",
            "application",
            kk(
                "пәтерді сатуға (айырбастауға, сыйға беруге) рұқсат беруіңізді сұраймыз",
                en="application for permission to sell, exchange or give away the flat",
            ),
            r.src("орналасқан пәтерді сатуға (айырбастауға, сыйға беруге) рұқсат"),
        ),
    ]
    svc["data_issues"] = [
        stage2_orphans_copy(r),
        item16_orphans_copy(r),
        issue(
            "copy-paste",
            "warning",
            "The document list asks for a notarised application «on the pledged property» (кепілді мүлікке), "
            "copied from the pledge-permit standard; a sale or exchange involves no pledge.",
            r.src("нотариалды расталған кепілді мүлікке өтініш"),
        ),
        issue(
            "wording",
            "warning",
            "Point 12 reads «to get the certificate, the following are submitted to the notary office» "
            "(нотариалдық кеңсеге ұсынылады); the documents are in fact submitted to the education department, "
            "which issues the certificate for the notary.",
            r.src("Анықтама алу үшін нотариалдық кеңсеге ұсынылады:"),
        ),
        issue(
            "copy-paste",
            "info",
            "Point 14 says the service is given by «the Department's» section (Департаменттің), wording of "
            "another city's standard; in Aktau it is the city education department.",
            r.src("Департаменттің арнайы қосымша білім беру және тәрбие жұмыстары бөлімі"),
        ),
        issue(
            "copy-paste",
            "info",
            "«There are no grounds for suspending or refusing the service» (point 17) is the orphans' register "
            "standard's wording; a permit that would harm the child is refused under the law.",
            r.para("17. Мемлекеттік қызмет көрсетуді тоқтата тұру немесе"),
        ),
        *edu_common_issues(r),
    ]
    return svc


def guardianship_certificate() -> J:
    r = Std(2790, 3041)
    copied = r.para("5. Мемлекеттік қызметті көрсетуді аяқтау нысаны болып зейнетақы жинағын")
    svc = service(
        "guardianship-certificate",
        r.src('"қорғаншылық және қамқоршылық жөнінде анықтама беру"'),
        "Қорғаншылық және қамқоршылық жөнінде анықтама беру",
        "Certificate on guardianship and custody",
        form_value="not_automated",
        form_source=r.src("автоматтандырылмаған"),
        results=[stmt(r.para("6. Мемлекеттік қызметті көрсетуді аяқтау нысаны болып қорғаншылық"))],
        consumers=[stmt(r.whole("Мемлекеттік қызмет жеке тұлғаларға (бұдан әрі - тұтынушы) көрсетіледі."))],
        terms=[
            two_stage_review(
                r,
                "құжаттарды қарастыру мерзімі он бес жұмыс күні ішінде",
                15,
                "ұсынылған құжаттарға сараптама өтініш тіркелген күннен бастап он жұмыс күні ішінде",
                10,
                "анықтама бес жұмыс күні ішінде рәсімделіп",
                5,
                "the department: draws up the certificate",
            ),
            refusal_notice_term(r, "оларды алған соң бір жұмыс күні ішінде хабардар етеді"),
        ],
        documents=[
            doc(
                "guardianship-document-copy",
                r.src("қорғаншылықты (қамқоршылықты) растайтын құжат көшірмесі"),
                form="copy",
                en="copy of the document confirming guardianship (custody)",
                alternatives=[
                    doc(
                        "guardian-court-decision",
                        r.src("қорған туралы сот шешімі"),
                        en="court decision on the guardian",
                    ),
                    doc("patronage-contract", r.src("екі жақтық патронат шарты"), en="two-sided patronage contract"),
                ],
            ),
            doc(
                "identity-card",
                r.src("өтініш берушінің жеке куәлігінің түпнұсқасы мен көшірмесі"),
                form="original_and_copy",
                en="applicant's identity card, original and copy",
            ),
            doc(
                "child-birth-certificate",
                r.src("туу туралы куәлік түпнұсқасы мен көшірмесі"),
                "баланың туу туралы куәлігі (түпнұсқасы мен көшірмесі)",
                form="original_and_copy",
                en="child's birth certificate, original and copy",
                alternatives=[
                    doc(
                        "child-identity-card",
                        r.src("жеке куәлік түпнұсқасы мен көшірмесі"),
                        "баланың жеке куәлігі (түпнұсқасы мен көшірмесі)",
                        form="original_and_copy",
                        en="child's identity card, original and copy",
                    )
                ],
            ),
            doc(
                "address-certificate",
                r.src("мекенжайынан анықтама (Тұрғын үй департаментінің ақпараттық анықтамасы)"),
                en="certificate of address",
            ),
        ],
        refusal_grounds=[stmt(r.para("17. Осы стандарттың 12-тармағында көрсетілген құжаттардың біреуін"))],
        result_delivery=[
            stmt(r.para("16. Анықтама беруді")),
            stmt(r.whole("Анықтама беру электрондық почта, сайт арқылы")),
            stmt(r.whole("Анықтама жеке барғанда беріледі.")),
        ],
        **edu_common(r),
    )
    svc["forms"] = [
        form(
            "2",
            "result_sample",
            kk(
                "Ақтау қаласы әкімінің қаулысына қосымшадан үзінді көшірме (үлгі)",
                en="extract from the akim's resolution appointing a guardian (model)",
            ),
            r.src("үлгі Ақтау қаласы әкімінің қаулысына қосымшадан"),
        ),
    ]
    svc["data_issues"] = [
        issue(
            "copy-paste",
            "error",
            "Point 5 gives the result of the inheritance standard («a certificate permitting to receive pension "
            "savings, a consent for the road police…»), copied from it; point 6 then gives this service's own "
            "result, the certificate on guardianship and custody, which is the one recorded.",
            copied,
        ),
        issue(
            "numbering",
            "info",
            "Point 6 holds the result, and the consumers follow in an unnumbered paragraph: the numbering is "
            "shifted by the copied point 5.",
            r.whole("Мемлекеттік қызмет жеке тұлғаларға (бұдан әрі - тұтынушы) көрсетіледі."),
        ),
        issue(
            "wording",
            "info",
            "The documents confirming guardianship — a copy of the guardianship document, the court decision on "
            "the guardian, the two-sided patronage contract — are listed together; they are recorded as "
            "alternatives (one of them, as the applicant's form of care). The child's birth certificate or "
            "identity card are likewise recorded as alternatives.",
            r.src(
                "қорғаншылықты (қамқоршылықты) растайтын құжат көшірмесі, қорған туралы сот шешімі, екі жақтық "
                "патронат шарты"
            ),
        ),
        issue(
            "cross-reference",
            "info",
            "Point 13 says the forms are handed out «according to annex 2», but annex 2 is a model of the akim's "
            "resolution on guardianship (the result), not an application form.",
            r.src("осы стандарттың N 2 қосымшаларына сәйкес бланкілерді"),
        ),
        *edu_common_issues(r),
    ]
    return svc


def preschool_registration() -> J:
    r = Std(3042, 3124)
    total = r.src("Құжаттарды қарастыру мерзімі екі жұмыс күні ішінде")
    review = r.src("ұсынылған құжаттарға сараптама өтініш тіркелген күннен бастап екі жұмыс күні ішінде")
    notice = r.src("тіркеу туралы хабарлама рәсімдеу бір жұмыс күні ішінде")
    svc = service(
        "preschool-registration",
        r.src(
            '"Мектепке дейінгі балалар мекемелеріне жіберу үшін мектепке\nдейінгі (7 жасқа дейін) жастағы балаларды '
            'тіркеу"'
        ),
        "Мектепке дейінгі балалар мекемелеріне жіберу үшін мектепке дейінгі (7 жасқа дейін) жастағы балаларды тіркеу",
        "Registration of pre-school children (under 7) for referral to pre-school institutions",
        form_value="not_automated",
        form_source=r.src("автоматтандырылмаған"),
        legal_basis=[stmt(r.para("3. Мемлекеттік қызмет Қазақстан Республикасы"))],
        provider=stmt(r.para('4. Мемлекеттік қызметті "Ақтау қалалық білім бөлімі"')),
        results=[stmt(r.para("5. Мемлекеттік қызметті көрсетуді аяқтау нысаны"))],
        consumers=[stmt(r.para("6. Мемлекеттік қызмет жеке тұлғаларға"))],
        terms=[
            staged(
                [
                    stage(2, "working_days", "Бөлім", review, "the department: expert review of the documents"),
                    stage(1, "working_days", "Бөлім", notice, "the department: draws up the registration notice"),
                ],
                total,
                starts_from="registration",
                declared_total=declared(2, "working_days", total),
            ),
        ],
        queue_limits=[
            queue("submit", 40, r.src("кезек күтуге рұқсат берілген ең ұзақ уақыт 40 минутқа дейін")),
            queue("receive", 40, r.src("кезек күтуге рұқсат берілген ең ұзақ уақыт 40 минуттан көп емес")),
        ],
        fee=free(r.src("Мемлекеттік қызмет көрсету тегін.")),
        service_hours=hours(
            [(WEEK, LUNCH)],
            r.src(
                "сенбі, жексенбі және мерекелік күндерден басқа күнделікті сағат "
                "9.00-ден 18.30-ге дейін көрсетіледі. Түскі үзіліс 12.30-ден 14.00-ге "
                "дейін."
            ),
        ),
        intake_hours=hours(
            [([2], LUNCH)], r.src("Құжаттарды қабылдау сәрсенбі күні сағат 9.00-ден 18.30-ге дейін жүргізіледі.")
        ),
        documents=[
            doc("application", r.src("1) Арыз;"), "Арыз", en="application"),
            doc(
                "birth-certificate-copy",
                r.src("Баланың туу туралы куәлігі көшірмесін"),
                "Баланың туу туралы куәлігінің көшірмесі",
                form="copy",
                en="copy of the child's birth certificate",
            ),
            doc(
                "medical-certificate",
                r.src("Денсаулық жағдайы туралы дәрігерлік анықтама мен баланың даму тарихының көшірмесін"),
                "Денсаулық жағдайы туралы дәрігерлік анықтама мен баланың даму тарихының көшірмесі",
                en="medical certificate of health and a copy of the child's development history",
            ),
            doc(
                "parents-documents",
                r.src(
                    "Ата-анасы туралы құжаттарды (қайтыс болуы туралы куәлік, сот үкімі немесе "
                    "шешімі, ата-анасының науқасы туралы анықтама, ата- анасы іздестірілуде жүрсе, "
                    "іздестірілуде екенін анықтайтын анықтама, баланың ата-анасының қамқорлығынан "
                    "айырылғандығын растайтын басқа да құжаттар)"
                ),
                en="documents about the parents (death certificate, court sentence or decision, illness, search)",
            ),
            doc(
                "alimony-or-pension-document",
                r.src("Алимент немесе зейнетақы алатындығын растайтын балалардың құжаты."),
                "Алимент немесе зейнетақы алатындығын растайтын балалардың құжаты",
                en="document showing that the child receives alimony or a pension",
            ),
        ],
        talon={
            "kind": "undefined",
            "fields": [],
            "source": r.src("(тіркеу, талон алу кезінде)"),
            "refusal_receipt": None,
        },
        refusal_grounds=[stmt(r.para("17. Осы стандарттың 12-тармағында көрсетілген құжаттардың біреуін"))],
        result_delivery=[
            stmt(r.para("15. Тұтынушыға тіркеу туралы хабарлама беріледі.")),
            stmt(r.para("16. Тіркеу туралы хабарлама беруді")),
            stmt(r.whole("Тіркеу туралы хабарлама жеке барғанда беріледі.")),
        ],
        complaint=[
            stmt(r.para("21. Уәкілетті лауазымды тұлғалардың әрекеттеріне")),
            stmt(r.para("Талап етуші қабылданған шараларға қанағаттанбаса")),
            stmt(r.para("22. Шағым жазбаша түрде поштамен Ақтау қаласы әкімі аппаратының")),
            stmt(r.para("23. Тікелей жазбаша өтініш жасаған тұтынушыға")),
            stmt(r.whole("Білім департаментіне келіп түскен шағымды қарау")),
        ],
        office_ids=[O_EDU, O_AKIMAT_SC],
        complaint_office_ids=[O_AKIMAT],
    )
    svc["data_issues"] = [
        issue(
            "inconsistent-terms",
            "warning",
            "The term is stated as two working days, but its stages add up to three: the expert review takes «two "
            "working days from registration» and drawing up the registration notice «one working day» more, after "
            "which the notice is given. The term is recorded as these two consecutive stages (a deadline computed "
            "from them is three working days after registration), with the stated two working days kept as its "
            "declared total.",
            notice,
        )
        | {"other_source": total},
        issue(
            "cross-reference",
            "warning",
            "Point 19 measures the results «by the quality and accessibility indicators of annex N 1», but this "
            "standard has no annex at all.",
            r.src("осы стандарттың N 1 қосымшасына сәйкес сапа және қол жетімділік көрсеткіштерімен өлшенеді"),
        ),
        issue(
            "copy-paste",
            "warning",
            "The contact of Aktau's deputy akim is printed with the education department's room and phone (2nd "
            "floor, room 204, 507917); elsewhere the deputy akim sits in room 430, phone 507797.",
            r.src("2 қабат, 204 кабинет, телефон: 507917.", after=3120),
        ),
        issue(
            "numbering",
            "info",
            "The contact list jumps from item 1) to item 3).",
            r.src("3) Ақтау қаласы әкімінің орынбасары:"),
        ),
        issue(
            "copy-paste",
            "info",
            "Documents 4 and 5 (documents about the parents' death, illness or search; proof that the child "
            "receives alimony or a pension) come from the foster-care list for children without parental care; "
            "they are listed for every applicant.",
            r.src("Ата-анасы туралы құжаттарды (қайтыс болуы туралы куәлік"),
        ),
        issue(
            "undefined-talon",
            "warning",
            "The queue limit speaks of «getting a talon», but the standard defines no talon or receipt.",
            r.src("(тіркеу, талон алу кезінде)"),
        ),
        issue(
            "inconsistent-hours",
            "info",
            "Documents are taken on Wednesdays only (unlike the department's other services, on Mondays), "
            "9:00–18:30; the lunch break 12:30–14:00 given for the service in the same point is applied to the "
            "intake too.",
            r.src("Құжаттарды қабылдау сәрсенбі күні"),
        ),
        issue(
            "copy-paste",
            "info",
            "Point 23 speaks of complaints received by «the Education Department» (Білім департаментіне), "
            "wording of another city's standard.",
            r.src("Білім департаментіне келіп түскен шағымды қарау"),
        ),
    ]
    return svc


def orphans_register() -> J:
    r = Std(ORPHANS_LO, ORPHANS_HI)
    svc = service(
        "orphans-regional-register",
        r.src('"Жетім балалар мен ата-ананың қамқорлығынсыз қалған\nбалаларды өңірлік есепке қою"'),
        "Жетім балалар мен ата-ананың қамқорлығынсыз қалған балаларды өңірлік есепке қою",
        "Putting orphans and children left without parental care on the regional register",
        form_value="not_automated",
        form_source=r.src("автоматтандырылмаған"),
        results=[stmt(r.para("5. Мемлекеттік қызметті көрсетуді аяқтау нысаны"))],
        consumers=[stmt(r.para("6. Мемлекеттік қызмет жеке және заңды тұлғаларға"))],
        terms=[
            two_stage_review(
                r,
                "құжаттарды қарастыру мерзімі бес жұмыс күні ішінде",
                5,
                "ұсынылған құжаттарға сараптама өтініш тіркелген күннен бастап үш жұмыс күні ішінде",
                3,
                "өңірлік есепке қою рәсімдеу екі жұмыс күні ішінде",
                2,
                "the department: draws up the registration",
            )
        ],
        documents=orphan_documents(r),
        refusal_grounds=[],
        no_refusal_grounds=no_grounds(r),
        result_delivery=[
            stmt(r.para("16. өңірлік есепке қою")),
            stmt(r.whole("өңірлік есепке қою жеке барғанда беріледі.")),
        ],
        **edu_common(r),
    )
    svc["data_issues"] = [
        issue(
            "misprint",
            "warning",
            "The standard is headed as approved by resolution «N 525» of 12 August 2008; the resolution is N 825 "
            "(every other standard and the act itself).",
            r.src("N 525 қаулысымен"),
        ),
        parents_refusal_issue(r),
        *edu_common_issues(r),
    ]
    return svc


def foster_care() -> J:
    r = Std(3345, 3667)
    married = cond(["married"], "патронаттық тәрбиеші болуға ниет білдірген тұлға некеде болған жағдайда")
    svc = service(
        "foster-care-applications",
        r.src('"Патронаттық тәрбиелеуге балаларды алуға тілек білдірген отбасылардан өтініштер қабылдау"'),
        "Патронаттық тәрбиелеуге балаларды алуға тілек білдірген отбасылардан өтініштер қабылдау",
        "Accepting applications from families wishing to take children into foster care (patronage)",
        form_value="not_automated",
        form_source=r.src("автоматтандырылмаған"),
        results=[stmt(r.para("5. Мемлекеттік қызметті көрсетуді аяқтау нысаны"))],
        consumers=[stmt(r.para("6. Мемлекеттік қызмет жеке және заңды тұлғаларға"))],
        terms=[
            two_stage_review(
                r,
                "құжаттарды қарастыру мерзімі бес жұмыс күні ішінде",
                5,
                "ұсынылған құжаттарға сараптама өтініш тіркелген күннен бастап үш жұмыс күні ішінде",
                3,
                "өңірлік есепке қою рәсімдеу екі жұмыс күні ішінде",
                2,
                "the department: draws up the result (worded as «regional registration»)",
            ),
            refusal_notice_term(r, "оларды алған соң бір жұмыс күні ішінде хабардар етеді"),
        ],
        documents=[
            doc(
                "application",
                r.src(
                    '"Ақтау қалалық білім бөлімі" мемлекеттік мекемесінің директорының атына '
                    "патронаттық тәрбиеші болуға өзінің ниеті туралы жеке тұлғаның өтініші еркін түрде "
                    "жазылады"
                ),
                en="application to the director, in free form, of the wish to become a foster carer",
            ),
            doc(
                "spouse-consent-notarized",
                r.src("жұбайының (зайыбының) нотариалдық расталған келісімі"),
                "жұбайының (зайыбының) нотариалдық расталған келісімі",
                condition=married,
                en="notarised consent of the spouse",
            ),
            doc(
                "spouse-identity-card",
                r.src("өтініш берушінің жұбайының (зайыбының) жеке куәлігінің түпнұсқасы мен көшірмесі"),
                form="original_and_copy",
                condition=married,
                en="spouse's identity card, original and copy",
            ),
            doc(
                "medical-report",
                r.src(
                    "осы стандарттың N 3-қосымшасына сәйкес патронаттық тәрбиеші болуға ниет "
                    "білдірген тұлғаның денсаулық жағдайы туралы медициналық қорытынды"
                ),
                en="medical report on the applicant's health (annex 3 form)",
            ),
            doc(
                "spouse-medical-report",
                r.src("некеде болған жағдайда жұбайының (зайыбының) денсаулық жағдайы туралы медициналық қорытынды"),
                "жұбайының (зайыбының) денсаулық жағдайы туралы медициналық қорытынды (N 3 қосымша)",
                condition=married,
                en="medical report on the spouse's health",
            ),
            doc(
                "not-married-certificate",
                r.src("өтініш беруші некеде болмаған жағдайда нотариалды расталған анықтама"),
                "нотариалды расталған анықтама (некеде болмаған жағдайда)",
                condition=cond(INDIVIDUAL, "өтініш беруші некеде болмаған жағдайда", ["married"]),
                en="notarised certificate (when the applicant is not married)",
            ),
            doc("autobiography", r.src("өтініш берушінің өмірбаяны, еркін түрде жазылады"), en="autobiography"),
            doc(
                "work-reference",
                r.src("өтініш берушіге жұмыс орнынан берілген мінездеме"),
                en="reference from the place of work",
            ),
            doc(
                "employment-certificate",
                r.src("жұмыс орнынан анықтама;"),
                "жұмыс орнынан анықтама",
                en="certificate from the place of work",
            ),
            doc("salary-certificate", r.src("еңбек ақысы туралы анықтама"), en="certificate of salary"),
            doc(
                "address-certificate",
                r.src("мекенжайынан анықтама (Тұрғын үй департаментінің ақпараттық анықтамасы)"),
                en="certificate of address",
            ),
            doc("house-book-copy", r.src("үй кітабының көшірмесі"), form="copy", en="copy of the house register book"),
            doc(
                "marriage-certificate-copy",
                r.src("неке қию туралы куәлік (көшірмесі)"),
                form="copy",
                # printed without «некеде болған жағдайда», but only a married applicant has one (the unmarried
                # bring the notarised certificate of line 3380 instead): see the wording issue
                condition=cond(["married"]),
                en="copy of the marriage certificate",
            ),
            doc(
                "no-criminal-record",
                r.src("өтініш беруші мен оның жұбайының (зайыбының) сотталмағаны туралы анықтама"),
                en="certificate of no criminal record of the applicant and the spouse",
            ),
        ],
        refusal_grounds=[
            stmt(r.para("17. Осы стандарттың 12-тармағында көрсетілген құжаттардың біреуін")),
            stmt(r.para("1) патронат тәрбиешілердің еңбегін төлеу")),
            stmt(
                r.span_lines(
                    "2) Қазақстан Республикасы үкіметінің 1999 жылғы 9 қыркүйектегі N 1346",
                    "бала асырап алу өз кінәлары бойынша сотпен тоқтатылған",
                )
            ),
            stmt(r.para("3) денсаулық жағдайына байланысты")),
        ],
        result_delivery=[
            stmt(r.para("16. Екі жақтық патронат шартын беруді")),
            stmt(r.whole("Екі жақтық патронат шарт жеке барғанда беріледі.")),
        ],
        **edu_common(r),
    )
    svc["forms"] = [
        form(
            "2",
            "contract",
            kk(
                "Баланы (балаларды) патронатқа тәрбиелеуге берудің тұрпатты шарты",
                en="model contract on placing a child in foster care",
            ),
            r.src("үлгі Баланы (балаларды) патронатқа тәрбиелеуге берудің"),
        ),
        form(
            "3",
            "medical_referral",
            kk(
                "Жолдама: қамқоршының (асырап алушының) денсаулығы туралы қорытынды",
                en="referral: report on the carer's health",
            ),
            r.src("қамқоршының (асырап алушының) денсаулығы туралы қорытынды"),
        ),
    ]
    svc["data_issues"] = [
        result_orphans_copy(r, "a two-sided patronage (foster-care) contract, as points 12 and 16 and annex 2 show"),
        stage2_orphans_copy(r),
        issue(
            "wording",
            "info",
            "The copy of the marriage certificate is listed without «if the applicant is married» (некеде болған "
            "жағдайда), which the spouse's consent, identity card and medical report carry, while an unmarried "
            "applicant brings a notarised certificate instead. Only a married applicant has one, so it is "
            "recorded for married applicants only.",
            r.src("неке қию туралы куәлік (көшірмесі)"),
        ),
        issue(
            "other",
            "info",
            "Point 12 also lists the documents that the children's institution or «the Education Department» "
            "hands to the foster carer for each child (inspection act of living conditions, the child's consent "
            "from age 10, birth certificate, medical certificate, documents about the parents, education, "
            "pension book, siblings). They are not brought by the applicant and are not recorded as required "
            "documents.",
            r.src("Сондай-ақ, заңнамаға сәйкес патронат тәрбиешілерге берілетін әр балаға"),
        ),
        issue(
            "copy-paste",
            "info",
            "Point 13 has the forms handed out by «the Department's» section (Департаменттің…білімінің), wording "
            "of another city's standard.",
            r.src("Департаменттің арнайы қосымша білім беру және тәрбие жұмыстары білімінің мамандары береді"),
        ),
        issue(
            "numbering",
            "info",
            "The quality-indicator table repeats indicator 1.2 under heading 2 «Quality».",
            at(3495, "1.2. қызмет көрсетуді кезекте 40 минуттан аспайтын"),
        ),
        *edu_common_issues(r),
    ]
    return svc


def education_services() -> list[J]:
    return [
        foster_care(),
        orphans_register(),
        preschool_registration(),
        guardianship_certificate(),
        sale_exchange_permit(),
        inheritance_certificate(),
        pledge_permit(),
        guardianship_council(),
    ]


# --------------------------------------------------------------------------------------------------------------
# Housing department: the waiting list for state housing
# --------------------------------------------------------------------------------------------------------------


def housing_waiting_list() -> J:
    r = Std(3668, 3920)
    first_hours = r.src(
        "Жұмыс кестесі: сейсенбі күні сағат 09.00-ден 18.00-ге дейін, бейсенбі күні сағат 09.00-ден "
        "12.00-ге дейін, үзіліс уақыты сағат 12.30-дан 14.00-ге дейін."
    )
    second_hours = r.src(
        "Мемлекеттік қызмет сейсенбі және бейсенбі құжаттарды  қабылдау сағат 09.00-ден 13.00-ге дейін асырылады."
    )
    consumers = [stmt(r.para("6. Мемлекеттік қызмет келесі жеке тұлғаларға көрсетіледі:"))]
    consumers += [
        stmt(para_at(n))
        for n in range(r.line("1) халықтың әлеуметтік жағынан"), r.line("2) Мемлекеттік қызметкерлер") + 1)
    ]
    svc = service(
        "state-housing-waiting-list",
        r.src('"Мемлекеттік тұрғын үй қорынан тұрғын үйге мұқтаж\nазаматтарды есепке қою және кезектілігі"'),
        "Мемлекеттік тұрғын үй қорынан тұрғын үйге мұқтаж азаматтарды есепке қою және кезектілігі",
        "Registration and waiting list of citizens in need of housing from the state housing stock",
        form_value="not_automated",
        form_source=r.src("Мемлекеттік қызмет автоматтандырылмаған."),
        legal_basis=[stmt(r.para("3.Мемлекеттік қызмет Қазақстан Республикасының 1997 жылғы"))],
        provider=stmt(r.para("4. Мемлекеттік қызметті")),
        results=[stmt(r.para("5. Мемлекеттік қызмет көрсету нәтижесі"))],
        consumers=consumers,
        terms=[
            term(
                30,
                "calendar_days",
                r.src("мемлекеттік қызмет көрсету мерзімі 30 күнтізбелік күнді құрайды"),
                starts_from="submission",
            ),
            term(
                15,
                "calendar_days",
                r.src("азаматтардың өтініштерін және қажетті құжаттарын қарау - 15 күнтізбелік күн"),
                role="stage",
                starts_from="submission",
                description=kk("өтініштер мен құжаттарды қарау", en="review of the application and documents"),
            ),
        ],
        queue_limits=[
            queue(
                "submit",
                40,
                r.src(
                    "өтініш және қажетті құжаттарды қарау үшін тапсыру кезінде кезек кетуге шамамен "
                    "40 минут уақыт кетеді"
                ),
                "about",
            ),
            queue("receive", 40, r.src("ескерту алу кезінде кезек күтуге шамамен 40 минут уақыт кетеді"), "about"),
        ],
        fee=free(r.src("Мемлекеттік қызмет тегін көрсетіледі.")),
        service_hours=hours(
            [([1], [("09:00", "12:30"), ("14:00", "18:00")]), ([3], [("09:00", "12:00")])], first_hours
        ),
        hours_alternatives=[hours([([1, 3], [("09:00", "13:00")])], second_hours)],
        documents=[
            doc("application", r.src("осы стандартқа N1 қосымшаға сәйкес өтініш"), en="application (annex 1 form)"),
            doc(
                "adult-members-passport-copies",
                r.src("кәмелетке толған отбасы мүшелерінің төлқұжаттарының көшірмесі"),
                form="copy",
                en="copies of the passports of adult family members",
            ),
            doc(
                "no-housing-certificate",
                r.src("барлық отбасы мүшелерінің меншік құқығында тұрғын үйінің жоқ екендігін растайтын анықтама"),
                en="certificate that no family member owns housing",
            ),
            doc(
                "address-certificate",
                r.src("мекен-жай анықтамасы"),
                "мекен-жай анықтамасы",
                en="certificate of address",
                alternatives=[
                    doc(
                        "house-register-copy",
                        r.src("тұрғылықты жерін тіркеу жөніндегі азаматтарды тіркеу кітабының көшірмесі"),
                        form="copy",
                        en="copy of the residents' register book",
                    )
                ],
            ),
            doc("marriage-information", r.src("неке (ажырасу) туралы мәлімет"), en="information on marriage (divorce)"),
            doc(
                "children-birth-certificates",
                r.src("кәмелетке толмаған балалардың туу туралы куәліктерінің көшірмесі"),
                form="copy",
                condition=cond(["has_children"]),
                en="copies of the birth certificates of minor children",
            ),
            doc(
                "category-certificate",
                r.src("санатын растайтын анықтама"),
                "санатын растайтын анықтама",
                en="certificate of the applicant's category",
                alternatives=[
                    doc(
                        "employment-certificate",
                        r.src("жұмыс орнынан анықтама"),
                        "жұмыс орнынан анықтама",
                        en="certificate from the place of work",
                    )
                ],
            ),
        ],
        talon={
            "kind": "talon",
            "fields": ["accepted_at", "number"],
            "source": r.para("15. Азаматқа өтініштің тапсырған күні мен тіркелген нөмірі көрсетілген талон беріледі."),
            "refusal_receipt": None,
        },
        refusal_grounds=[stmt(r.para("17. Мекеме мемлекеттік қызметті көрсетуде"))],
        priority=[
            stmt(
                r.para("ұлы Отан соғысының ардагерлеріне кезектен тыс қызмет көрсетіледі."),
                en="Veterans of the Great Patriotic War are served out of turn.",
            )
        ],
        result_delivery=[
            stmt(r.para("16. Тұрғын үй бөлімінің тұрғын үй беру жөніндегі")),
            # the written answer on a refusal is how that result is given, not a ground to refuse
            stmt(r.whole("Бұл жағдайларда азаматтарға мемлекеттік тұрғын үй қорынан")),
        ],
        complaint=[
            stmt(r.para("21. Уәкілетті лауазымды тұлғалардың әрекетіне")),
            stmt(r.whole("Егер азамат қабылданған шараларға қанағаттанбаса")),
            stmt(r.para("22.Шағым жазбаша түрде поштамен")),
            stmt(r.para("23. Мекемеге келіп түскен шағымды қарау")),
            stmt(r.whole("Шағымның қабылданғанын растайтын құжат")),
        ],
        quality_indicators=qi(r, "Кесте. Сапа және қол жетімділік көрсеткіштерінің мәні"),
        office_ids=[O_HOUSING, O_AKIMAT_SC],
        complaint_office_ids=[O_AKIMAT],
    )
    svc["forms"] = [
        form(
            "1",
            "application",
            kk("Есепке қою туралы өтініш", en="application for registration"),
            r.src("Есепке қою туралы өтініш"),
        ),
    ]
    svc["data_issues"] = [
        issue(
            "inconsistent-hours",
            "warning",
            "The standard gives two different schedules. Point 4: Tuesday 9:00–18:00 and Thursday 9:00–12:00, "
            "lunch 12:30–14:00. Point 10: documents taken on Tuesday and Thursday 9:00–13:00. They disagree on "
            "Tuesday afternoon and on Thursday 12:00–13:00. The first is recorded as the service hours and the "
            "second as an alternative. The head of the department works Monday to Friday 9:00–18:30 (point 24).",
            second_hours,
        ),
        issue(
            "wording",
            "warning",
            "Both queue limits are worded as approximations — «about 40 minutes» (шамамен 40 минут) — not as "
            "maximums; they are recorded with the qualifier «about».",
            r.src("кезек кетуге шамамен 40 минут уақыт кетеді"),
        ),
        issue(
            "wording",
            "info",
            "The final decision is taken by the housing commission, which meets «at least once a month»; the act "
            "does not say how this fits in the 30 calendar days.",
            r.src("Тұрғын үй комиссиясының отырысы кемінде айына бір рет өткізіледі."),
        ),
        issue(
            "wording",
            "info",
            "Point 2 of the resolution and annex 1 call the service «…тұрғын үй немесе жеке тұрғын үй қорынан "
            "жергілікті атқарушы орган жалдаған тұрғын үй беру үшін есепке алу және кезекке қою»; the standard is "
            "headed «…тұрғын үйге мұқтаж азаматтарды есепке қою және кезектілігі».",
            at(
                92,
                "Мемлекеттік тұрғын үй қорынан тұрғын үй немесе жеке тұрғын үй қорынан жергілікті атқарушы орган "
                "жалдаған тұрғын үй беру үшін есепке алу және кезекке қою",
            ),
        ),
        issue(
            "wording",
            "info",
            "The annexes are headed «…үлгі стандартына 1-қосымша» (annex to the MODEL standard): the model "
            "standard's wording was kept.",
            r.src("үлгі стандартына 1-қосымша"),
        ),
        issue(
            "misprint",
            "info",
            "Quality indicator 4.4 (share of customers satisfied with the complaint time) has the values 0,5 / 0,5 "
            "/ 0,5, the values of indicator 4.1 (share of justified complaints); they are kept as printed.",
            at(3901, "4.4. шағымдану мерзіміне қанағаттанған тұтынушылардың % (үлесі)"),
        ),
    ]
    return svc


# --------------------------------------------------------------------------------------------------------------
# Employment and social programmes department: eight standards
# --------------------------------------------------------------------------------------------------------------

EMPL_OFFICES = [O_EMPL]


def decision_and_payment(
    r: Std,
    total: J,
    decision: str,
    decision_value: int,
    payment: str,
    payment_value: int,
    actor_en: str,
    **extra: Any,
) -> J:
    """«Decision within N days of the application, transfer within M banking days»: two consecutive stages."""
    return staged(
        [
            stage(decision_value, "days_unqualified", "Бөлім", r.src(decision), actor_en),
            stage(payment_value, "banking_days", None, r.src(payment), "transfer of the money (bank)"),
        ],
        total,
        starts_from="submission",
        **extra,
    )


def ambiguous_days(r: Std, text: str, what: str) -> J:
    return issue(
        "ambiguous-unit",
        "warning",
        f"{what} is given in «күн» (days) without saying calendar or working days.",
        r.src(text),
    )


def receive_not_needed(r: Std, text: str) -> J:
    return issue(
        "other",
        "info",
        "No waiting limit at the receipt of the result: the act says waiting is «not required» (the result "
        "is transferred or sent), so none is recorded.",
        r.src(text),
    )


def empl_complaint(r: Std, first: str, *rest: str) -> list[J]:
    return [stmt(r.para(first)), *(stmt(r.para(t)) for t in rest)]


def disabled_children_home() -> J:
    r = Std(3921, 4171)
    decision = "әлеуметтік көмекті тағайындау туралы шешімі өтініш берілген күннен 5 күн ішінде шығарылады"
    svc = service(
        "disabled-children-home-education-support",
        r.src('"үйде тәрбиеленетін және оқитын  мүгедек балаларды\nМатериалдық қамтамасыз ету үшін құжаттар ресімдеу"'),
        "Үйде тәрбиеленетін және оқитын мүгедек балаларды материалдық қамтамасыз ету үшін құжаттар ресімдеу",
        "Documents for the material support of disabled children brought up and taught at home",
        form_value="partly_automated",
        form_source=r.src("ішінара автоматтандырылған"),
        legal_basis=[stmt(r.para("3. Мемлекеттік қызмет Қазақстан Республикасының 2005 жылғы"))],
        provider=stmt(r.para('4. Мемлекеттік қызмет "Ақтау қалалық жұмыспен қамту')),
        results=[
            stmt(
                r.para("1) үйде тәрбиеленетін және оқитын мүгедек балалары бар отбасыларға әлеуметтік көмек төлеміне")
            ),
            stmt(r.para("2) әлеуметтік көмекті тағайындау жөнінде шешім қабылданған жағдайда")),
        ],
        consumers=[stmt(r.para("6. Мемлекеттік қызмет үйде тәрбиеленетін"))],
        terms=[
            decision_and_payment(
                r,
                r.src("Мемлекеттік қызмет көрсету кезіндегі уақыт бойынша шектеу мерзімдері:"),
                decision,
                5,
                "алушылардың жеке шоттарына ақшалай қаражаттарды аударудың ең ұзақ уақыты бес банктік күнді құрайды",
                5,
                "the department: decision on the assistance",
            )
        ],
        queue_limits=[
            queue(
                "submit",
                20,
                r.src("қажетті құжаттарды тапсырғанда кезек күтуге рұқсат берілген ең ұзақ уақыт - 20 минут"),
            )
        ],
        fee=free(r.src("Мемлекеттік қызмет көрсету тегін.")),
        service_hours=hours(
            [(WEEK, [("09:00", "18:00")])],
            r.src(
                "сенбі, жексенбі және мерекелік күндерден басқа күнделікті сағат 09.00-ден 18- 00ға дейін көрсетіледі."
            ),
        ),
        intake_hours=hours(
            [(WEEK, [("09:00", "12:30")])],
            r.src("құжаттарды қабылдау сағат 09.00-ден 12-30-ға дейін жүзеге асырылады."),
        ),
        documents=[
            doc(
                "application",
                r.src("осы стандарттың 1-қосымшаға сәйкес өтінішке"),
                "өтініш (1-қосымша)",
                en="application (annex 1 form)",
            ),
            doc(
                "identity-card-copy",
                r.src("өтініш берушінің жеке куәлік көшірмесі"),
                form="copy",
                en="copy of the applicant's identity card",
            ),
            doc(
                "birth-certificates-copy",
                r.src("балалардың туу туралы куәліктің көшірмесі"),
                form="copy",
                en="copy of the children's birth certificates",
            ),
            doc(
                "house-register-copy",
                r.src("азаматтарды тіркеу кітабының көшірмесі"),
                form="copy",
                en="copy of the residents' register book",
            ),
            doc(
                "pmpk-referral",
                r.src(
                    "Маңғыстау облысы білім департаментіне қарасты психологиялық-дәрігерлік "
                    "педагогикалық консультацияның тәрбиелену және оқу мерзімі көрсетілген жолдамасы"
                ),
                en="referral of the psychological, medical and pedagogical consultation stating the period of home "
                "education",
            ),
            doc(
                "mse-certificate",
                r.src("медициналық әлеуметтік сараптама бөлімінің анықтамасы"),
                "Еңбек және халықты әлеуметтік қорғау Министрлігінің Маңғыстау облысы бойынша департаментінің "
                "медициналық әлеуметтік сараптама бөлімінің анықтамасы",
                en="certificate of the medical and social expertise",
            ),
            doc(
                "guardianship-decision-copy",
                r.src(
                    "қамқоршының әлеуметтік көмек тағайындау туралы өтінішіне қамқорлық "
                    "белгілеу туралы тиісті орган шешімінің көшірмесі"
                ),
                form="copy",
                condition=cond(["guardian"], "қамқоршының өтінішіне"),
                en="copy of the decision appointing the guardian (when a guardian applies)",
            ),
        ],
        talon={
            "kind": "talon",
            "fields": ["accepted_by", "accepted_at"],
            "source": r.src(
                "қабылдау айғағы құжатты қабылдаған маманның қолы мен қабылдау мерзімімен расталады (жыртылмалы талон)"
            ),
            "refusal_receipt": None,
        },
        result_delivery=[stmt(r.para("16. үйде тәрбиеленетін және оқитын мүгедек балалары бар отбасыларға"))],
        termination_grounds=[stmt(r.para("17. Мемлекеттік қызмет көрсетуді тоқтату оқу аяқталған жағдайда"))],
        complaint=empl_complaint(
            r,
            "21. Уәкілетті лауазымды тұлғалардың әрекетіне",
            "22. Шағым жазбаша түрде пошта арқылы",
            "23. Бөлімге келіп түскен шағымды қарау",
            "Шағым жазған кезде тұтынушыға қабылдау туралы белгісі",
        ),
        quality_indicators=qi(r, "Сапа және қол жетімділік көрсеткіштері"),
        office_ids=[O_EMPL],
        # points 21-23 send complaints to the sector and the department only: unlike the other employment
        # standards, no «Ақтау қаласы әкімінің орынбасарына жазбаша шағым» (the deputy akim is only in point 24's
        # contacts, as in the housing-assistance standard), so no complaint office is linked
    )
    svc["results"].append(
        stmt(
            r.whole("әлеуметтік көмек түрінде материалдық қамтамасыз ету"),
            en="Paid quarterly from the local budget, 5.0 monthly calculation indices, regardless of the "
            "family's income.",
        )
    )
    svc["forms"] = [
        form(
            "1",
            "application",
            kk(
                "Үйде тәрбиеленіп және оқитын мүгедек балама әлеуметтік көмек тағайындауыңызды сұраймын",
                en="application, with a tear-off receipt",
            ),
            r.src("мүгедек балама әлеуметтік көмек тағайындауыңызды  сұраймын"),
        ),
    ]
    svc["data_issues"] = [
        ambiguous_days(r, decision, "The decision term of 5 days"),
        issue(
            "other",
            "info",
            "The money is transferred within «at most five banking days»; the act does not say from when. It is "
            "recorded as the stage after the decision, and the assistance is paid quarterly.",
            r.src("ең ұзақ уақыты бес банктік күнді құрайды"),
        ),
        receive_not_needed(r, "құжаттарды алған кезде кезек күтуге рұқсат берілген ең ұзақ уақыт - қажет етпейді"),
        issue(
            "inconsistent-hours",
            "info",
            "The service is given 9:00–18:00 with no break (point 10) and documents are taken 9:00–12:30; the "
            "department itself works 9:00–18:30 with a lunch break 12:30–14:00 (point 24).",
            r.src("Жұмыс кестесі: күн сайын сағат 9-00-дан 18-30-ға дейін"),
        ),
        issue(
            "wording",
            "info",
            "The complaint address «Ақтау қаласы, 18 үй, 203 кабинет» lacks the microdistrict (12th).",
            r.src("Ақтау қаласы, 18 үй, 203 кабинет"),
        ),
        issue(
            "other",
            "info",
            "No refusal grounds are given; the standard only says the service stops when the child's education "
            "ends (point 17).",
            r.para("17. Мемлекеттік қызмет көрсетуді тоқтату оқу аяқталған жағдайда"),
        ),
    ]
    return svc


def local_social_assistance() -> J:
    r = Std(4172, 4450)
    term_src = r.src("деректер базасын алғаннан кейін 10 жұмыс күн ішінде ақшалай нысанда әлеуметтік көмек көрсету")
    svc = service(
        "local-social-assistance",
        r.src(
            '"Жергілікті өкілетті органдардың шешімдері бойынша мұқтаж\nазаматтардың жекелеген санаттарына әлеуметтік '
            'көмек\nтағайындау және төлеу"'
        ),
        "Жергілікті өкілетті органдардың шешімдері бойынша мұқтаж азаматтардың жекелеген санаттарына әлеуметтік көмек "
        "тағайындау және төлеу",
        "Assignment and payment of social assistance to certain categories of needy citizens by decisions of the "
        "local representative bodies",
        form_value="partly_automated",
        form_source=r.src("ішінара автоматтандырылған"),
        legal_basis=[stmt(r.para("3. Мемлекеттік қызмет Қазақстан Республикасының Бюджет Кодексінің"))],
        provider=stmt(r.para('4. Мемлекеттік қызмет "Ақтау қаласының жұмыспен қамту')),
        results=[
            stmt(para_at(n))
            for n in range(
                r.line("1) ақшалай қаражаттарды жеке шоттарына аудару"),
                r.line("қалалық қоғамдық көліктерде тегін жол жүру") + 1,
            )
        ],
        consumers=[stmt(r.para("6. Мемлекеттік қызмет мына азаматтардың санаттарына"))]
        + [
            stmt(para_at(n))
            for n in range(
                r.line("1) ұлы Отан соғысының қатысушылары мен мүгедектеріне."), r.line("азаматтарға көрсетіледі.") + 1
            )
        ],
        terms=[
            term(
                10,
                "working_days",
                term_src,
                starts_from="other",
                starts_from_text=kk(
                    "МЗТО деректер базасын алғаннан кейін", en="after the pension payment centre's database is received"
                ),
            )
        ],
        fee=free(r.src("Мемлекеттік қызмет көрсету тегін.")),
        service_hours=hours(
            [(WEEK, [("09:00", "18:30")])],
            r.src(
                "сенбі, жексенбі және мерекелік күндерден басқа күнделікті сағат 09.00-дан 18.30-ға дейін көрсетіледі."
            ),
        ),
        intake_hours=hours(
            [(WEEK, [("09:00", "18:30")])],
            r.src("құжаттарды қабылдау сағат 09.00-ден 18.30-ға дейін жүзеге асырылады."),
        ),
        documents=[
            doc("application", r.src("осы стандарттың 1-қосымшасына сәйкес өтініш"), en="application (annex 1 form)"),
            doc("identity-card", r.src("жеке куәлігі (паспорт)"), en="identity card (passport)"),
            doc("house-register-book", r.src("тұрғын үй есебінің кітабы"), en="house register book"),
            doc(
                "parents-death-certificate",
                r.src("ата-ананың қайтыс болуы туралы куәлігі"),
                condition=cond(["orphan"]),
                en="parents' death certificate",
            ),
            doc(
                "disability-document",
                r.src("мүгедектікті растайтын құжат (бала жасынан, 1,2,3 топтағы мүгедектерге)"),
                "мүгедектікті растайтын құжат",
                condition=cond(["disabled", "disabled_child"], "бала жасынан, 1,2,3 топтағы мүгедектерге"),
                en="document confirming disability",
            ),
            doc(
                "altyn-kumis-alka",
                r.src('"Алтын Алқа", "Күміс Алқа" мәртебесін растайтын құжат'),
                condition=cond(["large_family"]),
                en="document confirming the «Altyn Alka» / «Kumis Alka» status",
            ),
            doc("birth-certificate", r.src("7) туу туралы куәлік"), "туу туралы куәлік", en="birth certificate"),
            doc(
                "status-documents",
                r.src("Басқа жағдайларда әлеуметтік көмек ұсыну тұтынушының мәртебесін растайтын құжаттар ұсынылады."),
                "тұтынушының мәртебесін растайтын құжаттар",
                en="documents confirming the applicant's category",
            ),
        ],
        talon={
            "kind": "talon",
            "fields": ["accepted_by", "due_at"],
            "source": r.para("15. Тұтынушыға оқуға әлеуметтік төлемдерді жүзеге асыруға"),
            "refusal_receipt": None,
        },
        result_delivery=[stmt(r.para("16. Ақшалай нысанда әлеуметтік көмек көрсеткен жағдайда"))],
        termination_grounds=[stmt(r.para("17. Мемлекеттік қызмет көрсетуді тоқтату"))],
        complaint=empl_complaint(
            r,
            "21. Уәкілетті лауазымды тұлғалардың әрекетіне",
            "22. Шағым жазбаша түрде поштамен",
            "Тұтынушы қабылданған шараларға қанағаттанбаса",
            "23. Бөлімге келіп түскен шағымды қарау",
        ),
        quality_indicators=qi(r, "Кесте. Сапа және қол жетімділік көрсеткіштерінің мәні"),
        office_ids=[O_EMPL],
        complaint_office_ids=[O_AKIMAT],
    )
    svc["forms"] = [
        form(
            "1",
            "application",
            kk(
                "ауыр материалдық жағдайға байланысты бір жолғы көмек көрсету сұраймын",
                en="application for one-time help",
            ),
            r.src("ауыр материалдық жағдайға байланысты бір жолғы  көмек көрсету  сұраймын"),
        ),
        form(
            "3",
            "refusal_notice",
            kk("ресімдеуден бас тартылғандығы жөнінде хабардар етеміз", en="refusal notice"),
            r.src("ресімдеуден бас тартылғандығы жөнінде хабардар етеміз."),
        ),
    ]
    svc["data_issues"] = [
        issue(
            "copy-paste",
            "warning",
            "Points 14 and 15 speak of the application «for social payments for education» (оқуға әлеуметтік "
            "төлемдер) and of «the social allowance sections», words copied from another standard; this service is "
            "social assistance by decisions of the local representative body.",
            r.src("Оқуға әлеуметтік төлемдерді алуға қажетті құжаттармен бірге өтініш"),
        ),
        issue(
            "wording",
            "info",
            "The only term runs «10 working days after the pension payment centre's (МЗТО) database is received», "
            "an event the applicant does not see; no term from the application is given. Waiting for in-kind "
            "help «does not require queueing», and no queue limit is given for documents.",
            term_src,
        ),
        issue(
            "other",
            "info",
            "No refusal grounds are given, although annex 3 is a refusal notice; point 17 only lists when the "
            "service stops (death, leaving Aktau's register).",
            r.para("17. Мемлекеттік қызмет көрсетуді тоқтату"),
        ),
        issue(
            "other",
            "info",
            "The document list does not say who brings which document beyond the disability note; the conditions "
            "recorded (orphans for the parents' death certificate, large families for «Altyn/Kumis Alka») follow "
            "from the documents themselves.",
            r.src("Басқа жағдайларда әлеуметтік көмек ұсыну тұтынушының мәртебесін растайтын құжаттар ұсынылады."),
        ),
        issue(
            "inconsistent-hours",
            "info",
            "The service and the intake run 9:00–18:30 with no break (point 10), while the department has a lunch "
            "break 12:30–14:00 (point 24).",
            r.src("Бөлімнің жұмыс кестесі: азаматтарды қабылдау күн сайын сағат 9.00-дан 18.30-ға дейін"),
        ),
    ]
    return svc


def targeted_social_assistance() -> J:
    r = Std(4451, 4869)
    decision = (
        "АӘК тағайындау не болмаса тағайындаудан бас тарту туралы шешімі өтініш берілген күннен бастап 10 күн ішінде"
    )
    svc = service(
        "targeted-social-assistance",
        r.src('"Мемлекеттік атаулы әлеуметтік көмек тағайындау"'),
        "Мемлекеттік атаулы әлеуметтік көмек тағайындау",
        "Assignment of state targeted social assistance",
        form_value="partly_automated",
        form_source=r.src("ішінара автоматтандырылған"),
        legal_basis=[stmt(r.para("3. Мемлекеттік қызмет Қазақстан Республикасының 2001 жылғы 17 шілдедегі"))],
        provider=stmt(r.para('4. Мемлекеттік қызмет "Ақтау қаласының Жұмыспен қамту')),
        results=[
            stmt(r.para("1) АӘК тағайындау не болмаса тағайындаудан бас тарту туралы шешімі;")),
            stmt(r.para("2) АӘК көмекті тағайындау жөнінде шешім қабылданған жағдайда")),
            stmt(r.para("3) АӘК көмекті тағайындаудан бас тартылған жағдайда")),
        ],
        consumers=[stmt(r.para("6. Мемлекеттік қызмет Қазақстан Республикасының азаматтарына"))],
        terms=[
            decision_and_payment(
                r,
                r.src("Мемлекеттік қызмет көрсету кезіндегі уақыт бойынша шектеу мерзімдері:"),
                decision,
                10,
                "алушылардың дербес шоттарына ақшалай қаражаттарды аударудың ең ұзақ уақыты бес банктік күнді құрайды",
                5,
                "the department: decision to assign or refuse",
            )
        ],
        queue_limits=[
            queue(
                "submit",
                20,
                r.src("қажетті құжаттарды тапсырғанда кезек күтуге рұқсат берілген ең ұзақ уақыт - 20 минут"),
            )
        ],
        fee=free(r.src("Мемлекеттік қызмет көрсету тегін.")),
        service_hours=hours(
            [(WEEK, LUNCH)],
            r.src(
                "сенбі, жексенбі және мерекелік күндерден басқа күнделікті сағат 09.00-ден 18.30-ге "
                "дейін көрсетіледі. үзіліс сағат 12.30-дан 14.00 дейін."
            ),
        ),
        intake_hours=hours(
            [(WEEK, [("09:00", "12:30"), ("14:00", "17:00")])],
            r.src("құжаттарды қабылдау сағат 09.00-ден 17.00-ге дейін жүзеге асырылады."),
        ),
        documents=[
            doc(
                "application",
                r.src("өтінішке осы стандарттың 2-қосымшасына сәйкес"),
                "өтініш (2-қосымша)",
                en="application (annex 2 form)",
            ),
            doc(
                "identity-card",
                r.src("жеке басының куәлігі"),
                "жеке басының куәлігі",
                handling="show",
                en="identity card (shown)",
            ),
            doc(
                "sic-certificate",
                r.src("әлеуметтік жеке коды (әЖК) берілгендігі туралы куәлігін"),
                "әлеуметтік жеке коды (ӘЖК) берілгендігі туралы куәлік",
                handling="show",
                en="certificate of the social individual code (shown)",
            ),
            doc(
                "family-composition",
                r.src("осы стандарттың 3-қосымшасына сәйкес отбасы құрамы жөніндегі мәліметтер"),
                en="information on the family's composition (annex 3 form)",
            ),
            doc(
                "family-income",
                r.src(
                    "осы стандарттың 4-қосымшасына сәйкес арызданушы отбасы мүшелерінің алған "
                    "табыстары жөніндегі мәліметтер"
                ),
                en="information on the family members' income (annex 4 form)",
            ),
        ],
        talon={
            "kind": "talon",
            "fields": ["applicant", "document_count", "number", "accepted_at", "accepted_by"],
            "source": r.src(
                "АӘК тағайындау үшін өтінішті қабылдау айғағы барлық қажетті құжаттармен бірге құжатты "
                "қабылдаған өтініштің төменгі бөлігінде тұтынушыда қалдырылған маманның қолымен "
                "расталады."
            ),
            "refusal_receipt": None,
        },
        refusal_grounds=[
            stmt(r.src("бас тарту осы стандарттың 1-қосымшасына сәйкес табысты жасырған жағдайда жүргізіледі.")),
        ],
        result_delivery=[
            stmt(r.para("16. АӘК-ті тағайындау туралы шешім қабылдаған жағдайда")),
            # point 17: how a refusal is given (a reasoned written refusal on the annex-1 form), not a ground
            stmt(r.para("17. АӘК тағайындаудан бас тарту туралы шешім қабылдаған жағдайда")),
        ],
        termination_grounds=[stmt(r.src("АӘК төлемін тоқтату өтініште көрсетілген мекен-жайда тұрмағанда"))],
        complaint=[
            stmt(r.para("22. Уәкілетті лауазымды тұлғалардың әрекетіне")),
            stmt(r.para("23. Шағым жазбаша түрде поштамен")),
            stmt(
                r.src(
                    "Тұтынушы қабылданған шараларға қанағаттанбаса немесе мәселе жоғары тұрған органның қарауын "
                    "талап етсе, Маңғыстау облыстық жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар "
                    "Департаментті немесе Ақтау қаласы әкімінің орынбасарына жазбаша\nшағым жолдауына болады."
                )
            ),
            stmt(r.para("24. Бөлімге келіп түскен шағымды қарау")),
        ],
        quality_indicators=qi(r, "Кесте. Сапа және қол жетімділік көрсеткіштерінің мәні"),
        office_ids=[O_EMPL],
        complaint_office_ids=[O_OBL_EMPL, O_AKIMAT],
    )
    svc["forms"] = [
        form(
            "1",
            "refusal_notice",
            kk("Хабарландыру: бас тарту", en="refusal notice"),
            r.src("Сізге Мемлекеттік атаулы әлеуметтік көмекті тағайындаудан бас тартуын хабарлаймыз"),
        ),
        form(
            "2",
            "application",
            kk(
                "Менің отбасыма атаулы әлеуметтік көмек тағайындауыңызды өтінемін.",
                en="application, with a tear-off receipt",
            ),
            r.src("Менің отбасыма атаулы әлеуметтік көмек тағайындауыңызды өтінемін."),
        ),
        form(
            "3",
            "family_composition",
            kk("өтініш иесінің отбасы құрамы туралы мәліметтер"),
            r.src("өтініш иесінің отбасы құрамы туралы мәліметтер"),
        ),
        form(
            "4",
            "family_income",
            kk("отбасы мүшелерінің тапқан табысы туралы мәліметтер"),
            r.src("тоқсанда тапқан табысы"),
        ),
        form(
            "6",
            "commission_conclusion",
            kk("учаскелік комиссияның ҚОРЫТЫНДЫСЫ"),
            r.src("учаскелік комиссияның ҚОРЫТЫНДЫСЫ"),
        ),
    ]
    svc["data_issues"] = [
        ambiguous_days(r, decision, "The decision term of 10 days"),
        issue(
            "other",
            "info",
            "The money is transferred within «at most five banking days» after the decision; it is recorded as "
            "the stage after the 10-day decision. The assistance is then paid monthly.",
            r.src("ең ұзақ уақыты бес банктік күнді құрайды"),
        ),
        receive_not_needed(r, "құжаттарды алған кезде кезек күтуге рұқсат берілген ең ұзақ уақыт - қажет етпейді"),
        issue(
            "numbering",
            "info",
            "Two points are numbered 24 (complaints and contacts).",
            r.src("24. Тұтынушыны қабылдау Бөлімнің жұмысының белгіленген кестесіне сәйкес"),
        ),
        issue(
            "inconsistent-hours",
            "info",
            "Documents are taken 9:00–17:00 (point 10); the lunch break 12:30–14:00 given for the service in the "
            "same point is applied to the intake.",
            r.src("құжаттарды қабылдау сағат 09.00-ден 17.00-ге дейін"),
        ),
        issue(
            "wording",
            "info",
            "Point 23 names a «director's deputy» (Директордың орынбасары) of a department headed by a «head» "
            "(бастық).",
            r.src("Директордың орынбасары, 200-бөлме"),
        ),
    ]
    return svc


def housing_assistance() -> J:
    r = Std(4870, 5153)
    decision = "тұрғын үй көмегін тағайындау немесе бас тарту жөніндегі шешім өтініш берген күннен бастап 10 күн ішінде"
    svc = service(
        "housing-assistance",
        r.src('"Тұрғын үй көмегін тағайындау"'),
        "Тұрғын үй көмегін тағайындау",
        "Assignment of housing assistance",
        form_value="not_automated",
        form_source=r.src("автоматтандырылмаған"),
        legal_basis=[stmt(r.para("3. Мемлекеттік қызмет Қазақстан Республикасының 1997 жылғы 16 сәуірдегі"))],
        provider=stmt(r.para("4. Мемлекеттік қызмет Ақтау қаласының 12 шағын аудан")),
        results=[
            stmt(r.para("1) тұрғын үй көмегін тағайындауда")),
            stmt(r.para("2) тұрғын үй көмегін тағайындау жөнінде")),
        ],
        consumers=[stmt(r.para("6. Мемлекеттік қызмет Ақтау қаласында тұрақты тұратын"))],
        terms=[
            decision_and_payment(
                r,
                r.src("Мемлекеттік қызмет көрсету кезіндегі уақыт бойынша шектеу мерзімдері:"),
                decision,
                10,
                "коммуналдық қызмет көрсететін мекеме шоттарына тізім бойынша ақшалай құжаттарды "
                "аударудың ең ұзақ мерзімі 5 банктік күнді құрайды",
                5,
                "the department: decision to assign or refuse",
            )
        ],
        queue_limits=[
            queue("submit", 30, r.src("қажетті құжаттарды  тапсыруда кезекте күтудің ең ұзақ уақыт - 30 минут"))
        ],
        fee=free(r.src("Мемлекеттік қызмет  көрсету тегін.")),
        service_hours=hours(
            [(WEEK, [("09:00", "18:30")])],
            r.src(
                "сенбі, жексенбі және мерекелік күндерден басқа күнделікті сағат 09.00-ден 18.30-ке дейін көрсетіледі."
            ),
        ),
        intake_hours=hours(
            [(WEEK, [("09:00", "12:30"), ("14:00", "17:00")])],
            r.src("құжаттарды қабылдау сағат 09.00-ден 17.00-ге дейін жүзеге асырылады."),
        ),
        documents=[
            doc(
                "application",
                r.src("осы стандарттың 1-қосымшасына сәйкес өтінішке"),
                "өтініш (1-қосымша)",
                en="application (annex 1 form)",
            ),
            doc(
                "family-identity-documents",
                r.src(
                    "тұрғын үйдің меншік иесімен  жалдаушы бірге тұратын барлық отбасы "
                    "мүшелерінің жеке басын растайтын құжаттары"
                ),
                en="identity documents of all family members living with the owner or tenant",
            ),
            doc(
                "title-document",
                r.src(
                    "тұрғын үйдің құқығын белгілейтін құжат (жекешелендіру туралы шарт, сыйға тарту "
                    "шарты, сатып алу-сату шарты, пәтердің жоспары)"
                ),
                en="document establishing the right to the dwelling (privatisation, gift or sale contract, flat plan)",
            ),
            doc(
                "taxpayer-number",
                r.src("салық төлеушінің тіркеу нөмірі  (түпнұсқасы, көшірмесі)"),
                form="original_and_copy",
                en="taxpayer registration number (original, copy)",
            ),
            doc(
                "family-composition-certificate",
                r.src("отбасы құрамы туралы анықтама"),
                "отбасы құрамы туралы анықтама",
                en="certificate of the family's composition",
                alternatives=[
                    doc(
                        "house-register-book",
                        r.src("азаматтарды тіркеу кітабы (жаңа үлгідегі, түпнұсқасы, көшірмесі)"),
                        form="original_and_copy",
                        en="residents' register book (new form; original, copy)",
                    )
                ],
            ),
            doc("family-income", r.src("отбасы кірістері туралы мәлімет"), en="information on the family's income"),
            doc(
                "employment-documents", r.src("еңбек қызметін растайтын құжаттар"), en="documents confirming employment"
            ),
            doc(
                "form-4-certificate",
                r.src("АХАЖ органынан  жалғыз басты аналар үшін N 4 нысандағы анықтама"),
                condition=cond(["single_parent"], "жалғыз басты аналар үшін"),
                en="civil registry certificate in form N 4 (single mothers)",
            ),
            doc(
                "utility-payments",
                r.src("тұрғын үй жәрдемақысын тағайындауға хабарласқан алдындағы айға"),
                "тұрғын үй жәрдемақысын тағайындауға хабарласқан алдындағы айға тұрғын үйді ұстауға тұтынылған "
                "коммуналдық қызметтер және телефон үшін абоненттік төлем туралы мәліметтер",
                en="the previous month's bills for utilities and the telephone subscription",
            ),
        ],
        refusal_grounds=[stmt(r.para("16. Табысы жөнінде жалған мәліметтерді бергенде"))],
        complaint=[
            stmt(r.para("20. Мемлекеттік қызмет көрсету сапасына наразылық туған жағдайда")),
            stmt(r.para("21. Шағым жазбаша түрде поштамен")),
            stmt(r.para("22. Ақтау қалалық жұмыспен қамту бөліміне келіп түскен шағым")),
        ],
        quality_indicators=qi(r, "Кесте. Сапа және қол жетімділік көрсеткіштерінің мәні"),
        office_ids=[O_EMPL],
    )
    svc["forms"] = [
        form(
            "1",
            "application",
            kk("ӘЛЕУМЕТТІК КӨМЕК ТАҒАЙЫНДАУ ТУРАЛЫ ӨТІНІШ"),
            r.src("ӘЛЕУМЕТТІК КӨМЕК ТАҒАЙЫНДАУ ТУРАЛЫ ӨТІНІШ"),
        ),
        form("2", "commission_protocol", kk("ХАТТАМА"), r.src("ХАТТАМА")),
    ]
    svc["data_issues"] = [
        ambiguous_days(r, decision, "The decision term of 10 days"),
        receive_not_needed(r, "4 құжаттарды алуда мемлекеттік қызмет көрсету нәтижесі ретінде"),
        issue(
            "cross-reference",
            "warning",
            "Point 15 says the applicant gets the application form «of annex 2», but annex 2 is the commission's "
            "protocol; the application form is annex 1 (as point 12 says).",
            r.src("осы стандарттың 2-қосымшасына сәйкес өтініш бланкісі беріледі."),
        ),
        issue(
            "cross-reference",
            "warning",
            "Point 18 measures the results by the indicators «of annex 4»; the indicators are in annex 3, and "
            "there is no annex 4.",
            r.src("осы стандарттың 4-қосымшасына сәйкес сапа және қол жетімділік көрсеткіштерінен өлшенеді"),
        ),
        issue(
            "copy-paste",
            "info",
            "Annex 2, the protocol of the decision on housing assistance, is headed as the protocol of «the "
            "commission for the assignment of targeted social assistance» (another service).",
            r.src("Атаулы әлеуметтік көмек тағайындау жөніндегі комиссия"),
        ),
        issue(
            "wording",
            "warning",
            "The refusal ground (point 16) is garbled: it lists false income data, renting out the flat, owning two "
            "or more dwellings, refusing an offered job or leaving public works or training, and ends «тоқтату "
            "жүргізілмейді, бас тартылады» (termination is not carried out, it is refused).",
            r.src("тоқтату жүргізілмейді, бас тартылады"),
        ),
        issue(
            "inconsistent-hours",
            "info",
            "Documents are taken 9:00–17:00 (point 10); the sector's reception has a lunch break 12:30–14:00 "
            "(point 23), applied to the intake too.",
            r.src("Тұрғын үй көмегін тағайындау және төлеу секторының жұмыс кестесі"),
        ),
        issue("other", "info", "No talon or receipt for the documents is defined.", r.para("15. Хабарласқан кезде")),
    ]
    return svc


def child_benefit() -> J:
    r = Std(5154, 5580)
    decision = (
        "18 жасқа дейінгі балаларға жәрдемақыны тағайындау не болмаса тағайындаудан бас тарту туралы шешімі "
        "өтініш берген кезден бастап 10 күн ішінде шығарылады"
    )
    total = r.src("өтініш берген кезден бастап мемлекеттік қызмет көрсету мерзімі - 10 күн")
    svc = service(
        "child-benefit-under-18",
        r.src('"18 жасқа дейінгі балалары бар отбасыларға мемлекеттік\nжәрдемақылар тағайындау"'),
        "18 жасқа дейінгі балалары бар отбасыларға мемлекеттік жәрдемақылар тағайындау",
        "Assignment of state benefits to families with children under 18",
        form_value="partly_automated",
        form_source=r.src("ішінара автоматтандырылған"),
        legal_basis=[stmt(r.para("3. Мемлекеттік қызмет Қазақстан Республикасының 2005 жылғы 28 маусымдағы"))],
        provider=stmt(r.para('4. Мемлекеттік қызмет "Ақтау қаласының Жұмыспен қамту')),
        results=[
            stmt(r.para("1) 18 жасқа дейінгі балаларға жәрдемақыны тағайындау")),
            stmt(r.para("2) алушылардың жеке шотына ақшалай қаражаттарды аудару арқылы")),
        ],
        consumers=[stmt(r.para("6. Мемлекеттік қызмет Қазақстан Республикасының азаматтарына"))],
        terms=[
            decision_and_payment(
                r,
                total,
                decision,
                10,
                "алушылардың дербес шоттарына ақшалай қаражаттарды аударудың ең ұзақ уақыты бес банктік күнді құрайды",
                5,
                "the department: decision to assign or refuse",
                declared_total=declared(10, "days_unqualified", total),
            )
        ],
        queue_limits=[
            queue(
                "submit",
                20,
                r.src("қажетті құжаттарды тапсырған кезде кезек күтуге рұқсат берілген ең ұзақ уақыт - 20 минут"),
            )
        ],
        fee=free(r.src("Мемлекеттік қызмет көрсету тегін.")),
        service_hours=hours(
            [(WEEK, [("09:00", "18:30")])],
            r.src(
                "сенбі, жексенбі және мерекелік күндерден басқа күнделікті сағат 09.00-ден 18.30-ге дейін көрсетіледі."
            ),
        ),
        intake_hours=hours(
            [([0, 1, 2, 3], [("09:00", "12:30"), ("14:00", "17:00")])],
            r.src(
                "құжаттарды қабылдау сағат 09.00-ден 17.00-ге дейін жүзеге асырылады.үзіліс 12.30-ден "
                "14-ге дейін, жұма күні құжаттар қабылданбайды."
            ),
        ),
        documents=[
            doc("application", r.src("осы стандарттың 1-қосымшасына сәйкес өтініш"), en="application (annex 1 form)"),
            doc(
                "birth-certificate-copy",
                r.src("баланың тууы туралы куәлігінің көшірмесі"),
                form="copy",
                en="copy of the child's birth certificate",
            ),
            doc(
                "identity-document-copy",
                r.src("өтініш берушінің жеке басын куәландыратын құжаттың көшірмесі"),
                form="copy",
                en="copy of the applicant's identity document",
            ),
            doc(
                "residence-document-copy",
                r.src("отбасының тұрғылықты жерін растайтын құжаттың көшірмесі"),
                form="copy",
                en="copy of a document confirming the family's residence",
                alternatives=[
                    doc(
                        "house-register-copy",
                        r.src("азаматтарды тіркеу кітабының көшірмесі"),
                        form="copy",
                        en="copy of the residents' register book",
                    ),
                    doc(
                        "address-bureau-certificate",
                        r.src("мекен-жай бюросынан анықтама"),
                        en="certificate of the address bureau",
                    ),
                ],
            ),
            doc(
                "family-composition",
                r.src("осы стандарттың 2-қосымшасына сәйкес отбасының құрамы туралы мәлімет"),
                en="information on the family's composition (annex 2 form)",
            ),
            doc(
                "family-income",
                r.src("осы стандарттың 3-қосымшасына сәйкес отбасы мүшелерінің табысы туралы мәліметтер"),
                en="information on the family members' income (annex 3 form)",
            ),
        ],
        talon={
            "kind": "talon",
            "fields": ["accepted_by", "due_at"],
            "source": r.para(
                "15. Тұтынушыдан құжат қабылдаған қызметкердің тегі мен құжаттарды алу мерзімі "
                "көрсетілген жыртылмалы талон тұтынушыға беріледі."
            ),
            "refusal_receipt": None,
        },
        refusal_grounds=[
            stmt(
                r.whole(
                    "қызмет көрсетуден бас тарту осы стандарттың 4-қосымшасына сәйкес тұтынушылар "
                    "табысты жасырған жағдайда жүргізіледі."
                )
            ),
        ],
        result_delivery=[
            stmt(r.para("16. 18 жасқа дейінгі балаларға жәрдемақыны тағайындау туралы шешім")),
            # the written notice of a refusal (annex 4) is how that result is given, not a ground to refuse
            stmt(
                r.whole(
                    "18 жасқа дейінгі балаларға жәрдемақыны тағайындаудан бас тарту туралы шешім қабылданған жағдайда"
                )
            ),
        ],
        termination_grounds=[stmt(r.para("17. Мемлекеттік қызмет көрсетуді тоқтату"))],
        complaint=[
            stmt(r.para("21. Уәкілетті лауазымды тұлғалардың әрекетіне")),
            stmt(r.para("22. Шағым жазбаша түрде поштамен")),
            stmt(r.whole("Тұтынушы қабылданған шараларға қанағаттанбаса")),
            stmt(r.para("23. Бөлімге келіп түскен шағымды қарау")),
        ],
        quality_indicators=qi(r, "Сапа және қол жетімділік көрсеткіштерінің мәні"),
        office_ids=[O_EMPL],
        complaint_office_ids=[O_OBL_EMPL, O_AKIMAT],
    )
    svc["forms"] = [
        form(
            "1",
            "application",
            kk("Балаларға арналған жәрдемақы тағайындауды сұраймын.", en="application, with a tear-off receipt"),
            r.src("Балаларға арналған жәрдемақы тағайындауды сұраймын."),
        ),
        form(
            "2",
            "family_composition",
            kk("өтініш иесінің отбасы құрамы туралы мәліметтер"),
            r.src("өтініш иесінің отбасы құрамы туралы мәліметтер"),
        ),
        form(
            "3",
            "family_income",
            kk("отбасы мүшелерінің тапқан табысы туралы мәліметтер"),
            r.src("өтініш иесінің отбасы мүшелерінің 200__ жылғы ___"),
        ),
        form("4", "refusal_notice", kk("Хабарландыру"), r.src("Сізге 18 жасқа дейінгі балалары бар отбасыларға")),
        form(
            "6",
            "commission_conclusion",
            kk("учаскелік комиссияның ҚОРЫТЫНДЫСЫ"),
            r.src("учаскелік комиссияның ҚОРЫТЫНДЫСЫ"),
        ),
    ]
    svc["data_issues"] = [
        ambiguous_days(r, decision, "The decision term of 10 days"),
        issue(
            "inconsistent-terms",
            "warning",
            "Point 7 states the service term as 10 days from the application («мемлекеттік қызмет көрсету мерзімі - "
            "10 күн»), but its parts add up to more: the decision within 10 days of the application, then the "
            "transfer of the money within five banking days. The term is recorded as these two consecutive stages "
            "(10 days, then 5 banking days), with the stated 10 days kept as its declared total; like the decision, "
            "the total is given in «күн» without saying calendar or working days.",
            total,
        ),
        receive_not_needed(r, "құжаттарды алған кезде кезек күтуге рұқсат берілген ең ұзақ уақыт қажет етпейді"),
        issue(
            "copy-paste",
            "info",
            "Points 18 and 24 speak of «the Department» (Департаменттің, Департамент) where the city department "
            "is meant: wording of the oblast model standard.",
            r.src("Департаменттің қызметі:"),
        ),
        issue(
            "wording",
            "warning",
            "The refusal notice of annex 4 reads «we inform you of the assignment of the benefit» (тағайындау "
            "туралы хабарлаймыз) and then asks for the reason; it is the refusal notice the standard refers to.",
            r.src("мемлекеттік жәрдемақылар тағайындау туралы хабарлаймыз"),
        ),
    ]
    return svc


def hearing_vision_hygiene_aids() -> J:
    r = Std(5581, 5862)
    decision = "шешімі-хабарласқан күннен бастап бір күн ішінде"
    at_least = [
        queue(
            "submit",
            20,
            r.src(
                "міндетті гигиеналық құралдармен қамтамасыз етуде қажетті құжаттарды тапсырған кезде "
                "кезек күтуге рұқсат берілген ең аз уақыт- 20 минут"
            ),
            "at_least",
        ),
        queue(
            "receive",
            20,
            r.src(
                "міндетті гигиеналық құралдарды алған кезде кезек күтуге рұқсат берілген ең аз уақыт мөлшері-20 минут"
            ),
            "at_least",
        ),
        queue(
            "submit",
            20,
            r.src(
                "сурдотехникалық, тифлотехникалық құралдарды алуға қажетті құжаттарды тапсырғанда "
                "және алған кезде кезек күтуге рұқсат берілген ең аз уақыт-20 минут"
            ),
            "at_least",
        ),
        queue(
            "receive",
            20,
            r.src(
                "сурдотехникалық, тифлотехникалық құралдарды алуға қажетті құжаттарды тапсырғанда "
                "және алған кезде кезек күтуге рұқсат берілген ең аз уақыт-20 минут"
            ),
            "at_least",
        ),
    ]
    hygiene = kk("міндетті гигиеналық құралдар", en="compulsory hygiene items")
    aids = kk("сурдотехникалық, тифлотехникалық құралдар", en="hearing and vision aids")
    for limit, part in zip(at_least, [hygiene, hygiene, aids, aids], strict=True):
        limit["applies_to"] = part
    svc = service(
        "disabled-hearing-vision-hygiene-aids",
        r.src(
            '"Мүгедектерді сурдо-, тифлоқұралдармен және міндетті гигиеналық құралдармен қамсыздандыру үшін оларға '
            'құжаттарды  ресімдеу"'
        ),
        "Мүгедектерді сурдо-, тифлоқұралдармен және міндетті гигиеналық құралдармен қамсыздандыру үшін оларға "
        "құжаттарды ресімдеу",
        "Documents for providing disabled persons with hearing and vision aids and compulsory hygiene items",
        form_value="partly_automated",
        form_source=r.src("Мемлекеттік қызметтің нысаны ішінара автоматтандырылған."),
        legal_basis=[stmt(r.whole("Мемлекеттік қызмет Қазақстан Республикасы үкіметінің 2005 жылғы 20 маусымдағы"))],
        provider=stmt(r.para('4. Мемлекеттік қызмет "Ақтау қалалық жұмыспен қамту')),
        results=[
            stmt(r.para("1) міндетті гигиеналық құралдармен қамтамасыз ету не болмаса")),
            stmt(r.para("2) тұтынушыны міндетті гигиеналық құралдармен қамтамасыз ету;")),
            stmt(r.para("3)  Тұтынушының өтініші бойынша сурдотехникалық")),
        ],
        consumers=[
            stmt(r.whole("ұлы Отан соғысының қатысушылары мен мүгедектері, сондай-ақ жеңілдіктер")),
            stmt(r.whole("1, 2-топ мүгедектері, мүгедек балалар тифлотехникалық құралдармен")),
            stmt(r.whole("1, 2, 3-топ мүгедектері, мүгедек балалар міндетті гигиеналық құралдармен")),
        ],
        terms=[
            term(
                1,
                "days_unqualified",
                r.src(decision),
                starts_from="submission",
                condition=kk(
                    "міндетті гигиеналық құралдармен қамтамасыз ету немесе одан бас тарту туралы шешім",
                    en="the decision on compulsory hygiene items",
                ),
            )
        ],
        queue_limits=at_least,
        fee=free(r.src("Мемлекеттік қызмет көрсету тегін.")),
        service_hours=hours(
            [(WEEK, [("09:00", "18:00")])],
            r.src(
                "сенбі, жексенбі күні мерекелік күндерден басқа күнделікті сағат 09. 00-ден 18-00-ге дейін көрсетіледі."
            ),
        ),
        intake_hours=hours(
            [(WEEK, [("09:00", "12:30")])],
            r.src("құжаттарды қабылдау сағат 09-00-ден 12-30-ға дейін жүзеге  асырылады."),
        ),
        documents=[
            doc(
                "application",
                r.src(
                    "осы стандарттың 1, 2 -қосымшасына сәйкес орнын толтырушы құралдардың түріне байланысты өтінішке"
                ),
                "өтініш (құралдың түріне қарай 1 немесе 2-қосымша бойынша)",
                en="application (annex 1 for hygiene items, annex 2 for aids)",
            ),
            doc(
                "identity-document-copy",
                r.src("жеке куәліктің көшірмесі ( паспорт, балалардың туу туралы куәлігі)"),
                form="copy",
                en="copy of the identity card (passport; birth certificate for children)",
            ),
            doc(
                "rehabilitation-programme-copy",
                r.src("мүгедекті оңалту бағдарламасының   көшірмесі"),
                "МӘС берген мүгедекті оңалту бағдарламасының көшірмесі",
                form="copy",
                en="copy of the individual rehabilitation programme issued by the medical and social expertise",
            ),
            doc(
                "pension-certificate-copy",
                r.src("зейнетақы куәлігінің көшірмесі"),
                "МЗТО берген зейнетақы куәлігінің көшірмесі",
                form="copy",
                en="copy of the pension certificate",
            ),
            doc(
                "disability-certificate-copy",
                r.src("МӘС берген мүгедектігі туралы анықтаманың көшірмесі"),
                form="copy",
                en="copy of the disability certificate issued by the medical and social expertise",
            ),
        ],
        talon={
            "kind": "register",
            "fields": ["accepted_at", "applicant"],
            "source": r.para("15. Мүгедек немесе оның сенімді тұлғасы"),
            "refusal_receipt": None,
        },
        refusal_grounds=[
            stmt(r.whole("еңбектік мертігудің салдарынан;")),
            stmt(
                r.src(
                    "егер сурдотехникалық, тифлотехникалық және міндетті гигиеналық\nқұралдарды "
                    "пайдаланудың белгіленген мерзімінен бұрын өтініш берілсе;"
                )
            ),
            stmt(r.para("3) егер міндетті гигиеналық құралдарды пайдаланудың белгіленген мерзімінен бұрын")),
        ],
        result_delivery=[stmt(r.para("16.  Сурдотехникалық, тифлотехникалық және міндетті гигиеналық құралдарды алу"))],
        termination_grounds=[stmt(r.para("17. Мемлекеттік қызмет көрсету мүгедек қайтыс болғанда"))],
        complaint=[
            stmt(r.para("21. Уәкілетті лауазымды  тұлғалардың әрекетіне")),
            stmt(r.para("22. Шағым жазбаша түрде поштамен")),
            stmt(r.whole("Тұтынушы қабылданған шараларға қанағаттанбаса")),
            stmt(r.para("23. Бөлімге  келіп түскен шағымды қарау")),
        ],
        quality_indicators=qi(r, "Кесте. Сапа және қол жетімділік көрсеткіштерінің мәні"),
        office_ids=[O_EMPL],
        complaint_office_ids=[O_AKIMAT],
    )
    svc["forms"] = [
        form(
            "1",
            "application",
            kk("міндетті гигиеналық құралдарды ұсынуды сұраймын", en="application for hygiene items"),
            r.src("Сізден міндетті гигиеналық құралдарды-памперстерді"),
        ),
        form(
            "2",
            "application",
            kk(
                "тифло-техникалық құралдарды беруіңізді сұраймын", en="application for vision aids, with a receipt part"
            ),
            r.src("тифло-техникалық құралдарды"),
        ),
        form(
            "3",
            "refusal_notice",
            kk("ресімдеуден бас тартылғандығы жөнінде хабардар етеміз", en="refusal notice"),
            r.src("ресімдеуден бас тартылғандығы жөнінде хабардар етеміз."),
        ),
    ]
    svc["data_issues"] = [
        issue(
            "wording",
            "warning",
            "All waiting limits are worded as MINIMUMS — «the least time allowed to wait in the queue» (ең аз "
            "уақыт) — 20 minutes, where a maximum must be meant. They are recorded as printed, with the qualifier "
            "«at least».",
            r.src("кезек күтуге рұқсат берілген ең аз уақыт- 20 минут"),
        ),
        ambiguous_days(r, decision, "The decision term of «one day» from the day the applicant applied"),
        issue(
            "other",
            "info",
            "Only the decision on hygiene items has a term; none is given for hearing and vision aids.",
            r.src(decision),
        ),
        issue(
            "numbering",
            "info",
            "Points 2 and 3 (form of the service, legal basis) are printed without numbers, and the refusal grounds "
            "are numbered — , — , 3).",
            r.src("Мемлекеттік қызметтің нысаны ішінара автоматтандырылған."),
        ),
        issue(
            "wording",
            "info",
            "The refusal grounds follow the lead-in «in accordance with annex 3 of this standard [the service is "
            "refused] in the following cases» (annex 3 is the refusal notice), which is not itself a ground. Of the "
            "three grounds, the third (applying for hygiene items before their set period of use has ended) repeats "
            "part of the second (the same for hearing, vision and hygiene aids).",
            r.whole("Осы стандарттың 3-қосымшасына сәйкес мемлекеттік қызмет көрсетуден мына жағдайларда:"),
        ),
        issue(
            "misprint",
            "info",
            "Point 16 places the sector at «Ақтау қаласы, 18 шағынаудан, 105 кабинет»; everywhere else the "
            "department is in the 12th microdistrict, building 18.",
            r.src("Ақтау қаласы, 18 шағынаудан, 105 кабинетке"),
        ),
        issue(
            "wording",
            "info",
            "The head of the veterans' and disabled persons' sector (room 207, 432652) is called «бөлім бастығы» "
            "(head of the department), like the department's head in room 203.",
            r.src("Бөлім бастығы, 207 кабинет, телефоны: 432652."),
        ),
        issue(
            "undefined-talon",
            "info",
            "No talon is defined for the submission of documents; the standard only has a register (ведомость) "
            "signed when the aids are received. The annex-2 application has a tear-off receipt part.",
            r.para("15. Мүгедек немесе оның сенімді тұлғасы"),
        ),
        issue(
            "inconsistent-hours",
            "info",
            "The service is given 9:00–18:00 (point 10); the department's schedule in point 24 says 9:00–18:30 with "
            "a lunch break 13:00–14:00, unlike its other standards (12:30–14:00).",
            r.src("түскі үзіліс сағат 13-00-ден 14-00-ге дейін"),
        ),
    ]
    return svc


def semey_registration() -> J:
    r = Std(5863, 6230)
    decision = r.src("арнайы комиссияның шешімі жиырма күннен артық емес мерзімде қабылданады")
    svc = service(
        "semey-nuclear-test-victims-registration",
        r.src(
            '"Семей ядролық сынақ полигонында ядролық сынақтар\nсалдарынан зардап шеккен азаматтарды тіркеу және '
            'есепке алу"'
        ),
        "Семей ядролық сынақ полигонында ядролық сынақтар салдарынан зардап шеккен азаматтарды тіркеу және есепке алу",
        "Registration of citizens affected by the nuclear tests at the Semipalatinsk test site",
        form_value="partly_automated",
        form_source=r.src("ішінара автоматтандырылған"),
        legal_basis=[stmt(r.para("3. Мемлекеттік қызмет Қазақстан Республикасының 1992 жылғы 18 желтоқсандағы"))],
        provider=stmt(r.para('4. Мемлекеттік қызмет "Ақтау қаласының Жұмыспен қамту')),
        results=[
            stmt(r.para("1) Осы стандарттың 1-қосымшасына сәйкес СЯСП-ғы")),
            stmt(r.para("2) Осы стандарттың 2-қосымшасына сәйкес СЯСП-ғы")),
            stmt(r.para("3) СЯСП-да ядролық сынақтар салдарынан зардап шеккен азаматтардың іс қағаздарының")),
            # point 16, where the other standards say how the result is given, says what the result is
            stmt(r.para("16. Мемлекеттік қызметті көрсету нәтижесі")),
        ],
        consumers=[stmt(r.para("6. Мемлекеттік қызмет 1949 жылдан бастап"))],
        terms=[
            term(
                20,
                "days_unqualified",
                decision,
                starts_from="other",
                starts_from_text=kk(
                    "көрсетілмеген (арнайы комиссия іс қағаздарының макеттерін қарайды)",
                    en="not stated (the special commission reviews the case files)",
                ),
                actor=kk("арнайы комиссия", en="the special commission"),
            ),
            term(
                1,
                "months",
                r.src("бірақ бір айдан аспайтын мерзімге"),
                role="extension",
                starts_from="other",
                starts_from_text=kk(
                    "қосымша сұрау салулар, тексерулер жүргізу қажет болған жағдайларда",
                    en="when further enquiries or checks are needed",
                ),
                actor=kk("арнайы комиссияның төрағасы", en="the commission's chair"),
            ),
        ],
        queue_limits=[
            queue(
                "submit",
                30,
                r.src("қажетті құжаттарды тапсырған кезде кезек күтуге рұқсат берілген ең ұзақ уақыт - 30 минут"),
            )
        ],
        fee=free(r.src("Мемлекеттік қызмет көрсету тегін.")),
        service_hours=hours(
            [(WEEK, [("09:00", "18:30")])],
            r.src(
                "сенбі, жексенбі және мерекелік күндерден басқа күнделікті сағат 09.00-ден 18.30-ға дейін көрсетіледі."
            ),
        ),
        documents=[
            doc(
                "identity-card", r.src("жеке куәлік (паспорт)"), form="original_and_copy", en="identity card (passport)"
            ),
            doc(
                "house-register-book",
                r.src("Азаматтарды тіркеу кітабы"),
                "Азаматтарды тіркеу кітабы",
                form="original_and_copy",
                en="residents' register book",
            ),
            doc(
                "residence-in-zone-documents",
                r.src("радиациялық қатер аумағында тұру айғағы мен кезеңін растайтын құжаттар"),
                "радиациялық қатер аумағында тұру айғағы мен кезеңін растайтын құжаттар (туу туралы куәлік, аттестат, "
                "диплом, әскери билет, еңбек кітапшасы, мұрағаттық анықтамалар, әкімдердің анықтамалары және т.б.)",
                form="original_and_copy",
                en="documents proving residence in the radiation-risk zone and its period",
            ),
            doc("sic", r.src("әлеуметтік жеке коды (ӘЖК)"), form="original_and_copy", en="social individual code"),
            doc(
                "taxpayer-number",
                r.src("салық төлеушінің тіркеу нөмірі (СТН)"),
                form="original_and_copy",
                en="taxpayer registration number",
            ),
            doc(
                "bank-account-document",
                r.src("екінші деңгейдегі банктердегі шотының бар болуы туралы құжат"),
                form="original_and_copy",
                en="document on an account in a second-tier bank",
            ),
        ],
        talon={
            "kind": "talon",
            "fields": ["accepted_at", "accepted_by"],
            "source": r.para("15. істер макетін (құжаттарды) қабылдауды растау айғағы"),
            "refusal_receipt": None,
        },
        refusal_grounds=[stmt(r.para("17. Мемлекеттік қызметті көрсетуден бас тарту үшін негіздеме"))],
        result_delivery=[stmt(r.src("хабарлама жазбаша түрде пошта байланысы арқылы жолданады"))],
        complaint=[
            stmt(r.para("21. Уәкілетті лауазымды тұлғалардың әрекетіне")),
            stmt(r.para("22. Шағым жазбаша түрде пошта арқылы")),
            stmt(r.whole("Тұтынушы қабылданған шараларға қанағаттанбаса")),
            stmt(r.para("23. Бөлімге келіп түскен шағымды қарау")),
        ],
        quality_indicators=qi(r, "Сапа және қол жетімділік көрсеткіштерінің мәні"),
        office_ids=[O_EMPL],
        complaint_office_ids=[O_AKIMAT],
    )
    svc["definition"] = stmt(r.whole("Семей ядролық сынақ полигонындағы (бұдан әрі - СЯСП)"))
    svc["forms"] = [
        form(
            "1",
            "commission_decision",
            kk("арнайы комиссияның ШЕШІМІ", en="decision of the special commission"),
            r.src("деп тану (танудан бас тарту) туралы Ш Е Ш І М"),
        ),
        form(
            "2",
            "notice",
            kk("шешімін қабылдағанын хабардар етеміз", en="notice of the decision"),
            r.src("шешімін қабылдағанын хабардар етеміз."),
        ),
        form(
            "3",
            "list_of_case_files",
            kk("іс қағаздарының макетін тапсырған азаматтардың тізімі", en="list of citizens who handed in case files"),
            r.src("іс қағаздарының макетін тапсырған азаматтардың тізімі"),
        ),
        form(
            "3",
            "application",
            kk(
                "біржолғы мемлекеттік ақшалай өтемақы тағайындауды сұраймын",
                en="application (printed as a second annex 3; annex 4 in point 15)",
            ),
            r.src("өтемақы (бұдан әрі - өтемақы) тағайындауды сұраймын."),
        ),
    ]
    svc["data_issues"] = [
        ambiguous_days(
            r, "жиырма күннен артық емес мерзімде", "The commission's decision term of «not more than twenty days»"
        ),
        issue(
            "other",
            "info",
            "The act does not say from which event the commission's twenty days run (the application, or the "
            "hand-over of the case file to the commission).",
            decision,
        ),
        receive_not_needed(r, "құжаттарды алған кезде кезек күтуге рұқсат берілген ең ұзақ уақыт - қажет етпейді"),
        issue(
            "numbering",
            "warning",
            "Two annexes are numbered 3 (the list of case files and the application form) and there is no annex "
            "4; point 15 refers to annex 4 for the application of pensioners and non-working citizens, which is "
            "the second «annex 3».",
            at(6055, "3-қосымша"),
        ),
        issue(
            "copy-paste",
            "warning",
            "The notice of annex 2 refers to «the special commission of the ___ district of Astana city», copied "
            "from Astana's standard.",
            r.src('Астана қаласының "____________" ауданының арнайы комиссия'),
        ),
        issue(
            "wording",
            "warning",
            "The refusal ground reads «the ground for refusing the service is the fact that the one-time state "
            "compensation was established» — presumably that it was already assigned or paid.",
            r.para("17. Мемлекеттік қызметті көрсетуден бас тарту үшін негіздеме"),
        ),
        issue(
            "inconsistent-hours",
            "info",
            "The service is given 9:00–18:30 with no intake window and no break (point 10); the department's "
            "reception in point 24 is 9:00–17:00 with a lunch break 12:30–14:00.",
            r.src("Бөлімнің жұмыс кестесі: азаматтарды қабылдау күн сайын сағат 9.00 ден 17.00 ге дейін"),
        ),
    ]
    return svc


def unemployed_registration() -> J:
    r = Std(6231, 6669)
    first = Std(6231, 6292)  # the first copy, up to where it breaks off
    svc = service(
        "unemployed-registration",
        r.src('"Жұмыссыз азаматтарды есепке қою және тіркеу"'),
        "Жұмыссыз азаматтарды есепке қою және тіркеу",
        "Registration of unemployed citizens",
        form_value="partly_automated",
        form_source=first.src("жартылай автоматтандырылған"),
        legal_basis=[stmt(first.para("3. Мемлекеттік қызмет Қазақстан Республикасының 2001 жылғы 23 қаңтардағы"))],
        provider=stmt(first.para("4.Мемлекеттік қызметті")),
        results=[stmt(first.para("5. Мемлекеттік қызмет жұмыссыз ретінде тіркеу"))],
        consumers=[stmt(first.para("6.Мемлекеттік қызмет Қазақстан Республикасының азаматтарына"))],
        terms=[
            term(
                10,
                "days_unqualified",
                first.src("қажетті құжаттарды тапсырған сәттен бастап он күннен кешіктірмей"),
                starts_from="submission",
            )
        ],
        queue_limits=[
            queue("submit", 10, first.src("тиісті құжаттарды тапсырған кезде кезек күтуге ең ұзақ уақыт-10 минут")),
            queue("receive", 10, first.src("құжаттарды алған кезде кезек күтуге ең ұзақ уақыт- 10 минут")),
        ],
        fee=free(first.src("Осы мемлекеттік қызмет тегін көрсетіледі.")),
        service_hours=hours(
            [(WEEK, [("09:00", "18:30")])],
            first.src(
                "сенбі, жексенбі және мерекелік күндерден басқа күнделікті сағат 09.00-ден 18.30-ға дейін көрсетіледі."
            ),
        ),
        intake_hours=hours(
            [(WEEK, [("09:00", "17:00")])],
            first.src("құжаттарды қабылдау сағат 09.00-ден 17.00-ге дейін жүзеге асырылады."),
        ),
        documents=[
            doc(
                "identity-card",
                first.src("жеке куәлігі (паспорт)"),
                form="original_for_check",
                en="identity card (passport)",
            ),
            doc(
                "foreigner-residence-permit",
                first.src("шетелдіктің Қазақстан Республикасында тұруға ықтиярхатын"),
                "шетелдіктің Қазақстан Республикасында тұруға ықтиярхаты",
                form="original_for_check",
                condition=cond(["foreigner"], "шетелдіктер"),
                en="foreigner's residence permit",
            ),
            doc(
                "stateless-certificate",
                first.src("азаматтығы жоқ адамның ішкі істер органдарында тіркелгені туралы белгісі бар куәлігін"),
                "азаматтығы жоқ адамның ішкі істер органдарында тіркелгені туралы белгісі бар куәлігі",
                form="original_for_check",
                condition=cond(["stateless"], "азаматтығы жоқ адамдар"),
                en="stateless person's certificate registered with the internal affairs bodies",
            ),
            doc(
                "oralman-certificate",
                first.src("халықтың көші-қон мәселелері жөніндегі уәкілетті органдары берген оралман куәлігін"),
                "оралман куәлігі",
                form="original_for_check",
                condition=cond(["oralman"], "оралмандар"),
                en="oralman certificate",
            ),
            doc(
                "employment-documents",
                first.src("еңбек қызметін растайтын құжаттар"),
                form="original_for_check",
                en="documents confirming previous employment",
            ),
            doc("sic", first.src("әлеуметтік жеке коды (ӘЖК)"), form="original_for_check", en="social individual code"),
            doc(
                "taxpayer-number",
                first.src("салық төлеушінің тіркеу нөмірі (СТН)"),
                form="original_for_check",
                en="taxpayer registration number",
            ),
        ],
        talon={
            "kind": "register",
            "fields": ["number", "accepted_at", "applicant", "accepted_by"],
            "source": first.para("13. Мемлекеттік қызмет қажетті құжаттарды ұсынғанда деректерді дербес есепке алу"),
            "refusal_receipt": None,
        },
        refusal_grounds=[stmt(first.para("17. Жұмыссыз ретінде есепке алудан бас тарту"))],
        result_delivery=[stmt(first.para("16. Мемлекеттік қызметті ұсыну өзі 103-і бөлмеге барғанда"))],
        complaint=[
            stmt(at(6348, LINES[6347].strip()[4:])),
            stmt(r.para("22. Шағым жазбаша түрде пошта арқылы")),
            stmt(r.whole("Тұтынушы қабылданған шараларға қанағаттанбаса")),
            stmt(r.para("23. Бөлімге келіп түскен шағымды қарау")),
        ],
        quality_indicators=qi(r, "Кесте. Сапа және қол жетімділік көрсеткіштерінің мәні"),
        office_ids=[O_EMPL],
        complaint_office_ids=[O_AKIMAT],
    )
    svc["document_notes"] = [
        stmt(first.para("12. Мемлекеттік қызметті алу үшін тұтынушы келесі құжаттарды")),
        stmt(first.para("15. Осы мемлекеттік қызметті көрсету үшін жоғарыда көрсетілген")),
    ]
    svc["forms"] = [
        form(
            "1",
            "personal_card",
            kk("ДЕРБЕС ЕСЕПКЕ АЛУ КАРТАСЫ", en="personal registration card"),
            r.src("ДЕРБЕС ЕСЕПКЕ АЛУ КАРТАСЫ"),
        ),
        form(
            "2",
            "refusal_notice",
            kk(
                "жұмыссыз ретінде есепке қою және тіркеуден бас тартылғандығы жөнінде хабардар етеміз",
                en="refusal notice",
            ),
            r.src("жұмыссыз ретінде есепке қою және тіркеуден бас тартылғандығы жөнінде хабардар етеміз."),
        ),
    ]
    svc["definition"] = stmt(first.whole("Жұмыссыздарды тіркеу-жұмысқа орналасу мәселесі бойынша"))
    svc["data_issues"] = [
        issue(
            "copy-paste",
            "error",
            "The standard is spliced into itself: point 21 breaks off after «электрондық мекен-жайы:» (line 6293) "
            "and the text starts again from point 1; points 1–21 are printed again (lines 6293–6348), points 22–25 "
            "twice more (lines 6349–6369 and 6370–6388), and a third copy starts at line 6389 in the middle of "
            "point 25 and runs to point 25 again (line 6466). Apart from small misprints (кешіктермей, "
            "комьютерлік) the copies are the same; the first copy is recorded, and the complaint point and the "
            "e-mail, cut off in the first copy, are taken from the second.",
            at(6293, "электрондық мекен-жайы:       1. Осы стандарт жұмыссыздарды тіркеу бойынша"),
        ),
        issue(
            "copy-paste",
            "warning",
            "The last copy of point 24 also breaks off: «Ақтау қаласы әкімінің сайты:» is followed by the start of "
            "point 1.",
            at(6389, "Ақтау қаласы әкімінің сайты:       1. Осы стандарт"),
        ),
        ambiguous_days(
            first, "қажетті құжаттарды тапсырған сәттен бастап он күннен кешіктірмей", "The term of ten days"
        ),
        issue(
            "inconsistent-terms",
            "info",
            "The queue limit is 10 minutes, but quality indicator 1.2 counts customers who waited under 30 minutes.",
            r.src("1.2. қызмет алуды кезекте 30 минуттан аспайтын уақыт күткен тұтынушылардың"),
        ),
        issue(
            "other",
            "info",
            "No talon is given: the applicant's data are entered into a personal registration card (annex 1) "
            "and the computer database, which is recorded as a register.",
            first.para("13. Мемлекеттік қызмет қажетті құжаттарды ұсынғанда"),
        ),
        issue(
            "wrong-contact",
            "info",
            "Point 16 gives the ministry's site as «www.anbek.kz» (for www.enbek.kz).",
            first.src("www.anbek.kz"),
        ),
    ]
    return svc


def employment_services() -> list[J]:
    return [
        unemployed_registration(),
        semey_registration(),
        hearing_vision_hygiene_aids(),
        child_benefit(),
        housing_assistance(),
        targeted_social_assistance(),
        local_social_assistance(),
        disabled_children_home(),
    ]


def services_files() -> dict[str, list[J]]:
    return {
        "services-1-employment.json": employment_services(),
        "services-2-housing.json": [housing_waiting_list()],
        "services-3-education.json": education_services(),
        "services-4-land.json": land_services(),
    }


# --------------------------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------------------------


def dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


def files() -> dict[str, str]:
    out = {"act.json": dump({"format": 1, "act": act_json()})}
    out["offices.json"] = dump({"format": 1, "act": ACT, "items": offices_json()})
    for name, items in services_files().items():
        out[name] = dump({"format": 1, "act": ACT, "items": items})
    return out


def main(argv: list[str]) -> int:
    produced = files()
    if "--check" in argv:
        stale = [n for n, t in produced.items() if not (OUT / n).is_file() or (OUT / n).read_text("utf-8") != t]
        for n in stale:
            print("stale:", n)
        return 1 if stale else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for name, text in produced.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", (OUT / name).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
