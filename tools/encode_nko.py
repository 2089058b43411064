"""Encode the North Kazakhstan 2015 act (akimat resolution № 294 of 2015-08-10) into src/kzsocial/data/acts/nko-2015/.

Usage: python tools/encode_nko.py [--check]     (--check: compare with the files on disk, write nothing)

Development only: reads sources/004_c30395a18cd71827.txt. The 19 regulations repeat one structure, so the
steps, paragraphs 1-3 and the office tables are parsed (tools/nko_parse.py); documents, receipts, terms and the
act's inconsistencies are specified by hand below, each phrase located on its line by searching the seed. Every
phrase written carries {line, text}; tools/check_sources.py nko-2015 checks them all.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import nko_parse as seed
from _generated import write_or_check
from nko_docs import DOCS, RECEIPTS, REG_EXTRA

OUT = seed.ROOT / "src" / "kzsocial" / "data" / "acts" / "nko-2015"
ACT = "nko-2015"
REGION = "north-kazakhstan"
TZ = "Asia/Almaty"

Json = dict[str, Any]

# number -> (slug, English title)
REGS: dict[int, tuple[str, str]] = {
    1: ("unemployed-registration", "Registration of unemployed citizens"),
    2: ("unemployed-certificate", "Issue of certificates to unemployed citizens"),
    3: ("active-employment-referral", "Referrals to active forms of employment assistance"),
    4: ("child-allowance", "State allowance for children under eighteen"),
    5: ("targeted-social-assistance", "State targeted social assistance"),
    6: (
        "local-council-social-assistance",
        "Social assistance to categories of needy citizens by decisions of local representative bodies",
    ),
    7: (
        "rural-specialists-fuel-assistance",
        "Social assistance for buying fuel to social-sphere specialists living and working in rural settlements",
    ),
    8: ("disabled-children-home-education", "Reimbursement of the costs of educating disabled children at home"),
    9: (
        "semipalatinsk-victims",
        "Registration of citizens affected by the nuclear tests at the Semipalatinsk test site, one-off compensation, "
        "certificates",
    ),
    10: (
        "targeted-assistance-certificate",
        "Certificate that the applicant (family) receives targeted social assistance",
    ),
    11: ("prosthetic-orthopaedic-aid", "Documents for prosthetic and orthopaedic aid to disabled persons"),
    12: (
        "hearing-vision-hygiene-aids",
        "Provision of hearing, vision (surdo-typhlo) and obligatory hygiene aids to disabled persons",
    ),
    13: (
        "personal-assistant-sign-language",
        "Documents for a personal assistant (group I disabled persons with impaired mobility) and a sign-language "
        "specialist (hearing-impaired persons)",
    ),
    14: ("wheelchairs", "Provision of wheelchairs to disabled persons"),
    15: ("sanatorium-treatment", "Sanatorium and spa treatment for disabled persons"),
    16: (
        "medical-social-institution-services",
        "Documents for special social services in medical and social institutions",
    ),
    17: ("home-care-services", "Documents for special social services in home care"),
    18: (
        "foreign-labour-permit",
        "Issue and extension of permits to foreign workers and to employers attracting foreign labour",
    ),
    19: ("oralman-status", "Granting oralman status"),
}

# -- act ---------------------------------------------------------------------------------------------------


def act_record() -> Json:
    kk_head, ru_head = 3, seed.RU_START + 2
    notes = seed.find_all(
        "1-қосымша жаңа редакцияда - Солтүстік Қазақстан облысы әкімдігінің 31.12.2015 N 511", 1, seed.RU_START
    )
    ru_notes = seed.find_all(
        "Приложение 1 - в редакции постановления акимата Северо-Казахстанской области от 31.12.2015 N 511",
        seed.RU_START,
    )
    amend_text = "1-қосымша жаңа редакцияда - Солтүстік Қазақстан облысы әкімдігінің 31.12.2015 N 511 қаулысымен"
    ru_amend = "Приложение 1 - в редакции постановления акимата Северо-Казахстанской области от 31.12.2015 N 511"
    title_kk = seed.line(1).strip()
    title_ru = seed.line(seed.RU_START).strip()
    return {
        "id": ACT,
        "source_file": seed.SEED_NAME,
        "region": REGION,
        "timezone": TZ,
        "issuer": {
            "kk": "Солтүстік Қазақстан облысының әкімдігі",
            "ru": "Акимат Северо-Казахстанской области",
            "en": "Akimat of North Kazakhstan oblast",
        },
        "issuer_source": seed.src(kk_head, "Солтүстік Қазақстан облысы әкімдігінің"),
        "kind": "resolution",
        "kind_source": seed.src(kk_head, "№ 294 қаулысы"),
        "number": "294",
        "date": "2015-08-10",
        "date_source": seed.src(kk_head, "2015 жылғы 10 тамыздағы № 294 қаулысы"),
        "ru_date_source": seed.src(ru_head, "от 10 августа 2015 года № 294"),
        "title": {
            "kk": title_kk,
            "ru": title_ru,
            "en": "On approval of the regulations of state services in the social and labour sphere",
        },
        "source": seed.src(1, title_kk),
        "ru_source": seed.src(seed.RU_START, title_ru),
        "signed_by": {
            "kk": "Е.Сұлтанов",
            "ru": "Е.Султанов",
            "role": {"kk": "Солтүстік Қазақстан облысының әкімі"},
            "source": seed.src(31, "Е.Сұлтанов"),
        },
        "registration": {
            "number": "3379",
            "date": "2015-09-11",
            "body": {
                "kk": "Солтүстік Қазақстан облысының Әділет департаменті",
                "ru": "Департамент юстиции Северо-Казахстанской области",
                "en": "Justice Department of North Kazakhstan oblast",
            },
            "source": seed.src(
                kk_head,
                "Солтүстік Қазақстан облысының Әділет департаментінде 2015 жылғы 11 қыркүйекте N 3379 болып тіркелді",
            ),
            "ru_source": seed.src(
                ru_head,
                "Зарегистрировано Департаментом юстиции Северо-Казахстанской области 11 сентября 2015 года № 3379",
            ),
        },
        "repeal": {
            "number": "181",
            "date": "2016-05-26",
            "by": {
                "kk": "Солтүстік Қазақстан облысы әкімдігінің 2016 жылғы 26 мамырдағы N 181 қаулысы",
                "ru": "Постановление акимата Северо-Казахстанской области от 26 мая 2016 года N 181",
                "en": "Resolution of the Akimat of North Kazakhstan oblast of 26 May 2016 N 181",
            },
            "source": seed.src(
                kk_head,
                "Күші жойылды – Солтүстік Қазақстан облысы әкімдігінің 2016 жылғы 26 мамырдағы N 181 қаулысымен",
            ),
            "ru_source": seed.src(
                ru_head, "Утратило силу постановлением акимата Северо-Казахстанской области от 26 мая 2016 года N 181"
            ),
            "also_printed": [
                seed.src(5, "Күші жойылды – Солтүстік Қазақстан облысы әкімдігінің 26.05.2016 N 181 қаулысымен")
            ],
        },
        "entry_into_force": {
            "text": {
                "kk": "Осы қаулы алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң "
                "қолданысқа енгізіледі.",
                "ru": "Настоящее постановление вводится в действие по истечении десяти календарных дней после "
                "дня его первого официального опубликования.",
                "en": "The resolution enters into force ten calendar days after its first official publication.",
            },
            "date": None,
            "source": seed.src(
                28,
                "Осы қаулы алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.",
            ),
        },
        "amendments": [
            {
                "number": "511",
                "date": "2015-12-31",
                "description": {
                    "kk": "1-қосымша жаңа редакцияда (әрбір регламенттің 1-қосымшасы – көрсетілетін қызметті "
                    "берушілердің мекенжайы)",
                    "ru": "Приложение 1 (адреса услугодателей) каждого регламента изложено в новой редакции",
                    "en": "Annex 1 of each of the 19 regulations (the providers' addresses and hours) restated; "
                    "in force ten calendar days after its first official publication. The offices in "
                    "offices.json are those of the amended annexes.",
                },
                "source": seed.src(notes[0], amend_text),
                "ru_source": seed.src(ru_notes[0], ru_amend),
                "also_printed": [seed.src(n, amend_text) for n in notes[1:]]
                + [seed.src(n, ru_amend) for n in ru_notes[1:]],
            }
        ],
        "data_issues": act_issues(),
    }


def act_issues() -> list[Json]:
    item13 = seed.find('13) "Жүріп-тұруы қиын бірінші топтағы', 9, 27)
    return [
        {
            "code": "other",
            "severity": "info",
            "message": "The resolution enters into force ten calendar days after its first official publication, "
            "but the text does not give the publication date; only the adoption (2015-08-10) and "
            "registration (2015-09-11) dates are known. It was repealed by resolution N 181 of "
            "2016-05-26. Annex 1 of every regulation is given as restated by resolution N 511 of "
            "2015-12-31, in force ten calendar days after its own publication.",
            "source": seed.src(
                28,
                "Осы қаулы алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.",
            ),
        },
        {
            "code": "other",
            "severity": "info",
            "message": "The regulations implement the standards approved by order № 279 of the Minister of Health "
            "and Social Development of 2015-04-28 (registered № 11342). That order is not among the "
            "seeds: the overall terms of the services, their documents' legal details, refusal grounds "
            "and complaint routes are in the standards, not here, and are not invented. Each "
            "regulation records only what it states itself.",
            "source": seed.src(39, "2015 жылғы 28 сәуірдегі № 279 бұйрығымен"),
        },
        {
            "code": "misprint",
            "severity": "info",
            "message": "In point 1 of the resolution the title of regulation 13 lacks its closing quotation mark "
            "(«...құжаттарды ресімдеу мемлекеттік көрсетілетін қызмет регламенті»); the regulation "
            "itself is headed with both quotation marks.",
            "source": seed.src(item13, "құжаттарды ресімдеу мемлекеттік көрсетілетін қызмет регламенті;"),
        },
        {
            "code": "other",
            "severity": "info",
            "message": "The act prints every phone number as «8 (715)NN-...»: the brackets hold only the first "
            "three digits of the area code, the rest of which follows them (8 (715)33-2-13-62 is trunk "
            "prefix 8, area code 71533, number 2-13-62; 8 (715)2-53-07-84 is area code 7152 of "
            "Petropavl). All numbers have the ten national digits, so E.164 follows from the printed "
            "value; each office's area_code is read from its own number the same way.",
            "source": seed.src(seed.find("8 (715)33-2-13-62"), "8 (715)33-2-13-62"),
        },
    ]


# -- steps -------------------------------------------------------------------------------------------------

KK_ACTORS = [
    ("көрсетілетін қызметті берушінің қызметкері", "provider_employee"),
    ("көрсетілетін қызметті берушінің басшысы", "provider_head"),
    ("көрсетілетін қызметті берушінің/ ауылдық округ әкімінің жауапты орындаушысы", "provider_executor"),
    ("көрсетілетін қызметті берушінің жауапты орындаушысы", "provider_executor"),
    ("көрсетілетін қызметті берушінің электрондық", "provider_employee"),
    ("көрсетілетін қызметті берушініңэлектрондық", "provider_employee"),
    ("көрсетілетін қызметті берушінің ЭЦ", "provider_executor"),
    ("көрсетілетін қызметті берушінің электрондық құжат", "provider_executor"),
    ("орталық қызметкері", "centre_operator"),
    ("ауылдық округ әкімі", "akim"),
    ("учаскелік комиссия", "other"),
    ("арнайы комиссия", "other"),
    ("көрсетілетін қызметті алушы", "applicant"),
    ("көрсетілетін қызмет алушы", "applicant"),
    ("электрондық мемлекеттік қызмет көрсету үшін", "applicant"),
]


def kk_actor(text: str, previous: str | None) -> str:
    body = seed.ITEM.sub("", text, count=1)
    if body.startswith(("Құжаттарды", "Осуществляет", "Передает")):
        assert previous is not None
        return previous
    if "курьерлік" in body:
        return "centre_courier"
    if re.search(r"хабарлама алуы|мәртебесі және", body):
        return "portal"
    best = None
    for prefix, actor in KK_ACTORS:
        if body.startswith(prefix) and (best is None or len(prefix) > len(best[0])):
            best = (prefix, actor)
    if best is None:
        raise AssertionError(f"no actor for step {text!r}")
    return best[1]


def _alt(text: str, durs: list[seed.Duration], lang: str) -> tuple[seed.Duration, list[Json]]:
    """The main duration and the conditional alternatives «(құжаттар орталықтан түскен жағдайда, ...)»."""
    main, alts = durs[0], []
    for d in durs[1:]:
        before = text[: d.start]
        cond = re.search(r"\(\s*([^()]*?(?:жағдайда|случае)[^()]*?),?\s*$", before)
        if cond is None:
            raise AssertionError(f"second duration without a condition in {text!r}")
        alts.append({"condition": cond.group(1).strip(" ,"), "d": d})
    return main, alts


def action_text(text: str, durs: list[seed.Duration], lang: str) -> str:
    body = seed.ITEM.sub("", text, count=1)
    offset = len(text) - len(body)
    main = durs[0]
    start, end = main.start - offset, main.end - offset
    head = body[:start]
    tail = body[end:]
    # drop the conditional alternative «(құжаттар ... жағдайда, N (...) ...)» and trailing punctuation
    tail = re.sub(r"^[\s,;.)]*\(?[^()]*(?:жағдайда|случае)[^()]*\([^()]*\)[^()]*\)", "", tail)
    head = re.sub(r"[\s,;:(]+$", "", head)
    head = re.sub(r"\b(не более|в течение|в течении)$", "", head).rstrip(" ,;(")
    tail = tail.strip(" ,;.:)7\xa0")
    out = head if not tail else f"{head} {tail}"
    if main.calendar_prefix:
        out = re.sub(r"\s*күнтізбелік$", "", out)
    return re.sub(r"\s+", " ", out).strip(" ,;")


def step_units_raw(d: seed.Duration) -> str:
    return d.raw.strip()


CHANNEL_HEADS_KK = [
    ("Орталыққа жүгіну", "centre"),
    ("Ауылдық округ әкіміне жүгіну", "akim"),
    ("Портал арқылы", "portal"),
]
CHANNEL_HEADS_RU = [
    ("обращения в центр", "centre"),
    ("обращения к акиму", "akim"),
    ("через портал", "portal"),
]


def channel_paras(kb: seed.Block, rb: seed.Block) -> dict[str, tuple[seed.Para, seed.Para]]:
    kp, rp = seed.paragraphs(kb), seed.paragraphs(rb)
    out: dict[str, tuple[seed.Para, seed.Para]] = {"provider": (kp[5], rp[5]), "sequence": (kp[8], rp[8])}
    for num, para in kp.items():
        head = seed.line(para.line)
        for key, channel in CHANNEL_HEADS_KK:
            if key in head:
                ru_head = seed.line(rp[num].line)
                assert any(k in ru_head and c == channel for k, c in CHANNEL_HEADS_RU), (num, ru_head)
                out[channel] = (para, rp[num])
    return out


def build_steps(number: int, channel: str, kpara: seed.Para, rpara: seed.Para, extra: Json) -> list[Json]:
    skip_kk = set(extra.get("skip_lines", []))
    ks = seed.raw_steps(kpara, "kk", skip=skip_kk)
    rs = seed.raw_steps(rpara, "ru", skip=set(extra.get("skip_lines_ru", [])))
    assert len(ks) == len(rs), (number, channel, len(ks), len(rs))
    extra.get("variants_kk", {})
    out: list[Json] = []
    actor: str | None = None
    for order, (k, r) in enumerate(zip(ks, rs, strict=False), 1):
        override = extra.get("step_overrides", {}).get(k.line, {})
        actor = override.get("actor") or kk_actor(k.text, actor)
        if channel == "akim" and actor.startswith("provider") is False and actor == "other":
            pass
        step: Json = {"channel": channel, "order": order, "item": k.item, "actor": actor}
        if number in VARIANT_SLUGS and (slug_v := variant_slug(number, k.variant)) is not None:
            step["variant"] = slug_v
        if k.durations:
            main, alts = _alt(k.text, k.durations, "kk")
            r_main, r_alts = _alt(r.text, r.durations, "ru") if r.durations else (None, [])
            step["action"] = {
                "kk": seed.clean(action_text(k.text, k.durations, "kk")),
                "ru": seed.clean(action_text(r.text, r.durations, "ru")) if r.durations else None,
            }
            step["max"] = {"value": main.value, "unit": main.unit}
            step["max_raw"] = step_units_raw(main)
            if r_main is not None:
                step["max_raw_ru"] = step_units_raw(r_main)
            if alts:
                step["max_alternatives"] = [
                    {
                        "condition": {"kk": a["condition"], "ru": ra["condition"] if ra else None},
                        "max": {"value": a["d"].value, "unit": a["d"].unit},
                        "max_raw": a["d"].raw,
                    }
                    for a, ra in zip(alts, r_alts + [None] * (len(alts) - len(r_alts)), strict=False)
                ]
        else:
            step["action"] = {
                "kk": seed.clean(seed.ITEM.sub("", k.text, count=1)).rstrip(" ;."),
                "ru": seed.clean(seed.ITEM.sub("", r.text, count=1)).rstrip(" ;."),
            }
            step["max"] = None
            step["max_raw"] = None
        step["source"] = seed.src(k.line, k.text)
        step["ru_source"] = seed.src(r.line, r.text)
        step.update({key: v for key, v in override.items() if key not in ("actor",)})
        out.append(step)
    return out


VARIANT_SLUGS = {
    9: [
        (None, "registration"),
        ("азаматтарды тіркеу:", "registration"),
        ("куәлік немесе оның телнұсқасын беру", "certificate"),
    ],
    18: [
        ("Шетелдік жұмыс күшін тартуға рұқсат беру:", "employer-permit"),
        ("Шетелдік жұмыс күшін тартуға рұқсатты қайта ресімдеу:", "employer-permit-reissue"),
        ("Шетелдік жұмыс күшін тартуға рұқсатты ұзарту:", "employer-permit-extension"),
        ("жұмысқа орналастыруға рұқсат беру және", "worker-permit"),
        ("жұмысқа орналастыруға рұқсатты қайта ресімдеу:", "worker-permit-reissue"),
        ("жұмысқа орнаалстыруға рұқсатты қайта ресімдеу:", "worker-permit-reissue"),
    ],
}


def variant_slug(number: int, heading: str | None) -> str | None:
    if heading is None and number == 18:
        return None  # the portal procedure is common to all five
    for key, slug in VARIANT_SLUGS[number]:
        if (key is None and heading is None) or (key is not None and heading is not None and key in heading):
            return slug
    raise AssertionError(f"regulation {number}: unknown variant heading {heading!r}")


# -- paragraphs 1-3 ----------------------------------------------------------------------------------------


def _stmt(
    kk: str, ru: str | None, kline: int, rline: int | None, kk_src: str | None = None, ru_src: str | None = None
) -> Json:
    out: Json = {
        "text": {"kk": seed.clean(kk), "ru": None if ru is None else seed.clean(ru)},
        "source": seed.src(kline, kk_src or kk),
    }
    if rline is not None and ru is not None:
        out["ru_source"] = seed.src(rline, ru_src or ru)
    return out


def _strip_num(text: str) -> str:
    return re.sub(r"^\s*\d+[.)]\s*", "", text).strip()


def implements(kp: seed.Para, rp: seed.Para) -> tuple[Json, str, str]:
    kline, rline = seed.line(kp.line), seed.line(rp.line)
    m = re.search(
        r'"Әлеуметтік-еңбек саласындағы.*?бекітілген "(.+?)" мемлекеттік көрсетілетін қызмет стандарты', kline
    )
    r = re.search(r'стандартом государственной услуги "(.+?)",? утвержденн\w+ приказом .*?за № 11342\)', rline)
    assert m and r, (kp.line, rp.line)
    return _stmt(m.group(0), r.group(0), kp.line, rp.line), m.group(1), r.group(1)


def provider(kp: seed.Para, rp: seed.Para) -> Json:
    kn = next(n for n in kp.lines if "көрсетілетін қызметті беруші)" in seed.line(n))
    rn = next(n for n in rp.lines if "услугодатель)" in seed.line(n))
    m = re.search(
        r"\(бұдан әрі – мемлекеттік көрсетілетін қызмет\)\s*(.+?)\s*\(бұдан әрі\s*–\s*көрсетілетін "
        r"қызметті беруші\)",
        seed.line(kn),
    )
    r = re.search(r"оказывается (.+?)\s*\(далее\s*–\s*услугодатель\)", seed.line(rn))
    assert m and r, (kn, rn)
    return _stmt(m.group(1), r.group(1), kn, rn)


def fee(kp: seed.Para, rp: seed.Para) -> Json:
    kn = next(n for n in kp.lines if "тегін көрсетіледі" in seed.line(n))
    rn = next(n for n in rp.lines if "бесплатно" in seed.line(n))
    return {
        "kind": "free",
        "amount": None,
        "currency": "KZT",
        "source": seed.src(kn, "тегін көрсетіледі"),
        "ru_source": seed.src(rn, "оказывается бесплатно"),
    }


def form(kp: seed.Para, rp: seed.Para) -> Json:
    kt, rt = seed.line(kp.line), seed.line(rp.line)
    phrase = re.split(r"нысаны\s*[-:–]?\s*|нысан\w*\s*[-:–]\s*", _strip_num(kt), maxsplit=1)[-1].rstrip(".")
    rphrase = re.split(r"услуги\s*[-:–]\s*", _strip_num(rt), maxsplit=1)[-1].rstrip(".")
    if "ішінара" in phrase:
        value = "partly_automated"
    elif "толық автоматтандырылған" in phrase:
        value = "automated"
    else:
        value = "not_automated"
    return {
        "value": value,
        "text": {"kk": phrase, "ru": rphrase},
        "source": seed.src(kp.line, phrase),
        "ru_source": seed.src(rp.line, rphrase),
    }


def document_notes(kp: seed.Para, rp: seed.Para) -> list[Json]:
    """Paragraph 4's notes on documents not required when the state information systems confirm them."""
    kl = [
        n
        for n in [kp.line, *kp.lines]
        if re.search(r"талап етілмейді", seed.line(n)) and re.search(r"ақпараттық жүйе", seed.line(n))
    ]
    rl = [
        n
        for n in [rp.line, *rp.lines]
        if re.search(r"не требуется", seed.line(n)) and re.search(r"информационн", seed.line(n))
    ]
    assert len(kl) == len(rl), (kp.line, kl, rl)
    return [_stmt(seed.line(k).strip(), seed.line(r).strip(), k, r) for k, r in zip(kl, rl, strict=False)]


def results(kp: seed.Para, rp: seed.Para) -> tuple[list[Json], list[Json]]:
    klines = [kp.line, *kp.lines]
    rlines = [rp.line, *rp.lines]
    if len(klines) != len(rlines):
        raise AssertionError(f"paragraph 3 at {kp.line}: {len(klines)} kk lines, {len(rlines)} ru lines")
    res: list[Json] = []
    delivery: list[Json] = []
    in_delivery = False  # after «...ұсыну нысаны:» with its forms on the following lines
    for kn, rn in zip(klines, rlines, strict=True):
        kt, rt = _strip_num(seed.line(kn)), _strip_num(seed.line(rn))
        kt, rt = kt.rstrip(";."), rt.rstrip(";.")
        is_delivery = in_delivery or (
            re.search(r"ұсыну нысаны|Көрсетілетін мемлекеттік қызмет нысаны|Порталда|нәтижесін ұсыну", kt) is not None
        )
        if re.match(r"^(көрсетілетін қызметті берушіде немесе орталықта|ЗТМО-да):?$", kt):
            continue  # sub-headings of regulation 9's list; the items carry them
        if kt.endswith(":") and len(kt) <= 60:  # a bare heading whose items follow («...нәтижесі:»)
            in_delivery = is_delivery
            continue
        (delivery if is_delivery else res).append(_stmt(kt, rt, kn, rn))
    return res, delivery


# -- offices -----------------------------------------------------------------------------------------------

OFFICE_SLUGS = [
    ("Айыртау", "aiyrtau", "71533"),
    ("Ақжар", "akzhar", "71546"),
    ("Аққайың", "akkayin", "71532"),
    ("Есіл", "esil", "71543"),
    ("Жамбыл", "zhambyl", "71544"),
    ("Мағжан Жұмабаев", "magzhan-zhumabaev", "71531"),
    ("Қызылжар", "kyzylzhar", "71538"),
    ("Мамлют", "mamlyut", "71541"),
    ("Ғабит Мүсірепов", "gabit-musrepov", "71535"),
    ("Тайынша", "tayynsha", "71536"),
    ("Тимирязев", "timiryazev", "71537"),
    ("Уәлиханов", "ualikhanov", "71542"),
    ("Шал ақын", "shal-akyn", "71534"),
    ("Петропавл", "petropavl", "7152"),
]
OBLAST_ID = f"{REGION}/employment-coordination-oblast"


def _akzhar(rec: Json) -> list[Json]:
    ru_line = seed.find("akzhar-social@sko.kz", seed.RU_START)
    return [
        {
            "code": "wrong-contact",
            "severity": "warning",
            "message": "The Kazakh annexes print the email as «akzhar-social@ko.kz»; the Russian annexes print "
            "«akzhar-social@sko.kz», the domain every other department of the oblast uses (sko.kz). The "
            "Kazakh value is kept as printed; the Russian one is most likely the right address.",
            "source": rec["emails"][0]["source"],
            "ru_source": seed.src(ru_line, "akzhar-social@sko.kz"),
        }
    ]


def _kyzylzhar(rec: Json) -> list[Json]:
    second = rec["phones"][1]
    return [
        {
            "code": "other",
            "severity": "info",
            "message": "The second number «8 (715)2-50-06-17» has the Petropavl area code 7152, not the "
            "district's 71538 (Beskol lies next to Petropavl); E.164 follows from the printed digits.",
            "source": second["source"],
        }
    ]


def _aiyrtau(rec: Json) -> list[Json]:
    dup = [seed.office_rows(seed.KK_BLOCKS[n - 1])[-1].name_line for n in (3, 4)]
    return [
        {
            "code": "duplicate-office",
            "severity": "info",
            "message": "The Kazakh annex 1 of regulations 3 and 4 prints this department twice (first unnumbered, "
            "then as row 14, the table being shifted by one row); it is one office.",
            "source": seed.src(dup[0]),
            "also": [seed.src(n) for n in dup[1:]],
        }
    ]


def _magzhan(rec: Json) -> list[Json]:
    return [
        {
            "code": "other",
            "severity": "info",
            "message": "In most Russian annexes the department's name is broken over two lines (the second starts "
            '«Северо-Казахстанской области"»); the name is recorded whole.',
            "source": rec["ru_source"],
        }
    ]


OFFICE_ISSUES = {"akzhar": _akzhar, "kyzylzhar": _kyzylzhar, "aiyrtau": _aiyrtau, "magzhan-zhumabaev": _magzhan}


def office_id(slug: str) -> str:
    return f"{REGION}/employment-dept-{slug}"


def _digits_area(raw: str) -> str:
    """The area code read from a printed «8 (715)NN-...» number: the national digits minus the subscriber number."""
    digits = re.sub(r"\D", "", raw)
    assert len(digits) == 11 and digits[0] == "8", raw
    national = digits[1:]
    # the subscriber number is what follows the first hyphen group after the brackets: 2-13-62 (5) or 53-07-84 (6)
    after = raw.split(")", 1)[1]
    first_group = after.split("-", 1)[0]
    return national[: 3 + len(first_group)]


def hours_record(n: int, lang: str = "kk") -> Json:
    text = seed.line(n).strip()
    m = re.search(r"сағат 9\.00-ден (\d+)\.(\d+)-(?:ға|ге) дейін", text) if lang == "kk" else None
    assert m is not None, text
    close = f"{int(m.group(1)):02d}:{m.group(2)}"
    lunch = re.search(r"сағат (\d+)\.(\d+)-ден (\d+)\.(\d+)-(?:ға|ге) дейінгі түскі үзіліспен", text)
    assert lunch is not None, text
    l1, l2 = f"{int(lunch.group(1)):02d}:{lunch.group(2)}", f"{int(lunch.group(3)):02d}:{lunch.group(4)}"
    assert "дүйсенбіден бастап жұманы қоса алғанда" in text
    return {
        "days": [{"weekdays": [0, 1, 2, 3, 4], "intervals": [["09:00", l1], [l2, close]]}],
        "source": seed.src(n, text),
    }


def _loc(lines: list[int]) -> list[str]:
    return [seed.line(n).strip().rstrip(",") for n in lines]


def office_records() -> tuple[list[Json], dict[int, list[str]]]:
    kk_tables = [seed.office_rows(b) for b in seed.KK_BLOCKS]
    ru_tables = [seed.office_rows(b) for b in seed.RU_BLOCKS]
    offices: list[Json] = []
    served: dict[int, list[str]] = {}
    base_kk = kk_tables[0]
    base_ru = ru_tables[0]
    for idx, (key, slug, area) in enumerate(OFFICE_SLUGS):
        k = base_kk[idx]
        r = base_ru[idx]
        assert key in k.name, (key, k.name)
        loc = _loc(k.location)
        rloc = _loc(r.location)
        is_city = slug == "petropavl"
        if is_city:
            district, settlement, address = None, loc[0], loc[1]
            rdistrict, rsettlement, raddress = None, rloc[0], rloc[1]
        elif slug == "gabit-musrepov":
            district, settlement, address = " ".join(loc[:2]), loc[2], loc[3]
            rdistrict, rsettlement, raddress = rloc[0], rloc[1], rloc[2]
        elif slug == "magzhan-zhumabaev":  # the Russian name runs onto the first location line
            district, settlement, address = loc
            rdistrict, rsettlement, raddress = rloc[1], rloc[2], rloc[3]
        else:
            district, settlement, address = loc
            rdistrict, rsettlement, raddress = rloc
        rname_lines = [r.name_line] + ([r.location[0]] if slug == "magzhan-zhumabaev" else [])
        rname = " ".join(seed.line(n).strip() for n in rname_lines)
        phones = [{"raw": seed.line(n).strip(), "kind": "phone", "source": seed.src(n)} for n in k.phones]
        own_area = _digits_area(phones[0]["raw"])
        assert own_area == area, (slug, own_area, area)
        rec: Json = {
            "id": office_id(slug),
            "kind": "city_department" if is_city else "district_department",
            "name": {"kk": k.name, "ru": rname},
            "region": REGION,
            "district": None if district is None else {"kk": district, "ru": rdistrict},
            "settlement": {"kk": settlement, "ru": rsettlement},
            "area_code": area,
            "postcode": None,
            "address": {"kk": address, "ru": raddress},
            "phones": phones,
            "faxes": [],
            "emails": [{"raw": seed.line(n).strip(), "source": seed.src(n)} for n in k.emails],
            "websites": [],
            "reception": [],
            "hours": hours_record(k.hours_line),
            "timezone": TZ,
            "parent_id": None,
            "source": seed.src(k.name_line, k.name),
            "ru_source": (
                {
                    "line": r.name_line,
                    "end_line": r.location[0],
                    "text": rname.replace(' Северо-Казахстанской области"', '\nСеверо-Казахстанской области"'),
                }
                if slug == "magzhan-zhumabaev"
                else seed.src(r.name_line, rname)
            ),
            "also_printed": [],
            "data_issues": [],
        }
        # every other printing of the same office, in both languages, and the regulations it serves
        for reg, table in enumerate(kk_tables, 1):
            for row in table:
                if row.name == k.name:
                    served.setdefault(reg, [])
                    if rec["id"] not in served[reg]:
                        served[reg].append(rec["id"])
                    if row.name_line != k.name_line:
                        rec["also_printed"].append(seed.src(row.name_line, row.name))
        for table in ru_tables:
            for row in table:
                if row.name_line != r.name_line and seed.line(row.name_line).strip() == seed.line(r.name_line).strip():
                    rec["also_printed"].append(seed.src(row.name_line))
        rec["data_issues"].extend(OFFICE_ISSUES.get(slug, lambda r: [])(rec))
        offices.append(rec)
    offices.append(oblast_office(kk_tables, ru_tables, served))
    return offices, served


def oblast_office(
    kk_tables: list[list[seed.OfficeRow]], ru_tables: list[list[seed.OfficeRow]], served: dict[int, list[str]]
) -> Json:
    k18, k19 = kk_tables[17][0], kk_tables[18][0]
    r18, r19 = ru_tables[17][0], ru_tables[18][0]
    assert k18.name == k19.name
    loc = _loc(k18.location)
    served[18] = [OBLAST_ID]
    served[19] = [OBLAST_ID]
    h18, h19 = hours_record(k18.hours_line), hours_record(k19.hours_line)
    h18["ru_source"] = seed.src(r18.hours_line)
    h19["ru_source"] = seed.src(r19.hours_line)
    return {
        "id": OBLAST_ID,
        "kind": "oblast_department",
        "name": {"kk": k18.name, "ru": seed.line(r18.name_line).strip()},
        "region": REGION,
        "district": None,
        "settlement": {"kk": loc[0], "ru": seed.line(r18.location[0]).strip().rstrip(",")},
        "area_code": _digits_area(seed.line(k18.phones[0]).strip()),
        "postcode": None,
        "address": {"kk": loc[1], "ru": seed.line(r18.location[1]).strip()},
        "phones": [{"raw": seed.line(k18.phones[0]).strip(), "kind": "phone", "source": seed.src(k18.phones[0])}],
        "faxes": [],
        "emails": [{"raw": seed.line(k18.emails[0]).strip(), "source": seed.src(k18.emails[0])}],
        "websites": [],
        "reception": [],
        "hours": h18,
        "hours_alternatives": [h19],
        "timezone": TZ,
        "parent_id": None,
        "source": seed.src(k18.name_line, k18.name),
        "ru_source": seed.src(r18.name_line),
        "also_printed": [seed.src(k19.name_line, k19.name), seed.src(r19.name_line)],
        "data_issues": [
            {
                "code": "inconsistent-hours",
                "severity": "warning",
                "message": "The oblast department is printed twice with different hours: annex 1 of regulation 18 "
                "(foreign labour permits) says Monday to Friday 9.00 to 18.00, annex 1 of regulation 19 "
                "(oralman status) 9.00 to 17.30, both with lunch 13.00 to 14.30 (the Russian text "
                "agrees with each). The first is recorded as the office's hours, the second as an "
                "alternative. Every district and city department has 9.00 to 17.30.",
                "source": seed.src(k18.hours_line),
            },
            {
                "code": "other",
                "severity": "info",
                "message": "In the Russian annex 1 of regulation 18 the phone number is broken over two lines "
                "(«8(715)2-» / «46-56-48»); the Kazakh text prints it whole.",
                "source": seed.src(r18.phones[0]),
            },
        ],
    }


# -- services ----------------------------------------------------------------------------------------------

CHANNEL_ORDER = ["provider", "centre", "akim", "portal"]


def service_record(number: int, served: dict[int, list[str]]) -> Json:
    kb, rb = seed.KK_BLOCKS[number - 1], seed.RU_BLOCKS[number - 1]
    kp, rp = seed.paragraphs(kb), seed.paragraphs(rb)
    slug, en = REGS[number]
    extra: Json = REG_EXTRA.get(number, {})
    impl, cited_kk, cited_ru = implements(kp[1], rp[1])
    res, delivery = results(kp[3], rp[3])
    paras = channel_paras(kb, rb)
    steps: list[Json] = []
    channels = ["provider"]
    for channel in CHANNEL_ORDER:
        if channel == "provider":
            kpara, rpara = paras["provider"]
        elif channel in paras:
            kpara, rpara = paras[channel]
            channels.append(channel)
        else:
            continue
        steps.extend(build_steps(number, channel, kpara, rpara, extra))
    for channel in extra.get("extra_channels", []):
        channels.append(channel)
    channels = [c for c in CHANNEL_ORDER if c in channels]
    steps.extend(extra.get("derived_steps", lambda s: [])(steps))
    record: Json = {
        "id": f"{ACT}/{slug}",
        "kind": "regulation",
        "number": str(number),
        "title": {"kk": kb.title, "ru": rb.title, "en": en},
        "source": seed.src(kb.title_line, f'"{kb.title}"'),
        "ru_source": seed.src(rb.title_line, f'"{rb.title}"'),
        "implements": impl,
        "provider": provider(kp[1], rp[1]),
        "form": form(kp[2], rp[2]),
        "results": res,
        "result_delivery": delivery,
        "consumers": [],
        "terms": extra.get("terms", []),
        "queue_limits": [],
        "fee": fee(kp[1], rp[1]),
        "service_hours": None,
        "intake_hours": None,
        "channels": channels,
        "documents": DOCS.get(number, []),
        "document_notes": document_notes(kp[4], rp[4]),
        "talon": RECEIPTS.get(number),
        "refusal_grounds": [],
        "complaint": [],
        "quality_indicators": [],
        "office_ids": served[number],
        "steps": steps,
        "data_issues": [],
    }
    record["data_issues"] = service_issues(number, record, kb, rb, kp, rp, paras, cited_kk, cited_ru)
    return record


def service_issues(
    number: int,
    record: Json,
    kb: seed.Block,
    rb: seed.Block,
    kp: dict[int, seed.Para],
    rp: dict[int, seed.Para],
    paras: dict[str, tuple[seed.Para, seed.Para]],
    cited_kk: str,
    cited_ru: str,
) -> list[Json]:
    issues: list[Json] = []
    if not [t for t in record["terms"] if t["role"] == "main"]:
        issues.append(
            {
                "code": "other",
                "severity": "info",
                "message": "The regulation states no overall term for the service: the term is set by the standard it "
                "implements (order № 279 of 2015-04-28, not among the seeds), so none is recorded here. "
                "The steps below carry the act's maximum durations per action.",
                "source": record["implements"]["source"],
            }
        )
    if cited_kk != kb.title:
        issues.append(
            {
                "code": "wording",
                "severity": "info",
                "message": f"Point 1 cites the standard as «{cited_kk}» while the regulation is titled «{kb.title}».",
                "source": seed.src(kp[1].line, f'"{cited_kk}"'),
            }
        )
    if cited_ru != rb.title:
        issues.append(
            {
                "code": "wording",
                "severity": "info",
                "message": f"The Russian point 1 cites the standard as «{cited_ru}» while the Russian regulation is "
                f"titled «{rb.title}».",
                "source": seed.src(rp[1].line, f'"{cited_ru}"'),
            }
        )
    issues.extend(compare_sequences(number, record, paras))
    issues.extend(compare_languages(number, record))
    issues.extend(REG_EXTRA.get(number, {}).get("issues", []))
    return issues


def _dur(step: Json) -> tuple[int, str] | None:
    return None if step["max"] is None else (step["max"]["value"], step["max"]["unit"])


def _fmt(d: tuple[int, str] | None) -> str:
    if d is None:
        return "none"
    unit = d[1].replace("_", " ")
    return f"{d[0]} {unit[:-1] if d[0] == 1 else unit}"


def compare_sequences(number: int, record: Json, paras: dict[str, tuple[seed.Para, seed.Para]]) -> list[Json]:
    """Paragraph 5 (the procedures) against paragraph 8 (their sequence): durations and actors must agree."""
    extra = REG_EXTRA.get(number, {})
    seq = build_steps(number, "provider", *paras["sequence"], extra)
    own = [s for s in record["steps"] if s["channel"] == "provider"]
    issues: list[Json] = []
    if len(seq) != len(own):
        raise AssertionError(f"regulation {number}: paragraph 5 has {len(own)} steps, paragraph 8 {len(seq)}")
    for a, b in zip(own, seq, strict=False):
        da, db = _dur(a), _dur(b)
        alts_a = [(x["max"]["value"], x["max"]["unit"]) for x in a.get("max_alternatives", [])]
        alts_b = [(x["max"]["value"], x["max"]["unit"]) for x in b.get("max_alternatives", [])]
        if da != db or alts_a != alts_b:
            issues.append(
                {
                    "code": "inconsistent-terms",
                    "severity": "warning",
                    "message": f"Paragraphs 5 and 8 disagree on step {a['order']} ({a['actor'].replace('_', ' ')}): "
                    f"paragraph 5 gives {_fmt(da)}"
                    + (f" (from the centre {', '.join(_fmt(x) for x in alts_a)})" if alts_a else "")
                    + f", paragraph 8 gives {_fmt(db)}"
                    + (f" (from the centre {', '.join(_fmt(x) for x in alts_b)})" if alts_b else "")
                    + ". The timeline uses paragraph 5.",
                    "source": a["source"],
                    "other_source": b["source"],
                }
            )
        if a["actor"] != b["actor"]:
            issues.append(
                {
                    "code": "inconsistent-terms",
                    "severity": "warning",
                    "message": f"Paragraphs 5 and 8 disagree on who acts in step {a['order']}: paragraph 5 names the "
                    f"{a['actor'].replace('_', ' ')}, paragraph 8 the {b['actor'].replace('_', ' ')}.",
                    "source": a["source"],
                    "other_source": b["source"],
                }
            )
    return issues


def compare_languages(number: int, record: Json) -> list[Json]:
    """Each step's duration in Kazakh against the Russian text."""
    issues = []
    for s in record["steps"]:
        if s["max"] is None or "derived_from" in s:
            continue
        ru = seed.ru_durations(s["ru_source"]["text"])
        if not ru:
            issues.append(
                {
                    "code": "other",
                    "severity": "info",
                    "message": f"Step {s['order']} on channel {s['channel']}: the Russian text gives no "
                    f"duration where the Kazakh gives {s['max_raw']!r}.",
                    "source": s["source"],
                    "ru_source": s["ru_source"],
                }
            )
            continue
        if not re.search(r"\)\s*(минут|час|рабоч)", ru[0].raw):
            issues.append(
                {
                    "code": "misprint",
                    "severity": "info",
                    "message": f"Step {s['order']} on channel {s['channel']}: the Russian text prints the "
                    f"duration as {ru[0].raw!r}, the closing bracket misplaced; the value is the "
                    f"same as the Kazakh {s['max_raw']!r}.",
                    "source": s["source"],
                    "ru_source": s["ru_source"],
                }
            )
        if (ru[0].value, ru[0].unit) != (s["max"]["value"], s["max"]["unit"]):
            issues.append(
                {
                    "code": "inconsistent-terms",
                    "severity": "warning",
                    "message": f"Step {s['order']} on channel {s['channel']}: the Kazakh text gives "
                    f"{s['max_raw']!r}, the Russian {ru[0].raw!r}. The timeline uses the Kazakh.",
                    "source": s["source"],
                    "ru_source": s["ru_source"],
                }
            )
    return issues


# -- output ------------------------------------------------------------------------------------------------


def normalise_issues(node: Any) -> Any:
    """Issues keep code, severity, message, source, other_source; every other place goes to related_sources."""
    if isinstance(node, list):
        return [normalise_issues(x) for x in node]
    if not isinstance(node, dict):
        return node
    out = {k: normalise_issues(v) for k, v in node.items()}
    if "data_issues" in out:
        fixed = []
        for i in out["data_issues"]:
            i = dict(i)
            related = list(i.pop("related_sources", []))
            if "ru_source" in i:
                related.append(i.pop("ru_source"))
            related.extend(i.pop("also", []))
            if related:
                i["related_sources"] = related
            fixed.append(i)
        out["data_issues"] = fixed
    return out


def dump(name: str, payload: Json) -> str:
    payload = normalise_issues(payload)
    return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"


def build() -> dict[str, str]:
    offices, served = office_records()
    services = [service_record(n, served) for n in range(1, 20)]
    return {
        "act.json": dump("act", {"format": 1, "act": act_record()}),
        "offices.json": dump("offices", {"format": 1, "act": ACT, "items": offices}),
        "services.json": dump("services", {"format": 1, "act": ACT, "items": services}),
    }


def main(argv: list[str]) -> int:
    return write_or_check(OUT, build(), argv, "encode_nko.py")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
