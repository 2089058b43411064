"""Errors for HTTP: stable codes, suggested statuses, RFC 9457 problem details, and one table in the docs."""

from __future__ import annotations

import pytest

from conftest import ROOT
from kzsocial import errors


def _builtin(cls: type) -> str:
    bases = [b.__name__ for b in cls.__mro__ if b.__module__ == "builtins" and b not in (object, BaseException,
                                                                                          Exception)]
    return bases[0] if bases else "Exception"


def table() -> str:
    """The table of docs/errors.md, built from the classes."""
    rows = ["| error | code | status | also a | fields |", "| --- | --- | --- | --- | --- |"]
    for cls in errors.error_classes():
        fields = ", ".join(f"`{f}`" for f in cls.fields) or "—"
        rows.append(f"| `{cls.__name__}` | `{cls.code}` | {cls.status} | `{_builtin(cls)}` | {fields} |")
    return "\n".join(rows)


def test_the_docs_table_is_the_classes() -> None:
    page = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    assert table() in page, "docs/errors.md is stale; its table is tests/test_error_table.py::table()"


@pytest.mark.parametrize("cls", errors.error_classes(), ids=lambda c: c.__name__)
def test_every_error_states_its_own_code(cls: type[errors.KzSocialError]) -> None:
    assert "code" in cls.__dict__ and "title" in cls.__dict__, f"{cls.__name__} must define code and title"
    assert 400 <= cls.status <= 599


def test_codes_are_unique() -> None:
    codes = [c.code for c in errors.error_classes()]
    assert len(codes) == len(set(codes))


def test_problem_details_carry_the_fields() -> None:
    p = errors.MissingDocumentsError("svc", ["Жеке куәлік"], ["identity-card"]).problem(instance="/talons")
    assert p == {
        "type": "urn:kzsocial:problem:missing_documents", "title": "Missing documents", "status": 422,
        "detail": "svc: missing documents: Жеке куәлік", "code": "missing_documents", "instance": "/talons",
        "missing": ["Жеке куәлік"], "ids": ["identity-card"],
    }
    assert errors.UnknownServiceError("no service 'x'").problem()["status"] == 404
    assert errors.NoTermError("no term").problem()["status"] == 422
    assert isinstance(errors.NoTermError("x"), LookupError) and not isinstance(errors.NoTermError("x"),
                                                                               errors.NotFoundError)
    assert errors.DataValidationError("data", ["a", "b"]).problem()["problems"] == ["a", "b"]
    assert errors.MissingExtraError("serving", "api", "starlette").problem()["extra"] == "api"
