"""A whole number and a fraction, read as one number: "five and a quarter" is 5.25, "forty-two
and a third" 42.33, "3 million and a half" 3.5 million, "one billion and a half million"
1,000,500,000. ("two and a half" is read with the words, ``spoken``.) A fraction after a
million, billion or trillion is a fraction of it, as English says it; after a smaller number
it is a fraction of one ("one hundred and three quarters" is 100.75)."""

from __future__ import annotations

import re
from dataclasses import replace

from summarizer.text.numbers.mentions import Mention

__all__ = ["FRACTION_AFTER", "join_mixed"]

_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
               "seven": 7, "eight": 8, "nine": 9}  # fmt: skip
_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7,
    "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip
_BIG = {"million": 1e6, "billion": 1e9, "trillion": 1e12}
FRACTION_AFTER = re.compile(
    rf"\s+and\s+(?P<num>{'|'.join(_NUMERATORS)})[\s-]+(?P<den>{'|'.join(_DENOMINATORS)})\b"
    r"(?:\s+(?P<scale>million|billion|trillion)\b)?",
    re.I,
)


# What may follow "five and a quarter": the end of a clause, "of", a percent, or a plural
# ("miles", "hours"); not a singular noun, where the fraction is an ordinal ("two and a third
# man fled", "won 3 and a fourth title").
_THEN = re.compile(r"\s*(?:$|[.,;:!?)\"”’]|of\b|per ?cent\b|%|[A-Za-z]+s\b)", re.I)


def join_mixed(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each whole number and the fraction after it read as one; in order."""
    out: list[Mention] = []
    skip_to = -1
    for mention in mentions:
        if mention.start < skip_to:
            continue  # the fraction read alone ("two thirds" as a share): now part of a number
        after = FRACTION_AFTER.match(text, mention.end)
        if (
            after is None
            or not _THEN.match(text, after.end())
            or not mention.is_figure
            or mention.unit_hint is not None
            or mention.value_low != mention.value_high
        ):
            out.append(mention)
            continue
        part = _NUMERATORS[after.group("num").lower()] / _DENOMINATORS[after.group("den").lower()]
        last = mention.text.split()[-1].lower() if mention.text.split() else ""
        scale = after.group("scale") or (last if last in _BIG else "")
        value = mention.value_low + part * _BIG.get(scale.lower(), 1.0)
        end = after.end()
        out.append(replace(mention, end=end, text=text[mention.start : end], value_low=value,
                           value_high=value))  # fmt: skip
        skip_to = end
    return out
