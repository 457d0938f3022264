"""The review page without a browser: marks nest whatever the spans, everything placed or
listed, untrusted text escaped, the policy's hashes match, the templates ship in the wheel.
(tests/test_browser.py checks the same page live in Chromium.)"""

from __future__ import annotations

import base64
import hashlib
import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from review_support import HOSTILE, HOSTILE_ARTICLE, Page, brief_of

from summarizer.review import IndexFailure, IndexRow, render_index, render_page
from summarizer.review.marks import Mark, pieces, place


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


# -- marks ----------------------------------------------------------------------------------


@st.composite
def _article_and_marks(draw: st.DrawFn) -> tuple[str, list[Mark]]:
    text = draw(st.text(alphabet="ab <&>\n\u00e9\u4e2d", min_size=1, max_size=60))
    marks = []
    for i in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        kind = draw(st.sampled_from(["figure", "source"]))
        marks.append(Mark(kind, f"{kind[0].upper()}{i}", start, end, "exact"))
    return text, marks


@settings(max_examples=300, deadline=None)
@given(_article_and_marks())
def test_marks_nest_and_each_covers_exactly_its_span(case: tuple[str, list[Mark]]) -> None:
    article, marks = case
    out = pieces(article, marks)
    assert "".join(p.text for p in out if p.kind == "text") == article
    stack: list[Mark] = []
    covered: dict[str, str] = {m.id: "" for m in marks}
    for piece in out:
        if piece.kind == "open":
            assert piece.mark is not None
            stack.append(piece.mark)
        elif piece.kind == "close":
            assert stack and stack.pop() == piece.mark  # properly nested
        else:
            for mark in set(stack):
                covered[mark.id] += piece.text
    assert not stack
    for mark in marks:
        assert covered[mark.id] == article[mark.start : mark.end]
    firsts = [p.mark.id for p in out if p.kind == "open" and p.first and p.mark]
    assert sorted(firsts) == sorted(m.id for m in marks)  # one first fragment each


def test_a_mark_crossing_another_is_cut_into_fragments() -> None:
    a, b = Mark("figure", "F1", 0, 6, "exact"), Mark("figure", "F2", 3, 9, "range")
    out = pieces("abcdefghij", [a, b])
    shape = [(p.kind, p.mark.id if p.mark else p.text, p.first) for p in out]
    assert shape == [
        ("open", "F1", True), ("text", "abc", False), ("open", "F2", True),
        ("text", "def", False), ("close", "F2", False), ("close", "F1", False),
        ("open", "F2", False), ("text", "ghi", False), ("close", "F2", False),
        ("text", "j", False),
    ]  # fmt: skip


def test_what_cannot_be_placed_is_listed_with_its_reason() -> None:
    article = "Up to 8,000 troops remain, officials said."
    brief = brief_of(article, [("Up to 8,000 troops", "up_to")], ["officials said"])
    assert place(brief, None).unplaced[0].reason == "no article text was given"
    changed = place(brief, "About 8,000 troops remain, officials said, again.")
    assert changed.note and "SHA-256 differs" in changed.note
    # The source's quote is still at its offsets in the other text: it is placed; the
    # figure's is not.
    assert [(u.id, u.reason) for u in changed.unplaced] == [
        ("F1", "its quote is not at [0:18] in this article")
    ]
    shorter = brief.model_copy(update={"figures": [brief.figures[0].model_copy(
        update={"span": brief.figures[0].span.model_copy(update={"end": 99})})]})  # fmt: skip
    assert "outside the article" in place(shorter, article).unplaced[0].reason


# -- the page -------------------------------------------------------------------------------


def _hostile_page() -> tuple[str, Page]:
    brief = brief_of(
        HOSTILE_ARTICLE,
        [("up to 8,000 troops", "up_to"), ("1,000 to 3,000", "range"), ("as high as 10,000",
          "as_many_as"), (HOSTILE, "exact")],
        ["Officials said", "The ministry said 1,000"],
        text=HOSTILE,
    )  # fmt: skip
    html = render_page(brief, HOSTILE_ARTICLE)
    return html, Page(html)


def test_untrusted_text_never_becomes_markup() -> None:
    html, page = _hostile_page()
    tags = [tag for tag, _ in page.elements]
    assert "img" not in tags and "textarea" not in tags and "b" not in tags
    assert tags.count("script") == 2  # the card data and the page's own script
    assert not [t for t, a in page.elements if t == "a" and "javascript" in (a.get("href") or "")]
    assert not [a for _, a in page.elements for name in a if name.startswith("on")]
    assert page.article_text == HOSTILE_ARTICLE  # the article, character for character
    assert html.count("{{ 7 * 7 }}") >= 5  # Jinja syntax is text (article and model fields)


def test_each_placed_figure_and_source_is_marked_over_its_span() -> None:
    _, page = _hostile_page()
    figures = [a for t, a in page.elements if t == "mark" and "data-figure" in a]
    firsts = [a["data-figure"] for a in figures if "data-cont" not in a]
    assert sorted(firsts) == ["F1", "F2", "F3", "F4"]  # one highlight each
    assert "".join(page.mark_text["F1"]) == "up to 8,000 troops"
    assert "".join(page.mark_text["S2"]) == "The ministry said 1,000"
    assert "".join(page.mark_text["F4"]) == HOSTILE


def test_the_policy_allows_only_the_page_own_style_and_script() -> None:
    _, page = _hostile_page()
    (policy,) = [a["content"] for t, a in page.elements if a.get("http-equiv")
                 == "Content-Security-Policy"]  # fmt: skip
    assert policy is not None and "default-src 'none'" in policy
    (style,) = page.raw["style"]
    data, script = page.raw["script"]
    assert f"style-src {_hash(style)};" in policy
    assert f"script-src {_hash(script)};" in policy
    assert "unsafe-inline" not in policy
    # The card data is JSON holding the model's words, and no "</script>" ends it early.
    cards = json.loads(data)
    assert cards["figures"]["F1"]["what"] == "what " + HOSTILE
    assert cards["sources"]["S1"]["name"] == "Name " + HOSTILE


def test_without_the_article_every_item_is_listed_unplaced() -> None:
    article = "Up to 8,000 troops remain, officials said."
    brief = brief_of(article, [("Up to 8,000 troops", "up_to")], ["officials said"])
    page = Page(render_page(brief, None))
    unplaced = [a["data-unplaced"] for _, a in page.elements if "data-unplaced" in a]
    assert unplaced == ["F1", "S1"]
    assert not [a for t, a in page.elements if t == "mark"]


def test_the_index_links_pages_safely_and_lists_failures() -> None:
    article = "Up to 8,000 troops remain, officials said."
    brief = brief_of(article, [("Up to 8,000 troops", "up_to")], text=HOSTILE)
    html = render_index(
        "out/",
        [IndexRow("javascript:alert(1)", "javascript:alert(1).html", brief)],
        [IndexFailure("bad.txt", "bad.txt is empty: give an article with some text")],
    )
    page = Page(html)
    (link,) = [a["href"] for t, a in page.elements if t == "a"]
    assert link == "./javascript%3Aalert%281%29.html"
    assert "script" not in [t for t, _ in page.elements]
    assert re.search(r"bad\.txt</strong>: bad\.txt is empty", html)
    assert "single source" in html  # the caveat kinds of each brief


def test_an_empty_mark_is_left_out() -> None:
    out = pieces("abc", [Mark("figure", "F1", 1, 1, "exact"), Mark("source", "S1", 0, 3, "source")])
    assert [(p.kind, p.mark.id if p.mark else p.text) for p in out] == [
        ("open", "S1"), ("text", "abc"), ("close", "S1")
    ]  # fmt: skip
