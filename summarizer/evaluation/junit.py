"""An eval report as JUnit XML: one test case per article, so CI systems (GitHub, GitLab,
Jenkins) show extraction quality next to the unit tests.

A case fails when its article could not be summarized, or when it falls below a gate given
for the run (figure recall or F1, attribution accuracy, ``what`` F1), applied per article.
The failure text lists what was missed, spurious or wrongly qualified (with quotes), and the
case's ``system-out`` holds its scores, tokens and seconds.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from summarizer.evaluation.evaluate import EvalReport
from summarizer.evaluation.score import ArticleScore, FigureNote

__all__ = ["render_junit"]


def _value(note: FigureNote) -> str:
    low, high = note.value_low, note.value_high

    def shown(v: float | None) -> str:
        return "?" if v is None else f"{v:g}"

    return shown(low) if low == high else f"{shown(low)}-{shown(high)}"


def _problems(a: ArticleScore, gates: dict[str, float | None]) -> list[str]:
    if a.status != "ok":
        return [f"failed: {a.error}"]
    measured = {"figure_recall": a.figure_recall, "figure_f1": a.figure_f1,
                "attribution_accuracy": a.attribution_accuracy, "what_f1": a.what_f1}  # fmt: skip
    return [
        f"{name} {value:.3f} < {floor:g}"
        for name, floor in gates.items()
        if floor is not None and (value := measured.get(name)) is not None and value < floor
    ]


def _details(a: ArticleScore) -> list[str]:
    lines = []
    for title, notes in (("missed", a.missed), ("spurious", a.spurious),
                         ("wrong qualifier", a.wrong_qualifier)):  # fmt: skip
        for n in notes:
            expected = f" (gold: {n.expected_qualifier})" if n.expected_qualifier else ""
            lines.append(f"{title}: {_value(n)} {n.qualifier}{expected}: {n.quote or ''}")
    for m in a.wrong_meaning:
        lines.append(f"{m.field}: brief {m.predicted!r}, gold {m.expected!r}: {m.quote or ''}")
    return lines


def render_junit(report: EvalReport, gates: dict[str, float | None] | None = None) -> str:
    """The JUnit XML of ``report``; ``gates`` maps a metric name to the floor each article
    must reach (None: no gate)."""
    gates = gates or {}
    suite = ET.Element("testsuite", name=f"summarizer eval: {report.gold_set}")
    failures = errors = 0
    total_seconds = 0.0
    for a in report.articles:
        seconds = a.seconds or 0.0
        total_seconds += seconds
        case = ET.SubElement(suite, "testcase", classname=report.gold_set or "gold set",
                             name=a.name, time=f"{seconds:.3f}")  # fmt: skip
        problems = _problems(a, gates)
        if a.status != "ok":
            errors += 1
            ET.SubElement(case, "error", message=problems[0]).text = a.error or ""
        elif problems:
            failures += 1
            failure = ET.SubElement(case, "failure", message="; ".join(problems))
            failure.text = "\n".join(_details(a))
        out = ET.SubElement(case, "system-out")
        out.text = (
            f"figures {a.figures_matched}/{a.figures_gold} found, {a.figures_predicted} given; "
            f"sources {a.sources_matched}/{a.sources_gold}; tokens {a.tokens or 0}; "
            f"seconds {seconds:.1f}\n" + "\n".join(_details(a))
        )
    suite.set("tests", str(len(report.articles)))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    suite.set("time", f"{total_seconds:.3f}")
    ET.indent(suite)
    return ET.tostring(suite, encoding="unicode", xml_declaration=True) + "\n"
