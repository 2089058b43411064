"""Templates with ``((placeholder))`` and optional blocks ``((flag??text))``, as GOV.UK Notify writes them.

Filling a template with values that leave placeholders unfilled raises one
:class:`~kzsocial.errors.MissingPlaceholdersError` listing all of them; :meth:`NoticeTemplate.preview` fills what it
can and highlights the rest. An optional block shows its text (which may hold placeholders) when its flag is truthy.
A flag absent from the values counts as missing; ``None``, ``False`` or ``""`` hide the block.

>>> t = NoticeTemplate("Талон № ((number)). Мерзім: ((due_at))((office??, ((office))))", name="demo")
>>> t.placeholders
('number', 'due_at', 'office')
>>> t.fill({"number": "15", "due_at": "2009 жылғы 8 қаңтар", "office": None})
'Талон № 15. Мерзім: 2009 жылғы 8 қаңтар'
>>> t.fill({"number": "15"})
Traceback (most recent call last):
...
kzsocial.errors.MissingPlaceholdersError: template 'demo': missing personalisation: due_at, office
>>> t.preview({"number": "15", "office": "Бөлім"})
'Талон № 15. Мерзім: [MISSING: due_at], Бөлім'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from html import escape
from typing import TYPE_CHECKING, Any, cast

import attrs
from attrs import frozen

from kzsocial.errors import InvalidInputError, InvalidTypeError, MissingPlaceholdersError

__all__ = ["Conditional", "Html", "Node", "NoticeTemplate", "Placeholder", "TemplateValue", "parse_template"]


class Html(str):
    """A value that is already HTML: inserted as it is into an HTML fill or preview (any other str is escaped)."""

    __slots__ = ()

    def __new__(cls, value: str = "") -> Html:
        if not isinstance(value, str):
            raise InvalidTypeError(f"Html wraps a str of HTML, got {type(value).__name__}")
        return super().__new__(cls, value)


TemplateValue = str | bool | None
"""A filled value: text (already formatted for its channel), a flag, or None (not available)."""

_NAME = re.compile(r"[a-z_][a-z0-9_]*")
MAX_DEPTH = 16
"""How deeply optional blocks may nest (the built-in templates nest two deep); deeper is refused."""


@frozen
class Placeholder:
    name: str


@frozen
class Conditional:
    name: str
    children: tuple[Node, ...]


Node = str | Placeholder | Conditional


def parse_template(text: str) -> tuple[Node, ...]:
    """Parse ``text`` into literal strings, placeholders and (nestable) optional blocks."""
    if not isinstance(text, str):
        raise InvalidTypeError(f"a template is a str, got {type(text).__name__}")
    nodes, _ = _parse(text, 0, nested=False)
    return nodes


def _parse(text: str, pos: int, *, nested: bool, depth: int = 0) -> tuple[tuple[Node, ...], int]:
    out: list[Node] = []
    buf: list[str] = []
    while pos < len(text):
        if nested and text.startswith("))", pos):
            break
        if text.startswith("((", pos):
            m = _NAME.match(text, pos + 2)
            if m is not None:
                end = m.end()
                if text.startswith("))", end):
                    out.extend(["".join(buf)] if buf else [])
                    buf = []
                    out.append(Placeholder(m.group()))
                    pos = end + 2
                    continue
                if text.startswith("??", end):
                    if depth >= MAX_DEPTH:
                        raise InvalidInputError(
                            f"optional blocks nest more than {MAX_DEPTH} deep at (({m.group()}??...; "
                            f"accepted: at most {MAX_DEPTH} levels"
                        )
                    children, close = _parse(text, end + 2, nested=True, depth=depth + 1)
                    if not text.startswith("))", close):
                        raise InvalidInputError(f"optional block (({m.group()}??... is not closed with '))'")
                    out.extend(["".join(buf)] if buf else [])
                    buf = []
                    out.append(Conditional(m.group(), children))
                    pos = close + 2
                    continue
        buf.append(text[pos])
        pos += 1
    if buf:
        out.append("".join(buf))
    return tuple(out), pos


def _names(nodes: tuple[Node, ...], acc: list[str]) -> list[str]:
    for node in nodes:
        if isinstance(node, Placeholder | Conditional) and node.name not in acc:
            acc.append(node.name)
        if isinstance(node, Conditional):
            _names(node.children, acc)
    return acc


def _render(
    nodes: tuple[Node, ...],
    values: Mapping[str, TemplateValue],
    missing: list[str],
    literal: Callable[[str], str],
    on_missing: Callable[[str], str],
    html: bool = False,
) -> str:
    out: list[str] = []
    for node in nodes:
        if isinstance(node, str):
            out.append(literal(node))
        elif isinstance(node, Placeholder):
            value = values.get(node.name)
            if value is None or isinstance(value, bool):
                if node.name not in missing:
                    missing.append(node.name)
                out.append(on_missing(node.name))
            else:
                out.append(value if not html or isinstance(value, Html) else escape(value))
        else:
            if node.name not in values:
                # the flag is missing, so every placeholder of the block may be needed too: list them all
                for name in _names((node,), []):
                    if name not in missing:
                        missing.append(name)
                continue
            if values[node.name]:
                out.append(_render(node.children, values, missing, literal, on_missing, html))
    return "".join(out)


def _check_values(values: object) -> Mapping[str, TemplateValue]:
    if not isinstance(values, Mapping):
        raise InvalidTypeError(f"template values are a mapping of name to str, got {type(values).__name__}")
    for key, value in values.items():
        if not isinstance(key, str) or not (value is None or isinstance(value, str | bool)):
            raise InvalidTypeError(f"template value {key!r} must be a str, a bool or None, got {type(value).__name__}")
    return values


def _is_str(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) and not (value is None and attribute.name == "subject"):
        raise InvalidTypeError(f"a template's {attribute.name} is a str, got {type(value).__name__}")


def _parsed(instance: NoticeTemplate) -> tuple[tuple[Node, ...], tuple[Node, ...]]:
    return parse_template(instance.body), parse_template(instance.subject or "")


class _NodesSlot:
    """A slot outside the attrs fields: the parsed template never reaches ``attrs.asdict``, ``eq`` or ``repr``."""

    __slots__ = ("_parsed_nodes",)
    if TYPE_CHECKING:
        _parsed_nodes: tuple[tuple[Node, ...], tuple[Node, ...]]

    @property
    def _nodes(self) -> tuple[tuple[Node, ...], tuple[Node, ...]]:
        try:
            return self._parsed_nodes
        except AttributeError:  # unpickled: the slot is not restored, parse again
            nodes = _parsed(cast("NoticeTemplate", self))
            object.__setattr__(self, "_parsed_nodes", nodes)
            return nodes


@frozen
class NoticeTemplate(_NodesSlot):
    """A message template: a ``body`` and, for email, a ``subject``; ``name`` identifies it in errors."""

    body: str = attrs.field(validator=_is_str)
    """The message text, GOV.UK Notify style: ``((placeholder))`` fields and ``((flag??text))`` optional blocks;
    :meth:`fill` fails with every unfilled one listed."""
    subject: str | None = attrs.field(default=None, kw_only=True, validator=_is_str)
    """The email subject, with the same placeholders; ``None`` for an SMS or portal template."""
    name: str = attrs.field(default="custom", kw_only=True, validator=_is_str)
    """The template's name, shown in errors (``custom`` unless given; the shipped ones are
    ``<kind>/<channel>/<lang>``)."""

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_parsed_nodes", _parsed(self))

    @property
    def placeholders(self) -> tuple[str, ...]:
        """Every placeholder and flag name, subject first, in order of appearance."""
        body, subject = self._nodes
        return tuple(_names(body, _names(subject, [])))

    def missing(self, values: Mapping[str, TemplateValue]) -> tuple[str, ...]:
        """The placeholders ``values`` leaves unfilled (subject and body together)."""
        missing: list[str] = []
        body, subject = self._nodes
        checked = _check_values(values)
        _render(subject, checked, missing, str, str)
        _render(body, checked, missing, str, str)
        return tuple(missing)

    def _fill(self, nodes: tuple[Node, ...], values: Mapping[str, TemplateValue], *, html: bool) -> str:
        missing = self.missing(values)
        if missing:
            raise MissingPlaceholdersError(self.name, missing)
        literal: Callable[[str], str] = escape if html else str
        return _render(nodes, values, [], literal, str, html)

    def fill(self, values: Mapping[str, TemplateValue], *, html: bool = False) -> str:
        """The body with ``values`` filled in; raises one error listing every unfilled placeholder.

        With ``html``, the template's literal text and every value are escaped, except values wrapped in
        :class:`Html` (already HTML), which are inserted as they are.
        """
        return self._fill(self._nodes[0], values, html=html)

    def fill_subject(self, values: Mapping[str, TemplateValue]) -> str:
        """The subject with ``values`` filled in (checks the body's placeholders too)."""
        return self._fill(self._nodes[1], values, html=False)

    def preview(self, values: Mapping[str, TemplateValue], *, format: str = "text", subject: bool = False) -> str:
        """The body (or subject) with what ``values`` fills, and every missing placeholder highlighted.

        ``format="text"`` marks a missing one as ``[MISSING: name]``; ``"html"`` escapes the text and the values
        (except :class:`Html` ones) and wraps a missing one as ``<mark class="missing">((name))</mark>``.
        """
        if not isinstance(format, str):
            raise InvalidTypeError(f"format must be a str, 'text' or 'html', got {type(format).__name__}")
        if format not in ("text", "html"):
            raise InvalidInputError(f"unknown preview format {format!r}; accepted: 'text', 'html'")
        checked = _check_values(values)
        nodes = self._nodes[1] if subject else self._nodes[0]
        if format == "html":
            return _render(
                nodes, checked, [], escape, lambda n: f'<mark class="missing">(({escape(n)}))</mark>', html=True
            )
        return _render(nodes, checked, [], str, lambda n: f"[MISSING: {n}]")
