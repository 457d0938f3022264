"""Constants the tests share (fixtures live in conftest.py and reach tests through pytest)."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from summarizer.testing import SECRET_HEADERS, json_body_matcher
from summarizer.text.layout import layout
from summarizer.text.sources.attribution import Attribution

__all__ = [
    "RECORDED",
    "ROOT",
    "SECRET_HEADERS",
    "SEED_ARTICLE_NAME",
    "gold_figures",
    "json_body_matcher",
    "kill_when",
    "source_of_words",
]

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE_NAME = "kursk-troops-joongang-2026-02-10.txt"
# The server the cassettes were recorded from: ../shared/local-llm/serve.sh, i.e.
# llama-cpp-python 0.3.36 serving Qwen2.5-Coder-1.5B-Instruct Q4_K_M on 127.0.0.1:8765.
RECORDED = {
    "base_url": "http://127.0.0.1:8765/v1",
    "model": "qwen2.5-coder-1.5b-instruct",
}


def gold_figures(name: str) -> list[tuple[float | None, float | None, str]]:
    """(low, high, qualifier) of each figure of the gold annotation ``goldset/NAME.json``,
    qualifiers spelled as the brief spells them ("up to" -> "up_to")."""
    data = json.loads((ROOT / "goldset" / f"{name}.json").read_text(encoding="utf-8"))
    return [
        (f["value_low"], f["value_high"], f["qualifier"].replace(" ", "_")) for f in data["figures"]
    ]


def kill_when(process: subprocess.Popen[bytes], ready: Callable[[], bool]) -> None:
    """SIGKILL ``process`` as soon as ``ready()`` (within a minute), and check that the kill,
    not the end of the run, stopped it."""
    deadline = time.monotonic() + 60
    while not ready() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.communicate()
    assert process.returncode == -signal.SIGKILL, "the run ended before it could be killed"


def source_of_words(text: str, words: str) -> str | None:
    """Who the article's attribution says states ``words`` (their first occurrence)."""
    at = text.index(words)
    return Attribution(text, layout(text)).source_at(at, at + len(words))
