"""Hypothesis strategies for kzsocial's public types, valid by construction.

``st.from_type`` on an attrs class fills its fields with arbitrary values and ignores the validators, so it would
build terms with negative values and office hours whose intervals overlap. These strategies build only values
the library accepts, drawn from the same vocabulary as the packaged data (the catalogue's services, offices and
applicant tags).

>>> from hypothesis import given
>>> from kzsocial.testing import terms
>>> @given(terms(units=["working_days"]))
... def test_positive(term):
...     assert term.value >= 1
>>> test_positive()
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Sequence

from hypothesis import assume
from hypothesis import strategies as st

from kzsocial._checks import brief, to_enum
from kzsocial.calendar import Interval, OfficeHours, StagedTerm, Term, TermStage, TermUnit, WorkCalendar
from kzsocial.errors import DateOutOfRangeError, InvalidInputError, InvalidTypeError
from kzsocial.notices import Person
from kzsocial.registry import Office, OfficeKind
from kzsocial.services import ApplicantProfile, Channel, DocumentRequirement, ServiceDefinition, ServiceKind
from kzsocial.testing._cases import OFFICER, SampleCase, _hours, _office_for, stand_in_due
from kzsocial.testing._limits import KAZAKH_TIME_ZONES, MAX_DATE, MIN_DATE, TERM_LIMITS

__all__ = [
    "KAZAKH_TIME_ZONES",
    "MAX_DATE",
    "MIN_DATE",
    "TERM_LIMITS",
    "applicant_profiles",
    "calendars",
    "cases",
    "dates",
    "document_sets",
    "office_hours",
    "offices",
    "persons",
    "profile_tags",
    "services",
    "staged_terms",
    "submission_moments",
    "terms",
]

_DAY_UNITS = (TermUnit.CALENDAR_DAYS, TermUnit.WORKING_DAYS, TermUnit.DAYS_UNQUALIFIED, TermUnit.BANKING_DAYS)


def _check_range(min_value: dt.date, max_value: dt.date) -> None:
    for what, value in (("min_value", min_value), ("max_value", max_value)):
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            raise InvalidTypeError(f"{what} must be a datetime.date, got {type(value).__name__}")
        if not MIN_DATE <= value <= MAX_DATE:
            raise DateOutOfRangeError(
                f"{what} {value} is outside the calendar's range; accepted: {MIN_DATE} to {MAX_DATE}"
            )
    if max_value < min_value:
        raise InvalidInputError(f"max_value {max_value} is before min_value {min_value}")


# -- days and moments ---------------------------------------------------------------------------------------------


def dates(min_value: dt.date = MIN_DATE, max_value: dt.date = MAX_DATE) -> st.SearchStrategy[dt.date]:
    """Dates the work calendar knows (1991-01-01 to 2100-12-31 by default).

    >>> from hypothesis import given
    >>> from kzsocial.calendar import default_calendar
    >>> @given(dates(dt.date(2024, 1, 1), dt.date(2024, 12, 31)))
    ... def test(d):
    ...     default_calendar().explain(d)
    >>> test()
    """
    _check_range(min_value, max_value)
    return st.dates(min_value, max_value)


def calendars() -> st.SearchStrategy[WorkCalendar]:
    """The packaged calendars: the five-day week and the six-day week."""
    from kzsocial.calendar import default_calendar, six_day_calendar

    return st.sampled_from([default_calendar(), six_day_calendar()])


def _day_intervals(hours: OfficeHours, day: dt.date, calendar: WorkCalendar | None) -> tuple[Interval, ...]:
    return hours.hours_on(day, calendar)


def _seconds(t: dt.time) -> int:
    return t.hour * 3600 + t.minute * 60 + t.second


def _at(day: dt.date, seconds: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=seconds)


def _gaps(intervals: Sequence[Interval]) -> list[tuple[int, int]]:
    """The closed stretches of a day, in seconds [start, end)."""
    out: list[tuple[int, int]] = []
    cursor = 0
    for iv in intervals:
        a, b = _seconds(iv.start), _seconds(iv.end)
        if a > cursor:
            out.append((cursor, a))
        cursor = max(cursor, b)
    if cursor < 86_400:
        out.append((cursor, 86_400))
    return out


@st.composite
def _moment_in(draw: st.DrawFn, spans: Sequence[tuple[int, int]], day: dt.date) -> dt.datetime:
    lo, hi = draw(st.sampled_from(list(spans)))
    return _at(day, draw(st.integers(lo, hi - 1)))


def submission_moments(
    hours: OfficeHours | None = None,
    *,
    open: bool | None = None,
    calendar: WorkCalendar | None = None,
    min_value: dt.date = MIN_DATE,
    max_value: dt.date = MAX_DATE,
) -> st.SearchStrategy[dt.datetime]:
    """Naive, office-local moments of submission (whole seconds) between ``min_value`` and ``max_value``.

    With ``open=True`` every moment falls while ``hours`` are open under ``calendar`` (the default calendar when
    None); with ``open=False`` every moment falls outside them (before opening, after closing, in a break, on a day
    off or a holiday); with ``open=None`` either. ``hours=None`` draws the office hours too.

    >>> from hypothesis import given
    >>> h = OfficeHours.weekly("09:00", "18:00", breaks=[("13:00", "14:00")])
    >>> @given(submission_moments(h, open=False, min_value=dt.date(2025, 1, 1), max_value=dt.date(2025, 1, 31)))
    ... def test(moment):
    ...     assert not h.is_open(moment)
    >>> test()
    """
    _check_range(min_value, max_value)
    if open is not None and not isinstance(open, bool):
        raise InvalidTypeError(f"open must be True, False or None, got {brief(open)}")
    if hours is None:
        return office_hours().flatmap(
            lambda h: submission_moments(h, open=open, calendar=calendar, min_value=min_value, max_value=max_value)
        )
    if not isinstance(hours, OfficeHours):
        raise InvalidTypeError(f"hours must be OfficeHours or None, got {type(hours).__name__}")
    if open is None:
        return st.one_of(
            submission_moments(hours, open=True, calendar=calendar, min_value=min_value, max_value=max_value),
            submission_moments(hours, open=False, calendar=calendar, min_value=min_value, max_value=max_value),
        )
    if open and not any(hours.days) and not hours.exceptions:
        raise InvalidInputError("these office hours are never open; no moment can fall inside them")

    @st.composite
    def build(draw: st.DrawFn) -> dt.datetime:
        day = draw(st.dates(min_value, max_value))
        intervals = _day_intervals(hours, day, calendar)
        if not open:
            return draw(_moment_in(_gaps(intervals), day))
        if not intervals:
            # the next day the office opens, if it is still inside the range
            for _ in range(31):
                day += dt.timedelta(days=1)
                if day > max_value:
                    break
                intervals = _day_intervals(hours, day, calendar)
                if intervals:
                    break
            assume(bool(intervals) and day <= max_value)
        spans = [(_seconds(iv.start), _seconds(iv.end)) for iv in intervals]
        return draw(_moment_in(spans, day))

    return build()


# -- office hours -------------------------------------------------------------------------------------------------


def _clock(minutes: int) -> dt.time:
    return dt.time(minutes // 60, minutes % 60)


@st.composite
def _day(draw: st.DrawFn, breaks: bool | None, step: int) -> tuple[Interval, ...]:
    opens = draw(st.integers(6 * 60 // step, 11 * 60 // step)) * step
    closes = draw(st.integers(15 * 60 // step, 21 * 60 // step)) * step
    n_breaks = {True: st.integers(1, 2), False: st.just(0), None: st.integers(0, 2)}[breaks]
    count = draw(n_breaks)
    # cut points strictly inside (opens, closes), in pairs: break start < break end
    inside = st.integers(opens // step + 1, closes // step - 1)
    cuts = draw(st.lists(inside, min_size=2 * count, max_size=2 * count, unique=True))
    points = [opens, *sorted(c * step for c in cuts), closes]
    return tuple(Interval(_clock(a), _clock(b)) for a, b in zip(points[::2], points[1::2], strict=True))


def office_hours(
    *,
    breaks: bool | None = None,
    time_zones: Sequence[str | None] = (None, *KAZAKH_TIME_ZONES),
    exceptions: bool = True,
    min_date: dt.date = MIN_DATE,
    max_date: dt.date = MAX_DATE,
) -> st.SearchStrategy[OfficeHours]:
    """Valid :class:`~kzsocial.calendar.OfficeHours`: open on at least one weekday, opening 06:00–11:00, closing
    15:00–21:00, on a 5-minute grid.

    ``breaks=True`` gives every open day one or two breaks (a lunch break is the gap between two intervals),
    ``False`` none, ``None`` either. Some weekdays share hours, some differ, as in the acts (Monday-only intake,
    Monday to Thursday services). ``exceptions`` adds a few dated exceptions (a day closed or with other hours)
    between ``min_date`` and ``max_date``. ``time_zones`` are the ``tz`` values to draw from.

    >>> from hypothesis import given
    >>> @given(office_hours(breaks=True))
    ... def test(hours):
    ...     assert all(len(day) >= 2 for day in hours.days if day)
    >>> test()
    """
    if breaks is not None and not isinstance(breaks, bool):
        raise InvalidTypeError(f"breaks must be True, False or None, got {brief(breaks)}")
    _check_range(min_date, max_date)
    if isinstance(time_zones, str | bytes) or not isinstance(time_zones, Iterable):
        raise InvalidTypeError(f"time_zones must be a sequence of zone names or None, got {type(time_zones).__name__}")
    zones = list(time_zones)
    for zone in zones:
        if zone is not None and not isinstance(zone, str):
            raise InvalidTypeError(f"a time zone is an IANA name (str) or None, got {type(zone).__name__}")
    if not zones:
        raise InvalidInputError("time_zones must not be empty; give None for hours without a zone")

    @st.composite
    def build(draw: st.DrawFn) -> OfficeHours:
        weekdays = draw(
            st.one_of(
                st.sampled_from([range(5), range(4), range(6), range(1)]).map(frozenset),
                st.frozensets(st.integers(0, 6), min_size=1),
            )
        )
        common = draw(_day(breaks, 5))
        days = {w: (common if draw(st.integers(0, 3)) else draw(_day(breaks, 5))) for w in sorted(weekdays)}
        extra: dict[dt.date, tuple[Interval, ...]] = {}
        if exceptions:
            for d in draw(st.lists(st.dates(min_date, max_date), max_size=3, unique=True)):
                extra[d] = draw(st.one_of(st.just(()), _day(breaks, 5)))
        return OfficeHours.from_days(days, tz=draw(st.sampled_from(zones)), exceptions=extra)

    return build()


# -- terms --------------------------------------------------------------------------------------------------------


def _units(units: Iterable[TermUnit | str] | None, default: Sequence[TermUnit]) -> list[TermUnit]:
    if units is None:
        return list(default)
    if isinstance(units, str | bytes) or not isinstance(units, Iterable):
        raise InvalidTypeError(f"units must be an iterable of units, not {type(units).__name__}")
    chosen = [TermUnit.parse(u) for u in units]
    if not chosen:
        raise InvalidInputError("units must not be empty; accepted: " + ", ".join(u.value for u in TermUnit))
    return chosen


def terms(
    units: Iterable[TermUnit | str] | None = None, *, min_value: int = 1, max_value: int | None = None
) -> st.SearchStrategy[Term]:
    """Valid terms: a unit of ``units`` (every :class:`~kzsocial.calendar.TermUnit` by default) and a value from
    ``min_value`` to ``max_value`` (by default the unit's :data:`TERM_LIMITS`).

    A term far into the range can end after 2100: keep submission dates a year or more before
    :data:`MAX_DATE`, or expect :class:`~kzsocial.errors.DateOutOfRangeError`.
    """
    chosen = _units(units, list(TermUnit))
    if isinstance(min_value, bool) or not isinstance(min_value, int):
        raise InvalidTypeError(f"min_value must be an int >= 0, got {type(min_value).__name__}")
    if min_value < 0:
        raise InvalidInputError(f"min_value must be an int >= 0, got {brief(min_value)}")
    if max_value is not None and (isinstance(max_value, bool) or not isinstance(max_value, int)):
        raise InvalidTypeError(f"max_value must be an int or None, got {type(max_value).__name__}")

    def one(unit: TermUnit) -> st.SearchStrategy[Term]:
        top = TERM_LIMITS[unit] if max_value is None else max_value
        if top < min_value:
            raise InvalidInputError(f"max_value {top} is below min_value {min_value} for {unit.value}")
        return st.integers(min_value, top).map(lambda n: Term(n, unit))

    return st.one_of([one(u) for u in chosen])


def staged_terms(
    units: Iterable[TermUnit | str] | None = None, *, min_stages: int = 2, max_stages: int = 4, max_value: int = 30
) -> st.SearchStrategy[StagedTerm]:
    """Staged terms (stages run one after another, as the Aktau land acts' 5 + 15 + 2 working days), of day units
    by default, each stage from 1 to ``max_value``, some with the acting body named."""
    chosen = _units(units, _DAY_UNITS)
    for what, value in (("min_stages", min_stages), ("max_stages", max_stages), ("max_value", max_value)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidTypeError(f"{what} must be an int, got {type(value).__name__}")
    if not 1 <= min_stages <= max_stages:
        raise InvalidInputError(f"need 1 <= min_stages <= max_stages, got {min_stages} and {max_stages}")
    actors = st.sampled_from([None, "Бөлім", "ЕМК", "Банк", "Әкім"])
    stage = st.builds(TermStage, terms(chosen, max_value=max_value), actors)
    return st.lists(stage, min_size=min_stages, max_size=max_stages).map(StagedTerm)


# -- the catalogue ------------------------------------------------------------------------------------------------


def profile_tags() -> tuple[str, ...]:
    """The applicant tags the packaged acts use in their conditions (``citizen``, ``foreigner``, ...), sorted."""
    from kzsocial.services import catalog

    return _profile_tags(len(catalog()))


@functools.cache
def _profile_tags(_size: int) -> tuple[str, ...]:
    from kzsocial.services import catalog

    tags = {"citizen"}
    for service in catalog():
        conditions = [t.condition for t in service.terms]
        for doc in service.documents:
            conditions += [d.condition for d in (doc, *doc.alternatives)]
        for c in conditions:
            if c is not None:
                tags |= c.applies_to | c.not_for
    return tuple(sorted(tags))


def applicant_profiles(*, max_tags: int = 3) -> st.SearchStrategy[ApplicantProfile]:
    """Applicant profiles: the plain citizen, or up to ``max_tags`` tags (an int >= 1) from :func:`profile_tags`."""
    if isinstance(max_tags, bool) or not isinstance(max_tags, int):
        raise InvalidTypeError(f"max_tags must be an int >= 1, got {type(max_tags).__name__}")
    if max_tags < 1:
        raise InvalidInputError(f"max_tags must be an int >= 1, got {brief(max_tags)}")
    return st.one_of(
        st.just(ApplicantProfile.citizen()),
        st.deferred(lambda: st.frozensets(st.sampled_from(profile_tags()), min_size=1, max_size=max_tags)).map(
            ApplicantProfile
        ),
    )


def services(
    *,
    act: str | None = None,
    region: str | None = None,
    kind: ServiceKind | str | None = None,
    with_term: bool | None = None,
    with_documents: bool | None = None,
) -> st.SearchStrategy[ServiceDefinition]:
    """Services of the packaged catalogue, optionally of one ``act``, ``region`` or ``kind``; ``with_term=True``
    keeps those whose main term runs from the submission (so ``service.deadline(submitted_at)`` computes),
    ``with_documents=True`` those that ask for at least one document from a citizen."""
    from kzsocial.services import TermStart, catalog

    cat = catalog()
    chosen = list(cat if act is None else cat.by_act(act))
    if region is not None:
        chosen = [s for s in chosen if s in cat.by_region(region)]
    if kind is not None:
        wanted = to_enum(ServiceKind, kind, "service kind")
        chosen = [s for s in chosen if s.kind is wanted]
    runs = (TermStart.SUBMISSION, TermStart.REGISTRATION, TermStart.DOCUMENTS_COMPLETE)
    if with_term is not None:
        chosen = [s for s in chosen if (s.main_term is not None and s.main_term.starts_from in runs) is with_term]
    if with_documents is not None:
        chosen = [s for s in chosen if bool(s.required_documents()) is with_documents]
    if not chosen:
        raise InvalidInputError("no service of the catalogue matches these filters")
    return st.sampled_from(chosen)


def offices(
    *,
    act: str | None = None,
    region: str | None = None,
    kind: OfficeKind | str | None = None,
    service: str | None = None,
    with_hours: bool | None = None,
) -> st.SearchStrategy[Office]:
    """Offices of the packaged registry, optionally of one ``act``, ``region``, ``kind``, serving ``service`` (an
    id), or with (``with_hours=True``) or without recorded opening hours."""
    from kzsocial.registry import offices as registry
    from kzsocial.services import catalog

    for what, value in (("act", act), ("region", region), ("service", service)):
        if value is not None and not isinstance(value, str):
            raise InvalidTypeError(f"{what} must be a str (an id or name) or None, got {type(value).__name__}")
    if with_hours is not None and not isinstance(with_hours, bool):
        raise InvalidTypeError(f"with_hours must be True, False or None, got {type(with_hours).__name__}")
    reg = registry()
    chosen = list(reg if service is None else reg.for_service(catalog().get(service)))
    if act is not None:
        chosen = [o for o in chosen if o.act_id == act]
    if region is not None:
        chosen = [o for o in chosen if o.region == region]
    if kind is not None:
        wanted_kind = to_enum(OfficeKind, kind, "office kind")
        chosen = [o for o in chosen if o.kind is wanted_kind]
    if with_hours is not None:
        chosen = [o for o in chosen if (o.hours is not None) is with_hours]
    if not chosen:
        raise InvalidInputError("no office of the registry matches these filters")
    return st.sampled_from(chosen)


def _required(
    service: ServiceDefinition, profile: ApplicantProfile | None, channel: Channel | str | None, variant: str | None
) -> tuple[DocumentRequirement, ...]:
    return service.required_documents(profile, channel=channel, variant=variant)


def document_sets(
    service: ServiceDefinition,
    *,
    profile: ApplicantProfile | None = None,
    channel: Channel | str | None = None,
    variant: str | None = None,
    complete: bool | None = None,
) -> st.SearchStrategy[tuple[str, ...]]:
    """Sets of document ids handed in for ``service``, in the order the act lists them.

    ``complete=True``: every document ``profile`` must bring on ``channel`` is there, each as its own id or as
    one of its alternatives (any one of several satisfies it), with some optional or unrelated documents of the
    service besides. ``complete=False``: at least one required document is missing (none of its ids is handed
    in). ``None``: either. ``check_documents(service, ids, profile, channel=channel)`` agrees.
    """
    if not isinstance(service, ServiceDefinition):
        raise InvalidTypeError(f"service must be a ServiceDefinition, got {type(service).__name__}")
    required = _required(service, profile, channel, variant)
    all_ids = [i for d in service.documents for i in (d.id, *(a.id for a in d.alternatives))]
    order = {i: n for n, i in enumerate(dict.fromkeys(all_ids))}
    if complete is False and not required:
        raise InvalidInputError(f"{service.id} requires no document from this applicant; it cannot be incomplete")
    if complete is None:
        if not required:
            return document_sets(service, profile=profile, channel=channel, variant=variant, complete=True)
        return st.one_of(
            document_sets(service, profile=profile, channel=channel, variant=variant, complete=True),
            document_sets(service, profile=profile, channel=channel, variant=variant, complete=False),
        )

    @st.composite
    def build(draw: st.DrawFn) -> tuple[str, ...]:
        if complete:
            kept, dropped = list(required), []
        else:
            flags = draw(st.lists(st.booleans(), min_size=len(required), max_size=len(required)))
            dropped_at = draw(st.integers(0, len(required) - 1))
            dropped = [d for n, d in enumerate(required) if n == dropped_at or flags[n]]
            kept = [d for d in required if d not in dropped]
        forbidden = {i for d in dropped for i in d.ids}
        chosen = {draw(st.sampled_from(sorted(d.ids - forbidden))) for d in kept if d.ids - forbidden}
        others = sorted(set(all_ids) - forbidden - chosen)
        if others:
            chosen |= set(draw(st.lists(st.sampled_from(others), max_size=3, unique=True)))
        return tuple(sorted(chosen, key=order.__getitem__))

    return build()


# -- people -------------------------------------------------------------------------------------------------------

_SURNAMES = ("Ахметова", "Серікбаев", "Жұмабекова", "Иванов", "Оспанов", "Қасымова", "Нұрланұлы", "Петрова")
_NAMES = ("Гүлнар", "Нұрлан", "Әсел", "Ерлан", "Анна", "Дәурен", "Мария", "Айгүл")
_PATRONYMICS = ("Серікқызы", "Болатұлы", "Сергеевна", "Қайратұлы", "")


def persons(*, phone: bool | None = None, address: bool | None = False) -> st.SearchStrategy[Person]:
    """People for talons: a Kazakh or Russian full name, (``phone=None``: sometimes) a mobile number and
    (``address=None``: sometimes; ``True``: always) a postal address."""
    for what, value in (("phone", phone), ("address", address)):
        if value is not None and not isinstance(value, bool):
            raise InvalidTypeError(f"{what} must be True, False or None, got {type(value).__name__}")
    numbers = st.tuples(
        st.sampled_from(["700", "701", "702", "705", "707", "747", "771", "777"]), st.integers(0, 9_999_999)
    ).map(lambda p: f"+7 {p[0]} {p[1]:07d}")
    phones: st.SearchStrategy[str | None] = {True: numbers, False: st.none(), None: st.none() | numbers}[phone]
    names = st.tuples(st.sampled_from(_SURNAMES), st.sampled_from(_NAMES), st.sampled_from(_PATRONYMICS)).map(
        lambda p: " ".join(x for x in p if x)
    )
    addresses = st.tuples(st.sampled_from(_TOWNS), st.sampled_from(_STREETS), st.integers(1, 250)).map(
        lambda p: f"{p[0]} қ., {p[1]} к-сі, {p[2]}"
    )
    where: st.SearchStrategy[str | None] = {True: addresses, False: st.none(), None: st.none() | addresses}[address]
    return st.builds(Person, names, phones, address=where)


_TOWNS = ("Қарағанды", "Тараз", "Көкшетау", "Ақтау", "Петропавл", "Теміртау", "Балқаш")
_STREETS = ("Абай", "Төле би", "Бұқар жырау", "Әуезов", "Мира", "Ержанов")


def cases(
    service: ServiceDefinition | None = None,
    *,
    complete: bool | None = None,
    min_value: dt.date = MIN_DATE,
    max_value: dt.date = MAX_DATE,
) -> st.SearchStrategy[SampleCase]:
    """Any case: a service (``service``, else any of the catalogue), one of its channels, an applicant profile, an
    office serving it, a naive office-local moment between ``min_value`` and ``max_value``, and a document set
    (``complete`` as in :func:`~kzsocial.testing.document_sets`; ``False`` keeps services that require documents)."""
    if service is not None and not isinstance(service, ServiceDefinition):
        raise InvalidTypeError(f"service must be a ServiceDefinition or None, got {type(service).__name__}")
    if complete is not None and not isinstance(complete, bool):
        raise InvalidTypeError(f"complete must be True, False or None, got {type(complete).__name__}")
    _check_range(min_value, max_value)
    chosen: st.SearchStrategy[ServiceDefinition] = (
        st.just(service) if service is not None else services(with_documents=True if complete is False else None)
    )

    @st.composite
    def build(draw: st.DrawFn) -> SampleCase:
        svc = draw(chosen)
        channel = draw(st.sampled_from(svc.channels))
        profile = draw(st.none() | applicant_profiles())
        if complete is False and not svc.required_documents(profile, channel=channel):
            profile = None
            assume(bool(svc.required_documents(None, channel=channel)))
        documents = draw(document_sets(svc, profile=profile, channel=channel, complete=complete))
        office = _office_for(svc)
        if svc.office_ids:
            from kzsocial.registry import offices

            office = offices().get(draw(st.sampled_from(svc.office_ids)))
        moment = draw(submission_moments(_hours(svc, office), min_value=min_value, max_value=max_value))
        applicant = draw(persons(phone=True, address=True))
        number = str(draw(st.integers(1, 99_999)))
        due = stand_in_due(svc, moment, office, channel)
        return SampleCase(svc, office, moment, documents, channel, profile, applicant, OFFICER, number, due_at=due)

    return build()
