"""The model client: the ``openai`` SDK, wrapped by ``instructor``, for any OpenAI-compatible
endpoint.

Every request goes through :meth:`Backend._send` (or its async twin), which applies the one
transport retry policy of :mod:`summarizer.retry` and counts requests and tokens, so usage is
summed over every attempt: transport retries and instructor's validation re-asks alike.
SDK and instructor errors leave this module only as :mod:`summarizer.errors` exceptions.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import instructor
import openai
from instructor.core.exceptions import InstructorRetryException
from pydantic import BaseModel

from .errors import (
    AuthenticationError,
    BackendError,
    ConfigError,
    EndpointUnreachableError,
    ModelOutputError,
    RateLimitedError,
    ServerError,
)
from .retry import MalformedResponseError, async_retrying, sync_retrying
from .settings import Settings

__all__ = ["Backend", "CallStats", "parse_completion"]

T = TypeVar("T", bound=BaseModel)

_MODES = {
    "tools": instructor.Mode.TOOLS,
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
    "json_schema": instructor.Mode.JSON_SCHEMA,
}


@dataclass
class CallStats:
    """Requests sent and tokens spent, over every attempt of one or more calls."""

    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    seconds: float = 0.0  # inside extract(): requests, retries' waits, parsing, validation
    request_seconds: float = 0.0  # waiting on HTTP requests alone

    def count(self, response: Any) -> None:
        usage = getattr(response, "usage", None)
        if usage is None:
            return
        self.prompt_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
        self.completion_tokens += int(getattr(usage, "completion_tokens", 0) or 0)
        self.total_tokens += int(getattr(usage, "total_tokens", 0) or 0)

    def usage(self) -> dict[str, int]:
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.total_tokens,
        }


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
        self._stale_aclients: list[openai.AsyncOpenAI] = []
        self._model = settings.model

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
        if self._client is None:
            self._client = openai.OpenAI(**self._client_args())
        return self._client

    @property
    def aclient(self) -> openai.AsyncOpenAI:
        """The async client of the running event loop (its connections belong to one loop:
        a second ``asyncio.run`` gets a new client)."""
        loop = asyncio.get_running_loop()
        if self._aclient is None or self._aclient_loop is not loop:
            if self._aclient is not None:  # its loop is gone: closing it there would fail
                self._stale_aclients.append(self._aclient)
            self._aclient = openai.AsyncOpenAI(**self._client_args())
            self._aclient_loop = loop
        return self._aclient

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    async def aclose(self) -> None:
        if self._aclient is not None:
            await self._aclient.close()
            self._aclient = None

    # -- model name -------------------------------------------------------------------------

    def model_name(self) -> str:
        """The configured model, or the endpoint's first model when none is configured."""
        if self._model is None:
            stats = CallStats()
            try:
                listing = self._retrying().__call__(self.client.models.list)
            except Exception as e:
                raise _translate(e, self.settings, stats) from e
            self._model = _first_model(listing, self.settings)
        return self._model

    async def amodel_name(self) -> str:
        if self._model is None:
            stats = CallStats()
            try:
                listing = await self._aretrying().__call__(self.aclient.models.list)
            except Exception as e:
                raise _translate(e, self.settings, stats) from e
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

    def _request_args(self, model: str, max_tokens: int | None) -> dict[str, Any]:
        return {
            "model": model,
            "temperature": self.settings.temperature,
            "max_tokens": min(
                max_tokens or self.settings.max_output_tokens, self.settings.max_output_tokens
            ),
        }

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
                stats.requests += 1
                sent = time.perf_counter()
                try:
                    response = self.client.chat.completions.create(*args, **kwargs)
                except json.JSONDecodeError as e:
                    raise MalformedResponseError(f"the answer is not JSON: {e}") from e
                finally:
                    stats.request_seconds += time.perf_counter() - sent
                stats.count(response)
                return response

            return self._retrying()(once)

        started = time.perf_counter()
        create = instructor.patch(create=send, mode=self.mode)
        try:
            result: T = create(
                response_model=response_model,
                messages=messages,
                max_retries=self.settings.reask_retries,
                context=context,
                **self._request_args(model, max_tokens),
            )
        except Exception as e:
            raise _translate(e, self.settings, stats) from e
        finally:
            stats.seconds += time.perf_counter() - started
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
                stats.requests += 1
                sent = time.perf_counter()
                try:
                    response = await self.aclient.chat.completions.create(*args, **kwargs)
                except json.JSONDecodeError as e:
                    raise MalformedResponseError(f"the answer is not JSON: {e}") from e
                finally:
                    stats.request_seconds += time.perf_counter() - sent
                stats.count(response)
                return response

            return await self._aretrying()(once)

        started = time.perf_counter()
        create: Callable[..., Awaitable[T]] = instructor.patch(create=send, mode=self.mode)
        try:
            result = await create(
                response_model=response_model,
                messages=messages,
                max_retries=self.settings.reask_retries,
                context=context,
                **self._request_args(model, max_tokens),
            )
        except asyncio.CancelledError:
            raise
        except Exception as e:
            raise _translate(e, self.settings, stats) from e
        finally:
            stats.seconds += time.perf_counter() - started
        return result


def parse_completion(response_model: type[T], completion: Any) -> T | None:
    """``response_model`` read from a completion without validation context, or None.

    Used when re-asks ran out on grounding: the last answer still holds the parts that do
    ground, and the grounding step drops (and reports) the rest.
    """
    try:
        message = completion.choices[0].message
        calls = getattr(message, "tool_calls", None) or []
        raw = calls[0].function.arguments if calls else (message.content or "")
        raw = raw.strip().removeprefix("```json").removeprefix("```").removesuffix("```")
        return response_model.model_validate_json(raw)
    except (AttributeError, IndexError, TypeError, ValueError):
        return None


def _first_model(listing: Any, settings: Settings) -> str:
    ids = [m.id for m in getattr(listing, "data", [])]
    if not ids:
        raise ConfigError(
            f"{settings.endpoint_host} lists no models: pass --model NAME or set SUMMARIZER_MODEL"
        )
    return str(ids[0])


def _translate(exc: BaseException, settings: Settings, stats: CallStats) -> BackendError:
    """One clear, actionable error for anything the SDK or instructor raised."""
    if isinstance(exc, BackendError | ConfigError):
        return exc if isinstance(exc, BackendError) else BackendError(str(exc))
    cause: BaseException = exc
    last_completion = None
    if isinstance(exc, InstructorRetryException):
        last_completion = exc.last_completion
        inner = exc.__cause__
        if isinstance(inner, openai.BadRequestError) and last_completion is not None:
            # A re-ask grew the conversation past what the endpoint accepts (e.g. the
            # context window): the output could not be fixed, but the last answer stands.
            return ModelOutputError(
                f"the re-asks stopped after {exc.n_attempts} attempt(s): {_short(inner.message)}",
                attempts=stats.requests,
                usage=stats.usage(),
                last_completion=last_completion,
            )
        if isinstance(inner, openai.OpenAIError | MalformedResponseError):
            cause = inner
        else:
            detail = str(inner or exc).strip().splitlines()
            return ModelOutputError(
                f"the model's output did not fit the brief schema after {exc.n_attempts} "
                f"attempt(s): {detail[0] if detail else 'no detail'}; try a stronger model "
                "or a larger --timeout",
                attempts=stats.requests,
                usage=stats.usage(),
                last_completion=last_completion,
            )
    host = settings.endpoint_host
    kw: dict[str, Any] = {"attempts": stats.requests, "usage": stats.usage()}
    tries = f"after {stats.requests} attempt(s)"
    if isinstance(cause, openai.APITimeoutError):
        return EndpointUnreachableError(
            f"{host} did not answer within {settings.timeout:g} s ({tries}); "
            "raise --timeout or check the server",
            **kw,
        )
    if isinstance(cause, openai.APIConnectionError):
        return EndpointUnreachableError(
            f"cannot reach {host} ({tries}): is the server running and is --base-url right?",
            **kw,
        )
    if isinstance(cause, openai.AuthenticationError | openai.PermissionDeniedError):
        return AuthenticationError(
            f"{host} refused the API key (HTTP {cause.status_code}): "
            "set SUMMARIZER_API_KEY or OPENAI_API_KEY to a valid key",
            **kw,
        )
    if isinstance(cause, openai.RateLimitError):
        return RateLimitedError(f"{host} is rate-limiting requests (HTTP 429, {tries})", **kw)
    if isinstance(cause, openai.NotFoundError):
        return ServerError(
            f"{host} answered 404: check that --base-url ends in /v1 and that model "
            f"{settings.model!r} exists there",
            **kw,
        )
    if isinstance(cause, MalformedResponseError):
        return ServerError(f"{host} answered with a body that is not JSON ({tries})", **kw)
    if isinstance(cause, openai.APIStatusError):
        message = _short(cause.message)
        return ServerError(f"{host} answered HTTP {cause.status_code} ({tries}): {message}", **kw)
    return ModelOutputError(
        f"the model call failed: {type(cause).__name__}: {_short(str(cause))}",
        last_completion=last_completion,
        **kw,
    )


def _short(text: str, limit: int = 200) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
