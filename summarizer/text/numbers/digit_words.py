"""Digits mixed with scale words in one number: "3 hundred and 21" is 321, "4 thousand 3
hundred" 4,300, "6 crore and 200" 60,000,200 — the way a number is said, written with digits
for its parts (transcripts, translations). A part is added only when it is smaller than the
scale before it (after a million, a thousand or more: "5 million 3 of them" is two numbers);
the unit written after the last part is the number's ("3 hundred and 21 yuan")."""

from __future__ import annotations

import re
from dataclasses import replace

from summarizer.text.numbers.mentions import SCALES, Mention

__all__ = ["join_scaled_parts"]

_GAP = re.compile(r"\s+(?:and\s+)?", re.I)
_LAST_SCALE = re.compile(r"(?:^|[\s\d-])(hundred|thousand|million|billion|lakhs?|crores?)$", re.I)


def join_scaled_parts(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with "4 thousand 3 hundred and 21" read as one number; in order."""
    out = list(mentions)
    i = 0
    while i + 1 < len(out):
        whole, part = out[i], out[i + 1]
        scale = _LAST_SCALE.search(whole.text)
        if (
            scale is not None
            and re.search(r"\d", whole.text)
            and whole.is_figure
            and part.is_figure
            and whole.unit_hint is None
            and whole.value_low == whole.value_high
            and part.value_low == part.value_high
            and 0 < part.value_low < SCALES[scale.group(1).lower()]
            and (SCALES[scale.group(1).lower()] < 1e6 or part.value_low >= 1000)
            and part.qualifier == "exact"
            and _GAP.fullmatch(text, whole.end, part.start)
        ):
            value = whole.value_low + part.value_low
            out[i : i + 2] = [
                replace(whole, end=part.end, text=text[whole.start : part.end],
                        value_low=value, value_high=value, unit_hint=part.unit_hint)
            ]  # fmt: skip
            continue  # "4 thousand 3 hundred" may go on: "and 21"
        i += 1
    return out
