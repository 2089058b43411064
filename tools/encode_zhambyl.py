"""Generate the data files of the Zhambyl oblast 2008 act (``src/kzsocial/data/acts/zhambyl-2008/``).

Akimat of Zhambyl oblast, resolution N 120 of 2008-04-25 (seed ``001_cec8ad15de2c58c1.txt``), amended by
N 305 of 2008-09-25: two standards (targeted social assistance; certificates for unemployed citizens), each
with its annexes of district departments (annex 1), quality indicators (annex 2) and akimats (annex 3).

Development tool: it reads the seed from ``sources/``, checks every recorded phrase against its line
(``at``) and writes the JSON files. The facts (terms, hours, documents, contacts, data issues) are written out
below from a reading of the act; the two quality annexes and the repeated office tables are read by small
parsers whose results are checked by the tests in ``tests/acts/test_zhambyl.py``.

Usage: python tools/encode_zhambyl.py [--check]   (--check: fail if the files on disk differ from the output)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from _generated import write_or_check

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "kzsocial" / "data" / "acts" / "zhambyl-2008"
SEED_NAME = "001_cec8ad15de2c58c1.txt"
SEED = ROOT / "sources" / SEED_NAME
LINES: list[str] = SEED.read_text(encoding="utf-8").split("\n")
ACT = "zhambyl-2008"
REGION = "zhambyl"
TZ = "Asia/Almaty"
S1 = f"{ACT}/targeted-social-assistance"
S2 = f"{ACT}/unemployed-certificate"

J = dict[str, Any]


class PhraseNotFoundError(Exception):
    pass


def at(line: int, text: str) -> J:
    """A source: ``text`` exactly as printed on ``line`` (or on the lines it spans when it holds ``\\n``)."""
    end = line + text.count("\n")
    hay = "\n".join(LINES[line - 1 : end])
    if text not in hay:
        raise PhraseNotFoundError(f"{text!r} not on line {line}: {hay!r}")
    src: J = {"line": line, "text": text}
    if end != line:
        src["end_line"] = end
    return src


def find(text: str, lo: int, hi: int) -> int:
    """The only line in lo..hi holding ``text``."""
    hits = [n for n in range(lo, hi + 1) if text in LINES[n - 1]]
    if len(hits) != 1:
        raise PhraseNotFoundError(f"{text!r} is on lines {hits} of {lo}..{hi}, expected exactly one")
    return hits[0]


def t(kk: str, en: str | None = None, ru: str | None = None) -> J:
    out: J = {"kk": kk}
    if ru is not None:
        out["ru"] = ru
    if en is not None:
        out["en"] = en
    return out


def stmt(line: int, text: str, en: str | None = None, kk: str | None = None) -> J:
    return {"text": t(kk or text, en), "source": at(line, text)}


def issue(code: str, severity: str, message: str, source: J | None = None, **extra: Any) -> J:
    out: J = {"code": code, "severity": severity, "message": message}
    if source is not None:
        out["source"] = source
    out.update(extra)
    return out


def hours(weekdays: list[int], intervals: list[list[str]], source: J) -> J:
    return {"days": [{"weekdays": weekdays, "intervals": intervals}], "source": source}


WEEK = [0, 1, 2, 3, 4]
LUNCH_13_14 = [["09:00", "13:00"], ["14:00", "18:00"]]

# -- standard bounds (1-based lines) -------------------------------------------------------------------------
STD1 = (37, 364)  # "Мемлекеттік атаулы әлеуметтік көмек тағайындау" with annexes 1-3
STD2 = (365, 696)  # "Жұмыссыз азаматтарға анықтама беру" with annexes 1-3


# ==============================================================================================================
# The act
# ==============================================================================================================


def act() -> J:
    return {
        "id": ACT,
        "source_file": SEED_NAME,
        "region": REGION,
        "timezone": TZ,
        "issuer": t("Жамбыл облысы әкімияты", "Akimat of Zhambyl oblast", "Акимат Жамбылской области"),
        "issuer_source": at(9, "Жамбыл облысы әкімиятының"),
        "kind": "resolution",
        "kind_source": at(9, "N 120 қаулысы"),
        "number": "120",
        "date": "2008-04-25",
        "date_source": at(9, "2008 жылғы 25 сәуірдегі N 120 қаулысы"),
        "title": t(
            "Мемлекеттік қызмет көрсету стандарттарын бекіту туралы",
            "On approval of the standards of state services",
            "Об утверждении стандартов оказания государственных услуг",
        ),
        "source": at(1, "Мемлекеттік қызмет көрсету стандарттарын бекіту туралы"),
        "signed_by": {
            "kk": "Б.Жексембин",
            "role": t("Облыс әкімі", "Akim of the oblast"),
            "source": at(27, "Б.Жексембин"),
        },
        "registration": {
            "number": "1692",
            "date": "2008-06-06",
            "body": t(
                "Жамбыл облыстық Әділет департаменті",
                "Justice Department of Zhambyl oblast",
                "Департамент юстиции Жамбылской области",
            ),
            "source": at(9, "Жамбыл облыстық Әділет департаментінде 2008 жылы 06 маусымда 1692 нөмірімен тіркелді"),
        },
        "repeal": {
            "number": "254",
            "date": "2010-09-02",
            "by": t(
                "Жамбыл облысы әкімдігінің 2010 жылғы 02 қыркүйектегі № 254 Қаулысы",
                "Resolution of the Akimat of Zhambyl oblast of 2 September 2010 N 254",
                "Постановление акимата Жамбылской области от 2 сентября 2010 года № 254",
            ),
            "source": at(9, "Күші жойылды - Жамбыл облысы әкімдігінің 2010 жылғы 02 қыркүйектегі № 254 Қаулысымен"),
            "also_printed": [
                at(10, "Күші жойылды - Жамбыл облысы әкімдігінің 2010.09.02 № 254 Қаулысымен."),
                at(4, "Күшін жойған"),
            ],
        },
        "entry_into_force": {
            "text": t(
                "Осы қаулы әділет органдарында тіркеуден өткеннен кейін күшіне енеді және алғаш ресми жарияланған "
                "күннен бастап он күнтізбелік күн өткен соң қолданысқа енгізіледі.",
                "The resolution enters into force on its registration with the justice bodies and applies ten "
                "calendar days after its first official publication.",
            ),
            "date": None,
            "source": at(
                26,
                "Осы қаулы әділет органдарында тіркеуден өткеннен кейін күшіне енеді және алғаш ресми жарияланған "
                "күннен бастап он күнтізбелік күн өткен соң қолданысқа енгізіледі.",
            ),
        },
        "service_list": [
            {
                "number": "1",
                "service_id": S1,
                "title": t(
                    "мемлекеттік атаулы әлеуметтік көмек тағайындау", "Assigning state targeted social assistance"
                ),
                "source": at(18, "1) мемлекеттік атаулы әлеуметтік көмек тағайындау;"),
            },
            {
                "number": "2",
                "service_id": S2,
                "title": t("жұмыссыз азаматтарға анықтама беру үшін", "Issuing certificates to unemployed citizens"),
                "source": at(20, "2) жұмыссыз азаматтарға анықтама беру үшін."),
            },
        ],
        "service_list_source": at(16, "1. Мемлекеттік қызмет көрсетудің қоса берілген стандарттары бекітілсін:"),
        "amendments": [
            {
                "number": "305",
                "date": "2008-09-25",
                "description": t(
                    "7-тармақтың 1) тармақшасына өзгерту енгізілді",
                    "Point 7 1) of the targeted social assistance standard (the term of the service) was amended.",
                ),
                "source": at(
                    59,
                    "Ескерту. 7-тармақтың 1) тармақшасына өзгерту енгізілді - Жамбыл облысы әкімиятының "
                    "2008.09.25 N 305 Қаулысымен.",
                ),
            }
        ],
        "data_issues": [
            issue(
                "other",
                "info",
                "Resolution N 305 of 2008-09-25 amended point 7 1) of the targeted social assistance standard (the "
                "term of the service). The text records only the amended wording («10 күн»); the wording it "
                "replaced is not in the act, so deadlines for applications made before the amendment cannot be "
                "checked against it.",
                at(59, "7-тармақтың 1) тармақшасына өзгерту енгізілді"),
            ),
            issue(
                "copy-paste",
                "info",
                "The amendment note of point 7 1) is printed a second time after point 17 (refusal grounds), where "
                "it does not belong; point 17 itself was not amended by N 305.",
                at(91, "Ескерту. 7-тармақтың 1) тармақшасына өзгерту енгізілді"),
                other_source=at(59, "Ескерту. 7-тармақтың 1) тармақшасына өзгерту енгізілді"),
            ),
            issue(
                "wording",
                "info",
                "Point 1 lists standard 2 as «жұмыссыз азаматтарға анықтама беру үшін» («for issuing certificates to "
                "unemployed citizens»), the standard itself is headed «Жұмыссыз азаматтарға анықтама беру»; the same "
                "service is meant.",
                at(20, "2) жұмыссыз азаматтарға анықтама беру үшін."),
            ),
        ],
    }


# ==============================================================================================================
# Offices
# ==============================================================================================================

# The eleven district departments: id slug, district (kk, en), settlement kk, area code, contacts as printed
# (phones in printed order, emails), and the row number in each standard's annex 1.
DEPARTMENTS: list[J] = [
    {
        "slug": "taraz-city",
        "kind": "city_department",
        "district": None,
        "settlement": "Тараз",
        "en": "Taraz city",
        "code": "7262",
        "phones": ["8-7262-345124", "342879"],
        "emails": ["sobes-taraz@mail.ru"],
    },
    {
        "slug": "baizak-district",
        "district": ("Байзақ ауданы", "Baizak district"),
        "settlement": "Сарыкемер",
        "code": "72637",
        "phones": ["8-72637-21971", "22338"],
        "emails": ["utzszn_baizak@topmail.kz"],
    },
    {
        "slug": "merke-district",
        "district": ("Меркі ауданы", "Merke district"),
        "settlement": "Меркі",
        "code": "72632",
        "phones": ["8-72632-22551", "21666"],
        "emails": ["mozsp@mail.kz"],
    },
    {
        "slug": "t-ryskulov-district",
        "district": ("Т.Рысқұлов ауданы", "T. Ryskulov district"),
        "settlement": "Құлан",
        "code": "72631",
        "phones": ["8-72631-21281", "21644"],
        "emails": ["TRS2008@ topmail.kz"],
    },
    {
        "slug": "korday-district",
        "district": ("Қордай ауданы", "Korday district"),
        "settlement": "Қордай",
        "code": "72636",
        "phones": ["8-72636-21281", "21249"],
        "emails": ["utzsnkorday@mail.kz"],
    },
    {
        "slug": "shu-district",
        "district": ("Шу ауданы", "Shu district"),
        "settlement": "Төле би",
        "code": "72638",
        "phones": ["8-72638-31096", "31637"],
        "emails": ["shuozsp@ topmail.kz"],
    },
    {
        "slug": "talas-district",
        "district": ("Талас ауданы", "Talas district"),
        "settlement": "Қаратау",
        "code": "72644",
        "phones": ["8-72644-61306", "61522"],
        "emails": ["otzsp_karatau@mail.ru"],
    },
    {
        "slug": "sarysu-district",
        "district": ("Сарысу ауданы", "Sarysu district"),
        "settlement": "Жанатас",
        "code": "72634",
        "phones": ["8-72634-62806", "61680"],
        "emails": ["dkz@mail.kz"],
    },
    {
        "slug": "zhualy-district",
        "district": ("Жуалы ауданы", "Zhualy district"),
        "settlement": "Бауыржан Момышұлы",
        "code": "72635",
        "phones": ["8-72635-22276", "22150"],
        "emails": ["juali_sobes@mail.ru"],
    },
    {
        "slug": "zhambyl-district",
        "district": ("Жамбыл ауданы", "Zhambyl district"),
        "settlement": "Аса",
        "code": "72633",
        "phones": ["8-72633-21756", "21182"],
        "emails": ["asa_sobes@mail.ru"],
    },
    {
        "slug": "moiynkum-district",
        "district": ("Мойынқұм ауданы", "Moiynkum district"),
        "settlement": "Мойынқұм",
        "code": "72642",
        "phones": ["8-72642-24721", "24893"],
        "emails": ["ozsp_moinkum@ topmail.kz"],
    },
]

AKIMATS: list[J] = [
    {
        "slug": "taraz-city",
        "kind": "city_akimat",
        "phones": ["8-7262-454814", "430846"],
        "emails": [],
        "websites": ["www.gorakim.kz"],
    },
    {
        "slug": "baizak-district",
        "phones": ["8-72637-21096", "21582"],
        "emails": ["baizak_akimat@mail.ru"],
        "websites": [],
    },
    {
        "slug": "merke-district",
        "phones": ["8-72632-21689", "21361"],
        "emails": ["mozsp@mail.kz"],
        "websites": ["www.zhambul.kz"],
    },
    {"slug": "t-ryskulov-district", "phones": ["8-72631-21600", "22342"], "emails": [], "websites": ["T-Ryckulov.kz"]},
    {
        "slug": "korday-district",
        "phones": ["8-72636-21240", "21360"],
        "emails": [],
        "websites": ["www.akimatkorday.kz"],
    },
    {"slug": "shu-district", "phones": ["8-72638-32198", "31955"], "emails": [], "websites": ["www.zhambulshu.kz"]},
    {
        "slug": "talas-district",
        "phones": ["8-72644-62407", "60105"],
        "emails": ["ekonomkaratau@mail.ru"],
        "websites": [],
    },
    {"slug": "sarysu-district", "phones": ["87263461437", "63281"], "emails": [], "websites": ["www.sarysu.ku"]},
    {
        "slug": "zhualy-district",
        "phones": ["8-72635-21500", "21573"],
        "emails": ["Jua_fin@tarnet.kz"],
        "websites": ["www.new.zhualy.kz"],
    },
    {
        "slug": "zhambyl-district",
        "phones": ["8-72633-22328", "211535"],
        "emails": ["marxraiy@mail.ru"],
        "websites": ["www.zhambyl.kz"],
    },
    {
        "slug": "moiynkum-district",
        "phones": ["8-72642-24155", "24487"],
        "emails": ["Moinkum_akimat@mail.ru"],
        "websites": [],
    },
]

OBLAST_DEPT = f"{REGION}/oblast-employment-department"


def _table_rows(lo: int, hi: int, count: int) -> list[int]:
    """The lines of the row numbers «\\t1 » .. «\\tcount » of a contact table in lines lo..hi."""
    rows = []
    for k in range(1, count + 1):
        rows.append(next(n for n in range(rows[-1] + 1 if rows else lo, hi + 1) if LINES[n - 1] == f"\t{k} "))
    return rows


def _contacts(cell_lines: list[int], d: J) -> tuple[list[J], list[J], list[J]]:
    """Sources of the office's phones, emails and websites in its contact cell (first printing)."""

    def locate(raw: str) -> J:
        for n in cell_lines:
            if raw in LINES[n - 1]:
                return at(n, raw)
        raise PhraseNotFoundError(f"{raw!r} not in the contact cell on lines {cell_lines}")

    phones = [{"raw": p, "kind": "phone", "source": locate(p)} for p in d["phones"]]
    emails = [{"raw": e, "source": locate(e)} for e in d["emails"]]
    sites = [{"raw": w, "source": locate(w)} for w in d.get("websites", [])]
    return phones, emails, sites


def _second_number_issue(d: J, phones: list[J]) -> J:
    first, second = phones[0], phones[1]
    return issue(
        "missing-area-code",
        "info",
        f"The second number «{second['raw']}» is printed without an area code after «{first['raw']}»; it takes "
        f"the same code {d['code']} (the office's settlement).",
        second["source"],
    )


def departments() -> list[J]:
    rows1 = _table_rows(143, 215, 11)
    rows2 = _table_rows(470, 542, 11)
    out = []
    for d, r1, r2 in zip(DEPARTMENTS, rows1, rows2, strict=True):
        name_line, addr_line, cell = r1 + 1, r1 + 3, r1 + 4
        name_raw = LINES[name_line - 1].strip()
        quoted = re.match(r'^"([^"]+)"', name_raw)
        assert quoted is not None, name_raw
        name_kk = quoted.group(1)
        phones, emails, sites = _contacts([cell], d)
        issues: list[J] = [_second_number_issue(d, phones)]
        sched_line = r2 + 2
        sched_text = (
            "Жұмыс және қабылдау кестесі: сенбі және жексенбіні қоспағанда, күн сайын сағат 9-00 ден 18-00 ге "
            "дейін, түскі үзіліс сағат 13-00 ден 14-00 ге дейін"
        )
        sched = at(sched_line, sched_text)
        district = d["district"]
        office: J = {
            "id": f"{REGION}/employment-dept-{d['slug']}",
            "kind": d.get("kind", "district_department"),
            "name": t(
                name_kk, f"Department of employment and social programmes of {district[1] if district else d['en']}"
            ),
            "region": REGION,
            "district": None if district is None else t(district[0], district[1]),
            "settlement": t(d["settlement"]),
            "area_code": d["code"],
            "postcode": None,
            "address": t(LINES[addr_line - 1].strip()),
            "address_source": at(addr_line, LINES[addr_line - 1].strip()),
            "phones": phones,
            "emails": emails,
            "websites": sites,
            "reception": [
                {
                    "who": t("Меңгеруші", "Head of the department"),
                    "rrule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                    "start": start,
                    "end": end,
                    "text": t(sched_text),
                    "source": sched,
                }
                for start, end in LUNCH_13_14
            ],
            "hours": hours(WEEK, LUNCH_13_14, sched),
            "timezone": TZ,
            "parent_id": OBLAST_DEPT,
            "source": at(name_line, name_raw),
            "also_printed": [at(r2 + 1, LINES[r2].strip())],
            "data_issues": issues,
        }
        out.append(office)
    _department_issues(out)
    return out


def _department_issues(offices: list[J]) -> None:
    by = {o["id"].split("employment-dept-")[1]: o for o in offices}
    for slug, raw, line2_clean in (
        ("t-ryskulov-district", "TRS2008@ topmail.kz", None),
        ("shu-district", "shuozsp@ topmail.kz", None),
        ("moiynkum-district", "ozsp_moinkum@ topmail.kz", "ozsp_moinkum@topmail.kz"),
    ):
        o = by[slug]
        email = next(e for e in o["emails"] if e["raw"] == raw)
        fixed = raw.replace(" ", "")
        if line2_clean is None:
            also = "Both standards print it so."
            extra: J = {}
        else:
            line = find(line2_clean, *STD2)
            also = f"Standard 2 prints it without the space («{line2_clean}», line {line}), which confirms it."
            extra = {"other_source": at(line, line2_clean)}
        o["data_issues"].append(
            issue(
                "wrong-contact",
                "warning",
                f"The email «{raw}» is printed with a space after «@»; an address cannot hold a space, so it is "
                f"{fixed} with the space removed. {also}",
                email["source"],
                **extra,
            )
        )
    moi = by["moiynkum-district"]
    moi["data_issues"].append(
        issue(
            "misprint",
            "info",
            "Standard 1 prints the district as «Мойнқұм» (a letter missing); standard 2 and the settlement name "
            "spell it «Мойынқұм». The name is recorded as standard 1 prints it.",
            moi["source"],
            other_source=moi["also_printed"][0],
        )
    )
    taraz = by["taraz-city"]
    taraz["data_issues"].append(
        issue(
            "misprint",
            "info",
            "Standard 2 prints the department's name with mismatched quotation marks "
            '(«"Тараз қаласы ... бөлімі» мемлекеттік мекемесі"»); the same department is meant.',
            taraz["also_printed"][0],
        )
    )


def akimats() -> list[J]:
    rows1 = _table_rows(299, 364, 11)
    rows2 = _table_rows(633, 696, 11)
    out = []
    for d, a, r1, r2 in zip(AKIMATS, DEPARTMENTS, rows1, rows2, strict=True):
        name_line, addr_line = r1 + 1, r1 + 2
        name = LINES[name_line - 1].strip()
        addr = LINES[addr_line - 1].strip()
        phones, emails, sites = _contacts([r1 + 3], d)
        district = a["district"]
        office: J = {
            "id": f"{REGION}/akimat-{d['slug']}",
            "kind": d.get("kind", "district_akimat"),
            "name": t(name, f"Akimat of {district[1] if district else a['en']}"),
            "region": REGION,
            "district": None if district is None else t(district[0], district[1]),
            "settlement": t(a["settlement"]),
            "area_code": a["code"],
            "postcode": None,
            "address": t(addr),
            "address_source": at(addr_line, addr),
            "phones": phones,
            "emails": emails,
            "websites": sites,
            "reception": [],
            "hours": None,
            "timezone": TZ,
            "parent_id": None,
            "source": at(name_line, name),
            "also_printed": [at(r2 + 1, LINES[r2].strip())],
            "data_issues": [_second_number_issue(a, phones)],
        }
        addr2 = LINES[r2 + 1].strip()
        if addr2 != addr:
            office["address_alternatives"] = [{"kk": addr2, "source": at(r2 + 2, addr2)}]
        out.append(office)
    _akimat_issues(out)
    return out


def _akimat_issues(offices: list[J]) -> None:
    by = {o["id"].split("akimat-")[1]: o for o in offices}
    for o in offices:
        if "address_alternatives" in o:
            o["data_issues"].append(
                issue(
                    "wording",
                    "info",
                    f"Standard 2 prints the address without the house number («{o['address_alternatives'][0]['kk']}»); "
                    "standard 1's fuller address is recorded.",
                    o["address_alternatives"][0]["source"],
                )
            )
    sarysu = by["sarysu-district"]
    site = sarysu["websites"][0]
    sarysu["data_issues"].append(
        issue(
            "wrong-contact",
            "warning",
            "The website «www.sarysu.ku» (printed so in both standards) has the top-level domain «.ku», which does "
            "not exist; probably www.sarysu.kz was meant. It is left as printed.",
            site["source"],
            other_source=at(find("www.sarysu.ku", *STD2), "www.sarysu.ku"),
        )
    )
    sarysu["data_issues"].append(
        issue(
            "misprint",
            "info",
            "The street is printed «Бейбитшілік» with the Russian letter «и»; the Kazakh word is «Бейбітшілік».",
            sarysu["address_source"],
        )
    )
    zh = by["zhambyl-district"]
    bad = zh["phones"][1]
    zh["data_issues"][0] = issue(
        "wrong-contact",
        "warning",
        "The second number «211535» (printed so in both standards) has six digits, but local numbers under the "
        "area code 72633 have five (the first number is 8-72633-22328); a digit is extra or missing elsewhere, so "
        "no E.164 form is derived.",
        bad["source"],
        other_source=at(find("211535", *STD2), "211535"),
    )
    merke = by["merke-district"]
    merke["data_issues"].append(
        issue(
            "wrong-contact",
            "warning",
            "The akimat's email «mozsp@mail.kz» is the email of the Merke district department of employment and "
            "social programmes (annex 1, «8-72632-22551, 21666 mozsp@mail.kz»); the akimat's own email is not given.",
            merke["emails"][0]["source"],
            other_source=at(find("8-72632-22551, 21666 mozsp@mail.kz", *STD1), "mozsp@mail.kz"),
        )
    )
    tr = by["t-ryskulov-district"]
    tr["data_issues"].append(
        issue(
            "wrong-contact",
            "warning",
            "The website «T-Ryckulov.kz» spells the district name with a «c» where its transliteration «Ryskulov» "
            "has «s» (the Cyrillic «с» looks like the Latin «c»); the address may not work as printed. It is "
            "left as printed.",
            tr["websites"][0]["source"],
        )
    )
    moi = by["moiynkum-district"]
    line2 = find("Moinkum_ akimat@mail.ru", *STD2)
    moi["data_issues"].append(
        issue(
            "wrong-contact",
            "info",
            "Standard 2 prints the akimat's email with a space inside («Moinkum_ akimat@mail.ru», line "
            f"{line2}); standard 1 prints it whole («Moinkum_akimat@mail.ru»), which is recorded.",
            at(line2, "Moinkum_ akimat@mail.ru"),
            other_source=moi["emails"][0]["source"],
        )
    )
    moi["data_issues"].append(
        issue(
            "misprint",
            "info",
            "Both standards print the akimat's name «Мойнқұм ауданының әкімияты» (a letter missing); the district "
            "is «Мойынқұм», as the settlement in the address is spelled. The name is recorded as printed.",
            moi["source"],
        )
    )


def oblast_department() -> J:
    phone1 = at(129, "45-44-94")
    phone2 = at(456, "45-97-13")
    sched = at(131, "Күн сайын сағат 9-00-ден 19-00-ге дейін, түскі үзіліс сағат 13-00-ден 15-00-ге дейін")
    head = "Бастықтың қабылдау күндері: сейсенбі, бейсенбі, жұма сағат 9-00 ден 18-00 ге дейін"
    deputy = "Бастық орынбасарының қабылдау күндері: күн сайын сағат 9-00 ден 18-00 ге дейін"
    name = "Жамбыл облысы әкімиятының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы"
    return {
        "id": OBLAST_DEPT,
        "kind": "oblast_department",
        "name": t(
            name,
            "Department for the coordination of employment and social programmes of the Akimat of Zhambyl oblast",
            "Управление координации занятости и социальных программ акимата Жамбылской области",
        ),
        "region": REGION,
        "district": None,
        "settlement": t("Тараз", "Taraz"),
        "area_code": "7262",
        "postcode": None,
        "address": t("Тараз қаласы, Қарахан көшесі, 1"),
        "address_source": at(129, "Тараз қаласы, Қарахан көшесі, 1"),
        "phones": [
            {"raw": "45-44-94", "kind": "phone", "source": phone1},
            {"raw": "45-97-13", "kind": "phone", "source": phone2},
        ],
        "emails": [{"raw": "taraz@enbek.kz", "source": at(133, "taraz@enbek.kz")}],
        "websites": [],
        "reception": [
            {
                "who": t("Бастық", "Head"),
                "rrule": "FREQ=WEEKLY;BYDAY=TU,TH,FR",
                "start": "09:00",
                "end": "18:00",
                "text": t(head),
                "source": at(135, head),
            },
            {
                "who": t("Бастық орынбасары", "Deputy head"),
                "rrule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                "start": "09:00",
                "end": "18:00",
                "text": t(deputy),
                "source": at(137, deputy),
            },
        ],
        "hours": hours(WEEK, [["09:00", "13:00"], ["15:00", "19:00"]], sched),
        "timezone": TZ,
        "parent_id": None,
        "source": at(129, f'"{name}" мемлекеттік мекемесі'),
        "also_printed": [at(456, f'"{name}" мемлекеттік мекемесі')],
        "data_issues": [
            issue(
                "missing-area-code",
                "info",
                "The numbers 45-44-94 and 45-97-13 are printed without an area code; the department is in Taraz, "
                "whose code 7262 the act prints with other Taraz numbers (for example «8-7262-345124», line 154).",
                phone1,
                also=[phone2],
            ),
            issue(
                "wrong-contact",
                "warning",
                "The two standards print different numbers for the department: «телефон 45-44-94» in standard 1 "
                "and «үнсандық 45-97-13» in standard 2 (үнсандық is used in standard 2 where standard 1 says "
                "«телефон»). Both are recorded; which one is current is not known.",
                phone1,
                other_source=phone2,
            ),
            issue(
                "inconsistent-hours",
                "info",
                "The hours and the deputy head's reception are printed as «күн сайын» (every day) without days off; "
                "they are recorded as Monday to Friday, the working week the act gives the departments (point 10: "
                "«сенбі және жексенбіні қоспағанда»). The lunch break 13:00-15:00 is two hours, and the receptions "
                "(9:00-18:00) are printed as running through it.",
                sched,
                also=[at(137, deputy)],
            ),
        ],
    }


def offices() -> list[J]:
    return [oblast_department(), *departments(), *akimats()]


# ==============================================================================================================
# Services
# ==============================================================================================================


def quality(lo: int, hi: int) -> tuple[list[J], list[J]]:
    """The quality annex in lines lo..hi: indicators with their three values, and issues for missing values."""
    out: list[J] = []
    issues: list[J] = []
    group = None
    n = lo
    while n <= hi:
        line = LINES[n - 1].strip()
        g = re.match(r"^(\d)\. (\S.*)$", line)
        m = re.match(r"^(\d\.\d)\. (.+?)\s*$", LINES[n - 1].strip("\t"))
        if g and not m:
            group = g.group(2).strip()
            n += 1
            continue
        if m:
            code, name = m.group(1), m.group(2)
            values = [LINES[k - 1].strip() for k in (n + 1, n + 2, n + 3)]
            src = at(n, name)
            qi: J = {"code": code, "group": group, "name": t(name), "unit": "%", "source": src}
            if all(values):
                qi["normative"], qi["target_next_year"], qi["current"] = values
                qi["values_source"] = at(n + 1, "\t" + values[0] + " \n\t" + values[1] + " \n\t" + values[2])
            else:
                qi["normative"] = qi["target_next_year"] = qi["current"] = None
                issues.append(
                    issue(
                        "other",
                        "warning",
                        f"Quality indicator {code} («{name}») has no values: the normative, target and current "
                        "cells of annex 2 are empty.",
                        src,
                    )
                )
            out.append(qi)
            n += 4
            continue
        n += 1
    return out, issues


def _queue_issue(limit_src: J, minutes: int, qi_src: J) -> J:
    return issue(
        "inconsistent-terms",
        "info",
        f"Point 7 sets the longest wait in the queue at {minutes} minutes, but quality indicator 1.2 of annex 2 "
        "measures the share of consumers who waited «40 минуттан аспайтын» (no more than 40 minutes).",
        limit_src,
        other_source=qi_src,
    )


def common_statements(lo: int) -> dict[str, Any]:
    """Points shared word for word by both standards (hours, information), located within the standard."""
    hours_text = (
        "сенбі және жексенбіні қоспағанда, күн сайын сағат 9-00 ден 18-00 ге дейін, түскі үзіліс сағат 13-00 ден "
        "14-00 ге дейін"
    )
    line = find(hours_text, lo, lo + 60)
    return {"hours": hours(WEEK, LUNCH_13_14, at(line, hours_text))}


def service_1() -> J:
    lo = STD1[0]
    qis, qi_issues = quality(226, 291)
    submit = at(56, "қажетті құжаттарды тапсырған кезде кезек күтуге кететін ең ұзақ уақыт: 30 минут")
    term = at(
        54, "қажетті құжаттарды уәкілетті органға тапсырған кезден бастап мемлекеттік қызмет көрсету мерзімі: 10 күн"
    )
    h = common_statements(lo)["hours"]
    complaint_akimats = [f"{REGION}/akimat-{d['slug']}" for d in AKIMATS]
    return {
        "id": S1,
        "kind": "standard",
        "number": "1",
        "title": t(
            "Мемлекеттік атаулы әлеуметтік көмек тағайындау",
            "Assigning state targeted social assistance",
            "Назначение государственной адресной социальной помощи",
        ),
        "source": at(37, "Мемлекеттік атаулы әлеуметтік көмек тағайындау"),
        "definition": stmt(
            38,
            "Аталған стандарт мемлекеттік атаулы әлеуметтік көмек тағайындау бойынша мемлекеттік қызмет "
            "көрсетудің тәртібін анықтайды.",
            "The standard sets the procedure of the state service of assigning targeted social assistance.",
        ),
        "legal_basis": [
            stmt(
                42,
                'Қазақстан Республикасының 2001 жылғы 17 шілдедегі "Мемлекеттік атаулы әлеуметтік көмек туралы" '
                "Заңының 8 бабы және 1 бабындағы 4) тармақшасы",
                "Law of 17 July 2001 on state targeted social assistance, article 8 and article 1 subparagraph 4)",
            ),
            stmt(
                42,
                'Қазақстан Республикасы Үкіметінің 2001 жылғы 24 желтоқсандағы "Қазақстан Республикасының '
                '"Мемлекеттік атаулы әлеуметтік көмек туралы" Заңын жүзеге асырудың шаралары туралы" N 1685 '
                "қаулысы",
                "Government resolution N 1685 of 24 December 2001 on measures implementing the law on state "
                "targeted social assistance",
            ),
            stmt(
                42,
                'Жамбыл облыс әкімиятының 26 қаңтар 2006 жылғы N 9 қаулысымен бекітілген "Мемлекеттік атаулы '
                "әлеуметтік көмек және 18 жасқа дейін балаларға ай сайын тағайындалатын және төленетін мемлекеттік "
                'жәрдемақыларды тағайындайтын учаскілік комиссиялардың Ережесі"',
                "The regulations of the precinct commissions assigning targeted social assistance and monthly child "
                "benefits to children under 18, approved by Zhambyl oblast akimat resolution N 9 of 26 January 2006",
            ),
        ],
        "provider": stmt(
            44,
            "Мемлекеттік қызметті аудандар мен Тараз қаласы әкімияттарының жұмыспен қамту және әлеуметтік "
            "бағдарламалар бөлімдері (әрі қарай бөлімдер) осы Стандарттың N 1 қосымшасына сәйкес көрсетеді.",
            "The departments of employment and social programmes of the district and Taraz city akimats (annex 1)",
        ),
        "form": {"value": "partly_automated", "source": at(40, "ішінара автоматтандырылған")},
        "results": [
            stmt(
                46,
                "Мемлекеттік қызметтің аяқтау нысаны болып атаулы әлеуметтік көмекті тағайындау немесе "
                "тағайындаудан бас тарту туралы шешім табылады.",
                "A decision to assign targeted social assistance or to refuse it",
            )
        ],
        "consumers": [
            stmt(
                48,
                "Мемлекеттік қызмет жан басына шаққандағы табысы кедейшілік шегінен аспайтын Қазақстан "
                "Республикасының азаматтарына, босқын мәртебесі бар оралмандарға, тұрып қайту рұқсаты бар және "
                "Қазақстан Республикасында тұрақты тұрыпжатқан шетелдіктер мен азаматтығы жоқ адамдарға көрсетіледі.",
                "Citizens of Kazakhstan, oralmans with refugee status, and foreigners and stateless persons with a "
                "residence permit living permanently in Kazakhstan, whose income per head does not exceed the "
                "poverty line",
            )
        ],
        "terms": [
            {
                "role": "main",
                "value": 10,
                "unit": "days_unqualified",
                "starts_from": "submission",
                "actor": None,
                "source": term,
                "description": t(
                    "қажетті құжаттарды уәкілетті органға тапсырған кезден бастап",
                    "From the hand-over of the required documents to the authorised body; amended by N 305 of "
                    "2008-09-25",
                ),
            }
        ],
        "queue_limits": [
            {"stage": "submit", "minutes": 30, "qualifier": "at_most", "source": submit},
            {
                "stage": "receive",
                "minutes": 10,
                "qualifier": "at_most",
                "source": at(58, "хабарлама алған кезде кезек күтуге кететін ең ұзақ уақыт: 10 минут"),
                "applies_to": t("хабарлама алған кезде", "When receiving the notification of the decision"),
            },
        ],
        "fee": {
            "kind": "free",
            "amount": None,
            "currency": "KZT",
            "source": at(60, "Мемлекеттік қызмет тегін көрсетіледі."),
        },
        "service_hours": h,
        "intake_hours": h,
        "channels": ["provider"],
        "documents": [
            {
                "id": "application",
                "name": t("Белгіленген үлгідегі өтініш", "Application in the prescribed form"),
                "form": "original",
                "handling": "hand_in",
                "condition": None,
                "alternatives": [],
                "channels": None,
                "required": True,
                "source": at(72, "Белгіленген үлгідегі өтініш"),
            },
            {
                "id": "family-composition",
                "name": t(
                    "Өтініш иесі отбасының құрамы туралы белгіленген үлгідегі мәлімет",
                    "Information on the applicant's family composition in the prescribed form",
                ),
                "form": "original",
                "handling": "hand_in",
                "condition": None,
                "alternatives": [],
                "channels": None,
                "required": True,
                "source": at(74, "Өтініш иесі отбасының құрамы туралы белгіленген үлгідегі мәлімет"),
            },
            {
                "id": "family-income",
                "name": t(
                    "Өтініш иесі отбасы мүшелерінің табыстары туралы белгіленген үлгідегі мәлімет",
                    "Information on the incomes of the applicant's family members in the prescribed form",
                ),
                "form": "original",
                "handling": "hand_in",
                "condition": None,
                "alternatives": [],
                "channels": None,
                "required": True,
                "source": at(76, "Өтініш иесі отбасы мүшелерінің табыстары туралы белгіленген үлгідегі мәлімет"),
            },
            {
                "id": "private-farm",
                "name": t(
                    "Жеке шаруа қожалығының бар-жоқтығы туралы белгіленген үлгідегі мәлімет",
                    "Information on whether the family has a private farm, in the prescribed form",
                ),
                "form": "original",
                "handling": "hand_in",
                "condition": None,
                "alternatives": [],
                "channels": None,
                "required": True,
                "source": at(78, "Жеке шаруа қожалығының бар-жоқтығы туралы белгіленген үлгідегі мәлімет"),
            },
            {
                "id": "identity-card",
                "name": t("жеке куәлігі", "Identity card"),
                "form": "original",
                "handling": "show",
                "condition": None,
                "alternatives": [],
                "channels": None,
                "required": True,
                "source": at(82, "жеке куәлігін"),
            },
            {
                "id": "social-individual-code",
                "name": t(
                    "әлеуметтік жеке код берілгендігі туралы куәлігі",
                    "Certificate of the assigned social individual code (СИК)",
                ),
                "form": "original",
                "handling": "show",
                "condition": None,
                "alternatives": [],
                "channels": None,
                "required": True,
                "source": at(82, "әлеуметтік жеке код берілгендігі туралы куәлігін"),
            },
        ],
        "document_notes": [
            stmt(
                80,
                "Белгіленген үлгідегі өтініштің және басқа да құжаттардың бланкілері бөлімдерде тегін беріледі.",
                "The forms of the application and of the other documents are given free of charge at the departments.",
            ),
            stmt(
                82,
                "Құжаттар толтырылады және оны өтініш берушінің өзі жеке куәлігін және әлеуметтік жеке код "
                "берілгендігі туралы куәлігін көрсете отырып бөлімдердің тиісті кабинеттеріне тапсырады.",
                "The applicant fills in the documents and hands them in personally, showing the identity card and "
                "the social individual code certificate.",
            ),
        ],
        "talon": {
            "kind": "talon",
            "fields": ["accepted_at", "accepted_by"],
            "source": at(
                84,
                "өтініш бланкісінен алынған қабылдау мерзімі мен құжатты қабылдаған жауапты адамның тегі "
                "көрсетілген түбіршек",
            ),
            "refusal_receipt": None,
        },
        "refusal_grounds": [
            stmt(
                90,
                "Өтініш иесі мемлекеттік атаулы әлеуметтік көмекті алу құқығын жоғалтатын деректердің анықталуы "
                "мемлекеттік қызмет көрсетуді тоқтата тұру немесе мемлекеттік қызметті ұсынудан бас тарту үшін "
                "негіздеме болып табылады.",
                "Facts found by which the applicant loses the right to targeted social assistance are a ground to "
                "suspend or refuse the service",
            )
        ],
        "result_delivery": [
            stmt(
                86,
                "Жәрдемақы тағайындау бойынша қабылданған шешім туралы хабарлама алушының өзінің баруы арқылы "
                "бөлімдердің тиісті кабинеттерінде беріледі немесе поштамен жіберіледі.",
                "The notification of the decision is handed over in person at the department or sent by post",
            )
        ],
        "complaint": _complaint(113, 115, 117, 119, 127, 129),
        "quality_indicators": qis,
        "office_ids": [f"{REGION}/employment-dept-{d['slug']}" for d in DEPARTMENTS],
        "complaint_office_ids": [*complaint_akimats, OBLAST_DEPT],
        "steps": [],
        "implements": None,
        "data_issues": [
            issue(
                "ambiguous-unit",
                "warning",
                "The term is «10 күн» (10 days) without saying calendar or working days; it is recorded as "
                "days of unknown kind (days_unqualified), and deadlines computed from it show both readings.",
                term,
            ),
            _queue_issue(submit, 30, qis[1]["source"]),
            issue(
                "wording",
                "info",
                "The talon is a «түбіршек» (counterfoil) torn from the application form; it shows the date of "
                "acceptance («қабылдау мерзімі», no time) and the surname of the person who accepted the documents.",
                at(84, "түбіршек"),
            ),
            issue(
                "wording",
                "info",
                "Point 16 (the notice of the decision) speaks of a «жәрдемақы» (benefit) where the rest of the "
                "standard, the refusal ground of point 17 included, speaks of targeted social assistance; the same "
                "payment is meant.",
                at(86, "Жәрдемақы тағайындау бойынша қабылданған шешім"),
            ),
            *qi_issues,
        ],
    }


def _complaint(explain: int, body: int, handled: int, answer: int, higher1: int, higher2: int) -> list[J]:
    texts = {
        explain: (
            "Уәкілетті лауазымды адамдардың әрекетіне (әрекетсіздігіне) шағымдану тәртібін түсіндіретін және "
            "шағымды дайындауға жәрдем көрсететін мемлекеттік орган болып осы Стандартт",
            "The district and Taraz city akimats (annex 3) explain the complaint procedure and help to prepare a "
            "complaint",
        ),
        body: (
            "Шағым берілетін мемлекеттік орган болып осы Стандарттың",
            "Complaints are submitted to the district and Taraz city akimats (annex 3)",
        ),
        handled: (
            "Заңнамамен белгіленген тәртіпте тапсырылған шағымдар міндетті түрде қабылдануға, тіркеуге, есепке "
            "алуға және Қазақстан Республикасының Заңнамаларында көзделген тәртіп пен мерзімде қарауға жатады.",
            "Complaints filed as the law prescribes must be accepted, registered, recorded and examined in the "
            "order and terms of the law",
        ),
        answer: (
            "Берілген шағымға жауап алу орны мен мерзімін, оның қаралу барысын тиісті аудандар мен Тараз қаласы "
            "әкімияттарынан білуге болады.",
            "The place and date of the answer and the progress of the complaint can be learned from the akimats",
        ),
    }
    out = []
    for line, (start, en) in texts.items():
        full = _unnumbered(line)
        assert full.startswith(start), (line, full)
        out.append(stmt(line, full, en))
    out.append(
        stmt(
            higher1,
            _unnumbered(higher1),
            "Higher bodies: the district and Taraz city akimats (annex 3)",
        )
    )
    out.append(
        stmt(
            higher2,
            _unnumbered(higher2),
            "Higher body: the Zhambyl oblast department for the coordination of employment and social programmes, "
            "Taraz",
        )
    )
    return out


def _unnumbered(line: int) -> str:
    """The text of ``line`` without its point number («21. », «2) »)."""
    return re.sub(r"^(\d+\.|\d+\))\s+", "", LINES[line - 1].strip())


def service_2() -> J:
    lo = STD2[0]
    qis, qi_issues = quality(553, 627)
    submit = at(388, "Құжаттарды тапсырған кезде кезек күтуге кететін ең ұзақ уақыт: 10 минут.")
    term = at(386, "Мемлекеттік қызмет көрсету мерзімдері: 3 күн")
    h = common_statements(lo)["hours"]
    return {
        "id": S2,
        "kind": "standard",
        "number": "2",
        "title": t(
            "Жұмыссыз азаматтарға анықтама беру",
            "Issuing certificates to unemployed citizens",
            "Выдача справок безработным гражданам",
        ),
        "source": at(371, "Жұмыссыз азаматтарға анықтама беру"),
        "definition": stmt(
            372,
            "Аталған стандарт жұмыссыз азаматтарға анықтама беру бойынша мемлекеттік қызмет көрсетудің тәртібін "
            "анықтайды.",
            "The standard sets the procedure of the state service of issuing certificates to unemployed citizens.",
        ),
        "legal_basis": [
            stmt(
                376,
                'Қазақстан Республикасының 2001 жылғы 23 қаңтардағы "Халықты жұмыспен қамту туралы" Заңының 8 '
                "бабындағы 1 тармағының 8) тармақшасы",
                "Law of 23 January 2001 on employment of the population, article 8 paragraph 1 subparagraph 8)",
            )
        ],
        "provider": stmt(
            378,
            "Жұмыссыз азаматтарға анықтама беру бойынша мемлекеттік қызметті аудандар мен Тараз қаласы "
            "әкімияттарының жұмыспен қамту және әлеуметтік бағдарламалар бөлімдері (ары қарай бөлімдер) осы "
            "Стандарттың N 1 қосымшасына сәйкес көрсетеді.",
            "The departments of employment and social programmes of the district and Taraz city akimats (annex 1)",
        ),
        "form": {"value": "automated", "source": at(374, "толық автоматтандырылған")},
        "results": [stmt(380, "Мемлекеттік қызметтің аяқталу нысаны: Анықтама", "A certificate")],
        "consumers": [stmt(382, "Мемлекеттік қызмет жеке тұлғаларға көрсетіледі.", "Individuals")],
        "terms": [
            {
                "role": "main",
                "value": 3,
                "unit": "days_unqualified",
                "starts_from": "submission",
                "actor": None,
                "source": term,
            }
        ],
        "queue_limits": [
            {"stage": "submit", "minutes": 10, "qualifier": "at_most", "source": submit},
            {
                "stage": "receive",
                "minutes": 10,
                "qualifier": "at_most",
                "source": at(
                    390,
                    "Мемлекеттік қызмет көрсетудің нәтижесі ретінде құжаттарды алған кезде кезек күтуге кететін ең "
                    "ұзақ уақыт: 10 минут.",
                ),
            },
        ],
        "fee": {
            "kind": "free",
            "amount": None,
            "currency": "KZT",
            "source": at(392, "Жұмыссыз азаматтарға анықтама беру бойынша анықтамалар тегін беріледі."),
        },
        "service_hours": h,
        "intake_hours": h,
        "channels": ["provider"],
        "documents": [
            {
                "id": "application",
                "name": t("өтініш", "Application"),
                "form": "original",
                "handling": "hand_in",
                "condition": None,
                "alternatives": [],
                "channels": None,
                "required": True,
                "source": at(406, "өтініш"),
            },
            {
                "id": "unemployment-certificate",
                "name": t("бөлімдер беретін жұмыссыздық куәлігі", "Unemployment certificate issued by the departments"),
                "form": "unspecified",
                "handling": "hand_in",
                "condition": None,
                "alternatives": [],
                "channels": None,
                "required": True,
                "source": at(408, "бөлімдер беретін жұмыссыздық куәлігі"),
            },
        ],
        "document_notes": [
            stmt(
                410,
                "Мемлекеттік қызметті алу үшін толтырылуы қажет өтініш нысаны берілетін орынды бөлімдерден немесе "
                "sobes.zhambyl.kz сайтынан алуға болады.",
                "The application form is available at the departments or on sobes.zhambyl.kz.",
            )
        ],
        "talon": {
            "kind": "register",
            "fields": [],
            "source": at(
                414,
                "Мемлекеттік қызметті алу үшін тұтынушының барлық қажетті құжаттарды тапсырғанын растайтын тіркеуді "
                "есепке алу журналы жүргізіледі, онда тұтынушының мемлекеттік қызметті алған күні көрсетіледі.",
            ),
            "refusal_receipt": None,
        },
        "refusal_grounds": [
            stmt(
                418,
                "Тапсырылған құжаттарда толық емес күмәнді ақпарат көрсетілген жағдайда мемлекеттік қызмет "
                "көрсетуден бас тартылуы мүмкін.",
                "The service may be refused when the documents hold incomplete or doubtful information",
            )
        ],
        "result_delivery": [
            stmt(
                416,
                "Анықтаманы беру бөлімдерде осы Стандарттың N 1 қосымшасына сәйкес көрсетілген мекен-жайлар мен "
                "жауапты тұлғалардың кабинеттерінің нөмірлері бойынша алушының өзінің баруы арқылы жүзеге асырылады.",
                "The certificate is handed to the consumer in person at the department",
            )
        ],
        "complaint": _complaint(440, 442, 444, 446, 454, 456),
        "quality_indicators": qis,
        "office_ids": [f"{REGION}/employment-dept-{d['slug']}" for d in DEPARTMENTS],
        "complaint_office_ids": [*[f"{REGION}/akimat-{d['slug']}" for d in AKIMATS], OBLAST_DEPT],
        "steps": [],
        "implements": None,
        "data_issues": [
            issue(
                "ambiguous-unit",
                "warning",
                "The term is «3 күн» (3 days) without saying calendar or working days; it is recorded as days of "
                "unknown kind (days_unqualified), and deadlines computed from it show both readings.",
                term,
            ),
            issue(
                "other",
                "info",
                "The act does not say from which moment the 3 days run; they are counted from the submission of the "
                "documents, as in standard 1.",
                term,
            ),
            _queue_issue(submit, 10, qis[1]["source"]),
            issue(
                "wording",
                "info",
                "No talon is given: receipt of the documents is entered in a register (journal), which records the "
                "date the consumer received the service.",
                at(414, "тіркеуді есепке алу журналы жүргізіледі"),
            ),
            issue(
                "wording",
                "info",
                "The service is declared «толық автоматтандырылған» (fully automated) although it is given only in "
                "person at the departments; standard 1 of the same act is «ішінара автоматтандырылған».",
                at(374, "толық автоматтандырылған"),
            ),
            issue(
                "inconsistent-terms",
                "info",
                "The quality indicators of complaints (4.1-4.4) are all 0 in annex 2 of this standard, while "
                "standard 1 gives 1, 1, 100 and 100 as normative values.",
                qis[7]["source"],
            ),
            *qi_issues,
        ],
    }


def services() -> list[J]:
    return [service_1(), service_2()]


# ==============================================================================================================


def dump(name: str, data: J) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def outputs() -> dict[str, str]:
    return {
        "act.json": dump("act.json", {"format": 1, "act": act()}),
        "offices.json": dump("offices.json", {"format": 1, "act": ACT, "items": offices()}),
        "services.json": dump("services.json", {"format": 1, "act": ACT, "items": services()}),
    }


def main(argv: list[str]) -> int:
    return write_or_check(OUT, outputs(), argv, "encode_zhambyl.py")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
