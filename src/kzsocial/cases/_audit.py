"""Auditing a case log: each case's due moment and whether it was kept, and the acts' quality indicators.

The computation has three additive steps so that it runs the same on one machine and on a cluster:
:func:`case_results` (one row per case, any partition of the log), :func:`indicator_counts` (numerators and
denominators per service, office and period, which add up across partitions) and :func:`indicators` (the
shares beside the acts' normative values). :func:`audit` runs the three on a whole log.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from attrs import frozen

from kzsocial._checks import brief
from kzsocial.calendar import CountingPolicy, TermUnit, WorkCalendar, default_calendar
from kzsocial.errors import InvalidInputError, InvalidTypeError, MissingExtraError
from kzsocial.provenance import LocalizedText, Source

__all__ = [
    "BAD_CELLS",
    "PERIODS",
    "AuditReport",
    "IndicatorResult",
    "add_totals",
    "audit",
    "breaking_rows",
    "case_results",
    "classify",
    "combine_counts",
    "indicator_counts",
    "indicators",
    "read_case_log",
    "totals",
]

BAD_CELLS = "bad_cells"
"""The column :func:`read_case_log` adds (and :func:`case_results` keeps): per row, the columns whose cell held
something that is not a value of its kind (a moment that is not ISO 8601, minutes that are not a number, a
``complaint_justified`` that is not true/false), comma-separated; empty when every cell was read. Such a row gets
no verdict (reason ``bad_value``) and counts in no indicator: an unreadable moment is never taken for one that did
not happen."""
PERIODS = ("month", "quarter", "year", "all")
"""The ways an audit groups cases in time: ``month``, ``quarter``, ``year`` or ``all`` (the whole log as one period)."""
_DATETIME_COLUMNS = (
    "submitted_at",
    "registered_at",
    "event_at",
    "documents_missing_at",
    "suspended_at",
    "resumed_at",
    "result_ready_at",
    "handed_over_at",
    "refused_at",
    "complaint_filed_at",
    "complaint_answered_at",
)
_QUEUE_MINUTES = (15, 20, 30, 40)
"""The queue limits the acts' indicators name (each gets its own counter)."""


def _pandas() -> Any:
    try:
        import numpy  # noqa: F401
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - the test extra installs pandas
        raise MissingExtraError("the case-log audit", "audit", "pandas") from exc
    return pd


# -- reading -----------------------------------------------------------------------------------------------------


def _bool_column(values: Any) -> Any:
    pd = _pandas()
    text = values.astype("string").str.strip().str.lower()
    out = pd.Series(pd.NA, index=values.index, dtype="boolean")
    out[text.isin(["true", "1", "yes", "да", "иә"])] = True
    out[text.isin(["false", "0", "no", "нет", "жоқ"])] = False
    return out


def _prepare(frame: Any) -> Any:
    """The log with its columns typed: datetimes (naive, office-local), booleans, minutes, strings."""
    try:
        return _typed(frame)
    except (ValueError, TypeError, OverflowError) as exc:
        if isinstance(exc, InvalidInputError | InvalidTypeError):
            raise
        raise InvalidInputError(f"the case log's columns cannot be read: {type(exc).__name__}: {exc}") from exc


def _typed(frame: Any) -> Any:
    pd = _pandas()
    missing = [c for c in ("case_id", "service", "submitted_at") if c not in frame.columns]
    if missing:
        raise InvalidInputError(
            f"a case log needs the columns {', '.join(missing)}; see kzsocial.cases.CASE_LOG_COLUMNS"
        )
    out = frame.copy()
    bad = pd.Series("", index=out.index, dtype="string")

    def unreadable(name: str, given: Any, read: Any) -> None:
        """Mark the rows whose cell of ``name`` holds something (not empty) that could not be read."""
        text = given.astype("string").str.strip()
        mask = (given.notna() & text.fillna("").ne("") & read.isna()).to_numpy(dtype=bool, na_value=False)
        if mask.any():
            bad[mask] = bad[mask].where(bad[mask] == "", bad[mask] + ",") + name

    for name in _DATETIME_COLUMNS:
        if name not in out.columns:
            continue
        col = out[name]
        if not pd.api.types.is_datetime64_any_dtype(col.dtype):
            given = col
            col = pd.to_datetime(col.replace("", None), errors="coerce", format="ISO8601")
            unreadable(name, given, col)
        if getattr(col.dt, "tz", None) is not None:
            raise InvalidInputError(
                f"column {name} holds time-zone aware moments; a case log holds office-local times without offset"
            )
        out[name] = col.astype("datetime64[us]")
    for name in ("case_id", "service", "office", "channel"):
        if name in out.columns:
            out[name] = out[name].astype("string").fillna("").str.strip()
        else:
            out[name] = ""
    for name in ("queue_wait_submit_min", "queue_wait_receive_min"):
        if name in out.columns:
            given = out[name]
            out[name] = pd.to_numeric(given.replace("", None), errors="coerce").astype("Float64")
            unreadable(name, given, out[name])
    if "complaint_justified" in out.columns:
        col = out["complaint_justified"]
        out["complaint_justified"] = col.astype("boolean") if col.dtype == bool else _bool_column(col)
        unreadable("complaint_justified", col, out["complaint_justified"])
    out[BAD_CELLS] = bad
    out.attrs["kzsocial_prepared"] = True
    return out


def _frame(value: Any, what: str, columns: Iterable[str] = ()) -> Any:
    """``value`` when it is a pandas DataFrame with ``columns``; else a clear error (issue 11)."""
    pd = _pandas()
    if not isinstance(value, pd.DataFrame):
        raise InvalidTypeError(f"{what} must be a pandas DataFrame, got {type(value).__name__}")
    missing = [c for c in columns if c not in value.columns]
    if missing:
        raise InvalidInputError(f"{what} lacks the column(s) {', '.join(missing)}")
    return value


def read_case_log(source: str | os.PathLike[str] | Any) -> Any:
    """A case log as a pandas DataFrame with typed columns, from a CSV or Parquet file or a DataFrame / Arrow
    table / mapping of columns."""
    pd = _pandas()
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        try:
            if not path.is_file():
                raise InvalidInputError(f"no case log file at {str(path)[:200]}")
            if path.suffix.lower() in (".parquet", ".pq"):
                frame = pd.read_parquet(path)
            else:
                frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        except (OSError, UnicodeError) as exc:
            raise InvalidInputError(f"cannot read the case log {str(path)[:200]}: {exc}") from None
    elif isinstance(source, pd.DataFrame):
        frame = source
    elif type(source).__module__.startswith("pyarrow") and hasattr(source, "to_pandas"):
        frame = source.to_pandas()
    elif isinstance(source, Mapping):
        try:
            frame = pd.DataFrame(dict(source))
        except (ValueError, TypeError) as exc:
            raise InvalidInputError(f"a case log's columns must be lists of one length: {exc}") from None
    else:
        raise InvalidTypeError(
            f"a case log is a CSV or Parquet path, a pandas DataFrame, an Arrow table or a mapping of columns, "
            f"got {type(source).__name__}"
        )
    return _prepare(frame)


# -- per case ----------------------------------------------------------------------------------------------------


def _period(moments: Any, period: str) -> Any:
    if period == "all":
        return moments.map(lambda _: "all").astype("string")
    code = {"month": "M", "quarter": "Q", "year": "Y"}[period]
    return moments.dt.to_period(code).astype("string").fillna("")


def _unit_of(term: Any) -> TermUnit:
    from kzsocial.calendar import StagedTerm

    return term.stages[-1].term.unit if isinstance(term, StagedTerm) else term.unit


def _late_by(
    unit: TermUnit, due: dt.datetime, served: dt.datetime, hours: Any, calendar: WorkCalendar, policy: CountingPolicy
) -> tuple[float, str]:
    """How late ``served`` is after ``due``, in the unit the act counts the term in."""
    if unit is TermUnit.DAYS_UNQUALIFIED:
        unit = policy.unqualified_days
    if unit.is_working_time:
        minutes = hours.working_time_between(due, served, calendar) / dt.timedelta(minutes=1)
        if unit is TermUnit.HOURS:
            return minutes / 60, "working_hours"
        return minutes, "working_minutes"
    if unit in (TermUnit.WORKING_DAYS, TermUnit.BANKING_DAYS):
        return float(calendar.working_days_between(due.date(), served.date())), "working_days"
    return float((served.date() - due.date()).days), "calendar_days"


def case_results(
    log: Any,
    *,
    period: str = "month",
    calendar: WorkCalendar | None = None,
    policy: CountingPolicy | None = None,
    as_of: dt.datetime | None = None,
) -> Any:
    """One row per case: its due moment, whether the term was kept and by how much it was missed, its queue waits
    against the act's limits, and the facts the indicators count. Works on any part of a log (a Dask partition).

    ``as_of`` (office-local) counts a case still open at that moment and past its due moment as late; without
    it an open case is neither kept nor late.
    """
    pd = _pandas()
    from kzsocial.cases._bulk import bulk_deadlines
    from kzsocial.errors import NotFoundError
    from kzsocial.registry import offices
    from kzsocial.services import catalog, hours_for

    if not isinstance(period, str):
        raise InvalidTypeError(f"period must be a str, one of {', '.join(PERIODS)}; got {type(period).__name__}")
    if period not in PERIODS:
        raise InvalidInputError(f"period must be one of {', '.join(PERIODS)}, got {period[:80]!r}")
    if not isinstance(log, pd.DataFrame):
        log = read_case_log(log)
    if calendar is None:
        calendar = default_calendar()
    elif not isinstance(calendar, WorkCalendar):
        raise InvalidTypeError(f"calendar must be a WorkCalendar or None, got {type(calendar).__name__}")
    if policy is None:
        policy = CountingPolicy()
    elif not isinstance(policy, CountingPolicy):
        raise InvalidTypeError(f"policy must be a CountingPolicy or None, got {type(policy).__name__}")
    if as_of is not None and (not isinstance(as_of, dt.datetime) or as_of.tzinfo is not None):
        raise InvalidTypeError("as_of must be a naive (office-local) datetime.datetime or None")
    if not isinstance(log, pd.DataFrame):
        log = read_case_log(log)
    frame = log if log.attrs.get("kzsocial_prepared") else _prepare(log)
    n = len(frame)
    cat = catalog()
    registry = offices()
    reason: list[str | None] = [None] * n
    terms: list[Any] = [None] * n
    hours: list[Any] = [None] * n
    units: list[TermUnit | None] = [None] * n
    submit_limit: list[float | None] = [None] * n
    receive_limit: list[float | None] = [None] * n
    cache: dict[tuple[str, str, str], tuple[Any, Any, str | None, float | None, float | None]] = {}
    for k, (sid, oid, ch) in enumerate(
        zip(frame["service"].tolist(), frame["office"].tolist(), frame["channel"].tolist(), strict=True)
    ):
        key = (sid, oid, ch)
        found = cache.get(key)
        if found is None:
            why: str | None = None
            term = hrs = None
            s_lim = r_lim = None
            try:
                svc = cat.get(sid)
            except NotFoundError:
                svc, why = None, "unknown_service"
            if svc is not None:
                office = None
                if oid:
                    try:
                        office = registry.get(oid)
                    except NotFoundError:
                        why = "unknown_office"
                try:
                    term = svc.term_for(ch or None)
                except (InvalidInputError, InvalidTypeError):
                    why = why or "bad_value"
                hrs = hours_for(svc, office)
                for q in svc.queue_limits:
                    if q.applies_to is None and q.stage.value == "submit" and s_lim is None:
                        s_lim = float(q.minutes)
                    if q.applies_to is None and q.stage.value == "receive" and r_lim is None:
                        r_lim = float(q.minutes)
            found = cache[key] = (term, hrs, why, s_lim, r_lim)
        terms[k], hours[k], reason[k], submit_limit[k], receive_limit[k] = found
        if found[0] is not None:
            units[k] = _unit_of(found[0].term)
    bad_cells = frame[BAD_CELLS] if BAD_CELLS in frame.columns else pd.Series("", index=frame.index, dtype="string")
    bad_rows = bad_cells.fillna("").ne("").to_numpy(dtype=bool)
    reason = ["bad_value" if b else r for r, b in zip(reason, bad_rows, strict=True)]
    usable = [t if r is None else None for t, r in zip(terms, reason, strict=True)]
    event = frame["event_at"] if "event_at" in frame.columns else None
    got = bulk_deadlines(
        frame["submitted_at"].reset_index(drop=True),
        usable,
        hours=hours,
        starts_at=None if event is None else event.reset_index(drop=True),
        calendar=calendar,
        policy=policy,
    )
    due = got.due_at.set_axis(frame.index)
    bulk_reason = got.reason.tolist()
    reason = [r if r is not None else b for r, b in zip(reason, bulk_reason, strict=True)]

    def col(name: str) -> Any:
        if name in frame.columns:
            return frame[name]
        return pd.Series(pd.NaT, index=frame.index, dtype="datetime64[us]")

    served = col("result_ready_at")
    refused = col("refused_at")
    served = served.where(served.notna() & (refused.isna() | (served <= refused)), refused)
    served = served.fillna(col("handed_over_at"))
    kept = pd.Series(pd.NA, index=frame.index, dtype="boolean")
    both = served.notna() & due.notna()
    kept[both] = (served[both] <= due[both]).to_numpy()
    if as_of is not None:
        open_late = served.isna() & due.notna() & (due < pd.Timestamp(as_of))
        kept[open_late] = False
    late_by = pd.Series(float("nan"), index=frame.index, dtype="float64")
    late_unit = pd.Series("", index=frame.index, dtype="string")
    for k in [int(i) for i in (kept == False).to_numpy(dtype=bool, na_value=False).nonzero()[0]]:  # noqa: E712
        unit = units[k]
        if unit is None:
            continue
        end = served.iloc[k] if not pd.isna(served.iloc[k]) else pd.Timestamp(as_of)
        value, name = _late_by(unit, due.iloc[k].to_pydatetime(), end.to_pydatetime(), hours[k], calendar, policy)
        late_by.iloc[k] = value
        late_unit.iloc[k] = name

    out = pd.DataFrame(
        {
            "case_id": frame["case_id"],
            "service": frame["service"],
            "office": frame["office"],
            "period": _period(frame["submitted_at"], period),
            "due_at": due,
            "served_at": served,
            "kept": kept,
            "late_by": late_by,
            "late_unit": late_unit,
            "reason": pd.Series(reason, index=frame.index, dtype="string"),
        }
    )
    for stage, limits in (("submit", submit_limit), ("receive", receive_limit)):
        wait = frame[f"queue_wait_{stage}_min"] if f"queue_wait_{stage}_min" in frame.columns else None
        limit = pd.Series(limits, index=frame.index, dtype="Float64")
        out[f"queue_{stage}_wait"] = wait if wait is not None else pd.Series(pd.NA, index=frame.index, dtype="Float64")
        out[f"queue_{stage}_limit"] = limit
        ok = pd.Series(pd.NA, index=frame.index, dtype="boolean")
        if wait is not None:
            has = wait.notna() & limit.notna()
            ok[has] = (wait[has] <= limit[has]).to_numpy()
        out[f"queue_{stage}_ok"] = ok
    out["first_time"] = (
        col("documents_missing_at").isna().astype("boolean")
        if "documents_missing_at" in frame.columns
        else pd.Series(pd.NA, index=frame.index, dtype="boolean")
    )
    out["complained"] = col("complaint_filed_at").notna()
    if "complaint_justified" in frame.columns:  # a case without a complaint has no justified complaint
        justified = frame["complaint_justified"].astype("boolean")
        out["complaint_justified"] = justified.where(justified.notna() | out["complained"], False)
    else:
        out["complaint_justified"] = pd.Series(pd.NA, index=frame.index, dtype="boolean")
    out["suspended"] = col("suspended_at").notna()
    if bad_rows.any():  # a row with an unreadable cell counts in no indicator: its facts are unknown, not absent
        for name in (
            "served_at",
            "kept",
            "queue_submit_wait",
            "queue_receive_wait",
            "queue_submit_ok",
            "queue_receive_ok",
            "first_time",
            "complained",
            "complaint_justified",
            "suspended",
        ):
            if out[name].dtype == bool:
                out[name] = out[name].astype("boolean")
            out.loc[bad_rows, name] = pd.NA if name != "served_at" else pd.NaT
    out[BAD_CELLS] = bad_cells.fillna("").astype("string")
    return out


# -- counting ----------------------------------------------------------------------------------------------------


def _check_frame(frame: Any, what: str, columns: tuple[str, ...]) -> None:
    pd = _pandas()
    if not isinstance(frame, pd.DataFrame):
        raise InvalidTypeError(f"{what} must be a pandas DataFrame from kzsocial.cases, got {type(frame).__name__}")
    missing = [c for c in (*_GROUP, *columns) if c not in frame.columns]
    if missing:
        raise InvalidInputError(f"{what} lacks the columns {', '.join(missing)}; pass what kzsocial.cases made")


_GROUP = ["service", "office", "period"]


def _counters(results: Any) -> dict[str, tuple[Any, Any]]:
    """Per indicator key, (numerator flags, denominator flags) over the cases."""
    kept = results["kept"]
    wait = results["queue_submit_wait"]
    served = results["served_at"].notna()
    justified = results["complaint_justified"]
    out: dict[str, tuple[Any, Any]] = {
        "on_time": ((kept == True).fillna(False), kept.notna()),  # noqa: E712
        "first_time": ((results["first_time"] == True).fillna(False), results["first_time"].notna()),  # noqa: E712
        "complaints": ((justified == True).fillna(False), served),  # noqa: E712
    }
    for minutes in _QUEUE_MINUTES:
        out[f"queue_le_{minutes}"] = ((wait <= minutes).fillna(False), wait.notna())
    return out


def indicator_counts(results: Any) -> Any:
    """Numerators and denominators per service, office and period (``<key>_num``, ``<key>_den``): they add up
    across parts of a log, so a cluster sums them."""
    pd = _pandas()
    _frame(results, "results (from case_results)", _GROUP)
    data = {name: results[name] for name in _GROUP}
    for key, (num, den) in _counters(results).items():
        data[f"{key}_num"] = num.astype("int64")
        data[f"{key}_den"] = den.astype("int64")
    if "complaint_justified" in results.columns:
        data["justified_known"] = results["complaint_justified"].notna().astype("int64")
    data["cases"] = pd.Series(1, index=results.index, dtype="int64")
    return pd.DataFrame(data).groupby(_GROUP, as_index=False, sort=True).sum()


# -- the acts' indicators ----------------------------------------------------------------------------------------


@frozen
class IndicatorResult:
    """One quality indicator of a service's act, for one office and period: computed as the act defines it,
    beside its normative value, with the cases that broke it; or not measurable from the log, and why."""

    service: str
    """The service id (``karaganda-2008/...``) whose act defines the indicator."""
    office: str
    """The office id the cases were counted for, as the case log gives it."""
    period: str
    """The period's label: ``2025-01`` (month), ``2025Q1`` (quarter), ``2025`` (year) or ``all``."""
    code: str | None
    """The indicator's code in its act (its number or key in the quality table); ``None`` where the act gives none."""
    name: LocalizedText
    """The indicator's name as the act prints it (kk; ru and en where known)."""
    source: Source
    """Where the act prints the indicator."""
    normative: str | None
    """The normative value as the act prints it."""
    normative_value: float | None
    """The normative value as a number (per cent); ``None`` where the act's value is not a number."""
    direction: str
    """``at_least`` (a share that should reach the normative) or ``at_most`` (complaints)."""
    measurable: bool
    """``False`` when a case log cannot measure it (a survey, an inspection of the files); ``why_not`` says why and the
    counts stay 0."""
    why_not: str | None = None
    """Why the indicator cannot be measured from the log, in plain words; ``None`` when it is measurable."""
    value: float | None = None
    """The share in per cent."""
    numerator: int = 0
    """The cases that count for the share (kept the term, were served within the queue limit, ...)."""
    denominator: int = 0
    """The cases the share is taken of (those the indicator applies to in the group)."""
    met: bool | None = None
    """``True`` when ``value`` reaches the normative (``at_least``) or stays under it (``at_most``); ``None`` when not
    measurable or without cases or a normative value."""
    breaking: tuple[str, ...] = ()
    """Case ids that broke the indicator (the first ones)."""
    breaking_count: int = 0
    """How many cases broke the indicator (``breaking`` lists only the first ones)."""

    def to_dict(self) -> dict[str, Any]:
        """This result as a JSON-ready dict (a report's form: there is no ``from_dict``)."""
        return {
            "service": self.service,
            "office": self.office,
            "period": self.period,
            "code": self.code,
            "name": {"kk": self.name.kk, "ru": self.name.ru, "en": self.name.en},
            "source": {"file": self.source.file, "line": self.source.line, "text": self.source.text},
            "normative": self.normative,
            "normative_value": self.normative_value,
            "direction": self.direction,
            "measurable": self.measurable,
            "why_not": self.why_not,
            "value": self.value,
            "numerator": self.numerator,
            "denominator": self.denominator,
            "met": self.met,
            "breaking": list(self.breaking),
            "breaking_count": self.breaking_count,
        }

    def as_dict(self) -> dict[str, Any]:
        """Deprecated: :meth:`to_dict` (one naming rule for dict forms: ``to_dict``)."""
        import warnings

        warnings.warn("IndicatorResult.as_dict() is deprecated; use IndicatorResult.to_dict()", DeprecationWarning, 2)
        return self.to_dict()


_NOT_MEASURABLE = {
    "complaint_term": "the acts in the catalogue state no term for answering a complaint, so whether a complaint "
    "was answered within it cannot be checked from a case log",
    "survey": "a share of satisfied applicants comes from surveying them; a case log does not hold it",
    "documents_correct": "whether the official drew up the documents correctly needs an inspection of the files",
    "internet": "the share of information available on the Internet is about what the office publishes, not "
    "about cases",
    "unknown": "no rule maps this indicator to the facts of a case log",
}


def classify(name: str) -> tuple[str, str]:
    """(the counter key or a not-measurable key prefixed ``!``, the direction) for an indicator's Kazakh name."""
    if not isinstance(name, str):
        raise InvalidTypeError(f"an indicator's name is a str, got {type(name).__name__}")
    text = name.lower()
    if "шағым" in text and "мерзімде қаралған" in text:
        return "!complaint_term", "at_least"
    if "қанағат" in text:
        return "!survey", "at_least"
    queue = re.search(r"кезекте\s+(\d+)\s*минут", text)
    if queue:
        return f"queue_le_{queue.group(1)}", "at_least"
    if "бірінші рет" in text or "бірден" in text:
        return "first_time", "at_least"
    if "шағым" in text and "жалпы сан" in text:
        return "complaints", "at_most"
    if "мерзімде" in text:
        return "on_time", "at_least"
    if "ресімде" in text or "рәсімде" in text:
        return "!documents_correct", "at_least"
    if "интернет" in text:
        return "!internet", "at_least"
    return "!unknown", "at_least"


def _normative(raw: str | None) -> float | None:
    if raw is None:
        return None
    try:
        return float(raw.strip().rstrip("%").strip().replace(",", "."))
    except ValueError:
        return None


def _breaking_mask(results: Any, key: str) -> Any:
    if key == "on_time":
        return results["kept"] == False  # noqa: E712
    if key == "first_time":
        return results["first_time"] == False  # noqa: E712
    if key == "complaints":
        return results["complaint_justified"] == True  # noqa: E712
    minutes = int(key.rsplit("_", 1)[1])
    return results["queue_submit_wait"] > minutes


def indicators(counts: Any, results: Any = None, *, max_breaking: int = 20) -> tuple[IndicatorResult, ...]:
    """Every quality indicator each service's act defines, per service, office and period of ``counts``
    (:func:`indicator_counts`); ``results`` (:func:`case_results`) names the cases that broke each one."""
    from kzsocial.errors import NotFoundError
    from kzsocial.services import catalog

    _frame(counts, "counts (from indicator_counts)", _GROUP)
    if results is not None:
        _frame(results, "results (from case_results)")
    if isinstance(max_breaking, bool) or not isinstance(max_breaking, int):
        raise InvalidTypeError(f"max_breaking must be an int, got {type(max_breaking).__name__}")
    cat = catalog()
    out: list[IndicatorResult] = []
    groups = None
    if results is not None:
        groups = dict(iter(results.groupby(_GROUP, sort=False)))
    for row in counts.sort_values(_GROUP, kind="stable").to_dict("records"):
        try:
            svc = cat.get(row["service"])
        except NotFoundError:
            continue
        part = groups.get((row["service"], row["office"], row["period"])) if groups is not None else None
        for q in svc.quality_indicators:
            key, direction = classify(q.name.kk)
            common = {
                "service": row["service"],
                "office": row["office"],
                "period": row["period"],
                "code": q.code,
                "name": q.name,
                "source": q.source,
                "normative": q.normative,
                "normative_value": _normative(q.normative),
                "direction": direction,
            }
            if key.startswith("!"):
                out.append(IndicatorResult(measurable=False, why_not=_NOT_MEASURABLE[key[1:]], **common))
                continue
            if key == "complaints" and not row.get("justified_known", 0):
                out.append(
                    IndicatorResult(
                        measurable=False,
                        why_not="the share counts justified (негізделген) complaints; the log has no "
                        "complaint_justified values",
                        **common,
                    )
                )
                continue
            num, den = int(row.get(f"{key}_num", 0)), int(row.get(f"{key}_den", 0))
            if not den:
                fact = {
                    "on_time": "no case with both a due moment and a result",
                    "first_time": "no documents_missing_at column",
                    "complaints": "no served case",
                }.get(key, "no queue_wait_submit_min values")
                out.append(IndicatorResult(measurable=False, why_not=f"the log records {fact}", **common))
                continue
            value = 100.0 * num / den
            norm = common["normative_value"]
            met = None if norm is None else (value >= norm if direction == "at_least" else value <= norm)
            bad_count = num if direction == "at_most" else den - num
            breaking: tuple[str, ...] = ()
            if part is not None and bad_count:
                mask = _breaking_mask(part, key).fillna(False).to_numpy(dtype=bool)
                breaking = tuple(part["case_id"][mask].head(max_breaking).tolist())
            out.append(
                IndicatorResult(
                    measurable=True,
                    value=value,
                    numerator=num,
                    denominator=den,
                    met=met,
                    breaking=breaking,
                    breaking_count=bad_count,
                    **common,
                )
            )
    return tuple(out)


# -- the whole audit ---------------------------------------------------------------------------------------------


def totals(results: Any) -> dict[str, Any]:
    """How many cases a part of a log holds, were answered, kept their term, were late, and why the others
    have no due moment (additive: :func:`add_totals`)."""
    _frame(results, "results (from case_results)", ("due_at", "kept", "reason"))
    return {
        "cases": len(results),
        "answered": int(results["due_at"].notna().sum()),
        "kept": int((results["kept"] == True).sum()),  # noqa: E712
        "late": int((results["kept"] == False).sum()),  # noqa: E712
        "unanswered": {str(k): int(v) for k, v in results["reason"].dropna().value_counts().items()},
    }


def add_totals(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """The totals of two parts of a log."""
    reasons = dict(a["unanswered"])
    for k, v in b["unanswered"].items():
        reasons[k] = reasons.get(k, 0) + v
    return {**{k: a[k] + b[k] for k in ("cases", "answered", "kept", "late")}, "unanswered": reasons}


def breaking_rows(results: Any) -> Any:
    """The cases that break some indicator or kept no term (the rows an audit report names)."""
    _frame(results, "results (from case_results)", ("kept", "first_time"))
    return results[
        (results["kept"] == False)  # noqa: E712
        | (results["first_time"] == False)  # noqa: E712
        | (results["complaint_justified"] == True)  # noqa: E712
        | (results["queue_submit_wait"] > min(_QUEUE_MINUTES))
        | (results[BAD_CELLS].fillna("") != "" if BAD_CELLS in results.columns else False)
    ]


@frozen
class AuditReport:
    """The audit of a case log: one row per case (a pandas DataFrame), every indicator of the acts, totals."""

    cases: Any
    """The cases as a pandas DataFrame, one row per case with its due moment and verdict (``due_at``, ``kept``,
    ``late_by``, ``late_unit``, the queue checks, ...); the command line's chunked audit keeps only the rows that broke
    something."""
    indicators: tuple[IndicatorResult, ...]
    """Every quality indicator of the services' acts, per service, office and period, computed or marked not measurable
    with the reason."""
    period: str
    """How cases were grouped: ``month``, ``quarter``, ``year`` or ``all`` (one of :data:`PERIODS`)."""
    totals: dict[str, Any]
    """Counts over the whole log: ``cases``, ``answered`` (a due moment computed), ``kept``, ``late`` and ``unanswered``
    (rows without a due moment, by reason code of :data:`REASON_CODES`)."""

    def on_time_share(self) -> dict[str, float]:
        """The share (per cent) of cases served within the term, per office (all services and periods)."""
        kept = self.cases[self.cases["kept"].notna()]
        if kept.empty:
            return {}
        shares = kept.groupby("office")["kept"].mean() * 100
        return {str(k): float(v) for k, v in shares.items()}

    def to_dict(self, *, max_late: int = 1000) -> dict[str, Any]:
        """A JSON-ready form: totals, the late cases (the first ``max_late``), and every indicator (a report's form:
        there is no ``from_dict``; the cases themselves are :attr:`cases`)."""
        late = self.cases[self.cases["kept"] == False]  # noqa: E712

        def iso(value: Any) -> str | None:
            return None if value is None or value != value else str(value.isoformat())

        return {
            "format": "kzsocial-audit/1",
            "period": self.period,
            **self.totals,
            "late_cases": [
                {
                    "case_id": r["case_id"],
                    "service": r["service"],
                    "office": r["office"],
                    "due_at": iso(r["due_at"]),
                    "served_at": iso(r["served_at"]),
                    "late_by": None if r["late_by"] != r["late_by"] else r["late_by"],
                    "late_unit": r["late_unit"] or None,
                }
                for r in late.head(max_late).to_dict("records")
            ],
            "unreadable_cases": [
                {"case_id": r["case_id"], "columns": str(r[BAD_CELLS]).split(",")}
                for r in self._unreadable().head(max_late).to_dict("records")
            ],
            "indicators": [i.to_dict() for i in self.indicators],
        }

    def _unreadable(self) -> Any:
        """The rows of :attr:`cases` with a cell that could not be read (see :data:`BAD_CELLS`)."""
        if BAD_CELLS not in self.cases.columns:
            return self.cases.iloc[:0]
        return self.cases[self.cases[BAD_CELLS].fillna("") != ""]

    def as_dict(self, *, max_late: int = 1000) -> dict[str, Any]:
        """Deprecated: :meth:`to_dict` (one naming rule for dict forms: ``to_dict``)."""
        import warnings

        warnings.warn("AuditReport.as_dict() is deprecated; use AuditReport.to_dict()", DeprecationWarning, 2)
        return self.to_dict(max_late=max_late)

    def summary(self, *, measurable_only: bool = True, limit: int = 40) -> str:
        """A readable table: the measurable indicators per service, office and period, those not met first."""
        rows = [i for i in self.indicators if i.measurable or not measurable_only]
        rows.sort(key=lambda i: (i.met is not False, i.service, i.office, i.period, i.code or ""))
        head = ("service", "office", "period", "code", "value", "norm", "met", "breaking")
        body = [
            (
                i.service,
                i.office or "-",
                i.period,
                i.code or "-",
                "-" if i.value is None else f"{i.value:.1f} %",
                i.normative or "-",
                {True: "yes", False: "NO", None: "-"}[i.met],
                str(i.breaking_count),
            )
            for i in rows[:limit]
        ]
        widths = [max(len(h), *(len(r[c]) for r in body)) if body else len(h) for c, h in enumerate(head)]
        lines = ["  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)).rstrip()]
        lines.append("  ".join("-" * w for w in widths))
        lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in body]
        if len(rows) > limit:
            lines.append(f"... and {len(rows) - limit} more")
        t = self.totals
        unmeasured = sum(1 for i in self.indicators if not i.measurable)
        measured = sum(1 for i in self.indicators if i.measurable)
        missed = sum(1 for i in self.indicators if i.met is False)
        lines.append("")
        lines.append(
            f"{t['cases']} cases: {t['kept']} kept the term, {t['late']} late, "
            f"{t['cases'] - t['kept'] - t['late']} without a verdict; {measured} indicator values "
            f"({missed} below the norm), {unmeasured} not measurable from the log"
        )
        bad = self._unreadable()
        if len(bad):
            shown = ", ".join(f"{r['case_id']} ({r[BAD_CELLS]})" for r in bad.head(5).to_dict("records"))
            more = f" and {len(bad) - 5} more" if len(bad) > 5 else ""
            count = t.get("unanswered", {}).get("bad_value", len(bad))
            what = "case has a cell" if count == 1 else "cases have cells"
            lines.append(f"{count} {what} that could not be read (no verdict, counted in no indicator): {shown}{more}")
        return "\n".join(lines)


def audit(
    log: Any,
    *,
    period: str = "month",
    calendar: WorkCalendar | None = None,
    policy: CountingPolicy | None = None,
    as_of: dt.datetime | None = None,
    max_breaking: int = 20,
) -> AuditReport:
    """Audit a case log (a CSV or Parquet path, a pandas DataFrame, an Arrow table or a mapping of columns):
    each case's due moment and verdict, and every quality indicator its service's act defines, per office,
    service and ``period`` (``month``, ``quarter``, ``year`` or ``all``)."""
    if isinstance(max_breaking, bool) or not isinstance(max_breaking, int) or max_breaking < 0:
        raise InvalidTypeError(f"max_breaking must be an int >= 0, got {brief(max_breaking)}")
    frame = read_case_log(log)
    results = case_results(frame, period=period, calendar=calendar, policy=policy, as_of=as_of)
    counts = indicator_counts(results)
    return AuditReport(results, indicators(counts, results, max_breaking=max_breaking), period, totals(results))


def combine_counts(parts: Iterable[Any]) -> Any:
    """Add up :func:`indicator_counts` of several parts of a log."""
    pd = _pandas()
    if isinstance(parts, str | bytes) or not isinstance(parts, Iterable):
        raise InvalidTypeError(f"parts must be an iterable of indicator_counts frames, got {type(parts).__name__}")
    frames = [_frame(f, "each part (from indicator_counts)", _GROUP) for f in parts]
    if not frames:
        raise InvalidInputError("no counts to combine")
    for frame in frames:
        _check_frame(frame, "each part", ())
    return pd.concat(frames, ignore_index=True).groupby(_GROUP, as_index=False, sort=True).sum()
