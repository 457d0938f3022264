"""Deterministic scan of the numbers an article states.

Finds number mentions (digits with separators and decimals, scale words, currencies, percents
and percentage points, ranges such as "1,000 to 3,000", "4,000-5,000" or "70 or 80,000", and
number words through :mod:`summarizer.text.numbers.spoken`), reads the qualifier in front of them
("up to", "about", "as many as", ...), and tells figures apart from dates, times, ages,
temperatures and page furniture. Nothing here calls a model: the scan feeds the figure prompt
and checks the model's figures afterwards.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.brief.schema import Qualifier
from summarizer.text.layout import Layout, layout
from summarizer.text.numbers.bounds import join_bounds
from summarizer.text.numbers.digit_words import join_scaled_parts
from summarizer.text.numbers.fraction_digits import digit_fractions
from summarizer.text.numbers.kinds import digit_kind
from summarizer.text.numbers.measures import join_feet_inches, measure_after
from summarizer.text.numbers.mentions import (
    CHANGE_BY,
    CHANGE_FROM,
    CHANGE_VERB,
    SCALES,
    Mention,
    MentionKind,
    hedged,
    qualifier_before,
)
from summarizer.text.numbers.mixed import join_mixed
from summarizer.text.numbers.money import SCALED_CODE, currency_after, join_subunits, scaled_code
from summarizer.text.numbers.notation import scientific
from summarizer.text.numbers.number_words import word_mentions
from summarizer.text.numbers.numerals import values_in
from summarizer.text.numbers.shares import one_in
from summarizer.text.numbers.units import PERCENT, PERCENT_AFTER, POINTS, normalise_unit

__all__ = [
    "Mention",
    "MentionKind",
    "figure_candidates",
    "scan",
    "stated_values",
]

# Thousands grouped by commas, or by spaces as in SI style and many translations: a thin or
# no-break space always ("40 000"), a plain space when the groups cannot be read otherwise
# (two groups or more, "1 234 567", or a group that opens with 0, "40 000").
_NUM = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u2009\u202f]\d{3}(?!\d))+(?:\.\d+)?|"
    r"\d{1,3}(?: \d{3}(?!\d)){2,}(?:\.\d+)?|\d{1,3} 0\d\d(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?|"
    r"\.\d+"  # ".08", "a .300 hitter": American style drops the leading zero
)
# "300 billion", "12m", "$1.2bn", and the broadcast style "18-hundred", "50-thousand" (VOA);
# Indian English "3 lakh crore" (a lakh of crores, 10^12).
_SCALE = (
    r"(?:\s?(?:hundred[- ]million|hundred|thousand|million|billion|trillion|mln|mn|bln|bn|tn|"
    r"trn|lakh crores?|lakhs?|crores?)\b|"
    r"(?<=\d)[kmb]n?\b|"
    r"-(?:hundred|thousand|million|billion)\b)"
)
# Symbols and codes written before an amount, glued or not: "$5", "US$1.2bn", "EUR12m",
# "RM4.15", "INR3 trillion", "USD115".
# "usd$ 15", "Mex$ 10 million", "MEUR 120" (a million euros, money.py) and other signs too;
# a country's code may stand apart from its dollar sign ("NZ $ 26 million", "CA$5 million").
_CURRENCY_PREFIX = (
    r"(?:(?:(?:USD|AUD|CAD|NZD|MXN|Mex|US|AU|CA|HK|NZ)[ ]?|A|C|S|R)\$|\$|"
    r"€|£|¥|₩|₹|₡|₾|₭|₿|₦|₱|₺|₴|₽|₫|฿|₪|"
    rf"(?:USD|EUR|GBP|JPY|KRW|CNY|INR|RMB|CHF|AUD|CAD|HKD|SGD|MYR|RM|Rs\.?|{SCALED_CODE})"
    r"(?=\s?\d))"
)
# A measure per area, volume or time, glued or not: "2.4 kWh/m2", "15 g/m2", "3 kg/day".
# (Glued lower-case "g" and "t" are grams and tonnes, "80g", "500,000t"; "5G" is a network.)
_RATE_UNIT = (
    r"(?:[kmg]?wh|kw|mw|gw|kg|g|mg|μg|km|t|l|ml)/(?:k?m[23²³]|cm[23²³]|h|hr|s|day|yr|year|"
    r"capita|l)(?![\w/])"
)
# Units glued to the number: "200lbs", "75ml", "128GB", "115USD", "212p", "80g" (not "5G", a
# network); areas and volumes glued or not ("190 km2", "24703m2", "40 m³") and rates ("2.4
# kWh/m2"), whose digits and slashes the meaning reader cannot read.
_GLUED = (
    r"(?P<glued>(?:lbs?|ml|mm|cm|km2|km|kg|mg|μg|mcg|gb|mb|tb|kb|kwh|mwh|gwh|kw|mw|gw|mph|kph|"
    r"kmph|km/hr?|m2|rad|p|usd|eur|gbp|jpy|krw|cny|inr|rmb|btc|min|hrs?)(?![\w/])|元|(?-i:g|t)\b|"
    r"(?-i:C|F)\b(?![-‑.]\w)|"
    rf"\s?(?:k?m|cm)[23²³](?![\w/])|\s?{_RATE_UNIT})?"
)
_AMOUNT = rf"(?P<cur{{i}}>{_CURRENCY_PREFIX}\s?)?(?P<num{{i}}>{_NUM})(?P<scale{{i}}>{_SCALE})?"
_PERCENT = rf"(?P<pct>{PERCENT_AFTER.pattern})?"
# "~" joins a range in East Asian writing, kept by translations ("3~4%"); "through" in
# American English ("20 through 100").
_RANGE_SEP = r"\s?(?:-|–|—|~|to|or|and|through)\s?"
# How much larger the number after "to" is than the one before when a verb of change stands
# before both: a change and the level it reached, not a range of changes.
_CHANGE_THEN_LEVEL = 4
# A rate changed by a number, its verb before it: "lifted the cash rate by 0.5 per cent to 2.35
# per cent", "cut its forecast by 0.25% to 1.5%" (a rate's change, then its level; not "raised
# premiums by 5% to 25%", "Sales fell by 2% to 9%": ranges of changes).
_RATE_WORDS = (
    r"(?:rates?|yields?|forecasts?|targets?|projections?|outlook|estimates?|unemployment|"
    r"inflation|ratios?|margins?|caps?)"
)
_CHANGING = rf"(?:{CHANGE_VERB}|lift(?:s|ed|ing)?|hik(?:e|es|ed|ing)|revis(?:e|es|ed|ing))"
_CHANGED_BY = re.compile(
    rf"(?:\b{_CHANGING}\b(?:\s+[\w'’-]+){{0,3}}?\s+{_RATE_WORDS}(?:\s+[\w'’-]+){{0,2}}?"
    rf"|\b{_RATE_WORDS}(?:\s+[\w'’-]+){{0,2}}?\s+{_CHANGING})"  # ("Unemployment rose by")
    r"\s+by(?:\s+(?:about|around|nearly|almost|some|roughly))?\s+$",
    re.I,
)
# A unit after a range's second end: both ends are in it ("1 to 5 degrees").
_UNIT_WORD = re.compile(
    r"\s*(?:%|percent|per\s+cent|(?:percentage|basis)\s+points?|points?|degrees?|[a-z]*met(?:er|re)s?|"
    r"km|miles?|kilo\w+|tonnes?|tons?|dollars?|euros?|pounds?|yen|yuan|won|cents?|years?|months?|"
    r"weeks?|days?|hours?)\b",
    re.I,
)
# The unit of a range's first end, when both ends carry it: "3% to 4%", "120 km to 180 km".
_UNIT1 = (
    rf"(?P<u1>{PERCENT_AFTER.pattern}|\s?(?:km\b|kg\b|mm\b|cm\b|miles\b|kilomet(?:er|re)s\b|"
    r"tonnes\b|tons\b|degrees\b|hours\b|minutes\b|days\b|years\b))?"
)
_AMOUNT1 = _AMOUNT.replace("{i}", "1")
_AMOUNT2 = _AMOUNT.replace("{i}", "2")
# A comma before one or two digits groups no thousands: "nos. 22,24,26" is a list; but not
# before a scale or a percent, where it is a translation's decimal comma ("2,5 million").
_LISTED = (
    r"(?<=\d,)(?=\d{1,2}(?!\d|\.\d)"
    r"(?!\s?(?:hundred|thousand|million|billion|trillion|mln|bn|mn|m\b|k\b|%|per|pc\b)))"
)
_DIGITS = re.compile(
    rf"(?:(?<![\w.,/:])|{_LISTED})(?:between\s+)?(?P<sign>[-−](?=[\d$€£¥₩₹])|minus\s+(?=\d))?{_AMOUNT1}"
    rf"(?:{_UNIT1}(?P<sep>{_RANGE_SEP}){_AMOUNT2})?"
    rf"{_PERCENT}{_GLUED}(?![\w/:]|\.\d)",
    re.IGNORECASE,
)


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _plain(raw: str) -> str:
    """ "1,234" or "1 234" -> "1234"."""
    return re.sub(r"[,\s]", "", raw)


def _number(raw: str, scale: str | None) -> float:
    value = float(_plain(raw))
    if scale:
        value *= SCALES[re.sub(r"^[\s-]+", "", scale).lower()]  # "5\u00a0million" too
    return value


# "107 or more", "500 or fewer": the qualifier written after the number.
_OR_MORE = re.compile(r"\s+or\s+(more|above|higher|greater|over|less|fewer|below)\b", re.I)
_OR_MORE_QUALIFIER: dict[str, Qualifier] = {
    "more": "at_least", "above": "at_least", "higher": "at_least", "greater": "at_least",
    "over": "at_least", "less": "up_to", "fewer": "up_to", "below": "up_to",
}  # fmt: skip


# "30C", "95F" are degrees where the sentence speaks of the weather; elsewhere a letter glued
# to a number is a code ("a 13F filing", "a Boeing 777F").
_WEATHER = re.compile(
    r"\b(?:temperatures?|heat\w*|hot(?:test)?|cold(?:est)?|warm\w*|cool\w*|freez\w*|"
    r"weather|degrees?|thermometers?|mercury|highs?|lows?|forecast\w*|sweltering|chill\w*)\b",
    re.I,
)
# A length in metres, glued like a million but said of a size: "1.8m tall", "a 40m-long hull".
_TALL = re.compile(r"[\s-](?:tall|long|high|deep|wide)\b", re.I)

_DOZEN_AFTER = re.compile(r"\s+(?:dozens?|doz|dozs|dzs?)\b\.?(?! of)", re.I)  # "3 doz."


def _percent(written: str | None) -> str | None:
    """ "percent" or "percentage points" for a percent as written ("%", "per cent", "pct")."""
    unit = normalise_unit(written)
    return unit if unit in (PERCENT, POINTS) else None


def _same_unit_after(text: str, m: re.Match[str], u1: str) -> bool:
    """Both ends of a range carry the unit: "3% to 4%", "120 km to 180 km"."""
    if _percent(u1):  # "3% to 4%"; not "0.4 points to 3 percent"
        return _percent(u1) == _percent(m.group("pct"))
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
        pct = _percent(m.group("pct"))
        u1 = (m.group("u1") or "").strip().lower() or None
        if u1 and m.group("num2") is not None and not _same_unit_after(text, m, u1):
            # "up 5 percent to 10,000": a change, then a level; not a range. The first number
            # stands alone, with its unit; the second is read next.
            end = m.end("u1")
            low = _number(num1, scale1)
            u1_unit = _percent(u1) or u1
            kind = digit_kind(
                text, m.start("num1"), m.end("num1"), low, _plain(num1) != num1, num1, lay
            )
            qualifier, back = qualifier_before(text[max(0, start - 40) : start])
            qual1 = qualifier or ("estimate" if hedged(text, start, end) else "exact")
            out.append(Mention(start - back, end, text[start - back : end], low, low, qual1, kind,
                               u1_unit))  # fmt: skip
            pos = end
            continue
        if _percent(u1) and m.group("num2") is not None:
            pct = pct or _percent(u1)  # "3% to 4%": the range is in percent
        currency = (m.group("cur1") or "").strip() or None
        glued = (m.group("glued") or "").strip().lower() or None
        if glued in ("c", "f") and not _WEATHER.search(text, max(0, start - 120), end + 80):
            pos = m.start() + 1  # "the 13F filing", "a Boeing 777F": a code, not degrees
            continue
        if glued is None and (scale1 or "").lower() == "m" and _TALL.match(text, end):
            scale1, glued = None, "m"  # "1.8m tall": metres, not millions
        times = 1.0
        if currency and (mega := scaled_code(currency)):  # "MEUR 120": millions of euros
            currency, times = mega
        low = _number(num1, scale1)
        if num2 is not None and sep == "and" and not m.group(0).lower().startswith("between"):
            # "3 and 4" outside "between ... and" is two numbers: keep the first alone
            # (with its own unit: "fell 1.8% and 1.5%"; not the second's: "3 and 4 percent")
            num2 = None
            end = m.start("sep")
            pct = _percent(u1)
        elif (
            num2 is not None and sep == "to" and CHANGE_FROM.search(text, max(0, start - 80), start)
        ):
            # "rose from 9 to 10": two levels, each its own figure. The first shares the
            # unit and scale written after the second: "from 12 to 15 percent", "from 2 to
            # 3 million".
            if scale2 and not scale1 and float(_plain(num1)) < float(_plain(num2)):
                low = _number(num1, scale2)
            num2 = None
            end = m.start("sep")
            pct = _percent(u1) or pct
        elif (
            num2 is not None and sep == "to" and not scale2
            and not m.group(0).lower().startswith("between")
            and (
                (
                    not pct
                    and (changed := CHANGE_BY.search(text, max(0, start - 40), start)) is not None
                    and (
                        changed.group("by") or "," in num1 or (m.group("cur1") and m.group("cur2"))
                    )
                    and not _UNIT_WORD.match(text, m.end())
                )
                or (u1 is not None and _CHANGED_BY.search(text, max(0, start - 60), start))
            )
            and _number(num2, scale2) > _CHANGE_THEN_LEVEL * low
        ):  # fmt: skip
            # "rose by 15,000 to 444,000", "was down $2.86 to $77.11", "lifted the cash rate by
            # 0.5 per cent to 2.35 per cent": the change, then the level (read next); not "rose
            # 2 to 9 percent", "climb 1 to 5 degrees", "rise by 2% to 3%": a range of changes.
            num2 = None
            end = m.start("sep")
            pct = _percent(u1) or pct
        if (
            num2 is not None and _YEAR.fullmatch(num1) and not _YEAR.fullmatch(num2)
            and re.search(r"\b(?:in|since|by)\s+$", text[max(0, start - 8) : start])
        ):  # fmt: skip
            # "from 265,000 in 1990 to 257,000 in 2008": a year, then the level; no range
            num2 = None
            end = m.start("sep")
            pct = None
        margin = re.search(r"plus or\s*$", text[max(0, m.start() - 10) : m.start()], re.I)
        negative = bool(m.group("sign")) and not margin  # "-1.4%", "minus 40", "-0.1 to 2.1"
        if num2 is not None:
            high = _number(num2, scale2)
            if scale2 and not scale1 and float(_plain(num1)) < float(_plain(num2)):
                low = _number(num1, scale2)  # "2 to 3 million": both in millions
            elif sep == "or" and not scale1 and _plain(num1) == num1 and _plain(num2) != num2:
                factor = 10 ** (len(_plain(num2).split(".")[0]) - len(num1))
                if factor > 1 and float(num1) * factor <= high * 10:
                    low = float(num1) * factor  # "70 or 80,000" is 70,000-80,000
            if (-low if negative else low) > high:  # "1990-95" style: no figure range
                if _YEAR.fullmatch(num1) and not _YEAR.fullmatch(num2):
                    pct = _percent(u1)  # (a year has no unit: "its forecast for 2023 to 0.9
                    # per cent" is a year, then a share; "a 21-20 percent lead" two shares)
                num2 = None
                end = m.start("sep")
            elif sep == "or" and low == high:
                num2 = None
        dozen = _DOZEN_AFTER.match(text, end) if num2 is None and not (pct or currency) else None
        if dozen:  # "3 dozen eggs"
            low, end = 12 * low, dozen.end()
        if negative:  # below zero
            low = -low
        value_high = _number(num2, scale2) if num2 is not None else low
        named = None if pct or currency or glued else currency_after(text, end, bool(scale1))
        if named is not None:  # "361 million pounds", "125 million Australian dollars"
            currency, times = named[0], named[1]
        if not (pct or currency or glued):
            glued = measure_after(text, end)  # "16,000 metric tons", "40 sq km"
        low, value_high = low * times, value_high * times
        money = bool(pct or currency)
        grouped = _plain(num1) != num1
        kind = digit_kind(text, m.start("num1"), m.end("num1"), low, grouped, num1, lay, money)
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


def _fraction_mentions(text: str, lay: Layout) -> list[Mention]:
    """Fractions in digits or signs ("10 1/2 miles", "2½", "¾ of the vote") and shares "k in
    n" ("1 in 5", "one in twenty-one") and scientific notation ("6.02 x 10^23"): read before
    the digits, which they hold."""
    out = []
    notation = [(start, end, value, None) for start, end, value in scientific(text)]
    for start, end, value, unit in [*digit_fractions(text), *one_in(text), *notation]:
        kind = digit_kind(text, start, end, value, False, text[start:end], lay, unit is not None)
        qualifier, back = qualifier_before(text[max(0, start - 40) : start])
        s = start - back
        out.append(Mention(s, end, text[s:end], value, value, qualifier or "exact", kind, unit))
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
    fractions = _fraction_mentions(text, lay)
    mentions = [
        m for m in _digit_mentions(text, lay)
        if not any(m.start < f.end and f.start < m.end for f in fractions)
    ] + fractions  # fmt: skip
    taken = [(m.start, m.end) for m in mentions]
    mentions += word_mentions(text, lay, taken)
    mentions = sorted(mentions, key=lambda m: (m.start, m.end))
    mentions = join_subunits(text, join_mixed(text, join_scaled_parts(text, mentions)))
    mentions = join_bounds(text, join_feet_inches(text, mentions))
    return tuple(mentions)


def _headline_like(text: str, start: int) -> bool:
    """A short line that does not end a sentence: a headline, title or teaser."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    return len(line) < 200 and not re.search(r"[.!?][”\"’)]?$", line)


# "a three-year low", "a 20 year low", "its 52-week high": the span of a record, not a figure.
_RECORD_SPAN = re.compile(
    r"[\s-]*(?:year|month|week|day|decade)s?[\s-]+(?:low|high|lows|highs|record)\b", re.I
)
_RANK = re.compile(r"#\s*$")
# A security named by its term: "the 10-year bond yield", "the two-year Treasury", "a 30-year
# fixed mortgage", "three-month bills" (the kind of paper, not a length the story reports).
_TERM_NAME = re.compile(
    r"[\s-]+(?:year|month|week)[\s-]+(?:(?:government|treasury|fixed|fixed-rate|benchmark)\s+)?"
    r"(?:bonds?|notes?|bills?|Treasur(?:y|ies)|gilts?|bunds?|yields?|mortgages?)\b",
    re.I,
)
# A count the article gave before, named again to break it down: "18 patients ... Of the 18,
# only two were admitted", "Of the eleven, seven were men" (the same fact: no new figure).
_OF_THE = re.compile(r"(?:^|[.;:]\s+|,\s+)[Oo]f\s+(?:the|those|these)\s+$")
_ALONE = re.compile(r"\s*(?:,|who\b|that\b|which\b)")  # "Of the 18, ..." (not "18 countries")


def figure_candidates(text: str, lay: Layout | None = None) -> list[Mention]:
    """The figure mentions worth a place in a brief, in order.

    A number in a headline-like line that the body states again is left to the body's
    mention (the fuller sentence); noise lines never yield candidates. A span naming a
    record ("a three-year low", "its 52-week high"), a security's term ("the 10-year bond")
    and a rank ("the #2 browser") are not quantities, nor is a count named again to break it
    down ("Of the 18, only two ...").
    """
    lay = lay or layout(text)
    figures = [
        m for m in scan(text, lay)
        if m.is_figure and not _RECORD_SPAN.match(text, m.end) and not _TERM_NAME.match(text, m.end)
        and not _RANK.search(text, max(0, m.start - 3), m.start)
    ]  # fmt: skip
    figures = [m for i, m in enumerate(figures) if not _named_again(text, m, figures[:i])]
    body_values = {
        (m.value_low, m.value_high) for m in figures if not _headline_like(text, m.start)
    }
    return [
        m
        for m in figures
        if not (_headline_like(text, m.start) and (m.value_low, m.value_high) in body_values)
    ]


def _named_again(text: str, mention: Mention, before: list[Mention]) -> bool:
    """ "Of the 18, ...": a count an earlier figure gave, named again to break it down."""
    if not _OF_THE.search(text, max(0, mention.start - 20), mention.start):
        return False
    if not _ALONE.match(text, mention.end):
        return False
    value = (mention.value_low, mention.value_high)
    return any((m.value_low, m.value_high) == value for m in before)


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
