"""Windows of an article too long for the model's context: offsets into the text as given.

Rules. The text is cut into *units* that each fit the token ``budget``: paragraphs (split on
blank lines, or on single newlines when the text has no blank line); a paragraph too big is
cut after its sentence ends; a sentence too big after its whitespace runs; a run with no
whitespace too big is cut hard, never right before a combining mark, a zero-width joiner or
a low surrogate (nor right after a joiner or a high surrogate) unless the run leaves no
other place. Separators stay with the unit before them, so units tile the text exactly.
Windows are packed greedily: each holds as many consecutive units as fit. Each window after
the first opens with an *overlap* (the end of the previous one): from the earliest sentence
or line start at most ``overlap`` characters before the previous window's end (and after
its start) that leaves room for the next unit, else from the earliest such word start, else
(none leaves room) with no overlap at all.

Guarantees: windows are in order, indexed 0, 1, ...; the first starts at 0 and the last ends
at ``len(text)``; starts and ends strictly increase; consecutive windows touch or overlap
(``w[i+1].start <= w[i].end``) by at most ``overlap`` characters; ``text_of`` returns
``text[start:end]``. A window's count is taken as the sum of ``count`` over its overlap and
its units (each unit is counted once: near-linear time), and that sum is ``<= budget``. For
a subadditive counter (``count(a + b) <= count(a) + count(b)``: the default :func:`estimate`,
word counts) the window's own count is therefore within the budget too. A real tokenizer
may count a window a little differently from the sum of its parts (usually fewer tokens,
sometimes more at a cut): keep a small margin below the context if it must be exact. The
sum overstates the default estimate by about one token a unit, so windows cut between words
are filled less than the budget allows.

ValueError: ``budget < 1``, ``overlap < 0``, or a single character counting more than the
budget (with the default estimate, any text splits once ``budget >= 2``).
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass

__all__ = ["TokenCounter", "Window", "calibrated", "estimate", "split_windows"]

TokenCounter = Callable[[str], int]

_BLANK_LINES = re.compile(r"\r?\n(?:[ \t]*\r?\n)+")
_NEWLINE = re.compile(r"\r\n|\n|\r")
_SENTENCE_END = re.compile(r"[.!?…][”\"’)\]]*\s+|[。！？][”\"’)\]]*\s*")
_WHITESPACE = re.compile(r"\s+")
_SENTENCE_OR_LINE_START = re.compile(_SENTENCE_END.pattern + r"|\n\s*")
_JOINER = "\u200d"


@dataclass(frozen=True)
class Window:
    """One window of an article: ``article[start:end]``, the ``index``-th in order."""

    start: int
    end: int
    index: int

    def text_of(self, article: str) -> str:
        return article[self.start : self.end]


def estimate(text: str) -> int:
    """A deliberately high token estimate: ASCII characters // 3, plus one token a character
    outside ASCII, plus 1 (English runs near four characters a token: three are counted)."""
    ascii_chars = len(text.encode("ascii", "ignore"))
    return ascii_chars // 3 + (len(text) - ascii_chars) + 1


def calibrated(real: int, estimated: int, margin: float = 1.1) -> TokenCounter:
    """:func:`estimate` scaled to a tokenizer that counted ``real`` tokens where the
    estimate says ``estimated``, with a ``margin`` (a part of the text may be denser than
    the whole): fewer windows for prose, more for text the tokenizer spells out finely
    (digits, punctuation, rare scripts)."""
    ratio = margin * real / max(1, estimated)
    return lambda text: math.ceil(estimate(text) * ratio)


def split_windows(
    text: str, budget: int, *, count: TokenCounter = estimate, overlap: int = 200
) -> list[Window]:
    """The windows of ``text`` (see the module's rules), each worth ``<= budget`` tokens as
    counted by ``count``, consecutive ones sharing at most ``overlap`` characters."""
    if budget < 1:
        raise ValueError(f"budget must be at least 1 token, got {budget}: raise the budget")
    if overlap < 0:
        raise ValueError(f"overlap must be 0 or more characters, got {overlap}")
    levels = [_BLANK_LINES if _BLANK_LINES.search(text) else _NEWLINE, _SENTENCE_END, _WHITESPACE]
    units = list(_units(text, 0, len(text), count(text), budget, count, levels))
    return _pack(text, units, budget, count, overlap) if units else [Window(0, 0, 0)]


def _units(
    text: str,
    start: int,
    end: int,
    tokens: int,
    budget: int,
    count: TokenCounter,
    levels: list[re.Pattern[str]],
) -> Iterator[tuple[int, int, int]]:
    """(start, end, tokens) of units tiling ``text[start:end]``, which counts ``tokens``."""
    if tokens <= budget:
        yield start, end, tokens
        return
    for depth, pattern in enumerate(levels):
        cuts = [m.end() for m in pattern.finditer(text, start, end) if start < m.end() < end]
        if cuts:
            finer = levels[depth + 1 :]
            for a, b in zip([start, *cuts], [*cuts, end], strict=True):
                yield from _units(text, a, b, count(text[a:b]), budget, count, finer)
            return
    yield from _hard_cuts(text, start, end, tokens, budget, count)


def _hard_cuts(
    text: str, start: int, end: int, tokens: int, budget: int, count: TokenCounter
) -> Iterator[tuple[int, int, int]]:
    """Pieces of a run with no usable separator, each as long as the budget allows."""
    guess = max(1, (end - start) * budget // tokens)
    pos = start
    while pos < end:
        size = guess
        while True:
            cut = end if pos + size >= end else _safe_cut(text, pos, pos + size)
            piece = count(text[pos:cut])
            if piece <= budget:
                break
            if cut - pos == 1:
                raise ValueError(
                    f"budget of {budget} tokens cannot hold the character {text[pos]!r} at "
                    f"offset {pos} ({piece} tokens): raise the budget"
                )
            size = min(cut - pos - 1, max(1, (cut - pos) * budget // piece))
        yield pos, cut, piece
        pos = cut


def _safe_cut(text: str, pos: int, cut: int) -> int:
    """``cut``, moved back (but not to ``pos``) off a place inside a character sequence."""
    back = cut
    while back > pos and _inside_sequence(text, back):
        back -= 1
    return back if back > pos else cut


def _inside_sequence(text: str, at: int) -> bool:
    after, before = text[at], text[at - 1]
    return (
        unicodedata.category(after) in ("Mn", "Mc", "Me")
        or after == _JOINER
        or before == _JOINER
        or "\udc00" <= after <= "\udfff"
        or "\ud800" <= before <= "\udbff"
    )


def _pack(
    text: str, units: list[tuple[int, int, int]], budget: int, count: TokenCounter, overlap: int
) -> list[Window]:
    """Greedy windows over ``units``, each after the first opening with an overlap."""
    windows: list[Window] = []
    start, used, i = 0, 0, 0
    while i < len(units):
        while i < len(units) and used + units[i][2] <= budget:
            used += units[i][2]
            i += 1
        end = units[i - 1][1]
        windows.append(Window(start, end, len(windows)))
        if i < len(units):
            start, used = _overlap(text, start, end, overlap, budget - units[i][2], count)
    return windows


def _overlap(
    text: str, start: int, end: int, overlap: int, room: int, count: TokenCounter
) -> tuple[int, int]:
    """(start, tokens) of the next window's overlap: the earliest sentence or line start in
    the last ``overlap`` characters of the previous window whose text up to ``end`` fits in
    ``room`` tokens, else the earliest such word start; ``(end, 0)`` if none fits."""
    low = max(end - overlap, start + 1)
    for pattern in (_SENTENCE_OR_LINE_START, _WHITESPACE):
        starts = [m.end() for m in pattern.finditer(text, low, end) if m.end() < end]
        # later starts leave less text: a binary search for the first that fits
        first = bisect_left(starts, True, key=lambda at: count(text[at:end]) <= room)
        if first < len(starts):
            return starts[first], count(text[starts[first] : end])
    return end, 0
