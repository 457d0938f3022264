"""``staged`` for an article longer than one request can hold: read window by window.

Figures still come from the scan of the whole article, and who states each from its
attribution rules (neither has a window limit). The model reads the article in windows
(:mod:`summarizer.text.windows`), in order, two calls each (the second reuses the server's
prompt cache of the first): the sources the window names (merged by name across windows),
and short notes. The headline, summary and key points are then written from the notes
(map-reduce); notes too long for one request are first condensed in groups, as often as
needed. A window whose notes failed is reported; if every window failed, the summary is
written from the first window (news puts the main facts first).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from summarizer.brief.schema import BriefWarning
from summarizer.llm.prompts import PromptSet
from summarizer.llm.responses import Notes, SourceLabels, SummaryDraft
from summarizer.llm.strategies.base import Extraction, Step, build_messages
from summarizer.llm.strategies.staged import StagedStrategy
from summarizer.text.layout import Layout
from summarizer.text.windows import Window, estimate

__all__ = ["WindowedStrategy"]

NOTES_TOKENS = 500  # the answer bound of one notes call (six short sentences fit)
MAX_ROUNDS = 4  # rounds of condensing notes before the rest is cut (and reported)


class WindowedStrategy(StagedStrategy):
    """The staged strategy over ``windows`` of an article, each within ``budget`` tokens."""

    def __init__(
        self, prompts: PromptSet, text: str, lay: Layout, windows: list[Window], budget: int
    ) -> None:
        super().__init__(prompts, text, lay)
        self.windows, self.budget = windows, budget
        self._notes: dict[int, list[str]] = {}  # by part, in the current round
        self._inputs: dict[int, list[str]] = {}  # what each condensing call was given
        self._rounds = 0  # condensing rounds started
        self._last_groups: int | None = None  # groups the last round condensed
        self._warnings: list[BriefWarning] = []

    def part_text(self, window: Window) -> str:
        """What the model reads of ``window``: its body lines, cut at the window's ends."""
        parts = []
        for line in self.layout.model_lines():
            start, end = max(line.start, window.start), min(line.end, window.end)
            if start < end and self.text[start:end].strip():
                parts.append(self.text[start:end].strip())
        return "\n\n".join(parts)

    @property
    def expected_calls(self) -> int:
        """Sources and notes per window, then the summary (condensing rounds come on top)."""
        return 2 * len(self.windows) + 1

    def steps(self) -> list[Step[Any]]:
        p, count = self.prompts, len(self.windows)
        steps: list[Step[Any]] = []
        for i, window in enumerate(self.windows):
            text = self.part_text(window)
            phrases = self._cue_phrases(window.start, window.end)
            steps += [
                Step("sources", SourceLabels, build_messages(p, text, "sources",
                     phrases=phrases), self._accept_labels, required=False, max_tokens=700,
                     skippable=True, group="windows"),
                self._notes_step(text, i, count, "windows"),
            ]  # fmt: skip
        return steps

    def _notes_step(self, text: str, part: int, parts: int, group: str) -> Step[Notes]:
        messages = build_messages(self.prompts, text, "notes", part=part + 1, parts=parts)
        accept = partial(self._accept_notes, part, parts)
        return Step("notes", Notes, messages, accept, required=False, max_tokens=NOTES_TOKENS,
                    skippable=True, group=group)  # fmt: skip

    def _accept_notes(self, part: int, parts: int, notes: Notes | None) -> list[Step[Any]]:
        got = [n.strip() for n in notes.notes if n.strip()] if notes else []
        # A condensing call that failed or was skipped keeps the notes it was given.
        self._notes[part] = got or self._inputs.get(part, [])
        if len(self._notes) < parts:
            return []
        ordered = [n for i in sorted(self._notes) for n in self._notes[i]]
        self._notes, self._inputs = {}, {}
        return self._reduce(ordered)

    def _reduce(self, notes: list[str]) -> list[Step[Any]]:
        """The summary from ``notes`` when they fit one request, else a round of condensing
        (while rounds make the notes fewer groups, at most ``MAX_ROUNDS``)."""
        if not notes:
            self._warn("no_notes", "no window's notes came back: the summary is written from "
                       "the first window only")  # fmt: skip
            text, task = self.part_text(self.windows[0]), "summary"
        else:
            groups = _groups(notes, self.budget)
            fewer = self._last_groups is None or len(groups) < self._last_groups
            if len(groups) > 1 and fewer and self._rounds < MAX_ROUNDS:
                self._rounds, self._last_groups = self._rounds + 1, len(groups)
                self._inputs = dict(enumerate(groups))
                group = f"round {self._rounds}"
                return [
                    self._notes_step(_bullets(g), i, len(groups), group)
                    for i, g in enumerate(groups)
                ]
            if len(groups) > 1:
                self._warn("notes_cut", (
                    f"the notes did not fit one request after {self._rounds} round(s) of "
                    f"condensing: the summary is written from the first {len(groups[0])} of "
                    f"{len(notes)}"))  # fmt: skip
            text, task = _bullets(groups[0]), "reduce"
        messages = build_messages(self.prompts, text, task, parts=len(self.windows))
        return [Step("summary", SummaryDraft, messages, self._accept_summary, max_tokens=600)]

    def _warn(self, code: str, message: str) -> None:
        self._warnings.append(BriefWarning(code=code, message=message))

    def finish(self) -> Extraction:
        extraction = super().finish()
        read = BriefWarning(
            code="read_in_windows",
            message=f"the article is longer than one request holds ({self.budget:,} tokens of "
            f"article): the model read it in {len(self.windows)} windows; the headline, "
            "summary and key points are written from notes on each",
        )
        extraction.warnings[:0] = [read, *self._warnings]
        return extraction


def _groups(notes: list[str], budget: int) -> list[list[str]]:
    """``notes`` in groups whose bullets fit ``budget`` tokens (a note too big alone)."""
    groups: list[list[str]] = [[]]
    used = 0
    for note in notes:
        cost = estimate(note) + 1
        if groups[-1] and used + cost > budget:
            groups.append([])
            used = 0
        groups[-1].append(note)
        used += cost
    return groups


def _bullets(notes: list[str]) -> str:
    return "\n".join(f"- {note}" for note in notes)
