"""Whether an article can be sent to the model at all: a string, with text, within the context."""

from __future__ import annotations

from summarizer.errors import EmptyInputError, InputError, InputTooLargeError
from summarizer.settings import Settings

__all__ = ["PROMPT_OVERHEAD_TOKENS", "check_input", "estimate_tokens"]

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
            "a larger context (context_tokens)",
            settings=("context_tokens",),
        )
    return text
