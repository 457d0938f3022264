"""Transport retries: one policy, tenacity, for sync and async calls alike.

Retried: HTTP 408, 409, 429 and 5xx, timeouts, refused or reset connections, and a 200 whose
body is not JSON. The wait is the
server's ``Retry-After`` (or ``retry-after-ms``) when it sends one, capped at ``max_wait``;
otherwise exponential backoff with jitter. The openai SDK's own retries are switched off
(``max_retries=0``), so this is the only transport policy. Output re-asks (validation errors)
are instructor's business and never stacked on top of these.
"""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import openai
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    wait_random_exponential,
)

__all__ = [
    "MalformedResponseError",
    "async_retrying",
    "is_transient",
    "retry_after_seconds",
    "sync_retrying",
]

log = logging.getLogger("summarizer")

RETRYABLE_STATUS = frozenset({408, 409, 429})


class MalformedResponseError(Exception):
    """The endpoint answered 200 with a body that is not JSON (a proxy's error page, a
    truncated answer): a transport fault, retried like a 5xx."""


def is_transient(exc: BaseException) -> bool:
    """True for errors worth sending the same request again."""
    if isinstance(exc, MalformedResponseError):
        return True
    if isinstance(exc, openai.APIConnectionError):  # includes APITimeoutError
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in RETRYABLE_STATUS or exc.status_code >= 500
    return False


def retry_after_seconds(exc: BaseException | None) -> float | None:
    """The wait a server asked for in ``retry-after-ms`` or ``Retry-After``, if any."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            return max(0.0, float(millis) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        when = email.utils.parsedate_to_datetime(value) if value.strip() else None
        if when is None:
            return None
        return max(0.0, when.timestamp() - time.time())


class _Wait:
    """Retry-After when the server gives it, else exponential backoff with jitter."""

    def __init__(self, max_wait: float) -> None:
        self.max_wait = max_wait
        self.backoff = wait_random_exponential(multiplier=0.5, max=max_wait)

    def __call__(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        asked = retry_after_seconds(exc)
        if asked is not None:
            return min(asked, self.max_wait)
        return float(self.backoff(state))


def _log_retry(state: RetryCallState) -> None:
    exc = state.outcome.exception() if state.outcome else None
    wait = state.next_action.sleep if state.next_action else 0.0
    log.warning(
        "transport error (%s); retry %d in %.1f s", _describe(exc), state.attempt_number, wait
    )


def _describe(exc: BaseException | None) -> str:
    if isinstance(exc, openai.APIStatusError):
        return f"HTTP {exc.status_code}"
    if isinstance(exc, MalformedResponseError):
        return "a body that is not JSON"
    return type(exc).__name__ if exc else "unknown"


def _policy(attempts: int, max_wait: float) -> dict[str, Any]:
    return {
        "stop": stop_after_attempt(max(1, attempts)),
        "wait": _Wait(max_wait),
        "retry": retry_if_exception(is_transient),
        "before_sleep": _log_retry,
        "reraise": True,
    }


def sync_retrying(
    attempts: int, max_wait: float, sleep: Callable[[float], None] | None = None
) -> Retrying:
    """A tenacity ``Retrying`` for blocking calls (``attempts`` counts the first try)."""
    extra: dict[str, Any] = {"sleep": sleep} if sleep else {}
    return Retrying(**_policy(attempts, max_wait), **extra)


def async_retrying(
    attempts: int, max_wait: float, sleep: Callable[[float], Awaitable[None]] | None = None
) -> AsyncRetrying:
    """A tenacity ``AsyncRetrying`` with the same policy as :func:`sync_retrying`."""
    extra: dict[str, Any] = {"sleep": sleep} if sleep else {}
    return AsyncRetrying(**_policy(attempts, max_wait), **extra)
