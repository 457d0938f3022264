"""Grounding of model drafts against the article's exact words (seed article sentences)."""

from __future__ import annotations

from summarizer.drafts import BriefDraft, FigureDraft
from summarizer.ground import align, ground, unsupported_numbers


def _draft(**kw: object) -> BriefDraft:
    return BriefDraft.model_validate({"headline": "h", "summary": "s", **kw})


def test_align_exact_and_whitespace_normalised(seed_article: str) -> None:
    span, how = align("a second deployment of 1,000 to 3,000 troops", seed_article) or (None, "")
    assert (
        span
        and seed_article[span.start : span.end] == "a second deployment of 1,000 to 3,000 troops"
    )
    assert how == "exact"
    found = align("Ukraine’s  GUR\nmilitary intelligence", seed_article)
    assert (
        found
        and seed_article[found[0].start : found[0].end] == "Ukraine’s GUR military intelligence"
    )
    assert align("Ukraine's GUR military", seed_article) is not None  # straight vs curly quote
    assert align("20,000 tanks were destroyed", seed_article) is None


def test_figure_kept_only_when_its_value_is_in_its_quote(seed_article: str) -> None:
    draft = _draft(
        figures=[
            {
                "what": "troops in Kursk",
                "value_low": "8,000",
                "value_high": "8,000",
                "qualifier": "up to",
                "quote": "Up to 8,000 North Korean troops deployed",
            },
            {
                "what": "invented",
                "value_low": 9000,
                "value_high": 9000,
                "qualifier": "exact",
                "quote": "Up to 8,000 North Korean troops deployed",
            },
            {
                "what": "not in article",
                "value_low": 5,
                "value_high": 5,
                "qualifier": "exact",
                "quote": "five tanks",
            },
        ],
        sources=[
            {
                "name": "GUR",
                "kind": "intelligence",
                "anonymous": True,
                "quote": "An official from Ukraine’s GUR military intelligence service",
            }
        ],
    )
    grounded = ground(draft, seed_article)
    assert [f.what for f in grounded.figures] == ["troops in Kursk"]
    fig = grounded.figures[0]
    assert (fig.value_low, fig.qualifier, fig.id) == (8000, "up_to", "F1")
    assert seed_article[fig.span.start : fig.span.end] == fig.quote
    assert {w.code for w in grounded.warnings} == {
        "figure_value_not_in_quote",
        "figure_quote_not_found",
    }
    assert grounded.sources[0].id == "S1"


def test_drafts_accept_small_model_spellings() -> None:
    fig = FigureDraft.model_validate(
        {
            "what": "w",
            "value_low": "1,000",
            "value_high": "3,000.5",
            "qualifier": "As many as",
            "quote": "q",
        }
    )
    assert (fig.value_low, fig.value_high, fig.qualifier) == (1000, 3000.5, "as_many_as")


def test_unsupported_numbers_in_prose(seed_article: str) -> None:
    assert unsupported_numbers("About 8,000 troops remain; 12,345 died.", seed_article) == [
        "12,345"
    ]
    assert unsupported_numbers("17,000 to 20,000 personnel", seed_article) == []
