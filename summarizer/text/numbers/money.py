"""Money named around an amount, as news writes it.

- The currency after the number: "125 million Australian dollars" (AUD, not USD), "210
  pence", "35 sen", "100 ₾", "€100" written "100 €" in translations; "pounds" after a scaled
  amount is sterling ("361 million pounds"; "5 million pounds of beef" is a weight).
- Millions and thousands joined to the code, the style of Nordic company reports: "MEUR 120",
  "30 MUSD", "kEUR 450".
- An amount in a unit and its hundredths: "3 dollars 50 cents", "thirteen dollars and
  forty-five cents", "15 dollars 50." are 3.50, 13.45 and 15.50 dollars.
"""

from __future__ import annotations

import re
from dataclasses import replace

from summarizer.text.numbers.mentions import Mention
from summarizer.text.numbers.units import CURRENCIES, currency_code

__all__ = ["SCALED_CODE", "currency_after", "join_subunits", "scaled_code"]

# Words after a number that are as often something else: "no one won", "one try", "the rand".
_AMBIGUOUS = frozenset({"won", "try", "rand", "dong"})
_NAMES = sorted((k for k in CURRENCIES if k not in _AMBIGUOUS), key=len, reverse=True)
_SUBUNIT_WORDS = r"cents?|pence|penny|sen|kopecks?"
_AFTER = re.compile(
    rf"\s?(?P<name>{'|'.join(re.escape(n) for n in _NAMES)}|{_SUBUNIT_WORDS})(?![\w$])", re.I
)
# "MEUR 120", "30 MUSD", "kEUR 450": a million or a thousand of the currency.
SCALED_CODE = r"(?:M|k|K)(?:USD|EUR|GBP|AUD|CAD|CHF|SEK|NOK|DKK|JPY)"
_SCALED_AFTER = re.compile(rf"\s?(?P<code>{SCALED_CODE})\b")
_POUNDS = re.compile(r"\s(?:pounds?|quid)\b(?!\s+of\b)", re.I)
# "50 cents a litre", "250,000 won per person": a rate; the meaning reader keeps its "per".
_RATE = re.compile(r"\s+(?:per|a|an|each)\s+[a-z]", re.I)


def scaled_code(written: str) -> tuple[str, float] | None:
    """ "MEUR" -> ("EUR", 1e6), "kEUR" -> ("EUR", 1e3); None for anything else."""
    if not re.fullmatch(SCALED_CODE, written):
        return None
    return written[1:], 1e6 if written[0] == "M" else 1e3


def currency_after(text: str, end: int, scaled: bool) -> tuple[str, float, int] | None:
    """The currency named right after an amount ending at ``end``: (ISO code, or the
    subunit as written; the factor it puts on the amount; where its name ends). ``scaled``:
    the amount has a scale word ("361 million"), which makes "pounds" money."""
    found: tuple[str, float, int] | None = None
    if (m := _SCALED_AFTER.match(text, end)) is not None:
        code, factor = scaled_code(m.group("code")) or ("", 1.0)
        found = (code, factor, m.end())
    elif (m := _AFTER.match(text, end)) is not None:
        name = m.group("name")
        found = (currency_code(name) or name.lower(), 1.0, m.end())
    elif scaled and (m := _POUNDS.match(text, end)) is not None:
        found = ("GBP", 1.0, m.end())
    if found is None or _RATE.match(text, found[2]):
        return None
    return found


_MAJOR = re.compile(r"\s*(?P<cur>dollars?|euros?|pounds?|usd|eur|gbp|\$|€|£)?\s+(?:and\s+)?$", re.I)
_MINOR_AFTER = re.compile(rf"\s*(?:{_SUBUNIT_WORDS}|p)\b|\s*(?:[.,;:!?)]|$)", re.I)


def join_subunits(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each amount in a currency and its hundredths read as one ("3
    dollars 50 cents" is 3.50 dollars); in order."""
    out = list(mentions)
    i = 0
    while i + 1 < len(out):
        major, minor = out[i], out[i + 1]
        joined = _joined(text, major, minor)
        if joined is not None:
            out[i : i + 2] = [joined]
        i += 1
    return out


def _joined(text: str, major: Mention, minor: Mention) -> Mention | None:
    if not (major.is_figure and minor.is_figure and major.value_low == major.value_high):
        return None
    if minor.value_low != minor.value_high or not 0 <= minor.value_low < 100:
        return None
    if minor.value_low != int(minor.value_low) or major.value_low >= 1e6:
        return None
    gap = _MAJOR.fullmatch(text, major.end, minor.start)
    if gap is None:
        return None
    written = gap.group("cur")
    code = currency_code(written) if written else None
    if code is None:  # "$3 and 50 cents": the sign is on the first amount
        code = currency_code(major.unit_hint or "")
    if code is None or minor.unit_hint not in (None, code, "cents", "cent", "pence"):
        return None
    written = written or (minor.unit_hint if minor.unit_hint == code else None)  # "17 USD 25"
    after = _MINOR_AFTER.match(text, minor.end)
    if after is None or (written is None and not after.group(0).strip(" .,;:!?)")):
        return None  # "$3 and 50": two amounts unless the hundredths are named
    end = minor.end + (len(after.group(0)) if after.group(0).strip(" .,;:!?)") else 0)
    value = major.value_low + minor.value_low / 100
    text_ = text[major.start : end]
    return replace(major, end=end, text=text_, value_low=value, value_high=value, unit_hint=code)
