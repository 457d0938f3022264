"""Whose votes a count of votes is, read off election reporting's fixed phrases (no model).

- "NAME was elected with N votes", "NAME received N votes", "NAME won ... with N votes":
  NAME's votes, in the constituency the paragraph opens on ("In the Kowloon East
  constituency, ...") when it names one (the candidate is the last name before the verb
  that is not an affiliation: "Ann Lee of the Labour Party", "the Green Party's Ann Lee");
- "NAME defeated OTHER by N votes", "OTHER was defeated by N votes by NAME": NAME's margin
  over OTHER;
- in a paragraph about a poll or a vote, "N percent for NAME" and "NAME on N percent" give
  NAME's vote share, and so do "NAME with N percent", "NAME (N percent)", "NAME led with N
  percent", "to NAME's N percent", "NAME was supported by N percent" and "NAME held the
  support of N percent";
- "a poll of 2,400 voters", "which polled 41,856 residents": the poll's sample size.
"""

from __future__ import annotations

import re

__all__ = ["sample_what", "share_of_vote", "votes_what"]

_NAME_WORD = r"[A-Z][\w'’-]*"
_NAME = re.compile(rf"(?<![\w'’-]){_NAME_WORD}(?:\s+{_NAME_WORD})*")
# Words that open a sentence or an affiliation, never a candidate's name.
_NOT_NAMES = frozenset(
    "The A An In On At By With For From Of And But After Before Meanwhile Also".split()
)
_WON = re.compile(
    r"\b(?:(?:re-)?elected|receiv(?:ed|es|ing)|w(?:on|ins|inning)|g(?:ot|ets|etting)|"
    r"secur(?:ed|es|ing)|garner(?:ed|s|ing)|poll(?:ed|s|ing)|earn(?:ed|s|ing)|tak(?:es|ing)|took|"
    r"captur(?:ed|es|ing))\b(?:(?:\s+[^\s]+){0,10}?\s+with)?\s*$"
)
_DEFEATED = re.compile(
    r"^.*\b(?P<verb>defeat(?:ed|s|ing)|beat(?:s|ing)?|edg(?:ed|es|ing)(?:\s+out)?|oust(?:ed|s|ing))\s+"
    r"(?P<other>.+?)\s+by\s*$",
    re.S,
)
_DEFEATED_BY = re.compile(r"\b(?:was|were)\s+(?:narrowly\s+)?(?:defeated|beaten)\s+by\s*$")
_BY_NAME = re.compile(rf"^\s*votes?\s+by\s+(?P<name>{_NAME.pattern})")
_RACE = re.compile(
    r"\bIn\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+|\([A-Z][\w'’-]*\)\s+){1,4}?)"
    r"(?:geographical\s+|functional\s+|electoral\s+)?(?:constituency|district|riding|ward|"
    r"electorate|precinct)\b"
)
_RACE_OF = re.compile(
    r"\bIn\s+the\s+(?:constituency|district|riding|ward|electorate)\s+of\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)
_REACH = 1000  # how far a paragraph is read around a number (a bound for very long ones)
_AFFILIATION = frozenset({"of", "from", "for", "at"})
_SENTENCE = re.compile(r"(?<![A-Z])[.!?]\s|\n")


def votes_what(text: str, start: int, end: int) -> str | None:
    """Whose votes the count of votes at ``text[start:end]`` is ("Ann Lee's votes", "Ann
    Lee's margin over Tom Ma"), or None when no election phrase says so."""
    before = _SENTENCE.split(text[max(0, start - 300) : start])[-1]
    after = text[end : end + 80]
    by = _BY_NAME.match(after)
    passive = _DEFEATED_BY.search(before)
    if by and passive:  # "Tom Ma was defeated by 400 votes by Ann Lee"
        loser = _candidate(before[: passive.start()])
        winner = _candidate(by.group("name"))
        return f"{winner}'s margin over {loser}" if winner and loser else None
    defeated = _DEFEATED.search(before)
    if defeated:  # "Ann Lee defeated Tom Ma by 400 votes"
        winner = _candidate(before[: defeated.start("verb")])
        loser = _first_name(defeated.group("other"))
        return f"{winner}'s margin over {loser}" if winner and loser else None
    won = _WON.search(before)
    if won:
        winner = _candidate(before[: won.start()])
        race = _race(text, start)
        return (f"{winner}'s votes" + (f", {race}" if race else "")) if winner else None
    return None


def _race(text: str, start: int) -> str | None:
    """The constituency a paragraph of results opens on: "In the Kowloon East geographical
    constituency, ..." -> Kowloon East."""
    window = max(0, start - _REACH)
    paragraph = text[max(window, text.rfind("\n", window, start) + 1) : start]
    races = sorted(
        [*_RACE.finditer(paragraph), *_RACE_OF.finditer(paragraph)], key=lambda m: m.start()
    )
    return " ".join(races[-1].group("name").split()) if races else None


def _names(words: str) -> list[str]:
    """The runs of capitalised words in ``words`` that are not an affiliation ("of the
    Labour Party") or a sentence's opening word, possessors left out ("the Green Party's
    Ann Lee" -> "Ann Lee")."""
    out = []
    for match in _NAME.finditer(words):
        owned = re.split(r"['’]s?\s+", match.group(0))
        if len(owned) == 1 and _affiliation(words[: match.start()]):
            continue  # "of the Labour Party": where the candidate belongs, not who
        name = owned[-1]
        parts = [w for w in name.split() if w not in _NOT_NAMES]
        if parts:
            out.append(" ".join(parts))
    return out


def _affiliation(before: str) -> bool:
    """Whether a name after ``before`` is an affiliation: "of", "of the", "from the"."""
    lead = [w.lower() for w in before.split()[-2:]]
    if lead[-1:] == ["the"]:
        lead = lead[:-1]
    return bool(lead) and lead[-1] in _AFFILIATION


def _candidate(words: str) -> str | None:
    names = _names(words)
    return names[-1] if names else None


def _first_name(words: str) -> str | None:
    names = _names(words)
    return names[0] if names else None


# The words of a vote; a survey's only for "PARTY on N percent" ("growth of 2.1 percent for
# Germany" in a survey is no vote share).
_ELECTORAL = re.compile(
    r"\b(?:votes?|voters|voting|elections?|electoral|ballots?|polls?|polled|polling)\b", re.I
)
_LEAD = 600  # the article's headline and lead
# A paragraph of an opinion poll that speaks of no vote: a candidate's share is their support.
_OPINION_POLL = re.compile(r"\b(?:polls?|polled|surveys?|surveyed)\b", re.I)
# (an election's count: "polling stations reporting", "exit polls", a runoff, results)
_VOTE_CAST = re.compile(
    r"\b(?:votes?|ballots?|voting|elections?|electoral|polling\s+stations?|exit\s+polls?|"
    r"runoffs?|results?)\b",
    re.I,
)
_SURVEY = re.compile(r"\bsurveys?\b", re.I)
_MONTHS_DAYS = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
_FOR_NAME = re.compile(
    rf"^\s*(?:percent|per\s+cent|%)?\s*for\s+(?:the\s+)?(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})"
)
_NAME_ON = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})\s*(?:\((?P<acronym>[A-Z]{{2,}})\))?\s+on\s+$"
)
# "Huckabee with 14 percent", "Jeb Bush (7 percent)", "Trump led with 19 percent", "to
# Carson's 10 percent", "Carson was supported by 18 percent", "Cruz held the support of 35",
# "Abdullah has 43.8 percent".
_NAME_WITH = re.compile(
    rf"(?:\bto\s+)?(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})(?:['’]s\s+|\s*\(\s*|"
    r"\s+(?:(?:led|leads|trailed|trails|came\s+\w+|finished\s+\w+|(?:was|were)\s+(?:second|"
    r"third|fourth|fifth|sixth|last))\s+)?with\s+|"
    r"\s+(?:was|were|is|are)\s+(?:supported|backed|favou?red)\s+by\s+|"
    r"\s+(?:held|had|has|won|got|received|drew)\s+(?:the\s+)?support\s+of\s+|"
    r"\s+(?P<has>has|had|won|got|received|took|garnered|polled|secured)\s+)"  # "Abdullah has 43.8"
    r"(?:about\s+|nearly\s+|almost\s+|some\s+)?$"
)


# After a share, a noun it is a share of or in: "41 percent approval", "38 percent of sales".
_SHARE_OF_SOMETHING = re.compile(
    r"\s*(?:percent|per cent|%)?\s+(?:of\b|(?!(?:and|to|in|on|at|against|while|with|for|among|"
    r"versus|vs|ahead|behind|compared|or|but|as|so|after|before|from)\b)[a-z]{3,})"
)


def share_of_vote(text: str, start: int, end: int) -> str | None:
    """ "29.1 percent for the PLR", "the Greens (GP) on 27.9 percent": the party's vote share,
    when the paragraph is about a poll or a vote; None otherwise."""
    window = max(0, start - _REACH)
    opened = max(window, text.rfind("\n", window, start) + 1)
    closed = text.find("\n", end, end + _REACH)
    paragraph = text[opened : closed if closed >= 0 else end + _REACH]
    electoral = _ELECTORAL.search(paragraph) is not None
    if not electoral and not _SURVEY.search(paragraph):
        return None
    named = _FOR_NAME.match(text[end : end + 80]) if electoral else None
    if named is None:
        lead = text[max(0, start - 80) : start]
        on = _NAME_ON.search(lead) or (_NAME_WITH.search(lead) if electoral else None)
        if on and on.groupdict().get("has") and _SHARE_OF_SOMETHING.match(text, end):
            on = None  # "Biden has 41 percent approval", "Amazon has 38 percent of sales"
        name = (on.groupdict().get("acronym") or on.group("name")) if on else None
    else:
        name = named.group("name")
    if not name or name.split()[0] in _NOT_NAMES or name.split()[0] in _MONTHS_DAYS:
        return None
    if _OPINION_POLL.search(paragraph) and not _VOTE_CAST.search(paragraph + text[:_LEAD]):
        return f"{name} support"  # "The poll shows Trump with 21 percent" (but a poll of
        # an election's vote, as the paragraph or the article's lead says, is a vote share)
    return f"{name} vote share"


_SAMPLE = re.compile(
    r"\b(?P<noun>poll|survey|study)\s+of\s*$|\b(?:which|that|who)\s+(?P<verb>poll|survey)(?:ed|s)\s*$",
    re.I,
)


def sample_what(text: str, start: int) -> str | None:
    """ "poll sample size" for the count at ``start`` after "a poll of" or "which polled";
    None otherwise."""
    sampled = _SAMPLE.search(text[max(0, start - 60) : start])
    if sampled is None:
        return None
    asked = sampled.group("noun") or sampled.group("verb")
    return f"{asked.lower()} sample size"
