"""The audit on a Dask cluster: :func:`case_results` per partition (``map_partitions``), the additive counts
summed by Dask, and the indicators computed on the small result."""

from __future__ import annotations

import datetime as dt
from typing import Any

from kzsocial.calendar import CountingPolicy, WorkCalendar
from kzsocial.cases._audit import IndicatorResult, breaking_rows, case_results, indicator_counts, indicators
from kzsocial.errors import InvalidTypeError, MissingExtraError

__all__ = ["audit_dask"]

_GROUP = ["service", "office", "period"]


def audit_dask(
    log: Any,
    *,
    period: str = "month",
    calendar: WorkCalendar | None = None,
    policy: CountingPolicy | None = None,
    as_of: dt.datetime | None = None,
    max_breaking: int = 20,
) -> tuple[tuple[IndicatorResult, ...], Any]:
    """Audit a case log held as a Dask DataFrame (for example ``dd.read_csv("cases-*.csv", dtype=str,
    keep_default_na=False)`` or ``dd.read_parquet``) on the cluster of the current Dask client.

    Returns the indicators (computed) and the per-case results as a lazy Dask DataFrame (one row per case, the
    columns of :func:`case_results`), to filter or write out with Dask.
    """
    try:
        import dask.dataframe as dd
    except ImportError as exc:  # pragma: no cover - the test extra installs dask
        raise MissingExtraError("kzsocial.cases.audit_dask", "dask", "dask[dataframe]") from exc
    if not isinstance(log, dd.DataFrame):
        raise InvalidTypeError(f"log must be a dask.dataframe.DataFrame, got {type(log).__name__}")
    frame: Any = log
    options: dict[str, Any] = {"period": period, "calendar": calendar, "policy": policy, "as_of": as_of}
    meta = case_results(frame._meta, **options)
    results = frame.map_partitions(case_results, **options, meta=meta)
    counts_meta = indicator_counts(meta)
    counts = results.map_partitions(indicator_counts, meta=counts_meta).groupby(_GROUP).sum().compute()
    breaking = results.map_partitions(breaking_rows, meta=meta).compute()
    return indicators(counts.reset_index(), breaking, max_breaking=max_breaking), results
