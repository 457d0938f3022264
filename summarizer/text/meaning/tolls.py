"""What a toll counts, read off the conventions of disaster reporting (no model).

- "a mudslide which left six people dead", "left thousands dead": people killed, by the noun
  the "which" clause is said of;
- a toll the headline gives too ("At least 107 killed in Mecca crane collapse", then
  "..., killing 107") happened where the headline says: people killed in Mecca crane
  collapse.
"""

from __future__ import annotations

import re

__all__ = ["headline_event", "left_dead"]

_WORD = re.compile(r"[\w'’-]+")
_LEFT = re.compile(
    r"(?:\b(?P<cause>[a-z][a-z-]+)(?:\s+(?:yesterday|today|last\s+\w+|on\s+\w+day))?,?\s+"
    r"(?:which|that)\s+(?:has\s+|had\s+)?)?\bleft\s+$"
)
_LEFT_AS = {
    "dead": "killed", "injured": "injured", "wounded": "wounded", "homeless": "left homeless"
}  # fmt: skip
_HEADLINE_TOLL = re.compile(
    r"(?P<number>\d[\d,]*)\s+(?:people\s+)?(?:killed|dead|die|died|injured|wounded|hurt)\s+"
    r"(?P<how>in|by|after)\s+(?P<event>[^,.;:!?]+?)\s*$",
    re.I,
)
_HEADLINE_REACH = 300


def left_dead(text: str, start: int, phrase: list[str]) -> str | None:
    """ "which left six people dead" -> people killed by the noun the clause is of; None
    when no "left" stands before the count at ``start`` (``phrase``: the words it counts)."""
    if not phrase:
        return None
    state = phrase[-1].lower() if phrase[-1].lower() in _LEFT_AS else None
    if state is None:
        rest = _WORD.findall(text[start : start + 80])
        state = next((w.lower() for w in rest[1:5] if w.lower() in _LEFT_AS), None)
    left = _LEFT.search(text[max(0, start - 80) : start])
    if left is None or state is None:
        return None
    cause = left.group("cause")
    return f"people {_LEFT_AS[state]}" + (f" by {cause}" if cause else "")


def headline_event(text: str, value: float | None) -> str:
    """ " in Mecca crane collapse": where a toll of ``value`` happened, when the headline
    gives the same toll ("At least 107 killed in Mecca crane collapse"); "" otherwise."""
    headline = text[:_HEADLINE_REACH].lstrip().split("\n", 1)[0]
    toll = _HEADLINE_TOLL.search(headline)
    if toll is None or value is None or float(toll.group("number").replace(",", "")) != value:
        return ""
    return f" {toll.group('how').lower()} {toll.group('event')}"
