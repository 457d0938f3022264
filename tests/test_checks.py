"""Deterministic checks on real sentences: hedges and conflicting figures."""

from __future__ import annotations

from summarizer.brief.drafts import BriefDraft
from summarizer.brief.schema import ArticleInfo
from summarizer.grounding.checks import rule_caveats, rule_uncertainties
from summarizer.grounding.ground import ground
from summarizer.text.numbers.quantities import figure_candidates


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


def test_total_that_parts_do_not_reach_is_an_inconsistency(seed_article: str) -> None:
    """Seed article: about 11,000 + 1,000-3,000 + around 6,000 is 18,000-20,000, but the
    article says "bringing the total to 17,000 to 20,000 personnel"."""
    grounded = ground(_figures(seed_article), seed_article)
    info = ArticleInfo(sha256="0" * 64, chars=len(seed_article))
    (caveat,) = [c for c in rule_caveats(grounded, info, seed_article)
                 if c.kind == "inconsistency"]  # fmt: skip
    assert caveat.origin == "rule"
    assert "add up to 18,000–20,000" in caveat.statement
    assert "17,000–20,000" in caveat.statement


def test_total_that_adds_up_raises_nothing() -> None:
    text = "It sent 1,000 troops and 2,000 engineers, bringing the total to 3,000 personnel.\n"
    grounded = ground(_figures(text), text)
    info = ArticleInfo(sha256="0" * 64, chars=len(text))
    assert rule_caveats(grounded, info, text) == []


def test_war_reporting_from_a_side_is_a_partisan_caveat(seed_article: str) -> None:
    from summarizer.brief.schema import Source, Span

    grounded = ground(_figures(seed_article), seed_article)
    quote = "Ukraine’s GUR military intelligence service"
    start = seed_article.index(quote)
    grounded.sources.append(Source(id="S1", name="GUR", kind="intelligence", anonymous=False,
                                   quote=quote, span=Span(start=start, end=start + len(quote)),
                                   alignment="exact"))  # fmt: skip
    info = ArticleInfo(sha256="0" * 64, chars=len(seed_article))
    kinds = [c.kind for c in rule_caveats(grounded, info, seed_article)]
    assert "partisan_source" in kinds
    budget = "The ministry said the budget grows 3%. The ministry expects growth.\n"
    assert "partisan_source" not in [c.kind for c in rule_caveats(grounded, info, budget)]
