"""Constants the tests share (fixtures live in conftest.py and reach tests through pytest)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE_NAME = "kursk-troops-joongang-2026-02-10.txt"
# The server the cassettes were recorded from: ../shared/local-llm/serve.sh, i.e.
# llama-cpp-python 0.3.36 serving Qwen2.5-Coder-1.5B-Instruct Q4_K_M on 127.0.0.1:8765.
RECORDED = {
    "base_url": "http://127.0.0.1:8765/v1",
    "model": "qwen2.5-coder-1.5b-instruct",
}
# Keys of a request body that may differ between recording and replay without changing
# what is asked of the model.
VOLATILE_BODY_KEYS = frozenset({"user", "metadata", "stream_options"})
SECRET_HEADERS = [
    "authorization",
    "api-key",
    "x-api-key",
    "cookie",
    "set-cookie",
    "openai-organization",
    "openai-project",
]


def gold_figures(name: str) -> list[tuple[float | None, float | None, str]]:
    """(low, high, qualifier) of each figure of the gold annotation ``goldset/NAME.json``,
    qualifiers spelled as the brief spells them ("up to" -> "up_to")."""
    data = json.loads((ROOT / "goldset" / f"{name}.json").read_text(encoding="utf-8"))
    return [
        (f["value_low"], f["value_high"], f["qualifier"].replace(" ", "_")) for f in data["figures"]
    ]


def _json_body(request: Any) -> Any:
    body = request.body
    if not body:
        return None
    if isinstance(body, bytes):
        body = body.decode("utf-8")
    try:
        data = json.loads(body)
    except ValueError:
        return body
    if isinstance(data, dict):
        data = {k: v for k, v in data.items() if k not in VOLATILE_BODY_KEYS}
    return data


def json_body_matcher(r1: Any, r2: Any) -> None:
    """vcrpy matcher: the JSON bodies must be equal (volatile keys aside)."""
    assert _json_body(r1) == _json_body(r2), "request body differs from the recording"
