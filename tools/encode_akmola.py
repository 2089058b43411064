"""Generate the data files of the Akmola oblast 2008 act (``src/kzsocial/data/acts/akmola-2008/``).

Akimat of Akmola oblast, resolution N А-7/428 of 2008-10-07 (seed ``002_416ffd3c2a99e323.txt``): one standard,
social assistance to certain categories of needy citizens by decisions of local representative bodies, with
its annex of 19 district and city departments and its quality annex.

The seed is text extracted from a PDF and damaged: letter-spaced lines, Kazakh letters split off their words,
words and table cells broken across lines, paragraph numbers displaced. Every recorded phrase keeps the damaged
text as its source (``cut`` takes it verbatim from the seed, so line numbers and spacing are never typed by
hand), and its kk text is ``kzsocial.text.restore_spacing`` of that source with the act's own lexicon (the words
it spells intact). The few phrases restoration cannot reach (a displaced paragraph number or bracket, a table
cell split by other cells) are restored by hand below, each with a ``damaged-text`` data issue;
``tests/acts/test_akmola.py`` checks both kinds.

Usage: python tools/encode_akmola.py [--check]   (--check: fail if the files on disk differ from the output)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from _generated import write_or_check

from kzsocial.text import Lexicon, restore_spacing

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "kzsocial" / "data" / "acts" / "akmola-2008"
SEED_NAME = "002_416ffd3c2a99e323.txt"
SEED = ROOT / "sources" / SEED_NAME
TEXT = SEED.read_text(encoding="utf-8")
LINES: list[str] = TEXT.split("\n")
LEXICON = Lexicon.from_text(TEXT)
ACT = "akmola-2008"
REGION = "akmola"
TZ = "Asia/Almaty"
SERVICE = f"{ACT}/social-aid-local-decisions"
OBLAST_DEPT = f"{REGION}/oblast-employment-department"
OBLAST_AKIMAT = f"{REGION}/oblast-akimat"

J = dict[str, Any]


class PhraseNotFoundError(Exception):
    pass


def cut(first: int, last: int, start: str = "", end: str = "") -> J:
    """A source: the text of lines first..last from the first ``start`` to the last ``end`` (exactly as printed).

    Without ``start``/``end`` the text runs from the first to the last non-space character of the lines.
    """
    hay = "\n".join(LINES[first - 1 : last])
    if start:
        if start not in hay:
            raise PhraseNotFoundError(f"{start!r} not in lines {first}..{last}: {hay!r}")
        i = hay.index(start)
    else:
        i = len(hay) - len(hay.lstrip())
    if end:
        if end not in hay[i:]:
            raise PhraseNotFoundError(f"{end!r} not in lines {first}..{last} after {start!r}: {hay!r}")
        j = hay.rindex(end) + len(end)
    else:
        j = len(hay.rstrip())
    text = hay[i:j]
    line = first + hay[:i].count("\n")
    src: J = {"line": line, "text": text}
    if "\n" in text:
        src["end_line"] = line + text.count("\n")
    return src


def restored(src: J) -> str:
    return restore_spacing(src["text"], lexicon=LEXICON)


def t(kk: str, en: str | None = None, ru: str | None = None) -> J:
    out: J = {"kk": kk}
    if ru is not None:
        out["ru"] = ru
    if en is not None:
        out["en"] = en
    return out


def stmt(src: J, en: str | None = None) -> J:
    """A statement whose kk text is the restored source."""
    return {"text": t(restored(src), en), "source": src}


def issue(code: str, severity: str, message: str, source: J | None = None, **extra: Any) -> J:
    out: J = {"code": code, "severity": severity, "message": message}
    if source is not None:
        out["source"] = source
    out.update(extra)
    return out


WEEK = [0, 1, 2, 3, 4]
LUNCH_13_14 = [["09:00", "13:00"], ["14:00", "18:00"]]


def hours(source: J) -> J:
    return {"days": [{"weekdays": WEEK, "intervals": LUNCH_13_14}], "source": source}


# ==============================================================================================================
# The act
# ==============================================================================================================


def act() -> J:
    title = cut(2, 4)
    return {
        "id": ACT,
        "source_file": SEED_NAME,
        "region": REGION,
        "timezone": TZ,
        "issuer": t("Ақмола облысы әкімдігі", "Akimat of Akmola oblast", "Акимат Акмолинской области"),
        "issuer_source": cut(7, 7, "Ақмола облысы әкімдігінің", "Ақмола облысы әкімдігінің"),
        "kind": "resolution",
        "kind_source": cut(7, 7, "N А-7/428 қаулысы", "N А-7/428 қаулысы"),
        "number": "А-7/428",
        "date": "2008-10-07",
        "date_source": cut(7, 7, "2008 жылғы 7 қазандағы", "N А-7/428 қаулысы"),
        "title": t(
            restored(title),
            "On approval of the standard of the state service «Assigning and paying social assistance to certain "
            "categories of needy citizens by decisions of local representative bodies»",
            "Об утверждении стандарта государственной услуги «Назначение и выплата социальной помощи отдельным "
            "категориям нуждающихся граждан по решениям местных представительных органов»",
        ),
        "source": title,
        "signed_by": {"kk": "А. Рау", "role": t("Облыс әкімі", "Akim of the oblast"), "source": cut(27, 27, "А. Рау")},
        "registration": {
            "number": "3282",
            "date": "2008-11-07",
            "body": t(
                "Ақмола облысының Әділет департаменті",
                "Justice Department of Akmola oblast",
                "Департамент юстиции Акмолинской области",
            ),
            "source": cut(7, 8, "Ақмола\nоблысының Әділет", "N 3282 тіркелді"),
        },
        "repeal": {
            "number": "А-6/358",
            "date": "2011-03-10",
            "by": t(
                "Ақмола облысы әкімдігінің 2011 жылғы 10 наурыздағы № А-6/358 қаулысы",
                "Resolution of the Akimat of Akmola oblast of 10 March 2011 № А-6/358",
                "Постановление акимата Акмолинской области от 10 марта 2011 года № А-6/358",
            ),
            "source": cut(9, 10, "Күші жойылды", "358 қаулысымен"),
            "also_printed": [cut(11, 12, "Ескерту.", "қ а у л ы с ы м е н"), cut(6, 6)],
        },
        "entry_into_force": {
            "text": t(
                restored(cut(24, 26, "Осы қаулы", "енгізіледі.")),
                "The resolution enters into force on its registration with the Akmola oblast justice department and "
                "applies from its official publication.",
            ),
            "date": None,
            "source": cut(24, 26, "Осы қаулы", "енгізіледі."),
        },
        "service_list": [
            {
                "number": "1",
                "service_id": SERVICE,
                "title": t(
                    restored(cut(19, 21, "Жергілікті", "және төлеу")),
                    "Assigning and paying social assistance to certain categories of needy citizens by decisions of "
                    "local representative bodies",
                ),
                "source": cut(19, 21, "Жергілікті", "және төлеу"),
            }
        ],
        "amendments": [],
        "data_issues": [
            issue(
                "damaged-text",
                "warning",
                "The seed of this act is text extracted from a PDF and is damaged: many lines are letter-spaced "
                "(«б ұ д а н  ә р і»), the Kazakh letters ә ғ қ ң ө ұ ү і are split off their words («ауданыны ң»), "
                "words and table cells are broken across lines, and some paragraph numbers and brackets are displaced "
                "into the middle of their sentence. Every recorded phrase keeps the damaged text as its source; its "
                "kk text is restored with kzsocial.text.restore_spacing, which changes only whitespace, or by hand "
                "where a data issue says so.",
                cut(28, 30, "А қ м о л а", "қ а у л ы с ы м е н"),
            ),
            issue(
                "damaged-text",
                "warning",
                "The preamble's words are out of order: «Заңының» (of the Law) stands inside the title of the "
                "Government resolution and «қаулысына» (to the resolution) after «Ақмола», so the sentence reads "
                '«...2000 жылғы 27 қарашадағы 9-1 бабына, "Жеке және заңды тұлғаларға көрсетілетін Заңының '
                'мемлекеттік қызметтердің тізілімін бекіту туралы" ... № 561 сәйкес Ақмола қаулысына облысының '
                "әкімдігі». Meant: article 9-1 of the Law «Әкімшілік рәсімдер туралы» of 27 November 2000 and "
                "Government resolution № 561 of 30 June 2007. The preamble is not recorded as a legal basis of the "
                "standard.",
                cut(13, 17, '"Әкімшілік', "ЕТЕДІ:"),
            ),
            issue(
                "other",
                "info",
                "The act's number is printed with the Cyrillic letter «А» (N А-7/428, and the repealing act № "
                "А-6/358); it is recorded so. A search typed with the Latin «A» matches it only where look-alike "
                "letters are folded.",
                cut(7, 7, "N А-7/428", "N А-7/428"),
            ),
            issue(
                "wrong-contact",
                "info",
                "The departments' annex gives www.akmol.kz as the website of 15 departments, while point 24 gives "
                "www.akmo.kz for the oblast department and the oblast akimat; one of the two spellings may be a "
                "misprint. Both are recorded as printed.",
                cut(176, 179, "веб-сайты www.akmo.kz", "веб-сайты www.akmo.kz"),
                other_source=cut(241, 241, "www.akmol.kz"),
            ),
        ],
    }


# ==============================================================================================================
# Offices
# ==============================================================================================================

# Each department's row of annex 1: the name cell (from its opening quote), address, reception schedule,
# phones, emails and websites, as line ranges with the start and end of the phrase.

ROWS: list[J] = [
    {
        "slug": "akkol-district",
        "district": ("Ақкөл ауданы", "Akkol district"),
        "settlement": "Ақкөл",
        "name": (220, 224),
        "address": (226, 227, "", "81"),
        "schedule": (228, 231),
        "phones": [(233, 234, "", "")],
        "emails": [(240, 240, "Sobes_akkol@gcvp.kz", "Sobes_akkol@gcvp.kz")],
        "websites": [(241, 241, "", "")],
    },
    {
        "slug": "arshaly-district",
        "district": ("Аршалы ауданы", "Arshaly district"),
        "settlement": "Аршалы",
        "name": (243, 245),
        "name_rest": (256, 257),
        "address": (247, 249, "", "47"),
        "schedule": (259, 262),
        "phones": [(251, 252, "", "")],
        "emails": [(264, 268, "Arshaly_rotz@", "rjrshetau.online.kz")],
        "websites": [(269, 269, "", "")],
    },
    {
        "slug": "astrakhan-district",
        "district": ("Астрахан ауданы", "Astrakhan district"),
        "settlement": "Астраханка",
        "name": (271, 275),
        "address": (277, 279, "", "50"),
        "schedule": (280, 283),
        "phones": [(285, 286, "", "")],
        "emails": [(288, 289, "Ast", "kokshetau.online.rz")],
        "websites": [(290, 290, "", "")],
    },
    {
        "slug": "atbasar-district",
        "district": ("Атбасар ауданы", "Atbasar district"),
        "settlement": "Атбасар",
        "name": (292, 296),
        "address": (298, 300, "", "9"),
        "schedule": (301, 304),
        "phones": [(306, 307, "", "")],
        "emails": [(309, 310, "Atb_rotzisn@", "kokshetau.online/kz")],
        "websites": [(311, 311, "", "")],
    },
    {
        "slug": "bulandy-district",
        "district": ("Бұланды ауданы", "Bulandy district"),
        "settlement": "Макинск",
        "name": (313, 317),
        "address": (319, 321, "", "19"),
        "schedule": (322, 325),
        "phones": [(327, 328, "", "")],
        "emails": [(330, 331, "Bulandy_rozsp", "m a i l . k z")],
        "websites": [(332, 332, "", "")],
    },
    {
        "slug": "egindykol-district",
        "district": ("Егіндікөл ауданы", "Egindykol district"),
        "settlement": "Егіндікөл",
        "name": (334, 337),
        "address": (339, 341, "", ",6"),
        "schedule": (342, 345),
        "phones": [(347, 348, "", "")],
        "emails": [(350, 351, "Egindykol_ozsp@", "m a i l . r u")],
        "websites": [(352, 352, "", "")],
    },
    {
        "slug": "enbekshilder-district",
        "district": ("Еңбекшілдер ауданы", "Enbekshilder district"),
        "settlement": "Степняк",
        "name": (354, 358),
        "address": (360, 361, "", "64"),
        "schedule": (362, 365),
        "phones": [(367, 368, "", "")],
        "emails": [(370, 370, "enbekrotz@mail.kz", "enbekrotz@mail.kz")],
        "websites": [(371, 371, "", "")],
    },
    {
        "slug": "ereymentau-district",
        "district": ("Ерейментау ауданы", "Ereymentau district"),
        "settlement": "Ерейментау",
        "name": (373, 377),
        "address": (379, 381, "", "8 7"),
        "schedule": (382, 385),
        "phones": [(387, 388, "", "")],
        "emails": [(390, 391, "e r e m z s p @", "kokshetau.online.kz")],
        "websites": [(391, 392, "http", "www.ereymen.kz/")],
    },
    {
        "slug": "esil-district",
        "district": ("Есіл ауданы", "Esil district"),
        "settlement": "Есіл",
        "name": (394, 395),
        "name_rest": (410, 412),
        "address": (397, 399, "", "5"),
        "schedule": (414, 416),
        "schedule_head": (400, 400),
        "phones": [(402, 403, "", "")],
        "emails": [(405, 406, "s o b e s @", "kokshetau.online.kz")],
        "websites": [(418, 418, "", "")],
    },
    {
        "slug": "zhaksy-district",
        "district": ("Жақсы ауданы", "Zhaksy district"),
        "settlement": "Жақсы",
        "name": (421, 425),
        "address": (427, 428, "", "3"),
        "schedule": (429, 432),
        "phones": [(434, 435, "", "")],
        "emails": [(437, 438, "soc_zanita_21@", "kokshetau.online.kz")],
        "websites": [(439, 439, "", "")],
    },
    {
        "slug": "zharkain-district",
        "district": ("Жарқайың ауданы", "Zharkain district"),
        "settlement": "Державинск",
        "name": (442, 446),
        "address": (448, 450, "", "32"),
        "schedule": (451, 454),
        "phones": [(456, 457, "", "")],
        "emails": [(459, 460, "Sobes_derzhavinsk@", "g c v p . k z")],
        "websites": [(461, 461, "", "")],
    },
    {
        "slug": "zerendi-district",
        "district": ("Зеренді ауданы", "Zerendi district"),
        "settlement": "Зеренді",
        "name": (463, 467),
        "address": (469, 470, "", "64"),
        "schedule": (471, 474),
        "phones": [(476, 477, "", "")],
        "emails": [(479, 480, "z e r _ c z @", "kokshetau.online.kz"), (480, 481, "byx", "@kokshetay.online.kz")],
        "websites": [(482, 482, "", "")],
    },
    {
        "slug": "korgalzhyn-district",
        "district": ("Қорғалжын ауданы", "Korgalzhyn district"),
        "settlement": "Қорғалжын",
        "name": (484, 487),
        "address": (489, 491, "", "9"),
        "schedule": (492, 495),
        "phones": [(497, 498, "", "")],
        "emails": [(500, 501, "k s z n @", "kokshetau.online.kz")],
        "websites": [(502, 503, "http://akmol.kz/", "admin .h tml")],
    },
    {
        "slug": "sandyktau-district",
        "district": ("Сандықтау ауданы", "Sandyktau district"),
        "settlement": "Балкашино",
        "name": (506, 509),
        "address": (511, 513, "", "117"),
        "schedule": (514, 517),
        "phones": [(519, 520, "", "")],
        "emails": [(522, 523, "Sondyktau_OZSP@", "kokshetau.online.kz")],
        "websites": [(524, 524, "", "")],
    },
    {
        "slug": "tselinograd-district",
        "district": ("Целиноград ауданы", "Tselinograd district"),
        "settlement": "Ақмол",
        "name": (526, 529),
        "address": (531, 532, "", "15"),
        "schedule": (533, 536),
        "phones": [(538, 539, "", "")],
        "emails": [(541, 541, "Otdel_zan@mail.kz", "Otdel_zan@mail.kz")],
        "websites": [(542, 542, "", "")],
    },
    {
        "slug": "shortandy-district",
        "district": ("Шортанды ауданы", "Shortandy district"),
        "settlement": "Шортанды",
        "name": (544, 548),
        "address": (550, 552, "", "22"),
        "schedule": (553, 556),
        "phones": [(558, 559, "", "")],
        "emails": [(561, 561, "shortsobez@mail.ru", "shortsobez@mail.ru")],
        "websites": [(562, 562, "", "")],
    },
    {
        "slug": "shchuchinsk-district",
        "district": ("Щучье ауданы", "Shchuchinsk district"),
        "settlement": "Щучинск",
        "name": (566, 570),
        "address": (572, 574, "", "24"),
        "schedule": (575, 578),
        "phones": [(580, 581, "", "")],
        "emails": [(583, 584, "d e p a r t @", "kokshetau.online.kz")],
        "websites": [(585, 585, "", "")],
    },
    {
        "slug": "stepnogorsk-city",
        "kind": "city_department",
        "district": None,
        "settlement": "Степногорск",
        "en": "Stepnogorsk city",
        "name": (587, 591),
        "address": (593, 594, "Степногорск", "ауданы"),
        "schedule": (594, 597, "азаматтарды", "дейін"),
        "phones": [(599, 600, "(8-71645)", "6 -26-33"), (601, 601, "", "")],
        "emails": [(603, 603, "", "")],
        "websites": [(604, 604, "", "")],
    },
    {
        "slug": "kokshetau-city",
        "kind": "city_department",
        "district": None,
        "settlement": "Көкшетау",
        "en": "Kokshetau city",
        "name": (606, 610),
        "address": (612, 613, "", "9а"),
        "schedule": (614, 617),
        "phones": [(619, 620, "8(7162)", "31-92-76"), (620, 621, "31-92-\n", "81")],
        "emails": [(623, 624, "sobes_kokshe@", "kokshetau.online.kz")],
        "websites": [(624, 626, "http", "www.zakupki.akmol.kz")],
    },
]

DEPT_IDS = [f"{REGION}/employment-dept-{r['slug']}" for r in ROWS]
NAME_RE = re.compile(r'^"(.+)" мемлекеттік мекемесі$')


def _source_cut(cell: tuple[Any, ...]) -> J:
    return cut(*cell)


def department(row: J) -> J:
    name_src = cut(row["name"][0], row["name"][1], '"')
    issues: list[J] = []
    if "name_rest" in row:
        rest = cut(*row["name_rest"])
        full = restore_spacing(name_src["text"] + "\n" + rest["text"], lexicon=LEXICON)
        issues.append(
            issue(
                "damaged-text",
                "info",
                "The department's name is printed in two pieces, with the address and phone cells between them "
                f"(lines {name_src['line']}-{name_src['end_line']} and {rest['line']}-{rest['end_line']}); the name "
                "is restored from both.",
                name_src,
                other_source=rest,
            )
        )
    else:
        full = restored(name_src)
    m = NAME_RE.match(full)
    assert m is not None, full
    name_kk = m.group(1)
    addr = _source_cut(row["address"])
    sched = _source_cut(row["schedule"])
    if "schedule_head" in row:
        head = cut(*row["schedule_head"])
        sched_text = restore_spacing(head["text"] + "\n" + sched["text"], lexicon=LEXICON)
        issues.append(
            issue(
                "damaged-text",
                "info",
                "The reception schedule is printed in two pieces, «азаматтарды қабылдау кестесі:» (line "
                f"{head['line']}) and its hours (lines {sched['line']}-{sched['end_line']}), with other cells "
                "between them; it is restored from both.",
                sched,
                other_source=head,
            )
        )
    else:
        sched_text = restored(sched)
    # contacts stay exactly as printed, line breaks and letter-spacing included; the library's normalised form
    # drops the whitespace, and the messages below quote the restored form
    phones = [{"raw": s["text"], "kind": "phone", "source": s} for s in map(_source_cut, row["phones"])]
    emails = [{"raw": s["text"], "source": s} for s in map(_source_cut, row["emails"])]
    sites = [{"raw": s["text"], "source": s} for s in map(_source_cut, row["websites"])]
    code = re.match(r"^\(?8[-(]?(\d{4,5})\)", phones[0]["raw"])
    assert code is not None, phones[0]["raw"]
    district = row["district"]
    issues.insert(
        0,
        issue(
            "damaged-text",
            "info",
            "This row of annex 1 is damaged in the seed (letter-spacing, Kazakh letters split off, cells broken "
            "over lines). Its name, address and schedule are restored with kzsocial.text.restore_spacing "
            "(whitespace only) and each source keeps the damaged text. Its phones, emails and websites are "
            "recorded exactly as the seed prints them, line breaks and letter-spacing included; their normalised "
            "forms drop that whitespace, which is the extraction's, not the act's.",
            name_src,
        ),
    )
    issues.append(
        issue(
            "inconsistent-hours",
            "info",
            "The reception schedule says «күн сайын» (every day) 9:00-18:00 with a break 13:00-14:00; it is recorded "
            "as Monday to Friday, since point 10 of the standard gives Saturday, Sunday and holidays as days off.",
            sched,
        )
    )
    return {
        "id": f"{REGION}/employment-dept-{row['slug']}",
        "kind": row.get("kind", "district_department"),
        "name": t(
            name_kk,
            f"Department of employment and social programmes of {district[1] if district else row['en']}",
        ),
        "region": REGION,
        "district": None if district is None else t(district[0], district[1]),
        "settlement": t(row["settlement"]),
        "area_code": code.group(1),
        "postcode": None,
        "address": t(restored(addr)),
        "address_source": addr,
        "phones": phones,
        "emails": emails,
        "websites": sites,
        "reception": [
            {
                "who": t("Бөлім бастығы және оның орынбасарлары", "Head of the department and the deputies"),
                "rrule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                "start": start,
                "end": end,
                "text": t(sched_text),
                "source": sched,
            }
            for start, end in LUNCH_13_14
        ],
        "hours": hours(sched),
        "timezone": TZ,
        "parent_id": OBLAST_DEPT,
        "source": name_src,
        "data_issues": issues,
    }


def shown(contact: J) -> str:
    """A contact as the act meant to print it: the extraction's whitespace undone (for messages)."""
    return restored(contact["source"])


def departments() -> list[J]:
    out = [department(r) for r in ROWS]
    by = {o["id"].split("employment-dept-")[1]: o for o in out}

    def email(slug: str, i: int = 0) -> J:
        e: J = by[slug]["emails"][i]
        return e

    def site(slug: str, i: int = 0) -> J:
        w: J = by[slug]["websites"][i]
        return w

    def add(slug: str, *items: J) -> None:
        by[slug]["data_issues"].extend(items)

    e = email("arshaly-district")
    add(
        "arshaly-district",
        issue(
            "wrong-contact",
            "warning",
            f"The email «{shown(e)}» has the domain «rjrshetau.online.kz»: «rjr» is what the keys of the Cyrillic "
            "«кок» type in the Latin layout (a keyboard-layout slip), so the domain meant is «kokshetau.online.kz», "
            "which the other departments use. The address is left as printed: it does not work as printed and "
            "the corrected one (Arshaly_rotz@kokshetau.online.kz) is not confirmed by the act.",
            e["source"],
        ),
    )
    e = email("astrakhan-district")
    add(
        "astrakhan-district",
        issue(
            "wrong-contact",
            "warning",
            f"The email «{shown(e)}» has a space inside its name part and the top-level domain «.rz», which does "
            "not exist; the other departments use kokshetau.online.kz, so Astr_socz@kokshetau.online.kz was "
            "probably meant. It is left as printed.",
            e["source"],
        ),
    )
    e = email("atbasar-district")
    w = site("atbasar-district")
    add(
        "atbasar-district",
        issue(
            "wrong-contact",
            "warning",
            f"The email «{shown(e)}» has a slash where a dot belongs («online/kz»); probably "
            "Atb_rotzisn@kokshetau.online.kz. It is left as printed.",
            e["source"],
        ),
        issue(
            "wrong-contact",
            "info",
            f"The website «{shown(w)}» is the internet provider's portal, not the department's site (the other "
            "departments give www.akmol.kz).",
            w["source"],
        ),
    )
    e = email("bulandy-district")
    add(
        "bulandy-district",
        issue(
            "wrong-contact",
            "warning",
            f"The email «{shown(e)}» has a space inside its name part («Bulandy_rozsp 15k»); whether the address is "
            "Bulandy_rozsp15k@mail.kz or something else cannot be told from the act. It is left as printed.",
            e["source"],
        ),
    )
    e2 = email("zerendi-district", 1)
    add(
        "zerendi-district",
        issue(
            "wrong-contact",
            "warning",
            f"The second email «{shown(e2)}» has the domain «kokshetay.online.kz» where the first (and the other "
            "departments) have «kokshetau.online.kz»: «y» for «u», neighbours on the keyboard. It is left as printed.",
            e2["source"],
        ),
    )
    w = site("korgalzhyn-district")
    add(
        "korgalzhyn-district",
        issue(
            "wrong-contact",
            "warning",
            f"The website «{shown(w)}» is broken over two lines and has spaces inside («admin .h tml»); "
            "http://akmol.kz/admin.html is probably meant, a page of the oblast site rather than the department's "
            "own.",
            w["source"],
        ),
        issue(
            "misprint",
            "info",
            "The address spells the village «Коргалжын» (Russian spelling) while the district is «Қорғалжын».",
            by["korgalzhyn-district"]["address_source"],
        ),
    )
    w = site("kokshetau-city")
    add(
        "kokshetau-city",
        issue(
            "wrong-contact",
            "warning",
            f"The website «{shown(w)}» is broken over three lines with spaces in «http: / /»; the host "
            "www.zakupki.akmol.kz is the oblast's public procurement site («закупки»), not the department's.",
            w["source"],
        ),
    )
    for slug in ("stepnogorsk-city", "kokshetau-city"):
        o = by[slug]
        first, second = o["phones"]
        o["data_issues"].append(
            issue(
                "missing-area-code",
                "info",
                f"The second number «{shown(second)}» is printed without an area code after "
                f"«{shown(first)}»; it takes the same code {o['area_code']}.",
                second["source"],
            )
        )
    return out


def oblast_department() -> J:
    name = cut(176, 177, "Ақмола облысының", "басқармасы")
    addr = cut(177, 179, "020000", "301- кабинет")
    phone = cut(180, 180, "8(7162)7636 90", "8(7162)7636 90")
    head = cut(182, 182, "басқарма бастығы", "дейін")
    dep1 = cut(183, 184, "басқарма бастығының орынбасары", "г е  д е й і н")
    dep2 = cut(185, 185, "басқарма бастығының орынбасары", "дейін")
    return {
        "id": OBLAST_DEPT,
        "kind": "oblast_department",
        "name": t(
            restored(name),
            "Department for the coordination of employment and social programmes of Akmola oblast",
            "Управление координации занятости и социальных программ Акмолинской области",
        ),
        "region": REGION,
        "district": None,
        "settlement": t("Көкшетау", "Kokshetau"),
        "area_code": "7162",
        "postcode": "020000",
        "address": t(restored(addr)),
        "address_source": addr,
        "phones": [{"raw": phone["text"], "kind": "phone", "source": phone}],
        "emails": [{"raw": "akmout@mail.online.kz", "source": cut(180, 180, "akmout@mail.online.kz", "kz")}],
        "websites": [{"raw": "www.akmo.kz", "source": cut(179, 179, "www.akmo.kz", "www.akmo.kz")}],
        "reception": [
            {
                "who": t("Басқарма бастығы", "Head of the department"),
                "rrule": "FREQ=WEEKLY;BYDAY=MO,TH",
                "start": "15:00",
                "end": "18:00",
                "text": t(restored(head)),
                "source": head,
            },
            {
                "who": t("Басқарма бастығының орынбасары", "Deputy head"),
                "rrule": "FREQ=WEEKLY;BYDAY=WE,TH",
                "start": "15:00",
                "end": "18:00",
                "text": t(restored(dep1)),
                "source": dep1,
            },
            {
                "who": t("Басқарма бастығының орынбасары", "Deputy head"),
                "rrule": "FREQ=WEEKLY;BYDAY=TH",
                "start": "15:00",
                "end": "18:00",
                "text": t(restored(dep2)),
                "source": dep2,
            },
        ],
        "hours": None,
        "timezone": TZ,
        "parent_id": None,
        "source": name,
        "also_printed": [
            cut(158, 160, "Ақмола облысының", "басқармасы"),
            cut(189, 190, "Ақмола облысының", "басқармасы"),
        ],
        "data_issues": [
            issue(
                "other",
                "info",
                "Point 24 gives the reception days of the head and of two deputies (named only «басқарма бастығының "
                "орынбасары», so the two cannot be told apart), but not the department's working hours.",
                cut(181, 181, "Қ а б ы л д а у  к е с т е с і :", "Қ а б ы л д а у  к е с т е с і :"),
            ),
            issue(
                "damaged-text",
                "info",
                "The phone is printed «8(7162)7636 90» with the space misplaced (76-36-90); the digits make a whole "
                "Kokshetau number.",
                phone,
            ),
        ],
    }


def oblast_akimat() -> J:
    src = cut(186, 186, "Ақмола облысының әкімдігі", "әкімдігі")
    addr = cut(186, 186, "Көкшетау қаласы", "83")
    site = cut(187, 187, "w w w", "k z")
    return {
        "id": OBLAST_AKIMAT,
        "kind": "other",
        "name": t(restored(src), "Akimat of Akmola oblast", "Акимат Акмолинской области"),
        "region": REGION,
        "district": None,
        "settlement": t("Көкшетау", "Kokshetau"),
        "area_code": "7162",
        "postcode": None,
        "address": t(restored(addr)),
        "address_source": addr,
        "phones": [],
        "emails": [],
        "websites": [{"raw": site["text"], "source": site}],
        "reception": [],
        "hours": None,
        "timezone": TZ,
        "parent_id": None,
        "source": src,
        "data_issues": [
            issue(
                "damaged-text",
                "info",
                "The website is letter-spaced in the seed («w w w . a k m o . k z»); it is recorded as printed and "
                "its normalised form is www.akmo.kz (the same site as the oblast department's).",
                site,
            )
        ],
    }


def offices() -> list[J]:
    return [oblast_department(), *departments(), oblast_akimat()]


# ==============================================================================================================
# The service
# ==============================================================================================================


def doc(
    id_: str,
    src: J,
    en: str,
    *,
    form: str = "unspecified",
    condition: J | None = None,
    alternatives: list[J] | None = None,
) -> J:
    return {
        "id": id_,
        "name": t(restored(src), en),
        "form": form,
        "handling": "hand_in",
        "condition": condition,
        "alternatives": alternatives or [],
        "channels": None,
        "required": True,
        "source": src,
    }


def cond(tags: list[str], text: J | None = None) -> J:
    return {"applies_to": tags, "not_for": [], "text": text}


def documents() -> list[J]:
    tickets = cut(104, 105, "жол билеттері", "жол билеттері")
    fare = cut(105, 105, "ж о л а қ ы", "а н ы қ т а м а")
    return [
        doc("application", cut(93, 93, "ө", "ш"), "Application", form="original"),
        doc(
            "identity-document-copy",
            cut(94, 94, "өтініш", "көшірмесі"),
            "Copy of the applicant's identity document",
            form="copy",
        ),
        doc("bank-account", cut(95, 95, "ө т і н і ш", "ш о т ы"), "The applicant's bank account"),
        doc(
            "taxpayer-number-copy",
            cut(96, 96, "салық", "көшірмесі"),
            "Copy of the taxpayer registration number (RNN) certificate",
            form="copy",
        ),
        doc(
            "house-register-copy",
            cut(97, 97, "азаматтарды", "көшірмесі"),
            "Copy of the house register book",
            form="copy",
        ),
        doc(
            "privilege-proof-copy",
            cut(98, 98, "жеңілдік", "көшірмесі"),
            "Copy of a document confirming that the applicant belongs to a privileged category",
            form="copy",
        ),
        doc(
            "disability-certificate-copy",
            cut(99, 100, "мүгедектігі", "ү з і н д і"),
            "Copy of the disability certificate and an extract of the disabled person's individual rehabilitation "
            "programme",
            form="copy",
            condition=cond(["disabled"]),
        ),
        doc(
            "sanatorium-card",
            cut(101, 102, "санаторлық-қурорттық", "к а р т а"),
            "Sanatorium card (for disabled persons in need of sanatorium treatment)",
            condition=cond(
                ["needs_sanatorium_treatment"],
                t(
                    restored(cut(101, 101, "санаторлық-қурорттық", "үшін")),
                    "disabled persons in need of sanatorium treatment",
                ),
            ),
        ),
        doc(
            "surgery-extract",
            cut(103, 103, "операция", "үзінді"),
            "Extract from the medical history confirming that an operation was performed",
            condition=cond(["had_surgery"]),
        ),
        doc(
            "travel-tickets",
            tickets,
            "Travel tickets to the place of treatment",
            condition=cond(
                ["needs_treatment_travel"],
                t(
                    restored(cut(104, 104, "мұқтаж мүгедектер", "бару үшін")),
                    "needy disabled persons travelling for treatment",
                ),
            ),
            alternatives=[doc("travel-fare-certificate", fare, "Certificate confirming the fare")],
        ),
        doc(
            "death-certificate-copy",
            cut(106, 107, "қайтыс", "к у ә л і к"),
            "Copy of the death certificate of the deceased citizen; death certificate",
            condition=cond(["bereaved"]),
        ),
        doc(
            "hospital-certificate",
            cut(108, 108, "ауруханада", "анықтама"),
            "Certificate of in-patient treatment",
            condition=cond(["in_hospital"]),
        ),
        doc(
            "tb-outpatient-certificate",
            cut(109, 109, "амбулаторлық", "анықтама"),
            "Certificate from a TB doctor (phthisiatrician) of out-patient treatment",
            condition=cond(["tuberculosis_patient"]),
        ),
        doc(
            "family-income",
            cut(110, 110, "отбасы", "мәлімет"),
            "Information on the family members' incomes in the last quarter",
        ),
        doc(
            "sanatorium-need-conclusion",
            cut(111, 113, "Қазақстан", "қорытындысы"),
            "Conclusion of the medical advisory commission of a medical institution on the need for sanatorium "
            "treatment, naming sanatoriums of Kazakhstan",
            condition=cond(["needs_sanatorium_treatment"]),
        ),
        doc(
            "birth-certificate-copy",
            cut(114, 114, "туы", "көшірмес і"),
            "Copy of the birth certificate",
            form="copy",
            condition=cond(["has_children"]),
        ),
    ]


def quality() -> list[J]:
    # (code, name lines, values line, values text)
    rows = [
        ("1.1", 650, 653, 655, "100 94,6 89,8", "Уақытылығы"),
        ("1.2", 657, 659, 659, "95 85,8 81,4", "Уақытылығы"),
        ("2.1", 663, 665, 665, "95 88,5", "Сапасы"),
        ("2.2", 671, 674, 676, "100 92,9 89,7", "Сапасы"),
        ("3.1", 680, 683, 685, "95 89,7 85,6", "Қол жетімділік"),
        ("3.2", 687, 690, 692, "85 80,4 75,9", "Қол жетімділік"),
        ("3.3", 694, 695, 695, "50 34,9 26,1", "Қол жетімділік"),
        ("4.1", 699, 703, 703, "0,1 0,1 0,2", "Шағымдану үдерісі"),
        ("4.2", 705, 708, 710, "100 93,7 87", "Шағымдану үдерісі"),
        ("4.3", 712, 714, 716, "90 78,4 71", "Шағымдану үдерісі"),
        ("4.4", 718, 720, 720, "90 82,3 76,5", "Шағымдану үдерісі"),
        ("5.1", 726, 728, 728, "100 96,2 92,3", "Сыпайылық"),
    ]
    out = []
    for code, first, last, vline, values, group in rows:
        hay = "\n".join(LINES[first - 1 : last])
        start = hay[len(code) + 1 :].lstrip()[:12]
        end = "үлесі)"
        src = cut(first, last, start, end)
        parts = values.split()
        vsrc = cut(vline, vline, values, values)
        if code == "2.1":
            vsrc = cut(665, 669, "95 88,5", "92,5")
            parts = ["95", "88,5", "92,5"]
        out.append(
            {
                "code": code,
                "group": group,
                "name": t(restored(src)),
                "normative": parts[0],
                "target_next_year": parts[1],
                "current": parts[2],
                "unit": "%",
                "source": src,
                "values_source": vsrc,
            }
        )
    return out


def service() -> J:
    term = cut(65, 66, "мемлекеттік қызмет", "кешіктірілмей көрсетіледі")
    submit = cut(67, 68, "қажетті", "м и н у т")
    receive = cut(69, 70, "мемлекеттік", "аспауы тиіс")
    hours_src = cut(77, 79, "Мемлекеттік қызмет 09.00-ден", "14.00-ге дейін")
    consumers_src = cut(62, 63, "Мемлекеттік", "белгіленеді.")
    refusal_src = cut(132, 134, "Өтініш", "табылады.")
    complaint22 = cut(157, 161, "Шағымдар", "беріледі.")
    talon = cut(121, 123, "Өтініш", "т а л о н")
    h = {"days": [{"weekdays": WEEK, "intervals": LUNCH_13_14}], "source": hours_src}
    qis = quality()
    return {
        "id": SERVICE,
        "kind": "standard",
        "number": "1",
        "title": t(
            restored(cut(32, 33, "Жергілікті", "және төлеу")),
            "Assigning and paying social assistance to certain categories of needy citizens by decisions of local "
            "representative bodies",
            "Назначение и выплата социальной помощи отдельным категориям нуждающихся граждан по решениям местных "
            "представительных органов",
        ),
        "source": cut(32, 33, "Жергілікті", "және төлеу"),
        "definition": stmt(
            cut(36, 46, "Осы стандарт", "к ө м е к ."),
            "The standard sets the procedure of assigning and paying social assistance to certain categories of "
            "needy citizens by decisions of local representative bodies: cash payments under the budget programme "
            "of that name.",
        ),
        "legal_basis": [
            stmt(
                cut(49, 50, "Қазақстан Республикасының 2004", "тармақшасы"),
                "Budget Code of 24 April 2004, article 53 paragraph 1 subparagraph 4)",
            ),
            stmt(
                cut(50, 53, '"Қазақстан', "1-3) тармақшалары"),
                "Law of 23 January 2001 on local state government, article 31 paragraph 1 subparagraphs 14) and 1-3)",
            ),
        ],
        "provider": stmt(
            cut(54, 56, "Мемлекеттік қызмет", "көрсетіледі."),
            "The employment and social programmes departments of the districts and of Kokshetau and Stepnogorsk "
            "cities (annex 1)",
        ),
        "form": {"value": "partly_automated", "source": cut(47, 47, "ішінара", "автоматтандырылған")},
        "results": [
            stmt(
                cut(59, 60, "Әлеуметтік", "табылады."),
                "A decision to assign and pay social assistance",
            )
        ],
        "consumers": [
            {
                "text": t(
                    "Мемлекеттік қызмет көрсетілетін жеке тұлғалардың санаттары аудан (облыстық маңызы бар қала) "
                    "мәслихаттар шешімдеріне белгіленеді.",
                    "The categories of individuals served are set by the decisions of the district (or city of "
                    "oblast significance) maslikhats",
                ),
                "source": consumers_src,
            }
        ],
        "terms": [
            {
                "role": "main",
                "value": 15,
                "unit": "calendar_days",
                "starts_from": "commission_decision",
                "starts_from_text": t(
                    "әлеуметтік көмек жөніндегі комиссияның шешімін алған күннен бастап",
                    "From the day the decision of the social assistance commission is received",
                ),
                "actor": None,
                "source": term,
            }
        ],
        "queue_limits": [
            {"stage": "submit", "minutes": 40, "qualifier": "at_most", "source": submit},
            {"stage": "receive", "minutes": 40, "qualifier": "at_most", "source": receive},
        ],
        "fee": {
            "kind": "free",
            "amount": None,
            "currency": "KZT",
            "source": cut(71, 71, "Мемлекеттік", "көрсетіледі."),
        },
        "service_hours": h,
        "intake_hours": h,
        "channels": ["provider"],
        "documents": documents(),
        "document_notes": [
            stmt(
                cut(115, 116, "Мемлекеттік қызмет", "негізінде көрсетіледі."),
                "The service is given on the basis of an application in free form (at the applicant's place of "
                "residence).",
            ),
            stmt(
                cut(118, 119, "Мемлекеттік қызметті", "Бөлімге тапсырылады."),
                "The documents are handed in to the department of the applicant's place of residence.",
            ),
        ],
        "talon": {"kind": "talon", "fields": ["accepted_at", "accepted_by"], "source": talon, "refusal_receipt": None},
        "refusal_grounds": [
            {
                "text": t(
                    "Өтініш берушінің құжаттарды берген кезде толық емес мәліметтерді және (немесе) дәйексіз "
                    "мағлұмат беру мемлекеттік қызмет көрсетуді тоқтату немесе мемлекеттік қызмет көрсетуден бас "
                    "тартуға негіз болып табылады.",
                    "Incomplete and/or unreliable information given by the applicant with the documents is a ground "
                    "to stop or refuse the service",
                ),
                "source": refusal_src,
            }
        ],
        "result_delivery": [
            stmt(
                cut(127, 129, "Қызмет", "асырылады."),
                "The result is received at the department of the applicant's place of residence or by postal "
                "notification",
            )
        ],
        "complaint": [
            stmt(
                cut(152, 154, "Уәкілетті", "алуға болады."),
                "Explanations of the complaint procedure and help to prepare a complaint: the heads of the "
                "departments or their deputies",
            ),
            {
                "text": t(
                    'Шағымдар байланыс деректері осы Стандарттың 1-қосымшасында көрсетілген Бөлімдерге, "Ақмола '
                    'облысының жұмыспен қамтуды және әлеуметтік бағдарламаларды үйлестіру басқармасы" мемлекеттік '
                    "мекемесіне (бұдан әрі- Басқарма) беріледі.",
                    "Complaints are filed with the departments (annex 1) or with the Akmola oblast department for "
                    "the coordination of employment and social programmes",
                ),
                "source": complaint22,
            },
            stmt(
                cut(164, 166, "Өтініш", "растайды."),
                "A talon with the contacts of the officials from whom the answer's date, place and progress can be "
                "learned confirms that the complaint was accepted",
            ),
        ],
        "quality_indicators": qis,
        "office_ids": DEPT_IDS,
        "complaint_office_ids": [OBLAST_DEPT, OBLAST_AKIMAT],
        "steps": [],
        "implements": None,
        "data_issues": [
            issue(
                "other",
                "warning",
                "The 15 calendar days run from the day the social assistance commission's decision is received, not "
                "from the application; the act sets no term for the commission itself, so the time from application "
                "to payment is not bounded by the act. A deadline needs the moment the decision was received.",
                term,
            ),
            issue(
                "damaged-text",
                "warning",
                "Point 6 is printed with its number «6.» and the opening bracket displaced: «... санаттары аудан "
                "(      6. ⏎облыстық маңызы бар қала) ...». The kk text is restored by hand: the number moved back "
                "to the front and the bracket attached to «облыстық».",
                consumers_src,
            ),
            issue(
                "damaged-text",
                "warning",
                "Point 17 is printed with its number «17.» displaced into the sentence («... мәліметтерді және       "
                "17. ⏎(немесе) ...»); the kk text is restored by hand without it.",
                refusal_src,
            ),
            issue(
                "damaged-text",
                "warning",
                "Point 22 is printed with its opening bracket displaced to the start of a line («(әлеуметтік "
                "бағдарламаларды ...» instead of «(бұдан әрі- Басқарма)»); the kk text is restored by hand with the "
                "bracket in place.",
                complaint22,
            ),
            issue(
                "cross-reference",
                "info",
                "Point 22 says the names, emails and officials to whom complaints are addressed are in «24-тарау» "
                "(chapter 24); the act has no chapter 24 — point 24 of chapter 6 is meant.",
                cut(162, 163, "атына шағым", "24-тарауында көрсетілген"),
            ),
            issue(
                "wording",
                "info",
                "The act calls the talon «үзбелі талон» (a tear-off talon) that shows the date and time of "
                "registration and the surname and name of the specialist who took the documents; it does not call it "
                "a registration talon (тіркеу талоны).",
                talon,
            ),
            issue(
                "other",
                "warning",
                "Point 12 lists 16 documents as if every applicant handed in all of them, but most belong to one "
                "category of assistance only (a death certificate for funeral aid, a TB doctor's certificate for TB "
                "patients, a sanatorium card for sanatorium treatment, ...); the categories themselves are set by the "
                "maslikhats' decisions (point 6). The conditions recorded on those documents are inferred from each "
                "document's own wording, not stated by the act.",
                cut(91, 92, "Мемлекеттік қызмет", "т а п с ы р а д ы :"),
            ),
            issue(
                "wording",
                "info",
                "Document 11 names two papers, «қайтыс болған азаматтың қайтыс болуы туралы куәлігінің көшірмесі» and "
                "«қайтыс болғандығы туралы куәлік» (a copy of the death certificate, and a certificate of death); the "
                "act does not say whether both or either are needed. It is recorded as one document.",
                cut(106, 107, "қайтыс", "к у ә л і к"),
            ),
            issue(
                "wording",
                "warning",
                "Document 16, «туы туралы куәлігінің көшірмесі» (a copy of a birth certificate), does not say whose "
                "birth, and unlike documents 7-13 and 15 its wording names no case it is for. It is recorded for "
                "applicants with children: that condition is a guess, not the act's (read literally, point 12 asks "
                "every applicant for it).",
                cut(114, 114, "туы", "көшірмес і"),
            ),
            issue(
                "misprint",
                "info",
                "Document 8 spells «санаторлық-қурорттық» (with «қ») where document 15 has «санаторлық-курорттық».",
                cut(101, 101, "санаторлық-қурорттық", "санаторлық-қурорттық"),
            ),
            issue(
                "misprint",
                "info",
                "Quality indicator 5.1 is printed «% үлесі)» without its opening bracket.",
                qis[-1]["source"],
            ),
            issue(
                "other",
                "info",
                "In the quality annex, the column «the indicator's target value next year» is lower than the normative "
                "value for every indicator but 4.1 (for example 94,6 against 100 for 1.1); the values are recorded "
                "as printed.",
                qis[0]["values_source"],
            ),
        ],
    }


# ==============================================================================================================


def dump(data: J) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def outputs() -> dict[str, str]:
    return {
        "act.json": dump({"format": 1, "act": act()}),
        "offices.json": dump({"format": 1, "act": ACT, "items": offices()}),
        "services.json": dump({"format": 1, "act": ACT, "items": [service()]}),
    }


def main(argv: list[str]) -> int:
    return write_or_check(OUT, outputs(), argv, "encode_akmola.py")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
