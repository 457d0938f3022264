"""The figures a brief would hold, without a model: ``summarizer.read_figures`` and
``summarizer figures``."""

from __future__ import annotations

import json

import pytest
from support import RECORDED, ROOT, SEED_ARTICLE_NAME
from typer.testing import CliRunner

from summarizer import Figure, InputError, Summarizer, read_figures
from summarizer.cli import app

SEED = ROOT / "tests" / "data" / SEED_ARTICLE_NAME
runner = CliRunner()


def _without_source(figures: list[Figure]) -> list[dict[str, object]]:
    return [f.model_dump(exclude={"source_id"}) for f in figures]


@pytest.mark.vcr("test_seed_article_staged.yaml")
def test_the_figures_are_the_briefs_without_asking_the_model(
    seed_article: str, clean_env: None
) -> None:
    with Summarizer(env={}, **RECORDED) as summarizer:
        brief = summarizer.summarize(seed_article)
    found = read_figures(seed_article)
    assert len(found) >= 10
    assert _without_source(found) == _without_source(brief.figures)
    assert all(f.source_id is None for f in found)
    for figure in found:
        assert seed_article[figure.span.start : figure.span.end] == figure.quote


def test_bad_text_is_refused() -> None:
    with pytest.raises(InputError):
        read_figures("   ")
    with pytest.raises(InputError, match="over the 10-byte limit"):
        read_figures("Up to 8,000 troops remain.", max_input_bytes=10)


def test_the_command_lists_them_as_json_or_markdown(clean_env: None) -> None:
    as_json = runner.invoke(app, ["figures", str(SEED)])
    assert as_json.exit_code == 0, as_json.output
    rows = json.loads(as_json.stdout)
    assert [Figure.model_validate(r) for r in rows] == read_figures(SEED.read_text("utf-8"))
    piped = runner.invoke(app, ["figures", "-", "--format", "markdown"],
                          input="Officials said up to 8,000 troops remain.")  # fmt: skip
    assert piped.exit_code == 0, piped.output
    lines = piped.stdout.splitlines()
    assert lines[0].startswith("| id | what | value")
    assert "| F1 |" in lines[2] and "up to 8,000" in lines[2]
    bad = runner.invoke(app, ["figures", str(ROOT / "no-such-article.txt")])
    assert bad.exit_code == 2 and bad.stderr.strip().startswith("error:")
    assert len(bad.stderr.strip().splitlines()) == 1
    wrong = runner.invoke(app, ["figures", str(SEED), "--format", "html"])
    assert wrong.exit_code == 2 and "unknown format" in wrong.stderr
