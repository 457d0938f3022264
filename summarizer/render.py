"""Render a brief: JSON (schema-valid) or Markdown."""

from __future__ import annotations

from .models import Brief, Figure

__all__ = ["FORMATS", "render", "render_json", "render_markdown"]

FORMATS = ("json", "markdown")

_QUALIFIER_WORDS = {
    "exact": "",
    "approximately": "about ",
    "up_to": "up to ",
    "at_least": "at least ",
    "as_many_as": "as many as ",
    "more_than": "more than ",
    "fewer_than": "fewer than ",
    "range": "",
    "estimate": "an estimated ",
}


def render_json(brief: Brief) -> str:
    return brief.model_dump_json(indent=2) + "\n"


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"


def figure_value(figure: Figure) -> str:
    """'up to 8,000 troops', '1,000–3,000 troops'."""
    low, high = figure.value_low, figure.value_high
    amount = _number(low) if low == high else f"{_number(low)}–{_number(high)}"
    unit = f" {figure.unit}" if figure.unit else ""
    return f"{_QUALIFIER_WORDS[figure.qualifier]}{amount}{unit}"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def render_markdown(brief: Brief) -> str:
    lines = [f"# {brief.headline}", "", brief.summary, ""]
    if brief.key_points:
        lines += ["## Key points", ""] + [f"- {p}" for p in brief.key_points] + [""]
    sources = {s.id: s.name for s in brief.sources}
    if brief.figures:
        lines += [
            "## Figures",
            "",
            "| id | what | value | source | quote |",
            "|---|---|---|---|---|",
        ]
        for f in brief.figures:
            source = sources.get(f.source_id or "", "")
            lines.append(
                f"| {f.id} | {_cell(f.what)} | {_cell(figure_value(f))} | {_cell(source)} "
                f"| “{_cell(f.quote)}” [{f.span.start}:{f.span.end}] |"
            )
        lines.append("")
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
    if fmt == "markdown":
        return render_markdown(brief)
    if fmt == "json":
        return render_json(brief)
    raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
