"""The brief's prose (headline, summary, key points) holds no number the article does not state.

The model writes the prose; a small model invents a number now and then ("Fastest growth since
2014" for an article that says "in six years"). A brief is read as traceable to its article, so
such prose does not stand, and nothing is lost silently:

- a key point with a number the article does not state is dropped;
- a headline with one is replaced by the article's own title (else its first sentence);
- a summary with one is replaced by the article's first sentence (its lead);

each with a warning ``unsupported_number`` that quotes what was replaced.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from summarizer.brief.drafts import BriefDraft
from summarizer.brief.schema import BriefWarning
from summarizer.grounding.ground import unsupported_numbers
from summarizer.text.layout import Layout
from summarizer.text.sentences import sentences

__all__ = ["Prose", "grounded_prose"]

_HEADLINE_CHARS = 160


@dataclass
class Prose:
    """The brief's prose once every number in it is the article's."""

    headline: str
    summary: str
    key_points: list[str]
    warnings: list[BriefWarning] = field(default_factory=list)


def grounded_prose(draft: BriefDraft, text: str, lay: Layout) -> Prose:
    """``draft``'s headline, summary and key points, each one that gives a number the article
    does not state replaced by the article's own words (or, a key point, dropped)."""
    prose = Prose(
        headline=draft.headline.strip(),
        summary=draft.summary.strip(),
        key_points=[],
    )
    lead = _lead(text, lay)
    title = lay.title.text.strip() if lay.title is not None else ""
    if _invented(prose.headline, text) and (title or lead):
        replacement = title or _clip(lead)
        prose.warnings += _replaced("headline", prose.headline, text, replacement)
        prose.headline = replacement
    if _invented(prose.summary, text) and lead:
        prose.warnings += _replaced("summary", prose.summary, text, lead)
        prose.summary = lead
    for i, point in enumerate(p.strip() for p in draft.key_points):
        if not point:
            continue
        if _invented(point, text):
            prose.warnings += _replaced(f"key_points[{i}]", point, text, None)
            continue
        prose.key_points.append(point)
    return prose


def _invented(words: str, text: str) -> list[str]:
    return unsupported_numbers(words, text) if words else []


def _replaced(where: str, words: str, text: str, replacement: str | None) -> list[BriefWarning]:
    numbers = ", ".join(repr(n) for n in _invented(words, text))
    what = "dropped" if replacement is None else "replaced by the article's own words"
    return [
        BriefWarning(
            code="unsupported_number",
            message=f"{where} {words!r} gives {numbers}, which the article does not: {what}",
        )
    ]


def _lead(text: str, lay: Layout) -> str:
    """The article's first sentence after its title."""
    title_end = lay.title.end if lay.title is not None else -1
    first = next((s for s in sentences(text, lay) if s.start >= title_end), None)
    return first.text.strip() if first is not None else ""


def _clip(sentence: str) -> str:
    if len(sentence) <= _HEADLINE_CHARS:
        return sentence
    cut = sentence.rfind(" ", 0, _HEADLINE_CHARS)
    return sentence[: cut if cut > 0 else _HEADLINE_CHARS].rstrip(" ,;:") + " …"
