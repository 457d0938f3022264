"""Two eval reports side by side: what changed per article and overall, which figures are newly
missed or newly found (with their quotes), and whether a change is larger than the noise from
article to article (a two-sided sign test over the articles whose score moved)."""

from __future__ import annotations

from dataclasses import dataclass, field
from math import comb

from summarizer.evaluation.evaluate import GATED, EvalReport
from summarizer.evaluation.score import ArticleScore, FigureNote

__all__ = ["ArticleChange", "Comparison", "compare_reports", "sign_test"]

# The per-article metrics compared (higher is better for each).
METRICS = ("figure_f1", "figure_recall", "figure_precision", "attribution_accuracy", "what_f1",
           "unit_accuracy", "source_f1")  # fmt: skip


@dataclass
class ArticleChange:
    name: str
    deltas: dict[str, float] = field(default_factory=dict)  # new - old, where both have it
    newly_missed: list[FigureNote] = field(default_factory=list)
    newly_found: list[FigureNote] = field(default_factory=list)


@dataclass
class Comparison:
    articles: list[ArticleChange]
    overall: dict[str, tuple[float | None, float | None]]  # metric -> (old, new)
    sign_p: dict[str, float]  # metric -> two-sided sign-test p over articles that moved
    only_old: list[str]  # articles in one report only
    only_new: list[str]


def sign_test(deltas: list[float]) -> float:
    """Two-sided sign test: the chance of a split at least this uneven between articles that
    got better and worse, if a change were as likely to go either way (ties left out)."""
    up = sum(1 for d in deltas if d > 0)
    down = sum(1 for d in deltas if d < 0)
    n = up + down
    if n == 0:
        return 1.0
    tail = sum(comb(n, k) for k in range(min(up, down) + 1)) / float(2**n)
    return min(1.0, 2 * tail)


def _key(note: FigureNote) -> tuple[float | None, float | None, str | None]:
    return note.value_low, note.value_high, note.quote


def _change(old: ArticleScore, new: ArticleScore) -> ArticleChange:
    change = ArticleChange(new.name)
    for metric in METRICS:
        a, b = getattr(old, metric), getattr(new, metric)
        if a is not None and b is not None and old.status == new.status == "ok":
            change.deltas[metric] = b - a
    missed_before = {_key(n) for n in old.missed}
    missed_now = {_key(n) for n in new.missed}
    change.newly_missed = [n for n in new.missed if _key(n) not in missed_before]
    change.newly_found = [n for n in old.missed if _key(n) not in missed_now]
    return change


def compare_reports(old: EvalReport, new: EvalReport) -> Comparison:
    """``new`` against ``old``, article by article (matched by name)."""
    before = {a.name: a for a in old.articles}
    after = {a.name: a for a in new.articles}
    changes = [_change(before[name], after[name]) for name in after if name in before]
    overall = {m: (getattr(old.overall, m), getattr(new.overall, m)) for m in GATED}
    sign_p = {m: sign_test([c.deltas[m] for c in changes if m in c.deltas]) for m in METRICS}
    return Comparison(
        articles=changes,
        overall=overall,
        sign_p=sign_p,
        only_old=sorted(set(before) - set(after)),
        only_new=sorted(set(after) - set(before)),
    )
