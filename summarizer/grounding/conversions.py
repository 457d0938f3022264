"""Conversions (of currency, and of measures), tied to the amount they convert.

News writing gives an amount in the article's currency and, in parentheses right after it,
the same amount in another ("15.2 trillion won ($10.4 billion)", "500 billion rubles (US$ 19.7
billion)"), or after ", or" ("₩15.2 trillion, or about $10.4 billion"); a measure likewise in
another unit of its kind ("308 miles (495 km)"). The conversion is its
own figure, but not a new fact: it says it is the other figure's ``equivalent_of``, its
``what`` says what it converts, and it has no source of its own (a conversion is the
outlet's, added for its readers). Unless it says otherwise ("one billion reais (about US$482
million)"), it is as bounded as the amount it converts: "at least US$95 million (£63
million)" is at least £63 million.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from summarizer.brief.schema import Figure
from summarizer.text.numbers.numerals import same_number
from summarizer.text.numbers.quantities import Mention, scan

__all__ = ["tie_conversions"]

# Between an amount and the parenthesis that converts it: its currency word, "("; or ", or
# about" ("₩15.2 trillion, or about $10.4 billion").
_BETWEEN = re.compile(
    r"^\s*(?:[A-Za-z]{1,10}\s*){0,2}(?:\(|,\s*or(?:\s+(?:about|around|roughly|some|nearly|almost|"
    r"approximately))?)\s*$"
)
_CODE = re.compile(r"^[A-Z]{3}$")
# Measures a conversion may give in another unit of the same kind ("308 miles (495 km)").
_MEASURE_KINDS = {
    **dict.fromkeys(
        ("miles", "kilometers", "meters", "feet", "yards", "inches", "centimeters",
         "millimeters"), "length"),
    **dict.fromkeys(("kilograms", "tonnes", "tons", "lb", "lbs", "ounces", "grams"), "mass"),
    **dict.fromkeys(("acres", "hectares", "square kilometers", "square miles"), "area"),
    **dict.fromkeys(("gallons", "liters", "barrels", "cubic meters"), "volume"),
    **dict.fromkeys(("mph", "kph", "km/h", "knots"), "speed"),
}  # fmt: skip


def _kind(unit: str | None) -> str | None:
    """What a unit measures: money for a currency code, a measure's kind, else None."""
    if unit is None:
        return None
    return "money" if _CODE.match(unit) else _MEASURE_KINDS.get(unit)


def _mention_of(figure: Figure, mentions: list[Mention], starts: list[int]) -> Mention | None:
    """The mention ``figure`` states, among ``mentions`` (in order; ``starts`` theirs)."""
    low, high = figure.value_low, figure.value_high
    for m in mentions[bisect_left(starts, figure.span.start) :]:
        if m.start > figure.span.end:
            break
        inside = m.end <= figure.span.end
        same_low = low is not None and same_number(m.value_low, low)
        if inside and same_low and (high is None or same_number(m.value_high, high)):
            return m
    return None


def tie_conversions(text: str, figures: list[Figure]) -> list[Figure]:
    """``figures`` with each conversion tied to the amount before it."""
    mentions = sorted((m for m in scan(text) if m.is_figure), key=lambda m: m.start)
    starts = [m.start for m in mentions]
    placed = [(f, _mention_of(f, mentions, starts)) for f in figures]
    out: list[Figure] = []
    for figure, mention in placed:
        converted = None
        kind = _kind(figure.unit)
        if mention is not None and kind is not None:
            for other, at in placed:
                if other is figure or at is None or not other.unit or other.unit == figure.unit:
                    continue
                if _kind(other.unit) != kind or at.end > mention.start:
                    continue
                if _BETWEEN.match(text[at.end : mention.start]):
                    converted = other
        if converted is None:
            out.append(figure)
            continue
        what = f"{converted.what} (conversion to {figure.unit})"
        update: dict[str, object] = {"equivalent_of": converted.id, "what": what, "source_id": None}
        if figure.qualifier == "exact" and converted.qualifier not in ("exact", "range"):
            update["qualifier"] = converted.qualifier  # "at least $95 million (£63 million)":
            # the conversion is bounded as the amount is
        out.append(figure.model_copy(update=update))
    return out
