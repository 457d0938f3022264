"""Fractions written with digits or with a fraction sign: "10 1/2 miles", "a 1/4 mile oval",
"2½ years", "½ teaspoon", "¾ of the vote".

A fraction with a whole number, or before a unit, is a number ("10 1/2 miles" is 10.5 miles,
"1/2 cup" half a cup); a fraction of something else is a share, in percent, as in words ("¾ of
the vote", "a 2/3 majority" are 75 and 66.67 percent; ``shares``). Only the denominators
measures and shares use (2, 3, 4, 5, 8, 10, 16) with a smaller numerator are read: "24/7",
"9/11", "50/50" and dates are not fractions.
"""

from __future__ import annotations

import re

from summarizer.text.numbers.units import CURRENCIES, MEASURES, PERCENT

__all__ = ["digit_fractions"]

_GLYPHS = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
    "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8,
    "⅞": 7 / 8,
}  # fmt: skip
_DENOMINATORS = frozenset({2, 3, 4, 5, 8, 10, 16})
# Measures of recipes and markets that follow a fraction: "½ teaspoon", "3/4 cup", "1/2 lb".
_KITCHEN = frozenset(
    {
        "pint",
        "pints",
        "quart",
        "quarts",
        "stick",
        "sticks",
        "dozen",
        "hour",
        "hours",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "point",
        "points",
        "inning",
        "innings",
    }
)
# A whole number stands apart from a digit fraction and may be glued to a sign: "10 1/2",
# "2½", never "13/16" (thirteen sixteenths, not 1 and 3/16).
_FRACTION = re.compile(
    r"(?<![\w.,/:])(?P<sign>[-−]\s?)?"
    rf"(?:(?P<whole>\d{{1,4}})(?:\s{{1,2}}|-|(?=[{''.join(_GLYPHS)}])))?"
    rf"(?:(?P<num>\d{{1,2}})/(?P<den>\d{{1,2}})(?![\d/])|(?P<glyph>[{''.join(_GLYPHS)}]))"
)
_DATE_BEFORE = re.compile(r"\b(?:on|since|until|by|from|dated)\s+$", re.I)
_WORD_AFTER = re.compile(r"[\s-]*([^\W\d_]+)")


def _measured(text: str, end: int) -> bool:
    """A unit of measure or a currency right after a fraction ("1/4 mile", "½ teaspoon"):
    a number of that unit, not a share."""
    word = _WORD_AFTER.match(text, end)
    unit = word.group(1).lower() if word else ""
    return unit in MEASURES or unit in CURRENCIES or unit in _KITCHEN


def digit_fractions(text: str) -> list[tuple[int, int, float, str | None]]:
    """Fractions in digits or signs in ``text``: (start, end, value, unit), the unit
    "percent" for a share ("¾ of the vote"), None for a number."""
    out: list[tuple[int, int, float, str | None]] = []
    for m in _FRACTION.finditer(text):
        if m.group("glyph"):
            part = _GLYPHS[m.group("glyph")]
        else:
            num, den = int(m.group("num")), int(m.group("den"))
            if den not in _DENOMINATORS or not 0 < num < den:
                continue
            if _DATE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue  # "on 3/4": a date
            part = num / den
        whole = m.group("whole")
        sign = -1.0 if m.group("sign") else 1.0
        if whole is None and not _measured(text, m.end()):  # "a 2/3 majority", "¾ of"
            out.append((m.start(), m.end(), sign * round(100 * part, 2), PERCENT))
            continue
        out.append((m.start(), m.end(), sign * (int(whole or 0) + part), None))
    return out
