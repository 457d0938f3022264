"""The steps around the model call: check the input before, assemble the brief after.

Shared by the sync and async APIs so both produce the same brief from the same exchange.
"""

from __future__ import annotations

import hashlib

from ._version import __version__
from .backend import CallStats
from .drafts import BriefDraft
from .errors import EmptyInputError, InputError, InputTooLargeError
from .ground import ground, unsupported_numbers
from .models import SCHEMA_VERSION, ArticleInfo, Brief, BriefWarning, Provenance, Usage
from .prompts import PromptSet
from .settings import Settings

__all__ = ["assemble", "check_input", "estimate_tokens"]

# Room kept for the instructions and the tool schema around the article.
PROMPT_OVERHEAD_TOKENS = 900


def estimate_tokens(text: str) -> int:
    """A deliberately high estimate of the tokens ``text`` takes (no tokenizer needed).

    English runs near four characters a token; three is used to stay on the safe side.
    Characters outside ASCII (CJK, Cyrillic) are counted one token each.
    """
    ascii_chars = sum(1 for ch in text if ord(ch) < 128)
    return ascii_chars // 3 + (len(text) - ascii_chars) + 1


def check_input(text: object, settings: Settings) -> str:
    """The article text if it can be summarized with ``settings``; an InputError if not."""
    if not isinstance(text, str):
        raise InputError(f"the article must be str, got {type(text).__name__}")
    if not text.strip():
        raise EmptyInputError("the article is empty: give an article with some text")
    budget = settings.context_tokens - settings.max_output_tokens - PROMPT_OVERHEAD_TOKENS
    needed = estimate_tokens(text)
    if needed > budget:
        raise InputTooLargeError(
            f"the article needs about {needed:,} tokens but the model's context leaves "
            f"{budget:,} ({settings.context_tokens:,} in all): shorten it or use a model with "
            "a larger context (--context-tokens)"
        )
    return text


def assemble(
    text: str,
    draft: BriefDraft,
    *,
    settings: Settings,
    model: str,
    prompts: PromptSet,
    stats: CallStats,
    seconds: float,
) -> Brief:
    """Ground the draft against ``text`` and wrap it with article info and provenance."""
    grounded = ground(draft, text)
    warnings = list(grounded.warnings)
    prose = {"headline": draft.headline, "summary": draft.summary}
    prose.update({f"key_points[{i}]": p for i, p in enumerate(draft.key_points)})
    for where, words in prose.items():
        for number in unsupported_numbers(words, text):
            warnings.append(
                BriefWarning(
                    code="unsupported_number",
                    message=f"{where} gives the number {number!r}, which the article does not",
                )
            )
    return Brief(
        schema_version=SCHEMA_VERSION,
        headline=draft.headline.strip(),
        summary=draft.summary.strip(),
        key_points=[p.strip() for p in draft.key_points if p.strip()],
        figures=grounded.figures,
        sources=grounded.sources,
        uncertainties=grounded.uncertainties,
        caveats=grounded.caveats,
        article=ArticleInfo(
            sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            chars=len(text),
        ),
        provenance=Provenance(
            summarizer_version=__version__,
            model=model,
            endpoint_host=settings.endpoint_host,
            instructor_mode=settings.resolved_mode,
            strategy=settings.strategy,
            prompt_set=prompts.name,
            prompt_sha256=prompts.sha256,
            schema_version=SCHEMA_VERSION,
            seconds=round(seconds, 3),
            attempts=stats.requests,
            usage=Usage(**stats.usage()),
        ),
        warnings=warnings,
    )
