"""Usage that must type-check under ``mypy --strict`` (as attrs keeps typing_tests/): the brief's example and the
everyday calls of each namespace, with the types a user's editor should see. Checked by tests/test_quality.py.
"""

from __future__ import annotations

import datetime as dt
from typing import assert_type

from kzsocial.calendar import Deadline, OfficeHours, Term, TermUnit, compute_deadline, default_calendar
from kzsocial.errors import KzSocialError, MissingDocumentsError
from kzsocial.export import to_json
from kzsocial.notices import Person, RefusalReceipt, Talon, build_receipt_or_refusal, build_talon, sms_count
from kzsocial.registry import Office, offices
from kzsocial.services import (
    ApplicantProfile,
    DocumentCheck,
    DocumentRequirement,
    ServiceDefinition,
    Timeline,
    catalog,
    check_documents,
    timeline,
)


def the_brief_example(when: dt.datetime) -> str:
    svc = catalog().search("жұмыссыз азаматтарды тіркеу")[0]
    assert_type(svc, ServiceDefinition)
    office = offices().get(svc.office_ids[0])
    assert_type(office, Office)
    docs = svc.required_documents(None)
    assert_type(docs, tuple[DocumentRequirement, ...])
    talon = build_talon(
        svc,
        submitted_at=when,
        documents=docs,
        applicant=Person("Асанов Серік"),
        accepted_by=Person("Жұмабаева Айгүл"),
        office=office,
    )
    assert_type(talon, Talon)
    assert_type(talon.due_at, dt.datetime | None)
    return talon.render(language="kk", format="text")


def calendar_and_deadlines() -> None:
    cal = default_calendar()
    assert_type(cal.is_working_day(dt.date(2025, 1, 5)), bool)
    assert_type(cal.add_working_days(dt.date(2024, 12, 20), 10), dt.date)
    assert_type(cal.working_days_between(dt.date(2024, 1, 1), dt.date(2024, 12, 31)), int)
    hours = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")], tz="Asia/Almaty")
    deadline = compute_deadline(Term(10, TermUnit.CALENDAR_DAYS), dt.datetime(2008, 12, 26, 18, 30), hours=hours)
    assert_type(deadline, Deadline)
    assert_type(deadline.due_at, dt.datetime)
    assert_type(deadline.last_day, dt.date)
    assert_type(hours.add_working_time(dt.datetime(2024, 5, 3, 17), dt.timedelta(minutes=120)), dt.datetime)


def documents_and_refusals(svc: ServiceDefinition, when: dt.datetime, office: Office) -> Talon | RefusalReceipt:
    check = check_documents(svc, ["identity-card"], ApplicantProfile.of("foreigner"))
    assert_type(check, DocumentCheck)
    assert_type(check.is_refusal_ground, bool)
    try:
        return build_receipt_or_refusal(
            svc, submitted_at=when, documents=["identity-card"], applicant=None, accepted_by=None, office=office
        )
    except MissingDocumentsError as exc:
        assert_type(exc.missing, tuple[str, ...])
        raise
    except KzSocialError:
        raise


def regulations_and_export(when: dt.datetime) -> str:
    reg = catalog().get("nko-2015/child-allowance")
    t = timeline(reg, "provider", when, office=offices().get(reg.office_ids[0]))
    assert_type(t, Timeline)
    assert_type(sms_count("Құжаттарыңыз қабылданды").segments, int)
    return to_json()
