"""``read_figures``: every figure a brief of the article would hold, without a model."""

from __future__ import annotations

from summarizer.api.limits import check_input
from summarizer.brief.drafts import BriefDraft
from summarizer.brief.schema import Figure
from summarizer.grounding.conversions import tie_conversions
from summarizer.grounding.ground import ground
from summarizer.settings import Settings
from summarizer.text.figures import figure_drafts
from summarizer.text.layout import layout

__all__ = ["read_figures"]


def read_figures(text: str, *, max_input_bytes: int = Settings.max_input_bytes) -> list[Figure]:
    """Every figure the brief of ``text`` would hold, read by the deterministic scan alone
    (no model, no endpoint; milliseconds): value or range, qualifier, unit, what it measures,
    the clause that states it and its span, conversions tied to the amount they convert.

    Who states each figure comes from the sources a brief lists, so ``source_id`` is None
    here. Raises an :class:`~summarizer.errors.InputError` for text that is not an article
    (not a string, empty, over ``max_input_bytes``).
    """
    article = check_input(text, Settings(max_input_bytes=max_input_bytes))
    lay = layout(article)
    drafts, anchors = figure_drafts(article, lay)
    grounded = ground(BriefDraft(headline="", summary="", figures=drafts), article, anchors)
    return tie_conversions(article, grounded.figures)
