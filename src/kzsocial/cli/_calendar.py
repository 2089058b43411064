"""``kzsocial calendar explain|between|add``: ask the work calendar."""

from __future__ import annotations

import argparse

from kzsocial.cli._args import (
    Subparsers,
    _add_calendar_options,
    _calendar,
    _date,
    _Parser,
    _print_json,
)

# -- calendar ----------------------------------------------------------------------------------------------------


def _register_calendar(subparsers: Subparsers) -> None:
    p = subparsers.add_parser("calendar", help="ask the work calendar", description="Ask the work calendar.")
    sub = p.add_subparsers(dest="calendar_command", metavar="{explain,between,add}", parser_class=_Parser)
    sub.required = True

    explain = sub.add_parser("explain", help="why a date is or is not a working day")
    explain.add_argument("date", type=_date, metavar="DATE")
    _add_calendar_options(explain)
    explain.set_defaults(handler=_calendar_explain)

    between = sub.add_parser("between", help="the number of working days x with A < x <= B")
    between.add_argument("start", type=_date, metavar="A")
    between.add_argument("end", type=_date, metavar="B")
    _add_calendar_options(between)
    between.set_defaults(handler=_calendar_between)

    add = sub.add_parser("add", help="the N-th working day after DATE (N < 0 goes back)")
    add.add_argument("date", type=_date, metavar="DATE")
    add.add_argument("n", type=int, metavar="N")
    _add_calendar_options(add)
    add.set_defaults(handler=_calendar_add)


def _calendar_explain(args: argparse.Namespace) -> int:
    explanation = _calendar(args).explain(args.date)
    if args.json:
        _print_json(explanation.to_dict())
    else:
        print(explanation.text(args.lang))
    return 0


def _calendar_between(args: argparse.Namespace) -> int:
    from kzsocial.calendar._text import format_date

    cal = _calendar(args)
    n = cal.working_days_between(args.start, args.end)
    lo, hi = sorted((args.start, args.end))
    special = cal.special_days(lo, hi)
    if args.json:
        _print_json(
            {
                "from": args.start.isoformat(),
                "to": args.end.isoformat(),
                "working_days": n,
                "week": cal.week,
                "special_days": [e.to_dict() for e in special],
                "data_version": cal.data_version,
            }
        )
        return 0
    a, b = format_date(args.start, args.lang), format_date(args.end, args.lang)
    line = {
        "kk": f"{a} мен {b} аралығындағы жұмыс күндері ({a} кірмейді, {b} кіреді): {n}",
        "ru": f"Рабочих дней после {a} по {b} включительно: {n}",
        "en": f"Working days after {a} up to {b}: {n}",
    }[args.lang]
    print(line)
    for e in special:
        print(f"  {format_date(e.date, args.lang)}: {e.reasons(args.lang)}")
    return 0


def _calendar_add(args: argparse.Namespace) -> int:
    cal = _calendar(args)
    result = cal.add_working_days(args.date, args.n)
    if args.json:
        _print_json(
            {"date": args.date.isoformat(), "n": args.n, "result": result.isoformat(), "data_version": cal.data_version}
        )
    else:
        print(cal.explain(result).text(args.lang))
    return 0
