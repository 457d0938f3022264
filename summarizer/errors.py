"""The one exception hierarchy of summarizer.

Every error the library raises on purpose is a :class:`SummarizerError`; its message is one
line that says what went wrong and what to do about it. The CLI prints that line and exits
non-zero; library users catch the class they care about::

    SummarizerError
    ├── InputError                 the article cannot be used as given
    │   ├── EmptyInputError        empty or whitespace-only text
    │   ├── BinaryInputError       bytes that are not text (NULs, control bytes)
    │   ├── DecodeError            text in no encoding we can detect
    │   └── InputTooLargeError     over the byte limit or the model's context budget
    ├── ConfigError                settings that cannot work (unknown mode, missing endpoint)
    ├── PromptError                a prompt template is missing, unsafe or fails to render
    ├── LocalModelError            the embedded model: extra missing, file refused, server down
    ├── OutputError                a batch's output cannot be written (disk full, no permission)
    └── BackendError               talking to the model endpoint failed
        ├── EndpointUnreachableError   connection refused, DNS failure, timeouts after retries
        ├── AuthenticationError        the endpoint refused the key (401/403)
        ├── RateLimitedError           429 after every transport retry
        ├── ServerError                5xx or another HTTP error after every transport retry
        └── ModelOutputError           the model's output never validated (after re-asks)

Errors that come from another library are wrapped with ``raise ... from e`` so the original
stays available as ``__cause__``. Anything else (a ``TypeError`` in the toolkit's own code, say)
is a bug and propagates as it is: it is never turned into one of these.

Messages name settings as the library knows them (``timeout``, ``SUMMARIZER_TIMEOUT``), never a
command-line flag; ``settings`` lists the settings that would fix the problem, so the CLI can
add its own flags to the line it prints.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "AuthenticationError",
    "BackendError",
    "BinaryInputError",
    "ConfigError",
    "DecodeError",
    "EmptyInputError",
    "EndpointUnreachableError",
    "InputError",
    "InputTooLargeError",
    "LocalModelError",
    "ModelOutputError",
    "OutputError",
    "PromptError",
    "RateLimitedError",
    "ServerError",
    "SummarizerError",
]


class SummarizerError(Exception):
    """Base class of every error summarizer raises on purpose.

    ``settings`` names the :class:`~summarizer.settings.Settings` fields (or other options,
    such as ``"prompts"``) whose change would fix the problem.
    """

    def __init__(self, message: str, *, settings: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.settings = settings


class InputError(SummarizerError):
    """The article cannot be used as given."""


class EmptyInputError(InputError):
    """The article is empty or holds only whitespace."""


class BinaryInputError(InputError):
    """The input is binary data, not text."""


class DecodeError(InputError):
    """The input bytes could not be decoded as text."""


class InputTooLargeError(InputError):
    """The input is over the byte limit or the model's context budget."""


class ConfigError(SummarizerError):
    """The settings cannot work."""


class PromptError(SummarizerError):
    """A prompt template is missing, unsafe or fails to render."""


class LocalModelError(SummarizerError):
    """The embedded model cannot run: extra not installed, file refused, or server failed."""


class OutputError(SummarizerError):
    """A batch's output cannot be written (disk full, no permission)."""


class BackendError(SummarizerError):
    """Talking to the model endpoint failed.

    ``attempts`` counts the requests made (transport retries and re-asks included) and
    ``usage`` holds the tokens they spent, so a caller can account for a failed call too.
    """

    def __init__(
        self,
        message: str,
        *,
        attempts: int = 0,
        usage: dict[str, int] | None = None,
        last_completion: Any = None,
        settings: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message, settings=settings)
        self.attempts = attempts
        self.usage = usage or {}
        self.last_completion = last_completion


class EndpointUnreachableError(BackendError):
    """No answer from the endpoint: connection refused, name not resolved, or timed out."""


class AuthenticationError(BackendError):
    """The endpoint refused the API key."""


class RateLimitedError(BackendError):
    """The endpoint kept answering 429 after every transport retry."""


class ServerError(BackendError):
    """The endpoint kept answering 5xx (or another HTTP error) after every transport retry."""


class ModelOutputError(BackendError):
    """The model's output did not validate, even after the bounded re-asks."""
