"""The cold path of the command line and of the lazy packages (issue 15): what a run imports, not how long it takes.

``kzsocial deadline SERVICE --at ...`` reads one service of one act and answers; it must not load what its answer
does not need: the other commands' modules, the act's offices, the office registry and its search index, the
catalogue, the notices, the export.
``import kzsocial.services`` and ``import kzsocial.registry`` load their modules on first use of a name, and what
the eager packages did as they loaded (serde's public types, the registry's and the catalogue's accessors) still
holds when only some of their modules are loaded.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from typing import Any

import pytest

from kzsocial.cli import COMMANDS, build_parser
from kzsocial.cli._main import _REGISTRAR_OF, _command_in

SERVICE = "karaganda-2008/unemployed-registration"

NOT_FOR_A_DEADLINE = (
    "kzsocial._search",
    "kzsocial.registry._registry",
    "kzsocial.registry._builder",  # the act's offices: a service's deadline reads its service alone
    "kzsocial.registry._office",
    "kzsocial.registry._contacts",
    "dateutil",
    "kzsocial.services._act",  # the act's own records: the service is read on its act's header
    "kzsocial.services._catalog",
    "kzsocial.services._timeline",
    "kzsocial.services._document_check",
    "kzsocial.notices",
    "kzsocial.export",
    "kzsocial.schema",
    "kzsocial.text",
    "kzsocial.cases",
    "kzsocial.calendar._overrides",
    "kzsocial.cli._calendar",
    "kzsocial.cli._catalog",
    "kzsocial.cli._cases",
    "kzsocial.cli._integ",
)
"""Modules (and packages: their modules too) the ``deadline SERVICE`` answer does not need."""


_RUN_AND_LIST = (
    "import json, runpy, sys\n"
    "sys.argv = ['kzsocial', *json.loads(sys.argv[1])]\n"
    "try:\n    runpy.run_module('kzsocial', run_name='__main__', alter_sys=True)\n"
    "except SystemExit as exc:\n    code = exc.code\n"
    "sys.stdout.flush()\n"
    "sys.stderr.write('\\nMODULES ' + json.dumps(sorted(sys.modules)) + '\\n')\n"
    "sys.exit(code)\n"
)
"""``python -m kzsocial ARGS``, then the modules it imported (``-X importtime`` does not list the modules a lazy
package loads with ``importlib.import_module``, so ``sys.modules`` is read instead)."""


def _imported(*args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run ``python -m kzsocial ARGS`` in a fresh process: the process and the modules it imported."""
    done = subprocess.run(
        [sys.executable, "-c", _RUN_AND_LIST, json.dumps(args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    head, marker, listed = done.stderr.rpartition("\nMODULES ")
    assert marker, done.stderr[-2000:]
    modules = set(json.loads(listed))
    assert "kzsocial.cli" in modules
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout, head), modules


def _loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in names))


def test_a_deadline_of_a_service_imports_only_what_it_needs() -> None:
    done, modules = _imported("deadline", SERVICE, "--at", "2008-12-26T18:30")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Due: 2009-01-08 (Thursday) 18:00" in done.stdout
    assert {"kzsocial._data", "kzsocial.services._definition", "kzsocial.calendar._deadline"} <= modules
    assert _loaded(modules, NOT_FOR_A_DEADLINE) == []
    # the standard library's heavier modules that only a miss or another command needs
    assert {"difflib", "hashlib", "_hashlib"} & modules == set()


def test_a_deadline_in_json_and_an_unknown_service_still_answer() -> None:
    done, modules = _imported("deadline", SERVICE, "--at", "2008-12-26T18:30", "--json")
    assert done.returncode == 0 and json.loads(done.stdout)["due_at"] == "2009-01-08T18:00:00"
    assert _loaded(modules, NOT_FOR_A_DEADLINE) == []
    # a miss reads the whole catalogue for its near misses: the lazy imports still reach it
    done, modules = _imported("deadline", SERVICE[:-1], "--at", "2008-12-26T18:30")
    assert done.returncode == 1 and f"did you mean: {SERVICE}," in done.stderr
    assert "kzsocial.services._catalog" in modules


def test_the_help_builds_every_parser_without_reading_any_office() -> None:
    done, modules = _imported("--help")
    assert done.returncode == 0 and all(f"    {name} " in done.stdout for name in _REGISTRAR_OF)
    assert _loaded(modules, ("kzsocial.registry._office", "kzsocial.services", "kzsocial._data", "attrs")) == []
    done, modules = _imported("offices", "--help")
    assert done.returncode == 0 and "only offices of this kind: oblast_department, " in " ".join(done.stdout.split())


@pytest.mark.parametrize("package", ["kzsocial.services", "kzsocial.registry"])
def test_importing_a_package_loads_none_of_its_values(package: str) -> None:
    code = f"import {package}, json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    modules = set(json.loads(done.stdout))
    loaded = {m for m in modules if m.startswith("kzsocial.")}
    assert loaded <= {
        "kzsocial._public",
        "kzsocial.errors",
        "kzsocial.registry",
        "kzsocial.registry._service_view",
        "kzsocial.services",
    }, loaded
    assert {"attrs", "attr", "kzsocial.serde"} & modules == set()


def test_the_lazy_packages_keep_what_the_eager_ones_did() -> None:
    code = (
        "import warnings\nimport kzsocial.serde as s\nfrom kzsocial._data import packaged_act\n"
        f"svc = next(x for x in packaged_act('karaganda-2008').services if x.id == {SERVICE!r})\n"
        "names = {c.__name__ for c in s.public_types()}\n"
        "assert {'ServiceDefinition', 'Office', 'LegalAct', 'Term', 'LocalizedText'} <= names, names\n"
        "from kzsocial.registry._office import Office\n"
        # an office's parent by id: the registry's accessor is there before kzsocial.registry._registry loads
        "office = next(o for o in packaged_act('karaganda-2008').offices if o.parent_id)\n"
        "assert office._parent() is not None and office._parent().id == office.parent_id\n"
        # the deprecated lookup of a service by id: the catalogue's accessor, before services._catalog loads
        "import kzsocial.services, kzsocial.registry\n"
        "with warnings.catch_warnings():\n    warnings.simplefilter('ignore', DeprecationWarning)\n"
        f"    found = kzsocial.registry.offices().for_service({SERVICE!r})\n"
        "assert found and all(isinstance(o, Office) for o in found)\n"
        "assert kzsocial.services.ServiceDefinition is type(svc) and 'catalog' in dir(kzsocial.services)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-3000:]


def _names_added(register: object) -> list[str]:
    names: list[str] = []
    subparsers = argparse.ArgumentParser().add_subparsers()

    class Recorder:
        def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
            names.append(name)
            return subparsers.add_parser(name, **kwargs)

    register(Recorder())  # type: ignore[operator]
    return names


def test_each_command_name_maps_to_the_function_that_registers_it() -> None:
    registered = {name: register for register in COMMANDS for name in _names_added(register)}
    assert registered == _REGISTRAR_OF


@pytest.mark.parametrize("command", sorted(_REGISTRAR_OF))
def test_the_one_command_parser_equals_its_part_of_the_whole(command: str) -> None:
    whole = next(a for a in build_parser()._actions if a.dest == "command").choices
    one = next(a for a in build_parser(command)._actions if a.dest == "command").choices
    assert list(one) == [command]  # type: ignore[arg-type]
    assert one[command].format_help() == whole[command].format_help()  # type: ignore[index]
    assert _command_in([command, "--help"]) == command
    assert _command_in(["--help", command]) is None and _command_in(["-1", command]) is None
