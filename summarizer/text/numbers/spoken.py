"""The value of a number written in words, as English writes it.

"twenty-five", "one hundred and five", "a thousand", "three million two hundred thousand",
"two and a half million", "one point five billion", "minus five": a run of words is read
from its start for as long as it stays one well-formed number, so "two and three" is the
number "two" (the caller reads "three" next) and "the twenty-first" is no number at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["NUMBER_WORDS", "SpokenNumber", "spoken_numbers"]

# fmt: off
_UNITS = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# fmt: on
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Indian English: a lakh is 100,000, a crore 10 million, a "lakh crore" 10^12.
_INDIAN = {"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
_ORDINAL_UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_NUMBER_WORD = "|".join([*_UNITS, *_TENS, "hundred", *_SCALES, *_INDIAN])
NUMBER_WORDS = frozenset([*_UNITS, *_TENS, "hundred", *_SCALES, *_INDIAN])  # for other readers
# A fraction's denominator ends the run's number before "and" ("one hundred and three
# quarters" is 100 and a fraction, ``mixed``).
_DENOMINATOR = (
    "halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?"
)
# A run of words that may hold numbers: it starts with a number word (or "a"/"an" before a
# scale, or a sign) and goes on through number words, "and", "and a half" and "point".
_RUN = re.compile(
    rf"\b(?:(?:minus|negative|an?)[\s-]+)*(?:{_NUMBER_WORD})\b"
    rf"(?:[\s-]+(?:{_NUMBER_WORD}|and|a|an|half|point|{_DENOMINATOR})\b)*",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[A-Za-z]+")


class _FractionWord:
    """Whether tokens open with a fraction's denominator ("quarters", "third")."""

    _WORDS = frozenset(
        "half halves third thirds quarter quarters fourth fourths fifth fifths sixth sixths "
        "seventh sevenths eighth eighths ninth ninths tenth tenths".split()
    )

    @classmethod
    def match(cls, tokens: list[str]) -> bool:
        return bool(tokens) and tokens[0] in cls._WORDS


_FRACTION_WORD = _FractionWord
# A tens word joined to an ordinal is an ordinal: "the twenty-first century".
_ORDINAL_AFTER = re.compile(rf"[\s-](?:{_ORDINAL_UNITS})\b", re.IGNORECASE)


@dataclass(frozen=True)
class SpokenNumber:
    """A number in words: its value, where it stands, and how it was written."""

    start: int
    end: int
    value: float
    words: tuple[str, ...]  # lower-cased, as read ("a", "thousand")

    @property
    def bare_one(self) -> bool:
        """Just "one" or "zero": as often a pronoun or an idiom as a number."""
        return self.words in (("one",), ("zero",), ("nought",), ("naught",))


def _decimals(tokens: list[str], i: int) -> tuple[float, int] | None:
    """ "point five", "point two five", "point seventy-one" from ``tokens[i]`` (after "point"):
    single digits, or one number under a hundred read as its digits. (value, tokens used)."""
    digits = ""
    j = i
    while j < len(tokens) and tokens[j] in _UNITS and _UNITS[tokens[j]] < 10:
        digits += str(_UNITS[tokens[j]])
        j += 1
    if not digits and i < len(tokens):
        if tokens[i] in _UNITS:
            digits, j = str(_UNITS[tokens[i]]), i + 1
        elif tokens[i] in _TENS:
            tens, j = _TENS[tokens[i]], i + 1
            if j < len(tokens) and tokens[j] in _UNITS and 0 < _UNITS[tokens[j]] < 10:
                tens, j = tens + _UNITS[tokens[j]], j + 1
            digits = str(tens)
    return (float("0." + digits), j - i) if digits else None


def _read(tokens: list[str]) -> tuple[float, int]:
    """The longest well-formed number at the start of ``tokens``: (value, tokens used);
    (0, 0) when there is none."""
    i, sign = 0, 1.0
    while i < len(tokens) and tokens[i] in ("minus", "negative"):
        sign, i = -sign, i + 1
    total, group = 0.0, 0.0
    last = ""  # what the previous token was: "unit", "teen", "tens", "hundred", "scale"
    used = 0
    scale_cap = float("inf")  # scales fall: "two million three thousand", never "thousand million"
    if (
        i + 1 < len(tokens)
        and tokens[i] in ("a", "an")
        and (tokens[i + 1] == "hundred" or tokens[i + 1] in _SCALES)
    ):
        group, last, i = 1.0, "unit", i + 1  # "a thousand" is one thousand
    elif i + 1 < len(tokens) and tokens[i] == "hundred" and tokens[i + 1] in _SCALES:
        group, last = 1.0, "unit"  # "hundred thousand dollars" (a headline's "a hundred")
    while i < len(tokens):
        word = tokens[i]
        step = 1
        if word == "and" and last in ("hundred", "scale"):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if not (nxt in _UNITS or nxt in _TENS) or _FRACTION_WORD.match(tokens[i + 2 :]):
                break  # "one hundred and three quarters": a whole number, then a fraction
            word, step = nxt, 2  # "one hundred and five"
        if word in _UNITS or word in _TENS:
            small = _UNITS.get(word, _TENS.get(word, 0))
            if last == "tens" and word in _UNITS and 0 < small < 10:
                group += small  # "twenty-five"
                last = "unit"
            elif last in ("", "hundred", "scale"):
                group += small
                last = "tens" if word in _TENS else "teen" if small >= 10 else "unit"
            else:
                break
        elif word == "hundred":
            if last not in ("unit", "teen", "tens") or not 0 < group < 100:
                break
            group *= 100  # "three hundred", "nineteen hundred", "twenty-five hundred"
            last = "hundred"
        elif word in _SCALES or word in _INDIAN:
            scale = _SCALES.get(word) or _INDIAN[word]
            if word.startswith("lakh") and tokens[i + 1 : i + 2] in (["crore"], ["crores"]):
                scale, step = 1e12, 2  # "three lakh crore"
            if last == "scale" or not group or scale >= scale_cap:
                break
            total += group * scale
            group, scale_cap, last = 0.0, scale, "scale"
        else:
            break
        i += step
        used = i
    if not used or last == "":
        return 0.0, 0
    value = total + group
    # "two and a half (million)", "one point five (billion)": a fraction, then a scale.
    rest = tokens[used:]
    fraction, extra = 0.0, 0
    if rest[:3] == ["and", "a", "half"]:
        fraction, extra = 0.5, 3
    elif rest[:1] == ["point"]:
        decimals = _decimals(tokens, used + 1)
        if decimals is not None:
            fraction, extra = decimals[0], 1 + decimals[1]
    if extra:
        used += extra
        nxt = tokens[used] if used < len(tokens) else ""
        if nxt in _SCALES and _SCALES[nxt] < scale_cap and not total:
            value = (value + fraction) * _SCALES[nxt]  # "two and a half million"
            used += 1
        elif nxt in _SCALES and _SCALES[nxt] < scale_cap and last == "scale":
            value += fraction * _SCALES[nxt]  # "one billion and a half million"
            used += 1
        elif last == "scale" and scale_cap >= 1e6:
            value += fraction * scale_cap  # "one million and a half": of the million
        else:
            value += fraction
    return sign * value, used


def spoken_numbers(text: str) -> list[SpokenNumber]:
    """Every number written in words in ``text``, in order."""
    out: list[SpokenNumber] = []
    for run in _RUN.finditer(text):
        tokens = [(m.group(0).lower(), m.start(), m.end()) for m in _TOKEN.finditer(run.group(0))]
        words = [t[0] for t in tokens]
        i = 0
        while i < len(tokens):
            value, used = _read(words[i:])
            if not used:
                i += 1
                continue
            start, end = run.start() + tokens[i][1], run.start() + tokens[i + used - 1][2]
            last = words[i + used - 1]
            if not (last in _TENS and _ORDINAL_AFTER.match(text, end)):
                out.append(SpokenNumber(start, end, value, tuple(words[i : i + used])))
            i += used
    return out
