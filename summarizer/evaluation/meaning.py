"""Scoring what matched figures mean: who states them, what they measure, in what unit.

For every predicted figure matched to a gold one:

- attribution: the figure's source matches the gold ``attributed_to`` by the sources' fuzzy
  name rule (token-set ratio >= 80, the annotator's notes in parentheses left out); a gold
  figure with no ``attributed_to`` (or "not attributed (reporter)") matches a figure with no
  source; one the gold gives to the outlet itself (a press release's own numbers, the outlet
  compared by the same rule) matches no source or the outlet named;
- ``what``: token-level F1 of content words against the gold ``what``, as reading-
  comprehension benchmarks score short answers (SQuAD), averaged over the matches;
- unit: where the gold has a unit, the same unit once both are normalised (currency codes,
  percent, the counted noun's singular).
"""

from __future__ import annotations

import re
from collections import Counter

from rapidfuzz import fuzz

from summarizer.text.numbers.units import normalise_unit
from summarizer.text.sources.names import name_key

__all__ = [
    "NAME_MATCH",
    "comparable_name",
    "name_similarity",
    "same_source",
    "same_unit",
    "unattributed",
    "what_f1",
]

NAME_MATCH = 80
_UNATTRIBUTED = re.compile(
    r"^\s*(?:not attributed|unattributed|none|no source|n/?a|the outlet|outlet|reporter)\b",
    re.I,
)
# fmt: off
_FUNCTION_WORDS = frozenset([
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "and", "or", "with", "from",
    "as", "is", "was", "were", "are", "be", "been", "that", "which", "its", "their", "his",
    "her", "this", "these", "those", "into", "over", "than", "per",
])
# fmt: on


def unattributed(name: str | None, outlet: str | None = None) -> bool:
    """A gold ``attributed_to`` that names nobody but the outlet: its own figure ("not
    attributed (reporter)", the outlet's name, "article (...)")."""
    if name is None or not name.strip() or _UNATTRIBUTED.match(name):
        return True
    bare = _bare(name).casefold()
    return bare in ("article", "the article") or _is_outlet(name, outlet)


def _is_outlet(name: str, outlet: str | None) -> bool:
    """Whether a gold name is the outlet's own: a press release's "U.S. Department of the
    Treasury" for the outlet "U.S. Department of the Treasury (press release hp-1236)" (the
    outlet's notes in brackets and after its first comma left out), the two names alike as a
    whole (ratio >= 90) or the gold's words, two or more, all the outlet's. Not a name that
    only holds the outlet's ("Bank of England Governor Mark Carney" for "Bank of England")."""
    if not outlet or not outlet.strip():
        return False
    first = comparable_name(outlet.split(",")[0])
    gold = comparable_name(name)
    if not first or not gold:
        return False
    words = set(gold.split())
    return fuzz.ratio(first, gold) >= 90 or (len(words) >= 2 and words <= set(first.split()))


def _bare(name: str) -> str:
    """A gold name without the annotator's notes in parentheses: "GUR official (unnamed)"."""
    return re.sub(r"\s*\([^()]*\)", "", name).strip() or name


def same_source(predicted: str | None, gold: str | None, outlet: str | None = None) -> bool:
    """The figure's source (None: none) is the one the gold names (or both name nobody). A
    figure the gold gives to the outlet itself (a press release's own numbers) is the
    outlet's either way: no source, or the outlet named."""
    if unattributed(gold):
        return predicted is None
    if predicted is None:
        return gold is not None and _is_outlet(gold, outlet)
    if gold is None:
        return False
    return name_similarity(predicted, gold)[0] >= NAME_MATCH


def name_similarity(predicted: str, gold: str) -> tuple[float, float]:
    """(token-set ratio, ratio) of a predicted source name and a gold one, compared as
    :func:`comparable_name` gives them; a predicted name may also be called by the acronym it
    gives in brackets, when that is the whole gold name ("Arab Gulf News Agency (AGNA)" is
    gold "AGNA": in a brief's name the bracket is part of the name, not an annotator's note;
    it is not "AGNA, citing people familiar with the matter"), and the other way round: a
    brief's "UNHCR" is gold "UN High Commissioner for Refugees (UNHCR)" (an acronym in capitals
    is no annotator's note such as "(unnamed)")."""
    target = comparable_name(gold)
    name = comparable_name(predicted)
    scores = [(fuzz.token_set_ratio(name, target), fuzz.ratio(name, target))]
    for acronym in _ACRONYM.findall(predicted):  # the whole gold name, not a word of it
        spelled = fuzz.ratio(acronym.lower(), target)  # ("AGNA"; not "AGNA, citing ...")
        scores.append((spelled, spelled))
    for acronym in _ACRONYM.findall(gold):  # the whole predicted name ("the UNHCR" too)
        spelled = fuzz.ratio(acronym.lower(), name.removeprefix("the "))
        scores.append((spelled, spelled))
    return max(scores)


_ACRONYM = re.compile(r"\(([A-Z][A-Z&]{1,7})\)")


def comparable_name(name: str) -> str:
    """A source name as names are compared: the annotator's notes in parentheses left out,
    casefolded, possessives and punctuation dropped ("Civil Defense Authority (Saudi
    Arabia)" -> "civil defense authority")."""
    return name_key(_bare(name))


def content_words(text: str) -> list[str]:
    """The words ``what`` F1 compares: casefolded, function words left out."""
    words = re.findall(r"[a-z0-9]+(?:[.'][a-z0-9]+)*", text.casefold())
    return [w for w in words if w not in _FUNCTION_WORDS]


def what_f1(predicted: str, gold: str) -> float:
    """Token-level F1 of the content words of ``predicted`` against ``gold``."""
    pred, want = content_words(predicted), content_words(gold)
    if not pred or not want:
        return float(pred == want)
    common = sum((Counter(pred) & Counter(want)).values())
    if not common:
        return 0.0
    precision, recall = common / len(pred), common / len(want)
    return 2 * precision * recall / (precision + recall)


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def same_unit(predicted: str | None, gold: str | None) -> bool:
    """The same unit once normalised; a counted noun compared by the singular of its head
    ("asylum seekers" counts seekers: "seekers" is the same unit; "people killed" counts
    people: a participle after the noun is no head)."""
    p, g = normalise_unit(predicted), normalise_unit(gold)
    if p is None or g is None:
        return p == g
    if p == g:
        return True
    if " per " in p or " per " in g:  # a rate by both its parts: "barrels per day" is
        # "barrel per day", not "tons per day"; "miles per hour" is not "kilometers per hour"
        p_parts, g_parts = p.split(" per ", 1), g.split(" per ", 1)
        return len(p_parts) == len(g_parts) == 2 and all(
            same_unit(a, b) for a, b in zip(p_parts, g_parts, strict=True)
        )
    return _singular(_head(p)) == _singular(_head(g))


def _head(unit: str) -> str:
    """The head noun of a unit: its last word, or the word before a participle that ends it
    ("people killed", "rebels wounded")."""
    words = unit.split()
    if len(words) > 1 and re.fullmatch(r"[a-z]+ed", words[-1]):
        return words[-2]
    return words[-1]
