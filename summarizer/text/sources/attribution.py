"""Who states what: attribution read off an article's sentences, as news writing marks it.

The conventions, which hold across outlets and wire styles:

- a source named in the sentence, before or after the claim: "the ministry said ...",
  "..., the ministry said", "..., said an official from ...", "according to ...", "citing ...";
  an adverb between is no part of the name ("TEPCO only conceded that"); a verb of saying
  in the progressive ("The Commerce Department is reporting a drop") and a plural's present
  with its object ("officials estimate damages at ...") say what follows;
- the speaker, not the words describing them: "NAME, an analyst at ORG, said", "ROLE, NAME,
  said", "according to the city's mayor, NAME, ...", "A senior official, speaking on
  condition of anonymity, told ..." ("told X" names who was told); a second reference stands
  for the full name (:mod:`.references`);
- a pronoun ("he said", "it added") stands for the nearest source named before it ("he" for
  a person, never a body: "NAME, World Bank president, said ... He warned");
- a forecaster's and a releasing body's own numbers: "X is predicting", "X has cut its
  forecast to", "X released data showing", "the figure released by X", "measured at 6.3 by
  X";
- what a body or a person demands or appeals for is theirs, with its numbers ("X demanded
  offenders be tried within six months", "X issued the ultimatum that the board must resign
  within six days", "UN agencies and other organizations have appealed for $36 million");
- a United Nations body's report of what it has provided or is providing is its own, with its
  numbers ("WFP has provided 22 tons of food", "UNICEF is providing medicines for 9,000
  people"); not a past event the reporter tells ("The UN mission sent 45 teams"), nor a plan;
- a report with its author is a document, named with its author ("according to the 2010
  Global Trends report by the UNHCR", "An internal report by the health agency ... estimates"),
  with what it is about ("A report by the WHO on tobacco use stated that"), and so is an
  inquiry by its author ("An investigation by the BBC has revealed that"); "the report"
  afterwards stands for it;
- a plan or a deal that a sentence opens on, requiring something, states its own terms for
  that sentence ("The site restoration plan requires restoration of one stream"); a decree
  states as an agreement does ("The presidential decree also stated that");
- a body's figures named by the body ("National Crime Records Bureau 2016 statistics list
  ..."), and the official record ("The official record reveals that up to 13,000 ...", as
  official figures, below);
- what the subject of a study's verb of finding says of the study itself is the story's
  description ("An eight year study, published in Nature, claims ...": the eight years);
- a speaker set apart from the verb by asides or by where they spoke ("NAME, ROLE, in an
  interview with X, said", "NAME in an interview with the BBC said");
- every sentence of a quotation is its speaker's, named where it opens or where it closes, or
  the person the sentence opening it (or the one before) names as its subject, or, for a
  paragraph that opens on a quotation, the speaker of the paragraph before (:mod:`.quotations`);
- a source carries to the following sentences of its paragraph until another is named
  ("The GUR said ... These troops are expected ...") or another person becomes the subject
  ("The judge ..., Steven T. O'Neill, decided ...", "The Liberian government has also been
  criticized"), or the story turns ("Meanwhile, ...", "Elsewhere, ...", or to the state of
  things now: "Currently, ..."); a body that measures quakes speaks for the quake, not for
  the dead or the damage after it; a sentence describing a place or a body in the present
  ("SouthernCare operates approximately 99 locations", "Borno State is home to thousands")
  is the reporter's; a paragraph that names
  no one takes the source the next paragraph gives its numbers ("The figure, released by X,
  ..."), or the one before's when it refers back ("Of those", "These", "This compares"; not
  "This week", "This settlement ...");
- background told in passing is the story's own whoever its sentence quotes: an earlier
  disaster's toll (", which left thousands dead") and what a vote needs to be won ("the 55
  needed for an absolute majority");
- a figure of the headline or the lead with no source of its own takes the source of the same
  number where the article attributes it (the headline "..., says Ukrainian military
  intelligence" attributes the lead's "Up to 8,000 ...");
- a statistical note's source line ("These data are from the BLS Consumer Price Index
  program.", "This chart is drawn from ...'s Oil Crops Outlook") states the note's numbers
  that nothing before them attributes;
- a release restated: a lead naming no one takes the body's report the next paragraph opens
  on ("Thursday's report from the Commerce Department showed"); unnamed official figures
  ("According to official figures", "official returns showed") are the statistics body
  named within two paragraphs, else themselves; figures a release gives ("Figures to be
  published today show", "revised figures show") are the body named next, else the one
  that reported just before, else themselves, for their own sentence only; "economists, who
  forecast 7.7%";
- a poll states its respondents' answers: a share of those asked is no speaker ("Two-thirds
  said they felt ..."); "This latter poll ... showed", "This U.S. poll also found" are the
  poll named last before; a paragraph naming no one that gives more shares (levels, not a
  change) right after a poll's paragraph goes on with the poll's numbers; "90% of those
  surveyed" is the survey named last, whoever spoke since;
- a figure nobody is quoted for is the outlet's own: no source, on purpose.

Nothing here calls a model. :class:`Attribution` reads an article once; ``source_at`` answers
for any offset.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import cached_property

from summarizer.text.layout import Layout
from summarizer.text.sentences import Sentence, sentences
from summarizer.text.sources.claims import (
    Claim,
    clean_name,
    earlier_toll,
    located_place,
    long_title_person,
    named_at,
    named_quake,
    plausible,
    report_name,
    subject_says,
    winning_threshold,
    without_full_stop,
)
from summarizer.text.sources.cues import (
    ACCORDING,
    ACCORDING_TITLE,
    ADDRESS_BEFORE,
    AFFILIATED,
    AFFILIATED_OF,
    ALONG_WITH_SAYS,
    ALSO_SAYS,
    AND_SAID,
    ANNOUNCED_BY,
    ANNOUNCED_LIST,
    ANSWER,
    APPEALS,
    APPOSITIVE_SAYS,
    ARTICLE,
    ARTICLE_BEFORE,
    AS_AFTER,
    ASIDES_SAYS,
    AUTHORED,
    BODY_ACTS,
    BODY_AUTHOR,
    BODY_END,
    BODY_FIGURES_SHOW,
    BODY_RELEASED,
    BODY_SPOKESPERSON,
    BULLET,
    BY_AGENT,
    CAMEL,
    CHANGE_BEFORE,
    CLAUSE_END,
    CLAUSE_TURN,
    CONTRAST,
    COUNT,
    COUNTED,
    COURT_FOUND,
    DELIVERED_REACH,
    DELIVERS,
    DESCRIBED_BODY,
    DESCRIBED_SAYS,
    DESCRIBED_STUDY,
    DESCRIBES,
    DIGIT,
    DOCUMENT,
    DOCUMENT_REQUIRES,
    EXAMINED_TO_FIND,
    FILED_AFTER,
    FILED_SAYS,
    FINDINGS_INDICATE,
    FULL_NAME,
    HEDGED,
    HIGHLIGHTS_OF,
    JOINT_FIRST,
    LIST_ANNOUNCED,
    LIST_WORD,
    LISTED_PERSON,
    MAX_NAME_WORDS,
    MODIFIER_AFTER,
    MONTH,
    NAME_CALLS,
    NAME_END,
    NAMED_BODY,
    NAMES_BACK,
    NOTE_OWNER,
    OBJECT_BEFORE,
    OF,
    OF_THOSE_POLLED,
    OFFICE_HOLDER,
    OFFICIAL,
    OFFICIAL_BODY,
    OWN_CLAUSE,
    OWNED_DOCUMENT,
    OWNED_THAT_SHOWED,
    PERSON_NAME,
    PERSON_OF_SOMETHING,
    PERSON_PRONOUN,
    PERSON_ROLE,
    POLL_WORD,
    POLLED,
    POSSESSED_BODY,
    PRONOUN,
    PRONOUN_REACH,
    PROPER_THEN_CLAUSE,
    PUTS,
    REFERS_BACK,
    RELATIVE,
    RELATIVE_ASIDE,
    RELATIVE_REACH,
    RELEASE_HEADLINE,
    REPORT_BY,
    REPORT_SAYS,
    REPORTED_SPEECH,
    REPORTS_INDICATE,
    RESPONDENTS,
    RESULT,
    RESULTS_FROM,
    ROLE,
    ROLE_BEFORE_NAME,
    ROLE_END,
    ROLE_NAME_SAYS,
    ROLE_THEN_NAME,
    SAYS_HEADLINE,
    SAYS_SUBJECT,
    SAYS_TOO,
    SEISMIC_BODY,
    SEMICOLON_ITEM,
    SHARE_ENDS,
    SHARE_UNIT,
    SOURCE_NOTE,
    SPOKEN_BEFORE,
    STANCE_AFTER,
    STATEMENT_ON_RELEASE,
    STUDY_AGAIN,
    STUDY_DETERMINER,
    STUDY_FINDS,
    STUDY_FOR,
    STUDY_VERB,
    SUBJECT_SAYING,
    SURNAME_ACTS,
    THE_DOCUMENT,
    TOLD_TO,
    TOLL_OR_DAMAGE,
    TURNS,
    UNCLOSED_APPOSITIVE_SAYS,
    UNDER_TERMS,
    VERB_AFTER,
    VERB_WORD,
    WHERE_ASIDE_SAYS,
    WHICH_SAID,
    WHO_FORECAST,
    WHO_SAID,
)
from summarizer.text.sources.names import BODY_WORDS, names_overlap
from summarizer.text.sources.quotations import introducer, quotation_spans, subject_of_sentence
from summarizer.text.sources.references import (
    UN_BODY,
    named_person,
    organisation_like,
    people_in,
    person_before,
    resolve_reference,
)

__all__ = ["Attribution", "Claim"]


class Attribution:
    """The claims of an article's sentences, and the source of any offset."""

    def __init__(self, text: str, lay: Layout) -> None:
        self.text, self.layout = text, lay
        self.sentences = sentences(text, lay, abbreviations=True)
        self._verbs: dict[int, list[int]] = {}

    @cached_property
    def claims(self) -> list[Claim]:
        """The attributions that speak for figures: :attr:`named` but a stance's (a source
        that claims responsibility, issues a statement condemning, or accuses, speaks for
        no number: "al-Shabab claimed responsibility for an attack which killed 17
        peacekeepers" gives the 17 to no one)."""
        return [c for c in self.named if not self._stance(c)]

    def _stance(self, claim: Claim) -> bool:
        """Whether ``claim``'s verb takes a stance (:data:`STANCE_AFTER`): the verb right
        after its name, or the first after it in its sentence past a relative aside ("Mr.
        Benflis, who came second with eight percent, denounced the election"; not "Ali
        Hassan, who condemned the attack, said 17 were killed"). A name a verb of saying
        or "according to" stands just before is that verb's subject, not a later one's
        ('"Seventeen were killed," said Ali Hassan, who condemned the attack')."""
        if STANCE_AFTER.match(self.text, claim.end):
            return not self._says_too(claim)
        start = claim.sentence.start
        if SPOKEN_BEFORE.search(self.text[max(start, claim.start - 80) : claim.start]):
            return False
        aside = RELATIVE_ASIDE.match(self.text, claim.end, claim.sentence.end)
        at = aside.end() if aside else claim.end
        verbs = self._verbs_of(claim.sentence)  # (read once a sentence: a long list of
        # names before one verb is not searched again for each)
        after = bisect_left(verbs, at)
        if after == len(verbs):
            return False
        return STANCE_AFTER.match(self.text, verbs[after] - 1) is not None and not self._says_too(
            claim
        )

    def _says_too(self, claim: Claim) -> bool:
        """Whether the speaker of a stance goes on to say something in the same sentence
        ("hailed the deal, saying 40 ports would reopen", "defended the plan and said 12
        ships would wait"): a claim after all."""
        return SAYS_TOO.search(self.text, claim.end, claim.sentence.end) is not None

    def _verbs_of(self, sentence: Sentence) -> list[int]:
        """Where the verbs of saying of ``sentence`` start, in order."""
        found = self._verbs.get(sentence.start)
        if found is None:
            found = [m.start() for m in VERB_WORD.finditer(self.text, sentence.start, sentence.end)]
            self._verbs[sentence.start] = found
        return found

    @cached_property
    def named(self) -> list[Claim]:
        """Every attribution in the article, in order, pronouns resolved."""
        found: list[Claim] = []
        for sentence in self.sentences:
            found += self._claims_of(sentence)
        found = list(dict.fromkeys(found))  # (one claim read by two patterns: once)
        found.sort(key=lambda c: c.start)
        resolved: list[Claim] = []
        bodies = [c for c in found if not c.pronoun and OFFICIAL_BODY.fullmatch(c.name)]
        body_starts = [c.start for c in bodies]
        for claim in found:
            if claim.official:  # "According to official figures, ...": the statistics body
                # named next, within two paragraphs ("The Office for National Statistics
                # reported"), else the figures themselves ("official returns showed ...")
                at = bisect_right(body_starts, claim.start)
                body = bodies[at] if at < len(bodies) else None
                if body is not None and self._paragraphs_between(claim.start, body.start) > 2:
                    body = None
                if body is None and claim.released and at > 0:  # (released figures: the
                    body = bodies[at - 1]  # body that reported just before, "The Commerce
                    # Department reports ... Furthermore, revised figures show ...")
                    if self._paragraphs_between(body.start, claim.start) > 1:
                        body = None
                claim = replace(claim, name=body.name if body else claim.name, official=False)
            if claim.pronoun:
                named = self._antecedent(claim, resolved)
                if named is None:
                    continue
                claim = replace(claim, name=named.name)  # where the pronoun stands
            elif (again := self._poll_again(claim, resolved)) is not None:
                claim = replace(claim, name=again)  # "This latter poll ... showed": the poll
            else:
                issued = self._issuer(claim, resolved)
                claim = replace(claim, name=issued.name) if issued is not None else claim
                named_before = [(c.start, c.name) for c in resolved]
                full = resolve_reference(claim.name, self.text, claim.start, named_before)
                if full != claim.name:
                    claim = replace(claim, name=full)
            resolved.append(claim)
        return self._with_speakers(self._described_ahead(resolved))

    def _described_ahead(self, claims: list[Claim]) -> list[Claim]:
        """``claims``, a body the article first describes ("A Syrian activist group says ...")
        named as the body it names next, within two paragraphs, with a word of the description
        ("The Syrian Observatory for Human Rights says ..."): wire copy describes a source in
        its lead and names it after. A body sharing no word with the description ("The
        opposition Local Coordination Committees reported") is not the one described. An
        office-holder is named the same way by the person named after (:meth:`_named_after`)."""
        out = list(claims)
        for i, claim in enumerate(claims):
            named = self._named_after(claim, claims[i + 1 :])
            if named is not None:
                out[i] = replace(claim, name=named)
                continue
            described = DESCRIBED_BODY.match(claim.name)
            if described is None:
                continue
            before = ARTICLE_BEFORE.search(self.text, max(0, claim.start - 4), claim.start)
            if not (described.group("article") or before):  # an article: a description
                continue
            words = {w.casefold() for w in described.group("words").split()}
            for later in claims[i + 1 :]:
                if self._paragraphs_between(claim.start, later.start) > 2:
                    break
                if later.pronoun or not NAMED_BODY.match(later.name):
                    continue
                if words & {w.casefold() for w in re.findall(r"[\w-]+", later.name)}:
                    out[i] = replace(claim, name=later.name)
                    break
        return out

    def _poll_again(self, claim: Claim, before: list[Claim]) -> str | None:
        """The poll a demonstrative names back to ("This U.S. poll also found", "This latter
        poll ... showed", :data:`STUDY_AGAIN`): the last poll (survey, study: the same noun)
        named before it, within two paragraphs; None for any other claim."""
        if not claim.again:
            return None
        noun = re.compile(rf"\b{claim.name.split()[-1]}\b", re.I)  # (its name ends on it)
        for named in reversed([c for c in before if c.start < claim.start]):
            if self._paragraphs_between(named.start, claim.start) > 2:
                return None
            if named.study and noun.search(f"{named.name} {named.sentence.text}"):
                return named.name
        return None

    def _issuer(self, claim: Claim, before: list[Claim]) -> Claim | None:
        """The source that issued the statement (report, study) a claim names back to ("The
        Somali National Army Headquarters, in a statement, put the death toll at four ...
        The statement said 15 militants were killed"): the last claim before it, within two
        paragraphs, whose sentence names the same document; None for any other claim."""
        document = THE_DOCUMENT.fullmatch(claim.name)
        if document is None:
            return None
        noun = re.compile(rf"\b{document.group('noun')}\b", re.I)
        for named in reversed(before):
            if self._paragraphs_between(named.start, claim.start) > 2:
                return None
            if THE_DOCUMENT.fullmatch(named.name) is None and noun.search(named.sentence.text):
                return named
        return None

    def _named_after(self, claim: Claim, later: list[Claim]) -> str | None:
        """The person an office-holder speaking unnamed is named as in the next paragraph,
        where the name says "also" with a person's pronoun ("The governor of Somalia's Hiran
        region ... says ...", then "Abdi Farah Laqanyo also says he believes ..."): radio and
        wire copy give the role first and the name after; "also" says the person spoke before.
        None for any other claim, for a name with a role ("Resident Abdi Hassan"), and for a
        name the article gave earlier (another person)."""
        if OFFICE_HOLDER.match(claim.name) is None:
            return None
        for after in later:
            if self._paragraphs_between(claim.start, after.start) > 1:
                return None
            if (
                FULL_NAME.fullmatch(after.name)  # (a person's full name)
                and not ROLE.search(after.name)  # ("Resident Abdi Hassan")
                and ALSO_SAYS.match(self.text, after.end)
            ):
                earlier = self.text.find(after.name, 0, claim.start) >= 0
                return None if earlier else after.name
        return None

    def _with_speakers(self, claims: list[Claim]) -> list[Claim]:
        """``claims`` and the speakers of quotations named at neither end: a person the
        sentence that opens one names as its subject, else, for a paragraph that opens on a
        quotation, the speaker of the quotation of the paragraph before (:mod:`.quotations`)."""
        pool = sorted(claims, key=lambda c: c.start)
        starts = [c.start for c in pool]
        sentence_starts = [s.start for s in self.sentences]
        last: tuple[Claim, int] | None = None  # the last speaker, and their paragraph's end
        for opened, closed in self._quotations:
            p_start, p_end = self._paragraph(opened)
            speaker = named_at(pool, starts, opened, closed)
            if speaker is None:
                found = introducer(self.text, opened, self.sentences, (p_start, p_end))
                if found is not None:
                    name, at, sentence = found
                    speaker = Claim(name, at, at + len(name), sentence, quotation=opened)
                elif (
                    last is not None
                    and not self.text[p_start:opened].strip()
                    and (not self.text[last[1] : p_start].strip())
                ):  # a continued quote: the paragraph before's speaker
                    i = bisect_left(sentence_starts, opened + 1) - 1
                    speaker = replace(last[0], start=opened, end=opened,
                                      sentence=self.sentences[max(i, 0)], quotation=opened,
                                      pronoun=True)  # fmt: skip
                if speaker is not None:
                    i = bisect_left(starts, speaker.start)
                    pool.insert(i, speaker)
                    starts.insert(i, speaker.start)
            last = (speaker, p_end) if speaker is not None else None
        return pool

    def _announcers(self, sentence: Sentence) -> list[Claim]:
        """The persons of a list of officials announcing together (:data:`LIST_ANNOUNCED`),
        two or more; else none."""
        words = list(re.finditer(r"\S+", sentence.text))
        low = high = 0
        verb = LIST_ANNOUNCED.search(sentence.text)
        inverted = ANNOUNCED_LIST.search(sentence.text)
        by = ANNOUNCED_BY.search(sentence.text)
        if by is not None:
            items = list(SEMICOLON_ITEM.finditer(sentence.text[by.end() :]))
            people = [(sentence.start + by.end() + m.start("person"), m.group("person"))
                      for m in items if PERSON_NAME.fullmatch(m.group("person"))]  # fmt: skip
            if len(people) < 2 or len(people) < len(items):
                return []
            return [Claim(p, at, at + len(p), sentence) for at, p in people]
        if inverted is not None:
            after = [w for w in words if w.start() >= inverted.end()]
            k = 0
            while k < len(after) and LIST_WORD.fullmatch(after[k].group(0).rstrip(".")):
                k += 1
            low, high = inverted.end(), after[k - 1].end() if k else inverted.end()
        elif verb is not None:
            before = [w for w in words if w.end() <= verb.start()]
            k = len(before)
            while k > 0 and LIST_WORD.fullmatch(before[k - 1].group(0)):
                k -= 1
            low = before[k].start() if k < len(before) else verb.start()
            high = verb.start()
            governed = before[k - 1].group(0) if k > 0 else ","
            if governed[:1].islower() and not governed.endswith(","):
                comma = sentence.text.find(", ", low, high)  # ("before Judge A, B and C",
                low = comma + 2 if comma >= 0 else high  # "arrested Mayor A, B and C")
        if high <= low:
            return []
        base = sentence.start
        people = people_in(self.text, base + low, base + high)
        spans = [(at, at + len(p)) for at, p in people]
        for m in LISTED_PERSON.finditer(sentence.text, low, high):
            at, to = base + m.start("person"), base + m.end("person")
            if not any(a < to and at < b for a, b in spans):  # (a person read once)
                people.append((at, m.group("person")))
        if len(people) < 2:
            return []
        return [Claim(p, at, at + len(p), sentence) for at, p in sorted(people)]

    def _claims_of(self, sentence: Sentence) -> list[Claim]:
        announcers = self._announcers(sentence)
        out = [  # (not a claim read across two listed persons: "Lee and FBI Director Tidd")
            o for o in self._read_claims(sentence)
            if sum(a.start < o.end and o.start < a.end for a in announcers) < 2
        ]  # fmt: skip
        return [  # (a listed person another claim names whole, with a role: that claim)
            c for c in announcers
            if not any(o.start <= c.start and c.end <= o.end for o in out)
        ] + out  # fmt: skip

    def _read_claims(self, sentence: Sentence) -> list[Claim]:
        out: list[Claim] = []
        base = sentence.start
        for m in [  # "Results from X, ..., indicate", "X 2016 statistics list"
            *RESULTS_FROM.finditer(sentence.text),
            *BODY_FIGURES_SHOW.finditer(sentence.text),
        ]:
            name = m.group("name").strip()
            if plausible(name):
                at = base + m.start("name")
                out.append(Claim(name, at, at + len(name), sentence, study=True))
        noted = SOURCE_NOTE.match(sentence.text) if sentence.start >= self._closing else None
        group = "maker" if noted and noted.group("maker") else "name"
        if noted and not MONTH.match(noted.group(group)):  # "These data are from the BLS
            # Consumer Price Index program." (closing the note; not "were from March")
            name = noted.group(group).strip()
            name = re.sub(r"^the\s+", "", name) if not name.startswith("the U.") else name
            owner = NOTE_OWNER.match(name)  # "ERS’s report, Household Food Security ...":
            name = owner.group("owner") if owner else name  # ERS, as for "X's analysis"
            if re.search(r"\b[A-Z]", name):  # a name (a program, an outlook, a body)
                at = base + sentence.text.index(name, noted.start(group))
                out.append(Claim(name, at, at + len(name), sentence, note=True))
        highlights = HIGHLIGHTS_OF.search(sentence.text)
        if highlights:  # "Highlights of the statistics on ...:" (a list follows)
            at = base + highlights.start("name")
            name = highlights.group("name")
            out.append(Claim(name, at, at + len(name), sentence, study=True))
        spoken = REPORTED_SPEECH.search(sentence.text)  # (a speaker's sentence is theirs)
        required = DOCUMENT_REQUIRES.match(sentence.text) if spoken is None else None
        turned = CLAUSE_TURN.search(sentence.text, required.end()) if required else None
        if turned and COUNT.search(sentence.text, turned.end()):  # "The plan requires $4
            required = None  # billion, but donors have pledged only $1 billion"
        if required:  # "The site restoration plan requires restoration of one stream"
            at = base + required.start("name")
            name = required.group("name")  # (for its own sentence only, as released
            out.append(Claim(name, at, at + len(name), sentence, released=True))  # figures)
        terms = UNDER_TERMS.match(sentence.text)
        if terms:  # "Under terms of a consent decree ..., the defendants will pay $61 million"
            at = base + terms.start("name")
            out.append(Claim(terms.group("name"), at, base + terms.end("name"), sentence))
        for m in WHO_FORECAST.finditer(sentence.text):  # "economists, who forecast 7.7%"
            name = re.sub(r"^(?:(?:[a-z]+)\s+)(?=[a-z]+$)", "", m.group("name"))  # ("beating
            # analysts": analysts; "whose economists": economists; "Reuters analysts" stays)
            if name and plausible(name):
                at = base + m.end("name") - len(name)
                out.append(Claim(name, at, at + len(name), sentence))
        reports: list[tuple[int, int]] = []  # "a report by X": the report, not X
        for m in OFFICIAL.finditer(sentence.text):  # "According to official figures": the
            # body the article names as releasing them (claims)
            group = next(g for g in ("name", "subject", "figures") if m.group(g))
            at, to = base + m.start(group), base + m.end(group)
            released = group == "figures"
            out.append(Claim(m.group(group), at, to, sentence, official=True, released=released))
            reports.append((m.start(group), m.end(group)))
        for m in STUDY_AGAIN.finditer(sentence.text):  # "This U.S. poll also found": the
            reports.append((m.start(), m.end()))  # poll named before (:attr:`named`)
            at = base + m.start("name")
            out.append(
                Claim(m.group("name"), at, base + m.end("name"), sentence, study=True, again=True)
            )
        for m in REPORT_SAYS.finditer(sentence.text):
            reports.append((m.start(), m.end()))
            name = report_name(m.group("name"))
            at = base + m.start("name")
            out.append(Claim(name, at, at + len(name), sentence))
        for m in OWNED_THAT_SHOWED.finditer(sentence.text):  # "X's report that showed"
            reports.append((m.start(), m.end()))
            name, at = m.group("name"), base + m.start("name")
            of = re.match(r"^(?:[A-Z][a-z]+\s+)+of\s+(?=[A-Z])", name)  # "Critics of Ana Ruiz's
            if of and not re.search(rf"\b{BODY_WORDS}\s+of\s+$", of.group(0)):  # study":
                name, at = name[of.end() :], at + of.end()  # hers (not "Department of Energy")
            out.append(Claim(name, at, base + m.end("name"), sentence))
        for pattern in (
            ACCORDING, ACCORDING_TITLE, BY_AGENT, SAYS_SUBJECT, STUDY_FOR, STUDY_FINDS
        ):  # fmt: skip
            if pattern is STUDY_FINDS and not STUDY_VERB.search(sentence.text):
                continue  # (a cheap look first: on one 50 KB token the full pattern took 20 s)
            for m in pattern.finditer(sentence.text):
                if any(low <= m.start("name") < high for low, high in reports):
                    continue
                raw = m.group("name")
                found_from = m.start("name")
                document = False
                report = (
                    REPORT_BY.match(sentence.text, m.start("name"))
                    if pattern is ACCORDING
                    else None
                )
                if report:  # "according to the ... report by X"
                    name = report_name(report.group("name"))
                    at = base + report.start("name")
                    out.append(Claim(name, at, at + len(name), sentence))
                    reports.append((report.start(), report.end()))
                    continue
                if pattern is ACCORDING_TITLE:  # the title as written
                    name, document = raw, True
                elif pattern in (STUDY_FOR, STUDY_FINDS):  # "the BBC global poll": from
                    if pattern is STUDY_FOR:  # the body after "by": its whole name ("the
                        # UN Office of Drugs and Crime (UNODC) and the Government of Peru")
                        by = re.match(r"^.*?\b(?:by|for)\s+(?:the\s+)?", raw)
                        raw = raw[by.end() :] if by else raw
                    else:  # from its last determiner ("Other questions in the poll")
                        dets = list(STUDY_DETERMINER.finditer(raw))
                        raw = raw[dets[-1].start() :] if dets else raw
                    lead = re.match(r"^(?:(?:The|A|An|This|That)\s+)?(?:[a-z][\w’'-]*\s+)*", raw)
                    if lead and lead.end() < len(raw) and raw[lead.end()].isupper():
                        raw = raw[lead.end() :]
                    elif lead:  # no capital: "asked in the poll" -> "the poll"
                        det = list(re.finditer(r"\b(?:the|a|an|this|that)\s", raw))
                        raw = raw[det[-1].start() :] if det else raw
                    name = re.sub(r"(?<=[a-z]{3})\.$", "", raw.strip())  # "... Opinia."
                    # (two bodies' joint study is named by both, however long the names)
                    document = pattern is STUDY_FOR and name[:1].isupper() and " and " in name
                    pollster = re.sub(r"(?<=[A-Za-z])\s+polling$", "", name)  # "ComRes
                    if (
                        pollster != name
                        and (  # polling" is ComRes; "Recent polling" no one
                            sentence.text[: m.start("name")].strip() or CAMEL.search(pollster)
                        )
                    ):
                        name = pollster
                else:
                    if pattern is ACCORDING and STUDY_FOR.match(ARTICLE.sub("", raw)):
                        continue  # "according to a survey by X": the study names X
                    cut = NAME_END.search(" " + raw + " ")
                    name = (raw[: cut.start()] if cut else raw).strip()
                    verb = VERB_AFTER.search(name) if pattern is ACCORDING else None
                    name = name[: verb.start()] if verb else name  # "according to X had"
                    if pattern is ACCORDING and not plausible(name):  # "According to the
                        name = FILED_AFTER.sub("", name)  # charges filed today in ...": the
                        # charges (the name cut at "today")
                    if pattern is ACCORDING and re.search(r"(?:\b[A-Z]\.)+[A-Z]$", name):
                        name += "."  # "according to the U.N." ending its sentence
                    if pattern is BY_AGENT:
                        name = without_full_stop(name)
                    if pattern is SAYS_SUBJECT and COUNTED.search(name):
                        continue  # "..., announced the discovery of ten small satellites":
                        # what was announced, not who (a speaker is not counted)
                    named = ROLE_THEN_NAME.match(sentence.text, m.end("name"))
                    if named and (
                        (pattern is SAYS_SUBJECT and ROLE.search(name))
                        or (
                            pattern is ACCORDING
                            and PERSON_ROLE.search(name)
                            and not organisation_like(named.group("person"))
                        )  # (a person's name: not "the secretary, General Motors,")
                    ):  # '," said the minister, Ana Jorge.'; "according to the mayor, Ann Lee,"
                        name = named.group("person")
                        found_from = named.start("person")
                    proper = PROPER_THEN_CLAUSE.match(name) if pattern is ACCORDING else None
                    if proper and not plausible(name) and plausible(proper.group("name")):
                        name = proper.group("name")  # "According to the WHO most people ..."
                    if (
                        pattern is ACCORDING
                        and not plausible(name)
                        and DOCUMENT.match(raw)
                        and not DIGIT.search(raw)
                    ):
                        words = list(re.finditer(r"\S+", raw))[:MAX_NAME_WORDS]
                        name = raw[: words[-1].end()].strip()  # as written, spaces and all
                        document = True
                titled = long_title_person(name)
                if titled is not None:  # '," said Department of Health and Human Services
                    name = titled  # Inspector General Daniel R. Levinson': a title too long
                    # for a name, then the person
                if (document or plausible(name)) and not PRONOUN.match(name):
                    at = base + sentence.text.index(name, found_from)
                    study = pattern in (STUDY_FOR, STUDY_FINDS)
                    agent = pattern is BY_AGENT
                    out.append(Claim(name, at, at + len(name), sentence, study=study, agent=agent))
        described: list[tuple[int, int]] = []  # the appositives: no source of their own
        for m in [
            *ASIDES_SAYS.finditer(sentence.text),
            *WHERE_ASIDE_SAYS.finditer(sentence.text),
            *FILED_SAYS.finditer(sentence.text),
            *COURT_FOUND.finditer(sentence.text),
            *ALONG_WITH_SAYS.finditer(sentence.text),
            *NAME_CALLS.finditer(sentence.text),
            *APPOSITIVE_SAYS.finditer(sentence.text),
            *UNCLOSED_APPOSITIVE_SAYS.finditer(sentence.text),
            *DESCRIBED_SAYS.finditer(sentence.text),
            *ROLE_NAME_SAYS.finditer(sentence.text),
            *SUBJECT_SAYING.finditer(sentence.text),
            *AND_SAID.finditer(sentence.text),
            *REPORTS_INDICATE.finditer(sentence.text),
            *FINDINGS_INDICATE.finditer(sentence.text),
            *EXAMINED_TO_FIND.finditer(sentence.text),
            *BODY_RELEASED.finditer(sentence.text),
            *WHO_SAID.finditer(sentence.text),
            *WHICH_SAID.finditer(sentence.text),
        ]:
            group = "with" if m.re is REPORTS_INDICATE and m.group("with") else "name"
            if any(low <= m.start(group) < high for low, high in reports):
                continue
            name = m.group(group)
            if m.re in (ASIDES_SAYS, WHERE_ASIDE_SAYS) and ROLE.fullmatch(name.split()[-1]):
                continue  # "Harbourland's Prime Minister, Ana Ruiz, said": the role's name
            if m.re is ROLE_NAME_SAYS and ADDRESS_BEFORE.search(sentence.text, 0, m.start(group)):
                continue  # "... in Washington, DC, United States, announced": an address
            if m.re is ROLE_NAME_SAYS and ROLE_END.search(name):
                continue  # "Ben Cole, Director General of the Food Office, says": Cole's role
            if (
                m.re in (SUBJECT_SAYING, AND_SAID)
                and len(name.split()) < 2
                and not ROLE.search(name)
                and person_before(name, self.text, base + m.start(group)) is None
            ):
                continue  # "Prices rose 5 percent, warning ...": a body or a person says
                # (a person's surname once the article has named them: "Peberdy disputes
                # the claims, saying")
            reported = m.re in (REPORTS_INDICATE, FINDINGS_INDICATE)  # (anonymous reports:
            # a source all the same)
            at = base + m.start(group)
            possessed = POSSESSED_BODY.match(name) if m.re is BODY_RELEASED else None
            if possessed:  # "The Commerce Department's Bureau of Economic Analysis": the bureau
                at += possessed.start("body")
                name = possessed.group("body")
            if (reported or plausible(name)) and not PRONOUN.match(name):
                out.append(Claim(name, at, at + len(name), sentence))
                # (a body's release is read here whole: not again as "NAME released data")
                since = m.start(group) if m.re is BODY_RELEASED else m.end(group)
                described.append((since, m.end()))
        # "She says WFP has sent 40 trucks", "WFP has sent 40 trucks, a spokesman said": the
        # speaker's (and so for the whole sentence)
        # (a number before the body in its clause is not its: "China has sent 400 tents and
        # the UN has provided 200 more"; a clause before "while" is another's)
        counts = [c.start() for c in COUNT.finditer(sentence.text)] if spoken is None else []
        clauses = (
            [(c.start(), c.end()) for c in CLAUSE_END.finditer(sentence.text)] if counts else []
        )
        ends = [end for _, end in clauses]
        # (nor for a sentence going on to another clause's numbers: "WFP has sent 40 trucks to
        # Gaza, where 2 million people live")
        turns = [c.end() for c in CLAUSE_TURN.finditer(sentence.text)] if counts else []
        for m in DELIVERS.finditer(sentence.text) if spoken is None else ():
            name, at = m.group("name"), base + m.start("name")
            ended = bisect_right(ends, m.start("name"))
            opens = ends[ended - 1] if ended else 0  # (where the body's clause opens)
            nearest = bisect_left(counts, opens)
            if nearest < len(counts) and counts[nearest] < m.start("name"):
                continue
            turn = bisect_left(turns, m.end())
            if turn < len(turns) and counts[-1] > turns[turn]:
                continue
            if any(low <= m.start("name") < high for low, high in [*described, *reports]):
                continue
            reach = min(len(sentence.text), m.end() + DELIVERED_REACH)
            closing = bisect_left(clauses, (m.end(), 0))  # (the delivered clause's end)
            if closing < len(clauses) and clauses[closing][1] <= reach:
                reach = clauses[closing][0]
            delivered = bisect_left(counts, m.end())
            if delivered == len(counts) or counts[delivered] >= reach:
                continue  # (no number in what is delivered: no claim for one)
            if m.group("agency") is not None:  # "The agency has sent": a UN body named before
                if not UN_BODY.search(self.text, 0, at):
                    continue
            elif not UN_BODY.search(name) or " and " in name:
                continue  # a United Nations body's alone: not "Congress has provided $650
                # billion", nor "Britain and the UN have provided 400 tents"
            article = ARTICLE.match(name)
            if article and not plausible(name):  # a long name: "The UN Office for the
                name, at = name[article.end() :], at + article.end()  # Coordination of ..."
            if plausible(name):  # (its own sentence only: "WFP has sent 22 tons. Fighting has
                out.append(Claim(name, at, at + len(name), sentence, released=True))  # killed
                described.append((m.start("name"), m.end()))  # 300" is not WFP's)
        for m in APPEALS.finditer(sentence.text):  # "WFP has launched a $78 million appeal"
            name, at = m.group("name"), base + m.start("name")
            if any(low <= m.start("name") < high for low, high in [*described, *reports]):
                continue
            if REPORTED_SPEECH.search(sentence.text, 0, m.start("name")):
                continue  # "She says the WFP appealed for $225 million": hers
            pronoun = bool(PRONOUN.match(name))
            if pronoun or plausible(name):
                out.append(Claim(name, at, at + len(name), sentence, pronoun=pronoun))
                described.append((m.start("name"), m.end()))
        for name_start, raw in subject_says(sentence.text):
            if any(low <= name_start < high for low, high in [*described, *reports]):
                continue  # (an appositive's, or a report's: "A report by X said")
            name, offset = clean_name(raw)
            person = AFFILIATED.search(raw[:offset] if OF.match(name) else "")
            person = person or AFFILIATED_OF.search(raw[:offset])
            if person:  # "Prof. Ann Roe of the Institute for ... said": the person speaks
                full = raw[person.start() : offset] + name
                name = full if len(full.split()) <= MAX_NAME_WORDS else person.group(1)
                offset = person.start()
            name = name.strip().strip("’'")
            spoken = BODY_SPOKESPERSON.match(name)
            if spoken:  # "UN High Commissioner for Refugees (UNHCR) spokesman Ron Redmond
                offset += spoken.start("person")  # said": the person speaks (the body is
                name = spoken.group("person")  # a source where it says something itself)
            owned = OWNED_DOCUMENT.match(raw)  # (its owner opens the clause: not "Critics
            # of the ministry's report said")
            if owned:  # "PC World's recent analysis of ... concluded": PC World
                name, offset = owned.group("owner"), owned.start("owner")
            possessed = POSSESSED_BODY.match(name)
            if possessed and not owned:  # "the Department of Commerce's U.S. Census Bureau
                offset += possessed.start("body")  # projects": the bureau speaks
                name = possessed.group("body")
            described_by = PERSON_OF_SOMETHING.match(name)
            if not plausible(name) and described_by:  # "Stella Alberry of the Mutambara MDC
                name = described_by.group("person")  # grouping told": the person speaks
            titled = long_title_person(name)
            if titled is not None:  # "Department of ... Inspector General Daniel R. Levinson
                offset += name.rindex(titled)  # said": the person
                name = titled
            if not plausible(name):
                continue
            at = base + name_start + offset
            pronoun = bool(PRONOUN.match(name))
            joint = JOINT_FIRST.search(sentence.text, 0, name_start + offset)
            first, since = (joint.group("first"), joint.start("first")) if joint else ("", 0)
            if first and not plausible(first):  # a long title: "Acting Assistant Attorney
                kept, dropped = clean_name(first)  # General Rita M. Glavin of the Criminal
                first, since = kept, since + dropped  # Division" (its last nine words)
            if joint and not pronoun and plausible(first):
                # "..., the U.S. Environmental Protection Agency and the Justice Department
                # announced": both speak, the one named first leads
                since += base
                out.append(Claim(first, since, since + len(first), sentence))
            out.append(Claim(name, at, at + len(name), sentence, pronoun=pronoun))
        if any(not c.official for c in out):  # "Smith said, according to official figures,
            out = [c for c in out if not c.official]  # ...": Smith's
        return out

    def _antecedent(self, claim: Claim, before: list[Claim]) -> Claim | None:
        """The nearest named source before a pronoun ("he" wants a person's name): a source
        attributed earlier, or a person's name the text gives since (a full name)."""
        person = bool(PERSON_PRONOUN.match(claim.name))
        previous = None
        for named in reversed(before):
            if named.start >= claim.start or self._stance(named):
                continue  # (a stance is no source of a later claim: "X commended ...")
            if person and ROLE.search(named.name) and len(named.name.split()) < 2:
                continue
            if claim.name.casefold() == "it" and self._names_person(named.name):
                continue  # "It predicts ..." is the report's, not its co-author's
            previous = named
            break
        if person:
            starts = self._paragraph_starts  # (with no source before: the pronoun's
            at = max(bisect_right(starts, claim.start) - 2, 0)  # paragraph and the one before)
            opened = max(starts[at] if starts else 0, claim.start - PRONOUN_REACH)
            since = previous.end if previous is not None else opened
            names = [
                m for m in FULL_NAME.finditer(self.text, since, claim.start)
                if not BODY_END.search(m.group(0)) and not ROLE_END.search(m.group(0))
                and "-based" not in m.group(0)
                and not TOLD_TO.search(self.text, max(0, m.start() - 80), m.start())
                and not MODIFIER_AFTER.match(self.text, m.end())
            ]  # fmt: skip
            # (a name right after the same pronoun's verb is its object, "She addressed Mayor
            # John Poe ... She said": the pronoun stands for a subject, or the source before)
            subjects = [m for m in names if not self._object_of(claim.name, m.start())]
            if subjects or (names and previous is None):
                m = (subjects or names)[-1]
                return Claim(m.group(0), m.start(), m.end(), claim.sentence)
        return previous

    def _object_of(self, pronoun: str, at: int) -> bool:
        """Whether the name at ``at`` is the object of a verb whose subject is ``pronoun`` or a
        person (:data:`OBJECT_BEFORE`)."""
        verb = OBJECT_BEFORE.search(self.text, max(0, at - 60), at)
        if verb is None:
            return False
        subject = verb.group("pronoun")
        return subject is None or subject.casefold() == pronoun.casefold()

    def _names_person(self, name: str) -> bool:
        """Whether ``name`` is a role and a person's full name the article gives ("co-author
        Katherine Hayhoe", "spokeswoman Ann Lee")."""
        role = ROLE_BEFORE_NAME.match(name)
        return role is not None and named_person(name[role.end() :], self.text)

    def _paragraph(self, offset: int) -> tuple[int, int]:
        for line in self.layout.lines:
            if line.start <= offset < line.end or (offset == line.end and line.text.strip()):
                return line.start, line.end
        return offset, offset

    def background(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is background, the story's own whoever its sentence
        quotes: the magnitude a quake is named by ("in the magnitude 7.7 quake"), a distance
        that places a town ("Hilla, 100 kilometers south of Baghdad"), an earlier disaster's
        toll (", which left thousands dead"), what a vote needs to be won ("short of the 55
        needed for an absolute majority") or what the subject of a study's finding says of the
        study itself ("An eight year study, published in Nature, claims")."""
        return (
            named_quake(self.text, start, end)
            or located_place(self.text, start, end)
            or earlier_toll(self.text, start)
            or winning_threshold(self.text, end)
            or self._describes_study(start, end)
        )

    def _describes_study(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` stands in the subject of a study's verb of finding
        (:data:`DESCRIBED_STUDY`), a subject that says nothing itself ("The report said 40
        people died and rescuers found 12 more": the 40 are the report's)."""
        return any(s <= start and end <= e for s, e in self._study_subjects)

    @cached_property
    def _study_subjects(self) -> list[tuple[int, int]]:
        """The spans of the subjects :meth:`_describes_study` looks for, read once."""
        return [
            (sentence.start + m.start("subject"), sentence.start + m.end("subject"))
            for sentence in self.sentences
            for m in DESCRIBED_STUDY.finditer(sentence.text)
            if not VERB_WORD.search(m.group("subject")) and not PUTS.search(m.group("subject"))
        ]

    def claim_at(self, start: int, end: int) -> Claim | None:
        """The claim that covers ``text[start:end]``: one in its sentence (the nearest, not
        across a contrast: "..., though some assessments put it at ..."), else the last one
        earlier in its paragraph, else, for a paragraph that opens by referring back ("Of
        those, ...", "These troops ..."), the last one of the paragraph before; else, for a
        share of a poll's respondents ("Fifteen percent felt ..."), the poll or survey named
        last before it, when no other source was named since. Inside a quotation, its
        speaker comes before the paragraph's earlier claims; a paragraph with no claim takes
        the one of a next paragraph that opens on "The figure(s) ..."; a sentence describing
        a place or a body (:data:`DESCRIBES`), none carried; a list item, the one
        its lead-in names (:meth:`_list_lead_in`); a poll's further shares, the poll of the
        paragraph before (:meth:`_poll_before`), and a share "of those surveyed", the poll
        named last; a release story's findings are its body's (:attr:`_release`)."""
        if self.background(start, end):
            return None
        sentence = next((s for s in self.sentences if s.start <= start < s.end + 1), None)
        if sentence is None:
            return None
        here = sorted(
            (c for c in self.claims if c.sentence.start == sentence.start and c.quotation is None),
            key=lambda c: min(abs(c.start - end), abs(start - c.end)),
        )  # nearest first: the first not across a contrast (one search, not one per claim)
        nearest = next((c for c in here if not self._contrast_between(c, start, end)), None)
        if nearest is not None:
            return nearest
        p_start, p_end = self._paragraph(start)
        speaker = self._speaker(start, end)
        if speaker is not None:  # a quotation is its speaker's, every sentence of it
            return speaker
        if DESCRIBES.match(sentence.text):  # (a place or a body described: background)
            return None
        earlier = [
            c for c in self.claims
            if p_start <= c.sentence.start < sentence.start and c.quotation is None
        ]  # fmt: skip
        if (
            earlier
            and not self._actor_between(earlier[-1], sentence)
            and not self._turned(earlier[-1], sentence)
            and not HEDGED.match(earlier[-1].name)
            and not earlier[-1].released
        ):  # (hedged sources, "Some estimates place ...", speak for their own sentence only,
            # as released figures do: "Revised figures show ...")
            return earlier[-1]
        if earlier:
            return None
        listed = self._list_lead_in(p_start)
        if listed is not None:  # a list item: the source its lead-in names
            return listed
        if REFERS_BACK.match(self.text, p_start):
            before = [c for c in self.claims if c.sentence.start < p_start]
            if before:  # (with no one before it, a note's source line may still be its source)
                return before[-1]
        named_next = self._named_next(p_start, p_end)
        if named_next is not None:
            return named_next
        standing = self._poll_before(p_start)  # a poll's further shares, in the next
        if (  # paragraph naming no one: the poll's (levels, not a change: "Rents rose 7%")
            standing is not None
            and (SHARE_UNIT.search(self.text, start, end) or SHARE_UNIT.match(self.text, end))
            and SHARE_ENDS.match(self.text, end)  # (ending its clause: a standing)
            and not CHANGE_BEFORE.search(self.text, max(0, start - 40), start)
        ):
            return standing
        if ANSWER.match(self.text, end):  # a poll's answers are the poll's, until another
            before = [c for c in self.claims if c.start < start]  # source is named
            polled = before and (before[-1].study or POLL_WORD.search(before[-1].name))
            if polled:
                return before[-1]
            if RESPONDENTS.match(self.text, end):  # "90% of those surveyed": the poll named
                polls = [c for c in before if POLLED.search(c.sentence.text)]  # last
                return polls[-1] if polls else None
            return None
        note = self._note
        if note is not None and start <= self._first_named:  # a statistical note's own
            return note  # numbers: its source line's, when nothing before them names another
        release = self._release
        if release is not None and release.start < start:  # a release story's findings
            between = [c for c in self.claims if release.start < c.start < start]
            if all(names_overlap(c.name, release.name) for c in between):  # (a second
                # reference already reads as the full name: "the WHO" after "... (WHO)")
                return release
        return None

    def _poll_before(self, p_start: int) -> Claim | None:
        """The poll whose numbers the paragraph before the one at ``p_start`` gives: its last
        claim, a poll's (its name or its sentence says so: "The poll shows Trump with 21
        percent", "the group said Cruz held 35 percent of those polled"); else None."""
        starts = self._paragraph_starts
        at = bisect_left(starts, p_start) - 1
        if at < 0:
            return None
        before = [c for c in self.claims if starts[at] <= c.start < p_start]
        if not before:
            return None
        last = before[-1]  # (a poll by its name, or by the shares "of those polled" it gives:
        # not a speaker "who trails in the polls")
        polled = POLLED.search(last.name) or OF_THOSE_POLLED.search(last.sentence.text)
        return last if polled else None

    def _list_lead_in(self, p_start: int) -> Claim | None:
        """For a list item (a paragraph opening on a bullet), the last claim of the paragraph
        that introduces the list, ending on a colon ("Highlights of the survey:", "According
        to the ministry:"), past the items before it; None for any other paragraph."""
        if not BULLET.match(self.text, p_start):
            return None
        starts = self._paragraph_starts
        at = bisect_left(starts, p_start) - 1
        while at >= 0 and BULLET.match(self.text, starts[at]):
            at -= 1
        if at < 0:
            return None
        lead_start, lead_end = self._paragraph(starts[at])
        if not self.text[lead_start:lead_end].rstrip().endswith(":"):
            return None
        own = [c for c in self.claims if lead_start <= c.start < lead_end and c.quotation is None]
        return own[-1] if own else None

    def _actor_between(self, claim: Claim, sentence: Sentence) -> bool:
        """Whether a sentence after ``claim``'s, up to ``sentence``, opens on another person
        as its subject ("The judge overseeing the case, Steven T. O'Neill, decided ..."):
        the story has moved on from the source, whose attribution no longer carries."""
        subjects = self._subjects
        at = bisect_left(subjects, (claim.sentence.start + 1,))
        while at < len(subjects) and subjects[at][0] <= sentence.start:
            if not names_overlap(subjects[at][1], claim.name):  # not the source again
                return True
            at += 1
        return False

    def _turned(self, claim: Claim, sentence: Sentence) -> bool:
        """Whether the story turns from ``claim`` by ``sentence``: a sentence after it opens
        on another matter ("Meanwhile, at least 75,000 corpses have been buried"), or a body
        that measures quakes is followed by the dead or the damage, which it does not count
        ("The U.S. Geological Survey measured the quake at 6.5. More than 100,000 houses were
        damaged")."""
        if (  # (not its own estimate of them: "Its PAGER system estimated 12 deaths")
            SEISMIC_BODY.search(claim.name)
            and TOLL_OR_DAMAGE.search(sentence.text)
            and not VERB_WORD.search(sentence.text)
        ):
            return True
        return any(
            TURNS.match(s.text) for s in self.sentences
            if claim.sentence.start < s.start <= sentence.start
        )  # fmt: skip

    @cached_property
    def _subjects(self) -> list[tuple[int, str]]:
        """(sentence start, person) of every sentence opening on a person as its subject,
        except to give a candidate's share of a count ("Ousainu Darboe came in second with
        17 percent" after "Election officials announced ...": still the officials'), or on a
        body that acts (:data:`BODY_ACTS`: "The Kenyan government has allocated ...") or a
        person named before, by the surname (:data:`SURNAME_ACTS`)."""
        found: list[tuple[int, str]] = []
        for sentence in self.sentences:
            subject = (
                None if RESULT.search(sentence.text) else subject_of_sentence(self.text, sentence)
            )
            acting = BODY_ACTS.match(sentence.text)  # "The Kenyan government has allocated"
            surname = SURNAME_ACTS.match(sentence.text)  # "Manning was convicted in 2013"
            if subject is not None:
                found.append((sentence.start, subject[0]))
            elif acting is not None:
                found.append((sentence.start, acting.group("body")))
            elif surname is not None:  # (a person named before in full)
                person = person_before(surname.group("name"), self.text, sentence.start)
                if person is not None:
                    found.append((sentence.start, person))
        return found

    @cached_property
    def _note(self) -> Claim | None:
        """The last statistical note's source line (:data:`SOURCE_NOTE`), if any."""
        return next((c for c in reversed(self.claims) if c.note), None)

    @cached_property
    def _first_named(self) -> int:
        """Where the first source that is no note's source line is named (the text's length
        when none is)."""
        return min((c.start for c in self.claims if not c.note), default=len(self.text))

    @cached_property
    def _closing(self) -> int:
        """Where the article's last two body paragraphs start (a note's source line closes
        it)."""
        body = self.layout.body_lines()
        return body[-2].start if len(body) >= 2 else 0

    def _speaker(self, start: int, end: int) -> Claim | None:
        """The speaker of the quotation that holds ``text[start:end]``, named in the sentence
        where it closes ('..., the third quarter is 7.3," said Sheng') or where it opens
        ('Sheng said: "...'); None outside a quotation or with no speaker at its ends."""
        spans = self._quotations
        at = bisect_left(spans, (start,)) - 1  # the last quotation opening before it
        if at < 0 or end > spans[at][1] - 1:
            return None
        return named_at(self.claims, self._claim_starts, *spans[at])

    @cached_property
    def _claim_starts(self) -> list[int]:
        return [c.start for c in self.claims]

    @cached_property
    def _quotations(self) -> list[tuple[int, int]]:
        return quotation_spans(self.text, self.layout)

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [ln.start for ln in self.layout.lines if ln.text.strip()]

    def _paragraphs_between(self, start: int, end: int) -> int:
        """How many paragraphs after ``start``'s the one holding ``end`` is."""
        starts = self._paragraph_starts
        return bisect_right(starts, end) - bisect_right(starts, start)

    def _named_next(self, p_start: int, p_end: int) -> Claim | None:
        """The source of a paragraph that names none, given by the next paragraph opening on
        a reference to its numbers: "China's economy expanded 7.3 percent ..." then "The figure,
        released Tuesday by the National Bureau of Statistics, ..."."""
        starts = self._paragraph_starts
        at = bisect_left(starts, p_end)
        if at == len(starts) or not NAMES_BACK.match(self.text, starts[at]):
            return None
        if any(p_start <= c.start < p_end for c in self.claims):
            return None
        first = next((s for s in self.sentences if s.start >= starts[at]), None)
        if first is None:
            return None
        own = [
            c for c in self.claims
            if c.sentence.start == first.start
            and (c.agent or (AUTHORED.search(c.name) and BODY_AUTHOR.search(c.name)))
        ]  # fmt: skip  # (a report from a body: not "Monday's report from the weather service")
        return own[0] if own else None

    @cached_property
    def _release(self) -> Claim | None:
        """The body whose release the story is about, when the headline says so ("Survey
        released", "Census Bureau Projects ...", "Gov't unveils ... budget"): the first source
        the body names; or, in a statement on a release, the release's authors. Its findings,
        restated in the reporter's voice, are its own until another source is named."""
        title = self.layout.title
        body = [c for c in self.claims if title is None or c.start >= title.end]
        if not body:
            return None
        first = body[0]
        opening = self.text[first.sentence.start : first.start]
        if first.study and STATEMENT_ON_RELEASE.search(opening):
            return first  # "X issued the following statement on the release of the ... report
            # by the Census Bureau": the statement restates the bureau's figures
        if title is None or not (
            RELEASE_HEADLINE.search(title.text) or SAYS_HEADLINE.match(title.text)
        ):
            return None
        return first

    def _contrast_between(self, claim: Claim, start: int, end: int) -> bool:
        """A contrast between the figure and a claim after it: the claim opens a clause of
        its own ("About 30 were damaged, though residents put it at 50"). A claim before a
        contrast still governs what it reports ("X said 92 percent were stopped but only
        80 percent of the missiles"), except the background wire style adds after it: "...,
        the government said, as 2,500 troops joined the search". A claim in a relative clause
        after the figure (", which, according to X, ...") is the clause's own."""
        if claim.start < end:  # wire style adds the reporter's background after the
            return bool(AS_AFTER.match(self.text, claim.end)) and claim.end < start  # claim
        between = (end, max(end, claim.start))
        # "... rose to 444,000, which, according to The New York Times, is near a high": a
        # claim inside a relative clause after the figure is about that clause.
        opens = max(end, claim.start - RELATIVE_REACH)
        return bool(
            CONTRAST.search(self.text, *between)
            or RELATIVE.search(self.text, opens, claim.start)
            or OWN_CLAUSE.search(self.text, *between) is not None  # "... 5.5; USGS reported"
        )

    def source_at(self, start: int, end: int) -> str | None:
        """Who states ``text[start:end]``, as the article names them; None for the outlet."""
        claim = self.claim_at(start, end)
        return claim.name if claim is not None else None
