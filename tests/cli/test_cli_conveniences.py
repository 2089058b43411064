"""CLI conveniences of issue 13, through ``main(argv)``: --version, one language option, --tz honoured or refused,
--limit 0 refused, "did you mean", unknown regions and acts named, messages in CLI terms."""

from __future__ import annotations

import pytest

from kzsocial import __version__
from kzsocial.__main__ import main

Cap = pytest.CaptureFixture[str]
KARAGANDA = "karaganda-2008/unemployed-registration"
DOCS = "identity-card,employment-records,social-code-certificate,taxpayer-number,income-statement"


def _run(capsys: Cap, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_version(capsys: Cap) -> None:
    code, out, _ = _run(capsys, "--version")
    assert code == 0 and out.strip() == f"kzsocial {__version__}"


def test_lang_is_the_language_option_everywhere_and_the_old_spelling_still_works(capsys: Cap) -> None:
    talon = ["talon", KARAGANDA, "--at", "2008-12-26T18:30", "--documents", DOCS, "--office",
             "karaganda/employment-dept-karaganda-city"]
    code, new, err = _run(capsys, *talon, "--lang", "ru")
    assert code == 0, err
    code, old, _ = _run(capsys, *talon, "--language", "ru")
    assert code == 0 and old == new and "ТАЛОН" in new
    code, help_text, _ = _run(capsys, "talon", "--help")
    assert "--lang" in help_text and "--language" not in help_text
    for command in (["services"], ["offices"], ["show", KARAGANDA], ["deadline", "--term", "1 working_days"],
                    ["calendar", "explain", "2025-01-07"]):
        code, help_text, _ = _run(capsys, *command, "--help")
        assert code == 0 and "--lang" in help_text, command


def test_deadline_service_refuses_tz_it_would_ignore(capsys: Cap) -> None:
    code, _, err = _run(capsys, "deadline", KARAGANDA, "--at", "2008-12-26T18:30", "--tz", "Asia/Aqtau")
    assert code == 2 and "--tz goes with --hours" in err and err.count("\n") == 1
    # with the caller's own hours the zone is honoured: an aware moment is read in it
    code, out, err = _run(capsys, "deadline", KARAGANDA, "--at", "2008-12-26T18:30+06:00", "--hours", "09:00-18:00",
                          "--tz", "Asia/Almaty", "--json")
    assert code == 0, err
    assert '"due_at": "2009-01-08T18:00:00+06:00"' in out


def test_limit_zero_is_refused(capsys: Cap) -> None:
    code, out, err = _run(capsys, "services", "--limit", "0")
    assert code == 2 and out == "" and "must be 1 or more" in err
    code, out, _ = _run(capsys, "services", "--limit", "1")
    assert code == 0 and len(out.splitlines()) == 1


def test_did_you_mean_for_near_misses(capsys: Cap) -> None:
    code, _, err = _run(capsys, "show", "karaganda-2008/unemployed-registraton")
    assert code == 1 and f"did you mean: {KARAGANDA}" in err and "see: kzsocial services" in err
    code, _, err = _run(capsys, "show", "unemployed-registraton")
    assert code == 1 and KARAGANDA in err and "nko-2015/unemployed-registration" in err
    code, _, err = _run(capsys, "deadline", "unemployed-registraton", "--at", "2008-12-26T18:30")
    assert code == 1 and "did you mean" in err
    code, _, err = _run(capsys, "services", "--office", "karaganda/employment-dept-karaganda")
    assert code == 1 and "did you mean: karaganda/employment-dept-karaganda-city" in err
    assert "catalog()" not in err and "offices()" not in err


def test_an_unknown_region_or_act_says_so(capsys: Cap) -> None:
    code, _, err = _run(capsys, "offices", "--region", "karagandaa")
    assert code == 1 and "unknown region 'karagandaa'; did you mean: karaganda?" in err and "accepted:" in err
    code, _, err = _run(capsys, "services", "--region", "atlantis")
    assert code == 1 and "unknown region 'atlantis'" in err
    code, _, err = _run(capsys, "offices", "--act", "karaganda-2009")
    assert code == 1 and "unknown act 'karaganda-2009'" in err and "karaganda-2008" in err


def test_search_from_the_command_line_finds_what_people_type(capsys: Cap) -> None:
    code, out, _ = _run(capsys, "services", "zhumyssyz", "--limit", "1")
    assert code == 0 and out.startswith(KARAGANDA)
    code, out, _ = _run(capsys, "offices", "Aktau", "--limit", "3")
    assert code == 0 and all(line.startswith("mangystau/") for line in out.splitlines())
