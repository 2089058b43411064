"""Hand-written parts of the North Kazakhstan 2015 encoding: documents, receipts, terms, per-regulation fixes.

Every phrase is located on its seed line by searching the act (nko_parse.find) inside the regulation's own lines,
so a wrong phrase fails loudly instead of pointing at the wrong place.
"""

from __future__ import annotations

from typing import Any

import nko_parse as seed

Json = dict[str, Any]

DOCS: dict[int, list[Json]] = {}
RECEIPTS: dict[int, Json] = {}
REG_EXTRA: dict[int, Json] = {}


def kk_range(number: int) -> tuple[int, int]:
    b = seed.KK_BLOCKS[number - 1]
    return b.title_line, b.body_end


def ru_range(number: int) -> tuple[int, int]:
    b = seed.RU_BLOCKS[number - 1]
    return b.title_line, b.body_end


def ksrc(number: int, text: str, nth: int = 0) -> Json:
    """{line, text} of the ``nth`` occurrence of ``text`` in regulation ``number``'s Kazakh body."""
    lo, hi = kk_range(number)
    hits = seed.find_all(text, lo, hi)
    assert len(hits) > nth, (number, text, hits)
    return seed.src(hits[nth], text)


def rsrc(number: int, text: str, nth: int = 0) -> Json:
    lo, hi = ru_range(number)
    hits = seed.find_all(text, lo, hi)
    assert len(hits) > nth, (number, text, hits)
    return seed.src(hits[nth], text)


def kline(number: int, text: str, nth: int = 0) -> int:
    return int(ksrc(number, text, nth)["line"])


def rline(number: int, text: str, nth: int = 0) -> int:
    return int(rsrc(number, text, nth)["line"])


# -- regulation 6: a special term inside paragraph 5 ---------------------------------------------------------

_R6_KK = "мемлекеттік қызметті көрсету мерзімі – 20 (жиырма) жұмыс күні ішінде"
_R6_RU = "срок оказания государственной услуги в течение 20 (двадцати) рабочих дней"
REG_EXTRA[6] = {
    "skip_lines": [kline(6, _R6_KK)],
    "skip_lines_ru": [rline(6, _R6_RU)],
    "terms": [
        {
            "role": "other",
            "value": 20,
            "unit": "working_days",
            "starts_from": "submission",
            "condition": {
                "kk": "Әлеуметтік көмек көрсету үшін құжаттар жетіспеген не олардың бүлінуіне, жоғалуына байланысты "
                "өтініш берушінің қажетті құжаттарды ұсыну мүмкіндігі болмаған жағдайларда",
                "ru": "В случаях недостаточности документов для оказания социальной помощи, либо невозможности "
                "предоставления заявителем необходимых документов в связи с их порчей, утерей",
                "en": "when the documents are insufficient, or the applicant cannot present them because they "
                "were damaged or lost",
            },
            "source": ksrc(6, _R6_KK),
            "ru_source": rsrc(6, _R6_RU),
        }
    ],
}


# -- documents ---------------------------------------------------------------------------------------------


def _para4(number: int, lang: str) -> list[int]:
    block = (seed.KK_BLOCKS if lang == "kk" else seed.RU_BLOCKS)[number - 1]
    para = seed.paragraphs(block)[4]
    return [para.line, *para.lines]


def _locate(number: int, lang: str, anchor: str, after: str | None, nth: int) -> int:
    lines = _para4(number, lang)
    if after is not None:
        start = next(i for i, n in enumerate(lines) if seed.contains(n, after))
        lines = lines[start:]
    hits = [n for n in lines if seed.contains(n, anchor)]
    assert len(hits) > nth, (number, lang, anchor, after, hits)
    return hits[nth]


def _item_text(n: int) -> str:
    return seed.ITEM.sub("", seed.line(n).strip(), count=1).rstrip(" ;.:\xa0")


def when(
    applies_to: list[str],
    kk: str | None = None,
    ru: str | None = None,
    not_for: list[str] | None = None,
    en: str | None = None,
) -> Json:
    out: Json = {"applies_to": applies_to, "not_for": not_for or []}
    if kk is not None:
        out["text"] = {"kk": kk, "ru": ru, "en": en}
    return out


def doc(
    number: int,
    doc_id: str,
    kk: str,
    ru: str,
    *,
    phrase: bool = False,
    kk_after: str | None = None,
    ru_after: str | None = None,
    kk_nth: int = 0,
    ru_nth: int = 0,
    form: str = "unspecified",
    handling: str = "hand_in",
    cond: Json | None = None,
    channels: list[str] | None = None,
    required: bool = True,
    alts: list[Json] | None = None,
    variant: str | None = None,
) -> Json:
    """A document: by default the whole list item on the line holding ``kk`` (``ru``), as printed.

    With ``phrase=True`` the name is exactly ``kk`` / ``ru`` (for items that name several documents).
    """
    kn = _locate(number, "kk", kk, kk_after, kk_nth)
    rn = _locate(number, "ru", ru, ru_after, ru_nth)
    kname = kk if phrase else _item_text(kn)
    rname = ru if phrase else _item_text(rn)
    rec: Json = {
        "id": doc_id,
        "name": {"kk": seed.clean(kname), "ru": seed.clean(rname)},
        "form": form,
        "handling": handling,
        "condition": cond,
        "alternatives": alts or [],
        "channels": channels,
        "required": required,
        "source": seed.src(kn, kname),
        "ru_source": seed.src(rn, rname),
    }
    if variant is not None:
        rec["variant"] = variant
    return rec


def identity_alts(
    number: int,
    *,
    passport: bool = True,
    stateless: bool = True,
    oralman: bool = True,
    foreign: str = "шетелдіктің Қазақстан Республикасында тұруға ықтиярхаты",
) -> list[Json]:
    """The alternatives printed in brackets after «жеке басын куәландыратын құжат»."""
    out = [
        doc(
            number,
            "citizen-identity-card" + ("-or-passport" if passport else ""),
            "Қазақстан Республикасы азаматының жеке куәлігі" + (" немесе паспорты" if passport else ""),
            "удостоверение личности" + (" или паспорт" if passport else "") + " гражданина Республики Казахстан",
            phrase=True,
            cond=when(["citizen"]),
            handling="show",
        ),
        doc(
            number,
            "residence-permit",
            foreign,
            "вид на жительство иностранца в Республике Казахстан",
            phrase=True,
            cond=when(["foreigner"]),
            handling="show",
        ),
    ]
    if stateless:
        out.append(
            doc(
                number,
                "stateless-certificate",
                "азаматтығы жоқ адамның куәлігі",
                "удостоверение лица без гражданства",
                phrase=True,
                cond=when(["stateless"]),
                handling="show",
            )
        )
    if oralman:
        out.append(
            doc(
                number,
                "oralman-certificate",
                "оралман куәлігі",
                "удостоверение оралмана",
                phrase=True,
                cond=when(["oralman"], "оралмандар үшін", "для оралманов"),
                handling="show",
            )
        )
    return out


PC = ["provider", "centre"]
PAC = ["provider", "akim", "centre"]
CHECK = "original_for_check"

DOCS[1] = [
    doc(
        1,
        "identity-document",
        "көрсетілетін қызметті алушының жеке басын куәландыратын құжат",
        "документ, удостоверяющий личность услугополучателя",
        phrase=True,
        channels=PC,
        handling="show",
        alts=identity_alts(1),
    ),
    doc(
        1,
        "application",
        "2-қосымшаға сәйкес нысан бойынша белгіленген үлгідегі өтініші",
        "заявление на регистрацию и постановку на учет безработного гражданина установленного образца",
        phrase=True,
        channels=["centre"],
    ),
    doc(
        1,
        "e-application",
        "көрсетілетін қызметті алушының ЭЦҚ-мен куәландырылған электрондық құжат нысанындағы өтініші",
        "заявление в форме электронного документа, удостоверенного ЭЦП услугополучателя",
        phrase=True,
        channels=["portal"],
    ),
]
DOCS[2] = [
    doc(
        2,
        "application",
        "2-қосымшаға сәйкес нысан бойынша жұмыссыз азаматты тіркеу туралы анықтама беруге өтінішті",
        "заявление на выдачу справки о регистрации безработного гражданина",
        phrase=True,
        channels=PC,
    ),
    doc(
        2,
        "identity-document",
        "көрсетілетін қызметті алушының жеке басын куәландыратын құжат",
        "документ, удостоверяющий личность услугополучателя",
        phrase=True,
        channels=PC,
        handling="show",
        alts=identity_alts(2),
    ),
    doc(
        2,
        "e-request",
        "көрсетілетін қызметті алушының электрондық цифрлық қолтаңбасымен куәландырылған электрондық "
        "құжат нысанындағы сұрау салу",
        "запрос в форме электронного документа, удостоверенного электронной цифровой подписью услугополучателя",
        phrase=True,
        channels=["portal"],
    ),
]
DOCS[3] = [
    doc(
        3,
        "identity-document",
        "көрсетілетін қызметті алушының жеке басын куәландыратын құжат",
        "документ, удостоверяющий личность услугополучателя",
        phrase=True,
        channels=["provider"],
        handling="show",
        alts=identity_alts(3, oralman=False),
    ),
    doc(
        3,
        "oralman-certificate",
        "оралмандар үшін – оралман куәлігі",
        "для оралманов – удостоверение оралмана",
        phrase=True,
        channels=["provider"],
        cond=when(["oralman"], "оралмандар үшін", "для оралманов"),
    ),
    doc(
        3,
        "e-application",
        "ЭЦҚ-мен куәландырылған электрондық құжат нысанындағы өтініш",
        "заявление в форме электронного документа, удостоверенного ЭЦП",
        phrase=True,
        channels=["portal"],
    ),
]
DOCS[4] = [
    doc(
        4,
        "identity-document",
        "көрсетілетін қызметті алушының жеке басын куәландыратын құжат",
        "документ, удостоверяющий личность услугополучателя",
        phrase=True,
        alts=[
            doc(
                4,
                "citizen-identity-card",
                "Қазақстан Республикасы азаматының жеке куәлігі",
                "удостоверение личности гражданина Республики Казахстан",
                phrase=True,
                cond=when(["citizen"]),
            ),
            doc(
                4,
                "residence-permit",
                "шетелдіктің Қазақстан Республикасында тұруға ықтиярхаты",
                "вид на жительство иностранца в Республике Казахстан",
                phrase=True,
                cond=when(["foreigner"]),
            ),
            doc(
                4,
                "oralman-certificate",
                "оралман куәлігі",
                "удостоверение оралмана",
                phrase=True,
                cond=when(["oralman"], "оралмандар үшін", "для оралманов"),
            ),
        ],
    ),
    doc(
        4,
        "birth-certificates",
        "баланың (балалардың) туу туралы куәлігі(куәліктері)",
        "свидетельство (свидетельства) о рождении ребенка (детей)",
        phrase=True,
        alts=[
            doc(
                4,
                "birth-record-extract",
                "туу туралы акті жазбасынан үзінді",
                "выписка из актовой записи о рождении",
                phrase=True,
            )
        ],
    ),
    doc(
        4,
        "marriage-certificate",
        "неке қию (некені бұзу) туралы куәлік",
        "свидетельство о заключении (расторжении) брака",
        phrase=True,
        cond=when(
            ["name_differs_from_birth_certificate"],
            "көрсетілетін қызметті алушының деректері баланың туу туралы куәлігіндегі деректермен сәйкес келмеген "
            "жағдайда",
            "в случае расхождения данных услугополучателя с данными в свидетельстве о рождении ребенка",
        ),
    ),
    doc(4, "family-composition", "отбасы құрамы туралы мәліметтер", "сведения о составе семьи"),
    doc(4, "family-income", "отбасы мүшелерінің табыстары туралы мәліметтер", "сведения о доходах членов семьи"),
    doc(
        4,
        "residence-registration",
        "отбасының тұрғылықты тұратын жері бойынша тіркелгенін растайтын құжат",
        "документ, подтверждающий регистрацию по постоянному месту жительства семьи",
    ),
    doc(
        4,
        "guardianship-or-adoption",
        "балаға қамқоршылық (қорғаншылық) белгіленген немесе бала асырап алған жағдайда",
        "в случае установления опеки (попечительства) над ребенком",
        cond=when(
            ["guardian", "adoptive_parent"],
            "балаға қамқоршылық (қорғаншылық) белгіленген немесе бала асырап алған жағдайда",
            "в случае установления опеки (попечительства) над ребенком или усыновления (удочерения)",
        ),
    ),
]
DOCS[5] = [
    doc(
        5,
        "identity-document",
        "көрсетілетін қызметті алушының жеке басын куәландыратын құжатты",
        "документа, удостоверяющего личность услугополучателя",
        phrase=True,
        handling="show",
    ),
    doc(5, "family-composition", "отбасы құрамы туралы мәліметтер", "сведения о составе семьи"),
    doc(5, "income", "алған табыстары туралы мәліметтер", "сведения о полученных доходах"),
    doc(
        5,
        "subsidiary-farming",
        "жеке қосалқы шаруашылықтың болуы туралы мәліметтер",
        "сведения о наличии личного подсобного хозяйства",
    ),
    doc(
        5,
        "residence-registration",
        "тұрғылықты жері бойынша тіркелгенін растайтын құжат (мекенжай",
        "документ, подтверждающий регистрацию по месту жительства услугополучателя",
    ),
    doc(
        5,
        "social-contract",
        "әлеуметтік келісімшарт жасаған жағдайда",
        "социальный контракт",
        form=CHECK,
        cond=when(
            ["social_contract"],
            "жұмыспен қамтуға жәрдемдесудің белсенді шаралары аясында әлеуметтік келісімшарт жасаған жағдайда",
            "в случае заключения в рамках активных мер содействия занятости",
        ),
    ),
]
DOCS[6] = [
    doc(
        6,
        "application",
        "еркін нысандағы өтінішті",
        "заявление произвольной формы с указанием согласия на сбор и обработку персональных данных",
        phrase=True,
        channels=["provider", "akim"],
    ),
    doc(
        6,
        "identity-document",
        "1) жеке басты куәландыратын құжат",
        "1) документ, удостоверяющий личность",
        channels=["provider", "akim"],
        form=CHECK,
    ),
    doc(
        6,
        "residence-registration",
        "2) тұрғылықты тұратын жері бойынша тіркелгенін растайтын құжат",
        "2) документ, подтверждающий регистрацию",
        channels=["provider", "akim"],
        form=CHECK,
    ),
    doc(
        6,
        "family-composition",
        "отбасы құрамы туралы мәліметтер",
        "сведения о составе семьи заявителя",
        channels=["provider", "akim"],
        form=CHECK,
    ),
    doc(
        6,
        "income",
        "адамның (отбасы мүшелерінің) табыстары туралы мәліметтер",
        "сведения о доходах лица",
        channels=["provider", "akim"],
        form=CHECK,
    ),
    doc(
        6,
        "hardship-act",
        "өмірлік қиын жағдайдың туындағанын растайтын акт",
        "акт и/или документ, подтверждающий наступление трудной жизненной ситуации",
        channels=["provider", "akim"],
        form=CHECK,
    ),
    doc(
        6,
        "e-application",
        "мемлекеттік қызметті көрсету үшін – осы регламентке 3-қосымшаға сәйкес",
        "для оказания государственной услуги – заявление",
        channels=["portal"],
        cond=when(
            ["disabled", "socially_significant_disease"],
            "мүгедектер мен әлеуметтік маңызды аурулары бар адамдар",
            "инвалиды и лица, имеющие социально значимые заболевания",
            en="the portal is open to disabled persons and persons with socially significant diseases",
        ),
    ),
]
DOCS[7] = [
    doc(7, "application", "еркін нысанда өтініш", "заявления в произвольной форме", phrase=True),
    doc(7, "identity-document", "1) жеке басты куәландыратын құжат", "1) документ, удостоверяющий личность"),
    doc(7, "residence-registration", "2) тұрғылықты тұратын", "2) документ, подтверждающий регистрацию"),
    doc(7, "employment-certificate", "жұмыс орнынан анықтама", "справка с места работы"),
    doc(7, "bank-account", "дербес шоты бар екенін растайтын құжат", "документ, подтверждающий наличие лицевого счета"),
]
DOCS[8] = [
    doc(
        8,
        "application",
        "осы регламентке 2-қосымшаға сәйкес нысан бойынша өтініш;",
        "заявление по форме согласно приложению 2 к настоящему регламенту;",
        kk_after="көрсетілетін қызметті берушіге не орталыққа:",
        ru_after="к услугодателю либо в центр:",
        channels=PC,
    ),
    doc(
        8,
        "identity-document",
        "өтініш берушінің жеке басын куәландыратын құжат",
        "документ, удостоверяющий личность услугополучателя",
        channels=PC,
        form=CHECK,
    ),
    doc(
        8,
        "residence-registration",
        "тұрғылықты тұратын жері бойынша тіркелгенін растайтын құжат",
        "документ, подтверждающий регистрацию по постоянному месту жительства",
        channels=PC,
        form=CHECK,
    ),
    doc(
        8,
        "pmpc-conclusion",
        "3) психологиялық-медициналық-педагогикалық консультацияның қорытындысы",
        "заключение психолого-медико-педагогической консультации",
        channels=PC,
        form=CHECK,
    ),
    doc(8, "disability-certificate", "мүгедектігі туралы анықтама", "справка об инвалидности", channels=PC, form=CHECK),
    doc(
        8,
        "bank-account",
        "банкттік шоттың нөмірі туралы мәліметті растайтын құжат",
        "документ, подтверждающий сведения о номере банковского счета",
        channels=PC,
        form=CHECK,
    ),
    doc(
        8,
        "school-certificate",
        "мүгедек баланы үйде оқыту фактісін растайтын оқу орнының анықтамасы",
        "справка из учебного заведения",
        channels=PC,
        form=CHECK,
    ),
    doc(
        8,
        "e-application",
        "ЭЦҚ-сымен куәландырылған электрондық құжат нысанындағы өтініш сұрау салу",
        "заявление запрос в форме электронного документа",
        channels=["portal"],
    ),
    doc(
        8,
        "e-pmpc-conclusion",
        "консультация қорытындысының электрондық көшірмесі",
        "электронная копия заключения психолого-медико-педагогической консультации",
        channels=["portal"],
    ),
    doc(
        8, "e-school-certificate", "анықтаманың электрондық көшірмесі", "электронная копия справки", channels=["portal"]
    ),
]
DOCS[9] = [
    doc(
        9, "identity-document", "1) жеке басты куәландыратын құжат", "1) документ, удостоверяющий личность", channels=PC
    ),
    doc(
        9,
        "residence-registration",
        "2) тұрғылықты жері бойынша тіркелгенін растайтын құжат",
        "2) документ, подтверждающий регистрацию",
        channels=PC,
    ),
    doc(
        9,
        "bank-details",
        "банк шоты туралы мәліметтер",
        "сведения о банковском счете",
        phrase=True,
        channels=PC,
        alts=[
            doc(
                9,
                "compensation-contract",
                "өтемақы беру жөніндегі уәкілетті ұйыммен жасалған шарт",
                "договор с уполномоченной организацией по выдаче компенсации",
                phrase=True,
            )
        ],
    ),
    doc(
        9,
        "test-site-residence-proof",
        "Семей ядролық сынақ полигоны аумағында тұру фактісі мен кезеңін растайтын құжаттарды",
        "документы, подтверждающие факт и период проживания на территории Семипалатинского испытательного полигона",
        phrase=True,
        channels=PC,
        alts=[
            doc(
                9,
                "court-decision",
                "ядролық сынақтардың әсеріне ұшыраған аумақтарда тұрудың заңды фактілерін және "
                "кезеңін белгілеу туралы соттың шешімі",
                "решение суда об установлении юридического факта и периода "
                "проживания на территории, подвергшейся воздействию ядерных испытаний",
                phrase=True,
                cond=when(
                    ["residence_documents_lost"],
                    "Егер осы тармақтың 4) тармақшасында көрсетілген құжаттар сақталмаса",
                    "Если документы, указанные в подпункте 4) настоящего пункта не сохранились",
                ),
            )
        ],
    ),
    doc(
        9,
        "previous-certificate",
        "бұрын берілген куәлік",
        "удостоверение, выданное ранее",
        phrase=True,
        channels=PC,
        required=False,
        cond=when(["has_previous_certificate"], "болған кезде", "при наличии"),
    ),
]
DOCS[10] = [
    doc(
        10,
        "identity-document",
        "1) көрсетілетін қызметті алушының жеке басын куәландыратын құжат",
        "1) документ, удостоверяющий личность услугополучателя",
        form=CHECK,
    ),
]

DISABILITY_CERT_KK = "мүгедектігі туралы анықтама"
WAR = ["participant_of_war", "disabled_of_war", "equated_to_disabled_of_war"]

DOCS[11] = [
    doc(
        11,
        "rehabilitation-programme",
        "мүгедектерді оңалтудың жеке бағдарламасы",
        "индивидуальная программа реабилитации инвалида",
        form=CHECK,
        cond=when(
            ["disabled", "disabled_child"],
            "мүгедектер, оның ішінде мүгедек балалар үшін",
            "для инвалидов, в том числе детей-инвалидов",
        ),
    ),
    doc(
        11,
        "war-certificate",
        "белгіленген үлгідегі куәлік",
        "удостоверение установленного образца",
        form=CHECK,
        cond=when(
            WAR,
            "Ұлы Отан соғысының қатысушылары, мүгедектері және жеңілдіктер мен кепілдіктер бойынша Ұлы Отан "
            "соғысының мүгедектеріне теңестірілген адамдар үшін",
            "для участников, инвалидов Великой Отечественной "
            "войны и лиц, приравненных по льготам и гарантиям к инвалидам Великой Отечественной войны",
        ),
    ),
    doc(
        11,
        "medical-conclusion",
        "протездік-ортопедиялық көмек көрсету қажеттігі туралы қорытындысы",
        "заключение медицинской организации по месту жительства",
        form=CHECK,
        cond=when(
            ["participant_of_war"], "Ұлы Отан соғысының қатысушылары үшін", "для участников Великой Отечественной войны"
        ),
    ),
    doc(
        11,
        "accident-act",
        "жазатайым оқиға туралы акті",
        "акт о несчастном случае",
        form=CHECK,
        cond=when(
            ["work_injury_employer_ceased"],
            "жұмыс беруші-дара кәсіпкер қызметін тоқтатқан немесе заңды тұлға "
            "таратылған жағдайда жұмыс берушінің кінәсінен жұмыста мертігуге ұшыраған немесе кәсіптік ауруға "
            "шалдыққан мүгедектер үшін",
            "для инвалидов от трудового увечья или профессионального заболевания, "
            "полученного по вине работодателя, в случаях прекращения деятельности работодателя-индивидуального "
            "предпринимателя или ликвидации юридического лица",
        ),
    ),
]

_HEAR_KK, _HEAR_RU = (
    "сурдотехникалық құралдармен қамтамасыз ету бойынша:",
    "по обеспечению сурдотехническими средствами:",
)
_TYF_KK, _TYF_RU = "тифлотехникалық құралдармен қамтамасыз ету бойынша", "по обеспечению тифлотехническими средствами"
_HYG_KK, _HYG_RU = (
    "міндетті гигиеналық құралдармен қамтамасыз ету бойынша",
    "по обеспечению обязательными гигиеническими",
)


def _d12(doc_id: str, kk: str, ru: str, group: str, cond: Json | None = None) -> Json:
    """Regulation 12 lists documents per kind of aid; the kind is the document's variant."""
    after = {
        "hearing-aids": (_HEAR_KK, _HEAR_RU),
        "typhlo-aids": (_TYF_KK, _TYF_RU),
        "hygiene-aids": (_HYG_KK, _HYG_RU),
    }[group]
    return doc(
        12, f"{group}-{doc_id}", kk, ru, kk_after=after[0], ru_after=after[1], form=CHECK, cond=cond, variant=group
    )


DOCS[12] = [
    _d12(
        "identity-document",
        "1) көрсетілетін қызметті алушының және/немесе заңды өкілінің",
        "1) документ",
        "hearing-aids",
    ),
    _d12(
        "birth-certificate",
        "баланың туу туралы куәлігі",
        "свидетельство о рождении ребенка",
        "hearing-aids",
        when(
            ["disabled_child"],
            "кәмелеттік жасқа толмаған мүгедек балалар үшін",
            "для несовершеннолетних детей инвалидов",
        ),
    ),
    _d12(
        "rehabilitation-extract",
        "3) мүгедекті оңалтудың жеке бағдарламасынан үзінді көшірме",
        "3) выписка из индивидуальной программы",
        "hearing-aids",
    ),
    _d12(
        "war-certificate",
        "Ұлы Отан соғысына қатысушы (мүгедек) куәлігі",
        "удостоверение участника (инвалида)",
        "hearing-aids",
        when(
            ["participant_of_war", "disabled_of_war"],
            "Ұлы Отан соғысының қатысушылары мен мүгедектері үшін",
            "для участников и инвалидов Великой Отечественной войны",
        ),
    ),
    _d12(
        "pension-certificate-with-mark",
        "жеңілдікке құқығы туралы белгісі бар зейнеткерлік куәлігі",
        "пенсионное удостоверение с отметкой о праве на льготы",
        "hearing-aids",
        when(
            ["equated_to_disabled_of_war"],
            "жеңілдіктер мен кепілдіктер бойынша Ұлы Отан соғысының мүгедектеріне теңестірілген адамдар үшін",
            "для лиц, приравненных по льготам и гарантиям к инвалидам Великой Отечественной войны",
        ),
    ),
    _d12(
        "pension-certificate-copy",
        "зейнеткерлік куәлігінің көшірмесі",
        "копия пенсионного удостоверения",
        "hearing-aids",
        when(
            ["disabled_group_1", "disabled_group_2", "disabled_group_3"],
            "бірінші, екінші, үшінші топтағы мүгедектер үшін",
            "для инвалидов первой, второй, третьей групп",
        ),
    ),
    _d12(
        "medical-commission-conclusion",
        "дәрігерлік-консультациялық комиссиясының қорытындысы",
        "заключение врачебно-консультативной комиссии",
        "hearing-aids",
        when(["participant_of_war"], "Ұлы Отан соғысына қатысушы үшін", "для участника Великой Отечественной войны"),
    ),
    _d12(
        "rehabilitation-programme",
        "1) мүгедекті оңалтудың жеке бағдарламасы",
        "1) индивидуальная программа реабилитации",
        "typhlo-aids",
    ),
    _d12(
        "identity-document",
        "1) көрсетілетін қызметті алушының және/немесе заңды өкілінің",
        "1) документ",
        "hygiene-aids",
    ),
    _d12(
        "child-identity-documents",
        "2) мүгедек балалар үшін",
        "2) для детей-инвалидов",
        "hygiene-aids",
        when(["disabled_child"], "мүгедек балалар үшін", "для детей-инвалидов"),
    ),
    _d12(
        "iin",
        "3) жеке сәйкестендіру нөмірі",
        "3)индивидуальный идентификационный номер",
        "hygiene-aids",
        when(
            ["no_iin_in_identity_document"],
            "жеке басын куәландыратын құжатта жеке сәйкестендіру нөмір болмаған жағдайда",
            "в случае отсутствия индивидуального идентификационного номера в документе, удостоверяющем личность",
        ),
    ),
    _d12(
        "rehabilitation-extract",
        "4) мүгедекті оңалтудың жеке бағдарламасынан үзінді көшірме",
        "4) выписка из индивидуальной программы",
        "hygiene-aids",
    ),
    _d12("disability-certificate", DISABILITY_CERT_KK, "справка об инвалидности", "hygiene-aids"),
]
DOCS[13] = [
    doc(
        13,
        "identity-document",
        "1) көрсетілетін қызметті алушының және/немесе заңды өкілінің",
        "1) документ",
        form=CHECK,
    ),
    doc(13, "rehabilitation-extract", "2) мүгедекті оңалтудың жеке бағдарламасынан", "2) выписка", form=CHECK),
    doc(13, "disability-certificate", DISABILITY_CERT_KK, "справка об инвалидности", form=CHECK),
    doc(
        13,
        "iin",
        "жеке басын куәландыратын құжатта жеке сәйкестендіру нөмірі болмаған жағдайда",
        "в случае отсутствия индивидуального идентификационного номера",
        form=CHECK,
        cond=when(
            ["no_iin_in_identity_document"],
            "жеке басын куәландыратын құжатта жеке сәйкестендіру нөмірі болмаған жағдайда",
            "в случае отсутствия индивидуального идентификационного номера в документе, удостоверяющем личность",
        ),
    ),
]
DOCS[14] = [
    doc(
        14,
        "rehabilitation-programme",
        "1) мүгедекті оңалтудың жеке бағдарламасы",
        "1) индивидуальная программа",
        form=CHECK,
    ),
    doc(14, "accident-act", "2) жазатайым оқиға туралы акт", "2) акт о несчастном случае", form=CHECK),
]
DOCS[15] = [
    doc(
        15,
        "identity-document-copy",
        "1) көрсетілетін қызметті алушының және/немесе заңды өкілінің",
        "1) копия",
        form=CHECK,
    ),
    doc(
        15,
        "sanatorium-card-copy",
        "санаторий-курорттық картасының көшірмесі",
        "копия санаторно-курортной карты",
        form=CHECK,
    ),
    doc(15, "residence-registration", "3) тұрақты тұрғылықты жері бойынша", "3) документ, подтверждающий", form=CHECK),
    doc(
        15,
        "disability-certificate-and-rehabilitation-extract",
        DISABILITY_CERT_KK,
        "справки об инвалидности",
        form=CHECK,
    ),
    doc(
        15,
        "representative-identity-copy",
        "5) мүгедектің жазбаша келісімімен басқа адам",
        "5) при подаче заявления другим лицом",
        form=CHECK,
        cond=when(
            ["representative"],
            "мүгедектің жазбаша келісімімен басқа адам өтініш тапсырған кезде",
            "при подаче заявления другим лицом с письменного согласия инвалида",
        ),
    ),
    doc(
        15,
        "iin-copy",
        "жеке басты куәландыратын құжатта жеке сәйкестендіру нөмірі болмаған жағдайда",
        "в случае отсутствия индивидуального идентификационного номера",
        form=CHECK,
        cond=when(
            ["no_iin_in_identity_document"],
            "жеке басты куәландыратын құжатта жеке сәйкестендіру нөмірі болмаған жағдайда",
            "в случае отсутствия индивидуального идентификационного номера в документе, удостоверяющем личность",
        ),
    ),
]
_ELDERLY = when([], "қарттар үшін талап етілмейді", "для престарелых не требуется", not_for=["elderly"])
DOCS[16] = [
    doc(
        16,
        "identity-document-copy",
        "1) қызмет алушының жеке сәйкестендіру нөмірі бар",
        "1) копия документа",
        form=CHECK,
    ),
    doc(
        16,
        "disability-certificate-copy",
        '2) "Медициналық-әлеуметтік сараптама',
        "2) копия справки",
        form=CHECK,
        cond=_ELDERLY,
    ),
    doc(
        16,
        "medical-card",
        "3) осы регламентке 4-қосымшаға сәйкес нысан бойынша медициналық",
        "3) медицинская карта",
        form=CHECK,
    ),
    doc(
        16,
        "rehabilitation-extract-copy",
        "4) мүгедекті оңалтудың жеке бағдарламасынан",
        "4) копия выписки",
        form=CHECK,
        cond=_ELDERLY,
    ),
    doc(
        16,
        "court-decision-incapacity-copy",
        "5) он сегіз жастан асқан адамдар үшін",
        "5) для лиц старше",
        form=CHECK,
        required=False,
        cond=when(
            ["declared_incapable"],
            "он сегіз жастан асқан адамдар үшін (болған кезде)",
            "для лиц старше восемнадцати лет (при наличии)",
        ),
    ),
    doc(
        16,
        "pension-certificate-copy",
        "6) зейнеткерлік жастағы адамдар үшін",
        "6) для лиц пенсионного возраста",
        form=CHECK,
        cond=when(["pensioner"], "зейнеткерлік жастағы адамдар үшін", "для лиц пенсионного возраста"),
    ),
    doc(
        16,
        "war-status-certificate-copy",
        "7) Ұлы Отан соғысының қатысушылары",
        "7) для участников",
        form=CHECK,
        cond=when(
            WAR,
            "Ұлы Отан соғысының қатысушылары мен мүгедектері және оларға теңестірілген адамдар үшін",
            "для участников и инвалидов Великой Отечественной войны и лиц, приравненных к ним",
        ),
    ),
]
DOCS[17] = [
    doc(
        17,
        "identity-document-copy",
        "1) қызмет алушының жеке сәйкестендіру нөмірі бар",
        "1) копия документа",
        form=CHECK,
    ),
    doc(17, "residence-registration", "2) тұрғылықты тұратын", "2) документ, подтверждающий", form=CHECK),
    doc(
        17,
        "disability-certificate-copy",
        '3) "Медициналық-әлеуметтік сараптама',
        "3) копия справки",
        form=CHECK,
        cond=_ELDERLY,
    ),
    doc(
        17,
        "medical-card",
        "4) осы регламентке 3-қосымшаға сәйкес нысан бойынша медициналық",
        "4) медицинская карта",
        form=CHECK,
    ),
    doc(
        17,
        "rehabilitation-extract-copy",
        "5) мүгедекті оңалтудың жеке бағдарламасы",
        "5) копия выписки",
        form=CHECK,
        cond=_ELDERLY,
    ),
    doc(
        17,
        "pension-certificate-copy",
        "6) зейнеткерлік жастағы адамдар үшін",
        "6) для лиц пенсионного возраста",
        form=CHECK,
        cond=when(["pensioner"], "зейнеткерлік жастағы адамдар үшін", "для лиц пенсионного возраста"),
    ),
    doc(
        17,
        "war-status-certificate-copy",
        "7) Ұлы Отан соғысының қатысушылары",
        "7) для участников",
        form=CHECK,
        cond=when(
            WAR,
            "Ұлы Отан соғысының қатысушылары мен мүгедектері және оларға теңестірілген адамдар үшін",
            "для участников и инвалидов Великой Отечественной войны и лиц, приравненных к ним",
        ),
    ),
    doc(
        17,
        "pmpc-conclusion-copy",
        "8) балалар үшін",
        "8) для детей",
        form=CHECK,
        cond=when(["child"], "балалар үшін", "для детей"),
    ),
]
DOCS[19] = [
    doc(19, "application", "осы регламентке 2-қосымшаға сәйкес нысанда өтініш", "1) заявление по форме", channels=PC),
    doc(19, "autobiography", "өмірбаян (еркін нысанда)", "2) автобиография", channels=PC),
    doc(19, "photographs", "отбасы отағасы, сондай-ақ отбасының әрбір мүшесінің", "3) по две фотографии", channels=PC),
    doc(
        19,
        "identity-documents",
        "көрсетілетін қызметті алушының және онымен бірге көшіп келген оның отбасы "
        "мүшелерінің жеке басын куәландыратын құжаттар",
        "4) документы, удостоверяющие личность",
        channels=PC,
    ),
    doc(
        19,
        "kazakh-ethnicity-proof",
        "этникалық қазақтарға жатқызылғанын растайтын құжаттар",
        "подтверждающие отнесение услугополучателя и членов его семьи",
        phrase=True,
        channels=PC,
        cond=when(
            ["ethnicity_not_in_identity_document"],
            "Көрсетілетін қызметті алушының жеке басын куәландыратын "
            "құжатында қазақ ұлтына жататыны туралы ақпарат болмаған жағдайда",
            "В случае отсутствия в документе, "
            "удостоверяющий личность услугополучателя информации о принадлежности к казахской национальности",
        ),
    ),
]


# regulation 18: five procedures (variants); the document lists are parallel line by line in both languages
def _l18(
    kk_line: int,
    ru_line: int,
    doc_id: str,
    variants: list[str],
    channels: list[str],
    cond: Json | None = None,
    inline: tuple[str, str] | None = None,
) -> list[Json]:
    """One document of regulation 18 for each procedure (variant) whose list prints it; ids start with the variant."""
    kk_lo, kk_hi = 5265, 5331
    ru_lo, ru_hi = 11332, 11398
    assert kk_lo <= kk_line <= kk_hi and ru_lo <= ru_line <= ru_hi
    if inline is not None:
        kname, rname = seed.exact(kk_line, inline[0]), seed.exact(ru_line, inline[1])
    else:
        kname, rname = _item_text(kk_line), _item_text(ru_line)
    return [
        {
            "id": f"{variant}-{doc_id}",
            "name": {"kk": seed.clean(kname), "ru": seed.clean(rname)},
            "form": "unspecified",
            "handling": "hand_in",
            "condition": cond,
            "alternatives": [],
            "channels": channels,
            "required": True,
            "source": seed.src(kk_line, kname),
            "ru_source": seed.src(ru_line, rname),
            "variant": variant,
        }
        for variant in variants
    ]


_EMP = ["employer-permit", "employer-permit-reissue"]
_EXT = ["employer-permit-extension"]
_SEAS = when(
    ["seasonal_foreign_workers"],
    "маусымдық шетелдік қызметкерлерді тартқан кезде",
    "при привлечении сезонных иностранных работников",
)
_OTHER = when(
    ["other_foreign_workers"],
    "өзге де шетелдік қызметкерлерді тартқан кезде",
    "при привлечении иных иностранных работников",
)
_SPECIAL = when(
    ["other_foreign_workers"],
    "өзге де шетелдік қызметкерлерді тартқан кезде; олар болған жағдайда; "
    "4-тармақтың соңғы абзацтарында аталған қызметкерлер мен жұмыс берушілерден талап етілмейді",
    "при привлечении иных иностранных работников; при их наличии; не требуется от работников и "
    "работодателей, перечисленных в конце пункта 4",
    not_for=["special_conditions_exempt"],
)


def _docs18() -> list[Json]:
    out: list[Json] = []
    other_ids = [
        "special-conditions-report",
        "workers-details",
        "education-translations",
        "work-experience",
        "labour-contract-copy",
        "services-contract-copy",
        "other-territories-contract-copy",
        "local-content-info",
        "corporate-transfer-letter",
        "special-conditions-form",
    ]
    for channel, base_k, base_r in (("provider", 5269, 11336), ("portal", 5284, 11351)):
        prefix = "" if channel == "provider" else "e-"
        out.extend(_l18(base_k, base_r, prefix + "application", _EMP, [channel]))
        if channel == "provider":
            out.extend(_l18(5271, 11338, "seasonal-workers-details", _EMP, [channel], _SEAS))
            first_k, first_r = 5273, 11340
        else:
            out.extend(
                _l18(
                    5285,
                    11352,
                    "e-seasonal-workers-details",
                    _EMP,
                    [channel],
                    _SEAS,
                    inline=(
                        "осы регламентке 3-қосымшаға сәйкес нысан бойынша тартылатын шетелдік қызметкерлер "
                        "туралы мәліметтер",
                        "сведения о привлекаемых иностранных работниках, по форме, согласно приложению 3 к настоящему "
                        "регламенту",
                    ),
                )
            )
            first_k, first_r = 5287, 11354
        for i, doc_id in enumerate(other_ids):
            cond = _SPECIAL if doc_id == "special-conditions-report" else _OTHER
            out.extend(_l18(first_k + i, first_r + i, prefix + doc_id, _EMP, [channel], cond))
    for channel, k, r in (("provider", 5299, 11366), ("portal", 5303, 11370)):
        prefix = "" if channel == "provider" else "e-"
        out.extend(_l18(k, r, prefix + "application", _EXT, [channel]))
        out.extend(
            _l18(
                k + 1,
                r + 1,
                prefix + "special-conditions-report",
                _EXT,
                [channel],
                when(
                    [],
                    "олар болған жағдайда; 4-тармақтың соңғы абзацтарында аталғандардан талап етілмейді",
                    "при их наличии; не требуется от перечисленных в конце пункта 4",
                    not_for=["special_conditions_exempt"],
                ),
            )
        )
        out.extend(_l18(k + 2, r + 2, prefix + "local-content-info", _EXT, [channel]))
    worker = ["worker-permit"]
    out.extend(_l18(5312, 11379, "application", worker, ["provider"]))
    out.extend(_l18(5313, 11380, "worker-details", worker, ["provider"]))
    out.extend(_l18(5314, 11381, "education-translations", worker, ["provider"]))
    out.extend(_l18(5315, 11382, "work-experience", worker, ["provider"]))
    out.extend(_l18(5317, 11384, "application", ["worker-permit-reissue"], ["provider"]))
    out.extend(_l18(5318, 11385, "worker-identity-copy", ["worker-permit-reissue"], ["provider"]))
    return out


DOCS[18] = _docs18()


# -- receipts (қолхат) and talons ------------------------------------------------------------------------------


def span(start: int, end: int) -> Json:
    """A source spanning lines start..end: the joined lines as printed, without the first line's indent."""
    text = "\n".join(seed.LINES[start - 1 : end]).lstrip(" \xa0").rstrip()
    return {"line": start, "end_line": end, "text": text}


FULL = [
    "number",
    "accepted_at",
    "service",
    "document_count",
    "documents",
    "due_at",
    "result_place",
    "accepted_by",
    "applicant",
    "representative",
    "applicant_phone",
    "representative_phone",
]
SHORT = ["accepted_at", "due_at", "accepted_by"]
# What the annexed form of the receipt of refusal holds, field by field: how the Kazakh and the Russian form say
# it. Every form is read, and a field goes into a regulation's list only if both its forms hold it (if they
# disagree the encoder stops). The order is the Kazakh form's, from top to bottom.
REFUSAL_MARKS: dict[str, tuple[str, str]] = {
    # (Тегі, аты, әкесінің аты ... не көрсетілетін қызметті алушы ұйымының атауы) at the top
    "applicant": (r"(?:ұйымының|мекемесінің) атауы", r"наименование организации услугополучателя"),
    # ____ (көрсетілетін қызметті алушының мекенжайы), under the name
    "applicant_address": (r"алушы(?:ны)?ң мекен-?жайы", r"адрес услугополучателя"),
    # "Халыққа қызмет көрсету орталығы" РМК филиалының № ___ бөлімі (мекенжайы көрсетілсін)
    "office": (r"филиалының №\s*_+ бөлімі \(мекен-?жай", r"отдел № _+ филиала .{0,50}\(указать адрес\)"),
    # жоқ құжаттардың атауы: 1) ___
    "documents": (r"(?:жоқ|Ұсынбаған) құжаттардың атауы:", r"Наименование отсутствующих документов:"),
    # (... мемлекеттік көрсетілетін қызметтің атауы көрсетілсін)
    "service": (r"қызметтің атауы көрсетілсін", r"указать наименование государственной услуги"),
    # Тегі, аты, әкесінің аты (ХҚО қызметкерінің) (қолы)
    "accepted_by": (r"ХҚО қызметкерл?інің", r"работника ЦОН"),
    # Орындаушының тегі, аты, әкесінің аты ___ / Исп. фамилия, имя, отчество
    "executor": (r"(?:Орындаушының|Орынд\.) [Тт]егі", r"Исп\. [Фф]амилия"),
    # Тел.___ / Телефоны ___ / Телефон___, on the line after the executor
    "executor_phone": (
        r"(?:Орындаушының|Орынд\.) [Тт]егі[^\n]*\n\s*Тел(?:\.|ефоны)",
        r"Исп\. [Фф]амилия[^\n]*\n[\s_]*\n\s*Телефон",
    ),
    # Алдым: ... /қолы/ 20 ___ жылғы "___" ____ / Получил: ... "___" ____ 20 ___ года
    "received_at": (r"Алдым:[^\n]*\n\s*20\s*_+ жылғы\.? \"_+\" _+", r"Получил:[^\n]*\n\s*\"_+\" _+ 20 _+ года"),
}


def full_receipt(
    number: int, first_kk: str, last_kk: str, first_ru: str, last_ru: str, *, nth: int = 0, fields: list[str] = FULL
) -> Json:
    a, b = kline(number, first_kk, nth), kline(number, last_kk, nth)
    ra, rb = rline(number, first_ru, nth), rline(number, last_ru, nth)
    return {"kind": "receipt", "fields": fields, "source": span(a, b), "ru_source": span(ra, rb)}


def _form_text(first: int, last: int) -> str:
    """The form's lines, each stripped, no-break spaces as spaces, runs of spaces as one."""
    import re

    return "\n".join(re.sub(r"[ \xa0]+", " ", seed.line(n)).strip() for n in range(first, last))


def refusal_fields(k_form: str, r_form: str, where: str) -> list[str]:
    """The fields both forms of the receipt of refusal hold, in the Kazakh form's order (see REFUSAL_MARKS)."""
    import re

    out = []
    for name, (kk, ru) in REFUSAL_MARKS.items():
        kk, ru = kk.replace(" ", r"\s+"), ru.replace(" ", r"\s+")  # a space may be a line break in the act
        in_kk, in_ru = re.search(kk, k_form) is not None, re.search(ru, r_form) is not None
        assert in_kk == in_ru, (where, name, in_kk, in_ru)  # the two languages' forms must agree
        if in_kk:
            out.append(name)
    return out


def refusal(number: int, annex: int | None, mention_kk: str, mention_ru: str) -> Json:
    out: Json = {"fields": []}
    if annex is None:  # mentioned, no form: the mention is the source
        out["source"] = ksrc(number, mention_kk)
        out["ru_source"] = rsrc(number, mention_ru)
        return out
    ksrc(number, mention_kk)  # the paragraph that refers to the form must exist
    rsrc(number, mention_ru)
    kb, rb = seed.KK_BLOCKS[number - 1], seed.RU_BLOCKS[number - 1]
    k_annex, r_annex = kb.annexes[annex], rb.annexes[annex]
    k_title = next(
        n for n in range(*k_annex) if seed.line(n).strip() == "Құжаттарды қабылдаудан бас тарту туралы қолхат"
    )
    r_title = next(n for n in range(*r_annex) if seed.line(n).strip() == "Расписка об отказе в приеме документов")
    out["fields"] = refusal_fields(_form_text(*k_annex), _form_text(*r_annex), f"regulation {number}, annex {annex}")
    out["source"] = seed.src(k_title)
    out["ru_source"] = seed.src(r_title)
    return out


def provider_talon(number: int, kk: str, ru: str, *, kind: str = "talon") -> Json:
    return {"kind": kind, "fields": SHORT, "source": ksrc(number, kk), "ru_source": rsrc(number, ru)}


_TEAR_KK = "өтініштің үзбелі талонын береді"
_TALON_KK = "құжаттарды қабылдаған адамның тегі мен аты-жөні көрсетілген талон береді"
_TALON_RU = "выдается талон с указанием даты регистрации и получения государственной услуги"
_SHORT_KK = (
    "тіркелген күні мен мемлекеттік қызметті алатын күні, құжаттарды қабылдаған адамның тегі мен аты-жөні көрсетілген"
)

RECEIPTS[1] = full_receipt(
    1,
    "өтініштің нөмірі мен қабылданған күні",
    "тиісті құжаттардың қабылдағаны туралы қолхат беріледі",
    "заявления с указанием номера и даты приема заявления",
    "представителя услугополучателя и их контактные телефоны",
)
RECEIPTS[2] = {
    "kind": "receipt",
    "fields": SHORT,
    "source": ksrc(2, _SHORT_KK + " қолхат береді"),
    "ru_source": rsrc(
        2,
        "выдает услугополучателю расписку с указанием даты регистрации и даты получения "
        "государственной услуги, фамилии и инициалов лица, принявшего документы",
    ),
    "refusal_receipt": refusal(
        2,
        None,
        "құжаттарды қабылдаудан бас тарту туралы қолхат береді",
        "выдается расписка об отказе в приеме документов",
    ),
}
RECEIPTS[4] = full_receipt(
    4,
    "өтініштің нөмірі мен қабылданған күні",
    "тиісті құжаттардың қабылдағаны туралы қолхат беріледі",
    "номера и даты приема заявления",
    "представителя услугополучателя, и их контакт",
)
RECEIPTS[4]["provider_talon"] = provider_talon(4, _TEAR_KK, "выдает отрывной талон заявления")
RECEIPTS[5] = full_receipt(
    5,
    "өтініштің нөмірі мен қабылданған күні",
    "олардың байланыс телефондары көрсетіле отырып, қолхат беріледі",
    "номера и даты приема заявления",
    "представителя услугополучателя, и их контакт",
)
RECEIPTS[5]["refusal_receipt"] = refusal(
    5,
    6,
    "6-қосымшаға сәйкес нысан бойынша құжаттарды қабылдаудан бас тарту",
    "расписку об отказе в приеме документов по форме согласно приложению 6",
)
RECEIPTS[5]["provider_talon"] = provider_talon(5, _TEAR_KK, "выдает отрывной талон заявления")
RECEIPTS[6] = provider_talon(6, _TEAR_KK, "выдает талон с указанием даты регистрации")
RECEIPTS[7] = {
    "kind": "receipt",
    "fields": SHORT,
    "source": ksrc(7, _SHORT_KK + " көрсетілетін қызметті алушыға қолхат береді"),
    "ru_source": rsrc(7, "расписку с указанием даты регистрации и даты получения государственной услуги"),
    "refusal_receipt": refusal(
        7,
        2,
        "2-қосымшаға сәйкес нысан бойынша құжаттарды қабылдаудан бас тарту",
        "по форме согласно приложению 2 к настоящему регламенту",
    ),
}
RECEIPTS[8] = full_receipt(
    8,
    "Өтініштің нөмірі мен қабылданған күні",
    "байланыс телефоны көрсетілген қолхат беріледі",
    "номера и даты приема заявления",
    "представителя услугополучателя, и их контакт",
    fields=[
        "number",
        "accepted_at",
        "service",
        "document_count",
        "documents",
        "due_at",
        "result_place",
        "accepted_by",
        "office_phone",
    ],
)
RECEIPTS[8]["refusal_receipt"] = refusal(
    8, 4, "4-қосымшаға сәйкес нысан бойынша құжаттарды қабылдаудан бас тарту", "по форме согласно приложению 4"
)
RECEIPTS[8]["provider_talon"] = provider_talon(8, _TEAR_KK, "выдает отрывной талон заявления")
RECEIPTS[9] = full_receipt(
    9,
    "Өтініштің нөмірі мен қабылданған күні",
    "олардың байланыс телефондары көрсетіле отырып, қолхат беріледі",
    "номера и даты приема заявления",
    "представителя услугополучателя, и их контакт",
)
RECEIPTS[9]["refusal_receipt"] = refusal(
    9, 4, "4-қосымшаға сәйкес нысан бойынша құжаттарды қабылдаудан бас тарту", "по форме согласно приложению 4"
)
RECEIPTS[9]["provider_talon"] = provider_talon(9, "өтініштің үзбелі талонын береді", "выдает отрывной талон")
RECEIPTS[10] = {
    "kind": "receipt",
    "fields": SHORT,
    "source": ksrc(
        10,
        "тіркеу күні және мемлекеттік көрсетілетін қызметті алатын күні, құжаттарды "
        "қабылдаған адамның тегі мен аты-жөні көрсетілген қолхат береді",
    ),
    "ru_source": rsrc(10, "расписку с указанием даты регистрации и даты получения государственной услуги"),
    "refusal_receipt": refusal(
        10,
        3,
        "құжаттарды қабылдаудан бас тарту туралы қолхат береді",
        "выдается расписка об отказе в приеме документов",
    ),
}
for _n in (11, 12, 13, 14, 15):
    RECEIPTS[_n] = provider_talon(
        _n,
        _TALON_KK if _n != 13 else "құжаттарды қабылдаған адамның тегі мен аты-жөні көрсетілген талон береді",
        _TALON_RU,
    )
for _n in (16, 17):
    RECEIPTS[_n] = provider_talon(
        _n, "құжаттарды қабылдаған адамның тегі мен аты-жөні көрсетілген талон беруді", "выдачу талона"
    )
RECEIPTS[18] = provider_talon(18, _TEAR_KK, "выдается отрывной талон заявления")
RECEIPTS[19] = {
    "kind": "receipt",
    "fields": FULL,
    "source": ksrc(19, "тиісті құжаттар қабылданғаны туралы қолхат береді"),
    "ru_source": span(
        rline(19, "в центре – расписка о приеме соответствующих документов"),
        rline(19, "представителя услугополучателя и их контактные телефоны"),
    ),
    "refusal_receipt": refusal(
        19, 3, "3-қосымшаға сәйкес нысан бойынша құжаттарды қабылдаудан бас тарту", "по форме, согласно приложению 3"
    ),
    "provider_talon": provider_talon(
        19,
        "құжаттарды қабылдаған адамның тегі мен аты-жөні көрсетілген талон беруді",
        "выдачу уведомления с указанием даты регистрации",
    ),
}


# -- per-regulation extras: overrides, variants, terms, the act's inconsistencies -------------------------------


def issue(code: str, severity: str, message: str, source: Json, **more: Json) -> Json:
    return {"code": code, "severity": severity, "message": message, "source": source, **more}


def extra(number: int) -> Json:
    return REG_EXTRA.setdefault(number, {})


def add_issues(number: int, *items: Json) -> None:
    extra(number).setdefault("issues", []).extend(items)


def _two_items(number: int) -> Json:
    return issue(
        "numbering",
        "info",
        "Point 1 lists the places that accept applications as 1), 2), 2): two items "
        "are numbered «2)» (the provider and the portal); the Russian text numbers them 1), 2), 3).",
        ksrc(number, "2) www.egov.kz"),
    )


# regulation 1
add_issues(1, _two_items(1))

# regulation 2: the courier step of one minute, a number word lost, a refusal receipt without a form
_R2_COURIER = (
    "курьерлік және осыған өкілеттік берілген өзге де байланыс арқылы көрсетілетін қызметті берушіге "
    "жібереді, 1 (бір) минуттан аспайды"
)
_R2_LINE = kline(2, "шешім қабылдау үшін жібереді (2 (минут) ішінде)")
extra(2)["step_overrides"] = {
    _R2_LINE: {
        "max": {"value": 2, "unit": "minutes"},
        "max_raw": "2 (минут) ішінде",
        "action": {
            "kk": "көрсетілетін қызметті берушінің жауапты орындаушысы ұсынылған құжаттарды қарап, анықтаманың "
            "жобасын дайындайды, оны көрсетілетін қызметті берушінің басшысына шешім қабылдау үшін жібереді",
            "ru": "ответственный исполнитель услугодателя рассматривает представленные документы, подготавливает "
            "проект справки, направляет руководителю услугодателя для принятия решения",
        },
    }
}
add_issues(
    2,
    _two_items(2),
    issue(
        "inconsistent-terms",
        "warning",
        "The centre's employee sends the documents to the provider by courier "
        "within «1 (бір) минуттан аспайды» (at most 1 minute; the Russian text also says one minute). Every other "
        "regulation with a centre allows 1 working day for the same courier step. The timeline uses the act's "
        "wording (1 minute of working time) and its trace says so.",
        ksrc(2, _R2_COURIER),
        ru_source=rsrc(2, "через курьерскую или иную уполномоченную на это связь, не более 1 (одной) минуты"),
    ),
    issue(
        "misprint",
        "warning",
        "Step 8 of the centre's procedure gives its duration as «(2 (минут) ішінде)»: the "
        "number word is missing and the unit stands in its place. Read as 2 minutes, as the digit and the Russian "
        "text («в течение 2 (двух) минут») say.",
        seed.src(_R2_LINE, "(2 (минут) ішінде)"),
        ru_source=rsrc(2, "(в течение 2 (двух) минут)"),
    ),
    issue(
        "undefined-talon",
        "warning",
        "When the documents are incomplete the centre's employee gives «a receipt of "
        "refusal to accept the documents», but this regulation annexes no form for it and does not say what it "
        "contains.",
        ksrc(2, "құжаттарды қабылдаудан бас тарту туралы қолхат береді"),
    ),
)

# regulations 3 and 4: annex 1 printed shifted by one row, the Aiyrtau department twice
for _n in (3, 4):
    _kb = seed.KK_BLOCKS[_n - 1]
    _rows = seed.office_rows(_kb)
    assert _rows[0].number is None and _rows[0].name == _rows[-1].name, _n
    add_issues(
        _n,
        issue(
            "duplicate-office",
            "warning",
            "In the Kazakh annex 1 the table is shifted by one row: the Aiyrtau "
            "department is printed first without a number, then every row carries the number of the row before it "
            "(«1» stands before Akzhar, «13» before Petropavl) and row «14» prints the Aiyrtau department again. The "
            "same 14 departments are meant; the Russian annex is numbered correctly.",
            seed.src(_rows[-1].name_line, _rows[-1].name),
        ),
    )
add_issues(
    3,
    issue(
        "copy-paste",
        "info",
        "The heading of annex 2 (the business-process reference) reads «...жолдамалар "
        'беру" мемлекеттік жәрдемақы тағайындау" мемлекеттік қызметін...»: words from the child-allowance '
        "regulation were pasted into the title.",
        seed.src(
            seed.find('нысандарына қатысуға жолдамалар беру" мемлекеттік жәрдемақы тағайындау"'),
            'мемлекеттік жәрдемақы тағайындау"',
        ),
    ),
)

# regulations 4 and 5: the Russian akim procedure skips item 5
for _n in (8, 9):
    add_issues(
        _n,
        issue(
            "other",
            "info",
            "Besides the centre's receipt (the talon recorded here), the provider's employee gives an applicant who "
            "comes in person a tear-off talon with the registration date, the date to collect the result and the "
            "name of who accepted the documents (provider_talon).",
            ksrc(_n, _TEAR_KK),
        ),
    )
for _n in (4, 5):
    add_issues(
        _n,
        issue(
            "numbering",
            "info",
            "In the Russian text the akim's procedure (paragraph 10) jumps from item "
            "4) to item 6); the Kazakh numbers it 1) to 10) without a gap. The steps are the same.",
            rsrc(_n, "6) аким сельского округа передает документы сотруднику услугодателя"),
        ),
    )
    add_issues(
        _n,
        issue(
            "other",
            "info",
            "Besides the centre's receipt (the talon recorded here), the provider's "
            "employee gives an applicant who comes in person a tear-off talon with the registration date, "
            "the date to collect the result and the name of who accepted the documents "
            "(provider_talon).",
            ksrc(_n, _TEAR_KK),
        ),
    )

# regulation 5: the social contract is not named in Kazakh
add_issues(
    5,
    issue(
        "damaged-text",
        "warning",
        "Document 5) reads only «жұмыспен қамтуға жәрдемдесудің белсенді "
        "шаралары аясында әлеуметтік келісімшарт жасаған жағдайда» (in case a social contract was "
        "concluded...): the name of the document is missing. The Russian text names it: «социальный "
        "контракт, в случае заключения в рамках активных мер содействия занятости».",
        ksrc(5, "5) жұмыспен қамтуға жәрдемдесудің белсенді шаралары аясында"),
        ru_source=rsrc(5, "5) социальный контракт"),
    ),
)

# regulation 6
add_issues(
    6,
    issue(
        "numbering",
        "warning",
        "The akim's procedure (paragraph 10) numbers its items 1) to 7) and then 10): items "
        "8) and 9) are missing; the Russian numbers them 1) to 3) and then 7) to 11). The printed order is kept.",
        ksrc(
            6,
            "10) көрсетілетін қызметті берушінің жауапты орындаушысы мемлекеттік қызметті көрсету нәтижесін "
            "көрсетілетін қызметті алушыға береді, ауылдық округ әкіміне",
        ),
        ru_source=rsrc(6, "7) сотрудник услугодателя принимает документы, представленные акимом"),
    ),
    issue(
        "cross-reference",
        "info",
        "Paragraph 5 has the provider's employee accept documents «submitted by the "
        "provider, the centre or the rural akim», but this regulation does not list the centre among the places "
        "that accept applications and describes no centre procedure (only the provider, the akim and the portal).",
        ksrc(6, "көрсетілетін қызметті беруші, орталық не ауылдық округ әкімі ұсынған құжаттарды"),
    ),
    issue(
        "other",
        "info",
        "Paragraph 5 sets a special term: where documents are insufficient, or the applicant cannot "
        "present them because they were damaged or lost, the service takes 20 working days (recorded as a term "
        "with its condition). The ordinary term is in the standard.",
        ksrc(6, _R6_KK),
    ),
)

# regulation 7
add_issues(
    7,
    issue(
        "inconsistent-terms",
        "warning",
        "Paragraph 5 gives the provider's executor 7 working days (6 when the "
        "documents come from the centre), but the akim's procedure (paragraph 10, item 6) gives 6 working days for "
        "documents that come through the akim. Each channel's timeline uses its own paragraph.",
        ksrc(7, "6 (алты) жұмыс күні ішінде", 2),
    ),
    issue(
        "cross-reference",
        "info",
        "The refusal receipt form (annex 2) cites «Заңының 2-тармағының 20-бабын» "
        "(«article 20 of point 2») instead of point 2 of article 20 of the Law on state services, as the other "
        "forms do.",
        seed.src(
            seed.find("Заңының 2-тармағының 20-бабын", *seed.KK_BLOCKS[6].annexes[2]), "Заңының 2-тармағының 20-бабын"
        ),
    ),
)

# regulation 8: the July stamp and the courier's «calendar working day»
add_issues(
    8,
    issue(
        "misprint",
        "warning",
        "The approval stamp above this regulation reads «2015 жылғы 10 шілдедегі № 294» "
        "(10 July 2015); the resolution № 294 is of 10 August 2015 («тамыздағы»), as every other stamp and the "
        "Russian stamp of this regulation say.",
        seed.src(seed.KK_BLOCKS[7].title_line - 2, "2015 жылғы 10 шілдедегі № 294"),
        ru_source=seed.src(seed.RU_BLOCKS[7].title_line - 2, "от 10 августа 2015 года № 294"),
    ),
    issue(
        "ambiguous-unit",
        "warning",
        "The courier step is «күнтізбелік 1 (бір) жұмыс күні ішінде» — «within 1 "
        "calendar working day», mixing calendar and working days. The Russian says «в течение 1 (одного) рабочего "
        "дня». Recorded as 1 working day as the number's own unit says; the max_raw keeps the wording.",
        ksrc(8, "күнтізбелік 1 (бір) жұмыс күні ішінде"),
        ru_source=rsrc(8, "через курьерскую или иную уполномоченную на это связь, в течение 1 (одного) рабочего дня"),
    ),
    issue(
        "wording",
        "info",
        "The Kazakh receipt lists the centre employee's contact phone and not the applicant; the "
        "Russian lists the applicant, the representative and their contact phones. The Kazakh fields are recorded.",
        ksrc(8, "байланыс телефоны көрсетілген қолхат беріледі"),
    ),
)

# regulation 9: two procedures, an extension by one month, a stray «7», the ZTMO
_R9_EXT_KK = "бір айға ұзартылады"
extra(9)["variants"] = [
    {
        "id": "registration",
        "title": {
            "kk": "Семей ядролық сынақ полигонында ядролық сынақтардың салдарынан зардап шеккен азаматтарды тіркеу",
            "ru": "Регистрация граждан, пострадавших вследствие ядерных испытаний на Семипалатинском "
            "испытательном ядерном полигоне",
            "en": "Registration (and the one-off compensation)",
        },
        "source": ksrc(
            9, "Семей ядролық сынақ полигонында ядролық сынақтардың салдарынан зардап шеккен азаматтарды тіркеу:"
        ),
        "ru_source": rsrc(
            9,
            "Регистрация граждан, пострадавших вследствие ядерных испытаний на Семипалатинском "
            "испытательном ядерном полигоне:",
        ),
    },
    {
        "id": "certificate",
        "title": {
            "kk": "Семей ядролық сынақ полигонындағы ядролық сынақтардың салдарынан зардап шеккен азаматтарға куәлік "
            "немесе оның телнұсқасын беру",
            "ru": "Выдача удостоверения или его дубликата гражданам, пострадавшим вследствие ядерных испытаний на "
            "Семипалатинском испытательном ядерном полигоне",
            "en": "Issue of the certificate or its duplicate",
        },
        "source": ksrc(9, "зардап шеккен азаматтарға куәлік немесе оның телнұсқасын беру:"),
        "ru_source": rsrc(9, "Выдача удостоверения или его дубликата гражданам"),
    },
]
extra(9)["terms"] = [
    {
        "role": "extension",
        "value": 1,
        "unit": "months",
        "starts_from": "other",
        "starts_from_text": {
            "kk": "мемлекеттік қызмет көрсету мерзімі",
            "ru": "срок оказания государственной услуги",
            "en": "the end of the service term set by the standard (the term is extended by one month)",
        },
        "condition": {
            "kk": "мемлекеттік қызмет көрсету туралы шешімді қабылдау үшін қосымша сұрау салу, тексеру жүргізу "
            "қажет болған жағдайларда",
            "ru": "в случаях, когда необходимо проведение дополнительных запросов, проверок для принятия решения",
            "en": "when an additional inquiry or check is needed to decide",
        },
        "source": ksrc(9, _R9_EXT_KK),
        "ru_source": rsrc(9, "продлевается на один месяц"),
    }
]
add_issues(
    9,
    issue(
        "other",
        "info",
        "The regulation describes two procedures with their own steps and durations; each step "
        "carries its procedure as «variant» and a timeline is computed for one of them: "
        + "; ".join(f"{v['id']} = «{v['title']['kk']}» ({v['title']['en']})" for v in extra(9)["variants"])
        + ".",
        extra(9)["variants"][1]["source"],
        related_sources=[v["source"] for v in extra(9)["variants"]] + [v["ru_source"] for v in extra(9)["variants"]],
    ),
    issue(
        "other",
        "info",
        "Point 1 lists the State Centre for Pension Payments (ЗТМО) among the places that accept "
        "applications and issue results, and paragraph 3 says the ЗТМО pays the compensation, but the regulation "
        "describes no procedure or term for it; it is not one of the channels recorded.",
        ksrc(9, "(бұдан әрі – ЗТМО)"),
    ),
    issue(
        "misprint",
        "info",
        "Paragraph 5, step 2 ends «2 (екі) сағаттан аспайды7» — a stray «7» in place of the "
        "semicolon; the duration is 2 hours.",
        ksrc(9, "2 (екі) сағаттан аспайды7"),
    ),
    issue(
        "cross-reference",
        "info",
        "The refusal receipt form (annex 4) cites «Заңының 2-тармағының 20-бабын» "
        "(«article 20 of point 2») instead of point 2 of article 20 of the Law on state services.",
        seed.src(
            seed.find("Заңының 2-тармағының 20-бабын", *seed.KK_BLOCKS[8].annexes[4]), "Заңының 2-тармағының 20-бабын"
        ),
    ),
)


add_issues(
    9,
    issue(
        "other",
        "info",
        "The Russian annex 1 of this regulation lacks the footnote «Приложение 1 - в редакции постановления ... от "
        "31.12.2015 N 511» that every other annex 1 carries (the Kazakh one has it); its table is the same as the "
        "amended ones.",
        seed.src(seed.RU_BLOCKS[8].annexes[1][0], "Приложение 1 к регламенту государственной услуги"),
        related_sources=[
            seed.src(seed.find("1-қосымша жаңа редакцияда", *seed.KK_BLOCKS[8].annexes[1]), "1-қосымша жаңа редакцияда")
        ],
    ),
)


for _n in (8, 9):
    add_issues(
        _n,
        issue(
            "misprint",
            "info",
            "The provider is named as «аудандардың және облыстық маңызы бар қаланың қаланың жергілікті атқарушы "
            "органдары», the word «қаланың» printed twice.",
            ksrc(_n, "облыстық маңызы бар қаланың қаланың"),
        ),
    )


# regulation 10: the rural akim follows the provider's own procedure
def _akim_copies(steps: list[Json]) -> list[Json]:
    out = []
    for s in steps:
        if s["channel"] != "provider":
            continue
        copy = dict(s)
        copy["channel"] = "akim"
        copy["actor"] = "akim"
        out.append(copy)
    return out


extra(10)["extra_channels"] = ["akim"]
extra(10)["derived_steps"] = _akim_copies
add_issues(
    10,
    issue(
        "other",
        "info",
        "The rural akim is a provider of this service in its own right: paragraphs 5 and 8 describe "
        "one procedure for «the provider's employee / the rural akim», «the provider's head / the rural akim», «the "
        "executor of the provider / of the rural akim». The akim channel's steps are those of paragraph 5 with the "
        "akim (or the akim's staff) acting.",
        ksrc(10, "көрсетілетін қызметті берушінің қызметкері/ауылдық округ әкімі"),
    ),
    issue(
        "other",
        "info",
        "The refusal receipt is annexed (annex 3) but paragraph 9 does not refer to the annex.",
        ksrc(10, "құжаттарды қабылдаудан бас тарту туралы қолхат береді"),
    ),
    issue(
        "other",
        "info",
        "The provider and the akim take the original of the identity document for checking and "
        "return it; the centre takes the original and copies for checking.",
        ksrc(10, "салыстырып тексеру үшін құжаттың түпнұсқасы беріледі"),
    ),
)

# regulation 14: the accident act without its condition
add_issues(
    14,
    issue(
        "wording",
        "warning",
        "Document 2) «жазатайым оқиға туралы акт және жұмыс беруші-дара кәсіпкер "
        "қызметін тоқтатқаны немесе заңды тұлға таратылғаны туралы құжат» is listed without saying whom it "
        "concerns; regulation 11 asks it only of persons disabled by a work injury or occupational disease "
        "through the employer's fault whose employer has ceased to exist. Recorded as required from "
        "everyone, as printed.",
        ksrc(14, "2) жазатайым оқиға туралы акт"),
    ),
)

# regulation 16: a sentence printed twice
add_issues(
    16,
    issue(
        "copy-paste",
        "info",
        "Paragraph 5, step 2 prints its action twice in a row («...жауапты "
        "орындаушыға орындау үшін береді көрсетілетін қызметті берушінің басшысы құжаттармен танысады...»).",
        ksrc(16, "орындау үшін береді көрсетілетін қызметті берушінің басшысы құжаттармен танысады"),
    ),
)

# regulation 18: five procedures
_V18 = [
    (
        "employer-permit",
        "Шетелдік жұмыс күшін тартуға рұқсат беру:",
        "Выдача разрешения на привлечение иностранной рабочей силы:",
        "Permit to attract foreign labour",
    ),
    (
        "employer-permit-reissue",
        "Шетелдік жұмыс күшін тартуға рұқсатты қайта ресімдеу:",
        "Переоформление разрешения на привлечение иностранной рабочей силы:",
        "Re-issue of the permit to attract foreign labour",
    ),
    (
        "employer-permit-extension",
        "Шетелдік жұмыс күшін тартуға рұқсатты ұзарту:",
        "Продление разрешения на привлечение иностранной рабочей силы:",
        "Extension of the permit to attract foreign labour",
    ),
    (
        "worker-permit",
        "Шетелдік жұмыс күшін жұмысқа орналастыруға рұқсат беру және ұзарту:",
        "Выдача и продление разрешений на трудоустройство иностранной рабочей силы:",
        "Issue and extension of a foreign worker's permit",
    ),
    (
        "worker-permit-reissue",
        "Шетелдік жұмыс күшін жұмысқа орналастыруға рұқсатты қайта ресімдеу:",
        "Переоформление разрешения на трудоустройство иностранной рабочей силы:",
        "Re-issue of a foreign worker's permit",
    ),
]
extra(18)["variants"] = [
    {
        "id": v,
        "title": {"kk": kk.rstrip(":"), "ru": ru.rstrip(":"), "en": en},
        "source": ksrc(18, kk),
        "ru_source": rsrc(18, ru),
    }
    for v, kk, ru, en in _V18
]
add_issues(
    18,
    issue(
        "other",
        "info",
        "The regulation describes five procedures; each step carries its procedure as «variant» "
        "and a timeline is computed for one of them (the portal procedure is common to all): "
        + "; ".join(f"{v['id']} = «{v['title']['kk']}» ({v['title']['en']})" for v in extra(18)["variants"])
        + ". Documents are listed per procedure (their «variant»): a document printed once for «obtaining or "
        "re-issuing» the employer's permit is recorded once for each of the two procedures, with the same source.",
        extra(18)["variants"][0]["source"],
        related_sources=[v["source"] for v in extra(18)["variants"]] + [v["ru_source"] for v in extra(18)["variants"]],
    ),
    issue(
        "inconsistent-terms",
        "warning",
        "Paragraph 5, step 7 of the permit procedures has the executor pass the "
        "draft result «to the provider's executor» (көрсетілетін қызметті берушінің жауапты орындаушысына); "
        "paragraph 8 and the Russian text pass it to the provider's head, who signs it in the next step.",
        ksrc(
            18,
            "мемлекеттік қызметті көрсету нәтижесінің жобасын дайындайды, көрсетілетін қызметті берушінің "
            "жауапты орындаушысына береді",
        ),
    ),
    issue(
        "other",
        "info",
        "Step 6 of the permit procedures is the employer's own period: within 20 working days of "
        "the notice of the decision the employer brings copies of the documents guaranteeing the foreign workers' "
        "departure (the bank contract and the proof of the guarantee deposit). The timeline counts it as a step of "
        "up to 20 working days, as written.",
        ksrc(18, "хабарламаны алғаннан кейін 20 (жиырма) жұмыс күні ішінде қабылдайды"),
    ),
    issue(
        "copy-paste",
        "info",
        "Paragraph 8 prints the heading of the fourth procedure twice («...рұқсат беру және "
        "ұзарту:», then a stray reference to annex 9, then «...рұқсат беру және және ұзарту:»).",
        ksrc(18, "Шетелдік жұмыс күшін жұмысқа орналастыруға рұқсат беру және және ұзарту:"),
    ),
    issue(
        "misprint",
        "info",
        "Point 1 gives the portal as «www.e.gov.kz»; the other regulations and the Russian text give www.egov.kz.",
        ksrc(18, "www.e.gov.kz"),
    ),
    issue(
        "other",
        "info",
        "The employers exempted from the report on fulfilling the special conditions of earlier "
        "permits are listed at the end of paragraph 4; they carry the profile tag special_conditions_exempt.",
        ksrc(18, "Рұқсат алу, қайта ресімдеу және ұзарту кезінде"),
    ),
)

# regulation 19: the centre's path against paragraph 5; the receipt's fields only in Russian; storage
extra(19)["terms"] = [
    {
        "role": "other",
        "value": 1,
        "unit": "months",
        "starts_from": "other",
        "starts_from_text": {
            "kk": "нәтиже орталыққа түскен күн",
            "ru": "поступление результата в центр",
            "en": "the result's arrival at the centre",
        },
        "actor": {"kk": "орталық", "ru": "центр"},
        "condition": {
            "kk": "Орталық нәтиженің сақталуын 1 (бір) ай бойы қамтамасыз етеді, кейін оны көрсетілетін "
            "қызметті берушіге одан әрі сақтауға береді.",
            "ru": "Центр обеспечивает хранение результата в течение 1 (одного) месяца, после чего передает "
            "их услугодателю для дальнейшего хранения.",
            "en": "The centre keeps an uncollected result for one month, then hands it to the provider.",
        },
        "source": ksrc(19, "Орталық нәтиженің сақталуын 1 (бір) ай бойы қамтамасыз етеді"),
        "ru_source": rsrc(19, "Центр обеспечивает хранение результата в течение 1 (одного) месяца"),
    },
    {
        "role": "other",
        "value": 1,
        "unit": "working_days",
        "starts_from": "other",
        "starts_from_text": {"kk": "орталықтың сұрау салуы", "ru": "запрос центра", "en": "the centre's request"},
        "actor": {"kk": "көрсетілетін қызметті беруші", "ru": "услугодатель"},
        "condition": {
            "kk": "Көрсетілетін қызметті алушы 1 (бір) ай өткеннен соң өтініш жасаған кезде",
            "ru": "При обращении услугополучателя по истечении 1 (одного) месяца",
            "en": "After the month, on the centre's request the provider sends the result back to the centre "
            "within one working day for issue to the applicant.",
        },
        "source": ksrc(19, "1 (бір) жұмыс күнінің ішінде көрсетілетін қызметті алушыға беру үшін орталыққа"),
        "ru_source": rsrc(19, "в течение 1 (одного) рабочего дня направляет готовые документы в центр"),
    },
]
add_issues(
    19,
    issue(
        "inconsistent-terms",
        "warning",
        "Paragraph 5 gives the provider's executor 2 working days, or 1 working day "
        "when the documents come from the centre; the centre's procedure (paragraph 9, item 8) gives the executor 2 "
        "working days for documents from the centre, and paragraph 8 mentions no shorter term. Each channel's "
        "timeline uses its own paragraph (the centre's: 2 working days).",
        ksrc(19, "(құжаттар орталықтан түскен жағдайда,1 (бір) жұмыс күнінен аспайды)"),
    ),
    issue(
        "undefined-talon",
        "info",
        "The Kazakh text says only that the centre gives «a receipt that the documents "
        "were accepted»; the Russian paragraph 4 lists its contents (number and date, service, number and names of "
        "the documents, date and place of issue, the centre employee, the applicant and representative with their "
        "phones). Those Russian fields are recorded, with the Russian lines as their source.",
        ksrc(19, "тиісті құжаттар қабылданғаны туралы қолхат береді"),
    ),
    issue(
        "numbering",
        "info",
        "In the Russian paragraph 4 the last field of the centre's receipt is numbered «6)» "
        "although the fields before it are not numbered.",
        rsrc(19, "6) фамилии, имени, отчества"),
    ),
    issue(
        "wording",
        "info",
        "The Kazakh paragraph 5 has the provider's employee give a talon; the Russian has him give a "
        "notification (уведомление) of the registration with the same contents.",
        ksrc(19, "құжаттарды қабылдаған адамның тегі мен аты-жөні көрсетілген талон беруді"),
    ),
    issue(
        "cross-reference",
        "info",
        "The Russian annex 2 is headed «Приложение 2 к Стандарту государственной услуги» "
        "(annex 2 to the standard) instead of the regulation.",
        seed.src(seed.find("Приложение 2 к Стандарту государственной услуги"), "Приложение 2 к Стандарту"),
    ),
)
