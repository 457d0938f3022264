"""Deterministic checks: what follows from the article's own words, whatever the model said.

- Caveats (``origin: "rule"``): a translation disclosure, anonymous sources, state media,
  a single source.
- Uncertainties: a figure whose clause hedges it ("believed", "estimated", "some
  assessments") and figures of one sentence set against each other ("around 8,000 ... though
  some assessments put the number as high as 10,000").
"""

from __future__ import annotations

import re

from summarizer.brief.schema import ArticleInfo, Caveat, Figure, Span, Uncertainty, UncertaintyKind
from summarizer.brief.wording import figure_value
from summarizer.grounding.ground import Grounded
from summarizer.text.numbers.numerals import same_number
from summarizer.text.sentences import sentence_around

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


def rule_caveats(grounded: Grounded, info: ArticleInfo, text: str) -> list[Caveat]:
    """Caveats that follow from the article's own facts, whatever the model said."""
    out = _totals(text, grounded.figures)
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
    partisan = _parties(text, grounded)
    if partisan:
        out.append(
            Caveat(
                statement="The article covers an armed conflict and some claims come from a "
                "side's own military, intelligence or government: " + ", ".join(partisan),
                kind="partisan_source",
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


_CONFLICT = re.compile(
    r"\b(?:war|troops|combat|offensive|invasion|missiles?|drones?|shelling|front ?line|"
    r"ceasefire|cease-fire|airstrikes?|artillery)\b",
    re.I,
)
_SIDE_KINDS = ("military", "intelligence", "government", "state_media")


def _parties(text: str, grounded: Grounded) -> list[str]:
    """Sources that speak for a side of the armed conflict the article covers.

    A conservative reading: the article must use the vocabulary of war at least three times,
    and only military, intelligence, government and state-media sources count as sides.
    """
    if len(_CONFLICT.findall(text)) < 3:
        return []
    return [s.name for s in grounded.sources if s.kind in _SIDE_KINDS]


_TOTAL = re.compile(r"\b(?:total(?:ling|ing)? (?:of |to )?|in all|altogether|combined)\s*$", re.I)


def _totals(text: str, figures: list[Figure]) -> list[Caveat]:
    """A stated total that its parts, in the same sentence, do not add up to."""
    out = []
    for total in figures:
        if not _TOTAL.search(_before_number(text, total)):
            continue
        sentence = sentence_around(text, total.span.start, total.span.end)
        parts = [
            f for f in figures
            if f is not total and sentence[0] <= f.span.start < total.span.start
            and f.value_low is not None and f.value_high is not None
        ]  # fmt: skip
        if len(parts) < 2 or total.value_low is None or total.value_high is None:
            continue
        low = sum(f.value_low or 0 for f in parts)
        high = sum(f.value_high or 0 for f in parts)
        if not (same_number(low, total.value_low) and same_number(high, total.value_high)):
            out.append(Caveat(
                statement=f"The parts ({', '.join(figure_value(f) for f in parts)}) add up to "
                f"{_amount(low, high)}, but the article's total is {figure_value(total)}.",
                kind="inconsistency", origin="rule",
            ))  # fmt: skip
    return out


def _before_number(text: str, figure: Figure) -> str:
    """The words just before the figure's number within its quote's sentence."""
    for m in re.finditer(r"\d", text[figure.span.start : figure.span.end]):
        at = figure.span.start + m.start()
        return text[max(0, at - 40) : at]
    return ""


def _amount(low: float, high: float) -> str:
    return f"{low:,.0f}" if low == high else f"{low:,.0f}–{high:,.0f}"


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
