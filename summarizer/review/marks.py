"""Where each figure and source of a brief stands in its article, as properly nested marks.

A figure or source is *placed* when its span can be shown in the article given: the span is
inside the text, not empty, and (when the article is not the one the brief was made from, by
SHA-256) the text there is still the figure's quote. Everything else is listed as unplaced,
with the reason, never dropped.

Spans may nest (a source's sentence holding a figure) or cross (two figures sharing words).
HTML elements only nest, so :func:`pieces` cuts a crossing mark into fragments: the first
fragment of each mark carries its id, the others continue it, and the fragments of one mark
cover exactly ``article[start:end]`` in document order.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Literal

from summarizer.brief.schema import Brief, Span

__all__ = ["Mark", "Piece", "Placement", "Unplaced", "pieces", "place"]

Kind = Literal["figure", "source"]


@dataclass(frozen=True)
class Mark:
    """One figure or source to highlight: ``article[start:end]``."""

    kind: Kind
    id: str
    start: int
    end: int
    css: str  # the qualifier of a figure ("up_to"), "source" for a source


@dataclass(frozen=True)
class Unplaced:
    kind: Kind
    id: str
    reason: str


@dataclass(frozen=True)
class Placement:
    marks: list[Mark]
    unplaced: list[Unplaced]
    note: str | None  # said above the article: none given, or not the brief's article


@dataclass(frozen=True)
class Piece:
    """A run of article text, or the opening or closing of a mark's fragment."""

    kind: Literal["text", "open", "close"]
    text: str = ""
    mark: Mark | None = None
    first: bool = False  # the mark's first fragment (the one with its id)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _why_not(span: Span, quote: str, article: str, same_article: bool) -> str | None:
    if span.end <= span.start:
        return f"its span [{span.start}:{span.end}] is empty"
    if span.end > len(article):
        return (
            f"its span [{span.start}:{span.end}] is outside the article "
            f"({len(article):,} characters)"
        )
    if not same_article and " ".join(article[span.start : span.end].split()) != " ".join(
        quote.split()
    ):
        return f"its quote is not at [{span.start}:{span.end}] in this article"
    return None


def place(brief: Brief, article: str | None) -> Placement:
    """The marks of ``brief``'s figures and sources in ``article``, and what cannot be placed."""
    items: list[tuple[Kind, str, Span, str, str]] = [
        ("figure", f.id, f.span, f.quote, f.qualifier) for f in brief.figures
    ] + [("source", s.id, s.span, s.quote, "source") for s in brief.sources]
    if article is None:
        reason = "no article text was given"
        unplaced = [Unplaced(kind, id_, reason) for kind, id_, *_ in items]
        return Placement([], unplaced, "The article text was not given: pass it to see the "
                         "figures and sources highlighted where they stand.")  # fmt: skip
    same = _sha256(article) == brief.article.sha256
    note = None if same else (
        "This is not the article the brief was made from (its SHA-256 differs): only the "
        "figures and sources whose quotes are still at their offsets are highlighted."
    )  # fmt: skip
    marks, unplaced = [], []
    for kind, id_, span, quote, css in items:
        why = _why_not(span, quote, article, same)
        if why is None:
            marks.append(Mark(kind, id_, span.start, span.end, css))
        else:
            unplaced.append(Unplaced(kind, id_, why))
    return Placement(marks, unplaced, note)


def pieces(article: str, marks: list[Mark]) -> list[Piece]:
    """``article`` with ``marks`` opened and closed around its text, properly nested.

    At one offset, marks that end close before marks that start open; of marks starting
    together the longer opens first (it holds the shorter). A mark still open when one below
    it closes is closed with it and reopened as a continuing fragment. Empty marks are left
    out.
    """
    marks = [m for m in marks if m.start < m.end]  # an empty span has nothing to mark
    order = sorted(marks, key=lambda m: (m.start, -m.end, m.kind != "source", m.id))
    points = sorted({0, len(article)} | {m.start for m in marks} | {m.end for m in marks})
    starting: dict[int, list[Mark]] = {}
    for mark in order:
        starting.setdefault(mark.start, []).append(mark)
    out: list[Piece] = []
    stack: list[Mark] = []
    position = 0
    for point in points:
        if point > position:
            out.append(Piece("text", article[position:point]))
            position = point
        ending = [i for i, m in enumerate(stack) if m.end == point]
        if ending:
            closed = stack[ending[0] :]
            del stack[ending[0] :]
            out += [Piece("close", mark=m) for m in reversed(closed)]
            for mark in closed:
                if mark.end != point:  # crosses the one that closed: continue it
                    stack.append(mark)
                    out.append(Piece("open", mark=mark))
        for mark in starting.get(point, []):
            stack.append(mark)
            out.append(Piece("open", mark=mark, first=True))
    return out
