"""Extraction strategies: how the model is asked, as a list of independent steps.

``single``: one call that fills the whole :class:`~summarizer.drafts.BriefDraft`, for models
strong enough to do it at once.

``staged``: for small models. The deterministic scan finds every number with its range and
qualifier, so every figure's value comes from the article's own words (what it counts is read
off the words that follow it, who states it off the sentence's named source). The model gets
two small calls: the sources (helped by the attribution phrases the scan found), then the
headline, summary and key points. A figure-labelling call was tried and dropped: the 1.5B
model labelled all 13 seed figures "number of troops" and took 65 s. One call for sources and
summary together was tried and dropped too: it saved 38 % of the tokens, but with the summary
first the model listed far fewer sources (gold-set source recall 0.51 -> 0.30), and with the
sources first its headline was wrong and its key points repeated the source list.

In both, the article sits first, in the system message, so a server's prompt cache reuses it
from one call to the next; what varies per step (task, schema) comes after it. A strategy is a
plan (``steps``) and an assembly (``finish``); the sync and async runners in
:mod:`summarizer.api` execute the same plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel
from rapidfuzz import fuzz

from .clean import Layout
from .cues import CUE, Sentence, sentences
from .drafts import (
    BriefDraft,
    FigureDraft,
    MissedFigures,
    SourceDraft,
    SourceLabels,
    SummaryDraft,
)
from .ground import ground, uncovered
from .models import BriefWarning
from .prompts import PromptSet
from .scan import Mention, figure_candidates, sentence_around

__all__ = ["Extraction", "SingleStrategy", "StagedStrategy", "Step", "make_strategy"]


@dataclass(frozen=True)
class Step:
    """One model call: a name, what to fill, and the messages."""

    name: str
    response_model: type[BaseModel]
    messages: list[dict[str, str]]
    required: bool = True  # a failed optional step is reported, not fatal
    max_tokens: int | None = None  # bound on the answer, so a looping model stops early
    context: dict[str, Any] | None = None  # validation context (the article, for grounding)


@dataclass
class Extraction:
    """A draft for grounding, with where to look first for each figure's quote."""

    draft: BriefDraft
    anchors: dict[int, int] = field(default_factory=dict)  # figure index -> offset
    warnings: list[BriefWarning] = field(default_factory=list)


def build_messages(
    prompts: PromptSet, article: str, task: str, *, quotes: bool = False, **variables: Any
) -> list[dict[str, str]]:
    """System message: instructions and the article; user message: the task template.

    ``quotes``: the task asks the model for quotes and numbers, so the system message carries
    the rules about them (the staged calls ask for neither and keep the prefix short).
    """
    return [
        {"role": "system", "content": prompts.render("system", article=article, quotes=quotes)},
        {"role": "user", "content": prompts.render(task, **variables)},
    ]


class SingleStrategy:
    name = "single"

    def __init__(self, prompts: PromptSet, text: str, lay: Layout) -> None:
        self.prompts, self.text, self.layout = prompts, text, lay

    def steps(self) -> list[Step]:
        messages = build_messages(self.prompts, self.text, "single", quotes=True)
        return [Step("brief", BriefDraft, messages, context={"article": self.text})]

    def followups(self, done: str, results: dict[str, BaseModel | None]) -> list[Step]:
        """After the brief: one call for the numbers the scan found that no figure covers."""
        draft = results.get("brief")
        if done != "brief" or not isinstance(draft, BriefDraft):
            return []
        missed = uncovered(self.text, self.layout, ground(draft, self.text).figures)[:MAX_MISSED]
        if not missed:
            return []
        listed = [{"number": m.text, "context": _context(self.text, m)} for m in missed]
        messages = build_messages(self.prompts, self.text, "missed", quotes=True, numbers=listed)
        return [Step("missed", MissedFigures, messages, required=False,
                     context={"article": self.text}, max_tokens=80 + 70 * len(listed))]  # fmt: skip

    def finish(self, results: dict[str, BaseModel | None]) -> Extraction:
        draft = results["brief"]
        assert isinstance(draft, BriefDraft)
        missed = results.get("missed")
        if isinstance(missed, MissedFigures) and missed.figures:
            draft = draft.model_copy(update={"figures": [*draft.figures, *missed.figures]})
        return Extraction(draft)


def _context(text: str, mention: Mention, chars: int = 60) -> str:
    """The words around a number, on one line, for a prompt."""
    start, end = sentence_around(text, mention.start, mention.end)
    start, end = max(start, mention.start - chars), min(end, mention.end + chars)
    return " ".join(text[start:end].split()).replace('"', "'")


MAX_MISSED = 25  # numbers sent back in the one coverage re-ask
NAME_MATCH = 85  # rapidfuzz partial ratio for a source name found in a sentence
CUE_WINDOW = 30  # characters on each side of an attribution cue in the sources prompt
MAX_CUE_PHRASES = 40
_STOP_WORDS = frozenset(
    [
        "are",
        "were",
        "is",
        "was",
        "be",
        "been",
        "have",
        "has",
        "had",
        "remain",
        "remains",
        "remained",
        "to",
        "in",
        "on",
        "at",
        "from",
        "for",
        "with",
        "by",
        "as",
        "than",
        "of",
        "and",
        "or",
        "that",
        "which",
        "who",
        "according",
        "said",
        "say",
        "says",
        "will",
        "would",
        "could",
        "may",
    ]
)
_CLAUSE_BREAK = re.compile(r"[,;:—–]\s|\s[—–]\s|\s(?:though|while|but|whereas)\s")


def _what(text: str, mention: Mention, quote: str) -> str:
    """What a number counts, read off the words that follow it ("troops", "coffins")."""
    tail = re.split(r"[,.;:!?()\n—–]", text[mention.end : mention.end + 80])[0]
    words: list[str] = []
    for word in tail.split():
        if word.lower() in _STOP_WORDS:
            break
        words.append(word)
        if len(words) == 5:
            break
    if words:
        return " ".join(words)
    return " ".join(quote.split())[:100]


def _unit(text: str, mention: Mention) -> str | None:
    if mention.unit_hint:
        return mention.unit_hint
    after = re.match(r"\s*(?:[A-Z][\w’'-]*\s+){0,3}([a-z]+)", text[mention.end : mention.end + 60])
    if after and after.group(1) not in _STOP_WORDS:
        return after.group(1)
    return None


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
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


# A source named by its role, not by name: "An official from Ukraine's GUR", "intelligence
# authorities", "Western diplomats", "Analysts".
_UNNAMED = re.compile(
    r"^(?:(?:an?|the|one|two|three|several|some|many|other|unnamed|anonymous|senior)\s+)*"
    r"(?:[\w’'-]+\s+){0,2}(?:officials?|sources?|people|persons?|diplomats?|officers?|"
    r"spokes\w*|analysts?|experts?|residents?|witness(?:es)?|authorities|insiders?|aides?)\b",
    re.IGNORECASE,
)


def unnamed(name: str, kind: str) -> bool:
    """Whether a source is anonymous: decided from its words, not asked of the model (the
    1.5B model marked every seed source as named, "intelligence authorities" included)."""
    return kind == "anonymous_official" or bool(_UNNAMED.match(name.strip()))


def _name_key(name: str) -> str:
    return " ".join(re.sub(r"[’'`]s\b|[^\w\s]", " ", name.casefold()).split())


class StagedStrategy:
    """Deterministic figures, and two small model calls: sources, then the summary."""

    name = "staged"

    def followups(self, done: str, results: dict[str, BaseModel | None]) -> list[Step]:
        return []  # every scanned number is already a figure

    def __init__(self, prompts: PromptSet, text: str, lay: Layout) -> None:
        self.prompts, self.text, self.layout = prompts, text, lay
        self.model_text = lay.model_text()
        self.candidates = figure_candidates(text, lay)
        self.sentences: list[Sentence] = sentences(text, lay)

    def steps(self) -> list[Step]:
        p, t = self.prompts, self.model_text
        return [
            Step(
                "sources",
                SourceLabels,
                build_messages(p, t, "sources", phrases=self._cue_phrases()),
                required=False,
                max_tokens=700,
            ),
            Step("summary", SummaryDraft, build_messages(p, t, "summary"), max_tokens=600),
        ]

    def finish(self, results: dict[str, BaseModel | None]) -> Extraction:
        summary = results["summary"]
        assert isinstance(summary, SummaryDraft)
        warnings: list[BriefWarning] = []
        sources, source_sentences = self._sources(results.get("sources"), warnings)
        figures: list[FigureDraft] = []
        anchors: dict[int, int] = {}
        for mention in self.candidates:
            start, end = _clause(self.text, mention.start, mention.end)
            quote = self.text[start:end]
            s_start, _ = sentence_around(self.text, mention.start, mention.end)
            anchors[len(figures)] = start
            figures.append(
                FigureDraft(
                    what=_what(self.text, mention, quote),
                    value_low=mention.value_low,
                    value_high=mention.value_high,
                    unit=_unit(self.text, mention),
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
        key = _name_key(name)
        scored = [
            (fuzz.partial_ratio(key, _name_key(s.text)), -i, s)
            for i, s in enumerate(self.sentences)
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
        start, end = _clause(
            self.text, sentence.start + found.dest_start, sentence.start + found.dest_end
        )
        return self.text[start:end]

    def _sources(
        self, labels: BaseModel | None, warnings: list[BriefWarning]
    ) -> tuple[list[SourceDraft], dict[int, str]]:
        """Sources tied to the sentence that names them; sentence start -> source name."""
        if not isinstance(labels, SourceLabels):
            return [], {}
        out: list[SourceDraft] = []
        by_sentence: dict[int, str] = {}
        seen: list[str] = []
        for label in labels.sources:
            name = label.name.strip()
            key = _name_key(name)
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


def make_strategy(
    name: str, prompts: PromptSet, text: str, lay: Layout
) -> SingleStrategy | StagedStrategy:
    if name == "staged":
        return StagedStrategy(prompts, text, lay)
    return SingleStrategy(prompts, text, lay)
