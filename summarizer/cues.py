"""Sentences that attribute a claim to somebody ("said", "according to", "told", ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .clean import Layout, layout

__all__ = ["CUE", "Sentence", "attribution_sentences", "sentences"]

CUE = re.compile(
    r"\b(?:said|says|say|told|tells|according to|announced|announces|reported|reports|"
    r"released|estimated|estimates|believe[sd]?|confirmed|confirms|stated|claimed|claims|"
    r"warned|warns|disclosed|quoted|cited|citing|noted|added|insisted|insists|argued|"
    r"acknowledged|denied|revealed|showed|shows|found|predicted|forecast|projected|"
    r"put the (?:number|figure|toll)|assessments?|spokes(?:man|woman|person))\b",
    re.IGNORECASE,
)
_BOUNDARY = re.compile(r"(?<=[.!?])[”\"’)]?\s+(?=[A-Z“\"‘(])")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def sentences(text: str, lay: Layout | None = None) -> list[Sentence]:
    """The sentences of the article's body lines (noise lines left out), with offsets."""
    lay = lay or layout(text)
    out = []
    for line in lay.body_lines():
        start = line.start
        for boundary in _BOUNDARY.finditer(line.text):
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
