"""Generate src/kzsocial/data/acts/karaganda-2008/services-2.json: standards 8 to 13 of the Karaganda 2008 act.

Development only (reads sources/). Usage: python tools/encode_karaganda_services_2.py [--check]

Every phrase is written here by hand after reading the standard, and located on its line by ``at()``
(which fails loudly when the phrase is not on that line) or ``find()`` (which requires the phrase to occur on
exactly one line of the standard's range). The quality-indicator annexes are parsed from their tables by
``quality()`` and were checked by reading. Offices are linked in office_links.json (not here).
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
OUT = ROOT / "src" / "kzsocial" / "data" / "acts" / "karaganda-2008" / "services-2.json"
ACT = "karaganda-2008"

LINES = SEED.read_text(encoding="utf-8").split("\n")

Json = dict[str, Any]

# The current standard's line range (for find()).
_RANGE: tuple[int, int] = (1, len(LINES))


def at(line: int, text: str, end_line: int | None = None) -> Json:
    """A source on ``line`` (..``end_line``); fails when ``text`` is not there."""
    hay = "\n".join(LINES[line - 1 : (end_line or line)])
    if text not in hay:
        raise SystemExit(f"not on line {line}: {text!r}\n  line: {hay!r}")
    src: Json = {"line": line, "text": text}
    if end_line is not None and end_line != line:
        src["end_line"] = end_line
    return src


def find(text: str) -> Json:
    """A source for ``text``, which must occur on exactly one line of the current standard."""
    lo, hi = _RANGE
    hits = [n for n in range(lo, hi + 1) if text in LINES[n - 1]]
    if len(hits) != 1:
        raise SystemExit(f"{text!r}: expected one line in {lo}..{hi}, found {hits}")
    return {"line": hits[0], "text": text}


def kk(text: str, en: str | None = None, ru: str | None = None) -> Json:
    out: Json = {"kk": text}
    if ru is not None:
        out["ru"] = ru
    if en is not None:
        out["en"] = en
    return out


def stmt(text: str, en: str | None = None, *, kk_text: str | None = None, **extra: Any) -> Json:
    """A Statement whose kk text is the phrase itself (or ``kk_text``), located with find()."""
    return {"text": kk(kk_text or text, en), "source": find(text), **extra}


def term(role: str, value: int, unit: str, starts_from: str, text: str, **extra: Any) -> Json:
    return {"role": role, "value": value, "unit": unit, "starts_from": starts_from, "actor": None,
            "source": find(text), **extra}


def queue(stage: str, minutes: int, qualifier: str, text: str) -> Json:
    return {"stage": stage, "minutes": minutes, "qualifier": qualifier, "source": find(text)}


def hours(weekdays: list[int], intervals: list[list[str]], text: str) -> Json:
    return {"days": [{"weekdays": weekdays, "intervals": intervals}], "source": find(text)}


MON_FRI = [0, 1, 2, 3, 4]
MON_THU = [0, 1, 2, 3]
DAY_9_18_LUNCH = [["09:00", "13:00"], ["14:00", "18:00"]]


def doc(id: str, text: str, *, form: str = "unspecified", handling: str = "hand_in", en: str | None = None,
        name: str | None = None, condition: Json | None = None, alternatives: list[Json] | None = None,
        required: bool = True, source: Json | None = None) -> Json:
    return {
        "id": id,
        "name": kk(name or text, en),
        "form": form,
        "handling": handling,
        "condition": condition,
        "alternatives": alternatives or [],
        "channels": None,
        "required": required,
        "source": source or find(text),
    }


def cond(applies_to: list[str], text: str, *, not_for: list[str] | None = None) -> Json:
    return {"applies_to": applies_to, "not_for": not_for or [], "text": kk(text)}


def issue(code: str, message: str, source: Json | None, severity: str = "warning") -> Json:
    return {"code": code, "severity": severity, "message": message, "source": source}


_INDICATOR = re.compile(r"^\t(\d\.\d\.)\s*(.*)$")


def quality(first: int, last: int) -> list[Json]:
    """Parse a quality-indicator annex table (lines ``first``..``last``).

    Rows are ``\\t1.1. <name>`` (or ``\\t1.1.`` and ``\\t<name>`` on the next line), then ``\\t<normative>``,
    then the empty target cell ``\\t``; the rows' group headings (``\\t1. Уақтылығы``) are skipped.
    """
    out: list[Json] = []
    n = first
    while n <= last:
        m = _INDICATOR.match(LINES[n - 1])
        if not m:
            n += 1
            continue
        start = n
        name = m.group(2).strip()
        if not name:
            n += 1
            name = LINES[n - 1].strip()
        value_line = n + 1
        raw_value = LINES[value_line - 1].strip()
        target_raw = LINES[value_line].strip()  # the next cell: the target for next year
        if not re.fullmatch(r"\d+(,\d+)?( ?%)?", raw_value):
            raise SystemExit(f"line {value_line}: unexpected normative value {raw_value!r}")
        normative = raw_value.rstrip("%").strip().replace(",", ".")
        text = "\n".join(LINES[start - 1 : value_line]).lstrip("\t").rstrip()
        out.append({
            "name": kk(name),
            "normative": normative,
            "target_next_year": target_raw or None,
            "unit": "%",
            "source": at(start, text, value_line),
        })
        n = value_line + 1
    return out


def service(number: int, sid: str, lines: tuple[int, int], body: Json) -> Json:
    out: Json = {"id": f"{ACT}/{sid}", "kind": "standard", "number": str(number)}
    out.update(body)
    if "intake_hours" not in out:
        # The act gives one set of hours (paragraph 10): documents are accepted, in queue order, during them.
        keys = list(out)
        keys.insert(keys.index("service_hours") + 1, "intake_hours")
        out = {k: out.get(k, out["service_hours"]) for k in keys}
    out.setdefault("office_ids", [])
    out.setdefault("steps", [])
    out.setdefault("implements", None)
    return out


def begin(lo: int, hi: int) -> tuple[int, int]:
    global _RANGE
    _RANGE = (lo, hi)
    return _RANGE


# Messages shared by several standards.
def quality_queue_issue(src: Json, limit: int) -> Json:
    return issue(
        "inconsistent-terms",
        f"The quality annex measures the share of consumers who waited 'no more than 40 minutes' in the queue, "
        f"but the standard itself limits the wait to {limit} minutes when handing in documents.",
        src, "info")


def complaints_100_issue(src: Json) -> Json:
    return issue(
        "misprint",
        "The quality annex gives 100 % as the normative share of justified complaints among all consumers "
        "served (indicator 4.1), i.e. every consumer would have a justified complaint; standards 1, 8 and 13 "
        "print 100 %, the act's other ten standards 0,1 or 0,2 %. Likely a misprint; recorded as printed.",
        src)


def refusal_or_termination_issue(src: Json, stops: str) -> Json:
    return issue(
        "wording",
        f"Paragraph 17 gives one list of grounds 'to stop or to refuse' the service; some of them ({stops}) read "
        f"as grounds to stop a payment already granted. All are recorded as refusal grounds, as printed.",
        src, "info")


def annex1_no_schedules_issue(src: Json) -> Json:
    return issue(
        "cross-reference",
        "Paragraph 24 says the reception schedules of the department heads and their deputies are in annex 1, "
        "but annex 1 lists only the departments' names, addresses, phones, websites and emails: no schedules.",
        src, "info")


# --------------------------------------------------------------------------------------------------------
# Standard 8
# --------------------------------------------------------------------------------------------------------


def standard_8() -> Json:
    begin(8047, 9091)
    qi = quality(8439, 8575)
    return service(8, "home-social-care-documents", _RANGE, {
        "title": kk(
            "Мүгедектерге үйінде, оның ішінде бөгде адамның күтіміне және жәрдеміне мұқтаж мүгедек балаларға "
            "әлеуметтік қызмет көрсетуге арналған құжаттарды ресімдеу",
            en="Processing documents for social services at home for disabled persons, including disabled "
               "children in need of another person's care and assistance",
            ru="Оформление документов на социальное обслуживание на дому инвалидов, в том числе детей-инвалидов, "
               "нуждающихся в постороннем уходе и помощи"),
        "source": at(8056, "\"Мүгедектерге үйінде, оның ішінде бөгде адамның күтіміне және жәрдеміне мұқтаж "
                           "мүгедек балаларға әлеуметтік қызмет көрсетуге арналған құжаттарды ресімдеу\""),
        "legal_basis": [
            stmt("Қазақстан Республикасының \"Қазақстан Республикасында мүгедектерді әлеуметтік қорғау туралы\" "
                 "Заңы 23 бабының", "Law of the Republic of Kazakhstan on social protection of disabled persons, "
                                    "article 23"),
            stmt("Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрі міндетін атқарушысының "
                 "2005 жылғы 1 желтоқсандағы N 306-ө бұйрығымен (Қазақстан Республикасының Әділет министрлігінде "
                 "2005 жылы 23 желтоқсанда N 3985 тіркелген) бекітілген үйде әлеуметтік қызмет көрсету Үлгі "
                 "ережесінің 3, 5, 10, 33, 36, 37 тармақтарының",
                 "Model rules of social services at home, approved by order N 306-ө of the acting Minister of "
                 "Labour and Social Protection of 1 December 2005, paragraphs 3, 5, 10, 33, 36, 37"),
        ],
        "provider": stmt("Қарағанды облысы қалалары мен аудандарының жұмыспен қамту және әлеуметтік бағдарламалар "
                         "бөлімдері (бұдан әрі – Бөлімдер) көрсетеді",
                         "The city and district departments of employment and social programmes of Karaganda "
                         "oblast, at the consumer's place of residence"),
        "form": {"value": "partly_automated", "source": find("жартылай автоматтандырылған")},
        "results": [stmt("тұтынушы үйде әлеуметтік қызмет көрсетуге қабылданғаны немесе қабылданбағаны туралы "
                         "құлақтандыру алады",
                         "A notice that the consumer is (or is not) admitted to social services at home")],
        "consumers": [stmt("Қазақстан Республикасының азаматтарына, шетел азаматтарына және қарттар мен мүгедектер "
                           "қатарындағы азаматтығы жоқ Қазақстан Республикасында тұрақты тұратын тұлғаларға",
                           "Citizens of Kazakhstan, foreigners and stateless persons permanently residing in "
                           "Kazakhstan, among elderly and disabled persons")],
        "terms": [term("main", 15, "days_unqualified", "submission",
                       "тұтынушының қажетті құжаттарды тапсырған кезінен бастап мемлекеттік қызметті көрсету ең "
                       "ұзақ мерзімі 15 күн")],
        "queue_limits": [
            queue("submit", 30, "at_most", "қажетті құжаттарды көрсету кезегінде күту уақытының ұзақтығы 30 "
                  "минуттан аспайды"),
            queue("receive", 10, "at_most", "құжаттарды алу кезегінде күту уақытының ұзақтығы 10 минуттан аспайды"),
        ],
        "fee": {"kind": "free", "amount": None, "currency": "KZT",
                "source": find("Мемлекеттік қызмет көрсету ақысыз жүзеге асырылады")},
        "service_hours": hours(MON_FRI, DAY_9_18_LUNCH,
                               "күн сайын, сенбі, жексенбі күндерінен басқа күндері, сағат 13.00-ден 14.00-ге "
                               "дейінгі түскі ас үзілісімен, сағат 9.00-ден 18.00-ге дейін ұсынылады"),
        "channels": ["provider"],
        "documents": [
            doc("application", "қызмет көрсетуге белгіленген нысан бойынша өтініш", form="original_and_copy",
                en="Application in the established form"),
            doc("identity-card", "жеке куәлік", form="original_and_copy", en="Identity card",
                # everyone except disabled children under 16 (they bring the birth certificate instead)
                condition=cond([], "(16 жасқа толмаған мүгедек балаларға арналған) туу туралы куәлік",
                               not_for=["child_under_16"]),
                source=at(8120, "жеке куәлік")),
            doc("birth-certificate", "туу туралы куәлік", form="original_and_copy",
                en="Birth certificate (for disabled children under 16)",
                condition=cond(["child_under_16"], "(16 жасқа толмаған мүгедек балаларға арналған)"),
                source=at(8120, "(16 жасқа толмаған мүгедек балаларға арналған) туу туралы куәлік")),
            doc("residence-certificate", "тұрғылықты жерінен анықтама", form="original_and_copy",
                en="Certificate from the place of residence"),
            doc("medical-card", "белгіленген нысандағы медициналық қарта", form="original_and_copy",
                en="Medical card in the established form"),
            doc("pension-certificate", "зейнеткерлік куәлік", form="original_and_copy",
                en="Pension certificate (persons of pensionable age)",
                condition=cond(["pensioner"], "(зейнеткерлік жастағы тұлғалар үшін)"),
                source=find("зейнеткерлік куәлік (зейнеткерлік жастағы тұлғалар үшін)")),
            doc("status-certificate",
                "мүгедектің, Ұлы Отан соғысы қатысушысының (одан әрі ҰОС) және оларға теңестірілген (мүгедектерге, "
                "ҰОС қатысушыларына, мүгедектерге және оларға теңестірілгендерге арналған) тұлғалардың статусын "
                "растайтын куәлік", form="original_and_copy",
                en="Certificate confirming the status of a disabled person, a participant of the Great Patriotic "
                   "War or a person equated to them",
                condition=cond(["disabled", "disabled_child", "participant_of_war", "equated_to_participant_of_war"],
                               "(мүгедектерге, ҰОС қатысушыларына, мүгедектерге және оларға теңестірілгендерге "
                               "арналған)")),
            doc("disability-certificate-copy", "мүгедектігі туралы анықтаманың көшірмесі", form="copy",
                en="Copy of the certificate of disability",
                condition=cond(["disabled", "disabled_child"], "Мүгедектерге қосымша:")),
            doc("rehabilitation-programme-copy", "мүгедекті оңалтудың жеке бағдарламасының көшірмесі", form="copy",
                en="Copy of the disabled person's individual rehabilitation programme",
                condition=cond(["disabled", "disabled_child"], "Мүгедектерге қосымша:")),
            doc("pmpk-conclusion",
                "бөгде адамның көмегінің қажеттігі туралы (балаларға арналған) психологиялық-медициналық-"
                "педагогикалық кеңестің қорытындысы",
                en="Conclusion of the psychological-medical-pedagogical consultation on the need for another "
                   "person's help (for children)",
                form="original_and_copy", condition=cond(["disabled_child"], "(балаларға арналған)")),
        ],
        "talon": None,
        "refusal_grounds": [
            stmt("үйде әлеуметтік қызмет көрсетуге қабылдауға өтініш берушінің медициналық қайшылықтары болуы",
                 "The applicant has medical contraindications to admission to social services at home",
                 missing_documents=False),
            stmt("осы мемлекеттік қызметті ұсынуға талап етілетін құжаттардың біреуінің болмауы",
                 "One of the documents required for the service is missing", missing_documents=True),
        ],
        "result_delivery": [
            stmt("Үйде әлеуметтік қызмет көрсету жолдамасына бас тартылғаны туралы немесе тағайындалғаны туралы "
                 "құлақтандыру тұтынушы тұрғылықты жері бойынша бөлімге өзі немесе өкілі барғанда беріледі",
                 "The notice of referral to (or refusal of) social services at home is handed to the consumer or "
                 "a representative who comes to the department of the place of residence"),
        ],
        "complaint": [
            stmt("Өтініш беруші жоғарғы уәкілетті органның шешімі мен әрекетіне сот тәртібімен шағымдануға құқығы бар.",
                 "The applicant may appeal to court against decisions and actions of the higher authorised body"),
            stmt("Бөлімдердің және олардың лауазымды тұлғаларының әрекеттеріне (әрекетсіздігіне) шағымдану тәртібін "
                 "түсіндіруді және шағымды дайындауға жәрдемді жоғары тұрған мемлекеттік органдардан – қалалар мен "
                 "аудандардың әкім аппараттарынан алуға болады.",
                 "Explanations of the complaint procedure and help to prepare a complaint: the city and district "
                 "akims' apparatus"),
            stmt("Шағымдар қалалар мен аудандар әкімдерінің атына ауызша немесе жазбаша түрде, немесе электронды "
                 "түрде түседі.",
                 "Complaints are addressed to the city and district akims, orally, in writing or electronically"),
            stmt("Шағымның қабылданғанын мемлекеттік органның атауы, өтініш қабылдаған қызметкердің тегі мен "
                 "аты-жөні, қабылдаған мерзімі мен уақыты, телефоны көрсетілген өтінішті қабылдау туралы талон "
                 "растайды.",
                 "A talon confirms the complaint was accepted: the body's name, the name of the employee who "
                 "accepted it, date and time, phone; the complaint is examined within the terms of the 2007 law "
                 "on applications of natural and legal persons"),
        ],
        "quality_indicators": qi,
        "data_issues": [
            issue("ambiguous-unit",
                  "The main term is '15 күн' (15 days) without saying calendar or working days; recorded as "
                  "days_unqualified.",
                  find("ең ұзақ мерзімі 15 күн")),
            issue("missing-talon",
                  "The standard does not give the applicant any talon or receipt for the documents handed in "
                  "(paragraph 14 only says they are handed in); only complaints get a talon (paragraph 23).",
                  find("Тұтынушы толтырған өтініш және басқа құжаттар тұрғылықты жері бойынша бөлімге тапсырылады"),
                  "info"),
            issue("wording",
                  "Paragraph 12 asks for 'originals and copies' of all the documents listed, including the "
                  "application form itself; recorded as original_and_copy for items 1)–6) as printed.",
                  find("төмендегі құжаттардың түпнұсқалары мен көшірмелерін ұсыну қажет"), "info"),
            issue("copy-paste",
                  "Paragraph 19 refers to annex 2 of 'this Model standard' (Үлгі стандарт): wording copied from "
                  "the Government's model standard; annex 2 of this standard (quality indicators) is meant.",
                  find("осы Үлгі стандарттың 2 қосымшасына"), "info"),
            issue("wording",
                  "Paragraph 21 gives a right to appeal to court against the decisions of 'the higher authorised "
                  "body', not against the departments that provide the service; the other standards give the "
                  "right against the departments.",
                  find("жоғарғы уәкілетті органның шешімі мен әрекетіне"), "info"),
            issue("wording",
                  "Paragraph 15 says the department tells the applicant whether an inspection of the material "
                  "and living conditions is needed, but sets no term for it.",
                  find("материалдық-тұрмыстық жағдайды тексеру өткізу қажеттігі туралы ақпарат береді"), "info"),
            annex1_no_schedules_issue(find("Бөлімдер бастықтарының және олардың орынбасарларының азаматтарды "
                                           "қабылдау кестесі")),
            complaints_100_issue(qi[7]["source"]),
            quality_queue_issue(qi[1]["source"], 30),
        ],
    })


# --------------------------------------------------------------------------------------------------------
# Standard 9
# --------------------------------------------------------------------------------------------------------


def standard_9() -> Json:
    begin(9092, 10101)
    qi = quality(9463, 9585)
    return service(9, "social-aid-local-decisions", _RANGE, {
        "title": kk(
            "Жергілікті өкілетті органдардың шешімдері бойынша мұқтаж азаматтардың жекелеген санаттарына "
            "әлеуметтік көмек тағайындау және төлеу",
            en="Granting and paying social assistance to certain categories of citizens in need by decisions of "
               "local representative bodies",
            ru="Назначение и выплата социальной помощи отдельным категориям нуждающихся граждан по решениям "
               "местных представительных органов"),
        "source": at(9095, "\"Жергілікті өкілетті органдардың шешімдері бойынша\n\nмұқтаж азаматтардың жекелеген "
                           "санаттарына\n\nәлеуметтік көмек тағайындау және төлеу\"", 9099),
        "legal_basis": [
            stmt("Қазақстан Республикасының 2004 жылғы 24 сәуірдегі Бюджеттік кодексінің",
                 "Budget Code of the Republic of Kazakhstan of 24 April 2004"),
            stmt("Қазақстан Республикасының 2001 жылғы 23 қаңтардағы \"Қазақстан Республикасындағы жергілікті "
                 "мемлекеттік басқарулар туралы\" Заңының",
                 "Law of 23 January 2001 on local state government in the Republic of Kazakhstan"),
            stmt("қалалар мен аудандардың жергілікті өкілетті органдары шешімдерінің",
                 "Decisions of the local representative bodies of the cities and districts"),
        ],
        "provider": stmt("тұтынушының тұрғылықты жері бойынша қалалар мен аудандардың жұмыспен қамту және "
                         "әлеуметтік бағдарламалар бөлімдерінде (бұдан әрі – Бөлімдер) көрсетіледі",
                         "The city and district departments of employment and social programmes, at the "
                         "consumer's place of residence"),
        "form": {"value": "not_automated", "source": find("нысаны автоматтандырылмаған")},
        "results": [stmt("тұтынушы әлеуметтік көмектің тағайындалғаны немесе бас тартылғаны туралы құлақтандыру алады",
                         "A notice that social assistance is granted or refused")],
        "consumers": [stmt("Әлеуметтік көмекті алуға құқылы азаматтар санаттары жергілікті уәкілетті органдар "
                           "шешімдерімен белгіленеді",
                           "The categories of citizens entitled to the assistance are set by decisions of the "
                           "local authorised bodies (as printed; the title says representative bodies)")],
        "terms": [term("main", 30, "calendar_days", "submission",
                       "тұтынушының қажетті құжаттарды тапсырған кезінен бастап мемлекеттік қызметті көрсетудің ең "
                       "ұзақ мерзімі: 30 күнтізбелік күн")],
        "queue_limits": [
            queue("submit", 30, "at_most", "қажетті құжаттарды тапсыру кезінде күту уақытының барынша ұзақтығы: "
                  "30 минуттан аспайды"),
            queue("receive", 10, "at_most", "құжаттарды алу кезегінде күту уақытының барынша ұзақтығы: 10 "
                  "минуттан аспайды"),
        ],
        "fee": {"kind": "free", "amount": None, "currency": "KZT", "source": find("Мемлекеттік қызмет ақысыз "
        "көрсетіледі")},
        "service_hours": hours(MON_FRI, DAY_9_18_LUNCH,
                               "күн сайын, (сенбі және жексенбі күндерінен басқа күндері) сағат 13.00-ден 14.00-ге "
                               "дейінгі үзілісімен, сағат 9.00-ден 18.00-ге дейін ұсынылады"),
        "channels": ["provider"],
        "documents": [
            doc("application", "белгіленген үлгідегі өтініш", en="Application in the established form"),
            doc("identity-document-copy", "тұтынушының жеке басын куәландыратын құжаттың көшірмесі", form="copy",
                en="Copy of the consumer's identity document"),
            doc("residence-register-copy", "азаматтарды тіркеу кітабының көшірмесі", form="copy",
                en="Copy of the residents' register book (proof of residence)",
                # «(...) құжаттың көшірмесі»: whichever proof is brought, a copy of it
                alternatives=[
                    doc("address-bureau-certificate", "мекен-жай бюросының анықтамасы", form="copy",
                        en="Copy of a certificate of the address bureau"),
                    doc("rural-akim-certificate", "ауылдық (селолық) округ әкімінің анықтамасы", form="copy",
                        en="Copy of a certificate of the rural district akim"),
                ]),
            doc("entitlement-documents", "әлеуметтік көмекті алу құқығы мен статусын растайтын құжаттар",
                en="Documents confirming the right to social assistance and the status"),
        ],
        "talon": {"kind": "undefined", "fields": [],
                  "source": find("Бөлім белгілеген нысан бойынша құжаттар қабылданғаны туралы тұтынушыға "
                                 "құлақтандыру береді"),
                  "refusal_receipt": None},
        "refusal_grounds": [
            stmt("осы Стандарттың 12 тармағында көрсетілген құжаттар тізбесін тұтынушының толық ұсынбауы",
                 "The consumer does not hand in the full list of documents of paragraph 12",
                 missing_documents=True),
            stmt("өтініш берушінің қайтыс болуы", "Death of the applicant", missing_documents=False),
            stmt("қаладан (ауданнан) көшіп кетуі", "Moving out of the city (district)", missing_documents=False),
        ],
        "result_delivery": [
            stmt("Әлеуметтік көмектің тағайындалғаны немесе бас тартылғаны туралы құлақтандыру тұтынушы тұрғылықты "
                 "жері бойынша Бөлімге өзі келіп біледі немесе пошта арқылы хабарлама алады",
                 "The consumer learns of the decision in person at the department of the place of residence, or "
                 "receives a notice by post"),
        ],
        "complaint": [
            {"text": kk("Тұтынушының Бөлімдердің әрекеті мен шешіміне және олардың лауазымдық тұлғаларына сот "
                        "тәртібімен шағымдануға құқығы бар.",
                        "The consumer may appeal to court against the actions and decisions of the departments "
                        "and their officials"),
             "source": at(9227, "Тұтынушының Бөлімдердің әрекеті мен шешіміне және олардың лауазымдық "
                                "тұлғаларына сот тәртібімен шағымдануға құқығы бар.")},
            stmt("Бөлімдердің және олардың лауазымды тұлғаларының әрекеттеріне (әрекетсіздігіне) шағымдану тәртібін "
                 "түсіндіруді және шағымды дайындауға жәрдемді жоғары тұрған мемлекеттік органдардан – "
                 "\"Қарағанды облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы\" "
                 "(бұдан әрі – Басқарма) мемлекеттік мекемесінен, қалалар мен аудандар әкімдерінің аппараттарынан "
                 "алуға болады.",
                 "Explanations of the complaint procedure and help to prepare a complaint: the oblast department "
                 "of employment and social programmes (Басқарма) and the city and district akims' apparatus"),
            stmt("Шағымдар Басқарманың, қалалар мен аудандар әкімдерінің атына ауызша немесе жазбаша түрде, немесе "
                 "электронды түрде беріледі.",
                 "Complaints are addressed to the oblast department or to the city and district akims, orally, in "
                 "writing or electronically"),
            stmt("Шағымның қабылданғанын растайтын құжат мемлекеттік органның атауы, өтініш қабылдаған "
                 "қызметкердің тегі мен аты-жөні, қабылдаған мерзімі мен уақыты, телефоны көрсетілген өтінішті "
                 "қабылдау туралы құлақтандыру болып табылады.",
                 "A notice of acceptance confirms the complaint: the body's name, the employee's name, date and "
                 "time, phone; the complaint is examined within the terms of the 2007 law on applications"),
        ],
        "quality_indicators": qi,
        "data_issues": [
            issue("undefined-talon",
                  "Paragraph 15 promises the consumer a notice that the documents were accepted, 'in the form "
                  "set by the department', but the standard never says what it contains.",
                  find("Бөлім белгілеген нысан бойынша құжаттар қабылданғаны туралы тұтынушыға құлақтандыру береді")),
            issue("copy-paste",
                  "The sentence on the right to appeal to court is printed twice: once misplaced in section 4 "
                  "(results of work, paragraph 19) and again in section 5 (complaints, paragraph 21).",
                  at(9215, "Тұтынушының Бөлімдердің әрекеті мен шешіміне және олардың лауазымдық тұлғаларына сот "
                           "тәртібімен шағымдануға құқығы бар."), "info"),
            issue("wording",
                  "The proof of residence (document 3) must be a copy of one of: the residents' register book, a "
                  "certificate of the address bureau, or a certificate of the rural district akim; recorded as "
                  "one document with alternatives.",
                  find("тұрғылықты жерін растайтын (азаматтарды тіркеу кітабының көшірмесі"), "info"),
            refusal_or_termination_issue(find("17. Мемлекеттік қызметті тоқтату немесе ұсынудан бас тартуға негіздеме"),
                                         "the applicant's death and moving out of the city (district)"),
            issue("wording",
                  "The title and paragraph 3 speak of decisions of the local representative bodies (жергілікті "
                  "өкілетті органдар: the maslikhats), but paragraphs 1 and 6 of the local authorised bodies "
                  "(жергілікті уәкілетті органдар); the consumers' categories are set by one of them. Recorded "
                  "as printed.",
                  find("Әлеуметтік көмекті алуға құқылы азаматтар санаттары жергілікті уәкілетті органдар "
                       "шешімдерімен белгіленеді"), "info"),
            quality_queue_issue(qi[1]["source"], 30),
        ],
    })


# --------------------------------------------------------------------------------------------------------
# Standard 10
# --------------------------------------------------------------------------------------------------------


def standard_10() -> Json:
    begin(10103, 11126)
    qi = quality(10488, 10610)
    return service(10, "disabled-children-home-education-aid", _RANGE, {
        "title": kk("Үйде тәрбиеленетін және оқитын мүгедек балаларды материалдық қамтамасыз ету үшін құжаттар "
        "ресімдеу",
                    en="Processing documents for the material support of disabled children brought up and "
                       "educated at home",
                    ru="Оформление документов на материальное обеспечение детей-инвалидов, воспитывающихся и "
                       "обучающихся на дому"),
        "source": at(10114, "\"Үйде тәрбиеленетін және оқитын мүгедек балаларды материалдық қамтамасыз ету үшін "
                            "құжаттар ресімдеу\""),
        "legal_basis": [
            stmt("Қазақстан Республикасының 2005 жылғы 13 сәуірдегі \"Қазақстан Республикасында мүгедектерді "
                 "әлеуметтік қорғау туралы\" Заңы 29 бабы 6 тармағының",
                 "Law of 13 April 2005 on social protection of disabled persons, article 29, paragraph 6"),
            stmt("Қарағанды облыстық мәслихатының 2005 жылғы 17 наурыздағы ХІ сессиясының \"Үйде оқитын және "
                 "тәрбиеленетін мүгедек балаларды материалдық қамтамасыз ету туралы\"",
                 "Decision N 174 of the XI session of the Karaganda oblast maslikhat of 17 March 2005 on the "
                 "material support of disabled children educated and brought up at home"),
        ],
        "provider": stmt("Мемлекеттік қызметті қалалар мен аудандардың жұмыспен қамту және әлеуметтік бағдарламалар "
                         "бөлімдері (бұдан әрі – Бөлімдер) көрсетеді",
                         "The city and district departments of employment and social programmes"),
        "form": {"value": "not_automated", "source": find("нысаны: автоматтандырылмаған")},
        "results": [stmt("тұтынушы үйде оқытылатын және тәрбиеленетін мүгедек балаларды материалдық қамтамасыз "
                         "етудің тағайындалғаны туралы немесе бас тарту туралы құлақтандыру алады",
                         "A notice that material support is granted or refused")],
        "consumers": [stmt("18 жасқа дейінгі туған, асырап алған, сондай-ақ қамқорлыққа алынған балаларға",
                           "Children under 18: natural, adopted and under guardianship")],
        "terms": [term("main", 15, "calendar_days", "submission",
                       "тұтынушының қажетті құжаттарды тапсырған кезінен бастап мемлекеттік қызмет көрсетудің ең "
                       "ұзақ мерзімі: 15 күнтізбелік күн")],
        "queue_limits": [
            queue("submit", 40, "at_most", "қажетті құжаттарды тапсыру кезінде күту уақытының барынша ұзақтығы: "
                  "40 минуттан аспайды"),
            queue("receive", 40, "at_most", "құжаттарды алу кезегінде күту уақытының барынша ұзақтығы: 40 "
                  "минуттан аспайды"),
        ],
        "fee": {"kind": "free", "amount": None, "currency": "KZT", "source": find("Мемлекеттік қызмет ақысыз "
        "көрсетіледі")},
        "service_hours": hours(MON_FRI, DAY_9_18_LUNCH,
                               "күн сайын (сенбі және жексенбі күндерінен басқа) сағат 13.00-ден 14.00-ге дейінгі "
                               "үзілісімен, сағат 9.00-ден 18.00-ге дейін ұсынылады"),
        "channels": ["provider"],
        "documents": [
            doc("application",
                "ата-анасының біреуінің немесе оның орнындағы адамның өтініші, материалдық қамтамасыз етуді төлеу "
                "жөніндегі ұйымдарда (екінші деңгейдегі банктер филиалдары немесе операцияның осы түрін жүзеге "
                "асыруға лицензиясы бар басқа ұйымдар) ашылған шоттың нөмірі көрсетіледі",
                en="Application of a parent or a person in place of a parent, with the number of the account "
                   "opened in a bank (or another licensed organisation) for the payments"),
            doc("identity-document", "тұтынушының жеке басын куәландыратын құжат",
                en="The consumer's identity document"),
            doc("oralman-residence-permit", "оралмандар үшін тұру қағазы",
                en="Residence permit (for oralmans)", name="тұру қағазы",
                condition=cond(["oralman"], "оралмандар үшін"),
                alternatives=[doc("oralman-certificate", "оралман куәлігі", en="Oralman certificate",
                                  source=at(10178, "оралман куәлігі"))]),
            doc("child-birth-certificate", "мүгедек баланың туу туралы куәлігі",
                en="Birth certificate of the disabled child"),
            doc("mse-certificate",
                "мүгедектікті тағайындау туралы (белгіленген үлгідегі) медициналық-әлеуметтік сараптама "
                "комиссиясының анықтамасы",
                en="Certificate of the medical and social expert commission on the disability (established form)"),
            doc("residents-register-book", "тұрғындарды тіркеу кітабы",
                en="Residents' register book",
                alternatives=[
                    doc("apartment-card", "пәтер карточкасы", en="Apartment card", source=at(10184, "пәтер "
                        "карточкасы")),
                    doc("house-book", "үй кітабы", en="House book", source=at(10184, "үй кітабы")),
                ]),
            doc("pmpk-conclusion",
                "мүгедек баланы үйде оқыту және тәрбиелеу қажеттілігі туралы облыстық білім беру басқармасының "
                "ведомствоаралық психологиялық - медициналық - педагогикалық кеңес қорытындысы",
                en="Conclusion of the oblast education department's psychological-medical-pedagogical "
                   "consultation on the need to educate the child at home"),
        ],
        "talon": {"kind": "receipt", "fields": ["accepted_by", "accepted_at"],
                  "source": find("тұтынушыға құжаттарды қабылдаған тұлғаның тегі және мерзімі көрсетілген "
                                 "құжаттарды қабылдағаны туралы растау береді"),
                  "refusal_receipt": None},
        "refusal_grounds": [
            stmt("мүгедек бала 18 жасқа толғанда", "The disabled child turns 18", missing_documents=False),
            stmt("мүгедек бала қайтыс болған жағдайда", "The disabled child dies", missing_documents=False),
            stmt("мүгедектікті алғанда", "When the disability is removed (as printed: 'on taking the disability')",
                 missing_documents=False),
            stmt("осы мемлекеттік қызметті көрсетуге талап етілетін құжаттардың біреуі болмаған жағдайда",
                 "One of the documents required for the service is missing", missing_documents=True),
            stmt("мүгедек баланы толық мемлекеттік қамтамасыздандыруға белгілегенде",
                 "The disabled child is placed under full state support", missing_documents=False),
        ],
        "result_delivery": [
            stmt("Құлақтандыру тұтынушыға тұрғылықты жері бойынша Бөлімге өзі келгенде немесе пошта хабарламасы "
                 "арқылы беріледі",
                 "The notice is handed to the consumer at the department of the place of residence, or sent by post"),
        ],
        "complaint": [
            stmt("Бөлімдердің және олардың лауазымды тұлғаларының әрекеттеріне (әрекетсіздігіне) шағымдану тәртібін "
                 "түсіндіруді және шағымды дайындауға жәрдемді жоғары тұрған мемлекеттік органдардан – "
                 "\"Қарағанды облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы\" "
                 "(бұдан әрі – Басқарма) мемлекеттік мекемесінен, қалалар мен аудандар әкімдерінің аппараттарынан "
                 "алуға болады.",
                 "Explanations of the complaint procedure and help to prepare a complaint: the oblast department "
                 "of employment and social programmes (Басқарма) and the city and district akims' apparatus"),
            stmt("Тұтынушының Бөлімдердің әрекеті мен шешіміне және олардың лауазымдық тұлғаларына сот тәртібімен "
                 "шағымдануға құқығы бар.",
                 "The consumer may appeal to court against the actions and decisions of the departments and their "
                 "officials"),
            stmt("Шағымдар Басқарманың, қалалар мен аудандар әкімдерінің атына ауызша немесе жазбаша түрде, немесе "
                 "электронды түрде беріледі.",
                 "Complaints are addressed to the oblast department or to the city and district akims, orally, in "
                 "writing or electronically"),
            stmt("Шағымның қабылданғанын мемлекеттік органның атауы, өтініш қабылдаған қызметкердің тегі мен "
                 "аты-жөні, қабылдаған мерзімі мен уақыты, телефоны көрсетілген өтінішті қабылдау туралы талон "
                 "растайды.",
                 "A talon confirms the complaint was accepted: the body's name, the employee's name, date and "
                 "time, phone; the complaint is examined within the terms of the 2007 law on applications"),
        ],
        "quality_indicators": qi,
        "data_issues": [
            issue("wording",
                  "Refusal ground 3) reads 'мүгедектікті алғанда' ('on taking/receiving the disability'), which is "
                  "unclear for a service given to disabled children; it probably means the disability status being "
                  "withdrawn. Recorded as printed.",
                  find("3) мүгедектікті алғанда"), "info"),
            issue("wording",
                  "The receipt of paragraph 15 shows the accepting person's surname and the date (мерзімі) only; "
                  "no time and no number. Recorded as fields accepted_by and accepted_at.",
                  find("құжаттарды қабылдаған тұлғаның тегі және мерзімі көрсетілген"), "info"),
            refusal_or_termination_issue(find("17. Мемлекеттік қызметті ұсынудан бас тарту немесе көрсетуді "
                                              "тоқтатуға негіздемелер"),
                                         "the child's death, the child placed under full state support"),
            annex1_no_schedules_issue(find("Бөлімдер бастықтарының және олардың орынбасарларының азаматтарды "
                                           "қабылдау кестелері")),
        ],
    })


# --------------------------------------------------------------------------------------------------------
# Standard 11
# --------------------------------------------------------------------------------------------------------


def standard_11() -> Json:
    begin(11128, 12602)
    qi = quality(12216, 12338)
    return service(11, "rural-specialists-fuel-aid", _RANGE, {
        "title": kk("Отын сатып алу бойынша ауылдық жерде тұратын әлеуметтік сала мамандарына әлеуметтік көмек "
        "тағайындау",
                    en="Granting social assistance for the purchase of fuel to social-sector specialists living in "
                       "rural areas",
                    ru="Назначение социальной помощи специалистам социальной сферы, проживающим в сельской "
                       "местности, по приобретению топлива"),
        "source": at(11137, "\"Отын сатып алу бойынша ауылдық жерде тұратын әлеуметтік сала мамандарына "
                            "әлеуметтік көмек тағайындау\""),
        "legal_basis": [
            stmt("Қазақстан Республикасының 2005 жылғы 8 шілдедегі \"Ауылдық аймақтар мен агроөнеркәсіптік кешенді "
                 "дамытуды мемлекеттік реттеу туралы\" Заңының 18 бабы 5 тармағының",
                 "Law of 8 July 2005 on state regulation of the development of the agro-industrial complex and "
                 "rural areas, article 18, paragraph 5"),
            stmt("жергілікті уәкілетті органдары шешімдерінің",
                 "Decisions of the local authorised bodies (as printed; paragraph 1 says representative bodies)"),
        ],
        "provider": stmt("Мемлекеттік қызмет тұтынушының тұрғылықты жері бойынша Қарағанды облысының қалалары мен "
                         "аудандарының жұмыспен қамту және әлеуметтік бағдарламалар бөлімдерінде (бұдан әрі – "
                         "Бөлімдер) көрсетіледі",
                         "The city and district departments of employment and social programmes, at the "
                         "consumer's place of residence"),
        "provider_also": [
            stmt("Тұрғылықты жері бойынша Бөлім жоқ болған жағдайда тұтынушы ауылдық (селолық) округтың, "
                 "кенттің (ауылдың) әкіміне өтініш білдіреді",
                 "Where there is no department at the place of residence, the consumer applies to the rural "
                 "district, settlement or village akim"),
        ],
        "form": {"value": "not_automated", "source": find("нысаны: автоматтандырылмаған")},
        "results": [stmt("тұтынушы әлеуметтік көмектің тағайындалғаны немесе бас тартылғаны туралы құлақтандыру алады",
                         "A notice that social assistance is granted or refused")],
        "consumers": [stmt("Қарағанды облысының ауылдық елді мекендерінде тұратын және жұмыс істейтін денсаулық "
                           "сақтау, әлеуметтік қамтамасыз ету, білім беру, мәдениет және спорт мемлекеттік "
                           "мекемелерінің мамандарына",
                           "Specialists of state health, social security, education, culture and sport "
                           "institutions who live and work in rural settlements of Karaganda oblast")],
        "terms": [term("main", 15, "calendar_days", "submission",
                       "тұтынушының қажетті құжаттарды тапсырған кезінен бастап мемлекеттік қызмет көрсетудің ең "
                       "ұзақ мерзімі: 15 күнтізбелік күн")],
        "queue_limits": [
            queue("submit", 30, "at_most", "қажетті құжаттарды тапсыру кезінде күту уақытының барынша ұзақтығы: "
                  "30 минуттан аспайды"),
            queue("receive", 10, "at_most", "құжаттарды алу кезегінде күту уақытының барынша ұзақтығы: 10 "
                  "минуттан аспайды"),
        ],
        "fee": {"kind": "free", "amount": None, "currency": "KZT", "source": find("Мемлекеттік қызмет ақысыз "
        "көрсетіледі")},
        "service_hours": hours(MON_FRI, DAY_9_18_LUNCH,
                               "күн сайын (сенбі және жексенбі күндерінен басқа күндері) сағат 13.00-ден 14.00-ге "
                               "дейінгі үзілісімен, сағат 9.00-ден 18.00-ге дейін ұсынылады"),
        "channels": ["provider", "akim"],
        "documents": [
            doc("application", "белгіленген үлгідегі өтініш", en="Application in the established form"),
            doc("identity-document", "тұтынушының жеке басын куәландыратын құжат", en="The consumer's identity "
                "document"),
            doc("residence-register-copy", "азаматтарды тіркеу кітабының көшірмесі", form="copy",
                en="Copy of the residents' register book (proof of residence)",
                alternatives=[
                    doc("address-bureau-certificate", "мекен-жай бюросының анықтамасы",
                        en="Certificate of the address bureau"),
                    doc("rural-akim-certificate", "ауылдық (селолық) округ әкімінің анықтамасы",
                        en="Certificate of the rural district akim"),
                ]),
            doc("employment-certificate", "жұмыс орнынан анықтама", en="Certificate from the place of work"),
            doc("bank-account-document",
                "банк операцияларын жүзеге асыруға сәйкес лицензиясы бар ұйымдарда немесе екінші деңгей банкіндегі "
                "жеке шотын растайтын құжат",
                en="Document confirming a personal account in a second-tier bank or a licensed organisation"),
        ],
        "talon": {"kind": "undefined", "fields": [],
                  "source": find("Бөлім белгілеген нысан бойынша құжаттар қабылданғаны туралы тұтынушыға "
                                 "құлақтандыру береді"),
                  "refusal_receipt": None},
        "refusal_grounds": [
            stmt("осы стандарттың 12 тармағында көрсетілген құжаттар тізбесін тұтынушының толық ұсынбауы",
                 "The consumer does not hand in the full list of documents of paragraph 12",
                 missing_documents=True),
            stmt("тұтынушының қайтыс болуы", "Death of the consumer", missing_documents=False),
            stmt("ауылдық ауданнан көшіп кетуі", "Moving out of the rural area", missing_documents=False),
            stmt("денсаулық сақтау, әлеуметтік қамтамасыз ету, білім беру, мәдениет және спорт органдарынан "
                 "жұмыстан кетуі",
                 "Leaving work in health, social security, education, culture or sport", missing_documents=False),
        ],
        "result_delivery": [
            stmt("Құлақтандыру тұтынушы тұрғылықты жері бойынша Бөлімге өзі келгенде беріледі немесе пошта арқылы "
                 "хабарлама алады",
                 "The notice is handed to the consumer at the department of the place of residence, or sent by post"),
        ],
        "complaint": [
            stmt("Бөлімдердің және олардың лауазымды тұлғаларының әрекеттеріне (әрекетсіздігіне) шағымдану тәртібін "
                 "түсіндіруді және шағымды дайындауға жәрдемді жоғары тұрған мемлекеттік органдардан – "
                 "\"Қарағанды облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы\" "
                 "(бұдан әрі – Басқарма) мемлекеттік мекемесінен, қалалар мен аудандар әкімдерінің аппараттарынан "
                 "алуға болады.",
                 "Explanations of the complaint procedure and help to prepare a complaint: the oblast department "
                 "of employment and social programmes (Басқарма) and the city and district akims' apparatus"),
            stmt("Тұтынушының Бөлімдердің әрекеті мен шешіміне және олардың лауазымдық тұлғаларына сот тәртібімен "
                 "шағымдануға құқығы бар.",
                 "The consumer may appeal to court against the actions and decisions of the departments and their "
                 "officials"),
            stmt("Шағымдар қалалар мен аудандар әкімдерінің атына ауызша немесе жазбаша түрде, немесе электронды "
                 "түрде беріледі.",
                 "Complaints are addressed to the city and district akims, orally, in writing or electronically"),
            stmt("Шағымның қабылданғанын растайтын құжат мемлекеттік органның атауы, өтініш қабылдаған "
                 "қызметкердің тегі мен аты-жөні, қабылдаған мерзімі мен уақыты, телефоны көрсетілген өтінішті "
                 "қабылдау туралы құлақтандыру болып табылады.",
                 "A notice of acceptance confirms the complaint: the body's name, the employee's name, date and "
                 "time, phone; the complaint is examined within the terms of the 2007 law on applications"),
        ],
        "quality_indicators": qi,
        "data_issues": [
            issue("undefined-talon",
                  "Paragraph 15 promises the consumer a notice that the documents were accepted, 'in the form "
                  "set by the department' (even when a rural akim accepts them), but the standard never says "
                  "what it contains.",
                  find("Бөлім белгілеген нысан бойынша құжаттар қабылданғаны туралы тұтынушыға құлақтандыру береді")),
            issue("wording",
                  "Paragraph 16 hands the decision out only at the department (or by post), although paragraphs "
                  "4 and 14 let the consumer apply through the rural akim where there is no department.",
                  find("Құлақтандыру тұтынушы тұрғылықты жері бойынша Бөлімге өзі келгенде беріледі"), "info"),
            issue("wording",
                  "The proof of residence (document 3) may be a copy of the residents' register book, a certificate "
                  "of the address bureau or a certificate of the rural district akim (the parenthesis is not "
                  "closed in the act); recorded as one document with alternatives.",
                  find("3) тұрғылықты жерін растайтын (азаматтарды тіркеу кітабының көшірмесі"), "info"),
            refusal_or_termination_issue(find("17. Мемлекеттік қызметті тоқтату және (немесе) ұсынудан бас "
                                              "тартуға негіздемелер"),
                                         "the consumer's death, moving out of the rural area, leaving the job"),
            issue("wording",
                  "Paragraph 3 bases the service on decisions of the local authorised bodies (жергілікті уәкілетті "
                  "органдары), while paragraph 1 says the payment is made by decisions of the local "
                  "representative bodies (жергілікті өкілетті органдардың). Recorded as printed.",
                  find("жергілікті уәкілетті органдары шешімдерінің"), "info"),
            issue("wording",
                  "Paragraphs 4, 21, 22 and 24 speak of the departments and akims of the cities and districts, but "
                  "annex 1 lists only nine district departments (Abai, Zhanaarka, Karkaraly, Nura, Osakarov, "
                  "Aktogay, Shet, Ulytau, Bukhar-Zhyrau) and annex 4, titled for district akims only, the same nine "
                  "districts' akims: no city department or city akim is given, although annex 2 lists settlement and "
                  "village akims under cities (Balkhash's Gulshat, Konyrat and Sayak from line 11425 on).",
                  at(12347, "Аудан әкімдерінің байланыс мәліметтері мен қабылдау кестелері"), "info"),
            quality_queue_issue(qi[1]["source"], 30),
        ],
    })


# --------------------------------------------------------------------------------------------------------
# Standard 12
# --------------------------------------------------------------------------------------------------------


def standard_12() -> Json:
    begin(12604, 14391)
    qi = quality(13762, 13884)
    return service(12, "targeted-social-assistance", _RANGE, {
        "title": kk("Мемлекеттік атаулы әлеуметтік көмек тағайындау",
                    en="Granting state targeted social assistance",
                    ru="Назначение государственной адресной социальной помощи"),
        "source": at(12609, "\"Мемлекеттік атаулы әлеуметтік көмек тағайындау\""),
        "legal_basis": [
            stmt("Қазақстан Республикасының 2001 жылғы 17 шілдедегі \"Мемлекеттік атаулы әлеуметтік көмек туралы\" "
                 "Заңының 2, 3, 4 баптарының",
                 "Law of 17 July 2001 on state targeted social assistance, articles 2, 3, 4"),
            stmt("N 1685 қаулысымен бекітілген мемлекеттік атаулы әлеуметтік көмекті тағайындау және төлеу "
                 "Ережесінің 4, 5, 6, 7 тармақтарының",
                 "Rules for granting and paying state targeted social assistance, approved by Government "
                 "resolution N 1685 of 24 December 2001, paragraphs 4, 5, 6, 7"),
            stmt("N 31-Ө бұйрығымен бекітілген атаулы әлеуметтік көмек алуға үміткер тұлғаның (отбасының) жиынтық "
                 "табысын анықтау Ережесінің 1 тармағының",
                 "Rules for calculating the total income of a person (family) applying for targeted social "
                 "assistance, approved by order N 31-Ө of the Minister of Labour and Social Protection of "
                 "13 February 2002, paragraph 1"),
        ],
        "provider": stmt("Мемлекеттік қызмет тұтынушының тұрғылықты жері бойынша Қарағанды облысы қалалары мен "
                         "аудандарының жұмыспен қамту және әлеуметтік бағдарламалар бөлімдері (бұдан әрі – "
                         "Бөлімдер) арқылы көрсетіледі",
                         "The city and district departments of employment and social programmes, at the "
                         "consumer's place of residence"),
        "provider_also": [
            stmt("Тұрғылықты жері бойынша жұмыспен қамту және әлеуметтік бағдарламалар бөлімі болмаған жағдайда "
                 "тұтынушы кент, ауыл (село), ауылдық (селолық) округтың әкіміне өтініш береді",
                 "Where there is no department at the place of residence, the consumer applies to the settlement, "
                 "village or rural district akim"),
        ],
        "form": {"value": "partly_automated", "source": find("ішінара автоматтандырылған")},
        "results": [stmt("тұтынушы мемлекеттік атаулы әлеуметтік көмекті тағайындау туралы немесе тағайындаудан бас "
                         "тарту туралы құлақтандыру алады",
                         "A notice that state targeted social assistance is granted or refused")],
        "consumers": [stmt("жан басына шаққандағы орташа табысы облыста белгіленген кедейлік шегінен аспайтын "
                           "Қазақстан Республикасының азаматтарына, оралмандарға, босқын мәртебесіне ие адамдарға, "
                           "шетелдіктерге, Қазақстан Республикасында тұруға ықтиярхаты бар және тұрақты тұратын "
                           "азаматтығы жоқ адамдарға",
                           "Citizens of Kazakhstan, oralmans, refugees, foreigners and stateless persons with a "
                           "residence permit permanently residing in Kazakhstan, whose average income per head "
                           "does not exceed the poverty line set in the oblast")],
        "terms": [
            term("main", 10, "calendar_days", "submission",
                 "тұрғылықты жері бойынша Бөлімге өтініш білдіргенде - 10 күнтізбелік күн",
                 actor=kk("тұрғылықты жері бойынша Бөлім", en="the department of the place of residence")),
            term("main", 30, "calendar_days", "submission",
                 "тұрғылықты жері бойынша ауыл (село), ауылдық (селолық) округ, кент әкіміне өтініш білдіргенде - "
                 "30 күнтізбелік күн",
                 actor=kk("ауыл (село), ауылдық (селолық) округ, кент әкімі",
                          en="the village, rural district or settlement akim"),
                 channel="akim"),
            term("other", 6, "months", "other",
                 "алты айға атаулы әлеуметтік көмек алу құқығынан айырылады",
                 starts_from_text=kk("Ұсынылған жұмыстан немесе жұмысқа орналастырудан дәлелсіз себептермен "
                                     "бас тартқан, қоғамдық жұмыстарға қатысуды, оқуын немесе қайта оқуын өз бетімен "
                                     "тоқтатқан",
                                     en="an unemployed person's refusal of offered work or placement without good "
                                        "reason, or quitting public works, study or retraining")),
        ],
        "queue_limits": [
            queue("submit", 40, "at_most", "қажетті құжаттарды тапсырғанда кезекте күтудің барынша ұзақ уақыты "
                  "40 минут"),
            queue("receive", 40, "at_most", "қажетті құжаттарды алғанда кезекте күтудің барынша ұзақ уақыты 40 минут"),
        ],
        "fee": {"kind": "free", "amount": None, "currency": "KZT", "source": find("Қызмет тегін көрсетіледі")},
        "service_hours": hours(MON_THU, DAY_9_18_LUNCH,
                               "жұма, сенбі және жексенбіден басқа күндері күн сайын сағат 9.00-ден 18.00-ге дейін, "
                               "сағат 13.00-ден 14.00-ге дейін үзілісімен көрсетіледі"),
        "channels": ["provider", "akim"],
        "documents": [
            doc("application", "белгіленген нысандағы өтініш, өтінішті өтініш беруші өзі толтыруы қажет",
                en="Application in the established form, filled in by the applicant personally"),
            doc("family-composition", "өтініш берушінің отбасы құрамы туралы мәлімет",
                en="Information on the applicant's family composition"),
            doc("residents-register-book", "азаматтарды тіркеу кітабын", handling="show",
                en="Residents' register book (shown to confirm the family composition)",
                alternatives=[
                    doc("residents-book", "тұрғындар кітабын", handling="show", en="Residents' book",
                        source=at(12677, "тұрғындар кітабын")),
                    doc("apartment-card", "пәтер карточкасын", handling="show", en="Apartment card",
                        source=at(12677, "пәтер карточкасын")),
                    doc("house-book", "үй кітабын", handling="show", en="House book",
                        source=at(12677, "үй кітабын")),
                ]),
            doc("income-information",
                "өтініш иесінің және оның отбасы мүшелерінің тоқсан ішіндегі табыстары туралы мәлімет",
                en="Information on the income of the applicant and the family members for the quarter"),
            doc("income-certificate",
                "әлеуметтік төлемдерді жүзеге асыратын органның немесе жұмыс орнының берген анықтамасы",
                en="Certificate of income from the employer or from the body paying social payments",
                condition=cond(["has_income"], "атаулы әлеуметтік көмекті тағайындатуға өтініш берген тоқсанның "
                                               "алдындағы еңбек қызметінен түскен табыстар, әлеуметтік төлемдер "
                                               "(зейнетақы, жәрдемақы)")),
            doc("subsidiary-farm-information",
                "жеке қосалқы шаруашылығының болуы туралы мәліметтер (белгіленген үлгіде)",
                en="Information on a personal subsidiary farm (established form)"),
        ],
        "talon": {"kind": "undefined", "fields": [],
                  "source": find("тұтынушыға құжаттарды қабылдағаны туралы белгіленген нысандағы растау хатты береді"),
                  "refusal_receipt": None},
        "refusal_grounds": [
            stmt("Атаулы әлеуметтік көмек отбасының жан басына шаққандағы табысы кедейшілік шегінен асып түскен "
                 "жағдайда және әлеуметтік көмекке өтініш білдірген тұлғалардың материалдық жағдайын тексеру үшін "
                 "учаскелік комиссиялар туралы Ережеде белгіленген жағдайда тағайындалмайды.",
                 "Not granted when the family's income per head exceeds the poverty line, and in the cases set by "
                 "the rules on district commissions that inspect applicants' material conditions",
                 missing_documents=False),
            stmt("Мемлекеттік атаулы әлеуметтік көмек мүгедектерді және стационарлық емделуде бір айдан астам "
                 "уақыт кезеңінде болатын адамдарды, магистратура мен аспирантураны қоса алғанда, күндізгі оқыту "
                 "нысанында оқитын оқушылар мен студенттерді, тыңдаушылар мен курсанттарды, сондай-ақ 1 және 2 "
                 "топтағы мүгедектерді, сексен жастан асқан адамдарды, жеті жасқа дейінгі балаларды "
                 "бағып-күтумен айналысатын азаматтарды қоспағанда, жұмыспен қамту мәселелері жөніндегі өкілетті "
                 "органдарда тіркелмеген жұмыссыздарға тағайындалмайды.",
                 "Not granted to unemployed persons not registered with the employment authority, except disabled "
                 "persons, persons in in-patient treatment for over a month, full-time pupils and students, and "
                 "persons caring for group 1 and 2 disabled persons, persons over eighty or children under seven",
                 missing_documents=False),
            stmt("Ұсынылған жұмыстан немесе жұмысқа орналастырудан дәлелсіз себептермен бас тартқан, қоғамдық "
                 "жұмыстарға қатысуды, оқуын немесе қайта оқуын өз бетімен тоқтатқан жұмыссыздар алты айға атаулы "
                 "әлеуметтік көмек алу құқығынан айырылады.",
                 "Unemployed persons who refuse offered work without good reason or quit public works, study or "
                 "retraining lose the right to the assistance for six months",
                 missing_documents=False),
        ],
        "result_delivery": [
            stmt("Атаулы әлеуметтік көмекті тағайындау немесе тағайындаудан бас тарту туралы құлақтандыру тұтынушыға "
                 "тұрғылықты жердегі Бөлімге немесе кент, ауыл (село), ауылдық (селолық) округтың әкіміне өзі барған "
                 "жағдайда беріледі",
                 "The notice is handed to the consumer in person at the department of the place of residence or at "
                 "the settlement, village or rural district akim"),
        ],
        "complaint": [
            stmt("Өтініш беруші жоғары уәкілетті органдардағы уәкілетті органның әрекеті мен шешіміне сот тәртібімен "
                 "шағымдануға құқығы бар.",
                 "The applicant may appeal to court against the actions and decisions of the authorised body"),
            stmt("Бөлімдердің және олардың лауазымды тұлғаларының іс-әрекетіне (әрекетсіздігіне) шағымдану "
                 "тәртібіне түсінік, сондай-ақ шағымды дайындауға көмекті жоғары тұрған мемлекеттік органдарда – "
                 "қалалар мен аудандар әкімінің аппараттарынан алуға болады.",
                 "Explanations of the complaint procedure and help to prepare a complaint: the city and district "
                 "akims' apparatus"),
            stmt("Шағымдар ауызша немесе жазбаша нысанда пошта бойынша немесе электронды түрде қалалар мен аудандар "
                 "әкімдерінің атына беріледі.",
                 "Complaints are addressed to the city and district akims, orally, in writing by post or "
                 "electronically"),
            stmt("Шағымды қабылдауды растайтын құжат өтінішті қабылдау жөніндегі талон болып табылады, онда "
                 "мемлекеттік органның атауы, өтінішті қабылдаған қызметкердің тегі мен инициалдары, оның қабылдаған "
                 "күні мен уақыты, телефондары көрсетіледі.",
                 "A talon confirms the complaint was accepted: the body's name, the employee's surname and "
                 "initials, date and time, phones; the complaint is examined within the terms of the 2007 law on "
                 "applications"),
        ],
        "quality_indicators": qi,
        "data_issues": [
            issue("closed-day",
                  "The service is given 'every day except Friday, Saturday and Sunday', i.e. Monday to Thursday "
                  "only, although the same departments give the act's other standards (8 to 11, 13) Monday to "
                  "Friday. Recorded as printed (Monday to Thursday).",
                  find("жұма, сенбі және жексенбіден басқа күндері")),
            issue("undefined-talon",
                  "Paragraph 15 promises the consumer a confirmation letter 'in the established form' that the "
                  "documents were accepted, but the standard never says what it contains.",
                  find("тұтынушыға құжаттарды қабылдағаны туралы белгіленген нысандағы растау хатты береді")),
            issue("wording",
                  "Paragraph 15 also says the consumer is told whether an inspection of the family's material "
                  "conditions is needed and when it will take place, but sets no term for it.",
                  find("тұтынушыны материалдық-тұрмыстық жағдайын тексеру өткізу қажеттілігі жөнінде"), "info"),
            issue("wording",
                  "Paragraph 21 gives a right to appeal to court against 'the authorised body in the higher "
                  "authorised bodies' - a garbled phrase; the departments providing the service are presumably "
                  "meant.",
                  find("жоғары уәкілетті органдардағы уәкілетті органның"), "info"),
            issue("other",
                  "Paragraph 17 (grounds for refusal) does not name missing documents as a ground to refuse, "
                  "unlike the act's other standards; only income above the poverty line, unregistered "
                  "unemployment and refusing offered work are grounds.",
                  find("Атаулы әлеуметтік көмек отбасының жан басына шаққандағы табысы кедейшілік шегінен асып "
                       "түскен"), "info"),
            issue("other",
                  "The list of documents (paragraph 12) does not include an identity document, unlike the act's "
                  "other standards; recorded as printed.",
                  find("Мемлекеттік қызметті алу үшін тұтынушы келесі құжаттарды ұсынуы қажет"), "info"),
            issue("wording",
                  "Document 2) (family composition) is confirmed by the department, or by the rural akim, when "
                  "the residents' register book, residents' book, apartment card or house book is presented; "
                  "recorded as a document shown, any one of the four.",
                  find("мәліметті азаматтарды тіркеу кітабын, тұрғындар кітабын, пәтер карточкасын, үй кітабын "
                       "ұсынған жағдайда"), "info"),
        ],
    })


# --------------------------------------------------------------------------------------------------------
# Standard 13
# --------------------------------------------------------------------------------------------------------


def standard_13() -> Json:
    begin(14392, len(LINES))
    qi = quality(14736, 14872)
    return service(13, "unemployed-certificate", _RANGE, {
        "title": kk("Жұмыссыз азаматтарға анықтама беру", en="Issuing certificates to unemployed citizens",
                    ru="Выдача справок безработным гражданам"),
        "source": at(14397, "\"Жұмыссыз азаматтарға анықтама беру\""),
        "legal_basis": [
            stmt("Қазақстан Республикасының 2001 жылғы 23 қаңтардағы \"Халықты жұмыспен қамту туралы\" Заңының 8 "
                 "бабының",
                 "Law of 23 January 2001 on employment of the population, article 8"),
        ],
        "provider": stmt("Мемлекеттік қызметті өтінген тұлғалардың тұрғылықты жері бойынша қалалар мен аудандардың "
                         "жұмыспен қамту және әлеуметтік бағдарламалар бөлімдері (бұдан әрі – Бөлімдер) ұсынады",
                         "The city and district departments of employment and social programmes, at the "
                         "applicant's place of residence"),
        "form": {"value": "partly_automated", "source": find("жартылай автоматтандырылған")},
        "results": [stmt("Көрсетілетін қызметті аяқтау нысаны: анықтама беру", "A certificate is issued")],
        "consumers": [stmt("Қазақстан Республикасының азаматтарына, шетел азаматтарына және азаматтығы жоқ тұлғаларға",
                           "Citizens of Kazakhstan, foreigners and stateless persons")],
        "terms": [term("main", 1, "days_unqualified", "submission",
                       "тұтынушының өтінген кезінен бастап мемлекеттік қызметті көрсету мерзімі: 1 күн")],
        "queue_limits": [
            queue("submit", 40, "at_most", "қажетті құжаттарды көрсету кезегінде күту уақытының барынша "
                  "ұзақтығы: 40 минут"),
            queue("receive", 20, "at_most", "құжаттарды алу кезегінде күту уақытының барынша ұзақтығы: 20 "
                  "минуттан аспайды"),
        ],
        "fee": {"kind": "free", "amount": None, "currency": "KZT",
                "source": find("Мемлекеттік қызмет көрсету ақысыз жүзеге асырылады")},
        "service_hours": hours(MON_FRI, DAY_9_18_LUNCH,
                               "күн сайын, сенбі және жексенбі күндерінен басқа күндері, сағат 13.00-ден 14.00-ге "
                               "дейінгі түскі ас үзілісімен, сағат 9.00-ден 18.00-ге дейін ұсынылады"),
        "channels": ["provider"],
        "documents": [
            doc("identity-card", "жеке бас куәлігі (паспорт)", handling="show", en="Identity card (passport)"),
            doc("foreigner-residence-permit", "шетел азаматының Қазақстан Республикасында тұратын түрін",
                handling="show", en="Foreigner's residence permit in Kazakhstan",
                condition=cond(["foreigner"], "шетелдіктер")),
            doc("stateless-certificate",
                "ішкі істер органдарында тіркелгені туралы белгісі бар азаматтығы жоқ тұлғаның куәлігін",
                handling="show", en="Stateless person's certificate with the internal affairs registration mark",
                condition=cond(["stateless"], "азаматтығы жоқ тұлғалар")),
            doc("oralman-certificate", "аймақтық орган берген оралман куәлігін", handling="show",
                en="Oralman certificate issued by the regional body",
                condition=cond(["oralman"], "оралмандар")),
        ],
        "talon": {"kind": "talon", "fields": ["number", "accepted_at", "accepted_by"],
                  "source": find("Жазбаша түрде өтініш жасағанда тұтынушыға келіп түскен құжаттың тіркеу нөмірі, "
                                 "мерзімі мен уақыты, құжатты қабылдаған адамның тегі мен аты-жөні және лауазымы "
                                 "туралы талон беріледі"),
                  "refusal_receipt": None},
        "refusal_grounds": [
            stmt("Егер тұтынушы жұмыссыз болмаса", "The consumer is not unemployed", missing_documents=False),
            stmt("оның қажетті құжаттары болмаған жағдайда", "The consumer lacks the necessary documents",
                 missing_documents=True),
        ],
        "result_delivery": [stmt("Тұтынушыға анықтама Бөлімге өзі келгенде беріледі",
                                 "The certificate is handed to the consumer in person at the department")],
        "complaint": [
            stmt("Бөлімдердің және олардың лауазымды тұлғаларының әрекеттеріне (әрекетсіздігіне) шағымдану тәртібін "
                 "түсіндіруді және шағымды дайындауға жәрдемді жоғары тұрған мемлекеттік органдардан – қалалар мен "
                 "аудандардың әкім аппараттарынан алуға болады.",
                 "Explanations of the complaint procedure and help to prepare a complaint: the city and district "
                 "akims' apparatus"),
            stmt("Шағымдар қалалар мен аудандар әкімдерінің атына ауызша немесе жазбаша түрде, пошта арқылы немесе "
                 "электронды түрде беріледі.",
                 "Complaints are addressed to the city and district akims, orally, in writing, by post or "
                 "electronically"),
            stmt("Шағымның қабылданғанын мемлекеттік органның атауы, өтініш қабылдаған қызметкердің тегі мен "
                 "аты-жөні, қабылдаған мерзімі мен уақыты, телефоны көрсетілген өтінішті қабылдау туралы талон "
                 "растайды.",
                 "A talon confirms the complaint was accepted: the body's name, the employee's name, date and "
                 "time, phone; the complaint is examined within the terms of the 2007 law on applications"),
        ],
        "quality_indicators": qi,
        "data_issues": [
            issue("ambiguous-unit",
                  "The term is '1 күн' (1 day) from the application, without saying calendar or working day; "
                  "recorded as days_unqualified.",
                  find("мемлекеттік қызметті көрсету мерзімі: 1 күн")),
            issue("wording",
                  "The talon of paragraph 15 is promised only 'when applying in writing'; the standard does not "
                  "say what an applicant who applies orally gets.",
                  find("Жазбаша түрде өтініш жасағанда"), "info"),
            issue("wording",
                  "Paragraph 12 lists the identity card for everyone and adds the foreigner's residence permit, "
                  "the stateless person's certificate and the oralman certificate for those groups; it does not "
                  "say whether they replace the identity card. Recorded as printed: the identity card for "
                  "everyone, the others in addition.",
                  find("2) шетелдіктер және азаматтығы жоқ тұлғалар"), "info"),
            complaints_100_issue(qi[7]["source"]),
        ],
    })


def build() -> Json:
    items = [standard_8(), standard_9(), standard_10(), standard_11(), standard_12(), standard_13()]
    return {"format": 1, "act": ACT, "items": items}


def render(data: Json) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str]) -> int:
    text = render(build())
    if "--check" in argv:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is out of date; run python tools/encode_karaganda_services_2.py")
            return 1
        print(f"{OUT.name} is up to date")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(json.loads(text)['items'])} services")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
