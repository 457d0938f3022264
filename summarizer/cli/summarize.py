"""``summarizer summarize`` (one article) and ``summarizer schema``."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer

from summarizer.api import Summarizer
from summarizer.api.steps import StopRule
from summarizer.batch.cost import Budget, PriceTable
from summarizer.batch.sinks import check_writable, write_atomically
from summarizer.brief.jsonschema import brief_schema_text
from summarizer.brief.render import FORMATS, render
from summarizer.cli.common import (
    BaseUrlOption,
    CacheOption,
    LocalModelOption,
    ModelOption,
    NoCacheOption,
    PricesOption,
    PromptsOption,
    StrategyOption,
    TimeoutOption,
    cache_option_value,
    err,
    fail,
    progress_bar,
)
from summarizer.errors import ConfigError, OutputError, SummarizerError
from summarizer.ingest.files import read_document
from summarizer.review import render_page
from summarizer.settings import MODES

__all__ = ["OUTPUT_FORMATS", "schema", "summarize"]

# html: the review page (the article with every figure and source highlighted).
OUTPUT_FORMATS = (*FORMATS, "html")


def summarize(
    source: Annotated[str, typer.Argument(help="Article file (text or Markdown), or - for stdin.")],
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help=f"Output format: {', '.join(OUTPUT_FORMATS)} (html: a review page, the "
            "article with every figure and source highlighted).",
        ),
    ] = "json",
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write the brief to FILE instead of stdout.")
    ] = None,
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    mode: Annotated[
        str | None,
        typer.Option(
            help=f"Instructor mode: {', '.join(MODES)} (env SUMMARIZER_MODE).", show_default=False
        ),
    ] = None,
    strategy: StrategyOption = None,
    timeout: TimeoutOption = None,
    context_tokens: Annotated[
        int | None,
        typer.Option(
            help="The model's context window in tokens, for the input budget.", show_default=False
        ),
    ] = None,
    prompts: PromptsOption = "default",
    local_model: LocalModelOption = None,
    cache: CacheOption = None,
    no_cache: NoCacheOption = False,
    max_tokens: Annotated[
        int | None,
        typer.Option(
            help="Stop asking the model once the article has spent this many tokens (a long "
            "article's remaining windows are not read; the brief says so).",
            show_default=False,
        ),
    ] = None,
    max_cost: Annotated[
        float | None,
        typer.Option(
            help="The same, in estimated USD (needs a price for the model: --prices).",
            show_default=False,
        ),
    ] = None,
    prices: PricesOption = None,
    outlet: Annotated[
        str | None,
        typer.Option(
            help='The outlet that published the article (e.g. "Voice of America"): it is '
            "then no source of its own story where the article has someone tell it something "
            "or its reporters report (an HTML page's site name is used when not given).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Summarize one article into a grounded brief.

    With no --base-url, key or model configured, the embedded local model runs (the "local"
    extra; its 1.1 GB weights are assembled and verified on first use). The API key comes from
    SUMMARIZER_API_KEY or OPENAI_API_KEY, never from the command line. An article summarized
    before with the same model, prompts and settings is answered from the cache.
    Exit status: 0 on success, 2 for bad input or settings, 1 when the model endpoint fails.
    """
    if fmt not in OUTPUT_FORMATS:
        fail(ConfigError(f"unknown format {fmt!r}: choose one of {', '.join(OUTPUT_FORMATS)}"))
    try:
        if out is not None:
            check_writable(out)  # before the model call: a brief paid for is never lost
        with Summarizer(
            prompts=prompts,
            model=model,
            base_url=base_url,
            mode=mode,
            strategy=strategy,
            timeout=timeout,
            context_tokens=context_tokens,
            local_model=str(local_model) if local_model else None,
            progress=progress_bar,
            cache=cache_option_value(cache, no_cache),
        ) as summarizer:
            stop = _budget_rule(summarizer, Budget(max_tokens, max_cost), prices)
            document = read_document(source, max_bytes=summarizer.settings.max_input_bytes)
            if outlet is not None and outlet.strip():
                document = replace(document, outlet=outlet.strip())
            if summarizer.settings.embedded and summarizer.cached(document) is None:
                err.print("Starting the embedded model…", highlight=False)
                summarizer.backend  # noqa: B018 - prepares the model, starts its server
            host = summarizer.settings.endpoint_host
            doing = f"Summarizing {source} with {host}"
            with err.status(f"{doing}…", spinner="dots") as status:

                def step(name: str, number: int, expected: int | None) -> None:
                    if expected is not None:  # a long article, read in windows
                        status.update(f"{doing}: call {number} of {expected} ({name})…")

                summarizer.on_step = step
                brief = summarizer.summarize_result(document, stop=stop).brief
    except SummarizerError as e:
        fail(e)
    output = render_page(brief, document.text) if fmt == "html" else render(brief, fmt)
    if out is None:
        sys.stdout.write(output)
    else:
        try:
            write_atomically(out, output)
        except OSError as e:  # the check passed, the write did not: keep the brief
            sys.stdout.write(output)
            fail(OutputError(f"cannot write {out} ({e.strerror or e}): the brief is on stdout"))
        err.print(f"wrote {out}", highlight=False)
    if brief.warnings:
        err.print(f"{len(brief.warnings)} warning(s) in the brief", highlight=False)


def _budget_rule(summarizer: Summarizer, budget: Budget, prices: Path | None) -> StopRule | None:
    """The article's budget as a stop rule (None without one); ConfigError for a cost budget
    on a model with no price."""
    if budget.max_tokens is None and budget.max_cost is None:
        return None
    model = summarizer.known_model() or ""
    table = PriceTable.for_endpoint(summarizer.settings, model, prices)
    budget.check_priced(table, model)
    return budget.rule(table, model)


def schema() -> None:
    """Print the JSON Schema of the brief (the file schemas/brief.schema.json)."""
    sys.stdout.write(brief_schema_text())
