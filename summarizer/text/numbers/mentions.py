"""What every number reading shares: a mention, its kinds, scale words, the qualifier written
before a number ("up to", "about", ...) and the hedges around it ("believed", "estimated")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from summarizer.brief.schema import Qualifier

__all__ = [
    "AFTER_AGE",
    "BEFORE_AGE",
    "CHANGE_BY",
    "CHANGE_FROM",
    "CHANGE_VERB",
    "SCALES",
    "Mention",
    "MentionKind",
    "hedged",
    "qualifier_before",
]

MentionKind = Literal["figure", "date", "time", "age", "temperature", "ordinal", "furniture"]

SCALES = {
    "hundred million": 1e8,
    "hundred-million": 1e8,
    "hundred": 1e2,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "lakh crore": 1e12,
    "lakh crores": 1e12,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
}
_QUALIFIERS: list[tuple[re.Pattern[str], Qualifier]] = [
    (re.compile(r"\b(?:up to|as (?:few|little) as)\s*$", re.I), "up_to"),
    # A comparison denied is an upper bound: "no more than 50", "did not rise more than 3
    # percent", "none of them rising more than six feet" (the number starts at "more").
    (
        re.compile(
            r"(?:\b(?:no|not|none|never)|n['’]t)"
            r"(?:\s+(?!(?:whether|if|that|only|just|clear|sure|known|doubt|question|surprise|"
            r"surprisingly|wonder)\b)[\w'’-]+){0,4}?\s+"
            r"(?P<at>(?:more|greater|higher|larger|bigger|longer|taller)\s+than\s*)$",
            re.I,
        ),
        "up_to",
    ),
    (re.compile(r"\bas (?:many|high|much|large) as\s*$", re.I), "as_many_as"),
    (
        re.compile(r"\b(?:at least|(?:no|not) (?:fewer|less) than|a minimum of)\s*$", re.I),
        "at_least",
    ),
    (
        re.compile(
            r"\b(?:more than|over|above|in excess of|upwards of|exceeding)(?:\s+an?)?\s*$", re.I
        ),  # ("which is more than a 5 per cent rise")
        "more_than",
    ),
    # A level passed, in the verb that says so: "Death toll tops 140", "exceeded 10%",
    # "topped the 1 million mark", "soared past $94", "crossed over the $95 mark" (the
    # number starts after the verb; not "the top 3 States", nor "the past 12 months").
    (
        re.compile(
            r"\b(?:tops|topped|topping|exceeds|exceeded|surpass(?:es|ed|ing)|"
            r"(?:[a-z]+ed|rose|went|shot|broke)\s+past|crossed(?:\s+over)?)\s+"
            r"(?:the\s+)?(?P<at>)$",
            re.I,
        ),
        "more_than",
    ),
    (re.compile(r"\b(?:fewer than|less than|under|below|just under)\s*$", re.I), "fewer_than"),
    (re.compile(r"\b(?:an estimated|estimated at)\s*$", re.I), "estimate"),
    # "nearly"/"almost" read as approximately in news style, not as fewer_than.
    (
        re.compile(
            r"\b(?:about|around|approximately|roughly|some|close to|nearly|almost|approx\.|"
            r"circa|c\.)\s*$|~\s*$",  # "~80g": the tilde of tables and social media
            re.I,
        ),
        "approximately",
    ),
]
AFTER_AGE = re.compile(
    r"^(?:-years?-old|\s?years? old|-months?-old|\s?(?:years?|months?|weeks?|days?)[\s-]+"
    r"(?:old|of age)\b|[- ](?:day|week|month)[- ]old\b|\s?yo\b)",
    re.I,
)
BEFORE_AGE = re.compile(r"\b(?:aged|age|ages)\s*$", re.I)
# A change between two levels, not a range: "rose from 9 to 10", "an increase from 3% to 4%",
# "cut the rate from 2.5 percent to 2.25 percent" (the text before the first number).
CHANGE_VERB = (
    r"(?:ris(?:e|es|en|ing)|rose|increas(?:e|es|ed|ing)|gr(?:ew|ow|own|ows|owing)|"
    r"f(?:ell|all|alls|allen|alling)|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|"
    r"climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|surg(?:e|es|ed|ing)|soar(?:s|ed|ing)?|"
    r"plung(?:e|es|ed|ing)|plummet(?:s|ed|ing)?|sl(?:id|ide|ides|iding)|slip(?:s|ped|ping)?|"
    r"cut(?:s|ting)?|rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|"
    r"boost(?:s|ed|ing)?|expand(?:s|ed|ing)?|shr(?:ank|ink|inks|unk|inking)|"
    r"doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|widen(?:s|ed|ing)?|narrow(?:s|ed|ing)?|"
    r"chang(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|went|gone|up|down)"
)
CHANGE_FROM = re.compile(rf"\b{CHANGE_VERB}\b(?:\s+[\w'’-]+){{0,10}}?\s+from\s+$", re.I)
# "rose by 15,000 to 444,000": a change, then the level it reached (when the second number
# is far larger than the first; "rose 3 to 4 percent" is a range of changes).
CHANGE_BY = re.compile(
    rf"\b{CHANGE_VERB}\b(?P<by>\s+by)?(?:\s+(?:about|around|nearly|almost|some|roughly))?\s+$",
    re.I,
)


@dataclass(frozen=True)
class Mention:
    """A number in the article, with its reading and its place."""

    start: int  # of the number phrase, qualifier included ("Up to 8,000")
    end: int
    text: str
    value_low: float
    value_high: float
    qualifier: Qualifier
    kind: MentionKind
    unit_hint: str | None = None  # "percent", "percentage points", a currency sign

    @property
    def is_figure(self) -> bool:
        return self.kind == "figure"


def qualifier_before(before: str) -> tuple[Qualifier | None, int]:
    """The qualifier that ends ``before``, and how many characters it takes."""
    for pattern, qualifier in _QUALIFIERS:
        match = pattern.search(before)
        if match:
            at = match.start("at") if "at" in pattern.groupindex else match.start()
            return qualifier, len(before) - at
    return None, 0


_HEDGE = re.compile(
    r"\b(?:believed|estimated|thought to|reportedly|presumed|feared|suspected|unconfirmed)\b",
    re.I,
)


def hedged(text: str, start: int, end: int) -> bool:
    """A hedge word in the clause around ``text[start:end]`` ("were believed to have died")."""
    left = re.split(r"[,;:.!?\n]", text[max(0, start - 60) : start])[-1]
    right = re.split(r"[,;:.!?\n]", text[end : end + 50])[0]
    return bool(_HEDGE.search(left) or _HEDGE.search(right))
