"""``summarizer eval``: summarize (or load) a brief per gold article, score, report, gate.

An article that fails (timeout, invalid output, unreadable brief) is reported as failed and
does not stop the others. Overall figures are micro-averaged: counts are summed over the
articles that were scored, then turned into precision, recall and F1.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from summarizer.api import Summarizer
from summarizer.brief.schema import Brief
from summarizer.errors import (
    AuthenticationError,
    EndpointUnreachableError,
    InputError,
    SummarizerError,
)
from summarizer.evaluation.gold import GoldItem
from summarizer.evaluation.score import ArticleScore, prf, score_brief, score_draft
from summarizer.ingest.webpage import Document

__all__ = ["GATED", "EvalReport", "Overall", "compare", "evaluate", "gate", "load_report"]

# Metrics a baseline comparison and the gates look at (higher is better for each).
GATED = ("figure_recall", "figure_precision", "figure_f1", "qualifier_accuracy",
         "attribution_accuracy", "what_f1", "unit_accuracy",
         "source_recall", "source_precision", "source_f1", "grounding_rate")  # fmt: skip


class Overall(BaseModel):
    articles: int = 0
    failed: int = 0
    figure_precision: float = 0.0
    figure_recall: float = 0.0
    figure_f1: float = 0.0
    qualifier_accuracy: float | None = None
    attribution_accuracy: float | None = None  # among matched figures, micro-averaged
    what_f1: float | None = None
    unit_accuracy: float | None = None
    source_precision: float = 0.0
    source_recall: float = 0.0
    source_f1: float = 0.0
    grounding_rate: float | None = None
    invented_numbers: int = 0
    schema_valid: int = 0
    seconds_per_article: float | None = None
    tokens: int = 0
    cost: float | None = 0.0  # estimated USD over the articles (None: some had no price)
    runs: int = 1  # each article summarized this many times (--repeat)
    spread: dict[str, list[float]] = Field(default_factory=dict)  # metric -> [min, max]
    figures_dropped_rate: float | None = None  # of the figures given to grounding
    figures_corrected_rate: float | None = None
    exact_quote_rate: float | None = None  # figure and source quotes aligned exactly
    # Before grounding (the draft grounding started from); None when briefs were loaded.
    draft_figure_precision: float | None = None
    draft_figure_recall: float | None = None
    draft_figure_f1: float | None = None
    draft_invented_numbers: int | None = None
    draft_quotes_verbatim_rate: float | None = None


class EvalReport(BaseModel):
    gold_set: str
    model: str | None = None  # as the briefs' provenance names it
    briefs_from_disk: bool = False
    strategy: str | None = None
    # What made the briefs, from their provenance (values joined when briefs differ):
    # prompt_set, prompt_sha256, summarizer_version, instructor_mode, endpoint_host, ...
    made_with: dict[str, str] = Field(default_factory=dict)
    overall: Overall
    articles: list[ArticleScore] = Field(default_factory=list)


def _overall(scores: list[ArticleScore]) -> Overall:
    ok = [s for s in scores if s.status == "ok"]
    out = Overall(articles=len(scores), failed=len(scores) - len(ok))
    # Failed articles count as finding nothing: their gold figures are all missed.
    gold_f = sum(s.figures_gold for s in scores)
    gold_s = sum(s.sources_gold for s in scores)
    matched_f = sum(s.figures_matched for s in ok)
    out.figure_precision, out.figure_recall, out.figure_f1 = prf(
        matched_f, sum(s.figures_predicted for s in ok), gold_f
    )
    out.qualifier_accuracy = (
        sum(s.qualifiers_correct for s in ok) / matched_f if matched_f else None
    )
    if matched_f:
        out.attribution_accuracy = sum(s.attribution_correct for s in ok) / matched_f
        out.what_f1 = sum(s.what_f1_sum for s in ok) / matched_f
    units = sum(s.units_gold for s in ok)
    out.unit_accuracy = sum(s.units_correct for s in ok) / units if units else None
    out.source_precision, out.source_recall, out.source_f1 = prf(
        sum(s.sources_matched for s in ok), sum(s.sources_predicted for s in ok), gold_s
    )
    quotes = sum(s.quotes for s in ok)
    out.grounding_rate = sum(s.quotes_grounded for s in ok) / quotes if quotes else None
    out.invented_numbers = sum(len(s.invented_numbers) for s in ok)
    out.schema_valid = sum(1 for s in ok if s.schema_valid)
    timed = [s.seconds for s in ok if s.seconds is not None]
    out.seconds_per_article = sum(timed) / len(timed) if timed else None
    out.tokens = sum(s.tokens or 0 for s in ok)
    costs = [s.cost for s in ok]
    out.cost = None if any(c is None for c in costs) else round(sum(c or 0.0 for c in costs), 6)
    given = sum(s.figures_predicted + s.figures_dropped for s in ok)
    if given:
        out.figures_dropped_rate = sum(s.figures_dropped for s in ok) / given
        out.figures_corrected_rate = sum(s.figures_corrected for s in ok) / given
    aligned = sum(s.figures_predicted + s.sources_predicted for s in ok)
    out.exact_quote_rate = sum(s.quotes_exact for s in ok) / aligned if aligned else None
    drafted = [s for s in ok if s.draft_figures_predicted is not None]
    if drafted and len(drafted) == len(ok):
        predicted = sum(s.draft_figures_predicted or 0 for s in drafted)
        out.draft_figure_precision, out.draft_figure_recall, out.draft_figure_f1 = prf(
            sum(s.draft_figures_matched or 0 for s in drafted), predicted, gold_f
        )
        out.draft_invented_numbers = sum(s.draft_invented_numbers or 0 for s in drafted)
        verbatim = sum(s.draft_quotes_verbatim or 0 for s in drafted)
        out.draft_quotes_verbatim_rate = verbatim / predicted if predicted else None
    return out


def _load_brief(path: Path) -> Brief:
    try:
        return Brief.model_validate_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise InputError(f"no brief {path}") from e
    except ValidationError as e:
        raise InputError(f"{path} is not a valid brief: {str(e).splitlines()[0]}") from e


def evaluate(
    items: list[GoldItem],
    *,
    summarizer: Summarizer | None = None,
    briefs: Path | None = None,
    save_briefs: Path | None = None,
    on_article: Callable[[str, ArticleScore], None] | None = None,
    gold_set: str = "",
    price: Callable[[str, int, int], float | None] | None = None,
    repeat: int = 1,
) -> EvalReport:
    """Score every gold item; briefs come from ``summarizer`` or from ``briefs/NAME.json``.

    ``repeat``: summarize each article that many times (an endpoint that is not
    deterministic answers differently); the scores are the first run's, and ``spread``
    gives each metric's lowest and highest value over the runs, per article and overall.
    """
    if briefs is None and summarizer is None:
        raise ValueError("evaluate needs a summarizer or a folder of briefs")
    scores: list[ArticleScore] = []
    runs: list[list[ArticleScore]] = [[] for _ in range(max(1, repeat))]
    models: list[str] = []
    made: dict[str, list[str]] = {}
    for item in items:
        try:
            draft = None
            if briefs is not None:
                brief = _load_brief(briefs / f"{item.name}.json")
            else:
                assert summarizer is not None  # checked above; for the type checker
                # (the article as a reader has it: its text and the outlet that published it)
                document = Document(item.text, outlet=item.gold.outlet)
                result = summarizer.summarize_result(document)
                brief, draft = result.brief, result.draft
                for run in runs[1:] if repeat > 1 else []:
                    again = summarizer.summarize_result(document).brief
                    run.append(score_brief(item.name, again, item.gold, item.text))
                if save_briefs is not None:
                    save_briefs.mkdir(parents=True, exist_ok=True)
                    (save_briefs / f"{item.name}.json").write_text(
                        brief.model_dump_json(indent=2), encoding="utf-8"
                    )
            models.append(brief.provenance.model)
            for key in _MADE_WITH:
                made.setdefault(key, []).append(str(getattr(brief.provenance, key)))
            score = score_brief(item.name, brief, item.gold, item.text)
            if price is not None:  # USD of (model, prompt tokens, completion tokens)
                used = brief.provenance.usage
                score.cost = price(brief.provenance.model, used.prompt_tokens,
                                   used.completion_tokens)  # fmt: skip
            if draft is not None:
                score_draft(score, draft, item.gold, item.text)
        except SummarizerError as e:
            # The endpoint refused the key, or was never reached: every article would fail
            # the same way, so the run ends here with that error (exit 1 in the CLI).
            if isinstance(e, AuthenticationError) or (
                isinstance(e, EndpointUnreachableError) and not any(
                    s.status == "ok" for s in scores)
            ):  # fmt: skip
                raise
            score = ArticleScore(
                name=item.name, status="failed", error=str(e),
                figures_gold=len(item.gold.figures), sources_gold=len(item.gold.sources),
            )  # fmt: skip
        scores.append(score)
        if repeat > 1:
            runs[0].append(score)
            done = [run[-1] for run in runs if run and run[-1].name == item.name]
            score.spread = _spread(done) if len(done) == len(runs) else {}
        if on_article:
            on_article(item.name, score)
    model = ", ".join(dict.fromkeys(models)) or None
    strategy = None
    if summarizer is not None:
        model = model or summarizer.known_model()
        strategy = summarizer.settings.resolved_strategy
    made_with = {key: ", ".join(dict.fromkeys(values)) for key, values in made.items()}
    overall = _overall(scores)
    if repeat > 1 and all(len(run) == len(runs[0]) for run in runs):
        overall.spread = _spread([_overall(run) for run in runs])
        overall.runs = repeat
    return EvalReport(
        gold_set=gold_set, model=model, strategy=strategy, briefs_from_disk=briefs is not None,
        made_with=made_with, overall=overall, articles=scores,
    )  # fmt: skip


SPREAD = ("figure_recall", "figure_precision", "figure_f1", "attribution_accuracy", "what_f1",
          "source_f1")  # fmt: skip


def _spread(results: list[Any]) -> dict[str, list[float]]:
    """Each metric's [lowest, highest] over ``results`` (article scores or overalls)."""
    out = {}
    for metric in SPREAD:
        values = [v for r in results if (v := getattr(r, metric)) is not None]
        if values:
            out[metric] = [min(values), max(values)]
    return out


_MADE_WITH = ("prompt_set", "prompt_sha256", "summarizer_version", "schema_version",
              "instructor_mode", "strategy", "endpoint_host")  # fmt: skip


def compare(report: EvalReport, baseline: EvalReport, max_drop: float) -> list[str]:
    """Metrics that fell by more than ``max_drop`` since ``baseline`` (one line each)."""
    drops = []
    for metric in GATED:
        new, old = getattr(report.overall, metric), getattr(baseline.overall, metric)
        if new is None or old is None:
            continue
        if old - new > max_drop:
            drops.append(f"{metric} fell from {old:.3f} to {new:.3f} (more than {max_drop:g})")
    if report.overall.invented_numbers > baseline.overall.invented_numbers:
        drops.append(
            f"invented numbers rose from {baseline.overall.invented_numbers} "
            f"to {report.overall.invented_numbers}"
        )
    return drops


def gate(
    report: EvalReport,
    min_recall: float | None,
    min_f1: float | None,
    min_attribution: float | None = None,
    min_what: float | None = None,
) -> list[str]:
    """Absolute levels not reached (figures, and what they mean)."""
    problems = []
    o = report.overall
    for name, value, floor in (("attribution accuracy", o.attribution_accuracy, min_attribution),
                               ("what F1", o.what_f1, min_what)):  # fmt: skip
        if floor is not None and (value or 0.0) < floor:
            shown = "n/a" if value is None else f"{value:.3f}"
            problems.append(f"{name} {shown} < {floor:g}")
    if min_recall is not None and report.overall.figure_recall < min_recall:
        problems.append(f"figure recall {report.overall.figure_recall:.3f} < {min_recall:g}")
    if min_f1 is not None and report.overall.figure_f1 < min_f1:
        problems.append(f"figure F1 {report.overall.figure_f1:.3f} < {min_f1:g}")
    return problems


def load_report(path: Path) -> EvalReport:
    try:
        return EvalReport.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, ValidationError) as e:
        raise InputError(f"{path} is not an eval report: {str(e).splitlines()[0]}") from e
