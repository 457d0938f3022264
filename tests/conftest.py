"""Shared test configuration: cassettes in the top-level cassettes/ folder, matched on the JSON
body of each request, with credentials filtered out before anything is written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE_NAME = "kursk-troops-joongang-2026-02-10.txt"
# The 13 figures of the seed article's gold annotation (goldset/), as (low, high, qualifier).
SEED_GOLD_FIGURES = [
    (8000, 8000, "up_to"),
    (8000, 8000, "approximately"),
    (10000, 10000, "as_many_as"),
    (3000, 3000, "approximately"),
    (11000, 11000, "approximately"),
    (1000, 3000, "range"),
    (6000, 6000, "approximately"),
    (17000, 20000, "range"),
    (2000, 2000, "as_many_as"),
    (4000, 5000, "range"),
    (8000, 10000, "range"),
    (1000, 1000, "approximately"),
    (10, 10, "fewer_than"),
]

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


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    vcr.register_matcher("json_body", json_body_matcher)


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return {
        "filter_headers": SECRET_HEADERS,
        "filter_query_parameters": ["api_key", "key"],
        "match_on": ["method", "scheme", "host", "port", "path", "query", "json_body"],
        "decode_compressed_response": True,
        "allow_playback_repeats": True,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(ROOT / "cassettes")


@pytest.fixture(scope="session")
def seed_article() -> str:
    return (ROOT / "tests" / "data" / SEED_ARTICLE_NAME).read_bytes().decode("utf-8")


@pytest.fixture(autouse=True)
def _own_brief_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI caches briefs by default: each test gets an empty cache of its own, never
    the developer's."""
    monkeypatch.setenv("SUMMARIZER_CACHE", str(tmp_path / "brief-cache.sqlite3"))


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No SUMMARIZER_* / OPENAI_* variable of the developer's leaks into a test (but the
    test's own brief cache stays)."""
    import os

    for key in list(os.environ):
        if key.startswith(("SUMMARIZER_", "OPENAI_")) and key != "SUMMARIZER_CACHE":
            monkeypatch.delenv(key, raising=False)
