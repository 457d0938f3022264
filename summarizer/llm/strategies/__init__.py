"""Extraction strategies, each in its own module behind one :class:`Strategy` protocol, and the
registry that names them (``Settings.strategy``)."""

from __future__ import annotations

from collections.abc import Callable

from summarizer.errors import ConfigError
from summarizer.llm.prompts import PromptSet
from summarizer.llm.strategies.base import Extraction, Step, Strategy, build_messages, plan
from summarizer.llm.strategies.single import SingleStrategy
from summarizer.llm.strategies.staged import StagedStrategy
from summarizer.text.layout import Layout

__all__ = [
    "STRATEGIES",
    "Extraction",
    "SingleStrategy",
    "StagedStrategy",
    "Step",
    "Strategy",
    "build_messages",
    "make_strategy",
    "plan",
]

StrategyFactory = Callable[[PromptSet, str, Layout], Strategy]
STRATEGIES: dict[str, StrategyFactory] = {
    SingleStrategy.name: SingleStrategy,
    StagedStrategy.name: StagedStrategy,
}


def make_strategy(name: str, prompts: PromptSet, text: str, lay: Layout) -> Strategy:
    """The strategy called ``name`` for one article; ConfigError for a name not registered."""
    factory = STRATEGIES.get(name)
    if factory is None:
        raise ConfigError(
            f"unknown strategy {name!r}: choose one of {', '.join(sorted(STRATEGIES))}",
            settings=("strategy",),
        )
    return factory(prompts, text, lay)
