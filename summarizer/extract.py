"""Extraction strategies: how the model is asked.

``single``: one call that fills the whole :class:`~summarizer.drafts.BriefDraft`, for models
strong enough to do it at once. The article sits in the system message, first, so a server's
prompt cache can reuse it across calls; what varies per task comes after it.
"""

from __future__ import annotations

from .backend import Backend, CallStats
from .drafts import BriefDraft
from .prompts import PromptSet

__all__ = ["aextract_single", "build_messages", "extract_single"]


def build_messages(prompts: PromptSet, article: str, task: str) -> list[dict[str, str]]:
    """System message: instructions and the article; user message: the task template."""
    return [
        {"role": "system", "content": prompts.render("system", article=article)},
        {"role": "user", "content": prompts.render(task)},
    ]


def extract_single(
    backend: Backend, prompts: PromptSet, article: str, stats: CallStats
) -> BriefDraft:
    """The ``single`` strategy: one call for the whole draft."""
    return backend.extract(BriefDraft, build_messages(prompts, article, "single"), stats)


async def aextract_single(
    backend: Backend, prompts: PromptSet, article: str, stats: CallStats
) -> BriefDraft:
    """Async twin of :func:`extract_single`."""
    return await backend.aextract(BriefDraft, build_messages(prompts, article, "single"), stats)
