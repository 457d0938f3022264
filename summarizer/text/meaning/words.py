"""Word lists for the meaning rules, written as one string each."""

from __future__ import annotations

__all__ = ["DETERMINERS", "DETERMINERS_AND_POINTERS", "word_set"]


def word_set(words: str) -> frozenset[str]:
    """ "full empty higher" -> frozenset({"full", "empty", "higher"})."""
    return frozenset(words.split())


# The words that open a noun phrase and say nothing of what it names ("the", "its"), and the
# same with the pointing ones ("this", "these", "those"; "that" is too often a conjunction).
DETERMINERS = word_set("the a an its their his her our")
DETERMINERS_AND_POINTERS = DETERMINERS | word_set("this these those")
