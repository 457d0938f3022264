"""Deterministic checks on real sentences: hedges and conflicting figures."""

from __future__ import annotations

from summarizer.checks import rule_uncertainties
from summarizer.drafts import BriefDraft
from summarizer.ground import ground
from summarizer.scan import figure_candidates


def _figures(text: str) -> BriefDraft:
    figures = [
        {"what": "x", "value_low": m.value_low, "value_high": m.value_high,
         "qualifier": m.qualifier, "quote": m.text}
        for m in figure_candidates(text)
    ]  # fmt: skip
    return BriefDraft.model_validate({"headline": "h", "summary": "s", "figures": figures})


def test_conflict_and_hedge() -> None:
    text = (
        "The force is estimated at around 8,000 troops, though some assessments put the "
        "number as high as 10,000.\nOf those, as many as 2,000 are believed to have been "
        "killed.\nThe ministry counted 412 drones.\n"
    )
    grounded = ground(_figures(text), text)
    found = [(u.kind, u.figure_ids) for u in rule_uncertainties(text, grounded.figures)]
    assert found == [("conflicting_figures", ["F1", "F2"]), ("unverified", ["F3"])]


def test_plain_figures_raise_nothing() -> None:
    text = "The ministry counted 412 drones and 38 missiles.\n"
    grounded = ground(_figures(text), text)
    assert rule_uncertainties(text, grounded.figures) == []
