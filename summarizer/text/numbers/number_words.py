"""Numbers written in words: "seven", "twenty-one trillion", "a thousand", "two and a half
million", "three to four", "twenty-five per cent"; vague counts ("thousands", "dozens of",
"several hundred"); dozens ("3 dozen"); fractions (``shares``: "a quarter of" is a share,
"half a million" 500,000)."""

from __future__ import annotations

import re

from summarizer.brief.schema import Qualifier
from summarizer.text.layout import Layout
from summarizer.text.numbers.mentions import (
    AFTER_AGE,
    BEFORE_AGE,
    SCALES,
    Mention,
    MentionKind,
    hedged,
    qualifier_before,
)
from summarizer.text.numbers.mixed import FRACTION_AFTER
from summarizer.text.numbers.money import currency_after
from summarizer.text.numbers.shares import fractions
from summarizer.text.numbers.spoken import SpokenNumber, spoken_numbers
from summarizer.text.numbers.units import (
    CURRENCIES,
    MEASURES,
    PERCENT_AFTER,
    SUBUNITS,
    normalise_unit,
)

__all__ = ["word_mentions"]

# The convention for vague counts (docs/decisions.md): a plural of a scale word is at least two
# of it and fewer than ten ("thousands" 2,000-10,000, "millions" 2-10 million, "hundreds"
# 200-1,000, "dozens" 24-100), and so is "several" or "a few" of it ("several hundred"
# 200-1,000); "tens of thousands" is 10,000-100,000 and "hundreds of thousands" 100,000-
# 1,000,000, and so on for millions and billions (the ranges news readers give them); always
# "approximately".
_SCALE_OF = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "dozen": 12}
_TENS_OF = re.compile(r"\b(?P<n>tens|hundreds) of (?P<scale>thousand|million|billion)s\b", re.I)
_SEVERAL = re.compile(
    r"\b(?:several|a few) (?P<scale>hundred|thousand|million|billion|dozen)"
    r"(?: (?P<scale2>thousand|million|billion)\b)?(?!s)\b",
    re.I,
)
_PLURAL = re.compile(r"\b(?P<scale>hundred|thousand|million|billion|dozen)s\b", re.I)
_EXACT: list[tuple[re.Pattern[str], float]] = [
    (re.compile(r"\bhalf\s+a\s+dozen\b", re.I), 6),
    (re.compile(r"\ba\s+dozen\b", re.I), 12),
]
_DOZENS = re.compile(
    r"\b(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:dozens?|doz|dozs|dzs?)\b"
    r"(?! of)",
    re.I,
)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10}  # fmt: skip
# "one" and "zero" are numbers before a unit ("one dollar", "zero percent", "a one-mile
# walk"), an age ("one year old"), or after an unambiguous qualifier ("at least one"); else
# a pronoun or an idiom ("one of the largest", "one official said", "zero tolerance").
_ONE_QUALIFIED = re.compile(
    r"\b(?:at least|more than|fewer than|less than|up to|as many as|as few as|no fewer than|"
    r"no less than|nearly|almost)\s+$",
    re.I,
)
_NOT_A_UNIT = frozenset({"won", "try", "rand"})  # "no one won", "one try"
_ONE_TO = re.compile(r"\s+(?:to|or)\s+(?:two|three|four|five|six|seven|eight|nine|ten)\b", re.I)
_ONE_LISTED = re.compile(r"(?:,|\band)\s+$")
_ONE_TOLL = re.compile(
    r"\s+(?:is|was|remains|remained)\s+(?:still\s+)?(?:missing|dead|unaccounted\s+for)\b", re.I
)
_AFTER_SCALE_AND = re.compile(r"\d\s?(?:hundred|thousand|million|billion)\s+and\s+$", re.I)
_NEXT_WORD = re.compile(r"[\s-]+([^\W\d_]+)")
_WORD_RANGE = re.compile(r"\s(?:to|or)\s")
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)


def _vague(text: str) -> list[tuple[int, int, float, float]]:
    """Vague counts: (start, end, low, high)."""
    out = []
    for m in _TENS_OF.finditer(text):
        scale = _SCALE_OF[m.group("scale").lower()]
        low = 10 * scale if m.group("n").lower() == "tens" else 100 * scale
        out.append((m.start(), m.end(), low, 10 * low))
    for m in _SEVERAL.finditer(text):
        scale = _SCALE_OF[m.group("scale").lower()]
        scale *= _SCALE_OF[m.group("scale2").lower()] if m.group("scale2") else 1
        high = 100.0 if scale == 12 else 10 * scale  # "a few dozen": as "dozens"
        out.append((m.start(), m.end(), 2 * scale, high))
    for m in _PLURAL.finditer(text):
        scale = _SCALE_OF[m.group("scale").lower()]
        high = 100.0 if scale == 12 else 10 * scale  # "dozens": 24-100
        out.append((m.start(), m.end(), 2 * scale, high))
    for pattern, value in _EXACT:
        out += [(m.start(), m.end(), value, value) for m in pattern.finditer(text)]
    return out


def _is_number(text: str, number: SpokenNumber, unit: str | None) -> bool:
    """Whether a bare "one" or "zero" is a number here."""
    if unit or AFTER_AGE.match(text[number.end : number.end + 16]):
        return True
    if _ONE_QUALIFIED.search(text[max(0, number.start - 20) : number.start]):
        return True
    if _ONE_TO.match(text, number.end):  # "one or two", "one to three percent"
        return True
    if FRACTION_AFTER.match(text, number.end):  # "one and a quarter"
        return True
    if _ONE_LISTED.search(text, max(0, number.start - 8), number.start) and _ONE_TOLL.match(
        text, number.end
    ):  # "Seven were killed, two were rescued, and one is still missing"
        return True
    if _AFTER_SCALE_AND.search(text, max(0, number.start - 20), number.start):
        return True  # "3 hundred and one" (digits, then the rest in words)
    nxt = _NEXT_WORD.match(text, number.end)
    word = nxt.group(1).lower() if nxt else ""
    return word not in _NOT_A_UNIT and (word in CURRENCIES or word in MEASURES or word in SUBUNITS)


def word_mentions(text: str, lay: Layout, taken: list[tuple[int, int]]) -> list[Mention]:
    out: list[Mention] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def place(start: int) -> MentionKind:
        return "figure" if lay.noise_at(start) is None else "furniture"

    def add(start: int, end: int, low: float, high: float, default: Qualifier,
            unit: str | None = None) -> None:  # fmt: skip
        qualifier, back = qualifier_before(text[max(0, start - 40) : start])
        s = start - back
        out.append(Mention(s, end, text[s:end], low, high, qualifier or default, place(s), unit))
        taken.append((start, end))

    for m in _DOZENS.finditer(text):
        if free(m.start(), m.end()):
            n = m.group("n")
            count = 12.0 * (int(n) if n.isdigit() else _SMALL[n.lower()])
            add(m.start(), m.end(), count, count, "exact")
    for start, end, low, high in sorted(_vague(text), key=lambda v: (v[0], -v[1])):
        if free(start, end):
            add(start, end, low, high, "exact" if low == high else "approximately")
    for start, end, value, share in fractions(text):
        if free(start, end):
            add(start, end, value, value, "exact", share)
    last: Mention | None = None
    for number in spoken_numbers(text):
        if not free(number.start, number.end):
            continue
        end, value = number.end, number.value
        # The percent after it is its unit; the span stays on the number's words (held back,
        # docs/decisions.md: with the percent word in it, "ten percent of what was released"
        # reads as measuring "what").
        percent = PERCENT_AFTER.match(text, end)
        unit = normalise_unit(percent.group(0)) if percent else None
        named = None if percent else currency_after(text, end, number.words[-1] in SCALES)
        if named is not None:  # "thirteen dollars", "twenty MUSD"
            unit, value = named[0], value * named[1]
        if number.bare_one and not _is_number(text, number, unit):
            continue
        after = text[number.end : number.end + 16]
        before = text[max(0, number.start - 40) : number.start]
        if AFTER_AGE.match(after) or BEFORE_AGE.search(before):
            kind: MentionKind = "age"
        elif re.match(r"^\s?(?:o'clock|a\.m\.|p\.m\.)", after, re.I):
            kind = "time"
        else:
            kind = place(number.start)
        qualifier, back = qualifier_before(before[-40:])
        s = number.start - back
        if (
            last is not None
            and last.kind == kind == "figure"
            and last.value_low < value
            and (last.unit_hint is None or last.unit_hint == unit)
        ):
            between = _BETWEEN.search(text, max(0, last.start - 12), last.start)
            gap = text[last.end : number.start]
            if _WORD_RANGE.fullmatch(gap) or (between and gap.strip().lower() == "and"):
                out.remove(last)  # "three to four times", "between two and three percent"
                low = last.value_low
                scale = number.words[-1]
                if scale in SCALES and not any(w in SCALES for w in last.text.lower().split()):
                    low *= SCALES[scale]  # "six to seven thousand": both in thousands
                first = between.start() if between else last.start
                last = Mention(first, end, text[first:end], low, value, "range", kind, unit)
                out.append(last)
                continue
        hedge: Qualifier = "estimate" if hedged(text, number.start, number.end) else "exact"
        last = Mention(s, end, text[s:end], value, value, qualifier or hedge, kind, unit)
        out.append(last)
    return out
