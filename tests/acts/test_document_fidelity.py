"""Document lists against the acts' words, class by class, for every service of the catalogue (issue 12).

1. A document's ``form`` comes only from the act's words: «түпнұсқа» (original), «көшірме» (copy),
   «нотариалды(қ)» (notarised), … on the document's own line(s) or in the point that lists it; a document whose
   own phrase names none of them is ``unspecified``, and one whose phrase names one is not ``unspecified``.
2. Every sentence that names what the applicant hands in («өтініш … ұсынады», «өтінішті және мынадай
   құжаттарды») has an application in the document list of that service and channel.
3. Same wording, same condition: documents whose condition phrase (normalised) is the same carry the same tags.

Line numbers are those of the acts' texts in ``sources/``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from kzsocial.services import (
    CategoryKind,
    DocumentForm,
    DocumentRequirement,
    ServiceDefinition,
    applicant_category,
    catalog,
)

ROOT = Path(__file__).resolve().parents[2]
ORIGINAL = re.compile(r"түпнұсқ|подлинник|оригинал", re.IGNORECASE)
COPY = re.compile(r"көшірме|копи", re.IGNORECASE)
NOTARY = re.compile(r"нотариа", re.IGNORECASE)
NOT_NOTARISED = re.compile(r"нотариалдық куәлікті талап етпейтін", re.IGNORECASE)
POINT = re.compile(r"^\s*\d+(\.\d+)*\.\s")


@functools.cache
def _lines(name: str) -> tuple[str, ...]:
    return tuple((ROOT / "sources" / name).read_text(encoding="utf-8").split("\n"))


def _all_documents() -> Iterator[tuple[ServiceDefinition, DocumentRequirement]]:
    """Every document of the catalogue: the applicant's, their alternatives, and those a third party supplies."""
    for svc in catalog():
        for doc in (*svc.documents, *(d for group in svc.supplied_documents for d in group.documents)):
            yield svc, doc
            for alt in doc.alternatives:
                yield svc, alt


def _own_lines(doc: DocumentRequirement) -> str:
    lines = _lines(doc.source.file)
    return "\n".join(lines[doc.source.line - 1 : (doc.source.end_line or doc.source.line)])


def _point(doc: DocumentRequirement) -> str:
    """The numbered point of the act that lists ``doc``: from its «N.» line to the next one."""
    lines = _lines(doc.source.file)
    start = doc.source.line - 1
    while start > 0 and not POINT.match(lines[start]):
        start -= 1
    end = (doc.source.end_line or doc.source.line)
    while end < len(lines) and not POINT.match(lines[end]):
        end += 1
    return "\n".join(lines[start:end])


def _notarised(text: str) -> bool:
    return bool(NOTARY.search(NOT_NOTARISED.sub("", text)))


# where the act's words name a form that the document does not take, and why
UNSPECIFIED_DESPITE_WORDS = {
    # «құжаттардың түпнұсқалары негізінде толтырылған … мәліметтер»: filled in from the originals, not an original
    ("nko-2015/child-allowance", "family-composition"): 879,
    # «дәрігерлік анықтама мен баланың даму тарихының көшірмесін»: the copy is of the development history only
    ("aktau-2008/preschool-registration", "medical-certificate"): 3075,
}


def _form_problem(doc: DocumentRequirement) -> str | None:
    own, line, point = doc.source.text, _own_lines(doc), _point(doc)
    near = "\n".join((line, point))
    form = doc.form
    if form is DocumentForm.UNSPECIFIED:
        if ORIGINAL.search(own) or COPY.search(own) or _notarised(own):
            return "its phrase names a form"
        return None
    if form is DocumentForm.ORIGINAL:
        return None if ORIGINAL.search(near) else "original, but no «түпнұсқ» on its line or in its point"
    if form is DocumentForm.COPY:
        return None if COPY.search(near) else "copy, but no «көшірме» on its line or in its point"
    if form in (DocumentForm.ORIGINAL_AND_COPY, DocumentForm.ORIGINAL_FOR_CHECK):
        if ORIGINAL.search(near) and COPY.search(near):
            return None
        return f"{form.value}, but not both «түпнұсқ» and «көшірме» on its line or in its point"
    if form is DocumentForm.NOTARISED:
        return None if _notarised(line) else "notarised, but no «нотариа» on its line"
    if form is DocumentForm.NOTARISED_COPY:
        return None if _notarised(line) and COPY.search(line) else "notarised copy, but not on its line"
    return f"unknown form {form}"


def test_every_documents_form_comes_from_the_acts_words() -> None:
    problems = []
    for svc, doc in _all_documents():
        key = (svc.id, doc.id)
        if key in UNSPECIFIED_DESPITE_WORDS:
            assert doc.form is DocumentForm.UNSPECIFIED and doc.source.line == UNSPECIFIED_DESPITE_WORDS[key], key
            continue
        problem = _form_problem(doc)
        if problem:
            problems.append(f"{svc.id} {doc.id} ({doc.source.file}:{doc.source.line}) {doc.form.value}: {problem}")
    assert not problems, f"{len(problems)} forms not from the act's words:\n" + "\n".join(problems)


def test_the_act_words_checked_are_those_the_issue_names() -> None:
    """Zhambyl's and Akmola's acts never say «түпнұсқ»: nothing of theirs is an original."""
    for seed in ("001_cec8ad15de2c58c1.txt", "002_416ffd3c2a99e323.txt"):
        assert not any(ORIGINAL.search(line) for line in _lines(seed))
    for svc in (*catalog().by_act("zhambyl-2008"), *catalog().by_act("akmola-2008")):
        assert all(d.form is not DocumentForm.ORIGINAL for d in svc.documents), svc.id


@pytest.mark.parametrize(
    ("service", "document", "line", "form"),
    [
        ("zhambyl-2008/targeted-social-assistance", "application", 72, "unspecified"),
        ("zhambyl-2008/targeted-social-assistance", "family-composition", 74, "unspecified"),
        ("zhambyl-2008/targeted-social-assistance", "family-income", 76, "unspecified"),
        ("zhambyl-2008/targeted-social-assistance", "private-farm", 78, "unspecified"),
        ("zhambyl-2008/targeted-social-assistance", "identity-card", 82, "unspecified"),
        ("zhambyl-2008/targeted-social-assistance", "social-individual-code", 82, "unspecified"),
        ("zhambyl-2008/unemployed-certificate", "application", 406, "unspecified"),
        ("akmola-2008/social-aid-local-decisions", "application", 93, "unspecified"),
        ("akmola-2008/social-aid-local-decisions", "death-certificate-copy", 106, "copy"),
    ],
)
def test_forms_fixed_pinned_to_their_lines(service: str, document: str, line: int, form: str) -> None:
    doc = next(d for d in catalog().get(service).documents if d.id == document)
    assert doc.source.line == line and doc.form.value == form


# -- 3. same wording, same condition ------------------------------------------------------------------------------


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def _person_tags(tags: frozenset[str]) -> frozenset[str]:
    """Tags about who applies: what the list's section asks for (hearing/visual/hygiene aids) is left out."""
    return frozenset(t for t in tags if applicant_category(t).kind is not CategoryKind.REQUEST)


# one phrase the act distributes over two documents, one per category (respectively)
RESPECTIVELY = {
    # «Шетелдіктер және азаматтығы жоқ тұлғалар шетел азаматының … тұратын түрін және … азаматтығы жоқ тұлғаның
    # куәлігін ұсынады»: foreigners the residence permit, stateless persons their certificate
    ("karaganda-2008/unemployed-registration", "stateless-person-certificate"): 142,
}


def test_same_condition_wording_carries_the_same_tags_everywhere() -> None:
    seen: dict[str, tuple[frozenset[str], frozenset[str], str]] = {}
    problems = []
    for svc, doc in _all_documents():
        c = doc.condition
        if c is None or c.text is None:
            continue
        if (svc.id, doc.id) in RESPECTIVELY:
            assert doc.source.line == RESPECTIVELY[svc.id, doc.id]
            continue
        key, tags = _normal(c.text.kk), (_person_tags(c.applies_to), _person_tags(c.not_for))
        where = f"{svc.id} {doc.id} ({doc.source.line})"
        if key in seen and seen[key][:2] != tags:
            problems.append(f"«{c.text.kk}»: {where} {sorted(tags[0])}/{sorted(tags[1])} vs {seen[key][2]}")
        seen.setdefault(key, (*tags, f"{where} {sorted(tags[0])}/{sorted(tags[1])}"))
    assert not problems, "\n".join(problems)


def test_standard_8_status_certificate_has_standard_7s_tags() -> None:
    s7 = catalog().get("karaganda-2008/medical-social-institution-documents")
    s8 = catalog().get("karaganda-2008/home-social-care-documents")
    for doc_id, lines in (
        ("status-certificate", (7087, 8128)),
        ("disability-certificate-copy", (7091, 8132)),
        ("rehabilitation-programme-copy", (7093, 8134)),
    ):
        d7 = next(d for d in s7.documents if d.id == doc_id)
        d8 = next(d for d in s8.documents if d.id == doc_id)
        assert (d7.source.line, d8.source.line) == lines
        assert d7.condition is not None and d8.condition is not None
        assert d7.condition.applies_to == d8.condition.applies_to
        assert {"disabled_of_war", "equated_to_disabled_of_war"} <= d8.condition.applies_to


# -- 1. every application the act names is in the list --------------------------------------------------------

APPLICATION = re.compile(r"өтініш\w*|арыз\w*", re.IGNORECASE)
# «өтініш беруші» is the applicant, «өтініш берген кезде» «when applying», «(өтініш түріндегі)» «in the form of an
# application» (the income statement): none of them names an application handed in
NOT_AN_APPLICATION = re.compile(
    r"өтініш\w*\s+(?:беруш|иесі|түріндегі|берген\s+кезде|бер[уі]\w*\s+кезде|жасай|тапсырған\s+кезде)", re.IGNORECASE
)


def _unspaced(text: str) -> str:
    """Akmola's damaged text prints words letter by letter («ө т і н і ш»): join such letters."""
    return re.sub(r"(?<=\b\w) (?=\w\b)", "", text)


def _application_mentions(svc: ServiceDefinition) -> list[str]:
    points = dict.fromkeys(_point(d) for d in svc.documents)
    found = []
    for text in map(_unspaced, points):
        for m in APPLICATION.finditer(text):
            if not NOT_AN_APPLICATION.match(text, m.start()):
                found.append(text[m.start() : m.start() + 60])
    return found


def _is_application(doc: DocumentRequirement) -> bool:
    return "application" in doc.id or "request" in doc.id


def test_every_application_the_documents_point_names_is_in_the_list() -> None:
    problems = []
    for svc in catalog():
        named = _application_mentions(svc)
        has = any(_is_application(d) for d in svc.documents)
        if named and not has:
            problems.append(f"{svc.id}: the act names {named[0]!r}… but the list has no application")
        if has and not named:
            problems.append(f"{svc.id}: an application is listed, but its documents' points never name one")
    assert not problems, "\n".join(problems)


# channel (and variant) where a regulation of 004 asks for no application, and why
NO_APPLICATION_ON = {
    # point 4: the basis is an annex-2 application or an e-request, but the list names the application only at
    # the centre (line 57); a data issue says so
    ("nko-2015/unemployed-registration", "provider", None),
    # point 4 (line 661): the basis is «the applicant's documents» or an e-application on the portal
    ("nko-2015/active-employment-referral", "provider", None),
    # a foreign worker applies to the provider only: the portal takes the employer's permits
    ("nko-2015/foreign-labour-permit", "portal", "worker-permit"),
    ("nko-2015/foreign-labour-permit", "portal", "worker-permit-reissue"),
}


def test_every_channel_of_every_regulation_lists_its_application() -> None:
    """004: «… өтініш беруі болып табылады», «өтінішті және мынадай құжаттарды ұсынады» — per channel and variant."""
    missing = []
    for svc in catalog().by_act("nko-2015"):
        for channel in svc.channels:
            for variant in svc.variants or (None,):
                docs = [
                    d
                    for d in svc.documents
                    if (d.channels is None or channel in d.channels) and d.variant in (None, variant)
                ]
                if not any(_is_application(d) for d in docs):
                    missing.append((svc.id, channel.value, variant))
    assert set(missing) == NO_APPLICATION_ON


@pytest.mark.parametrize(
    ("number", "line", "ru_line"),
    [(4, 874, 6875), (5, 1359, 7370), (9, 2755, 8777), (10, 3166, 9185), (11, 3447, 9468), (12, 3683, 9710),
     (13, 3935, 9966), (14, 4180, 10213), (15, 4418, 10454), (16, 4650, 10700), (17, 4981, 11039)],
)  # fmt: skip
def test_004_applications_added_pinned_to_their_lines(number: int, line: int, ru_line: int) -> None:
    (svc,) = [s for s in catalog().by_act("nko-2015") if s.number == str(number)]
    app = svc.documents[0]
    assert app.id == "application" and app.source.line == line and app.required and app.condition is None
    assert "өтініш" in app.source.text and "нысан бойынша" in app.source.text
    assert app in svc.required_documents(None)
    lines = _lines(app.source.file)
    assert "заявлени" in lines[ru_line - 1]


# -- 5. annexed forms linked from their documents; documents a third party supplies ------------------------------

ANNEX_CITED = re.compile(r"N?\s*(\d+)(?:\s*(?:,|және|немесе)\s*(?:\(немесе\)\s*)?(\d+))?\s*-?\s*қосымша")
APPLICATION_TITLE = re.compile(r"[өӨ][тТ][іiIІ][нН][іiIІ][шШ]")
# a document citing an annex whose form is not linked, and why
ANNEX_NOT_LINKED = {
    # «annex 4» is printed as the second annex 3, beside the list of case files (numbering issue of the act)
    ("aktau-2008/semey-nuclear-test-victims-registration", "application"),
    # cites annex N 4, but the application form is printed as annex 3 (line 1907)
    ("aktau-2008/guardianship-council-decision-certificate", "application"),
}


def test_every_document_citing_an_annexed_form_links_to_it() -> None:
    problems = []
    for svc in catalog():
        annexes = {f.annex for f in svc.forms}
        for doc in svc.documents:
            cited = {n for m in ANNEX_CITED.finditer(doc.source.text) for n in m.groups() if n}
            if (svc.id, doc.id) in ANNEX_NOT_LINKED:
                assert cited and not doc.form_annexes
                continue
            linkable = cited & annexes
            if set(doc.form_annexes) != linkable:
                problems.append(f"{svc.id} {doc.id}: cites {sorted(cited)}, links {list(doc.form_annexes)}")
            assert {f.annex for f in svc.forms_for(doc)} == set(doc.form_annexes)
    assert not problems, "\n".join(problems)


def test_004_application_forms_are_recorded_with_their_lines() -> None:
    linked = 0
    for svc in catalog().by_act("nko-2015"):
        for doc in svc.documents:
            if not _is_application(doc) or not ANNEX_CITED.search(doc.source.text):
                continue
            forms = svc.forms_for(doc)
            assert forms, f"{svc.id} {doc.id}: its annexed form is not recorded"
            for form in forms:
                assert form.kind == "application"
                assert APPLICATION_TITLE.search(_lines(form.source.file)[form.source.line - 1])
                assert form.ru_source is not None
                ru = _lines(form.ru_source.file)[form.ru_source.line - 1].replace(" ", "").lower()
                assert "заявлени" in ru
                lines = _lines(form.source.file)
                headers = (re.search(r"(\d+)\s*-\s*қосымша\s*$", lines[i]) for i in range(form.source.line - 1, 0, -1))
                nearest = next(h for h in headers if h)
                assert nearest.group(1) == form.annex, (svc.id, form.annex)
            linked += 1
    assert linked == 24  # 19 regulations' applications (18 has eight: employer and worker, paper and portal)


@pytest.mark.parametrize(
    ("service", "document", "annexes", "line"),
    [
        ("nko-2015/unemployed-registration", "application", ("2",), 257),
        ("nko-2015/semipalatinsk-victims", "application", ("2", "3"), 3028),
        ("nko-2015/medical-social-institution-services", "application", ("2", "3"), 4832),
        ("nko-2015/foreign-labour-permit", "worker-permit-application", ("6",), 5717),
        ("aktau-2008/land-plot-certificate", "application", ("2",), 1634),
    ],
)
def test_form_links_pinned(service: str, document: str, annexes: tuple[str, ...], line: int) -> None:
    svc = catalog().get(service)
    forms = svc.forms_for(document)
    assert tuple(f.annex for f in forms) == annexes and forms[0].source.line == line


def test_documents_the_childrens_institution_supplies_for_foster_care() -> None:
    """003:3389–3397: «… әр балаға балалар мекемесінің әкімшілігі немесе Білім департаменті мынадай құжаттарды
    тапсырады» — the applicant does not bring them."""
    svc = catalog().get("aktau-2008/foster-care-applications")
    (group,) = svc.supplied_documents
    assert group.supplier.source.line == 3389 and "балалар мекемесінің әкімшілігі" in group.supplier.text.kk
    lines = [d.source.line for d in group.documents]
    assert lines == sorted(lines) and set(lines) == set(range(3390, 3398))
    supplied = {d.id for d in group.documents}
    assert not supplied & {d.id for d in svc.documents}
    assert not supplied & {d.id for d in svc.required_documents(None)}
    from kzsocial.services import ApplicantProfile, check_documents

    married = ApplicantProfile.of("citizen", "married")
    check = check_documents(svc, [d.id for d in svc.required_documents(married)], married)
    assert check.complete and set(check.unexpected) == set()
    assert {d.form.value for d in group.documents if "көшірме" in d.source.text} == {"copy"}


HANDED_IN = re.compile(r"ұсынады|тапсырады|қоса тіркейді|ұсыну қажет|ұсынылады|тапсыру қажет|береді", re.IGNORECASE)
# sentences of a documents' point that say how documents are given, not which: originals and copies for checking,
# the receipt or talon once everything is handed in, the consent to the use of protected data
NOT_A_DOCUMENT = re.compile(r"түпнұсқ|(?:ұсынған|тапсырған) кезде|заңдарында өзгеше көзделмесе|талон", re.IGNORECASE)


def test_every_sentence_naming_what_is_handed_in_is_encoded() -> None:
    """In the points that list documents, every line saying something is handed in («ұсынады», «тапсырады», «қоса
    тіркейді», …) is a document's line, a document note, the list's heading or a sentence about form or receipt."""
    problems = []
    for svc in catalog():
        encoded = {n.source.line for n in svc.document_notes}
        for doc in svc.documents:
            for d in (doc, *doc.alternatives):
                encoded.update(range(d.source.line, (d.source.end_line or d.source.line) + 1))
        for group in svc.supplied_documents:
            encoded.update(d.source.line for d in group.documents)
            encoded.add(group.supplier.source.line)
        seen: set[tuple[str, int]] = set()
        for doc in svc.documents:
            lines = _lines(doc.source.file)
            start = doc.source.line - 1
            while start > 0 and not POINT.match(lines[start]):
                start -= 1
            end = doc.source.end_line or doc.source.line
            while end < len(lines) and not POINT.match(lines[end]):
                end += 1
            for number in range(start + 2, end + 1):  # the point's own first line is the list's heading
                text = lines[number - 1].strip()
                if (doc.source.file, number) in seen or number in encoded or not text or text.endswith(":"):
                    continue
                seen.add((doc.source.file, number))
                if HANDED_IN.search(text) and not NOT_A_DOCUMENT.search(text):
                    problems.append(f"{svc.id} {doc.source.file}:{number}: {text[:120]}")
    assert not problems, "\n".join(problems)


def test_persons_equated_to_war_participants_and_disabled_everywhere_the_act_says_so() -> None:
    """«… қатысушылары мен мүгедектері және оларға теңестірілген адамдар үшін» (004:4657, 4989): those equated to
    participants as well as to disabled veterans, as Karaganda's «… қатысушысының … және оларға теңестірілген»."""
    cases = (("nko-2015/medical-social-institution-services", 4657), ("nko-2015/home-care-services", 4989))
    for service, line in cases:
        doc = next(d for d in catalog().get(service).documents if d.id == "war-status-certificate-copy")
        assert doc.source.line == line and doc.condition is not None
        assert doc.condition.applies_to == {
            "participant_of_war", "equated_to_participant_of_war", "disabled_of_war", "equated_to_disabled_of_war"
        }


@pytest.mark.parametrize(
    ("service", "document", "line", "form"),
    [
        ("karaganda-2008/child-benefits-under-18", "adoption-or-guardianship-decision-extract", 4300, "copy"),
        ("aktau-2008/foster-care-applications", "spouse-consent-notarized", 3376, "notarised"),
        ("aktau-2008/foster-care-applications", "not-married-certificate", 3380, "notarised"),
        ("aktau-2008/minors-housing-sale-exchange-permit", "pledge-application-notarized", 2541, "notarised"),
        ("aktau-2008/guardianship-council-decision-certificate", "pledge-application-notarized", 1685, "notarised"),
        ("nko-2015/disabled-children-home-education", "e-pmpc-conclusion", 2425, "copy"),
        ("nko-2015/targeted-assistance-certificate", "identity-document", 3169, "unspecified"),
        ("nko-2015/foreign-labour-permit", "employer-permit-education-translations", 5275, "notarised"),
        ("nko-2015/foreign-labour-permit", "employer-permit-labour-contract-copy", 5277, "notarised_copy"),
        ("nko-2015/foreign-labour-permit", "employer-permit-e-labour-contract-copy", 5291, "notarised_copy"),
        ("nko-2015/foreign-labour-permit", "employer-permit-e-work-experience", 5290, "copy"),
        ("nko-2015/foreign-labour-permit", "worker-permit-reissue-worker-identity-copy", 5318, "copy"),
    ],
)
def test_more_forms_fixed_pinned_to_their_lines(service: str, document: str, line: int, form: str) -> None:
    doc = next(d for d in catalog().get(service).documents if d.id == document)
    assert doc.source.line == line and doc.form.value == form
