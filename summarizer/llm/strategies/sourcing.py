"""The staged strategy's sources, and who states each figure.

Sources come from two places, merged by the fuzzy-name rule: the model's list and every source
the article's own attribution marks ("..., the ministry said", "according to ...";
:mod:`summarizer.text.sources.attribution`). A source of the model's is tied to the sentence that
names it, and dropped when none does, when only a picture credit does ("Image: X."), or when
no sentence naming it (nor the next one in its paragraph) gives a claim: a person the news is
about ("X was elected with N votes") is not a source, nor a place named as where ("in", "near",
"off" ...). A headline that calls the United Nations in short ("..., UN refugee agency says")
names the UN body the story names in full: one source.

A figure's source follows news-writing conventions: a source attributed in its sentence, else
one of the model's sources named in that sentence, else the source carried from earlier in
its paragraph, else (a headline or lead figure) the source of the same number
elsewhere; else none: the outlet's own figure.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property

from rapidfuzz import fuzz

from summarizer.brief.drafts import SourceDraft
from summarizer.brief.schema import BriefWarning, SourceKind
from summarizer.grounding.outlet import TOLD
from summarizer.grounding.spacing import as_written
from summarizer.llm.responses import SourceLabels
from summarizer.text.layout import Layout
from summarizer.text.meaning.unit import figure_unit
from summarizer.text.numbers.quantities import Mention, scan
from summarizer.text.sentences import (
    CLAIM,
    CREDIT,
    CUE,
    Sentence,
    clause_around,
    sentence_around,
)
from summarizer.text.sources.attribution import Attribution
from summarizer.text.sources.claims import Claim, name_before_saying
from summarizer.text.sources.names import (
    authored_apart,
    joint_bodies,
    kind_of,
    located_apart,
    name_key,
    names_overlap,
    people_of,
    person_in,
    person_of,
    short_form,
    spelled_alike,
    unnamed,
)
from summarizer.text.sources.references import (
    PERSONS_PEOPLE,
    UN_BODY,
    acronym_name,
    full_name,
    named_person,
)

__all__ = ["SAME_SOURCE", "SourceBook"]

_ONE_WORD = re.compile(r"^\w+$")  # a name looked for whole in the article
_CUT_AT_INITIAL = re.compile(r"\w\s+[A-Z]\.$")  # "Deborah A.": a person's name cut short


def _whole_word(word: str, text: str) -> bool:
    """Whether ``word`` stands in ``text`` as a whole word, in any case."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.I) is not None


_BARE_GROUP = re.compile(
    r"^(?:[Tt]he\s+)?(?P<role>[Oo]fficials|[Aa]uthorities|[Ss]ources|[Aa]nalysts)$"
)


def _bare_and_qualified(name: str, other: str) -> bool:
    """A bare group ("Officials now say 348 were killed") and the group qualified ("Local
    officials said more than 500 were hurt"): two sources, the wider and the narrower ("The
    officials" is the bare group again)."""
    for bare, qualified in ((name, other), (other, name)):
        found = _BARE_GROUP.match(bare.strip())
        if found and re.fullmatch(
            rf"(?:the\s+)?(?!the\s)[\w.’'-]+\s+{found.group('role').lower()}",
            qualified.strip(),
            re.I,
        ):
            return True
    return False


_OWNED_PEOPLE = re.compile(rf"['’]s\s+{PERSONS_PEOPLE}$")


def _owned_apart(name: str, other: str) -> bool:
    """A person's people and the person ("Yahya Jammeh's critics", "Yahya Jammeh"), or two
    of their groups ("... supporters", "... critics"): two sources."""
    return bool(_OWNED_PEOPLE.search(name)) != bool(_OWNED_PEOPLE.search(other)) or (
        bool(_OWNED_PEOPLE.search(name)) and name.split()[-1] != other.split()[-1]
    )


def _two_people(name: str, other: str) -> bool:
    """Two persons of one body ("Ann Lee of the Harbour Board", "Ben Cole of the Harbour
    Board"): two sources, though the body's words make the names alike."""
    first, second = person_in(name), person_in(other)
    return first is not None and second is not None and not names_overlap(first, second)


# A name as the object of a preposition: a place where ("in Ceará", "in the state of
# Ceará"), whom something goes to or is done with ("forfeit $175 million to the United States",
# "met with President Omar Bongo"). Not what names a source ("according to", "quoted in",
# "reported in The Times", "along with senator Mark Warner"), nor a clause ("a report in which
# Kofi Annan commended"); not "for" ("a reporter for the BBC said") nor a list's members
# ("Charities, such as Cats Protection, today said").
_OBJECT_OF = re.compile(
    r"(?:(?P<before>[\w’'-]+)\s+)?\b(?:in|at|to|with|from|into|against|between|among|across|"
    r"throughout|towards?|near|above|below|off|outside)\s+(?:(?:the|a|an)\s+)?(?:(?!(?:which|whom|whose|who|that|where|when)\s)"
    r"[a-z-]+\s+){0,3}?(?P<place>(?:state|province|city|town|village|region|district|county|"
    r"country)\s+of\s+(?:the\s+)?)?$"
)
_NAMES_A_SOURCE = re.compile(
    r"^(?:according|quoted|reported|published|cited|wrote|written|appeared|said|stated|told|"
    r"spoke|speaking|talking|interview|statement|testimony|letter|report|along|together)$",
    re.I,
)


# The United Nations as a headline names it: "UN", "the UN refugee agency", "top UN refugee
# official", "UN relief office".
_UN_HEADLINE = re.compile(
    r"^(?:[Tt]he\s+)?(?:top\s+)?(?:UN|U\.N\.|United\s+Nations)"
    r"(?P<what>(?:\s+[a-z]+){0,2}\s+(?:agency|office|official|body|organi[sz]ation))?$"
)


def _stems(name: str) -> set[str]:
    """The first five letters of each word of four letters or more ("refugee" and "Refugees"
    alike)."""
    return {word[:5] for word in re.findall(r"[a-z]{4,}", name.lower())}


# What a UN body known by its acronym deals with, as a headline describes it ("UN refugee
# agency": UNHCR; "UN food agency": WFP).
_UN_TOPICS = {
    "UNHCR": "refugee", "WFP": "food", "UNICEF": "children child", "WHO": "health",
    "IAEA": "nuclear atomic", "FAO": "food agriculture", "UNDP": "development",
    "UNFPA": "population", "OCHA": "humanitarian relief aid", "UNESCO": "cultural education",
}  # fmt: skip


def _topics(name: str) -> set[str]:
    """The stems of what a UN body named by its acronym deals with ("WFP": food)."""
    return {
        stem
        for acronym, topic in _UN_TOPICS.items()
        if re.search(rf"\b{acronym}\b", name)
        for stem in _stems(topic)
    }


_REPORTER = re.compile(r"\b(?:reporters?|correspondents?|journalists?)\b", re.I)

_EMAIL_DOMAIN = re.compile(r"[\w.+-]+@([\w-]+)\.[\w.-]+")


def _own_outlet(name: str, text: str) -> bool:
    """Whether ``name`` is the outlet that published ``text``, as far as the text tells: the
    outlet of a byline's e-mail ("BY LEE YU-JUNG [shin.minhee@joongang.co.kr]" is the
    JoongAng Ilbo's)."""
    squashed = re.sub(r"[^a-z]", "", name.casefold())
    domains = {m.group(1).casefold() for m in _EMAIL_DOMAIN.finditer(text)}
    return any(len(domain) >= 3 and domain in squashed for domain in domains)


_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|be|being)\s+(?:(?:also|widely|not|now)\s+)?$"
)


_AGENT_AFTER = re.compile(r"\s+(?:by|in)\s+(?:the\s+)?[A-Z]")


def _active_claim(sentence: str) -> bool:
    """Whether ``sentence`` gives a claim (:data:`CLAIM`) other than in the passive ("Tropical
    Storm Noel is also believed to be a cause", "deaths have been reported in ...": someone
    unnamed believes or reports it, not the subject)."""
    return any(
        not _PASSIVE_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
        or _AGENT_AFTER.match(sentence, m.end())  # ("was reported in The Times": its venue)
        for m in CLAIM.finditer(sentence)
    )


def _only_an_object(name: str, sentence: str) -> bool:
    """Whether ``sentence`` names ``name`` (as written) only as the object of a preposition
    (:data:`_OBJECT_OF`): no speaker there, whatever verb of saying the sentence holds."""
    bare = re.sub(r"^the\s+", "", name, flags=re.I)
    found = list(re.finditer(rf"(?<!\w){re.escape(bare)}(?!\w)", sentence))
    for m in found:
        prep = _OBJECT_OF.search(sentence, max(0, m.start() - 80), m.start())
        if prep is None or (
            not prep.group("place") and _NAMES_A_SOURCE.match(prep.group("before") or "")
        ):
            return False
    return bool(found)


NAME_MATCH = 85  # rapidfuzz partial ratio for a source name found in a sentence
SAME_SOURCE = 90  # token-set ratio of two spellings of one source


class SourceBook:
    """The sources of one article and the source of each of its figures."""

    def __init__(self, text: str, lay: Layout, sentences: list[Sentence]) -> None:
        self.text, self.layout, self.sentences = text, lay, sentences
        self.attribution = Attribution(text, lay)
        self.sources: list[SourceDraft] = []
        self._by_sentence: dict[int, str] = {}  # sentence start -> a model source it names
        self._unclaimed: dict[int, str] = {}  # ... one dropped for want of a claim
        self._naming_cache: dict[str, list[tuple[float, int, Sentence]]] = {}
        self._merged: list[tuple[str, SourceDraft]] = []  # a short form, the source it is

    # -- the list ---------------------------------------------------------------------------

    def _known(self, name: str) -> SourceDraft | None:
        listed = next((source for source in self.sources if self._alike(name, source.name)), None)
        if listed is None:  # a short form merged into a longer name is that name
            listed = next((into for short, into in self._merged if self._same(name, short)), None)
        return listed

    def _alike(self, name: str, other: str) -> bool:
        """Two spellings of one source: the fuzzy-name rule, or one person named in both with
        other words around ("Executive Assistant Director Arthur M. Cummings" and "Arthur M.
        Cummings, II, of the FBI National Security Division")."""
        if self._same(name, other):
            return True
        return bool(self._person_heading(name) & self._person_heading(other))

    def _person_heading(self, name: str) -> set[str]:
        """The person ``name`` names, by the article's reading of people (two words or more):
        the person of "BODY ROLE PERSON" or "PERSON of BODY", or a piece between commas that
        is a person's full name ("Arthur M. Cummings" of "Arthur M. Cummings, II, of the FBI
        ..." and of "Executive Assistant Director Arthur M. Cummings")."""
        found = {piece.strip() for piece in name.split(",")}
        found = {piece for piece in found if named_person(piece, self.text)}
        for person in (person_in(name), full_name(name, self.text)):  # (and "Spokesman
            if person is not None:  # McCormack" is "Sean McCormack", named so before)
                found.add(person)
        return {person for person in found if len(person.split()) >= 2}

    def add_labels(self, labels: SourceLabels | None, warnings: list[BriefWarning]) -> None:
        """The model's sources, each tied to the sentence that names it."""
        for label in labels.sources if labels is not None else []:
            written = as_written(label.name.strip(), self.text)  # "U. S." is "U.S."
            name = name_before_saying(written)  # not "Portugal reported its ..."
            if written and not name_key(name):
                warnings.append(
                    BriefWarning(
                        code="source_not_found",
                        message=f"dropped source {label.name!r}: a clause, not a name",
                    )
                )
            if _ONE_WORD.match(name) and not _whole_word(name, self.text):
                # "Kurdis" for "Kurdish": a name is whole words of the article
                warnings.append(
                    BriefWarning(
                        code="source_not_found",
                        message=f"dropped source {name!r}: only part of a word of the article",
                    )
                )
                continue
            listed = full_name(name, self.text) or name  # "Prime Minister Varadkar" is
            # listed by the full name the article gives, "Leo Varadkar" (and found as written)
            if not name_key(name) or self._known(name) or self._known(listed):
                continue  # the same source again ("Korea’s KCTV" and "Korea's KCTV")
            sentence = self._sentence_naming(name)
            if sentence is not None and _CUT_AT_INITIAL.search(name):  # a name the model cut
                # short at an initial: "Deborah A." for "said Deborah A. Garza, ..."
                whole = [c.name for c in self._claims_in(sentence) if c.name.startswith(name)]
                listed = max(whole, key=len) if whole else listed
            if sentence is not None and self._told(name, label.kind):
                pass  # an outlet a speaker told: the claim reached the story through it
            elif sentence is None or not self._claims_something(name, listed):
                why = (
                    "no sentence of the article names it"
                    if sentence is None
                    else "no sentence naming it gives it a claim (said, according to, a quote)"
                )
                warnings.append(
                    BriefWarning(code="source_not_found", message=f"dropped source {name!r}: {why}")
                )
                if sentence is not None:  # the article's attribution may still name it
                    self._unclaimed.setdefault(sentence.start, name)
                continue
            if CLAIM.search(sentence.text) and not self._only_stances(sentence):
                self._by_sentence.setdefault(sentence.start, listed)
            self._add(listed, label.kind, self._naming_clause(name, sentence))

    def add_claims(self) -> None:
        """Every source the article's attribution names that the list does not hold yet."""
        for claim in self.attribution.named:
            same = [s for s in self.sources if self._alike(claim.name, s.name)]
            for listed in same:  # a role the list holds, the claim naming the person too:
                self._with_person(listed, claim.name)  # the person's name
            if any(not (short_form(s.name, claim.name) and self._in_title(s)) for s in same):
                continue  # (a longer name than one the headline gives is kept apart until
                # the list is whole: "UN" in a headline, "the UN Office for ..." in the
                # story; see :meth:`merge_short_forms`)
            at = claim.start
            if claim.pronoun:  # "IMF research chief Olivier Blanchard downplayed ... '...,'
                # he said": the person, where named (a person's name only: the pronoun's
                # antecedent is a guess that a body's name must not pass)
                at = self.text.rfind(claim.name, 0, claim.start)
                if at < 0 or not named_person(claim.name, self.text):
                    continue
            start, end = clause_around(self.text, at, at + len(claim.name))
            parts = joint_bodies(claim.name)
            if parts:  # "the Commerce Department’s Census Bureau and Bureau of Economic
                # Analysis": two sources; the one named first states the figures
                for part in parts:
                    if self._known(part) is None:
                        self._add(part, kind_of(part), self.text[start:end])
                first = self._known(parts[0])
                if first is not None:
                    self._merged.append((claim.name, first))
                continue
            self._add(claim.name, kind_of(claim.name), self.text[start:end])

    def _with_person(self, listed: SourceDraft, name: str) -> None:
        """``listed`` named as ``name`` when it is the role ``name`` opens on and ``name`` adds
        the person's own name ("British prime minister" -> "British prime minister David
        Cameron", where the article says "British prime minister David Cameron said")."""
        person = person_in(name)
        if person is not None and name.startswith(listed.name + " ") and person not in listed.name:
            listed.name, listed.anonymous = name, False

    def merge_short_forms(self) -> None:
        """A body named by the leading words of a longer source's name is that source, where
        the headline names it so ("UN appeals for $14 million" over "the UN Office for the
        Coordination of Humanitarian Affairs (OCHA) said": headlines shorten the name the
        story gives in full), or where the story names it only as part of the longer name
        (a model's "UN" for "the UN Office for ..."); not where the story names it on its
        own ("The UN warned ..." beside a UN agency). A name with an acronym is the same
        name spelled out ("UN survey" and "United Nations survey"): one source, by the
        spelled-out name. A document is not its author's longer name ("BBC global poll")."""
        for source in list(self.sources):
            if source.kind == "anonymous_official" or named_person(source.name, self.text):
                continue
            for other in self.sources:
                if other is source:
                    continue
                whole = acronym_name(other.name, self.text) or other.name
                if spelled_alike(source.name, other.name) and len(source.name) < len(other.name):
                    break
                if short_form(source.name, whole) and self._only_short(source, whole):
                    break
            else:
                body = self._un_body_of(source)
                if body is None:
                    continue
                other = body
            self.sources.remove(source)
            self._merged.append((source.name, other))

    def _un_body_of(self, source: SourceDraft) -> SourceDraft | None:
        """The United Nations body a headline calls by the UN alone or by a description ("UN
        says ...", "..., UN refugee agency says", "top UN refugee official says"), where the
        story names it nowhere else: for "UN" alone the first UN body the story names; for a
        description the UN body sharing a word with it, by name or by what its acronym deals
        with ("UN refugee agency": the UN High Commissioner for Refugees, UNHCR), else the
        only UN body the story names; None among several."""
        described = _UN_HEADLINE.match(source.name)
        if described is None or not self._in_title(source):
            return None
        title = self.layout.title
        if not described.group("what") and title is not None:  # not "The UN warned ..."
            bare = re.sub(r"^the\s+", "", source.name, flags=re.I)  # in the story itself
            for found in re.finditer(rf"(?<!\w){re.escape(bare)}(?!\w)(?!\s+[A-Z])", self.text):
                if not title.start <= found.start() < title.end:
                    return None
        bodies = [
            other for other in self.sources
            if other is not source and UN_BODY.search(other.name) and not self._in_title(other)
        ]  # fmt: skip
        if not described.group("what"):  # "UN says": the UN body the story names first
            return next(iter(bodies), None)
        words = _stems(described.group("what") or "")
        sharing = [body for body in bodies if words & (_stems(body.name) | _topics(body.name))]
        if sharing:
            return sharing[0]
        return bodies[0] if len(bodies) == 1 else None  # (not a guess among several)

    def _only_short(self, short: SourceDraft, whole: str) -> bool:
        """Whether ``short`` is named in the headline, or else (out of the headline) only as
        the start of ``whole``."""
        if self._in_title(short):
            return True
        title = self.layout.title
        bare = re.sub(r"^the\s+", "", short.name, flags=re.I)
        for found in re.finditer(rf"(?<!\w){re.escape(bare)}(?!\w)", self.text):
            if title is not None and title.start <= found.start() < title.end:
                continue
            if not self.text.startswith(whole, found.start()):
                return False
        return True

    def _in_title(self, source: SourceDraft) -> bool:
        """Whether ``source`` is named (its clause found) in the headline."""
        title = self.layout.title
        return title is not None and self.text.find(source.quote, title.start, title.end) >= 0

    def _add(self, name: str, kind: SourceKind, quote: str) -> None:
        self.sources.append(
            SourceDraft(name=name, kind=kind, anonymous=unnamed(name, kind), quote=quote)
        )

    @cached_property
    def _named(self) -> list[tuple[int, Sentence, str]]:
        """The sentences a source can be named in (not picture credits), with their name keys:
        computed once, every source of the model is looked for in them."""
        return [
            (i, s, name_key(s.text))
            for i, s in enumerate(self.sentences)
            if not CREDIT.match(s.text)
        ]

    def _naming(self, name: str) -> list[tuple[float, int, Sentence]]:
        """(match score, index, sentence) of every sentence naming ``name`` fuzzily (looked
        for once per name: the list and the claim test both ask)."""
        key = name_key(name)
        if key not in self._naming_cache:
            scored = [(fuzz.partial_ratio(key, hay), i, s) for i, s, hay in self._named]
            one_word = bool(_ONE_WORD.match(key))
            self._naming_cache[key] = [
                item
                for item in scored
                if item[0] >= NAME_MATCH and (not one_word or _whole_word(key, item[2].text))
            ]  # (a one-word name is a whole word there: "The Age" is not in "images")
        return self._naming_cache[key]

    def _sentence_naming(self, name: str) -> Sentence | None:
        good = [(score, -i, s) for score, i, s in self._naming(name)]
        if not good:
            return None
        # Prefer a sentence that attributes something (said, told, according to ...).
        attributing = [item for item in good if CUE.search(item[2].text)]
        return max(attributing or good, key=lambda item: (item[0], item[1]))[2]

    def _claims_something(self, name: str, listed: str) -> bool:
        """Whether the article gives ``name`` a claim: a sentence naming it says who claims
        there and it is this source, or (naming nobody) holds a cue or a quotation
        (:data:`CLAIM`); else the next sentence of its paragraph does ("Medvedev went on
        television." then a quotation). "Malaysia's Prime Minister, Najib Razak, said" gives
        Malaysia no claim. A claim the attribution gives the full name ``listed`` is this
        source's too ("Prime Minister Roe said" read as Leo Roe's)."""
        for _, i, sentence in self._naming(name):
            if _only_an_object(name, sentence.text):
                continue  # "Twelve deaths have been reported in the state of Ceará": where
            near = [sentence]
            if i + 1 < len(self.sentences):
                after = self.sentences[i + 1]
                if "\n" not in self.text[sentence.end : after.start]:
                    near.append(after)
            for each in near:
                claims = self._claims_in(each)
                if claims:  # the article says who claims here: is it this source?
                    if any(self._same(n, c.name) for c in claims for n in {name, listed}):
                        return True
                    break
                if _active_claim(each.text):
                    return True
        return False

    def _told(self, name: str, kind: SourceKind) -> bool:
        """Whether ``name`` is a news outlet a speaker told what the story relays ("Judge
        Balee Hamdi told The Guardian", "Lynas said to the news agency Reuters", "Jones said
        in an interview with ABC News")."""
        if "news_agency" not in (kind, kind_of(name)) or _REPORTER.search(name):
            return False  # (not "VOA English to Africa reporter Cole Mallard": a reporter)
        if _own_outlet(name, self.text):
            return False  # the story's own outlet, told: its own reporting
        bare = re.sub(r"^the\s+", "", name)  # ("The Guardian" as written)
        for _, _, sentence in self._naming(name):
            for m in re.finditer(rf"(?<!\w){re.escape(bare)}(?!\w)", sentence.text):
                if TOLD.search(sentence.text, 0, m.start()):
                    return True
        return False

    def _only_stances(self, sentence: Sentence) -> bool:
        """Whether every attribution in ``sentence`` is a stance, which speaks for no figure
        ("Mr. Benflis, who came second with about eight percent, denounced the election")."""
        named = self._claims_in(sentence)
        return bool(named) and not any(c in self.attribution.claims for c in named)

    def _claims_in(self, sentence: Sentence) -> list[Claim]:
        """The attribution's claims whose name stands in ``sentence`` (claims are in order)."""
        claims = self.attribution.named
        low = bisect_left(claims, sentence.start, key=lambda c: c.start)
        high = bisect_left(claims, sentence.end, key=lambda c: c.start)
        return claims[low:high]

    @staticmethod
    def _same(name: str, other: str) -> bool:
        """Two spellings of one source (the fuzzy-name rule)."""
        if (
            people_of(name, other) or authored_apart(name, other) or person_of(name, other)
            or located_apart(name, other) or _two_people(name, other)
            or _bare_and_qualified(name, other) or _owned_apart(name, other)
        ):  # fmt: skip
            return False  # "Analysts polled by AGNA" are not AGNA, a report by X is not X,
            # "Amy Vaughn of the USGS" is not the USGS, a commission in a country not the
            # country
        close = fuzz.token_set_ratio(name_key(name), name_key(other)) >= SAME_SOURCE
        return close or names_overlap(name, other)

    def _naming_clause(self, name: str, sentence: Sentence) -> str:
        """The clause of ``sentence`` where ``name`` (fuzzily) stands."""
        hay = sentence.text.casefold().replace("’", "'")
        if len(hay) != len(sentence.text):  # casefolding changed offsets: keep the sentence
            return sentence.text
        found = fuzz.partial_ratio_alignment(name.casefold().replace("’", "'"), hay)
        if found is None:
            return sentence.text
        start, end = clause_around(
            self.text, sentence.start + found.dest_start, sentence.start + found.dest_end
        )
        return self.text[start:end]

    # -- who states a figure ----------------------------------------------------------------

    def _name(self, claim: Claim) -> str:
        into = next((into for short, into in self._merged if short == claim.name), None)
        if into is not None:  # (two bodies named together: the first)
            return into.name
        known = self._known(claim.name)
        return known.name if known is not None else claim.name

    def source_of(self, mention: Mention) -> str | None:
        """Who states ``mention``, as the list names them (see the module docstring); a short
        form merged into a longer name is that name."""
        name = self._source_of(mention)
        into = next((into for short, into in self._merged if short == name), None)
        return into.name if into is not None else name

    def _source_of(self, mention: Mention) -> str | None:
        if self.attribution.background(mention.start, mention.end):
            return None  # (the story's own, whichever source the model tied to its sentence)
        sentence_start, _ = sentence_around(self.text, mention.start, mention.end)
        claim = self.attribution.claim_at(mention.start, mention.end)
        if claim is not None and (
            claim.sentence.start == sentence_start
            or claim.sentence.start <= mention.start < claim.sentence.end
        ):  # (in its sentence as the attribution reads it: "The report released by the U.N.
            # Children's Fund shows ..." is one sentence, whatever a full stop cut)
            return self._name(claim)
        if sentence_start in self._by_sentence:
            return self._by_sentence[sentence_start]
        unclaimed = self._unclaimed.get(sentence_start)
        known = self._known(unclaimed) if unclaimed is not None else None
        if known is not None:  # a source the model named here, found by the attribution
            return known.name
        if claim is not None:  # carried from earlier in the paragraph
            return self._name(claim)
        return self._repeated(mention)

    def _repeated(self, mention: Mention) -> str | None:
        """A headline or lead figure's source: that of the same number where the article
        attributes it (the first such)."""
        if not self._in_lead(mention.start):
            return None
        unit = figure_unit(self.text, mention)
        for other in scan(self.text, self.layout):
            if other.start == mention.start or (not other.is_figure and other.kind != "furniture"):
                continue
            if (other.value_low, other.value_high) != (mention.value_low, mention.value_high):
                continue
            if figure_unit(self.text, other) != unit:  # the same number of something else
                continue  # ("two colonels" in the lead, "two retired generals" later)
            claim = self.attribution.claim_at(other.start, other.end)
            if claim is not None:
                return self._name(claim)
        return None

    def _in_lead(self, offset: int) -> bool:
        """In the title or the first body paragraph after it."""
        return any(start <= offset <= end for start, end in self._lead)

    @cached_property
    def _lead(self) -> list[tuple[int, int]]:
        body = [ln for ln in self.layout.body_lines() if ln is not self.layout.title]
        lead = [self.layout.title, body[0] if body else None]
        return [(ln.start, ln.end) for ln in lead if ln is not None]
