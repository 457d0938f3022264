"""summarizer: structured, grounded briefs from translated news articles.

>>> from summarizer import summarize
>>> brief = summarize(text, base_url="http://127.0.0.1:8080/v1")  # doctest: +SKIP

The package is laid out as its pipeline (``docs/architecture.md``): ``ingest`` reads articles,
``text`` reads their layout, numbers and sentences, ``llm`` asks the model, ``grounding`` ties
its answer to the article's words, ``brief`` is the published contract; ``api`` puts them
together, and ``batch``, ``evaluation`` and ``cli`` are built on ``api``. What this module
exports (``__all__``, pinned by a test) is the public API; everything else may move.
"""

from summarizer._version import __version__
from summarizer.api import (
    BriefCache,
    BriefResult,
    Summarizer,
    asummarize,
    read_figures,
    summarize,
)
from summarizer.brief.schema import (
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
from summarizer.errors import (
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
from summarizer.ingest.webpage import Document
from summarizer.settings import Settings, resolve_settings

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
    "Document",
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
    "read_figures",
    "resolve_settings",
    "summarize",
]
