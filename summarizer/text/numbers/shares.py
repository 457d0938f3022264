"""Fractions in words: a share of something, or a fraction of a unit.

- A fraction of something is a share, in percent, the way a brief states one: "a quarter of
  its value", "two-thirds", "half of that amount", "one in five", "three out of ten" are 25,
  66.67, 50, 20 and 30 percent.
- A fraction of a scale or of a percentage point is that much of it: "half a million" is
  500,000, "a quarter of a billion" 250,000,000, "half a percentage point" and "a
  quarter-point cut" 0.5 and 0.25 percentage points; and so is a fraction of one percent:
  "half a percent" and "a fifth of a percent" are 0.5 and 0.2 percent.
"""

from __future__ import annotations

import re

from summarizer.text.numbers.mentions import qualifier_before
from summarizer.text.numbers.spoken import spoken_numbers
from summarizer.text.numbers.units import PERCENT, POINTS

__all__ = ["fractions", "one_in"]

_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7,
    "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip
_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
               "seven": 7, "eight": 8, "nine": 9}  # fmt: skip
_FRACTION = re.compile(
    r"\b(?:(?P<num>a|an|one|two|three|four|five|six|seven|eight|nine)(?P<sep>[\s-]+))?"
    r"(?P<den>halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|"
    r"ninths?|tenths?)\b(?P<of>\s+of\b)?",
    re.I,
)
# What follows a fraction of a unit: "half a million", "a quarter of a percentage point",
# "three-quarters of a billion", "a quarter million", "a half-point cut", "a fifth of a
# percent".
_OF_UNIT = re.compile(
    r"(?:\s+of)?\s+an?\s+(?P<unit>hundred|thousand|million|billion|trillion|"
    r"percentage[\s-]points?)\b|"
    r"(?:\s+of)?\s+an?\s+(?P<pct>percent|per\s+cent)\b|"
    r"\s+(?P<scale>million|billion|trillion)\b|"
    r"[\s-](?P<point>(?:percentage[\s-])?points?)\b",
    re.I,
)
_UNIT_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9,
                "trillion": 1e12}  # fmt: skip
_ONE_IN = re.compile(
    r"\b(?P<k>one|two|three|four|five|six|seven|eight|nine|\d{1,2}) (?:in|out of) "
    r"(?P<n>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|"
    r"four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}(?:,\d{3})*)"
    r"(?:\s+(?P<scale>hundred|thousand|million)(?!s))?\b"
    r"(?![\s-]+(?:(?:hundred|thousand|million|billion|dozen)s?|seconds?|minutes?|hours?|days?|"
    r"weeks?|months?|years?)\b)",
    re.I,
)
_MIXED = re.compile(r"\band[\s-]+$", re.I)
_ORDINAL_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|last|final|latter|former|next|previous|other|this|that)\s*$",
    re.I,
)


def _count(word: str) -> float:
    """ "5", "1,000", "five", "twenty-one" -> the number."""
    if word.replace(",", "").isdigit():
        return float(word.replace(",", ""))
    return next((n.value for n in spoken_numbers(word)), 0.0)


def fractions(text: str) -> list[tuple[int, int, float, str | None]]:
    """Fractions in ``text``: (start, end, value, unit), the unit "percent" for a share,
    "percentage points" for a fraction of a point, None for a fraction of a scale."""
    out: list[tuple[int, int, float, str | None]] = []
    for m in _FRACTION.finditer(text):
        num, den = m.group("num"), m.group("den").lower()
        if num and den == "half" and _MIXED.search(text, max(0, m.start() - 8), m.start()):
            continue  # "two and a half million": a number in words, read there
        share = _NUMERATORS[(num or "a").lower()] / _DENOMINATORS[den]
        unit = _OF_UNIT.match(text, m.end("den"))
        bare_scale = unit is not None and unit.group("scale") is not None
        if unit and (num or den == "half" or (den == "quarter" and bare_scale)):
            scale = unit.group("unit") or unit.group("scale") or ""
            if scale.lower() in _UNIT_SCALES:  # "half a million"
                out.append((m.start(), unit.end(), share * _UNIT_SCALES[scale.lower()], None))
            elif unit.group("pct"):  # "a fifth of a percent": of one percent
                out.append((m.start(), unit.end(), share, PERCENT))
            else:  # "half a percentage point", "a quarter-point"
                out.append((m.start(), unit.end(), share, POINTS))
            continue
        hyphened = (m.group("sep") or "").strip() == "-"
        if _ORDINAL_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue  # "the second half of the year", "the third quarter"
        before = text[max(0, m.start() - 40) : m.start()]
        # "two thirds", and "one fifth" (but "one quarter" is as often a quarter of a year)
        counted = num is not None and (
            num.lower() not in ("a", "an", "one")
            or (num.lower() == "one" and not den.startswith("quarter"))
        )
        compared = qualifier_before(before)[0] is not None or before.rstrip().endswith("than")
        # "more than half", "nearly half were women": a share even without "of"
        # ("about half an hour" is half of a unit, not a share)
        half = num is None and den == "half" and compared
        half = half and not re.match(r"\s+an?\b", text[m.end("den") :], re.I)
        if not (m.group("of") or hyphened or counted or (num and compared) or half):
            continue  # "a quarter past five": as often a time or a coin as a share
        if num is None and den != "half":
            continue
        out.append((m.start(), m.end("den"), round(100 * share, 2), PERCENT))
    return out


def one_in(text: str) -> list[tuple[int, int, float, str]]:
    """Shares written "k in n" or "k out of n", in digits or words ("one in five", "3 in
    1,000", "two out of five hundred"): (start, end, percent, "percent")."""
    out: list[tuple[int, int, float, str]] = []
    for m in _ONE_IN.finditer(text):
        k, n = _count(m.group("k")), _count(m.group("n"))
        if m.group("scale"):  # "two out of five hundred", "one in 5 million"
            n *= _UNIT_SCALES[m.group("scale").lower()]
        if 0 < k < n:  # "one in five", "three out of ten"; not "10 in 10 minutes"
            out.append((m.start(), m.end(), round(100 * k / n, 2), PERCENT))
    return out
