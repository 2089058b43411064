"""The whole-API fuzz suite (issue 11): every public callable, the CLI, the loader and the override layer, under
hypothesis, with hostile arguments. See ``tests/fuzz/harness.py`` for what is called and what must hold.

Each target is one test, so a failure names the function; ``CI=true`` runs fewer examples of the same properties.
"""

from __future__ import annotations

import enum
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import (
    Stats,
    Target,
    check_call,
    deadline_problems,
    draw_call,
    outside_open_time,
    public_modules,
    targets,
)

EXAMPLES = 4 if os.environ.get("CI") else 25
TARGETS = targets()

def _chooser(data: st.DataObject) -> Any:
    def choose(seq: Any) -> Any:
        seq = list(seq)
        # draw the index, so hypothesis reports a number and not a megabyte of hostile text
        return seq[data.draw(st.integers(0, len(seq) - 1))]

    return choose


@pytest.mark.parametrize("target", TARGETS, ids=lambda t: t.name)
@settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=bool(os.environ.get("CI")),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
@given(data=st.data())
def test_every_public_callable_keeps_the_promises(target: Target, data: st.DataObject) -> None:
    stats = Stats()
    choose = _chooser(data)
    args, kwargs, mode = draw_call(target, choose)
    check_call(target, args, kwargs, mode, stats, draw=data.draw)
    faults = [f"{k}: {v}" for k, vs in stats.faults.items() for v in vs]
    assert not faults, "\n".join(faults)


def test_every_public_name_is_reached() -> None:
    """The enumeration covers every callable of every public ``__all__`` (so a new name is fuzzed too)."""
    names = {t.name.split("(")[0] for t in TARGETS}
    missing = []
    for mod in public_modules():
        for name in mod.__all__:
            obj = getattr(mod, name)
            if isinstance(obj, type) and issubclass(obj, BaseException):
                continue
            if isinstance(obj, type) and issubclass(obj, enum.Enum):
                continue
            qual = f"{mod.__name__}.{name}"
            if callable(obj) and qual not in names and not any(n.endswith(f".{name}") for n in names):
                missing.append(qual)
    assert not missing
    assert len(TARGETS) >= 200
    special = {"kzsocial.__main__.main", "kzsocial._data.load_folders(JSON)", "CalendarOverrides.from_json(file)"}
    assert special <= {t.name for t in TARGETS}


def test_the_checks_catch_what_they_are_for() -> None:
    """The harness's own checks fail on the faults they look for (a check that cannot fail tests nothing)."""
    import datetime as dt

    from kzsocial.calendar import OfficeHours
    from kzsocial.errors import InvalidInputError

    def foreign(x: object) -> None:
        raise AttributeError("planted")

    def value_for_type(x: object) -> None:
        raise InvalidInputError("planted")

    import inspect

    param = (inspect.Parameter("x", inspect.Parameter.POSITIONAL_OR_KEYWORD),)
    stats = Stats()
    check_call(Target("planted.foreign", foreign, param), [1], {}, "mixed", stats)
    check_call(Target("planted.family", value_for_type, param), [1], {}, "wrong", stats)
    assert set(stats.faults) == {"AttributeError", "wrong family (wrong type)"}

    class D:
        submitted_at = dt.datetime(2025, 1, 6, 12)
        registered_at = dt.datetime(2025, 1, 6, 12)
        due_at = dt.datetime(2025, 1, 6, 11)

    assert deadline_problems(D()) and "due before registration" in deadline_problems(D())[0]
    hours = OfficeHours.weekly("09:00", "18:00")
    assert outside_open_time(dt.datetime(2025, 1, 6, 19), hours, None) is not None
    assert outside_open_time(dt.datetime(2025, 1, 6, 18), hours, None) is None
