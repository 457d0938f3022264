"""``summarizer eval``: score extraction against a gold set and gate on regressions."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
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

from summarizer.api import Summarizer
from summarizer.batch.cost import PriceTable
from summarizer.batch.sinks import check_writable, write_atomically
from summarizer.cli.common import (
    BaseUrlOption,
    LocalModelOption,
    ModelOption,
    PromptsOption,
    StrategyOption,
    TimeoutOption,
    err,
    fail,
    out,
    progress_bar,
)
from summarizer.errors import OutputError, SummarizerError
from summarizer.evaluation.compare import compare_reports
from summarizer.evaluation.evaluate import EvalReport, compare, evaluate, gate, load_report
from summarizer.evaluation.gold import load_gold_set
from summarizer.evaluation.junit import render_junit
from summarizer.evaluation.report import render_markdown
from summarizer.evaluation.score import ArticleScore
from summarizer.settings import resolve_settings

__all__ = ["compare_command", "eval_command"]


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
    min_attribution: Annotated[
        float | None,
        typer.Option(help="Fail when attribution accuracy (matched figures) is below this."),
    ] = None,
    min_what: Annotated[
        float | None,
        typer.Option(help="Fail when the mean `what` F1 (matched figures) is below this."),
    ] = None,
    junit_xml: Annotated[
        Path | None,
        typer.Option(
            "--junit-xml",
            help="Write a JUnit XML report: one test case per article, failing below the "
            "--min-* gates (applied per article) or when the article could not be summarized.",
        ),
    ] = None,
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    strategy: StrategyOption = None,
    mode: Annotated[
        str | None, typer.Option(help="Instructor mode (env SUMMARIZER_MODE).", show_default=False)
    ] = None,
    timeout: TimeoutOption = None,
    prompts: PromptsOption = "default",
    local_model: LocalModelOption = None,
    repeat: Annotated[
        int,
        typer.Option(
            min=1,
            help="Summarize each article this many times and report the spread of the scores "
            "(for endpoints that do not answer the same twice).",
        ),
    ] = 1,
) -> None:
    """Score extraction against a gold set (format: docs/gold-format.md) and gate on regressions.

    Besides finding figures and sources, it scores what matched figures mean: attribution
    accuracy (their source), `what` F1 (content words against the gold) and unit accuracy.
    Each article is summarized with the outlet its gold file names (as --outlet would).
    Exit status: 0 when every gate passes, 3 when a metric fell more than --max-drop below
    --baseline or under --min-recall / --min-f1 / --min-attribution / --min-what, 2 for bad
    input, 1 when the endpoint fails.
    """
    outputs = [path for path in (out, markdown, junit_xml) if path is not None]
    try:
        for path in outputs:  # before the run: its results are never lost to a bad path
            check_writable(path)
        items = load_gold_set(gold_dir)
        old = load_report(baseline) if baseline else None
        summarizer = None
        if briefs is None:
            summarizer = Summarizer(
                model=model, base_url=base_url, strategy=strategy, mode=mode, timeout=timeout,
                prompts=prompts, local_model=str(local_model) if local_model else None,
                progress=progress_bar,
            )  # fmt: skip
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

                table = PriceTable.for_endpoint(
                    summarizer.settings if summarizer else resolve_settings(embedded=True),
                    summarizer.known_model() if summarizer else None,
                )
                report = evaluate(items, summarizer=summarizer, briefs=briefs,
                                  save_briefs=save_briefs, on_article=advance,
                                  gold_set=str(gold_dir), price=table.cost,
                                  repeat=repeat if briefs is None else 1)  # fmt: skip
    except SummarizerError as e:
        fail(e)
    _print_eval_table(report)
    gates = {"figure_recall": min_recall, "figure_f1": min_f1,
             "attribution_accuracy": min_attribution, "what_f1": min_what}  # fmt: skip
    renderers: list[tuple[Path | None, Callable[[], str]]] = [
        (out, lambda: report.model_dump_json(indent=2) + "\n"),
        (markdown, lambda: render_markdown(report)),
        (junit_xml, lambda: render_junit(report, gates)),
    ]
    for target, render in renderers:
        if target is None:
            continue
        try:
            write_atomically(target, render())
        except OSError as e:  # the check passed, the write did not (a full disk)
            fail(OutputError(f"cannot write {target} ({e.strerror or e}): the scores are above"))
    problems = gate(report, min_recall, min_f1, min_attribution, min_what)
    if old is not None:
        problems += compare(report, old, max_drop)
    for problem in problems:
        err.print(f"[bold red]regression:[/] {escape(problem)}", highlight=False)
    if problems:
        raise typer.Exit(3)


def _print_eval_table(report: EvalReport) -> None:
    table = Table(title=f"eval: {report.gold_set}", show_lines=False, padding=(0, 1))
    table.add_column("article", overflow="fold", min_width=12)
    columns = ("fig P", "fig R", "fig F1", "qual", "attr", "what", "unit", "src P", "src R",
               "ground", "inv", "s", "tokens")  # fmt: skip
    for column in columns:
        table.add_column(column, justify="right", no_wrap=True)

    def pct(value: float | None) -> str:
        return "–" if value is None else f"{100 * value:.0f}%"

    for a in report.articles:
        if a.status != "ok":
            table.add_row(a.name, "[red]failed[/]", *[""] * (len(columns) - 1))
            continue
        table.add_row(
            a.name, pct(a.figure_precision), pct(a.figure_recall), pct(a.figure_f1),
            pct(a.qualifier_accuracy), pct(a.attribution_accuracy), pct(a.what_f1),
            pct(a.unit_accuracy), pct(a.source_precision), pct(a.source_recall),
            pct(a.grounding_rate),
            str(len(a.invented_numbers)), f"{a.seconds or 0:.1f}", f"{a.tokens or 0:,}",
        )  # fmt: skip
    o = report.overall
    table.add_row(
        "[bold]overall[/]", pct(o.figure_precision), pct(o.figure_recall), pct(o.figure_f1),
        pct(o.qualifier_accuracy), pct(o.attribution_accuracy), pct(o.what_f1),
        pct(o.unit_accuracy), pct(o.source_precision), pct(o.source_recall),
        pct(o.grounding_rate),
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
    if o.spread:
        shown = ", ".join(f"{m} {lo:.3f}-{hi:.3f}" for m, (lo, hi) in o.spread.items())
        out.print(f"spread over {o.runs} runs: {shown}")
    for a in report.articles:
        if a.status != "ok":
            out.print(f"[red]failed[/] {escape(a.name)}: {escape(a.error or '')}")


def compare_command(
    old: Annotated[Path, typer.Argument(help="The earlier JSON eval report.")],
    new: Annotated[Path, typer.Argument(help="The later JSON eval report.")],
    max_drop: Annotated[
        float, typer.Option(help="Largest fall of an overall metric that passes.")
    ] = 0.02,
) -> None:
    """Compare two eval reports: overall and per-article deltas, the figures newly missed and
    newly found (with their quotes), and a sign test over the articles of whether a change is
    larger than article-to-article noise.

    Exit status: 0 when no overall metric fell more than --max-drop, 3 when one did, 2 for a
    file that is not an eval report.
    """
    try:
        before, after = load_report(old), load_report(new)
    except SummarizerError as e:
        fail(e)
    result = compare_reports(before, after)
    table = Table(title=f"{old.name} → {new.name}", padding=(0, 1))
    for column in ("metric", "old", "new", "delta", "sign test p"):
        table.add_column(column, justify="right" if column != "metric" else "left")

    def num(value: float | None) -> str:
        return "–" if value is None else f"{value:.3f}"

    for metric, (was, now) in result.overall.items():
        delta = None if was is None or now is None else now - was
        p = result.sign_p.get(metric)
        table.add_row(metric, num(was), num(now), "–" if delta is None else f"{delta:+.3f}",
                      "–" if p is None else f"{p:.3f}")  # fmt: skip
    out.print(table)
    for change in result.articles:
        moved = {m: d for m, d in change.deltas.items() if abs(d) > 1e-9}
        if not (moved or change.newly_missed or change.newly_found):
            continue
        shown = ", ".join(f"{m} {d:+.3f}" for m, d in moved.items())
        out.print(f"[bold]{escape(change.name)}[/]: {escape(shown) or 'figures moved'}")
        for label, notes in (("newly missed", change.newly_missed),
                             ("newly found", change.newly_found)):  # fmt: skip
            for n in notes:
                out.print(f"  {label}: {n.value_low:g}–{n.value_high:g} {n.qualifier}: "
                          f"“{escape(n.quote or '')}”")  # fmt: skip
    for name in result.only_old:
        out.print(f"only in {old.name}: {escape(name)}")
    for name in result.only_new:
        out.print(f"only in {new.name}: {escape(name)}")
    problems = compare(after, before, max_drop)
    for problem in problems:
        err.print(f"[bold red]regression:[/] {escape(problem)}", highlight=False)
    if problems:
        raise typer.Exit(3)
