"""The library API: :class:`Summarizer`, :func:`summarize` and :func:`asummarize`."""

from __future__ import annotations

import time
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

from .backend import Backend, CallStats
from .extract import aextract_single, extract_single
from .models import Brief
from .pipeline import assemble, check_input
from .prompts import DEFAULT_PROMPT_SET, PromptSet, load_prompt_set
from .settings import Settings, resolve_settings

__all__ = ["Summarizer", "asummarize", "summarize"]


class Summarizer:
    """A configured summarizer: settings resolved once, one client reused for many articles.

    Options are those of :class:`~summarizer.settings.Settings` (``model``, ``base_url``,
    ``api_key``, ``mode``, ``strategy``, ``timeout``, ...); what is not given comes from the
    environment, then the defaults. ``prompts`` names a built-in prompt set or a folder.
    """

    def __init__(
        self,
        *,
        settings: Settings | None = None,
        prompts: str | Path = DEFAULT_PROMPT_SET,
        env: Mapping[str, str] | None = None,
        **options: Any,
    ) -> None:
        self.settings = settings or resolve_settings(env, **options)
        self.prompts: PromptSet = load_prompt_set(prompts)
        self.backend = Backend(self.settings)

    def summarize(self, text: str) -> Brief:
        """A grounded brief of ``text`` (the article exactly as given)."""
        article = check_input(text, self.settings)
        stats = CallStats()
        started = time.perf_counter()
        draft = extract_single(self.backend, self.prompts, article, stats)
        return assemble(
            article,
            draft,
            settings=self.settings,
            model=self.backend.model_name(),
            prompts=self.prompts,
            stats=stats,
            seconds=time.perf_counter() - started,
        )

    async def asummarize(self, text: str) -> Brief:
        """Async twin of :meth:`summarize`."""
        article = check_input(text, self.settings)
        stats = CallStats()
        started = time.perf_counter()
        draft = await aextract_single(self.backend, self.prompts, article, stats)
        return assemble(
            article,
            draft,
            settings=self.settings,
            model=await self.backend.amodel_name(),
            prompts=self.prompts,
            stats=stats,
            seconds=time.perf_counter() - started,
        )

    def close(self) -> None:
        self.backend.close()

    async def aclose(self) -> None:
        await self.backend.aclose()

    def __enter__(self) -> Summarizer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> Summarizer:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


def summarize(text: str, **options: Any) -> Brief:
    """A grounded brief of ``text``; ``options`` as for :class:`Summarizer`."""
    with Summarizer(**options) as summarizer:
        return summarizer.summarize(text)


async def asummarize(text: str, **options: Any) -> Brief:
    """Async twin of :func:`summarize`."""
    async with Summarizer(**options) as summarizer:
        return await summarizer.asummarize(text)
