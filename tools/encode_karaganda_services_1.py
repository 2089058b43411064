"""Generate src/kzsocial/data/acts/karaganda-2008/services-1.json: standards 1-7 of the Karaganda 2008 act.

Development tool (reads sources/). Every phrase is written here by hand after reading the act; the
helpers only check that each phrase is on its line (the script stops at the first mismatch) and parse the
repeated quality-indicator annexes. Run:

    .venv/bin/python tools/encode_karaganda_services_1.py          # writes the JSON file
    .venv/bin/python tools/encode_karaganda_services_1.py --check  # exit 1 if the file is out of date
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED_NAME = "000_24378b1da5dcbe4b.txt"
SEED = ROOT / "sources" / SEED_NAME
OUT = ROOT / "src" / "kzsocial" / "data" / "acts" / "karaganda-2008" / "services-1.json"
ACT = "karaganda-2008"
LINES = SEED.read_text(encoding="utf-8").split("\n")

Json = dict[str, Any]

# --------------------------------------------------------------------------------------------------------------
# helpers


def src(line: int, text: str, end_line: int | None = None) -> Json:
    """A source {line, text}; the text must be on the line (or on line..end_line joined with newlines)."""
    hay = "\n".join(LINES[line - 1 : (end_line or line)])
    if text not in hay:
        raise SystemExit(f"not on line {line}: {text!r}\n  line is: {hay!r}")
    out: Json = {"line": line, "text": text}
    if end_line is not None:
        out["end_line"] = end_line
    return out


def loc(kk: str, en: str | None = None, ru: str | None = None) -> Json:
    return {"kk": kk, "ru": ru, "en": en}


def st(line: int, text: str, en: str | None = None, *, kk: str | None = None, **extra: Any) -> Json:
    """A statement: the act's words (kk as printed unless given) and its source."""
    out: Json = {"text": loc(kk or text, en), "source": src(line, text)}
    out.update(extra)
    return out


def issue(code: str, severity: str, message: str, line: int, text: str) -> Json:
    return {"code": code, "severity": severity, "message": message, "source": src(line, text)}


def hours(weekdays: list[int], line: int, text: str) -> Json:
    return {
        "days": [{"weekdays": weekdays, "intervals": [["09:00", "13:00"], ["14:00", "18:00"]]}],
        "source": src(line, text),
    }


MON_FRI = [0, 1, 2, 3, 4]
# «мүгедектерге» (to disabled persons): every kind of disabled person the profile tags of these standards name
DISABLED_ANY = ["disabled", "disabled_child", "war_disabled", "equated_to_war_disabled", "work_injury_disabled"]
MON_THU = [0, 1, 2, 3]


def doc(
    id: str,
    line: int,
    text: str,
    *,
    name: str | None = None,
    en: str | None = None,
    form: str = "unspecified",
    handling: str = "hand_in",
    applies_to: list[str] | None = None,
    not_for: list[str] | None = None,
    cond: str | None = None,
    cond_en: str | None = None,
    alternatives: list[Json] | None = None,
    required: bool = True,
) -> Json:
    condition = None
    if applies_to is not None or not_for is not None:
        condition = {
            "applies_to": applies_to or [],
            "not_for": not_for or [],
            "text": None if cond is None else loc(cond, cond_en),
        }
    return {
        "id": id,
        "name": {"kk": name or text, "ru": None, "en": en},
        "form": form,
        "handling": handling,
        "condition": condition,
        "alternatives": alternatives or [],
        "channels": None,
        "required": required,
        "source": src(line, text),
    }


def queue(stage: str, minutes: int, qualifier: str, line: int, text: str) -> Json:
    return {"stage": stage, "minutes": minutes, "qualifier": qualifier, "source": src(line, text)}


def term(role: str, value: int, unit: str, starts_from: str, line: int, text: str, **extra: Any) -> Json:
    out: Json = {"role": role, "value": value, "unit": unit, "starts_from": starts_from, "actor": None}
    out.update(extra)
    out["source"] = src(line, text)
    return out


_GROUP = re.compile(r"^\t(\d)\.\s+(\S.*)$")
_ROW = re.compile(r"^\t(\d\.\d)\.\s*(.*)$")


def quality(start: int, end: int) -> list[Json]:
    """Parse a quality-indicator annex (lines start..end): rows '1.1.' + name (same or next line) + value.

    The table has three value columns (normative, next year's target, this year's current value); in the
    standards 1-7 only the normative one is filled, which this parser checks.
    """
    out: list[Json] = []
    group = ""
    i = start - 1
    while i < end:
        raw = LINES[i]
        if m := _GROUP.match(raw):
            group = m.group(2).strip()
            i += 1
            continue
        if m := _ROW.match(raw):
            code, name = m.group(1), m.group(2).strip()
            name_line = i + 1
            if not name:
                name_line = i + 2
                name = LINES[name_line - 1].strip()
            value_line = name_line + 1
            value_raw = LINES[value_line - 1].strip()
            if not re.fullmatch(r"\d+(,\d+)?( %)?", value_raw):
                raise SystemExit(f"line {value_line}: unexpected normative value {value_raw!r}")
            # the next cells up to the next row must be empty
            j = value_line
            while j < end and not _ROW.match(LINES[j]) and not _GROUP.match(LINES[j]):
                if LINES[j].strip():
                    raise SystemExit(f"line {j + 1}: unexpected non-empty cell {LINES[j]!r}")
                j += 1
            number = value_raw.replace(" %", "").replace(",", ".")
            out.append(
                {
                    "code": code,
                    "group": {"kk": group, "ru": None, "en": None},
                    "name": {"kk": name, "ru": None, "en": None},
                    "normative": number,
                    "target_next_year": None,
                    "unit": "%" if "%" in name else None,
                    "source": src(name_line, name),
                    "normative_source": src(value_line, value_raw),
                }
            )
            i = j
            continue
        i += 1
    if len(out) != 12:
        raise SystemExit(f"quality annex {start}..{end}: expected 12 indicators, found {len(out)}")
    return out


def service(**fields: Any) -> Json:
    """A service record with every key of the format, in the documented order."""
    base: Json = {
        "id": None,
        "kind": "standard",
        "number": None,
        "title": None,
        "source": None,
        "legal_basis": [],
        "provider": None,
        "form": None,
        "results": [],
        "consumers": [],
        "terms": [],
        "queue_limits": [],
        "fee": None,
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
    unknown = set(fields) - set(base) - EXTRA_KEYS
    if unknown:
        raise SystemExit(f"unknown service keys: {sorted(unknown)}")
    base.update(fields)
    base["intake_hours"] = fields.get("intake_hours", base["service_hours"])
    return base


# Optional keys of docs/data-format.md this encoder uses beyond the base record: provider_also (the other
# bodies paragraph 4 names), termination_grounds (grounds to stop a payment, not to refuse).
EXTRA_KEYS = {"provider_also", "termination_grounds"}

FREE_EN = "The service is free of charge"
MISSING_SCHEDULES = (
    "Paragraph 24 says the heads' and deputy heads' reception schedules of the departments are in annex 1, "
    "but annex 1 lists only the departments' addresses, phones, websites and emails: the act gives no "
    "reception schedule for the departments."
)

# --------------------------------------------------------------------------------------------------------------
# standard 1: registration of unemployed citizens (lines 68-1063)


def standard_1() -> Json:
    return service(
        id=f"{ACT}/unemployed-registration",
        number="1",
        title=loc("Жұмыссыз азаматтарды есепке қою және тіркеу", "Registration of unemployed citizens"),
        source=src(68, '"Жұмыссыз азаматтарды есепке қою және тіркеу"'),
        legal_basis=[
            st(
                86,
                'Қазақстан Республикасының 2001 жылғы 23 қаңтардағы "Халықты жұмыспен қамту туралы" Заңының 15 бабының',
                "Law of the Republic of Kazakhstan of 23 January 2001 'On employment of the population', article 15",
            )
        ],
        provider=st(
            90,
            "қалалар мен аудандардың жұмыспен қамту және әлеуметтік бағдарламалар бөлімдері",
            "the city and district departments of employment and social programmes, at the applicant's place of "
            "residence",
        ),
        form={"value": "partly_automated", "source": src(82, "жартылай автоматтандырылған")},
        results=[
            st(
                94,
                "жұмыссыз ретінде жұмыс іздеп жүрген тұлғаларды тану туралы шешім және жеке есеп карточкасы "
                "(мәліметтердің компьютерлік базасы)",
                "a decision recognising the job seeker as unemployed, and a personal record card (computer database)",
            )
        ],
        consumers=[
            st(
                98,
                "өзіне байланысы жоқ себептермен табыс әкелетін еңбек қызметімен айналыспайтын, жұмыс іздеп жүрген, "
                "еңбек етуге дайын еңбекке жарамды жастағы тұлғаларға",
                "persons of working age who, for reasons beyond their control, have no paid work, are looking for "
                "work and are ready to work",
            )
        ],
        terms=[term("main", 10, "calendar_days", "submission", 104, "10 күнтізбелік күннен кешіктірілмей")],
        queue_limits=[
            queue("submit", 40, "at_most", 106, "40 минуттан аспайды"),
            queue("receive", 20, "at_most", 108, "20 минуттан аспайды"),
        ],
        fee={"kind": "free", "amount": None, "currency": "KZT", "source": src(112, "ақысыз")},
        service_hours=hours(
            MON_FRI,
            120,
            "күн сайын (сенбі және жексенбі күндерінен басқа күндері) сағат 13.00-ден 14.00-ге дейінгі түскі ас "
            "үзілісімен, сағат 9.00-ден 18.00-ге дейін",
        ),
        documents=[
            doc("identity-card", 132, "жеке бас куәлігі (паспорт)", en="identity card (passport)", handling="show"),
            doc(
                "employment-records",
                134,
                "еңбек қызметін растайтын құжаттар",
                en="documents confirming employment history",
                handling="show",
            ),
            doc(
                "social-code-certificate",
                136,
                "әлеуметтік жеке кодтың берілгені туралы куәлік (ӘЖК)",
                en="certificate of the social individual code (SIC)",
                handling="show",
            ),
            doc(
                "taxpayer-number",
                138,
                "салық төлеушінің тіркеу нөмірі (СТТН)",
                en="taxpayer registration number (RNN)",
                handling="show",
            ),
            doc(
                "income-statement",
                140,
                "алған табыстары (өтініш түріндегі) туралы мәліметті",
                en="information on income received (in the form of a statement)",
                handling="hand_in",
            ),
            doc(
                "foreigner-residence-permit",
                142,
                "шетел азаматының Қазақстан Республикасында тұратын түрін",
                en="foreigner's residence permit in the Republic of Kazakhstan",
                handling="show",
                applies_to=["foreigner"],
                cond="Шетелдіктер және азаматтығы жоқ тұлғалар",
                cond_en="foreigners (and stateless persons)",
            ),
            doc(
                "stateless-person-certificate",
                142,
                "ішкі істер органдарында тіркелгені туралы белгісі бар азаматтығы жоқ тұлғаның куәлігін",
                en="stateless person's certificate with a mark of registration with the internal affairs bodies",
                handling="show",
                applies_to=["stateless"],
                cond="Шетелдіктер және азаматтығы жоқ тұлғалар",
                cond_en="(foreigners and) stateless persons",
            ),
            doc(
                "oralman-certificate",
                144,
                "оралман куәлігін",
                en="oralman certificate issued by the regional migration authority",
                handling="show",
                applies_to=["oralman"],
                cond="Оралмандар",
                cond_en="oralmans",
            ),
        ],
        talon={
            "kind": "talon",
            "fields": ["due_at", "documents", "accepted_at"],
            "source": src(
                156,
                "көрсетілген қызметтің нәтижесін алуға келетін мерзімі мен уақыты, олардың тізбесі және құжатты "
                "тапсыратын мерзімі жазылған талон",
            ),
            "refusal_receipt": None,
        },
        refusal_grounds=[
            st(
                164,
                "Осы стандарттың 12 тармағында көрсетілген құжаттардың қажетті тізбесі тапсырылмаған жағдайда "
                "мемлекеттік қызмет ұсынылмайды немесе мемлекеттік қызмет көрсету тоқтатылады",
                "The service is not given, or is stopped, when the documents listed in paragraph 12 are not all "
                "handed in",
                missing_documents=True,
            )
        ],
        result_delivery=[
            st(
                160,
                "Қызмет көрсету нәтижесін өтініш беруші тұрғылықты жері бойынша Бөлімге өзі келіп біледі",
                "The applicant learns the result in person at the department of his or her place of residence",
            )
        ],
        complaint=[
            st(
                186,
                "шағымдану тәртібін түсіндіруді және шағымды дайындауға жәрдемді жоғары тұрған мемлекеттік "
                "органдардан – қалалар мен аудандардың әкім аппараттарынан алуға болады",
                "Explanations of the complaint procedure and help in preparing a complaint: the city and district "
                "akims' apparatus",
            ),
            st(
                190,
                "Шағымдар қалалар мен аудандар әкімдерінің атына ауызша немесе жазбаша түрде, немесе электронды "
                "түрде беріледі",
                "Complaints are addressed to the city and district akims, orally, in writing or electronically",
            ),
            st(
                194,
                "Шағымның қабылданғанын мемлекеттік органның атауы, өтініш қабылдаған қызметкердің тегі мен аты-жөні, "
                "қабылдаған мерзімі мен уақыты, телефоны көрсетілген өтінішті қабылдау туралы талон растайды",
                "A talon with the body's name, the receiving employee's name, the date and time and a phone number "
                "confirms the complaint; it is considered within the term of the 2007 Law on citizens' applications",
            ),
        ],
        quality_indicators=quality(417, 548),
        data_issues=[
            issue(
                "wording",
                "info",
                "Paragraph 12 says foreigners and stateless persons present, in one sentence, 'the foreigner's "
                "residence permit and the stateless person's certificate'. Recorded as two documents: the "
                "residence permit for foreigners and the certificate for stateless persons.",
                142,
                "Шетелдіктер және азаматтығы жоқ тұлғалар",
            ),
            issue(
                "wording",
                "info",
                "Paragraph 14 says the documents are only shown to the department's specialists, while paragraph "
                "15 says the talon confirms that the applicant has handed them in (тапсырғанын). Recorded as shown, "
                "except the income statement, which is attached.",
                152,
                "Мемлекеттік қызметті алуға қажетті құжаттар Бөлімдердің мамандарына көрсетіледі",
            ),
            {
                **issue(
                    "inconsistent-terms",
                    "warning",
                    "Annex 2 gives indicator 4.1 (justified complaints as a share of all consumers served) a normative "
                    "value of 100 %, like every other row: read literally, every consumer served would file a "
                    "justified complaint. Standards 2-7 and 9-12 of the act give 0.1-0.2 % for it; standards 8 and 13 "
                    "repeat the same 100 %. Probably filled in by copying the rows above.",
                    506,
                    "100 %",
                ),
                "related_sources": [src(8528, "100"), src(14825, "100 %")],
            },
        ],
    )


# --------------------------------------------------------------------------------------------------------------
# standard 2: victims of the Semipalatinsk nuclear tests (lines 1077-2106)


def standard_2() -> Json:
    return service(
        id=f"{ACT}/semipalatinsk-victims-registration",
        number="2",
        title=loc(
            "Семей ядролық сынақ полигонында ядролық сынақтардың салдарынан зардап шеккен азаматтарды тіркеу және "
            "есепке алу",
            "Registration and record-keeping of citizens affected by the nuclear tests at the Semipalatinsk "
            "nuclear test site",
            "Регистрация и учет граждан, пострадавших вследствие ядерных испытаний на Семипалатинском "
            "испытательном ядерном полигоне",
        ),
        source=src(
            1077,
            '"Семей ядролық сынақ полигонында ядролық сынақтардың салдарынан зардап шеккен азаматтарды тіркеу және '
            'есепке алу"',
        ),
        legal_basis=[
            st(
                1093,
                'Қазақстан Республикасының 1992 жылғы 18 желтоқсандағы "Семей ядролық сынақ полигонында ядролық '
                'сынақтардың салдарынан зардап шеккен азаматтарды әлеуметтік қорғау туралы" Заңының 11 бабының',
                "Law of 18 December 1992 'On social protection of citizens affected by the nuclear tests at the "
                "Semipalatinsk nuclear test site', article 11",
            ),
            st(
                1093,
                'Қазақстан Республикасы Үкіметінің 2006 жылғы 20 ақпандағы "Семей ядролық сынақ полигонында ядролық '
                "сынақтардың салдарынан зардап шеккен азаматтарға біржолғы мемлекеттік ақшалай өтемақы төлеудің "
                'кейбір мәселелері туралы" N 110 қаулысының',
                "Government decree No. 110 of 20 February 2006 on the one-off state monetary compensation to "
                "citizens affected by the nuclear tests",
            ),
        ],
        provider=st(
            1101,
            "қалалар мен аудандар әкімдерінің шешімдерімен құрылған Семей ядролық сынақ полигонында ядролық "
            "сынақтардың салдарынан зардап шеккен азаматтарды тіркеу және есепке алу жөніндегі арнайы комиссиялар",
            "the special registration commissions set up by decisions of the city and district akims",
        ),
        provider_also=[
            st(
                1099,
                "азаматтардың өтініштерін қабылдаған және іс макетін қалыптастырған жеке меншік түріне байланысты "
                "емес мекемелер мен ұйымдардың, кәсіпорындардың комиссиялары",
                "the commissions of institutions, organisations and enterprises of any form of ownership, which "
                "accept the citizens' applications and form the case files",
            ),
            st(
                1103,
                "Арнайы комиссияның жұмыс органы қалалар мен аудандардың жұмыспен қамту және әлеуметтік "
                "бағдарламалар бөлімдері (бұдан әрі – Бөлімдер) болып табылады",
                "The special commission's working body is the city or district department of employment and "
                "social programmes",
            ),
        ],
        form={"value": "not_automated", "source": src(1089, "автоматтандырылмаған")},
        results=[
            st(
                1107,
                "Қазақстан Республикасы азаматын Семей ядролық сынақ полигонында ядролық сынақтардың салдарынан "
                "зардап шеккен деп танылғаны (бас тартылғаны) туралы арнайы комиссияның қабылдаған шешімі туралы "
                "құлақтандыру",
                "a notice of the special commission's decision recognising the citizen as affected by the nuclear "
                "tests (or refusing to)",
            )
        ],
        consumers=[
            st(
                1111,
                "1949 жылдан бастап 1965 жылға дейін, 1966 жылдан бастап 1990 жылға дейін радиоактивті ластануға "
                "ұшыраған аймақтарда тұрған, тұрып жатқан, жұмыс істеген және әскер (сондай-ақ жедел түрін) "
                "қызметін өтеген азаматтарға",
                "citizens who lived, live, worked or did military service in the radioactively contaminated zones "
                "in 1949-1965 and 1966-1990",
            )
        ],
        terms=[
            term(
                "main",
                20,
                "days_unqualified",
                "case_handover",
                1117,
                "20 күннен аспайтын мерзімде",
                starts_from_text=loc(
                    "комиссиялар қалыптастырылған іс макеттерін арнайы комиссияға тапсырған кезден бастап",
                    "from when the commissions hand the formed case files over to the special commission",
                ),
            ),
            term(
                "extension",
                1,
                "months",
                "other",
                1117,
                "қарау мерзімі бір айдан аспайтын уақытқа ұзартылуы мүмкін",
                starts_from_text=loc(
                    "қарау мерзімі",
                    "the end of the 20-day review term: the review may be extended by at most one month when "
                    "additional requests or checks are needed",
                ),
            ),
        ],
        queue_limits=[
            queue("submit", 40, "unspecified", 1119, "40 минут"),
            queue("receive", 40, "unspecified", 1121, "40 минут"),
        ],
        fee={"kind": "free", "amount": None, "currency": "KZT", "source": src(1125, "ақысыз")},
        service_hours=hours(
            MON_FRI,
            1133,
            "күн сайын (сенбі, жексенбі күндерінен басқа күндері) сағат 13.00-ден 14.00-ге дейінгі үзілісімен, "
            "сағат 9.00-ден 18.00-ге дейін",
        ),
        documents=_documents_2(),
        talon={
            "kind": "receipt",
            "fields": ["accepted_by", "accepted_at"],
            "source": src(
                1187,
                "құжаттарды қабылдаған тұлғаның тегі және мерзімі көрсетілген құжаттарды қабылдағаны туралы растау",
            ),
            "refusal_receipt": None,
        },
        refusal_grounds=[
            st(
                1197, "тұтынушыға өтемақыны бұрын төленсе", "the compensation was already paid", missing_documents=False
            ),
            st(
                1199,
                "тұтынушы 12 тармақта көрсетілген құжаттар тізбесін толық ұсынбаса",
                "the documents listed in paragraph 12 are not all presented",
                missing_documents=True,
            ),
        ],
        result_delivery=[
            st(
                1191,
                "Құлақтандыру тұтынушыға тұрғылықты жері бойынша Бөлімге өзі келгенде немесе пошта хабарламасы "
                "арқылы беріледі",
                "The notice is given in person at the department of the place of residence or sent by post",
            )
        ],
        complaint=[
            st(
                1233,
                'жоғары тұрған мемлекеттік органдардан – "Қарағанды облысының жұмыспен қамтуды үйлестіру және '
                'әлеуметтік бағдарламалар басқармасы" (бұдан әрі – Басқарма) мемлекеттік мекемесінен, қалалар мен '
                "аудандардың әкім аппараттарынан алуға болады",
                "Explanations and help with a complaint: the oblast department (Басқарма) and the city and "
                "district akims' apparatus",
            ),
            st(
                1235,
                "Тұтынушының Бөлімдердің әрекеті мен шешіміне және олардың лауазымдық тұлғаларына сот тәртібімен "
                "шағымдануға құқығы бар",
                "The consumer may also appeal to a court",
            ),
            st(
                1239,
                "Шағымдар Басқарманың, қалалар мен аудандар әкімдерінің атына ауызша немесе жазбаша түрде, немесе "
                "электронды түрде беріледі",
                "Complaints go to the oblast department or to the city and district akims, orally, in writing or "
                "electronically",
            ),
            st(
                1243,
                "Шағымның қабылданғанын растайтын құжат Шағым журналында тіркеу болып табылады",
                "The complaint is confirmed by its entry in the complaints register; it is considered within the "
                "term of the 2007 Law on citizens' applications",
            ),
        ],
        quality_indicators=quality(1471, 1590),
        data_issues=[
            issue(
                "ambiguous-unit",
                "warning",
                "The main term is '20 күн' (20 days) without saying calendar or working days.",
                1117,
                "20 күннен аспайтын мерзімде",
            ),
            issue(
                "other",
                "info",
                "The 20-day term runs from when the enterprise commission hands the formed case file to the special "
                "commission, not from the citizen's application; the act sets no term for the commission's first "
                "step.",
                1117,
                "комиссиялар қалыптастырылған іс макеттерін арнайы комиссияға тапсырған кезден бастап",
            ),
            issue(
                "wording",
                "info",
                "The review 'may be extended by a time not exceeding one month' when additional requests or checks "
                "are needed: recorded as an extension of at most 1 month counted from the end of the 20-day term "
                "(not as a total of one month).",
                1117,
                "бір айдан аспайтын уақытқа ұзартылуы мүмкін",
            ),
            issue(
                "wording",
                "info",
                "The queue limits say only 'the waiting time: 40 minutes' without 'at most'; annex 2 (indicator "
                "1.2) reads them as a maximum of 40 minutes.",
                1119,
                "күту уақытының ұзақтығы: 40 минут",
            ),
            issue("cross-reference", "info", MISSING_SCHEDULES, 1251, "осы стандарттың 1 қосымшасында көрсетілген"),
        ],
    )


def _documents_2() -> list[Json]:
    check = "original_for_check"  # paragraph 12 (line 1175): originals and copies, originals returned after check
    residence_alternatives = [
        doc(
            "archive-certificates",
            1161,
            "мұрағат анықтамалары, Халық депутаттары селолық, кенттік (ауылдық) кеңесінің, тұрғын үй - пайдалану "
            "басқармаларының, үй басқармаларының, кент, ауыл, (село), ауылдық, (селолық) округ әкімдерінің, пәтер "
            "иелерін кооперативтерінің анықтамалары",
            en="archive certificates; certificates of village councils, housing offices, rural akims or flat "
            "owners' cooperatives",
            form=check,
        ),
        doc("work-book", 1163, "еңбек кітапшасы", en="work record book", form=check),
        doc("education-diploma", 1165, "оқу орнын бітіргені туралы диплом", en="graduation diploma", form=check),
        doc("military-id", 1167, "әскери билет", en="military ID", form=check),
        doc(
            "birth-or-school-certificate",
            1169,
            "туу туралы куәлік, орта білім туралы аттестат, негізгі мектепті бітіргені туралы куәлік",
            en="birth certificate, secondary school certificate, basic school certificate",
            form=check,
        ),
        doc(
            "victim-benefit-certificate",
            1171,
            "Заңда белгіленген тәртіппен берілген Семей ядролық сынақ полигонындағы ядролық сынақтардың салдарынан "
            "зардап шегушіге берілетін жеңілдіктер алуға құқығын растайтын куәлік",
            en="certificate of the right to benefits as a victim of the nuclear tests",
            form=check,
        ),
        doc(
            "court-decision-residence",
            1173,
            "азамат өзінің ядролық сынақтар әсеріне ұшыраған аумақта тұрған кезеңі мен заңды фактісін тағайындау "
            "туралы сот шешімі",
            en="court decision establishing the fact and period of residence in the affected territory (when "
            "archive and other documents have not survived)",
            form=check,
            applies_to=[],
            not_for=[],
            cond="Егер тұру фактісі мен кезеңін растайтын мұрағаттық және өзге де құжаттар сақталмаса",
            cond_en="when the archive and other documents confirming the fact and period of residence have not "
            "survived",
        ),
    ]
    return [
        doc("application", 1145, "өтініш", en="application"),
        doc(
            "identity-document",
            1147,
            "өтініш берушінің жеке басын куәландыратын құжат",
            en="applicant's identity document",
            form=check,
        ),
        doc(
            "taxpayer-number",
            1149,
            "салық төлеушінің тіркеу нөмірі (СТТН)",
            en="taxpayer registration number (RNN)",
            form=check,
        ),
        doc("residence-proof", 1151, "тұрғылықты жерін растайтын құжат", en="proof of place of residence", form=check),
        doc(
            "social-code-certificate",
            1153,
            "әлеуметтік жеке кодтың берілгені туралы куәлік (ӘЖК)",
            en="certificate of the social individual code (SIC)",
            form=check,
        ),
        doc(
            "savings-book",
            1155,
            "жинақтау кітапшасы",
            en="savings book",
            form=check,
            alternatives=[doc("bank-card", 1155, "пластикалық карточка", en="bank (plastic) card", form=check)],
        ),
        doc(
            "test-site-residence-proof",
            1157,
            "1949 жылдан бастап 1965 жылға дейін, 1966 жылдан бастап 1990 жылға дейін Семей ядролық сынақ полигоны "
            "аймағында тұрған дерегі мен кезеңін растайтын құжаттар",
            en="documents confirming the fact and period of residence in the test-site zone in 1949-1965 and "
            "1966-1990 (any of the listed kinds)",
            form=check,
            alternatives=residence_alternatives,
        ),
    ]


# --------------------------------------------------------------------------------------------------------------
# standard 3: prosthetic and orthopaedic aid (lines 2120-3131)


def standard_3() -> Json:
    check = "original_for_check"  # line 2208
    return service(
        id=f"{ACT}/prosthetic-orthopaedic-aid",
        number="3",
        title=loc(
            "Мүгедектерге протездік-ортопедиялық көмек ұсыну үшін құжаттарды ресімдеу",
            "Processing documents for prosthetic and orthopaedic aid to disabled persons",
        ),
        source=src(2120, '"Мүгедектерге протездік-ортопедиялық\n\nкөмек ұсыну үшін құжаттарды ресімдеу"', 2122),
        legal_basis=[
            st(
                2138,
                'Қазақстан Республикасының 2005 жылғы 13 сәуірдегі "Қазақстан Республикасында мүгедектерді '
                'әлеуметтік қорғау туралы" Заңы 22 бабының',
                "Law of 13 April 2005 'On social protection of disabled persons in the Republic of Kazakhstan', "
                "article 22",
            ),
            st(
                2138,
                'Қазақстан Республикасы Үкіметінің 2005 жылғы 20 шілдедегі "Мүгедектерді оңалтудың кейбір мәселелері '
                'туралы" N 754 қаулысымен бекітілген Мүгедектерді протездік-ортопедиялық көмекпен және техникалық '
                "көмекші (компенсаторлық) құралдармен қамтамасыз ету ережесінің",
                "Rules for providing disabled persons with prosthetic and orthopaedic aid and technical auxiliary "
                "(compensatory) means, approved by Government decree No. 754 of 20 July 2005",
            ),
        ],
        provider=st(
            2142,
            "қалалық, аудандық жұмыспен қамту және әлеуметтік бағдарламалар бөлімдері",
            "the city and district departments of employment and social programmes",
        ),
        form={"value": "not_automated", "source": src(2134, "автоматтандырылмаған")},
        results=[
            st(
                2146,
                "протездік-ортопедиялық көмек ұсынуға жолдама немесе жолдама беруге бас тарту туралы құлақтандыру",
                "a referral for prosthetic and orthopaedic aid, or a notice refusing the referral",
            )
        ],
        consumers=[
            st(
                2152,
                "Ұлы Отан соғысы қатысушыларына, мүгедектерге, сондай-ақ Ұлы Отан соғысы мүгедектеріне жеңілдіктер "
                "мен кепілдіктер бойынша теңестірілген тұлғаларға",
                "participants and disabled veterans of the Great Patriotic War, and persons equated to them in "
                "benefits and guarantees",
            ),
            st(
                2154,
                "Қазақстан Республикасы Қарулы Күштерінде қызметтік міндетін атқаруда мүгедектік алған әскери "
                "қызметшілерге",
                "servicemen disabled in the line of duty in the Armed Forces",
            ),
            st(
                2156,
                "қызметтік міндетін атқаруда мүгедектік алған ұлттық қауіпсіздік органдарының, ішкі істер органдары "
                "қатардағы және басқарушы құрамының тұлғаларға",
                "staff of the national security and internal affairs bodies disabled in the line of duty",
            ),
            st(2158, "жалпы аурулардан болған мүгедектерге", "persons disabled by general illness"),
            st(2160, "бала кезінен мүгедектерге", "persons disabled since childhood"),
            st(2162, "мүгедек балаларға", "disabled children"),
            st(
                2164,
                "заңды тұлға жойылғанда немесе жеке кәсіпкер - жұмыс беруші қызметін тоқтатқан жағдайда еңбек "
                "жарақатынан (кәсіби науқастан) болған мүгедектерге",
                "persons disabled by a work injury (occupational disease) whose employer was liquidated or stopped "
                "its activity",
            ),
        ],
        terms=[term("main", 15, "calendar_days", "submission", 2170, "15 күнтізбелік күн ішінде")],
        queue_limits=[
            queue("submit", 40, "at_most", 2172, "40 минуттан аспайды"),
            queue("receive", 40, "at_most", 2174, "40 минуттан аспайды"),
        ],
        fee={"kind": "free", "amount": None, "currency": "KZT", "source": src(2178, "ақысыз")},
        service_hours=hours(
            MON_FRI,
            2186,
            "күн сайын (сенбі және жексенбі күндерінен басқа күндері) сағат 13.00-ден 14.00-ге дейінгі үзілісімен, "
            "сағат 9.00-ден 18.00-ге дейін",
        ),
        documents=[
            doc("application", 2198, "өтініш", en="application"),
            doc(
                "rehabilitation-programme",
                2200,
                "жеке оңалту бағдарламасы",
                en="individual rehabilitation programme",
                form=check,
                applies_to=DISABLED_ANY,
                cond="мүгедектерге, оның ішінде мүгедек балаларға",
                cond_en="disabled persons, including disabled children",
            ),
            doc(
                "equated-status-certificate",
                2202,
                "белгіленген үлгідегі куәлік",
                en="certificate of the established form",
                form=check,
                applies_to=["participant_of_war", "equated_to_war_participant", "equated_to_war_disabled"],
                cond="Ұлы Отан соғысы қатысушыларына және Ұлы Отан соғысы мүгедектеріне теңестірілген тұлғаларға",
                cond_en="participants of the Great Patriotic War and persons equated to disabled veterans of the war "
                "(or: persons equated to participants and to disabled veterans; see the data issue)",
            ),
            doc(
                "medical-commission-conclusion",
                2204,
                "медициналық ұйымның дәрігерлік - консультациялық комиссия қорытындысы",
                en="conclusion of a medical organisation's medical advisory commission",
                form=check,
                applies_to=["participant_of_war"],
                cond="Ұлы Отан соғысы қатысушыларына",
                cond_en="participants of the Great Patriotic War",
            ),
            doc(
                "employer-liquidation-document",
                2206,
                "заңды тұлға жойылғаны немесе жеке кәсіпкер-жұмыс беруші қызметін тоқтатқаны туралы құжат",
                en="document on the liquidation of the employer (legal entity) or the end of the individual "
                "employer's activity",
                form=check,
                applies_to=["work_injury_disabled"],
                cond="еңбек жарақатынан (кәсіби науқастан) болған мүгедектерге",
                cond_en="persons disabled by a work injury (occupational disease)",
            ),
        ],
        talon={
            "kind": "receipt",
            "fields": ["accepted_by", "accepted_at"],
            "source": src(
                2220,
                "құжаттарды қабылдаған тұлғаның тегі және мерзімі көрсетілген құжаттарды қабылдағаны туралы растау",
            ),
            "refusal_receipt": None,
        },
        refusal_grounds=[
            st(
                2230,
                "егер денсаулығына зиян келтіргенге жауапты болып танылған жеке кәсіпкер-жұмыс берушінің қызметі "
                "белгіленген занама тәртібімен тоқтатылмаса кәсіби науқастан немесе еңбек жарақатынан болған "
                "мүгедектерге",
                "to persons disabled by an occupational disease or work injury when the employer held responsible "
                "has not stopped its activity in the legal order",
                missing_documents=False,
            ),
            st(
                2232,
                "осы мемлекеттік қызметті көрсетуге талап етілетін құжаттар тізбесі толық болмаған жағдайда",
                "the required documents are incomplete",
                missing_documents=True,
            ),
            st(
                2234,
                "ұсынылған құжаттар жарамсыз болған жағдайда",
                "the documents presented are invalid",
                missing_documents=False,
            ),
        ],
        result_delivery=[
            st(
                2224,
                "Құлақтандыру тұтынушы тұрғылықты жері бойынша Бөлімге өзі келгенде беріледі немесе пошта арқылы "
                "хабарлама алады",
                "The notice is given in person at the department or sent by post",
            )
        ],
        complaint=[
            st(
                2268,
                'жоғары тұрған мемлекеттік органдардан – "Қарағанды облысының жұмыспен қамтуды үйлестіру және '
                'әлеуметтік бағдарламалар басқармасы" (бұдан әрі – Басқарма) мемлекеттік мекемесінен, қалалар мен '
                "аудандар әкімдерінің аппараттарынан алуға болады",
                "Explanations and help with a complaint: the oblast department and the city and district akims' "
                "apparatus",
            ),
            st(
                2270,
                "Тұтынушының Бөлімдердің әрекеті мен шешіміне және олардың лауазымдық тұлғаларына сот тәртібімен "
                "шағымдануға құқығы бар",
                "The consumer may also appeal to a court",
            ),
            st(
                2274,
                "Шағымдар Басқарманың, қалалар мен аудандар әкімдерінің атына ауызша немесе жазбаша түрде немесе "
                "электронды түрде түседі",
                "Complaints go to the oblast department or the city and district akims, orally, in writing or "
                "electronically",
            ),
            st(
                2278,
                "Шағымның қабылданғанын растайтын құжат Шағым журналына тіркеу болып табылады",
                "The complaint is confirmed by its entry in the complaints register; its progress can be followed "
                "by phone",
            ),
        ],
        quality_indicators=quality(2502, 2620),
        data_issues=[
            issue(
                "other",
                "info",
                "The term also runs 'from the electronic application for the service', although paragraph 2 says "
                "the service is not automated and the standard describes no electronic channel.",
                2170,
                "мемлекеттік қызметті алуға электронды өтінім берген кезден бастап",
            ),
            issue(
                "undefined-talon",
                "warning",
                "The term mentions 'receiving a talon' (талон алған кезінен бастап), but the standard defines no "
                "talon: paragraph 15 only promises a confirmation with the receiving person's surname and the date.",
                2170,
                "талон алған кезінен бастап",
            ),
            issue(
                "wording",
                "info",
                "Item 3 of paragraph 12 asks for 'a certificate of the established form' from «Ұлы Отан соғысы "
                "қатысушыларына және Ұлы Отан соғысы мүгедектеріне теңестірілген тұлғаларға», which reads either as "
                "'participants of the war and persons equated to disabled veterans' or as 'persons equated to "
                "participants and to disabled veterans'. The repeated «Ұлы Отан соғысы», item 4 (participants bring "
                "a medical commission's conclusion) and the later regulation of the same service (participants, "
                "disabled veterans and persons equated to disabled veterans bring the certificate) support the "
                "first reading. Recorded for participants and for persons equated to either, so that no applicant "
                "who may need it is told it is not needed.",
                2202,
                "Ұлы Отан соғысы қатысушыларына және Ұлы Отан соғысы мүгедектеріне теңестірілген тұлғаларға",
            ),
            issue("cross-reference", "info", MISSING_SCHEDULES, 2286, "осы стандарттың 1 қосымшасында көрсетілген"),
        ],
    )


# --------------------------------------------------------------------------------------------------------------
# standard 4: hearing (surdo-) and visual (tiflo-) aids and hygiene products (lines 3141-4196)

SURDO_ONLY = ["tiflo_aids", "hygiene_aids"]
TIFLO_ONLY = ["surdo_aids", "hygiene_aids"]
HYGIENE_ONLY = ["surdo_aids", "tiflo_aids"]


def standard_4() -> Json:
    return service(
        id=f"{ACT}/hearing-visual-hygiene-aids",
        number="4",
        title=loc(
            "Мүгедектерді сурдо-, тифлоқұралдармен және міндетті гигиеналық құралдармен қамсыздандыру үшін оларға "
            "құжаттар ресімдеу",
            "Processing documents for providing disabled persons with hearing (surdo-) and visual (tiflo-) aids "
            "and mandatory hygiene products",
        ),
        source=src(
            3141,
            '"Мүгедектерді сурдо-, тифлоқұралдармен және міндетті гигиеналық құралдармен қамсыздандыру үшін '
            'оларға құжаттар ресімдеу"',
        ),
        legal_basis=[
            st(
                3157,
                'Қазақстан Республикасының 2005 жылғы 13 сәуірдегі "Қазақстан Республикасында мүгедектерді '
                'әлеуметтік қорғау туралы" Заңы 22 бабының',
                "Law of 13 April 2005 'On social protection of disabled persons in the Republic of Kazakhstan', "
                "article 22",
            ),
            st(
                3157,
                'Қазақстан Республикасы Үкіметінің 2005 жылғы 20 шілдедегі "Мүгедектерді оңалтудың кейбір мәселелері '
                'туралы" N 754 қаулысының',
                "Government decree No. 754 of 20 July 2005 'On some questions of the rehabilitation of disabled "
                "persons'",
            ),
        ],
        provider=st(
            3161,
            "тұтынушының тұрғылықты жері бойынша қалалық, аудандық жұмыспен қамту және әлеуметтік бағдарламалар "
            "Бөлімдері",
            "the city and district departments of employment and social programmes at the consumer's place of "
            "residence",
        ),
        form={"value": "not_automated", "source": src(3153, "автоматтандырылмаған")},
        results=[
            st(
                3165,
                "құжаттардың қабылданғаны туралы немесе қабылдаудан бас тартылғаны туралы құлақтандыру",
                "a notice that the documents were accepted, or that accepting them was refused",
            )
        ],
        consumers=[
            st(
                3171,
                "Ұлы Отан соғысының қатысушылары, мүгедектер",
                "hearing aids: participants and disabled veterans of the Great Patriotic War",
            ),
            st(
                3173,
                "Ұлы Отан соғысы мүгедектеріне жеңілдіктер мен кепілдіктер бойынша теңестірілген тұлғалар",
                "hearing aids: persons equated to disabled veterans of the Great Patriotic War",
            ),
            st(
                3175,
                "бірінші, екінші, үшінші топтағы мүгедектер",
                "hearing aids: disabled persons of groups I, II and III",
            ),
            st(3177, "мүгедек балалар", "hearing aids: disabled children"),
            st(
                3179,
                "заңды тұлға жойылғанда немесе жеке кәсіпкер - жұмыс беруші қызметін тоқтатқан жағдайда еңбек "
                "жарақатынан (кәсіби науқастан) болған мүгедектер",
                "hearing aids: persons disabled by a work injury whose employer was liquidated",
            ),
            st(3183, "бірінші, екінші топтағы мүгедектер", "visual aids: disabled persons of groups I and II"),
            st(3185, "мүгедек балалар", "visual aids: disabled children"),
            st(
                3187,
                "заңды тұлға жойылғанда немесе жеке кәсіпкер-жұмыс беруші қызметін тоқтатқан жағдайда еңбек "
                "жарақатынан (кәсіби науқастан) болған мүгедектер",
                "visual aids: persons disabled by a work injury whose employer was liquidated",
            ),
            st(3191, "мүгедектер", "hygiene products: disabled persons"),
            st(3193, "мүгедек балалар", "hygiene products: disabled children"),
            st(
                3195,
                "заңды тұлға жойылғанда немесе жеке кәсіпкер-жұмыс беруші қызметін тоқтатқан жағдайда еңбек "
                "жарақатынан (кәсіби науқастан) болған мүгедектер",
                "hygiene products: persons disabled by a work injury whose employer was liquidated",
            ),
        ],
        terms=[
            term(
                "main",
                15,
                "calendar_days",
                "submission",
                3201,
                "құжаттарды қабылдаған күннен бастап 15 күнтізбелік күн ішінде",
            ),
            term(
                "other",
                10,
                "calendar_days",
                "submission",
                3203,
                "құжаттарды қабылдаған күннен бастап 10 күнтізбелік күн ішінде",
                condition={
                    "applies_to": ["hygiene_aids"],
                    "not_for": [],
                    "text": loc(
                        "мүгедектерді міндетті гигиеналық құралдармен қамтамасыз етуге құжаттар ресімдеу бойынша",
                        "documents for mandatory hygiene products",
                    ),
                },
            ),
        ],
        queue_limits=[
            queue("submit", 40, "at_most", 3205, "40 минуттан аспайды"),
            queue("receive", 40, "at_most", 3207, "40 минуттан аспайды"),
        ],
        fee={"kind": "free", "amount": None, "currency": "KZT", "source": src(3211, "ақысыз")},
        service_hours=hours(
            MON_FRI,
            3219,
            "күн сайын, сенбі, жексенбі күндерінен басқа күндері, сағат 13.00-ден 14.00-ге дейінгі түскі ас "
            "үзілісімен, сағат 9.00-ден 18.00-ге дейін",
        ),
        documents=_documents_4(),
        talon={
            "kind": "receipt",
            "fields": ["accepted_by", "accepted_at"],
            "source": src(
                3279,
                "құжатты қабылдаған адамның тегі, аты және әкесінің аты, мерзімі мен уақыты көрсетілген растау",
            ),
            "refusal_receipt": None,
        },
        refusal_grounds=[
            st(
                3289,
                "егер денсаулығына зиян келтіргенге жауапты болып танылған жеке кәсіпкер-жұмыс берушінің қызметі "
                "белгіленген занама тәртібімен тоқтатылмаса кәсіби науқастан немесе еңбек жарақатынан болған "
                "мүгедектерге",
                "to persons disabled by an occupational disease or work injury when the employer held responsible "
                "has not stopped its activity in the legal order",
                missing_documents=False,
            ),
            st(
                3291,
                "осы мемлекеттік қызметті көрсетуге талап етілетін құжаттар тізбесі толық болмаған жағдайда",
                "the required documents are incomplete",
                missing_documents=True,
            ),
            st(
                3293,
                "ұсынылған құжаттар жарамсыз болған жағдайда",
                "the documents presented are invalid",
                missing_documents=False,
            ),
        ],
        result_delivery=[
            st(
                3283,
                "Құлақтандыру тұтынушыға тұрғылықты жері бойынша Бөлімге өзі келгенде немесе пошта хабарламасы "
                "арқылы беріледі",
                "The notice is given in person at the department or sent by post",
            )
        ],
        complaint=[
            st(
                3327,
                'жоғары тұрған мемлекеттік органдардан – "Қарағанды облысының жұмыспен қамтуды үйлестіру және '
                'әлеуметтік бағдарламалар басқармасы" (бұдан әрі – Басқарма) мемлекеттік мекемесінен, қалалар мен '
                "аудандар әкімдерінің аппараттарынан алуға болады",
                "Explanations and help with a complaint: the oblast department and the city and district akims' "
                "apparatus",
            ),
            st(
                3329,
                "Тұтынушының Бөлімдердің әрекеті мен шешіміне және олардың лауазымдық тұлғаларына сот тәртібімен "
                "шағымдануға құқығы бар",
                "The consumer may also appeal to a court",
            ),
            st(
                3333,
                "Шағымдар басқармаға, қалалар мен аудандар әкімдері аппараттарына ауызша немесе жазбаша түрде, немесе "
                "электронды түрде беріледі",
                "Complaints go to the oblast department or the city and district akims' apparatus, orally, in "
                "writing or electronically",
            ),
            st(
                3337,
                "Шағымның қабылданғанын растайтын құжат Шағым журналында тіркеу болып табылады",
                "The complaint is confirmed by its entry in the complaints register; it is considered within the "
                "term of Law No. 221; its progress can be followed by phone",
            ),
        ],
        quality_indicators=quality(3565, 3683),
        data_issues=[
            issue(
                "inconsistent-terms",
                "info",
                "Two terms: 15 calendar days in general, but 10 calendar days for the documents for mandatory "
                "hygiene products (the 10-day term is recorded with role 'other' and a condition 'hygiene_aids').",
                3203,
                "мүгедектерді міндетті гигиеналық құралдармен қамтамасыз етуге құжаттар ресімдеу бойынша",
            ),
            issue(
                "other",
                "info",
                "Paragraph 12 gives three document lists, by kind of aid: documents carry the tags 'surdo_aids', "
                "'tiflo_aids' or 'hygiene_aids' in 'not_for' so that a profile with one of these tags gets only its "
                "list; a profile without any of them gets all three lists.",
                3229,
                "Қажетті құжаттар мен талаптар тізбесі",
            ),
            issue(
                "other",
                "info",
                "The list for visual (tiflo-) aids asks for no identity document, unlike the lists for hearing aids "
                "and hygiene products.",
                3245,
                "Тифлотехникалық құралдармен қамтамасыз етуге:",
            ),
            issue(
                "wording",
                "info",
                "For disabled children the hearing-aid list names 'passport or identity card' twice: before and "
                "after the birth certificate and the parent's identity document for children under 16. Recorded as: "
                "the child's passport or identity card (16 and over), or for a child under 16 the birth certificate "
                "and a parent's (guardian's) identity document.",
                3239,
                "16 жасқа дейінгі кәмелетке толмаған мүгедек балаларға",
            ),
            issue("cross-reference", "info", MISSING_SCHEDULES, 3345, "осы стандарттың 1 қосымшасында көрсетілген"),
        ],
    )


def _documents_4() -> list[Json]:
    check = "original_for_check"  # line 3267: originals and copies for comparison, originals returned
    surdo_all = ["war_disabled", "equated_to_war_disabled", "disabled_child", "disabled", "work_injury_disabled"]
    return [
        doc("application", 3233, "өтініш", en="application (all three lists)"),
        # hearing (surdo) aids, lines 3231-3243
        doc(
            "surdo-passport",
            3233,
            "паспорт немесе жеке куәлік",
            name="паспорт",
            en="passport",
            form=check,
            applies_to=[],
            not_for=[*SURDO_ONLY, "under_16"],
            cond="Сурдотехникалық құралдармен қамтамасыз етуге",
            cond_en="hearing aids, every category (a child under 16 brings a birth certificate instead)",
            alternatives=[
                doc(
                    "surdo-identity-card",
                    3233,
                    "паспорт немесе жеке куәлік",
                    name="жеке куәлік",
                    en="identity card",
                    form=check,
                )
            ],
        ),
        doc(
            "surdo-medical-commission-conclusion",
            3233,
            "медициналық ұйымның дәрігерлік-консультациялық комиссия қорытындысы",
            en="conclusion of a medical organisation's medical advisory commission",
            form=check,
            applies_to=["participant_of_war"],
            not_for=SURDO_ONLY,
            cond="Ұлы Отан соғысы қатысушыларына",
            cond_en="hearing aids: participants of the Great Patriotic War",
        ),
        doc(
            "surdo-rehabilitation-programme",
            3235,
            "мүгедекті оңалтудың жеке бағдарламасы",
            en="disabled person's individual rehabilitation programme",
            form=check,
            applies_to=surdo_all,
            not_for=SURDO_ONLY,
            cond="Сурдотехникалық құралдармен қамтамасыз етуге: 2)-6)",
            cond_en="hearing aids: every category except participants of the war who are not disabled",
        ),
        doc(
            "surdo-pension-certificate-with-benefit-mark",
            3237,
            "жеңілдік алуға құқығы туралы белгісі бар зейнеткерлік куәлік",
            en="pension certificate with a mark of the right to benefits",
            form=check,
            applies_to=["equated_to_war_disabled"],
            not_for=SURDO_ONLY,
            cond="Ұлы Отан соғысы мүгедектеріне теңестірілген тұлғаларға",
            cond_en="hearing aids: persons equated to disabled veterans of the war",
        ),
        doc(
            "surdo-birth-certificate",
            3239,
            "туу туралы куәлік",
            en="birth certificate",
            form=check,
            applies_to=["under_16"],
            not_for=SURDO_ONLY,
            cond="16 жасқа дейінгі кәмелетке толмаған мүгедек балаларға",
            cond_en="hearing aids: disabled children under 16",
        ),
        doc(
            "surdo-parent-identity-document",
            3239,
            "ата-анасының біреуінің (қамқоршыларының, қорғаушыларының) жеке басын куәландыратын құжат",
            en="identity document of a parent (guardian, custodian)",
            form=check,
            applies_to=["under_16"],
            not_for=SURDO_ONLY,
            cond="16 жасқа дейінгі кәмелетке толмаған мүгедек балаларға",
            cond_en="hearing aids: disabled children under 16",
        ),
        doc(
            "surdo-pension-certificate",
            3241,
            "зейнеткерлік куәлік",
            en="pension certificate",
            form=check,
            applies_to=["disabled", "work_injury_disabled"],
            not_for=[*SURDO_ONLY, "disabled_child"],
            cond="бірінші, екінші, үшінші топтағы мүгедектерге; еңбек жарақатынан немесе кәсіби науқастан болған "
            "мүгедектерге",
            cond_en="hearing aids: disabled persons of groups I-III and persons disabled by a work injury",
        ),
        doc(
            "surdo-employer-liquidation-certificate",
            3243,
            "заңды тұлға жойылғаны немесе жеке кәсіпкер-жұмыс беруші қызметін тоқтатқаны туралы анықтама",
            en="certificate of the employer's liquidation or end of activity",
            form=check,
            applies_to=["work_injury_disabled"],
            not_for=SURDO_ONLY,
            cond="еңбек жарақатынан немесе кәсіби науқастан болған мүгедектерге",
            cond_en="hearing aids: persons disabled by a work injury or occupational disease",
        ),
        # visual (tiflo) aids, lines 3245-3251
        doc(
            "tiflo-rehabilitation-programme",
            3249,
            "мүгедекті оңалтудың жеке бағдарламасы",
            en="disabled person's individual rehabilitation programme",
            form=check,
            applies_to=[],
            not_for=TIFLO_ONLY,
            cond="Тифлотехникалық құралдармен қамтамасыз етуге",
            cond_en="visual aids",
        ),
        doc(
            "tiflo-employer-liquidation-document",
            3251,
            "заңды тұлға жойылғаны немесе жеке кәсіпкер-жұмыс беруші қызметін тоқтатқаны туралы құжатты",
            en="document on the employer's liquidation or end of activity",
            form=check,
            applies_to=["work_injury_disabled"],
            not_for=TIFLO_ONLY,
            cond="еңбек жарақатынан (кәсіби науқастан) болған мүгедектер",
            cond_en="visual aids: persons disabled by a work injury (occupational disease)",
        ),
        # hygiene products, lines 3253-3265
        doc(
            "hygiene-rehabilitation-programme-copy",
            3257,
            "мүгедекті оңалту жеке бағдарламасының көшірмесі",
            en="copy of the individual rehabilitation programme",
            form="copy",
            applies_to=[],
            not_for=HYGIENE_ONLY,
            cond="Міндетті гигиеналық құралдармен қамтамасыз етуге",
            cond_en="hygiene products",
        ),
        doc(
            "hygiene-identity-document",
            3259,
            "өтініш берушінің жеке басын куәландыратын құжат",
            en="applicant's identity document",
            form=check,
            applies_to=[],
            not_for=HYGIENE_ONLY,
            cond="Міндетті гигиеналық құралдармен қамтамасыз етуге",
            cond_en="hygiene products",
        ),
        doc(
            "hygiene-child-birth-certificate",
            3261,
            "баланың туу туралы куәлігі",
            en="child's birth certificate",
            form=check,
            applies_to=["disabled_child"],
            not_for=HYGIENE_ONLY,
            cond="мүгедек балалар",
            cond_en="hygiene products: disabled children",
        ),
        doc(
            "hygiene-parent-identity-document",
            3261,
            "ата-аналарының біреуінің (қамқоршыларының, қорғаншыларының) жеке басын куәландыратын құжат",
            en="identity document of a parent (guardian, custodian)",
            form=check,
            applies_to=["disabled_child"],
            not_for=HYGIENE_ONLY,
            cond="мүгедек балалар",
            cond_en="hygiene products: disabled children",
        ),
        doc(
            "hygiene-disability-certificate",
            3263,
            "мүгедектігі туралы анықтама",
            en="certificate of disability",
            form=check,
            applies_to=[],
            not_for=HYGIENE_ONLY,
            cond="Міндетті гигиеналық құралдармен қамтамасыз етуге",
            cond_en="hygiene products",
        ),
        doc(
            "hygiene-power-of-attorney",
            3265,
            "нотариалдық куәлікті талап етпейтін сенімхат",
            en="power of attorney (no notarisation needed)",
            applies_to=["representative"],
            not_for=HYGIENE_ONLY,
            cond="Мүгедектің өзі келу мүмкіндігі болмаған жағдайда",
            cond_en="hygiene products, when the disabled person cannot come in person",
        ),
    ]


# --------------------------------------------------------------------------------------------------------------
# standard 5: state benefits to families with children under 18 (lines 4214-6034)


def standard_5() -> Json:
    check = "original_for_check"  # line 4302
    return service(
        id=f"{ACT}/child-benefits-under-18",
        number="5",
        title=loc(
            "18 жасқа дейінгі балалары бар отбасыларға мемлекеттік жәрдемақылар тағайындау",
            "Assignment of state benefits to families with children under 18",
            "Назначение государственных пособий семьям, имеющим детей до 18 лет",
        ),
        source=src(4214, '"18 жасқа дейінгі балалары бар отбасыларға\n\nмемлекеттік жәрдемақылар тағайындау"', 4216),
        legal_basis=[
            st(
                4234,
                'Қазақстан Республикасының 2005 жылғы 28 маусымдағы "Балалы отбасыларға берілетін мемлекеттік '
                'жәрдемақылар туралы" Заңының 2, 4, 5, 6, 9 баптарының',
                "Law of 28 June 2005 'On state benefits to families with children', articles 2, 4, 5, 6, 9",
            ),
            st(
                4234,
                '"Балалы отбасыларға берілетін мемлекеттік жәрдемақыларды тағайындау және төлеу Ережесінің" 4, 9, 25, '
                "28, 29 тармақтарының",
                "Rules for assigning and paying state benefits to families with children (Government decree No. 1092 "
                "of 2 November 2005), items 4, 9, 25, 28, 29",
            ),
            st(
                4234,
                '"Балаларға арналған жәрдемақы алуға үміткер отбасының жиынтық табысын есептеу Ережесінің" 1 '
                "тармағының",
                "Rules for calculating the total income of a family applying for child benefits, item 1",
            ),
        ],
        provider=st(
            4238,
            "Қарағанды облысы қалалары мен аудандарының жұмыспен қамту және әлеуметтік бағдарламалар бөлімдері",
            "the city and district departments of employment and social programmes at the consumer's place of "
            "residence",
        ),
        provider_also=[
            st(
                4238,
                "Тұрғылықты жері бойынша жұмыспен қамту және әлеуметтік бағдарламалар бөлімі болмаған жағдайда, "
                "тұтынушы кент, ауыл (село), ауылдық (селолық) округтың әкіміне өтініш береді",
                "where there is no department at the place of residence, the consumer applies to the akim of the "
                "settlement, village or rural district",
            )
        ],
        form={"value": "partly_automated", "source": src(4230, "ішінара автоматтандырылған")},
        results=[
            st(
                4242,
                "18 жасқа дейінгі балалары бар отбасыларға мемлекеттік жәрдемақылар тағайындау немесе тағайындаудан "
                "бас тарту туралы құлақтандыру",
                "a notice assigning the state benefits for children under 18, or refusing them",
            )
        ],
        consumers=[
            st(
                4246,
                "отбасының жан басына шаққандағы табысы облыста белгіленген азық-түлік себеті құнының мөлшерінен "
                "төмен болған жағдайда, туған, асырап алған, сондай-ақ қорғаншылыққа (қамқоршылыққа) алған балалары "
                "бар азаматтарға, Қазақстан Республикасында тұрақты тұратын оралмандарға",
                "citizens with natural, adopted or fostered children, and oralmans permanently residing in "
                "Kazakhstan, when the family's per-capita income is below the oblast's food basket cost",
            ),
            st(
                4248,
                "егер қызмет Қазақстан Республикасында бекітілген халықаралық келісім-шарттарда көзделген болса, "
                "онда Қазақстан Республикасында тұрақты тұратын шетел азаматтарына ұсынылады",
                "foreigners permanently residing in Kazakhstan, where international treaties ratified by "
                "Kazakhstan provide for it",
            ),
        ],
        terms=[
            term(
                "main",
                10,
                "calendar_days",
                "submission",
                4256,
                "тұрғылықты жері бойынша Бөлімге өтініш білдіргенде - 10 күнтізбелік күн",
            ),
            term(
                "other",
                30,
                "calendar_days",
                "submission",
                4258,
                "тұрғылықты жері бойынша ауыл (село), ауылдық (селолық) округ, кент әкіміне өтініш білдіргенде - 30 "
                "күнтізбелік күн",
                channel="akim",
            ),
        ],
        queue_limits=[
            queue("submit", 40, "at_most", 4260, "кезекте күтудің барынша ұзақ уақыты 40 минут"),
            queue("receive", 40, "at_most", 4262, "кезекте күтудің барынша ұзақ уақыты 40 минут"),
        ],
        fee={"kind": "free", "amount": None, "currency": "KZT", "source": src(4266, "Қызмет тегін көрсетіледі")},
        service_hours=hours(
            MON_THU,
            4274,
            "жұма, сенбі және жексенбіден басқа күндері күн сайын сағат 9.00-ден 18.00-ге дейін, сағат 13.00-ден "
            "14.00-ге дейін үзілісімен",
        ),
        channels=["provider", "akim"],
        documents=[
            doc("application", 4286, "белгіленген нысандағы өтініш", en="application in the established form"),
            doc(
                "children-birth-certificates-copy",
                4288,
                "балардың туу туралы куәлігінің көшірмесі",
                en="copy of the children's birth certificates",
                form=check,
            ),
            doc(
                "identity-document-copy",
                4290,
                "тұтынушының жеке басын куәландыратын құжаттың көшірмесі",
                en="copy of the consumer's identity document",
                form=check,
            ),
            doc(
                "residence-proof-copy",
                4292,
                "отбасының тұрғылықты жерін растайтын құжаттың көшірмесі",
                en="copy of a document confirming the family's place of residence (any of the three listed)",
                form=check,
                alternatives=[
                    doc(
                        "residence-register-copy",
                        4292,
                        "азаматтарды тіркеу кітабының көшірмесі",
                        en="copy of the house register (book of citizens' registration)",
                        form=check,
                    ),
                    doc(
                        "address-bureau-certificate",
                        4292,
                        "мекен-жай бюросының анықтамасы",
                        en="certificate of the address bureau",
                        form=check,
                    ),
                    doc(
                        "rural-akim-residence-certificate",
                        4292,
                        "ауылдық (селолық) округ әкімінің анықтамасы",
                        en="certificate of the rural district akim",
                        form=check,
                    ),
                ],
            ),
            doc(
                "family-composition", 4294, "отбасы құрамы туралы мәлімет", en="information on the family's composition"
            ),
            doc(
                "family-income-information",
                4296,
                "отбасы мүшелерінің табыстары туралы, сонымен қатар жеке қосалқы шаруашылығының бары туралы мәліметтер",
                en="information on the family members' incomes in the quarter before the application, and on a "
                "personal subsidiary farm",
            ),
            doc(
                "power-of-attorney",
                4298,
                "белгіленген тәртіппен берілген сенімхат",
                en="power of attorney issued in the established order",
                applies_to=["representative"],
                cond="Ата-анасының біреуі, қорғаншылары немесе қамқоршылары жәрдемақы тағайындау туралы жеке өтініш "
                "жасай алмайтын жағдайда",
                cond_en="when the parent or guardian cannot apply in person and authorises another person",
            ),
            doc(
                "adoption-or-guardianship-decision-extract",
                4300,
                "тиісті органның асырап алу немесе баланы қамқорлыққа алу туралы шешімінің үзінді көшірмесін",
                en="extract of the competent body's decision on adoption or guardianship",
                applies_to=["adoptive_parent", "guardian"],
                cond="Асырап алушылар, қорғаншылар (қамқоршылар)",
                cond_en="adoptive parents and guardians",
            ),
        ],
        talon={
            "kind": "undefined",
            "fields": [],
            "source": src(4314, "тұтынушыға құжаттарды қабылдағаны туралы белгіленген нысандағы растау хатты береді"),
            "refusal_receipt": None,
        },
        refusal_grounds=[
            st(
                4322,
                "18 жасқа дейінгі балалы отбасыларға берілетін жәрдемақы отбасының жан басына шаққандағы табысы "
                "азық-түлік себетінің құнынан асып түскен жағдайда және әлеуметтік көмекке өтініш білдірген "
                "тұлғалардың материалдық жағдайын тексеру үшін учаскелік комиссиялар туралы Ережеде белгіленген "
                "жағдайда тағайындалмайды",
                "not assigned when the family's per-capita income exceeds the food basket cost, or in the cases of "
                "the Rules on the district commissions that check applicants' material situation",
                missing_documents=False,
            ),
            st(
                4324,
                "Әкесі немесе анасы (асырап алушылар) 1 және 2 топтағы мүгедектердің, мүгедек балалардың, сексен "
                "жастан асқан адамдардың, үш жасқа дейінгі баланың күтімімен айналысатын жағдайларды қоспағанда "
                "баланың еңбекке жарамды ата-анасы (асырап алушылар) жұмыс істемейтін, күндізгі оқу бөлімінде "
                "оқымайтын, әскерде қызметін өткермейтін және жұмыспен қамту органдарында жұмыссыз ретінде "
                "тіркелмеген кезеңге балаларға арналған жәрдемақы тағайындалмайды",
                "not assigned for periods when an able-bodied parent neither works, studies full-time, serves in "
                "the army nor is registered as unemployed (unless caring for a disabled person of group I-II, a "
                "disabled child, a person over 80 or a child under 3)",
                missing_documents=False,
            ),
        ],
        termination_grounds=[
            st(4328, "баланың қайтыс болуы", "the child's death"),
            st(4330, "баланың толық мемлекет қарауына берілуі", "the child is placed in full state care"),
            st(
                4332,
                "өтініш берушінің 18 жасқа дейінгі балалар жәрдемақысын (жәрдемақыларын) заңсыз тағайындалуына "
                "себепші болған күмәнді мәліметтер ұсынған жағдайда",
                "the applicant gave doubtful information that led to an unlawful assignment of the benefit",
            ),
        ],
        result_delivery=[
            st(
                4318,
                "тұтынушыға (өкілге) тұрғылықты жердегі Бөлімге немесе кент, ауыл (село), ауылдық (селолық) округтың "
                "әкіміне барған жағдайда немесе сенімхат ұсынылғанда беріледі",
                "The notice is given to the consumer (or a representative with a power of attorney) at the "
                "department or the rural akim",
            )
        ],
        complaint=[
            st(
                4366,
                "Өтініш беруші уәкілетті органның әрекеті мен шешіміне жоғары тұрған уәкілетті органдарда сот "
                "тәртібімен шағымдануға құқығы бар",
                "The applicant may appeal to the higher authorities and to a court",
            ),
            st(
                4368,
                "шағымды дайындауға көмекті жоғары тұрған мемлекеттік органдарда – қалалар мен аудандар әкімдіктерінен "
                "алуға болады",
                "Explanations and help with a complaint: the city and district akimats",
            ),
            st(
                4372,
                "Шағымдар ауызша немесе жазбаша нысанда пошта бойынша немесе электронды түрде қалалар мен аудандар "
                "әкімдерінің атына беріледі",
                "Complaints go to the city and district akims, orally, in writing by post or electronically",
            ),
            st(
                4376,
                "Шағымды қабылдауды растайтын құжат өтінішті қабылдау жөніндегі талон болып табылады",
                "A talon with the body's name, the receiving employee's surname and initials, the date and time and "
                "phones confirms the complaint; it is considered within the term of the 2007 Law on citizens' "
                "applications",
            ),
        ],
        quality_indicators=quality(5401, 5520),
        data_issues=[
            issue(
                "closed-day",
                "warning",
                "The service is given Monday to Thursday only: Friday is excluded together with the weekend, "
                "although the same departments give most other standards of the act Monday to Friday.",
                4274,
                "жұма, сенбі және жексенбіден басқа күндері",
            ),
            issue(
                "other",
                "info",
                "Two terms: 10 calendar days when applying to the department, 30 calendar days when applying to the "
                "rural akim (recorded with role 'other' and channel 'akim').",
                4258,
                "30 күнтізбелік күн",
            ),
            issue(
                "cross-reference",
                "warning",
                "Paragraph 22 says the city and district akims' email addresses are in annex 3, but annex 3 is the "
                "quality-indicator table; they are in annex 4 (as paragraph 24 says).",
                4372,
                "осы стандарттың 3 қосымшасында көрсетілген",
            ),
            issue(
                "external-reference",
                "info",
                "Paragraph 17 lists only part of the grounds to refuse: the benefit is also not assigned 'in the "
                "cases set by the Rules on the district commissions that check the material situation of applicants "
                "for social assistance', which the act does not contain.",
                4322,
                "әлеуметтік көмекке өтініш білдірген тұлғалардың материалдық жағдайын тексеру үшін учаскелік "
                "комиссиялар туралы Ережеде белгіленген жағдайда",
            ),
            issue(
                "cross-reference",
                "info",
                "Paragraph 4 says the full names, addresses and websites of the departments and of the rural akims' "
                "apparatus are in annexes 1 and 2, but annex 2 (the rural akims) gives only names, addresses and "
                "phones: no rural akim's website is printed.",
                4238,
                "олардың мекен-жайлары мен веб-сайттары осы стандарттың 1, 2 қосымшаларында көрсетілген",
            ),
            issue(
                "misprint",
                "info",
                "Item 2 of paragraph 12 reads «балардың» for «балалардың» (the children's): the copy of the "
                "children's birth certificates. The document's name is kept as printed.",
                4288,
                "балардың туу туралы куәлігінің көшірмесі",
            ),
            issue(
                "undefined-talon",
                "warning",
                "Paragraph 15 promises a confirmation letter 'of the established form' that the documents were "
                "accepted, but does not say what it contains.",
                4314,
                "белгіленген нысандағы растау хатты",
            ),
        ],
    )


# --------------------------------------------------------------------------------------------------------------
# standard 6: housing assistance (lines 6038-7007)


def standard_6() -> Json:
    rules_en = "the city or district maslikhat's Rules on housing assistance"
    return service(
        id=f"{ACT}/housing-assistance",
        number="6",
        title=loc("Тұрғын үй көмегін тағайындау", "Assignment of housing assistance", "Назначение жилищной помощи"),
        source=src(6038, '"Тұрғын үй көмегін тағайындау"'),
        legal_basis=[
            st(
                6054,
                'Қазақстан Республикасының 1997 жылғы 16 сәуірдегі "Тұрғын үй қатынастары туралы" Заңының 97 бабының 2 '
                "тармағы",
                "Law of 16 April 1997 'On housing relations', article 97, item 2",
            ),
            st(
                6054,
                "тұрғын үй көмегін беру көлемі мен тәртібін анықтайтын облыстың қалалары мен аудандарының жергілікті "
                "өкілетті органдары шешімдерінің",
                "decisions of the local representative bodies of the oblast's cities and districts on the amount "
                "and procedure of housing assistance",
            ),
        ],
        provider=st(
            6058,
            "тұтынушының тұрғылықты жері бойынша жұмыспен қамту және әлеуметтік бағдарламалар бөлімдері",
            "the departments of employment and social programmes at the consumer's place of residence",
        ),
        form={"value": "partly_automated", "source": src(6050, "ішінара автоматтандырылған")},
        results=[
            st(
                6062,
                "тұрғын үй көмегін тағайындау немесе тағайындаудан бас тарту туралы құлақтандыру",
                "a notice assigning housing assistance, or refusing it",
            )
        ],
        consumers=[
            st(
                6066,
                "отбасының жиынтық табысынан төлеуге болатын шекті үлесінен асатын табысы аз отбасыларына "
                "(азаматтарға)",
                "low-income families (citizens) whose housing, utility and telephone costs exceed the share of the "
                "family's total income set by the local representative bodies",
            )
        ],
        terms=[],
        queue_limits=[
            queue("submit", 40, "at_most", 6074, "кезекте күтуге рұқсат берілген ең ұзақ уақыт 40 минуттан аспайды"),
            queue("receive", 40, "at_most", 6076, "кезекте күтуге рұқсат берілген ең ұзақ уақыт 40 минут"),
        ],
        fee={"kind": "free", "amount": None, "currency": "KZT", "source": src(6080, "Қызмет тегін көрсетіледі")},
        service_hours=hours(
            MON_THU,
            6088,
            "жұма, сенбі және жексенбіден басқа күндері күн сайын сағат 9.00-ден 18.00-ге дейін, сағат 13.00-ден "
            "14.00-ге дейін үзілісімен",
        ),
        documents=[
            doc(
                "application",
                6106,
                "толтырған өтінішті",
                name="өтініш",
                en="completed application (the other documents are set by the maslikhat's Rules)",
            ),
        ],
        talon={
            "kind": "talon",
            "fields": ["office", "accepted_by", "accepted_at"],
            "source": src(
                6110,
                "онда мемлекеттік мекеменің аты, өтініш қабылдап алушы қызметкердің аты-жөні және оны қабылдап алған "
                "күні көрсетілуі тиіс",
            ),
            "refusal_receipt": None,
        },
        refusal_grounds=[
            st(
                6118,
                "Мемлекеттік қызмет көрсетуден бас тарту, белгіленген мерзімге құқығынан айыру немесе тоқтату облыс "
                "қалалары мен аудандарының жергілікті өкілетті органдары шешімдерімен бекітілген Ережелердің негізінде "
                "анықталады",
                "Refusal, suspension for a set period or termination follow the Rules approved by the local "
                "representative bodies",
            )
        ],
        result_delivery=[
            st(
                6114,
                "Тұрғын үй жәрдемақысын тағайындау немесе тағайындаудан бас тарту туралы құлақтандыру тұтынушыға "
                "тұрғылықты жердегі Бөлімге өзі келгенде беріледі",
                "The notice is given in person at the department of the place of residence",
            )
        ],
        complaint=[
            st(
                6152,
                "Өтініш беруші уәкілетті органның әрекеті мен шешіміне жоғары уәкілетті органдарда сондай-ақ сот "
                "тәртібімен шағымдануға құқығы бар",
                "The applicant may appeal to the higher authorities and to a court",
            ),
            st(
                6154,
                "шағымды дайындауға көмекті жоғары тұрған мемлекеттік органдардан – қалалар мен аудандар "
                "әкімдіктерінен алуға болады",
                "Explanations and help with a complaint: the city and district akimats",
            ),
            st(
                6158,
                "Шағымдар ауызша немесе жазбаша нысанда пошта бойынша немесе электронды түрде қалалар мен аудандар "
                "әкімдерінің атына жіберіледі",
                "Complaints go to the city and district akims, orally, in writing by post or electronically",
            ),
            st(
                6162,
                "Шағымды қабылдауды растайтын құжат өтінішті қабылдау жөніндегі талон болып табылады",
                "A talon with the body's name, the receiving employee's surname and initials, the date and time and "
                "phones confirms the complaint",
            ),
        ],
        quality_indicators=quality(6378, 6497),
        data_issues=[
            issue(
                "closed-day",
                "warning",
                "The service is given Monday to Thursday only: Friday is excluded together with the weekend, "
                "although the same departments give most other standards of the act Monday to Friday.",
                6088,
                "жұма, сенбі және жексенбіден басқа күндері",
            ),
            issue(
                "external-reference",
                "warning",
                f"The standard gives no term for the service: it refers to {rules_en}, which the act does not "
                "contain. No term is recorded.",
                6072,
                "мемлекеттік қызмет көрсетудің барынша ұзақ мерзімі",
            ),
            issue(
                "external-reference",
                "warning",
                f"The standard does not list the required documents: it refers to {rules_en}. Only the completed "
                "application (paragraph 14) is recorded.",
                6098,
                "Мемлекеттік қызметті алу үшін қажетті құжаттар тізімі Ереже негізінде анықталады",
            ),
            issue(
                "external-reference",
                "info",
                "The grounds for refusal are not listed: the standard refers to the Rules of the local "
                "representative bodies.",
                6118,
                "Ережелердің негізінде анықталады",
            ),
            issue("cross-reference", "info", MISSING_SCHEDULES, 6170, "осы стандарттың 1 қосымшасында көрсетілген"),
        ],
    )


# --------------------------------------------------------------------------------------------------------------
# standard 7: documents for social services in medical and social institutions (lines 7011-8038)


def standard_7() -> Json:
    both = "original_and_copy"  # line 7071: originals and copies of the documents are presented
    disabled = DISABLED_ANY  # «Мүгедектерге қосымша» (line 7089): every disabled person
    return service(
        id=f"{ACT}/medical-social-institution-documents",
        number="7",
        title=loc(
            "Мемлекеттік және мемлекеттік емес медициналық - әлеуметтік мекемелерде әлеуметтік қызмет көрсетуге "
            "құжаттар ресімдеу",
            "Processing documents for social services in state and non-state medical and social institutions",
        ),
        source=src(
            7011,
            '"Мемлекеттік және мемлекеттік емес медициналық - әлеуметтік мекемелерде әлеуметтік қызмет көрсетуге '
            'құжаттар ресімдеу"',
        ),
        legal_basis=[
            st(
                7027,
                'Қазақстан Республикасының "Қазақстан Республикасында мүгедектерді әлеуметтік қорғау туралы" Заңы 24 '
                "бабының",
                "Law 'On social protection of disabled persons in the Republic of Kazakhstan', article 24",
            ),
            st(
                7027,
                "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрі міндетін атқарушысының 2005 "
                "жылғы 1 желтоқсандағы N 306-ө бұйрығымен (Қазақстан Республикасының Әділет министрлігінде 2005 жылы "
                "23 желтоқсанда N 3985 тіркелген) бекітілген үйде әлеуметтік қызмет көрсету Үлгі ережесінің 9, 12 "
                "тармақтарының",
                "Model rules of social services at home approved by order No. 306-ө of 1 December 2005 of the "
                "acting Minister of Labour and Social Protection, items 9 and 12",
            ),
        ],
        provider=st(
            7031,
            "Қарағанды облысы қалалары мен аудандарының жұмыспен қамту және әлеуметтік бағдарламалар бөлімдері",
            "the city and district departments of employment and social programmes at the consumer's place of "
            "residence",
        ),
        form={"value": "not_automated", "source": src(7023, "автоматтандырылмаған")},
        results=[st(7035, "медициналық-әлеуметтік мекемеге жолдама", "a referral to a medical and social institution")],
        consumers=[
            st(
                7039,
                "Қазақстан Республикасының азаматтарына, шетел азаматтарына және қарттар мен мүгедектер қатарындағы "
                "азаматтығы жоқ Қазақстан Республикасында тұрақты тұратын тұлғаларға немесе заңды өкілдеріне",
                "elderly and disabled citizens of Kazakhstan, foreigners and stateless persons permanently residing "
                "in Kazakhstan, or their legal representatives",
            )
        ],
        terms=[term("main", 15, "days_unqualified", "submission", 7045, "ең ұзақ мерзімі 15 күн")],
        queue_limits=[
            queue("submit", 30, "at_most", 7047, "30 минуттан аспайды"),
            queue("receive", 10, "at_most", 7049, "10 минуттан аспайды"),
        ],
        fee={"kind": "free", "amount": None, "currency": "KZT", "source": src(7053, "ақысыз")},
        service_hours=hours(
            MON_FRI,
            7061,
            "күн сайын, сенбі, жексенбі күндерінен басқа күндері, сағат 13.00-ден 14.00-ге дейінгі түскі ас "
            "үзілісімен, сағат 9.00-ден 18.00-ге дейін",
        ),
        documents=[
            doc("application", 7073, "белгіленген нысандағы өтініш", en="application in the established form"),
            doc(
                "identity-card",
                7075,
                "жеке куәлік",
                en="identity card",
                form=both,
                alternatives=[
                    doc(
                        "child-birth-certificate",
                        7075,
                        "баланың туу туралы куәлігі",
                        en="child's birth certificate",
                        form=both,
                    )
                ],
            ),
            doc(
                "taxpayer-certificate",
                7077,
                "салық төлеушінің тіркеу нөмірін иеленгені туралы куәлік",
                en="taxpayer registration number certificate",
                form=both,
            ),
            doc(
                "social-code-certificate",
                7079,
                "әлеуметтік жеке код иеленгені туралы куәлік",
                en="social individual code certificate",
                form=both,
            ),
            doc(
                "medical-card",
                7081,
                "белгіленген нысандағы медициналық қарта",
                en="medical card in the established form",
                form=both,
            ),
            doc(
                "outpatient-card-copy",
                7083,
                "амбулаториялық қартаның көшірмесі",
                en="copy of the outpatient card",
                form="copy",
            ),
            doc(
                "pension-certificate",
                7085,
                "зейнеткерлік куәлік",
                en="pension certificate",
                form=both,
                applies_to=["pensioner"],
                cond="зейнеткерлік жастағы тұлғалар үшін",
                cond_en="persons of pension age",
            ),
            doc(
                "status-certificate",
                7087,
                "мүгедектің, Ұлы Отан соғысы қатысушысының (одан әрі ҰОС) және оларға теңестірілген (мүгедектерге, "
                "ҰОС қатысушыларына, мүгедектерге және оларға теңестірілгендерге арналған) тұлғалардың статусын "
                "растайтын куәлік",
                en="certificate of the status of a disabled person, a participant of the Great Patriotic War or a "
                "person equated to them",
                form=both,
                applies_to=[*disabled, "participant_of_war", "equated_to_war_participant"],
                cond="мүгедектің, Ұлы Отан соғысы қатысушысының (одан әрі ҰОС) және оларға теңестірілген",
                cond_en="disabled persons, participants of the war and persons equated to them",
            ),
            doc(
                "disability-certificate-copy",
                7091,
                "мүгедектігі туралы анықтаманың көшірмесі",
                en="copy of the certificate of disability",
                form="copy",
                applies_to=disabled,
                cond="Мүгедектерге қосымша",
                cond_en="disabled persons, in addition",
            ),
            doc(
                "rehabilitation-programme-copy",
                7093,
                "мүгедекті оңалтудың жеке бағдарламасының көшірмесі",
                en="copy of the individual rehabilitation programme",
                form="copy",
                applies_to=disabled,
                cond="Мүгедектерге қосымша",
                cond_en="disabled persons, in addition",
            ),
            doc(
                "court-decision-incapacity",
                7095,
                "адамның еңбекке жарамсыз танылғаны туралы сот шешімі",
                en="court decision declaring the person unfit for work (as written; see the data issue)",
                form=both,
                applies_to=disabled,
                cond="Мүгедектерге қосымша",
                cond_en="disabled persons, in addition",
            ),
            doc(
                "pmpk-conclusion",
                7097,
                "балаларға арналған психологиялық-медициналық-педагогикалық кеңестің (ПМПК) қорытындысы",
                en="conclusion of the psychological, medical and pedagogical consultation (PMPK), for children",
                form=both,
                applies_to=["disabled_child"],
                cond="балаларға арналған",
                cond_en="disabled children",
            ),
        ],
        talon={
            "kind": "undefined",
            "fields": [],
            "source": src(7105, "тұтынушыға белгіленген нысандағы құжаттардың қабылданғаны туралы растау береді"),
            "refusal_receipt": None,
        },
        refusal_grounds=[
            st(
                7115,
                "әлеуметтік қызмет көрсетуге қабылдауға өтініш берушінің медициналық қайшылықтары болуы",
                "the applicant has medical contraindications to admission",
                missing_documents=False,
            ),
            st(
                7117,
                "осы мемлекеттік қызметті ұсынуға талап етілетін құжаттардың біреуінің болмауы",
                "one of the required documents is missing",
                missing_documents=True,
            ),
        ],
        result_delivery=[
            st(
                7109,
                "Медициналық-әлеуметтік мекемеде қызмет көрсету жолдамасына бас тартылғаны туралы немесе "
                "тағайындалғаны туралы құлақтандыру тұтынушыға немесе өкілі барғанда тұрғылықты жері бойынша беріледі",
                "The notice of the referral or its refusal is given to the consumer or a representative in person at "
                "the place of residence",
            )
        ],
        complaint=[
            st(
                7151,
                "Өтініш беруші жоғарғы уәкілетті органның шешімі мен әрекетіне сот тәртібімен шағымдануға құқығы бар",
                "The applicant may appeal to a court",
            ),
            st(
                7153,
                "шағымды дайындауға жәрдемді жоғары тұрған мемлекеттік органдардан – қалалар мен аудандардың әкім "
                "аппараттарынан алуға болады",
                "Explanations and help with a complaint: the city and district akims' apparatus",
            ),
            st(
                7157,
                "Шағымдар қалалар мен аудандар әкімдерінің атына ауызша немесе жазбаша түрде, немесе электронды түрде "
                "түседі",
                "Complaints go to the city and district akims, orally, in writing or electronically",
            ),
            st(
                7161,
                "Шағымның қабылданғанын мемлекеттік органның атауы, өтініш қабылдаған қызметкердің тегі мен аты-жөні, "
                "қабылдаған мерзімі мен уақыты, телефоны көрсетілген өтінішті қабылдау туралы талон растайды",
                "A talon with the body's name, the receiving employee's name, the date and time and a phone number "
                "confirms the complaint",
            ),
        ],
        quality_indicators=quality(7392, 7525),
        data_issues=[
            issue(
                "ambiguous-unit",
                "warning",
                "The main term is '15 күн' (15 days) without saying calendar or working days.",
                7045,
                "ең ұзақ мерзімі 15 күн",
            ),
            issue(
                "inconsistent-terms",
                "warning",
                "Paragraph 7 limits the queue to 30 minutes when handing in documents (and 10 when collecting), but "
                "quality indicator 1.2 in annex 2 counts consumers who waited 'no more than 40 minutes'.",
                7414,
                "Қызмет алуды кезекте 40 минуттан аспайтын уақыт күткен тұтынушылардың % (үлесі)",
            ),
            issue(
                "numbering",
                "info",
                "Paragraph 15 is missing: paragraph 14 is followed by paragraph 16.",
                7109,
                "16. Медициналық-әлеуметтік мекемеде",
            ),
            issue(
                "wording",
                "warning",
                "The disabled person's additional documents include 'a court decision recognising the person as "
                "unfit for work' (еңбекке жарамсыз), as for every disabled applicant. Courts declare legal "
                "incapacity, not unfitness for work; the item probably means a decision on legal incapacity and "
                "concerns only persons declared incapable. Recorded as written.",
                7095,
                "адамның еңбекке жарамсыз танылғаны туралы сот шешімі",
            ),
            issue(
                "copy-paste",
                "info",
                "The legal basis cites the Model rules of social services at home (үйде әлеуметтік қызмет көрсету), "
                "the same order that standard 8 (home social services) cites, although this standard concerns "
                "medical and social institutions.",
                7027,
                "үйде әлеуметтік қызмет көрсету Үлгі ережесінің 9, 12 тармақтарының",
            ),
            issue(
                "copy-paste",
                "info",
                "Paragraph 19 speaks of 'this Model standard' (осы Үлгі стандарттың): wording copied from the "
                "Government's model standard.",
                7141,
                "осы Үлгі стандарттың 2 қосымшасына",
            ),
            issue(
                "undefined-talon",
                "warning",
                "Paragraph 14 promises a confirmation 'of the established form' that the documents were accepted, "
                "but does not say what it contains.",
                7105,
                "белгіленген нысандағы құжаттардың қабылданғаны туралы растау",
            ),
            issue("cross-reference", "info", MISSING_SCHEDULES, 7169, "осы стандарттың 1 қосымшасында көрсетілген"),
        ],
    )


# --------------------------------------------------------------------------------------------------------------


def build() -> Json:
    items = [standard_1(), standard_2(), standard_3(), standard_4(), standard_5(), standard_6(), standard_7()]
    ids_file = ROOT.parent / "notes" / "karaganda-service-ids.txt"
    if ids_file.exists():
        wanted = [
            ln.split("|")[0].strip()
            for ln in ids_file.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")
        ][:7]
        got = [s["id"] for s in items]
        if got != wanted:
            raise SystemExit(f"service ids differ from {ids_file}: {got} != {wanted}")
    return {"format": 1, "act": ACT, "items": items}


def render() -> str:
    return json.dumps(build(), ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT} is out of date; run {Path(__file__).name}")
            return 1
        print(f"{OUT.name} is up to date")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(build()['items'])} services)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
