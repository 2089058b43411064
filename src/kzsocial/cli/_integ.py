"""Command line: ``schema``, ``validate`` and ``serve`` (registered by :mod:`kzsocial.cli`)."""

from __future__ import annotations

import argparse
import sys

from kzsocial.cli._args import Subparsers, UsageError, _print_json

__all__ = ["register"]


def _register_schema(subparsers: Subparsers) -> None:
    p = subparsers.add_parser(
        "schema",
        help="print the JSON Schema of a type, or the OpenAPI document",
        description="Print the JSON Schema (2020-12) of TYPE's JSON form (kzsocial.serde), --openapi the OpenAPI 3.1 "
        "components document of every type, --list the type names.",
    )
    p.add_argument("type", nargs="?", metavar="TYPE", help="a public type name, e.g. Talon, Deadline, Office")
    p.add_argument("--openapi", action="store_true", help="the OpenAPI 3.1 document (components.schemas)")
    p.add_argument("--list", action="store_true", help="list the type names")
    p.add_argument("--json", action="store_true", help="accepted for uniformity: schemas are always JSON")
    p.set_defaults(handler=_schema)


def _schema(args: argparse.Namespace) -> int:
    from kzsocial.schema import json_schema, openapi, type_names

    if sum(bool(x) for x in (args.type, args.openapi, args.list)) != 1:
        raise UsageError("schema: give one of TYPE, --openapi or --list")
    if args.list:
        print("\n".join(type_names()))
    elif args.openapi:
        _print_json(openapi())
    else:
        _print_json(json_schema(args.type))
    return 0


def _register_validate(subparsers: Subparsers) -> None:
    p = subparsers.add_parser(
        "validate",
        help="check act folders against the data format",
        description="Load FOLDER (an act folder with act.json, or a folder of them) with the packaged data's "
        "validation and list every problem as FILE:LINE: PATH MESSAGE. Exit 0 when it loads, 1 otherwise.",
    )
    p.add_argument("folders", nargs="+", metavar="FOLDER")
    p.add_argument("--with-packaged", action="store_true", help="validate together with the packaged acts")
    p.add_argument("--json", action="store_true", help="print the problems as JSON")
    p.set_defaults(handler=_validate)


def _validate(args: argparse.Namespace) -> int:
    from kzsocial.loader import packaged_folders, validate
    from kzsocial.serde import to_dict

    folders = [*packaged_folders(), *args.folders] if args.with_packaged else list(args.folders)
    problems = validate(folders)
    if args.json:
        _print_json({"ok": not problems, "problems": [to_dict(p) for p in problems]})
    elif problems:
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem(s)", file=sys.stderr)
    else:
        print("ok")
    return 1 if problems else 0


def _register_serve(subparsers: Subparsers) -> None:
    p = subparsers.add_parser(
        "serve",
        help="run the reference HTTP service (needs kzsocial[api])",
        description="Serve the catalogue over HTTP (kzsocial.api: Starlette + uvicorn, the api extra). Binds to a "
        "loopback address only.",
    )
    p.add_argument("--host", default="127.0.0.1", help="a loopback address (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="the port (default 8000; 0 picks a free one)")
    p.add_argument(
        "--data",
        action="append",
        default=[],
        metavar="FOLDER",
        help="serve these act folders too (repeatable); with --only-data, instead of the packaged acts",
    )
    p.add_argument("--only-data", action="store_true", help="serve only the --data folders")
    p.add_argument("--json", action="store_true", help="announce the address as one JSON line on stdout")
    p.set_defaults(handler=_serve)


def _serve(args: argparse.Namespace) -> int:
    from kzsocial.api import serve

    serve(host=args.host, port=args.port, data=args.data, packaged=not args.only_data, announce_json=args.json)
    return 0


def register(subparsers: Subparsers) -> None:
    """Add ``schema``, ``validate`` and ``serve``."""
    for add in (_register_schema, _register_validate, _register_serve):
        add(subparsers)
