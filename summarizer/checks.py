"""Deterministic checks: what follows from the article's own words, whatever the model said.

- Caveats (``origin: "rule"``): a translation disclosure, anonymous sources, state media,
  a single source.
- Uncertainties: a figure whose clause hedges it ("believed", "estimated", "some
  assessments") and figures of one sentence set against each other ("around 8,000 ... though
  some assessments put the number as high as 10,000").
"""

from __future__ import annotations

import re

from .ground import Grounded
from .models import ArticleInfo, Caveat, Figure, Span, Uncertainty, UncertaintyKind
from .render import figure_value
from .scan import sentence_around

__all__ = ["rule_caveats", "rule_uncertainties"]

_HEDGES: list[tuple[re.Pattern[str], UncertaintyKind]] = [
    (re.compile(r"\b(?:estimated?|estimates|assessments?|projected|forecast)\b", re.I),
     "estimate"),
    (re.compile(r"\b(?:believed|thought|reportedly|unconfirmed|alleged(?:ly)?|claimed|"
                r"suspected|presumed|feared)\b", re.I), "unverified"),
]  # fmt: skip
_CONTRAST = re.compile(
    r"\b(?:though|although|but|while|whereas|however|others|other estimates|"
    r"some assessments)\b",
    re.I,
)


def rule_caveats(grounded: Grounded, info: ArticleInfo) -> list[Caveat]:
    """Caveats that follow from the article's own facts, whatever the model said."""
    out = []
    if info.translation_note:
        out.append(
            Caveat(
                statement=f"The article is a translation: {info.translation_note}",
                kind="translation",
                origin="rule",
            )
        )
    anonymous = [s.name for s in grounded.sources if s.anonymous]
    if anonymous:
        out.append(
            Caveat(
                statement="Claims rest on anonymous sources: " + ", ".join(anonymous),
                kind="anonymous_source",
                origin="rule",
            )
        )
    state = [s.name for s in grounded.sources if s.kind == "state_media"]
    if state:
        out.append(
            Caveat(
                statement="Some claims come from state media: " + ", ".join(state),
                kind="state_media",
                origin="rule",
            )
        )
    if len(grounded.sources) == 1:
        out.append(
            Caveat(
                statement=f"The article relies on a single source: {grounded.sources[0].name}",
                kind="single_source",
                origin="rule",
            )
        )
    return out


def rule_uncertainties(text: str, figures: list[Figure]) -> list[Uncertainty]:
    """Hedged figures and figures set against each other, one uncertainty per sentence."""
    by_sentence: dict[tuple[int, int], list[Figure]] = {}
    for figure in figures:
        key = sentence_around(text, figure.span.start, figure.span.end)
        by_sentence.setdefault(key, []).append(figure)
    out = []
    for (start, end), group in by_sentence.items():
        sentence = text[start:end]
        ids = [f.id for f in group]
        values = {(f.value_low, f.value_high) for f in group}
        if len(values) > 1 and _CONTRAST.search(sentence):
            out.append(Uncertainty(
                statement="The article gives different numbers for this: "
                + ", ".join(figure_value(f) for f in group) + ".",
                kind="conflicting_figures", figure_ids=ids, quote=sentence,
                span=Span(start=start, end=end),
            ))  # fmt: skip
            continue
        for pattern, kind in _HEDGES:
            hedge = pattern.search(sentence)
            if hedge:
                out.append(Uncertainty(
                    statement=f"Hedged in the article (“{hedge.group(0)}”): "
                    + ", ".join(figure_value(f) for f in group) + ".",
                    kind=kind, figure_ids=ids, quote=sentence,
                    span=Span(start=start, end=end),
                ))  # fmt: skip
                break
    return out
