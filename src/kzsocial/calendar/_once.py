"""Lazy builders that build once, whatever the threads: a lock, checked twice.

``functools.cache`` does not stop two threads that miss the cache at the same time from each building the value
(16 threads on a cold start got 4 to 9 different default calendars). :func:`once` keeps one value per arguments:
the first caller builds it under a lock, the others wait for it and get the same object; later calls read it
without the lock.

>>> calls = []
>>> @once
... def answer(x: int) -> list[int]:
...     calls.append(x)
...     return [x]
>>> answer(1) is answer(1), calls
(True, [1])
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Hashable
from typing import ParamSpec, TypeVar

__all__ = ["once"]

P = ParamSpec("P")
T = TypeVar("T")


def once(build: Callable[P, T]) -> Callable[P, T]:
    """``build`` memoised per positional arguments, built at most once even when many threads ask at once."""
    values: dict[tuple[Hashable, ...], T] = {}
    lock = threading.RLock()  # re-entrant: a builder may ask another `once` value built under the same lock

    @functools.wraps(build)
    def get(*args: P.args, **kwargs: P.kwargs) -> T:
        key = (*args, *sorted(kwargs.items()))
        try:
            return values[key]
        except KeyError:
            pass
        with lock:
            if key not in values:
                values[key] = build(*args, **kwargs)
            return values[key]

    return get
