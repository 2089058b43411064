"""Case tables: deadlines for many cases at once (:func:`bulk_deadlines`).

The name is the inspectors' and integrators' unit of work: a table of cases, one row per submission. Importing
this package needs nothing beyond the core; computing needs numpy (``pip install 'kzsocial[bulk]'``), and
pandas, pyarrow or polars only for their own columns.
"""

from __future__ import annotations

from kzsocial.cases._bulk import REASON_CODES, BulkDeadlines, bulk_deadlines

__all__ = ["REASON_CODES", "BulkDeadlines", "bulk_deadlines"]
