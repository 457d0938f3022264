"""The Markdown report of an eval run: overall metrics, then every missed, spurious and
mis-qualified figure of each article with its quote (fit for a pull-request comment)."""

from __future__ import annotations

from summarizer.evaluation.evaluate import EvalReport

__all__ = ["render_markdown"]


def _model(report: EvalReport) -> str:
    if report.model:
        return report.model
    return "briefs on disk" if report.briefs_from_disk else "the endpoint's default model"


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f} %"


def _cell(text: str | None) -> str:
    return " ".join((text or "").split()).replace("|", "\\|")


def _value(note: object) -> str:
    low, high = getattr(note, "value_low", None), getattr(note, "value_high", None)
    return f"{low:g}" if low == high and low is not None else f"{low}–{high}"


def render_markdown(report: EvalReport) -> str:
    o = report.overall
    lines = [
        f"# Eval of {report.gold_set or 'gold set'}",
        "",
        f"Model: {_model(report)}; strategy: {report.strategy or 'n/a'}; "
        + "; ".join(f"{k}: {v}" for k, v in report.made_with.items() if k != "strategy")
        + ".",
        "",
        "| metric | value |",
        "|---|---|",
        f"| articles (failed) | {o.articles} ({o.failed}) |",
        f"| figures P / R / F1 | {_pct(o.figure_precision)} / {_pct(o.figure_recall)} / "
        f"{_pct(o.figure_f1)} |",
        f"| qualifier accuracy | {_pct(o.qualifier_accuracy)} |",
        f"| attribution accuracy (matched figures) | {_pct(o.attribution_accuracy)} |",
        f"| `what` F1 (matched figures) | {_pct(o.what_f1)} |",
        f"| unit accuracy (matched figures with a gold unit) | {_pct(o.unit_accuracy)} |",
        f"| sources P / R / F1 | {_pct(o.source_precision)} / {_pct(o.source_recall)} / "
        f"{_pct(o.source_f1)} |",
        f"| grounding rate | {_pct(o.grounding_rate)} |",
        f"| invented numbers | {o.invented_numbers} |",
        f"| schema-valid briefs | {o.schema_valid} |",
        f"| figures dropped / corrected by grounding | {_pct(o.figures_dropped_rate)} / "
        f"{_pct(o.figures_corrected_rate)} |",
        f"| estimated cost | {'n/a' if o.cost is None else f'${o.cost:.4f}'} |",
        *[
            f"| spread over {o.runs} runs: {m} | {lo:.3f} – {hi:.3f} |"
            for m, (lo, hi) in o.spread.items()
        ],
        f"| seconds per article | "
        f"{'n/a' if o.seconds_per_article is None else f'{o.seconds_per_article:.1f}'} |",
        f"| tokens | {o.tokens:,} |",
        f"| quotes aligned exactly | {_pct(o.exact_quote_rate)} |",
    ]
    if o.draft_figure_recall is not None:
        lines += [
            f"| before grounding: figures P / R / F1 | {_pct(o.draft_figure_precision)} / "
            f"{_pct(o.draft_figure_recall)} / {_pct(o.draft_figure_f1)} |",
            f"| before grounding: invented values | {o.draft_invented_numbers} |",
            f"| before grounding: quotes verbatim | {_pct(o.draft_quotes_verbatim_rate)} |",
        ]
    lines.append("")
    for a in report.articles:
        lines += [f"## {a.name}", ""]
        if a.status != "ok":
            lines += [f"**Failed:** {_cell(a.error)}", ""]
            continue
        lines.append(
            f"Figures {a.figures_matched}/{a.figures_gold} found, {len(a.spurious)} spurious; "
            f"sources {a.sources_matched}/{a.sources_gold}; invented numbers: "
            f"{', '.join(a.invented_numbers) or 'none'}."
        )
        lines.append("")
        for title, notes in (("Missed", a.missed), ("Spurious", a.spurious),
                             ("Wrong qualifier", a.wrong_qualifier)):  # fmt: skip
            if not notes:
                continue
            lines += [f"**{title}**", ""]
            for n in notes:
                expected = f" (gold: {n.expected_qualifier})" if n.expected_qualifier else ""
                lines.append(f"- {_value(n)} {n.qualifier}{expected}: “{_cell(n.quote)}”")
            lines.append("")
        if a.wrong_meaning:
            lines += ["**Meaning** (source, `what` or unit differs from the gold)", ""]
            lines += ["| figure | field | brief | gold | quote |", "|---|---|---|---|---|"]
            for m in a.wrong_meaning:
                f1 = f" (F1 {m.what_f1:.2f})" if m.what_f1 is not None else ""
                lines.append(f"| {_value(m)} | {m.field}{f1} | {_cell(m.predicted) or '—'} | "
                             f"{_cell(m.expected) or '—'} | “{_cell(m.quote)}” |")  # fmt: skip
            lines.append("")
    return "\n".join(lines)
