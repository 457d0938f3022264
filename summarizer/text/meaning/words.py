"""Word lists for the meaning rules, written as one string each."""

from __future__ import annotations

__all__ = [
    "AUXILIARIES",
    "DANGLING",
    "DETERMINERS",
    "DETERMINERS_AND_POINTERS",
    "STOP_WORDS",
    "TRAILING",
    "word_set",
]


def word_set(words: str) -> frozenset[str]:
    """ "full empty higher" -> frozenset({"full", "empty", "higher"})."""
    return frozenset(words.split())


# The words that open a noun phrase and say nothing of what it names ("the", "its"), and the
# same with the pointing ones ("this", "these", "those"; "that" is too often a conjunction).
DETERMINERS = word_set("the a an its their his her our")
DETERMINERS_AND_POINTERS = DETERMINERS | word_set("this these those")

# Words a phrase saying what a number measures never ends on: verbs of being and saying,
# prepositions and conjunctions ("are", "to", "according"), ...
STOP_WORDS = word_set(
    "are were is was be been have has had remain remains remained to in on at from for with "
    "by as than of and or that which who according said say says will would could may"
)
# ... auxiliaries ("must", "being") ...
AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "be", "been", "will", "would", "could", "may", "have", "has",
     "had", "to", "should", "might", "can", "must", "shall", "being"}
)  # fmt: skip
# ... words left hanging without their noun ("last", "each") ...
DANGLING = word_set("last next this each every per several few many")
# ... and the words that end the lead-in of an amount without saying what it is ("rose by",
# "to").
# fmt: off
TRAILING = word_set(
    "by to of at from for in on with than about around nearly almost some roughly up as "
    "over under more less at least just only an a the worth another additional further "
    "including excluding"
)
# fmt: on
