"""What a number measures when a verb of change stands before it (no model).

Conventions of news writing read here (:func:`summarizer.text.meaning.figure_what` uses them):

- "Revenue fell 4.1%", "prices have risen by 18 percent since January": the number is the
  change, named by the verb's noun and what changed ("fall in revenue", "rise in prices
  since January"); "and a further 0.1%" after a change is the same change again;
- "Revenue fell 4.1% to 151 billion", "The death toll ... rose to 27": the number after
  "to" is the level the subject reached ("revenue", "death toll");
- a verb with an object says the same the other way round: "would lift growth by 0.2
  points" is an increase in growth, "pushing the ratio to 49.8 percent" the ratio;
- "shares fell" is said of a company's share price.

The subject is the noun phrase the verb is said of, without its article, its prepositional
tail ("the death toll from the floods in the south" -> "death toll") or a dateline.
"""

from __future__ import annotations

import re

__all__ = ["change_what"]

# A verb said of its subject ("Revenue fell") and the noun of the change it makes.
_INTRANSITIVE: list[tuple[str, str]] = [
    (r"ris(?:e|es|en|ing)|rose|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|surg(?:e|es|ed|ing)|"
     r"soar(?:s|ed|ing)?|gain(?:s|ed|ing)?|advanc(?:e|es|ed|ing)|rebound(?:s|ed|ing)?", "rise"),
    (r"increas(?:e|es|ed|ing)", "increase"),
    (r"gr(?:ew|ow|own|ows|owing)|expand(?:s|ed|ing)?", "growth"),
    (r"f(?:ell|all|alls|allen|alling)|slump(?:s|ed|ing)?|plung(?:e|es|ed|ing)|"
     r"plummet(?:s|ed|ing)?|tumbl(?:e|es|ed|ing)|sl(?:id|ide|ides|iding)|slip(?:s|ped|ping)?|"
     r"s(?:ank|ink|inks|inking|unk)|retreat(?:s|ed|ing)?|dip(?:s|ped|ping)?", "fall"),
    (r"drop(?:s|ped|ping)?", "drop"),
    (r"declin(?:e|es|ed|ing)", "decline"),
    (r"decreas(?:e|es|ed|ing)", "decrease"),
    (r"contract(?:s|ed|ing)?|shr(?:ank|ink|inks|unk|inking)", "contraction"),
]  # fmt: skip
# A verb that changes its object ("would lift growth by"), and its noun.
_TRANSITIVE: list[tuple[str, str]] = [
    (
        r"rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|increas(?:e|es|ed|ing)",
        "increase",
    ),
    (r"cut(?:s|ting)?|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|trim(?:s|med|ming)?", "cut"),
]
# A verb that takes its object to a level ("pushing the ratio to 49.8 percent").
_TO_LEVEL = (
    r"push(?:es|ed|ing)?|br(?:ing|ings|inging|ought)|tak(?:e|es|ing|en)|took|"
    r"driv(?:e|es|ing|en)|drove|lift(?:s|ed|ing)?|rais(?:e|es|ed|ing)|"
    r"lower(?:s|ed|ing)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|boost(?:s|ed|ing)?"
)


def _alternatives(pairs: list[tuple[str, str]]) -> str:
    return "|".join(f"(?:{pattern})" for pattern, _ in pairs)


def _noun(verb: str, pairs: list[tuple[str, str]]) -> str:
    return next(noun for pattern, noun in pairs if re.fullmatch(pattern, verb, re.I))


_VERB = _alternatives(_INTRANSITIVE)
_ACTIVE = _alternatives(_TRANSITIVE)
# Between a change and the level after it: the change's amount ("fell 4.1% to", "rose by
# about 5 percent to"), or nothing ("rose to").
_GAP = r"(?:\s+by)?(?:\s+[^\s,;]*\d[^\s,;]*(?:\s+[a-z%]+){0,3}?)?"
_FURTHER = r"(?:\s+(?:a\s+further|another|an\s+estimated|an\s+average\s+of))?"
_CHANGE = re.compile(rf"^(?P<subject>.*?)\s+(?P<verb>{_VERB})(?:\s+by)?{_FURTHER}\s*$", re.I)
_AGAIN = re.compile(
    rf"^(?P<subject>.*?)\s+(?P<verb>{_VERB})(?:\s+by)?\s+[^\s,;]*\d[^\s,;]*(?:\s+[^\s,;]+){{0,8}}?"
    r"\s+and\s+(?:by\s+)?(?:a\s+further|another)\s*$",
    re.I,
)
_LEVEL = re.compile(
    rf"^(?P<subject>.*?)\s+(?P<verb>{_VERB})(?:{_GAP}\s+to|\s+(?:below|above|under|over|beneath))\s*$",
    re.I,
)
_CHANGED = re.compile(
    rf"\b(?P<verb>{_ACTIVE})\s+(?P<object>[^\d,;]{{2,80}}?)\s+by{_FURTHER}\s*$", re.I
)
_RAISED_TO = re.compile(rf"\b(?:{_TO_LEVEL})\s+(?P<object>[^\d,;]{{2,80}}?){_GAP}\s+to\s*$", re.I)
# A change named by a noun, then the level it reached: "a 4% drop in sales, to".
_NOUN_CHANGE = re.compile(
    r"\b(?:drop|fall|rise|increase|decline|decrease|gain|jump|slump|cut|reduction|growth)\s+in\s+"
    r"(?P<what>[^,;:()]{2,60}?)\s*,\s*to\s*$",
    re.I,
)
# "closed up 0.7%", "then rose to close down 2%": a market's move over the day.
_CLOSING = re.compile(
    rf"^(?P<subject>.*?)\s*(?:\bthen\s+)?(?:(?:{_VERB})\s+to\s+)?\bclos(?:e|ed|es|ing)\s+"
    r"(?P<way>up|down|higher|lower)\s*$",
    re.I,
)
_MOVED = re.compile(
    rf"(?P<subject>[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:{_VERB})\s*,?\s*(?:then|and)?\s*$", re.I
)
# Words before a change that say which change: "a further 0.1%", "an average of 9.5%".
_QUALIFIED = re.compile(r"\b(?:a\s+(further)|an\s+(average)\s+of)\s*$", re.I)
# A bound read with the number ("below 1 percent"): the level a change passes.
_BOUND = re.compile(r"(?:below|above|under|over|beneath)\b", re.I)
# A change after a comma, its subject in the clause before: ", up 1.1 points from".
_TRAILING_CHANGE = re.compile(r"^\s*(up|down)(?:\s+by)?\s*$", re.I)
_LEVEL_BEFORE = re.compile(
    rf"\b(?:{_TO_LEVEL}|{_VERB})\s+(?P<object>[^\d,;]{{2,80}}?)\s+to\s+[^,;]*\d[^,;]*,\s*$", re.I
)
# Where the words before a number stop belonging to its clause ("and" does not: "the toll
# from rain and landslides rose").
_BREAK = re.compile(
    r"[,;:!?()\[\]“”\"\n—–]|--|\.\s|\b(?:that|which|who|while|but|whereas|said|says|told|"
    r"announced|reported|according to|then)\b",
    re.I,
)
# Where a subject's noun phrase ends: a preposition after its head ("death toll from ...").
_PREPOSITIONS = frozenset(
    "from in on at for among across between since during with by to under over after "
    "before into through amid".split()
)
_DETERMINERS = frozenset("the a an its their his her our".split())
_AUXILIARIES = frozenset(
    "has have had will would could may might can should is are was were be been being "
    "also further still again already now".split()
)
_PRONOUNS = frozenset("it they he she we i you which who".split())
_DEMONSTRATIVES = frozenset("this that these those".split())
_TIME = re.compile(
    r"^\s*(?:(?:percentage\s+)?points?\s+|percent\s+|per\s+cent\s+)?(?P<when>(?:since|between|from(?=\s+[^\d,;]+?(?:[,;.]|$)))\s+[^,;:()\[\]“”\"%]{3,60}?)(?=\s*(?:[,;:()\[\]“”\"]|\.\s|"
    r"\.$|$|\s+(?:to|after|as|when|while|but|which|from)\b|\s+and\s+(?:a\s+further|another|by)\b))",
    re.I,
)
_WORD = re.compile(r"[\w'’.-]*\w")
_MOST = 5
_AGENT = 4
_NEAR = 3000
_MOST_OBJECT = 7


def change_what(text: str, start: int, end: int) -> str | None:
    """What the number at ``text[start:end]`` measures when a change is said of it: the
    change ("fall in revenue") or the level reached ("revenue"); None when no verb of
    change stands before it."""
    before = _BREAK.split(text[max(0, start - 200) : start])[-1]
    near = text[max(0, start - _NEAR) : end + _NEAR]  # where "revenue" is looked for
    closing = _CLOSING.match(before)
    if closing:  # "the index dipped, then rose to close up 0.7%": its closing gain
        what = _subject(closing.group("subject")) if closing.group("subject").strip() else None
        what = what or _mover(text[max(0, start - 200) : start - len(before)])
        noun = "gain" if closing.group("way").lower() in ("up", "higher") else "loss"
        return f"closing {noun} in {_lowered(what, near)}" if what else None
    reached = _NOUN_CHANGE.search(text[max(0, start - 200) : start])
    if reached:  # "a 12.6% drop in net profit for 2025, to 9.8 billion": net profit
        return _object(reached.group("what"))
    level = _LEVEL.match(before)
    if level:
        return _lowered(_subject(level.group("subject")), near)
    raised = _RAISED_TO.search(before)
    if raised:
        return _object(raised.group("object"))
    trailing = _TRAILING_CHANGE.match(before)
    if trailing:  # "pushing the ratio to 49.8 percent, up 1.1 points from ...": its rise
        what = _level_before(text[max(0, start - 200) : start - len(before)])
        noun = "rise" if trailing.group(1).lower() == "up" else "fall"
        return f"{noun} in {what}{_when(text, end)}" if what else None
    change = _CHANGE.match(before) or _AGAIN.match(before)
    if change and _BOUND.match(text, start):  # "could fall below 1 percent": a level
        return _lowered(_subject(change.group("subject")), near)
    changed = _CHANGED.search(before)
    if change:
        what = _subject(change.group("subject"))
        noun = _noun(change.group("verb"), _INTRANSITIVE)
    elif changed:
        what = _object(changed.group("object"))
        noun = _noun(changed.group("verb"), _TRANSITIVE)
        agent = _subject(before[: changed.start()])
        if what and agent and len(agent.split()) <= _AGENT:  # "programs raised spending by"
            what = f"{what} from {agent}"
    else:
        return None
    what = _lowered(what, near)
    if what is None:
        return None
    qualified = _QUALIFIED.search(before)  # "a further 0.1%", "by an average of 9.5 percent"
    if qualified:
        noun = f"{(qualified.group(1) or qualified.group(2)).lower()} {noun}"
    return f"{noun} in {what}{_when(text, end)}"


def _mover(clause: str) -> str | None:
    """What moved in the clause before ("the index dipped,") -> index."""
    moved = _MOVED.search(clause)
    return _phrase(_WORD.findall(moved.group("subject"))[-2:]) if moved else None


def _when(text: str, end: int) -> str:
    """ " since the start of the year", " between April and June", " from a year earlier":
    over when a change is measured, as the words after it say (or nothing)."""
    when = _TIME.match(text[end : end + 80])
    return f" {' '.join(when.group('when').split())}" if when else ""


def _level_before(clause: str) -> str | None:
    """What the clause before a trailing "up 1.1 points" took to a level: "pushing the
    ratio to 49.8 percent," -> ratio."""
    level = _LEVEL_BEFORE.search(clause)
    return _object(level.group("object")) if level else None


def _lowered(phrase: str | None, text: str) -> str | None:
    """A phrase opening a sentence with a capital only there ("Revenue", when the text
    around the number, ``text``, also writes "revenue") in lower case."""
    if not phrase or not phrase[:1].isupper() or phrase.split()[0].isupper():
        return phrase
    first = phrase.split()[0]
    if re.search(rf"(?<![\w'’.-]){re.escape(first.lower())}(?![\w'’-])", text):
        return first.lower() + phrase[len(first) :]
    return phrase


def _subject(words: str) -> str | None:
    """The noun phrase a verb is said of, from the clause's words before the verb."""
    out: list[str] = []
    for word in _WORD.findall(words):
        if word.lower() in _PREPOSITIONS and out:
            break
        out.append(word)
    return _phrase(out)


def _object(words: str) -> str | None:
    """The noun phrase a verb acts on, from the words after it, its prepositional tail
    kept ("their losses since the start of the year")."""
    return _phrase(_WORD.findall(words), tail=True)


def _phrase(words: list[str], *, tail: bool = False) -> str | None:
    while words and (words[-1].lower() in _AUXILIARIES or words[-1].lower().endswith("ly")):
        words = words[:-1]
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    words = words[:_MOST_OBJECT] if tail else words[-_MOST:]
    head = words
    if tail:  # the noun before its first preposition is the head
        head = words[: next((i for i, w in enumerate(words) if w.lower() in _PREPOSITIONS), None)]
    if not head or any(w.lower() in _PRONOUNS or w.lower() in _PREPOSITIONS for w in head):
        return None
    if len(words) == 1 and words[0].lower() in _DEMONSTRATIVES:
        return None  # "this rose": a pronoun ("this year's rate" is a noun phrase)
    if any(re.fullmatch(f"{_VERB}|{_ACTIVE}", w, re.I) for w in words):
        return None  # a second verb: not one noun phrase
    if words[-1].lower() in ("shares", "stock", "stocks"):  # "KPIC shares fell": its price
        words = [*words[:-1], "share", "price"]
    return " ".join(words)
