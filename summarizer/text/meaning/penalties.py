"""What a court's penalty measures and on whom it falls, as court reports and justice-department
releases write it: "Joseph Milton was sentenced to four years in prison" (Joseph Milton's
prison sentence), "Murray faces up to 15 years in prison on each bribery count" (Murray's
maximum prison sentence per bribery count), "LG Display ... was sentenced to pay a $400
million criminal fine" (LG Display criminal fine)."""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.text.meaning.words import word_set
from summarizer.text.numbers.quantities import Mention

__all__ = ["owned_penalty", "penalty_what"]

# The term after the number: "four years in prison", "six months imprisonment", "a seven-month
# prison sentence", "18 months of home confinement", "four years probation".
_TERM_AFTER = re.compile(
    r"(?:\s+|-)(?:years?|months?|weeks?|days?)['’]?"
    r"(?:\s+in\s+(?:a\s+)?(?:federal\s+|state\s+)?(?P<in>prison|jail)\b|"
    r"\s+behind\s+bars\b(?P<bars>)|"
    r"\s+(?:of\s+)?(?P<served>imprisonment|incarceration|probation|home\s+confinement|"
    r"supervised\s+release)\b|"
    r"(?:\s+|-long\s+)(?P<kind>prison|jail)\s+(?:sentence|term)s?\b)",
    re.IGNORECASE,
)
# A sentence or term named before the number, with nothing after it but the unit: "a sentence
# of 12 years", "a maximum penalty of up to five years" (not "a penalty of $250,000").
_TERM_BEFORE = re.compile(
    r"\b(?P<kind>(?:average|total|combined|maximum|minimum|prison|jail)\s+){0,2}"
    # (a term only a prison's or a jail's: not "a term of five years" in office, of a loan)
    r"(?:sentence|(?<=prison\s)term|(?<=jail\s)term|penalty)s?\s+of\s+"
    r"(?:(?:up\s+to|at\s+least|about|more\s+than|no\s+more\s+than)\s+)?$",
    re.IGNORECASE,
)
# Time served, not a sentence: "She spent two years in prison", "freed after 27 years".
_SPENT = re.compile(
    r"\b(?:spent|served|after|following)\s+(?:(?:almost|nearly|about|more\s+than)\s+)?$"
)
_TIME_UNITS = word_set("year years month months week weeks day days")
_SERVED = {
    "imprisonment": "prison sentence",
    "incarceration": "prison sentence",
    "probation": "probation",
    "home confinement": "home confinement",
    "supervised release": "supervised release",
}
# The most a law allows, as the release states it right before the number: "faces up to",
# "carries a maximum penalty of up to", "a maximum of", "could serve" (not the sentence a judge
# gave, nor a word of the sentence's elsewhere: "Facing protests, the judge sentenced ...").
_MOST = re.compile(
    r"(?:\b(?:faces?|facing|faced|could\s+(?:serve|face|get|receive)|carr(?:y|ies|ying))\s+"
    r"(?:an?\s+)?(?:(?:maximum|statutory|possible|potential)\s+){0,2}"
    r"(?:(?:prison\s+|jail\s+)?(?:sentences?|penalty|penalties|terms?)\s+of\s+)?|"
    r"\bmaximum\s+(?:(?:prison\s+|jail\s+)?(?:sentence|penalty|term)\s+)?(?:of\s+)?|"
    # ("the maximum penalty for conspiracy to act as an agent ... is five years")
    r"\bmaximum\s+(?:prison\s+|jail\s+)?(?:sentence|penalty|term)\b[^.;]{0,80}?\b(?:is|was)\s+|"
    # ("carries a maximum fine of $1 million and up to 10 years in prison")
    r"\b(?:carr(?:y|ies|ying)|fac(?:es?|ing))\s+(?:a\s+)?maximum\b[^.;]{0,60}?\b(?:and|plus)\s+)"
    r"(?:up\s+to\s+)?$",
    re.IGNORECASE,
)
_LEAST = re.compile(
    r"\b(?:minimum|mandatory)\s+(?:(?:prison\s+|jail\s+)?(?:sentence|penalty|term)\s+)?"
    r"(?:of\s+)?(?:at\s+least\s+)?$",
    re.IGNORECASE,
)
# A term asked for, not given: "Prosecutors sought 20 years in prison".
_SOUGHT = re.compile(
    r"\b(?:sought|seeks?|seeking|asked\s+for|requested|recommended|demanded)\s+(?:an?\s+)?$",
    re.IGNORECASE,
)
# What the term is for, right after it: "on each bribery count", "for each offense", "on the
# false statement charge".
_PER = re.compile(
    r"\s+(?:on|for)\s+(?P<each>each|the)\s+(?P<charge>(?:[a-z][\w-]*\s+){0,3}?)"
    r"(?P<noun>count|charge|offen[cs]e|violation)s?\b",
    re.IGNORECASE,
)
# A name (of a person or a company) as a sentence names it: "Joseph Milton", "LG Display",
# "Richard W. Goldblatt".
_NAME = r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]*|de|van|von|al|bin))*)"
# "Joseph Milton, 45, of Dallas,", "Sartain of Hilliard, Ohio,"
_APPOSITION = r"(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?(?:(?:,[^,.;]{1,80}){1,3},)?"
_SENTENCED = re.compile(rf"\bsentenced\s+{_NAME}\s+to\b")  # "Judge Ray sentenced Marsh to"
_DEFENDANT = re.compile(
    rf"{_NAME}(?P<joint>\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?{_APPOSITION}\s+(?:(?:was|were|has(?:\s+been)?|have|had(?:\s+been)?|is|will\s+be)\s+)?"
    r"(?:also\s+|each\s+)?(?:sentenced|faces?|received|agreed|ordered|will\s+(?:spend|serve|pay)|"
    r"is\s+serving|must\s+(?:serve|pay)|could\s+serve|pleaded|paid)\b"
)
_NOT_NAMES = word_set(
    "The He She They It His Her Their Its A An Each Both Judge Court Prosecutors Conspiracy "
    "This That These Those In On At If When After Before Under"
)
_COMPANY_WORDS = word_set(
    "Corp Corp. Corporation Inc Inc. Ltd Ltd. LLC Co Co. Company Group Bank Airlines Air "
    "Cargo Systems Electric Pharmaceuticals Industries Holdings International Motors"
)


def penalty_what(text: str, mention: Mention, sentence_before: str) -> str | None:
    """What a number of years, months, weeks or days given as a court's penalty measures: the
    sentence (or probation, home confinement, supervised release), the most or the least the
    law allows, per count, and the defendant the sentence names ("Joseph Milton's prison
    sentence", "maximum prison sentence per bribery count"); None for any other number.
    ``sentence_before`` is the number's sentence before it."""
    after = _TERM_AFTER.match(text, mention.end)
    if after is not None:
        kind = _kind(after)
        end = after.end()
    else:
        unit = re.match(r"(?:\s+|-)([a-z]+)", text[mention.end : mention.end + 12])
        before = _TERM_BEFORE.search(sentence_before[-60:])
        if before is None or unit is None or unit.group(1).lower() not in _TIME_UNITS:
            return None
        kind = f"{' '.join((before.group('kind') or '').lower().split())} sentence".lstrip()
        end = mention.end + unit.end()
    if after is not None and _SPENT.search(sentence_before[-40:]):  # "She spent two years
        kind = f"time in {kind.split()[0]}" if kind.endswith(" sentence") else kind  # in prison"
    if _SOUGHT.search(sentence_before[-40:]):  # "Prosecutors sought 20 years in prison"
        kind = f"{kind} sought"
    near = sentence_before[-80:]
    scope = "minimum " if _LEAST.search(near) else "maximum " if _MOST.search(near) else ""
    if scope and scope.strip() in kind:  # ("a maximum sentence of": said once)
        scope = ""
    per = _PER.match(text, end)
    each = (
        f" {'per' if per.group('each').lower() == 'each' else 'for'} {per.group('charge')}"
        f"{per.group('noun').lower()}"
        if per
        else ""
    )
    owner = _defendant(sentence_before, text, person=True)  # (no company goes to prison)
    return f"{owner}{scope}{kind}{each}"


def _kind(term: re.Match[str]) -> str:
    if term.group("in"):
        return f"{term.group('in').lower()} sentence"
    if term.group("kind"):
        return f"{term.group('kind').lower()} sentence"
    if term.group("served"):
        return _SERVED[" ".join(term.group("served").lower().split())]
    return "prison sentence"  # behind bars


def _defendant(sentence_before: str, text: str, *, person: bool = False) -> str:
    """The person or company the sentence's verb names ("Joseph Milton, 45, was sentenced",
    "sentenced Marsh to", "Murray faces"), as the penalty's owner ("Joseph Milton's ", "LG
    Display "), or ""."""
    window = sentence_before[-300:]
    found = list(_SENTENCED.finditer(window)) or list(_DEFENDANT.finditer(window))
    if not found:
        return ""
    name = found[-1].group("name") + (found[-1].groupdict().get("joint") or "")
    return _owner(name.split(), text, person=person)  # ("LAN Cargo and ABSA")


def _owner(words: list[str], text: str, *, person: bool = False) -> str:
    """A name as a penalty's owner: a person's with "'s" ("Joseph Milton's", and "Marsh's"
    when the article names him "Lee Marsh"), a company's and two names as they are ("LG
    Display", "LAN Cargo and ABSA", "Chunghwa")."""
    while words and words[0] in _NOT_NAMES:
        words = words[1:]
    if not words or len(words) > 6:
        return ""
    name = " ".join(words)
    if "and" in words or any(w in _COMPANY_WORDS or _CAPITALS.fullmatch(w) for w in words):
        return f"{name} "  # ("LG")
    if len(words) == 1 and not person and not _surname(words[0], text):
        return f"{name} "
    return f"{name}'s "


_CAPITALS = re.compile(r"[A-Z]{2,}[A-Z&-]*")  # "LG", "EL AL" (not an initial: "G.")


def _surname(word: str, text: str) -> bool:
    """Whether a single name is a person's last name as the article writes it in full ("Lee
    Marsh"), never running on into a longer name ("Chunghwa Picture Tubes")."""
    last, running = _names_of(text)
    return word in last and word not in running


@lru_cache(maxsize=4)  # (read once per article, however many fines it has; a few articles
def _names_of(text: str) -> tuple[frozenset[str], frozenset[str]]:  # held, not hundreds)
    """The capitalised words an article writes last in a full name ("Marsh" of "Lee Marsh"),
    and those it writes before another capitalised word ("Chunghwa" of "Chunghwa Picture")."""
    last = frozenset(m.group(1) for m in _LAST_IN_NAME.finditer(text))
    running = frozenset(m.group(1) for m in _BEFORE_CAPITAL.finditer(text))
    return last, running


_WORD_OF_NAME = r"[A-Z][\w-]*(?:['’][A-Z][\w-]*)?"  # ("O'Brien"; not "Marsh's": Marsh)
_LAST_IN_NAME = re.compile(rf"(?=\b[A-Z][a-z]+\.? (?:[A-Z]\. )?({_WORD_OF_NAME})\b)")
_BEFORE_CAPITAL = re.compile(rf"\b({_WORD_OF_NAME})\s+(?=[A-Z])")


# A sum a court or a settlement lays on someone, as the rules name it ("criminal fine",
# "restitution", "civil penalty").
_SUM = re.compile(
    r"(?:(?:total|single|combined)\s+)?(?:(?:criminal|civil)\s+)?"
    r"(?:fines?|penalty|penalties|restitution|forfeiture)",
    re.IGNORECASE,
)
_AGAINST = re.compile(rf"\s+(?:criminal\s+fine\s+)?(?:levied\s+|imposed\s+)?against\s+{_NAME}")


def owned_penalty(what: str, text: str, mention: Mention, sentence_before: str) -> str:
    """A fine, penalty or restitution with the person or company it falls on, as the sentence
    names them ("Chung agreed to ... pay a $25,000 criminal fine": Chung's criminal fine; "a
    $425 million criminal fine levied against Bridgestone Corp.": Bridgestone Corp criminal
    fine; "Cates was also ordered to pay $811,312.14 in restitution": restitution from
    Cates), and the most the law allows ("faces up to five years in prison ... and a fine of
    $250,000": maximum fine); any other ``what`` as it is."""
    if not _SUM.fullmatch(what):
        return what
    if _RESTITUTION_TO.match(text, mention.end):
        return what  # (the one it is paid to is named: "$11,050 in restitution to AVS LLC")
    most = _MOST.search(sentence_before[-80:]) or _FINE_AFTER_TERM.search(sentence_before[-160:])
    scope = "maximum " if most and "maximum" not in what else ""
    against = _AGAINST.match(text, mention.end, mention.end + 200)
    owner = (
        _owner(against.group("name").split(), text)
        if against
        else _defendant(sentence_before, text)
    )
    if owner and what.lower() == "restitution":
        return f"restitution from {owner.strip().removesuffix(chr(39) + 's')}"
    return f"{owner}{scope}{what}"


_RESTITUTION_TO = re.compile(r"\s+(?:[a-z]+\s+){0,2}?in\s+restitution\s+to\b")
# ... or a fine the release gives after the most prison time: "faces up to five years in prison
# ... as well as a fine of" (not "faces fines totaling", nor "agreed to pay up to $800 million").
_FINE_AFTER_TERM = re.compile(
    r"\b(?:fac(?:es?|ing)|carr(?:y|ies|ying))\s+(?:a\s+maximum\s+[^.;]{0,40}?|up\s+to\s+)"
    r"[^.;]{0,100}?\b(?:and|as\s+well\s+as|plus)\s+(?:an?\s+)?(?:maximum\s+)?"
    r"(?:criminal\s+)?fines?\s+of\s+(?:up\s+to\s+)?$",
    re.IGNORECASE,
)
