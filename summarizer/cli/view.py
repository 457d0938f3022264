"""``summarizer view``: the review page of a brief made earlier."""

from __future__ import annotations

import sys
import webbrowser
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError

from summarizer.batch.sinks import check_writable, write_atomically
from summarizer.brief.schema import Brief
from summarizer.cli.common import err, fail
from summarizer.errors import InputError, OutputError, SummarizerError
from summarizer.ingest.files import load_path, read_document
from summarizer.review import render_page

__all__ = ["load_brief", "view"]


def load_brief(path: Path) -> Brief:
    """A brief from its JSON file; an InputError in one line when it is not one."""
    text = load_path(path)
    try:
        return Brief.model_validate_json(text)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the top level"
        raise InputError(
            f"{path} is not a summarizer brief ({e.error_count()} problem(s); first at "
            f"{where}: {first['msg']}): give a brief written by summarize or batch"
        ) from e


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
        brief = load_brief(brief_path)
        text = read_document(article).text if article is not None else None
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
