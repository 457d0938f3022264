"""What a number counts and in what unit, read off the words around it (no model).

A first, deliberately plain reading: the words that follow the number up to a function word
("8,000 troops remain" counts "troops"). Good enough for counted nouns; it does not yet say
what a change, a conversion or a bare amount measures.
"""

from __future__ import annotations

import re

from summarizer.text.quantities import Mention

__all__ = ["STOP_WORDS", "figure_unit", "figure_what"]

STOP_WORDS = frozenset(
    [
        "are",
        "were",
        "is",
        "was",
        "be",
        "been",
        "have",
        "has",
        "had",
        "remain",
        "remains",
        "remained",
        "to",
        "in",
        "on",
        "at",
        "from",
        "for",
        "with",
        "by",
        "as",
        "than",
        "of",
        "and",
        "or",
        "that",
        "which",
        "who",
        "according",
        "said",
        "say",
        "says",
        "will",
        "would",
        "could",
        "may",
    ]
)


def figure_what(text: str, mention: Mention, quote: str) -> str:
    """What a number counts, read off the words that follow it ("troops", "coffins")."""
    tail = re.split(r"[,.;:!?()\n—–]", text[mention.end : mention.end + 80])[0]
    words: list[str] = []
    for word in tail.split():
        if word.lower() in STOP_WORDS:
            break
        words.append(word)
        if len(words) == 5:
            break
    if words:
        return " ".join(words)
    return " ".join(quote.split())[:100]


def figure_unit(text: str, mention: Mention) -> str | None:
    if mention.unit_hint:
        return mention.unit_hint
    after = re.match(r"\s*(?:[A-Z][\w’'-]*\s+){0,3}([a-z]+)", text[mention.end : mention.end + 60])
    if after and after.group(1) not in STOP_WORDS:
        return after.group(1)
    return None
