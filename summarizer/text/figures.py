"""The figure drafts of an article, read off the scan: each number the brief holds, quoted
in the clause that states it, with what it measures and its unit (no model involved)."""

from __future__ import annotations

from collections.abc import Callable

from summarizer.brief.drafts import FigureDraft
from summarizer.text.layout import Layout
from summarizer.text.meaning import figure_unit, figure_what
from summarizer.text.quantities import Mention, figure_candidates
from summarizer.text.sentences import clause_around

__all__ = ["figure_drafts"]


def figure_drafts(
    text: str,
    lay: Layout,
    source_of: Callable[[Mention], str | None] | None = None,
    mentions: list[Mention] | None = None,
) -> tuple[list[FigureDraft], dict[int, int]]:
    """A draft per figure the scan finds (``mentions``, if already read), in order, and
    where each one's quote starts (figure index -> offset); ``source_of`` names who states
    a mention (none: nobody)."""
    drafts: list[FigureDraft] = []
    anchors: dict[int, int] = {}
    for mention in figure_candidates(text, lay) if mentions is None else mentions:
        start, end = clause_around(text, mention.start, mention.end)
        quote = text[start:end]
        anchors[len(drafts)] = start
        drafts.append(
            FigureDraft(
                what=figure_what(text, mention, quote),
                value_low=mention.value_low,
                value_high=mention.value_high,
                unit=figure_unit(text, mention),
                qualifier=mention.qualifier,
                source=source_of(mention) if source_of is not None else None,
                quote=quote,
            )
        )
    return drafts, anchors
