"""Heights and lengths in feet and inches, read as one figure: "5 feet 2 inches", "6 ft 2 in",
"5 feet and 2 inches", "a 6-foot-2 forward" (5.17 and 6.17 feet), as English writes a
height; the inches are not a second figure."""

from __future__ import annotations

import re
from dataclasses import replace

from summarizer.text.mentions import Mention

__all__ = ["join_feet_inches"]

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
