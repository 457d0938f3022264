"""``staged``: for small models. Deterministic figures, and two small model calls.

The deterministic scan finds every number with its range and qualifier, so every figure's
value comes from the article's own words (what it counts is read off the words around it, who
states it off the article's attribution: :mod:`summarizer.llm.strategies.sourcing`). The model
gets two small calls: the sources (helped by the attribution phrases the scan found), then the
headline, summary and key points.
What was tried and dropped, with its numbers, is in ``docs/decisions.md``.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cached_property
from typing import Any

from summarizer.brief.drafts import BriefDraft
from summarizer.brief.schema import BriefWarning
from summarizer.llm.prompts import PromptSet
from summarizer.llm.responses import SourceLabels, SummaryDraft
from summarizer.llm.strategies.base import Extraction, Step, build_messages
from summarizer.llm.strategies.sourcing import SourceBook
from summarizer.text.figures import figure_drafts
from summarizer.text.layout import Layout
from summarizer.text.numbers.quantities import figure_candidates
from summarizer.text.sentences import CUE, Sentence, sentences

__all__ = ["StagedStrategy"]

CUE_WINDOW = 30  # characters on each side of an attribution cue in the sources prompt
MAX_CUE_PHRASES = 40


class StagedStrategy:
    """Deterministic figures, and two small model calls: sources, then the summary."""

    name = "staged"

    def __init__(self, prompts: PromptSet, text: str, lay: Layout) -> None:
        self.prompts, self.text, self.layout = prompts, text, lay
        self.model_text = lay.model_text()
        self.candidates = figure_candidates(text, lay)
        self.sentences: list[Sentence] = sentences(text, lay)
        self._labels: list[SourceLabels | None] = []  # one answer per part read
        self._summary: SummaryDraft | None = None

    def steps(self) -> list[Step[Any]]:
        p, t = self.prompts, self.model_text
        return [
            Step(
                "sources",
                SourceLabels,
                build_messages(p, t, "sources", phrases=self._cue_phrases()),
                self._accept_labels,
                required=False,
                max_tokens=700,
            ),
            Step(
                "summary",
                SummaryDraft,
                build_messages(p, t, "summary"),
                self._accept_summary,
                max_tokens=600,
            ),
        ]

    def _accept_labels(self, labels: SourceLabels | None) -> list[Step[Any]]:
        self._labels.append(labels)
        return []  # every scanned number is already a figure: no follow-up

    def _accept_summary(self, summary: SummaryDraft | None) -> list[Step[Any]]:
        self._summary = summary
        return []

    def finish(self) -> Extraction:
        summary = self._summary
        if summary is None:  # the step is required: the plan raised its error instead
            raise RuntimeError("the staged strategy finished without its summary")
        warnings: list[BriefWarning] = []
        book = SourceBook(self.text, self.layout, self.sentences)
        for labels in self._labels:  # the same source named again is merged by name
            book.add_labels(labels, warnings)
        cues = sum(1 for sentence in self._shown_sentences if CUE.search(sentence.text))
        if cues and not any(labels and labels.sources for labels in self._labels):
            warnings.append(BriefWarning(code="model_listed_no_sources", message=(
                f"the model listed no source though {cues} sentence(s) attribute claims "
                "(said, according to, ...): the sources come from the article's attribution "
                "alone; check them")))  # fmt: skip
        book.add_claims()
        book.merge_short_forms()
        figures, anchors = figure_drafts(self.text, self.layout, book.source_of, self.candidates)
        draft = BriefDraft(
            headline=summary.headline,
            summary=summary.summary,
            key_points=summary.key_points,
            figures=figures,
            sources=book.sources,
        )
        return Extraction(draft, anchors, warnings)

    @cached_property
    def _shown_sentences(self) -> list[Sentence]:
        """The sentences on lines the model reads."""
        shown = [(ln.start, ln.end) for ln in self.layout.model_lines()]
        starts = [a for a, _ in shown]
        out = []
        for sentence in self.sentences:
            i = bisect_right(starts, sentence.start) - 1
            if i >= 0 and sentence.start < shown[i][1]:
                out.append(sentence)
        return out

    def _cue_phrases(self, start: int = 0, end: int | None = None) -> list[str]:
        """The words around each attribution cue ("... says Ukrainian military intelligence")
        in the sentences that begin in ``text[start:end]``."""
        phrases: list[str] = []
        stop = len(self.text) if end is None else end
        for sentence in self._shown_sentences:
            if not start <= sentence.start < stop:
                continue  # not in this part
            around: list[list[int]] = []  # overlapping stretches of one sentence merged
            for cue in CUE.finditer(sentence.text):
                lo = max(0, cue.start() - CUE_WINDOW)
                hi = min(len(sentence.text), cue.end() + CUE_WINDOW)
                if around and lo <= around[-1][1]:
                    around[-1][1] = max(around[-1][1], hi)
                else:
                    around.append([lo, hi])
            for a, b in around:
                phrase = " ".join(sentence.text[a:b].split()).replace('"', "'")
                phrase = ("…" if a else "") + phrase + ("…" if b < len(sentence.text) else "")
                if phrase not in phrases:
                    phrases.append(phrase)
        return phrases[:MAX_CUE_PHRASES]
