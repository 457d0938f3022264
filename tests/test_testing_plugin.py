"""The pytest plugin users put in their own repositories (summarizer.testing), exercised with
pytester: a user test records its model exchanges against an endpoint once, then replays them
offline; a passing and a failing quality assertion."""

from __future__ import annotations

import shutil

import pytest
from fake_server import Faults, recorded_by_tool, serve_faults
from support import ROOT, SEED_ARTICLE_NAME

USER_TEST = """
from pathlib import Path

from summarizer.testing import assert_brief


def test_seed_article(summarizer_replay):
    text = Path("seed.txt").read_text(encoding="utf-8")
    summarizer = summarizer_replay("seed", base_url="{url}", model="recorded-model",
                                   strategy="staged", env={{}})
    brief = summarizer.summarize(text)
    assert_brief(brief, "gold.json", text, min_recall={recall}, min_attribution=0.5)
"""


def _project(pytester: pytest.Pytester, url: str, recall: float) -> None:
    shutil.copy(ROOT / "tests" / "data" / SEED_ARTICLE_NAME, pytester.path / "seed.txt")
    gold = ROOT / "goldset" / SEED_ARTICLE_NAME.replace(".txt", ".json")
    shutil.copy(gold, pytester.path / "gold.json")
    pytester.makepyfile(test_user=USER_TEST.format(url=url, recall=recall))


def test_record_once_then_replay_offline(pytester: pytest.Pytester) -> None:
    with serve_faults(Faults(), recorded_by_tool("test_seed_article_staged.yaml")) as server:
        _project(pytester, server.url, recall=1.0)
        recorded = pytester.runpytest("--summarizer-record")
        recorded.assert_outcomes(passed=1)
        requests = len(server.requests)
    assert requests == 2  # the staged strategy's two calls
    assert (pytester.path / "cassettes" / "seed.yaml").exists()
    assert "authorization" not in (pytester.path / "cassettes" / "seed.yaml").read_text().lower()
    # The server is gone: the test replays its recording, offline.
    replayed = pytester.runpytest()
    replayed.assert_outcomes(passed=1)


def test_a_brief_below_its_floor_fails_with_a_readable_account(pytester: pytest.Pytester) -> None:
    with serve_faults(Faults(), recorded_by_tool("test_seed_article_staged.yaml")) as server:
        _project(pytester, server.url, recall=1.5)  # more than any brief can reach
        result = pytester.runpytest("--summarizer-record")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*the brief falls short of its gold*", "*figure recall 1.000 < 1.5*"]
    )


def test_replay_without_a_recording_fails_loudly(pytester: pytest.Pytester) -> None:
    _project(pytester, "http://127.0.0.1:9/v1", recall=0.5)
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
