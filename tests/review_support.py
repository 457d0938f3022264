"""Briefs for the review page's tests: made from an article and the quotes to mark, so each
figure and source stands exactly where its quote is (what a grounded brief guarantees)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from html.parser import HTMLParser

from summarizer.brief.schema import (
    ArticleInfo,
    Brief,
    BriefWarning,
    Caveat,
    Figure,
    Provenance,
    Source,
    Span,
    Usage,
)

__all__ = ["HOSTILE", "HOSTILE_ARTICLE", "Page", "brief_of"]

# What an attacker would put in an article (and get a model to repeat): markup, a script,
# an event handler, a link with a script scheme, a closing tag, and Jinja syntax.
HOSTILE = (
    '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
    '</textarea></script><a href="javascript:window.__pwned = 3">click</a> {{ 7 * 7 }} {% raw %}'
)
HOSTILE_ARTICLE = (
    f"Officials said up to 8,000 troops remain. {HOSTILE}\n\n"
    "The ministry said 1,000 to 3,000 <b>more</b> could follow, "
    "though some put it as high as 10,000.\n"
)


def brief_of(
    article: str,
    figures: list[tuple[str, str]],
    sources: Sequence[str] = (),
    *,
    headline: str = "A brief",
    text: str = "",
) -> Brief:
    """A brief of ``article`` with a figure per (quote, qualifier) and a source per quote;
    ``text`` goes into every field a model writes (headline, what, names, caveats)."""

    def span(quote: str) -> Span:
        start = article.index(quote)
        return Span(start=start, end=start + len(quote))

    return Brief(
        headline=headline + text,
        summary="Summary. " + text,
        key_points=["Point " + text],
        figures=[
            Figure(id=f"F{i}", what="what " + text, value_low=1.0, value_high=1.0,
                   unit="troops", qualifier=qualifier,  # type: ignore[arg-type]
                   source_id="S1" if sources else None, quote=quote, span=span(quote),
                   alignment="exact")
            for i, (quote, qualifier) in enumerate(figures, 1)
        ],
        sources=[
            Source(id=f"S{i}", name="Name " + text, kind="government", anonymous=False,
                   quote=quote, span=span(quote), alignment="exact")
            for i, quote in enumerate(sources, 1)
        ],
        caveats=[Caveat(statement="Caveat " + text, kind="single_source", origin="model")],
        warnings=[BriefWarning(code="code", message="Warning " + text)],
        article=ArticleInfo(sha256=hashlib.sha256(article.encode("utf-8")).hexdigest(),
                            chars=len(article), title="Title " + text),
        provenance=Provenance(
            summarizer_version="0", model="model " + text, endpoint_host="127.0.0.1:1",
            instructor_mode="tools", strategy="staged", prompt_set="default",
            prompt_sha256="0" * 64, schema_version="1.1", seconds=1.0, attempts=2,
            usage=Usage(prompt_tokens=10, completion_tokens=5, total_tokens=15),
        ),
    )  # fmt: skip


class Page(HTMLParser):
    """The elements of a page, the text inside #article-text, and each mark's text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.raw: dict[str, list[str]] = {"script": [], "style": []}
        self.in_raw: str | None = None
        self.article: list[str] | None = None
        self.open: list[tuple[str, dict[str, str | None]]] = []
        self.mark_text: dict[str, list[str]] = {}
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if tag in self.raw:
            self.in_raw = tag
            self.raw[tag].append("")
        if attributes.get("id") == "article-text":
            self.article = []
        if self.article is not None:
            self.open.append((tag, attributes))

    def handle_endtag(self, tag: str) -> None:
        self.in_raw = None
        if self.article is not None and self.open:
            self.open.pop()
            if not self.open:
                self.article_text = "".join(self.article)
                self.article = None

    def handle_data(self, data: str) -> None:
        if self.in_raw:
            self.raw[self.in_raw][-1] += data
        if self.article is not None:
            self.article.append(data)
            for _, attributes in self.open:
                key = attributes.get("data-figure") or attributes.get("data-source")
                if key:
                    self.mark_text.setdefault(key, []).append(data)
