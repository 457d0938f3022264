"""What a number counts and in what unit, read off the words around it (no model).

A plain reading of news grammar: a count is followed by what it counts and what is said of
it ("8,000 North Korean troops remain in Kursk"); an amount or a share is preceded by what it
measures ("Revenue fell 4.1%"). A conversion in parentheses is tied to the amount it converts
by grounding (:mod:`summarizer.grounding.conversions`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.text.layout import MONTH_NAMES
from summarizer.text.meaning.amounts import (
    OPINION_VERBS,
    SHARE_ADJECTIVES,
    amount_complement,
    named_before,
    respondents,
    share_of,
    stood_as,
)
from summarizer.text.meaning.changes import (
    CHANGE_NOUN,
    change_what,
    subject_before_aside,
    subject_of,
)
from summarizer.text.meaning.levels import level_what, restated
from summarizer.text.meaning.objects import acted_on, antecedent
from summarizer.text.meaning.penalties import owned_penalty, penalty_what
from summarizer.text.meaning.tidy import SENTENCE_REST, tidy_what
from summarizer.text.meaning.tolls import headline_event, left_dead
from summarizer.text.meaning.votes import sample_what, share_of_vote, votes_what
from summarizer.text.meaning.words import (
    AUXILIARIES,
    DANGLING,
    DETERMINERS_AND_POINTERS,
    STOP_WORDS,
    TRAILING,
    word_set,
)
from summarizer.text.numbers.mentions import CHANGE_VERB
from summarizer.text.numbers.quantities import Mention, scan
from summarizer.text.numbers.spoken import NUMBER_WORDS
from summarizer.text.numbers.units import (
    MEASURES,
    PERCENT,
    POINTS,
    currency_code,
    measure_spelling,
    normalise_unit,
)

__all__ = ["STOP_WORDS", "figure_unit", "figure_what"]


# A word; a full stop inside one ("U.S.") is kept.
_WORD = re.compile(r"(?:[^\s,.;:!?()\[\]“”\"—–]|\.(?=\w)|(?<=\b[A-Z])\.)+")
_CLAUSE_END = re.compile(r"[,;:!?()\[\]\n—–]|(?<!\b[A-Z])\.(?!\w)|(?<!\bof)\s(?:that|which|who|and|"
                         r"but|while|though|whereas|whose|whom|where|according|said|says|"
                         r"told|because|unless)\s")  # fmt: skip
_PARTICIPLE = re.compile(r"^[a-z]+ed$")
_MAX_WHAT_WORDS = 8


def _noun_phrase(after: str) -> list[str]:
    """The words after a number up to the head of what it counts ("North Korean troops"),
    past "more" ("11 more villages") and "of" ("tens of thousands of residents", "171 of the
    300 seats")."""
    return _noun_phrase_at(after)[0]


def _noun_phrase_at(after: str) -> tuple[list[str], int]:
    """:func:`_noun_phrase`, and where in ``after`` it ends."""
    skip = _OF_LEAD.match(after)
    at = skip.end() if skip else 0
    words: list[str] = []
    end = at
    adverb = False  # the word before was an adverb: a participle after it is an adjective
    for match in _WORD.finditer(after, at):
        word = match.group(0)
        low = word.lower()
        if not words and low in _SKIPPED:
            continue  # "11 more villages"
        if (
            _ADVERB_LY.fullmatch(word)
            and low not in _LY_NOUNS
            and (not words or "-" in words[-1] or _PARTICIPLE.match(words[-1].lower()))
        ):  # "27.5 million internally displaced people", "two booby-trapped mentally
            adverb = True  # disabled women" (an adverb among modifiers, not after the head:
            continue  # "1 man reportedly killed": the head ends before it)
        if words and _ADVERB_LY.fullmatch(word) and low not in _LY_NOUNS:
            break
        if low in STOP_WORDS or low in TRAILING or low in _ENDS_PHRASE:
            break
        if words and not adverb and (_PARTICIPLE.match(low) or low.endswith("ing")):
            break
        adverb = False
        if words and low in _STRUCK and _OBJECT_NEXT.match(after, match.end()):
            break  # "aftershock hit the area" (not "a tariff-related hit to suppliers")
        if (
            words
            and word[:1].isupper()
            and words[-1][:1].islower()
            and words[-1].lower() not in _BEFORE_NAMES
            and not _NAMED_PLURAL_NEXT.match(after, match.end())
        ):  # "people spent Saturday" (not "two senior Taliban commanders")
            break
        if (re.search(r"\d", word) and not _CODE_NAME.fullmatch(word)) or len(words) == 4:
            break  # (a code name is a word: "258,000 H-2A visas", "40 F-16 jets")
        if len(words) == 3 and not (word.islower() and _plural(low)):
            break  # (a fourth word only as the head: "confirmed bird flu cases")
        if words and _plural(words[-1].lower()) and not _continues(words[-1], word):
            break
        words.append(word)
        end = match.end()
    return words, end


_YEAR = re.compile(r"(?:19|20)\d\d")
# The rest of a list after its first number: ", 16, 13, and 3" (then the noun they count).
# (Not a restatement: "an increase of 2,250,129, or 0.7 percent"; "twelve, and 260 cases".)
_LISTED_AFTER = re.compile(
    r"(?:(?:,\s+\d+(?:[.,]\d+)*)+,?|(?<=\d))\s+(?:and|or)\s+\d+(?:[.,]\d+)*(?=\s)"
)
_LIST_END = re.compile(r",?\s+(?:and|or)\s+\d+(?:[.,]\d+)*(?=\s)")
# "7 complaints each": what each count of a list counts.
_COUNTED_EACH = re.compile(r"\b\d[\d,]*\s+([a-z]+)\s+each\b")
# A plural noun that labels the number after its colon: "known satellites: 62".
_LABEL_BEFORE = re.compile(r"\b([a-z]{3,}):\s*$")
_CODE_NAME = re.compile(r"[A-Z][A-Za-z]*-?\d+[A-Za-z]*")
_NAMED_PLURAL_NEXT = re.compile(r"\s+[a-z]+[a-z]s\b(?!\s+(?:the|a|an)\b)")
# Past forms not in "-ed" that end a counted noun ("a 6.6 aftershock hit the area").
_STRUCK = word_set("hit struck shook sent left killed")
_OBJECT_NEXT = re.compile(r"\s+(?:the|a|an|its|their|his|her|[A-Z])")


def _continues(head: str, word: str) -> bool:
    """Whether ``word`` goes on a noun phrase past a plural: a compound's agent noun ("small
    parts suppliers", "arms dealers"), or the noun after a name ("Self-Defense Forces
    personnel"). A plural is otherwise the head ("troops", "people"; "people spent" stops)."""
    low = word.lower()
    if not word[:1].islower():
        return False
    if head[:1].isupper() and (low in _PLURALS or _plural(low)):
        return True
    return len(low) > 4 and low.endswith(("ers", "ors", "ists")) and low != "others"


# A counted noun with a prefix or compound: "30 co-sponsors", "12 co-pilots".
_HYPHENATED_PLURAL = re.compile(r"[a-z]+(?:-[a-z]+)*-[a-z]*[^\Wius]s")  # (not "pro-cannabis")


def _plural(word: str) -> bool:
    """Whether ``word`` reads as a plural ("-s"; not "-ss", nor "-us": "previous", "census")."""
    return word in _PLURALS or (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us"))
    )


# "of", "of the 300", "of thousands of": what a number is a part of, or a vague count's noun.
_OF_LEAD = re.compile(
    r"^\s*(?:of\s+(?:all\s+(?:the\s+)?|the\s+|its\s+|their\s+|these\s+|those\s+|that\s+|this\s+)?"
    r"(?:[\d,.]+\s+|thousands\s+of\s+)?)+"
)
# Words between a number and what it counts: "11 more villages", "37 still undecided".
_SKIPPED = frozenset({"more", "additional", "other", "extra", "new", "still", "already"})
# Adjectives a name may follow inside the phrase: "53 separate Rite Aid locations", "two major
# American stock indices".
_BEFORE_NAMES = frozenset({"separate", "major", "previous", "various", "former", "foreign"})
_ADVERB_LY = re.compile(r"[a-z]{3,}ly")
_LY_NOUNS = frozenset({"family", "supply", "assembly", "rally", "anomaly", "monopoly", "ally"})
_PLURALS = frozenset({"people", "children", "personnel", "police", "men", "women", "staff"})
_TIMES = frozenset("day week month year hour".split())
_PER = re.compile(
    r"^\s*(?:of\s+(?:[a-z]+\s+){1,3})?(?:per|a|an|each)\s+(person|capita|head|share|day|week|month|year|hour|"
    r"megawatt[ -]hour|kilowatt[ -]hour|barrel|tonne|ton|kilogram|litre|liter|acre|hectare|"
    r"bushel|gallon|ounce|night|(?<=per\s)(?:second|minute))\b",  # ("a second" is no rate)
    re.I,
)

# A price with its rate in the same paragraph: "$94.00 a barrel", "$95.00 per barrel mark".
_PRICE_PER = re.compile(
    r"[$€£¥]\s?(?P<value>\d[\d,]*(?:\.\d+)?)\s+(?:[a-z]+\s+)?(?:per|a|an)\s+(?P<per>barrel|tonne|"
    r"ton|kilogram|litre|liter|bushel|gallon|ounce|megawatt[ -]hour|kilowatt[ -]hour)\b",
    re.I,
)
_PRICE_REACH = 1500  # characters either way (a sentence of a hostile length is not read whole)


def _price_rate(text: str, mention: Mention) -> str:
    """The rate a money amount with none of its own is quoted at: the one a price of about the
    same size (within a half) has in its sentence, with nothing of another kind between them
    ("closed at US$94.23 per barrel, after peaking at $94.74"); "" when none has."""
    value = mention.value_low
    if not value or mention.value_low != mention.value_high:
        return ""
    low, high = max(0, mention.start - _PRICE_REACH), mention.end + _PRICE_REACH
    for m in _PRICE_PER.finditer(text, low, high):  # (a sentence's end stops it, below)
        other = float(m.group("value").replace(",", ""))
        between = text[min(m.end(), mention.end) : max(m.start(), mention.start)]
        if (
            m.start() != mention.start
            and 2 / 3 <= other / value <= 3 / 2
            and not _SENTENCE_END.search(between)  # the same sentence
            and not _OTHER_PRICE.search(between)  # of the same thing: not "shares rose to $97"
        ):
            return m.group("per").lower()
    return ""


_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_OTHER_PRICE = re.compile(
    r"\b(?:shares?|stocks?|index|tickets?|fines?|fees?|paid|pays|spent|spends|costs?|earned|"
    r"salar(?:y|ies)|wages?|bills?|tanks?|rents?|tax(?:es)?)\b",
    re.I,
)


_BEFORE_BREAK = re.compile(
    r"(?<!\d),|,(?!\d)|[;:!?()\[\]“”\"\n—–]|\.\s|\b(?:that|which|who|and|but|while|said|says|told|"
    r"announced|reported|according to)\b",
    re.I,
)


def _segments_before(text: str, start: int) -> list[str]:
    """The stretches of words before ``start``, nearest last, split at clause breaks."""
    return _BEFORE_BREAK.split(text[max(0, start - 160) : start])


def _clause_text(text: str, start: int, end: int) -> tuple[str, str]:
    """The clause's words before ``start`` and after ``end`` (up to its breaks; a short
    parenthesis right after the number, a conversion say, is skipped)."""
    after = re.sub(r"^(\s*\w*)\s*\([^()]{0,40}\)", r"\1", text[end : end + 160])[:120]
    after = re.sub(r"^-(?=[A-Za-z])", " ", after)  # "a 3-inch thickness", "a six-mile trip"
    # "low- and middle-income earners": a suspended hyphen joins its words into one modifier
    # (spaces kept as "_", so offsets hold; :func:`figure_what` gives them back).
    after = _SUSPENDED.sub(lambda m: m.group(0).replace(" ", "_"), after)
    stop = _CLAUSE_END.search(after)
    return _segments_before(text, start)[-1], after[: stop.start()] if stop else after


_SENTENCE_ENDED = re.compile(r"(?<![A-Z])[.!?][\"”’']?$")
_SUSPENDED = re.compile(r"\b\w+- (?:and|or|to) \w+-\w+")


def _lead(text: str, start: int, most: int = 5) -> tuple[list[str], bool]:
    """What the words before an amount say it is: the nearest clause's words without numbers
    or currencies ("Revenue fell"), or the clause before it when that one says nothing; and
    whether they stand right before it (in its own clause)."""
    start = len(text[:start].rstrip(" “\"'"))  # '"more than 200,000 jobs"': one clause
    if _SENTENCE_ENDED.search(text, max(0, start - 4), start):
        return [], False  # a sentence's first words: never the sentence before's
    for distance, segment in enumerate(reversed(_segments_before(text, start)[-2:])):
        words = [
            w for w in _WORD.findall(segment)
            if not re.search(r"\d", w) and currency_code(w) is None and w.lower() not in _NOT_WHAT
        ]  # fmt: skip
        while words and (words[-1].lower() in TRAILING or words[-1].lower() in STOP_WORDS):
            words.pop()
        while words and (words[0].lower() in TRAILING or words[0].lower() in STOP_WORDS):
            words.pop(0)
        if words:
            return words[-most:], distance == 0
    return [], False


def _complement(words: list[str]) -> list[str]:
    """ "in net profit", "of the budget": a preposition and up to three words after it."""
    if not words or words[0].lower() not in ("in", "of", "on", "for"):
        return []
    out = [words[0]]
    for word in words[1:4]:
        if word.lower() in STOP_WORDS:
            break
        out.append(word)
    return out if len(out) > 1 else []


def _predicate(words: list[str], content: int = 3, most: int = 6) -> list[str]:
    """The first words of what a clause says, up to ``content`` content words."""
    out: list[str] = []
    seen = 0
    at = 0
    while at < len(words) and words[at].lower() in AUXILIARIES and not _to_place(words[at:]):
        at += 1  # "would be infused into the stock markets": the window opens at "infused"
    for word in words[at : at + most]:
        out.append(word)
        low = word.lower()
        if low not in STOP_WORDS | TRAILING | _ON | DANGLING:
            seen += 1
            if seen == content:
                break
    while out and (out[-1].lower() in STOP_WORDS or out[-1].lower() in TRAILING):
        out.pop()
    while out and out[0].lower() in AUXILIARIES and not _to_place(out):
        out.pop(0)  # "would be infused" -> "infused"; "to the area" stays
    return out


def _to_place(words: list[str]) -> bool:
    """ "to the area", "to Kyiv": "to" as a preposition, not an infinitive's."""
    return (
        len(words) > 1 and words[0].lower() == "to"
        and (words[1].lower() in TRAILING or words[1][:1].isupper())
    )  # fmt: skip


def _object_of(before: str, verb: str) -> bool:
    """Whether the number after ``before`` is the object of ``verb`` ("shot down about 381"),
    not of a preposition after it ("cut to 41,000", "residents of 35") or past a number."""
    tail = before[before.rfind(verb) + len(verb) :]
    return not re.search(r"\d", tail) and not any(w.lower() in _ON for w in _WORD.findall(tail))


def _with_participle(said: list[str], participle: list[str]) -> list[str]:
    """The participle after the noun's "of" complement ("cases of measles recorded since
    May") or before what else is said ("drones launched at the city")."""
    at = 0
    if said and said[0].lower() == "of":
        at = next(
            (i for i, w in enumerate(said[1:], 1) if w.lower() in _ON or w.lower() in TRAILING),
            len(said),
        )
    return said[:at] + participle + said[at:]


# Prepositions: what stands after a count's noun and is not said of it by a verb.
_ON = word_set(
    "of to for from at in on with by over across into onto under since during between "
    "among near inside outside through"
)


# Prepositions no other list holds: "passengers aboard the ferry" is no verb.
_NOT_VERBS = frozenset({"aboard", "atop", "amid", "amidst", "via", "despite", "beside", "near"})


def _ongoing(said: list[str]) -> list[str]:
    """ "pilgrims arrive in Mecca": what a plural does in the present, as a participle in
    "-ing" ("pilgrims arriving in Mecca"); ``said`` unchanged when it opens on no such verb."""
    if len(said) < 2 or not said[0].isalpha() or not said[0].islower():
        return said
    verb = said[0]
    if (
        verb in STOP_WORDS | TRAILING | _ON | _ADVERBS | _NOT_PRESENT | _ENDS_PHRASE
        or verb in _NOT_VERBS or len(verb) < 3
        or (verb.endswith(("ed", "ing", "ly", "s")) and not verb.endswith("ss"))
        or verb.endswith(_ADJECTIVE_ENDINGS) or _participle_of(verb)
        or not (said[1].lower() in _ON | TRAILING or said[1][:1].isupper())
    ):  # fmt: skip
        return said
    if verb.endswith("ie"):
        stem = verb[:-2] + "y"  # "die" -> "dying"
    elif verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        stem = verb[:-1]
    elif re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb) and len(verb) <= 4:
        stem = verb + verb[-1]  # "run" -> "running"
    else:
        stem = verb
    return [stem + "ing", *said[1:]]


_ADJECTIVE_ENDINGS = ("ible", "able", "ful", "ous", "less", "ical")
# Words after a count's noun that are no verb in the present ("residing abroad").
_NOT_PRESENT = word_set(
    "abroad alone overall nationwide worldwide together home here there too apiece aged old "
    "long high wide deep tall away left dead alive north south east west northeast northwest "
    "southeast southwest"
)


def _participle_of(word: str) -> bool:
    """A past form that is not "-ed" ("spent", "sent", "held")."""
    return word in _IRREGULAR_PAST


_IRREGULAR_PAST = word_set(
    "spent sent held kept sold paid built bought made taken given brought lost won left found "
    "shot hit cut put set fled fought caught taught led fed met ran began grew knew drew "
    "stuck struck hung told done seen known born shut sought bound wound swept slept"
)


def _said_of(words: list[str]) -> list[str]:
    """What a clause says of the noun it opens on, as a participle phrase: "in the region
    were left without power" -> "left without power", "have been sent home" -> "sent home",
    "remain missing" -> "missing", "remain in the city" -> "remaining in the city"; the
    words unchanged when no auxiliary stands among the first few."""
    at = next((i for i, w in enumerate(words[:_LINK_REACH]) if w.lower() in _LINKING), None)
    if at is None and words and words[0][:1].isupper():  # "2 politicians Ann Lee of the
        # Labour Party and Tom Ma were defeated": past the names to what is said of them
        at = next((i for i, w in enumerate(words) if w.lower() in _LINKING), None)
        names = words[:at] if at is not None else []
        if not all(w[:1].isupper() or w.lower() in _IN_NAMES for w in names):
            at = None
    if at is None:
        return words
    rest = words[at:]
    while rest and (rest[0].lower() in _LINKING or rest[0].lower() in _ADVERBS):
        linking = rest.pop(0).lower()
        if linking.startswith("remain") and rest and rest[0].lower() in _PLACE_PREPOSITIONS:
            rest.insert(0, "remaining")  # "remain in Kursk": remaining in Kursk
            break
    return rest or words


# Auxiliaries and linking verbs between a counted noun and what is said of it.
_LINKING = word_set(
    "is are was were be been being have has had remain remains remained stay stays stayed"
)
_ADVERBS = word_set("also already still now currently reportedly initially later since so far")
_PLACE_PREPOSITIONS = word_set("in at on inside outside under behind near")
_LINK_REACH = 5
# Words that modify what comes after them, never the end of a phrase ("... last").
_IN_NAMES = word_set("of the and from for de van von al")


def figure_unit(text: str, mention: Mention) -> str | None:
    """The unit as a brief writes it: ISO code for money, percent, the measure named before
    the number ("magnitude 6.6"), or the counted noun; people for a toll ("killing 107",
    "left 4 dead"); a measure spelled one way ("km" -> kilometers)."""
    unit = _unit_as_written(text, mention)
    if unit == "INR" and not re.search(r"₹|INR", mention.text):
        unit = _rupee_of(text)  # "tens of millions of rupees" in a story on Pakistan
    if unit == "people" and _TO_VOTE.match(text, mention.end):
        return "voters"  # "6.5 million people are eligible to vote", "320,770 Afghans who have
        # registered to vote": the electorate, as election reporting counts it
    return measure_spelling(unit) if unit is not None else None


_TO_VOTE = re.compile(
    r"\s+(?:[A-Za-z][\w-]*\s+){1,2}?(?:who\s+)?(?:(?:are|were|is|was|have|had|has)\s+)?"
    r"(?:been\s+)?(?:(?:now|already|newly)\s+)?(?:eligible|registered)\s+to\s+vote\b"
)


# The countries whose currency is called the rupee, by ISO code: "rupees" alone is the
# rupee of the country the article names most (India's when it names none of them).
_RUPEE_COUNTRIES = {
    "INR": re.compile(r"\bIndia(?:n|ns)?\b"),
    "PKR": re.compile(r"\bPakistan(?:i|is)?\b"),
    "LKR": re.compile(r"\bSri\s+Lanka(?:n|ns)?\b"),
    "NPR": re.compile(r"\bNepal(?:i|is|ese)?\b"),
}


def _exchange_rate(text: str, mention: Mention) -> str | None:
    """An exchange rate as markets write it: "N to a dollar", "N to the euro", the currency
    counted named before in the sentence ("the Japanese yen ... peaking at 76.25 to a
    dollar": JPY per USD); None for any other number."""
    base = _TO_A_CURRENCY.match(text, mention.end)
    if base is None and not (
        _AT_BARE.search(text, max(0, mention.start - 4), mention.start)
        and _BARE_AFTER.match(text, mention.end)
    ):
        return None  # (the sentence is read only for a rate or a bare number "at N")
    before = _sentence_before(text, mention.start)
    if base is None:  # "... peaking at 76.25 to a dollar before finishing the day at 79.14":
        earlier = _RATE_BEFORE.search(before)  # the same rate, its currencies said once
        if earlier is None:
            return None
        before, base = before[: earlier.start()], earlier
    per = currency_code(base.group(1))
    counted = [
        code for w in _WORD.findall(before)
        if (code := currency_code(w)) is not None and code != per
    ]  # fmt: skip
    return f"{counted[0]} per {per}" if per and counted else None


_TO_A_CURRENCY = re.compile(
    r"\s+(?:to|per|against)\s+(?:a|the|one|each)\s+(?:US\s+|U\.S\.\s+)?"
    r"(dollar|euro|pound|yen|yuan)\b",
    re.IGNORECASE,
)
_RATE_BEFORE = re.compile(rf"\d(?:[\d,]*\d)?(?:\.\d+)?{_TO_A_CURRENCY.pattern}", re.IGNORECASE)
_AT_BARE = re.compile(r"\bat\s+$")
_BARE_AFTER = re.compile(r"\s*(?:[,.;)]|$|\s+(?:before|after|and|on|in)\b)")


def _rupee_of(text: str) -> str:
    counts = {code: len(country.findall(text)) for code, country in _RUPEE_COUNTRIES.items()}
    best = max(counts, key=lambda code: counts[code])
    return best if counts[best] > counts["INR"] else "INR"


def _unit_as_written(text: str, mention: Mention) -> str | None:
    """:func:`figure_unit` in the article's own spelling (what :func:`_figure_what` compares
    with the words after the number)."""
    if mention.unit_hint:
        hint = normalise_unit(mention.unit_hint)
        rate = _PER.match(text[mention.end : mention.end + 40])
        per = rate.group(1).lower() if rate else ""
        if per and per not in _TIMES and hint and currency_code(hint):
            return f"{hint} per {per}"  # "$597 an acre", "$14.21 per bushel" (a salary "a
            # year" stays in its currency, as issue 12 reads it)
        priced = _price_rate(text, mention) if hint and currency_code(hint) and not per else ""
        if priced:  # "closed at US$94.23 per barrel, after peaking at $94.74": a price
            return f"{hint} per {priced}"  # quoted by the barrel once per paragraph
        if (
            hint == PERCENT
            and mention.value_low == mention.value_high  # (not "a 21-20 percent lead": the
            and not _PAIRED.search(text, max(0, mention.start - 8), mention.start)  # shares)
            and (
                _MARGIN_AFTER.match(text, mention.end)
                or _ERROR_MARGIN.search(text, max(0, mention.start - 120), mention.start)
                or _margin_of(text, mention) == "percentage"
            )
        ):  # "a 1.5% lead", "the margin of error is 0.87%", "2.6 percent (±1.2%)": a
            return "percentage points"  # difference of percentages
        return hint
    exchange = _exchange_rate(text, mention)
    if exchange:  # "the Japanese yen ... peaking at 76.25 to a dollar": JPY per USD
        return exchange
    before, after = _clause_text(text, mention.start, mention.end)
    named = _MEASURE_BEFORE.search(before)
    if named:
        return (named.group(1) or named.group(2) or "magnitude").lower()
    margin = _COUNTED_MARGIN.match(text, mention.end)
    if margin:  # "a ten seat majority", "a 12-vote margin": seats, votes
        return f"{margin.group(1).lower()}s"
    hyphened = re.match(r"-([A-Za-z]+)", text[mention.end : mention.end + 30])
    if hyphened:  # "a 3-inch thickness", "a six-mile trip": the joined word is the unit
        return hyphened.group(1).lower()
    spaced = _spaced_measure(text, mention)
    if spaced:  # "an eight year study": the same, its hyphen left out
        return spaced
    if _ABOARD.match(after) or _ATTENDED.match(after):  # "a plane with 30 aboard", "40 on
        return "people"  # board", "150 attended", "80,000 in attendance": people
    phrase = [] if _TIME_AFTER.match(after) else _noun_phrase(after)
    inside = re.search(r"\d,\s+$", text[max(0, mention.start - 4) : mention.start])
    listed = (
        None
        if phrase or _YEAR.fullmatch(mention.text)
        else _LISTED_AFTER.match(text, mention.end)
        or (_LIST_END.match(text, mention.end) if inside else None)
    )  # (a list's last but one: "16, 13, and 3 complaints")
    if listed:  # "daily totals of 37, 16, 13, and 3 complaints", "rose 5 and 6 percent": the
        # unit of the list's last number is every number's
        number = re.search(r"\d+(?:[.,]\d+)*$", listed.group(0))
        window = text[listed.start() : listed.end() + 60]
        at = number.start() if number else -1  # (in the window, which opens on the list)
        last = next((m for m in scan(window) if m.start == at), None)
        if last is not None:
            return _unit_as_written(window, last)
    if phrase and phrase[0].lower() == "each":  # "Amex has 4 each" after "7 complaints each"
        counted_each = _COUNTED_EACH.findall(_paragraph_before(text, mention.start, 400))
        return counted_each[-1].lower() if counted_each else None
    labelled = (
        None if phrase else _LABEL_BEFORE.search(text, max(0, mention.start - 60), mention.start)
    )
    if labelled and _plural(labelled.group(1).lower()):  # "the most known satellites: 62"
        return labelled.group(1).lower()
    if phrase and normalise_unit(phrase[0]) in (PERCENT, POINTS):  # "Fifteen percent"
        return normalise_unit(phrase[0])
    if (
        phrase
        and len(phrase) > 1
        and phrase[0].lower() == "point"
        and phrase[1].lower() in (_MARGINS)
    ):  # "a three point lead" (not "a seven point plan")
        return "points"
    if phrase and phrase[0].lower() in _NAMED_MEASURES:  # "a 9.0 magnitude earthquake"
        return phrase[0].lower()
    if phrase and phrase[0].lower() in MEASURES:  # "1.5 million gallon saltwater aquarium"
        measure = phrase[0].lower()
        word = phrase[0]
        if measure in ("square", "cubic") and len(phrase) > 1:
            measure, word = f"{measure} {phrase[1].lower()}", phrase[1]
        rest = after[after.find(word) + len(word) :]  # ("cubic meters per second")
        rate = _PER.match(rest)
        return f"{measure} per {rate.group(1).lower()}" if rate else measure
    energy = _ENERGY.match(" ".join(phrase[:2]).lower()) if phrase else None
    if energy:  # "4,100 gigawatt hours": an energy, not hours
        rest = after[after.find(phrase[1]) + len(phrase[1]) :]
        rate = _PER.match(rest)
        return f"{energy.group(0)} per {rate.group(1).lower()}" if rate else energy.group(0)
    if _RICHTER.match(after):  # "8.9 on the Richter scale"
        return "magnitude"
    if phrase and phrase[-1].lower() in _QUAKES and "." in mention.text:  # "The 8.6 quake"
        return "magnitude"
    if phrase and phrase[0].lower() in ("deaths", "fatalities"):  # "causing eleven deaths"
        return phrase[0].lower()
    if phrase and phrase[0].lower() in _TOLL_WORDS:
        elided = _ELIDED.search(text, max(0, mention.start - 160), mention.start)
        return elided.group("noun").lower() if elided else "people"  # ("and another 129
        # injured" after "76 civilians were killed": civilians)
    counted = _NUMBER_OF.search(before)
    if not phrase and counted:  # "put the number of injured at 34"
        noun = counted.group(1).lower()
        return noun if _plural(noun) else "people" if noun in _TOLL_WORDS else None
    if not phrase and _NAMES_A_COUNT.search(text, max(0, mention.start - 200), mention.start):
        sentence = _sentence_before(text, mention.start)
        subject = _counted_subject(sentence)
        if subject:  # "the number of confirmed deaths from the flu have reached twelve"
            return subject
        figure = _TOLL_FIGURE.search(sentence)
        if figure and any(w.lower() in _TOLL_WORDS for w in _WORD.findall(figure.group(1))):
            return "people"  # "For the injured, the latest figure is 446", "placed the
            # homeless figure at about 185,000"
    if phrase and phrase[0].lower() in _VOTES_CAST:  # "74 yeas and 25 nays"
        return "votes"
    if phrase and len(phrase) == 1 and _PARTICIPLE.match(phrase[0].lower()):
        return None  # "the 55 needed": a verb, not what is counted
    if phrase and phrase[-1].lower() == "others":  # "infect 12 to 18 others": people
        were = _OTHERS_WERE.match(after)  # "The six others were commandos": commandos
        return were.group(1).lower() if were else "people"
    if not phrase:
        sentence = _sentence_before(text, mention.start)
        tally = _TALLY_SIDE.match(text, mention.end) or _TALLY_SIDE_BEFORE.search(
            text, max(0, mention.start - 12), mention.start
        )
        if tally and _VOTED.search(sentence):  # "voted 507-19", "passed with 229–1": one
            return "votes"  # side of a vote's tally
        if _STOCK_INDEX.search(sentence):  # "The Dow Jones Industrial Average fell 344.65",
            return "points"  # "falling below 8,000"
        changed = _CHANGE_OF.search(before) or _CHANGE_BY.search(sentence)
        if changed and changed.group("noun").lower() not in _NOT_COUNTED:
            # "seats in the functional constituencies increased from 9 to 10", "Jobless
            # claims fell by 9,000", "casualties have risen to more than 10,000"
            return changed.group("noun").lower()
        lead = before.split()[-1:] + after.split()[:3]
        said = any(w.lower().strip(".,") in _TOLL_WORDS for w in lead)
        whole = None if said else _TOLL.search(sentence)
        named_toll = _TOLL.search(before) or (
            whole if whole and not re.search(r"\d", whole.group(0)) else None
        )  # (a clause cut at "and": "The death toll from rain and landslides rose to 27";
        # not "The death toll rose to 27 and 40 were injured", "... and police arrested 40")
        if named_toll and named_toll.group(0).lower().startswith("death"):
            return "deaths"  # "the death toll has reached almost 7,000": deaths are counted
        toll = said or named_toll
        elided = _ELIDED_OBJECT.search(text, max(0, mention.start - 160), mention.start)
        if toll and elided:  # "killing four civilians and wounding six": civilians
            return elided.group("noun").lower()
        return "people" if toll else None
    unit = None
    for word in phrase[:2]:  # "500 billion rubles", "15.2 trillion won"
        unit = currency_code(word) or unit
    if unit is None:
        head = phrase[-1]
        unit = head.lower() if head.isalpha() or _HYPHENATED_PLURAL.fullmatch(head) else None
        if len(phrase) == 1 and _DEMONYM.fullmatch(head):  # "five Americans": people
            return "people"
    if unit == "population":  # "Pakistan's 1.9 million refugee population": people
        return "people"
    rest = after[after.find(phrase[-1]) + len(phrase[-1]) :] if unit else ""
    rate = _PER.match(rest)  # "250,000 won per person", "170 drones a day"
    return f"{unit} per {rate.group(1).lower()}" if unit and rate else unit


def figure_what(text: str, mention: Mention, quote: str, unit: str | None = None) -> str:
    """What a number measures (see :func:`_said_what`), never cut inside a name nor running
    on into another count (:func:`~summarizer.text.meaning.tidy.tidy_what`), with the period
    the number is of when the words right after it say ("totaled $194.7 billion in 2019":
    ..., 2019)."""
    before = _sentence_before(text, mention.start)
    penalty = penalty_what(text, mention, before)
    if penalty:  # "was sentenced to four years in prison": Joseph Milton's prison sentence
        return penalty
    sized = _sized(text, mention)
    if sized:  # "a 30-day period", "the 155-meter vessel", "Lai's seven-storey brothel"
        return sized
    aside = _aside_what(text, mention, before)
    if aside:  # "most of the dead - 595 - were civilians", "Selek, now 43, then headed"
        return aside
    compared = _compared_with(text, mention)
    said = _said_what(text, compared or mention, quote, None if compared else unit)
    what = tidy_what(said, text, (compared or mention).end, _MAX_WHAT_WORDS)
    what = owned_penalty(what, text, mention, before) if not compared else what
    if _bare_word(what):  # (the unit read again only then)
        what = _unit_said(unit or _unit_as_written(text, mention))
    if compared:  # "3.2 percent, compared with 2.5 percent in the second quarter": the same
        # measure as the number compared (at the period said after this one)
        earlier = _period_after(text, compared.end)
        what = what.removesuffix(f", {earlier}") if earlier else what
    when = _period_after(text, mention.end)
    once = not when or re.search(rf"(?<!\w){re.escape(when)}(?!\w)", what, re.I) is None
    if when and what and not what.endswith(")") and once:  # (once; not a level already
        return f"{what}, {when}"  # dated: "(after)")
    return what


def _aside_what(text: str, mention: Mention, before: str) -> str | None:
    """What a number set apart in a sentence measures: between dashes, the noun phrase before
    them ("The largest number of returnees - some 920,000 - have come": largest number of
    returnees); after a name and "now", the person's age ("Selek, now 43, then headed": age
    of Selek); None for any other number."""
    if _DASH_AFTER.match(text, mention.end):
        dashed = _DASH_BEFORE.search(before)
        if dashed:
            words = dashed.group("phrase").split()
            while words and words[0].lower() in DETERMINERS_AND_POINTERS | {"most", "all"}:
                words = words[1:]
            words = words[1:] if words and words[0].lower() == "of" else words
            while words and words[0].lower() in DETERMINERS_AND_POINTERS:
                words = words[1:]
            return " ".join(words[-_MAX_WHAT_WORDS:]) or None
    aged = _NOW_AGED.search(before)
    if aged and _AGE_CLOSED.match(text, mention.end):
        name = aged.group("name").split()
        name = name[1:] if len(name) > 1 and name[0] in _OPENERS else name  # ("Then Hisahito")
        return f"age of {' '.join(name)}"
    return None


# A number between dashes, with the words it counts or measures before them ("most of the dead
# - 595 - were civilians"; spaced dashes, not a hyphen or a range).
_DASH_AFTER = re.compile(r"\s+[-–—]\s+[a-z]")
_DASH_BEFORE = re.compile(
    r"(?:^|[,;:]\s+|\b(?:said|says|that)\s+)"
    r"(?P<phrase>(?:(?!(?:said|says|that)\b)[A-Za-z][\w’'-]*\s+){0,6}?"
    r"[A-Za-z][\w’'-]*)\s+[-–—]\s+(?:(?:some|about|around|nearly|almost|over|more\s+than)\s+)?$"
)
# "Selek, now 43, then headed", "Hisahito, now 10, was born": an age after a name.
_NOW_AGED = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}),\s+now\s+$")
_AGE_CLOSED = re.compile(r"\s*[,)]")
_OPENERS = word_set("Then And But So When While After Before Now Also Meanwhile")
# What a number measures is never a word that says nothing of it alone: punctuation, a
# function word, an adverb ("-", "if", "whom", "its", "respectively", "now"); then the unit
# says as much as the article does: a share, an amount, the noun counted.
_BARE_WORDS = word_set(
    "if whom who whose which what its it they them this these those that there here now then "
    "also respectively following somewhere did does do so as when where while"
)


def _bare_word(what: str) -> bool:
    """Whether ``what`` is no more than a bare word (:data:`_BARE_WORDS`, punctuation)."""
    return not re.search(r"[A-Za-z0-9]", what) or what.lower() in _BARE_WORDS


def _unit_said(unit: str | None) -> str:
    """What a unit alone says a number is: a share for percent, an amount for money, the
    counted noun, else "number" (for a ``what`` that is a bare word)."""
    if unit is None:
        return "number"
    if normalise_unit(unit) in (PERCENT, POINTS):
        return "share" if normalise_unit(unit) == PERCENT else "change in points"
    if currency_code(unit):
        return "amount"
    return unit


def _period_after(text: str, end: int) -> str:
    """The period the number ending at ``end`` is of, as the words right after it say ("in
    the third quarter": third quarter), or ""."""
    period = _PERIOD_AFTER.match(text, end)
    return " ".join((period.group("when") or period.group("relative")).split()) if period else ""


def _sized(text: str, mention: Mention) -> str | None:
    """What a number joined to its unit before a noun measures: the noun's length, height,
    size ("a 30-day period": length of period; "Lai's seven-storey brothel": height of Lai's
    brothel; "the 102-member parliament": size of parliament); None for another shape (not
    an age: "a nine-year-old boy")."""
    joined = _JOINED_MEASURE.match(text, mention.end)
    if joined is None or (joined.group("spaced") and not _spaced_measure(text, mention)):
        return None
    adjective = joined.group("adjective")
    kind = (
        f"{_DIMENSIONS[adjective]} of"
        if adjective
        else _SIZE_OF.get(joined.group("unit").lower().rstrip("s"))
    )
    if kind is None:
        return None
    owner = _OWNER_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    noun = " ".join(joined.group("noun").split())
    if kind == "length of" and noun.split()[0].lower() in _YOUNG:  # "an 8 month baby": an age
        kind = "age of"
    return f"{kind} {owner.group(1) + ' ' if owner else ''}{noun}"


_YOUNG = word_set("baby babies infant infants boy boys girl girls child children son daughter")


# A number's unit in the singular before a noun, its hyphen left out: "an eight year study",
# "the three day conference" (not after "one": "one year later" is no compound).
_SPACED_UNITS = (
    r"(?:day|week|month|year|hour|minute|decade|mile|kilometre|kilometer|metre|meter|foot|"
    r"storey|story)"
)
# ... after a determiner or an owner, as such a compound is written ("an eight year study",
# "the three day conference", "Lai's seven storey brothel"; a count has none: "90 day
# laborers were arrested").
_DETERMINED = re.compile(r"(?:\b(?:an?|the|its|his|her|their|this|that)|[A-Za-z]['’]s)\s+$", re.I)
_SPACED_MEASURE = re.compile(
    rf"\s+({_SPACED_UNITS})\s+(?!(?:of|in|on|at|to|for|from|by|and|or|ago|old|later|earlier|"
    r"before|after|long|high|deep|tall|wide|each|per|the|a|an)\b)[a-z]"
)
# A number joined to its unit, then the noun it measures: "30-day period in which", "155-meter
# vessel made", "eighty-foot tall statue" (up to a clause's next word or mark).
_JOINED_MEASURE = re.compile(
    rf"(?:-|(?P<spaced>\s+)(?={_SPACED_UNITS}\s+[a-z]))"  # (or with a space: see _SPACED_MEASURE)
    r"(?P<unit>[A-Za-z]+)(?:\s+(?P<adjective>tall|high|deep|wide|long))?\s+"
    r"(?P<noun>(?:[A-Za-z][\w’'-]*\s+){0,2}?[A-Za-z][\w’'-]*"
    # (with what it is of: "a 13-week extension of unemployment benefits")
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?!(?:which|whom|those)\b)[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)?)"
    r"(?=\s+(?:in|of|on|for|at|to|from|by|with|that|which|who|was|were|is|are|has|have|had|"
    r"made|requires|will|would|could|can|and|but|as|during|over|after|before|since|met|went|"
    r"took|won|lost|held|began|saw|left|came|sent|struck|found|said|says|led|put|got|gave|"
    r"told|became|kept|brought|shows|finds|[a-z]+ed)\b|"
    r"\s*[,;:.!?)]|\s*$)"
)
_SIZE_OF = {  # (by the unit; by an adjective after it, see _DIMENSIONS: "eighty-foot tall")
    **dict.fromkeys(("day", "week", "month", "year", "hour", "minute", "decade"), "length of"),
    **dict.fromkeys(("storey", "story"), "height of"),
    **dict.fromkeys(
        ("metre", "meter", "foot", "feet", "inch", "mile", "kilometre", "kilometer", "km"),
        "length of",
    ),
    **dict.fromkeys(("member", "seat", "strong"), "size of"),
}
_OWNER_BEFORE = re.compile(r"\b([A-Z][\w-]*['’]s)\s+$")


def _spaced_measure(text: str, mention: Mention) -> str | None:
    """The unit of "an eight year study", "the three day conference" (a singular unit after
    a number other than one, before a noun: a compound without its hyphen), or None."""
    spaced = _SPACED_MEASURE.match(text, mention.end)
    if spaced is None or mention.value_low == 1 or mention.unit_hint:
        return None
    if not _DETERMINED.search(text, max(0, mention.start - 30), mention.start):
        return None  # (not a count: "90 day laborers", "40 foot soldiers")
    return spaced.group(1).lower()


def _compared_with(text: str, mention: Mention) -> Mention | None:
    """The number of the same sentence a number is compared with ("4.1 percent compared to
    4.3 percent": 4.1 percent, for 4.3 percent), or None."""
    compared = _COMPARED_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if compared is None or not _NOTHING_SAID_AFTER.match(text, mention.end):
        return None  # (not "compared to 36 percent who felt ...": said of its own)
    opened = compared.start() - len(_sentence_before(text, compared.start()))
    earlier = [
        m for m in scan(text)
        if opened <= m.start and m.end <= compared.start() and m.is_figure
    ]  # fmt: skip
    return earlier[-1] if earlier else None


_COMPARED_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+$")
# ... and nothing said of the number compared but its unit and when: "2.5 percent in the
# second quarter.", "more than 20,000 a day in May last year."
_NOTHING_SAID_AFTER = re.compile(
    r"\s*(?:%|percent|per\s+cent)?(?:\s+(?:a|per)\s+(?:day|week|month|year))?"
    r"(?:\s+(?:in|for|during|on)\s+[^,;.!?()]{1,40}?|\s+(?:last|this|next)\s+\w+)?\s*(?:[,;.!?)]|$)"
)
# The period a number is of, right after it: "in 2019", "in the third quarter of 2017",
# "in September", "for fiscal year 2012" (past its unit: "1.2 percent in the third quarter").
_PERIOD_AFTER = re.compile(
    # (each word apart by a space; not a comparison's base: "higher than last year",
    # "compared with 2018", "from 2018")
    r"(?:\s*%|\s+(?!(?:than|from|compared|with|versus|against|since)\b)"
    r"(?:percent|per\s+cent|[a-z]+)){0,2}?\s+(?:(?:in|for|during)\s+(?:the\s+)?"
    rf"(?P<when>(?:(?:first|second|third|fourth)\s+quarter(?:\s+of\s+\d{{4}})?|"
    rf"(?:fiscal\s+(?:year\s+)?|FY\s*)?(?:19|20)\d\d|(?:{MONTH_NAMES})(?:\s+\d{{4}})?))|"
    r"(?P<relative>(?:last|this|next)\s+(?:year|month|quarter)))\b"
    r"(?!\s+(?:dollars|prices|terms)\b)"  # (not a price base: "in 2019 dollars")
)


def _said_what(text: str, mention: Mention, quote: str, unit: str | None = None) -> str:
    """What a number measures (see :func:`_figure_what`), tidied as a reader would say it:
    a toll as one ("people killed" for "kill/killing N people", "deaths" for "N deaths"),
    "others" counted as people, "a three point lead" as the lead, and a change noun alone
    with the words after it that say of what or when ("rise in May")."""
    if _ABOARD.match(text, mention.end) and not mention.unit_hint:
        return "people aboard"  # "a plane with 30 aboard" (not "aboard plane crashed")
    dimension = _DIMENSION.match(text, mention.end)
    if dimension and not mention.unit_hint:  # "in water 35 meters (about 115 feet) deep"
        return _DIMENSIONS[dimension.group(1).lower()]
    what = _figure_what(text, mention, quote)
    what = re.sub(r"^(?:still|now)\s+(?=[a-z])", "", what)  # "one is still missing"
    what = _with_counted(what, unit or _unit_as_written(text, mention), text[mention.end :])
    what = _verb_with_unit(what, unit or _unit_as_written(text, mention))
    were = _OTHERS_WERE.match(text, mention.end) if what == "others" else None
    what = were.group(1) if were else what  # "The six others were commandos": commandos
    what = re.sub(r"^others\b(?=.)", "people", what)  # "247 others were injured"
    what = _VOTES_SAID.get(what.lower(), what)  # "74 yeas": votes in favour
    what = re.sub(r"^lives (?:taken|claimed)\b", "people killed", what)  # "have taken 44 lives"
    what = re.sub(rf"^point (?=(?:{'|'.join(_MARGINS)})\b)", "", what)  # "three point lead"
    if what.lower() in _CHANGE_WORDS:  # "a 5.5% rise in May": rise in May
        said = _CHANGE_COMPLEMENT.match(text, mention.end)
        if said and said.group("noun").lower() == what.lower():
            words = _WORD.findall(said.group("rest"))[: _MAX_WHAT_WORDS - 1]
            verb = next((i for i, w in enumerate(words) if w.lower() in _VERB_AFTER_CHANGE), None)
            words = words[:verb] if verb is not None else words  # "decline since January
            # erased gains": decline since January
            if words:
                return " ".join([what, *words])
    toll = _PEOPLE_TOLL.match(what)
    counted = _COUNTED_TOLL.match(what) if toll is None else None
    if counted:  # "killing four civilians and wounding six": civilians wounded
        participle = _TOLL_PARTICIPLES[counted.group("word")]
        return f"{counted.group('noun')} {participle}{what[counted.end() :]}"
    if toll is None:
        return what
    word = toll.group("word").lower()
    if word in _TOLL_NOUNS:  # "people deaths": deaths
        return word + what[toll.end() :]
    return f"people {_TOLL_PARTICIPLES.get(word, word)}{what[toll.end() :]}"


def _with_counted(what: str, unit: str | None, after: str) -> str:
    """A single word said of a count right after it, with what it counts: "ten were white"
    white jurors, "only two were admitted" patients admitted, "1,500-2,000 in reserve"
    reserve drones."""
    if (
        unit is None or " " in what or not what.isalpha() or not what.islower()
        or _measure_unit(unit) or currency_code(unit) is not None
        or unit.split(" per ")[0] in what.lower()
        or not re.match(rf"\s+(?:(?:were|was|are|is)(?:\s+in)?|in)\s+{re.escape(what)}\b", after)
        or re.search(r"(?:[^s]s|ren|men|people)$", what)  # a noun: "12 were children"
    ):  # fmt: skip
        return what
    participle = what.endswith("ed") or unit == "people"  # "20 were hurt": people hurt
    where = " in" if re.match(r"\s+(?:(?:were|was|are|is)\s+)?in\s", after) else ""  # "80,000
    # in attendance"
    return f"{unit}{where} {what}" if participle else f"{what} {unit}"


def _verb_with_unit(what: str, unit: str | None) -> str:
    """A verb alone said of a number, with what the number counts or measures: "at least 275
    have died" people died, "more than 1.8 million repatriated" people repatriated, "has pledged
    a further US$ 100,000" amount pledged (never the verb alone)."""
    if unit is None or not re.fullmatch(r"[a-z]+", what):
        return what
    if not (_PARTICIPLE.match(what) or _participle_of(what) or what in _TOLL_WORDS):
        # ("died", "fled", "missing")
        return what
    if currency_code(unit.split(" per ")[0]) is not None:
        return f"amount {what}"
    if _measure_unit(unit) or unit in (PERCENT, POINTS, "percentage points") or " " in unit:
        return what
    return f"{unit} {what}" if _plural(unit) else what


# A rate of growth: "The U.S. economy grew at a 2.8 percent annual rate", "the economy grew by
# an annualised rate of 5.7%", "China's economy expanded at a 7.3 percent pace".
_PACE = re.compile(
    r"(?:^|[,;:]|\bthat)\s*(?P<subject>(?:[\w.’'-]+\s+){0,4}?[\w.’'-]+)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?P<verb>grew|grown|expanded|increased|rose|contracted|shrank|shrunk|declined|fell|"
    r"slowed|accelerated)\s+(?:at|by)\s+(?:an?|its|the)\s+"
    r"(?:(?P<adjective>annual|annualized|annualised|yearly|quarterly|monthly|seasonally adjusted)"
    r"\s+)?(?:(?P<of>rate|pace)\s+of\s+)?$",
    re.I,
)
_RATE_AFTER = re.compile(
    r"\s*(?:%|percent|per cent)?\s*(?:(?P<adjective>annual|annualized|annualised|yearly|"
    r"quarterly|monthly|seasonally adjusted)\s+)?(?P<of>rate|pace)?\b"
    r"(?P<when>\s*\b(?:in|during|for|over)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2})?",
    re.I,
)
_SHRANK = word_set("contracted shrank shrunk declined fell")
_CLAUSE_OPENS = re.compile(
    r"\b(?:that|which|who|said|says|then|since|and|but|as|when|while|showed|shows)\b", re.I
)
_CHANGE_WORDS = frozenset([*CHANGE_NOUN.split("|"), "boost", "growth", "contraction"])
# The words after a change noun that say of what or when: "rise in May", "decrease from
# the close of trading Wednesday" (up to a clause break).
_CHANGE_COMPLEMENT = re.compile(
    r"\s*(?:%|percent|per cent|percentage points?|points?)?\s*(?P<noun>[a-z]+)\s+"
    r"(?P<rest>(?:in|from|of|on|since|over|compared with)\s+[^,;:.!?()“”\"]{1,60})"
)
_VERB_AFTER_CHANGE = word_set(
    "was were is are has have had will would could erased wiped compared followed came left "
    "pushed sent brought took helped"
)
_PEOPLE_TOLL = re.compile(r"^people (?P<word>[a-z]+)\b")
_TOLL_NOUNS = word_set("deaths casualties victims injuries fatalities")
_TOLL_PARTICIPLES = {
    **dict.fromkeys(("kill", "kills", "killing"), "killed"),
    **dict.fromkeys(("injure", "injures", "injuring"), "injured"),
    **dict.fromkeys(("wound", "wounds", "wounding"), "wounded"),
    **dict.fromkeys(("die", "dies", "dying", "died"), "dead"),
    **dict.fromkeys(("hurts", "hurting"), "hurt"),
}
_COUNTED_TOLL = re.compile(  # (the verbs of _TOLL_PARTICIPLES but "die" and "hurt")
    rf"^(?P<noun>[a-z]+s) (?P<word>{'|'.join(k for k in _TOLL_PARTICIPLES if k[:1] in 'kiw')})$"
)


def _growth_rate(text: str, mention: Mention) -> str | None:
    """A rate of growth as its subject's: "The U.S. economy grew at a 2.8 percent annual rate
    in July" (U.S. economy annual growth rate in July), "grew by an annualised rate of 5.7%",
    "expanded at a 7% pace", "contracted at an annual rate of 3.2%" (a contraction rate)."""
    paced = _PACE.search(_sentence_before(text, mention.start))
    rated = _RATE_AFTER.match(text, mention.end) if paced else None
    if not (paced and rated) or (paced.group("of") is None) != (rated.group("of") is not None):
        return None  # (the rate named once: before the number or after it)
    said = _CLAUSE_OPENS.split(paced.group("subject"))[-1]  # "He said that wages": wages
    said = re.split(r"\b(?:the|a|an|its|their|his|her)\s+", said, flags=re.I)[-1]
    grown = _WORD.findall(said)
    if not grown or grown[0].lower() in _PRONOUNS | {"which", "who", "that"}:
        return None  # ("It grew at a rate of 3 percent": what grew is elsewhere)
    kind = "contraction" if paced.group("verb").lower() in _SHRANK else "growth"
    adjective = (rated.group("adjective") or paced.group("adjective") or "").split()
    when = _WORD.findall(rated.group("when") or "")
    return " ".join([*grown[-4:], *adjective, kind, "rate", *when][: _MAX_WHAT_WORDS + 2])


def _figure_what(text: str, mention: Mention, quote: str) -> str:
    """What a number measures, in a few words of the article, by the construction it stands
    in: a change or the level it reached ("fall in revenue", :mod:`.changes`),
    a candidate's votes or a party's share (:mod:`.votes`), a toll
    (:mod:`.tolls`), a share of something or an amount named before or after
    it (:mod:`.amounts`); else what a count counts and what is said of it,
    as a participle phrase ("North Korean troops remaining in Kursk", "households supplied by
    Nordwerk Energie AG", :mod:`.objects`), or the words the clause gives
    around an amount."""
    if _margin_of(text, mention):  # "an increase of 2.6 percent (±1.2%)"
        return "margin of error"
    before, after = _clause_text(text, mention.start, mention.end)
    phrase, phrase_end = _noun_phrase_at(after)
    if _TIME_AFTER.match(after):  # "rose to 55 last year": a time, not what is counted
        phrase = []
    lasted = _duration(before, after)
    if lasted:  # "must be returned within twenty working days": deadline for returning
        return lasted
    level = _TOLL_LEVEL.search(before)
    if level:  # "with the death toll rising to 22 people", "the Ebola death toll has reached
        return level.group("toll")  # almost 7,000": the toll, not "people on Monday"
    rate = _growth_rate(text, mention)
    if rate:  # "The U.S. economy grew at a 2.8 percent annual rate in July": U.S. economy
        return rate  # annual growth rate in July
    named_count = not phrase and "number of" in text[max(0, mention.start - 200) : mention.start]
    number_of = (
        _NUMBER_SUBJECT.search(_sentence_before(text, mention.start)) if named_count else None
    )
    if number_of and (
        (number_of.group("to") or "").strip() in ("to", "at", "over", "above")
        or number_of.group("verb").lower() in _LEVEL_VERBS
    ):
        # "the number of confirmed deaths from the flu have reached twelve": what is counted,
        # as the subject names it (a change, "rose 15,000", is the change's)
        words = _WORD.findall(number_of.group("words"))[:_MAX_WHAT_WORDS]
        while words and words[-1].lower() in (TRAILING | STOP_WORDS | _CLAUSE_WORDS):
            words.pop()
        if words and not (len(words) == 1 and words[0].lower() in _TOLL_WORDS):
            # ("the number of injured": as a toll is read, below); an aside in brackets
            # says which ("civilians killed (not including police)")
            aside = number_of.group("aside")
            return " ".join(words) + (f" {aside.strip()}" if aside else "")
    raised = None if phrase else _RAISED_FROM.search(before)
    objects = [
        w for w in (_WORD.findall(raised.group("object")) if raised else [])
        if w.lower() not in DETERMINERS_AND_POINTERS and not w.lower().endswith("ly")
    ]  # fmt: skip
    if raised and objects:  # "raised its main rate from 5 percent": the rate, before
        later = bool(raised.group("to"))
        when = _dated(text, mention.end, later=later) or ("after" if later else "before")
        return " ".join(objects[: _MAX_WHAT_WORDS - 1]) + f" ({when})"
    change = _CHANGE_WHAT.search(before) if _FROM_AT_END.search(before) else None
    if change and not phrase:  # "seats ... increased from 9 to 10": the level before, after
        subject = _WORD.findall(change.group("subject"))
        while subject and subject[0].lower() in (_CONNECTIVES | STOP_WORDS | TRAILING):
            subject.pop(0)
        priced = subject_of(change.group("subject"))  # "Acme saw its shares": Acme share price
        if priced and priced.endswith("share price"):
            subject = priced.split()
        if not subject and not change.group("subject").strip():
            # "Returns, which equal the price times the yield, fell from $597": Returns
            aside = subject_before_aside(text, mention.start - len(before))
            subject = aside.split() if aside else []
        if subject:
            later = bool(change.group("to"))
            when = _dated(text, mention.end, later=later) or ("after" if later else "before")
            return " ".join(subject[-(_MAX_WHAT_WORDS - 1) :]) + f" ({when})"
    unit = _unit_as_written(text, mention)
    heads = (
        bool(phrase)
        and unit is not None
        and (
            unit.split(" per ")[0] == phrase[-1].lower()
            or (unit == "people" and bool(_DEMONYM.fullmatch(phrase[-1])))  # "five Americans"
            or (unit == "people" and phrase[-1].lower() == "others")  # "247 others were hurt"
        )
    )  # the phrase after the number is what the unit counts
    counted = heads and unit is not None and not _measure_unit(unit)
    changed = None if counted else (
        level_what(text, mention.start) or restated(text, mention.start)
        or change_what(text, mention.start, mention.end)
    )  # fmt: skip
    if changed:  # "Revenue fell 4.1%": fall in revenue; "... to 151 billion": revenue
        return changed
    voted = votes_what(text, mention.start, mention.end) if unit == "votes" else None
    if unit == PERCENT and not voted:  # "29.1 percent for the PLR": its vote share
        voted = share_of_vote(text, mention.start, mention.end)
    if voted:  # "Ann Lee was elected with 9,000 votes": Ann Lee's votes
        return voted
    ranged = bool(re.match(r"between\b", text[mention.start : mention.end], re.I))
    raw_before = text[max(0, mention.start - 60) : mention.start]
    named = named_before(before, ranged=ranged, raw=raw_before)  # "put the damage at"
    if named and named[0] in ("value", "cost") and unit and " per " in unit:
        named = [*named, "per", unit.split(" per ")[1]]  # "worth 250,000 won per person"
    following = [m.group(0) for m in _WORD.finditer(after)]
    beyond = [m.group(0) for m in _WORD.finditer(after, phrase_end)]
    toll = _toll(_WORD.findall(before))
    if unit == "people" and toll and not phrase:  # "killing 107": people killed
        return f"people {toll}" + headline_event(text, mention.value_low)
    left = left_dead(text, mention.start, phrase) if unit == "people" else None
    if left:  # "a mudslide which left six people dead": people killed by mudslide
        return left
    counts_people = unit == "people" or (
        unit is not None and _plural(unit) and unit.lower() not in _TOLL_WORDS
    )
    if counts_people and phrase and phrase[0].lower() in _TOLL_WORDS:  # "4 dead"
        return f"{unit} {phrase[0].lower()}"  # (or "and another 129 injured": civilians)
    sampled = sample_what(text, mention.start)  # "a poll of 2,400 respondents"
    if sampled and phrase and phrase[-1].lower() == (unit or "").split(" per ")[0]:
        return sampled
    answered: list[str] = []
    if unit == PERCENT:  # "35 percent said ...", "36 percent who felt ...": past the clause
        said = _WORD.findall(SENTENCE_REST.split(text[mention.end : mention.end + 120])[0])
        said = said[1:] if said and normalise_unit(said[0]) == PERCENT else said
        said = said[1:] if said and said[0].lower() == "who" else said
        polled = _POLLED.match(text, mention.end)
        if polled and (
            _NOT_ASKED.search(polled.group("who")) or _SAID_TO.match(text, polled.end())
        ):  # "won 42 percent of the vote and said", "20 percent of the crop said to be"
            polled = None
        if polled:  # "20 percent of those surveyed said", "of U.S. voters thought"
            reply = text[polled.start("verb") : polled.start("verb") + 120]
            said = _WORD.findall(SENTENCE_REST.split(reply)[0])
        answered = respondents(said, _predicate(said, content=4))
        who = _who_answered(polled.group("who")) if polled else []
        if answered and who:
            answered = [*who, *answered[1:]]
    if phrase and unit == PERCENT and phrase[0].lower() in SHARE_ADJECTIVES:
        phrase = []  # "31 percent full": what the clause's subject is
    raw_after = text[mention.end : mention.end + 160]
    standing = _STANDING.match(raw_after)
    stood = stood_as(standing.group(1).lower(), before, raw_after) if standing else []
    shared = (
        share_of(_WORD.findall(before), phrase)
        if unit == PERCENT
        and re.match(r"\s*of\b", after)
        and not _POLLED.match(text, mention.end)  # "of voters said ...": a poll's answer
        else []
    )
    measured = _measured(unit, phrase, _lead(text, mention.start, most=9)[0])
    pointed = _POINTED.match(after)
    referent = _referent(text, mention.start) if pointed else None
    distance = _DISTANCE.match(text, mention.end) if phrase else None
    area = _area(text, mention.start, mention.end) if unit and _AREA.fullmatch(unit) else []
    if distance:  # "64 km west of Navidad": distance west of Navidad
        way = distance.group("way").lower().split()
        words = ["distance", *way, *distance.group("place").split()]
        located = _LOCATED.search(before)
        if located:  # "the epicenter was located 9 km east of X": the epicenter's distance
            words = [located.group(1).lower(), *words]
    elif area:  # "the fire has burned 282 square kilometers": area burned by the fire
        words = area
    elif stood and unit in (PERCENT, POINTS, "points"):
        words = stood  # "31 percent full": fill level of ...; "3 points ahead of": lead
    elif referent and pointed:  # "20 of them were downed": drones downed
        words = [referent, *_predicate(_said_of(_WORD.findall(after[pointed.end() :])))]
    elif answered:  # "Fifteen percent felt that ...": the poll's respondents
        words = answered
    elif shared:  # "intercepted 92 percent of the drones": share of drones intercepted
        # "half of that amount coming from the budget": where the share comes from
        coming = beyond and beyond[0].lower().endswith("ing") and beyond[0].islower()
        # "2% of the group were unable to communicate": what is said of them
        linked = _said_of(beyond) if beyond and beyond[0].lower() in _LINKING else []
        words = shared + (_predicate(beyond) if coming else _predicate(linked))
    elif heads:  # a count: what it counts, what is said of it
        if beyond and beyond[0][:1].isupper():  # names after it, cut at their "and"
            beyond = _sentence_after(text, mention.end, phrase[-1]) or beyond
        linked = _said_of(beyond)
        said = _predicate(linked) or _shared(text, mention.end, phrase[-1])
        if linked is beyond and _plural(phrase[-1].lower()):  # no "are": "pilgrims arrive"
            said = _ongoing(said)
        lead, adjacent = _lead(text, mention.start, most=9)
        acted = acted_on(lead, antecedent(text, mention.start)) if adjacent else None
        first = _FIRST_OBJECT.search(text[max(0, mention.start - 80) : mention.start])
        if acted is None and first:  # "shot down 381 drones and 31 missiles": both shot down
            at = mention.start - len(first.group(0))
            lead, adjacent = _lead(text, at, most=9)
            before = _segments_before(text, at)[-1]
            acted = acted_on(lead) if adjacent else None
        lost = _lost(acted.participle if acted else [], phrase, text, mention.start)
        if lost is not None:  # "Bahia has suffered seven fatalities": deaths in Bahia
            words = ["deaths", *(["in", *lost] if lost else [])]
        elif acted and _object_of(before, lead[-1]) and (not said or said[0].lower() in _ON):
            # "Air defenses shot down 381 drones": drones shot down (by Air defenses).
            agent = ["by", *acted.agent] if acted.agent else []
            words = phrase + _with_participle(said, acted.participle) if said else []
            words = words or phrase + acted.participle + agent
        elif (
            not said
            and named == ["depth"]
            and _measure_unit(unit or "")
            and _AT_DEPTH.search(text, max(0, mention.start - 20), mention.start)
        ):
            # "at a depth of 31 kilometers": the depth of the quake the paragraph is about
            quake = _quake_before(text, mention.start)
            words = ["depth", *(["of", *quake] if quake else [])]
        elif named and named[-1].lower() in _CHANGE_WORDS:  # "a net gain of 113,000 jobs
            # in January": net gain in jobs in January
            words = [*named, "in", *phrase, *(said if said and said[0].lower() in _ON else [])]
        elif not said and named:  # "a second deployment of 3,000 troops"
            words = [*named, f"({' '.join(phrase)})"]
        else:
            # Nothing said after it ("about 11,000 troops, including ..."): what the clause
            # before it says ("North Korea initially deployed about 11,000 troops").
            words = phrase + (said or [w for w in lead[-4:] if w.lower() != "there"])
            # (not the "There" of "There were 12 flu deaths")
    elif measured:  # "a magnitude 6.6 aftershock": magnitude of aftershock
        words = measured

    elif (
        phrase
        and currency_code(phrase[0]) is None
        and not (unit and currency_code(unit) and _PARTICIPLE.match(phrase[0].lower()))
    ):  # "a 12.6% drop in net profit" (not "$3 million arrived": a verb)
        # "45 percent of respondents felt ...": who answered, and what.
        answer = _predicate(beyond) if beyond and beyond[0].lower() in OPINION_VERBS else []
        words = phrase + (answer or _complement(beyond))
    else:
        rest = following[1:] if phrase else following  # past the currency word
        lead, adjacent = _lead(text, mention.start)
        said = _predicate(rest)
        # "Of the total, 6.1 trillion won will fund vouchers": a lead-in cut off by a comma
        # says less than what the clause says of the amount.
        words = (said or lead) if lead and not adjacent else (lead or said)
        complement = amount_complement(rest)  # "9.7 trillion won in new bonds"
        modified = _modified(text, mention.start, rest) if phrase else []
        relative = _RELATIVE_ACT.match(text, mention.end) if phrase else None
        if named:  # "a budget of 9 trillion won (for flood relief)"
            words = named + ([rest[0], *complement] if complement else [])
        elif modified:  # "a 50-thousand dollar emergency grant": the grant
            words = modified
        elif not complement and relative:  # "the 1.1 trillion rubles that it offered to X"
            words = ["amount", *_predicate(_WORD.findall(relative.group("said")))]
        else:
            words = complement or words
    if unit == "magnitude" and [
        w.lower() for w in words if w.lower() not in _PRONOUNS | {"of"}
    ] in ([], ["magnitude"]):  # "It had a magnitude of 4.1": the paragraph's quake
        quake = _quake_before(text, mention.start)
        words = ["magnitude", "of", *quake] if quake else words
    words = [w for w in words[:_MAX_WHAT_WORDS] if not _measure_word(w)]
    while words and (words[0].lower() in TRAILING or words[0].lower() in STOP_WORDS):
        words.pop(0)
    if [w.lower() for w in words[:2]] in _HEDGES:  # "I think the death toll": the toll
        words = words[2:]
        while words and (words[0].lower() in STOP_WORDS or words[0].lower() in TRAILING):
            words.pop(0)
    while words and (
        words[-1].lower() in TRAILING or words[-1].lower() in STOP_WORDS
        or words[-1].lower() in AUXILIARIES or words[-1].lower() in DANGLING
    ):  # fmt: skip
        words.pop()  # never ends on "of", "the" or "must"
    if len(words) == 1 and (_PARTICIPLE.match(words[0]) or _participle_of(words[0])):
        # a verb alone ("totaled"): its subject
        words = _verb_subject(text, mention.start - len(before), mention.start, words[0]) or words
    if words:
        return " ".join(words).replace("_", " ")
    return _nearby(quote, unit)


# A relative clause a number stands in: "This shipment, which is valued at $13.3 million".
_WHICH_IS = re.compile(
    r"(?:^|[.;:]\s+|\n)(?P<subject>[^,.;:\n]{3,60}),\s+(?:which|that)\s+(?:is|was|are|were|"
    r"has\s+been|had\s+been)\s+[a-z]+\s+(?:at\s+)?$"
)
_VALUED = word_set("valued worth")
_SOLD = word_set("sold bought priced")
_SAID_THAT = word_set("said says say told that")
_DETERMINERS = DETERMINERS_AND_POINTERS | {"that"}


def _verb_subject(text: str, clause: int, number: int, verb: str) -> list[str]:
    """What a number measures when the clause before it is one verb: the verb's subject, set
    apart from it by an aside ("Spending for SNAP, which accounted for ..., totaled $60.4
    billion": Spending), or, for a value, the subject of the relative clause it stands in
    ("This shipment, which is valued at $13.3 million": value of this shipment); [] when
    neither stands there."""
    which = _WHICH_IS.search(text[max(0, clause - 120) : number])
    if which:
        words = _WORD.findall(which.group("subject"))
        said = [i for i, w in enumerate(words) if w.lower() in _SAID_THAT]  # "officials said
        words = words[said[-1] + 1 :] if said else words  # the shipment": the shipment
        named = [i for i, w in enumerate(words) if w.lower() in _DETERMINERS]
        words = words[named[-1] :] if named else words[-4:]  # "In 2010 the bridge": the bridge
        subject = (
            [words[0].lower(), *words[1:]] if words and words[0].lower() in _DETERMINERS else words
        )
        if verb.lower() in _VALUED:
            return ["value", "of", *subject]
        return ["price", "of", *subject] if verb.lower() in _SOLD else subject
    aside = subject_before_aside(text, clause)
    return aside.split()[:_MAX_WHAT_WORDS] if aside else []


# A distance from a place: "64 kilometers west of Navidad", "20 miles from the border".
_DISTANCE = re.compile(
    r"\s*(?:kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?|feet|ft|nautical\s+miles?)\s+"
    r"(?:\([^()]{1,40}\)\s*)?(?:to\s+the\s+)?"  # "9 kilometers (about six miles) east of"
    r"(?P<way>(?i:(?:north|south|east|west|northeast|northwest|southeast|southwest|"
    r"north-east|north-west|south-east|south-west)(?:\s+of)?|from|off|away\s+from|outside))\s+"
    r"(?P<place>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|the\s+[a-z]+)"
)


_AREA = re.compile(r"square \w+|hectares|acres")
_AREA_ACTED = re.compile(
    r"\s*(?:square\s+\w+|hectares|acres)\s+(?:have|has|had|were|was)\s+(?:been\s+)?"
    r"(?P<verb>[a-z]+ed|burnt|burned)\b(?:\s+by\s+(?:the\s+)?(?P<agent>[a-z]+(?:\s+[a-z]+)?))?"
)
_AREA_OF = re.compile(r"\s*(?:square\s+\w+|hectares|acres)\s+of\s+(?P<what>[a-z]+)\b")


def _area(text: str, start: int, end: int) -> list[str]:
    """An area a verb acts on, as the area acted on and by whom ("has burned 282 square
    kilometers": area burned by the fire; "20,500 square kilometers have burned": area
    burned); [] when no verb stands right before or after it."""
    of = _AREA_OF.match(text, end)  # "2 million acres of corn": area of corn
    area = ["area", *(["of", *of.group("what").split()] if of else [])]
    lead, adjacent = _lead(text, start, most=9)
    acted = acted_on(lead) if adjacent else None
    if acted is not None:
        return [*area, *acted.participle, *(["by", *acted.agent] if acted.agent else [])]
    passive = _AREA_ACTED.match(text, end)
    if passive is None:
        return []
    agent = passive.group("agent")  # "were destroyed by the blaze"
    return [*area, passive.group("verb").lower(), *(["by", *agent.split()] if agent else [])]


def _lost(participle: list[str], phrase: list[str], text: str, start: int) -> list[str] | None:
    """Where deaths were suffered, when a place "lost" or "suffered" the count: "Bahia has
    suffered seven fatalities", "The state of Amazonas has lost eight people" (the place; []
    when the clause names none: "and has lost nine residents"); None for any other count.
    People or residents lost are deaths only where the article has spoken of death by then."""
    if [w.lower() for w in participle] not in (["lost"], ["suffered"]) or not phrase:
        return None
    if _LOST_ELSEWISE.match(text, start):  # "lost 40 residents to emigration since 2010"
        return None
    counted = phrase[-1].lower()
    if counted not in _DEATHS and not (
        counted in _INHABITANTS
        and participle[0].lower() == "lost"
        and _first_death_word(text) < start
    ):
        return None
    segments = _segments_before(text, start)
    said = _PLACE_LOST.match(segments[-1])
    if said is None and _NO_SUBJECT.match(segments[-1]):
        # "Maranhão has been hit the hardest, and has lost nine residents": Maranhão
        opening = next((seg for seg in reversed(segments[:-1]) if seg.strip()), "")
        said = _PLACE_OPENS.match(opening)
    if said is None:
        return None  # (no place: "France, which has suffered 28,000 deaths" reads as before)
    place = said.group("place").split()
    return place[1:] if place[0] == "The" and len(place) > 1 else place


@lru_cache(maxsize=8)
def _first_death_word(text: str) -> int:
    """Where the article first speaks of death (its length when it never does); one search
    per article, not one per count."""
    found = _DEATH_WORDS.search(text)
    return found.start() if found else len(text)


# A place opening its clause: "Bahia", "The state of Amazonas" (Amazonas).
_PLACE = (
    r"\s*(?:[Tt]he\s+(?:state|province|region|city|town|village|district)\s+of\s+)?"
    r"(?P<place>(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)"
)
_PLACE_LOST = re.compile(
    rf"{_PLACE}\b[^;:]*?\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+)?"
    r"(?:lost|suffered)\s*$"
)
_PLACE_OPENS = re.compile(rf"{_PLACE}\s+(?:has|have|had|is|was)\b")
_NO_SUBJECT = re.compile(r"\s*(?:and\s+)?(?:has|have|had)\b")
_LOST_ELSEWISE = re.compile(r"\S+\s+(?:\w+\s+)?(?:to|since|over|through)\b")
_DEATHS = word_set("lives fatalities deaths casualties")
_INHABITANTS = word_set("people residents citizens inhabitants villagers")
_DEATH_WORDS = re.compile(
    r"\b(?:died|dead|deaths?|killed|toll|drowned|bodies|fatalit(?:y|ies)|lives)\b", re.I
)


_AT_DEPTH = re.compile(r"\bat\s+a\s+depth\s+of\s+(?:about\s+|some\s+|roughly\s+)?$", re.I)


def _quake_before(text: str, start: int) -> list[str]:
    """The quake a paragraph of an earthquake report is about by the time of ``start``: the
    last one it names before, with its ordinal ("The second tremor took place ... It had a
    magnitude of 4.1": second tremor); [] when it names none."""
    opened = text.rfind("\n", 0, start) + 1
    named = list(_QUAKE_NAMED.finditer(text, max(opened, start - 1000), start))
    if not named:
        return []
    return [w.lower() for w in named[-1].group(0).split()]


_QUAKE_NAMED = re.compile(
    r"\b(?:(?:first|second|third|fourth|fifth|sixth|last|latest|strongest|main|earlier)\s+)?"
    r"(?:earthquake|quake|aftershock|tremor|temblor|shock|shaking|shake)\b",
    re.I,
)


# What a distance in an earthquake report is of: "the quake's epicenter was about 230 km".
_LOCATED = re.compile(
    r"\b(?:(?:earth)?quake['’]s\s+)?(epicent(?:er|re)|quake|earthquake)\s+(?:was\s+|is\s+)?"
    r"(?:(?:located|centred|centered|struck|hit|occurred|lay|lies|was|is)\b)[^,;]*$",
    re.I,
)


def _measured(unit: str | None, phrase: list[str], lead: list[str]) -> list[str]:
    """What a measure named before its number is of: "a magnitude 6.6 aftershock" ->
    magnitude of aftershock; "the accidents were rated at level five" -> rating of
    accidents; [] when the unit is no such measure."""
    if unit not in _NAMED_MEASURES:
        return []
    if phrase and phrase[0].lower() == unit:  # "9.0 magnitude earthquake": of earthquake
        phrase = phrase[1:]
    if phrase:
        return [unit, "of", *phrase]
    words = [w for w in lead if w.lower() not in AUXILIARIES and w.lower() not in TRAILING]
    if words and words[-1].lower() == unit:
        words = words[:-1]
    at = next((i for i, w in enumerate(words) if _PARTICIPLE.match(w.lower())), None)
    verb = words[at].lower() if at is not None else None
    # "the accidents were rated at": the subject; "upgraded the crisis to": the object.
    said = words if at is None else words[:at] if verb == "rated" else words[at + 1 :]
    thing = [re.sub(r"['’]s$", "", w) for w in said if w[:1].islower() and not w.endswith("ly")]
    if not thing:
        return []
    if verb == "rated":  # "were rated at level five": their rating
        return ["rating", "of", *thing[-3:]]
    # "upgraded the crisis to a level seven": the upgraded level of the crisis
    return [*([verb] if verb else []), unit, "of", *thing[-3:]]


_NAMED_MEASURES = word_set("magnitude level category grade scale")


def _modified(text: str, start: int, rest: list[str]) -> list[str]:
    """ "a 50-thousand dollar emergency grant": an amount that modifies the noun after its
    currency is that noun; [] when no article stands before the amount or a preposition
    or verb comes after the currency."""
    if not re.search(r"\b(?:a|an)\s+$", text[max(0, start - 4) : start], re.I):
        return []
    out: list[str] = []
    for word in rest:
        low = word.lower()
        if low in _ON or low in STOP_WORDS or low in _ENDS_PHRASE or re.search(r"\d", word):
            break
        if _PARTICIPLE.match(low) or low.endswith("ing") or len(out) == 3:
            break
        out.append(word)
    return out


_SHARED = re.compile(
    r"^\s+and\s+[^,;:.()]{1,40}?\s+(?P<said>(?:will|would|were|are|was|is|have|has|had|"
    r"remain|remained)\b[^,;:()]*)"
)


def _sentence_after(text: str, end: int, noun: str) -> list[str]:
    """The words of the sentence after a count's noun (past commas and "and")."""
    at = text.find(noun, end, end + 80)
    if at < 0:
        return []
    return _WORD.findall(SENTENCE_REST.split(text[at + len(noun) : at + 240])[0])


def _shared(text: str, end: int, noun: str) -> list[str]:
    """What is said of two counts joined by "and" after the second ("17 helicopters and
    900 Marines will be sent to the area": helicopters sent too)."""
    at = text.find(noun, end, end + 80)
    if at < 0:
        return []
    shared = _SHARED.match(SENTENCE_REST.split(text[at + len(noun) : at + 200])[0])
    return _predicate(_said_of(_WORD.findall(shared.group("said")))) if shared else []


_PARAGRAPH_REACH = 600  # how far back "them" may point (a bound for very long paragraphs)


# An energy written in two words: "gigawatt hours", "kilowatt-hours" read as one unit.
_ENERGY = re.compile(r"(?:kilo|mega|giga|tera)?watt[ -]hours?$")
# A share said to be full, or a lead ("31 percent full", "3 points ahead").
_STANDING = re.compile(
    r"[\s”\"']*(?:percentage\s+points?|points?|percent|per\s+cent|%)?[\s”\"']*(full|ahead|behind)\b",
    re.I,
)
# An amount a relative clause says was acted on: "1.1 trillion rubles (US$ 44 billion) that
# it offered yesterday to Sberbank" -> amount offered yesterday to Sberbank.
_RELATIVE_ACT = re.compile(
    r"\s*[^\s,;.()]+\s*(?:\([^()]{0,40}\)\s*)?(?:that|which)\s+(?:it|they|he|she|we|the\s+\w+|"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:had\s+|has\s+|have\s+)?"
    r"(?P<said>[a-z]+ed\b[^,;.()]*)"
)
# The count before, joined by "and": "381 drones and " (its verb acts on both).
_FIRST_OBJECT = re.compile(r"\b\d[\d,.]*\s+(?:[A-Za-z-]+\s+){1,3}and\s+$")
# "20 of them", "most of those": a number of what was counted before.
_POINTED = re.compile(r"\s*of\s+(?:them|these|those)\b(?!\s+[a-z-]+(?:s|ed)\b)", re.I)
# A count written in the paragraph before: "126 Ukrainian drones".
_COUNT = re.compile(
    r"\b\d[\d,.]*(?:\s+(?:million|billion|thousand|hundred))?\s+(?:[A-Za-z-]+\s+){0,2}?"
    r"(?P<noun>[a-z]+s)\b"
)


def _dated(text: str, end: int, *, later: bool) -> str | None:
    """The year or month a level of a change is dated by, right after its number: "from
    265,000 in 1990 to 257,000 in 2008" (1990, 2008), or the years the change spans after
    both ("from $438 to $500 between 2012 and 2020": 2012 for the first, ``later`` 2020 for
    the second); None when it has none."""
    dated = _DATED.match(text, end)
    if dated:
        return " ".join(dated.group(1).split())
    spanned = _SPANNED.match(text, end)
    if spanned and bool(spanned.group("level")) != later:  # (the first level has "to B")
        return spanned.group("last" if later else "first")
    return None


def _sentence_before(text: str, start: int) -> str:
    """The words of ``start``'s sentence before it (up to 200 characters), brackets kept:
    "the number of civilians killed (not including police) was"."""
    window = text[max(0, start - 200) : start]
    ends = list(SENTENCE_REST.finditer(window))
    return window[ends[-1].end() :] if ends else window


def _paragraph_before(text: str, start: int, reach: int) -> str:
    """The words of ``start``'s paragraph before it (up to ``reach`` characters)."""
    window = text[max(0, start - reach) : start]
    return window[window.rfind("\n") + 1 :]


def _counted_subject(before: str) -> str | None:
    """What the subject of the number's clause counts, when it is a number or a population:
    "the number of confirmed deaths from the flu have reached" (deaths), "the total U.S.
    population will be" (people)."""
    if _POPULATION.search(before):
        return "people"
    counted = _NUMBER_SUBJECT.search(before)
    if counted is None:
        return None
    head = None
    written = None
    for original in counted.group("words").split():
        word = original.lower()
        if word in _IN_NAMES or word in _CLAUSE_WORDS or word.endswith("ing"):
            break  # "of the flu", "claiming benefits", "who ..."
        if head is not None and word.endswith("ed"):
            break  # "civilians killed"
        head, written = word, original
    if head is None:
        return None
    if written and _DEMONYM.fullmatch(written):  # "the number of Americans filing": people
        return "people"
    return head if _plural(head) else "people" if head in _TOLL_WORDS else None


def _referent(text: str, start: int) -> str | None:
    """The noun "them" stands for in "20 of them": the last counted plural in the
    paragraph before (never a unit of measure, a currency or a share)."""
    paragraph = _paragraph_before(text, start, _PARAGRAPH_REACH)
    nouns = [
        m.group("noun") for m in _COUNT.finditer(paragraph)
        if not _measure_word(m.group("noun")) and not _measure_unit(m.group("noun"))
        and m.group("noun") not in ("points", "percent")
    ]  # fmt: skip
    return nouns[-1] if nouns else None


def _measure_unit(unit: str) -> bool:
    """A unit of measure, not a counted noun: "tonnes", "gigawatts", "gigawatt hours"; a price
    per unit too ("cents per bushel")."""
    unit = (
        unit.split(" per ")[0]
        if currency_code(unit.split(" per ")[0]) or unit.startswith("cents per")
        else unit
    )
    return unit in (*MEASURES, PERCENT, POINTS, "points", "cents") or bool(
        re.search(r"watts?(?: hours?)?$", unit)
    )


def _measure_word(word: str) -> bool:
    """A unit of measure, not what is measured: "percent", "yuan", "US$"."""
    return currency_code(word) is not None or normalise_unit(word) in (PERCENT, POINTS)


def _duration(before: str, after: str) -> str | None:
    """What a span of time measures, by the word that opens it: "within 20 days" a deadline,
    "for two years" / "over the past 30 days" / "in thirty minutes" a duration, "every eight
    seconds" an interval; of the clause's content words before it ("deadline for Forms
    returned"). None for any other number, or a time after which something happened ("two
    years ago", "10 days in jail")."""
    span = _DURATION_AFTER.match(after)
    opener = _DURATION_BEFORE.search(before)
    if span is None or opener is None:
        return _since_or_until(before, after)
    kind = _DURATION_KINDS[opener.group("word").lower()]
    if kind == "time taken by" and _SINCE_RECORD.search(before[: opener.start()]):
        return None  # "its first loss in 20 years", "bonds maturing in 5 years"
    words = [
        w for w in _content_words(before[: opener.start()])
        if w.lower() not in _HEDGED and w.lower() not in _SPOKEN
    ]  # fmt: skip
    if not words:
        return None
    return f"{kind} " + " ".join(words[-(_MAX_WHAT_WORDS - 3) :])


def _content_words(clause: str) -> list[str]:
    """A clause's words that say what happened: no stop word, connective, auxiliary,
    pronoun, determiner or number."""
    return [
        w for w in _WORD.findall(clause)
        if w.lower() not in STOP_WORDS and w.lower() not in _CONNECTIVES
        and w.lower() not in AUXILIARIES and w.lower() not in _PRONOUNS
        and w.lower() not in DETERMINERS_AND_POINTERS and not re.search(r"\d", w)
    ]  # fmt: skip


_TIME_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)"
_DURATION_AFTER = re.compile(rf"\s*(?:(?:working|trading|business|calendar)\s+)?{_TIME_UNIT}\b")


def _since_or_until(before: str, after: str) -> str | None:
    """A span back or on from what the clause says happened: "taking power in a coup 17
    years ago" time since taking power coup, "officers arrived six minutes later" time until
    officers arrived (not a comparison's base: "up 5 percent from two years ago")."""
    since = _SINCE_OR_UNTIL.match(after)
    if since is None or re.search(r"\b(?:from|than|since|until)\s+$", before, re.I):
        return None
    words = _content_words(before)
    lowered = [w.lower() for w in words]
    if "since" in lowered:  # "has ruled since taking power": taking power
        words = words[len(lowered) - lowered[::-1].index("since") :]
    kind = "time since" if since.group(1).lower() == "ago" else "time until"
    return f"{kind} " + " ".join(words[-(_MAX_WHAT_WORDS - 3) :]) if words else None


_SINCE_OR_UNTIL = re.compile(rf"\s*{_TIME_UNIT}\s+(ago|later)\b", re.I)
_DURATION_BEFORE = re.compile(
    r"\b(?P<word>within|for|every|during|over the (?:past|last|next)|in the (?:past|last|next)|"
    r"in)\s+(?:(?:more|less|fewer) than\s+|"
    r"(?:about|almost|nearly|some|around|up to|at least)\s+)?$",
    re.I,
)
_DURATION_KINDS = {
    "within": "deadline for",
    "for": "duration of",
    "during": "duration of",
    "every": "interval between",
    "in": "time taken by",
    **dict.fromkeys(
        ("over the past", "over the last", "over the next", "in the past", "in the last",
         "in the next"),
        "period of",
    ),
}  # fmt: skip
_SINCE_RECORD = re.compile(
    r"\b(?:first|last|\w+est|biggest|worst|best|highest|lowest|most|least|maturing|due|"
    r"expiring)\b(?:\s+[\w’'-]+){0,3}\s*$",
    re.I,
)
_PRONOUNS = word_set("it its he she they them their this that these those we i you")
_HEDGED = word_set("almost nearly about around some roughly approximately")
_SPOKEN = NUMBER_WORDS | {"dozen", "half"}


def _toll(words: list[str]) -> str | None:
    """ "killed" for a clause ending "killing" (the verb that makes a number a toll)."""
    if words and words[-1].lower() in _TOLL_WORDS:
        word = words[-1].lower()
        return word[:-3] + "ed" if word.endswith("ing") else word
    return None


def _nearby(quote: str, unit: str | None) -> str:
    """When the clause names nothing: up to four content words of the quote, else the unit."""
    words = [
        w for w in _WORD.findall(quote)
        if not re.search(r"\d", w) and w.lower() not in STOP_WORDS and w.lower() not in TRAILING
        and w.lower() not in _NOT_WHAT and not _measure_word(w)
    ]  # fmt: skip
    if words:
        return " ".join(words[:4])
    if unit == PERCENT:
        return "share"
    if unit == POINTS:
        return "change in points"
    return f"amount in {unit}" if unit and currency_code(unit) else "number"


# Words that end a noun phrase after a number: prepositions, pronouns, relative words.
_ENDS_PHRASE = word_set(
    "due abroad earlier later ago "
    "after before since during into onto over under across between per than like amid via "
    "within without against toward towards through whose whom what where when why how it "
    "they them he she we you i this these those more less last next out now"
)
# A measure named before its number: "magnitude 6.6", "level seven", "category 4".
_MEASURE_BEFORE = re.compile(
    r"\b(magnitude|level|category|grade|scale)\s*$|\b(magnitude)(?:\s+of|'s|’s)?\s+(?:"
    r"(?:was|is|were|are|had been|has been|of)\s+)?(?:(?:revised|put|measured|set|estimated|"
    r"upgraded|downgraded|lowered|raised)\s+(?:at|to)\s+)?(?:(?:an?|at)\s+)?$|"
    r"\b(?:quake|earthquake|tremor|aftershock|shock)s?\s+(?:measuring|of\s+magnitude)\s*$|"
    # "put the strength of the quake at 7.0"
    r"\bstrength\s+of\s+the\s+(?:earth)?quake\s+(?:at|as|to)\s+$",
    re.I,
)  # ("a level of 10,520", "a scale of 500" name no unit)
# One side of a tally written with a dash ("507-19", "229–1"): the number, then the dash and
# the other side, or the other side and the dash before it.
_TALLY_SIDE = re.compile(r"[-–]\d")
_TALLY_SIDE_BEFORE = re.compile(r"\d[-–]$")
_VOTED = re.compile(r"\b(?:vot(?:ed|es?|ing)|passed|approved|adopted|rejected)\b", re.I)
# A stock index, whose levels and moves are points when no other unit is written.
_STOCK_INDEX = re.compile(
    r"\b(?:Dow(?:\s+Jones)?|Industrial Average|Nasdaq|S&P(?:\s+500)?|FTSE(?:\s+100)?|Nikkei|"
    r"DAX|CAC(?:\s+40)?|Hang Seng|KOSPI|Kospi|Sensex|Straits Times Index|ASX\s+200)\b"
)
_QUAKES = word_set(
    "quake earthquake tremor aftershock temblor quakes earthquakes tremors aftershocks temblors"
)
_MARGINS = ("lead", "margin", "advantage", "gap", "swing", "deficit")
_COUNTED_MARGIN = re.compile(
    rf"[ -](seat|vote|run|goal|stroke|game)[ -](?:{'|'.join(_MARGINS)}|majority)\b", re.I
)
_RICHTER = re.compile(r"\s+on\s+the\s+Richter\s+[Ss]cale\b")
# A people's plural after a count: "five Americans", "two Britons", "three Pakistanis".
_DEMONYM = re.compile(
    r"[A-Z][a-z]+(?:ans|ese|is)|Britons|Spaniards|Swedes|Danes|Poles|Finns|Scots|Dutch|Swiss|Thais"
)
# What a change counts: the plural noun it is said of, "seats (in ...) increased from N to".
_CHANGE_OF = re.compile(
    rf"\b(?P<noun>[a-z][a-z-]*[a-z]s)\b(?:\s+(?:in|of|at|on|for|among|across)\b[^,;:]*?)?"
    rf"\s+(?:have\s+|has\s+|had\s+)?{CHANGE_VERB}\b(?:\s+[\w'’-]+){{0,3}}?\s+from"
    r"(?:\s+\S+\s+to)?\s*$",
    re.I,
)
_CHANGE_BY = re.compile(  # the clause's subject (not "death toll from rain and landslides")
    r"(?:^|(?:said|says|say|that|,))\s*"
    r"(?:(?!(?:from|of|in|and|or|by|with|for|on|at|to|as|after)\b)[A-Za-z-]+\s+){0,4}"
    r"(?!(?:[Ww]as|[Hh]as|[Ii]s|[Ii]ts|[Hh]is|[Tt]his|[Tt]hus|[Dd]oes|[Gg]oes|[Ll]ess|[Pp]lus|"
    r"[Aa]cross|[Pp]erhaps|[Uu]nless|[Ww]hereas|[Aa]lways|[Ss]ometimes)\b)"  # (no noun: "was")
    rf"(?P<noun>[A-Za-z][a-z-]*[a-z]s)\b(?:\s+(?:in|of|at|on|for|among|across)\b[^,;:\d]{{1,40}}?)?"
    rf"\s+(?:have\s+|has\s+|had\s+)?{CHANGE_VERB}\s+(?:by|to)\s*$"
)
# Plural subjects a bare number after their change does not count: "Prices rose by 5".
_NOT_COUNTED = word_set(
    "prices rates shares stocks markets yields earnings profits revenues sales costs wages "
    "incomes exports imports savings reserves losses gains assets funds bonds futures indexes "
    "indices averages levels temperatures readings scores ratings numbers figures totals "
    "tolls counts estimates forecasts values volumes bills taxes debts deposits orders deficits "
    "surpluses inventories emissions margins spreads rents tensions odds leads bonuses times "
    "balances payments loans borrowings outlays receipts investments inflows outflows holdings "
    "purchases shipments premiums fees tariffs subsidies spending expenses benefits"
)
# The subject of a change, and whether the number is its level after ("from 9 to 10").
_NUMBER_WORD = rf"(?:{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})\b"
# "from" near the clause's end, which :data:`_CHANGE_WHAT` needs (a cheap look first: the
# full pattern tries every start of the clause).
_FROM_AT_END = re.compile(r"\bfrom(?:\s+\S+){0,7}\s*$", re.I)
_CHANGE_WHAT = re.compile(
    rf"(?P<subject>[^,;:]*?)(?:\s+|^)(?:have\s+|has\s+|had\s+)?{CHANGE_VERB}\b"
    r"(?:\s+[\w'’,.-]+){0,3}?\s+from"
    rf"(?P<to>\s+(?:\S*\d\S*|{_NUMBER_WORD})(?:\s+\S+){{0,4}}\s+to)?\s*$",
    re.I,
)
# A verb that changes its object from one level to another: "raised the rate from 5 to".
_RAISED_FROM = re.compile(
    r"\b(?:increas|rais|cut|reduc|lower|boost|expand|extend|doubl|trebl|tripl|halv)\w*\s+"
    r"(?P<object>(?:[\w'’-]+\s+){1,10}?)from(?P<to>(?:\s+\S+){1,3}\s+to)?\s*$",
    re.I,
)
_CONNECTIVES = frozenset({"hence", "and", "but", "so", "thus", "while", "meanwhile", "also"})
# A time after a number is when, not what is counted: "55 last year", "40 this month".
_TIME_AFTER = re.compile(
    r"\s*(?:last|this|next|that|each|every|per)\s+(?:year|month|week|day|quarter|season)\b",
    re.I,
)
# A speaker's framing before what they estimate: "I think the death toll ...".
_HEDGES = [["i", "think"], ["i", "believe"], ["we", "think"], ["we", "believe"],
           ["i", "guess"], ["i", "expect"], ["we", "expect"]]  # fmt: skip
# A toll counts people: "the death toll would have been more than a thousand".
_TOLL = re.compile(r"\b(?:death|casualty|casualties|human) toll\b[^,;]*$", re.I)
_TOLL_WORDS = word_set(
    "killing killed kill kills dead deaths died dying wounding wounded injuring injured "
    "injuries missing displaced evacuated rescued hurt casualties victims homeless stranded "
    "arrested detained hospitalized hospitalised abducted kidnapped"  # ("the 19 arrested so far")
)

# "the number of injured at", "the number of troops to": what a number stated after it counts.
_NUMBER_OF = re.compile(
    r"\b(?:number|total|count|tally) of (?:the )?(?:[a-z-]+ )?([a-z-]+) "
    r"(?:at|to|as|was|is|stood at)\s*$",
    re.I,
)

# "the (total) number of X ... has reached N": the subject counts X, however the clause goes
# on between ("the number of confirmed cases of the flu virus worldwide has surpassed").
_ABOUT = r"(?:about |some |nearly |almost |around |roughly |over |more than |at least )?"
# A cheap look before the sentence's patterns below: its words name a count.
_NAMES_A_COUNT = re.compile(r"number of|opulation|figure")
# A count called "the figure" after what it counts: "For the injured, the latest figure is".
_TOLL_FIGURE = re.compile(
    r"^(.*?)\bfigure\s+(?:is|was|stood\s+at|stands\s+at|at|of|to)\s+"
    rf"{_ABOUT}$",
    re.I,
)
_NUMBER_SUBJECT = re.compile(
    r"\b[Tt]he (?:(?:total|current|overall|latest|official|new|daily|weekly) )?number of (?:the )?"
    r"(?P<words>(?!(?:was|is|were|are|has|have|had|and)\b)[\w'’-]+"
    r"(?: (?!(?:was|is|were|are|has|have|had|and)\b)[\w'’-]+){0,8}?)"
    r"(?P<aside> ?\([^()]{1,40}\))? "
    r"(?:has |have |had )?"
    rf"(?P<verb>reached|surpassed|exceeded|topped|hit|stood at|stands at|totall?ed|was|is|"
    rf"were|are|"
    rf"{CHANGE_VERB})(?P<to> to| by| at| over| above)?\s*{_ABOUT}$",
    re.I,
)
_POPULATION = re.compile(
    r"(?:^|[Tt]he |[Tt]otal |[Ii]ts |[Tt]heir |['’]s |[A-Z][\w.-]* |(?:refugee|human|urban|rural|"
    r"prison|immigrant|migrant|adult|student|world) )"  # a people's (not "the elephant population")
    r"[Pp]opulation (?:of|is|was|will be|would be|stood at|stands at|reached|hit|topped|at)"
    rf"\s*{_ABOUT}$",
)
_DATED = re.compile(
    r"\s*(?:(?:an?|per)\s+[a-z]+\s+)?in\s+"
    rf"((?:{MONTH_NAMES}\s+)?(?:19|20)\d\d|{MONTH_NAMES})\b(?!\s*[-–])"
)
_SPANNED = re.compile(
    r"(?P<level>\s+to\s+\S*\d\S*(?:\s+(?:an?|per)\s+[a-z]+)?)?\s+(?:between|from)\s+"
    r"(?P<first>(?:19|20)\d\d)\s+(?:and|to)\s+(?P<last>(?:19|20)\d\d)\b"
)
# A toll said to reach a level: "the death toll rising to", "the Ebola death toll has reached".
_TOLL_LEVEL = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<toll>(?:(?!The\b)[A-Z][\w-]*\s+)?(?:death|casualty)\s+"
    r"toll)\s+(?:(?:has|had|have|now)\s+)*(?:rose|rising|risen|climbed|climbing|reached|"
    r"reaching|stands|stood|increased|jumped|hit|is|was)\s+(?:(?:to|at)\s+)?"
    r"(?:(?:about|almost|nearly|more\s+than|over|at\s+least|some|around|roughly)\s+)?$"
)
# "The six others were commandos": what the others were counts them.
_OTHERS_WERE = re.compile(r"\s*others\s+(?:were|are)\s+(?:all\s+)?([a-z]{3,}s)\b")
# A length said of a dimension: "35 meters deep", "waves reaching 2.5 meters (8 feet) high".
_DIMENSION = re.compile(
    r"\s*(?:meters|metres|feet|foot|kilometers|kilometres|km|miles|inches|centimeters|"
    r"centimetres|cm|yards)\)?(?:\s*\([^()]{0,40}\))?\s+(deep|high|tall|long|wide|thick)\b",
    re.I,
)
_DIMENSIONS = {
    "deep": "depth", "high": "height", "tall": "height", "long": "length", "wide": "width",
    "thick": "thickness",
}  # fmt: skip
# Those aboard a craft are people: "a plane with 30 aboard", "40 on board".
_ABOARD = re.compile(r"\s*(?:aboard|on\s+board)\b", re.I)
# Those who came to an event are people: "150 attended", "80,000 in attendance", "700 who had
# signed up", "some 2,000 marched" (a number with no noun of its own).
_ATTENDED = re.compile(
    r"\s*(?:who\s+)?(?:(?:had|have|has|were|are)\s+)?(?:attended|in\s+attendance|marched|"
    r"rallied|turned\s+out(?!\s+to\b)|took\s+part|signed\s+up|gathered)\b"
    r"(?!\s+(?:pace|momentum|steam|support|dust)\b)",
    re.I,
)
# A toll's noun said once for two counts: "76 Iraqi civilians were killed and another 129".
_ELIDED = re.compile(
    r"(?:\b\d[\d,.]*|\b(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens|scores|hundreds))\s+(?:[A-Za-z][a-z]+\s+)?(?P<noun>[a-z]+s)\s+"
    r"(?:were|have\s+been|had\s+been)\s+"
    r"(?:killed|wounded|injured|hurt|rescued)\b[^.;:]{0,40}?(?:,\s+(?:and\s+)?|\s+and\s+)"
    r"(?:another\s+|a\s+further\s+)?$"
)  # (or a list of them: "Seven soldiers were killed, two were rescued, and one is missing")
# ... and a toll's verbs in parallel, the noun said with the first: "killing four civilians
# and wounding six", "killed 12 soldiers and injured at least 30".
_TOLL_VERB = r"(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:e|es|ed|ing))"
_ELIDED_OBJECT = re.compile(
    rf"\b{_TOLL_VERB}\s+(?:at\s+least\s+|some\s+|about\s+)?(?:\d[\d,.]*|(?i:two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds))\s+"
    rf"(?:[A-Za-z][a-z]+\s+)?(?P<noun>[a-z]+s)\s*,?\s+and\s+{_TOLL_VERB}\s+"
    r"(?:at\s+least\s+|some\s+|about\s+|another\s+|a\s+further\s+)?$"
)
# A difference of two percentages, written in percent: "a 1.5% lead over McCain", "the
# margin of error for the poll is 0.87%" (in percentage points; not the shares of "a 21-20
# percent lead").
_PAIRED = re.compile(r"\d\s*[-–]\s*$")
_MARGIN_AFTER = re.compile(r"\s*(?:point\s+)?lead\b", re.I)  # (a "12% margin" on sales:
# a relative share)
_ERROR_MARGIN = re.compile(
    r"\bmargin\s+of\s+error\b[^.;:%]{0,60}?\b(?:is|was|of|at)\s+(?:plus\s+or\s+(?:minus\s+)?|±\s*)?$",
    re.I,
)
# A margin of error written right after the amount it bounds: "2.6 percent (±1.2%)",
# "45 percent, plus or minus 3 percent", "$5 billion (+/- 0.7%)" (the mention of "plus or
# minus 3" may start at "minus").
_PLUS_MINUS = re.compile(
    r"(?P<of>%|\b[Pp]er\s?cent|\d)?\s*[(,]?\s*"
    r"(?:±|\+/[-−]|\bplus\s+or(?P<minus>\s+minus)?)\s*$",
    re.I,
)


def _margin_of(text: str, mention: Mention) -> str | None:
    """Whether ``mention`` is a margin of error written with the amount it bounds: "percentage"
    when that amount is a percentage (so the margin is in percentage points), "amount" for
    any other, None when it is no margin."""
    margin = _PLUS_MINUS.search(text, max(0, mention.start - 40), mention.start)
    if margin is None or (
        "plus" in margin.group(0).lower()
        and not margin.group("minus")
        and not mention.text.lower().startswith("minus")
    ):
        return None
    of = margin.group("of")
    return "percentage" if of and not of[0].isdigit() else "amount"


_LEVEL_VERBS = word_set(
    "reached surpassed exceeded topped hit stood stands totaled totalled was is were are"
)
_CLAUSE_WORDS = word_set("in at on for with who that which whose among by from since")
# Votes on a motion, however they are named.
_VOTES_CAST = word_set("yeas nays ayes noes")
_VOTES_SAID = {
    **dict.fromkeys(("yeas", "ayes"), "votes in favour"),
    **dict.fromkeys(("nays", "noes"), "votes against"),
}

# "N percent of (the) U.S. voters said": who answered a poll (their share is the answer's).
_POLLED = re.compile(
    rf"\s*of\s+(?P<who>(?:[\w'’.-]+\s+){{1,4}}?)(?P<verb>{'|'.join(sorted(OPINION_VERBS))})\b",
    re.I,
)
_NOT_ASKED = re.compile(r"\b(?:and|but|while|which|who|that|whom)\b", re.I)
_SAID_TO = re.compile(r"\s+to\s+(?:be|have)\b")
# Who a poll asked, when the article says no more ("of those surveyed"): its respondents.
_ASKED = word_set(
    "surveyed polled questioned asked interviewed sampled responding respondents those all"
)


def _who_answered(who: str) -> list[str]:
    """The people a share of a poll's answers is of ("of U.S. voters said": U.S. voters);
    [] when that is just its respondents ("of those surveyed", "of respondents")."""
    words = [w for w in _WORD.findall(who) if w.lower() not in DETERMINERS_AND_POINTERS]
    if not words or all(w.lower() in _ASKED for w in words):
        return []
    return words


# Words that never say what an amount is.
_NOT_WHAT = word_set("us u.s billion million trillion thousand bn mn well")  # ("well over 150")
