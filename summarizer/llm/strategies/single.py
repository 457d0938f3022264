"""``single``: one call that fills the whole :class:`~summarizer.brief.drafts.BriefDraft`, for
models strong enough to do it at once.

The article goes with the call as validation context, so a quote that is not in it, or a value
that is not in its quote, goes back to the model as a re-ask (bounded). Then the numbers the
scan found that no figure covers are sent back once (the coverage re-ask).
"""

from __future__ import annotations

from typing import Any

from summarizer.brief.drafts import BriefDraft, MissedFigures
from summarizer.grounding.ground import ground, grounding_context, uncovered
from summarizer.llm.prompts import PromptSet
from summarizer.llm.strategies.base import Extraction, Step, build_messages
from summarizer.text.layout import Layout
from summarizer.text.numbers.quantities import Mention
from summarizer.text.sentences import sentence_around

__all__ = ["MAX_MISSED", "SingleStrategy"]

MAX_MISSED = 25  # numbers sent back in the one coverage re-ask


class SingleStrategy:
    """One call for the whole brief, then one for the numbers it missed."""

    name = "single"

    def __init__(self, prompts: PromptSet, text: str, lay: Layout) -> None:
        self.prompts, self.text, self.layout = prompts, text, lay
        self._brief: BriefDraft | None = None
        self._missed: MissedFigures | None = None

    def steps(self) -> list[Step[Any]]:
        messages = build_messages(self.prompts, self.text, "single", quotes=True)
        return [
            Step(
                "brief",
                BriefDraft,
                messages,
                self._accept_brief,
                context=grounding_context(self.text),
            )
        ]

    def _accept_brief(self, draft: BriefDraft | None) -> list[Step[Any]]:
        """Keep the brief; ask once for the numbers the scan found that no figure covers."""
        self._brief = draft
        if draft is None:
            return []
        missed = uncovered(self.text, self.layout, ground(draft, self.text).figures)[:MAX_MISSED]
        if not missed:
            return []
        listed = [{"number": m.text, "context": _context(self.text, m)} for m in missed]
        messages = build_messages(self.prompts, self.text, "missed", quotes=True, numbers=listed)
        return [
            Step(
                "missed",
                MissedFigures,
                messages,
                self._accept_missed,
                required=False,
                context=grounding_context(self.text),
                max_tokens=80 + 70 * len(listed),
            )
        ]

    def _accept_missed(self, missed: MissedFigures | None) -> list[Step[Any]]:
        self._missed = missed
        return []

    def finish(self) -> Extraction:
        draft = self._brief
        if draft is None:  # the step is required: the plan raised its error instead
            raise RuntimeError("the single strategy finished without its brief")
        if self._missed is not None and self._missed.figures:
            draft = draft.model_copy(update={"figures": [*draft.figures, *self._missed.figures]})
        return Extraction(draft)


def _context(text: str, mention: Mention, chars: int = 60) -> str:
    """The words around a number, on one line, for a prompt."""
    start, end = sentence_around(text, mention.start, mention.end)
    start, end = max(start, mention.start - chars), min(end, mention.end + chars)
    return " ".join(text[start:end].split()).replace('"', "'")
