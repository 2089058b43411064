"""``talon``: the talon the act requires, the refusal when documents are missing, and the exit codes."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings

from cli.cli_support import cli
from kzsocial.notices import build_talon
from kzsocial.services import catalog
from kzsocial.testing import SampleCase, cases

Cap = pytest.CaptureFixture[str]
SID = "karaganda-2008/unemployed-registration"
DOCS = "identity-card,employment-records,social-code-certificate,taxpayer-number,income-statement"
OFFICE = "karaganda/employment-dept-karaganda-city"


def test_talon_text_in_kazakh(capsys: Cap) -> None:
    r = cli(capsys, "talon", SID, "--at", "2008-12-26T18:30", "--documents", DOCS, "--office", OFFICE)
    assert r.code == 0 and r.err == ""
    assert "ТАЛОН" in r.out
    assert "Қабылданған күні мен уақыты: 2008 жылғы 26 желтоқсан, сағат 18:30" in r.out
    assert "2009 жылғы 8 қаңтар, сағат 18:00" in r.out  # 10 calendar days, New Year and Christmas skipped
    assert "Құжаттар саны: 5" in r.out


def test_talon_json_equals_the_library(capsys: Cap) -> None:
    r = cli(capsys, "talon", SID, "--at", "2008-12-26T18:30", "--documents", DOCS, "--office", OFFICE, "--json")
    assert r.code == 0
    service = catalog().get(SID)
    from kzsocial.registry import offices

    talon = build_talon(
        service, submitted_at=dt.datetime(2008, 12, 26, 18, 30), documents=DOCS.split(","), applicant=None,
        accepted_by=None, office=offices().get(OFFICE),
    )
    assert r.json() == talon.to_dict()
    assert r.json()["due_at"] == "2009-01-08T18:00:00"
    assert cli(capsys, "talon", SID, "--at", "2008-12-26T18:30", "--documents", DOCS, "--format", "json").json()[
        "due_at"
    ] == "2009-01-08T18:00:00"


def test_talon_html_and_russian(capsys: Cap) -> None:
    r = cli(capsys, "talon", SID, "--at", "2008-12-26T18:30", "--documents", DOCS, "--format", "html",
            "--language", "ru")
    assert r.code == 0 and r.out.lstrip().lower().startswith("<!doctype html")
    assert "2009" in r.out and "января" in r.out


def test_documents_may_be_repeated_or_comma_separated(capsys: Cap) -> None:
    first, *rest = DOCS.split(",")
    r = cli(capsys, "talon", SID, "--at", "2008-12-26T18:30", "--documents", first, "--documents", ",".join(rest),
            "--json")
    assert r.code == 0 and r.json()["document_count"] == 5


def test_missing_documents_is_a_failed_result(capsys: Cap) -> None:
    r = cli(capsys, "talon", SID, "--at", "2008-12-26T18:30", "--documents", "identity-card")
    assert r.code == 1 and r.out == ""
    assert r.err.count("\n") == 1
    assert r.err.startswith(f"kzsocial: documents missing, no talon for {SID}: employment-records, ")
    j = cli(capsys, "talon", SID, "--at", "2008-12-26T18:30", "--documents", "identity-card", "--json")
    assert j.code == 1 and j.json()["type"] == "documents_missing"
    assert j.json()["missing_documents"][0]["id"] == "employment-records"
    assert j.json()["is_refusal_ground"] is True


def test_the_profile_decides_the_conditional_documents(capsys: Cap) -> None:
    r = cli(capsys, "talon", SID, "--at", "2008-12-26T18:30", "--documents", DOCS, "--profile", "foreigner")
    assert r.code == 1 and "foreigner-residence-permit" in r.err
    ok = cli(capsys, "talon", SID, "--at", "2008-12-26T18:30", "--documents", DOCS + ",foreigner-residence-permit",
             "--profile", "foreigner")
    assert ok.code == 0


NKO = "nko-2015/targeted-social-assistance"
REFUSAL_ARGS = ["--at", "2015-12-31T17:25", "--documents", "identity-document", "--channel", "centre",
                "--accepted-by", "Петрова Анна", "--applicant", "Ахметова Гүлнар"]


def test_receipt_of_refusal_where_the_act_defines_one(capsys: Cap) -> None:
    office = catalog().get(NKO).office_ids[0]
    full = [*REFUSAL_ARGS, "--office", office, "--applicant-address", "Петропавл қ., Жамбыл к-сі, 1",
            "--executor", "Сейітова Дина, 8 (7152) 46-12-80"]
    r = cli(capsys, "talon", NKO, *full, "--language", "ru")
    assert r.code == 1
    assert r.out.startswith("РАСПИСКА ОБ ОТКАЗЕ В ПРИЁМЕ ДОКУМЕНТОВ")
    lines = r.out.splitlines()
    assert "Адрес услугополучателя: Петропавл қ., Жамбыл к-сі, 1" in lines
    assert "Исполнитель: Сейітова Дина" in lines and "Телефон исполнителя: 8 (7152) 46-12-80" in lines
    assert lines[-1] == "«____» ______________ 20____ года"
    assert r.err.count("\n") == 1 and "family-composition" in r.err
    j = cli(capsys, "talon", NKO, *full, "--json")
    assert j.code == 1 and j.json()["type"] == "refusal_receipt"
    data = j.json()
    assert data["applicant"]["address"] == data["applicant_address"] == "Петропавл қ., Жамбыл к-сі, 1"
    assert data["executor"]["full_name"] == "Сейітова Дина" and data["executor_phone"] == "8 (7152) 46-12-80"
    assert data["received_at"] is None and data["required_fields"][-1] == "received_at"


def test_the_refusal_form_s_fields_are_asked_for_by_their_options(capsys: Cap) -> None:
    office = catalog().get(NKO).office_ids[0]
    r = cli(capsys, "talon", NKO, *REFUSAL_ARGS, "--office", office)
    assert r.code == 2 and r.out == ""
    assert r.err.count("\n") == 1
    assert "requires applicant_address, executor, executor_phone: give --applicant-address, --executor NAME,PHONE" in (
        r.err
    )
    # A name without a phone: the form prints the executor's phone, so it is still asked for.
    r = cli(capsys, "talon", NKO, *REFUSAL_ARGS, "--office", office, "--applicant-address", "Петропавл қ.",
            "--executor", "Сейітова Дина")
    assert r.code == 2 and "requires executor_phone: give --executor NAME,PHONE" in r.err


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["talon", "karaganda-2008/unemployed-certificate", "--at", "2008-12-26T10:00", "--documents",
          "identity-card"],
         "requires number, accepted_by, accepted_by_position: give --number, --accepted-by, --position"),
        (["talon", SID, "--at", "2008-12-26T18:30", "--documents", "passport"], "lists no document passport"),
        (["talon", SID, "--at", "26.12.2008", "--documents", DOCS], "not a date and time"),
        (["talon", SID, "--documents", DOCS], "--at"),
        (["talon", SID, "--at", "2008-12-26T18:30", "--profile", "Foreigner"], "snake_case"),
        (["talon", SID, "--at", "2008-12-26T18:30", "--applicant-phone", "+7 701 000 00 00"], "needs --applicant"),
        (["talon", SID, "--at", "2008-12-26T18:30", "--applicant-address", "Петропавл қ."], "needs --applicant"),
        (["talon", SID, "--at", "2008-12-26T18:30", "--executor", "Сейітова Дина, call me"], "--executor NAME[,PHONE]"),
        (["talon", SID, "--at", "2008-12-26T18:30", "--executor", ", 8 (7152) 46-12-80"], "--executor NAME[,PHONE]"),
        (["talon", SID, "--at", "2008-12-26T18:30", "--documents", DOCS, "--due-at", "2009-02-01T10:00"],
         "drop --due-at"),
    ],
)
def test_bad_usage(capsys: Cap, argv: list[str], needle: str) -> None:
    r = cli(capsys, *argv)
    assert r.code == 2 and r.out == ""
    assert r.err.count("\n") == 1 and needle in r.err


def test_unknown_service_or_office_is_a_failed_lookup(capsys: Cap) -> None:
    assert cli(capsys, "talon", "nowhere/x", "--at", "2008-12-26T18:30").code == 1
    assert cli(capsys, "talon", SID, "--at", "2008-12-26T18:30", "--documents", DOCS, "--office", "x").code == 1


@settings(max_examples=25)
@given(cases(min_value=dt.date(1995, 1, 1), max_value=dt.date(2095, 12, 31)))
def test_any_case_exits_as_the_library_decides(case: SampleCase) -> None:
    """Exit 0 exactly when the library builds the talon; 1 when documents are missing; else 1 or 2."""
    import io
    import json
    from contextlib import redirect_stderr, redirect_stdout

    from kzsocial.cli import run
    from kzsocial.errors import MissingDocumentsError, MissingFieldsError

    argv = ["talon", case.service.id, "--at", case.submitted_at.isoformat(), "--channel", case.channel.value,
            "--documents", ",".join(case.documents), "--number", str(case.number), "--json"]
    if case.office is not None:
        argv += ["--office", case.office.id]
    if case.profile is not None and case.profile.tags:
        argv += ["--profile", ",".join(sorted(case.profile.tags))]
    assert case.applicant is not None and case.accepted_by is not None
    argv += ["--applicant", case.applicant.full_name, "--accepted-by", case.accepted_by.full_name]
    # What the receipt of refusal's form asks for beyond the talon (North Kazakhstan 2015).
    argv += ["--applicant-address", "Петропавл қ., Жамбыл к-сі, 1", "--executor", "Сейітова Дина,8 (7152) 46-12-80"]
    if case.applicant.phone:
        argv += ["--applicant-phone", case.applicant.phone]
    if case.due_at is not None:  # the case's stand-in result date, where the act gives no term to compute it
        argv += ["--due-at", case.due_at.isoformat()]
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = run(argv)
    kwargs = case.talon_kwargs()
    kwargs["accepted_by"] = type(case.accepted_by)(case.accepted_by.full_name)
    profile_given = case.profile is not None and bool(case.profile.tags)
    kwargs["profile"] = case.profile if profile_given else None
    try:
        talon = build_talon(**kwargs)
    except MissingDocumentsError:
        assert code == 1, err.getvalue()
        spec = case.service.talon
        if spec is not None and spec.has_refusal_receipt:  # the act's receipt of refusal, as JSON
            receipt = json.loads(out.getvalue())
            assert receipt["type"] == "refusal_receipt"
            assert receipt["executor_phone"] == "8 (7152) 46-12-80"
            assert receipt["applicant_address"] == "Петропавл қ., Жамбыл к-сі, 1"
    except MissingFieldsError:
        assert code in (1, 2) and err.getvalue().count("\n") == 1
    else:
        assert code == 0, err.getvalue()
        assert json.loads(out.getvalue())["due_at"] == (None if talon.due_at is None else talon.due_at.isoformat())
