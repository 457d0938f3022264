"""The review page of a brief, and the index page of a batch: self-contained HTML.

Both pages are rendered from Jinja2 templates shipped in the package, with autoescaping on:
the article and everything the model wrote are untrusted and reach the page only as escaped
text (or, for the hover cards, as JSON that the page's script reads and writes as text).
A Content-Security-Policy meta tag allows no network request and only the page's own inline
style and script, by their SHA-256.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, get_args
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from summarizer.brief.schema import Brief, Qualifier
from summarizer.brief.wording import figure_value
from summarizer.review.marks import pieces, place

__all__ = ["QUALIFIER_LABELS", "IndexFailure", "IndexRow", "render_index", "render_page"]

QUALIFIER_LABELS: dict[str, str] = {q: q.replace("_", " ") for q in get_args(Qualifier)}


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("summarizer.review", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@cache
def _asset(name: str) -> str:
    return (resources.files("summarizer.review") / "assets" / name).read_text("utf-8")


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _policy(style: str, script: str | None = None) -> str:
    scripts = _hash(script) if script is not None else "'none'"
    return (
        f"default-src 'none'; style-src {_hash(style)}; script-src {scripts}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )


def _card_data(brief: Brief) -> dict[str, Any]:
    """What the hover cards show, by id (read by the page's script, written as text)."""
    names = {s.id: s.name for s in brief.sources}
    figures = {
        f.id: {
            "what": f.what,
            "value": figure_value(f),
            "qualifier": QUALIFIER_LABELS[f.qualifier],
            "unit": f.unit,
            "source": names.get(f.source_id or "", "the article itself"),
            "as_of": f.as_of,
            "equivalent_of": f.equivalent_of,
        }
        for f in brief.figures
    }
    sources = {
        s.id: {"name": s.name, "kind": s.kind.replace("_", " "),
               "anonymous": "yes" if s.anonymous else "no"}
        for s in brief.sources
    }  # fmt: skip
    return {"figures": figures, "sources": sources}


def render_page(brief: Brief, article: str | None) -> str:
    """The review page of ``brief``: ``article`` with every figure and source highlighted
    (None: the brief alone, every item listed as unplaced)."""
    placement = place(brief, article)
    style, script = _asset("review.css"), _asset("review.js")
    placed = {(m.kind, m.id) for m in placement.marks}
    return (
        _environment()
        .get_template("page.html.j2")
        .render(
            brief=brief,
            pieces=pieces(article, placement.marks) if article is not None else [],
            placement=placement,
            placed=placed,
            sources={s.id: s for s in brief.sources},
            figure_value=figure_value,
            qualifiers=QUALIFIER_LABELS,
            used_qualifiers={f.qualifier for f in brief.figures},
            card_data=_card_data(brief),
            policy=_policy(style, script),
            style=Markup(style),  # our own files: raw text elements, never escaped
            script=Markup(script),
        )
    )


@dataclass(frozen=True)
class IndexRow:
    """One article of a batch on the index page."""

    origin: str
    page: str  # the file name of its review page, in the index's folder
    brief: Brief


@dataclass(frozen=True)
class IndexFailure:
    origin: str
    reason: str


def render_index(title: str, rows: list[IndexRow], failures: list[IndexFailure]) -> str:
    """The index page of a batch: a row per article linking its page, then the failures."""
    style = _asset("index.css")
    return (
        _environment()
        .get_template("index.html.j2")
        .render(
            title=title,
            rows=rows,
            failures=failures,
            # "./" and every reserved character quoted: a name is never read as a scheme.
            href=lambda name: "./" + quote(name, safe=""),
            policy=_policy(style),
            style=Markup(style),
        )
    )
