"""Extraction strategies, each in its own module behind one :class:`Strategy` protocol, and the
registry that names them (``Settings.strategy``)."""

from __future__ import annotations

from collections.abc import Callable

from summarizer.errors import ConfigError
from summarizer.llm.prompts import PromptSet
from summarizer.llm.strategies.base import Extraction, Step, Strategy, build_messages, plan
from summarizer.llm.strategies.single import SingleStrategy
from summarizer.llm.strategies.staged import StagedStrategy
from summarizer.llm.strategies.windowed import WindowedStrategy
from summarizer.text.layout import Layout
from summarizer.text.windows import TokenCounter, estimate, split_windows

__all__ = [
    "STRATEGIES",
    "Extraction",
    "SingleStrategy",
    "StagedStrategy",
    "Step",
    "Strategy",
    "WindowedStrategy",
    "build_messages",
    "make_strategy",
    "plan",
]

StrategyFactory = Callable[[PromptSet, str, Layout], Strategy]
STRATEGIES: dict[str, StrategyFactory] = {
    SingleStrategy.name: SingleStrategy,
    StagedStrategy.name: StagedStrategy,
}


def make_strategy(
    name: str,
    prompts: PromptSet,
    text: str,
    lay: Layout,
    budget: int | None = None,
    count: TokenCounter = estimate,
) -> Strategy:
    """The strategy called ``name`` for one article; ConfigError for a name not registered.

    ``budget``: the tokens of article one request may hold, as ``count`` counts them. An
    article whose text for the model needs more is read in windows by the staged strategy,
    whichever was asked for (the single strategy needs the whole article in one request).
    """
    factory = STRATEGIES.get(name)
    if factory is None:
        raise ConfigError(
            f"unknown strategy {name!r}: choose one of {', '.join(sorted(STRATEGIES))}",
            settings=("strategy",),
        )
    if budget is not None and count(lay.model_text()) > budget:
        windows = split_windows(text, budget, count=count)
        return WindowedStrategy(prompts, text, lay, windows, budget)
    return factory(prompts, text, lay)
