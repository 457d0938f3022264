"""The library API: :class:`Summarizer`, :func:`summarize` and :func:`asummarize`, with the
brief cache they share."""

from __future__ import annotations

from summarizer.api.cache import BriefCache
from summarizer.api.figures import read_figures
from summarizer.api.summarizer import BriefResult, Summarizer, asummarize, summarize

__all__ = ["BriefCache", "BriefResult", "Summarizer", "asummarize", "read_figures", "summarize"]
