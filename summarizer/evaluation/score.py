"""Scoring one brief against its gold annotation, as docs/gold-format.md describes.

- Figures: a predicted figure matches a gold one when both ends agree within 0.5 % and their
  spans overlap (the gold span is where the gold quote stands in the text; without one, the
  predicted quote must contain the gold number). Matching is one to one. Precision, recall,
  F1, and qualifier accuracy among the matches.
- Sources: a fuzzy name match (rapidfuzz token-set ratio >= 80 of the names without
  punctuation, possessives or the annotator's notes in parentheses; one to one).
- Grounding rate: the share of the brief's quotes that are the article's text at their span.
- Invented numbers: numbers in the brief (figure values, headline, summary, key points) that
  occur nowhere in the article; the target is 0.
- Meaning (:mod:`summarizer.evaluation.meaning`): for the matched figures, attribution
  accuracy, ``what`` F1 and unit accuracy, with the figures that got them wrong.
- Before grounding: the same figure scores for the draft grounding started from (the model's
  figures as it gave them, or the scan's), a draft figure standing where its quote occurs
  verbatim; with its invented values and how many of its quotes occur verbatim at all.
"""

from __future__ import annotations

from typing import Protocol

from pydantic import BaseModel, Field

from summarizer.brief.drafts import BriefDraft
from summarizer.brief.schema import Brief, Figure, Span
from summarizer.evaluation.gold import GoldArticle, GoldFigure
from summarizer.evaluation.meaning import (
    name_similarity,
    same_source,
    same_unit,
    unattributed,
    what_f1,
)
from summarizer.grounding.align import align
from summarizer.grounding.ground import unsupported_numbers
from summarizer.text.numbers.numerals import same_number
from summarizer.text.numbers.quantities import stated_values

__all__ = [
    "SOURCE_MATCH",
    "ArticleScore",
    "FigureNote",
    "MeaningNote",
    "close",
    "score_brief",
    "score_draft",
]

SOURCE_MATCH = 80
TOLERANCE = 0.005


def close(a: float | None, b: float | None) -> bool:
    """Equal within 0.5 % (docs/gold-format.md), both missing counting as equal."""
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b)) or a == b


def prf(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = matched / predicted if predicted else (1.0 if not gold else 0.0)
    recall = matched / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


class FigureNote(BaseModel):
    """A missed, spurious or mis-qualified figure, with the words that carry it."""

    value_low: float | None
    value_high: float | None
    qualifier: str
    quote: str | None
    expected_qualifier: str | None = None


class MeaningNote(BaseModel):
    """A matched figure whose source, ``what`` or unit differs from the gold."""

    field: str  # source | what | unit
    value_low: float | None
    value_high: float | None
    quote: str | None
    predicted: str | None
    expected: str | None
    what_f1: float | None = None


class ArticleScore(BaseModel):
    """The scores of one article (or why it could not be scored)."""

    name: str
    status: str = "ok"  # ok | failed
    error: str | None = None
    figures_gold: int = 0
    figures_predicted: int = 0
    figures_matched: int = 0
    figure_precision: float = 0.0
    figure_recall: float = 0.0
    figure_f1: float = 0.0
    qualifiers_correct: int = 0
    qualifier_accuracy: float | None = None
    attribution_correct: int = 0
    attribution_accuracy: float | None = None  # among matched figures
    what_f1_sum: float = 0.0
    what_f1: float | None = None  # mean over matched figures
    units_gold: int = 0  # matched figures whose gold gives a unit
    units_correct: int = 0
    unit_accuracy: float | None = None
    sources_gold: int = 0
    sources_predicted: int = 0
    sources_matched: int = 0
    source_precision: float = 0.0
    source_recall: float = 0.0
    source_f1: float = 0.0
    quotes: int = 0
    quotes_grounded: int = 0
    grounding_rate: float | None = None
    invented_numbers: list[str] = Field(default_factory=list)
    schema_valid: bool = False
    seconds: float | None = None
    tokens: int | None = None
    cost: float | None = None  # estimated USD (None: no price for the model)
    spread: dict[str, list[float]] = Field(default_factory=dict)  # over --repeat runs
    figures_dropped: int = 0  # by grounding: quote not in the article, value not in quote
    figures_corrected: int = 0  # qualifier or bounds corrected from the article's words
    quotes_exact: int = 0  # aligned exactly (not fuzzily)
    # Before grounding (None when the brief was loaded, not made):
    draft_figures_predicted: int | None = None
    draft_figures_matched: int | None = None
    draft_quotes_verbatim: int | None = None
    draft_invented_numbers: int | None = None
    missed: list[FigureNote] = Field(default_factory=list)
    spurious: list[FigureNote] = Field(default_factory=list)
    wrong_qualifier: list[FigureNote] = Field(default_factory=list)
    wrong_meaning: list[MeaningNote] = Field(default_factory=list)


def _gold_spans(gold: GoldFigure, text: str) -> list[Span]:
    if not gold.quote:
        return []
    spans = []
    start = text.find(gold.quote)
    while start >= 0:
        spans.append(Span(start=start, end=start + len(gold.quote)))
        start = text.find(gold.quote, start + 1)
    if not spans:
        found = align(gold.quote, text)
        if found:
            spans.append(found[0])
    return spans


class _Located(Protocol):
    value_low: float | None
    value_high: float | None
    quote: str
    span: Span


class _DraftFigure(BaseModel):
    value_low: float | None
    value_high: float | None
    quote: str
    span: Span


def _figure_matches(figure: _Located, gold: GoldFigure, spans: list[Span]) -> bool:
    if not (close(figure.value_low, gold.value_low) and close(figure.value_high, gold.value_high)):
        return False
    if spans:
        return any(figure.span.start < s.end and s.start < figure.span.end for s in spans)
    wanted = [v for v in (gold.value_low, gold.value_high) if v is not None]
    present = stated_values(figure.quote)
    return all(any(same_number(v, p) for p in present) for v in wanted)


def _note(figure: Figure | GoldFigure, quote: str | None) -> FigureNote:
    return FigureNote(
        value_low=figure.value_low,
        value_high=figure.value_high,
        qualifier=figure.qualifier,
        quote=quote,
    )


def _invented(brief: Brief, text: str) -> list[str]:
    present = stated_values(text)
    out = []
    for f in brief.figures:
        for v in {f.value_low, f.value_high} - {None}:
            assert v is not None
            if not any(same_number(v, p) for p in present):
                out.append(f"{f.id}: {v:g}")
    for prose in [brief.headline, brief.summary, *brief.key_points]:
        out += unsupported_numbers(prose, text)
    return out


def _one_to_one(figures: list[_Located], gold: GoldArticle, text: str) -> dict[int, int]:
    """Gold index -> matched figure index, in the order of the gold annotation."""
    matches: dict[int, int] = {}
    for j, g in enumerate(gold.figures):
        spans = _gold_spans(g, text)
        hit = next(
            (i for i, f in enumerate(figures)
             if i not in matches.values() and _figure_matches(f, g, spans)),
            None,
        )  # fmt: skip
        if hit is not None:
            matches[j] = hit
    return matches


def matched_figures(brief: Brief, gold: GoldArticle, text: str) -> list[tuple[GoldFigure, Figure]]:
    """Each gold figure with the brief's figure matched to it, as the eval matches them (one
    to one, in the order of the gold annotation)."""
    matches = _one_to_one(list(brief.figures), gold, text)
    return [(gold.figures[j], brief.figures[i]) for j, i in matches.items()]


def score_draft(score: ArticleScore, draft: BriefDraft, gold: GoldArticle, text: str) -> None:
    """Fill ``score``'s before-grounding fields from ``draft``."""
    located: list[_Located] = []
    verbatim = 0
    for f in draft.figures:
        start = text.find(f.quote) if f.quote else -1
        verbatim += start >= 0
        span = Span(start=start, end=start + len(f.quote)) if start >= 0 else Span(start=0, end=0)
        located.append(_DraftFigure(value_low=f.value_low, value_high=f.value_high,
                                    quote=f.quote, span=span))  # fmt: skip
    present = stated_values(text)
    score.draft_figures_predicted = len(located)
    score.draft_figures_matched = len(_one_to_one(located, gold, text))
    score.draft_quotes_verbatim = verbatim
    score.draft_invented_numbers = sum(
        1
        for f in draft.figures
        for v in {f.value_low, f.value_high} - {None}
        if v is not None and not any(same_number(v, p) for p in present)
    )


def score_brief(name: str, brief: Brief, gold: GoldArticle, text: str) -> ArticleScore:
    """Score ``brief`` of ``text`` against ``gold``."""
    result = ArticleScore(name=name, schema_valid=_schema_valid(brief))
    codes = [w.code for w in brief.warnings]
    result.figures_dropped = sum(codes.count(c) for c in _DROPPED)
    result.figures_corrected = codes.count("qualifier_corrected")
    # Figures, one to one, in the order of the gold annotation.
    matches = _one_to_one(list(brief.figures), gold, text)
    used = set(matches.values())
    for j, g in enumerate(gold.figures):
        if j not in matches:
            result.missed.append(_note(g, g.quote))
            continue
        predicted = brief.figures[matches[j]]
        if predicted.qualifier == g.qualifier:
            result.qualifiers_correct += 1
        else:
            note = _note(predicted, predicted.quote)
            note.expected_qualifier = g.qualifier
            result.wrong_qualifier.append(note)
    result.spurious = [_note(f, f.quote) for i, f in enumerate(brief.figures) if i not in used]
    result.figures_gold = len(gold.figures)
    result.figures_predicted = len(brief.figures)
    result.figures_matched = len(used)
    result.figure_precision, result.figure_recall, result.figure_f1 = prf(
        len(used), len(brief.figures), len(gold.figures)
    )
    result.qualifier_accuracy = result.qualifiers_correct / len(used) if used else None
    _score_meaning(result, brief, gold, matches)
    # Sources: fuzzy names, best pairs first; of two names scoring alike (one name's words
    # inside both), the closer spelling ("AGNA" is gold "AGNA", not "analysts polled by AGNA").
    pairs = sorted(
        (
            (*name_similarity(p.name, g.name), i, j)
            for i, p in enumerate(brief.sources)
            for j, g in enumerate(gold.sources)
        ),
        reverse=True,
    )
    taken_p: set[int] = set()
    taken_g: set[int] = set()
    for ratio, _, i, j in pairs:
        if ratio < SOURCE_MATCH:
            break
        if i not in taken_p and j not in taken_g:
            taken_p.add(i)
            taken_g.add(j)
    result.sources_gold, result.sources_predicted = len(gold.sources), len(brief.sources)
    result.sources_matched = len(taken_p)
    result.source_precision, result.source_recall, result.source_f1 = prf(
        len(taken_p), len(brief.sources), len(gold.sources)
    )
    # Grounding and invented numbers.
    quoted: list[tuple[str, Span | None]] = [(f.quote, f.span) for f in brief.figures]
    quoted += [(s.quote, s.span) for s in brief.sources]
    quoted += [(u.quote, u.span) for u in brief.uncertainties if u.quote and u.span]
    result.quotes = len(quoted)
    result.quotes_grounded = sum(
        1 for quote, span in quoted if span is not None and text[span.start : span.end] == quote
    )
    result.grounding_rate = result.quotes_grounded / result.quotes if quoted else None
    result.quotes_exact = sum(1 for f in brief.figures if f.alignment == "exact") + sum(
        1 for src in brief.sources if src.alignment == "exact"
    )
    result.invented_numbers = _invented(brief, text)
    result.seconds = brief.provenance.seconds
    result.tokens = brief.provenance.usage.total_tokens
    return result


def _score_meaning(
    result: ArticleScore, brief: Brief, gold: GoldArticle, matches: dict[int, int]
) -> None:
    """Attribution, ``what`` and unit of every matched figure (see the module docstring)."""
    names = {s.id: s.name for s in brief.sources}
    for j, i in matches.items():
        g, f = gold.figures[j], brief.figures[i]

        source = names.get(f.source_id or "")
        if same_source(source, g.attributed_to, gold.outlet):
            result.attribution_correct += 1
        else:
            expected = None if unattributed(g.attributed_to, gold.outlet) else g.attributed_to
            _note_meaning(result, f, "source", source, expected)
        score = what_f1(f.what, g.what or "")
        result.what_f1_sum += score
        if score < 0.5:
            _note_meaning(result, f, "what", f.what, g.what, round(score, 3))
        if g.unit:
            result.units_gold += 1
            if same_unit(f.unit, g.unit):
                result.units_correct += 1
            else:
                _note_meaning(result, f, "unit", f.unit, g.unit)
    if matches:
        result.attribution_accuracy = result.attribution_correct / len(matches)
        result.what_f1 = result.what_f1_sum / len(matches)
    if result.units_gold:
        result.unit_accuracy = result.units_correct / result.units_gold


def _note_meaning(
    result: ArticleScore,
    figure: Figure,
    field: str,
    predicted: str | None,
    expected: str | None,
    f1: float | None = None,
) -> None:
    result.wrong_meaning.append(
        MeaningNote(
            field=field, value_low=figure.value_low, value_high=figure.value_high,
            quote=figure.quote, predicted=predicted, expected=expected, what_f1=f1,
        )
    )  # fmt: skip


_DROPPED = ("figure_quote_not_found", "figure_value_not_in_quote")


def _schema_valid(brief: Brief) -> bool:
    """Whether the brief, as JSON, reads back as a valid brief (an object built in code, or
    copied with updates, is not validated on the way)."""
    try:
        Brief.model_validate_json(brief.model_dump_json())
    except ValueError:
        return False
    return True
