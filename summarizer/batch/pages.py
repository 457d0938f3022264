"""``batch --html``: a review page per article and an index page linking them all.

Pages are made after the run from what the output holds (briefs of earlier runs included)
and the articles as the batch reads them; each page is written whole (temporary file, then
rename). An article whose page cannot be made is listed on the index with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from summarizer.batch.inputs import Item
from summarizer.batch.sinks import Sink, file_name, write_atomically
from summarizer.brief.parse import parse_brief
from summarizer.errors import OutputError, SummarizerError
from summarizer.review import IndexFailure, IndexRow, render_index, render_page

__all__ = ["PagesReport", "page_name", "pages_folder", "write_pages"]


@dataclass(frozen=True)
class PagesReport:
    pages: int
    index: Path


def pages_folder(out: Path) -> Path:
    """Where the pages of a batch go: its folder, or ``FILE.pages/`` beside a JSONL output."""
    return out if out.suffix.lower() != ".jsonl" else out.with_name(out.stem + ".pages")


def page_name(item: Item) -> str:
    """The page's file name: the brief's, ending in ``.html``."""
    return str(Path(file_name(item.id)).with_suffix(".html"))


def write_pages(items: list[Item], sink: Sink, out: Path, max_bytes: int) -> PagesReport:
    """Write each article's review page and ``index.html``; OutputError when a file cannot
    be written (the briefs themselves are already safe)."""
    folder = pages_folder(out)
    saved = sink.saved_briefs(items)
    failed = {r.get("id"): str(r.get("message", "")) for r in sink.still_failing()}
    rows: list[IndexRow] = []
    failures: list[IndexFailure] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for item in items:
            if item.id not in saved:
                reason = failed.get(item.id) or "not summarized (the run stopped before it)"
                failures.append(IndexFailure(item.origin, reason))
                continue
            try:
                brief = parse_brief(saved[item.id], f"the brief of {item.origin}")
                text = item.load(max_bytes).text
            except SummarizerError as e:
                failures.append(IndexFailure(item.origin, f"no page: {e}"))
                continue
            name = page_name(item)
            write_atomically(folder / name, render_page(brief, text))
            rows.append(IndexRow(item.origin, name, brief))
        index = folder / "index.html"
        write_atomically(index, render_index(str(out), rows, failures))
    except OSError as e:
        raise OutputError(f"cannot write the pages in {folder}: {e.strerror or e}") from e
    return PagesReport(len(rows), index)
