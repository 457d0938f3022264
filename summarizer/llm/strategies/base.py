"""What every strategy is made of: steps (one model call each), a plan, and an extraction.

A strategy is a plan (:meth:`Strategy.steps`, then the follow-ups each step's answer asks for)
and an assembly (:meth:`Strategy.finish`). Each :class:`Step` says what to fill and where its
answer goes (``accept``), so the answers are kept in typed fields of the strategy, not in a
dictionary of names. :func:`plan` walks the steps; the sync and async drivers in
:mod:`summarizer.api.steps` only make the calls it asks for.

In every strategy the article sits first, in the system message, so a server's prompt cache
reuses it from one call to the next; what varies per step (task, schema) comes after it.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from pydantic import BaseModel

from summarizer.brief.drafts import BriefDraft
from summarizer.brief.schema import BriefWarning
from summarizer.errors import ModelOutputError
from summarizer.llm.prompts import PromptSet
from summarizer.text.layout import Layout

__all__ = [
    "Answer",
    "Extraction",
    "Message",
    "Plan",
    "Step",
    "Strategy",
    "build_messages",
    "parse_completion",
    "plan",
]

T = TypeVar("T", bound=BaseModel)
Message = dict[str, str]


@dataclass(frozen=True)
class Step(Generic[T]):
    """One model call: a name, what to fill, the messages, and where the answer goes.

    ``accept`` takes the answer (None when an optional step failed) and returns the steps it
    calls for next (none, mostly).
    """

    name: str
    response_model: type[T]
    messages: list[Message]
    accept: Callable[[T | None], list[Step[Any]]]
    required: bool = True  # a failed optional step is reported, not fatal
    max_tokens: int | None = None  # bound on the answer, so a looping model stops early
    context: dict[str, Any] | None = None  # validation context (the article, for grounding)
    skippable: bool = False  # may be skipped once a budget is reached (a long article's window)
    group: str | None = None  # consecutive steps of one group may be asked at the same time


@dataclass
class Extraction:
    """A draft for grounding, with where to look first for each figure's quote."""

    draft: BriefDraft
    anchors: dict[int, int] = field(default_factory=dict)  # figure index -> offset
    warnings: list[BriefWarning] = field(default_factory=list)


class Strategy(Protocol):
    """How the model is asked for one article."""

    name: str
    layout: Layout

    def steps(self) -> list[Step[Any]]:
        """The first steps, in order."""
        ...

    def finish(self) -> Extraction:
        """The draft, once every step has been answered."""
        ...


def build_messages(
    prompts: PromptSet, article: str, task: str, *, quotes: bool = False, **variables: Any
) -> list[Message]:
    """System message: instructions and the article; user message: the task template.

    ``quotes``: the task asks the model for quotes and numbers, so the system message carries
    the rules about them (the staged calls ask for neither and keep the prefix short).
    """
    return [
        {"role": "system", "content": prompts.render("system", article=article, quotes=quotes)},
        {"role": "user", "content": prompts.render(task, **variables)},
    ]


def parse_completion(response_model: type[T], completion: Any) -> T | None:
    """``response_model`` read from a completion without validation context, or None.

    Used when re-asks ran out on grounding: the last answer still holds the parts that do
    ground, and the grounding step drops (and reports) the rest.
    """
    try:
        message = completion.choices[0].message
        calls = getattr(message, "tool_calls", None) or []
        raw = calls[0].function.arguments if calls else (message.content or "")
        raw = raw.strip().removeprefix("```json").removeprefix("```").removesuffix("```")
        return response_model.model_validate_json(raw)
    except (AttributeError, IndexError, TypeError, ValueError):
        return None


# The plan sends out a batch of steps (one, or several that may be asked at the same time)
# and gets back, for each in order, its answer or the ModelOutputError it ended in.
Answer = BaseModel | ModelOutputError
Plan = Generator[list[Step[Any]], list[Answer], Extraction]


def plan(
    strategy: Strategy,
    warnings: list[BriefWarning],
    stop: Callable[[], str | None] | None = None,
    together: int = 1,
) -> Plan:
    """Walk ``strategy``'s steps in order (each call reuses the previous prompt's cache),
    then return its extraction. Failures are handled here, once for both drivers: a step
    whose re-asks ran out on grounding keeps its last answer (grounding then drops what does
    not hold); another failed optional step is reported in ``warnings``; a failed required
    step ends the run with its error.

    ``together``: up to this many consecutive steps of one ``group`` go out as one batch
    (an endpoint that serves several requests at once); their answers are taken in order.
    ``stop`` says why no more should be spent (a budget), or None: from then on skippable
    steps (a long article's windows) are skipped, answered None and reported once in
    ``warnings``; the others are still asked, so the brief is made from what was read.
    """
    queue = strategy.steps()
    skipped, reason = 0, None
    while queue:
        batch = [queue.pop(0)]
        while (
            len(batch) < together and queue and batch[0].group and queue[0].group == batch[0].group
        ):
            batch.append(queue.pop(0))
        if stop is not None and any(step.skippable for step in batch):
            reason = reason or stop()
        asked = [step for step in batch if not (reason and step.skippable)]
        answers = iter((yield asked) if asked else [])
        for step in batch:
            if reason and step.skippable:
                skipped += 1
                queue += step.accept(None)
                continue
            answer = next(answers)
            if isinstance(answer, ModelOutputError):
                queue += step.accept(_after_failure(step, answer, warnings))
            else:
                queue += step.accept(answer)
    if skipped:
        warnings.append(BriefWarning(code="budget_reached", message=(
            f"{reason}: {skipped} model call(s) on the article's windows skipped, the brief made "
            "from what was read (figures still come from the whole article)")))  # fmt: skip
    return strategy.finish()


def _after_failure(
    step: Step[Any], error: ModelOutputError, warnings: list[BriefWarning]
) -> BaseModel | None:
    if step.context is not None and error.last_completion is not None:
        last: BaseModel | None = parse_completion(step.response_model, error.last_completion)
        if last is not None:
            warnings.append(BriefWarning(code=f"{step.name}_reasks_exhausted", message=str(error)))
            return last
    if step.required:
        raise error
    warnings.append(BriefWarning(code=f"{step.name}_step_failed", message=str(error)))
    return None
