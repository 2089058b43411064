"""Properties over the whole packaged catalogue and registry."""

from __future__ import annotations

import datetime as dt
import re

import phonenumbers
from hypothesis import given
from hypothesis import strategies as st

from kzsocial.calendar import default_calendar
from kzsocial.errors import KzSocialError
from kzsocial.registry import Office, offices
from kzsocial.services import TermStart, catalog

OFFICES = list(offices())
WITH_RECEPTION = [o for o in OFFICES if any(r.computable for r in o.reception)]


def _flagged(office: Office, *needles: str) -> bool:
    return any(n and n in i.message for i in office.data_issues for n in needles)


def test_every_phone_is_valid_e164_or_flagged() -> None:
    unflagged = []
    for office in OFFICES:
        for phone in (*office.phones, *office.faxes):
            if phone.e164 is not None:
                parsed = phonenumbers.parse(phone.e164, None)
                if phonenumbers.is_valid_number(parsed):
                    continue
            printed_codes = re.findall(r"\((\d+)\)", phone.raw)  # a code printed with the number
            if not _flagged(office, phone.raw.strip(), *(f"({c})" for c in printed_codes)):
                unflagged.append(f"{office.id}: {phone.raw!r} -> {phone.e164}")
    assert not unflagged, "\n".join(unflagged)


def test_every_email_and_website_is_valid_or_has_a_reason() -> None:
    for office in OFFICES:
        for item in (*office.emails, *office.websites):
            assert item.valid or item.reason, (office.id, item.raw)
            assert item.valid or _flagged(office, item.raw.strip(), repr(item.raw), item.normalized or ""), (
                office.id,
                item.raw,
            )


@given(st.sampled_from(WITH_RECEPTION), st.datetimes(dt.datetime(1995, 1, 1), dt.datetime(2090, 12, 31)))
def test_every_reception_rule_yields_future_working_day_slots(office: Office, after: dt.datetime) -> None:
    cal = default_calendar()
    for schedule in office.reception:
        if not schedule.computable:
            continue
        for slot in schedule.slots(after, count=3):
            assert slot.start > after
            assert cal.is_working_day(slot.start.date()), (office.id, slot)
            assert slot.end is None or slot.end > slot.start


SUBMISSION = (TermStart.SUBMISSION, TermStart.REGISTRATION, TermStart.DOCUMENTS_COMPLETE)


@st.composite
def era_submissions(draw: st.DrawFn) -> tuple[str, dt.datetime]:
    svc = draw(st.sampled_from(list(catalog())))
    act_date = catalog().act(svc.act_id).date
    start = dt.datetime.combine(act_date, dt.time())
    at = draw(st.datetimes(start, start + dt.timedelta(days=8 * 365)))
    return svc.id, at


@given(era_submissions())
def test_every_service_deadline_computes_in_its_era(case: tuple[str, dt.datetime]) -> None:
    service_id, at = case
    svc = catalog().get(service_id)
    for office_id in (None, *svc.office_ids[:1]):
        office = None if office_id is None else offices().get(office_id)
        term = svc.main_term
        if term is None:
            # The 2015 regulations leave the term to their standards (not in the acts): a clear error.
            try:
                svc.deadline(at, office=office)
            except KzSocialError as exc:
                assert "states no term" in str(exc)
            continue
        if term.starts_from in SUBMISSION:
            d = svc.deadline(at, office=office)
            assert d.due_at.replace(tzinfo=None) >= d.registered_at.replace(tzinfo=None) >= at - dt.timedelta(minutes=1)
        else:
            d = svc.deadline(event_at=at, office=office)
            assert d.due_at.replace(tzinfo=None) >= at
