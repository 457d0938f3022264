"""Whether an article can be summarized at all, and how much of it one request may hold.

An article longer than one request can hold is not refused: it is read in windows
(:mod:`summarizer.text.windows`). Only the hard input cap (``max_input_bytes``) refuses.
"""

from __future__ import annotations

from summarizer.errors import EmptyInputError, InputError, InputTooLargeError
from summarizer.settings import Settings

__all__ = ["PROMPT_OVERHEAD_TOKENS", "check_input", "input_budget"]

# Room kept for the instructions and the tool schema around the article.
PROMPT_OVERHEAD_TOKENS = 900


def input_budget(settings: Settings) -> int:
    """Tokens of article one request may hold: the context less the answer and the prompt."""
    return settings.context_tokens - settings.max_output_tokens - PROMPT_OVERHEAD_TOKENS


def check_input(text: object, settings: Settings) -> str:
    """The article text if it can be summarized with ``settings``; an InputError if not."""
    if not isinstance(text, str):
        raise InputError(f"the article must be str, got {type(text).__name__}")
    if not text.strip():
        raise EmptyInputError("the article is empty: give an article with some text")
    size = len(text.encode("utf-8", errors="surrogatepass"))
    if size > settings.max_input_bytes:
        raise InputTooLargeError(
            f"the article is {size:,} bytes, over the {settings.max_input_bytes:,}-byte limit: "
            "pass one article at a time, or raise the limit (max_input_bytes)",
            settings=("max_input_bytes",),
        )
    if input_budget(settings) < 200:
        raise InputTooLargeError(
            f"the model's context ({settings.context_tokens:,} tokens) leaves "
            f"{input_budget(settings):,} for the article after the answer "
            f"({settings.max_output_tokens:,}) and the instructions: give the real context "
            "(context_tokens) or a smaller answer budget (max_output_tokens)",
            settings=("context_tokens", "max_output_tokens"),
        )
    return text
