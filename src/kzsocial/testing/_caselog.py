"""Synthetic case logs: realistic, deterministic tables of cases for testers, the docs and benchmarks.

>>> log = synthetic_case_log(50, seed=1)
>>> sorted(log)[:4], len(log["case_id"])
(['case_id', 'channel', 'complaint_answered_at', 'complaint_filed_at'], 50)
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import Any

from kzsocial._checks import brief
from kzsocial.errors import InvalidInputError, InvalidTypeError

__all__ = ["synthetic_case_log"]

_MAX_CASES = 1_000_000


def _as_date(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


_DEFAULT_SERVICES = (
    "karaganda-2008/unemployed-registration",
    "karaganda-2008/child-benefits-under-18",
    "karaganda-2008/targeted-social-assistance",
    "zhambyl-2008/targeted-social-assistance",
)


def _moment_in_hours(rng: random.Random, hours: Any, day: dt.date) -> dt.datetime | None:
    intervals = hours.hours_on(day) if hours is not None else ()
    if not intervals:
        return None
    iv = rng.choice(intervals)
    start = iv.start.hour * 60 + iv.start.minute
    end = iv.end.hour * 60 + iv.end.minute
    minute = rng.randrange(start, max(start + 1, end))
    return dt.datetime.combine(day, dt.time(minute // 60, minute % 60, rng.randrange(60)))


def synthetic_case_log(
    n: int = 200,
    *,
    seed: int = 0,
    services: Sequence[str] | None = None,
    start: dt.date = dt.date(2009, 1, 1),
    end: dt.date = dt.date(2009, 12, 31),
    late_share: float = 0.04,
    max_offices: int = 6,
) -> dict[str, list[Any]]:
    """A case log of ``n`` cases in the documented column format (``kzsocial.cases.CASE_LOG_COLUMNS``), as
    columns (``{"case_id": [...], ...}``: feed it to ``pandas.DataFrame`` or ``kzsocial.cases.write_case_log``).

    Cases go to the offices of ``services`` (by default three Karaganda services and one of Zhambyl; at most
    ``max_offices`` offices each; ``n`` at most 1,000,000), handed in mostly while the office is open, some after
    hours. Each office has its own share of late results around ``late_share``; some cases miss documents, some
    are refused, some complain; queue waits are mostly short with a tail past the acts' limits. The same ``seed``
    gives the same log; days between 1991 and 2099.
    """
    for what, value in (("n", n), ("max_offices", max_offices)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidTypeError(f"{what} must be an int >= 0, got {type(value).__name__}")
        if value < 0:
            raise InvalidInputError(f"{what} must be an int >= 0, got {value}")
    if n > 10_000_000:
        raise InvalidInputError(f"n is at most 10,000,000 cases, got {n}")
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise InvalidTypeError(f"seed must be an int, got {type(seed).__name__}")
    if services is not None and (
        isinstance(services, str | bytes)
        or not isinstance(services, Sequence)
        or not all(isinstance(i, str) for i in services)
    ):
        raise InvalidTypeError("services must be a sequence of service ids (str) or None")
    if isinstance(late_share, bool) or not isinstance(late_share, float | int):
        raise InvalidTypeError(f"late_share must be a number from 0 to 1, got {type(late_share).__name__}")
    if not 0 <= late_share <= 1:
        raise InvalidInputError(f"late_share must be between 0 and 1, got {brief(late_share)}")
    for what, day in (("start", start), ("end", end)):
        if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
            raise InvalidTypeError(f"{what} must be a datetime.date, got {type(day).__name__}")
    if end < start:
        raise InvalidInputError(f"end {end} is before start {start}")
    from kzsocial.registry import offices
    from kzsocial.services import catalog, hours_for

    rng = random.Random(seed)
    cat = catalog()
    registry = offices()
    chosen = [cat.get(s) for s in (services or _DEFAULT_SERVICES)]
    places: list[tuple[Any, Any, Any, float]] = []  # (service, office, hours, the office's late share)
    for svc in chosen:
        if svc.term_for(None) is None:
            raise InvalidInputError(f"{svc.id}: the act states no term; a case log of it has no deadlines")
        for oid in svc.office_ids[:max_offices]:
            office = registry.get(oid)
            places.append((svc, office, hours_for(svc, office), rng.uniform(0, 2 * late_share)))
    if not places:
        raise InvalidInputError("the services have no offices")
    columns: dict[str, list[Any]] = {
        name: []
        for name in (
            "case_id",
            "service",
            "office",
            "channel",
            "submitted_at",
            "registered_at",
            "documents_missing_at",
            "result_ready_at",
            "handed_over_at",
            "refused_at",
            "complaint_filed_at",
            "complaint_answered_at",
            "complaint_justified",
            "queue_wait_submit_min",
            "queue_wait_receive_min",
        )
    }
    span = (end - start).days + 1
    for k in range(n):
        svc, office, hours, late = rng.choice(places)
        submitted: dt.datetime | None = None
        for _attempt in range(400):
            day = start + dt.timedelta(days=rng.randrange(span))
            submitted = _moment_in_hours(rng, hours, day)
            if submitted is not None and rng.random() < 0.08:  # after closing
                submitted = dt.datetime.combine(day, dt.time(rng.randrange(18, 23), rng.randrange(60)))
            if submitted is not None:
                break
        if submitted is None:
            raise InvalidInputError(f"{office.id} is not open on any day drawn from {start} to {end}; widen the range")
        d = svc.deadline(submitted, office=office)
        registered = d.registered_at
        missing = rng.random() < 0.06
        refused = rng.random() < 0.03
        if rng.random() < late:
            day_after = d.due_at.date() + dt.timedelta(days=rng.randrange(1, 6))
            ready = dt.datetime.combine(day_after, dt.time(rng.randrange(9, 17), rng.randrange(60)))
        else:
            window = max((d.due_at - registered).total_seconds(), 60.0)
            ready = registered + dt.timedelta(seconds=rng.uniform(0.2, 1.0) * window)
        handed = ready + dt.timedelta(days=rng.randrange(0, 4), minutes=rng.randrange(30, 300))
        complained = rng.random() < 0.012
        columns["case_id"].append(f"C{seed:02d}-{k + 1:06d}")
        columns["service"].append(svc.id)
        columns["office"].append(office.id)
        columns["channel"].append("provider")
        columns["submitted_at"].append(submitted)
        columns["registered_at"].append(registered)
        columns["documents_missing_at"].append(
            submitted + dt.timedelta(minutes=rng.randrange(5, 30)) if missing else None
        )
        columns["result_ready_at"].append(None if refused else ready)
        columns["handed_over_at"].append(None if refused else handed)
        columns["refused_at"].append(ready if refused else None)
        columns["complaint_filed_at"].append(handed + dt.timedelta(days=2) if complained else None)
        columns["complaint_answered_at"].append(
            handed + dt.timedelta(days=rng.randrange(5, 20)) if complained else None
        )
        columns["complaint_justified"].append((rng.random() < 0.3) if complained else None)
        columns["queue_wait_submit_min"].append(round(rng.expovariate(1 / 12), 1))
        columns["queue_wait_receive_min"].append(round(rng.expovariate(1 / 7), 1) if not refused else None)
    return columns
