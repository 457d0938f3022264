"""The two drivers of a strategy's plan: one makes blocking calls, the other awaits them.

Everything else (the order of the steps, follow-ups, what a failed step means) is decided
once, in :func:`summarizer.llm.strategies.base.plan`; a driver only sends each step it is
given to the model and hands the answer, or the ModelOutputError it ended in, back.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from pydantic import BaseModel

from summarizer.brief.schema import BriefWarning
from summarizer.errors import ModelOutputError
from summarizer.llm.strategies import Extraction, Step, Strategy, plan
from summarizer.llm.strategies.base import Answer
from summarizer.llm.usage import CallStats

__all__ = ["StepObserver", "StopRule", "adrive", "drive"]

# Told of each model call as it starts: the step's name, the call's number (from 1), and the
# calls the article is expected to take (None when the strategy cannot say).
StepObserver = Callable[[str, int, int | None], None]
# Why an article must stop spending (a budget reached), given what it spent so far, or None.
StopRule = Callable[[CallStats], str | None]


def drive(
    strategy: Strategy,
    call: Callable[[Step[Any]], BaseModel],
    warnings: list[BriefWarning],
    stop: Callable[[], str | None] | None = None,
) -> Extraction:
    """Run ``strategy``'s plan with blocking ``call``s, one at a time (``stop``: see
    :func:`plan`)."""

    def answer(step: Step[Any]) -> Answer:
        try:
            return call(step)
        except ModelOutputError as e:
            return e

    steps = plan(strategy, warnings, stop)
    try:
        batch = next(steps)
        while True:
            batch = steps.send([answer(step) for step in batch])
    except StopIteration as done:
        extraction: Extraction = done.value
        return extraction


async def adrive(
    strategy: Strategy,
    call: Callable[[Step[Any]], Awaitable[BaseModel]],
    warnings: list[BriefWarning],
    stop: Callable[[], str | None] | None = None,
    together: int = 1,
) -> Extraction:
    """Run ``strategy``'s plan with awaited ``call``s, up to ``together`` at the same time
    where the plan allows (``stop``: see :func:`plan`). Another error than a model output
    error ends the run once the calls in flight are done, with the first such error."""

    async def answer(step: Step[Any]) -> Answer:
        try:
            return await call(step)
        except ModelOutputError as e:
            return e

    steps = plan(strategy, warnings, stop, together)
    try:
        batch = next(steps)
        while True:
            results = await asyncio.gather(*(answer(s) for s in batch), return_exceptions=True)
            answers: list[Answer] = []
            for result in results:  # a model output error is an answer; another error is not
                if isinstance(result, BaseException) and not isinstance(result, ModelOutputError):
                    raise result
                answers.append(result)
            batch = steps.send(answers)
    except StopIteration as done:
        extraction: Extraction = done.value
        return extraction
