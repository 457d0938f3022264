"""How a figure reads in prose: "up to 8,000 troops", "1,000–3,000 troops"."""

from __future__ import annotations

from summarizer.brief.schema import Figure

__all__ = ["figure_value", "plain_number"]

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


def plain_number(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"


def figure_value(figure: Figure) -> str:
    """'up to 8,000 troops', '1,000–3,000 troops'."""
    low, high = figure.value_low, figure.value_high
    amount = plain_number(low) if low == high else f"{plain_number(low)}–{plain_number(high)}"
    unit = f" {figure.unit}" if figure.unit else ""
    return f"{_QUALIFIER_WORDS[figure.qualifier]}{amount}{unit}"
