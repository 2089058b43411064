"""The optional extras: iCalendar pickup event (``ical``) and QR code (``qr``); a clear error when absent."""

from __future__ import annotations

import datetime as dt
import sys

import attrs
import pytest

from kzsocial.errors import InvalidInputError, KzSocialError, MissingExtraError
from kzsocial.notices import Talon, build_talon, pickup_event, talon_qr, talon_qr_svg
from kzsocial.services import catalog
from notices.notices_support import APPLICANT, OFFICER, office_for


def _talon() -> Talon:
    svc = catalog().get("karaganda-2008/unemployed-certificate")
    return build_talon(
        svc,
        submitted_at=dt.datetime(2008, 12, 26, 11, 30),
        documents=["identity-card"],
        applicant=APPLICANT,
        accepted_by=OFFICER,
        office=office_for(svc),
        number=15,
    )


@pytest.mark.parametrize(
    ("module", "extra", "call"),
    [
        ("icalendar", "ical", lambda t: pickup_event(t)),
        ("segno", "qr", lambda t: talon_qr(t)),
        ("segno", "qr", lambda t: talon_qr_svg(t)),
    ],
)
def test_missing_extra_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, module: str, extra: str, call: object
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # makes `import module` fail, as when it is not installed
    with pytest.raises(MissingExtraError) as info:
        call(_talon())  # type: ignore[operator]
    message = str(info.value)
    assert f"pip install 'kzsocial[{extra}]'" in message and repr(module) in message
    assert isinstance(info.value, ImportError) and isinstance(info.value, KzSocialError)


def test_ical_event_in_the_office_time_zone() -> None:
    icalendar = pytest.importorskip("icalendar", reason="the ical extra is not installed")
    talon = _talon()
    data = pickup_event(talon, language="ru")
    assert data == pickup_event(talon, language="ru")  # no hidden clock
    cal = icalendar.Calendar.from_ical(data)
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    assert len(events) == 1
    event = events[0]
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert end == talon.due_at.replace(tzinfo=end.tzinfo)  # type: ignore[union-attr]
    assert str(end.tzinfo) == "Asia/Almaty" and end.utcoffset() == dt.timedelta(hours=6)
    assert end - start == dt.timedelta(hours=1)
    assert "Получение результата государственной услуги" in str(event["summary"])
    assert "Талон № 15" in str(event["description"])
    assert any(c.name == "VTIMEZONE" for c in cal.walk())
    assert event.decoded("dtstamp") == dt.datetime(2008, 12, 26, 5, 30, tzinfo=dt.UTC)
    with pytest.raises(InvalidInputError):
        pickup_event(talon, duration=dt.timedelta(0))


def test_qr_carries_the_number() -> None:
    segno = pytest.importorskip("segno", reason="the qr extra is not installed")
    talon = _talon()
    qr = talon_qr(talon)
    assert qr.matrix == segno.make("15", micro=False).matrix
    assert not qr.is_micro
    svg = talon_qr_svg(talon)
    assert svg.startswith("<svg") and svg == talon_qr_svg(talon)
    with pytest.raises(InvalidInputError, match="no number"):
        talon_qr(attrs.evolve(talon, number=None))


def test_the_pickup_event_reads_naive_times_as_real_instants() -> None:
    """The calendar's rule for a naive office time (issue 11): the repeated hour's second pass keeps its fold, and
    a time the clocks skipped is the moment they went forward, never a time that did not exist."""
    from zoneinfo import ZoneInfo

    from kzsocial.notices._ical import _aware

    almaty = ZoneInfo("Asia/Almaty")
    assert _aware(dt.datetime(2024, 2, 29, 23, 30, fold=1), almaty).utcoffset() == dt.timedelta(hours=5)
    assert _aware(dt.datetime(2024, 2, 29, 23, 30), almaty).utcoffset() == dt.timedelta(hours=6)
    skipped = _aware(dt.datetime(1995, 3, 26, 2, 30), almaty)
    assert skipped.isoformat() == "1995-03-26T03:00:00+07:00"
