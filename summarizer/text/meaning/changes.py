"""What a number measures when a verb of change stands before it (no model).

Conventions of news writing read here (:func:`summarizer.text.meaning.figure_what` uses them):

- "Revenue fell 4.1%", "prices have risen by 18 percent since January": the number is the
  change, named by the verb's noun and what changed ("fall in revenue", "rise in prices
  since January"); "and a further 0.1%" after a change is the same change again;
- "Revenue fell 4.1% to 151 billion", "The death toll ... rose to 27": the number after
  "to" is the level the subject reached ("revenue", "death toll");
- a verb with an object says the same the other way round: "would lift growth by 0.2
  points" is an increase in growth, "pushing the ratio to 49.8 percent" the ratio;
- "shares fell" is said of a company's share price, and so are "shares of Acme fell" and
  "Acme saw its shares fall";
- "the index was up 25 points", "was down 3%": a market's move said with "up" or "down";
- "the Dow lost 300 points", "shed 2%", "added 15 points": with points, percent or cents a
  loss or a gain of what is priced (a company that "lost $2 billion" is left alone);
- "the Dow Jones, a stock market index ..., fell 344 points": an apposition between the
  subject and its verb is passed over, and so are a relative clause ("the Hang Seng,
  which ..., fell") and an aside ("The FTSE, however, gained");
- "Citigroup, which fell 13.8% to $2.51": a change in a relative clause is the change of
  the noun the clause is said of ("fall in Citigroup"), and so is its level ("Citigroup");
- "South Korea saw a 9% fall", "Acme posted a 4% rise": the change named after the number
  is the subject's;
- "rebounded, ending the day down 31 points": a closing move, of what moved before;
- "The DJIA had its worst fall since 1987, a drop of 9%": with points or percent, a change
  named by its noun is the sentence subject's.

The subject is the noun phrase the verb is said of, without its article, its prepositional
tail ("the death toll from the floods in the south" -> "death toll") or a dateline.
"""

from __future__ import annotations

import re

from summarizer.text.layout import MONTH_NAMES
from summarizer.text.meaning.objects import said_of_before
from summarizer.text.meaning.words import DETERMINERS

__all__ = ["CHANGE_NOUN", "change_what", "mover_of", "subject_before_aside", "subject_of"]

# A verb said of its subject ("Revenue fell") and the noun of the change it makes.
_INTRANSITIVE: list[tuple[str, str]] = [
    (r"ris(?:e|es|en|ing)|rose|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|surg(?:e|es|ed|ing)|"
     r"soar(?:s|ed|ing)?|gain(?:s|ed|ing)?|advanc(?:e|es|ed|ing)|rebound(?:s|ed|ing)?|"
     r"rall(?:y|ies|ied|ying)|recover(?:s|ed|ing)?", "rise"),
    (r"increas(?:e|es|ed|ing)", "increase"),
    (r"gr(?:ew|ow|own|ows|owing)|expand(?:s|ed|ing)?", "growth"),
    (r"f(?:ell|all|alls|allen|alling)|slump(?:s|ed|ing)?|plung(?:e|es|ed|ing)|"
     r"plummet(?:s|ed|ing)?|tumbl(?:e|es|ed|ing)|sl(?:id|ide|ides|iding)|slip(?:s|ped|ping)?|"
     r"s(?:ank|ink|inks|inking|unk)|retreat(?:s|ed|ing)?|dip(?:s|ped|ping)?", "fall"),
    (r"drop(?:s|ped|ping)?", "drop"),
    (r"declin(?:e|es|ed|ing)", "decline"),
    (r"decreas(?:e|es|ed|ing)", "decrease"),
    (r"contract(?:s|ed|ing)?|shr(?:ank|ink|inks|unk|inking)", "contraction"),
    (r"improv(?:e|es|ed|ing)", "improvement"),
    (r"worsen(?:s|ed|ing)?|deteriorat(?:e|es|ed|ing)", "worsening"),
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
# A number as written, its thousands commas kept ("15,000", "$4.1bn", "3%").
_AMOUNT = (
    r"(?:[^\s,;]*\d(?:[\d,.]*\d)?[^\s,;]*|(?:one|two|three|four|five|six|seven|eight|nine|"
    r"ten|a)(?:-(?:tenths?|quarters?|halfs?|half))?|half)"  # "fell one-tenth of a percent to"
)
# Between a change and the level after it: the change's amount ("fell 4.1% to", "rose by
# about 5 percent to"), or nothing ("rose to").
_GAP = (
    rf"(?:\s+by)?(?:\s+{_AMOUNT}(?:\s+[a-z%]+){{0,3}}?)?"
    r"(?:\s+(?:from|on|over)\s+(?:a|the|last|this)\s+(?:year|quarter|month|week|period)"
    r"(?:\s+(?:earlier|ago|before))?"
    rf"|\s+from\s+{MONTH_NAMES}(?:\s+\d{{4}})?"  # "declined 2.1 percent from September to"
    rf"|\s+from(?:\s+(?:about|around|nearly|almost|some|roughly))?\s+{_AMOUNT}(?:\s+[a-z%]+){{0,2}}?)?"
)
_FURTHER = r"(?:\s+(?:a\s+further|another|an\s+estimated|an\s+average\s+of))?"
_CHANGE = re.compile(rf"^(?P<subject>.*?)(?:\s+|^)(?P<verb>{_VERB})(?:\s+by)?{_FURTHER}\s*$", re.I)
_AGAIN = re.compile(
    rf"^(?P<subject>.*?)\s+(?P<verb>{_VERB})(?:\s+by)?\s+{_AMOUNT}(?:\s+[^\s,;]+){{0,8}}?"
    r"\s+and\s+(?:by\s+)?(?:a\s+further|another)\s*$",
    re.I,
)
_LEVEL = re.compile(
    rf"^(?P<subject>.*?)\s+(?P<verb>{_VERB})(?:{_GAP}\s+to(?:\s+reach)?|"
    r"\s+(?:below|above|under|over|beneath))\s*$",
    re.I,
)
# A participle of change opening its clause, then the level: ", falling 0.1 percent to".
_PARTICIPLE_LEVEL = re.compile(rf"^(?P<subject>\s*)(?P<verb>{_VERB}){_GAP}\s+to\s*$", re.I)
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
    rf"^(?P<subject>.*?)\s*(?:\bthen\s+)?(?:(?:{_VERB})\s+to\s+)?\b(?:clos(?:e|ed|es|ing)|"
    r"(?:end(?:s|ed|ing)?|finish(?:es|ed|ing)?)\s+the\s+(?:day|session|week))\s+"
    r"(?P<way>up|down|higher|lower)\s*$",
    re.I,
)
# How a market's move is written after its number: "3%", "3 percent", "31 points".
_MARKET_WORDS = r"%|percent|per\s+cent|(?:percentage\s+)?points?"
# "South Korea saw a 9% fall": the change a subject saw, posted or suffered.
_SAW_CHANGE = re.compile(
    r"^(?P<subject>.*?)\s+(?:saw|sees|see|posted|posts|reported|reports|recorded|records|"
    r"suffered|suffers|registered|had|has)\s+(?:a|an)\s*$",
    re.I,
)
# The nouns of a change: "a drop", "a 9% fall", "a loss of".
CHANGE_NOUN = r"drop|fall|rise|gain|increase|decline|decrease|loss|jump|slump|plunge|surge"
# "a drop of 9%", "its biggest rise of 4 points": a change named by a noun.
_NOUN_OF_CHANGE = re.compile(
    rf"\b(?:an?|its|the|their)\s+(?:[\w-]+\s+)?(?P<noun>{CHANGE_NOUN})\s+of\s*$", re.I
)
# What a change is in, written after its number: "a drop of 40% in rainfall".
_IN_WHAT = re.compile(rf"\s*(?:{_MARKET_WORDS})?\s+(?:in|of|on|for)\b", re.I)
_CHANGE_NOUNS = frozenset(CHANGE_NOUN.split("|"))
_MOVED = re.compile(
    rf"(?P<subject>[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:{_VERB})\s*,?\s*(?:then|and)?\s*$", re.I
)
# "the NASDAQ was up nearly nine points": a move said with "up" or "down".
_UP_DOWN = re.compile(
    r"^(?P<subject>.*?)\s+(?:was|were|is|are|had\s+been|has\s+been|traded|stood)\s+"
    r"(?P<way>up|down|higher|lower)(?:\s+by)?\s*$",
    re.I,
)
# "lost 631 points", "shed 2%", "added 15 points": with a market's unit, a move.
_MARKET_MOVE = re.compile(
    r"^(?P<subject>.*?)\s+(?P<verb>los(?:e|es|t|ing)|shed(?:s|ding)?|add(?:s|ed|ing)?)(?:\s+by)?\s*$",
    re.I,
)
_SHARE_OR_SCORE = re.compile(rf"\s*(?:{_MARKET_WORDS})?\s+(?:of\b|to\s+\d)", re.I)
_MARKET_UNIT = re.compile(rf"[\s-]*(?:%|(?:{_MARKET_WORDS}|cents?)\b)", re.I)
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
    r"(?<!\d),|,(?!\d)|[;:!?()\[\]“”\"\n—–]|--|\.\s|\b(?:that|which|who|while|but|whereas|"
    r"said|says|told|announced|reported|according to|then)\b",  # not "15,000"
    re.I,
)
# Where a subject's noun phrase ends: a preposition after its head ("death toll from ...").
_PREPOSITIONS = frozenset(
    "from in on at for among across between since during with by to under over after "
    "before into through amid".split()
)
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
_WORD = re.compile(r"[\w'’.&-]*\w")
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
    named = _NOUN_OF_CHANGE.search(before)
    if named and _market_unit(text, start, end) and not _IN_WHAT.match(text, end):
        # "its worst fall, a drop of 9%" (not "a drop of 40% in rainfall": in rainfall)
        what = mover_of(text[max(0, start - 200) : start - len(before) + named.start()])
        what = _lowered(what, near)
        return f"{named.group('noun').lower()} in {what}{_when(text, end)}" if what else None
    after = re.match(r"[\s-]*([a-z]+)\b(?!\s+(?:in|of|on|for|as|to)\b)", text[end : end + 24])
    saw = _SAW_CHANGE.match(before) if after and after.group(1) in _CHANGE_NOUNS else None
    if after and saw:  # "South Korea saw a 9% fall": fall in South Korea
        said = re.split(r"\s+and\s+", saw.group("subject"))[-1]  # "X fell 8% and Y saw"
        what = _lowered(_subject(said), near)
        return f"{after.group(1)} in {what}{_when(text, end + after.end())}" if what else None
    closing = _CLOSING.match(before)
    if closing:  # "the index dipped, then rose to close up 0.7%": its closing gain
        what = _subject(closing.group("subject")) if closing.group("subject").strip() else None
        earlier = text[max(0, start - 200) : start - len(before)]
        what = what or _mover(earlier) or mover_of(earlier)
        noun = "gain" if closing.group("way").lower() in ("up", "higher") else "loss"
        return f"closing {noun} in {_lowered(what, near)}" if what else None
    reached = _NOUN_CHANGE.search(text[max(0, start - 200) : start])
    if reached:  # "a 12.6% drop in net profit for 2025, to 9.8 billion": net profit
        return _object(reached.group("what"))
    level = _LEVEL.match(before) or _PARTICIPLE_LEVEL.match(before)
    relative = said_of_before(text[max(0, start - 200) : start - len(before)])
    if level and relative and not level.group("subject").strip():  # "Citigroup, which fell
        return _lowered(_subject(relative), near)  # 13.8% to $2.51": Citigroup's price
    if level and not level.group("subject").strip():  # ", falling 0.1 percent to 6.6
        # percent": the level of what the clause before moved ("Unemployment ... dropped";
        # not "The river flooded the town, rising 2 metres to 10 metres")
        clause = _CLAUSE.split(text[max(0, start - 200) : start - len(before)])[-1]
        moved = re.search(rf"(?:^|\s)(?:{_VERB})\b", clause, re.I)
        return _lowered(_subject(clause[: moved.start()]), near) if moved else None
    if level:
        return _lowered(_subject(level.group("subject")), near)
    raised = _RAISED_TO.search(before)
    if raised:
        return _object(raised.group("object"))
    trailing = _TRAILING_CHANGE.match(before)
    if trailing:  # "pushing the ratio to 49.8 percent, up 1.1 points from ...": its rise
        earlier = text[max(0, start - 200) : start - len(before)]
        what = _level_before(earlier) or _stated(earlier)  # (or what the clause before
        # stated: "Expenditures ... totaled $194.7 billion in 2019, down 37.7 percent")
        noun = "rise" if trailing.group(1).lower() == "up" else "fall"
        return f"{noun} in {what}{_when(text, end)}" if what else None
    moved = _UP_DOWN.match(before)
    if moved:  # "the NASDAQ was up nearly nine points": its rise
        said = moved.group("subject")
        what = _subject(said) or _apposed(text, start, before, said, of_relative=True)
        what = _lowered(what, near)
        noun = "rise" if moved.group("way").lower() in ("up", "higher") else "fall"
        return f"{noun} in {what}{_when(text, end)}" if what else None
    market = _MARKET_MOVE.match(before)
    if market and _market_unit(text, start, end) and not _SHARE_OR_SCORE.match(text, end):
        # "the DJIA has lost 631 points" (not "lost 40% of their crops", "lost 112 to 98")
        said = re.split(r"\s+and\s+", market.group("subject"))[-1]
        what = _subject(said) or _apposed(text, start, before, said, of_relative=True)
        what = _lowered(what, near)
        noun = "gain" if market.group("verb").lower().startswith("add") else "loss"
        return f"{noun} in {what}{_when(text, end)}" if what else None
    change = _CHANGE.match(before) or _AGAIN.match(before)
    if change and _BOUND.match(text, start):  # "could fall below 1 percent": a level
        return _lowered(_subject(change.group("subject")), near)
    changed = _CHANGED.search(before)
    if change:
        said = change.group("subject")
        what = _subject(said) or _apposed(text, start, before, said, of_relative=True)
        if what is None and _AFTER_DOING.search(said):  # "rebounded after falling 100"
            what = mover_of(text[max(0, start - 200) : start])
        if (
            what is None
            and not said.strip()
            and _COMMA_BEFORE.search(text, max(0, start - len(before) - 40), start - len(before))
        ):
            # a participle opening its clause: "Employment in the travel and tourism
            # industries decelerated, growing 1.2 percent": what the clause before moved
            what = _stated(text[max(0, start - 200) : start - len(before)])
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


def _market_unit(text: str, start: int, end: int) -> bool:
    """Whether the number is in points, percent or cents (a market's move, not money)."""
    written = text[start:end].rstrip()
    return written.endswith(("%", "percent", "per cent", "points")) or bool(
        _MARKET_UNIT.match(text, end)
    )


# "The Dow Jones Industrial Average, a stock market index used to gauge ..., fell": the
# subject before an apposition (the sentence's first words, no verb among them).
_APPOSED = re.compile(
    r"(?:^|(?<=[.!?\n]))\s*(?P<subject>[^,.;:!?\n]{2,80}),\s+(?:(?:a|an|the|which|who)\s+"
    r"[^;:!?\n]{2,200}?|however|meanwhile|though|too|also|in\s+contrast|by\s+contrast),\s*$"
)


# An aside between a subject and its verb: "X—the returns a grower receives—", "X (a part
# of Y)" (the words before it, to their clause's start), read back from its closing mark.
_ASIDE_MARKS = {"—": ("—", 240), ")": ("(", 120), "--": (" -- ", 160)}
_ASIDE_SUBJECT = re.compile(r"[^.;:!?\n—()]{2,120}$")


def _before_aside(lead: str) -> str | None:
    """The words before an aside that ``lead`` ends on, back to their clause's start; None
    when it ends on none."""
    body = lead.rstrip()
    close = next((mark for mark in _ASIDE_MARKS if body.endswith(mark)), None)
    if close is None:
        return None
    opener, most = _ASIDE_MARKS[close]
    inner_end = len(body) - len(close)
    opened = body.rfind(opener, max(0, inner_end - most - len(opener)), inner_end)
    inner = body[opened + len(opener) : inner_end] if opened >= 0 else ""
    if len(inner.strip()) < 2 or "\n" in inner or (close == ")" and "(" in inner):
        return None
    subject = _ASIDE_SUBJECT.search(body[:opened].rstrip())
    return subject.group(0) if subject else None


# A relative clause's verb: the noun phrase before "which" or "that", past its last
# preposition ("the steep rise in food prices which climbed": food prices).
_RELATIVE_REACH = 80
_RELATIVE = re.compile(
    r"(?:^|\b(?:in|of|on|for|at|from|by|with|the|a|an|its|their)\s)"
    r"(?P<subject>(?:(?!(?:in|of|on|for|at|from|by|with|the|a|an|its|their)\b)[\w'’-]+\s+){1,3})"
    r"(?:which|that)\s*$",
    re.I,
)


def subject_before_aside(text: str, at: int) -> str | None:
    """The subject of a verb whose clause opens at ``at`` right after an aside or an
    apposition ("Returns, which equal the price times the yield, fell": Returns; "Total
    costs—which include ...—grew": Total costs); None when none stands before it."""
    return _apposed(text, at, "", "")


def _apposed(
    text: str, start: int, before: str, subject: str, *, of_relative: bool = False
) -> str | None:
    """The subject of a verb that opens its clause after an apposition ("X, a ..., fell"),
    or with ``of_relative`` (a verb of change) what the relative clause it opens is said of
    ("Citigroup, which fell 13.8%"): None when the clause has words before the verb
    (``subject``) or no apposition stands before it."""
    if subject.strip():
        return None
    lead = text[max(0, start - 300) : start - len(before)]
    aside = _before_aside(lead)
    if aside:  # "grower revenue—the returns ...—decreased", "fares (a component) declined"
        return _subject(_BREAK.split(aside)[-1])
    relative = _RELATIVE.search(lead, max(0, len(lead) - _RELATIVE_REACH))
    if relative:  # "the steep rise in food prices which climbed": food prices
        return _phrase(_WORD.findall(relative.group("subject")))
    said_of = said_of_before(lead) if of_relative else None
    if said_of:  # "Citigroup, which fell 13.8%": fall in Citigroup (a change's verb only)
        return _subject(said_of)
    apposed = _APPOSED.search(lead)
    if apposed is None:
        return None
    words = _WORD.findall(apposed.group("subject"))
    if any(re.fullmatch(f"{_VERB}|{_ACTIVE}", w, re.I) for w in words):
        return None
    return _subject(apposed.group("subject"))


# Where the clause that says what moved begins.
_CLAUSE = re.compile(r"[;:!?()\[\]“”\"\n]|\.\s|,\s+(?=(?:and|but|while|although|though)\b)")
# The first verb of a clause: what stands before it is its subject.
_FIRST_VERB = re.compile(
    rf"\b(?:was|were|is|are|had|has|have|clos(?:ed|es|ing)|ended|finished|opened|traded|"
    rf"recovered|lost|edged|added|shed|later|then|went|bottomed|peaked|hit|touched|reached|"
    rf"showed|shows|posted|posts|reported|recorded|registered|suffered|totall?ed|amounted|"
    rf"stood|came|accelerated|decelerated|"
    rf"{_VERB})\b",
    re.I,
)
_AFTER_DOING = re.compile(r"\b(?:after|before|while|when)\s*$", re.I)
_COMMA_BEFORE = re.compile(r"[^\d\s],\s*$")
# A verb of saying and what it says: "said Saturday that the Ebola death toll has reached".
_SAID_THAT = re.compile(r"\b(?:said|says|announced|reported)\b(?:\s+\w+){0,2}?\s+that\b", re.I)
# A level's or a change's verb, whose subject is what a trailing change is of (not "Toyota
# sold 2.1 million cars", "The company reported revenue of $5 billion").
_LEVEL_VERB = re.compile(
    rf"(?:totall?ed|amounted|stood|came|reached|was|were|is|are|accelerated|decelerated|"
    rf"{_VERB})",
    re.I,
)
_OPENS_ON_PRONOUN = re.compile(r"^\s*(?:it|they)\b", re.I)


def _stated(earlier: str) -> str | None:
    """What the clause ``earlier`` ends on stated a level or a change of, when its first verb
    is a level's or a change's ("Exports of goods and services reached $180.5 billion," ->
    Exports of goods and services; "Employment ... decelerated," -> Employment); None for a
    clause of another verb, or a subject holding a number."""
    said = list(_SAID_THAT.finditer(earlier))
    clause = _CLAUSE.split(earlier[said[-1].end() :] if said else earlier)[-1]
    verb = _FIRST_VERB.search(clause)
    subject_end = verb.start() if verb else 0
    while verb is not None and verb.group(0).lower() in ("has", "have", "had"):
        verb = _FIRST_VERB.search(clause, verb.end())  # ("the toll has reached")
    if verb is None or not _LEVEL_VERB.fullmatch(verb.group(0)):
        return None
    what = _subject(clause[:subject_end])
    if not what or re.search(r"\d", what) or what.split()[0].lower() in _PREPOSITIONS | {"of"}:
        return None  # (not "of goods that China buys")
    return what


def mover_of(before: str) -> str | None:
    """What moved, read off the words before a closing phrase or a closing move: the
    subject of their clause, or the sentence's first subject when the clause opens on a
    pronoun or has none ("The Dow rebounded late in the day after falling 100 points,
    ending the day down" -> Dow)."""
    clause = _CLAUSE.split(before)[-1]
    candidates = [] if _OPENS_ON_PRONOUN.match(clause) else [clause]
    for words in [*candidates, _sentence_opening(before)]:
        verb = _FIRST_VERB.search(words)
        what = _subject(words[: verb.start()] if verb else words)
        if what:
            return what
    return None


def _sentence_opening(before: str) -> str:
    """The words of the sentence ``before`` ends in, from its first word."""
    at = max(before.rfind(". "), before.rfind("\n"), before.rfind("; "))
    return before[at + 1 :] if at >= 0 else before


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


def subject_of(words: str) -> str | None:
    """The noun phrase a verb is said of, from the clause's words before it ("The Nikkei
    index" -> Nikkei index; "Shares of Acme" -> Acme share price)."""
    return _subject(words)


def _subject(words: str) -> str | None:
    """The noun phrase a verb is said of, from the clause's words before the verb: past
    "X saw" ("trading saw the FTSE 100 (rise)"), a company's for "shares of X" and
    "X saw its shares"."""
    found = _WORD.findall(words)
    seen = next((i for i in range(len(found) - 1, -1, -1) if found[i].lower() in _SAW), None)
    if seen is not None:
        if [w.lower() for w in found[seen + 1 :]] in (["its", "shares"], ["its", "stock"]):
            named = _names_before(found[:seen])
            return f"{named} share price" if named else None
        found = found[seen + 1 :]
    priced = found[0].lower() in ("shares", "stock") if found else False
    if len(found) > 2 and priced and found[1].lower() in ("of", "in"):
        named = _phrase(found[2:])  # "Shares of Acme Corp": Acme Corp's share price
        return f"{named} share price" if named else None
    found = _past_opening(found)
    out: list[str] = []
    for at, word in enumerate(found):
        if word.lower() in _PREPOSITIONS and out:
            named = _index_for(out, found[at:])
            if named:  # "the index for used cars and trucks fell": which index
                return named
            break
        out.append(word)
    return _phrase(out)


def _index_for(head: list[str], rest: list[str]) -> str | None:
    """An index named by what it is for ("index for used cars and trucks", "Consumer Price
    Index for All Urban Consumers"), from the words before "for" and from "for" on; None
    for any other noun or preposition."""
    if head[-1].lower() != "index" or rest[0].lower() != "for" or len(rest) < 2:
        return None
    named = _phrase(head)
    if named is None:
        return None
    tail = [
        w for w in rest[1 : 1 + _MOST_INDEX_FOR] if not re.fullmatch(r"\(?[A-Z]+-?[A-Z]*\)?", w)
    ]
    while tail and tail[-1].lower() in _DANGLING_WORDS:
        tail.pop()
    return f"{named} for {' '.join(tail)}" if tail else None


_MOST_INDEX_FOR = 6
_DANGLING_WORDS = frozenset({"and", "or", "of", "the", "a", "an", "less", "in", "for"})


def _past_opening(words: list[str]) -> list[str]:
    """The words after a clause's opening phrase of time or place and a joining "and" ("In
    the first hour the Dow", "At one point the Dow", "and the S&P 500" -> the Dow, ...)."""
    while words and words[0].lower() in _JOINING:
        words = words[1:]
    if not words or words[0].lower() not in _PREPOSITIONS:
        return words
    # the last determiner or name after the opening phrase's own noun
    for at in range(len(words) - 1, 1, -1):
        low = words[at].lower()
        if low in DETERMINERS or (words[at][:1].isupper() and not words[at - 1][:1].isupper()):
            return words[at:]
    return words[-1:]  # "During the week exports": the noun before the verb


_JOINING = frozenset({"and", "but", "while", "whereas", "as", "where"})


_SAW = frozenset({"saw", "sees", "see", "seeing"})


def _names_before(words: list[str]) -> str | None:
    """The name that ends ``words`` ("consulting firm Accenture" -> Accenture)."""
    names: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper():
            break
        names.insert(0, word)
    return " ".join(names) if names else None


def _object(words: str) -> str | None:
    """The noun phrase a verb acts on, from the words after it, its prepositional tail
    kept ("their losses since the start of the year")."""
    return _phrase(_WORD.findall(words), tail=True)


def _phrase(words: list[str], *, tail: bool = False) -> str | None:
    while words and (words[-1].lower() in _AUXILIARIES or words[-1].lower().endswith("ly")):
        words = words[:-1]
    while words and words[0].lower() in DETERMINERS:
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
