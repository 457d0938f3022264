"""Where a quote stands in the article: exactly, after normalising spaces and quote marks, or
fuzzily (a small model's typos), always as offsets into the text as given."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from summarizer.brief.schema import Alignment, Span

__all__ = ["FUZZY_MIN_CHARS", "FUZZY_THRESHOLD", "align"]

# Fuzzy alignment: a quote of at least 20 characters whose best window in the article scores
# >= 90 (rapidfuzz partial ratio, i.e. at most about one edit in ten characters) stands there.
# That admits a small model's typos, dropped articles and changed punctuation; it refuses a
# paraphrase (test_ground.py pins both). The brief then quotes the article's own words, marked
# "fuzzy", and the values must still occur in them.
FUZZY_THRESHOLD = 90
FUZZY_MIN_CHARS = 20

_QUOTE_CLASSES = {
    "'": "['‘’`´]",
    "‘": "['‘’`´]",
    "’": "['‘’`´]",
    '"': '["“”„]',
    "“": '["“”„]',
    "”": '["“”„]',
}


def align(quote: str, text: str, near: int | None = None) -> tuple[Span, Alignment] | None:
    """Where ``quote`` stands in ``text``: exactly, or after normalising spaces and quote marks.

    With ``near``, an occurrence starting there is preferred over an earlier one.
    """
    quote = quote.strip()
    if not quote:
        return None
    if near is not None and text.startswith(quote, near):
        return Span(start=near, end=near + len(quote)), "exact"
    at = text.find(quote)
    if at >= 0:
        return Span(start=at, end=at + len(quote)), "exact"
    pattern = r"\s+".join(
        "".join(_QUOTE_CLASSES.get(ch, re.escape(ch)) for ch in word) for word in quote.split()
    )
    match = re.search(pattern, text)
    if match:
        return Span(start=match.start(), end=match.end()), "exact"
    if len(quote) < FUZZY_MIN_CHARS:
        return None
    found = fuzz.partial_ratio_alignment(quote, text, score_cutoff=FUZZY_THRESHOLD)
    if found is None:
        return None
    start, end = found.dest_start, found.dest_end
    # Snap inwards to whole words: the best window may start or end inside a word.
    if start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        while start < end and not text[start].isspace():
            start += 1
    if end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        while end > start and not text[end - 1].isspace():
            end -= 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    return Span(start=start, end=end), "fuzzy"
