"""summarizer: structured, grounded briefs from translated news articles.

>>> from summarizer import summarize
>>> brief = summarize(text, base_url="http://127.0.0.1:8080/v1")  # doctest: +SKIP
"""

from ._version import __version__
from .api import BriefResult, Summarizer, asummarize, summarize
from .cache import BriefCache
from .errors import (
    AuthenticationError,
    BackendError,
    BinaryInputError,
    ConfigError,
    DecodeError,
    EmptyInputError,
    EndpointUnreachableError,
    InputError,
    InputTooLargeError,
    LocalModelError,
    ModelOutputError,
    OutputError,
    PromptError,
    RateLimitedError,
    ServerError,
    SummarizerError,
)
from .models import (
    SCHEMA_VERSION,
    ArticleInfo,
    Brief,
    BriefWarning,
    Caveat,
    Figure,
    Provenance,
    Source,
    Span,
    Uncertainty,
    Usage,
)
from .settings import Settings, resolve_settings

__all__ = [
    "SCHEMA_VERSION",
    "ArticleInfo",
    "AuthenticationError",
    "BackendError",
    "BinaryInputError",
    "Brief",
    "BriefCache",
    "BriefResult",
    "BriefWarning",
    "Caveat",
    "ConfigError",
    "DecodeError",
    "EmptyInputError",
    "EndpointUnreachableError",
    "Figure",
    "InputError",
    "InputTooLargeError",
    "LocalModelError",
    "ModelOutputError",
    "OutputError",
    "PromptError",
    "Provenance",
    "RateLimitedError",
    "ServerError",
    "Settings",
    "Source",
    "Span",
    "Summarizer",
    "SummarizerError",
    "Uncertainty",
    "Usage",
    "__version__",
    "asummarize",
    "resolve_settings",
    "summarize",
]
