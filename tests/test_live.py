"""The real embedded model, end to end. Off by default (marker `live`): run with
`pytest -m live` on a machine with the [local] extra installed."""

from __future__ import annotations

import importlib.util

import pytest

from summarizer import Summarizer
from summarizer.local.weights import default_model_path, part_paths
from summarizer.settings import resolve_settings

pytestmark = pytest.mark.live


def _embedded_ready() -> str | None:
    if importlib.util.find_spec("llama_cpp") is None:
        return "llama-cpp-python is not installed (pip install 'summarizer[local]')"
    if default_model_path(resolve_settings(embedded=True).cache_folder).exists():
        return None
    try:
        part_paths()
    except Exception as e:
        return str(e)
    return None


@pytest.mark.skipif(_embedded_ready() is not None, reason=str(_embedded_ready()))
def test_embedded_model_briefs_the_seed_article(
    seed_article: str, seed_gold_figures: list[tuple[float, float, str]], clean_env: None
) -> None:
    with Summarizer() as summarizer:
        brief = summarizer.summarize(seed_article)
    assert brief.provenance.strategy == "staged"
    got = [(f.value_low, f.value_high, f.qualifier) for f in brief.figures]
    assert got == seed_gold_figures
    assert brief.headline and brief.summary
    for item in [*brief.figures, *brief.sources]:
        assert seed_article[item.span.start : item.span.end] == item.quote
