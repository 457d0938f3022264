"""The review page live in headless Chromium (Debian's ``chromium``, driven by Playwright).

Checked from the live DOM: one highlight per placed figure whose text is exactly
``article[start:end]``, the hover card, a row's click scrolling its span into view, keyboard
focus, phone width, dark mode, print, no console error, and a hostile article that creates
no element and runs no script. Screenshots go to ``$SUMMARIZER_ARTIFACTS`` (CI keeps them)
or the test's temporary folder.

Skipped, saying why, when Playwright (the ``browser`` extra) or Chromium is missing, except
when ``SUMMARIZER_REQUIRE_BROWSER=1`` (as ``.ci/run`` sets): then a missing browser fails.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import vcr
from review_support import HOSTILE, HOSTILE_ARTICLE, brief_of
from support import RECORDED, ROOT, SECRET_HEADERS, SEED_ARTICLE_NAME, json_body_matcher

from summarizer import Brief, Summarizer
from summarizer.review import render_page

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Chromium's own connections (updates, sync, field trials) are refused on a closed network.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-quic"]  # fmt: skip
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def _missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install -e '.[browser]')"
    if not Path(CHROMIUM).exists():
        return "Chromium is not installed (Debian: apt-get install chromium)"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    missing = _missing()
    if missing:
        if os.environ.get("SUMMARIZER_REQUIRE_BROWSER") == "1":
            pytest.fail(f"browser tests are required here: {missing}")
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get("SUMMARIZER_ARTIFACTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("artifacts")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="module")
def seed() -> tuple[str, Brief]:
    """The seed article and its brief, replayed from the recording of the local model."""
    article = (ROOT / "tests" / "data" / SEED_ARTICLE_NAME).read_text(encoding="utf-8")
    recorder = vcr.VCR(
        cassette_library_dir=str(ROOT / "cassettes"), record_mode="none",
        match_on=["method", "scheme", "host", "port", "path", "query", "json_body"],
        filter_headers=SECRET_HEADERS,
    )  # fmt: skip
    recorder.register_matcher("json_body", json_body_matcher)
    with (
        recorder.use_cassette("test_seed_article_staged.yaml", allow_playback_repeats=True),
        Summarizer(env={}, cache=False, **RECORDED) as summarizer,
    ):
        return article, summarizer.summarize(article)


def _open(browser: Any, tmp_path: Path, html: str, **options: Any) -> tuple[Any, list[str]]:
    """A page showing ``html`` from a file URL, and the console errors it logs."""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    page = browser.new_page(**{"viewport": DESKTOP, **options})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    return page, errors


# Each figure's fragments joined in document order, and how many first fragments it has.
_HIGHLIGHTS = """() => {
  const out = {};
  for (const el of document.querySelectorAll("mark[data-figure]")) {
    const id = el.dataset.figure;
    out[id] = out[id] || {text: "", firsts: 0};
    out[id].text += el.textContent;
    if (!el.hasAttribute("data-cont")) out[id].firsts += 1;
  }
  return out;
}"""
_COLOURS = """() => {
  const colour = (el) => getComputedStyle(el).backgroundColor;
  const marks = {}, legend = {};
  for (const el of document.querySelectorAll("mark[data-figure]:not([data-cont])")) {
    marks[el.dataset.figure] = colour(el);
  }
  for (const el of document.querySelectorAll(".legend .swatch[data-qualifier]")) {
    legend[el.dataset.qualifier] = colour(el);
  }
  return {marks, legend};
}"""
_IN_VIEW = """(el) => { const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0; }"""


def test_the_seed_page_highlights_every_figure_live(
    browser: Any, seed: tuple[str, Brief], tmp_path: Path, artifacts: Path
) -> None:
    article, brief = seed
    assert len(brief.figures) >= 10 and brief.sources
    page, errors = _open(browser, tmp_path, render_page(brief, article))
    highlights = page.evaluate(_HIGHLIGHTS)
    assert sorted(highlights) == sorted(f.id for f in brief.figures)
    for figure in brief.figures:
        assert highlights[figure.id] == {
            "text": article[figure.span.start : figure.span.end],
            "firsts": 1,
        }
    assert page.locator("#article-text").evaluate("el => el.textContent") == article
    # Each highlight has its qualifier's colour, the colour the legend gives it.
    colours = page.evaluate(_COLOURS)
    for figure in brief.figures:
        assert colours["marks"][figure.id] == colours["legend"][figure.qualifier], figure.id
    assert len(set(colours["legend"].values())) == len(colours["legend"]) >= 3
    # Hovering a highlight shows its figure.
    first = brief.figures[0]
    page.hover(f"#mark-{first.id}")
    card = page.locator("#card")
    assert card.is_visible()
    shown = card.inner_text()
    assert first.id in shown and first.what in shown and first.qualifier.replace("_", " ") in shown
    page.screenshot(path=str(artifacts / "review-desktop.png"))
    # Clicking a row scrolls its span into view (the last figure starts far below the fold).
    last = brief.figures[-1]
    mark = page.locator(f"#mark-{last.id}")
    assert not mark.evaluate(_IN_VIEW)
    page.click(f'a[data-goto="{last.id}"]')
    assert mark.evaluate(_IN_VIEW)
    assert "flash" in (mark.get_attribute("class") or "")
    assert page.evaluate("document.activeElement.id") == f"mark-{last.id}"
    assert errors == []
    page.close()


def test_keyboard_phone_dark_and_print(
    browser: Any, seed: tuple[str, Brief], tmp_path: Path, artifacts: Path
) -> None:
    article, brief = seed
    html = render_page(brief, article)
    page, errors = _open(browser, tmp_path, html, viewport=PHONE, color_scheme="dark")
    # Phone width: one column, nothing wider than the screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(21, 22, 26)"
    # The first Tab reaches the first highlight, which shows its card; Escape hides it.
    page.keyboard.press("Tab")
    first = page.evaluate("document.querySelector('mark[tabindex]').id")
    assert first.startswith("mark-")
    assert page.evaluate("document.activeElement.id") == first
    assert page.locator("#card").is_visible()
    page.screenshot(path=str(artifacts / "review-phone-dark.png"), full_page=False)
    page.keyboard.press("Escape")
    assert not page.locator("#card").is_visible()
    page.emulate_media(media="print", color_scheme="light")
    page.keyboard.press("Tab")
    assert page.evaluate("getComputedStyle(document.querySelector('#card')).display") == "none"
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"
    assert errors == []
    page.close()


def test_a_hostile_article_creates_no_element_and_runs_no_script(
    browser: Any, tmp_path: Path
) -> None:
    brief = brief_of(
        HOSTILE_ARTICLE, [("up to 8,000 troops", "up_to"), (HOSTILE, "exact")],
        ["Officials said"], text=HOSTILE,
    )  # fmt: skip
    page, errors = _open(browser, tmp_path, render_page(brief, HOSTILE_ARTICLE))
    for selector in ("#mark-F1", "#mark-F2", "#mark-S1"):
        page.hover(selector)
        page.click(selector)
    page.click('a[data-goto="F2"]')
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img, textarea, b, a[href^='javascript']").count() == 0
    assert page.locator("script").count() == 2
    assert page.locator("#article-text").evaluate("el => el.textContent") == HOSTILE_ARTICLE
    assert HOSTILE in page.locator("#card").inner_text()  # the model's words, as text
    assert errors == []
    page.close()
