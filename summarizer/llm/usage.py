"""Requests sent and tokens spent, counted over every attempt of one or more calls."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["CallStats"]


@dataclass
class CallStats:
    """Requests sent and tokens spent, over every attempt of one or more calls."""

    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    seconds: float = 0.0  # inside extract(): requests, retries' waits, parsing, validation
    request_seconds: float = 0.0  # waiting on HTTP requests alone
    largest_prompt: int = 0  # prompt tokens of the longest request (within the context?)

    def count(self, response: Any) -> None:
        usage = getattr(response, "usage", None)
        if usage is None:
            return
        prompt = int(getattr(usage, "prompt_tokens", 0) or 0)
        self.prompt_tokens += prompt
        self.largest_prompt = max(self.largest_prompt, prompt)
        self.completion_tokens += int(getattr(usage, "completion_tokens", 0) or 0)
        self.total_tokens += int(getattr(usage, "total_tokens", 0) or 0)

    def usage(self) -> dict[str, int]:
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.total_tokens,
        }
