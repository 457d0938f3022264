"""What a number written in digits is: a figure, or a date, a time, an age, a temperature, an
ordinal or page furniture (a page number, a name joined to a number, a web address, a phone
number or a postal address), read from the words around it."""

from __future__ import annotations

import re

from summarizer.text.layout import Layout
from summarizer.text.numbers.mentions import AFTER_AGE, BEFORE_AGE, MentionKind
from summarizer.text.numbers.units import CURRENCIES, MEASURES

__all__ = ["digit_kind"]

# fmt: off
_MONTHS = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec",
]
# fmt: on
_AFTER_TEMPERATURE = re.compile(
    r"^\s?(?:°|degrees?\b(?!\s+angle)|deg\b\.?|º|celsius|celcius|centigrade|centigrate|"
    r"fahrenheit|farenheit|"
    r"(?-i:[FC])\b(?![-‑.]\w))",  # "30C", "95 F"; not "F-Series", "C.P.I.", "15c" (cents)
    re.I,
)
_AFTER_TIME = re.compile(r"^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|UTC|KST|JST|CET)", re.I)
_BEFORE_FURNITURE = re.compile(
    r"\b(?:page|pp?\.|para(?:graph)?s?|photo|comments?|chapter|article|section|no\.|number|"
    r"room|route|flight)\s*$|\b(?:page|p\.)\s*\d+\s+of\s*$",
    re.I,
)
# "(3)" is a count of photos or a list mark; "(5 feet)" a measure converted in brackets.
_OPEN_BRACKET = re.compile(r"\(\s*$")
_WORD_AFTER = re.compile(r"^[\s-]?([^\W\d_]+)")
# An angle, not a temperature: "rotate 90 degrees", "the ship listed 30 degrees".
_TURNED_BEFORE = re.compile(
    r"\b(?:rotat\w*|turn\w*|tilt\w*|angled?|swung|swing\w*|pivot\w*|list(?:ed|ing)|"
    r"bank(?:ed|ing)|veer\w*)\b[^.,;]{0,15}$",
    re.I,
)
_IN_URL = re.compile(r"(?:https?://|www\.)\S*$", re.I)
_AFTER_ORDINAL = re.compile(r"^(?:st|nd|rd|th)\b", re.I)
# A capitalised word right before the number, not at a sentence start ("the Nikkei 225",
# "a Boeing 737 jet", "the S&P 500", "Standard & Poor's 500"): a model or index name,
# unless a unit follows.
_NAMED_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!(?:USD|EUR|GBP|JPY|KRW|CNY|INR|RMB|" + "|".join(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
     "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
     "Saturday", "Sunday", "US", "UK", "EU", "UN",
     # (a paragraph's opening qualifier: "About 40 people were killed")
     "Some", "About", "Around", "Nearly", "Almost", "Over", "Under", "More", "Fewer", "Less",
     "Only", "Just", "Roughly", "Approximately", "Another", "All", "At", "Up", "Of", "In",
     "By", "To", "With", "For", "From", "On", "Still", "Fully"]
) + r")\b)(?:[A-Z][A-Za-z]*[a-z][A-Za-z]*|[A-Z]{3,}|(?<=&)[A-Z]{1,3}|Poor['’]s) $")  # fmt: skip
_UNIT_AFTER = re.compile(
    r"^\s?(?:%|percent|per cent|[A-Za-z]*illion|thousand|hundred)|(?-i:^-[a-z]{2,}\b)", re.I
)  # (or a unit joined to it: "The 14-page annual report")
# Contact details closing a release ("call 202-307-6694", "(202) 512-1800", "1-866-DHS-2-ICE",
# "on 01273 470101", "P.O. Box 371954, Pittsburgh, PA 15250-7954", "located at 5700 Candlers
# Mountain Road in", "Section, 950 Fifth Street, N.W., Washington, D.C. 20530", "800-HHS-TIPS"):
# every number in them is furniture. A street's number only where the address goes on as one
# (a comma, a full stop, "in", a compass point; not "30 Wall Street banks"), seven digits alone
# ("555-1234") only right after a cue ("call", "phone the desk at"; not "lost contact with the
# crew at 200-1000 metres").
_CONTACT = re.compile(
    r"(?<![\w.,])(?:"
    r"(?:\+?1[-.\s])?(?:\(\d{3}\)\s?|\d{3}[-.]\s?)\d{3}[-.]\s?\d{4}(?!\d)"  # 202-307-6694
    r"|1-\d{3}-[A-Z\d][-A-Z\d]*"  # 1-866-DHS-2-ICE
    r"|\d{3}-[A-Z]{2,}[A-Z\d]*-[A-Z\d]{3,}(?![\w-])"  # 800-HHS-TIPS
    r"|0\d{2,4}\s\d{5,7}(?!\d)"  # 01273 470101
    r"|(?:Box|BOX)\s\d+"  # P.O. Box 371954
    r"|\b(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|"
    r"PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]|D\.C\.)\s\d{5}(?:-\d{4})?(?!\d)"  # PA 15250-7954
    r"|(?:(?<=\bat\s)|(?<=,\s))\d{1,5}(?:\s[A-Z][a-z]+){1,3}\s"  # 5700 Candlers Mountain Road
    r"(?:Road|Street|Avenue|Boulevard|Drive|Lane|Parkway|Place|Court|Highway|St\.|Ave\.|Blvd\.|"
    r"Rd\.)(?=\s*(?:[,.;)]|$)|\s+(?:in|[NS]\.?[EW]\.?|Suite)\b)"
    r")"
)
_CONTACT_CUE = re.compile(
    r"(?:\b(?:call(?:ing)?|phone|telephone|fax(?:ing)?|contact|reach)"
    r"(?:\s+(?:us|them|him|her|police|the\s+[\w-]+(?:\s+[\w-]+)?))?\s+(?:at|on)"
    r"|\b(?:call(?:ing)?|tel\.?|phone|telephone|fax|hotline|tip\s+line|number))\s*:?\s$",
    re.I,
)
# (a phone number is not followed by what it would count: "call on 500-2000 people")
_SEVEN_DIGITS = re.compile(
    r"(?<![\w.,-])\d{3}-\d{4}(?![\d-])(?!\s+(?!(?:or|and|for|to|now|from|between|during|if)\b)[a-z])"
)


def _in_contact(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is part of a phone number or an address."""
    lo, hi = max(0, start - 40), min(len(text), end + 40)
    for m in _CONTACT.finditer(text, lo, hi):
        if m.start() <= start and end <= m.end():
            return True
    seven = _SEVEN_DIGITS.search(text, max(0, start - 4), min(len(text), end + 30))
    return (
        seven is not None
        and seven.start() <= start
        and end <= seven.end()
        and _CONTACT_CUE.search(text, max(0, seven.start() - 60), seven.start()) is not None
    )


_AFTER_DESIGNATION = re.compile(r"^\s(?:House|Corps|Street|Avenue|Road|Division|Brigade)\b")


# The name of a group by its share of a ranked whole (quintiles, percentiles): what it names
# is counted elsewhere ("the poorest 20% average about 4 children").
_GROUP_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w-]*['’]s)\s+(?:richest|poorest|wealthiest|bottom|top|poorer|"
    r"richer)\s+$"
)
# A person's age in a list of names: "Daniel Parmenter, 20; Catalina Garcia, 20; and Gayle
# Dubowski, 20." (a full name, two capitalised words, then the age and the list's next mark).
_LISTED_PERSON = re.compile(r"\b[A-Z][a-z][\w'’-]*\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w'’-]*,\s$")
# A list of people by name: the dead, the hurt, the named ("Cases by county: Los Angeles, 40"
# lists places, "Winners included Manchester United, 3" teams).
_PEOPLE_LISTED = re.compile(
    r"\b(?:killed|dead|died|victims?|injured|wounded|hurt|identified|named|arrested|charged|"
    r"suspects?|survivors?|missing)\b",
    re.I,
)
_LISTED_AGE_END = re.compile(r"^(?:;|\.(?:\s|$)|\s+and\s+[A-Z])")


def _measured(after: str) -> bool:
    """A unit of measure, a currency or a percent right after the number ("(5 feet)")."""
    word = _WORD_AFTER.match(after)
    unit = word.group(1).lower() if word else ""
    return unit in MEASURES or unit in CURRENCIES or bool(_UNIT_AFTER.match(after))


def digit_kind(
    text: str,
    start: int,
    end: int,
    value: float,
    has_comma: bool,
    raw: str,
    lay: Layout,
    unit: bool = False,
) -> MentionKind:
    """What a number written in digits at ``text[start:end]`` is: a figure, or a date, time,
    age, temperature, ordinal or page furniture, by the words around it."""
    before = text[max(0, start - 30) : start]
    after = text[end : end + 16]
    if lay.noise_at(start) is not None:  # header lines, bylines, duplicated lines
        return "furniture"
    if _IN_URL.search(text, max(0, start - 300), start):
        return "furniture"  # part of a web address
    if _in_contact(text, start, end):
        return "furniture"  # a phone number or a postal address
    if _AFTER_TEMPERATURE.match(after) and not (
        _TURNED_BEFORE.search(before) and re.match(r"^\s?(?:°|degrees?)(?!\s?[CF]\b)", after)
    ):
        return "temperature"
    if _AFTER_TIME.match(after) or re.match(r"^:\d{2}", after):
        return "time"
    if AFTER_AGE.match(after) or BEFORE_AGE.search(before):
        return "age"
    if re.search(r"[A-Z][\w'’-]+,\s$", before) and re.match(r"^,\s", after) and value < 120:
        return "age"  # "Kim Min-su, 54, said"
    if (
        _LISTED_PERSON.search(before)
        and _LISTED_AGE_END.match(after)
        and value < 120
        and _PEOPLE_LISTED.search(text, max(0, start - 300), start)
    ):
        return "age"  # "those killed included Daniel Parmenter, 20; Catalina Garcia, 20."
    if _AFTER_ORDINAL.match(after):
        return "ordinal"
    if _GROUP_BEFORE.search(before) and re.match(r"\s?(?:%|per\s?cent|percent)", after):
        return "furniture"  # a group's name: "the richest 20% of families", "the top 1%"
    if _BEFORE_FURNITURE.search(before):
        return "furniture"
    if _OPEN_BRACKET.search(before) and not unit and not _measured(after):
        return "furniture"
    if _AFTER_DESIGNATION.match(after):
        return "furniture"
    if re.search(r"[A-Za-z][-‑]$", before):
        return "furniture"  # joined to a name: "COVID-19", "F-16", "MH-17"
    if re.search(r"\b(?:19|20)\d\d[-–/]$", before) and value < 100:
        return "date"  # the end of a span of years: "1990-95"
    if (
        not has_comma
        and not unit  # "MEUR 120": the code is the currency
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
    if not has_comma and not unit and "." not in raw and 1900 <= value <= 2100:
        return "date"  # a year; never with a currency or a percent ("$2000", "2000%")
    return "figure"
