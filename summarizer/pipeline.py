"""The steps around the model call: check the input before, assemble the brief after.

Shared by the sync and async APIs so both produce the same brief from the same exchange.
"""

from __future__ import annotations

import hashlib
import re

from ._version import __version__
from .backend import CallStats
from .checks import rule_caveats, rule_uncertainties
from .clean import Layout
from .errors import EmptyInputError, InputError, InputTooLargeError
from .extract import Extraction
from .ground import ground, uncovered, unsupported_numbers
from .models import (
    SCHEMA_VERSION,
    ArticleInfo,
    Brief,
    BriefWarning,
    Figure,
    Provenance,
    Span,
    Usage,
)
from .prompts import PromptSet
from .settings import Settings

__all__ = ["article_info", "assemble", "check_input", "estimate_tokens"]

_LANGUAGE = re.compile(
    r"(?:originally (?:written|published) in|translated from(?: the)?)\s+([A-Z][a-z]+)"
)

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


def article_info(text: str, lay: Layout) -> ArticleInfo:
    """What the layout tells about the article: title, byline, translation disclosure."""
    note = lay.translation_note.text.strip() if lay.translation_note else None
    language = _LANGUAGE.search(note) if note else None
    return ArticleInfo(
        title=lay.title.text.strip() if lay.title else None,
        byline=lay.byline,
        language_of_origin=language.group(1) if language else None,
        translation_note=note,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        chars=len(text),
    )


def _uncovered(text: str, lay: Layout, figures: list[Figure]) -> list[BriefWarning]:
    """Numbers the scan found that no figure of the brief covers."""
    return [
        BriefWarning(
            code="uncovered_number",
            message=f"the article states {m.text!r} but no figure covers it",
            span=Span(start=m.start, end=m.end),
        )
        for m in uncovered(text, lay, figures)
    ]


def assemble(
    text: str,
    extraction: Extraction,
    *,
    layout: Layout,
    settings: Settings,
    model: str,
    prompts: PromptSet,
    stats: CallStats,
    seconds: float,
    strategy: str,
    step_warnings: list[BriefWarning] | None = None,
) -> Brief:
    """Ground the draft against ``text`` and wrap it with article info and provenance."""
    draft = extraction.draft
    grounded = ground(draft, text, extraction.anchors)
    info = article_info(text, layout)
    warnings = [*(step_warnings or []), *extraction.warnings, *grounded.warnings]
    warnings += _uncovered(text, layout, grounded.figures)
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
        caveats=[*grounded.caveats, *rule_caveats(grounded, info, text)],
        uncertainties=[*grounded.uncertainties, *rule_uncertainties(text, grounded.figures)],
        article=info,
        provenance=Provenance(
            summarizer_version=__version__,
            model=model,
            endpoint_host=settings.endpoint_host,
            instructor_mode=settings.resolved_mode,
            strategy=strategy,
            prompt_set=prompts.name,
            prompt_sha256=prompts.sha256,
            schema_version=SCHEMA_VERSION,
            seconds=round(seconds, 3),
            attempts=stats.requests,
            usage=Usage(**stats.usage()),
        ),
        warnings=warnings,
    )
