"""Kazakh and Russian texts of the data issues, from the ``data_issues`` key of an act's ``translations.json``.

A data issue's message is written in English (:attr:`~kzsocial.provenance.DataIssue.message`). The overlay maps
each message of the act, exactly as the issue carries it (the loader's own ``wrong-contact`` messages included),
to its translations made for the library::

    "data_issues": {
      "email 'akimat@mail' has no domain": {"kk": "«akimat@mail» электрондық поштасында домен жоқ", "ru": "..."}}

A message repeated on several records of the act is one entry. The loader puts the texts on every issue of the
act, its services, offices and their sub-units (:attr:`~kzsocial.provenance.DataIssue.message_kk`,
``message_ru``). A message without an entry and an entry whose message no longer occurs (stale) are load errors,
listed with the other problems of the data files; while an act is in :data:`PENDING_ACTS` (its translations are
being written) its missing entries are allowed, its stale ones are not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, TypeVar, cast

from kzsocial._translations import copy_record
from kzsocial.provenance import DataIssue

__all__ = [
    "KEY",
    "PENDING_ACTS",
    "apply_issue_texts",
    "check_issue_texts",
    "issue_messages",
    "issue_text_keys",
    "issue_texts",
    "with_issue_texts",
]

KEY = "data_issues"
"""The overlay's top-level key holding the data issues' texts."""

_PENDING = (
    # one act per line, separated, so that the branches finishing different acts each delete their own line
    # -
)
PENDING_ACTS: frozenset[str] = frozenset(_PENDING)
"""The packaged acts whose data issues' translations are still being written: missing entries are not (yet) load
errors. An act leaves this set when its ``translations.json`` has every message (a test says when)."""

_LANGS = ("kk", "ru")
A = TypeVar("A")


def _entry_problem(entry: object) -> str | None:
    if not isinstance(entry, dict):
        return 'an entry is an object {"kk": ..., "ru": ...}'
    unknown = sorted(set(entry) - set(_LANGS))
    missing = [lang for lang in _LANGS if lang not in entry]
    if unknown or missing:
        return f"an entry has exactly the keys 'kk' and 'ru'; got {', '.join(map(repr, sorted(entry))) or 'none'}"
    for lang in _LANGS:
        value = entry[lang]
        if not isinstance(value, str) or not value.strip() or value != value.strip():
            return f"{lang!r} must be a non-empty string without surrounding spaces"
    return None


def _owners(act: Any, services: Mapping[str, Any], offices: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    if act is not None:  # (None: a service read on its act's header alone)
        yield f"act {act.id!r}", act
    for sid, svc in services.items():
        yield f"service {sid!r}", svc
    for oid, office in offices.items():
        yield f"office {oid!r}", office
        for unit in office.subunits:
            yield f"office {oid!r} sub-unit {unit.id!r}", unit


def issue_messages(act: Any, services: Mapping[str, Any], offices: Mapping[str, Any]) -> dict[str, list[str]]:
    """Every data issue message of the act, its services, offices and sub-units: message -> where it occurs."""
    out: dict[str, list[str]] = {}
    for where, record in _owners(act, services, offices):
        for issue in record.data_issues:
            out.setdefault(issue.message, []).append(where)
    return out


def _translated(issues: tuple[DataIssue, ...], texts: Mapping[str, Mapping[str, str]]) -> tuple[DataIssue, ...]:
    if not any(i.message in texts for i in issues):
        return issues
    # the issue's fields were checked when it was made, the texts by _entry_problem as DataIssue checks them
    # (non-empty str without surrounding spaces): copied without checking again
    copy = _COPY[0]
    return tuple(
        copy(i, {"message_kk": texts[i.message]["kk"], "message_ru": texts[i.message]["ru"]})
        if i.message in texts
        else i
        for i in issues
    )


_COPY: list[Callable[[Any, dict[str, Any]], Any]] = [copy_record]
"""How an issue or a record gets its texts (``tests/model/test_trusted_constructors.py`` swaps in ``attrs.evolve``
to compare)."""


def _with_texts(record: Any, texts: Mapping[str, Mapping[str, str]]) -> Any:
    changes: dict[str, Any] = {}
    issues = _translated(record.data_issues, texts)
    if issues is not record.data_issues:
        changes["data_issues"] = issues
    units = getattr(record, "subunits", None)
    if units:
        new_units = tuple(_with_texts(u, texts) for u in units)
        if any(n is not u for n, u in zip(new_units, units, strict=True)):
            changes["subunits"] = new_units
    # the record's other fields are as loaded, and its records' classes check nothing of these two (their types
    # are those of the loader's values): copied without running __init__ again (the overlay's copy)
    copied: Any = _COPY[0](record, changes) if changes else record
    return copied


def issue_texts(data: object) -> dict[str, Mapping[str, str]]:
    """The well-formed entries of the overlay's ``data_issues`` key, by English message (its problems are listed
    by :func:`apply_issue_texts`)."""
    node = data.get(KEY, {}) if isinstance(data, Mapping) else {}
    if not isinstance(node, dict):
        return {}
    return {message: entry for message, entry in node.items() if _entry_problem(entry) is None}


def with_issue_texts(record: A, texts: Mapping[str, Mapping[str, str]]) -> A:
    """``record`` (an office, a service, an act) with the texts of its data issues and its sub-units' (the
    offices are read apart from the services, in :mod:`kzsocial.registry._builder`)."""
    result: A = _with_texts(record, texts)
    return result


def issue_text_keys(data: object) -> tuple[str, ...] | None:
    """The messages the overlay's ``data_issues`` key has entries for (none without the key), or None when the
    overlay or its key is not an object (a problem :func:`apply_issue_texts` lists): what
    :func:`check_issue_texts` needs of the overlay, kept apart so that the check can run later, once the act's
    offices are read too."""
    if not isinstance(data, Mapping):
        return None
    node = data.get(KEY, {})
    return tuple(node) if isinstance(node, dict) else None


def check_issue_texts(
    messages: Iterable[str],
    act: Any,
    services: Mapping[str, Any],
    offices: Mapping[str, Any],
    problems: list[str],
    where: str,
    *,
    pending: Callable[[str], bool] = PENDING_ACTS.__contains__,
    stale: bool = True,
    act_id: str | None = None,
) -> None:
    """The missing and stale entries of an overlay whose entries are ``messages``, against the data issues of
    ``act``, its ``services`` and ``offices`` (by id): problems go to ``problems``.

    A stale entry is one whose message no record of the act carries: it can be told only with every record of the
    act at hand. ``stale=False`` (a service read without its act's offices, :func:`kzsocial._data.packaged_service`)
    checks the missing entries of the records given only; the stale ones are checked when the offices are read.
    ``act`` None (the act's values not read): ``act_id`` names it."""
    act_id = str(cast(Any, act).id if act is not None else act_id)
    listed = dict.fromkeys(messages)
    occurring = issue_messages(act, services, offices)
    if stale:
        for message in listed:
            if message not in occurring:
                problems.append(
                    f"{where}.{KEY}[{message!r}]: stale: no data issue of act {act_id!r} has this message "
                    "(it changed or was removed); update or drop the entry"
                )
    if not pending(act_id):
        for message, places in occurring.items():
            if message not in listed:
                problems.append(
                    f"{where}.{KEY}: no Kazakh and Russian text for the data issue {message!r} "
                    f"(on {', '.join(places[:3])}{', ...' if len(places) > 3 else ''}); add an entry"
                )


def apply_issue_texts(
    data: Mapping[str, Any],
    act: A,
    services: dict[str, Any],
    offices: dict[str, Any],
    problems: list[str],
    where: str,
    *,
    pending: Callable[[str], bool] = PENDING_ACTS.__contains__,
    replace_offices: bool = True,
    check: bool = True,
) -> A:
    """Put the overlay's ``data_issues`` texts on the issues of ``act``, ``services`` and ``offices`` (dicts by id,
    replaced in place); return the act with its own issues' texts. Problems go to ``problems``.

    Called for every act folder with a ``translations.json``: without the key, every issue's entry is missing.
    ``replace_offices=False`` leaves ``offices`` as given (the registry's offices carry their texts already,
    :func:`with_issue_texts`). ``check=False`` lists the malformed entries only: the caller checks the missing
    and stale ones later with :func:`check_issue_texts` (the services' pass, read before or without the act's
    offices: :func:`kzsocial._data.dataset` checks them with the offices)."""
    if not isinstance(data, Mapping):  # the overlay itself is reported by apply_overlay
        return act
    node = data.get(KEY, {})
    if not isinstance(node, dict):
        problems.append(f"{where}.{KEY}: expected an object {{English message: {{kk, ru}}}}")
        return act
    texts: dict[str, Mapping[str, str]] = {}
    for message, entry in node.items():
        problem = _entry_problem(entry)
        if problem is not None:
            problems.append(f"{where}.{KEY}[{message!r}]: {problem}")
        else:
            texts[message] = entry
    if check:
        check_issue_texts(node, act, services, offices, problems, where, pending=pending)
    for rid, svc in services.items():
        services[rid] = _with_texts(svc, texts)
    if replace_offices:
        for rid, office in offices.items():
            offices[rid] = _with_texts(office, texts)
    result: A = act if act is None else _with_texts(act, texts)  # (None: an act not read, its header alone)
    return result
