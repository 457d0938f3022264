"""The phrases around a number: the noun phrase after it, the clause and the words before
it, a predicate and what is said of it (a participle, an ongoing verb), and the word shapes
(plurals, participles) those readings turn on."""

from __future__ import annotations

import itertools
import re

from summarizer.text.meaning.patterns import (
    ADJECTIVE_ENDINGS,
    ADVERB_LY,
    ADVERBS,
    BEFORE_BREAK,
    BEFORE_NAMES,
    CLAUSE_END,
    CODE_NAME,
    ENDS_PHRASE,
    IN_NAMES,
    IRREGULAR_PAST,
    LINK_REACH,
    LINKING,
    LY_NOUNS,
    NAMED_PLURAL_NEXT,
    NOT_PRESENT,
    NOT_PRESENT_PAST,
    NOT_VERBS,
    NOT_WHAT,
    OBJECT_NEXT,
    OF_LEAD,
    ON,
    OTHER_PRICE,
    PARTICIPLE,
    PLACE_PREPOSITIONS,
    PLURALS,
    PRICE_PER,
    PRICE_REACH,
    SENTENCE_END,
    SENTENCE_ENDED,
    SKIPPED,
    STRUCK,
    SUSPENDED,
    WORD,
)
from summarizer.text.meaning.words import (
    AUXILIARIES,
    DANGLING,
    STOP_WORDS,
    TRAILING,
)
from summarizer.text.numbers.quantities import Mention
from summarizer.text.numbers.units import (
    currency_code,
)


def noun_phrase(after: str) -> list[str]:
    """The words after a number up to the head of what it counts ("North Korean troops"),
    past "more" ("11 more villages") and "of" ("tens of thousands of residents", "171 of the
    300 seats")."""
    return noun_phrase_at(after)[0]


def noun_phrase_at(after: str) -> tuple[list[str], int]:
    """:func:`noun_phrase`, and where in ``after`` it ends."""
    skip = OF_LEAD.match(after)
    at = skip.end() if skip else 0
    words: list[str] = []
    end = at
    adverb = False  # the word before was an adverb: a participle after it is an adjective
    for match in WORD.finditer(after, at):
        word = match.group(0)
        low = word.lower()
        if not words and low in SKIPPED:
            continue  # "11 more villages"
        if (
            ADVERB_LY.fullmatch(word)
            and low not in LY_NOUNS
            and (not words or "-" in words[-1] or PARTICIPLE.match(words[-1].lower()))
        ):  # "27.5 million internally displaced people", "two booby-trapped mentally
            adverb = True  # disabled women" (an adverb among modifiers, not after the head:
            continue  # "1 man reportedly killed": the head ends before it)
        if words and ADVERB_LY.fullmatch(word) and low not in LY_NOUNS:
            break
        if low in STOP_WORDS or low in TRAILING or low in ENDS_PHRASE:
            break
        if words and not adverb and (PARTICIPLE.match(low) or low.endswith("ing")):
            break
        adverb = False
        if words and low in STRUCK and OBJECT_NEXT.match(after, match.end()):
            break  # "aftershock hit the area" (not "a tariff-related hit to suppliers")
        if (
            words
            and word[:1].isupper()
            and words[-1][:1].islower()
            and words[-1].lower() not in BEFORE_NAMES
            and not NAMED_PLURAL_NEXT.match(after, match.end())
        ):  # "people spent Saturday" (not "two senior Taliban commanders")
            break
        if (re.search(r"\d", word) and not CODE_NAME.fullmatch(word)) or len(words) == 4:
            break  # (a code name is a word: "258,000 H-2A visas", "40 F-16 jets")
        if len(words) == 3 and not (word.islower() and plural(low)):
            head = _head_ahead(after, match)  # (a fourth word only as the head: "confirmed
            if head:  # bird flu cases"; or a fifth after a noun of the compound: "income
                words += [m.group(0) for m in head]  # tax return filers")
                end = head[-1].end()
            break
        if words and plural(words[-1].lower()) and not _continues(words[-1], word):
            break
        words.append(word)
        end = match.end()
    return words, end


def _head_ahead(after: str, match: re.Match[str]) -> list[re.Match[str]]:
    """The words from ``match`` to a plural head one word later, when all are nouns of one
    compound in lower case ("individual income tax [return filers]", "homeland security
    [vendor employees]"); none otherwise ("three senior Taliban [commanders]" is read
    before; "the 12 power plant [workers said]" stops at the verb's subject's end)."""
    words = [match, *itertools.islice(WORD.finditer(after, match.end()), 1)]
    if len(words) < 2 or not after[match.end() : words[1].start()].isspace():
        return []
    first, head = (w.group(0) for w in words)
    if not (first.isalpha() and first.islower() and head.isalpha() and head.islower()):
        return []
    if first in STOP_WORDS | TRAILING | ENDS_PHRASE or first.endswith(("ing", "ed", "ly")):
        return []
    return words if plural(head) and not plural(first) else []


def _continues(head: str, word: str) -> bool:
    """Whether ``word`` goes on a noun phrase past a plural: a compound's agent noun ("small
    parts suppliers", "arms dealers"), or the noun after a name ("Self-Defense Forces
    personnel"). A plural is otherwise the head ("troops", "people"; "people spent" stops)."""
    low = word.lower()
    if not word[:1].islower():
        return False
    if head[:1].isupper() and (low in PLURALS or plural(low)):
        return True
    return len(low) > 4 and low.endswith(("ers", "ors", "ists")) and low != "others"


def plural(word: str) -> bool:
    """Whether ``word`` reads as a plural ("-s"; not "-ss", nor "-us": "previous", "census",
    nor "-sis": "basis", "crisis")."""
    return word in PLURALS or (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "sis"))
    )


def price_rate(text: str, mention: Mention) -> str:
    """The rate a money amount with none of its own is quoted at: the one a price of about the
    same size (within a half) has in its sentence, with nothing of another kind between them
    ("closed at US$94.23 per barrel, after peaking at $94.74"); "" when none has."""
    value = mention.value_low
    if not value or mention.value_low != mention.value_high:
        return ""
    low, high = max(0, mention.start - PRICE_REACH), mention.end + PRICE_REACH
    for m in PRICE_PER.finditer(text, low, high):  # (a sentence's end stops it, below)
        other = float(m.group("value").replace(",", ""))
        between = text[min(m.end(), mention.end) : max(m.start(), mention.start)]
        if (
            m.start() != mention.start
            and 2 / 3 <= other / value <= 3 / 2
            and not SENTENCE_END.search(between)  # the same sentence
            and not OTHER_PRICE.search(between)  # of the same thing: not "shares rose to $97"
        ):
            return m.group("per").lower()
    return ""


def segments_before(text: str, start: int) -> list[str]:
    """The stretches of words before ``start``, nearest last, split at clause breaks."""
    return BEFORE_BREAK.split(text[max(0, start - 160) : start])


def clause_text(text: str, start: int, end: int) -> tuple[str, str]:
    """The clause's words before ``start`` and after ``end`` (up to its breaks; a short
    parenthesis right after the number, a conversion say, is skipped)."""
    after = re.sub(r"^(\s*\w*)\s*\([^()]{0,40}\)", r"\1", text[end : end + 160])[:120]
    after = re.sub(r"^-(?=[A-Za-z])", " ", after)  # "a 3-inch thickness", "a six-mile trip"
    # "low- and middle-income earners": a suspended hyphen joins its words into one modifier
    # (spaces kept as "_", so offsets hold; :func:`figure_what` gives them back).
    after = SUSPENDED.sub(lambda m: m.group(0).replace(" ", "_"), after)
    stop = CLAUSE_END.search(after)
    return segments_before(text, start)[-1], after[: stop.start()] if stop else after


def lead_of(text: str, start: int, most: int = 5) -> tuple[list[str], bool]:
    """What the words before an amount say it is: the nearest clause's words without numbers
    or currencies ("Revenue fell"), or the clause before it when that one says nothing; and
    whether they stand right before it (in its own clause)."""
    start = len(text[:start].rstrip(" “\"'"))  # '"more than 200,000 jobs"': one clause
    if SENTENCE_ENDED.search(text, max(0, start - 4), start):
        return [], False  # a sentence's first words: never the sentence before's
    for distance, segment in enumerate(reversed(segments_before(text, start)[-2:])):
        words = [
            w for w in WORD.findall(segment)
            if not re.search(r"\d", w) and currency_code(w) is None and w.lower() not in NOT_WHAT
        ]  # fmt: skip
        while words and (words[-1].lower() in TRAILING or words[-1].lower() in STOP_WORDS):
            words.pop()
        while words and (words[0].lower() in TRAILING or words[0].lower() in STOP_WORDS):
            words.pop(0)
        if words:
            return words[-most:], distance == 0
    return [], False


def complement_of(words: list[str]) -> list[str]:
    """ "in net profit", "of the budget": a preposition and up to three words after it."""
    if not words or words[0].lower() not in ("in", "of", "on", "for"):
        return []
    out = [words[0]]
    for word in words[1:4]:
        if word.lower() in STOP_WORDS:
            break
        out.append(word)
    return out if len(out) > 1 else []


def predicate(words: list[str], content: int = 3, most: int = 6) -> list[str]:
    """The first words of what a clause says, up to ``content`` content words."""
    out: list[str] = []
    seen = 0
    at = 0
    while at < len(words) and words[at].lower() in AUXILIARIES and not _to_place(words[at:]):
        at += 1  # "would be infused into the stock markets": the window opens at "infused"
    for word in words[at : at + most]:
        out.append(word)
        low = word.lower()
        if low not in STOP_WORDS | TRAILING | ON | DANGLING:
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


def object_of(before: str, verb: str) -> bool:
    """Whether the number after ``before`` is the object of ``verb`` ("shot down about 381"),
    not of a preposition after it ("cut to 41,000", "residents of 35") or past a number."""
    tail = before[before.rfind(verb) + len(verb) :]
    return not re.search(r"\d", tail) and not any(w.lower() in ON for w in WORD.findall(tail))


def with_participle(said: list[str], participle: list[str]) -> list[str]:
    """The participle after the noun's "of" complement ("cases of measles recorded since
    May") or before what else is said ("drones launched at the city")."""
    at = 0
    if said and said[0].lower() == "of":
        at = next(
            (i for i, w in enumerate(said[1:], 1) if w.lower() in ON or w.lower() in TRAILING),
            len(said),
        )
    return said[:at] + participle + said[at:]


def ongoing(said: list[str]) -> list[str]:
    """ "pilgrims arrive in Mecca": what a plural does in the present, as a participle in
    "-ing" ("pilgrims arriving in Mecca"); ``said`` unchanged when it opens on no such verb."""
    if len(said) < 2 or not said[0].isalpha() or not said[0].islower():
        return said
    verb = said[0]
    if (
        verb in STOP_WORDS | TRAILING | ON | ADVERBS | NOT_PRESENT | ENDS_PHRASE
        or verb in NOT_VERBS | NOT_PRESENT_PAST or len(verb) < 3
        or (verb.endswith(("ed", "ing", "ly", "s")) and not verb.endswith("ss"))
        or verb.endswith(ADJECTIVE_ENDINGS) or participle_of(verb)
        or not (said[1].lower() in ON | TRAILING or said[1][:1].isupper())
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


def participle_of(word: str) -> bool:
    """A past form that is not "-ed" ("spent", "sent", "held")."""
    return word in IRREGULAR_PAST


def said_of(words: list[str]) -> list[str]:
    """What a clause says of the noun it opens on, as a participle phrase: "in the region
    were left without power" -> "left without power", "have been sent home" -> "sent home",
    "remain missing" -> "missing", "remain in the city" -> "remaining in the city"; the
    words unchanged when no auxiliary stands among the first few."""
    at = next((i for i, w in enumerate(words[:LINK_REACH]) if w.lower() in LINKING), None)
    if at is None and words and words[0][:1].isupper():  # "2 politicians Ann Lee of the
        # Labour Party and Tom Ma were defeated": past the names to what is said of them
        at = next((i for i, w in enumerate(words) if w.lower() in LINKING), None)
        names = words[:at] if at is not None else []
        if not all(w[:1].isupper() or w.lower() in IN_NAMES for w in names):
            at = None
    if at is None:
        return words
    rest = words[at:]
    while rest and (rest[0].lower() in LINKING or rest[0].lower() in ADVERBS):
        linking = rest.pop(0).lower()
        if linking.startswith("remain") and rest and rest[0].lower() in PLACE_PREPOSITIONS:
            rest.insert(0, "remaining")  # "remain in Kursk": remaining in Kursk
            break
    return rest or words
