"""Heights and lengths in feet and inches, read as one figure: "5 feet 2 inches", "6 ft 2 in",
"5 feet and 2 inches", "a 6-foot-2 forward" (5.17 and 6.17 feet), as English writes a
height; the inches are not a second figure. Metric tons are tonnes (and so are the tons after
them); "sq km" is km2."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from summarizer.text.numbers.mentions import Mention

__all__ = ["join_feet_inches", "measure_after"]

# Measures of two words the meaning reader would read by their last word ("16,000 metric
# tons" are tonnes, not tons) or not at all ("40 sq km"): the unit as a brief writes it.
_TWO_WORDS = re.compile(
    r"\s(?:(?P<tonnes>metric\s+(?:tons?|tonnes?))|sq\.?\s?(?P<sq>km|m|mi|ft))\b", re.I
)
_SQUARE = {"km": "km2", "m": "m2", "mi": "square miles", "ft": "square feet"}
# Tons after the article has said metric tons are metric too: "33,000 metric tons of maize ...
# 16,940 tons of food for Malawi" (news names the kind once).
_TONS = re.compile(r"\stons?\b", re.I)
_METRIC_TONS = re.compile(r"\bmetric\s+tons?\b", re.I)


@lru_cache(maxsize=8)
def _first_metric_tons(text: str) -> int:
    """Where the text first says "metric tons" (its length when it never does)."""
    m = _METRIC_TONS.search(text)
    return m.start() if m else len(text)


# The inch mark: 'a 13" laptop', "a 10″ pizza"; a straight quote only when it opens no
# quotation (an even count of them before it in the paragraph), so '"We need 10"' is a quote.
_INCH_MARK = re.compile(r'\s?(?P<mark>["″])(?!\w)')


def measure_after(text: str, end: int) -> str | None:
    """The unit written right after a number ending at ``end`` that the meaning reader
    cannot read: two words ("metric tons", "sq km") or the inch mark; None otherwise."""
    m = _TWO_WORDS.match(text, end)
    if m is not None:
        return "tonnes" if m.group("tonnes") else _SQUARE[m.group("sq").lower()]
    if (
        _TONS.match(text, end)
        and _first_metric_tons(text) < end
        and not _METRIC_TONS.search(text, end, end + 60)  # ("5,000 tons, or 4,535 metric tons")
    ):
        return "tonnes"
    mark = _INCH_MARK.match(text, end)
    if mark is None:
        return None
    paragraph = text[text.rfind("\n", 0, end) + 1 : end]
    return "inches" if mark.group("mark") == "″" or paragraph.count('"') % 2 == 0 else None


_FEET = re.compile(r"\s?(?:feet|foot|ft\.?)\s+(?:and\s+)?|-foot-", re.I)
_INCHES = re.compile(
    r"\s?(?:inches|inch|in\.?)(?![\w-])(?!\s+(?:the|a|an|his|her|their|its|my|our)\b)|"
    r"(?=[\s,.;:)!?]|$)",
    re.I,
)


def join_feet_inches(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each length in feet and inches read as one, in feet; in order."""
    out = list(mentions)
    i = 0
    while i + 1 < len(out):
        feet, inches = out[i], out[i + 1]
        gap = _FEET.fullmatch(text, feet.end, inches.start)
        after = _INCHES.match(text, inches.end)
        if (
            gap is not None
            and after is not None
            and (after.group(0) or gap.group(0) == "-foot-")  # "6-foot-2" needs no "inches"
            and feet.is_figure
            and (inches.is_figure or gap.group(0) == "-foot-")  # "-2" reads as a name's
            and feet.value_low == feet.value_high
            and inches.value_low == inches.value_high
            and 0 <= inches.value_low < 12
            and inches.unit_hint is None
        ):
            end = after.end()
            value = feet.value_low + inches.value_low / 12
            out[i : i + 2] = [
                replace(
                    feet,
                    end=end,
                    text=text[feet.start : end],
                    value_low=value,
                    value_high=value,
                    unit_hint="feet",
                )
            ]
        i += 1
    return out
