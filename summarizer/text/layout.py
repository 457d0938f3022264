"""Scraping noise and article furniture, found without changing the text.

The article is never rewritten (every offset in a brief indexes the text as given); this
module only tells which lines are noise and why, and picks out the title, byline and
translation disclosure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["MONTH_NAMES", "WEEKDAY_NAMES", "Layout", "Line", "layout"]

# A month's name written in full (a pattern; the datelines below also read abbreviations).
MONTH_NAMES = (
    r"(?:(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber)"
)

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
WEEKDAY_NAMES = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_NOISE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("weather", re.compile(r"^\s*-?\d+(?:\.\d+)?\s*°?\s*[FC]\s*$")),
    (
        "dateline",
        re.compile(
            rf"^\s*(?:{WEEKDAY_NAMES},?\s+)?(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})"
            r"(?:\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?\s*$",
            re.IGNORECASE,
        ),
    ),
    (
        "timestamp",
        re.compile(r"^[^.!?]{0,40}\b(?:19|20)\d{2}\b[^.!?]{0,10}\b\d{1,2}:\d{2}\b[^.!?]{0,20}$"),
    ),
    (
        "timestamp",
        re.compile(
            r"^\s*(?:입력|수정|기사입력|Updated|Posted)?\s*:?\s*\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
        ),
    ),
    ("advertisement", re.compile(r"^\s*(?:Advertisement|ADVERTISEMENT|Ad|Sponsored)\s*$")),
    ("wire_note", re.compile(r"^\s*\(ATTN:.*\)\s*$|^\s*\(END\)\s*$")),
    (
        "teaser",
        re.compile(
            r"^\s*(?:Related|Read also|See also|Read more|Also read|"
            r"More|Most read|Recommended)\s*:",
            re.I,
        ),
    ),
    (
        "page_furniture",
        re.compile(r"^\s*(?:Page \d+ of \d+|Comments \(\d+\)|Share|Print)\s*$", re.I),
    ),
    (
        "injection",
        re.compile(
            r"\b(?:ignore|disregard|forget)\b.{0,30}\b(?:instructions|prompt|rules)\b|"
            r"\byou are now\b|\bsystem prompt\b",
            re.I,
        ),
    ),
    ("place", re.compile(r"^\s*[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\s*$")),
]
_BYLINE = re.compile(
    r"^\s*(?:BY|By)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})(?:\s*\[[^\]]*\])?\s*$"
)
_TRANSLATION = re.compile(
    r"(?:originally (?:written|published) in|translated (?:by|from|with)|"
    r"translation (?:by|with)|machine[- ]translat|AI-assisted translation)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Line:
    """One line of the article: its offsets and, for noise, why."""

    start: int
    end: int
    text: str
    noise: str | None = None


@dataclass(frozen=True)
class Layout:
    """The article's lines, title, byline and translation disclosure."""

    lines: tuple[Line, ...]
    title: Line | None
    byline: str | None
    translation_note: Line | None

    def noise_at(self, offset: int) -> str | None:
        """Why the line holding ``offset`` is noise, or None for article text."""
        for line in self.lines:
            if line.start <= offset < line.end:
                return line.noise
        return None

    def body_lines(self) -> list[Line]:
        return [ln for ln in self.lines if ln.noise is None and ln.text.strip()]

    def model_lines(self) -> list[Line]:
        """Body lines the model reads: the translation note (kept in the brief's ``article``
        info) is left out too, which shortens the prompt. Photo captions stay: they name
        sources (docs/decisions.md)."""
        note = self.translation_note
        return [ln for ln in self.body_lines() if not (note and ln.start == note.start)]

    def model_text(self) -> str:
        """The article as the model reads it: paragraphs of :meth:`model_lines`.

        Only the model sees this; quotes are always aligned to the text as given.
        """
        return "\n\n".join(ln.text.strip() for ln in self.model_lines())


def _split_lines(text: str) -> list[tuple[int, int, str]]:
    out = []
    start = 0
    for match in re.finditer(r"\r\n|\n|\r", text):
        out.append((start, match.start(), text[start : match.start()]))
        start = match.end()
    if start < len(text):
        out.append((start, len(text), text[start:]))
    return out


@lru_cache(maxsize=1024)
def layout(text: str) -> Layout:
    """Classify every line of ``text`` (computed once per text: a :class:`Layout` is
    immutable)."""
    seen: set[str] = set()
    lines: list[Line] = []
    title: Line | None = None
    byline: str | None = None
    translation: Line | None = None
    for start, end, raw in _split_lines(text):
        stripped = raw.strip()
        noise: str | None = None
        if stripped:
            key = " ".join(stripped.split())
            if key in seen and len(key) > 20:
                noise = "duplicate"
            else:
                for reason, pattern in _NOISE_PATTERNS:
                    if reason == "place" and (title is not None or len(key) > 40):
                        continue
                    if pattern.search(stripped):  # (not raw: a long run of spaces made
                        noise = reason  # the timestamp pattern's "\s*:?\s*" cubic)
                        break
            byline_match = _BYLINE.match(raw)
            if noise is None and byline_match:
                noise = "byline"
                byline = byline_match.group(1).strip()
            if noise is None and _TRANSLATION.search(raw) and len(key) < 600:
                translation = translation or Line(start, end, raw)
            seen.add(key)
        line = Line(start, end, raw, noise)
        if title is None and noise is None and stripped and len(stripped) < 200:
            title = line
        lines.append(line)
    return Layout(tuple(lines), title, byline, translation)
