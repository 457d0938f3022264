"""The library API: :class:`Summarizer`, :func:`summarize` and :func:`asummarize`."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import TracebackType
from typing import Any

from pydantic import BaseModel

from summarizer._version import __version__
from summarizer.api.cache import BriefCache, cache_key
from summarizer.api.limits import check_input, input_budget
from summarizer.api.steps import StepObserver, StopRule, adrive, drive
from summarizer.brief.drafts import BriefDraft
from summarizer.brief.schema import SCHEMA_VERSION, Brief, BriefWarning, Provenance, Usage
from summarizer.grounding.assemble import assemble
from summarizer.grounding.outlet import without_own_reporting
from summarizer.ingest.webpage import Document
from summarizer.llm.client import Backend
from summarizer.llm.prompts import DEFAULT_PROMPT_SET, PromptSet, load_prompt_set
from summarizer.llm.strategies import Extraction, Step, Strategy, make_strategy
from summarizer.llm.usage import CallStats
from summarizer.local.embedded import ProgressFactory, model_alias, start_embedded
from summarizer.local.server import LocalServer
from summarizer.settings import Settings, resolve_settings
from summarizer.text.layout import layout
from summarizer.text.windows import TokenCounter, calibrated, estimate

__all__ = ["BriefResult", "Summarizer", "asummarize", "summarize"]


@dataclass(frozen=True)
class BriefResult:
    """A brief, whether it came from the cache, and what making it cost (nothing when
    cached: ``stats`` counts the requests of this call only)."""

    brief: Brief
    cached: bool = False
    stats: CallStats = field(default_factory=CallStats)
    draft: BriefDraft | None = None  # what grounding started from (None when cached)


WINDOWS_AT_ONCE = 4  # a long article's calls in flight at once on a remote endpoint (async)


class Summarizer:
    """A configured summarizer: settings resolved once, one client reused for many articles.

    Options are those of :class:`~summarizer.settings.Settings` (``model``, ``base_url``,
    ``api_key``, ``mode``, ``strategy``, ``timeout``, ...); what is not given comes from the
    environment, then the defaults. ``prompts`` names a built-in prompt set or a folder.
    With no endpoint configured, the embedded local model is started on first use and
    stopped by :meth:`close` (or the ``with`` block); ``progress`` reports the one-time
    assembly of its weights. ``cache``: a :class:`~summarizer.api.cache.BriefCache`, a path
    to one, or True for the settings' file (``SUMMARIZER_CACHE``, else ``briefs.sqlite3`` in
    the cache folder; none when it is ``off``); an unchanged article is then answered from it.
    ``on_step`` is told of each model call as it starts: the step's name, its number, and how
    many calls the article is expected to take (None when unknown), e.g. for a progress bar
    over the windows of a long article.
    """

    def __init__(
        self,
        *,
        settings: Settings | None = None,
        prompts: str | Path = DEFAULT_PROMPT_SET,
        env: Mapping[str, str] | None = None,
        progress: ProgressFactory | None = None,
        cache: BriefCache | str | Path | bool | None = None,
        on_step: StepObserver | None = None,
        **options: Any,
    ) -> None:
        self.settings = settings or resolve_settings(env, **options)
        self.prompts: PromptSet = load_prompt_set(prompts)
        self.cache = _open_cache(cache, self.settings)
        self._own_cache = self.cache is not None and not isinstance(cache, BriefCache)
        self._progress = progress
        self.on_step = on_step
        self.last_stats: CallStats | None = None  # requests, tokens and times of the last brief
        self._server: LocalServer | None = None
        self._backend: Backend | None = None
        self._start_lock = threading.Lock()

    @property
    def backend(self) -> Backend:
        """The model client; with the embedded model, its server is started on first use
        (once, however many threads or tasks ask at the same time)."""
        if self._backend is not None:
            return self._backend
        with self._start_lock:
            return self._start_backend()

    def _start_backend(self) -> Backend:
        if self._backend is None:
            if self.settings.embedded and self._server is None:
                self._server = start_embedded(self.settings, self._progress)
                self.settings = replace(
                    self.settings,
                    base_url=self._server.base_url,
                    model=model_alias(self.settings),
                    api_key=self._server.api_key or self.settings.api_key,
                )
            self._backend = Backend(self.settings)
        return self._backend

    def _plan(self, text: str | Document) -> tuple[str, Strategy]:
        article = check_input(text.text if isinstance(text, Document) else text, self.settings)
        lay, budget = layout(article), input_budget(self.settings)
        return article, make_strategy(
            self.settings.resolved_strategy,
            self.prompts,
            article,
            lay,
            budget,
            self._token_counter(lay.model_text(), budget),
        )

    def _token_counter(self, model_text: str, budget: int) -> TokenCounter:
        """How the article's tokens are counted: the conservative estimate, scaled to the
        endpoint's own tokenizer when the estimate says the article needs windows and the
        endpoint can count (one request)."""
        estimated = estimate(model_text)
        if estimated <= budget:
            return estimate
        real = self.backend.count_tokens(model_text)
        return calibrated(real, estimated) if real else estimate

    def _observer(self, strategy: Strategy) -> Callable[[Step[Any]], None]:
        """What tells ``on_step`` of each call of one article."""
        expected = getattr(strategy, "expected_calls", None)
        calls = 0

        def observe(step: Step[Any]) -> None:
            nonlocal calls
            calls += 1
            if self.on_step is not None:
                self.on_step(step.name, calls, expected)

        return observe

    def _finish(
        self,
        article: str,
        strategy: Strategy,
        extraction: Extraction,
        warnings: list[BriefWarning],
        stats: CallStats,
        model: str,
        started: float,
    ) -> tuple[Brief, BriefDraft]:
        draft = extraction.draft.model_copy(deep=True)
        brief = assemble(
            article,
            extraction.draft,
            layout=strategy.layout,
            provenance=self._provenance(model, strategy.name, stats, started),
            anchors=extraction.anchors,
            warnings=[*warnings, *extraction.warnings],
        )
        return brief, draft

    def _provenance(
        self, model: str, strategy: str, stats: CallStats, started: float
    ) -> Provenance:
        return Provenance(
            summarizer_version=__version__,
            model=model,
            endpoint_host=self.settings.endpoint_host,
            instructor_mode=self.settings.resolved_mode,
            strategy=strategy,
            prompt_set=self.prompts.name,
            prompt_sha256=self.prompts.sha256,
            schema_version=SCHEMA_VERSION,
            seconds=round(time.perf_counter() - started, 3),
            attempts=stats.requests,
            usage=Usage(**stats.usage()),
        )

    def summarize(self, text: str | Document) -> Brief:
        """A grounded brief of ``text`` (the article exactly as given, or a loaded
        :class:`~summarizer.ingest.webpage.Document`, e.g. the text of an HTML page)."""
        return self.summarize_result(text).brief

    def summarize_result(
        self, text: str | Document, *, stop: StopRule | None = None
    ) -> BriefResult:
        """:meth:`summarize`, also saying whether the brief came from the cache and what
        this call cost. ``stop`` is asked before each call on a long article's windows with
        what the article has spent so far; once it gives a reason (a budget), the remaining
        windows are not read by the model and the brief says so (such a brief is not cached).
        """
        key = None
        if self.cache is not None:
            key = self._cache_key(text, self.known_model() or self.backend.model_name())
            hit = self.cache.get(key)
            if hit is not None:
                return BriefResult(hit, cached=True)
        article, strategy = self._plan(text)
        stats, started = CallStats(), time.perf_counter()
        self.last_stats = stats
        warnings = _document_warnings(text)

        observe = self._observer(strategy)

        def call(step: Step[Any]) -> BaseModel:
            observe(step)
            answer: BaseModel = self.backend.extract(
                step.response_model, step.messages, stats, step.context, step.max_tokens
            )
            return answer

        extraction = drive(strategy, call, warnings, _bound(stop, stats))
        model = self.backend.model_name()
        extraction = _without_own_reporting(extraction, article, text)
        brief, draft = self._finish(article, strategy, extraction, warnings, stats, model, started)
        return self._store(key, _with_document_info(brief, text), stats, draft)

    async def asummarize(self, text: str | Document) -> Brief:
        """Async twin of :meth:`summarize`."""
        return (await self.asummarize_result(text)).brief

    async def asummarize_result(
        self, text: str | Document, *, stop: StopRule | None = None
    ) -> BriefResult:
        """Async twin of :meth:`summarize_result`."""
        key = None
        if self.cache is not None:
            key = self._cache_key(text, self.known_model() or await self.backend.amodel_name())
            hit = self.cache.get(key)
            if hit is not None:
                return BriefResult(hit, cached=True)
        # Off the loop: reading a long article takes a while (and may ask the endpoint's
        # tokenizer, starting the embedded server, which blocks).
        article, strategy = await asyncio.to_thread(self._plan, text)
        if self._backend is None:  # starting the embedded server blocks: not on the loop
            await asyncio.to_thread(lambda: self.backend)
        stats, started = CallStats(), time.perf_counter()
        self.last_stats = stats
        warnings = _document_warnings(text)

        observe = self._observer(strategy)

        async def call(step: Step[Any]) -> BaseModel:
            observe(step)
            return await self.backend.aextract(
                step.response_model, step.messages, stats, step.context, step.max_tokens
            )

        # A server on this machine answers one request at a time (and its prompt cache keeps
        # a window for its second call): the windows go in order; elsewhere several at once.
        together = 1 if self.settings.on_this_machine else WINDOWS_AT_ONCE
        extraction = await adrive(strategy, call, warnings, _bound(stop, stats), together)
        model = await self.backend.amodel_name()
        extraction = _without_own_reporting(extraction, article, text)
        brief, draft = self._finish(article, strategy, extraction, warnings, stats, model, started)
        return self._store(key, _with_document_info(brief, text), stats, draft)

    # -- cache ------------------------------------------------------------------------------

    def cached(self, text: str | Document) -> Brief | None:
        """The cached brief of ``text``, if there is one. Never starts the embedded model;
        asks a remote endpoint for its model list only when no model is configured."""
        if self.cache is None:
            return None
        return self.cache.get(
            self._cache_key(text, self.known_model() or self.backend.model_name())
        )

    def known_model(self) -> str | None:
        """The model name, when it is known without asking the endpoint."""
        if self.settings.embedded:
            return model_alias(self.settings)
        return self.settings.model

    def _cache_key(self, text: str | Document, model: str) -> str:
        extra: dict[str, Any] = {}
        if isinstance(text, Document):
            if text.source_format != "text" or text.title or text.byline or text.outlet:
                extra = {"format": text.source_format, "title": text.title,
                         "byline": text.byline}  # fmt: skip
                extra |= {"outlet": text.outlet} if text.outlet else {}  # (else as a plain str)
            text = text.text
        return cache_key(
            text,
            settings=self.settings,
            model=model,
            prompt_sha256=self.prompts.sha256,
            extra=extra,
        )

    def _store(
        self, key: str | None, brief: Brief, stats: CallStats, draft: BriefDraft
    ) -> BriefResult:
        stopped = any(w.code == "budget_reached" for w in brief.warnings)
        if self.cache is not None and key is not None and not stopped:
            self.cache.put(key, brief)
        return BriefResult(brief, cached=False, stats=stats, draft=draft)

    def close(self) -> None:
        """Close the clients and stop the embedded server, if one was started."""
        try:
            if self._backend is not None:
                self._backend.close()
        finally:
            if self.cache is not None and self._own_cache:
                self.cache.close()
                self.cache = None
            if self._server is not None:
                self._server.stop()
                self._server = None

    async def aclose(self) -> None:
        """Async twin of :meth:`close`."""
        try:
            if self._backend is not None:
                await self._backend.aclose()
        finally:
            if self.cache is not None and self._own_cache:
                self.cache.close()
                self.cache = None
            if self._server is not None:
                await asyncio.to_thread(self._server.stop)
                self._server = None

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


def _open_cache(
    cache: BriefCache | str | Path | bool | None, settings: Settings
) -> BriefCache | None:
    if isinstance(cache, BriefCache):
        return cache
    if cache is True:
        path = settings.cache_file
        return BriefCache(path) if path is not None else None
    return BriefCache(cache) if cache else None


def _bound(stop: StopRule | None, stats: CallStats) -> Callable[[], str | None] | None:
    """``stop`` asked about this article's spending so far."""
    return None if stop is None else (lambda: stop(stats))


def _document_warnings(text: str | Document) -> list[BriefWarning]:
    if isinstance(text, Document) and text.source_format == "html":
        message = "the input was HTML: offsets index the article text extracted from it"
        return [BriefWarning(code="html_extracted", message=message)]
    return []


def _without_own_reporting(
    extraction: Extraction, article: str, text: str | Document
) -> Extraction:
    """The extraction without the sources that are the document's own outlet told or reporting
    (:mod:`summarizer.grounding.outlet`), saying so in its warnings."""
    outlet = text.outlet if isinstance(text, Document) else None
    draft, dropped = without_own_reporting(extraction.draft, article, outlet)
    if not dropped:
        return extraction
    return replace(extraction, draft=draft, warnings=[*extraction.warnings, *dropped])


def _with_document_info(brief: Brief, text: str | Document) -> Brief:
    """Title, byline and outlet from the page's metadata where the text itself gave none."""
    if not isinstance(text, Document):
        return brief
    info = brief.article.model_copy(
        update={"title": brief.article.title or text.title,
                "byline": brief.article.byline or text.byline,
                "outlet": brief.article.outlet or text.outlet}
    )  # fmt: skip
    return brief.model_copy(update={"article": info})


def summarize(text: str | Document, **options: Any) -> Brief:
    """A grounded brief of ``text`` (or a :class:`Document`: its text with what is known of it,
    e.g. the outlet that published it); ``options`` as for :class:`Summarizer`."""
    with Summarizer(**options) as summarizer:
        return summarizer.summarize(text)


async def asummarize(text: str | Document, **options: Any) -> Brief:
    """Async twin of :func:`summarize`."""
    async with Summarizer(**options) as summarizer:
        return await summarizer.asummarize(text)
