"""A claim's speaker read from the words before a verb of saying: the name cut clean, and
whether it can be a source at all (a name or a role, not a clause)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from summarizer.text.meaning.patterns import DISTANCE
from summarizer.text.sentences import Sentence
from summarizer.text.sources.cues import (
    APPOSITION_BEFORE,
    BACKGROUND_LEAD,
    BOUNDARY,
    COMPASS,
    DETERMINER,
    DOCUMENT,
    EARLIER_TIME,
    EARLIER_TOLL,
    EXISTENTIAL,
    IN_PLACE_BEFORE,
    INDEFINITE,
    LEADING,
    MAGNITUDE_BEFORE,
    MAX_NAME_WORDS,
    NAME_RUN,
    NAME_THEN_AUXILIARY,
    NAME_THEN_TIME,
    NAME_THEN_WHERE,
    NEW_SENTENCE,
    NOUN_BEFORE_VERB,
    NUMBERED,
    ONLY_A_TIME,
    OPENS_ON_GERUND,
    OPENS_ON_PREPOSITION,
    PARTICLE_NAME,
    PASSIVE,
    PEOPLE_OF_SOMETHING,
    PEOPLE_PLURAL,
    PHRASE_THEN_NAME,
    PLACE,
    PRONOUN,
    QUAKE_AFTER,
    QUAKE_PLACED,
    REACH,
    ROLE,
    ROLE_OF,
    SAYING_INSIDE,
    SAYS_AT,
    SECOND_OF_TWO,
    SHARE_NAME,
    TIME_THEN_NAME,
    TITLED_PERSON,
    VERB,
    WINNING_THRESHOLD,
)
from summarizer.text.sources.names import BODY_WORDS


@dataclass(frozen=True)
class Claim:
    """A sentence's attribution: who (as the article names them) and where that name stands
    (for a pronoun, where the pronoun stands: ``name`` is then the source it stands for)."""

    name: str
    start: int  # of the name in the article
    end: int
    sentence: Sentence
    pronoun: bool = False
    study: bool = False  # a poll, survey or study speaking for its numbers
    agent: bool = False  # the agent of a release ("the figure, released by X")
    quotation: int | None = None  # the opening mark of the quotation it introduces
    note: bool = False  # a statistical note's source line ("These data are from X.")
    official: bool = False  # unnamed official figures, the body that releases them (below)
    released: bool = False  # figures a release gives ("Figures issued on Thursday showed"),
    # or a plan's terms ("The plan requires ..."): they speak for their own sentence only
    again: bool = False  # a poll named back by a demonstrative ("This U.S. poll also found")


def clean_name(raw: str) -> tuple[str, int]:
    """The name in ``raw`` read back from a verb (cut at the last boundary word), and the
    offset where it starts inside ``raw``."""
    words = list(re.finditer(r"\S+", raw))
    keep: list[re.Match[str]] = []
    for i in range(len(words) - 1, -1, -1):
        word = words[i].group(0).strip(".,")
        if len(keep) == MAX_NAME_WORDS:
            break
        acronym = (  # "The WHO said": no "who" (but "Doctors who work with the WHO said")
            len(word) > 1
            and word.isupper()
            and i >= 1
            and words[i - 1].group(0).lower() == "the"
            and (i == 1 or BOUNDARY.match(words[i - 2].group(0).strip(".,")) is not None)
        ) or (i == 0 and len(word) > 1 and word.isupper())  # ", WHO said"
        verb = VERB.fullmatch(word.removeprefix("counter-"))
        if verb and i == len(words) - 1 and NOUN_BEFORE_VERB.fullmatch(word):
            verb = None  # a verb follows it: "Some estimates place the number at": a noun
        if (BOUNDARY.match(word) and not acronym and not _joins_names(words, i)) or verb:
            break
        if words[i].group(0).endswith(".") and re.fullmatch(r"[a-z]{3,}", word) and keep:
            break  # a sentence the splitter kept: "... people lie. 2000 Republican candidate"
        keep.insert(0, words[i])
    if not keep:
        return "", len(raw)
    start = keep[0].start()
    name = raw[start : keep[-1].end()]
    lead = LEADING.match(name)
    if lead:
        start += lead.end()
        name = name[lead.end() :]
    time = NAME_THEN_TIME.search(name)
    if time and time.start() > 0:
        name = name[: time.start()]
    helped = NAME_THEN_AUXILIARY.search(name)
    if helped and helped.start() > 0:  # "Pakistan has officially raised the death toll"
        name = name[: helped.start()]
    opened = TIME_THEN_NAME.match(name) or PHRASE_THEN_NAME.match(name)
    if opened:  # "... into Chad this year the United Nations refugee agency today announced"
        start += opened.end()  # (an opening phrase with no comma after it)
        name = name[opened.end() :]
    where = NAME_THEN_WHERE.search(name)
    if where and where.start() > 0:  # "Abdiweli Mohamed Ali in an interview with the BBC"
        name = name[: where.start()]
    return name, start


def name_before_saying(name: str) -> str:
    """A source's name without the clause a verb of saying opens in it: "Portugal reported
    its first confirmed case" is Portugal; "counter-claimed a deal between ..." is no name
    (""). A name that ends on such a word stays ("Local media reports")."""
    verb = SAYING_INSIDE.search(name)
    if not verb:
        return name
    cut = re.sub(
        r"(?:[\s,]+(?:who|which|that|whom|was|were|is|are))+\s*$", "", name[: verb.start()]
    )
    cut = cut.strip(" ,")  # "Witnesses who said they saw": Witnesses
    return "" if DETERMINER.fullmatch(cut) else cut  # "the reported death toll": no one


def named_at(claims: list[Claim], starts: list[int], opened: int, closed: int) -> Claim | None:
    """The speaker of the quotation ``text[opened:closed]`` among ``claims`` (in order; their
    ``starts``): named after its closing mark in the sentence it closes, or before its opening
    mark in the sentence it opens in, or introducing it (:mod:`.quotations`)."""
    after = bisect_left(starts, closed)
    if after < len(claims):
        claim = claims[after]
        if claim.sentence.start < closed <= claim.sentence.end + 1:
            return claim
    at = bisect_left(starts, opened) - 1
    while at >= 0 and claims[at].sentence.end > opened:  # back through the opening sentence
        claim = claims[at]
        if claim.end <= opened and claim.sentence.start <= opened and claim.quotation is None:
            return claim
        at -= 1
    at = bisect_right(starts, opened)  # an introducer stands before its quotation (or at
    while at > 0 and claims[at - 1].start >= opened - 2000:  # it: a continued quote)
        at -= 1
        if claims[at].quotation == opened:
            return claims[at]
    return None


def report_name(name: str) -> str:
    """A report's name as a source: "Reuters report" for "Reuters report from Kabul" (an
    owner named before "report" wrote it; "from" says where it was filed), else as read
    ("report from the World Bank")."""
    filed = re.match(r"(?P<report>.*?\breport)\s+from\s", name)
    if filed and re.search(r"\b[A-Z]", filed.group("report")[: -len("report")]):
        return filed.group("report")
    return without_full_stop(name)


def named_quake(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the magnitude a quake is named by, as background: "in the
    magnitude 7.7 quake", "the massive 9.0 magnitude earthquake", "An 8.6 magnitude
    earthquake occurred" (not "the USGS said a magnitude 6.1 quake struck": its report)."""
    after = QUAKE_AFTER.match(text, end)
    before = text[max(0, start - 60) : start]
    if after is None:
        return False
    said = [MAGNITUDE_BEFORE.search(before) is not None, after.group(1) is not None]
    if all(said) or not (any(said) or "." in text[start:end]):
        return False  # no quake named by this magnitude ("the 7.7 quake" is one)
    lead = MAGNITUDE_BEFORE.sub("", before)
    return BACKGROUND_LEAD.search(lead) is not None


def located_place(text: str, start: int, end: int) -> bool:
    """Whether the number ending at ``end`` is a distance that places somewhere for the reader,
    set apart by a comma ("Weligama, some 240 km (150 miles) south of Kandy", "Hilla, 100
    kilometers south of Baghdad"): the story's own orientation, whoever its sentence quotes;
    not where a quake struck ("It occurred 64 kilometers west of Navidad": the measuring
    agency's finding)."""
    distance = DISTANCE.match(text, end)
    if (
        distance is None
        or not COMPASS.match(distance.group("way"))
        or not APPOSITION_BEFORE.search(text, max(0, start - 30), start)
    ):
        return False  # (only set apart by a comma: not "an airstrip that is 120km south of
        # Herat", part of what a speaker said)
    opened = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - 200)
    return QUAKE_PLACED.search(text, opened, start) is None


def earlier_toll(text: str, start: int) -> bool:
    """Whether the number at ``start`` is an earlier disaster's toll told in passing, in a
    relative clause set apart by a comma ("the earthquake and tsunami last month, which left
    thousands dead"): the story's background, whoever its sentence quotes. Earlier by a time
    the disaster or the clause is given ("last month", "this week", "in 2004", "years ago"):
    "Police said the blast, which killed 12 people, was caused by ..." is the police's."""
    toll = EARLIER_TOLL.search(text, max(0, start - 60), start)
    if toll is None:
        return False
    before = text[max(0, toll.start() - 60) : toll.start()]
    after = re.split(r"[,;.]\s", text[start : start + 120], maxsplit=1)[0]
    return any(EARLIER_TIME.search(part) for part in (before, after))


def winning_threshold(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` is what a vote needs to be won ("the 55 needed for
    an absolute majority", "more than 50 percent of the vote to be declared a winner"): a rule
    of the election, the story's background whoever its sentence quotes."""
    return WINNING_THRESHOLD.match(text, end) is not None


def without_full_stop(name: str) -> str:
    """A name read up to a sentence's end, without its full stop ("by the Harbour Housing
    Board.", "by the USGS."; not "by the U.S.")."""
    return name if re.search(r"\b(?:[A-Z]\.){2,}$", name) else name.rstrip(".")


def subject_says(text: str) -> list[tuple[int, str]]:
    """ "NAME said" / "NAME also told": where each name read back from its verb starts, and
    the words (back to a clause boundary: a comma, a quotation mark, a bracket)."""
    out: list[tuple[int, str]] = []
    done = 0
    for verb in SAYS_AT.finditer(text):
        if verb.start() < done:
            continue
        low = max(done, verb.start() - REACH)
        run = NAME_RUN.search(text, low, verb.start())
        if run is None:
            continue
        address = IN_PLACE_BEFORE.search(text, low, run.start())
        if address and PLACE.fullmatch(run.group(0)):  # "astronomers of the Carnegie
            # Institution for Science in Washington, DC, United States, announced": the body
            # before its address speaks, not the country that ends it
            run = NAME_RUN.search(text, low, address.start()) or run
        opened = list(NEW_SENTENCE.finditer(run.group(0)))  # "... the U.S. The Pentagon
        at = opened[-1].end() if opened else 0  # said": a sentence the splitter kept whole
        out.append((run.start() + at, run.group(0)[at:]))
        done = verb.end()
    return out


def _joins_names(words: list[re.Match[str]], i: int) -> bool:
    """ "and" inside one name ("Red Cross and Red Crescent", "Moscow and Pyongyang"), or
    joining two kinds of people who say it together ("witnesses and officials said")."""
    word = words[i].group(0)
    inside = 0 < i < len(words) - 1
    if not (word.lower() == "and" and inside):
        return False
    before, after = words[i - 1].group(0), words[i + 1].group(0)
    if before[:1].isupper() and after[:1].isupper():
        return True
    return (
        PEOPLE_PLURAL.fullmatch(before.lower()) is not None
        and PEOPLE_PLURAL.fullmatch(after.lower().rstrip(".,")) is not None
        and _opens_phrase(words, i - 1)
    )


def _opens_phrase(words: list[re.Match[str]], i: int) -> bool:
    """Whether the noun at ``words[i]`` opens a phrase of its own, up to two modifiers before
    it ("Local security officials"): after the start, a comma or a boundary word; not the
    object of a verb or a preposition ("Gunmen attacked soldiers", "Talks between
    lawmakers")."""
    for back in range(i - 1, i - 4, -1):
        if back < 0:
            return True
        word = words[back].group(0)
        if word.endswith(",") or BOUNDARY.match(word.strip(".,")):
            return True
        if back == i - 3 or word.lower().endswith("ed") or word.lower() in _NOT_MODIFIERS:
            return False
    return False


_NOT_MODIFIERS = frozenset("of between in for with on at by from to among about".split())


def long_title_person(name: str) -> str | None:
    """The person a name too long to be one ends on, after a capitalised title: "Daniel R.
    Levinson" of "Department of Health and Human Services Inspector General Daniel R.
    Levinson"; None for a name short enough, or one that ends on no person's name."""
    if len(name.split()) <= MAX_NAME_WORDS:
        return None
    found = TITLED_PERSON.search(name)
    before = name[: found.start()].split() if found is not None else []
    if found is None or not before or not before[-1][:1].isupper():
        return None  # (after a capitalised title)
    if re.search(rf"\b{BODY_WORDS}\b", found.group("person")):
        return None  # (no body's name: "... Demarest of the New York Field Office")
    if SECOND_OF_TWO.search(name, 0, found.start()):
        return None  # (not the second of two: "A of the Criminal Division and U.S. Attorney B")
    return found.group("person")


def _role_of(name: str) -> bool:
    """Whether ``name`` is people of something: "Critics of the freeze", "Relatives of the
    passengers" (not a trial, a report: "a six-week trial of five")."""
    found = ROLE_OF.match(name)
    return found is not None and PEOPLE_OF_SOMETHING.fullmatch(found.group("role")) is not None


def plausible(name: str) -> bool:
    """A name, not a clause: some letters, no digits but a name's own ("FEMA Region 1
    Regional Administrator", "COVID-19"), not too long, not a passive ("is estimated"), not
    a share of those asked ("Two-thirds said"), and
    either a capitalised word that is not a determiner or a role ("officials", "the
    ministry", "analysts")."""
    words = name.split()
    if not words or len(words) > MAX_NAME_WORDS or re.search(r"\d", NUMBERED.sub(r"\1", name)):
        return False
    if PASSIVE.search(name) or EXISTENTIAL.match(name) or SHARE_NAME.match(name):
        return False  # ("There have been no official reports of casualties": no one)
    if PRONOUN.match(name):
        return True
    if (
        ONLY_A_TIME.match(name)
        or OPENS_ON_PREPOSITION.match(name)
        or (OPENS_ON_GERUND.match(name) and not ROLE.search(name))
    ):
        return False  # "to resolve False Claims Act", "banning illegal migrants from ...": a
        # phrase, not a name ("leading economists" is one)
    if INDEFINITE.match(name) and not (ROLE.search(" ".join(words[:4])) or DOCUMENT.match(name)):
        return False  # "a deal between the Conservatives and ...": no one; "a senior official"
    last = PARTICLE_NAME.sub("", words[-1].strip("’'()"))  # "al-Harbi", "(AGNA)"
    if not (
        (last[:1].isupper() and not DETERMINER.match(last))
        or ROLE.fullmatch(last)
        or _role_of(name)  # "Critics of the freeze", "Relatives of the passengers"
    ):
        return False  # a name ends on a name or a role ("passed along reports" does not)
    named = any(
        w[:1].isupper() and not DETERMINER.match(w)
        for w in (PARTICLE_NAME.sub("", w) for w in words)
    )  # ("al-Shabab")
    return named or bool(ROLE.search(name))
