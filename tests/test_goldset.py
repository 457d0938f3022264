"""The whole gold set, summarized from recordings of the local model and scored: a replayable,
offline regression test of extraction quality (what `summarizer eval` measures live).

Each article has its cassette in ``cassettes/goldset/`` (the default strategy's calls, recorded
from llama-cpp-python 0.3.36 serving Qwen2.5-Coder-1.5B-Instruct Q4_K_M on 127.0.0.1:8765).
With the model's answers fixed, every change of score comes from the toolkit's own code: the
scores may not fall below ``goldset/baselines/*.json``. After an improvement, write the new
baseline with ``WRITE_GOLDSET_BASELINE=1 pytest tests/test_goldset.py``; record the
cassette of a new gold article with a server on 127.0.0.1:8765 and
``pytest --record-mode=once tests/test_goldset.py``.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest
import vcr
from support import RECORDED, ROOT, json_body_matcher

from summarizer import Summarizer
from summarizer.api import BriefResult
from summarizer.evaluation.evaluate import EvalReport, compare, evaluate, load_report
from summarizer.evaluation.gold import load_gold_set
from summarizer.ingest.webpage import Document

CASSETTES = ROOT / "cassettes" / "goldset"
FOLDERS = {
    "written": ROOT / "goldset",
    "real": ROOT / "goldset" / "real",
    "heldout": ROOT / "goldset" / "heldout",  # real, annotated by helpers who never read the code
}


class _Replaying(Summarizer):
    """A Summarizer whose calls for each article replay from (or record to) its cassette."""

    def __init__(self, recorder: vcr.VCR, names: dict[str, str], **options: Any) -> None:
        super().__init__(**options)
        self.recorder, self.names = recorder, names

    def summarize_result(self, text: str | Document) -> BriefResult:
        article = text.text if isinstance(text, Document) else text
        name = self.names[hashlib.sha256(article.encode("utf-8")).hexdigest()]
        with self.recorder.use_cassette(f"{name}.yaml"):
            return super().summarize_result(text)


def _report(folder: Path, record_mode: str, vcr_config: dict[str, Any]) -> EvalReport:
    items = load_gold_set(folder)
    config = {k: v for k, v in vcr_config.items() if k != "allow_playback_repeats"}
    recorder = vcr.VCR(**config, record_mode=record_mode, cassette_library_dir=str(CASSETTES))
    recorder.register_matcher("json_body", json_body_matcher)
    names = {hashlib.sha256(i.text.encode("utf-8")).hexdigest(): i.name for i in items}
    with _Replaying(recorder, names, env={}, **RECORDED) as summarizer:
        return evaluate(items, summarizer=summarizer, gold_set=folder.name)


@pytest.mark.parametrize("part", sorted(FOLDERS))
def test_goldset_scores_hold_from_recordings(
    part: str, record_mode: str, vcr_config: dict[str, Any], clean_env: None
) -> None:
    report = _report(FOLDERS[part], record_mode, vcr_config)
    assert not [a.name for a in report.articles if a.status != "ok"]
    baseline_path = ROOT / "goldset" / "baselines" / f"{part}.json"
    if os.environ.get("WRITE_GOLDSET_BASELINE"):
        baseline_path.write_text(report.model_dump_json(indent=2) + "\n", encoding="utf-8")
    baseline = load_report(baseline_path)
    drops = compare(report, baseline, max_drop=0.0)
    assert not drops, "; ".join(drops)
    # No number of the briefs (figures, or the model's headline, summary and key points) is
    # absent from its article.
    assert report.overall.invented_numbers == 0
