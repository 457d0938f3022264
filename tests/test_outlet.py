"""The publishing outlet is no source of its own story (summarizer.grounding.outlet)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import RECORDED, ROOT, SEED_ARTICLE_NAME
from typer.testing import CliRunner

from summarizer.brief.drafts import BriefDraft, FigureDraft, SourceDraft
from summarizer.cli import app
from summarizer.grounding.outlet import names_outlet, without_own_reporting
from summarizer.ingest.files import read_document

TEXT = (
    "Six Somali Soldiers Killed\n\nThe group told VOA there has been no claim of responsibility"
    " for the bombings that killed 12 people. VOA's David Gollust reports that 40 were hurt. "
    "The Department of Justice said 3 men were charged."
)


def _draft(*sources: str) -> BriefDraft:
    quotes = {
        "VOA": "The group told VOA there has been no claim",
        "David Gollust": "VOA's David Gollust reports that 40 were hurt",
        "Department of Justice": "The Department of Justice said 3 men were charged",
    }
    return BriefDraft(
        headline="Six Somali soldiers killed",
        summary="Bombings killed 12.",
        figures=[
            FigureDraft(what="people killed", value_low=12, value_high=12, unit="people",
                        qualifier="exact", source="VOA", quote="killed 12 people"),
            FigureDraft(what="men charged", value_low=3, value_high=3, unit="men",
                        qualifier="exact", source="Department of Justice",
                        quote="3 men were charged"),
        ],
        sources=[SourceDraft(name=s, kind="other", anonymous=False, quote=quotes[s])
                 for s in sources],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("name", "outlet", "named"),
    [
        ("VOA", "Voice of America", True),
        ("VOA Somali Service", "Voice of America (Studio 7 for Zimbabwe)", True),
        ("Wikinews reporters", "Wikinews", True),
        ("The Guardian", "Wikinews", False),
        ("UN", "UN News", False),  # (two letters are no outlet's initials)
        ("Department of Justice", "U.S. Department of Justice", False),
        ("U.S. Department of Justice", "U.S. Department of Justice", True),
    ],
)
def test_names_outlet(name: str, outlet: str, named: bool) -> None:
    assert names_outlet(name, outlet) is named


def test_the_outlet_told_is_dropped_and_its_figures_are_its_own() -> None:
    draft, warnings = without_own_reporting(
        _draft("VOA", "Department of Justice"), TEXT, "Voice of America"
    )
    assert [s.name for s in draft.sources] == ["Department of Justice"]
    assert [f.source for f in draft.figures] == [None, "Department of Justice"]
    assert [w.code for w in warnings] == ["source_is_outlet"]
    assert "VOA" in warnings[0].message and "Voice of America" in warnings[0].message


def test_the_outlet_cited_otherwise_stays() -> None:
    # a release that cites its own department: cited, not told nor reporting
    draft, warnings = without_own_reporting(
        _draft("VOA", "Department of Justice"), TEXT, "Department of Justice"
    )
    assert [s.name for s in draft.sources] == ["VOA", "Department of Justice"]
    assert warnings == []


def test_no_outlet_known_changes_nothing() -> None:
    draft = _draft("VOA")
    for outlet in (None, "", "  "):
        assert without_own_reporting(draft, TEXT, outlet) == (draft, [])
    # another outlet told stays a source: the claim reached the story through it
    kept, _ = without_own_reporting(draft, TEXT, "Wikinews")
    assert [s.name for s in kept.sources] == ["VOA"]


def test_an_html_page_s_site_name_is_its_outlet(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<!doctype html><html><head><title>Troops remain</title>"
        '<meta property="og:site_name" content="Example Daily"></head><body><article>'
        "<h1>Troops remain</h1><p>Up to 8,000 troops remain in the region, an official "
        "said on Monday, and about 3,000 have gone home.</p></article></body></html>",
        encoding="utf-8",
    )
    assert read_document(str(page)).outlet == "Example Daily"


@pytest.mark.vcr("test_seed_article_brief.yaml")
def test_the_cli_s_outlet_is_the_brief_s(clean_env: None) -> None:
    seed = ROOT / "tests" / "data" / SEED_ARTICLE_NAME
    args = ["--model", RECORDED["model"], "--base-url", RECORDED["base_url"]]
    result = CliRunner().invoke(
        app,
        ["summarize", str(seed), *args, "--strategy", "single", "--outlet", "Korea JoongAng Daily"],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["article"]["outlet"] == "Korea JoongAng Daily"


def test_a_batch_line_s_outlet_is_its_document_s(tmp_path: Path) -> None:
    from summarizer.batch.inputs import collect_items

    lines = tmp_path / "articles.jsonl"
    lines.write_text(
        json.dumps({"id": "a", "text": "Up to 8,000 troops remain.", "outlet": "VOA"}) + "\n"
        + json.dumps({"id": "b", "text": "About 3,000 went home.", "outlet": 7}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    assert [i.load().outlet for i in collect_items([str(lines)])] == ["VOA", None]


@pytest.mark.parametrize(
    ("name", "outlet", "named"),
    [
        # (review of session 25) another body whose name opens on the outlet's word is not it
        ("Times of India", "The Times", False),
        ("Independent Electoral and Boundaries Commission", "The Independent", False),
        # a site's name as a domain, an outlet's "News"
        ("VOA", "voanews.com", True),
        ("BBC", "BBC News", True),
    ],
)
def test_names_outlet_of_the_review(name: str, outlet: str, named: bool) -> None:
    assert names_outlet(name, outlet) is named


def _one_source(name: str, text: str) -> BriefDraft:
    """A draft with one source, quoted by its article's last sentence."""
    quote = text.split("\n")[-1].rstrip(".")
    source = SourceDraft(name=name, kind="other", anonymous=False, quote=quote)
    return BriefDraft(headline="A story", summary="A story.", sources=[source])


def test_the_outlet_telling_reporters_is_cited_not_reporting() -> None:
    text = "Title\n\nThe Department of Justice told reporters 3 men were charged."
    draft = _one_source("Department of Justice", text)
    assert without_own_reporting(draft, text, "Department of Justice") == (draft, [])


def test_the_outlet_told_in_another_case_is_dropped() -> None:
    text = "Title\n\nThe minister told the Guardian that 40 people died."
    kept, warnings = without_own_reporting(_one_source("The Guardian", text), text, "The Guardian")
    assert kept.sources == [] and [w.code for w in warnings] == ["source_is_outlet"]


def test_a_batch_html_line_keeps_its_own_outlet_and_a_blank_outlet_is_none(
    tmp_path: Path,
) -> None:
    from summarizer.batch.inputs import collect_items
    from summarizer.ingest.webpage import Document

    page = (
        "<html><body><article><p>Up to 8,000 troops remain in the region.</p></article>"
        "</body></html>"
    )
    lines = tmp_path / "pages.jsonl"
    lines.write_text(
        json.dumps({"id": "a", "html": page, "outlet": "Voice of America", "title": "T"}) + "\n",
        encoding="utf-8",
    )
    doc = collect_items([str(lines)])[0].load()
    assert (doc.outlet, doc.title) == ("Voice of America", "T")
    assert Document("x", outlet="  ").outlet is None
