"""Issue 11 (outside the calendar): each fault a hostile caller found, and the rule that closes its class.

Every bad input gets an error that is a ``KzSocialError`` *and* the matching built-in (TypeError for a wrong type,
ValueError for a bad value, LookupError for an unknown id), saying what was wrong and what is accepted.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any

import pytest

from kzsocial.errors import (
    ControlCharacterError,
    InvalidInputError,
    KzSocialError,
    MissingPlaceholdersError,
    NotFoundError,
    QueryTooLongError,
    UnknownActError,
    UnknownOfficeError,
    UnknownRegionError,
)
from kzsocial.notices import (
    Notice,
    NoticeTemplate,
    Person,
    build_talon,
    documents_accepted,
    pickup_event,
    result_ready,
)
from kzsocial.provenance import Source
from kzsocial.registry import OfficeKind, check_email, check_website, normalize_phone, offices
from kzsocial.services import (
    ApplicantProfile,
    Channel,
    Condition,
    ServiceKind,
    catalog,
    check_documents,
    hours_for,
    timeline,
)
from kzsocial.testing import offices as office_strategy
from kzsocial.testing import services as service_strategy

KARAGANDA = "karaganda-2008/unemployed-registration"
KARAGANDA_OFFICE = "karaganda/employment-dept-karaganda-city"
AKTAU_OFFICE = "mangystau/employment-dept-aktau"
DOCS = ["identity-card", "employment-records", "social-code-certificate", "taxpayer-number", "income-statement"]
AT = dt.datetime(2008, 12, 26, 18, 30)


def svc() -> Any:
    return catalog().get(KARAGANDA)


def _raises(call: Callable[[], object], family: type[Exception]) -> KzSocialError:
    with pytest.raises(KzSocialError) as info:
        call()
    assert isinstance(info.value, family), f"{type(info.value).__name__} is not a {family.__name__}"
    return info.value


# -- 1. foreign exceptions ----------------------------------------------------------------------------------------


def test_timeline_with_no_channel_is_a_type_error_not_an_assertion() -> None:
    reg = catalog().get("nko-2015/child-allowance")
    err = _raises(lambda: timeline(reg, None, dt.datetime(2015, 10, 5), office=offices()[0]), TypeError)  # type: ignore[arg-type]
    assert "provider, centre, portal, akim" in str(err)


def test_an_office_may_be_given_by_its_id() -> None:
    office = offices().get(KARAGANDA_OFFICE)
    assert svc().deadline(AT, office=KARAGANDA_OFFICE) == svc().deadline(AT, office=office)  # type: ignore[arg-type]
    assert hours_for(svc(), KARAGANDA_OFFICE) == hours_for(svc(), office)  # type: ignore[arg-type]
    err = _raises(lambda: hours_for(svc(), "x"), LookupError)  # type: ignore[arg-type]
    assert isinstance(err, UnknownOfficeError)
    _raises(lambda: hours_for(svc(), 5), TypeError)  # type: ignore[arg-type]
    _raises(lambda: svc().deadline(AT, office="karaganda/nope"), LookupError)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("call", "family"),
    [
        (lambda: check_documents(svc(), None), TypeError),
        (lambda: check_documents("id", []), TypeError),
        (lambda: check_documents(svc(), [], "citizen"), TypeError),
        (lambda: svc().required_documents("citizen"), TypeError),
        (lambda: ApplicantProfile(None), TypeError),
        (lambda: ApplicantProfile(frozenset({1})), TypeError),
        (lambda: ApplicantProfile(frozenset({"Not Snake"})), ValueError),
        (lambda: Condition(None), TypeError),
    ],
)
def test_documents_and_profiles_check_their_types(call: Callable[[], object], family: type[Exception]) -> None:
    _raises(call, family)


def test_a_profile_given_as_a_tag_says_how_to_write_it() -> None:
    err = _raises(lambda: check_documents(svc(), [], "citizen"), TypeError)  # type: ignore[arg-type]
    assert "ApplicantProfile.of('citizen')" in str(err)


@pytest.mark.parametrize(
    "call",
    [
        lambda: catalog().by_kind("x"),
        lambda: offices().by_kind("x"),
        lambda: svc().queue_limit("x"),
        lambda: Notice("bogus", {}),  # type: ignore[arg-type]
        lambda: service_strategy(kind="x"),
        lambda: office_strategy(kind="x"),
        lambda: normalize_phone("1", kind="x"),  # type: ignore[arg-type]
    ],
)
def test_every_enum_lookup_lists_the_accepted_values(call: Callable[[], object]) -> None:
    err = _raises(call, ValueError)
    assert "unknown" in str(err) and "accepted:" in str(err)
    assert "is not a valid" not in str(err)


@pytest.mark.parametrize(
    "call", [lambda: catalog().by_kind(None), lambda: offices().by_kind(3), lambda: Notice(1.5, {})]  # type: ignore[arg-type]
)
def test_an_enum_of_the_wrong_type_is_a_type_error(call: Callable[[], object]) -> None:
    _raises(call, TypeError)


def test_enum_members_and_values_are_both_accepted() -> None:
    assert catalog().by_kind("standard") == catalog().by_kind(ServiceKind.STANDARD)
    assert offices().by_kind("city_department") == offices().by_kind(OfficeKind.CITY_DEPARTMENT)


def test_contacts_check_their_types() -> None:
    for call in (lambda: normalize_phone(None), lambda: check_email(None), lambda: check_website(None)):  # type: ignore[arg-type]
        _raises(call, TypeError)
    assert normalize_phone("45-44-94", 7212).e164 == "+77212454494"  # an int area code reads as its digits
    _raises(lambda: normalize_phone("45-44-94", 7.5), TypeError)  # type: ignore[arg-type]


def test_notice_templates_and_pickup_check_their_types() -> None:
    talon = build_talon(svc(), submitted_at=AT, documents=DOCS, applicant=None, accepted_by=None,
                        office=offices().get(KARAGANDA_OFFICE), number="15")
    notice = documents_accepted(talon)
    for channel in ("sms", "email", "portal_status"):
        _raises(lambda c=channel: getattr(notice, c)(template="((number))"), TypeError)  # type: ignore[misc]
    _raises(lambda: pickup_event(talon, start=True), TypeError)  # type: ignore[arg-type]
    _raises(lambda: pickup_event(talon, duration=5), TypeError)  # type: ignore[arg-type]


def test_source_checks_its_types() -> None:
    _raises(lambda: Source("f", None, "t"), TypeError)  # type: ignore[arg-type]
    _raises(lambda: Source(None, 1, "t"), TypeError)  # type: ignore[arg-type]
    _raises(lambda: Source("f", True, "t"), TypeError)
    _raises(lambda: Source("f", 0, "t"), ValueError)


def test_deeply_nested_templates_are_refused_not_a_recursion_error() -> None:
    err = _raises(lambda: NoticeTemplate("((a??" * 5000), ValueError)
    assert "16" in str(err)
    ok = NoticeTemplate("((a??" * 16 + "x" + "))" * 16)
    assert ok.fill(dict.fromkeys("a", "y")) == "x"


@pytest.mark.parametrize("call", [lambda: catalog().act(None), lambda: catalog().by_act(None),
                                  lambda: catalog().by_region(None), lambda: catalog().by_office(None),
                                  lambda: offices().by_region(None), lambda: offices().by_act(None)])  # type: ignore[arg-type]
def test_a_lookup_by_a_non_string_is_a_type_error(call: Callable[[], object]) -> None:
    _raises(call, TypeError)


# -- 2. one rule for answers ---------------------------------------------------------------------------------------


def test_applies_to_reads_a_channel_given_as_its_value() -> None:
    doc = next(d for s in catalog() for d in s.documents if d.channels and Channel.CENTRE in d.channels)
    assert doc.applies_to(channel="centre") is doc.applies_to(channel=Channel.CENTRE) is True
    _raises(lambda: doc.applies_to(channel="fax"), ValueError)


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: catalog().by_office("nowhere/office"), UnknownOfficeError),
        (lambda: catalog().by_region("atlantis"), UnknownRegionError),
        (lambda: catalog().by_act("nope-2008"), UnknownActError),
        (lambda: offices().by_region("atlantis"), UnknownRegionError),
        (lambda: offices().by_act("nope-2008"), UnknownActError),
    ],
)
def test_an_unknown_id_is_an_error_everywhere(call: Callable[[], object], error: type[NotFoundError]) -> None:
    with pytest.raises(error) as info:
        call()
    assert isinstance(info.value, LookupError)
    assert "accepted" in str(info.value) or "did you mean" in str(info.value) or "see offices()" in str(info.value)


def test_a_known_id_with_no_match_is_still_an_answer() -> None:
    assert catalog().by_office(KARAGANDA_OFFICE)
    assert offices().by_region("karaganda")
    assert offices().by_act("karaganda-2008")


def test_an_unknown_office_id_names_the_near_misses() -> None:
    with pytest.raises(UnknownOfficeError, match=r"did you mean: .*karaganda/employment-dept-karaganda-city"):
        offices().get("karaganda/employment-dept-karaganda-cty")


def test_missing_placeholders_include_those_inside_an_absent_block() -> None:
    t = NoticeTemplate("№ ((number))((office??, ((office_name)) ((office_phone))))")
    with pytest.raises(MissingPlaceholdersError) as info:
        t.fill({"number": "1"})
    assert info.value.missing == ("office", "office_name", "office_phone")
    assert t.fill({"number": "1", "office": None}) == "№ 1"


def test_a_talon_at_an_office_that_does_not_give_the_service_is_refused() -> None:
    aktau = offices().get(AKTAU_OFFICE)
    with pytest.raises(InvalidInputError, match=r"does not give karaganda-2008/unemployed-registration.*extra_office"):
        build_talon(svc(), submitted_at=AT, documents=DOCS, applicant=None, accepted_by=None, office=aktau)
    talon = build_talon(svc(), submitted_at=AT, documents=DOCS, applicant=None, accepted_by=None, office=aktau,
                        extra_office=True)
    assert talon.office is aktau
    by_id = build_talon(svc(), submitted_at=AT, documents=DOCS, applicant=None, accepted_by=None,
                        office=KARAGANDA_OFFICE)  # type: ignore[arg-type]
    assert by_id.office is offices().get(KARAGANDA_OFFICE)
    _raises(lambda: build_talon(svc(), submitted_at=AT, documents=DOCS, applicant=None, accepted_by=None,
                                office=aktau, extra_office="yes"), TypeError)  # type: ignore[arg-type]


# -- 4. text output -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["15\r\nДата: 01.01.2000", "1\n5", "1\x1b[2J", "15\u202e51", "1\x00"])
def test_control_characters_in_a_talon_number_are_refused(number: str) -> None:
    with pytest.raises(ControlCharacterError) as info:
        build_talon(svc(), submitted_at=AT, documents=DOCS, applicant=None, accepted_by=None,
                    office=offices().get(KARAGANDA_OFFICE), number=number)
    assert isinstance(info.value, ValueError) and "control character" in str(info.value)


def test_control_characters_in_names_are_shown_as_escapes_in_every_render() -> None:
    evil = Person("Иванов\x1b[31m Иван\u202eвониИ", "+7 701 123 45 67")
    talon = build_talon(svc(), submitted_at=AT, documents=DOCS, applicant=evil, accepted_by=evil,
                        office=offices().get(KARAGANDA_OFFICE), number="15")
    notice = documents_accepted(talon, recipient=evil)
    outputs = [talon.render("kk"), talon.render("ru"), talon.render("kk", "html"), notice.sms("kk").text,
               notice.portal_status("ru"), notice.email("kk").text, notice.email("ru").html]
    for out in outputs:
        assert "\x1b" not in out and "\u202e" not in out
    assert "\\x1b[31m" in talon.render("kk") and "\\u202e" in notice.email("kk").text


def test_a_notice_number_with_a_line_break_is_refused_and_a_value_is_neutralised() -> None:
    office = offices().get(KARAGANDA_OFFICE)
    with pytest.raises(ControlCharacterError):
        result_ready(svc(), office=office, ready_at=dt.datetime(2009, 1, 8, 18), number="1\r\nforged")
    notice = result_ready(svc(), office=office, ready_at=dt.datetime(2009, 1, 8, 18), number="15")
    text = notice.with_values(number="1\r\nforged").sms("kk").text
    assert "\r" not in text and "\n" not in text and "1\\r\\nforged" in text


# -- 5. search ----------------------------------------------------------------------------------------------------


def test_a_huge_query_is_refused_quickly() -> None:
    start = time.perf_counter()
    for huge in ("жұмыссыз " * 120_000, "a" * 10_000_000):
        with pytest.raises(QueryTooLongError) as info:
            catalog().search(huge)
        assert isinstance(info.value, ValueError) and "at most 500 characters" in str(info.value)
        with pytest.raises(QueryTooLongError):
            offices().search(huge)
    assert time.perf_counter() - start < 1.0


def test_a_query_at_the_bound_still_searches() -> None:
    query = ("жұмыссыз азаматтарды тіркеу " * 20)[:500]
    assert len(query) == 500
    catalog().search(query)
    offices().search(query)
