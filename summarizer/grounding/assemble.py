"""From a draft to the brief: ground it against the article, add the deterministic checks,
the article's facts and the provenance.

Shared by the sync and async APIs, so both produce the same brief from the same exchange.
"""

from __future__ import annotations

import hashlib
import re

from summarizer.brief.drafts import BriefDraft
from summarizer.brief.schema import (
    SCHEMA_VERSION,
    ArticleInfo,
    Brief,
    BriefWarning,
    Figure,
    Provenance,
    Span,
)
from summarizer.grounding.checks import rule_caveats, rule_uncertainties
from summarizer.grounding.conversions import tie_conversions
from summarizer.grounding.ground import ground, uncovered
from summarizer.grounding.prose import grounded_prose
from summarizer.grounding.spacing import draft_as_written
from summarizer.text.layout import Layout

__all__ = ["article_info", "assemble"]

_LANGUAGE = re.compile(
    r"(?:originally (?:written|published) in|translated from(?: the)?)\s+([A-Z][a-z]+)"
)


def article_info(text: str, lay: Layout) -> ArticleInfo:
    """What the layout tells about the article: title, byline, translation disclosure."""
    note = lay.translation_note.text.strip() if lay.translation_note else None
    language = _LANGUAGE.search(note) if note else None
    return ArticleInfo(
        title=lay.title.text.strip() if lay.title else None,
        byline=lay.byline,
        language_of_origin=language.group(1) if language else None,
        translation_note=note,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        chars=len(text),
    )


def _uncovered(text: str, lay: Layout, figures: list[Figure]) -> list[BriefWarning]:
    """Numbers the scan found that no figure of the brief covers."""
    return [
        BriefWarning(
            code="uncovered_number",
            message=f"the article states {m.text!r} but no figure covers it",
            span=Span(start=m.start, end=m.end),
        )
        for m in uncovered(text, lay, figures)
    ]


def assemble(
    text: str,
    draft: BriefDraft,
    *,
    layout: Layout,
    provenance: Provenance,
    anchors: dict[int, int] | None = None,
    warnings: list[BriefWarning] | None = None,
) -> Brief:
    """Ground ``draft`` against ``text`` and wrap it with article info and ``provenance``.

    ``anchors`` (figure index -> offset) say where each figure's quote is expected;
    ``warnings`` are those raised before grounding (failed steps, dropped sources).
    """
    draft = draft_as_written(draft, text)  # ("$3. 3 million" is the article's "$3.3 million")
    grounded = ground(draft, text, anchors)
    grounded.figures = tie_conversions(text, grounded.figures)
    info = article_info(text, layout)
    notes = [*(warnings or []), *grounded.warnings]
    notes += _uncovered(text, layout, grounded.figures)
    prose = grounded_prose(draft, text, layout.title.text if layout.title else None)
    notes += prose.warnings
    return Brief(
        schema_version=SCHEMA_VERSION,
        headline=prose.headline,
        summary=prose.summary,
        key_points=prose.key_points,
        figures=grounded.figures,
        sources=grounded.sources,
        caveats=[*grounded.caveats, *rule_caveats(grounded, info, text)],
        uncertainties=[*grounded.uncertainties, *rule_uncertainties(text, grounded.figures)],
        article=info,
        provenance=provenance,
        warnings=notes,
    )
