"""``summarizer figures``: every figure a brief would hold, read without a model."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from summarizer.api import read_figures
from summarizer.brief.render import figures_table
from summarizer.cli.common import fail
from summarizer.errors import ConfigError, SummarizerError
from summarizer.ingest.files import read_document
from summarizer.settings import resolve_settings

__all__ = ["figures"]

FIGURE_FORMATS = ("json", "markdown")


def figures(
    source: Annotated[str, typer.Argument(help="Article file (text, Markdown or HTML), or -.")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help=f"Output: {', '.join(FIGURE_FORMATS)}.")
    ] = "json",
) -> None:
    """List every figure the brief of an article would hold: value or range, qualifier, unit,
    what it measures, and the clause that states it with its offsets, read by the
    deterministic scan alone (no model, no endpoint: milliseconds). Who states each figure
    needs the sources a brief lists (summarizer summarize).

    Exit status: 0 on success, 2 for bad input.
    """
    if fmt not in FIGURE_FORMATS:
        fail(ConfigError(f"unknown format {fmt!r}: choose one of {', '.join(FIGURE_FORMATS)}"))
    try:
        cap = resolve_settings(embedded=True).max_input_bytes  # SUMMARIZER_MAX_INPUT_BYTES
        text = read_document(source, max_bytes=cap).text
        found = read_figures(text, max_input_bytes=cap)
    except SummarizerError as e:
        fail(e)
    if fmt == "json":
        rows = [figure.model_dump(mode="json") for figure in found]
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write("\n".join(figures_table(found)) + "\n")
