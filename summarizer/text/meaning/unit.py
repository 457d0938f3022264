"""A figure's unit as written: a currency, a measure, the counted noun, an exchange rate, a
vote or a margin, a duration in the possessive ("five weeks' worth of food") (normalised by
:mod:`summarizer.text.numbers.units`)."""

from __future__ import annotations

import re

from summarizer.text.meaning.patterns import (
    ABOARD,
    AT_BARE,
    ATTENDED,
    BARE_AFTER,
    CHANGE_BY,
    CHANGE_OF,
    COUNTED_EACH,
    COUNTED_MARGIN,
    DEMONYM,
    DETERMINED,
    DURATION_POSSESSIVE,
    ELIDED,
    ELIDED_OBJECT,
    ENERGY,
    ERROR_MARGIN,
    HYPHENATED_PLURAL,
    LABEL_BEFORE,
    LIST_END,
    LISTED_AFTER,
    MARGIN_AFTER,
    MARGINS,
    MEASURE_BEFORE,
    NAMED_MEASURES,
    NAMES_A_COUNT,
    NOT_COUNTED,
    NUMBER_OF,
    OTHERS_WERE,
    PAIRED,
    PARTICIPLE,
    PEOPLE_ADJECTIVES,
    PER,
    QUAKES,
    RATE_BEFORE,
    RICHTER,
    SHARED_CURRENCIES,
    SPACED_MEASURE,
    STOCK_INDEX,
    TALLY_SIDE,
    TALLY_SIDE_BEFORE,
    THRESHOLDS,
    TIME_AFTER,
    TIMES,
    TO_A_CURRENCY,
    TO_VOTE,
    TOLL,
    TOLL_FIGURE,
    TOLL_WORDS,
    VOTED,
    VOTES_CAST,
    WORD,
    YEAR,
)
from summarizer.text.meaning.phrases import clause_text, noun_phrase, plural, price_rate
from summarizer.text.meaning.surroundings import (
    counted_subject,
    margin_of,
    paragraph_before,
    sentence_before,
)
from summarizer.text.numbers.quantities import Mention, scan
from summarizer.text.numbers.units import (
    MEASURES,
    PERCENT,
    POINTS,
    currency_code,
    measure_spelling,
    normalise_unit,
)


def figure_unit(text: str, mention: Mention) -> str | None:
    """The unit as a brief writes it: ISO code for money, percent, the measure named before
    the number ("magnitude 6.6"), or the counted noun; people for a toll ("killing 107",
    "left 4 dead"); a measure spelled one way ("km" -> kilometers)."""
    unit = unit_as_written(text, mention, lines=True)
    if unit in SHARED_CURRENCIES and not re.search(r"[^\w\s.,-]|\b[A-Z]{3}\b", mention.text):
        # "tens of millions of rupees" in a story on Pakistan (not "₹500", "INR 500" or "500
        # Indian rupees": written with its sign, code or country)
        unit = _country_currency(text, unit, text[mention.end : mention.end + 40])
    if unit == "people" and TO_VOTE.match(text, mention.end):
        return "voters"  # "6.5 million people are eligible to vote", "320,770 Afghans who have
        # registered to vote": the electorate, as election reporting counts it
    return measure_spelling(unit) if unit is not None else None


def _exchange_rate(text: str, mention: Mention) -> str | None:
    """An exchange rate as markets write it: "N to a dollar", "N to the euro", the currency
    counted named before in the sentence ("the Japanese yen ... peaking at 76.25 to a
    dollar": JPY per USD); None for any other number."""
    base = TO_A_CURRENCY.match(text, mention.end)
    if base is None and not (
        AT_BARE.search(text, max(0, mention.start - 4), mention.start)
        and BARE_AFTER.match(text, mention.end)
    ):
        return None  # (the sentence is read only for a rate or a bare number "at N")
    before = sentence_before(text, mention.start)
    if base is None:  # "... peaking at 76.25 to a dollar before finishing the day at 79.14":
        earlier = RATE_BEFORE.search(before)  # the same rate, its currencies said once
        if earlier is None:
            return None
        before, base = before[: earlier.start()], earlier
    per = currency_code(base.group(1))
    counted = [
        code for w in WORD.findall(before)
        if (code := currency_code(w)) is not None and code != per
    ]  # fmt: skip
    return f"{counted[0]} per {per}" if per and counted else None


_WRITTEN_CURRENCY = re.compile(r"\s*(?:(?P<code>[A-Z]{3})\b|(?P<of>[A-Z][a-z]+)\s+[a-z]+)")


def _country_currency(text: str, default: str, after: str) -> str:
    """The currency of the country the article names most among those that call theirs by
    the name ``default`` stands for (``default`` when it names none more); the one written
    with the amount when it is ("500 Mexican pesos", "500 MXN")."""
    countries = SHARED_CURRENCIES[default]
    written = _WRITTEN_CURRENCY.match(after)
    if written is not None:
        code = written.group("code")
        if code is not None:
            return code if code in countries else default
        named = [c for c, country in countries.items() if country.fullmatch(written.group("of"))]
        if named:
            return named[0]
    counts = {code: len(country.findall(text)) for code, country in countries.items()}
    best = max(counts, key=lambda code: counts[code])
    return best if counts[best] > counts[default] else default


def unit_as_written(text: str, mention: Mention, *, lines: bool = False) -> str | None:
    """:func:`figure_unit` in the article's own spelling (what :func:`_figure_what` compares
    with the words after the number); with ``lines``, a number marking a line ("the 270
    threshold", "the 5,000 mark") takes the unit of what its sentence measures, where the
    `what` keeps the line's word ("threshold passed by Biden")."""
    if mention.unit_hint:
        hint = normalise_unit(mention.unit_hint)
        rate = PER.match(text[mention.end : mention.end + 40])
        per = rate.group(1).lower() if rate else ""
        if per and per not in TIMES and hint and currency_code(hint):
            return f"{hint} per {per}"  # "$597 an acre", "$14.21 per bushel" (a salary "a
            # year" stays in its currency, as issue 12 reads it)
        priced = price_rate(text, mention) if hint and currency_code(hint) and not per else ""
        if priced:  # "closed at US$94.23 per barrel, after peaking at $94.74": a price
            return f"{hint} per {priced}"  # quoted by the barrel once per paragraph
        if (
            hint == PERCENT
            and mention.value_low == mention.value_high  # (not "a 21-20 percent lead": the
            and not PAIRED.search(text, max(0, mention.start - 8), mention.start)  # shares)
            and (
                MARGIN_AFTER.match(text, mention.end)
                or ERROR_MARGIN.search(text, max(0, mention.start - 120), mention.start)
                or margin_of(text, mention) == "percentage"
            )
        ):  # "a 1.5% lead", "the margin of error is 0.87%", "2.6 percent (±1.2%)": a
            return "percentage points"  # difference of percentages
        return hint
    exchange = _exchange_rate(text, mention)
    if exchange:  # "the Japanese yen ... peaking at 76.25 to a dollar": JPY per USD
        return exchange
    before, after = clause_text(text, mention.start, mention.end)
    named = MEASURE_BEFORE.search(before)
    if named:
        return (named.group(1) or named.group(2) or "magnitude").lower()
    margin = COUNTED_MARGIN.match(text, mention.end)
    if margin:  # "a ten seat majority", "a 12-vote margin": seats, votes
        return f"{margin.group(1).lower()}s"
    hyphened = re.match(r"-([A-Za-z]+)", text[mention.end : mention.end + 30])
    if hyphened:  # "a 3-inch thickness", "a six-mile trip": the joined word is the unit
        return hyphened.group(1).lower()
    spaced = spaced_measure(text, mention)
    if spaced:  # "an eight year study": the same, its hyphen left out
        return spaced
    duration = DURATION_POSSESSIVE.match(after)
    if duration:  # "five weeks' worth of food", "in 30 days' time": weeks, days
        return duration.group("unit").lower()
    if ABOARD.match(after) or ATTENDED.match(after):  # "a plane with 30 aboard", "40 on
        return "people"  # board", "150 attended", "80,000 in attendance": people
    phrase = [] if TIME_AFTER.match(after) else noun_phrase(after)
    if lines and phrase and phrase[0].lower() in THRESHOLDS:
        phrase = []  # "below the 5,000 mark", "the 270 threshold": a line in what the
        # sentence measures (index points, votes), not a thing counted
    inside = re.search(r"\d,\s+$", text[max(0, mention.start - 4) : mention.start])
    listed = (
        None
        if phrase or YEAR.fullmatch(mention.text)
        else LISTED_AFTER.match(text, mention.end)
        or (LIST_END.match(text, mention.end) if inside else None)
    )  # (a list's last but one: "16, 13, and 3 complaints")
    if listed:  # "daily totals of 37, 16, 13, and 3 complaints", "rose 5 and 6 percent": the
        # unit of the list's last number is every number's
        number = re.search(r"\d+(?:[.,]\d+)*$", listed.group(0))
        window = text[listed.start() : listed.end() + 60]
        at = number.start() if number else -1  # (in the window, which opens on the list)
        last = next((m for m in scan(window) if m.start == at), None)
        if last is not None:
            return unit_as_written(window, last, lines=lines)
    if phrase and phrase[0].lower() == "each":  # "Amex has 4 each" after "7 complaints each"
        counted_each = COUNTED_EACH.findall(paragraph_before(text, mention.start, 400))
        return counted_each[-1].lower() if counted_each else None
    labelled = (
        None if phrase else LABEL_BEFORE.search(text, max(0, mention.start - 60), mention.start)
    )
    if labelled and plural(labelled.group(1).lower()):  # "the most known satellites: 62"
        return labelled.group(1).lower()
    if phrase and normalise_unit(phrase[0]) in (PERCENT, POINTS):  # "Fifteen percent"
        return normalise_unit(phrase[0])
    if [w.lower() for w in phrase[:2]] in (["basis", "points"], ["basis", "point"]):
        return "basis points"  # "the yield jumped 15 basis points"
    if (
        phrase
        and len(phrase) > 1
        and phrase[0].lower() == "point"
        and phrase[1].lower() in (MARGINS)
    ):  # "a three point lead" (not "a seven point plan")
        return "points"
    if phrase and phrase[0].lower() in NAMED_MEASURES:  # "a 9.0 magnitude earthquake"
        return phrase[0].lower()
    if phrase and phrase[0].lower() in MEASURES:  # "1.5 million gallon saltwater aquarium"
        measure = phrase[0].lower()
        word = phrase[0]
        if measure in ("square", "cubic") and len(phrase) > 1:
            measure, word = f"{measure} {phrase[1].lower()}", phrase[1]
        rest = after[after.find(word) + len(word) :]  # ("cubic meters per second")
        rate = PER.match(rest)
        return f"{measure} per {rate.group(1).lower()}" if rate else measure
    energy = ENERGY.match(" ".join(phrase[:2]).lower()) if phrase else None
    if energy:  # "4,100 gigawatt hours": an energy, not hours
        rest = after[after.find(phrase[1]) + len(phrase[1]) :]
        rate = PER.match(rest)
        return f"{energy.group(0)} per {rate.group(1).lower()}" if rate else energy.group(0)
    if RICHTER.match(after):  # "8.9 on the Richter scale"
        return "magnitude"
    if phrase and phrase[-1].lower() in QUAKES and "." in mention.text:  # "The 8.6 quake"
        return "magnitude"
    if phrase and phrase[0].lower() in ("deaths", "fatalities"):  # "causing eleven deaths"
        return phrase[0].lower()
    if phrase and phrase[0].lower() in TOLL_WORDS:
        elided = ELIDED.search(text, max(0, mention.start - 160), mention.start)
        return elided.group("noun").lower() if elided else "people"  # ("and another 129
        # injured" after "76 civilians were killed": civilians)
    counted = NUMBER_OF.search(before)
    if not phrase and counted:  # "put the number of injured at 34"
        noun = counted.group(1).lower()
        people = noun in TOLL_WORDS or noun in PEOPLE_ADJECTIVES  # ("of unemployed at")
        return noun if plural(noun) else "people" if people else None
    if not phrase and NAMES_A_COUNT.search(text, max(0, mention.start - 200), mention.start):
        sentence = sentence_before(text, mention.start)
        subject = counted_subject(sentence)
        if subject:  # "the number of confirmed deaths from the flu have reached twelve"
            return subject
        figure = TOLL_FIGURE.search(sentence)
        if figure and any(w.lower() in TOLL_WORDS for w in WORD.findall(figure.group(1))):
            return "people"  # "For the injured, the latest figure is 446", "placed the
            # homeless figure at about 185,000"
    if phrase and phrase[0].lower() in VOTES_CAST:  # "74 yeas and 25 nays"
        return "votes"
    if phrase and len(phrase) == 1 and PARTICIPLE.match(phrase[0].lower()):
        return None  # "the 55 needed": a verb, not what is counted
    if phrase and phrase[-1].lower() == "others":  # "infect 12 to 18 others": people
        were = OTHERS_WERE.match(after)  # "The six others were commandos": commandos
        return were.group(1).lower() if were else "people"
    if not phrase:
        sentence = sentence_before(text, mention.start)
        tally = TALLY_SIDE.match(text, mention.end) or TALLY_SIDE_BEFORE.search(
            text, max(0, mention.start - 12), mention.start
        )
        if tally and VOTED.search(sentence):  # "voted 507-19", "passed with 229–1": one
            return "votes"  # side of a vote's tally
        if STOCK_INDEX.search(sentence):  # "The Dow Jones Industrial Average fell 344.65",
            return "points"  # "falling below 8,000"
        changed = CHANGE_OF.search(before) or CHANGE_BY.search(sentence)
        if changed and changed.group("noun").lower() not in NOT_COUNTED:
            # "seats in the functional constituencies increased from 9 to 10", "Jobless
            # claims fell by 9,000", "casualties have risen to more than 10,000"
            return changed.group("noun").lower()
        lead = before.split()[-1:] + after.split()[:3]
        said = any(w.lower().strip(".,") in TOLL_WORDS for w in lead)
        whole = None if said else TOLL.search(sentence)
        named_toll = TOLL.search(before) or (
            whole if whole and not re.search(r"\d", whole.group(0)) else None
        )  # (a clause cut at "and": "The death toll from rain and landslides rose to 27";
        # not "The death toll rose to 27 and 40 were injured", "... and police arrested 40")
        if named_toll and named_toll.group(0).lower().startswith("death"):
            return "deaths"  # "the death toll has reached almost 7,000": deaths are counted
        toll = said or named_toll
        elided = ELIDED_OBJECT.search(text, max(0, mention.start - 160), mention.start)
        if toll and elided:  # "killing four civilians and wounding six": civilians
            return elided.group("noun").lower()
        return "people" if toll else None
    unit = None
    for word in phrase[:2]:  # "500 billion rubles", "15.2 trillion won"
        unit = currency_code(word) or unit
    if unit is None:
        head = phrase[-1]
        unit = head.lower() if head.isalpha() or HYPHENATED_PLURAL.fullmatch(head) else None
        if len(phrase) == 1 and DEMONYM.fullmatch(head):  # "five Americans": people
            return "people"
    if unit == "population":  # "Pakistan's 1.9 million refugee population": people
        return "people"
    rest = after[after.find(phrase[-1]) + len(phrase[-1]) :] if unit else ""
    rate = PER.match(rest)  # "250,000 won per person", "170 drones a day"
    return f"{unit} per {rate.group(1).lower()}" if unit and rate else unit


def spaced_measure(text: str, mention: Mention) -> str | None:
    """The unit of "an eight year study", "the three day conference" (a singular unit after
    a number other than one, before a noun: a compound without its hyphen), or None."""
    spaced = SPACED_MEASURE.match(text, mention.end)
    if spaced is None or mention.value_low == 1 or mention.unit_hint:
        return None
    if not DETERMINED.search(text, max(0, mention.start - 30), mention.start):
        return None  # (not a count: "90 day laborers", "40 foot soldiers")
    return spaced.group(1).lower()
