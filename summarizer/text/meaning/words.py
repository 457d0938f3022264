"""Word lists for the meaning rules, written as one string each."""

from __future__ import annotations

__all__ = ["word_set"]


def word_set(words: str) -> frozenset[str]:
    """ "full empty higher" -> frozenset({"full", "empty", "higher"})."""
    return frozenset(words.split())
