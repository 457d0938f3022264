"""What a number counts, read off the words around it (no model); its unit is read by
:mod:`.unit`.

A plain reading of news grammar: a count is followed by what it counts and what is said of
it ("8,000 North Korean troops remain in Kursk"); an amount or a share is preceded by what it
measures ("Revenue fell 4.1%"). A conversion in parentheses is tied to the amount it converts
by grounding (:mod:`summarizer.grounding.conversions`).

The readings are built from :mod:`.phrases` (the phrases next to the number) and
:mod:`.surroundings` (what the sentence and paragraph around it say), with the patterns of
:mod:`.patterns` and the constructions of the sibling modules (changes, levels, tolls, votes,
penalties).
"""

from __future__ import annotations

import re

from summarizer.text.meaning.amounts import (
    OPINION_VERBS,
    SHARE_ADJECTIVES,
    amount_complement,
    named_before,
    respondents,
    share_holder,
    share_of,
    stood_as,
)
from summarizer.text.meaning.changes import (
    change_what,
    subject_before_aside,
    subject_of,
)
from summarizer.text.meaning.levels import level_what, restated
from summarizer.text.meaning.objects import acted_on, antecedent, owner_of, place_of
from summarizer.text.meaning.patterns import (
    ABOARD,
    AGE_CLOSED,
    AREA,
    AT_DEPTH,
    BARE_WORDS,
    CHANGE_COMPLEMENT,
    CHANGE_WHAT,
    CHANGE_WORDS,
    CLAUSE_OPENS,
    CLAUSE_WORDS,
    COMPARED_BEFORE,
    CONNECTIVES,
    COUNT_NOUNS,
    COUNTED_TOLL,
    DASH_AFTER,
    DASH_BEFORE,
    DEMONYM,
    DIMENSION,
    DIMENSIONS,
    DISTANCE,
    FIRST_OBJECT,
    FROM_AT_END,
    HEDGES,
    JOINED_MEASURE,
    LEAD_CONNECTIVES,
    LEVEL_VERBS,
    LINKING,
    LOCATED,
    MARGINS,
    MAX_WHAT_WORDS,
    MEASURE_OF,
    NOT_ASKED,
    NOTHING_SAID_AFTER,
    NOW_AGED,
    NUMBER_SUBJECT,
    ON,
    OPENERS,
    OTHERS_WERE,
    OWNER_BEFORE,
    PACE,
    PARTICIPLE,
    PEOPLE_TOLL,
    PERIOD_AFTER,
    PICKED_OUT,
    POINTED,
    POLLED,
    PRONOUNS,
    RAISED_FROM,
    RATE_AFTER,
    RELATIVE_ACT,
    SAID_TO,
    SHRANK,
    SIZE_OF,
    SPANS,
    STANDING,
    TIME_AFTER,
    TOLL_LEVEL,
    TOLL_NOUNS,
    TOLL_PARTICIPLES,
    TOLL_WORDS,
    VERB_AFTER_CHANGE,
    VOTES_SAID,
    WORD,
    YOUNG,
)
from summarizer.text.meaning.penalties import owned_penalty, penalty_what
from summarizer.text.meaning.phrases import (
    clause_text,
    complement_of,
    lead_of,
    noun_phrase_at,
    object_of,
    ongoing,
    participle_of,
    plural,
    predicate,
    said_of,
    segments_before,
    with_participle,
)
from summarizer.text.meaning.surroundings import (
    area_words,
    dated_by,
    duration,
    margin_of,
    measure_unit,
    measure_word,
    measured_of,
    modified_noun,
    nearby,
    place_lost,
    quake_before,
    referent_of,
    sentence_after,
    sentence_before,
    shared_words,
    toll_verb,
    verb_subject,
    who_answered,
)
from summarizer.text.meaning.tidy import SENTENCE_REST, opener_case, tidy_what
from summarizer.text.meaning.tolls import headline_event, left_dead
from summarizer.text.meaning.unit import spaced_measure, unit_as_written
from summarizer.text.meaning.votes import sample_what, share_of_vote, votes_what
from summarizer.text.meaning.words import (
    AUXILIARIES,
    DANGLING,
    DETERMINERS_AND_POINTERS,
    STOP_WORDS,
    TRAILING,
)
from summarizer.text.numbers.quantities import Mention, scan
from summarizer.text.numbers.units import (
    PERCENT,
    POINTS,
    currency_code,
    normalise_unit,
)

__all__ = ["STOP_WORDS", "figure_what"]


def figure_what(text: str, mention: Mention, quote: str, unit: str | None = None) -> str:
    """What a number measures (see :func:`_said_what`), never cut inside a name nor running
    on into another count (:func:`~summarizer.text.meaning.tidy.tidy_what`), with the period
    the number is of when the words right after it say ("totaled $194.7 billion in 2019":
    ..., 2019)."""
    before = sentence_before(text, mention.start)
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
    what = tidy_what(said, text, (compared or mention).end, MAX_WHAT_WORDS)
    what = owned_penalty(what, text, mention, before) if not compared else what
    if _bare_word(what):  # (the unit read again only then)
        what = _unit_said(unit or unit_as_written(text, mention))
    what = _of_measure(what, unit)
    what = _naming_counted(what, unit)
    if compared:  # "3.2 percent, compared with 2.5 percent in the second quarter": the same
        # measure as the number compared (at the period said after this one)
        earlier = _period_after(text, compared.end)
        what = what.removesuffix(f", {earlier}") if earlier else what
    when = _period_after(text, mention.end)
    once = not when or re.search(rf"(?<!\w){re.escape(when)}(?!\w)", what, re.I) is None
    what = opener_case(what, text)  # "fall in Jobless claims": jobless claims
    owner = owner_of(text, mention.start)
    if owner:  # "Ganymede, whose diameter is": diameter of Ganymede; "Acme, whose chief
        what = _WHOSE_OWNED.sub(lambda said: _owned(said.group(1), owner), what, count=1)  # ...
    place = place_of(text, mention.start)
    if place and what:  # "in Zimbabwe, where the number of food insecure is 5 million":
        what = re.sub(r"^where\s+", "", what, flags=re.I)  # ... in Zimbabwe
        what = what if place.lower() in what.lower() else f"{what} in {place}"
    if when and what and not what.endswith(")") and once:  # (once; not a level already
        return f"{what}, {when}"  # dated: "(after)")
    return what


# "whose" and the words it owns in a ``what`` read off a "whose" clause.
_WHOSE_OWNED = re.compile(r"\bwhose\s+([^,()]+?)(?=\s*(?:[,()]|$))", re.I)
_VERB_WORD = re.compile(r"^(?:is|was|are|were|has|had|have|will|would|[a-z]+ed)$")


def _owned(said: str, owner: str) -> str:
    """ "chief executive earned" of "Acme": chief executive of Acme earned (the owner after
    the noun, before a verb)."""
    words = said.split()
    verb = next((i for i, w in enumerate(words) if i and _VERB_WORD.match(w)), len(words))
    return " ".join([*words[:verb], "of", owner, *words[verb:]])


def _aside_what(text: str, mention: Mention, before: str) -> str | None:
    """What a number set apart in a sentence measures: between dashes, the noun phrase before
    them ("The largest number of returnees - some 920,000 - have come": largest number of
    returnees); after a name and "now", the person's age ("Selek, now 43, then headed": age
    of Selek); None for any other number."""
    if DASH_AFTER.match(text, mention.end):
        dashed = DASH_BEFORE.search(before)
        if dashed:
            words = dashed.group("phrase").split()
            while words and words[0].lower() in DETERMINERS_AND_POINTERS | {"most", "all"}:
                words = words[1:]
            words = words[1:] if words and words[0].lower() == "of" else words
            while words and words[0].lower() in DETERMINERS_AND_POINTERS:
                words = words[1:]
            return " ".join(words[-MAX_WHAT_WORDS:]) or None
    aged = NOW_AGED.search(before)
    if aged and AGE_CLOSED.match(text, mention.end):
        name = aged.group("name").split()
        name = name[1:] if len(name) > 1 and name[0] in OPENERS else name  # ("Then Hisahito")
        return f"age of {' '.join(name)}"
    return None


def _bare_word(what: str) -> bool:
    """Whether ``what`` is no more than a bare word (:data:`BARE_WORDS`, punctuation)."""
    return not re.search(r"[A-Za-z0-9]", what) or what.lower() in BARE_WORDS


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


def _of_measure(what: str, unit: str | None) -> str:
    """What is measured, without the measure it is counted in, which its unit says: "16,940
    tons of food" food, "three days of national mourning" national mourning (not a doing,
    "30 years of searching", nor a place measured from, "within 100 meters of the ship")."""
    measured = MEASURE_OF.match(what)
    measure = unit.split(" per ")[0] if unit else ""
    if measured is None or not (measure_unit(measure) or f"{measure.rstrip('s')}s" in SPANS):
        return what
    first = measured.group("rest").split()[0].lower()
    if first.endswith("ing") or first in DETERMINERS_AND_POINTERS:
        return what
    said = normalise_unit(measured.group("unit")) or ""
    if said.rstrip("s") != (normalise_unit(measure) or "").rstrip("s"):
        return what
    return measured.group("rest")


def _naming_counted(what: str, unit: str | None) -> str:
    """What a count counts, named first when the words read for it leave it out (the noun
    said once for two counts, "registered 12,483 refugees in Benin and 8,000 in Ghana":
    refugees, Ghana; "resettled in Canada": refugees resettled in Canada; before a name, a
    date or what was done to them, where it makes a phrase: not "seats coalition"), unless they name
    a count of their own ("deaths in Bahia", "number of witnesses", "poll sample size"), a
    change ("increase") or the people counted ("Americans employed")."""
    if (
        unit is None
        or not (unit.isalpha() and unit.islower() and plural(unit))
        or unit in SPANS | COUNT_NOUNS
        or measure_unit(unit)
        or currency_code(unit) is not None
    ):
        return what
    stem = unit.removesuffix("s")[: max(4, len(unit) - 2)]
    words = WORD.findall(what)
    if any(
        w.lower().startswith(stem) or w.lower() in TOLL_WORDS | COUNT_NOUNS | CHANGE_WORDS
        or DEMONYM.fullmatch(w)  # ("Americans officially counted as unemployed")
        for w in words
    ):  # fmt: skip
        return what
    if what[:1].isupper():  # (a name, a date: "votes, Hilary Clinton", "complaints,
        return f"{unit}, {what}"  # September")
    if re.match(r"[a-z]+ed\b", what):  # (what was done to them: "refugees resettled in")
        return f"{unit} {what}"
    return what  # (not "seats coalition", "patients critical condition": no noun phrase)


def _period_after(text: str, end: int) -> str:
    """The period the number ending at ``end`` is of, as the words right after it say ("in
    the third quarter": third quarter), or ""."""
    period = PERIOD_AFTER.match(text, end)
    return " ".join((period.group("when") or period.group("relative")).split()) if period else ""


def _sized(text: str, mention: Mention) -> str | None:
    """What a number joined to its unit before a noun measures: the noun's length, height,
    size ("a 30-day period": length of period; "Lai's seven-storey brothel": height of Lai's
    brothel; "the 102-member parliament": size of parliament); None for another shape (not
    an age: "a nine-year-old boy")."""
    joined = JOINED_MEASURE.match(text, mention.end)
    if joined is None or (joined.group("spaced") and not spaced_measure(text, mention)):
        return None
    adjective = joined.group("adjective")
    kind = (
        f"{DIMENSIONS[adjective]} of"
        if adjective
        else SIZE_OF.get(joined.group("unit").lower().rstrip("s"))
    )
    if kind is None:
        return None
    owner = OWNER_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    noun = " ".join(joined.group("noun").split())
    if kind == "length of" and noun.split()[0].lower() in YOUNG:  # "an 8 month baby": an age
        kind = "age of"
    return f"{kind} {owner.group(1) + ' ' if owner else ''}{noun}"


def _compared_with(text: str, mention: Mention) -> Mention | None:
    """The number of the same sentence a number is compared with ("4.1 percent compared to
    4.3 percent": 4.1 percent, for 4.3 percent), or None."""
    compared = COMPARED_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if compared is None or not NOTHING_SAID_AFTER.match(text, mention.end):
        return None  # (not "compared to 36 percent who felt ...": said of its own)
    opened = compared.start() - len(sentence_before(text, compared.start()))
    earlier = [
        m for m in scan(text)
        if opened <= m.start and m.end <= compared.start() and m.is_figure
    ]  # fmt: skip
    return earlier[-1] if earlier else None


def _said_what(text: str, mention: Mention, quote: str, unit: str | None = None) -> str:
    """What a number measures (see :func:`_figure_what`), tidied as a reader would say it:
    a toll as one ("people killed" for "kill/killing N people", "deaths" for "N deaths"),
    "others" counted as people, "a three point lead" as the lead, and a change noun alone
    with the words after it that say of what or when ("rise in May")."""
    if ABOARD.match(text, mention.end) and not mention.unit_hint:
        return "people aboard"  # "a plane with 30 aboard" (not "aboard plane crashed")
    dimension = DIMENSION.match(text, mention.end)
    if dimension and not mention.unit_hint:  # "in water 35 meters (about 115 feet) deep"
        return DIMENSIONS[dimension.group(1).lower()]
    what = _figure_what(text, mention, quote)
    what = re.sub(r"^(?:still|now)\s+(?=[a-z])", "", what)  # "one is still missing"
    what = _with_counted(what, unit or unit_as_written(text, mention), text[mention.end :])
    what = _verb_with_unit(what, unit or unit_as_written(text, mention))
    were = OTHERS_WERE.match(text, mention.end) if what == "others" else None
    what = were.group(1) if were else what  # "The six others were commandos": commandos
    what = re.sub(r"^others\b(?=.)", "people", what)  # "247 others were injured"
    what = VOTES_SAID.get(what.lower(), what)  # "74 yeas": votes in favour
    what = re.sub(r"^lives (?:taken|claimed)\b", "people killed", what)  # "have taken 44 lives"
    what = re.sub(rf"^point (?=(?:{'|'.join(MARGINS)})\b)", "", what)  # "three point lead"
    if what.lower() in CHANGE_WORDS:  # "a 5.5% rise in May": rise in May
        said = CHANGE_COMPLEMENT.match(text, mention.end)
        if said and said.group("noun").lower() == what.lower():
            words = WORD.findall(said.group("rest"))[: MAX_WHAT_WORDS - 1]
            verb = next((i for i, w in enumerate(words) if w.lower() in VERB_AFTER_CHANGE), None)
            words = words[:verb] if verb is not None else words  # "decline since January
            # erased gains": decline since January
            if words:
                return " ".join([what, *words])
    toll = PEOPLE_TOLL.match(what)
    counted = COUNTED_TOLL.match(what) if toll is None else None
    if counted:  # "killing four civilians and wounding six": civilians wounded
        participle = TOLL_PARTICIPLES[counted.group("word")]
        return f"{counted.group('noun')} {participle}{what[counted.end() :]}"
    if toll is None:
        return what
    word = toll.group("word").lower()
    if word in TOLL_NOUNS:  # "people deaths": deaths
        return word + what[toll.end() :]
    return f"people {TOLL_PARTICIPLES.get(word, word)}{what[toll.end() :]}"


def _with_counted(what: str, unit: str | None, after: str) -> str:
    """A single word said of a count right after it, with what it counts: "ten were white"
    white jurors, "only two were admitted" patients admitted, "1,500-2,000 in reserve"
    reserve drones."""
    if (
        unit is None or " " in what or not what.isalpha() or not what.islower()
        or measure_unit(unit) or currency_code(unit) is not None
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
    if not (PARTICIPLE.match(what) or participle_of(what) or what in TOLL_WORDS):
        # ("died", "fled", "missing")
        return what
    if currency_code(unit.split(" per ")[0]) is not None:
        return f"amount {what}"
    if measure_unit(unit) or unit in (PERCENT, POINTS, "percentage points") or " " in unit:
        return what
    return f"{unit} {what}" if plural(unit) else what


def _with_lead(phrase: list[str], lead: list[str], touching: str = "") -> list[str]:
    """A counted noun with the words of its clause before the number ("North Korea initially
    deployed about 11,000 troops": troops North Korea initially deployed); a word that picks
    some of them out right before it, ``touching`` the number ("the other three villages":
    other villages; not "the first in 30 years"); the noun alone when the words before are
    only function words ("All 162 passengers", "Among those three areas") or a connective
    ("In addition, six schools"; nor the "There" of "There were 12 flu deaths")."""
    lead = [w for w in lead if w.lower() != "there"]
    some = [w.lower() for w in lead if w.lower() not in DETERMINERS_AND_POINTERS | {"all"}]
    if some and " ".join(w for w in some if w not in ON | TRAILING | STOP_WORDS) in (
        LEAD_CONNECTIVES
    ):  # ("In addition", "As a result of", its "In" and "of" left out before)
        return phrase
    if len(some) == 1 and some[0] in PICKED_OUT and some[0] == touching:
        return [some[0], *phrase]  # (right before the number: not "the first in 30 years")
    if all(w in ON | TRAILING | STOP_WORDS for w in some):
        return phrase
    return phrase + lead


def _growth_rate(text: str, mention: Mention) -> str | None:
    """A rate of growth as its subject's: "The U.S. economy grew at a 2.8 percent annual rate
    in July" (U.S. economy annual growth rate in July), "grew by an annualised rate of 5.7%",
    "expanded at a 7% pace", "contracted at an annual rate of 3.2%" (a contraction rate)."""
    paced = PACE.search(sentence_before(text, mention.start))
    rated = RATE_AFTER.match(text, mention.end) if paced else None
    if not (paced and rated) or (paced.group("of") is None) != (rated.group("of") is not None):
        return None  # (the rate named once: before the number or after it)
    said = CLAUSE_OPENS.split(paced.group("subject"))[-1]  # "He said that wages": wages
    said = re.split(r"\b(?:the|a|an|its|their|his|her)\s+", said, flags=re.I)[-1]
    grown = WORD.findall(said)
    if not grown or grown[0].lower() in PRONOUNS | {"which", "who", "that"}:
        return None  # ("It grew at a rate of 3 percent": what grew is elsewhere)
    kind = "contraction" if paced.group("verb").lower() in SHRANK else "growth"
    adjective = (rated.group("adjective") or paced.group("adjective") or "").split()
    when = WORD.findall(rated.group("when") or "")
    return " ".join([*grown[-4:], *adjective, kind, "rate", *when][: MAX_WHAT_WORDS + 2])


def _figure_what(text: str, mention: Mention, quote: str) -> str:
    """What a number measures, in a few words of the article, by the construction it stands
    in: a change or the level it reached ("fall in revenue", :mod:`.changes`),
    a candidate's votes or a party's share (:mod:`.votes`), a toll
    (:mod:`.tolls`), a share of something or an amount named before or after
    it (:mod:`.amounts`); else what a count counts and what is said of it,
    as a participle phrase ("North Korean troops remaining in Kursk", "households supplied by
    Nordwerk Energie AG", :mod:`.objects`), or the words the clause gives
    around an amount."""
    if margin_of(text, mention):  # "an increase of 2.6 percent (±1.2%)"
        return "margin of error"
    before, after = clause_text(text, mention.start, mention.end)
    phrase, phrase_end = noun_phrase_at(after)
    if TIME_AFTER.match(after):  # "rose to 55 last year": a time, not what is counted
        phrase = []
    lasted = duration(before, after)
    if lasted:  # "must be returned within twenty working days": deadline for returning
        return lasted
    level = TOLL_LEVEL.search(before)
    if level:  # "with the death toll rising to 22 people", "the Ebola death toll has reached
        return level.group("toll")  # almost 7,000": the toll, not "people on Monday"
    rate = _growth_rate(text, mention)
    if rate:  # "The U.S. economy grew at a 2.8 percent annual rate in July": U.S. economy
        return rate  # annual growth rate in July
    named_count = not phrase and "number of" in text[max(0, mention.start - 200) : mention.start]
    number_of = NUMBER_SUBJECT.search(sentence_before(text, mention.start)) if named_count else None
    if number_of and (
        (number_of.group("to") or "").strip() in ("to", "at", "over", "above")
        or number_of.group("verb").lower() in LEVEL_VERBS
    ):
        # "the number of confirmed deaths from the flu have reached twelve": what is counted,
        # as the subject names it (a change, "rose 15,000", is the change's)
        words = WORD.findall(number_of.group("words"))[:MAX_WHAT_WORDS]
        while words and words[-1].lower() in (TRAILING | STOP_WORDS | CLAUSE_WORDS):
            words.pop()
        if words and not (len(words) == 1 and words[0].lower() in TOLL_WORDS):
            # ("the number of injured": as a toll is read, below); an aside in brackets
            # says which ("civilians killed (not including police)")
            aside = number_of.group("aside")
            return " ".join(words) + (f" {aside.strip()}" if aside else "")
    raised = None if phrase else RAISED_FROM.search(before)
    objects = [
        w for w in (WORD.findall(raised.group("object")) if raised else [])
        if w.lower() not in DETERMINERS_AND_POINTERS and not w.lower().endswith("ly")
    ]  # fmt: skip
    if raised and objects:  # "raised its main rate from 5 percent": the rate, before
        later = bool(raised.group("to"))
        when = dated_by(text, mention.end, later=later) or ("after" if later else "before")
        return " ".join(objects[: MAX_WHAT_WORDS - 1]) + f" ({when})"
    change = CHANGE_WHAT.search(before) if FROM_AT_END.search(before) else None
    if change and not phrase:  # "seats ... increased from 9 to 10": the level before, after
        subject = WORD.findall(change.group("subject"))
        while subject and subject[0].lower() in (CONNECTIVES | STOP_WORDS | TRAILING):
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
            when = dated_by(text, mention.end, later=later) or ("after" if later else "before")
            return " ".join(subject[-(MAX_WHAT_WORDS - 1) :]) + f" ({when})"
    unit = unit_as_written(text, mention)
    heads = (
        bool(phrase)
        and unit is not None
        and (
            unit.split(" per ")[0] == phrase[-1].lower()
            or (unit == "people" and bool(DEMONYM.fullmatch(phrase[-1])))  # "five Americans"
            or (unit == "people" and phrase[-1].lower() == "others")  # "247 others were hurt"
        )
    )  # the phrase after the number is what the unit counts
    counted = heads and unit is not None and not measure_unit(unit)
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
    following = [m.group(0) for m in WORD.finditer(after)]
    beyond = [m.group(0) for m in WORD.finditer(after, phrase_end)]
    toll = toll_verb(WORD.findall(before))
    if unit == "people" and toll and not phrase:  # "killing 107": people killed
        return f"people {toll}" + headline_event(text, mention.value_low)
    left = left_dead(text, mention.start, phrase) if unit == "people" else None
    if left:  # "a mudslide which left six people dead": people killed by mudslide
        return left
    counts_people = unit == "people" or (
        unit is not None and plural(unit) and unit.lower() not in TOLL_WORDS
    )
    if counts_people and phrase and phrase[0].lower() in TOLL_WORDS:  # "4 dead"
        return f"{unit} {phrase[0].lower()}"  # (or "and another 129 injured": civilians)
    sampled = sample_what(text, mention.start)  # "a poll of 2,400 respondents"
    if sampled and phrase and phrase[-1].lower() == (unit or "").split(" per ")[0]:
        return sampled
    answered: list[str] = []
    if unit == PERCENT:  # "35 percent said ...", "36 percent who felt ...": past the clause
        said = WORD.findall(SENTENCE_REST.split(text[mention.end : mention.end + 120])[0])
        said = said[1:] if said and normalise_unit(said[0]) == PERCENT else said
        said = said[1:] if said and said[0].lower() == "who" else said
        polled = POLLED.match(text, mention.end)
        if polled and (
            NOT_ASKED.search(polled.group("who")) or SAID_TO.match(text, polled.end())
        ):  # "won 42 percent of the vote and said", "20 percent of the crop said to be"
            polled = None
        if polled:  # "20 percent of those surveyed said", "of U.S. voters thought"
            reply = text[polled.start("verb") : polled.start("verb") + 120]
            said = WORD.findall(SENTENCE_REST.split(reply)[0])
        answered = respondents(said, predicate(said, content=4))
        who = who_answered(polled.group("who")) if polled else []
        if answered and who:
            answered = [*who, *answered[1:]]
    if phrase and unit == PERCENT and phrase[0].lower() in SHARE_ADJECTIVES:
        phrase = []  # "31 percent full": what the clause's subject is
    raw_after = text[mention.end : mention.end + 160]
    standing = STANDING.match(raw_after)
    stood = stood_as(standing.group(1).lower(), before, raw_after) if standing else []
    shared = (
        share_of(WORD.findall(before), phrase)
        if unit == PERCENT
        and re.match(r"\s*of\b", after)
        and not POLLED.match(text, mention.end)  # "of voters said ...": a poll's answer
        else []
    )
    measured = measured_of(unit, phrase, lead_of(text, mention.start, most=9)[0])
    pointed = POINTED.match(after)
    referent = referent_of(text, mention.start) if pointed else None
    distance = DISTANCE.match(text, mention.end) if phrase else None
    area = area_words(text, mention.start, mention.end) if unit and AREA.fullmatch(unit) else []
    if distance:  # "64 km west of Navidad": distance west of Navidad
        way = distance.group("way").lower().split()
        words = ["distance", *way, *distance.group("place").split()]
        located = LOCATED.search(before)
        if located:  # "the epicenter was located 9 km east of X": the epicenter's distance
            words = [located.group(1).lower(), *words]
    elif area:  # "the fire has burned 282 square kilometers": area burned by the fire
        words = area
    elif stood and unit in (PERCENT, POINTS, "points"):
        words = stood  # "31 percent full": fill level of ...; "3 points ahead of": lead
    elif referent and pointed:  # "20 of them were downed": drones downed
        words = [referent, *predicate(said_of(WORD.findall(after[pointed.end() :])))]
    elif answered:  # "Fifteen percent felt that ...": the poll's respondents
        words = answered
    elif shared:  # "intercepted 92 percent of the drones": share of drones intercepted
        # "half of that amount coming from the budget": where the share comes from
        coming = beyond and beyond[0].lower().endswith("ing") and beyond[0].islower()
        # "2% of the group were unable to communicate": what is said of them
        linked = said_of(beyond) if beyond and beyond[0].lower() in LINKING else []
        words = shared + (predicate(beyond) if coming else predicate(linked))
        holder = share_holder(text[max(0, mention.start - 160) : mention.start])
        if holder and words and words[0] == "share":  # "Japan, which accounts for 7% of
            # world output": Japan's share of world output
            words = [*holder.split()[:-1], f"{holder.split()[-1]}'s", *words]
    elif heads:  # a count: what it counts, what is said of it
        if beyond and beyond[0][:1].isupper():  # names after it, cut at their "and"
            beyond = sentence_after(text, mention.end, phrase[-1]) or beyond
        linked = said_of(beyond)
        said = predicate(linked) or shared_words(text, mention.end, phrase[-1])
        if linked is beyond and plural(phrase[-1].lower()):  # no "are": "pilgrims arrive"
            said = ongoing(said)
        lead, adjacent = lead_of(text, mention.start, most=9)
        acted = acted_on(lead, antecedent(text, mention.start)) if adjacent else None
        first = FIRST_OBJECT.search(text[max(0, mention.start - 80) : mention.start])
        if acted is None and first:  # "shot down 381 drones and 31 missiles": both shot down
            at = mention.start - len(first.group(0))
            lead, adjacent = lead_of(text, at, most=9)
            before = segments_before(text, at)[-1]
            acted = acted_on(lead) if adjacent else None
        lost = place_lost(acted.participle if acted else [], phrase, text, mention.start)
        if lost is not None:  # "Bahia has suffered seven fatalities": deaths in Bahia
            words = ["deaths", *(["in", *lost] if lost else [])]
        elif acted and object_of(before, lead[-1]) and (not said or said[0].lower() in ON):
            # "Air defenses shot down 381 drones": drones shot down (by Air defenses).
            agent = ["by", *acted.agent] if acted.agent else []
            words = phrase + with_participle(said, acted.participle) if said else []
            words = words or phrase + acted.participle + agent
        elif (
            not said
            and named == ["depth"]
            and measure_unit(unit or "")
            and AT_DEPTH.search(text, max(0, mention.start - 20), mention.start)
        ):
            # "at a depth of 31 kilometers": the depth of the quake the paragraph is about
            quake = quake_before(text, mention.start)
            words = ["depth", *(["of", *quake] if quake else [])]
        elif named and named[-1].lower() in CHANGE_WORDS:  # "a net gain of 113,000 jobs
            # in January": net gain in jobs in January
            words = [*named, "in", *phrase, *(said if said and said[0].lower() in ON else [])]
        elif not said and named:  # "a second deployment of 3,000 troops"
            words = [*named, f"({' '.join(phrase)})"]
        else:
            # Nothing said after it ("about 11,000 troops, including ..."): what the clause
            # before it says ("North Korea initially deployed about 11,000 troops").
            touching = re.search(r"(\w+)\s+$", text[max(0, mention.start - 30) : mention.start])
            words = (said and phrase + said) or _with_lead(
                phrase, lead[-4:], touching.group(1).lower() if touching else ""
            )
    elif measured:  # "a magnitude 6.6 aftershock": magnitude of aftershock
        words = measured

    elif (
        phrase
        and currency_code(phrase[0]) is None
        and not (unit and currency_code(unit) and PARTICIPLE.match(phrase[0].lower()))
    ):  # "a 12.6% drop in net profit" (not "$3 million arrived": a verb)
        # "45 percent of respondents felt ...": who answered, and what.
        answer = predicate(beyond) if beyond and beyond[0].lower() in OPINION_VERBS else []
        words = phrase + (answer or complement_of(beyond))
    else:
        rest = following[1:] if phrase else following  # past the currency word
        lead, adjacent = lead_of(text, mention.start)
        said = predicate(rest)
        # "Of the total, 6.1 trillion won will fund vouchers": a lead-in cut off by a comma
        # says less than what the clause says of the amount.
        words = (said or lead) if lead and not adjacent else (lead or said)
        complement = amount_complement(rest)  # "9.7 trillion won in new bonds"
        modified = modified_noun(text, mention.start, rest) if phrase else []
        relative = RELATIVE_ACT.match(text, mention.end) if phrase else None
        if named:  # "a budget of 9 trillion won (for flood relief)"
            words = named + ([rest[0], *complement] if complement else [])
        elif modified:  # "a 50-thousand dollar emergency grant": the grant
            words = modified
        elif not complement and relative:  # "the 1.1 trillion rubles that it offered to X"
            words = ["amount", *predicate(WORD.findall(relative.group("said")))]
        else:
            words = complement or words
    if unit == "magnitude" and [w.lower() for w in words if w.lower() not in PRONOUNS | {"of"}] in (
        [],
        ["magnitude"],
    ):  # "It had a magnitude of 4.1": the paragraph's quake
        quake = quake_before(text, mention.start)
        words = ["magnitude", "of", *quake] if quake else words
    words = [w for w in words[:MAX_WHAT_WORDS] if not measure_word(w)]
    while words and (words[0].lower() in TRAILING or words[0].lower() in STOP_WORDS):
        words.pop(0)
    if [w.lower() for w in words[:2]] in HEDGES:  # "I think the death toll": the toll
        words = words[2:]
        while words and (words[0].lower() in STOP_WORDS or words[0].lower() in TRAILING):
            words.pop(0)
    while words and (
        words[-1].lower() in TRAILING or words[-1].lower() in STOP_WORDS
        or words[-1].lower() in AUXILIARIES or words[-1].lower() in DANGLING
    ):  # fmt: skip
        words.pop()  # never ends on "of", "the" or "must"
    if len(words) == 1 and (PARTICIPLE.match(words[0]) or participle_of(words[0])):
        # a verb alone ("totaled"): its subject
        words = verb_subject(text, mention.start - len(before), mention.start, words[0]) or words
    if words:
        return " ".join(words).replace("_", " ")
    return nearby(quote, unit)
