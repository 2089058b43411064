"""kzsocial.testing's strategies draw only valid values, and the ones they promise."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st

from kzsocial.calendar import OfficeHours, StagedTerm, Term, TermUnit, WorkCalendar, compute_deadline
from kzsocial.errors import DateOutOfRangeError, KzSocialError
from kzsocial.notices import Person
from kzsocial.registry import Office
from kzsocial.services import ApplicantProfile, ServiceDefinition, catalog, check_documents
from kzsocial.testing import (
    MAX_DATE,
    MIN_DATE,
    TERM_LIMITS,
    SampleCase,
    applicant_profiles,
    dates,
    document_sets,
    office_hours,
    offices,
    persons,
    profile_tags,
    services,
    staged_terms,
    submission_moments,
    terms,
)

HOURS = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")])


@given(dates())
def test_dates_are_in_the_calendars_range(d: dt.date) -> None:
    assert MIN_DATE <= d <= MAX_DATE


@given(st.data())
def test_open_moments_fall_while_the_office_is_open(data: st.DataObject) -> None:
    hours = data.draw(office_hours())
    moment = data.draw(submission_moments(hours, open=True, max_value=dt.date(2099, 12, 31)))
    assert moment.tzinfo is None
    assert hours.is_open(moment)


@given(st.data())
def test_closed_moments_fall_while_the_office_is_closed(data: st.DataObject) -> None:
    hours = data.draw(office_hours())
    moment = data.draw(submission_moments(hours, open=False))
    assert not hours.is_open(moment)


@given(submission_moments(HOURS, open=False, min_value=dt.date(2024, 1, 1), max_value=dt.date(2024, 12, 31)))
def test_closed_moments_of_fixed_hours_register_at_the_next_opening(moment: dt.datetime) -> None:
    deadline = compute_deadline(Term(1, "working_days"), moment, hours=HOURS)
    assert deadline.registered_at == HOURS.next_open(moment) > moment


def test_both_kinds_of_moment_are_drawn() -> None:
    strategy = submission_moments(HOURS, min_value=dt.date(2025, 1, 1), max_value=dt.date(2025, 12, 31))
    assert HOURS.is_open(find(strategy, HOURS.is_open))
    assert not HOURS.is_open(find(strategy, lambda m: not HOURS.is_open(m)))
    # a closed moment in a lunch break, not only at night
    lunch = find(strategy, lambda m: not HOURS.is_open(m) and m.weekday() < 5 and dt.time(13) <= m.time() < dt.time(14))
    assert lunch.hour == 13


@given(office_hours(breaks=True))
def test_office_hours_with_breaks(hours: OfficeHours) -> None:
    open_days = [day for day in hours.days if day]
    assert open_days, "at least one weekday is open"
    assert all(len(day) >= 2 for day in open_days)
    assert OfficeHours(hours.days, tz=hours.tz, exceptions=hours.exceptions) == hours  # the validators accept it


@given(office_hours(breaks=False, exceptions=False, time_zones=[None]))
def test_office_hours_without_breaks(hours: OfficeHours) -> None:
    assert all(len(day) == 1 for day in hours.days if day)
    assert hours.tz is None and hours.exceptions == ()


@given(st.data())
def test_working_time_added_lands_in_open_time(data: st.DataObject) -> None:
    hours = data.draw(office_hours())
    start = data.draw(submission_moments(hours, max_value=dt.date(2099, 1, 1)))
    minutes = data.draw(st.integers(1, 600))
    end = hours.add_working_time(start, dt.timedelta(minutes=minutes))
    assert end > start
    assert hours.working_time_between(start, end) == dt.timedelta(minutes=minutes)


@given(terms())
def test_terms_are_within_their_limits(term: Term) -> None:
    assert 1 <= term.value <= TERM_LIMITS[term.unit]


@given(terms(["hours", TermUnit.MINUTES], min_value=0, max_value=5))
def test_terms_take_units_and_bounds(term: Term) -> None:
    assert term.unit.is_working_time and 0 <= term.value <= 5


@given(st.one_of(terms(), staged_terms()), submission_moments(HOURS, max_value=dt.date(2098, 12, 31)))
def test_any_term_computes_a_deadline_after_registration(term: Term | StagedTerm, moment: dt.datetime) -> None:
    deadline = compute_deadline(term, moment, hours=HOURS)
    assert deadline.due_at >= deadline.registered_at >= moment


@given(staged_terms(min_stages=2, max_stages=3))
def test_staged_terms(term: StagedTerm) -> None:
    assert 2 <= len(term.stages) <= 3
    assert all(s.term.unit.is_day_based for s in term.stages)


def test_a_term_may_end_after_2100() -> None:
    with pytest.raises(DateOutOfRangeError):
        compute_deadline(Term(250, "working_days"), dt.datetime(2100, 6, 1, 10), hours=HOURS)


@given(applicant_profiles())
def test_profiles_use_the_catalogues_vocabulary(profile: ApplicantProfile) -> None:
    assert profile.tags <= set(profile_tags())


def test_the_vocabulary_is_the_acts() -> None:
    tags = profile_tags()
    assert {"citizen", "foreigner", "stateless", "oralman", "disabled"} <= set(tags)
    assert list(tags) == sorted(tags)


@given(services(act="karaganda-2008", with_term=True))
def test_services_filtered_by_act_and_term(service: ServiceDefinition) -> None:
    assert service.act_id == "karaganda-2008"
    assert service.deadline(dt.datetime(2008, 12, 26, 18, 30)).due_at > dt.datetime(2008, 12, 26, 18, 30)


@given(services(kind="regulation"))
def test_services_filtered_by_kind(service: ServiceDefinition) -> None:
    assert service.kind.value == "regulation" and service.steps


@given(st.data())
def test_offices_filtered_by_service(data: st.DataObject) -> None:
    service = data.draw(services())
    if not service.office_ids:
        with pytest.raises(KzSocialError):
            offices(service=service.id)
        return
    office = data.draw(offices(service=service.id))
    assert office.id in service.office_ids


@given(offices(region="mangystau", with_hours=True))
def test_offices_filtered_by_region(office: Office) -> None:
    assert office.region == "mangystau" and office.hours is not None


@given(st.data())
def test_complete_document_sets_are_complete(data: st.DataObject) -> None:
    service = data.draw(services())
    profile = data.draw(st.none() | applicant_profiles())
    channel = data.draw(st.sampled_from(service.channels))
    ids = data.draw(document_sets(service, profile=profile, channel=channel, complete=True))
    check = check_documents(service, ids, profile, channel=channel)
    assert check.complete and not check.unexpected


@given(st.data())
def test_incomplete_document_sets_miss_something(data: st.DataObject) -> None:
    service = data.draw(services(with_documents=True))
    ids = data.draw(document_sets(service, complete=False))
    check = check_documents(service, ids)
    assert check.missing
    assert all(not (d.ids & set(ids)) for d in check.missing)


def test_document_sets_use_alternatives() -> None:
    service = next(s for s in catalog() if any(d.alternatives for d in s.required_documents()))
    alternatives = {a.id for d in service.required_documents() for a in d.alternatives}
    ids = find(document_sets(service, complete=True), lambda ids: bool(alternatives & set(ids)))
    assert check_documents(service, ids).complete


@given(persons(phone=True))
def test_persons_have_phones(person: Person) -> None:
    assert person.phone and person.phone.startswith("+7 7")


@pytest.mark.parametrize(
    "cls", [ServiceDefinition, Office, Term, StagedTerm, OfficeHours, ApplicantProfile, WorkCalendar, Person,
            SampleCase]
)
def test_from_type_resolves_to_the_kits_strategies(cls: type) -> None:
    @settings(max_examples=20)
    @given(st.from_type(cls))
    def check(value: object) -> None:
        assert isinstance(value, cls)

    check()


def _only_conditional(service_id: str) -> ServiceDefinition:
    svc = catalog().get(service_id)
    return attrs.evolve(svc, documents=tuple(d for d in svc.documents if d.condition is not None))


@pytest.mark.parametrize(
    "make",
    [
        lambda: dates(dt.date(1990, 1, 1)),
        lambda: dates(dt.date(2020, 1, 2), dt.date(2020, 1, 1)),
        lambda: terms([]),
        lambda: terms("hours"),
        lambda: terms(["fortnights"]),
        lambda: terms(max_value=0),
        lambda: staged_terms(min_stages=3, max_stages=2),
        lambda: services(act="no-such-act"),
        lambda: services(kind="regulation", act="karaganda-2008"),
        lambda: offices(region="atlantis"),
        lambda: office_hours(time_zones=[]),
        lambda: submission_moments(OfficeHours.from_days({}), open=True),
        lambda: document_sets("karaganda-2008/unemployed-registration"),  # type: ignore[arg-type]
        # a service where a citizen must bring nothing (regulation 11 before its application was added, 004:3447)
        lambda: document_sets(_only_conditional("nko-2015/prosthetic-orthopaedic-aid"), complete=False),
    ],
)
def test_bad_arguments_raise_library_errors(make: object) -> None:
    with pytest.raises(KzSocialError):
        make()  # type: ignore[operator]
