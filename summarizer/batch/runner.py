"""Many articles: a bounded number at a time, each result saved as soon as it is done.

:func:`run_batch` skips what the output already holds (so a re-run after a crash resumes),
summarizes the rest with at most ``concurrency`` articles in flight, writes each brief or
failure the moment it is known, and stops starting new articles once a token or cost budget
is reached. One article's failure never stops the run; a failure that every article would
share does (a refused API key, bad settings, or the endpoint unreachable for
:data:`UNREACHABLE_IN_A_ROW` articles in a row), since going on would only fail the rest.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from summarizer.api import BriefResult, Summarizer
from summarizer.api.steps import StopRule
from summarizer.batch.cost import Budget, PriceTable, Spend, add_spent
from summarizer.batch.inputs import Item
from summarizer.batch.sinks import Sink
from summarizer.errors import (
    AuthenticationError,
    BackendError,
    ConfigError,
    EndpointUnreachableError,
    OutputError,
    SummarizerError,
)
from summarizer.llm.usage import CallStats

__all__ = ["UNREACHABLE_IN_A_ROW", "BatchReport", "Outcome", "run_batch"]

UNREACHABLE_IN_A_ROW = 5


@dataclass(frozen=True)
class Outcome:
    """What happened to one article."""

    item: Item
    result: BriefResult | None = None
    error: BaseException | None = None
    cost: float | None = 0.0


@dataclass
class BatchReport:
    total: int = 0
    skipped: int = 0  # already in the output before this run
    summarized: int = 0  # made by the model in this run
    cached: int = 0  # answered from the cache in this run
    failed: int = 0
    not_started: int = 0  # left when a budget or a fatal error stopped the run
    spend: Spend = field(default_factory=Spend)
    stopped: str | None = None
    fatal: SummarizerError | None = None
    seconds: float = 0.0

    @property
    def done(self) -> int:
        return self.skipped + self.summarized + self.cached


async def run_batch(
    items: list[Item],
    summarizer: Summarizer,
    sink: Sink,
    *,
    concurrency: int = 4,
    prices: PriceTable | None = None,
    budget: Budget | None = None,
    on_outcome: Callable[[Outcome, BatchReport], None] | None = None,
) -> BatchReport:
    """Summarize every item not yet in ``sink``; see the module's docstring."""
    if concurrency < 1:
        raise ConfigError(f"concurrency must be at least 1, got {concurrency}")
    prices = prices or PriceTable()
    budget = budget or Budget()
    report = BatchReport(total=len(items))
    started = time.perf_counter()
    todo = deque(item for item in items if not sink.is_done(item))
    report.skipped = len(items) - len(todo)
    unreachable_in_a_row = 0

    def record(outcome: Outcome) -> None:
        nonlocal unreachable_in_a_row
        error = outcome.error
        result = outcome.result
        if result is not None:
            unreachable_in_a_row = 0
            _write(lambda: sink.write(outcome.item, result.brief, cached=result.cached))
            if result.cached:
                report.cached += 1
            else:
                report.summarized += 1
        elif error is not None:
            _write(lambda: sink.fail(outcome.item, error))
            report.failed += 1
            unreachable_in_a_row = (
                unreachable_in_a_row + 1 if isinstance(error, EndpointUnreachableError) else 0
            )
            if isinstance(error, AuthenticationError | ConfigError):
                report.stopped = report.stopped or str(error)
                report.fatal = report.fatal or error
            elif unreachable_in_a_row >= UNREACHABLE_IN_A_ROW and report.stopped is None:
                report.stopped = (
                    f"the endpoint was unreachable for {unreachable_in_a_row} articles in a "
                    f"row: {error}"
                )
                report.fatal = error if isinstance(error, SummarizerError) else None
        if on_outcome is not None:
            on_outcome(outcome, report)

    def _write(action: Callable[[], None]) -> None:
        """A result that cannot be saved ends the run: going on would lose the rest too."""
        try:
            action()
        except OSError as e:
            error = OutputError(f"cannot write the output: {e.strerror or e}; what was "
                                "written before stays, re-run to resume")  # fmt: skip
            report.stopped = report.stopped or str(error)
            report.fatal = report.fatal or error
            raise error from e

    def charge(model: str, usage: dict[str, int]) -> float | None:
        """Add what a call spent to the run; returns its estimated cost."""
        prompt, completion = usage.get("prompt_tokens", 0), usage.get("completion_tokens", 0)
        cost = prices.cost(model, prompt, completion)
        report.spend.add(prompt, completion, cost)
        return cost

    # A long article stops reading windows once the run's budget is reached.
    # A long article stops reading windows once the run's budget is reached: by the
    # articles done, the ones in flight, and its own calls so far.
    model = summarizer.known_model() or ""
    in_flight: dict[int, CallStats] = {}

    def spent_with(mine: CallStats) -> Spend:
        """The run's spend: the articles done, and every article in flight (``mine`` too)."""
        spend = replace(report.spend)
        for stats in {id(mine): mine, **in_flight}.values():
            add_spent(spend, prices, model, stats)
        return spend

    async def one(item: Item) -> Outcome:
        seen: list[CallStats] = []  # the article's stats, once it asks its stop rule

        def stop(stats: CallStats) -> str | None:
            if not seen:
                seen.append(stats)
                in_flight[id(stats)] = stats
            return budget.reached(spent_with(stats))

        try:
            return await summarize(item, stop)
        finally:
            for stats in seen:  # counted in the run's spend by now
                in_flight.pop(id(stats), None)

    async def summarize(item: Item, stop: StopRule) -> Outcome:
        try:
            # Reading and HTML extraction, off the event loop.
            document = await asyncio.to_thread(item.load, summarizer.settings.max_input_bytes)
            result = await summarizer.asummarize_result(document, stop=stop)
        except asyncio.CancelledError:
            raise
        except Exception as e:
            usage = e.usage if isinstance(e, BackendError) else {}
            cost = charge(summarizer.known_model() or "", usage)
            return Outcome(item, error=e, cost=cost)
        # A cached brief cost nothing now: its stats count no request.
        cost = charge(result.brief.provenance.model, result.stats.usage())
        return Outcome(item, result=result, cost=cost)

    async def worker() -> None:
        while report.stopped is None and todo:
            reason = budget.reached(report.spend)
            if reason is not None:  # only when an article is left to start
                report.stopped = reason
                return
            record(await one(todo.popleft()))

    try:
        workers = [
            asyncio.ensure_future(worker()) for _ in range(min(concurrency, max(1, len(todo))))
        ]
        try:
            await asyncio.gather(*workers)
        except BaseException:
            for task in workers:  # a fatal write error or Ctrl-C: stop the others too
                task.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
            if report.fatal is None or not isinstance(report.fatal, OutputError):
                raise
    finally:
        report.not_started = len(todo)
        report.seconds = time.perf_counter() - started
    return report
