"""Talons and receipts of refusal: what the act requires, one error for everything missing, rendering."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from kzsocial.errors import (
    InvalidInputError,
    InvalidTypeError,
    KzSocialError,
    MissingDocumentsError,
    MissingFieldsError,
    UnknownOfficeError,
)
from kzsocial.notices import (
    Person,
    RefusalReceipt,
    Talon,
    build_receipt_or_refusal,
    build_refusal_receipt,
    build_talon,
)
from kzsocial.services import (
    ApplicantProfile,
    ServiceDefinition,
    TalonField,
    TalonKind,
    TalonSpec,
    catalog,
    check_documents,
)
from notices.notices_support import (
    APPLICANT,
    OFFICER,
    REPRESENTATIVE,
    office_for,
    reference_deadline,
)

CERT = "karaganda-2008/unemployed-certificate"  # talon: number, accepted_at, accepted_by (line 14475)
MOMENT = dt.datetime(2008, 12, 26, 11, 30)


@attrs.frozen
class FakeDeadline:
    registered_at: dt.datetime
    last_day: dt.date
    due_at: dt.datetime


def _fake_compute(term: Any, submitted_at: dt.datetime, **_: Any) -> FakeDeadline:
    last = submitted_at.date() + dt.timedelta(days=10)
    return FakeDeadline(submitted_at, last, dt.datetime.combine(last, dt.time(18), submitted_at.tzinfo))


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A stand-in for ServiceDefinition.deadline: the talon must take its due_at from there and nowhere else."""

    def method(self: ServiceDefinition, submitted_at: dt.datetime, **kw: Any) -> FakeDeadline:
        return _fake_compute(None, submitted_at)

    monkeypatch.setattr(ServiceDefinition, "deadline", method)
    yield


def _svc(service_id: str = CERT) -> ServiceDefinition:
    return catalog().get(service_id)


def _with_spec(service: ServiceDefinition, spec: TalonSpec | None) -> ServiceDefinition:
    return attrs.evolve(service, talon=spec)


ALL_FIELDS = tuple(TalonField)


def _build(service: ServiceDefinition, **kw: Any) -> Talon:
    args: dict[str, Any] = {
        "submitted_at": MOMENT,
        "documents": ["identity-card"],
        "applicant": APPLICANT,
        "accepted_by": OFFICER,
        "office": office_for(service),
        "number": 15,
    }
    args.update(kw)
    return build_talon(service, **args)


# ------------------------------------------------------------------------------------------------ examples


def test_karaganda_talon_holds_what_the_act_requires() -> None:
    svc = _svc()
    assert svc.talon is not None and svc.talon.kind is TalonKind.TALON
    talon = _build(svc)
    assert talon.kind is TalonKind.TALON
    # standard 13 asks for the receiver's position too («лауазымы», 000:14475; issue 12)
    assert talon.required_fields == (
        TalonField.NUMBER,
        TalonField.ACCEPTED_AT,
        TalonField.ACCEPTED_BY,
        TalonField.ACCEPTED_BY_POSITION,
    )
    assert talon.number == "15"
    assert talon.accepted_at == MOMENT
    assert [d.id for d in talon.documents] == ["identity-card"]
    assert talon.document_count == 1
    # 1 «күн» (days_unqualified: calendar days by default) from Fri 26 Dec: Sat 27 is a day off, so Mon 29 at
    # the close of the service's hours (the oblast department's own hours are not in the act).
    assert talon.due_at == dt.datetime(2008, 12, 29, 18, 0)
    assert talon.deadline is not None and talon.deadline.ambiguous
    assert talon.accepted_by == OFFICER


def test_one_error_lists_every_missing_field() -> None:
    svc = _svc()
    with pytest.raises(MissingFieldsError) as info:
        _build(svc, number=None, accepted_by=None)
    assert info.value.missing == ("number", "accepted_by", "accepted_by_position")
    assert CERT in str(info.value)
    with pytest.raises(MissingFieldsError, match=r"accepted_by=Person\(name, position=\.\.\.\)") as info:
        _build(svc, accepted_by=Person("Петрова Анна Сергеевна"))  # a name without the position
    assert info.value.missing == ("accepted_by_position",)


def test_every_field_missing_at_once() -> None:
    svc = _with_spec(_svc(), TalonSpec(TalonKind.TALON, ALL_FIELDS, None))
    bare_office = attrs.evolve(office_for(svc), phones=())
    with pytest.raises(MissingFieldsError) as info:
        _build(
            svc,
            number=None,
            accepted_by=None,
            applicant=None,
            representative=Person("Өкіл"),
            office=None,
        )
    assert set(info.value.missing) == {
        "number",
        "result_place",
        "accepted_by",
        "applicant",
        "applicant_phone",
        "representative_phone",
        "office",
        "office_phone",
        "applicant_address",
        "executor",  # a talon names no executor: build_talon cannot fill it
        "executor_phone",
        "accepted_by_position",
        "progress_contact",  # a complaint receipt's field: the office's contacts
    }
    with pytest.raises(MissingFieldsError) as info2:
        _build(svc, applicant=Person("Без Телефона"), office=bare_office)
    assert info2.value.missing == ("applicant_phone", "office_phone", "applicant_address", "executor", "executor_phone")


def test_due_at_missing_when_the_term_runs_from_another_event() -> None:
    svc = _with_spec(_svc(), TalonSpec(TalonKind.TALON, (TalonField.DUE_AT,), None))
    main = svc.main_term
    assert main is not None
    later = attrs.evolve(main, starts_from=type(main.starts_from)("commission_decision"))
    svc = attrs.evolve(svc, terms=(later,))
    with pytest.raises(MissingFieldsError) as info:
        _build(svc)
    assert info.value.missing == ("due_at",)
    assert "commission decision" in str(info.value)
    # Not required: the talon builds, says the date is unknown, and keeps the reason.
    talon = _build(attrs.evolve(svc, talon=TalonSpec(TalonKind.TALON, (), None)))
    assert talon.due_at is None and talon.due_note is not None
    assert "белгісіз" in talon.render("kk") and "неизвестен" in talon.render("ru")


def test_missing_documents_build_no_talon() -> None:
    svc = _svc()
    with pytest.raises(MissingDocumentsError) as info:
        _build(svc, documents=[])
    assert info.value.missing == ("жеке бас куәлігі (паспорт)",)
    assert "identity-card" in str(info.value)
    assert "build_refusal_receipt" not in str(info.value)


def test_the_profile_decides_the_conditional_documents() -> None:
    svc = _svc()
    foreigner = ApplicantProfile.of("foreigner")
    with pytest.raises(MissingDocumentsError) as info:
        _build(svc, profile=foreigner)
    assert len(info.value.missing) == 1
    talon = _build(svc, profile=foreigner, documents=["identity-card", "foreigner-residence-permit"])
    assert talon.document_count == 2


def test_unknown_document_ids_are_refused_with_the_accepted_ones() -> None:
    with pytest.raises(InvalidInputError) as info:
        _build(_svc(), documents=["identity-card", "pasport"])
    assert "'pasport'" in str(info.value) and "identity-card" in str(info.value)


def test_documents_given_twice_are_listed_once() -> None:
    assert _build(_svc(), documents=["identity-card", "identity-card"]).document_count == 1


REFUSAL_FIELDS = (TalonField.APPLICANT, TalonField.SERVICE, TalonField.OFFICE, TalonField.DOCUMENTS)
EXECUTOR = Person("Сейітова Дина Маратқызы", "8 (7152) 46-12-80")
RESIDENT = Person(APPLICANT.full_name, APPLICANT.phone, address="Петропавл қ., Жамбыл к-сі, 1")


def _refusing(service: ServiceDefinition) -> ServiceDefinition:
    spec = service.talon or TalonSpec(TalonKind.RECEIPT, (), None)
    return _with_spec(service, attrs.evolve(spec, refusal_fields=REFUSAL_FIELDS))


def test_receipt_of_refusal_names_the_missing_documents() -> None:
    svc = _refusing(_svc())
    office = office_for(svc)
    common: dict[str, Any] = {
        "submitted_at": MOMENT,
        "applicant": APPLICANT,
        "accepted_by": OFFICER,
        "office": office,
        "number": 7,
    }
    with pytest.raises(MissingDocumentsError) as info:
        build_talon(svc, documents=[], **common)
    assert "build_refusal_receipt" in str(info.value)
    receipt = build_receipt_or_refusal(svc, documents=[], **common)
    assert isinstance(receipt, RefusalReceipt)
    assert [d.id for d in receipt.missing] == ["identity-card"]
    assert receipt.required_fields == REFUSAL_FIELDS
    kk, ru = receipt.render("kk"), receipt.render("ru")
    assert "ҚҰЖАТТАРДЫ ҚАБЫЛДАУДАН БАС ТАРТУ ТУРАЛЫ ҚОЛХАТ" in kk and "жеке бас куәлігі (паспорт)" in kk
    assert "РАСПИСКА ОБ ОТКАЗЕ В ПРИЁМЕ ДОКУМЕНТОВ" in ru and "2 экз." in ru
    assert receipt.to_dict()["missing_documents"][0]["id"] == "identity-card"
    json.dumps(receipt.to_dict())
    complete = build_receipt_or_refusal(svc, documents=["identity-card"], **common)
    assert isinstance(complete, Talon)
    with pytest.raises(InvalidInputError, match="no ground to refuse"):
        build_refusal_receipt(svc, documents=["identity-card"], **common)
    with pytest.raises(InvalidInputError, match="defines no receipt of refusal"):
        build_refusal_receipt(_svc(), documents=[], **common)
    with pytest.raises(MissingFieldsError) as fields:
        build_refusal_receipt(svc, documents=[], **{**common, "applicant": None, "office": None})
    assert fields.value.missing == ("applicant", "office")


NKO_REFUSAL = "nko-2015/targeted-social-assistance"  # annex 6 of regulation 5 (line 1800)


def _nko_refusal(**kw: Any) -> RefusalReceipt:
    svc = _svc(NKO_REFUSAL)
    args: dict[str, Any] = {
        "submitted_at": dt.datetime(2015, 9, 1, 10, 15),
        "documents": ["identity-document"],
        "applicant": RESIDENT,
        "accepted_by": OFFICER,
        "office": office_for(svc),
        "channel": "centre",
        "executor": EXECUTOR,
    }
    args.update(kw)
    return build_refusal_receipt(svc, **args)


def test_the_act_s_refusal_form_names_the_address_the_executor_and_leaves_the_date_to_the_applicant() -> None:
    receipt = _nko_refusal()
    assert receipt.required_fields == (
        TalonField.APPLICANT,
        TalonField.APPLICANT_ADDRESS,
        TalonField.OFFICE,
        TalonField.DOCUMENTS,
        TalonField.SERVICE,
        TalonField.ACCEPTED_BY,
        TalonField.EXECUTOR,
        TalonField.EXECUTOR_PHONE,
        TalonField.RECEIVED_AT,
    )
    assert receipt.applicant_address == "Петропавл қ., Жамбыл к-сі, 1"
    assert receipt.executor == EXECUTOR and receipt.executor_phone == "8 (7152) 46-12-80"
    kk, ru = receipt.render("kk").splitlines(), receipt.render("ru").splitlines()
    assert "Көрсетілетін қызметті алушының мекенжайы: Петропавл қ., Жамбыл к-сі, 1" in kk
    assert "Орындаушы: Сейітова Дина Маратқызы" in kk
    assert "Орындаушының телефоны: 8 (7152) 46-12-80" in kk
    assert "Адрес услугополучателя: Петропавл қ., Жамбыл к-сі, 1" in ru
    assert "Исполнитель: Сейітова Дина Маратқызы" in ru and "Телефон исполнителя: 8 (7152) 46-12-80" in ru
    # «Алдым» / «Получил» and the date, left blank for the applicant's hand, as the form prints them, last.
    assert kk[-2].startswith("Алдым: ____________ (") and kk[-1] == "20____ жылғы «____» ______________"
    assert ru[-2].startswith("Получил: ____________ (") and ru[-1] == "«____» ______________ 20____ года"
    # The form's only phone is the executor's: neither the office's nor the applicant's is printed.
    office_phone = office_for(receipt.service).phones[0].display
    for text in (kk, ru):
        assert not any(office_phone in line for line in text)
        assert not any(APPLICANT.phone in line for line in text)  # type: ignore[operator]
    data = receipt.to_dict()
    assert data["applicant_address"] == "Петропавл қ., Жамбыл к-сі, 1"
    assert data["executor"] == {"full_name": EXECUTOR.full_name, "phone": EXECUTOR.phone, "position": None,
                                "address": None}
    assert data["executor_phone"] == EXECUTOR.phone
    assert data["received_at"] is None  # written by hand on the paper
    assert "received_at" in data["required_fields"]
    html = receipt.render("ru", "html")
    assert '<tr class="executor_phone"><th>Телефон исполнителя</th><td>8 (7152) 46-12-80</td></tr>' in html
    assert "<p>«____» ______________ 20____ года</p>" in html


def test_one_error_lists_every_field_missing_from_the_refusal_form_with_the_keywords() -> None:
    with pytest.raises(MissingFieldsError) as info:
        _nko_refusal(applicant=APPLICANT, executor=Person("Сейітова Дина"), accepted_by=None, office=None)
    assert info.value.missing == ("applicant_address", "office", "accepted_by", "executor_phone")
    message = str(info.value)
    for keyword in ("applicant=Person(name, address=...)", "office=", "accepted_by=", "executor=Person(name, phone)"):
        assert keyword in message, keyword
    with pytest.raises(MissingFieldsError) as nobody:
        _nko_refusal(applicant=None, executor=None)
    assert nobody.value.missing == ("applicant", "applicant_address", "executor", "executor_phone")
    # The chooser raises the same error when documents are missing.
    with pytest.raises(MissingFieldsError) as chooser:
        build_receipt_or_refusal(
            _svc(NKO_REFUSAL), submitted_at=dt.datetime(2015, 9, 1, 10, 15), documents=["identity-document"],
            applicant=RESIDENT, accepted_by=OFFICER, office=office_for(_svc(NKO_REFUSAL)), channel="centre",
        )
    assert chooser.value.missing == ("executor", "executor_phone")


def test_executor_must_be_a_person() -> None:
    with pytest.raises(InvalidTypeError, match=r"executor must be a kzsocial\.notices\.Person"):
        _nko_refusal(executor="Сейітова Дина")


def test_a_receipt_mentioned_without_a_form_requires_nothing_and_prints_no_date_line() -> None:
    svc = _svc("nko-2015/unemployed-certificate")
    spec = svc.talon
    assert spec is not None and spec.refusal_fields == ()  # regulation 2: mentioned, no form annexed
    missing = next(d.id for d in svc.required_documents(None, channel="centre"))
    present = [d.id for d in svc.required_documents(None, channel="centre") if d.id != missing]
    receipt = build_refusal_receipt(
        svc, submitted_at=dt.datetime(2015, 9, 1, 10, 15), documents=present, applicant=None, accepted_by=None,
        office=None, channel="centre",
    )
    assert receipt.executor is None and receipt.to_dict()["executor_phone"] is None
    assert "жылғы «____»" not in receipt.render("kk") and "Алдым (" in receipt.render("kk")


def test_without_a_refusal_receipt_the_chooser_raises() -> None:
    svc = _svc()
    with pytest.raises(MissingDocumentsError):
        build_receipt_or_refusal(
            svc, submitted_at=MOMENT, documents=[], applicant=APPLICANT, accepted_by=OFFICER, office=office_for(svc)
        )


def test_a_service_without_any_talon_still_gets_a_confirmation() -> None:
    svc = _with_spec(_svc(), None)
    talon = _build(svc, number=None, accepted_by=None)
    assert talon.kind is None and talon.required_fields == ()
    assert "Актіде талон көзделмеген" in talon.render("kk")
    assert "Акт не предусматривает талон" in talon.render("ru")


# ----------------------------------------------------------------------------------------------- rendering


def test_both_languages_from_the_same_data() -> None:
    talon = _build(_svc(), representative=REPRESENTATIVE)
    kk, ru = talon.render("kk"), talon.render("ru")
    assert kk.startswith("2008 жылғы 26 желтоқсандағы № 15 ТАЛОН\n")
    assert ru.startswith("ТАЛОН № 15 от 26 декабря 2008 года\n")
    for text in (kk, ru):
        assert APPLICANT.full_name in text and "+7 701 123 45 67" in text
        assert REPRESENTATIVE.full_name in text and OFFICER.full_name in text
    assert "Жұмыссыз азаматтарға анықтама беру" in kk
    assert "Выдача справок безработным гражданам" in ru
    assert "2008 жылғы 29 желтоқсан, сағат 18:00" in kk and "29 декабря 2008 года, 18:00" in ru
    assert "«күн» деп қана жазылған" in kk and "в «днях» без уточнения" in ru
    # The document name exists only in Kazakh: shown in Kazakh, marked, and explained once.
    assert "жеке бас куәлігі (паспорт) *" in ru
    assert ru.count("русского текста в акте нет") == 1
    assert "*" not in kk


def test_html_is_escaped_and_sized_for_a5() -> None:
    evil = Person('<script>alert("x")</script> & Co', "+7 700 000 00 00")
    html = _build(_svc(), applicant=evil).render("ru", "html")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co" in html
    assert "@page { size: A5" in html
    assert html.startswith("<!DOCTYPE html>") and '<html lang="ru">' in html
    assert "http" not in html  # no external resource


def test_render_rejects_unknown_language_and_format() -> None:
    talon = _build(_svc())
    with pytest.raises(InvalidInputError, match="accepted: 'kk', 'ru'"):
        talon.render("en")
    with pytest.raises(InvalidInputError, match="accepted: 'text', 'html'"):
        talon.render("kk", "pdf")  # type: ignore[arg-type]


def test_to_dict_is_json_and_language_neutral() -> None:
    talon = _build(_svc())
    data = talon.to_dict()
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert data["number"] == "15" and data["document_count"] == 1
    assert data["due_at"] == "2008-12-29T18:00:00" and data["last_day"] == "2008-12-29"
    assert data["service"]["title"]["ru"] == "Выдача справок безработным гражданам"
    assert data["required_fields"] == ["number", "accepted_at", "accepted_by", "accepted_by_position"]


def test_no_hidden_clock_the_same_input_gives_the_same_talon() -> None:
    a, b = _build(_svc()), _build(_svc())
    assert a == b and a.render("kk", "html") == b.render("kk", "html")


def test_the_engine_is_the_one_source_of_due_at(fake_engine: None) -> None:
    talon = _build(_svc())
    assert talon.due_at == dt.datetime(2009, 1, 5, 18, 0)  # the stand-in's answer, passed through


def test_an_aware_moment_is_shown_in_the_office_zone() -> None:
    utc = dt.datetime(2008, 12, 26, 5, 30, tzinfo=dt.UTC)
    talon = _build(_svc(), submitted_at=utc)
    assert talon.accepted_at.utcoffset() == dt.timedelta(hours=6)  # Asia/Almaty in 2008
    assert talon.accepted_at.hour == 11


@pytest.mark.parametrize(
    ("kw", "error"),
    [
        ({"submitted_at": dt.date(2008, 12, 26)}, InvalidTypeError),
        ({"documents": "identity-card"}, InvalidTypeError),
        ({"documents": [1]}, InvalidTypeError),
        ({"applicant": "Ахметова"}, InvalidTypeError),
        # an office may be given by its id since issue 11; an unknown id is a lookup error, another type a type error
        ({"office": "karaganda/x"}, UnknownOfficeError),
        ({"office": 5}, InvalidTypeError),
        ({"number": ""}, InvalidInputError),
        ({"number": 1.5}, InvalidTypeError),
        ({"channel": "fax"}, InvalidInputError),
        ({"profile": "foreigner"}, InvalidTypeError),
    ],
)
def test_bad_input_raises_library_errors(kw: dict[str, Any], error: type[KzSocialError]) -> None:
    with pytest.raises(error):
        _build(_svc(), **kw)


def test_service_must_be_a_definition() -> None:
    with pytest.raises(InvalidTypeError, match="ServiceDefinition"):
        build_talon(CERT, submitted_at=MOMENT, documents=[], applicant=None, accepted_by=None, office=None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "bad", [{"full_name": ""}, {"full_name": "A", "phone": "call me"}, {"full_name": 5}, {"full_name": "A", "phone": 7}]
)
def test_person_checks_its_input(bad: dict[str, Any]) -> None:
    with pytest.raises(KzSocialError):
        Person(**bad)


# ------------------------------------------------------------------------------------------ property tests


def _expected_missing_fields(
    fields: tuple[TalonField, ...],
    kw: dict[str, Any],
    *,
    has_documents: bool,
    due_known: bool,
    executor: Person | None = None,
) -> list[str]:
    """The obvious reference: which of ``fields`` the arguments leave unfilled, in order, each once."""
    applicant, representative, office = kw["applicant"], kw["representative"], kw["office"]
    ok = {
        "number": kw["number"] is not None,
        "accepted_at": True,
        "service": True,
        "documents": has_documents,
        "document_count": has_documents,
        "due_at": due_known,
        "result_place": office is not None,
        "office": office is not None,
        "office_phone": office is not None and any(p.kind.value == "phone" for p in office.phones),
        "accepted_by": kw["accepted_by"] is not None,
        "accepted_by_position": kw["accepted_by"] is not None and kw["accepted_by"].position is not None,
        "progress_contact": office is not None,
        "applicant": applicant is not None,
        "applicant_phone": applicant is not None and applicant.phone is not None,
        "applicant_address": applicant is not None and applicant.address is not None,
        "representative": True,
        "representative_phone": representative is None or representative.phone is not None,
        "executor": executor is not None,
        "executor_phone": executor is not None and executor.phone is not None,
        "received_at": True,  # the applicant writes it by hand on the paper
    }
    assert set(ok) == {f.value for f in TalonField}, "a new TalonField needs its rule here"
    out: list[str] = []
    for f in fields:
        if not ok[f.value] and f.value not in out:
            out.append(f.value)
    return out


def _talon_fields(service: ServiceDefinition, channel: Any) -> tuple[TalonField, ...]:
    spec = service.talon_for(channel)
    return spec.fields if spec is not None else ()


@st.composite
def submissions(
    draw: st.DrawFn, *, years: tuple[int, int] = (1995, 2095), refusal_forms: bool = False
) -> tuple[ServiceDefinition, dict[str, Any]]:
    pool = [s for s in catalog() if not refusal_forms or (s.talon is not None and s.talon.refusal_fields)]
    service = draw(st.sampled_from(pool))
    ids = sorted({i for d in service.documents for i in d.ids})
    documents = draw(st.lists(st.sampled_from(ids), unique=True)) if ids else []
    person = st.sampled_from([APPLICANT, RESIDENT, Person("Телефонсыз Адам"), None])
    # For the refusal forms, mostly complete people, so that receipts are built as well as refused.
    given_mostly = [True, True, True, False] if refusal_forms else [True, False]
    kw: dict[str, Any] = {
        "submitted_at": draw(st.datetimes(dt.datetime(years[0], 1, 1), dt.datetime(years[1], 12, 31))),
        "documents": documents,
        "applicant": draw(st.sampled_from([RESIDENT, RESIDENT, APPLICANT, None]) if refusal_forms else person),
        "accepted_by": OFFICER if draw(st.sampled_from(given_mostly)) else None,
        "office": office_for(service) if draw(st.sampled_from(given_mostly)) else None,
        "number": draw(st.sampled_from([None, "A-17", 3])),
        "representative": draw(person),
        "profile": draw(st.sampled_from([None, ApplicantProfile.of("foreigner"), ApplicantProfile.of("disabled")])),
        "channel": draw(st.sampled_from([None, *service.channels])),
    }
    if draw(st.booleans()):
        kw["due_at"] = kw["submitted_at"] + dt.timedelta(days=draw(st.integers(1, 60)))
    return service, kw


def _check_refusal(service: ServiceDefinition, kw: dict[str, Any], executor: Person | None, check: Any) -> None:
    """Documents are missing: the act's receipt of refusal, or one error listing exactly what its form lacks."""
    spec = service.talon
    if spec is None or not spec.has_refusal_receipt:
        with pytest.raises(MissingDocumentsError):
            build_receipt_or_refusal(service, executor=executor, **kw)
        return
    fields = spec.refusal_fields or ()
    expected = _expected_missing_fields(fields, kw, has_documents=True, due_known=True, executor=executor)
    try:
        receipt = build_receipt_or_refusal(service, executor=executor, **kw)
    except MissingFieldsError as exc:
        event("refusal: fields missing")
        assert expected and list(exc.missing) == expected
        return
    event("refusal: receipt built")
    assert not expected
    assert isinstance(receipt, RefusalReceipt)
    assert receipt.required_fields == fields
    assert [d.id for d in receipt.missing] == [d.id for d in check.missing]
    kk, ru = receipt.render("kk"), receipt.render("ru", "html")
    for field in fields:  # everything the form asks for is on the page
        if field is TalonField.APPLICANT_ADDRESS:
            assert kw["applicant"].address in kk
        elif field is TalonField.EXECUTOR:
            assert executor is not None and executor.full_name in kk
        elif field is TalonField.EXECUTOR_PHONE:
            assert executor is not None and f"Орындаушының телефоны: {executor.phone}" in kk
        elif field is TalonField.RECEIVED_AT:
            assert kk.endswith("Алдым: ____________ (көрсетілетін қызметті алушының тегі, аты, әкесінің аты (ол "
                               "болған кезде) / қолы)\n20____ жылғы «____» ______________\n")
            assert "<p>«____» ______________ 20____ года</p>" in ru
    data = receipt.to_dict()
    assert data["executor_phone"] == (None if executor is None else executor.phone)
    assert data["applicant_address"] == (None if kw["applicant"] is None else kw["applicant"].address)


def _check_outcome(
    service: ServiceDefinition, kw: dict[str, Any], reference: Any, executor: Person | None = None
) -> None:
    check = check_documents(service, kw["documents"], kw["profile"], channel=kw["channel"])
    term = service.term_for(kw["channel"])
    computable = term is not None and term.starts_from.value in ("submission", "registration", "documents_complete")
    given = kw.get("due_at")
    due_known = computable or given is not None
    fields = _talon_fields(service, kw["channel"])
    try:
        talon = build_talon(service, **kw)
    except MissingDocumentsError as exc:
        assert check.missing, "documents were complete"
        assert [m.split(" (or: ")[0] for m in exc.missing] == [d.name.kk for d in check.missing]
        _check_refusal(service, kw, executor, check)
        return
    except MissingFieldsError as exc:
        assert not check.missing
        assert list(exc.missing) == _expected_missing_fields(
            fields, kw, has_documents=bool(kw["documents"]), due_known=due_known
        )
        assert exc.missing
        return
    except InvalidInputError as exc:
        assert not check.missing and computable and given is not None, exc
        assert "do not pass due_at" in str(exc)
        return
    assert not check.missing
    assert not _expected_missing_fields(fields, kw, has_documents=bool(kw["documents"]), due_known=due_known)
    assert {d.id for d in talon.documents} == set(kw["documents"])
    assert not (computable and given is not None)
    if computable:
        assert talon.due_at == reference(service, kw).due_at
        assert talon.deadline is not None
    elif given is not None:
        assert talon.due_at == given and talon.deadline is None
    else:
        assert talon.due_at is None
    assert talon.render("kk") and talon.render("ru", "html")
    # Complete documents: the chooser gives the same talon, whatever executor is passed.
    assert build_receipt_or_refusal(service, executor=executor, **kw) == talon


@given(submissions(), st.sampled_from([EXECUTOR, Person("Сейітова Дина"), None]))
def test_any_submission_due_at_equals_the_calendar_deadline(
    case: tuple[ServiceDefinition, dict[str, Any]], executor: Person | None
) -> None:
    service, kw = case
    _check_outcome(
        service, kw, lambda s, k: reference_deadline(s, k["submitted_at"], k["office"], k["channel"]), executor
    )


@given(submissions(refusal_forms=True), st.sampled_from([EXECUTOR, EXECUTOR, Person("Сейітова Дина"), None]))
def test_any_submission_to_a_service_with_a_refusal_form(
    case: tuple[ServiceDefinition, dict[str, Any]], executor: Person | None
) -> None:
    """The same property where it bites: the six North Kazakhstan regulations whose receipt of refusal has a form."""
    service, kw = case
    assert service.act_id == "nko-2015" and service.talon is not None and len(service.talon.refusal_fields or ()) == 9
    _check_outcome(
        service, kw, lambda s, k: reference_deadline(s, k["submitted_at"], k["office"], k["channel"]), executor
    )
