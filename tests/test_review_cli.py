"""The review page from the command line: ``summarize --format html``, ``view`` and
``batch --html``."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from batch_articles import make_articles
from fake_server import Faults, recorded_by_tool, serve_faults
from review_support import Page
from support import RECORDED, ROOT, SEED_ARTICLE_NAME
from typer.testing import CliRunner

from summarizer.batch.inputs import collect_items
from summarizer.batch.pages import page_name
from summarizer.cli import app

runner = CliRunner()
SEED = ROOT / "tests" / "data" / SEED_ARTICLE_NAME
ARGS = ["--model", RECORDED["model"], "--base-url", RECORDED["base_url"]]


def _first_marks(page: Page, kind: str) -> list[str]:
    return [a[kind] or "" for t, a in page.elements if t == "mark" and kind in a
            and "data-cont" not in a]  # fmt: skip


@pytest.mark.vcr("test_seed_article_staged.yaml")
def test_summarize_html_and_view_make_the_same_page(tmp_path: Path, clean_env: None) -> None:
    made = runner.invoke(app, ["summarize", str(SEED), *ARGS, "-o", str(tmp_path / "b.json")])
    assert made.exit_code == 0, made.output
    brief = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    html = runner.invoke(app, ["summarize", str(SEED), *ARGS, "--format", "html"])  # cached
    assert html.exit_code == 0, html.output
    page = Page(html.stdout)
    assert _first_marks(page, "data-figure") == [f["id"] for f in brief["figures"]]
    assert sorted(_first_marks(page, "data-source")) == sorted(s["id"] for s in brief["sources"])
    assert page.article_text == SEED.read_text(encoding="utf-8")
    for figure in brief["figures"]:
        assert "".join(page.mark_text[figure["id"]]) == figure["quote"]
    viewed = runner.invoke(app, ["view", str(tmp_path / "b.json"), "--article", str(SEED)])
    assert viewed.exit_code == 0, viewed.output
    assert f"wrote {tmp_path / 'b.html'}" in viewed.stderr
    assert (tmp_path / "b.html").read_text(encoding="utf-8") == html.stdout


@pytest.mark.vcr("test_seed_article_staged.yaml")
def test_view_without_the_article_and_on_bad_input(tmp_path: Path, clean_env: None) -> None:
    made = runner.invoke(app, ["summarize", str(SEED), *ARGS, "-o", str(tmp_path / "b.json")])
    assert made.exit_code == 0, made.output
    alone = runner.invoke(app, ["view", str(tmp_path / "b.json"), "--out", "-"])
    assert alone.exit_code == 0, alone.output
    page = Page(alone.stdout)
    assert not _first_marks(page, "data-figure")
    brief = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    unplaced = [a["data-unplaced"] for _, a in page.elements if "data-unplaced" in a]
    assert len(unplaced) == len(brief["figures"]) + len(brief["sources"])
    (tmp_path / "out.jsonl").write_text("{}\n", encoding="utf-8")
    (tmp_path / "empty.json").write_text("", encoding="utf-8")
    seed_before = SEED.read_bytes()
    for args, needle in [
        ([str(SEED)], "is not a summarizer brief"),
        ([str(tmp_path / "none.json")], "no such file"),
        ([str(tmp_path / "b.json"), "--out", "-", "--open"], "--open needs a page file"),
        ([str(tmp_path / "b.json"), "--out", str(tmp_path)], "is a folder"),
        ([str(tmp_path / "b.json"), "--article", str(tmp_path)], "is a folder"),
        ([str(tmp_path / "b.json"), "--article", str(SEED), "--out", str(SEED)], "overwrite"),
        ([str(tmp_path / "out.jsonl")], "is a batch's JSONL output"),
        ([str(tmp_path / "empty.json")], "is empty: give a brief"),
    ]:
        result = runner.invoke(app, ["view", *args])
        assert result.exit_code == 2, result.output
        assert len(result.stderr.strip().splitlines()) == 1 and needle in result.stderr
    assert SEED.read_bytes() == seed_before  # the article was never written over


@pytest.mark.parametrize("out_name", ["out", "out.jsonl"])
def test_batch_html_writes_a_page_per_article_and_an_index(tmp_path: Path, out_name: str) -> None:
    make_articles(tmp_path / "in", 3)
    (tmp_path / "in" / "empty.txt").write_text("  \n", encoding="utf-8")
    env = {"SUMMARIZER_MODEL": "recorded-model", "SUMMARIZER_STRATEGY": "staged",
           "SUMMARIZER_CACHE": "off", "SUMMARIZER_TRANSPORT_RETRIES": "1"}  # fmt: skip
    out = tmp_path / out_name
    with serve_faults(Faults(), recorded_by_tool("test_seed_article_staged.yaml")) as server:
        env["SUMMARIZER_BASE_URL"] = server.url
        result = runner.invoke(app, ["batch", str(tmp_path / "in"), "--out", str(out), "--html"],
                               env=env)  # fmt: skip
    assert result.exit_code == 1, result.output  # the empty article failed
    folder = out if out_name == "out" else tmp_path / "out.pages"
    assert f"3 review page(s) in {folder}" in result.stdout
    index = (folder / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'href="\./([^"]+)"', index)
    items = [i for i in collect_items([str(tmp_path / "in")]) if "empty" not in i.id]
    assert sorted(links) == sorted(page_name(i) for i in items)
    for item in items:
        page = Page((folder / page_name(item)).read_text(encoding="utf-8"))
        assert page.article_text == Path(item.id).read_text(encoding="utf-8")
    assert re.search(r"empty\.txt</strong>: .*empty", index)
