"""Deadlines for many cases at once: :func:`bulk_deadlines`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from attrs import frozen

from kzsocial._checks import brief
from kzsocial.calendar import CountingPolicy, OfficeHours, StagedTerm, Term, WorkCalendar
from kzsocial.errors import InvalidInputError, InvalidTypeError, MissingExtraError

__all__ = ["REASON_CODES", "BulkDeadlines", "bulk_deadlines"]

REASON_CODES: dict[str, str] = {
    "no_moment": "the row has no submission moment (nor a starting event's moment)",
    "no_term": "the row has no term (the act states none)",
    "no_start_event": "the term runs from another event than the submission and the row has no moment for it",
    "no_hours": "the term counts the office's working time and the office's hours are not known",
    "out_of_range": "the moment, or the answer, falls outside the calendar's range 1991-01-01 to 2100-12-31",
    "aware_without_tz": "the moment is time-zone aware and the office hours have no tz",
    "unknown_office": "no office in the registry has the row's office id",
    "bad_value": "the row holds a value of the wrong type (not a datetime, not a term, not an office)",
}
"""What each reason code of :attr:`BulkDeadlines.reason` means."""


@frozen
class BulkDeadlines:
    """The answers for a batch, one row per case, each column of the kind the moments came in.

    ``registered_at``: when counting starts (rule 1's registration, or the starting event); ``last_day``: the
    term's last day; ``due_at``: when it expires; ``reason``: None for an answered row, else a code of
    :data:`REASON_CODES` (and nulls in the three other columns).
    """

    registered_at: Any
    """Per row, when counting starts (rule 1's registration, or the starting event); null where ``reason`` is set. Like
    every column here, of the kind the moments came in (a list, a numpy array, a pandas, polars or pyarrow column)."""
    last_day: Any
    """Per row, the term's last day (a date); null where ``reason`` is set."""
    due_at: Any
    """Per row, the moment the term expires, of the kind the moments came in (naive office-local, or aware); null where
    ``reason`` is set."""
    reason: Any
    """Per row, ``None`` for an answered row, else a code of :data:`REASON_CODES` saying why there is no answer
    (``no_term``, ``no_hours``, ``out_of_range``, ...)."""
    answered: int
    """How many rows have an answer."""

    def __len__(self) -> int:
        return len(self.reason)

    def reasons(self) -> dict[str, int]:
        """How many rows failed for each reason."""
        counts: dict[str, int] = {}
        for r in self.reason if not hasattr(self.reason, "to_list") else self.reason.to_list():
            if r is not None:
                counts[str(r)] = counts.get(str(r), 0) + 1
        return counts


def _need_numpy() -> None:
    try:
        import numpy  # noqa: F401
    except ImportError as exc:  # pragma: no cover - the test extra installs numpy
        raise MissingExtraError("kzsocial.cases.bulk_deadlines", "bulk", "numpy") from exc


def _term_of(value: object) -> tuple[Term | StagedTerm, bool] | None:
    """(the term, whether it runs from the submission); None for a value that is not a term."""
    if isinstance(value, (Term, StagedTerm)):
        return value, True
    from kzsocial.services import ServiceTerm
    from kzsocial.services._deadline import _SUBMISSION_EVENTS

    if isinstance(value, ServiceTerm):
        return value.term, value.starts_from in _SUBMISSION_EVENTS
    return None


def _hours_of(value: object) -> OfficeHours | str | None:
    """The hours of an office given as OfficeHours, an Office, an office id or None; a reason code when not."""
    if value is None or isinstance(value, OfficeHours):
        return value
    if isinstance(value, str):
        from kzsocial.errors import NotFoundError
        from kzsocial.registry import offices

        try:
            return offices().get(value).hours
        except NotFoundError:
            return "unknown_office"
    from kzsocial.registry import Office

    if isinstance(value, Office):
        return value.hours
    return "bad_value"


def _per_row(value: object, n: int, what: str) -> list[Any] | None:
    """The values of a per-row column as a list, or None when ``value`` is one value for every row."""
    if value is None or isinstance(value, (str, OfficeHours, Term, StagedTerm)):
        return None
    from kzsocial.services import ServiceTerm

    if isinstance(value, ServiceTerm):
        return None
    from kzsocial.registry import Office

    if isinstance(value, Office):
        return None
    to_list = getattr(value, "to_list", None) or getattr(value, "tolist", None) or getattr(value, "to_pylist", None)
    values = list(to_list()) if callable(to_list) else list(value) if isinstance(value, Sequence) else None
    if values is None:
        raise InvalidTypeError(f"{what} must be one value or one per row (a sequence or column), got {brief(value)}")
    if len(values) != n:
        raise InvalidInputError(f"{what} has {len(values)} rows; the moments have {n}")
    return values


def bulk_deadlines(
    submitted_at: Any,
    term: Any,
    *,
    hours: Any = None,
    starts_at: Any = None,
    calendar: WorkCalendar | None = None,
    policy: CountingPolicy | None = None,
    banking_calendar: WorkCalendar | None = None,
) -> BulkDeadlines:
    """:func:`~kzsocial.calendar.compute_deadline` for every row of a case table at once.

    - ``submitted_at``: the submission moments, as a sequence of datetimes (None for a missing one), a numpy
      ``datetime64`` array (NaT), or a pandas / Arrow / Polars datetime column (nulls). Naive moments are on the
      office's wall clock; aware ones are converted to the office's ``tz`` like ``compute_deadline`` does. Pass
      ``None`` when every row's term runs from another event (``starts_at``).
    - ``term``: one :class:`~kzsocial.calendar.Term`, :class:`~kzsocial.calendar.StagedTerm` or
      :class:`~kzsocial.services.ServiceTerm` for every row, or one per row (None: the row has no term).
    - ``hours``: one office for every row or one per row: :class:`~kzsocial.calendar.OfficeHours`, an
      :class:`~kzsocial.registry.Office`, an office id, or None (hours not known).
    - ``starts_at``: for terms that run from another event, that event's moments (same kinds). A row counts
      from its submission when it has one and its term runs from the submission, else from ``starts_at``.

    The results come back in a :class:`BulkDeadlines` whose columns are of the kind ``submitted_at`` (else
    ``starts_at``) is. Rows the rules cannot answer get nulls and a reason code, never a wrong value, and never
    fail the batch. Each answered row equals ``compute_deadline``'s answer for it.
    """
    _need_numpy()
    import numpy as np

    from kzsocial.calendar._compute import counting_arguments
    from kzsocial.cases import _columns as col
    from kzsocial.cases._engine import (
        AWARE_WITHOUT_TZ,
        BAD_VALUE,
        NO_MOMENT,
        NO_START_EVENT,
        NO_TERM,
        OK,
        OUT_OF_RANGE,
        REASONS,
        UNKNOWN_OFFICE,
        compute_group,
    )
    from kzsocial.cases._tables import EPOCH_SHIFT_US, N_DAYS, US_PER_DAY, tables_for
    from kzsocial.cases._zones import zone_table

    calendar, banking_calendar, policy = counting_arguments(calendar, banking_calendar, policy)
    if submitted_at is None and starts_at is None:
        raise InvalidInputError("give submitted_at (the submissions), starts_at= (the starting events), or both")

    sub = col.from_column(submitted_at, "submitted_at") if submitted_at is not None else None
    ev = col.from_column(starts_at, "starts_at") if starts_at is not None else None
    n = len(sub) if sub is not None else len(ev)  # type: ignore[arg-type]
    if sub is not None and ev is not None and len(ev) != n:
        raise InvalidInputError(f"starts_at has {len(ev)} rows; submitted_at has {n}")
    lead = sub if sub is not None else ev
    assert lead is not None
    reason = np.zeros(n, dtype=np.int8)

    # terms: codes into a list of distinct terms
    term_rows = _per_row(term, n, "term")
    terms: list[tuple[Term | StagedTerm, bool]] = []
    if term_rows is None:
        one = _term_of(term)
        if one is None and term is not None:
            raise InvalidTypeError(
                f"term must be a Term, StagedTerm or ServiceTerm (or one per row), got {brief(term)}"
            )
        term_code = np.zeros(n, dtype=np.int32)
        if one is None:
            reason[:] = NO_TERM
        terms.append(one if one is not None else (Term(0, "calendar_days"), True))
    else:
        seen: dict[int, int] = {}
        codes = np.zeros(n, dtype=np.int32)
        for k, value in enumerate(term_rows):
            key = id(value)
            code = seen.get(key)
            if code is None:
                got = _term_of(value)
                if got is None:
                    code = -1 if value is None else -2
                else:
                    code = len(terms)
                    terms.append(got)
                seen[key] = code
            codes[k] = code
        reason[(codes == -1) & (reason == OK)] = NO_TERM
        reason[(codes == -2) & (reason == OK)] = BAD_VALUE
        term_code = np.maximum(codes, 0)
        if not terms:
            terms.append((Term(0, "calendar_days"), True))

    # hours: codes into a list of distinct OfficeHours (or None)
    hours_rows = _per_row(hours, n, "hours")
    hour_list: list[OfficeHours | None] = []
    if hours_rows is None:
        got_h = _hours_of(hours)
        if isinstance(got_h, str):
            if got_h == "unknown_office":
                from kzsocial.errors import UnknownOfficeError

                raise UnknownOfficeError(f"no office has the id {brief(hours)}")
            raise InvalidTypeError(f"hours must be OfficeHours, an Office, an office id or None, got {brief(hours)}")
        hour_list.append(got_h)
        hour_code = np.zeros(n, dtype=np.int32)
    else:
        index: dict[object, int] = {}
        hcodes = np.zeros(n, dtype=np.int32)
        for k, value in enumerate(hours_rows):
            try:
                key_h: object = value if isinstance(value, (str, OfficeHours)) or value is None else id(value)
                code = index.get(key_h)
            except TypeError:
                key_h, code = id(value), None
            if code is None:
                got_h = _hours_of(value)
                if isinstance(got_h, str):
                    code = -1 if got_h == "unknown_office" else -2
                else:
                    try:
                        code = hour_list.index(got_h)
                    except ValueError:
                        code = len(hour_list)
                        hour_list.append(got_h)
                index[key_h] = code
            hcodes[k] = code
        reason[(hcodes == -1) & (reason == OK)] = UNKNOWN_OFFICE
        reason[(hcodes == -2) & (reason == OK)] = BAD_VALUE
        hour_code = np.maximum(hcodes, 0)
        if not hour_list:
            hour_list.append(None)

    # which moment each row counts from
    from_submission = np.array([t[1] for t in terms], dtype=bool)[term_code]
    sub_valid = sub.valid if sub is not None else np.zeros(n, dtype=bool)
    ev_valid = ev.valid if ev is not None else np.zeros(n, dtype=bool)
    use_sub = from_submission & sub_valid
    use_ev = ~use_sub & ev_valid
    needs_event = ~from_submission & ~ev_valid
    if sub is not None:
        reason[sub.bad & from_submission & (reason == OK)] = BAD_VALUE
    if ev is not None:
        reason[ev.bad & ~use_sub & (reason == OK)] = BAD_VALUE
    reason[needs_event & (reason == OK)] = NO_START_EVENT
    reason[~use_sub & ~use_ev & (reason == OK)] = NO_MOMENT
    if sub is not None and use_sub.all():
        raw = sub.us
    else:
        raw = np.zeros(n, dtype=np.int64)
        if sub is not None:
            raw = np.where(use_sub, sub.us, raw)
        if ev is not None:
            raw = np.where(use_ev, ev.us, raw)

    # aware moments: to each office's wall clock; remember each row's zone for the answers
    zone_names: list[str | None] = [h.tz if h is not None else None for h in hour_list]
    row_zone = np.full(n, -1, dtype=np.int32)  # index into zone_list, -1 naive
    zone_list: list[str] = []
    py_zones: list[dt.tzinfo | None] | None = None
    wall = raw.copy() if any(m is not None and (m.objects is not None or m.tz is not None) for m in (sub, ev)) else raw
    for m, use in ((sub, use_sub), (ev, use_ev)):
        if m is None or not use.any():
            continue
        if m.objects is not None:
            from zoneinfo import ZoneInfo

            if py_zones is None:
                py_zones = [None] * n
            for row in np.flatnonzero(use & m.valid & ~m.bad).tolist():
                obj = m.objects[row]
                if obj.tzinfo is None or obj.utcoffset() is None:
                    continue
                tz = zone_names[hour_code[row]]
                if hour_list[hour_code[row]] is None:
                    zone: dt.tzinfo = obj.tzinfo
                elif tz is None:
                    if reason[row] == OK:
                        reason[row] = AWARE_WITHOUT_TZ
                    continue
                else:
                    zone = ZoneInfo(tz)
                try:
                    local = obj.astimezone(zone)
                except (OverflowError, ValueError):
                    if reason[row] == OK:
                        reason[row] = OUT_OF_RANGE
                    continue
                py_zones[row] = zone
                wall[row] = (local.replace(tzinfo=None) - dt.datetime(1970, 1, 1)) // dt.timedelta(microseconds=1)
        elif m.tz is not None:
            for h, tz in enumerate(zone_names):
                rows = use & (hour_code == h)
                if not rows.any():
                    continue
                name = tz if hour_list[h] is not None else m.tz
                if name is None:
                    reason[rows & (reason == OK)] = AWARE_WITHOUT_TZ
                    continue
                if name not in zone_list:
                    zone_list.append(name)
                row_zone[rows] = zone_list.index(name)
                wall[rows] = zone_table(name).to_wall(m.us[rows])

    # compute, one group of rows per (term, hours, counts-from-submission)
    pos = wall - EPOCH_SHIFT_US
    registered = np.zeros(n, dtype=np.int64)
    last = np.zeros(n, dtype=np.int64)
    due = np.zeros(n, dtype=np.int64)
    live = reason == OK
    one_group = len(terms) == 1 and len(hour_list) == 1 and bool(use_sub.all() or not use_sub.any())
    rows_live = np.arange(n) if live.all() else np.flatnonzero(live)
    groups: Any = ()
    splits: list[Any] = []
    if len(rows_live) and one_group:
        groups, splits = np.array([int(use_sub[rows_live[0]])]), [rows_live]
    elif len(rows_live):
        key = (term_code.astype(np.int64) * len(hour_list) + hour_code) * 2 + use_sub
        keys = key[rows_live]
        if keys.min() == keys.max():
            groups, splits = keys[:1], [rows_live]
        else:
            groups, inverse = np.unique(keys, return_inverse=True)
            order = np.argsort(inverse, kind="stable")
            counts = np.bincount(inverse)
            splits = np.split(rows_live[order], np.cumsum(counts)[:-1])
    for g, rows in zip(groups, splits, strict=True):
        t_code, rest = divmod(int(g), 2 * len(hour_list))
        h_code, submission = divmod(rest, 2)
        the_term = terms[t_code][0]
        the_hours = hour_list[h_code]
        cal_t, hours_t = tables_for(calendar, the_hours)
        bank_t = tables_for(banking_calendar, None)[0] if banking_calendar is not None else None
        sub_reason = reason[rows]
        whole = len(rows) == n
        r_pos, r_last, r_due = compute_group(
            pos if whole else pos[rows],
            sub_reason,
            the_term,
            submission=bool(submission),
            hours=hours_t,
            cal=cal_t,
            banking=bank_t,
            policy=policy,
        )
        if whole:
            registered, last, due = r_pos, r_last, r_due
        else:
            registered[rows] = r_pos
            last[rows] = r_last
            due[rows] = r_due
        reason[rows] = sub_reason
    ok = reason == OK

    # Rows whose office clock changes (a fold, a gap) between a day before the moment and a day after the due
    # moment: the wall-clock tables above are one offset off there, so these rows take the single-case path,
    # which counts real instants. Everywhere else the offset is constant and wall time is real time.
    clock_names = [h.tz if h is not None else None for h in hour_list]
    exact: dict[int, tuple[dt.datetime, dt.date, dt.datetime] | int] = {}
    for h, name in enumerate(clock_names):
        rows = hour_code == h
        if name is None:
            if hour_list[h] is not None or not rows.any():
                continue
            _clocks_without_hours(rows, lead, py_zones, row_zone, zone_list, exact, pos, registered, due, reason)
            continue
        _near_changes(name, rows, pos, registered, due, reason, exact)
    # Out of range at the range's edges: the single-case path decides (it answers some, e.g. an aware moment whose
    # office-local day is 1990-12-31 with no office hours)
    failed = reason == OUT_OF_RANGE
    if failed.any():
        edge = failed & (
            ((pos >= -3 * US_PER_DAY) & (pos < 3 * US_PER_DAY))
            | ((pos >= (N_DAYS - 3) * US_PER_DAY) & (pos < (N_DAYS + 3) * US_PER_DAY))
        )
        for k in np.flatnonzero(edge).tolist():
            exact[k] = 0
    for k in list(exact):
        exact[k] = _reference(
            k,
            sub if use_sub[k] else ev,
            terms[term_code[k]][0],
            hour_list[hour_code[k]],
            use_sub[k],
            calendar,
            policy,
            banking_calendar,
        )
    for k, got_k in exact.items():
        reason[k] = got_k if isinstance(got_k, int) else OK
    ok = reason == OK

    # answers back in the input's kind
    reg_us = registered + EPOCH_SHIFT_US
    due_us = due + EPOCH_SHIFT_US
    day_1970 = last + EPOCH_SHIFT_US // US_PER_DAY
    tz_out: str | None = None
    aware_out = lead.kind != "python" and (lead.tz is not None or (ev is not None and ev.tz is not None))
    if aware_out:
        used = set(row_zone[ok & (row_zone >= 0)].tolist())
        tz_out = zone_list[used.pop()] if len(used) == 1 else "UTC"
        for z, name in enumerate(zone_list):
            rows = ok & (row_zone == z)
            if rows.any():
                table = zone_table(name)
                reg_us = np.where(rows, table.to_utc(reg_us), reg_us)
                due_us = np.where(rows, table.to_utc(due_us), due_us)
    for k, got_k in exact.items():
        if isinstance(got_k, int):
            continue
        reg_k, last_k, due_k = got_k
        reg_us[k] = _us_1970(reg_k, aware_out)
        due_us[k] = _us_1970(due_k, aware_out)
        day_1970[k] = last_k.toordinal() - _ORD_1970
    kind = lead.kind
    reg_col = col.to_moments(reg_us, ok, kind, tz_out, py_zones)
    due_col = col.to_moments(due_us, ok, kind, tz_out, py_zones)
    if kind == "python":
        for k, got_k in exact.items():
            if not isinstance(got_k, int):
                reg_col[k], due_col[k] = got_k[0], got_k[2]
    return BulkDeadlines(
        registered_at=reg_col,
        last_day=col.to_days(day_1970, ok, kind),
        due_at=due_col,
        reason=col.to_reasons(reason, REASONS, kind),
        answered=int(ok.sum()),
    )


_ORD_1970 = dt.date(1970, 1, 1).toordinal()
_EPOCH_1970 = dt.datetime(1970, 1, 1)


def _us_1970(moment: dt.datetime, utc: bool) -> int:
    """µs since 1970: of the instant (``utc``) or of the wall clock the moment shows."""
    if moment.tzinfo is not None and moment.utcoffset() is not None:
        if utc:
            return (moment - _EPOCH_1970.replace(tzinfo=dt.UTC)) // dt.timedelta(microseconds=1)
        moment = moment.replace(tzinfo=None)
    return (moment - _EPOCH_1970) // dt.timedelta(microseconds=1)


def _near_changes(
    name: str, rows: Any, pos: Any, registered: Any, due: Any, reason: Any, exact: dict[int, Any]
) -> None:
    """Mark in ``exact`` the rows of ``rows`` whose span (a day either side) holds a clock change of ``name``."""
    import numpy as np

    from kzsocial.cases._engine import OK
    from kzsocial.cases._tables import EPOCH_SHIFT_US, US_PER_DAY
    from kzsocial.cases._zones import zone_table

    if not rows.any():
        return
    table = zone_table(name)
    if not len(table.utc):
        return
    utc = table.utc - EPOCH_SHIFT_US
    marks = np.sort(np.concatenate((utc + table.offsets[:-1], utc + table.offsets[1:])))
    answered = reason == OK
    lo = np.where(answered, np.minimum(pos, registered), pos) - US_PER_DAY
    hi = np.where(answered, np.maximum(due, registered), pos) + US_PER_DAY
    near = rows & (np.searchsorted(marks, lo, side="left") != np.searchsorted(marks, hi, side="right"))
    for k in np.flatnonzero(near).tolist():
        exact[k] = 0


def _clocks_without_hours(
    rows: Any,
    lead: Any,
    py_zones: list[dt.tzinfo | None] | None,
    row_zone: Any,
    zone_list: list[str],
    exact: dict[int, Any],
    pos: Any,
    registered: Any,
    due: Any,
    reason: Any,
) -> None:
    """Rows without office hours whose aware moments bring a zone with clock changes: as :func:`_near_changes`."""
    import numpy as np

    if py_zones is not None:
        names: dict[str, list[int]] = {}
        for k in np.flatnonzero(rows).tolist():
            zone = py_zones[k]
            key = getattr(zone, "key", None)
            if key is not None:
                names.setdefault(str(key), []).append(k)
        for name, ks in names.items():
            mask = np.zeros(len(rows), dtype=bool)
            mask[ks] = True
            _near_changes(name, mask, pos, registered, due, reason, exact)
        return
    for z, name in enumerate(zone_list):
        _near_changes(name, rows & (row_zone == z), pos, registered, due, reason, exact)


def _reference(
    k: int,
    moments: Any,
    term: Term | StagedTerm,
    hours: OfficeHours | None,
    submission: bool,
    calendar: WorkCalendar,
    policy: CountingPolicy,
    banking: WorkCalendar | None,
) -> tuple[dt.datetime, dt.date, dt.datetime] | int:
    """One row through :func:`~kzsocial.calendar.compute_deadline`: its answer, or its reason code."""
    from kzsocial.calendar import compute_deadline
    from kzsocial.cases._engine import NO_HOURS, OUT_OF_RANGE
    from kzsocial.errors import DateOutOfRangeError

    if moments.objects is not None:
        moment = moments.objects[k]
    elif moments.tz is not None:
        from zoneinfo import ZoneInfo

        moment = (_EPOCH_1970.replace(tzinfo=dt.UTC) + dt.timedelta(microseconds=int(moments.us[k]))).astimezone(
            ZoneInfo(moments.tz)
        )
    else:
        moment = _EPOCH_1970 + dt.timedelta(microseconds=int(moments.us[k]))
    kwargs: dict[str, Any] = {"submitted_at": moment} if submission else {"starts_at": moment}
    try:
        d = compute_deadline(term, hours=hours, calendar=calendar, policy=policy, banking_calendar=banking, **kwargs)
    except DateOutOfRangeError:
        return OUT_OF_RANGE
    except InvalidInputError:
        return NO_HOURS
    return d.registered_at, d.last_day, d.due_at
