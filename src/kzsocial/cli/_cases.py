"""The ``audit`` command: a case log (CSV or Parquet) in, the acts' indicators and the late cases out.

A CSV log is read in chunks, so a log of millions of cases runs in bounded memory; a progress bar goes to
stderr when it is a terminal (or with ``--progress``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

__all__ = ["register"]


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "audit",
        help="audit a case log: terms kept, the acts' quality indicators",
        description="Audit a case log (CSV or Parquet, the columns of docs/cases.md): each case's due moment and "
        "verdict, and every quality indicator of the services' acts per office and period, beside its normative "
        "value. Prints a summary table (or JSON with --json); --out writes the full report as JSON.",
    )
    p.add_argument("log", type=Path, metavar="CASES", help="the case log: a .csv or .parquet file")
    p.add_argument("--out", type=Path, default=None, help="write the report (JSON) to this file")
    p.add_argument("--period", default="month", choices=["month", "quarter", "year", "all"], help="default: month")
    p.add_argument("--as-of", dest="as_of", default=None, help="count open cases past their due moment as late")
    p.add_argument("--chunk-size", dest="chunk_size", type=int, default=100_000, help="rows read at a time (CSV)")
    p.add_argument("--progress", action="store_true", help="show a progress bar on stderr even when not a terminal")
    p.add_argument("--limit", type=int, default=40, help="rows of the summary table (default 40)")
    p.add_argument("--json", action="store_true", help="print the report as JSON instead of the table")
    p.set_defaults(handler=_audit)


class _Progress:
    """A one-line progress bar on a stream: bytes read of the file's size."""

    def __init__(self, stream: TextIO, total: int, enabled: bool) -> None:
        self.stream = stream
        self.total = max(total, 1)
        self.enabled = enabled
        self.cases = 0

    def update(self, done: int, cases: int) -> None:
        self.cases += cases
        if not self.enabled:
            return
        share = min(done / self.total, 1.0)
        filled = int(share * 30)
        self.stream.write(f"\raudit [{'#' * filled}{'.' * (30 - filled)}] {share:4.0%} {self.cases:,} cases")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


def _audit(args: argparse.Namespace) -> int:
    import datetime as dt

    from kzsocial.cli._args import UsageError
    from kzsocial.errors import MissingExtraError

    try:
        import pandas as pd
    except ImportError as exc:
        raise MissingExtraError("kzsocial audit", "audit", "pandas") from exc
    from kzsocial.cases._audit import (
        AuditReport,
        add_totals,
        breaking_rows,
        case_results,
        combine_counts,
        indicator_counts,
        indicators,
        read_case_log,
        totals,
    )

    path: Path = args.log
    if not path.is_file():
        raise UsageError(f"audit: no case log at {path}")
    if args.chunk_size < 1:
        raise UsageError("audit: --chunk-size must be 1 or more")
    as_of = None
    if args.as_of is not None:
        try:
            as_of = dt.datetime.fromisoformat(args.as_of)
        except ValueError:
            raise UsageError(f"audit: --as-of {args.as_of!r} is not a date and time (YYYY-MM-DDTHH:MM)") from None
        if as_of.tzinfo is not None:
            raise UsageError(
                f"audit: --as-of {args.as_of!r} has an offset; give the offices' local time without one "
                "(YYYY-MM-DDTHH:MM), as the case log's moments are"
            )
    progress = _Progress(sys.stderr, path.stat().st_size, args.progress or sys.stderr.isatty())
    counts: list[Any] = []
    broken: list[Any] = []
    total: dict[str, Any] | None = None
    with open(path, "rb") as handle:
        if path.suffix.lower() in (".parquet", ".pq"):
            chunks: Any = [pd.read_parquet(handle)]
        else:
            chunks = pd.read_csv(handle, dtype=str, keep_default_na=False, chunksize=args.chunk_size)
        for chunk in chunks:
            results = case_results(read_case_log(chunk), period=args.period, as_of=as_of)
            counts.append(indicator_counts(results))
            broken.append(breaking_rows(results))
            part = totals(results)
            total = part if total is None else add_totals(total, part)
            progress.update(handle.tell(), len(results))
    progress.close()
    if total is None:
        raise UsageError(f"audit: {path} holds no cases")
    late = pd.concat(broken, ignore_index=True)
    report = AuditReport(late, indicators(combine_counts(counts), late), args.period, total)
    data = report.to_dict()
    if args.out is not None:
        try:
            args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        except OSError as exc:  # exit 3 (the output could not be written), naming the option
            raise OSError(f"--out {args.out}: {exc.strerror or exc}") from None
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(report.summary(limit=args.limit))
        if args.out is not None:
            print(f"report written to {args.out}")
    return 0
