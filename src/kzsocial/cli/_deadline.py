"""``kzsocial deadline``: a deadline from a term and a moment (or a service of an act)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from kzsocial.cli._args import (
    Subparsers,
    UsageError,
    _add_calendar_options,
    _calendar,
    _datetime,
    _print_json,
    _span,
    _term,
    _weekdays,
)
from kzsocial.errors import KzSocialError

if TYPE_CHECKING:
    from kzsocial.calendar import OfficeHours, StagedTerm, Term

# -- deadline ----------------------------------------------------------------------------------------------------


def _register_deadline(subparsers: Subparsers) -> None:
    p = subparsers.add_parser(
        "deadline",
        help="compute and explain a deadline",
        description="Compute when a term expires and explain every step (rules, holidays, moved days off): the "
        "term of a SERVICE as its act states it (with the service's or --office's hours), or an ad-hoc --term. "
        "For --term, the office is open Monday to Friday 09:00-18:00 with a 13:00-14:00 break unless --hours "
        "says otherwise.",
    )
    p.add_argument(
        "service",
        nargs="?",
        metavar="SERVICE",
        help="a service id (see: kzsocial services), e.g. karaganda-2008/unemployed-registration",
    )
    p.add_argument(
        "--term",
        type=_term,
        action="append",
        metavar="'N UNIT'",
        help="e.g. '10 calendar_days', '22 working_days', '1 months', '2 hours'; repeat for a staged term",
    )
    p.add_argument("--office", metavar="ID", help="with SERVICE: the office whose hours count (see: kzsocial offices)")
    p.add_argument(
        "--channel", choices=("provider", "centre", "portal", "akim"), help="with SERVICE: the channel's own term"
    )
    start = p.add_mutually_exclusive_group(required=True)
    start.add_argument("--at", type=_datetime, metavar="WHEN", help="when the documents were submitted")
    start.add_argument(
        "--starts-at", type=_datetime, metavar="WHEN", help="the moment of another event the term runs from"
    )
    p.add_argument("--event", metavar="NAME", help="the name of that event (with --starts-at)")
    p.add_argument("--hours", type=_span, metavar="HH:MM-HH:MM", help="opening hours (default 09:00-18:00)")
    p.add_argument(
        "--break",
        dest="breaks",
        type=_span,
        action="append",
        metavar="HH:MM-HH:MM",
        help="a break; repeatable (default 13:00-14:00 when --hours is not given)",
    )
    p.add_argument("--weekdays", type=_weekdays, default=[0, 1, 2, 3, 4], help="open weekdays (default mon-fri)")
    p.add_argument("--tz", metavar="ZONE", help="the office's IANA time zone, e.g. Asia/Almaty")
    p.add_argument(
        "--unqualified",
        choices=("calendar_days", "working_days"),
        default="calendar_days",
        help="how a term in plain «күн» counts (default calendar_days)",
    )
    _add_calendar_options(p)
    p.set_defaults(handler=_deadline)


def _office_hours(args: argparse.Namespace) -> OfficeHours:
    from kzsocial.calendar import OfficeHours

    if args.hours is None:
        opens, closes = "09:00", "18:00"
        breaks = args.breaks if args.breaks is not None else [("13:00", "14:00")]
    else:
        opens, closes = args.hours
        breaks = args.breaks or []
    try:
        return OfficeHours.weekly(opens, closes, breaks=breaks, weekdays=args.weekdays, tz=args.tz)
    except KzSocialError as exc:
        raise UsageError(f"deadline: bad office hours (--hours, --break, --weekdays, --tz): {exc}") from None


def _deadline(args: argparse.Namespace) -> int:
    from kzsocial.calendar import CountingPolicy, StagedTerm, compute_deadline

    if args.event is not None and args.starts_at is None:
        raise UsageError("deadline: --event names the event of --starts-at; give --starts-at too")
    policy = CountingPolicy(unqualified_days=args.unqualified)
    if args.service is not None:
        from kzsocial.cli._talon import service_deadline

        if args.term:
            raise UsageError("deadline: give a SERVICE (its act's term) or --term, not both")
        if args.event is not None:
            raise UsageError("deadline: with SERVICE the act names the event; drop --event")
        own_hours = args.hours is not None or args.breaks is not None
        if args.tz is not None and not own_hours:
            raise UsageError(
                "deadline: with SERVICE the hours and time zone are the office's or the act's; --tz goes with "
                "--hours (your own hours) or --term; give an aware --at (e.g. 2024-11-25T10:30+05:00) for a moment "
                "in another zone"
            )
        deadline = service_deadline(args, _office_hours(args) if own_hours else None, _calendar(args), policy)
    else:
        if not args.term:
            raise UsageError("deadline: give a SERVICE id or at least one --term 'N UNIT'")
        if args.office is not None or args.channel is not None:
            raise UsageError("deadline: --office and --channel go with a SERVICE; with --term give --hours")
        terms: list[Term] = args.term
        term: Term | StagedTerm = terms[0] if len(terms) == 1 else StagedTerm(terms)
        deadline = compute_deadline(
            term,
            args.at,
            hours=_office_hours(args),
            calendar=_calendar(args),
            policy=policy,
            starts_at=args.starts_at,
            start_event=args.event,
        )
    if args.json:
        _print_json(deadline.to_dict())
    else:
        print(deadline.explain(args.lang))
    return 0
