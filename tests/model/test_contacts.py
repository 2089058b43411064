"""Contacts: raw as printed, normalised beside it, never silently fixed."""

from __future__ import annotations

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
    ],
)
def test_websites(raw: str, valid: bool, url: str | None) -> None:
    site = check_website(raw)
    assert (site.valid, site.normalized) == (valid, url)
