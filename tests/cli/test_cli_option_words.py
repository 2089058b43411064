"""Issue 13: a library error that reaches the user of ``python -m kzsocial ...`` speaks of the command's options
(``--at``, ``--lang``, ``--variant``, ...), never of the Python arguments behind them (``submitted_at=``,
``language=``, ``variant=``, ``full_name``). Found by fuzzing every command with bad values; each case below is a
bad input of one command, with the option its message must name and the Python names it must not."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cli.cli_support import cli
from kzsocial.cli._args import cli_words, command_parser, option_names
from kzsocial.cli._main import build_parser

Cap = pytest.CaptureFixture[str]

KARAGANDA = "karaganda-2008/unemployed-registration"
KARAGANDA_DOCS = "identity-card,employment-records,social-code-certificate,taxpayer-number,income-statement"
TALON = ["talon", KARAGANDA, "--at", "2025-01-06T10:00", "--documents", KARAGANDA_DOCS, "--number", "1",
         "--accepted-by", "Петрова А. С."]
TERM = ["deadline", "--term", "10 working_days", "--at", "2025-01-06T10:00"]

# a Python keyword argument (``name=``, ``name=True``) anywhere, or a Python-only name
PYTHON = re.compile(r"(?<![\w-])[a-z]+(?:_[a-z]+)*=|\b(?:full_name|as_of|extra_office|announce_json|start_event|"
                    r"event_at|CASE_LOG_COLUMNS)\b|datetime\.datetime|File name too long|Errno")

CASES: list[tuple[str, list[str], int, str, tuple[str, ...]]] = [
    # (what, argv, exit code, the option the message names, Python names it must not contain)
    ("services: --limit 0", ["services", "--limit", "0"], 2, "--limit", ("limit=",)),
    ("services: unknown --act", ["services", "--act", "karaganda"], 1, "karaganda-2008", ("act_id",)),
    ("offices: --offset -1", ["offices", "--offset", "-1"], 2, "--offset", ("offset=",)),
    ("show: --lang xx", ["show", KARAGANDA, "--lang", "xx"], 2, "--lang", ("language",)),
    ("export: --format 3", ["export", "--format", "3"], 2, "--format", ("format=",)),
    ("deadline: --tz too long for a file name", [*TERM, "--tz", "a" * 300], 2, "--tz", ("tz=", "tz must")),
    ("deadline: unknown --tz", [*TERM, "--tz", "Mars/Olympus"], 2, "--tz", ("tz=",)),
    ("deadline: closing before opening", [*TERM, "--hours", "18:00-09:00"], 2, "--hours", ("hours=", "opens")),
    ("deadline: overlapping --break", [*TERM, "--break", "12:00-13:00", "--break", "12:30-13:30"], 2, "--break",
     ("breaks=",)),
    ("deadline: --event without --starts-at", [*TERM, "--event", "x"], 2, "--starts-at", ("start_event", "starts_at")),
    ("deadline: SERVICE from another event", ["deadline", KARAGANDA, "--starts-at", "2025-01-06T10:00"], 2, "--at",
     ("submitted_at",)),
    ("talon: empty --applicant", [*TALON, "--applicant", ""], 2, "--applicant", ("full_name",)),
    ("talon: empty --accepted-by", [*TALON[:-2], "--accepted-by", ""], 2, "--accepted-by", ("full_name",)),
    ("talon: empty --executor", [*TALON, "--executor", ""], 2, "--executor", ("full_name",)),
    ("talon: --number too long", [*TALON[:-4], "--number", "7" * 100, *TALON[-2:]], 2, "--number", ("number=",)),
    ("talon: --due-at where the act computes it", [*TALON, "--due-at", "2025-02-01T10:00"], 2, "--due-at",
     ("due_at",)),
    ("talon: an office the act does not list", [*TALON, "--office", "mangystau/employment-dept-aktau"], 2,
     "--extra-office", ("extra_office",)),
    ("timeline: several procedures and no --variant",
     ["timeline", "nko-2015/foreign-labour-permit", "--channel", "provider", "--at", "2025-01-06T10:00"], 2,
     "--variant", ("variant=",)),
    ("timeline: unknown --variant",
     ["timeline", "nko-2015/child-allowance", "--channel", "provider", "--at", "2025-01-06T10:00", "--variant", "x"],
     2, "variant 'x'", ("variant=",)),
    ("calendar add: N not a number", ["calendar", "add", "2025-01-06", "five"], 2, "N", ("n=",)),
    ("calendar between: B not a date", ["calendar", "between", "2025-01-06", "tomorrow"], 2, "argument B",
     ("end=",)),
    ("validate: FOLDER not a folder", ["validate", "/nonexistent-kzsocial-folder"], 1, "act folder", ("folders",)),
    ("calendar explain: --week 7", ["calendar", "explain", "2025-01-06", "--week", "7"], 2, "--week", ("week=",)),
    ("schema: nothing asked", ["schema"], 2, "--openapi", ("openapi=",)),
    ("serve: --port out of range", ["serve", "--port", "70000"], 1, "--port", ("port must", "port=")),
    ("serve: --port negative", ["serve", "--port", "-1"], 1, "--port", ("port must",)),
]


@pytest.mark.parametrize(("what", "argv", "code", "option", "python"), CASES, ids=[c[0] for c in CASES])
def test_a_bad_value_is_named_by_its_cli_option(
    capsys: Cap, what: str, argv: list[str], code: int, option: str, python: tuple[str, ...]
) -> None:
    r = cli(capsys, *argv)
    assert r.code == code, (what, r.err)
    assert option in r.err, (what, r.err)
    for name in python:
        assert name not in r.err.replace(f"--{name}", ""), (what, name, r.err)
    assert not PYTHON.search(r.err), (what, r.err)
    assert len(r.err.splitlines()) == 1 and "Traceback" not in r.err


@pytest.fixture
def case_logs(tmp_path: Path) -> tuple[Path, Path]:
    pytest.importorskip("pandas", reason="the audit extra (pandas) is not installed")
    from kzsocial.cases import write_case_log
    from kzsocial.testing import synthetic_case_log

    good = tmp_path / "cases.csv"
    write_case_log(synthetic_case_log(20, seed=3), good)
    bad = tmp_path / "columns.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    return good, bad


def test_audit_speaks_of_its_options_and_docs(capsys: Cap, case_logs: tuple[Path, Path]) -> None:
    good, bad = case_logs
    r = cli(capsys, "audit", str(good), "--as-of", "2025-01-06T10:00+05:00")
    assert r.code == 2 and "--as-of" in r.err and not PYTHON.search(r.err), r.err
    r = cli(capsys, "audit", str(good), "--chunk-size", "0")
    assert r.code == 2 and "--chunk-size" in r.err and "chunk_size" not in r.err
    r = cli(capsys, "audit", str(good), "--out", str(good.parent / "no-such-folder" / "report.json"))
    assert r.code == 3 and "--out" in r.err and "No such file or directory" in r.err and "Errno" not in r.err, r.err
    r = cli(capsys, "audit", str(bad))
    # the case log's own column names (submitted_at) are data, and stay; the Python pointer becomes the docs
    assert r.code == 1 and "submitted_at" in r.err and "docs/cases.md" in r.err and not PYTHON.search(r.err), r.err


def _parser(*argv: str):  # type: ignore[no-untyped-def]
    return command_parser(build_parser(), list(argv))


def test_cli_words_maps_only_python_positions() -> None:
    timeline, talon, deadline = _parser("timeline"), _parser("talon"), _parser("deadline")
    assert cli_words("x has several procedures; choose variant= one of a, b", timeline) == (
        "x has several procedures; choose --variant one of a, b"
    )
    assert cli_words("Pass one of them, or extra_office=True", talon) == "Pass one of them, or --extra-office"
    assert cli_words("s: the act's term gives the due date; do not pass due_at", talon).endswith("drop --due-at")
    assert cli_words("give exactly one of submitted_at (a submission) or starts_at= (another event)", deadline) == (
        "give exactly one of --at (a submission) or --starts-at (another event)"
    )
    assert cli_words("language must be one of kk, ru", talon) == "--lang must be one of kk, ru"
    # ordinary words and data names stay: no option in a Python position
    for said in ("the office is not open on any working day", "office 'x' does not give s",
                 "the registration number must not be empty", "unknown variant 'x' on channel 'provider'"):
        assert cli_words(said, talon) == said
        assert cli_words(said, timeline) == said
    # a name becomes an option only for a command that has that option
    assert cli_words("port must be 0..65535", talon) == "port must be 0..65535"
    assert cli_words("port must be 0..65535", _parser("serve")) == "--port must be 0..65535"
    assert cli_words("hours must be OfficeHours", None) == "hours must be OfficeHours"


def test_the_command_parser_follows_subcommands() -> None:
    add = _parser("calendar", "add", "2025-01-06", "5")
    assert add is not None and add.prog == "kzsocial calendar add"
    assert _parser("--version") is None and _parser("nope") is None


def test_a_time_zone_name_too_long_for_a_file_is_an_input_error() -> None:
    """zoneinfo reads the name as a file name: one too long raised a bare OSError (the CLI took it for an output
    error, exit 3)."""
    from kzsocial.calendar import OfficeHours
    from kzsocial.errors import InvalidInputError

    with pytest.raises(InvalidInputError, match="unknown time zone"):
        OfficeHours.weekly("09:00", "18:00", tz="a" * 300)


_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_-=:;,() ", max_size=80)


@given(_WORDS, st.sampled_from(["talon", "deadline", "timeline", "audit", "serve", "services"]))
def test_cli_words_is_idempotent_and_leaves_plain_words(message: str, command: str) -> None:
    """Mapping twice changes nothing more, and a message holding no option name at all comes back unchanged."""
    parser = _parser(command)
    once = cli_words(message, parser)
    assert cli_words(once, parser) == once
    names = set(option_names(parser)) | {"full_name"} if parser is not None else {"full_name"}
    if not any(re.search(rf"(?<![a-z_]){re.escape(n)}(?![a-z_])", message) for n in names):
        assert once == message.replace("pass None when", "leave the option out when")
