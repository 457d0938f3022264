"""A number bounded from both sides is a range: "more than 10 and less than 40", "aged over
18 and under 65", "at most 100 and at least 20", "greater than 30 and less than or equal to
40" read as 10-40, 18-65, 20-100 and 30-40, the way English states an interval in words."""

from __future__ import annotations

import re
from dataclasses import replace

from summarizer.text.numbers.mentions import Mention

__all__ = ["join_bounds"]

_MORE = r"(?:more|greater|larger|higher|bigger)"
_LESS = r"(?:less|fewer|smaller|lower)"
# One pattern, leftmost first: "no more than 50" is an upper bound, not "more than 50".
_BOUND = re.compile(
    r"\b(?:(?P<upper>(?:no|not)\s+more\s+than|at\s+most|up\s+to|"
    rf"{_LESS}\s+than(?:\s+or\s+equal\s+to)?|{_LESS}\s+or\s+equal\s+(?:to|than)|below|under)|"
    r"(?P<lower>(?:no|not)\s+(?:less|fewer)\s+than|at\s+least|in\s+excess\s+of|"
    rf"{_MORE}\s+than(?:\s+or\s+equal\s+to)?|{_MORE}\s+or\s+equal\s+(?:to|than)|above|over))"
    r"\s*$",
    re.I,
)
# The words before the number inside a mention's span: its qualifier ("more than ").
_LEAD = re.compile(
    r"[^\d]*?(?=[\d$€£¥₩₹-]|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b)",
    re.I,
)
_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?:and|but)\s+)?", re.I)


def _bound(text: str, mention: Mention) -> tuple[str, int] | None:
    """The side a comparison bounds ``mention`` from ("lower"/"upper") and where the
    comparison starts; the qualifier may be in the mention's span or just before it."""
    head = len(mention.text) - len(mention.text.lstrip())
    lead = _LEAD.match(mention.text, head)
    number_at = mention.start + (lead.end() if lead else head)
    match = _BOUND.search(text, max(0, number_at - 40), number_at)
    if match is None:
        return None
    return ("upper" if match.group("upper") else "lower"), match.start()


def join_bounds(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each number bounded from below and from above read as one range."""
    out = list(mentions)
    i = 0
    while i + 1 < len(out):
        first, second = out[i], out[i + 1]
        if not (first.is_figure and second.is_figure):
            i += 1
            continue
        one, two = _bound(text, first), _bound(text, second)
        if (
            one is not None
            and two is not None
            and one[0] != two[0]
            and first.is_figure
            and second.is_figure
            and first.value_low == first.value_high
            and second.value_low == second.value_high
            and first.unit_hint in (None, second.unit_hint)
            and _JOIN.fullmatch(text, first.end, two[1])
        ):
            low, high = sorted((first.value_low, second.value_low))
            if low < high and (one[0] == "lower") == (first.value_low == low):
                start = min(one[1], first.start)
                unit = first.unit_hint or second.unit_hint
                out[i : i + 2] = [
                    replace(first, start=start, end=second.end, text=text[start : second.end],
                            value_low=low, value_high=high, qualifier="range", unit_hint=unit)
                ]  # fmt: skip
        i += 1
    return out
