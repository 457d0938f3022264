"""Many articles: inputs with stable ids, sinks that lose nothing, cost and budgets, and the
runner that keeps a bounded number in flight."""
