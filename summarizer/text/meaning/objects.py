"""A count that is a verb's object, said the other way round (no model).

News writing puts what a count counts after the verb that acts on it: "Air defenses shot
down 381 drones", "the utility, which supplies 2.3 million households". The count is then
read as its noun with the verb as a participle and, when nothing else is said of it, who
acted: "drones shot down by Air defenses", "households supplied by the utility". A verb in
the present ("supplies", "holds") becomes its participle ("supplied", "held"), spelled as
English spells it ("carrying" carried, "withdraw" withdrawn); a gerund after "to" is done
("admitted to robbing 14 banks": banks robbed).

A relative clause speaks of the noun before its comma: "Citigroup, which fell 13.8%"
(:mod:`.changes`), "Ganymede, whose diameter is 5,268 km" (diameter of Ganymede), "in
Zimbabwe, where 5 million are food insecure" (... in Zimbabwe).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.text.layout import MONTH_NAMES, WEEKDAY_NAMES
from summarizer.text.meaning.words import DETERMINERS

__all__ = ["Acted", "acted_on", "antecedent", "owner_of", "place_of", "said_of_before"]

# Past forms whose participle is not the past + "-ed", and present forms of them.
_IRREGULAR = {
    "shot": "shot", "sent": "sent", "hit": "hit", "cut": "cut", "put": "put", "set": "set",
    "made": "made", "built": "built", "sold": "sold", "kept": "kept", "held": "held",
    "lost": "lost", "won": "won", "brought": "brought", "bought": "bought", "paid": "paid",
    "left": "left", "found": "found", "spent": "spent", "took": "taken", "taken": "taken",
    "gave": "given", "given": "given", "drew": "drawn", "drawn": "drawn", "threw": "thrown",
    "saw": "seen", "seen": "seen", "caught": "caught", "fought": "fought", "led": "led",
    "fed": "fed", "shed": "shed", "struck": "struck", "chose": "chosen", "drove": "driven",
    "flew": "flown", "grew": "grown", "ran": "run", "laid": "laid", "lent": "lent",
    "holds": "held", "keeps": "kept", "sends": "sent", "makes": "made", "sells": "sold",
    "pays": "paid", "builds": "built", "takes": "taken", "gives": "given", "brings": "brought",
    "buys": "bought", "leads": "led", "wins": "won", "loses": "lost", "spends": "spent",
    "finds": "found", "runs": "run", "hits": "hit", "cuts": "cut", "puts": "put",
    "hold": "held", "keep": "kept", "send": "sent", "make": "made", "sell": "sold",
    "pay": "paid", "build": "built", "take": "taken", "give": "given", "bring": "brought",
    "buy": "bought", "lead": "led", "win": "won", "lose": "lost", "spend": "spent",
    "find": "found", "run": "run", "shoot": "shot", "draw": "drawn", "leave": "left",
}  # fmt: skip
# Present forms that are never nouns before a count ("the party holds 171 seats").
_PRESENT_KNOWN = frozenset("holds keeps sends sells pays builds takes gives brings buys".split())
# Words between a verb and its object that belong to the verb ("shot down or jammed").
_PARTICLES = frozenset("down up out off away back".split())
_JOINS = frozenset({"or", "and"})
_AUXILIARIES = frozenset("has have had is are was were be been will would could may".split())
_PRONOUNS = frozenset("it they he she we i you this that these those there who which".split())
# "-ed" and "-s" words that are not verbs before a count.
_NOT_VERBS = frozenset(
    "hundred red bed need speed seed feed as is was has its this thus plus minus versus us "
    "estimated expected projected reported combined".split()
)
_BE = frozenset("is are was were be been".split())
_MODALS = frozenset("will would could can may might should must".split())
_OPENERS = frozenset("where when while as after since because if though".split())
_MOST_AGENT = 4


@dataclass(frozen=True)
class Acted:
    """The participle of the verb acting on a count and who acted (none: not said)."""

    participle: list[str]
    agent: list[str]


def acted_on(lead: list[str], antecedent: str | None = None) -> Acted | None:
    """The verb ending ``lead`` (the clause's words before a count, its numbers left out) as
    a participle, with the words before it as who acted (``antecedent`` for a relative
    clause, "which supplies"), or None when ``lead`` does not end on a verb."""
    if not lead:
        return None
    last = lead[-1]
    # A verb in the present only in a relative clause ("which supplies"): elsewhere a word
    # in "-s" before a count is as likely a plural ("low-interest loans to 1,200 firms").
    if len(lead) > 1 and lead[-2].lower() == "to":
        done = _progressive(last)
        if done is not None:  # "admitted to targeting 12 casinos": casinos targeted (a
            return Acted([done], [])  # gerund after "to" is done, not still to be done)
        participle = _irregular(last.lower()) or _infinitive_participle(last)
        if participle is None:
            return None
        # "was preparing to cut 300 jobs": jobs to be cut (by the mill preparing it);
        # "expects the plan to create 900 jobs": jobs to be created by the plan.
        return Acted(["to", "be", participle], _agent(_doer(lead[:-2]), antecedent))
    participle = _participle(last, present=antecedent is not None)
    if participle is None and len(lead) > 1 and lead[-2].lower() in _BE:
        participle = _progressive(last)  # "are adding 4 million tonnes": added
    if participle is None and len(lead) > 1 and lead[-2].lower() in _MODALS:
        participle = _irregular(last.lower()) or _infinitive_participle(last)
    if participle is None:
        return None
    group = [participle]
    at = len(lead) - 1
    while at > 0:  # "shot down or jammed", "initially deployed"
        word = lead[at - 1]
        low = word.lower()
        earlier = _participle(word, present=False)
        if low in _PARTICLES or low in _JOINS or (low.endswith("ly") and low.isalpha()):
            group.insert(0, word)
        elif earlier is not None and group[0].lower() in _JOINS | _PARTICLES:
            group.insert(0, earlier)  # "shot down or jammed": both verbs act on it
        else:
            break
        at -= 1
    while group and group[0].lower() in _JOINS | _PARTICLES:
        group.pop(0)
        at += 1
    agent = _doer([w for w in lead[:at] if w.lower() not in _AUXILIARIES], ing=False)
    return Acted(group, _agent(agent, antecedent))


def _agent(words: list[str], antecedent: str | None) -> list[str]:
    """Who acted: the words before the verb as one short noun phrase, or the name a
    relative clause is said of; [] when they are no such phrase."""
    while words and words[0].lower() in DETERMINERS | _OPENERS:
        words = words[1:]
    if not words and antecedent:
        words = antecedent.split()
    if len(words) > _MOST_AGENT or any(w.lower() in _PRONOUNS for w in words):
        return []
    return words


def _doer(words: list[str], *, ing: bool = True) -> list[str]:
    """Who does what a verb says: the object of a verb before it ("expects the plan",
    "claimed the vouchers"), else that verb's subject ("the mill was preparing"); a word in
    "-ing" is a verb only when ``ing`` (a modifier before a noun: "the ruling party")."""
    endings = ("ing", "ed") if ing else ("ed",)
    verbs = [
        i for i, w in enumerate(words)
        if w.lower() in _AUXILIARIES or (w.lower().endswith(endings) and len(w) > 4)
        or (w.lower().endswith("s") and i + 1 < len(words) and words[i + 1].lower() in DETERMINERS)
    ]  # fmt: skip
    if not verbs:
        return words
    tail = [w for w in words[verbs[-1] + 1 :] if w.lower() not in DETERMINERS]
    return tail or words[: verbs[0]]


def _infinitive_participle(verb: str) -> str | None:
    """ "cut" -> "cut", "close" -> "closed", "reclassify" -> "reclassified": a bare verb's
    participle (irregular ones by :func:`_irregular`); None for a word in "-ing", no bare
    verb."""
    low = verb.lower()
    if (
        not low.isalpha() or not verb.islower() or low in _NOT_VERBS or len(low) < 3
        or low.endswith("ing")
    ):  # fmt: skip
        return None
    return _regular(low)


def _regular(stem: str) -> str:
    """The "-ed" form of a regular verb's stem: "close" -> "closed", "carry" -> "carried"
    (a "y" after a consonant turns to "i"), "stay" -> "stayed", "add" -> "added"."""
    if stem.endswith("e"):
        return stem + "d"
    if re.search(r"[^aeiou]y$", stem):
        return stem[:-1] + "ied"
    return stem + "ed"


# Prefixes an irregular verb keeps its forms under ("withdraw" withdrawn, "uphold" upheld,
# "rebuild" rebuilt, "overpay" overpaid; not "close" for "lose", "plead" for "lead").
_PREFIXES = re.compile(r"(?:with|up|under|over|out|re|mis|fore)(?=[a-z]{3})")


def _irregular(low: str) -> str | None:
    """The participle of an irregular verb, also under a prefix ("withdraw" withdrawn)."""
    prefixed = _PREFIXES.match(low)
    if low in _IRREGULAR or prefixed is None or low[prefixed.end() :] not in _IRREGULAR:
        return _IRREGULAR.get(low)
    return prefixed.group(0) + _IRREGULAR[low[prefixed.end() :]]


def _ing_forms() -> dict[str, str]:
    """ "making" -> "made", "cutting" -> "cut" (the irregular verbs' "-ing" forms)."""
    forms: dict[str, str] = {}
    for base, participle in _IRREGULAR.items():
        if base.endswith("s"):
            continue
        for ing in (base + "ing", base[:-1] + "ing", base + base[-1] + "ing"):
            forms.setdefault(ing, participle)
    return forms


_ING = _ing_forms()


def _progressive(word: str) -> str | None:
    """ "adding" -> "added", "making" -> "made", "carrying" -> "carried": the participle of
    a verb in "-ing"."""
    low = word.lower()
    if not low.isalpha() or not low.endswith("ing") or len(low) < 6:
        return None
    return _ING.get(low) or _regular(low[:-3])  # "carrying" carried


def _participle(word: str, *, present: bool) -> str | None:
    """ "supplies" -> "supplied", "deployed" -> "deployed", "took" -> "taken"; None for a
    word that is no verb (present forms only when ``present``)."""
    low = word.lower()
    if not low.isalpha() or low in _NOT_VERBS or not word.islower():
        return None
    if low in _IRREGULAR and (present or not low.endswith("s") or low in _PRESENT_KNOWN):
        return _IRREGULAR[low]
    if low.endswith("ed") and len(low) > 4:
        return low
    if not present or not low.endswith("s") or low.endswith(("ss", "us", "is")):
        return None
    if low.endswith("ies"):
        return low[:-3] + "ied"
    if re.search(r"(?:ch|sh|x|z|o)es$", low):
        return low[:-2] + "ed"
    stem = low[:-1]
    return stem + "d" if stem.endswith("e") else stem + "ed"


_RELATIVE = re.compile(r",\s*(?:which|who)\s+[^,;:()\d]*$")
_ANTECEDENT = re.compile(
    r"(?:\((?P<acronym>[A-Z][A-Za-z]{1,9})\)|"
    r"(?P<name>(?:[A-Z][\w&'’.-]*\s+(?:of\s+)?){0,3}[A-Z][\w&'’-]*))\s*$"
)


def antecedent(text: str, start: int) -> str | None:
    """The name a relative clause ending at ``start`` is said of: "Acme Energy, which
    supplies" -> "Acme Energy"; "the Union of Ports (UP), which represents" -> "UP"."""
    before = text[max(0, start - 200) : start]
    relative = _RELATIVE.search(before)
    if relative is None:
        return None
    name = _ANTECEDENT.search(before[: relative.start()])
    if name is None:
        return None
    return name.group("acronym") or name.group("name")


# The noun phrase a relative clause is said of when it is no name: the words after the
# article, possessive or preposition opening it ("the local currency, which": local currency).
_COMMON = re.compile(
    r"\b(?:the|a|an|its|their|his|her|of|in|on|for|at|from|by|with)\s+"
    r"(?P<phrase>(?:(?!(?:the|a|an|its|their|his|her|of|in|on|for|at|from|by|with)\b)"
    r"[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\s*$"
)
_WHICH = re.compile(r",\s*which\s*$", re.I)


def said_of_before(lead: str) -> str | None:
    """What a relative clause opening at the end of ``lead`` (", which") is said of: the name
    before its comma ("Citigroup, which" -> Citigroup) or else the noun phrase ("the local
    currency, which" -> local currency); None when ``lead`` ends on no such clause."""
    relative = _WHICH.search(lead)
    if relative is None:
        return None
    before = lead[: relative.start()]
    name = _ANTECEDENT.search(before)
    if name is not None:
        if _AFTER_PREPOSITION.search(before, 0, name.start()):
            return None  # "Unemployment in Spain, which rose": not Spain
        return name.group("acronym") or name.group("name")
    common = _COMMON.search(before)
    return common.group("phrase") if common else None


_AFTER_PREPOSITION = re.compile(r"\b(?:in|to|from|at|for|of|on|with|by|into|across)\s+$", re.I)


# A "where" or "whose" clause running on to a number (no comma or sentence end between).
_WHERE = re.compile(r",\s*where\s+(?:[^,;:()!?.\n]|\.(?=\w))*$", re.I)
_WHOSE = re.compile(r",\s*whose\s+(?:[^,;:()!?.\n]|\.(?=\w))*$", re.I)
# A "where" clause that is the subject of the next verb: "where the shooting happened is".
_CLAUSE_SUBJECT = re.compile(r"[a-z]ed\s+(?:is|was|are|were)\b")
# A preposition opening a sentence before a place ("In Zimbabwe, where").
_OPENING = re.compile(r"^(?:In|At|On|To|From|For|By|Across|Throughout)\s+")


def place_of(text: str, start: int) -> str | None:
    """The place a "where" clause ending at ``start`` is said of, when it is named: "in
    Zimbabwe, where the number of food insecure is around" -> Zimbabwe; None otherwise."""
    return _named_before(text, start, _WHERE)


def owner_of(text: str, start: int) -> str | None:
    """Whose a "whose" clause ending at ``start`` says something is, when named: "Ganymede,
    whose diameter is approximately" -> Ganymede; None otherwise."""
    return _named_before(text, start, _WHOSE)


def _named_before(text: str, start: int, clause: re.Pattern[str]) -> str | None:
    before = text[max(0, start - 200) : start]
    opened = clause.search(before)
    if opened is None or _CLAUSE_SUBJECT.search(opened.group(0)):
        return None
    name = _ANTECEDENT.search(before[: opened.start()])
    named = _OPENING.sub("", name.group("acronym") or name.group("name")) if name else None
    return None if named is None or _WHEN.fullmatch(named) else named  # (not "On Monday,


_WHEN = re.compile(rf"(?:{WEEKDAY_NAMES}|{MONTH_NAMES})(?:\s+\d+)?", re.I)  # where 40 died")
