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
from typing import Any

from summarizer.brief.drafts import BriefDraft, FigureDraft
from summarizer.brief.schema import (
    BriefWarning,
    Caveat,
    Figure,
    Qualifier,
    Source,
    Span,
    Uncertainty,
)
from summarizer.grounding.align import align
from summarizer.text.layout import Layout
from summarizer.text.numbers.numerals import find_numbers, same_number
from summarizer.text.numbers.quantities import Mention, figure_candidates, scan, stated_values
from summarizer.text.sources.names import names_overlap
from summarizer.text.sources.references import acronym_name

__all__ = [
    "Grounded",
    "covers",
    "ground",
    "grounding_context",
    "grounding_errors",
    "uncovered",
    "unsupported_numbers",
]


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


def _source_id(
    name: str | None, sources: list[Source], renamed: dict[str, str] | None = None
) -> str | None:
    """The source called ``name`` (as grounding renamed it: "The World Food Programme" is
    "World Food Programme (WFP)"): the one so named, else one name's words standing together
    in the other's ("Analysts polled by AGNA" is its own source before it is AGNA's)."""
    if not name:
        return None
    name = (renamed or {}).get(name.casefold(), name)
    same = next((s.id for s in sources if s.name.casefold() == name.casefold()), None)
    return same or next((s.id for s in sources if names_overlap(name, s.name)), None)


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
    renamed: dict[str, str] = {}  # a draft's source name -> the name the brief gives it
    for s in draft.sources:
        found = align(s.quote, text)
        if found is None:
            _warn(out, "source_quote_not_found", f"dropped source {s.name!r}: quote not in article")
            continue
        # An organisation the article introduces as "Full Name (ACR)" is named so, whether
        # the draft wrote the acronym or the full name; two spellings become one source.
        name = acronym_name(s.name, text) or s.name
        renamed[s.name.casefold()] = name
        if any(o.name.casefold() == name.casefold() for o in out.sources):
            continue
        span, how = found
        out.sources.append(
            Source(
                id=f"S{len(out.sources) + 1}",
                name=name,
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
                source_id=_source_id(f.source, out.sources, renamed),
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


def grounding_context(article: str) -> dict[str, Any]:
    """The validation context under which a draft is checked against ``article`` (a quote
    not in it, or a value not in its quote, fails validation: instructor re-asks)."""
    return {"article": article, "check": grounding_errors}


def unsupported_numbers(prose: str, text: str) -> list[str]:
    """Numbers written in ``prose`` that occur nowhere in ``text`` (read as grounding reads
    it: number words, both ends of ranges and vague counts included). A number glued to a
    name ("Covid-19") or written as an ordinal ("2nd quarter") states no quantity: it is
    not checked."""
    present = stated_values(text)
    return [
        prose[m.start : m.end]
        for m in find_numbers(prose)
        if not _NOT_A_QUANTITY.search(prose, 0, m.start)
        and not _ORDINAL_AFTER.match(prose, m.end)
        and not any(same_number(v, p) for v in m.values for p in present)
    ]


_NOT_A_QUANTITY = re.compile(r"(?<![Mm]inus)(?<![Pp]lus)(?<=[A-Za-z])-$")  # ("minus-5" is one)
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b")
