"""The quotations of an article and who introduces them, as news writing marks a speaker.

A quotation's speaker is usually named where it opens or closes ("Sheng said: “...”", "“...,”
said Sheng": :mod:`.attribution` reads those). Two more conventions name a speaker without a
verb of saying:

- a person named as the subject of the sentence that opens the quotation, or of the sentence
  just before it in the same paragraph: "UNHCR UK spokesman Mans Nyberg called for greater
  urgency: “We are also concerned with the 7m people ...”", "Vice President of Taxpayers for
  Common Sense, Steve Ellis, offered his explanation. “People who support ...”";
- a paragraph that opens on a quotation with no speaker continues the quotation of the
  paragraph just before it (a continued quote): the same speaker.
"""

from __future__ import annotations

import re

from summarizer.text.layout import Layout
from summarizer.text.sentences import Sentence
from summarizer.text.sources.references import TITLES, named_person

__all__ = ["introducer", "quotation_spans", "subject_of_sentence"]

_QUOTE_MARK = re.compile(r"[“”\"]")
# A person's name near a sentence's start, after a title or a role if any: its subject.
_SUBJECT_REACH = 90
_NAME = re.compile(r"\b(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z](?:[a-z]|['’][A-Z])[\w’'-]*\b")
# What a subject's name is followed by: a verb (lower case), or an appositive then a verb.
_THEN_VERB = re.compile(
    r"(?:,[^,;:“”\"]{1,90},|,)?\s+(?!(?:of|for|and|or|at|in|on|the|to|from|with|by|about|after|"
    r"before|over|under|into|during|as|than|who|which|that)\b)[a-z]"
)
# "Pervez Rashid, Pakistani Information Minister, declared": a role in the appositive.
_APPOSITIVE = re.compile(r",[^,;:“”\"]{1,90},")
_ROLE_WORD = re.compile(
    r"\b(?:[Mm]inister|[Pp]resident|[Ss]ecretary|[Ss]pokes(?:man|woman|person)|[Dd]irector|"
    r"[Cc]hair(?:man|woman)?|[Gg]overnor|[Mm]ayor|[Cc]hief|[Oo]fficer|[Aa]mbassador|"
    r"[Cc]ommissioner|[Ss]enator|[Rr]epresentative|[Ll]eader|[Hh]ead|[Jj]udge|[Aa]nalyst|"
    r"[Ee]conomist|[Pp]rofessor|[Ss]pokes\w+)\b"
)
_ROLE_OF = re.compile(rf"{_ROLE_WORD.pattern}\s+(?:of|for)\s+$")
_OPENS_ON_QUOTE = re.compile(r"\s*[“\"]")
# A sentence announcing the quotation of the next paragraph: "issued the following statement".
_FOLLOWING = re.compile(r"\bthe following (?:statement|remarks|comments?)\b", re.I)
_PREPOSITION = re.compile(r"\b(?:for|of|at|from|with|by|in|to|on|about|against)\s+$")
# What opens a sentence before a name: a joining word or an article, and the titles a person
# carries (:data:`.references.TITLES`).
_TITLE_WORDS = re.compile(
    rf"^(?:(?:But|And|Yet|So|Then|However|Meanwhile|Also|The|A|An|{TITLES})\.?\s+)+"
)


def quotation_spans(text: str, lay: Layout) -> list[tuple[int, int]]:
    """Every quotation of the text, (its opening mark, just after its closing mark),
    paragraph by paragraph, read once. One never closed is none, unless the next paragraph
    opens on a quotation mark: a quotation of several paragraphs closes only at its end, each
    paragraph reopening it (news style), so each such paragraph is quoted to its end."""
    spans: list[tuple[int, int]] = []
    lines = [line for line in lay.lines if line.text.strip()]
    for i, line in enumerate(lines):
        opened = None
        for m in _QUOTE_MARK.finditer(text, line.start, line.end):
            if opened is None and m.group(0) in '“"':
                opened = m.start()
            elif opened is not None and m.group(0) in '”"':
                spans.append((opened, m.end()))
                opened = None
        if opened is not None and i + 1 < len(lines) and _OPENS_ON_QUOTE.match(lines[i + 1].text):
            spans.append((opened, line.end))  # a quotation running on into the next paragraph
    return spans


def introducer(
    text: str, opened: int, sentences: list[Sentence], paragraph: tuple[int, int]
) -> tuple[str, int, Sentence] | None:
    """The person who introduces the quotation opening at ``opened``: (name, offset, the
    sentence naming them), the subject of the sentence it opens in, or of the one before it
    in its paragraph; None when no person is named so."""
    at = next((i for i, s in enumerate(sentences) if s.start <= opened <= s.end), None)
    if at is None:
        return None
    sentence = sentences[at]
    if not text[sentence.start : opened].strip() and at > 0:  # the quotation opens it: the
        sentence = sentences[at - 1]  # sentence before, in the same paragraph, or one ending
        # the paragraph before on a colon or announcing what follows ("X issued the following
        # statement:", "X issued the following statement about the report released today.")
        announces = sentence.text.endswith(":") or _FOLLOWING.search(sentence.text)
        if _QUOTE_MARK.search(sentence.text) or (
            sentence.start < paragraph[0]
            and not (announces and _next_paragraph(text, sentence, paragraph))
        ):
            return None
    elif _QUOTE_MARK.search(text, sentence.start, opened):
        return None  # a quotation before it in the sentence: not an introduction
    return subject_of_sentence(text, sentence)


def _next_paragraph(text: str, sentence: Sentence, paragraph: tuple[int, int]) -> bool:
    """Whether ``paragraph`` follows the one ending on ``sentence`` with none between."""
    return text[sentence.end : paragraph[0]].strip() == ""


def subject_of_sentence(text: str, sentence: Sentence) -> tuple[str, int, Sentence] | None:
    """A person's full name standing as the subject near the start of ``sentence``."""
    head = sentence.text[:_SUBJECT_REACH]
    for m in _NAME.finditer(head):
        name = _TITLE_WORDS.sub("", m.group(0))
        start = m.start() + len(m.group(0)) - len(name)
        if len(name.split()) < 2 or not _THEN_VERB.match(sentence.text, m.end()):
            continue
        if _ROLE_WORD.search(name.split()[-1]):
            continue  # "Pakistani Information Minister": a role
        if _PREPOSITION.search(head, 0, m.start()):  # "for Miller Tabak": no subject, but
            if not _ROLE_OF.search(head, 0, m.start()):  # "Secretary of Labor Hilda L. Solis"
                continue  # is a role's body, then a person
            words = name.split()
            tail = next((" ".join(words[i:]) for i in range(1, len(words) - 1)
                         if named_person(" ".join(words[i:]), text)), None)  # fmt: skip
            if tail is None:
                continue
            start += len(name) - len(tail)
            name = tail
        appositive = _APPOSITIVE.match(sentence.text, m.end())
        role = appositive is not None and bool(_ROLE_WORD.search(appositive.group(0)))
        before = head[: m.start()]  # "The judge overseeing the case, Steven T. O'Neill,"
        role = role or (before.endswith(", ") and bool(_ROLE_WORD.search(before)))
        if role or named_person(name, text):
            return name, sentence.start + start, sentence
    return None
