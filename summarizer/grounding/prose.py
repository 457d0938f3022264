"""The brief's key points hold no number the article does not state.

The model writes the prose; a small model invents a number now and then ("Fastest growth since
2014" for an article that says "in six years"). A brief is read as traceable to its article, so
a key point with a number the article does not state is dropped, with a warning
``unsupported_number`` that quotes it. A headline with one is replaced by the article's own
title when its layout found one ("Q1-3 2009" for "the January-March 2009 quarter"), else by
the first key point the brief keeps (a model's sentence with the article's numbers only), else
kept and warned about. A summary loses the sentences that give one ("... has created nearly 4
million private sector jobs" for an article that says 4.6 million), with a warning; one whose every
sentence gives one is kept and warned about: replacing a summary with the article's lead was
tried and dropped (a byline or a dateline can stand where the lead is expected). Numbers
glued to a name ("Covid-19") and ordinals ("2nd quarter") are no claim of quantity and are
not checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarizer.brief.drafts import BriefDraft
from summarizer.brief.schema import BriefWarning
from summarizer.grounding.ground import unsupported_numbers

__all__ = ["Prose", "grounded_prose"]


@dataclass
class Prose:
    """The brief's prose once every key point's numbers are the article's."""

    headline: str
    summary: str
    key_points: list[str]
    warnings: list[BriefWarning] = field(default_factory=list)


def grounded_prose(draft: BriefDraft, text: str, title: str | None = None) -> Prose:
    """``draft``'s headline, summary and key points: a key point that gives a number the
    article does not state dropped, a headline that does so replaced by the article's
    ``title`` (if it has one) or else by the first kept key point, a summary's sentences that
    do so dropped (all of them: the summary kept), each with a warning."""
    prose = Prose(headline=draft.headline.strip(), summary=draft.summary.strip(), key_points=[])
    title = title.strip() if title and _HEADLINE_LIKE.fullmatch(title.strip()) else None
    invented = _invented(prose.headline, text)
    if invented and title:
        prose.warnings.append(
            _warning("headline", prose.headline, invented, "replaced by the article's title")
        )
        prose.headline = title
    invented_headline = invented if invented and not title else []
    invented = _invented(prose.summary, text)
    if invented:
        pieces = _SENTENCE_END.split(prose.summary)
        kept = [piece for piece in pieces if not _invented(piece, text)]
        what = "the sentences giving them dropped" if kept else "kept"
        prose.warnings.append(_warning("summary", prose.summary, invented, what))
        prose.summary = " ".join(kept) if kept else prose.summary
    for i, point in enumerate(p.strip() for p in draft.key_points):
        if not point:
            continue
        invented = _invented(point, text)
        if invented:
            prose.warnings.append(_warning(f"key_points[{i}]", point, invented, "dropped"))
            continue
        prose.key_points.append(point)
    if invented_headline:  # no title: the first key point that is headline length, if any
        first = next((p for p in prose.key_points if len(p.split()) <= _HEADLINE_WORDS), None)
        what = "replaced by the first key point" if first else "kept"
        prose.warnings.insert(0, _warning("headline", prose.headline, invented_headline, what))
        prose.headline = first or prose.headline
    return prose


_HEADLINE_WORDS = 25  # the longest key point that may stand for a headline


# A title that reads as a headline: 3 to 20 words, no menu bar ("Home | News"), no photo
# credit or sharing line, no dateline ("WASHINGTON (Reuters) -"), not a sentence ending on a
# full stop (a lead taken for the title).
_HEADLINE_LIKE = re.compile(
    r"(?!(?:Photo|Image|Picture|Video|Share|Home|Menu|Skip|Advertisement|Subscribe|Sign|Log|"
    r"Read|Click|Follow)\b)(?![^\n]*(?:\||\((?:AP|AFP|Reuters|Xinhua)\)))"
    r"[^\s](?:\S*\s+){2,19}\S*[^.\s]"
)


# Where a sentence of the model's summary ends (a split inside "U. S." drops nothing: the pieces
# are joined again).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def _invented(words: str, text: str) -> list[str]:
    """The numbers of ``words`` the article does not state (names and ordinals aside)."""
    return unsupported_numbers(words, text) if words else []


def _warning(where: str, words: str, numbers: list[str], what: str) -> BriefWarning:
    given = ", ".join(repr(n) for n in numbers)
    return BriefWarning(
        code="unsupported_number",
        message=f"{where} {words!r} gives {given}, which the article does not: {what}",
    )
