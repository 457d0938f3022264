"""Grounding: tie what the model wrote to the article's exact words, drop what does not hold.

The toolkit, never the model, fills spans and alignment. A figure is kept only when its quote
is found in the article and every value it gives occurs among the quote's numbers; a source
only when its quote is found. What is dropped is listed in the brief's warnings. Numbers in
the prose fields (headline, summary, key points) that occur nowhere in the article are
reported too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .clean import Layout
from .drafts import BriefDraft, FigureDraft
from .models import Alignment, BriefWarning, Caveat, Figure, Qualifier, Source, Span, Uncertainty
from .numbers import find_numbers, same_number, values_in
from .scan import Mention, figure_candidates, scan, stated_values

__all__ = [
    "Grounded",
    "align",
    "covers",
    "ground",
    "grounding_errors",
    "uncovered",
    "unsupported_numbers",
]

# Fuzzy alignment: a quote of at least 20 characters whose best window in the article scores
# >= 90 (rapidfuzz partial ratio, i.e. at most about one edit in ten characters) stands there.
# That admits a small model's typos, dropped articles and changed punctuation; it refuses a
# paraphrase (test_ground.py pins both). The brief then quotes the article's own words, marked
# "fuzzy", and the values must still occur in them.
FUZZY_THRESHOLD = 90
FUZZY_MIN_CHARS = 20

_QUOTE_CLASSES = {
    "'": "['‘’`´]",
    "‘": "['‘’`´]",
    "’": "['‘’`´]",
    '"': '["“”„]',
    "“": '["“”„]',
    "”": '["“”„]',
}


def align(quote: str, text: str, near: int | None = None) -> tuple[Span, Alignment] | None:
    """Where ``quote`` stands in ``text``: exactly, or after normalising spaces and quote marks.

    With ``near``, an occurrence starting there is preferred over an earlier one.
    """
    quote = quote.strip()
    if not quote:
        return None
    if near is not None and text.startswith(quote, near):
        return Span(start=near, end=near + len(quote)), "exact"
    at = text.find(quote)
    if at >= 0:
        return Span(start=at, end=at + len(quote)), "exact"
    pattern = r"\s+".join(
        "".join(_QUOTE_CLASSES.get(ch, re.escape(ch)) for ch in word) for word in quote.split()
    )
    match = re.search(pattern, text)
    if match:
        return Span(start=match.start(), end=match.end()), "exact"
    if len(quote) < FUZZY_MIN_CHARS:
        return None
    found = fuzz.partial_ratio_alignment(quote, text, score_cutoff=FUZZY_THRESHOLD)
    if found is None:
        return None
    start, end = found.dest_start, found.dest_end
    # Snap inwards to whole words: the best window may start or end inside a word.
    if start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        while start < end and not text[start].isspace():
            start += 1
    if end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        while end > start and not text[end - 1].isspace():
            end -= 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    return Span(start=start, end=end), "fuzzy"


@dataclass
class Grounded:
    """The parts of a brief that survived grounding, and what was dropped."""

    figures: list[Figure] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    uncertainties: list[Uncertainty] = field(default_factory=list)
    caveats: list[Caveat] = field(default_factory=list)
    warnings: list[BriefWarning] = field(default_factory=list)


def _warn(out: Grounded, code: str, message: str, span: Span | None = None) -> None:
    out.warnings.append(BriefWarning(code=code, message=message, span=span))


def _source_id(name: str | None, sources: list[Source]) -> str | None:
    if not name:
        return None
    wanted = name.casefold().strip()
    for source in sources:
        have = source.name.casefold().strip()
        if wanted == have or wanted in have or have in wanted:
            return source.id
    return None


def _figure_problem(draft: FigureDraft, quote_text: str) -> str | None:
    values = sorted({v for v in (draft.value_low, draft.value_high) if v is not None})
    if not values:
        return "it gives no value"
    present = stated_values(quote_text)
    missing = [v for v in values if not any(same_number(v, p) for p in present)]
    if missing:
        shown = ", ".join(f"{v:g}" for v in missing)
        return f"its value {shown} does not occur in its quote"
    return None


def ground(draft: BriefDraft, text: str, anchors: dict[int, int] | None = None) -> Grounded:
    """Align every quote of ``draft`` to ``text``; keep what holds, warn about the rest.

    ``anchors`` maps a figure's index to the offset where its quote is expected (the staged
    strategy knows it from the scan), so a sentence that occurs twice is tied to the right one.
    """
    anchors = anchors or {}
    mentions = scan(text)
    out = Grounded()
    for s in draft.sources:
        found = align(s.quote, text)
        if found is None:
            _warn(out, "source_quote_not_found", f"dropped source {s.name!r}: quote not in article")
            continue
        span, how = found
        out.sources.append(
            Source(
                id=f"S{len(out.sources) + 1}",
                name=s.name,
                kind=s.kind,
                anonymous=s.anonymous,
                quote=text[span.start : span.end],
                span=span,
                alignment=how,
            )
        )
    for index, f in enumerate(draft.figures):
        found = align(f.quote, text, anchors.get(index))
        if found is None:
            _warn(out, "figure_quote_not_found", f"dropped figure {f.what!r}: quote not in article")
            continue
        span, how = found
        quote = text[span.start : span.end]
        problem = _figure_problem(f, quote)
        if problem:
            _warn(out, "figure_value_not_in_quote", f"dropped figure {f.what!r}: {problem}", span)
            continue
        low, high = f.value_low, f.value_high
        if low is not None and high is not None and low > high:
            low, high = high, low
        qualifier, low, high = _checked(f.qualifier, low, high, span, mentions, out)
        out.figures.append(
            Figure(
                id=f"F{len(out.figures) + 1}",
                what=f.what,
                value_low=low,
                value_high=high,
                unit=f.unit,
                qualifier=qualifier,
                source_id=_source_id(f.source, out.sources),
                quote=quote,
                span=span,
                alignment=how,
            )
        )
    for u in draft.uncertainties:
        uspan = None
        uquote = None
        if u.quote:
            found = align(u.quote, text)
            if found is None:
                _warn(out, "uncertainty_quote_not_found", f"kept {u.statement!r} without its quote")
            else:
                uspan = found[0]
                uquote = text[uspan.start : uspan.end]
        ids = [fig.id for fig in out.figures if uspan and _overlaps(fig.span, uspan)]
        out.uncertainties.append(
            Uncertainty(
                statement=u.statement, kind=u.kind, figure_ids=ids, quote=uquote, span=uspan
            )
        )
    out.caveats = [
        Caveat(statement=c.statement, kind=c.kind, origin="model") for c in draft.caveats
    ]
    return out


def _checked(
    qualifier: Qualifier,
    low: float | None,
    high: float | None,
    span: Span,
    mentions: list[Mention],
    out: Grounded,
) -> tuple[Qualifier, float | None, float | None]:
    """Qualifier and bounds as the article's words give them: "Up to 8,000" is up_to 8,000 to
    8,000, whatever the model said (a missing bound of a single value is filled, a wrong
    qualifier corrected, and each correction listed in the warnings)."""
    for m in mentions:
        if not (span.start <= m.start and m.end <= span.end):
            continue
        if low is None or not same_number(m.value_low, low):
            continue
        if high is not None and not same_number(m.value_high, high):
            continue
        if m.qualifier != qualifier:
            _warn(out, "qualifier_corrected", f"{m.text!r} is {m.qualifier}, not {qualifier}",
                  span)  # fmt: skip
        return m.qualifier, m.value_low, m.value_high
    return qualifier, low, high


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def covers(figure: Figure, mention: Mention) -> bool:
    """The figure states the mention: its span holds it and its values are the mention's."""
    return (
        figure.span.start <= mention.start < figure.span.end
        and figure.value_low is not None
        and same_number(figure.value_low, mention.value_low)
        and same_number(figure.value_high or figure.value_low, mention.value_high)
    )


def uncovered(text: str, lay: Layout, figures: list[Figure]) -> list[Mention]:
    """The figure candidates of the scan that no figure covers."""
    return [m for m in figure_candidates(text, lay) if not any(covers(f, m) for f in figures)]


def grounding_errors(draft: BriefDraft, text: str, limit: int = 8) -> list[str]:
    """What does not hold in ``draft`` against ``text``, one short line each (for a re-ask)."""
    errors = []
    for f in draft.figures:
        found = align(f.quote, text)
        if found is None:
            errors.append(f"figure {f.what!r}: quote {f.quote[:80]!r} is not in the article")
            continue
        problem = _figure_problem(f, text[found[0].start : found[0].end])
        if problem:
            errors.append(f"figure {f.what!r}: {problem}")
    for s in draft.sources:
        if align(s.quote, text) is None:
            errors.append(f"source {s.name!r}: quote {s.quote[:80]!r} is not in the article")
    return errors[:limit]


def unsupported_numbers(prose: str, text: str) -> list[str]:
    """Numbers written in ``prose`` that occur nowhere in ``text``."""
    present = values_in(text)
    return [
        prose[m.start : m.end]
        for m in find_numbers(prose)
        if not any(same_number(v, p) for v in m.values for p in present)
    ]
