"""The command line: a thin layer over the library.

Every :class:`~summarizer.errors.SummarizerError` becomes one line on stderr and a non-zero
exit: 2 for bad input or settings, 1 when the model endpoint fails.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from .api import Summarizer
from .errors import BackendError, SummarizerError
from .loader import read_source
from .render import FORMATS, render
from .schema import brief_schema_text
from .settings import MODES, STRATEGIES

__all__ = ["app", "main"]

app = typer.Typer(
    name="summarizer",
    help="Structured, grounded briefs (figures, sources, uncertainties, caveats) from news "
    "articles, with any OpenAI-compatible model.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
_err = Console(stderr=True)


def _fail(error: SummarizerError) -> NoReturn:
    _err.print(f"[bold red]error:[/] {error}", highlight=False, soft_wrap=True)
    raise typer.Exit(1 if isinstance(error, BackendError) else 2)


def _write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a crash never leaves a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@app.command()
def summarize(
    source: Annotated[str, typer.Argument(help="Article file (text or Markdown), or - for stdin.")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help=f"Output format: {', '.join(FORMATS)}.")
    ] = "json",
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write the brief to FILE instead of stdout.")
    ] = None,
    model: Annotated[
        str | None, typer.Option(help="Model name [env: SUMMARIZER_MODEL].", show_default=False)
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1 "
            "[env: SUMMARIZER_BASE_URL].",
            show_default=False,
        ),
    ] = None,
    mode: Annotated[
        str | None,
        typer.Option(
            help=f"Instructor mode: {', '.join(MODES)} [env: SUMMARIZER_MODE].", show_default=False
        ),
    ] = None,
    strategy: Annotated[
        str | None,
        typer.Option(help=f"Extraction strategy: {', '.join(STRATEGIES)}.", show_default=False),
    ] = None,
    timeout: Annotated[
        float | None,
        typer.Option(
            help="Seconds to wait for each model request [env: SUMMARIZER_TIMEOUT].",
            show_default=False,
        ),
    ] = None,
    context_tokens: Annotated[
        int | None,
        typer.Option(
            help="The model's context window in tokens, for the input budget.", show_default=False
        ),
    ] = None,
    prompts: Annotated[
        str, typer.Option(help="Built-in prompt set name, or a folder of .j2 templates.")
    ] = "default",
) -> None:
    """Summarize one article into a grounded brief.

    The API key comes from SUMMARIZER_API_KEY or OPENAI_API_KEY, never from the command line.
    Exit status: 0 on success, 2 for bad input or settings, 1 when the model endpoint fails.
    """
    if fmt not in FORMATS:
        _fail(SummarizerError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}"))
    try:
        text = read_source(source)
        with Summarizer(
            prompts=prompts,
            model=model,
            base_url=base_url,
            mode=mode,
            strategy=strategy,
            timeout=timeout,
            context_tokens=context_tokens,
        ) as summarizer:
            host = summarizer.settings.endpoint_host
            with _err.status(f"Summarizing {source} with {host}…", spinner="dots"):
                brief = summarizer.summarize(text)
    except SummarizerError as e:
        _fail(e)
    output = render(brief, fmt)
    if out is None:
        sys.stdout.write(output)
    else:
        _write_atomically(out, output)
        _err.print(f"wrote {out}", highlight=False)
    if brief.warnings:
        _err.print(f"{len(brief.warnings)} warning(s) in the brief", highlight=False)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the brief (the file schemas/brief.schema.json)."""
    sys.stdout.write(brief_schema_text())


def main() -> None:
    """Entry point of the ``summarizer`` command."""
    app()
