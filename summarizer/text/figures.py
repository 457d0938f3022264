"""The figure drafts of an article, read off the scan: each number the brief holds, quoted
in the clause that states it, with what it measures and its unit (no model involved).

A number with nothing counted after it continues the count before it in its paragraph (news
writing leaves the noun out once it is said: "more than 4,000 drones ... keeps 1,500-2,000 in
reserve", "put the number of troops at 8,000, though some put it as high as 10,000").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from summarizer.brief.drafts import FigureDraft
from summarizer.text.layout import Layout
from summarizer.text.meaning.figure import figure_what
from summarizer.text.meaning.unit import figure_unit
from summarizer.text.numbers.quantities import Mention, figure_candidates
from summarizer.text.numbers.units import MEASURES, PERCENT, POINTS
from summarizer.text.sentences import clause_around

__all__ = ["figure_drafts"]


def figure_drafts(
    text: str,
    lay: Layout,
    source_of: Callable[[Mention], str | None] | None = None,
    mentions: list[Mention] | None = None,
) -> tuple[list[FigureDraft], dict[int, int]]:
    """A draft per figure the scan finds (``mentions``, if already read), in order, and
    where each one's quote starts (figure index -> offset); ``source_of`` names who states
    a mention (none: nobody)."""
    drafts: list[FigureDraft] = []
    anchors: dict[int, int] = {}
    counted: tuple[int, str] | None = None  # the last count's end and what it counts
    priced: tuple[int, str] | None = None  # ... and the last price per unit ("USD per acre")
    for mention in figure_candidates(text, lay) if mentions is None else mentions:
        start, end = clause_around(text, mention.start, mention.end)
        quote = text[start:end]
        anchors[len(drafts)] = start
        unit = figure_unit(text, mention)
        if unit is None and priced and _RATE_DOWN_TO.match(text[priced[0] : mention.start]):
            unit = priced[1]  # "over 2.5 million megabits per second down to almost zero"
        between = text[counted[0] : mention.start].strip() if counted else "\n"
        # "4,000 drones ... keeps 1,500-2,000 in reserve": drones; the dead only within their
        # sentence ("45 deaths. The agency said 12 more were hurt")
        if (
            unit is None
            and counted
            and "\n" not in between
            and (counted[1] != "deaths" or not re.search(r"[.!?]\s", between))
        ):
            unit = counted[1]
        if unit is not None and _counts(unit):
            counted = (mention.end, unit)
        rate = priced if priced and priced[1].split(" per ")[0] == unit else None
        if rate and _RATE_TO.match(text, rate[0], mention.start):
            unit = rate[1]  # "fell from $597 an acre in 2012 to $431 in 2015": per acre
        priced = (mention.end, unit) if unit and " per " in unit else priced
        drafts.append(
            FigureDraft(
                what=figure_what(text, mention, quote, unit),
                value_low=mention.value_low,
                value_high=mention.value_high,
                unit=unit,
                qualifier=mention.qualifier,
                source=source_of(mention) if source_of is not None else None,
                quote=quote,
            )
        )
    return drafts, anchors


def _counts(unit: str) -> bool:
    """A counted noun ("troops", "cases"), not money, a share or a measure."""
    return (
        unit.isalpha() and unit.islower() and unit not in (PERCENT, POINTS, *MEASURES, *_SPANS)
    )  # ("mentioned 300 times", "within ten days" count no thing the next number counts)


# From a rate down (or up) to a bare number, in the same clause: the same rate.
_RATE_DOWN_TO = re.compile(
    r"[^.;:!?\d\n]{0,60}?\b(?:down|up|back|fell|rose|dropped|climbed)\s+to\s+"
    r"(?:(?:almost|nearly|about|around|roughly|just)\s+)?$"
)
# From one price per unit to another: "$597 an acre in 2012 to $431" (the same unit).
_RATE_TO = re.compile(r"\s*(?:an?|per|each)\s+[a-z]+(?:\s+in\s+\d{4})?\s+to\s*$")
_SPANS = frozenset("times seconds minutes hours days weeks months years decades".split())
