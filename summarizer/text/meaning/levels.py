"""What a number measures when it is a level a price or an index closed at (no model).

Conventions of market reporting, the same across outlets:

- "closed at 11,520", "fell 212 points to close at 11,308", "before closing at 17,632
  points", "rebounded to close the day at $41.09", "ended the session at": the closing
  level of what closed, the clause's subject ("closing level of Nikkei", "closing share
  price of Acme" when shares closed), or the sentence's when the clause opens on "it";
- "to close with a loss of 3.3%": the closing loss;
- "to a level of 10,520": the level of the subject;
- "bottomed out at 16,283 points", "peaked at": the low or the high of the subject;
- "fell 344.65 points, or 3 percent": a change restated in another unit is the same change
  (:func:`restated`).
"""

from __future__ import annotations

import re

from summarizer.text.meaning.changes import CHANGE_NOUN, change_what, mover_of

__all__ = ["level_what", "restated"]

# "closed at", "to close the day at", "before closing at", "ended the session at".
_CLOSED_AT = re.compile(
    r"\b(?:clos(?:e|ed|es|ing)|end(?:ed|ing|s)?|finish(?:ed|es|ing)?|settl(?:e|ed|es|ing))"
    r"(?:\s+(?:the\s+)?(?:day|session|week|trading|year))?\s+at"
    r"(?:\s+an?\s+(?:[\w-]+\s+)?(?:low|high)\s+of)?\s*$",  # "closed at a three-year low of"
    re.I,
)
# "bottomed out at", "hit a low of", "peaked at": the day's low or high.
_EXTREME = re.compile(
    r"\b(?:(?P<low>bottom(?:ed|s|ing)?\s+out\s+at|(?:hit|touched|reached|fell\s+to)\s+an?\s+"
    r"(?:intraday\s+)?low\s+of|fell\s+as\s+low\s+as)|(?:peak(?:ed|s|ing)?\s+at|(?:hit|touched|"
    r"reached|rose\s+to)\s+an?\s+(?:intraday\s+)?high\s+of|rose\s+as\s+high\s+as))\s*$",
    re.I,
)
_CLOSED_WITH = re.compile(
    rf"\bclos(?:e|ed|es|ing)\s+(?:the\s+day\s+)?with\s+an?\s+(?P<noun>{CHANGE_NOUN})\s+of\s*$",
    re.I,
)
_LEVEL_OF = re.compile(r"\b(?:to|at)\s+a\s+level\s+of\s*$", re.I)
_REACH = 300


def level_what(text: str, start: int) -> str | None:
    """What the number at ``start`` is the level of, when it is a close ("closing level of
    Nikkei"); None when no closing or level phrase stands right before it."""
    before = text[max(0, start - _REACH) : start]
    closed = _CLOSED_AT.search(before)
    ended = _CLOSED_WITH.search(before)
    level = _LEVEL_OF.search(before)
    extreme = _EXTREME.search(before)
    found = closed or ended or level or extreme
    if found is None:
        return None
    what = mover_of(before[: found.start()])
    if what is None:
        return None
    if ended:
        return f"closing {ended.group('noun').lower()} in {what}"
    if extreme and not closed:  # "the Hang Seng bottomed out at": its low
        return f"{'low' if extreme.group('low') else 'high'} of {what}"
    shares = what.endswith(" share price")
    if level and not closed:
        return f"level of {what}"
    if shares:
        return f"closing share price of {what.removesuffix(' share price')}"
    return f"closing level of {what}"


# "344.65 points, or", "9% or": the number a restatement restates.
_RESTATED = re.compile(
    r"(?P<number>\d[\d,.]*)\s*(?:%|percent|per\s+cent|(?:percentage\s+)?points?)?\s*,?\s+or\s+"
    r"(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?$",
    re.I,
)


def restated(text: str, start: int) -> str | None:
    """ "fell 344.65 points, or 3 percent": what the change before "or" is, for the
    number at ``start`` that restates it; None when no change stands there."""
    before = text[max(0, start - 40) : start]
    again = _RESTATED.search(before)
    if again is None:
        return None
    at = start - len(before) + again.start("number")
    return level_what(text, at) or change_what(text, at, start - len(before) + again.end("number"))
