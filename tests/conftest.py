"""Shared test configuration: cassettes in the top-level cassettes/ folder, matched on the JSON
body of each request, with credentials filtered out before anything is written."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from support import ROOT, SECRET_HEADERS, SEED_ARTICLE_NAME, gold_figures, json_body_matcher

# Property tests draw the same examples on every run (the suite is deterministic); set
# HYPOTHESIS_PROFILE=explore to draw new ones.
settings.register_profile("deterministic", derandomize=True, deadline=None)
settings.register_profile("explore", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))


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
def seed_gold_figures() -> list[tuple[float | None, float | None, str]]:
    """The seed article's gold figures, read from its annotation in goldset/."""
    return gold_figures(SEED_ARTICLE_NAME.removesuffix(".txt"))


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
    for key in list(os.environ):
        if key.startswith(("SUMMARIZER_", "OPENAI_")) and key != "SUMMARIZER_CACHE":
            monkeypatch.delenv(key, raising=False)
