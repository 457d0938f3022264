"""What the words around a number, beyond its own phrase, say it is: the subject of its verb,
the place that lost a toll, a quake's measures, the noun "them" stands for, the dates and
spans of a change, a margin's rival, and the quoted clause it stands in (:func:`nearby`)."""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.text.meaning.changes import (
    subject_before_aside,
)
from summarizer.text.meaning.objects import acted_on
from summarizer.text.meaning.patterns import (
    AREA_ACTED,
    AREA_OF,
    ASKED,
    CLAUSE_WORDS,
    CONNECTIVES,
    COUNT,
    DATED,
    DEATH_WORDS,
    DEATHS,
    DEMONYM,
    DETERMINERS,
    DURATION_AFTER,
    DURATION_BEFORE,
    DURATION_KINDS,
    ENDS_PHRASE,
    HEDGED,
    IN_NAMES,
    INHABITANTS,
    LOST_ELSEWISE,
    MAX_WHAT_WORDS,
    NAMED_MEASURES,
    NO_SUBJECT,
    NOT_WHAT,
    NUMBER_SUBJECT,
    ON,
    PARAGRAPH_REACH,
    PARTICIPLE,
    PEOPLE_ADJECTIVES,
    PLACE_LOST,
    PLACE_OPENS,
    PLUS_MINUS,
    POPULATION,
    PRONOUNS,
    QUAKE_NAMED,
    SAID_THAT,
    SHARED,
    SINCE_OR_UNTIL,
    SINCE_RECORD,
    SOLD,
    SPANNED,
    SPOKEN,
    TOLL_WORDS,
    VALUED,
    WHICH_IS,
    WORD,
)
from summarizer.text.meaning.phrases import lead_of, plural, predicate, said_of, segments_before
from summarizer.text.meaning.tidy import SENTENCE_REST
from summarizer.text.meaning.words import (
    AUXILIARIES,
    DETERMINERS_AND_POINTERS,
    STOP_WORDS,
    TRAILING,
)
from summarizer.text.numbers.quantities import Mention
from summarizer.text.numbers.units import (
    MEASURES,
    PERCENT,
    POINTS,
    currency_code,
    normalise_unit,
)


def verb_subject(text: str, clause: int, number: int, verb: str) -> list[str]:
    """What a number measures when the clause before it is one verb: the verb's subject, set
    apart from it by an aside ("Spending for SNAP, which accounted for ..., totaled $60.4
    billion": Spending), or, for a value, the subject of the relative clause it stands in
    ("This shipment, which is valued at $13.3 million": value of this shipment); [] when
    neither stands there."""
    which = WHICH_IS.search(text[max(0, clause - 120) : number])
    if which:
        words = WORD.findall(which.group("subject"))
        said = [i for i, w in enumerate(words) if w.lower() in SAID_THAT]  # "officials said
        words = words[said[-1] + 1 :] if said else words  # the shipment": the shipment
        named = [i for i, w in enumerate(words) if w.lower() in DETERMINERS]
        words = words[named[-1] :] if named else words[-4:]  # "In 2010 the bridge": the bridge
        subject = (
            [words[0].lower(), *words[1:]] if words and words[0].lower() in DETERMINERS else words
        )
        if verb.lower() in VALUED:
            return ["value", "of", *subject]
        return ["price", "of", *subject] if verb.lower() in SOLD else subject
    aside = subject_before_aside(text, clause)
    return aside.split()[:MAX_WHAT_WORDS] if aside else []


def area_words(text: str, start: int, end: int) -> list[str]:
    """An area a verb acts on, as the area acted on and by whom ("has burned 282 square
    kilometers": area burned by the fire; "20,500 square kilometers have burned": area
    burned); [] when no verb stands right before or after it."""
    of = AREA_OF.match(text, end)  # "2 million acres of corn": area of corn
    area = ["area", *(["of", *of.group("what").split()] if of else [])]
    lead, adjacent = lead_of(text, start, most=9)
    acted = acted_on(lead) if adjacent else None
    if acted is not None:
        return [*area, *acted.participle, *(["by", *acted.agent] if acted.agent else [])]
    passive = AREA_ACTED.match(text, end)
    if passive is None:
        return []
    agent = passive.group("agent")  # "were destroyed by the blaze"
    return [*area, passive.group("verb").lower(), *(["by", *agent.split()] if agent else [])]


def place_lost(participle: list[str], phrase: list[str], text: str, start: int) -> list[str] | None:
    """Where deaths were suffered, when a place "lost" or "suffered" the count: "Bahia has
    suffered seven fatalities", "The state of Amazonas has lost eight people" (the place; []
    when the clause names none: "and has lost nine residents"); None for any other count.
    People or residents lost are deaths only where the article has spoken of death by then."""
    if [w.lower() for w in participle] not in (["lost"], ["suffered"]) or not phrase:
        return None
    if LOST_ELSEWISE.match(text, start):  # "lost 40 residents to emigration since 2010"
        return None
    counted = phrase[-1].lower()
    if counted not in DEATHS and not (
        counted in INHABITANTS
        and participle[0].lower() == "lost"
        and _first_death_word(text) < start
    ):
        return None
    segments = segments_before(text, start)
    said = PLACE_LOST.match(segments[-1])
    if said is None and NO_SUBJECT.match(segments[-1]):
        # "Maranhão has been hit the hardest, and has lost nine residents": Maranhão
        opening = next((seg for seg in reversed(segments[:-1]) if seg.strip()), "")
        said = PLACE_OPENS.match(opening)
    if said is None:
        return None  # (no place: "France, which has suffered 28,000 deaths" reads as before)
    place = said.group("place").split()
    return place[1:] if place[0] == "The" and len(place) > 1 else place


@lru_cache(maxsize=8)
def _first_death_word(text: str) -> int:
    """Where the article first speaks of death (its length when it never does); one search
    per article, not one per count."""
    found = DEATH_WORDS.search(text)
    return found.start() if found else len(text)


def quake_before(text: str, start: int) -> list[str]:
    """The quake a paragraph of an earthquake report is about by the time of ``start``: the
    last one it names before, with its ordinal ("The second tremor took place ... It had a
    magnitude of 4.1": second tremor); [] when it names none."""
    opened = text.rfind("\n", 0, start) + 1
    named = list(QUAKE_NAMED.finditer(text, max(opened, start - 1000), start))
    if not named:
        return []
    return [w.lower() for w in named[-1].group(0).split()]


def measured_of(unit: str | None, phrase: list[str], lead: list[str]) -> list[str]:
    """What a measure named before its number is of: "a magnitude 6.6 aftershock" ->
    magnitude of aftershock; "the accidents were rated at level five" -> rating of
    accidents; [] when the unit is no such measure."""
    if unit not in NAMED_MEASURES:
        return []
    if phrase and phrase[0].lower() == unit:  # "9.0 magnitude earthquake": of earthquake
        phrase = phrase[1:]
    if phrase:
        return [unit, "of", *phrase]
    words = [w for w in lead if w.lower() not in AUXILIARIES and w.lower() not in TRAILING]
    if words and words[-1].lower() == unit:
        words = words[:-1]
    at = next((i for i, w in enumerate(words) if PARTICIPLE.match(w.lower())), None)
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


def modified_noun(text: str, start: int, rest: list[str]) -> list[str]:
    """ "a 50-thousand dollar emergency grant": an amount that modifies the noun after its
    currency is that noun; [] when no article stands before the amount or a preposition
    or verb comes after the currency."""
    if not re.search(r"\b(?:a|an)\s+$", text[max(0, start - 4) : start], re.I):
        return []
    out: list[str] = []
    for word in rest:
        low = word.lower()
        if low in ON or low in STOP_WORDS or low in ENDS_PHRASE or re.search(r"\d", word):
            break
        if PARTICIPLE.match(low) or low.endswith("ing") or len(out) == 3:
            break
        out.append(word)
    return out


def sentence_after(text: str, end: int, noun: str) -> list[str]:
    """The words of the sentence after a count's noun (past commas and "and")."""
    at = text.find(noun, end, end + 80)
    if at < 0:
        return []
    return WORD.findall(SENTENCE_REST.split(text[at + len(noun) : at + 240])[0])


def shared_words(text: str, end: int, noun: str) -> list[str]:
    """What is said of two counts joined by "and" after the second ("17 helicopters and
    900 Marines will be sent to the area": helicopters sent too)."""
    at = text.find(noun, end, end + 80)
    if at < 0:
        return []
    shared = SHARED.match(SENTENCE_REST.split(text[at + len(noun) : at + 200])[0])
    return predicate(said_of(WORD.findall(shared.group("said")))) if shared else []


def dated_by(text: str, end: int, *, later: bool) -> str | None:
    """The year or month a level of a change is dated by, right after its number: "from
    265,000 in 1990 to 257,000 in 2008" (1990, 2008), or the years the change spans after
    both ("from $438 to $500 between 2012 and 2020": 2012 for the first, ``later`` 2020 for
    the second); None when it has none."""
    dated = DATED.match(text, end)
    if dated:
        return " ".join(dated.group(1).split())
    spanned = SPANNED.match(text, end)
    if spanned and bool(spanned.group("level")) != later:  # (the first level has "to B")
        return spanned.group("last" if later else "first")
    return None


def sentence_before(text: str, start: int) -> str:
    """The words of ``start``'s sentence before it (up to 200 characters), brackets kept:
    "the number of civilians killed (not including police) was"."""
    window = text[max(0, start - 200) : start]
    ends = list(SENTENCE_REST.finditer(window))
    return window[ends[-1].end() :] if ends else window


def paragraph_before(text: str, start: int, reach: int) -> str:
    """The words of ``start``'s paragraph before it (up to ``reach`` characters)."""
    window = text[max(0, start - reach) : start]
    return window[window.rfind("\n") + 1 :]


def counted_subject(before: str) -> str | None:
    """What the subject of the number's clause counts, when it is a number or a population:
    "the number of confirmed deaths from the flu have reached" (deaths), "the total U.S.
    population will be" (people)."""
    if POPULATION.search(before):
        return "people"
    counted = NUMBER_SUBJECT.search(before)
    if counted is None:
        return None
    head = None
    written = None
    for original in counted.group("words").split():
        word = original.lower()
        if word in IN_NAMES or word in CLAUSE_WORDS or word.endswith("ing"):
            break  # "of the flu", "claiming benefits", "who ..."
        if head is not None and word.endswith("ed"):
            break  # "civilians killed"
        head, written = word, original
    if head is None:
        return None
    if written and DEMONYM.fullmatch(written):  # "the number of Americans filing": people
        return "people"
    people = head in TOLL_WORDS or head in PEOPLE_ADJECTIVES  # "the number of food insecure"
    return head if plural(head) else "people" if people else None


def referent_of(text: str, start: int) -> str | None:
    """The noun "them" stands for in "20 of them": the last counted plural in the
    paragraph before (never a unit of measure, a currency or a share)."""
    paragraph = paragraph_before(text, start, PARAGRAPH_REACH)
    nouns = [
        m.group("noun") for m in COUNT.finditer(paragraph)
        if not measure_word(m.group("noun")) and not measure_unit(m.group("noun"))
        and m.group("noun") not in ("points", "percent")
    ]  # fmt: skip
    return nouns[-1] if nouns else None


def measure_unit(unit: str) -> bool:
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


def measure_word(word: str) -> bool:
    """A unit of measure, not what is measured: "percent", "yuan", "US$"."""
    return currency_code(word) is not None or normalise_unit(word) in (PERCENT, POINTS)


def duration(before: str, after: str) -> str | None:
    """What a span of time measures, by the word that opens it: "within 20 days" a deadline,
    "for two years" / "over the past 30 days" / "in thirty minutes" a duration, "every eight
    seconds" an interval; of the clause's content words before it ("deadline for Forms
    returned"). None for any other number, or a time after which something happened ("two
    years ago", "10 days in jail")."""
    span = DURATION_AFTER.match(after)
    opener = DURATION_BEFORE.search(before)
    if span is None or opener is None:
        return _since_or_until(before, after)
    kind = DURATION_KINDS[opener.group("word").lower()]
    if kind == "time taken by" and SINCE_RECORD.search(before[: opener.start()]):
        return None  # "its first loss in 20 years", "bonds maturing in 5 years"
    words = [
        w for w in _content_words(before[: opener.start()])
        if w.lower() not in HEDGED and w.lower() not in SPOKEN
    ]  # fmt: skip
    if not words:
        return None
    return f"{kind} " + " ".join(words[-(MAX_WHAT_WORDS - 3) :])


def _content_words(clause: str) -> list[str]:
    """A clause's words that say what happened: no stop word, connective, auxiliary,
    pronoun, determiner or number."""
    return [
        w for w in WORD.findall(clause)
        if w.lower() not in STOP_WORDS and w.lower() not in CONNECTIVES
        and w.lower() not in AUXILIARIES and w.lower() not in PRONOUNS
        and w.lower() not in DETERMINERS_AND_POINTERS and not re.search(r"\d", w)
    ]  # fmt: skip


def _since_or_until(before: str, after: str) -> str | None:
    """A span back or on from what the clause says happened: "taking power in a coup 17
    years ago" time since taking power coup, "officers arrived six minutes later" time until
    officers arrived (not a comparison's base: "up 5 percent from two years ago")."""
    since = SINCE_OR_UNTIL.match(after)
    if since is None or re.search(r"\b(?:from|than|since|until)\s+$", before, re.I):
        return None
    words = _content_words(before)
    lowered = [w.lower() for w in words]
    if "since" in lowered:  # "has ruled since taking power": taking power
        words = words[len(lowered) - lowered[::-1].index("since") :]
    kind = "time since" if since.group(1).lower() == "ago" else "time until"
    return f"{kind} " + " ".join(words[-(MAX_WHAT_WORDS - 3) :]) if words else None


def toll_verb(words: list[str]) -> str | None:
    """ "killed" for a clause ending "killing" (the verb that makes a number a toll)."""
    if words and words[-1].lower() in TOLL_WORDS:
        word = words[-1].lower()
        return word[:-3] + "ed" if word.endswith("ing") else word
    return None


def nearby(quote: str, unit: str | None) -> str:
    """When the clause names nothing: up to four content words of the quote, else the unit."""
    words = [
        w for w in WORD.findall(quote)
        if not re.search(r"\d", w) and w.lower() not in STOP_WORDS and w.lower() not in TRAILING
        and w.lower() not in NOT_WHAT and not measure_word(w)
    ]  # fmt: skip
    if words:
        return " ".join(words[:4])
    if unit == PERCENT:
        return "share"
    if unit == POINTS:
        return "change in points"
    return f"amount in {unit}" if unit and currency_code(unit) else "number"


def margin_of(text: str, mention: Mention) -> str | None:
    """Whether ``mention`` is a margin of error written with the amount it bounds: "percentage"
    when that amount is a percentage (so the margin is in percentage points), "amount" for
    any other, None when it is no margin."""
    margin = PLUS_MINUS.search(text, max(0, mention.start - 40), mention.start)
    if margin is None or (
        "plus" in margin.group(0).lower()
        and not margin.group("minus")
        and not mention.text.lower().startswith("minus")
    ):
        return None
    of = margin.group("of")
    return "percentage" if of and not of[0].isdigit() else "amount"


def who_answered(who: str) -> list[str]:
    """The people a share of a poll's answers is of ("of U.S. voters said": U.S. voters);
    [] when that is just its respondents ("of those surveyed", "of respondents")."""
    words = [w for w in WORD.findall(who) if w.lower() not in DETERMINERS_AND_POINTERS]
    if not words or all(w.lower() in ASKED for w in words):
        return []
    return words
