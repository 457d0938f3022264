"""What an amount of money or a share measures, when the words right after it say so.

Conventions of news writing read here (:func:`summarizer.text.meaning.figure_what` uses them):

- an amount is followed by what the money is: "plans to issue 9.7 trillion won in new bonds",
  "pledged $740,000 in immediate relief", "a charge of 2.3 billion riyals on its polymers
  unit" — the noun phrase after "in", "for", "of" or "on" names it (a time or a place there,
  "in July", "in Riyadh trading", says when or where, not what);
- a share followed by an adjective ("31 percent full", "3 points ahead") describes the
  subject of its clause, not a noun of its own;
- a poll reports its answers as "N percent said / felt / thought ...": the number counts
  respondents, and what they answered is what it measures;
- a level is stated of what is put, estimated or set at it: "put the damage at 38 billion
  yen", "the force is estimated at 8,000", "capacity stands at 9.7 gigawatts" measure the
  damage, the force, the capacity ("the number of injured" is people injured); and an
  amount "of" a noun is that noun: "a supplementary budget of 15.2 trillion won";
- a share said to be "full" is a fill level ("storage was 31 percent full": fill level of
  storage), a lead "ahead of X" a lead over X, "behind X" a deficit to X;
- "N percent of X" is a share of X, and the verb before it says which share: "intercepted
  92 percent of the drones" is the share of drones intercepted, "owns 70% of Acme" a stake
  in Acme; a name right before a verb of winning or holding is whose share it is: "Japan,
  which accounts for 7% of world output" is Japan's share of world output, "Mr. Jammeh had
  won with 72 percent of the vote" Jammeh's share of vote.
"""

from __future__ import annotations

import re

from summarizer.text.meaning.words import DETERMINERS_AND_POINTERS, word_set
from summarizer.text.numbers.units import currency_code

__all__ = [
    "OPINION_VERBS",
    "SHARE_ADJECTIVES",
    "amount_complement",
    "named_before",
    "respondents",
    "share_holder",
    "share_of",
    "stood_as",
]


# Adjectives and adverbs a share is said to be, not a noun it counts ("31 percent full").
SHARE_ADJECTIVES = word_set(
    "full empty higher lower ahead behind above below up down more less owned complete "
    "stronger weaker cheaper dearer larger smaller bigger faster slower better worse"
)
# Verbs a poll's respondents answer with ("Fifteen percent felt that ...").
OPINION_VERBS = word_set(
    "said say felt feel thought think believed believe backed back supported support "
    "opposed oppose favoured favored favour favor approved approve disapproved agreed agree "
    "disagreed wanted want preferred prefer did held expected expect answered chose voted "
    "rated considered consider saw see named"
)
_PREPOSITIONS = word_set("in for of on")
# Words of a complement that say when or where, not what ("in July", "for the year").
_NOT_WHAT = word_set(
    "year years month months week weeks quarter quarters day days period time total "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday trading terms average "
    "morning evening night afternoon first second third fourth half top addition excess all "
    "every each them it us him her those these"
)
_ENDS = word_set(
    "in on at from for with by to of and or but than as that which who while since after "
    "before during this last next its their his her our is are was were will would could "
    "may be been has have had according said says"
)
_POSSESSIVES = word_set("its their his her our")
# A plural noun after "to", "of" or "and" goes on what an amount is ("repairs to roads and
# bridges"); a verb does not ("for the city to spend", "and said").
_PLURAL_NOUN = re.compile(
    r"(?!(?:is|was|has|does|says|this|thus|its|his|hers|ours|as)$)[a-z][a-z-]*[a-z]s"
)
_PARTICIPLE = re.compile(r"[a-z]+ed|left|kept|held|set|put|spent|paid|raised")
_MOST = 4


def amount_complement(words: list[str]) -> list[str]:
    """ "in new deficit-covering bonds" -> the words of what an amount is, or []."""
    if len(words) > 2 and words[1].lower() in _PREPOSITIONS and _PARTICIPLE.fullmatch(words[0]):
        inner = amount_complement(words[1:])  # "520 billion yen left in the reserve funds"
        return [*inner, words[0]] if inner else []
    if len(words) < 2 or words[0].lower() not in _PREPOSITIONS:
        return []
    rest = words[1:]
    if rest and rest[0].lower() in _NOT_WHAT:  # "for every won", "of them"
        return []
    owned = bool(rest) and rest[0].lower() in _POSSESSIVES  # "on its European unit"
    while rest and rest[0].lower() in DETERMINERS_AND_POINTERS:
        rest = rest[1:]
    out: list[str] = []
    for i, word in enumerate(rest):
        low = word.lower()
        joined = (
            out and low in ("to", "of", "and") and i + 1 < len(rest)
            and _PLURAL_NOUN.fullmatch(rest[i + 1])
        )  # fmt: skip  # "for repairs to roads and bridges" (not "for X to spend")
        if (low in _ENDS and not joined) or re.search(r"\d", word) or len(out) == _MOST:
            break
        if out and re.fullmatch(r"[a-z]+ed", low):  # "reserve funds left": a verb after it
            break
        out.append(word)
    if not out or (out[0][:1].isupper() and not owned) or any(w.lower() in _NOT_WHAT for w in out):
        return []  # a place ("in Riyadh"), a time ("in July", "for the year"), "on top of"
    if any(currency_code(w) for w in out):
        return []  # a rate ("for every won spent"), not what the money is
    return out


def respondents(words: list[str], predicate: list[str]) -> list[str]:
    """ "Fifteen percent felt that ...": respondents and what they answered, or [] when the
    words after the share do not open with an answer."""
    if not words or words[0].lower() not in OPINION_VERBS:
        return []
    return ["respondents", *predicate]


_NAME_WORD = r"[A-Z][\w’-]*"
# Capitalised words that open a sentence or stand for a subject, never whose share it is.
_NOT_HOLDERS = frozenset(
    "The A An In On At By With For From Of And But After Before Also It They He She This That "
    "These Those We I Mr Mrs Ms Dr Officials Analysts Authorities Monday Tuesday Wednesday "
    "Thursday Friday Saturday Sunday Today Yesterday".split()
)
# A subject that is a name alone ("Mr. Jammeh", "or MPLA", "Lee of the Grand National Party").
_HOLDER = re.compile(
    r"\s*(?:or\s+|(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})"
    rf"(?:\s+of\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}})?\s*"
)
# A name a relative clause is said of, ending the words before it (not "of"/"to" a name).
_ANTECEDENT = re.compile(
    r"(?<!\bof\s)(?<!\bto\s)(?<!\bthe\s)(?<![\w'’-])"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})\s*$"
)
# Verbs of owning: a share of a company owned is a stake in it.
_OWNS = word_set("owns owned own holds held hold controls controlled control")
# Participles with no "-ed" ("could offset 40 percent of the hit"): what the share had done.
_PARTICIPLES = word_set(
    "offset cut set hit put shut won lost held kept sold spent paid built bought made taken "
    "given shot brought sent"
)
# "-ed" words before a share that hedge it, not say what it did ("an estimated 30 percent").
_HEDGES = word_set("estimated expected projected reported forecast predicted")


def share_of(before: list[str], counted: list[str]) -> list[str]:
    """ "intercepted about 92 percent of the drones": the share of ``counted`` (the noun
    after "of") the verb ending ``before`` says ("share of drones intercepted"), a stake in
    what is owned, or [] when nothing is counted."""
    if not counted:
        return []
    verb = before[-1].lower() if before else ""
    if verb in _OWNS:
        return ["stake", "in", *counted]
    participle = (
        verb.isalpha() and verb not in _HEDGES and (verb.endswith("ed") or verb in _PARTICIPLES)
    )
    return ["share", "of", *counted, *([verb] if participle else [])]


# "Japan, which accounts for", "Mr. Jammeh had won with", "Florida, with": a verb of winning or
# holding a share (or a bare "with" after a name and a comma), hedges after it.
_HOLDS = re.compile(
    r"(?P<who>,\s*(?:which|who)|,)?\s+(?:(?:had|has|have|also|now|alone|still)\s+){0,2}"
    r"(?P<verb>won|wins|received|receives|took|takes|had|has|have|captured|captures|garnered|"
    r"secured|got|gets|produces|produced|accounts\s+for|accounted\s+for|account\s+for|with)\s+"
    r"(?:(?:with|about|around|some|almost|nearly|roughly|approximately|just|more|less|than|"
    r"over|under|only|fully|well)\s+){0,3}$"
)


def share_holder(before: str) -> str | None:
    """The name whose share a number is when the words ``before`` it end on the name and a
    verb of winning or holding ("Lee of the Grand National Party won", "Japan, which
    accounts for"), or None."""
    holds = _HOLDS.search(before[-160:])
    if holds is None or (holds.group("verb") == "with" and not holds.group("who")):
        return None  # a bare "with" only after "NAME,": "Florida, with 14 percent"
    chunk = re.split(
        r"[,;:(\n]|\b(?:that|said|says|were|was|is|are)\s", before[-160:][: holds.start()]
    )
    subject = chunk[-1]
    alone = _HOLDER.fullmatch(subject)  # the clause's whole subject: "Mr. Bouteflika won"
    if alone is None and re.search(r"which|who", holds.group("who") or ""):
        alone = _ANTECEDENT.search(subject)  # "regions like Apurimac, which produces"
    if alone is None:
        return None
    words = [w for w in alone.group("name").split() if w not in _NOT_HOLDERS]
    return " ".join(words) or None


_PUT = (
    r"put|puts|putting|estimated|estimates|estimating|set|sets|setting|valued|values|"
    r"valuing|pegged|pegs|pegging|placed|places|placing|assessed|assesses|assessing|"
    r"kept|keep|keeps|keeping|held|hold|holds|holding"
)
_NOUN_PHRASE = r"(?P<what>[^\d,;:()]{2,80}?)"
# "put the damage at", "estimated total losses at": the object put at a level.
_PUT_AT = re.compile(rf"\b(?:{_PUT})\s+{_NOUN_PHRASE}\s+(?:at|between)[\s“\"']*$", re.I)
_KEPT = re.compile(rf"\b(?:{_PUT})\s+{_NOUN_PHRASE}\s*$", re.I)
# "refilling the caverns could cost 8 billion euros": the cost of the subject.
_COSTS = re.compile(
    r"^(?P<what>[^\d,;:()]{2,80}?)\s+(?:(?:will|would|could|may|might|is\s+expected\s+to)\s+)?"
    r"(?:cost|costs|costed)\s*(?:an\s+estimated\s+|about\s+|around\s+)?$",
    re.I,
)
# "vouchers worth 250,000 won": the value of what is worth it.
_WORTH = re.compile(r"(?P<what>[\w'’-]+)[”\"']?\s*worth\s*$")
# "the force is estimated at", "capacity stands at": the subject stated at a level.
_STANDS_AT = re.compile(
    rf"^{_NOUN_PHRASE}\s+(?:(?:is|was|are|were|has\s+been|have\s+been)\s+(?:{_PUT}|now\s+{_PUT})"
    r"|stands?|stood|standing|remains?|remained|totall?ed|totals?)\s+at[\s“\"']*$",
    re.I,
)
# "swap lines totaling $180 billion": the total of what is said to total it.
_TOTALLING = re.compile(r"(?P<what>(?:[A-Za-z][\w'’-]*\s+){1,4})(?:totall?ing|amounting\s+to)\s*$")
_CUTS = DETERMINERS_AND_POINTERS | word_set("of from to for by in on with at")
# "a supplementary budget of", "its turnover rate of": the noun an amount is "of".
_NOUN_OF = re.compile(
    r"(?:\b(?P<expected>forecast|forecasts|forecasting|expected|expects|expecting|projected|"
    r"projects|projecting|predicted|predicts|predicting|targeted|targets|targeting)\s+)?"
    r"\b(?:a|an|the|its|their|his|her|our)\s+"
    r"(?P<what>(?:(?!(?:a|an|the|its|their|his|her|our)\s)[^\s\d,;:()]+\s+){1,6}?)of\s*$",
    re.I,
)
# Nouns that only point back at a figure ("gave a figure of 55 percent", "the number at").
# "expects turnout of": a verb of expectation before a bare noun "of" the number.
_EXPECTS_OF = re.compile(
    r"\b(?P<expected>forecast|forecasts|expected|expects|projected|projects|predicted|predicts|"
    r"targeted|targets)\s+(?P<what>(?:[a-z][\w'’-]*\s+){1,3}?)of\s*$",
    re.I,
)
# What a number expected in advance is: "forecast a net profit of" -> forecast net profit.
_EXPECTED = {"forec": "forecast", "proje": "projected", "predi": "predicted", "targe": "target"}
_BARE = word_set("figure number total amount sum level value average rate it them that this one")
_TOLLED = word_set("injured dead wounded missing killed displaced evacuated")
_NOT_NAMED = word_set("is are was were be been has have had will would could may and or but")
_NAMED_MOST = 6


def named_before(before: str, *, ranged: bool = False, raw: str = "") -> list[str]:
    """What the words before a number say it measures when they put, estimate or state
    something at it, or call it an amount "of" a noun: "put the damage to crops at" ->
    damage to crops; [] otherwise. A number read with "between" (``ranged``) needs no
    "at": "keep spending between $6 billion and $7 billion". ``raw``: the text right before
    the number, quotation marks kept ('"recovery vouchers" worth')."""
    kept = _KEPT.search(before) if ranged else None
    if kept:
        return _named(kept.group("what").split())
    for pattern in (_PUT_AT, _STANDS_AT):
        match = pattern.search(before)
        if match:
            return _named(match.group("what").split())
    for pattern, noun, words in ((_COSTS, "cost", before), (_WORTH, "value", raw or before)):
        match = pattern.search(words)
        named = _named(re.sub(r"[“”\"]", "", match.group("what")).split()) if match else []
        if named:  # "the campaign would cost": cost of campaign
            return [noun, "of", *named]
    totalled = _TOTALLING.search(before)
    if totalled:  # "swap lines totaling": total swap lines; "loans from banks": loans
        total = _totalled(totalled.group("what").split())
        if total:
            return ["total", *total]
    match = _EXPECTS_OF.search(before) or _NOUN_OF.search(before)
    named = _named(match.group("what").split()) if match else []
    if named and match and match.group("expected"):  # "forecast a net profit of": a forecast
        return [_EXPECTED.get(match.group("expected").lower()[:5], "expected"), *named]
    return named


def _totalled(words: list[str]) -> list[str]:
    """What a total is of, from the words before "totaling": the noun before a preposition
    ("loans from banks" -> loans), else the last noun and a modifier before it that is no
    verb ("swap lines"; "faces fines", "signed deals" -> fines, deals)."""
    at = next((i for i in range(len(words) - 1, 0, -1) if words[i].lower() in _CUTS), None)
    if at is not None and words[at].lower() not in DETERMINERS_AND_POINTERS:
        words = words[:at]  # the head before its prepositional phrase
    words = [w for w in words if w.lower() not in DETERMINERS_AND_POINTERS]
    if not words:
        return []
    head = words[-1:]
    modifier = words[-2] if len(words) > 1 else ""
    if modifier and modifier.isalpha() and not modifier.lower().endswith(("ed", "s")):
        head = [modifier, *head]
    return _named(head)


def _named(words: list[str]) -> list[str]:
    while words and words[0].lower() in DETERMINERS_AND_POINTERS:
        words = words[1:]
    if any(w.lower() in _NOT_NAMED for w in words):
        return []  # a clause, not a noun phrase
    if len(words) > 2 and [w.lower() for w in words[:2]] == ["number", "of"]:
        words = words[2:]  # "the number of injured": the injured
        while words and words[0].lower() in DETERMINERS_AND_POINTERS:
            words = words[1:]
        if len(words) == 1 and words[0].lower() in _TOLLED:
            return ["people", words[0].lower()]
    if not words or len(words) > _NAMED_MOST or (len(words) == 1 and words[0].lower() in _BARE):
        return []
    return words


_SUBJECT_BREAK = re.compile(r"[,;:()“”\"]|\b(?:that|which|who|said|says)\b", re.I)
_ADJECTIVE_AUXILIARIES = word_set(
    "is are was were be been being will would could should must may might can has have had "
    "remain remains remained stay stays stayed stand stands stood now still currently only"
)
_RIVAL = re.compile(
    r"^[\s”\"']*(?:percentage\s+points?|points?|percent|per\s+cent|%)?[\s”\"']*(?:ahead|behind)"
    r"[\s”\"']*"
    r"(?:of\s+)?(?:the\s+)?(?P<rival>[^,;:.]+?)\s*(?:\((?P<acronym>[A-Z]{2,})\))?(?=[,;:.]|\s+(?:on|with|in|at|and|but)\b|$)"
)


# The name right before a margin with no rival after it ("showed Labour six points ahead").
_LEADER = re.compile(r"(?<![.!?]\s)\b(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s*$")


def stood_as(adjective: str, before: str, after: str) -> list[str]:
    """What a share said to be an adjective measures: "were 31 percent full" -> fill level
    of the subject, "3 points ahead of the Greens" -> lead over Greens, "Labour six points
    ahead" -> Labour lead; [] for others."""
    if adjective == "full":
        subject = _subject_before(before)
        return ["fill", "level", "of", *subject] if subject else ["fill", "level"]
    if adjective in ("ahead", "behind"):
        rival = _RIVAL.match(after)
        if rival is None:  # "showed Labour six points ahead": Labour's lead
            leader = _LEADER.search(before)
            noun = "lead" if adjective == "ahead" else "deficit"
            return [*leader.group("name").split(), noun] if leader else []
        named = rival.group("acronym") or rival.group("rival")
        words = [w for w in named.split() if w.lower() not in DETERMINERS_AND_POINTERS][-_MOST:]
        return [
            "lead" if adjective == "ahead" else "deficit",
            "over" if adjective == "ahead" else "to",
            *words,
        ]
    return []


def _subject_before(before: str) -> list[str]:
    """The clause's subject before its verb: "Germany's gas stores were" -> Germany's gas
    stores."""
    words = _SUBJECT_BREAK.split(before)[-1].split()
    while words and (words[-1].lower() in _ADJECTIVE_AUXILIARIES or words[-1].lower() in _ENDS):
        words.pop()
    while words and words[0].lower() in DETERMINERS_AND_POINTERS:
        words.pop(0)
    if any(w.lower() in _ADJECTIVE_AUXILIARIES for w in words):
        return []
    return words[-_MOST - 1 :]
