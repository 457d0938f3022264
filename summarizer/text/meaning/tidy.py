"""A phrase saying what a number measures, tidied at its ends: never running on into
another count ("car bombs killed at least 23 people": car bombs killed) or an aside after a
dash, never ending on a clause word it was cut at ("villagers injured when their"), never
cutting a name ("missing after Cyclone" + "Nargis"); nor keeping an adverb that says nothing
of what is measured ("satellites Jupiter now", "complaints also down") nor a word it was
cut after that points elsewhere ("Microsoft has replaced it", "TV crews present along"), nor
a word waiting for another it was cut from: a preposition, a determiner, a conjunction, a
subject pronoun, an adverb without its verb ("police officers among", "items such", "members
of the conspiracy repeatedly"); a word capitalised only because it opens a sentence is no
name inside it ("fall in jobless claims", not "fall in Jobless claims")."""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.text.layout import MONTH_NAMES, WEEKDAY_NAMES
from summarizer.text.meaning.patterns import ADVERB_LY, IRREGULAR_PAST, LY_NOUNS
from summarizer.text.meaning.phrases import plural
from summarizer.text.meaning.words import (
    AUXILIARIES,
    DANGLING,
    DETERMINERS,
    STOP_WORDS,
    TRAILING,
    word_set,
)

__all__ = ["SENTENCE_REST", "opener_case", "tidy_what"]

# Where a sentence's words end, for a phrase read in it.
SENTENCE_REST = re.compile(r"(?<!\b[A-Z])[.!?;](?!\w)|\n")


def tidy_what(what: str, text: str, end: int, most: int) -> str:
    """``what`` without another count it ran on into ("car bombs killed at least 23 people":
    car bombs killed; "people living in Myanmar with over 5": people living in Myanmar) or an
    aside after a dash, nor a clause word it was cut at ("villagers injured when their"), and
    with a name it was cut inside made whole ("missing after Cyclone" + "Nargis")."""
    words = what.split()
    count = next(
        (
            i
            for i in range(1, len(words))
            if _COUNT_OPENS.match(" ".join(words[i:]))
            and " ".join(words[:i]).count("(") == " ".join(words[:i]).count(")")
            and not (
                words[i].lower() in ("over", "about", "some", "around")
                and i + 2 < len(words)
                and words[i + 2].lower().rstrip("s") in _SPAN_WORDS
            )  # ("displaced over two weeks", "about two miles from": a span, not a count)
        ),
        None,
    )  # another count, after the first word and outside brackets ("(not including police)")
    if count is not None:
        words = words[:count]
    words = [w for i, w in enumerate(words) if not (i and w in _SAYS_NOTHING)] or words
    while len(words) > 1 and (
        words[-1].islower()  # (not "May")
        and (
            words[-1] in (_CUT_AT | _LEFT_OVER | TRAILING | STOP_WORDS | AUXILIARIES | DANGLING)
            or words[-1] in _HEAD_LEFT_OUT
            or _cut_adverb(words)
        )
    ):
        words.pop()
    if words and words[-1][:1].isupper() and len(words) < most + 2:
        name = _NAME_GOES_ON.match(text, _after_word(text, words[-1], end))
        if name is not None and not _SAID_NEXT.match(text, name.end()):
            # ("Cyclone" + "Nargis", "World War" + "Two"; not "in Sydney" + "Police
            # Commissioner Ann Lee said")
            words += name.group(1).split()[: most + 2 - len(words)]
    tidied = " ".join(words)
    return tidied if tidied.strip() else what


def _after_word(text: str, word: str, end: int) -> int:
    """Where ``word`` (a whole word) first ends after the figure's end, within its sentence
    (200 characters at most); the text's end when it is not there (no name goes on: the
    word before the figure, "Iraq Body Count said 40 people died in Iraq", is another name)."""
    stop = SENTENCE_REST.search(text, end, end + 200)
    found = re.search(
        rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])",
        text[end : stop.start() if stop else end + 200],
    )
    return end + found.end() if found else len(text)


_SPAN_WORDS = word_set(
    "second minute hour day week month year decade century mile kilometer kilometre km metre "
    "meter feet foot yard"
)
_SAID_NEXT = re.compile(r"\s+(?:said|says|told|reported|added)\b")
# Another count that a phrase ran on into: a qualifier or a figure ("at least 23", "over 5",
# "a total of almost £4 million", "-- including two senior").
_QUALIFIES = (
    r"(?:at least|at most|more than|less than|fewer than|up to|over|about|almost|nearly|some|"
    r"a total of)"
)
_COUNT_OPENS = re.compile(
    r"(?:--|—|–)(?:\s|$)|"  # an aside set off by a dash: "commanders -- in addition"
    rf"(?:including\s+|{_QUALIFIES}\s+)(?:{_QUALIFIES}\s+)?"
    r"(?:[$€£¥]|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|"
    r"thousands?|millions?)\b)",
    re.I,
)
# Clause words a phrase may be cut at, which never end one.
_CUT_AT = word_set(
    "when while if because so its their his her our into whose where whom since until unless "
    "though although whereas"
)
# Adverbs that say nothing of what a number measures, wherever they stand after its first
# word ("known satellites Jupiter now", "humanitarian organizations have already appealed").
_SAYS_NOTHING = word_set("also now already reportedly actually even")
# Words a phrase was cut after that end no phrase: a preposition without its object ("killed
# on Sunday after"), a pronoun or an adverb pointing elsewhere ("Microsoft has replaced it",
# "civilians there", "damage to agriculture alone", "reported missing yesterday").
_LEFT_OVER = word_set(
    "along after during between within it them there alone too yesterday both all own"
)
# Words that need a word after them, which a phrase cut after them lost: a preposition
# ("police officers among", "tunnels through"), a determiner without its noun ("items such",
# "these", "right outside my"), a conjunction ("preferred Ann Roe but", "to
# determine whether") or a subject pronoun ("the cases he", "fight until we").
_HEAD_LEFT_OUT = word_set(
    "among amid through near below above beyond toward towards across via without upon "
    "such those these either neither my your another but whether nor he she we they i "
    "us him"
)
# Adverbs a phrase cut before their verb ends on ("members of the conspiracy repeatedly",
# "exhibits approximately"); not one said of a participle before it ("returns filed
# electronically", "gas produced locally").
_ADVERBS = word_set("soon then approximately respectively presently never still")
# ... but one saying how often is a rate ("migrants crossing the river daily").
_HOW_OFTEN = word_set("hourly daily nightly weekly monthly quarterly yearly annually")


def _cut_adverb(words: list[str]) -> bool:
    """Whether ``words`` end on an adverb that says nothing without the verb it was cut
    from (see :data:`_ADVERBS`; one in "-ly" not after a participle, nor an adjective after
    a verb of being, "it is unlikely", nor one saying how often)."""
    last = words[-1]
    if last in _ADVERBS:
        return True
    if not ADVERB_LY.fullmatch(last) or last in LY_NOUNS | _HOW_OFTEN:
        return False
    before = words[-2].lower() if len(words) > 1 else ""
    return not (
        before.endswith(("ed", "en"))
        or before in IRREGULAR_PAST | AUXILIARIES | DETERMINERS  # ("to the elderly": a noun)
    )


# The words of a name after its first: "Nargis", "Two", "South Wales" (not a sentence's next).
_NAME_GOES_ON = re.compile(
    rf"[ \t]+(?!(?:{WEEKDAY_NAMES}|{MONTH_NAMES})\b)"
    r"((?:[A-Z][\w’'-]*)(?:[ \t]+[A-Z][\w’'-]*){0,2})\b"
)


def opener_case(what: str, text: str) -> str:
    """``what`` with a word after its first in lower case where the article capitalises it
    only at a sentence's opening and writes it in lower case elsewhere, and it reads as a
    common noun: a plural, or a word before a lower-case one ("Jobless claims fell ... new
    jobless claims": fall in jobless claims; "Rescuers have recovered ... rescuers": bodies
    recovered by rescuers; not "Labor" where the party is named mid-sentence, nor a company
    by a common word's name: "Target will cut 1,800 jobs ... its sales target")."""
    words = what.split(" ")
    common = _opener_words(text)
    for at, word in enumerate(words[1:], 1):
        if not re.fullmatch(r"[A-Z][a-z]+", word) or word.lower() not in common:
            continue
        after = words[at + 1] if at + 1 < len(words) else ""
        if plural(word.lower()) or after[:1].islower():
            words[at] = word.lower()
    return " ".join(words)


_WORD = re.compile(r"(?<![\w’'-])[A-Za-z][a-z]+(?![\w’'-])")


@lru_cache(maxsize=8)
def _opener_words(text: str) -> frozenset[str]:
    """The words (lower case) ``text`` writes in lower case somewhere and capitalises only
    where a sentence opens, never as a name's first word ("Bank of America said"): read in
    one pass per text."""
    lower: set[str] = set()
    openers: dict[str, bool] = {}
    for m in _WORD.finditer(text):
        word = m.group(0)
        if word[0].islower():
            lower.add(word)
            continue
        low = word.lower()
        opens = _opens(text, m.start()) and not _NAME_GOES_ON_AFTER.match(text, m.end())
        openers[low] = openers.get(low, True) and opens
    return frozenset(w for w, only in openers.items() if only and w in lower)


# A name going on after its first word: "Bank of America", "Bank Negara", "Red Cross".
_NAME_GOES_ON_AFTER = re.compile(r"(?:\s+(?:of|for|and|&)\s+(?:the\s+)?|[ \t]+)[A-Z]")


def _opens(text: str, at: int) -> bool:
    """Whether a sentence opens at ``at``: the text's start, a line's, after a full stop (a
    closing quote), or after an opening quote or bracket."""
    return at == 0 or _OPENS.search(text, max(0, at - 6), at) is not None


_OPENS = re.compile(r"(?:\n|[.!?][\"”’']?[ \t]+|[\"“‘(])\s*$")
