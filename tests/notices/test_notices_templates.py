"""The template engine: placeholders, optional blocks, one error listing every missing value, previews."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzsocial.errors import InvalidInputError, InvalidTypeError, MissingPlaceholdersError
from kzsocial.notices import TEMPLATES, Html, NoticeChannel, NoticeKind, NoticeTemplate
from kzsocial.notices._templates import Conditional, Placeholder, parse_template


def test_parse_nested_blocks() -> None:
    nodes = parse_template("A ((x)) ((flag??B ((y)) C)) (not a (( placeholder)) D")
    assert nodes == (
        "A ",
        Placeholder("x"),
        " ",
        Conditional("flag", ("B ", Placeholder("y"), " C")),
        " (not a (( placeholder)) D",
    )


def test_every_missing_placeholder_in_one_error_subject_included() -> None:
    t = NoticeTemplate("((a)) ((b)) ((c??((d))))", subject="((s))", name="t1")
    assert t.placeholders == ("s", "a", "b", "c", "d")
    with pytest.raises(MissingPlaceholdersError) as info:
        t.fill({"a": "1", "c": True})
    assert info.value.missing == ("s", "b", "d")
    assert "template 't1': missing personalisation: s, b, d" in str(info.value)


def test_a_hidden_block_needs_nothing_inside() -> None:
    t = NoticeTemplate("x((c??((d))))y")
    assert t.fill({"c": None}) == "xy"
    assert t.fill({"c": False}) == "xy"
    assert t.fill({"c": ""}) == "xy"
    assert t.fill({"c": "yes", "d": "D"}) == "xDy"
    with pytest.raises(MissingPlaceholdersError) as info:
        t.fill({})
    # issue 11: with the flag absent the block may show, so its placeholders are listed too (they were omitted)
    assert info.value.missing == ("c", "d")


def test_html_fill_escapes_text_and_values_but_not_html() -> None:
    t = NoticeTemplate("<b>((a))</b> ((b))")
    assert t.fill({"a": "<i>&", "b": Html("<ol><li>x</li></ol>")}, html=True) == (
        "&lt;b&gt;&lt;i&gt;&amp;&lt;/b&gt; <ol><li>x</li></ol>"
    )


def test_preview_highlights_missing() -> None:
    t = NoticeTemplate("Мерзім: ((due_at)), ((office))")
    assert t.preview({"office": "<Бөлім>"}) == "Мерзім: [MISSING: due_at], <Бөлім>"
    html = t.preview({"office": "<Бөлім>"}, format="html")
    assert html == 'Мерзім: <mark class="missing">((due_at))</mark>, &lt;Бөлім&gt;'
    with pytest.raises(InvalidInputError):
        t.preview({}, format="pdf")


def test_bad_values_and_templates() -> None:
    with pytest.raises(InvalidTypeError):
        NoticeTemplate("((a))").fill({"a": 5})  # type: ignore[dict-item]
    with pytest.raises(InvalidTypeError):
        NoticeTemplate("((a))").fill(["a"])  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError, match="not closed"):
        NoticeTemplate("((a??never closed")


names = st.from_regex(r"[a-z][a-z0-9_]{0,6}", fullmatch=True)


@given(st.lists(names, min_size=1, max_size=8, unique=True), st.data())
def test_fill_lists_exactly_the_unfilled(names_: list[str], data: st.DataObject) -> None:
    template = NoticeTemplate(" | ".join(f"((n_{n}))" for n in names_))
    given_ = data.draw(st.sets(st.sampled_from(names_)))
    values = {f"n_{n}": n.upper() for n in given_}
    expected = [f"n_{n}" for n in names_ if n not in given_]
    if expected:
        with pytest.raises(MissingPlaceholdersError) as info:
            template.fill(values)
        assert list(info.value.missing) == expected
    else:
        assert template.fill(values) == " | ".join(n.upper() for n in names_)


def test_every_kind_has_every_channel_in_both_languages() -> None:
    for kind in NoticeKind:
        for channel in NoticeChannel:
            for lang in ("kk", "ru"):
                t = TEMPLATES[kind, channel, lang]
                assert (t.subject is not None) == (channel is NoticeChannel.EMAIL)
                assert t.name == f"{kind.value}/{channel.value}/{lang}"
                # Both languages of one kind and channel ask for the same values.
                other = TEMPLATES[kind, channel, "ru" if lang == "kk" else "kk"]
                assert set(t.placeholders) == set(other.placeholders)
