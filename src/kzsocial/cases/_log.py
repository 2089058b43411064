"""The case-log column format: one row per case, one column per fact (CSV or Parquet, standard readers)."""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Mapping, Sequence
from typing import Any

from attrs import frozen

from kzsocial.errors import InvalidInputError, InvalidTypeError

__all__ = ["CASE_LOG_COLUMNS", "CaseLogColumn", "write_case_log"]


@frozen
class CaseLogColumn:
    """One column of a case log: its name, its type (``str``, ``datetime``, ``minutes``, ``bool``), whether a
    log must have it, and what it holds."""

    name: str
    """The column's name in the CSV header or Parquet schema (``case_id``, ``submitted_at``, ...)."""
    type: str
    """How its cells are read: ``str``, ``datetime`` (ISO 8601, office-local), ``minutes`` (a number) or ``bool``."""
    required: bool
    """``True`` for the columns every log must have (``case_id``, ``service``, ``submitted_at``)."""
    meaning: str
    """What the column holds, in plain words (and what an empty cell means)."""


CASE_LOG_COLUMNS: tuple[CaseLogColumn, ...] = (
    CaseLogColumn("case_id", "str", True, "the case's number, unique in the log"),
    CaseLogColumn("service", "str", True, "the service id, as in the catalogue (karaganda-2008/...)"),
    CaseLogColumn("office", "str", False, "the office id, as in the registry; empty: the service's own hours"),
    CaseLogColumn("channel", "str", False, "provider, centre, portal or akim; empty: the main term"),
    CaseLogColumn("submitted_at", "datetime", True, "when the documents were handed in (ISO 8601, office-local)"),
    CaseLogColumn("registered_at", "datetime", False, "when the office registered them, as it recorded"),
    CaseLogColumn(
        "event_at", "datetime", False, "the event a term runs from when it is not the submission (a decision)"
    ),
    CaseLogColumn("documents_missing_at", "datetime", False, "when the office found documents missing"),
    CaseLogColumn("suspended_at", "datetime", False, "when the case was suspended, where an act allows it"),
    CaseLogColumn("resumed_at", "datetime", False, "when a suspended case resumed"),
    CaseLogColumn("result_ready_at", "datetime", False, "when the result (or the refusal) was ready"),
    CaseLogColumn("handed_over_at", "datetime", False, "when the result was handed to the applicant"),
    CaseLogColumn("refused_at", "datetime", False, "when the service was refused (a refusal answers the case)"),
    CaseLogColumn("complaint_filed_at", "datetime", False, "when the applicant complained"),
    CaseLogColumn("complaint_answered_at", "datetime", False, "when the complaint was answered"),
    CaseLogColumn("complaint_justified", "bool", False, "whether the complaint was found justified (негізделген)"),
    CaseLogColumn("queue_wait_submit_min", "minutes", False, "minutes waited in the queue to hand in documents"),
    CaseLogColumn("queue_wait_receive_min", "minutes", False, "minutes waited in the queue to collect the result"),
)
"""The columns a case log may hold, in this order; unknown columns are kept and ignored."""


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    return str(value)


def write_case_log(columns: Mapping[str, Sequence[Any]], path: str | os.PathLike[str]) -> None:
    """Write a case log given as columns (``{"case_id": [...], ...}``) to a CSV file in the documented format."""
    if not isinstance(columns, Mapping):
        raise InvalidTypeError(f"columns must map column names to sequences, got {type(columns).__name__}")
    known = [c.name for c in CASE_LOG_COLUMNS]
    missing = [c.name for c in CASE_LOG_COLUMNS if c.required and c.name not in columns]
    if missing:
        raise InvalidInputError(f"a case log needs the columns {', '.join(missing)}")
    names = [n for n in known if n in columns] + [n for n in columns if n not in known]
    for name in names:
        if not isinstance(name, str):
            raise InvalidTypeError(f"column names must be str, got {type(name).__name__}")
        if isinstance(columns[name], str | bytes) or not isinstance(columns[name], Sequence):
            raise InvalidTypeError(f"column {name!r} must be a sequence of values, got {type(columns[name]).__name__}")
    if not isinstance(path, str | os.PathLike):
        raise InvalidTypeError(f"path must be a str or os.PathLike, got {type(path).__name__}")
    lengths = {len(columns[n]) for n in names}
    if len(lengths) != 1:
        raise InvalidInputError(f"the columns have different lengths: {sorted(lengths)}")
    try:
        with open(path, "w", newline="", encoding="utf-8", errors="surrogateescape") as f:
            writer = csv.writer(f)
            writer.writerow(names)
            for row in zip(*(columns[n] for n in names), strict=True):
                writer.writerow([_cell(v) for v in row])
    except (OSError, ValueError) as exc:
        raise InvalidInputError(f"cannot write the case log to {str(path)[:200]!r}: {exc}") from exc
