"""Property: bulk_deadlines equals compute_deadline row by row, for random cases over 1991–2100, every TermUnit,
staged terms, terms from another event, every CountingPolicy switch and every distinct office schedule of the
catalogue (time zones included); rows compute_deadline refuses come back as nulls with a reason."""

from __future__ import annotations

import datetime as dt
import functools
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzsocial.calendar import (
    CountingPolicy,
    OfficeHours,
    StagedTerm,
    Term,
    TermUnit,
    compute_deadline,
    default_calendar,
    six_day_calendar,
)
from kzsocial.errors import DateOutOfRangeError, InvalidInputError
from kzsocial.testing import KAZAKH_TIME_ZONES, office_hours, staged_terms, terms

np = pytest.importorskip("numpy", reason="the bulk extra (numpy) is not installed")

from kzsocial.cases import bulk_deadlines  # noqa: E402


@functools.cache
def catalogue_hours() -> tuple[OfficeHours, ...]:
    """Every distinct office schedule the catalogue holds (offices' hours, services' own and intake hours)."""
    from kzsocial.registry import offices
    from kzsocial.services import catalog

    found: dict[OfficeHours, None] = {}
    for office in offices():
        if office.hours is not None:
            found[office.hours] = None
    for svc in catalog():
        for h in (svc.service_hours, svc.intake_hours):
            if h is not None:
                found[h] = None
    return tuple(found)


def test_the_catalogue_has_schedules_to_test() -> None:
    assert len(catalogue_hours()) >= 5


policies = st.builds(
    CountingPolicy,
    register_at_next_opening=st.booleans(),
    count_from_next_day=st.booleans(),
    move_off_non_working_day=st.booleans(),
    unqualified_days=st.sampled_from([TermUnit.CALENDAR_DAYS, TermUnit.WORKING_DAYS]),
    due_at_office_close=st.booleans(),
)
hours_any = st.one_of(
    st.sampled_from(catalogue_hours()),
    office_hours(),
    st.none(),
    st.sampled_from(catalogue_hours()).map(lambda h: OfficeHours(h.days, tz="Asia/Almaty", exceptions=h.exceptions)),
)
term_any = st.one_of(terms(min_value=0), staged_terms(list(TermUnit)), st.none())
naive = st.datetimes(dt.datetime(1991, 1, 1), dt.datetime(2100, 12, 31, 23, 59, 59))
zones = st.sampled_from([dt.UTC, *(ZoneInfo(z) for z in KAZAKH_TIME_ZONES)])
moments = st.one_of(naive, naive, st.builds(lambda m, z: m.replace(tzinfo=z), naive, zones), st.none())


@st.composite
def rows(draw: st.DrawFn) -> tuple[dt.datetime | None, Term | StagedTerm | None, OfficeHours | None, bool]:
    return draw(moments), draw(term_any), draw(hours_any), draw(st.booleans())


def expected(
    moment: dt.datetime | None,
    term: Term | StagedTerm | None,
    hours: OfficeHours | None,
    from_event: bool,
    calendar: object,
    policy: CountingPolicy,
) -> tuple[dt.datetime, dt.date, dt.datetime] | str:
    if term is None:
        return "no_term"
    if moment is None:
        return "no_moment"
    kwargs = {"starts_at": moment, "start_event": "decision"} if from_event else {"submitted_at": moment}
    try:
        d = compute_deadline(term, hours=hours, calendar=calendar, policy=policy, **kwargs)  # type: ignore[arg-type]
    except DateOutOfRangeError:
        return "out_of_range"
    except InvalidInputError:
        return "refused"
    return d.registered_at, d.last_day, d.due_at


@given(st.lists(rows(), min_size=1, max_size=12), policies, st.sampled_from([default_calendar(), six_day_calendar()]))
def test_bulk_equals_compute_deadline_row_by_row(
    batch: list[tuple[dt.datetime | None, Term | StagedTerm | None, OfficeHours | None, bool]],
    policy: CountingPolicy,
    calendar: object,
) -> None:
    submitted = [None if ev else m for m, _, _, ev in batch]
    events = [m if ev else None for m, _, _, ev in batch]
    got = bulk_deadlines(
        submitted,
        [t for _, t, _, _ in batch],
        hours=[h for _, _, h, _ in batch],
        starts_at=events,
        calendar=calendar,  # type: ignore[arg-type]
        policy=policy,
    )
    assert len(got) == len(batch)
    for k, (m, t, h, ev) in enumerate(batch):
        want = expected(m, t, h, ev, calendar, policy)
        row = (got.registered_at[k], got.last_day[k], got.due_at[k])
        if isinstance(want, str):
            assert row == (None, None, None), (k, want, row)
            if want == "refused":
                assert got.reason[k] in ("no_hours", "aware_without_tz"), (k, got.reason[k])
            else:
                assert got.reason[k] == want, (k, want, got.reason[k])
            continue
        assert got.reason[k] is None, (k, got.reason[k], want)
        assert row == want, (k, m, t, h, policy)
        assert [x.tzinfo for x in row if isinstance(x, dt.datetime)] == [want[0].tzinfo, want[2].tzinfo]


@given(
    st.lists(st.one_of(naive, st.none()), min_size=1, max_size=30),
    st.one_of(terms(min_value=0), staged_terms(list(TermUnit))),
    st.sampled_from(catalogue_hours()),
    policies,
)
def test_numpy_columns_equal_python_sequences(
    batch: list[dt.datetime | None], term: Term | StagedTerm, hours: OfficeHours, policy: CountingPolicy
) -> None:
    as_list = bulk_deadlines(batch, term, hours=hours, policy=policy)
    column = np.array([np.datetime64(m, "us") if m is not None else np.datetime64("NaT", "us") for m in batch])
    as_array = bulk_deadlines(column, term, hours=hours, policy=policy)
    assert as_array.registered_at.dtype == np.dtype("M8[us]") and as_array.last_day.dtype == np.dtype("M8[D]")
    for k in range(len(batch)):
        assert as_array.reason[k] == as_list.reason[k]
        if as_list.reason[k] is None:
            assert as_array.registered_at[k].item() == as_list.registered_at[k]
            assert as_array.last_day[k].item() == as_list.last_day[k]
            assert as_array.due_at[k].item() == as_list.due_at[k]
        else:
            assert np.isnat(as_array.due_at[k]) and np.isnat(as_array.last_day[k])


def _transitions() -> list[tuple[str, dt.datetime]]:
    """Every clock change of the Kazakhstan zones in 1991–2100, as the wall time just before it."""
    from kzsocial.cases._zones import zone_table

    out = []
    epoch = dt.datetime(1970, 1, 1)
    for name in KAZAKH_TIME_ZONES:
        table = zone_table(name)
        for k, utc in enumerate(table.utc.tolist()):
            wall = epoch + dt.timedelta(microseconds=utc + int(table.offsets[k]))
            if dt.datetime(1991, 1, 2) <= wall <= dt.datetime(2100, 12, 30):
                out.append((name, wall))
    return out


ROUND_THE_CLOCK = OfficeHours.weekly("00:00", "23:59", breaks=[("02:30", "03:30")], weekdays=range(7))


@given(
    st.sampled_from(_transitions()),
    st.integers(-36 * 60, 36 * 60),
    st.sampled_from([*catalogue_hours()[:4], ROUND_THE_CLOCK]),
    st.one_of(terms(min_value=0, max_value=48), staged_terms(list(TermUnit), max_value=5)),
    policies,
    st.booleans(),
    st.booleans(),
)
def test_bulk_is_right_across_clock_changes(
    change: tuple[str, dt.datetime],
    minutes: int,
    hours: OfficeHours,
    term: Term | StagedTerm,
    policy: CountingPolicy,
    aware: bool,
    from_event: bool,
) -> None:
    zone, wall = change
    zoned = OfficeHours(hours.days, tz=zone, exceptions=hours.exceptions)
    moment = wall + dt.timedelta(minutes=minutes)
    if aware:
        moment = moment.replace(tzinfo=ZoneInfo(zone)).astimezone(dt.UTC)
    want = expected(moment, term, zoned, from_event, default_calendar(), policy)
    got = bulk_deadlines(
        None if from_event else [moment], term, hours=zoned, starts_at=[moment] if from_event else None, policy=policy
    )
    row = (got.registered_at[0], got.last_day[0], got.due_at[0])
    if isinstance(want, str):
        assert row == (None, None, None) and got.reason[0] is not None
        return
    assert got.reason[0] is None
    assert row == want
    assert [row[0].utcoffset(), row[2].utcoffset()] == [want[0].utcoffset(), want[2].utcoffset()]
