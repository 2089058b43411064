"""Case tables: deadlines for many cases at once, case logs and the acts' quality indicators.

- :func:`bulk_deadlines`: :func:`~kzsocial.calendar.compute_deadline` for a whole column of cases at once.
- :data:`CASE_LOG_COLUMNS`: the case-log column format (CSV or Parquet); :func:`read_case_log`,
  :func:`write_case_log`.
- :func:`audit`: each case's due moment and verdict, and every quality indicator the acts define, computed as
  they define it beside its normative value; :func:`case_results`, :func:`indicator_counts`,
  :func:`combine_counts` and :func:`indicators` are its additive steps; :func:`audit_dask` runs them on a
  Dask cluster (``docs/cases.md``).

The name is the inspectors' and integrators' unit of work: a table of cases, one row per submission. Importing
this package needs nothing beyond the core; computing needs numpy (``pip install 'kzsocial[bulk]'``), the audit
pandas (``kzsocial[audit]``), and pyarrow or polars only for their own columns.
"""

from __future__ import annotations

from kzsocial.cases._audit import (
    BAD_CELLS,
    PERIODS,
    AuditReport,
    IndicatorResult,
    audit,
    case_results,
    classify,
    combine_counts,
    indicator_counts,
    indicators,
    read_case_log,
)
from kzsocial.cases._bulk import REASON_CODES, BulkDeadlines, bulk_deadlines
from kzsocial.cases._dask import audit_dask
from kzsocial.cases._log import CASE_LOG_COLUMNS, CaseLogColumn, write_case_log

__all__ = [
    "BAD_CELLS",
    "CASE_LOG_COLUMNS",
    "PERIODS",
    "REASON_CODES",
    "AuditReport",
    "BulkDeadlines",
    "CaseLogColumn",
    "IndicatorResult",
    "audit",
    "audit_dask",
    "bulk_deadlines",
    "case_results",
    "classify",
    "combine_counts",
    "indicator_counts",
    "indicators",
    "read_case_log",
    "write_case_log",
]
