"""Contacts: raw as printed, normalised beside it, never silently fixed."""

from __future__ import annotations

import re

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzsocial.registry import check_email, check_website, normalize_phone

AREA_CODES = ["7212", "7213", "7262", "7162", "7292", "7152", "71036", "72631", "7102"]


@st.composite
def printed_numbers(draw: st.DrawFn) -> tuple[str, str, str]:
    area = draw(st.sampled_from(AREA_CODES))
    local = draw(st.text("0123456789", min_size=10 - len(area), max_size=10 - len(area)))
    local = str(draw(st.integers(2, 9))) + local[1:]
    style = draw(st.sampled_from(["8 ({a}) {l}", "+7 {a} {l}", "8-{a}-{l}", "{l}", "{l2}"]))
    dashed = "-".join(local[i : i + 2] for i in range(0, len(local), 2))
    raw = style.format(a=area, l=local, l2=dashed)
    return raw, area, "+7" + area + local


@given(printed_numbers())
def test_printed_styles_normalise_to_the_same_e164(case: tuple[str, str, str]) -> None:
    raw, area, expected = case
    phone = normalize_phone(raw, area)
    assert phone.e164 == expected
    assert phone.raw == raw
    parsed = phonenumbers.parse(phone.e164, None)
    assert phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == expected


@given(st.text(max_size=30), st.sampled_from([*AREA_CODES, None]))
def test_any_text_gives_e164_or_a_reason(raw: str, area: str | None) -> None:
    phone = normalize_phone(raw, area)
    assert phone.raw == raw
    if phone.e164 is None:
        assert phone.derivation
    else:
        assert phone.e164.startswith("+7") and len(phone.e164) == 12 and phone.e164[1:].isdigit()


def test_wrong_length_local_number_is_flagged_not_guessed() -> None:
    phone = normalize_phone("2-12-34-5", "72631")  # six digits after a five-digit code: eleven
    assert phone.e164 is None
    assert "do not make a ten-digit national number" in phone.derivation


@pytest.mark.parametrize(
    ("raw", "normalized", "valid", "reason"),
    [
        ("otdel@mail.ru", "otdel@mail.ru", True, None),
        ("otdel@ mail.ru", "otdel@mail.ru", False, "spaces inside the address removed"),
        ("otdel@mai1.ru", "otdel@mail.ru", False, "misprint of 'mail.ru'"),
        ("оtdel@mail.ru", "otdel@mail.ru", False, "Cyrillic look-alike"),
        ("щеудд@ьфшд.ru", "otell@mail.ru", False, "keyboard layout"),
        ("no-at-sign.kz", None, False, "not an email address"),
        # 002:289 (Astrakhan): «.rz» is no top-level domain; 003:5224 (Aktau): a dot before «@»
        ("Ast r_socz@\nkokshetau.online.rz", None, False, "unknown top-level domain '.rz'"),
        ("аktau.іnfo.@maіl.ru", None, False, "may not begin or end with a dot"),
    ],
)
def test_emails(raw: str, normalized: str | None, valid: bool, reason: str | None) -> None:
    email = check_email(raw)
    assert (email.raw, email.normalized, email.valid) == (raw, normalized, valid)
    if reason is None:
        assert email.reason is None
    else:
        assert email.reason is not None and reason in email.reason


@given(st.text(max_size=40))
def test_email_check_never_raises_and_keeps_raw(raw: str) -> None:
    email = check_email(raw)
    assert email.raw == raw
    assert email.valid == (email.reason is None)
    if email.valid:
        assert email.normalized == raw


@pytest.mark.parametrize(
    ("raw", "valid", "url"),
    [
        ("www.karaganda-region.kz", True, "http://www.karaganda-region.kz"),
        ("www.sarysu.ku", False, None),
        ("http://www.akmo.gov.kz", True, "http://www.akmo.gov.kz"),
        ("www.сайт.kz", False, None),
        # 000:235: «www karaganda-akimat.kz», a space after «www» where the dot belongs
        ("www karaganda-akimat.kz", False, "http://www.karaganda-akimat.kz"),
        ("http://www karaganda-akimat.kz", False, "http://www.karaganda-akimat.kz"),
        # Aktau prints Cyrillic «а» and «і» in Latin addresses (003:3944; the emails had this class already)
        ("аktau.іnfo.kz", False, "http://aktau.info.kz"),
        ("www.aқtaү.іnғo.құ", False, None),
    ],
)
def test_websites(raw: str, valid: bool, url: str | None) -> None:
    site = check_website(raw)
    assert (site.valid, site.normalized) == (valid, url)


_HOST = re.compile(r"^https?://[a-z0-9-]+(\.[a-z0-9-]+)+(/\S*)?$", re.IGNORECASE)
_ADDRESS = re.compile(r"^[A-Za-z0-9_%+-]+(\.[A-Za-z0-9_%+-]+)*@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def test_every_website_and_email_of_every_office_is_normalised_or_explained() -> None:
    """The class behind «www karaganda-akimat.kz» (000:235): a normalised value is a working address, a raw
    value that differs from it says why, and an office's own data issue never contradicts the normalised value."""
    from kzsocial.registry import offices

    checked = 0
    for office in offices():
        for site in office.websites:
            if site.normalized is not None:
                assert _HOST.match(site.normalized), (office.id, site)
                assert " " not in site.normalized and "wwwk" not in site.normalized.lower(), (office.id, site)
            assert site.valid == (site.reason is None), (office.id, site)
            checked += 1
        for email in office.emails:
            if email.normalized is not None:
                assert _ADDRESS.match(email.normalized), (office.id, email)
            assert email.valid == (email.reason is None), (office.id, email)
            checked += 1
    assert checked > 150
    city = offices().get("karaganda/employment-dept-karaganda-city")
    assert [w.normalized for w in city.websites] == ["http://www.karaganda-akimat.kz"]
    assert "www.karaganda-akimat.kz" in " ".join(i.message for i in city.data_issues)
