"""Sentences and clauses of an article, and the ones that attribute a claim to somebody
("said", "according to", "told", ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.text.layout import Layout, layout

__all__ = [
    "CLAIM",
    "CREDIT",
    "CUE",
    "Sentence",
    "attribution_sentences",
    "clause_around",
    "sentence_around",
    "sentences",
]

CUE = re.compile(
    r"\b(?:said|says|say|told|tells|according to|announced|announces|reported|reports|"
    r"released|estimated|estimates|believe[sd]?|confirmed|confirms|stated|claimed|claims|"
    r"warned|warns|disclosed|quoted|cited|citing|noted|added|insisted|insists|argued|"
    r"acknowledged|denied|revealed|showed|shows|found|predicted|forecast|projected|"
    r"put the (?:number|figure|toll)|assessments?|spokes(?:man|woman|person))\b",
    re.IGNORECASE,
)
# A sentence that gives a claim to someone: an attribution cue, a quotation, what a poll or a
# study finds ("BBC global poll finds majority ..."), or a call ("called on Congress to ...");
# not the given name Said ("Berber rights activist Said Saadi").
CLAIM = re.compile(
    rf"(?!(?-i:Said\s+[A-Z][a-z])){CUE.pattern}|[\"“”]|"
    r"\b(?:finds?|polls?|surveys?|stud(?:y|ies)|reports?|called (?:on|for)|"
    r"calls (?:on|for)|urged|urges|demanded|demands|appealed)\b",
    re.IGNORECASE,
)
# A picture credit ("Image: DigitalGlobe.", "Photo: Reuters"): who made a picture, never who
# states a claim.
# A wire photo's caption too ("FILE - Republican U.S. presidential candidates Dr. Ben Carson,
# left, and businessman Donald Trump top a new poll."): who is pictured.
CREDIT = re.compile(
    r"^\W*(?:(?:Images?|Photos?|Pictures?|Photograph|Credits?)\s*:|(?-i:FILE)\s+[-–—]\s)",
    re.IGNORECASE,
)
_BOUNDARY = re.compile(r"(?<=[.!?])[”\"’)]?\s+(?=[A-Z“\"‘(])")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


# Abbreviations that end in a full stop inside a sentence ("Rep. Han", "Dr. Marchand").
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Rep|Sen|Gov|Gen|Col|Lt|Capt|Sgt|St|Mt|No|Co|Corp|Inc|Ltd|"
    r"Jr|Sr|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|vs|approx|est)|\b[A-Z](?:\.[A-Z])*)\.$"
)


def sentences(
    text: str, lay: Layout | None = None, *, abbreviations: bool = False
) -> list[Sentence]:
    """The sentences of the article's body lines (noise lines left out), with offsets.

    ``abbreviations``: do not end a sentence after "Rep.", "Dr.", "U.S." and the like. Off
    by default only because the sources prompt quotes the sentences as they were first cut
    (changing them changes the recorded prompts); attribution turns it on.
    """
    lay = lay or layout(text)
    out = []
    for line in lay.body_lines():
        start = line.start
        for boundary in _BOUNDARY.finditer(line.text):
            if abbreviations and _ABBREVIATION.search(line.text, 0, boundary.start()):
                continue
            piece = text[start : line.start + boundary.start()].strip()
            if piece:
                s = text.index(piece, start)
                out.append(Sentence(s, s + len(piece), piece))
            start = line.start + boundary.end()
        piece = text[start : line.end].strip()
        if piece:
            s = text.index(piece, start)
            out.append(Sentence(s, s + len(piece), piece))
    return out


def attribution_sentences(text: str, lay: Layout | None = None) -> list[Sentence]:
    """Body sentences holding an attribution cue, in order."""
    return [s for s in sentences(text, lay) if CUE.search(s.text)]


_SENTENCE_BREAK = re.compile(r"[.!?][”\"’)]?\s+(?=[A-Z“\"‘(])")
_SENTENCE_END = re.compile(r"[.!?][”\"’)]?(?=\s+[A-Z“\"‘(]|\s*$)")


# No sentence runs longer: a text with no full stop for pages is cut at a space this far from
# the words it is asked about (else every figure of a 200 kB line read the whole line).
_LONGEST_SENTENCE = 2000


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence (within its line) that holds ``text[start:end]``."""
    line_start = max(text.rfind("\n", 0, start) + 1, 0)
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    low = max(line_start, start - _LONGEST_SENTENCE)
    high = min(line_end, end + _LONGEST_SENTENCE)
    s = low if low == line_start else _after_space(text, low, start)
    for m in _SENTENCE_BREAK.finditer(text, low, min(start + 1, line_end)):
        if m.end() <= start:
            s = m.end()
    stop = _SENTENCE_END.search(text, end, high)
    e = stop.end() if stop else high
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _after_space(text: str, low: int, start: int) -> int:
    """The first word start at or after ``low`` (not after ``start``)."""
    space = text.find(" ", low, start)
    return space + 1 if space >= 0 else low


_CLAUSE_BREAK = re.compile(r"[,;:—–]\s|\s[—–]\s|\s(?:though|while|but|whereas)\s")


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: its sentence, cut at the clause breaks."""
    s_start, s_end = sentence_around(text, start, end)
    c_start, c_end = s_start, s_end
    for brk in _CLAUSE_BREAK.finditer(text, s_start, start):
        c_start = brk.end()
    after = _CLAUSE_BREAK.search(text, end, s_end)
    if after:
        c_end = after.start()
    if len(text[c_start:c_end].split()) < 4:  # too short to read on its own: the sentence
        c_start, c_end = s_start, s_end
    while c_end > c_start and text[c_end - 1] in " .":
        c_end -= 1
    return c_start, c_end
