"""Numbers written in digits, as they occur in a piece of text.

A first, conservative reader: digits with thousands separators and decimals, followed by an
optional scale word ("300 billion" is 3e11). Each mention yields its plain value and, when a
scale word follows, the scaled value too, so a figure given either way is recognised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["NumberMention", "find_numbers", "values_in"]

_SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bln": 1e9,
    "trillion": 1e12,
}
_MENTION = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<scale>thousand|million|mln|billion|bln|trillion)\b)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NumberMention:
    """A number in the text: its value(s) and where it stands."""

    value: float
    scaled: float | None
    start: int
    end: int

    @property
    def values(self) -> tuple[float, ...]:
        return (self.value,) if self.scaled is None else (self.value, self.scaled)


def find_numbers(text: str) -> list[NumberMention]:
    """Every number written in digits in ``text``, in order."""
    found = []
    for m in _MENTION.finditer(text):
        value = float(m.group("num").replace(",", ""))
        scale = m.group("scale")
        scaled = value * _SCALES[scale.lower()] if scale else None
        found.append(NumberMention(value, scaled, m.start(), m.end()))
    return found


def values_in(text: str) -> set[float]:
    """All values (plain and scaled) of the numbers in ``text``."""
    return {v for mention in find_numbers(text) for v in mention.values}


def same_number(a: float, b: float) -> bool:
    """Equal within rounding of the text (0.05 % relative, or 1e-9 absolute)."""
    return abs(a - b) <= max(1e-9, 0.0005 * max(abs(a), abs(b)))
