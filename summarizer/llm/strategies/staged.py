"""``staged``: for small models. Deterministic figures, and two small model calls.

The deterministic scan finds every number with its range and qualifier, so every figure's
value comes from the article's own words (what it counts is read off the words that follow it,
who states it off the sentence's named source). The model gets two small calls: the sources
(helped by the attribution phrases the scan found), then the headline, summary and key points.
What was tried and dropped, with its numbers, is in ``docs/decisions.md``.
"""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz

from summarizer.brief.drafts import BriefDraft, FigureDraft, SourceDraft
from summarizer.brief.schema import BriefWarning
from summarizer.llm.prompts import PromptSet
from summarizer.llm.responses import SourceLabels, SummaryDraft
from summarizer.llm.strategies.base import Extraction, Step, build_messages
from summarizer.text.layout import Layout
from summarizer.text.meaning import figure_unit, figure_what
from summarizer.text.names import name_key, unnamed
from summarizer.text.quantities import figure_candidates
from summarizer.text.sentences import CUE, Sentence, clause_around, sentence_around, sentences

__all__ = ["StagedStrategy"]

NAME_MATCH = 85  # rapidfuzz partial ratio for a source name found in a sentence
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
        self._labels: SourceLabels | None = None
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
        self._labels = labels
        return []  # every scanned number is already a figure: no follow-up

    def _accept_summary(self, summary: SummaryDraft | None) -> list[Step[Any]]:
        self._summary = summary
        return []

    def finish(self) -> Extraction:
        summary = self._summary
        if summary is None:  # the step is required: the plan raised its error instead
            raise RuntimeError("the staged strategy finished without its summary")
        warnings: list[BriefWarning] = []
        sources, source_sentences = self._sources(self._labels, warnings)
        figures: list[FigureDraft] = []
        anchors: dict[int, int] = {}
        for mention in self.candidates:
            start, end = clause_around(self.text, mention.start, mention.end)
            quote = self.text[start:end]
            s_start, _ = sentence_around(self.text, mention.start, mention.end)
            anchors[len(figures)] = start
            figures.append(
                FigureDraft(
                    what=figure_what(self.text, mention, quote),
                    value_low=mention.value_low,
                    value_high=mention.value_high,
                    unit=figure_unit(self.text, mention),
                    qualifier=mention.qualifier,
                    source=source_sentences.get(s_start),
                    quote=quote,
                )
            )
        draft = BriefDraft(
            headline=summary.headline,
            summary=summary.summary,
            key_points=summary.key_points,
            figures=figures,
            sources=sources,
        )
        return Extraction(draft, anchors, warnings)

    def _cue_phrases(self) -> list[str]:
        """The words around each attribution cue ("... says Ukrainian military intelligence")."""
        phrases: list[str] = []
        shown = [(ln.start, ln.end) for ln in self.layout.model_lines()]
        for sentence in self.sentences:
            if not any(start <= sentence.start < end for start, end in shown):
                continue  # the model does not see this line
            windows: list[list[int]] = []  # overlapping windows of one sentence merged
            for cue in CUE.finditer(sentence.text):
                start = max(0, cue.start() - CUE_WINDOW)
                end = min(len(sentence.text), cue.end() + CUE_WINDOW)
                if windows and start <= windows[-1][1]:
                    windows[-1][1] = max(windows[-1][1], end)
                else:
                    windows.append([start, end])
            for start, end in windows:
                phrase = " ".join(sentence.text[start:end].split()).replace('"', "'")
                phrase = ("…" if start else "") + phrase + ("…" if end < len(sentence.text) else "")
                if phrase not in phrases:
                    phrases.append(phrase)
        return phrases[:MAX_CUE_PHRASES]

    def _sentence_naming(self, name: str) -> Sentence | None:
        key = name_key(name)
        scored = [
            (fuzz.partial_ratio(key, name_key(s.text)), -i, s) for i, s in enumerate(self.sentences)
        ]
        good = [item for item in scored if item[0] >= NAME_MATCH]
        if not good:
            return None
        # Prefer a sentence that attributes something (said, told, according to ...).
        attributing = [item for item in good if CUE.search(item[2].text)]
        return max(attributing or good, key=lambda item: (item[0], item[1]))[2]

    def _naming_clause(self, name: str, sentence: Sentence) -> str:
        """The clause of ``sentence`` where ``name`` (fuzzily) stands."""
        hay = sentence.text.casefold().replace("’", "'")
        if len(hay) != len(sentence.text):  # casefolding changed offsets: keep the sentence
            return sentence.text
        found = fuzz.partial_ratio_alignment(name.casefold().replace("’", "'"), hay)
        if found is None:
            return sentence.text
        start, end = clause_around(
            self.text, sentence.start + found.dest_start, sentence.start + found.dest_end
        )
        return self.text[start:end]

    def _sources(
        self, labels: SourceLabels | None, warnings: list[BriefWarning]
    ) -> tuple[list[SourceDraft], dict[int, str]]:
        """Sources tied to the sentence that names them; sentence start -> source name."""
        if labels is None:
            return [], {}
        out: list[SourceDraft] = []
        by_sentence: dict[int, str] = {}
        seen: list[str] = []
        for label in labels.sources:
            name = label.name.strip()
            key = name_key(name)
            if not key or any(fuzz.token_set_ratio(key, other) >= 90 for other in seen):
                continue  # the same source again ("Korea’s KCTV" and "Korea's KCTV")
            sentence = self._sentence_naming(name)
            quote = self._naming_clause(name, sentence) if sentence else None
            if sentence is None or quote is None:
                warnings.append(
                    BriefWarning(
                        code="source_not_found",
                        message=f"dropped source {name!r}: no sentence of the article names it",
                    )
                )
                continue
            seen.append(key)
            by_sentence.setdefault(sentence.start, name)
            out.append(
                SourceDraft(
                    name=name, kind=label.kind, anonymous=unnamed(name, label.kind), quote=quote
                )
            )
        return out, by_sentence
