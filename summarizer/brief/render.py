"""Render a brief: JSON (schema-valid) or Markdown."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, get_args

from summarizer.brief.schema import Brief, Figure, Source
from summarizer.brief.wording import figure_value

__all__ = ["FORMATS", "Format", "figures_table", "render", "render_json", "render_markdown"]

Format = Literal["json", "markdown"]
FORMATS: tuple[Format, ...] = get_args(Format)


def render_json(brief: Brief) -> str:
    return brief.model_dump_json(indent=2) + "\n"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def figures_table(figures: Sequence[Figure], sources: Sequence[Source] = ()) -> list[str]:
    """The Markdown table of ``figures`` (their sources named from ``sources``)."""
    names = {s.id: s.name for s in sources}
    lines = ["| id | what | value | source | quote |", "|---|---|---|---|---|"]
    for f in figures:
        source = names.get(f.source_id or "", "")
        lines.append(
            f"| {f.id} | {_cell(f.what)} | {_cell(figure_value(f))} | {_cell(source)} "
            f"| “{_cell(f.quote)}” [{f.span.start}:{f.span.end}] |"
        )
    return lines


def render_markdown(brief: Brief) -> str:
    lines = [f"# {brief.headline}", "", brief.summary, ""]
    if brief.key_points:
        lines += ["## Key points", ""] + [f"- {p}" for p in brief.key_points] + [""]
    if brief.figures:
        lines += ["## Figures", "", *figures_table(brief.figures, brief.sources), ""]
    if brief.sources:
        lines += ["## Sources", ""]
        for s in brief.sources:
            anon = ", anonymous" if s.anonymous else ""
            lines.append(f"- **{s.id} {s.name}** ({s.kind}{anon}): “{_cell(s.quote)}”")
        lines.append("")
    if brief.uncertainties:
        lines += ["## Uncertainties", ""]
        lines += [f"- {u.statement} ({u.kind})" for u in brief.uncertainties] + [""]
    if brief.caveats:
        lines += ["## Caveats", ""]
        lines += [f"- {c.statement} ({c.kind}, {c.origin})" for c in brief.caveats] + [""]
    if brief.warnings:
        lines += ["## Warnings", ""] + [f"- `{w.code}`: {w.message}" for w in brief.warnings]
        lines.append("")
    p = brief.provenance
    lines += [
        "---",
        f"*{p.model} at {p.endpoint_host}, {p.strategy} strategy, prompts {p.prompt_set} "
        f"({p.prompt_sha256[:12]}), {p.seconds:.1f} s, {p.attempts} request(s), "
        f"{p.usage.total_tokens:,} tokens; summarizer {p.summarizer_version}, "
        f"schema {p.schema_version}.*",
        "",
    ]
    return "\n".join(lines)


def render(brief: Brief, fmt: str = "json") -> str:
    """``brief`` as JSON or Markdown; ValueError for another format."""
    if fmt == "markdown":
        return render_markdown(brief)
    if fmt == "json":
        return render_json(brief)
    raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
