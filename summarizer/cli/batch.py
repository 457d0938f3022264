"""``summarizer batch``: many articles, resumable, with a cache, a budget and a progress bar."""

from __future__ import annotations

import asyncio
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

from summarizer.api import Summarizer
from summarizer.batch.cost import Budget, PriceTable
from summarizer.batch.inputs import Item, collect_items
from summarizer.batch.pages import pages_folder, write_pages
from summarizer.batch.runner import BatchReport, Outcome, run_batch
from summarizer.batch.sinks import Sink, made_by, open_sink
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
    out,
    progress_bar,
)
from summarizer.errors import ConfigError, SummarizerError

__all__ = ["EXIT_BUDGET", "EXIT_FAILURES", "batch"]

EXIT_FAILURES = 1  # some articles failed (they are listed in the failures file)
EXIT_BUDGET = 4  # a budget stopped the run before every article was done


def _money(value: float | None) -> str:
    return "cost n/a" if value is None else f"${value:.4f}"


def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Article files, folders, globs (quote them) or JSONL files."),
    ],
    out_path: Annotated[
        Path,
        typer.Option(
            "--out",
            "-o",
            help="A folder (one NAME-HASH.json brief per article) or a FILE.jsonl (one line "
            "per article). Failures go to failures.jsonl / FILE.failures.jsonl.",
        ),
    ],
    concurrency: Annotated[
        int | None,
        typer.Option(
            help="Articles in flight at once (default 8; 1 for the embedded model, which "
            "answers one request at a time).",
            show_default=False,
        ),
    ] = None,
    max_tokens: Annotated[
        int | None,
        typer.Option(
            help="Stop starting articles once this many tokens are spent.", show_default=False
        ),
    ] = None,
    max_cost: Annotated[
        float | None,
        typer.Option(
            help="Stop starting articles once the estimated cost (USD) reaches this.",
            show_default=False,
        ),
    ] = None,
    prices: PricesOption = None,
    cache: CacheOption = None,
    no_cache: NoCacheOption = False,
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    strategy: StrategyOption = None,
    timeout: TimeoutOption = None,
    prompts: PromptsOption = "default",
    local_model: LocalModelOption = None,
    redo_stale: Annotated[
        bool,
        typer.Option(
            "--redo-stale",
            help="Summarize again the articles whose brief in --out was made with other "
            "settings (model, strategy, prompts or version); without it such a run is refused.",
        ),
    ] = False,
    html: Annotated[
        bool,
        typer.Option(
            "--html",
            help="Also write a review page per article (the article with its figures and "
            "sources highlighted) and index.html linking them, in the output folder (or "
            "FILE.pages/ beside a JSONL output).",
        ),
    ] = False,
) -> None:
    """Summarize many articles; each brief is saved as soon as it is done.

    Re-running the same command resumes: what the output holds is skipped, failed articles
    are tried again. A failure is recorded with its reason and the run goes on. Unchanged
    articles are answered from the cache. Exit status: 0 when every article is done,
    1 when some failed, else 4 when --max-tokens / --max-cost stopped the run, 2 for bad
    input or settings, 130 on Ctrl-C (what was written stays; re-run to resume). Articles in
    flight when a budget is reached finish, so a run may go over it by up to --concurrency
    articles.
    """
    try:
        failures = out_path.with_name(out_path.stem + ".failures.jsonl")
        items = collect_items(inputs, skip=[out_path, failures])
        budget = Budget(max_tokens, max_cost)
        summarizer = Summarizer(
            prompts=prompts, model=model, base_url=base_url, strategy=strategy,
            timeout=timeout, local_model=str(local_model) if local_model else None,
            progress=progress_bar, cache=cache_option_value(cache, no_cache),
        )  # fmt: skip
        with summarizer:
            table = PriceTable.for_endpoint(summarizer.settings, summarizer.known_model(), prices)
            if concurrency is None:
                concurrency = 1 if summarizer.settings.embedded else 8
            budget.check_priced(table, summarizer.known_model() or "")
            producer = made_by(
                summarizer.known_model() or summarizer.backend.model_name(),
                summarizer.settings.resolved_strategy,
                summarizer.settings.resolved_mode,
                summarizer.prompts.sha256,
            )
            sink = open_sink(out_path, producer)
            stale = sink.stale(items)
            if stale and not redo_stale:
                sink.close()
                raise ConfigError(
                    f"{out_path} holds {len(stale)} brief(s) made with other settings (model, "
                    "strategy, prompts or version): summarize them again (redo stale) or choose "
                    "another output",
                    settings=("redo_stale", "out"),
                )
            try:
                if summarizer.settings.embedded and not all(sink.is_done(i) for i in items):
                    # Before the progress bar: preparing the model shows a bar of its own.
                    err.print("Starting the embedded model…", highlight=False)
                    summarizer.backend  # noqa: B018 - prepares the model, starts its server
                report = _run_with_progress(items, summarizer, sink, concurrency, table, budget)
            finally:
                failing = sink.finish(items)
                sink.close()
    except SummarizerError as e:
        fail(e)
    except KeyboardInterrupt:
        err.print("interrupted: what was written stays; run the same command to resume",
                  highlight=False)  # fmt: skip
        raise typer.Exit(130) from None
    _print_summary(report, out_path, failing, sink.failures_path)
    if html:
        try:
            pages = write_pages(items, sink, out_path, summarizer.settings.max_input_bytes)
        except SummarizerError as e:
            fail(e)
        out.print(f"{pages.pages} review page(s) in {pages_folder(out_path)}; open {pages.index}")
    if report.fatal is not None:
        fail(report.fatal)
    if failing:
        raise typer.Exit(EXIT_FAILURES)
    if report.stopped is not None:
        raise typer.Exit(EXIT_BUDGET)


def _run_with_progress(
    items: list[Item],
    summarizer: Summarizer,
    sink: Sink,
    concurrency: int,
    prices: PriceTable,
    budget: Budget,
) -> BatchReport:
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TimeRemainingColumn(),
        TextColumn("{task.fields[status]}"), console=err, transient=False,
    ) as progress:  # fmt: skip
        task = progress.add_task("Summarizing", total=len(items), rate="", status="")

        def update(outcome: Outcome, report: BatchReport) -> None:
            elapsed = progress.tasks[task].elapsed or 0.0
            made = report.summarized + report.cached + report.failed
            rate = f"{60 * made / elapsed:.1f}/min" if elapsed > 0 else ""
            status = (f"failed {report.failed} · {report.spend.tokens:,} tokens · "
                      f"{_money(report.spend.cost)}")  # fmt: skip
            progress.update(task, completed=report.done + report.failed, rate=rate,
                            status=status)  # fmt: skip
            if outcome.error is not None:
                progress.console.print(
                    f"[red]failed[/] {escape(outcome.item.origin)}: {escape(str(outcome.error))}",
                    highlight=False, soft_wrap=True,
                )  # fmt: skip

        already = sum(1 for item in items if sink.is_done(item))
        progress.update(task, completed=already)
        return asyncio.run(
            run_batch(items, summarizer, sink, concurrency=concurrency, prices=prices,
                      budget=budget, on_outcome=update)
        )  # fmt: skip


def _print_summary(report: BatchReport, out_path: Path, failing: int, failures: Path) -> None:
    parts = [f"{report.total} article(s): {report.summarized} summarized",
             f"{report.cached} from the cache", f"{report.skipped} already done",
             f"{report.failed} failed"]  # fmt: skip
    if report.not_started:
        parts.append(f"{report.not_started} not started")
    spend = report.spend
    out.print(
        ", ".join(parts)
        + f"; {spend.prompt_tokens:,} prompt + {spend.completion_tokens:,} completion tokens, "
        f"{_money(spend.cost)}; {report.seconds:.1f} s; output: {out_path}"
    )
    if failing:
        out.print(f"{failing} article(s) failing, listed in {failures}; re-run to retry them")
    if report.stopped:
        out.print(f"stopped: {report.stopped}")
