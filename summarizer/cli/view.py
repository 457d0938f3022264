"""``summarizer view``: the review page of a brief made earlier."""

from __future__ import annotations

import os
import sys
import webbrowser
from pathlib import Path
from typing import Annotated

import typer

from summarizer.batch.sinks import check_writable, write_atomically
from summarizer.brief.parse import parse_brief
from summarizer.brief.schema import Brief
from summarizer.cli.common import err, fail
from summarizer.errors import EmptyInputError, InputError, OutputError, SummarizerError
from summarizer.ingest.files import load_path, read_document
from summarizer.review import render_page
from summarizer.settings import resolve_settings

__all__ = ["load_brief", "view"]


def load_brief(path: Path) -> Brief:
    """A brief from its JSON file; an InputError in one line when it is not one."""
    if path.suffix.lower() == ".jsonl":
        raise InputError(
            f"{path} is a batch's JSONL output (a brief per line): run the batch again with "
            "--html for a page per article"
        )
    try:
        text = load_path(path)
    except EmptyInputError as e:
        raise InputError(f"{path} is empty: give a brief written by summarize or batch") from e
    return parse_brief(text, str(path))


def view(
    brief_path: Annotated[Path, typer.Argument(metavar="BRIEF.json", help="A brief (JSON).")],
    article: Annotated[
        str | None,
        typer.Option(
            help="The article the brief was made from (text, Markdown or HTML), to highlight "
            "its figures and sources; without it the page lists them unplaced.",
            show_default=False,
        ),
    ] = None,
    out_path: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", help="Where to write the page (- for stdout).", show_default=False
        ),
    ] = None,
    open_page: Annotated[
        bool, typer.Option("--open", help="Open the page in the default browser.")
    ] = False,
) -> None:
    """Write the review page of a brief: the article with every figure and source highlighted
    where it stands, the figures, sources, uncertainties, caveats and warnings beside it.

    The page is one self-contained HTML file (no network requests). It is written to
    BRIEF.html beside the brief unless --out says otherwise. Figures and sources that cannot
    be placed in the article (none given, or another article) are listed in their own panel.
    Exit status: 0 on success, 2 for bad input.
    """
    target = brief_path.with_suffix(".html") if out_path is None else out_path
    to_stdout = str(target) == "-"
    if to_stdout and open_page:
        fail(InputError("--open needs a page file: drop --out - or give a file name"))
    try:
        inputs = [brief_path, *([Path(article)] if article not in (None, "-") else [])]
        if not to_stdout and os.path.realpath(target) in {os.path.realpath(p) for p in inputs}:
            raise InputError(
                f"the page would overwrite {target}, the brief or the article: give --out PAGE.html"
            )
        brief = load_brief(brief_path)
        if article is not None:  # capped as summarize caps it (SUMMARIZER_MAX_INPUT_BYTES)
            cap = resolve_settings(embedded=True).max_input_bytes
            text: str | None = read_document(article, max_bytes=cap).text
        else:
            text = None
        if not to_stdout:
            check_writable(target)
        page = render_page(brief, text)
        if to_stdout:
            sys.stdout.write(page)
            return
        try:
            write_atomically(target, page)
        except OSError as e:
            raise OutputError(f"cannot write {target}: {e.strerror or e}") from e
    except SummarizerError as e:
        fail(e)
    err.print(f"wrote {target}", highlight=False)
    if open_page:
        webbrowser.open(target.resolve().as_uri())
