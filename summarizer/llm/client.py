"""The model client: the ``openai`` SDK, wrapped by ``instructor``, for any OpenAI-compatible
endpoint.

Every request goes through one ``send`` (sync or async), which applies the one transport retry
policy of :mod:`summarizer.llm.retry` and counts requests and tokens, so usage is summed over
every attempt: transport retries and instructor's validation re-asks alike. Failures of the
exchange leave this module only as :mod:`summarizer.errors` exceptions
(:mod:`summarizer.llm.failures`); anything else is a bug and propagates as it is.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar
from urllib.parse import urlsplit

import instructor
import openai
from pydantic import BaseModel

from summarizer.errors import ConfigError
from summarizer.llm.failures import EXCHANGE_ERRORS, translate
from summarizer.llm.retry import MalformedResponseError, async_retrying, sync_retrying
from summarizer.llm.usage import CallStats
from summarizer.settings import Settings

__all__ = ["Backend", "CallStats"]

TOKENIZE_TIMEOUT = 30.0  # seconds for the endpoint's token count (a long article's)

T = TypeVar("T", bound=BaseModel)

_MODES = {
    "tools": instructor.Mode.TOOLS,
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
    "json_schema": instructor.Mode.JSON_SCHEMA,
}


def _verbatim(
    messages: list[dict[str, str]], context: dict[str, Any] | None
) -> tuple[list[dict[str, str]], dict[str, Any] | None]:
    """Messages that instructor's templating leaves as they are.

    Given a validation context, instructor renders every message as a Jinja2 template with
    it, so an article holding ``{{ ... }}`` or ``{% ... %}`` would be evaluated, not sent. Each
    content becomes a placeholder that renders back to the exact text.
    """
    if not context:
        return messages, context
    context = dict(context)
    out = []
    for i, message in enumerate(messages):
        name = f"summarizer_message_{i}"
        context[name] = message["content"]
        out.append({**message, "content": "{{ " + name + " }}"})
    return out, context


class Backend:
    """A configured connection to one model endpoint (sync and async)."""

    def __init__(
        self,
        settings: Settings,
        *,
        sleep: Callable[[float], None] | None = None,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self.settings = settings
        self.mode = _MODES[settings.resolved_mode]
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._client: openai.OpenAI | None = None
        self._aclient: openai.AsyncOpenAI | None = None
        self._aclient_loop: asyncio.AbstractEventLoop | None = None
        self._model = settings.model
        self._no_tokenizer = False  # the endpoint said it has none
        self._client_lock = threading.Lock()

    # -- clients ----------------------------------------------------------------------------

    def _client_args(self) -> dict[str, Any]:
        return {
            "base_url": self.settings.base_url,
            "api_key": self.settings.api_key,
            "timeout": self.settings.timeout,
            "max_retries": 0,  # tenacity is the one transport policy
        }

    @property
    def client(self) -> openai.OpenAI:
        with self._client_lock:  # articles are planned in threads of their own
            if self._client is None:
                self._client = openai.OpenAI(**self._client_args())
            return self._client

    @property
    def aclient(self) -> openai.AsyncOpenAI:
        """The async client of the running event loop (its connections belong to one loop:
        a second ``asyncio.run`` gets a new client, and the old one is closed)."""
        loop = asyncio.get_running_loop()
        if self._aclient is None or self._aclient_loop is not loop:
            self._drop_stale_aclient()
            self._aclient = openai.AsyncOpenAI(**self._client_args())
            self._aclient_loop = loop
        return self._aclient

    def _drop_stale_aclient(self) -> None:
        """Let go of the async client of an event loop that is not running: closed there
        when that loop can still run, else dropped (its connections ended with their loop)."""
        stale, loop = self._aclient, self._aclient_loop
        self._aclient = self._aclient_loop = None
        if stale is not None and loop is not None and not loop.is_closed():
            with contextlib.suppress(Exception):
                loop.run_until_complete(stale.close())

    def close(self) -> None:
        """Close the sync client, and the async one unless its loop is running."""
        if self._client is not None:
            self._client.close()
            self._client = None
        loop = self._aclient_loop
        if self._aclient is not None and not (loop is not None and loop.is_running()):
            self._drop_stale_aclient()

    async def aclose(self) -> None:
        """Close both clients."""
        if self._aclient is not None:
            await self._aclient.close()
            self._aclient = self._aclient_loop = None
        if self._client is not None:
            self._client.close()
            self._client = None

    # -- the endpoint's tokenizer ----------------------------------------------------------

    def count_tokens(self, text: str) -> int | None:
        """The tokens of ``text`` by the model's own tokenizer, where the endpoint offers one
        (llama-cpp-python serves ``/extras/tokenize/count``; only a server on this machine is
        asked, once), else None."""
        if self._no_tokenizer or not self.settings.on_this_machine:
            return None
        parts = urlsplit(self.settings.base_url)
        url = f"{parts.scheme}://{parts.netloc}/extras/tokenize/count"
        try:
            answer = self.client.post(
                url, body={"input": text}, cast_to=object, options={"timeout": TOKENIZE_TIMEOUT}
            )
        except (openai.OpenAIError, ValueError):  # none served, or not JSON
            answer = None
        count = answer.get("count") if isinstance(answer, dict) else None
        if not isinstance(count, int):
            self._no_tokenizer = True
            return None
        return count

    # -- model name -------------------------------------------------------------------------

    def model_name(self) -> str:
        """The configured model, or the endpoint's first model when none is configured."""
        if self._model is None:
            with self._translated(CallStats()):
                listing = self._retrying()(self.client.models.list)
            self._model = _first_model(listing, self.settings)
        return self._model

    async def amodel_name(self) -> str:
        if self._model is None:
            with self._translated(CallStats()):
                listing = await self._aretrying()(self.aclient.models.list)
            self._model = _first_model(listing, self.settings)
        return self._model

    # -- structured calls -------------------------------------------------------------------

    def _retrying(self) -> Any:
        return sync_retrying(
            self.settings.transport_retries + 1, self.settings.retry_max_wait, self._sleep
        )

    def _aretrying(self) -> Any:
        return async_retrying(
            self.settings.transport_retries + 1, self.settings.retry_max_wait, self._async_sleep
        )

    def _create_args(
        self,
        model: str,
        response_model: type[BaseModel],
        messages: list[dict[str, str]],
        context: dict[str, Any] | None,
        max_tokens: int | None,
    ) -> dict[str, Any]:
        messages, context = _verbatim(messages, context)
        return {
            "response_model": response_model,
            "messages": messages,
            "max_retries": self.settings.reask_retries,
            "context": context,
            "model": model,
            "temperature": self.settings.temperature,
            "max_tokens": min(
                max_tokens or self.settings.max_output_tokens, self.settings.max_output_tokens
            ),
        }

    @contextlib.contextmanager
    def _translated(self, stats: CallStats) -> Iterator[None]:
        """Failures of the exchange as :mod:`summarizer.errors` exceptions."""
        try:
            yield
        except EXCHANGE_ERRORS as e:
            raise translate(e, self.settings, stats) from e

    @contextlib.contextmanager
    def _request(self, stats: CallStats) -> Iterator[None]:
        """One HTTP request: counted, timed, and a body that is not JSON made retryable."""
        stats.requests += 1
        sent = time.perf_counter()
        try:
            yield
        except json.JSONDecodeError as e:
            raise MalformedResponseError(f"the answer is not JSON: {e}") from e
        finally:
            stats.request_seconds += time.perf_counter() - sent

    @contextlib.contextmanager
    def _timed(self, stats: CallStats) -> Iterator[None]:
        started = time.perf_counter()
        try:
            with self._translated(stats):
                yield
        finally:
            stats.seconds += time.perf_counter() - started

    def extract(
        self,
        response_model: type[T],
        messages: list[dict[str, str]],
        stats: CallStats,
        context: dict[str, Any] | None = None,
        max_tokens: int | None = None,
    ) -> T:
        """Ask the model to fill ``response_model``; counts into ``stats``."""
        model = self.model_name()

        def send(*args: Any, **kwargs: Any) -> Any:
            def once() -> Any:
                with self._request(stats):
                    response = self.client.chat.completions.create(*args, **kwargs)
                stats.count(response)
                return response

            return self._retrying()(once)

        create = instructor.patch(create=send, mode=self.mode)
        with self._timed(stats):
            result: T = create(
                **self._create_args(model, response_model, messages, context, max_tokens)
            )
            return result

    async def aextract(
        self,
        response_model: type[T],
        messages: list[dict[str, str]],
        stats: CallStats,
        context: dict[str, Any] | None = None,
        max_tokens: int | None = None,
    ) -> T:
        """The async twin of :meth:`extract`."""
        model = await self.amodel_name()

        async def send(*args: Any, **kwargs: Any) -> Any:
            async def once() -> Any:
                with self._request(stats):
                    response = await self.aclient.chat.completions.create(*args, **kwargs)
                stats.count(response)
                return response

            return await self._aretrying()(once)

        create: Callable[..., Awaitable[T]] = instructor.patch(create=send, mode=self.mode)
        with self._timed(stats):
            return await create(
                **self._create_args(model, response_model, messages, context, max_tokens)
            )


def _first_model(listing: Any, settings: Settings) -> str:
    ids = [m.id for m in getattr(listing, "data", [])]
    if not ids:
        raise ConfigError(
            f"{settings.endpoint_host} lists no models: name one (SUMMARIZER_MODEL)",
            settings=("model",),
        )
    return str(ids[0])
