"""Articles longer than one request holds: read in windows, never refused, never sent whole.

The recorded brief is four real articles of the gold set joined (Wikinews, CC BY 2.5): about
15,600 characters. With ``context_tokens=4096`` and ``max_output_tokens=1024`` one request
holds 2,172 tokens of article, so it is read in windows (three by the estimate, two once
scaled to the server's own token count); the small context stands in
for a long article on the 8k-token embedded model so that the recording takes minutes.
Cassette recorded from llama-cpp-python 0.3.36 serving Qwen2.5-Coder-1.5B-Instruct Q4_K_M
(conftest.RECORDED); re-record with ``pytest --record-mode=once tests/test_long_article.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fake_server import Faults, recorded_by_tool, serve_faults
from review_support import brief_of
from support import RECORDED, ROOT
from typer.testing import CliRunner

from summarizer import Summarizer
from summarizer.api.limits import input_budget
from summarizer.batch.inputs import collect_items
from summarizer.batch.sinks import open_sink, producer_of
from summarizer.brief.schema import BriefWarning
from summarizer.cli import app
from summarizer.llm.prompts import load_prompt_set
from summarizer.llm.strategies import WindowedStrategy, make_strategy
from summarizer.settings import resolve_settings
from summarizer.text.layout import layout
from summarizer.text.numbers.quantities import figure_candidates

PARTS = [
    "legislative-election-hong-kong-wikinews-2016-09-09",
    "nuclear-crisis-aftershock-japan-wikinews-2011-04-12",
    "poll-iraq-war-terrorism-35-countries-wikinews-2006-03-06",
    "asylum-seekers-rescued-aceh-indonesia-wikinews-2015-05-18",
]
SMALL: dict[str, Any] = {"context_tokens": 4096, "max_output_tokens": 1024}


def long_article() -> str:
    texts = [(ROOT / "goldset" / "real" / f"{name}.txt").read_text("utf-8") for name in PARTS]
    return "\n\n".join(texts)


@pytest.mark.vcr
def test_a_long_article_is_read_in_windows(clean_env: None) -> None:
    text = long_article()
    settings = resolve_settings({}, **SMALL, **RECORDED)
    by_estimate = make_strategy(
        "staged", load_prompt_set(), text, layout(text), input_budget(settings)
    )
    assert isinstance(by_estimate, WindowedStrategy) and len(by_estimate.windows) == 3
    calls: list[tuple[str, int, int | None]] = []
    with Summarizer(
        env={}, cache=False, on_step=lambda *call: calls.append(call), **SMALL, **RECORDED
    ) as summarizer:
        result = summarizer.summarize_result(text)
    # The server counted 3,262 tokens where the estimate says 5,177: scaled to its count
    # (plus 10 %), the article takes two windows, not three.
    assert [c[:2] for c in calls] == [
        (name, i) for i, name in enumerate(["sources", "notes"] * 2 + ["summary"], 1)
    ]
    assert {c[2] for c in calls} == {5}  # announced against the calls expected (progress)
    brief, stats = result.brief, result.stats
    assert "read it in 2 windows" in brief.warnings[0].message
    # Every request stayed within the context: its prompt and the longest answer it may get.
    assert stats.largest_prompt + SMALL["max_output_tokens"] <= SMALL["context_tokens"]
    assert brief.provenance.strategy == "staged"
    assert [w.code for w in brief.warnings].count("read_in_windows") == 1
    assert "no_notes" not in [w.code for w in brief.warnings]
    assert brief.headline.strip() and brief.summary.strip()
    # Figures come from the scan of the whole article, the last window's too.
    assert len(brief.figures) == len(figure_candidates(text))
    assert max(f.span.start for f in brief.figures) > len(text) * 3 // 4
    for item in [*brief.figures, *brief.sources]:
        assert text[item.span.start : item.span.end] == item.quote
    # Sources come from both windows (each part names its own).
    halves = {2 * s.span.start // len(text) for s in brief.sources}
    assert halves == {0, 1}, [(s.name, s.span.start) for s in brief.sources]


def test_max_tokens_stops_a_long_article_between_windows(tmp_path: Path) -> None:
    """The command line's per-article budget, against a stand-in answering each call with
    the local model's recorded answer for its tool."""
    article = tmp_path / "long.txt"
    article.write_text(long_article(), encoding="utf-8")
    bodies = recorded_by_tool("test_seed_article_staged.yaml",
                              "test_a_long_article_is_read_in_windows.yaml")  # fmt: skip
    env = {"SUMMARIZER_CACHE": str(tmp_path / "cache.sqlite3"), "SUMMARIZER_MODEL": "m"}
    args = ["summarize", str(article), "--context-tokens", "4096", "--max-tokens", "2500"]
    with serve_faults(Faults(), bodies) as server:
        env["SUMMARIZER_BASE_URL"] = server.url
        first = CliRunner().invoke(app, args, env={**env, "SUMMARIZER_MAX_OUTPUT_TOKENS": "1024"})
        assert first.exit_code == 0, first.output
        brief = json.loads(first.stdout)
        # Window 1's two calls (as recorded: 1,576 + 1,345 tokens) cross 2,500: windows 2 and
        # 3 are skipped, the summary is still written.
        chat = [r for r in server.requests if "tools" in r]
        assert [r["tools"][0]["function"]["name"] for r in chat] == [
            "SourceLabels", "Notes", "SummaryDraft"
        ]  # fmt: skip
        codes = [w["code"] for w in brief["warnings"]]
        assert "budget_reached" in codes and "read_in_windows" in codes
        # A brief cut short by a budget is not cached: the same command asks again.
        again = CliRunner().invoke(app, args, env={**env, "SUMMARIZER_MAX_OUTPUT_TOKENS": "1024"})
        assert again.exit_code == 0
        assert len([r for r in server.requests if "tools" in r]) == 6
        # The stand-in has no tokenizer: asked once per run, the estimate is used.
        asked = [r for r in server.requests if "tools" not in r]
        assert [sorted(r) for r in asked] == [["input"], ["input"]]


@pytest.mark.parametrize("out_name", ["out", "out.jsonl"])
def test_a_brief_a_budget_cut_short_is_made_again_by_the_next_run(
    tmp_path: Path, out_name: str
) -> None:
    article = "Up to 8,000 troops remain, officials said."
    brief = brief_of(article, [("Up to 8,000 troops", "up_to")])
    cut = brief.model_copy(update={"warnings": [
        BriefWarning(code="budget_reached", message="token budget reached")]})  # fmt: skip
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    items = collect_items([str(tmp_path / "a.txt")])
    producer = producer_of(brief.model_dump(mode="json"))
    sink = open_sink(tmp_path / out_name, producer)
    sink.write(items[0], cut, cached=False)
    sink.close()
    again = open_sink(tmp_path / out_name, producer)
    assert not again.is_done(items[0]) and again.stale(items) == []  # redone, not refused
    again.write(items[0], brief, cached=False)
    assert again.is_done(items[0])
    again.close()
