"""One vocabulary of applicant categories: the tags of :class:`ApplicantProfile` and of documents' conditions.

Every tag the acts' data uses is defined here once, with its labels in Kazakh, Russian and English, the yes/no
question a portal asks to learn it, and the phrases of the acts it stands for. The loader rejects a condition
that names a tag not defined here, and :class:`~kzsocial.services.ApplicantProfile` refuses one.

>>> from kzsocial.services import applicant_category
>>> c = applicant_category("disabled_of_war")
>>> c.label.en, c.kind.value
('disabled veteran of the Great Patriotic War', 'person')
>>> c.phrases[0]
'Ұлы Отан соғысы мүгедектеріне'
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Mapping

from attrs import frozen

from kzsocial.errors import InvalidTypeError, UnknownCategoryError
from kzsocial.provenance import LocalizedText

__all__ = [
    "STATUS_TAGS",
    "ApplicantCategory",
    "ApplicantQuestion",
    "CategoryKind",
    "applicant_categories",
    "applicant_category",
    "check_tags",
]


class CategoryKind(enum.Enum):
    """What a category says about the application."""

    STATUS = "status"
    """Who applies in law: exactly one of citizen, foreigner, stateless person, oralman, legal entity."""
    PERSON = "person"
    """A fact about the applicant (disabled, pensioner, married, a guardian, ...)."""
    CASE = "case"
    """A fact about the case (a document lost, a pledge, an employer's situation, ...)."""
    REQUEST = "request"
    """What is asked for where one service covers several kinds of aid (hearing, visual, hygiene aids)."""


@frozen
class ApplicantCategory:
    """A tag of the vocabulary: its labels, the question that finds it out, and the acts' phrases for it."""

    id: str
    """The tag itself (``foreigner``, ``child_under_16``), what profiles and conditions hold."""
    kind: CategoryKind
    """What the tag says: the applicant's status in law, a fact about the person or the case, or what is asked for."""
    label: LocalizedText
    """Its name for people, in kk, ru and en (what a checklist or form shows)."""
    question: LocalizedText
    """The yes/no question a portal asks (kk, ru, en)."""
    phrases: tuple[str, ...] = ()
    """Phrases of the acts (as printed) that this tag encodes."""
    note: str | None = None
    """How the tag is used where that needs saying (e.g. which other tags it merged)."""


@frozen
class ApplicantQuestion:
    """A yes/no question a portal asks to know a service's document list: the category it finds out and the
    documents (ids) whose condition names it."""

    category: ApplicantCategory
    """The category a *yes* puts in the profile (with the question's text in kk, ru and en)."""
    documents: tuple[str, ...]
    """The ids of the service's documents whose condition names the category: what the answer adds or removes."""

    @property
    def tag(self) -> str:
        """The tag a *yes* adds to the profile (the key of the answer)."""
        return self.category.id

    @property
    def text(self) -> LocalizedText:
        """The question in Kazakh, Russian and English."""
        return self.category.question


def _c(
    id: str,
    kind: CategoryKind,
    label: tuple[str, str, str],
    question: tuple[str, str, str],
    phrases: tuple[str, ...] = (),
    note: str | None = None,
) -> ApplicantCategory:
    return ApplicantCategory(id, kind, LocalizedText(*label), LocalizedText(*question), phrases, note)


S, P, C, R = CategoryKind.STATUS, CategoryKind.PERSON, CategoryKind.CASE, CategoryKind.REQUEST

_CATEGORIES: tuple[ApplicantCategory, ...] = (
    # -- status: exactly one ------------------------------------------------------------------------------------
    _c(
        "citizen",
        S,
        (
            "Қазақстан Республикасының азаматы",
            "гражданин Республики Казахстан",
            "citizen of the Republic of Kazakhstan",
        ),
        (
            "Сіз Қазақстан Республикасының азаматысыз ба?",
            "Вы гражданин Республики Казахстан?",
            "Are you a citizen of the Republic of Kazakhstan?",
        ),
        ("Қазақстан Республикасы азаматының", "жеке тұлға үшін"),
        "The default profile: a citizen with no special condition. Natural persons of any status are "
        "citizen, foreigner, stateless or oralman (the acts' «жеке тұлға»).",
    ),
    _c(
        "foreigner",
        S,
        ("шетелдік", "иностранец", "foreign national"),
        ("Сіз шетел азаматысыз ба?", "Вы иностранный гражданин?", "Are you a foreign national?"),
        ("шетелдіктер", "Шетелдіктер және азаматтығы жоқ тұлғалар"),
    ),
    _c(
        "stateless",
        S,
        ("азаматтығы жоқ адам", "лицо без гражданства", "stateless person"),
        ("Сіз азаматтығы жоқ адамсыз ба?", "Вы лицо без гражданства?", "Are you a stateless person?"),
        ("азаматтығы жоқ тұлғалар", "азаматтығы жоқ адамдар"),
    ),
    _c(
        "oralman",
        S,
        ("оралман", "оралман", "oralman (ethnic Kazakh repatriate)"),
        ("Сіз оралмансыз ба?", "Вы оралман?", "Are you an oralman (an ethnic Kazakh repatriate)?"),
        ("оралмандар", "оралмандар үшін"),
    ),
    _c(
        "legal_entity",
        S,
        ("заңды тұлға", "юридическое лицо", "legal entity"),
        ("Өтінішті заңды тұлға бере ме?", "Заявление подаёт юридическое лицо?", "Is the applicant a legal entity?"),
        ("заңды тұлға үшін",),
    ),
    # -- the person ---------------------------------------------------------------------------------------------
    _c(
        "disabled",
        P,
        ("мүгедек", "инвалид", "disabled person"),
        (
            "Сіз мүгедексіз бе (бірінші, екінші немесе үшінші топ)?",
            "Вы инвалид (первой, второй или третьей группы)?",
            "Are you a disabled person (group 1, 2 or 3)?",
        ),
        (
            "Мүгедектерге қосымша",
            "мүгедектерге",
            "бірінші, екінші, үшінші топтағы мүгедектер үшін",
            "бірінші, екінші, үшінші топтағы мүгедектерге",
        ),
        "Merges disabled_group_1, disabled_group_2 and disabled_group_3: the acts' lists do not differ by group.",
    ),
    _c(
        "disabled_child",
        P,
        ("мүгедек бала", "ребёнок-инвалид", "disabled child"),
        (
            "Өтініш мүгедек бала үшін бе?",
            "Заявление подаётся на ребёнка-инвалида?",
            "Is the application for a disabled child?",
        ),
        ("мүгедек балалар", "мүгедек балалар үшін", "балаларға арналған", "балалар үшін"),
        "Merges child: «балалар үшін» in the lists of services for disabled persons means disabled children.",
    ),
    _c(
        "child_under_16",
        P,
        ("16 жасқа толмаған бала", "ребёнок до 16 лет", "child under 16"),
        (
            "Өтініш 16 жасқа толмаған бала үшін бе?",
            "Заявление подаётся на ребёнка до 16 лет?",
            "Is the application for a child under 16?",
        ),
        ("16 жасқа толмаған мүгедек балаларға арналған", "16 жасқа дейінгі кәмелетке толмаған мүгедек балаларға"),
        "Merges under_16.",
    ),
    _c(
        "pensioner",
        P,
        ("зейнеткерлік жастағы адам", "лицо пенсионного возраста", "person of pension age"),
        ("Сіз зейнеткерлік жастасыз ба?", "Вы достигли пенсионного возраста?", "Are you of pension age?"),
        ("зейнеткерлік жастағы тұлғалар үшін", "зейнеткерлік жастағы адамдар үшін"),
    ),
    _c(
        "elderly",
        P,
        ("қарт адам", "престарелый", "elderly person"),
        (
            "Өтініш қарт адам үшін бе (мүгедектігі жоқ)?",
            "Заявление подаётся на престарелого (без инвалидности)?",
            "Is the application for an elderly person (not disabled)?",
        ),
        ("қарттар үшін талап етілмейді",),
    ),
    _c(
        "participant_of_war",
        P,
        (
            "Ұлы Отан соғысының қатысушысы",
            "участник Великой Отечественной войны",
            "participant of the Great Patriotic War",
        ),
        (
            "Сіз Ұлы Отан соғысының қатысушысысыз ба?",
            "Вы участник Великой Отечественной войны?",
            "Are you a participant of the Great Patriotic War?",
        ),
        ("Ұлы Отан соғысы қатысушыларына", "Ұлы Отан соғысының қатысушылары үшін", "Ұлы Отан соғысына қатысушы үшін"),
    ),
    _c(
        "equated_to_participant_of_war",
        P,
        (
            "Ұлы Отан соғысының қатысушыларына теңестірілген адам",
            "лицо, приравненное к участникам ВОВ",
            "person equated to participants of the Great Patriotic War",
        ),
        (
            "Сіз Ұлы Отан соғысының қатысушыларына теңестірілгенсіз бе?",
            "Вы приравнены к участникам Великой Отечественной войны?",
            "Are you equated to participants of the Great Patriotic War?",
        ),
        ("оларға теңестірілген",),
        "Merges equated_to_war_participant.",
    ),
    _c(
        "disabled_of_war",
        P,
        (
            "Ұлы Отан соғысының мүгедегі",
            "инвалид Великой Отечественной войны",
            "disabled veteran of the Great Patriotic War",
        ),
        (
            "Сіз Ұлы Отан соғысының мүгедегісіз бе?",
            "Вы инвалид Великой Отечественной войны?",
            "Are you a disabled veteran of the Great Patriotic War?",
        ),
        ("Ұлы Отан соғысы мүгедектеріне", "Ұлы Отан соғысының қатысушылары мен мүгедектері үшін"),
        "Merges war_disabled.",
    ),
    _c(
        "equated_to_disabled_of_war",
        P,
        (
            "Ұлы Отан соғысының мүгедектеріне теңестірілген адам",
            "лицо, приравненное к инвалидам ВОВ",
            "person equated to disabled veterans of the Great Patriotic War",
        ),
        (
            "Сіз жеңілдіктер бойынша Ұлы Отан соғысының мүгедектеріне теңестірілгенсіз бе?",
            "Вы приравнены по льготам к инвалидам Великой Отечественной войны?",
            "Are you equated, for benefits, to disabled veterans of the Great Patriotic War?",
        ),
        (
            "Ұлы Отан соғысы мүгедектеріне теңестірілген тұлғаларға",
            "жеңілдіктер мен кепілдіктер бойынша Ұлы Отан соғысының мүгедектеріне теңестірілген адамдар үшін",
        ),
        "Merges equated_to_war_disabled.",
    ),
    _c(
        "work_injury_disabled",
        P,
        (
            "еңбек жарақатынан мүгедек",
            "инвалид вследствие трудового увечья",
            "disabled by a work injury or occupational disease",
        ),
        (
            "Мүгедектігіңіз еңбек жарақатынан немесе кәсіптік аурудан ба?",
            "Ваша инвалидность вследствие трудового увечья или профзаболевания?",
            "Is your disability due to a work injury or an occupational disease?",
        ),
        (
            "еңбек жарақатынан немесе кәсіби науқастан болған мүгедектерге",
            "еңбек жарақатынан (кәсіби науқастан) болған мүгедектерге",
        ),
    ),
    _c(
        "declared_incapable",
        P,
        (
            "әрекетке қабілетсіз деп танылған адам",
            "лицо, признанное недееспособным",
            "person declared legally incapable",
        ),
        (
            "Өтініш беруші сот шешімімен әрекетке қабілетсіз деп танылған ба?",
            "Заявитель признан судом недееспособным?",
            "Has a court declared the applicant legally incapable?",
        ),
        ("он сегіз жастан асқан адамдар үшін – соттың адамды әрекетке қабілетсіз деп тану туралы шешімінің",),
    ),
    _c(
        "tuberculosis_patient",
        P,
        ("туберкулезбен ауыратын адам", "больной туберкулёзом", "tuberculosis patient"),
        (
            "Сіз туберкулезбен амбулаториялық емделесіз бе?",
            "Вы лечитесь амбулаторно от туберкулёза?",
            "Are you in outpatient treatment for tuberculosis?",
        ),
    ),
    _c(
        "socially_significant_disease",
        P,
        (
            "әлеуметтік маңызды ауруы бар адам",
            "лицо с социально значимым заболеванием",
            "person with a socially significant disease",
        ),
        (
            "Сізде әлеуметтік маңызды ауру бар ма?",
            "У вас социально значимое заболевание?",
            "Do you have a socially significant disease?",
        ),
        ("әлеуметтік маңызды аурулары бар адамдар",),
    ),
    _c(
        "needs_sanatorium_treatment",
        P,
        ("санаторлық-курорттық емделуге мұқтаж", "нуждающийся в санаторном лечении", "in need of sanatorium treatment"),
        (
            "Сіз санаторлық-курорттық емделуге мұқтажсыз ба?",
            "Вы нуждаетесь в санаторно-курортном лечении?",
            "Do you need sanatorium treatment?",
        ),
        ("санаторлық-қурорттық емделуге мұқтаж мүгедектер үшін",),
    ),
    _c(
        "needs_treatment_travel",
        P,
        ("емделуге баруы керек", "нуждающийся в проезде на лечение", "needs to travel for treatment"),
        (
            "Сізге емделуге бару үшін жол ақысы керек пе?",
            "Вам нужна оплата проезда к месту лечения?",
            "Do you need your travel to treatment paid?",
        ),
        ("мұқтаж мүгедектер үшін емделуге бару үшін",),
    ),
    _c(
        "had_surgery",
        P,
        ("ота жасалған", "перенёсший операцию", "has had surgery"),
        ("Сізге ота жасалды ма?", "Вы перенесли операцию?", "Have you had surgery?"),
    ),
    _c(
        "in_hospital",
        P,
        ("стационарда емделуде", "на стационарном лечении", "in hospital treatment"),
        (
            "Сіз стационарда емделіп жатырсыз ба?",
            "Вы находитесь на стационарном лечении?",
            "Are you in hospital treatment?",
        ),
    ),
    _c(
        "bereaved",
        P,
        ("отбасы мүшесі қайтыс болған", "потерявший члена семьи", "bereaved of a family member"),
        (
            "Өтініш қайтыс болған азаматқа байланысты ма (жерлеу)?",
            "Заявление связано со смертью гражданина (погребение)?",
            "Is the application about a citizen who has died (burial)?",
        ),
    ),
    _c(
        "representative",
        P,
        ("өкіл", "представитель", "representative"),
        (
            "Өтінішті өкіл (сенімхат бойынша) бере ме?",
            "Заявление подаёт представитель (по доверенности)?",
            "Is a representative (by power of attorney) applying?",
        ),
        ("сенімхат болған жағдайда", "Мүгедектің өзі келу мүмкіндігі болмаған жағдайда"),
    ),
    _c(
        "guardian",
        P,
        ("қамқоршы (қорғаншы)", "опекун (попечитель)", "guardian"),
        (
            "Сіз баланың қамқоршысысыз (қорғаншысысыз) ба?",
            "Вы опекун (попечитель) ребёнка?",
            "Are you the child's guardian?",
        ),
        (
            "қорғаншылар (қамқоршылар)",
            "балаға қамқоршылық (қорғаншылық) белгіленген",
            "қамқоршының әлеуметтік көмек тағайындау туралы өтінішіне",
        ),
    ),
    _c(
        "adoptive_parent",
        P,
        ("асырап алушы", "усыновитель", "adoptive parent"),
        ("Сіз баланы асырап алдыңыз ба?", "Вы усыновили ребёнка?", "Have you adopted the child?"),
        ("Асырап алушылар", "бала асырап алған жағдайда"),
    ),
    _c(
        "married",
        P,
        ("некеде тұрған", "состоящий в браке", "married"),
        ("Сіз некедесіз бе?", "Вы состоите в браке?", "Are you married?"),
        ("некеде болған жағдайда",),
    ),
    _c(
        "divorced",
        P,
        ("ажырасқан", "разведённый", "divorced"),
        ("Сіз ажырасқансыз ба?", "Вы разведены?", "Are you divorced?"),
    ),
    _c(
        "widowed",
        P,
        ("жесір", "вдова (вдовец)", "widowed"),
        ("Жұбайыңыз қайтыс болды ма?", "Вы вдова (вдовец)?", "Are you widowed?"),
    ),
    _c(
        "single_parent",
        P,
        ("жалғыз басты ата-ана", "одинокий родитель", "single parent"),
        ("Сіз баланы жалғыз тәрбиелеп отырсыз ба?", "Вы одинокий родитель?", "Are you a single parent?"),
        ("жалғыз басты аналар үшін",),
    ),
    _c(
        "spouse_absent",
        P,
        ("жұбайы жоқ (келе алмайды)", "супруг отсутствует", "spouse absent"),
        ("Ерлі-зайыптылардың біреуі келе алмай ма?", "Один из супругов отсутствует?", "Is one of the spouses absent?"),
        ("ерлі-зайыптылардың біреуі жоқ болса",),
    ),
    _c(
        "has_children",
        P,
        ("балалары бар", "имеющий детей", "has children"),
        ("Сіздің балаларыңыз бар ма?", "У вас есть дети?", "Do you have children?"),
    ),
    _c(
        "large_family",
        P,
        ("көп балалы ана", "многодетная мать", "mother of a large family"),
        (
            "Сіз «Алтын алқа» немесе «Күміс алқа» иегерісіз бе?",
            "Вы награждены подвеской «Алтын алка» или «Кумис алка»?",
            "Have you been awarded the «Altyn alka» or «Kumis alka» pendant?",
        ),
    ),
    _c(
        "has_income",
        P,
        ("табысы бар", "имеющий доходы", "has income"),
        (
            "Өтініш алдындағы тоқсанда отбасыңыздың табысы болды ма?",
            "Были ли у семьи доходы в квартале перед обращением?",
            "Did your family have income in the quarter before applying?",
        ),
    ),
    _c(
        "orphan",
        P,
        ("ата-анасы қайтыс болған бала", "ребёнок, чьи родители умерли", "child whose parents died"),
        (
            "Бала ата-анасының қайтыс болуынан қамқорлықсыз қалды ма?",
            "Ребёнок остался без попечения из-за смерти родителей?",
            "Was the child left without care because the parents died?",
        ),
        ("бала ата-анасының қайтыс болуы салдарынан қамқорлықсыз қалған жағдайда",),
    ),
    _c(
        "parents_ill",
        P,
        ("ата-анасы ауру бала", "ребёнок больных родителей", "child of ill parents"),
        (
            "Бала ата-анасының денсаулығы нашарлығынан қамқорлықсыз қалды ма?",
            "Ребёнок остался без попечения из-за болезни родителей?",
            "Was the child left without care because of the parents' ill health?",
        ),
        ("бала ата-анасының денсаулығы нашарлығы салдарынан қамқорлықсыз қалған жағдайда",),
    ),
    _c(
        "parents_deprived_of_rights",
        P,
        (
            "ата-анасы құқықтарынан айырылған бала",
            "ребёнок родителей, лишённых прав",
            "child of parents deprived of rights",
        ),
        (
            "Бала ата-анасы ата-ана құқықтарынан айырылғандықтан қамқорлықсыз қалды ма?",
            "Родители ребёнка лишены родительских прав?",
            "Have the child's parents been deprived of parental rights?",
        ),
        ("бала ата-анасын ата-ана құқықтарынан айыру салдарынан",),
    ),
    _c(
        "parents_rights_restricted",
        P,
        (
            "ата-ана құқықтары шектелген бала",
            "ребёнок родителей, ограниченных в правах",
            "child of parents with restricted rights",
        ),
        (
            "Ата-ананың ата-ана құқықтары шектелді ме?",
            "Родители ребёнка ограничены в родительских правах?",
            "Have the parents' parental rights been restricted?",
        ),
        ("бала ата-анасының ата-ана құқықтарын шектеу салдарынан қамқорлықсыз қалған жағдайда",),
    ),
    _c(
        "parents_incapable",
        P,
        (
            "ата-анасы әрекетке қабілетсіз бала",
            "ребёнок недееспособных родителей",
            "child of legally incapable parents",
        ),
        (
            "Баланың ата-анасы әрекетке қабілетсіз деп танылды ма?",
            "Родители ребёнка признаны недееспособными?",
            "Have the child's parents been declared legally incapable?",
        ),
        ("бала ата-анасының әрекетке қабілетсіздігі салдарынан қамқорлықсыз қалған жағдайда",),
    ),
    _c(
        "parents_refused",
        P,
        ("ата-анасы баладан бас тартқан", "родители отказались от ребёнка", "child given up by the parents"),
        ("Ата-анасы баладан бас тартты ма?", "Родители отказались от ребёнка?", "Did the parents give the child up?"),
    ),
    _c(
        "abandoned_child",
        P,
        ("тастанды бала", "подкинутый (оставленный) ребёнок", "abandoned child"),
        (
            "Бала ішкі істер органдарында немесе медициналық мекемеде қалдырылды ма?",
            "Ребёнок оставлен в органах внутренних дел или медицинском учреждении?",
            "Was the child left with the police or at a medical institution?",
        ),
        ("бала ІІД органдарымен немесе медициналық мекемелерде қалдырылған жағдайда",),
    ),
    # -- the case -----------------------------------------------------------------------------------------------
    _c(
        "social_contract",
        C,
        ("әлеуметтік келісімшарт жасаған", "заключивший социальный контракт", "has a social contract"),
        (
            "Сіз жұмыспен қамтуға жәрдемдесу шаралары аясында әлеуметтік келісімшарт жасадыңыз ба?",
            "Вы заключили социальный контракт в рамках мер содействия занятости?",
            "Have you signed a social contract under the active employment measures?",
        ),
        ("жұмыспен қамтуға жәрдемдесудің белсенді шаралары аясында әлеуметтік келісімшарт жасаған жағдайда",),
    ),
    _c(
        "has_previous_certificate",
        C,
        ("бұрынғы куәлігі бар", "есть прежнее удостоверение", "holds a previous certificate"),
        (
            "Сізде бұрын берілген куәлік бар ма?",
            "У вас есть ранее выданное удостоверение?",
            "Do you hold a certificate issued before?",
        ),
    ),
    _c(
        "no_iin_in_identity_document",
        C,
        (
            "жеке басын куәландыратын құжатта ЖСН жоқ",
            "в документе, удостоверяющем личность, нет ИИН",
            "identity document without an IIN",
        ),
        (
            "Жеке басыңызды куәландыратын құжатта жеке сәйкестендіру нөмірі жоқ па?",
            "В вашем документе, удостоверяющем личность, нет ИИН?",
            "Does your identity document lack an IIN?",
        ),
        ("жеке басын куәландыратын құжатта жеке сәйкестендіру нөмірі болмаған жағдайда",),
    ),
    _c(
        "ethnicity_not_in_identity_document",
        C,
        (
            "құжатта ұлты көрсетілмеген",
            "в документе не указана национальность",
            "identity document does not state Kazakh ethnicity",
        ),
        (
            "Жеке басыңызды куәландыратын құжатта қазақ ұлтына жататыныңыз көрсетілмеген бе?",
            "В вашем документе, удостоверяющем личность, не указана казахская национальность?",
            "Does your identity document not state that you are an ethnic Kazakh?",
        ),
        ("қазақ ұлтына жататыны туралы ақпарат болмаған жағдайда",),
    ),
    _c(
        "name_differs_from_birth_certificate",
        C,
        (
            "деректері туу туралы куәлікпен сәйкес емес",
            "данные не совпадают со свидетельством о рождении",
            "data differ from the child's birth certificate",
        ),
        (
            "Сіздің деректеріңіз баланың туу туралы куәлігіндегі деректермен сәйкес келмей ме?",
            "Ваши данные не совпадают с данными в свидетельстве о рождении ребёнка?",
            "Do your data differ from those in the child's birth certificate?",
        ),
        ("деректері баланың туу туралы куәлігіндегі деректермен сәйкес келмеген жағдайда",),
    ),
    _c(
        "residence_documents_lost",
        C,
        (
            "тұру фактісін растайтын құжаттар сақталмаған",
            "документы о проживании не сохранились",
            "records of residence are lost",
        ),
        (
            "Тұру фактісі мен кезеңін растайтын мұрағаттық құжаттар сақталмады ма?",
            "Архивные документы о факте и периоде проживания не сохранились?",
            "Are the archive records of your residence and its period lost?",
        ),
        (
            "Егер тұру фактісі мен кезеңін растайтын мұрағаттық және өзге де құжаттар сақталмаса",
            "көрсетілген құжаттар сақталмаса",
        ),
    ),
    _c(
        "pledge_transaction",
        C,
        ("баланың тұрғын үйі кепілге қойылады", "жильё ребёнка передаётся в залог", "the child's home is pledged"),
        (
            "Кәмелетке толмаған балаға тиесілі тұрғын үй несие үшін кепілге қойыла ма?",
            "Жильё несовершеннолетнего передаётся в залог по кредиту?",
            "Is the minor's home pledged for a loan?",
        ),
        ("кәмелетке толмаған балаға тиесілі тұрғын үйді кепілге қойып несие беру жағдайында",),
    ),
    _c(
        "vehicle_inheritance",
        C,
        ("көлік мұраға қалады", "наследуется транспортное средство", "a vehicle is inherited"),
        (
            "Анықтама жол полициясына (көлік мұрасы үшін) керек пе?",
            "Справка нужна для дорожной полиции (наследство — транспортное средство)?",
            "Is the certificate for the road police (an inherited vehicle)?",
        ),
        ("Жол полициясы комитеті аумақтық бөлімшелеріне керек болған жағдайда",),
    ),
    _c(
        "work_injury_employer_ceased",
        C,
        (
            "жұмыс беруші қызметін тоқтатқан",
            "работодатель прекратил деятельность",
            "the liable employer has ceased to exist",
        ),
        (
            "Жарақатқа кінәлі жұмыс беруші қызметін тоқтатты ма немесе таратылды ма?",
            "Работодатель, виновный в увечье, прекратил деятельность или ликвидирован?",
            "Has the employer liable for the injury ceased trading or been wound up?",
        ),
        ("жұмыс беруші-дара кәсіпкер қызметін тоқтатқан немесе заңды тұлға таратылған жағдайда",),
    ),
    _c(
        "seasonal_foreign_workers",
        C,
        (
            "маусымдық шетелдік қызметкерлер тартылады",
            "привлекаются сезонные иностранные работники",
            "seasonal foreign workers are engaged",
        ),
        (
            "Сіз маусымдық шетелдік қызметкерлерді тартасыз ба?",
            "Вы привлекаете сезонных иностранных работников?",
            "Are you engaging seasonal foreign workers?",
        ),
        ("маусымдық шетелдік қызметкерлерді тартқан кезде",),
    ),
    _c(
        "other_foreign_workers",
        C,
        (
            "өзге шетелдік қызметкерлер тартылады",
            "привлекаются иные иностранные работники",
            "other foreign workers are engaged",
        ),
        (
            "Сіз өзге де (маусымдық емес) шетелдік қызметкерлерді тартасыз ба?",
            "Вы привлекаете иных (не сезонных) иностранных работников?",
            "Are you engaging other (non-seasonal) foreign workers?",
        ),
        ("өзге де шетелдік қызметкерлерді тартқан кезде",),
    ),
    _c(
        "special_conditions_exempt",
        C,
        ("ерекше шарттардан босатылған", "освобождён от особых условий", "exempt from the special conditions"),
        (
            "Сіз (немесе қызметкерлер) регламенттің 4-тармағының соңғы абзацтарында аталғандарға жатасыз ба?",
            "Вы (или работники) относитесь к названным в последних абзацах пункта 4 регламента?",
            "Are you (or the workers) among those named in the last paragraphs of point 4 of the regulation?",
        ),
        ("не требуется предоставления информации о выполнении особых условий разрешений",),
    ),
    # -- what is asked for --------------------------------------------------------------------------------------
    _c(
        "surdo_aids",
        R,
        ("сурдотехникалық құралдар", "сурдотехнические средства", "hearing aids"),
        (
            "Сіз сурдотехникалық құралдар сұрайсыз ба?",
            "Вы просите сурдотехнические средства?",
            "Are you asking for hearing aids?",
        ),
        ("Сурдотехникалық құралдармен қамтамасыз етуге", "сурдотехникалық құралдармен қамтамасыз ету бойынша"),
    ),
    _c(
        "tiflo_aids",
        R,
        ("тифлотехникалық құралдар", "тифлотехнические средства", "visual aids"),
        (
            "Сіз тифлотехникалық құралдар сұрайсыз ба?",
            "Вы просите тифлотехнические средства?",
            "Are you asking for visual aids?",
        ),
        ("Тифлотехникалық құралдармен қамтамасыз етуге", "тифлотехникалық құралдармен қамтамасыз ету бойынша"),
    ),
    _c(
        "hygiene_aids",
        R,
        ("міндетті гигиеналық құралдар", "обязательные гигиенические средства", "hygiene aids"),
        (
            "Сіз міндетті гигиеналық құралдар сұрайсыз ба?",
            "Вы просите обязательные гигиенические средства?",
            "Are you asking for hygiene aids?",
        ),
        ("Міндетті гигиеналық құралдармен қамтамасыз етуге", "міндетті гигиеналық құралдармен қамтамасыз ету бойынша"),
    ),
)


@functools.cache
def _registry() -> Mapping[str, ApplicantCategory]:
    return {c.id: c for c in _CATEGORIES}


def applicant_categories() -> tuple[ApplicantCategory, ...]:
    """Every category of the vocabulary, status first."""
    return _CATEGORIES


def _accepted() -> str:
    return ", ".join(sorted(_registry()))


def applicant_category(tag: str) -> ApplicantCategory:
    """The category ``tag`` names; :class:`~kzsocial.errors.UnknownCategoryError` listing the accepted ones."""
    if not isinstance(tag, str):
        raise InvalidTypeError(f"an applicant category is a str, got {type(tag).__name__}")
    found = _registry().get(tag)
    if found is None:
        raise UnknownCategoryError([repr(tag)], sorted(_registry()))
    return found


def check_tags(tags: frozenset[str]) -> frozenset[str]:
    """``tags`` unchanged when every one is in the vocabulary, else one error naming every unknown tag."""
    unknown = sorted(t for t in tags if t not in _registry())
    if unknown:
        raise UnknownCategoryError(unknown, sorted(_registry()))
    return tags


STATUS_TAGS: frozenset[str] = frozenset(c.id for c in _CATEGORIES if c.kind is CategoryKind.STATUS)
