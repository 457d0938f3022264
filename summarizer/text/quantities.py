"""Deterministic scan of the numbers an article states.

Finds number mentions (digits with separators and decimals, scale words, currencies, percents
and percentage points, ranges such as "1,000 to 3,000", "4,000-5,000" or "70 or 80,000", and
number words through ``text2num``), reads the qualifier in front of them ("up to", "about",
"as many as", ...), and tells figures apart from dates, times, ages, temperatures and page
furniture. Nothing here calls a model: the scan feeds the figure prompt and checks the
model's figures afterwards.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.brief.schema import Qualifier
from summarizer.text.layout import Layout, layout
from summarizer.text.mentions import (
    AFTER_AGE,
    BEFORE_AGE,
    SCALES,
    Mention,
    MentionKind,
    hedged,
    qualifier_before,
)
from summarizer.text.number_words import word_mentions
from summarizer.text.numerals import values_in

__all__ = [
    "Mention",
    "MentionKind",
    "figure_candidates",
    "scan",
    "stated_values",
]

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# "300 billion", "12m", "$1.2bn", and the broadcast style "18-hundred", "50-thousand" (VOA).
_SCALE = (
    r"(?:\s?(?:hundred[- ]million|thousand|million|billion|trillion|mln|mn|bln|bn|tn|trn|lakhs?|"
    r"crores?)\b|"
    r"(?<=\d)[kmb]n?\b|"
    r"-(?:hundred|thousand|million|billion)\b)"
)
# Symbols and codes written before an amount, glued or not: "$5", "US$1.2bn", "EUR12m",
# "RM4.15", "INR3 trillion", "USD115".
_CURRENCY_PREFIX = (
    r"(?:US\$|A\$|C\$|HK\$|S\$|NZ\$|R\$|\$|€|£|¥|₩|₹|(?:USD|EUR|GBP|JPY|KRW|CNY|INR|RMB|CHF|"
    r"AUD|CAD|HKD|SGD|MYR|RM|Rs\.?)(?=\s?\d))"
)
# Units glued to the number: "200lbs", "75ml", "128GB", "115USD", "212p".
_GLUED = (
    r"(?P<glued>(?:lbs?|ml|mm|cm|km|kg|mg|gb|mb|tb|kb|kwh|mwh|gwh|kw|mw|gw|mph|kph|km/h|p|usd|"
    r"eur|gbp|jpy|krw|cny|inr|rmb|btc|min|hrs?)\b|元)?"
)
_AMOUNT = rf"(?P<cur{{i}}>{_CURRENCY_PREFIX}\s?)?(?P<num{{i}}>{_NUM})(?P<scale{{i}}>{_SCALE})?"
_PERCENT = r"(?P<pct>\s?(?:%|percent\b|per cent\b|percentage points?\b|pp\b))?"
_RANGE_SEP = r"\s?(?:-|–|—|to|or|and)\s?"
# The unit of a range's first end, when both ends carry it: "3% to 4%", "120 km to 180 km".
_UNIT1 = (
    r"(?P<u1>\s?(?:%|percent\b|per cent\b|km\b|kg\b|mm\b|cm\b|miles\b|kilomet(?:er|re)s\b|"
    r"tonnes\b|tons\b|degrees\b|hours\b|minutes\b|days\b|years\b))?"
)
_AMOUNT1 = _AMOUNT.replace("{i}", "1")
_AMOUNT2 = _AMOUNT.replace("{i}", "2")
_DIGITS = re.compile(
    rf"(?<![\w.,/:])(?:between\s+)?(?P<sign>[-−](?=[\d$€£¥₩₹])|minus\s+(?=\d))?{_AMOUNT1}"
    rf"(?:{_UNIT1}(?P<sep>{_RANGE_SEP}){_AMOUNT2})?"
    rf"{_PERCENT}{_GLUED}(?![\w/:]|\.\d)",
    re.IGNORECASE,
)

# fmt: off
_MONTHS = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec",
]
# fmt: on
_AFTER_TEMPERATURE = re.compile(
    r"^\s?(?:°|degrees?\b(?!\s+angle)|deg\b\.?|º|F\b|C\b|celsius|celcius|centigrade|"
    r"centigrate|fahrenheit|farenheit)",
    re.I,
)
_AFTER_TIME = re.compile(r"^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|UTC|KST|JST|CET)", re.I)
_BEFORE_FURNITURE = re.compile(
    r"\b(?:page|p\.|para(?:graph)?s?|photo|comments?|chapter|article|section|no\.|number|"
    r"room|route|flight)\s*$|\(\s*$|\b(?:page|p\.)\s*\d+\s+of\s*$",
    re.I,
)
_AFTER_ORDINAL = re.compile(r"^(?:st|nd|rd|th)\b", re.I)
# A capitalised word right before the number, not at a sentence start ("the Nikkei 225",
# "a Boeing 737 jet"): a model or index name, unless a unit follows.
_NAMED_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!(?:USD|EUR|GBP|JPY|KRW|CNY|INR|RMB|" + "|".join(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
     "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
     "Saturday", "Sunday", "US", "UK", "EU", "UN"]
) + r")\b)(?:[A-Z][A-Za-z]*[a-z][A-Za-z]*|[A-Z]{3,}) $")  # fmt: skip
_UNIT_AFTER = re.compile(r"^\s?(?:%|percent|per cent|[A-Za-z]*illion|thousand|hundred)", re.I)
_AFTER_DESIGNATION = re.compile(r"^\s(?:House|Corps|Street|Avenue|Road|Division|Brigade)\b")


def _number(raw: str, scale: str | None) -> float:
    value = float(raw.replace(",", ""))
    if scale:
        value *= SCALES[scale.strip(" -").lower()]
    return value


def _kind(
    text: str, start: int, end: int, value: float, has_comma: bool, raw: str, lay: Layout
) -> MentionKind:
    before = text[max(0, start - 30) : start]
    after = text[end : end + 16]
    if lay.noise_at(start) is not None:  # header lines, bylines, duplicated lines
        return "furniture"
    if _AFTER_TEMPERATURE.match(after):
        return "temperature"
    if _AFTER_TIME.match(after) or re.match(r"^:\d{2}", after):
        return "time"
    if AFTER_AGE.match(after) or BEFORE_AGE.search(before):
        return "age"
    if re.search(r"[A-Z][\w'’-]+,\s$", before) and re.match(r"^,\s", after) and value < 120:
        return "age"  # "Kim Min-su, 54, said"
    if _AFTER_ORDINAL.match(after):
        return "ordinal"
    if _BEFORE_FURNITURE.search(before):
        return "furniture"
    if _AFTER_DESIGNATION.match(after):
        return "furniture"
    if re.search(r"[A-Za-z][-‑]$", before):
        return "furniture"  # joined to a name: "COVID-19", "F-16", "MH-17"
    if re.search(r"\b(?:19|20)\d\d[-–/]$", before) and value < 100:
        return "date"  # the end of a span of years: "1990-95"
    if (
        not has_comma
        and "." not in raw
        and _NAMED_BEFORE.search(before)
        and not _UNIT_AFTER.match(after)
    ):
        return "furniture"  # a name with a number: "Boeing 737", "Nikkei 225", "ISO 9001"
    words_before = re.findall(r"[A-Za-z]+", before[-12:])
    words_after = re.findall(r"[A-Za-z]+", after[:12])
    month_near = (words_before and words_before[-1].lower() in _MONTHS) or (
        words_after and words_after[0].lower() in _MONTHS
    )
    if month_near and value <= 31 and "." not in raw:
        return "date"
    if not has_comma and "." not in raw and 1900 <= value <= 2100:
        return "date"  # a year
    return "figure"


# "107 or more", "500 or fewer": the qualifier written after the number.
_OR_MORE = re.compile(r"\s+or\s+(more|above|higher|greater|over|less|fewer|below)\b", re.I)
_OR_MORE_QUALIFIER: dict[str, Qualifier] = {
    "more": "at_least", "above": "at_least", "higher": "at_least", "greater": "at_least",
    "over": "at_least", "less": "up_to", "fewer": "up_to", "below": "up_to",
}  # fmt: skip


_DOZEN_AFTER = re.compile(r"\s+dozens?\b(?! of)", re.I)


def _same_unit_after(text: str, m: re.Match[str], u1: str) -> bool:
    """Both ends of a range carry the unit: "3% to 4%", "120 km to 180 km"."""
    if u1 in ("%", "percent", "per cent"):
        return bool(m.group("pct"))
    after = text[m.end() : m.end() + 20].lower()
    return (m.group("glued") or "").lower() == u1 or after.lstrip().startswith(u1)


def _digit_mentions(text: str, lay: Layout) -> list[Mention]:
    out = []
    pos = 0
    while (m := _DIGITS.search(text, pos)) is not None:
        num1, num2 = m.group("num1"), m.group("num2")
        scale1, scale2 = m.group("scale1"), m.group("scale2")
        sep = (m.group("sep") or "").strip().lower()
        start, end = m.start(), m.end()
        pct = (m.group("pct") or "").strip().lower() or None
        u1 = (m.group("u1") or "").strip().lower() or None
        if u1 and m.group("num2") is not None and not _same_unit_after(text, m, u1):
            # "up 5 percent to 10,000": a change, then a level; not a range. The first number
            # stands alone, with its unit; the second is read next.
            end = m.end("u1")
            low = _number(num1, scale1)
            u1_unit = "percent" if u1 in ("%", "percent", "per cent") else u1
            kind = _kind(text, m.start("num1"), m.end("num1"), low, "," in num1, num1, lay)
            qualifier, back = qualifier_before(text[max(0, start - 40) : start])
            qual1 = qualifier or ("estimate" if hedged(text, start, end) else "exact")
            out.append(Mention(start - back, end, text[start - back : end], low, low, qual1, kind,
                               u1_unit))  # fmt: skip
            pos = end
            continue
        if u1 in ("%", "percent", "per cent") and m.group("num2") is not None:
            pct = pct or u1  # "3% to 4%": the range is in percent
        if pct in ("%", "per cent"):
            pct = "percent"
        elif (pct and pct.startswith("percentage point")) or pct == "pp":
            pct = "percentage points"
        currency = (m.group("cur1") or "").strip() or None
        glued = (m.group("glued") or "").lower() or None
        low = _number(num1, scale1)
        if num2 is not None and sep == "and" and not m.group(0).lower().startswith("between"):
            # "3 and 4" outside "between ... and" is two numbers: keep the first alone.
            num2 = None
            end = m.start("sep")
            pct = None
        if num2 is not None:
            high = _number(num2, scale2)
            if (
                scale2
                and not scale1
                and float(num1.replace(",", "")) < float(num2.replace(",", ""))
            ):
                low = _number(num1, scale2)  # "2 to 3 million": both in millions
            elif sep == "or" and not scale1 and "," not in num1 and "," in num2:
                factor = 10 ** (len(num2.replace(",", "").split(".")[0]) - len(num1))
                if factor > 1 and float(num1) * factor <= high * 10:
                    low = float(num1) * factor  # "70 or 80,000" is 70,000-80,000
            if low > high:  # "1990-95" style or a date range: not a figure range
                num2 = None
                end = m.start("sep")
            elif sep == "or" and low == high:
                num2 = None
        dozen = _DOZEN_AFTER.match(text, end) if num2 is None and not (pct or currency) else None
        if dozen:  # "3 dozen eggs"
            low, end = 12 * low, dozen.end()
        margin = re.search(r"plus or\s*$", text[max(0, m.start() - 10) : m.start()], re.I)
        if m.group("sign") and num2 is None and not margin:  # "-1.4%", "minus 40": below zero
            low = -low
        value_high = _number(num2, scale2) if num2 is not None else low
        kind = _kind(text, m.start("num1"), m.end("num1"), low, "," in num1, num1, lay)
        qualifier, back = qualifier_before(text[max(0, start - 40) : start])
        if num2 is not None and kind == "figure":
            qual: Qualifier = "range"
        else:
            more = _OR_MORE.match(text, end) if qualifier is None else None
            if more:  # "107 or more"
                end = more.end()
            qual = (
                _OR_MORE_QUALIFIER[more.group(1).lower()]
                if more
                else qualifier or ("estimate" if hedged(text, start, end) else "exact")
            )
        unit = pct or currency or glued or (u1 if num2 is not None else None)
        out.append(
            Mention(start - back, end, text[start - back : end], low, value_high, qual, kind, unit)
        )
        pos = max(end, m.start() + 1)  # a second number cut off ("3 and 4") is read next
    return out


def scan(text: str, lay: Layout | None = None) -> list[Mention]:
    """Every number mention in ``text``, in order of appearance.

    ``lay`` must be ``layout(text)`` (the default); the result depends on the text alone,
    so it is computed once per text (a brief scans the article and each quote many times).
    """
    return list(_scan(text))


@lru_cache(maxsize=1024)
def _scan(text: str) -> tuple[Mention, ...]:
    lay = layout(text)
    mentions = _digit_mentions(text, lay)
    taken = [(m.start, m.end) for m in mentions]
    mentions += word_mentions(text, lay, taken)
    return tuple(sorted(mentions, key=lambda m: (m.start, m.end)))


def _headline_like(text: str, start: int) -> bool:
    """A short line that does not end a sentence: a headline, title or teaser."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    return len(line) < 200 and not re.search(r"[.!?][”\"’)]?$", line)


def figure_candidates(text: str, lay: Layout | None = None) -> list[Mention]:
    """The figure mentions worth a place in a brief, in order.

    A number in a headline-like line that the body states again is left to the body's
    mention (the fuller sentence); noise lines never yield candidates.
    """
    lay = lay or layout(text)
    figures = [m for m in scan(text, lay) if m.is_figure]
    body_values = {
        (m.value_low, m.value_high) for m in figures if not _headline_like(text, m.start)
    }
    return [
        m
        for m in figures
        if not (_headline_like(text, m.start) and (m.value_low, m.value_high) in body_values)
    ]


def stated_values(text: str) -> set[float]:
    """Every value ``text`` states: digits (plain and scaled), number words, both ends of
    ranges ("70 or 80,000" states 70,000 and 80,000)."""
    return set(_stated_values(text))


@lru_cache(maxsize=4096)
def _stated_values(text: str) -> frozenset[float]:
    values = values_in(text)
    for mention in _scan(text):
        values.update((mention.value_low, mention.value_high))
    return frozenset(values)
