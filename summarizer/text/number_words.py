"""Numbers written in words: "seven", "twenty-one trillion", "three to four", vague counts
("thousands", "dozens of"), dozens ("3 dozen") and fractions read as shares ("a quarter of")."""

from __future__ import annotations

import re

from text_to_num import text2num

from summarizer.brief.schema import Qualifier
from summarizer.text.layout import Layout
from summarizer.text.mentions import (
    AFTER_AGE,
    BEFORE_AGE,
    SCALES,
    Mention,
    MentionKind,
    hedged,
    qualifier_before,
)

__all__ = ["word_mentions"]

# fmt: off
_WORD_UNITS = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
]
# fmt: on
_WORD = rf"(?:{'|'.join(_WORD_UNITS)})"
_WORD_NUMBER = re.compile(
    rf"\b{_WORD}(?:[\s-]+(?:{_WORD}|hundred|thousand|million|billion|trillion|"
    rf"and(?=[\s-]+{_WORD})))*(?:\s(?:hundred|thousand|million|billion|trillion)\b)?\b",
    re.IGNORECASE,
)
_VAGUE: list[tuple[re.Pattern[str], float, float]] = [
    (re.compile(r"\btens of thousands\b", re.I), 10_000, 100_000),
    (re.compile(r"\bhundreds of thousands\b", re.I), 100_000, 1_000_000),
    (re.compile(r"\b(?<!tens of )(?<!hundreds of )thousands\b(?! of thousands)", re.I), 2_000,
     10_000),
    (re.compile(r"\bmillions\b(?= of)", re.I), 2_000_000, 10_000_000),
    (re.compile(r"\bbillions\b(?= of)", re.I), 2e9, 1e10),
    (re.compile(r"\bhundreds\b(?= of)(?! of thousands)", re.I), 200, 1_000),
    (re.compile(r"\bdozens\b(?= of)", re.I), 24, 100),
    (re.compile(r"\bhalf a dozen\b", re.I), 6, 6),
    (re.compile(r"\ba dozen\b", re.I), 12, 12),
]  # fmt: skip
# The convention for vague counts (docs/decisions.md): a plural of a scale word is at least two
# of it and fewer than ten ("thousands" 2,000-10,000, "millions of" 2-10 million, "hundreds of"
# 200-1,000, "dozens of" 24-100); "tens of thousands" is 10,000-100,000 and "hundreds of
# thousands" 100,000-1,000,000 (the ranges news readers give them); always "approximately".

# Fractions are shares: "a quarter of its value", "two-thirds", "half of that amount", "one in
# five" are read in percent (25, 66.67, 50, 20), the way a brief states a share.
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
_ONE_IN = re.compile(
    r"\b(?:one|1) in (?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b", re.I
)
_ORDINAL_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|last|final|latter|former|next|previous|other|this|that)\s*$",
    re.I,
)
_DOZENS = re.compile(
    r"\b(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+dozens?\b(?! of)", re.I
)


def _words_value(words: str) -> float:
    """The value of a number in words; text2num reads up to billions, trillions are split off
    ("twenty-one trillion three hundred"). ValueError when it is not a number."""
    spoken = " ".join(words.lower().replace("-", " ").split())
    head, sep, tail = spoken.partition(" trillion")
    if not sep:
        return float(text2num(spoken, "en"))
    value = float(text2num(head, "en")) * 1e12
    tail = tail.removeprefix(" and").strip()
    return value + (float(text2num(tail, "en")) if tail else 0.0)


def _fractions(text: str) -> list[tuple[int, int, float]]:
    """Shares written as fractions: (start, end, percent)."""
    out = []
    for m in _FRACTION.finditer(text):
        num, den = m.group("num"), m.group("den").lower()
        hyphened = (m.group("sep") or "").strip() == "-"
        if _ORDINAL_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue  # "the second half of the year", "the third quarter"
        before = text[max(0, m.start() - 40) : m.start()]
        counted = num is not None and num.lower() not in ("a", "an", "one")  # "two thirds"
        compared = qualifier_before(before)[0] is not None or before.rstrip().endswith("than")
        if not (m.group("of") or hyphened or counted or (num and compared)):
            continue  # "a quarter past five": as often a time or a coin as a share
        if num is None and den != "half":
            continue
        value = 100 * _NUMERATORS[(num or "a").lower()] / _DENOMINATORS[den]
        end = m.end("den")
        out.append((m.start(), end, round(value, 2)))
    for m in _ONE_IN.finditer(text):
        n = m.group("n")
        count = int(n) if n.isdigit() else _NUMERATORS.get(n.lower()) or {"ten": 10}[n.lower()]
        if count:
            out.append((m.start(), m.end(), round(100 / count, 2)))
    return out


_WORD_RANGE = re.compile(r"\s(?:to|or)\s")


def word_mentions(text: str, lay: Layout, taken: list[tuple[int, int]]) -> list[Mention]:
    out: list[Mention] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for pattern, low, high in _VAGUE:
        for m in pattern.finditer(text):
            if free(m.start(), m.end()):
                qualifier, back = qualifier_before(text[max(0, m.start() - 40) : m.start()])
                qual: Qualifier = qualifier or ("exact" if low == high else "approximately")
                s = m.start() - back
                out.append(
                    Mention(
                        s,
                        m.end(),
                        text[s : m.end()],
                        low,
                        high,
                        qual,
                        "figure" if lay.noise_at(s) is None else "furniture",
                    )
                )
                taken.append((m.start(), m.end()))
    for start, end, value in _fractions(text):
        if free(start, end):
            qualifier, back = qualifier_before(text[max(0, start - 40) : start])
            place: MentionKind = "figure" if lay.noise_at(start) is None else "furniture"
            s = start - back
            out.append(Mention(s, end, text[s:end], value, value, qualifier or "exact", place,
                               "percent"))  # fmt: skip
            taken.append((start, end))
    for m in _DOZENS.finditer(text):
        if free(m.start(), m.end()):
            n = m.group("n")
            count = float(n) if n.isdigit() else float(text2num(n.lower(), "en"))
            qualifier, back = qualifier_before(text[max(0, m.start() - 40) : m.start()])
            s = m.start() - back
            place = "figure" if lay.noise_at(s) is None else "furniture"
            out.append(Mention(s, m.end(), text[s : m.end()], 12 * count, 12 * count,
                               qualifier or "exact", place))  # fmt: skip
            taken.append((m.start(), m.end()))
    for m in _WORD_NUMBER.finditer(text):
        words = m.group(0)
        if words.lower() == "one" or not free(m.start(), m.end()):
            continue  # "one" is most often a pronoun ("one of the largest")
        try:
            value = _words_value(words)
        except ValueError:
            continue
        after = text[m.end() : m.end() + 16]
        before = text[max(0, m.start() - 30) : m.start()]
        if AFTER_AGE.match(after) or BEFORE_AGE.search(before):
            kind: MentionKind = "age"
        elif re.match(r"^\s?(?:o'clock|a\.m\.|p\.m\.)", after, re.I):
            kind = "time"
        elif lay.noise_at(m.start()):
            kind = "furniture"
        else:
            kind = "figure"
        qualifier, back = qualifier_before(before[-40:])
        s = m.start() - back
        if (
            out
            and out[-1].kind == kind == "figure"
            and _WORD_RANGE.fullmatch(text[out[-1].end : m.start()])
            and out[-1].value_low < value
        ):
            prev = out.pop()  # "three to four times"
            low = prev.value_low
            scale = words.lower().split()[-1]
            if scale in SCALES and not any(w in SCALES for w in prev.text.lower().split()):
                low *= SCALES[scale]  # "six to seven thousand": both in thousands
            out.append(
                Mention(
                    prev.start,
                    m.end(),
                    text[prev.start : m.end()],
                    low,
                    value,
                    "range",
                    kind,
                )
            )
            continue
        qual = qualifier or ("estimate" if hedged(text, m.start(), m.end()) else "exact")
        out.append(Mention(s, m.end(), text[s : m.end()], value, value, qual, kind))
    return out
