"""What the SDK and instructor raise, turned into :mod:`summarizer.errors` exceptions.

Only failures of the exchange are translated: the endpoint (connection, HTTP status, a body
that is not JSON) and the model's output (it never validated). Any other exception, a
``TypeError`` in a validator say, is a bug of the toolkit and propagates as it is.
"""

from __future__ import annotations

import json
import re
from typing import Any

import openai
from instructor.core import IncompleteOutputException, InstructorRetryException
from instructor.core import ValidationError as InstructorValidationError
from pydantic import ValidationError

from summarizer.errors import (
    AuthenticationError,
    EndpointUnreachableError,
    InputTooLargeError,
    ModelOutputError,
    RateLimitedError,
    ServerError,
    SummarizerError,
)
from summarizer.llm.retry import MalformedResponseError
from summarizer.llm.usage import CallStats
from summarizer.settings import NO_KEY, Settings

__all__ = ["EXCHANGE_ERRORS", "translate"]

# How servers word a prompt longer than the model's context (OpenAI, llama.cpp, vLLM).
_CONTEXT = re.compile(r"context[_ ]length|context window|maximum context|exceeds? .*context", re.I)

# What a failed exchange raises: everything else is not the endpoint's or the model's doing.
EXCHANGE_ERRORS: tuple[type[BaseException], ...] = (
    openai.OpenAIError,
    InstructorRetryException,
    IncompleteOutputException,
    MalformedResponseError,
    SummarizerError,
)
# Causes inside an InstructorRetryException that mean "the output did not validate".
_OUTPUT_ERRORS: tuple[type[BaseException], ...] = (
    ValidationError,
    InstructorValidationError,
    IncompleteOutputException,
    json.JSONDecodeError,
    ValueError,
)


def translate(exc: BaseException, settings: Settings, stats: CallStats) -> SummarizerError:
    """One clear, actionable error for a failed exchange (an exception of
    :data:`EXCHANGE_ERRORS`); anything else is re-raised as it is. The configured key never
    appears in the message, even when a server echoes it back in its error body."""
    error = _translate(exc, settings, stats)
    key = settings.api_key
    if key and key != NO_KEY and len(key) >= 8 and key in str(error):
        error.args = (str(error).replace(key, "[key redacted]"),)
    return error


def _translate(exc: BaseException, settings: Settings, stats: CallStats) -> SummarizerError:
    if isinstance(exc, SummarizerError):
        return exc
    cause: BaseException = exc
    last_completion = None
    kw: dict[str, Any] = {"attempts": stats.requests, "usage": stats.usage()}
    if isinstance(exc, InstructorRetryException):
        last_completion = exc.last_completion
        inner = exc.__cause__
        if isinstance(inner, openai.BadRequestError) and last_completion is not None:
            # A re-ask grew the conversation past what the endpoint accepts (e.g. the
            # context window): the output could not be fixed, but the last answer stands.
            return ModelOutputError(
                f"the re-asks stopped after {exc.n_attempts} attempt(s): {_short(inner.message)}",
                last_completion=last_completion,
                **kw,
            )
        if isinstance(inner, openai.OpenAIError | MalformedResponseError):
            cause = inner
        elif inner is None or isinstance(inner, _OUTPUT_ERRORS):
            detail = str(inner or exc).strip().splitlines()
            return ModelOutputError(
                f"the model's output did not fit the brief schema after {exc.n_attempts} "
                f"attempt(s): {detail[0] if detail else 'no detail'}; try a stronger model "
                "or a larger timeout",
                last_completion=last_completion,
                settings=("model", "timeout"),
                **kw,
            )
        else:  # not the model's doing: a bug, shown as it is
            raise inner
    host = settings.endpoint_host
    tries = f"after {stats.requests} attempt(s)"
    if isinstance(cause, openai.APITimeoutError):
        return EndpointUnreachableError(
            f"{host} did not answer within {settings.timeout:g} s ({tries}); "
            "raise the timeout or check the server",
            settings=("timeout",),
            **kw,
        )
    if isinstance(cause, openai.APIConnectionError):
        return EndpointUnreachableError(
            f"cannot reach {host} ({tries}): is the server running and is the base URL right?",
            settings=("base_url",),
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
            f"{host} answered 404: check that the base URL ends in /v1 and that model "
            f"{settings.model!r} exists there",
            settings=("base_url", "model"),
            **kw,
        )
    if isinstance(cause, MalformedResponseError):
        return ServerError(f"{host} answered with a body that is not JSON ({tries})", **kw)
    if isinstance(cause, openai.BadRequestError) and _CONTEXT.search(str(cause.message)):
        return InputTooLargeError(
            f"the article and the prompt do not fit the model's context at {host} "
            f"({settings.context_tokens:,} tokens configured): shorten the article or set "
            "context_tokens to what the model serves",
            settings=("context_tokens",),
        )
    if isinstance(cause, openai.APIStatusError):
        message = _short(cause.message)
        return ServerError(f"{host} answered HTTP {cause.status_code} ({tries}): {message}", **kw)
    if isinstance(cause, openai.OpenAIError | IncompleteOutputException):
        return ModelOutputError(
            f"the model call failed: {type(cause).__name__}: {_short(str(cause))}",
            last_completion=last_completion,
            **kw,
        )
    raise cause


def _short(text: str, limit: int = 200) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
