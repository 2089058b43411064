"""Command line: ``services``, ``show``, ``offices`` and ``export`` (registered by :mod:`kzsocial.cli`).

Lists take ``--limit`` and ``--offset`` and write one line per item straight to stdout (no pager), so they page
cleanly through ``head`` or ``less``; when a list is cut, a one-line note on stderr says how to see more. A search
or filter that matches nothing is a failed result (exit 1), as with grep.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

from kzsocial.cli._args import Subparsers, _print_json

__all__ = ["page", "register"]

T = TypeVar("T")

_LANGS = ("kk", "ru", "en")


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {value}")
    return value


def _limit(text: str) -> int:
    value = _count(text)
    if value == 0:
        raise argparse.ArgumentTypeError("must be 1 or more (leave --limit out to show all)")
    return value


def add_list_options(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--limit", type=_limit, metavar="N", help=f"show at most N {what} (default: all)")
    parser.add_argument("--offset", type=_count, default=0, metavar="N", help=f"skip the first N {what}")
    parser.add_argument("--lang", choices=_LANGS, default="kk", help="language of the names (kk, the acts' own)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def page(items: Sequence[T], args: argparse.Namespace, what: str) -> list[T]:
    """The slice ``--offset``/``--limit`` of ``items``; a note on stderr when more remain."""
    start = args.offset
    stop = len(items) if args.limit is None else min(len(items), start + args.limit)
    shown = list(items[start:stop])
    if stop < len(items) and not args.json:
        print(
            f"kzsocial: {len(items)} {what}; shown {start + 1}-{stop}; next: --offset {stop}",
            file=sys.stderr,
        )
    return shown


def _listing(items: Sequence[Any], args: argparse.Namespace, rows: list[Any]) -> dict[str, Any]:
    return {"total": len(items), "offset": args.offset, "limit": args.limit, "items": rows}


def _nothing(what: str, args: argparse.Namespace, items: Sequence[Any]) -> int:
    if args.json:
        _print_json(_listing(items, args, []))
    print(f"kzsocial: no {what} match", file=sys.stderr)
    return 1


# -- services -----------------------------------------------------------------------------------------------------


def _register_services(subparsers: Subparsers) -> None:
    p = subparsers.add_parser(
        "services",
        help="list and search the services of the acts",
        description="List the services of the acts, or search their titles (kk, ru or en; case and Cyrillic/Latin "
        "look-alike letters do not matter). One line per service: id, kind, title.",
    )
    p.add_argument("query", nargs="*", metavar="WORDS", help="words of the title to search for")
    p.add_argument("--act", metavar="ACT", help="only the services of this act, e.g. karaganda-2008")
    p.add_argument("--region", metavar="REGION", help="only the services of this region, e.g. mangystau")
    p.add_argument("--kind", choices=("standard", "regulation"), help="only standards or only regulations")
    p.add_argument("--office", metavar="ID", help="only the services this office serves")
    add_list_options(p, "services")
    p.set_defaults(handler=_services)


def _services(args: argparse.Namespace) -> int:
    from kzsocial.cli._args import cli_office, cli_region
    from kzsocial.services import catalog

    cat = catalog()
    if args.region is not None:
        cli_region(args.region, (a.region for a in cat.acts))
    if args.act is not None:
        _check_act(args.act, [a.id for a in cat.acts])
    items = list(cat.search(" ".join(args.query)) if args.query else cat)
    if args.act is not None:
        keep = set(cat.by_act(args.act))
        items = [s for s in items if s in keep]
    if args.region is not None:
        keep = set(cat.by_region(args.region))
        items = [s for s in items if s in keep]
    if args.kind is not None:
        items = [s for s in items if s.kind.value == args.kind]
    if args.office is not None:
        cli_office(args.office)
        items = [s for s in items if args.office in s.office_ids]
    if not items:
        return _nothing("services", args, items)
    shown = page(items, args, "services")
    if args.json:
        rows = [
            {
                "id": s.id,
                "act_id": s.act_id,
                "kind": s.kind.value,
                "title": {"kk": s.title.kk, "ru": s.title.ru, "en": s.title.en},
                "office_count": len(s.office_ids),
            }
            for s in shown
        ]
        _print_json(_listing(items, args, rows))
        return 0
    width = max((len(s.id) for s in shown), default=0)
    sys.stdout.write("".join(f"{s.id:<{width}}  {s.kind.value:<10}  {s.title.get(args.lang)}\n" for s in shown))
    return 0


# -- show ---------------------------------------------------------------------------------------------------------


def _register_show(subparsers: Subparsers) -> None:
    p = subparsers.add_parser(
        "show",
        help="everything the act says about one service",
        description="Show one service: its act, terms, queue limits, fee, hours, documents, talon, refusal "
        "grounds, offices and data issues. --json prints the service as in the export.",
    )
    p.add_argument("service", metavar="SERVICE", help="the service id, e.g. karaganda-2008/unemployed-registration")
    p.add_argument("--lang", choices=_LANGS, default="kk", help="language of the texts (kk, the acts' own)")
    p.add_argument("--json", action="store_true", help="print JSON (the export's form of the service)")
    p.set_defaults(handler=_show)


def _hours_text(hours: Any, lang: str = "en") -> str:
    from kzsocial.registry import hours_text

    return hours_text(hours, lang)


def _check_act(act: str, acts: Sequence[str]) -> None:
    if act not in acts:
        import difflib

        from kzsocial.errors import UnknownActError

        close = difflib.get_close_matches(act, acts, n=3, cutoff=0.6)
        hint = f"did you mean: {', '.join(close)}? " if close else ""
        raise UnknownActError(f"unknown act {act[:200]!r}; {hint}accepted: {', '.join(acts)}")


def _show(args: argparse.Namespace) -> int:
    from kzsocial.cli._args import cli_service
    from kzsocial.serde import to_dict
    from kzsocial.services import catalog

    cat = catalog()
    s = cli_service(args.service)
    if args.json:
        _print_json(to_dict(s))
        return 0
    lang = args.lang
    act = cat.act(s.act_id)
    out = [
        s.title.get(lang),
        f"  id: {s.id} ({s.kind.value} {s.number})",
        f"  act: {act.id}, № {act.number} of {act.date.isoformat()} ({act.source_file}, line {s.source.line})",
        f"  channels: {', '.join(c.value for c in s.channels)}",
    ]
    for t in s.terms:
        where = f" [{t.channel.value}]" if t.channel is not None else ""
        start = t.starts_from.value.replace("_", " ")
        out.append(f"  term ({t.role.value}{where}): {_term_text(t.term)} from the {start} — «{t.source.text}»")
    if not s.terms:
        out.append("  term: none stated in the act")
    for q in s.queue_limits:
        out.append(f"  queue limit at {q.stage.value}: {q.qualifier.value} {q.minutes} min")
    fee = s.fee
    out.append(f"  fee: {fee.kind.value}" + (f" {fee.amount} {fee.currency}" if fee.amount is not None else ""))
    if s.service_hours is not None:
        out.append(f"  service hours: {_hours_text(s.service_hours, lang)}")
    if s.intake_hours is not None and s.intake_hours != s.service_hours:
        out.append(f"  intake hours: {_hours_text(s.intake_hours, lang)}")
    out.append(f"  documents ({len(s.documents)}):")
    for d in s.documents:
        flags = [] if d.required else ["optional"]
        if d.condition is not None:
            tags = sorted(d.condition.applies_to)
            flags.append("if " + " or ".join(tags) if tags else "conditional")
        if d.channels is not None:
            flags.append("on " + ", ".join(sorted(c.value for c in d.channels)))
        if d.variant is not None:
            flags.append(f"for {d.variant}")
        note = f" ({'; '.join(flags)})" if flags else ""
        out.append(f"    - {d.id}: {d.name.get(lang)}{note}")
        out.extend(f"        or {a.id}: {a.name.get(lang)}" for a in d.alternatives)
    if s.talon is None:
        out.append("  talon: none in the act")
    else:
        fields = ", ".join(f.value for f in s.talon.fields) or "not defined by the act"
        out.append(f"  talon ({s.talon.kind.value}): {fields}")
        if s.talon.has_refusal_receipt:
            out.append("  receipt of refusal to accept documents: defined by the act")
    if s.refusal_grounds:
        out.append("  refusal grounds:")
        out.extend(f"    - {g.text.get(lang)}" for g in s.refusal_grounds)
    out.append(f"  offices: {len(s.office_ids)}" + (f" (e.g. {s.office_ids[0]})" if s.office_ids else ""))
    if s.steps:
        channels = sorted({st.channel.value for st in s.steps})
        out.append(f"  process steps on: {', '.join(channels)} (see: kzsocial timeline {s.id} --channel ...)")
    if s.data_issues:
        out.append(f"  data issues ({len(s.data_issues)}):")
        out.extend(f"    - [{i.code}] {i.text(lang)}" for i in s.data_issues)
    sys.stdout.write("\n".join(out) + "\n")
    return 0


def _term_text(term: Any) -> str:
    from kzsocial.calendar import StagedTerm

    if isinstance(term, StagedTerm):
        return " + ".join(str(stage.term) for stage in term.stages)
    return str(term)


# -- offices ------------------------------------------------------------------------------------------------------


class _OfficeKinds:
    """The values of :class:`kzsocial.registry.OfficeKind`, read on first use: ``offices --kind``'s choices, so that
    building the parser (for ``--help`` too) loads no office module (issue 15)."""

    def _values(self) -> list[str]:
        from kzsocial.registry._office import OfficeKind

        return [k.value for k in OfficeKind]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values())

    def __contains__(self, value: object) -> bool:
        return value in self._values()

    def __len__(self) -> int:
        return len(self._values())


def _register_offices(subparsers: Subparsers) -> None:
    p = subparsers.add_parser(
        "offices",
        help="list and search the offices",
        description="List the offices the acts name, or search their names (kk or ru). One line per office: "
        "id, kind, name.",
    )
    p.add_argument("query", nargs="*", metavar="WORDS", help="words of the name to search for")
    p.add_argument("--region", metavar="REGION", help="only the offices of this region, e.g. karaganda")
    p.add_argument("--kind", choices=_OfficeKinds(), metavar="KIND", help="only offices of this kind: %(choices)s")
    p.add_argument("--service", metavar="SERVICE", help="only the offices that serve this service")
    p.add_argument("--act", metavar="ACT", help="only the offices of this act")
    add_list_options(p, "offices")
    p.set_defaults(handler=_offices)


def _offices(args: argparse.Namespace) -> int:
    from kzsocial.cli._args import cli_region, cli_service
    from kzsocial.registry import offices

    reg = offices()
    if args.region is not None:
        cli_region(args.region, (o.region for o in reg))
    if args.act is not None:
        _check_act(args.act, sorted({o.act_id for o in reg}))
    service = cli_service(args.service) if args.service is not None else None
    items = list(reg.search(" ".join(args.query)) if args.query else reg)
    if args.service is not None:
        keep = set(reg.for_service(service)) if service is not None else set()
        items = [o for o in items if o in keep]
    if args.region is not None:
        items = [o for o in items if o.region == args.region]
    if args.kind is not None:
        items = [o for o in items if o.kind.value == args.kind]
    if args.act is not None:
        items = [o for o in items if o.act_id == args.act]
    if not items:
        return _nothing("offices", args, items)
    shown = page(items, args, "offices")
    if args.json:
        from kzsocial.serde import to_dict

        _print_json(_listing(items, args, [to_dict(o) for o in shown]))
        return 0
    width = max((len(o.id) for o in shown), default=0)
    kinds = max((len(o.kind.value) for o in shown), default=0)
    sys.stdout.write("".join(f"{o.id:<{width}}  {o.kind.value:<{kinds}}  {o.name.get(args.lang)}\n" for o in shown))
    return 0


# -- export -------------------------------------------------------------------------------------------------------


def _register_export(subparsers: Subparsers) -> None:
    p = subparsers.add_parser(
        "export",
        help="print the whole catalogue as one JSON document",
        description="Print kzsocial.export.to_json(): acts, services and offices, the integrators' contract "
        "(validated by the JSON Schema kzsocial.export.schema()).",
    )
    p.add_argument("--json", action="store_true", help="accepted for uniformity: the export is always JSON")
    p.add_argument("--format", type=int, choices=(1, 2), default=2, help="the export format (default 2)")
    p.set_defaults(handler=_export)


def _export(args: argparse.Namespace) -> int:
    from kzsocial.export import to_json

    text = to_json(format=args.format)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


def register(subparsers: Subparsers) -> None:
    """Add ``services``, ``show``, ``offices`` and ``export``."""
    for add in (_register_services, _register_show, _register_offices, _register_export):
        add(subparsers)
