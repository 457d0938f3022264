"""Token accounting and estimated cost, from a price table the user can override.

Prices are US dollars per million tokens, prompt ("input") and completion ("output"). The
built-in table holds a few hosted models' list prices as published when this file was written
(prices change: set ``Settings.prices`` / ``SUMMARIZER_PRICES`` to a JSON file of the same
shape to use your own). A model served on this machine (the embedded one, or any endpoint on
loopback) costs nothing. A model with no price has an unknown cost (``None``), never a made-up
one.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from summarizer.api.steps import StopRule
from summarizer.errors import ConfigError
from summarizer.llm.usage import CallStats
from summarizer.settings import Settings

__all__ = ["DEFAULT_PRICES", "Budget", "Price", "PriceTable", "Spend", "add_spent", "is_local"]


def is_local(settings: Settings) -> bool:
    """The model runs on this machine: the embedded one, or an endpoint on loopback."""
    return settings.on_this_machine


@dataclass(frozen=True)
class Price:
    """US dollars per million prompt and completion tokens."""

    input: float
    output: float

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        return (prompt_tokens * self.input + completion_tokens * self.output) / 1_000_000


# List prices (USD per 1M tokens) of a few OpenAI models; override with a file of your own.
DEFAULT_PRICES: dict[str, Price] = {
    "gpt-4o-mini": Price(0.15, 0.60),
    "gpt-4o": Price(2.50, 10.00),
    "gpt-4.1": Price(2.00, 8.00),
    "gpt-4.1-mini": Price(0.40, 1.60),
    "gpt-4.1-nano": Price(0.10, 0.40),
}


@dataclass(frozen=True)
class PriceTable:
    """Model name to :class:`Price`; a local model (``free``) costs nothing."""

    prices: Mapping[str, Price] = field(default_factory=lambda: dict(DEFAULT_PRICES))
    free: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: str | Path, *, free: frozenset[str] = frozenset()) -> PriceTable:
        """The built-in table updated with ``path``: ``{"model": {"input": 0.15, "output":
        0.6}, ...}`` in USD per million tokens."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as e:
            raise ConfigError(f"cannot read the price table {path}: {e.strerror}") from e
        except ValueError as e:
            raise ConfigError(f"the price table {path} is not valid JSON: {e}") from e
        if not isinstance(data, dict):
            raise ConfigError(f"the price table {path} must be a JSON object of models")
        prices = dict(DEFAULT_PRICES)
        for model, entry in data.items():
            try:
                price = Price(float(entry["input"]), float(entry["output"]))
            except (TypeError, KeyError, ValueError) as e:
                raise ConfigError(
                    f'the price of {model!r} in {path} needs numeric "input" and "output" '
                    "(USD per million tokens)"
                ) from e
            if price.input < 0 or price.output < 0:
                raise ConfigError(f"the price of {model!r} in {path} is negative")
            prices[str(model)] = price
        return cls(prices, free)

    @classmethod
    def for_endpoint(
        cls, settings: Settings, model: str | None, path: str | Path | None = None
    ) -> PriceTable:
        """The table for ``model`` at the endpoint of ``settings``: the built-in one updated
        with ``path`` (else ``settings.prices``), where a model served on this machine costs
        nothing."""
        free = frozenset({model or ""}) if is_local(settings) else frozenset[str]()
        source = path or settings.prices
        return cls.load(source, free=free) if source else cls(free=free)

    def price(self, model: str) -> Price | None:
        if model in self.free:
            return Price(0.0, 0.0)
        return self.prices.get(model)

    def cost(self, model: str, prompt_tokens: int, completion_tokens: int) -> float | None:
        """Estimated USD, or None when the model has no price (no tokens cost nothing)."""
        if not prompt_tokens and not completion_tokens:
            return 0.0
        price = self.price(model)
        return None if price is None else price.cost(prompt_tokens, completion_tokens)


@dataclass
class Spend:
    """Tokens and estimated cost summed over every request of a run (re-asks included)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float | None = 0.0  # None once any part had no price

    @property
    def tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def add(self, prompt_tokens: int, completion_tokens: int, cost: float | None) -> None:
        self.prompt_tokens += prompt_tokens
        self.completion_tokens += completion_tokens
        self.cost = None if cost is None or self.cost is None else self.cost + cost


@dataclass(frozen=True)
class Budget:
    """Limits on a run: stop starting new articles once one is reached."""

    max_tokens: int | None = None
    max_cost: float | None = None

    def __post_init__(self) -> None:
        if self.max_tokens is not None and self.max_tokens <= 0:
            raise ConfigError(
                f"the token budget must be positive, got {self.max_tokens}",
                settings=("max_tokens",),
            )
        if self.max_cost is not None and self.max_cost <= 0:
            raise ConfigError(
                f"the cost budget must be positive, got {self.max_cost}", settings=("max_cost",)
            )

    def reached(self, spend: Spend) -> str | None:
        """Why the run must stop, or None."""
        if self.max_tokens is not None and spend.tokens >= self.max_tokens:
            return f"token budget reached ({spend.tokens:,} of {self.max_tokens:,})"
        if self.max_cost is not None and spend.cost is None:
            return "cost budget cannot be checked: some tokens have no price"
        if self.max_cost is not None and spend.cost is not None and spend.cost >= self.max_cost:
            return f"cost budget reached (${spend.cost:.4f} of ${self.max_cost:.4f})"
        return None

    def check_priced(self, prices: PriceTable, model: str) -> None:
        """ConfigError when a cost budget is set and ``model`` has no price."""
        if self.max_cost is not None and prices.price(model) is None:
            raise ConfigError(
                f"a cost budget needs a price for model {model!r}: add it to a price table",
                settings=("max_cost", "prices"),
            )

    def rule(self, prices: PriceTable, model: str) -> StopRule:
        """The stop rule of one article on its own: this budget, reached by what the
        article has spent so far."""

        def stop(stats: CallStats) -> str | None:
            spend = Spend()
            add_spent(spend, prices, model, stats)
            return self.reached(spend)

        return stop


def add_spent(spend: Spend, prices: PriceTable, model: str, stats: CallStats) -> None:
    """Add what ``stats`` counted (of ``model``, priced by ``prices``) to ``spend``."""
    prompt, completion = stats.prompt_tokens, stats.completion_tokens
    spend.add(prompt, completion, prices.cost(model, prompt, completion))
