"""Who states what: attribution read off an article's sentences, as news writing marks it.

The conventions, which hold across outlets and wire styles:

- a source named in the sentence, before or after the claim: "the ministry said ...",
  "..., the ministry said", "..., said an official from ...", "according to ...", "citing ...";
- the speaker, not the words describing them: "NAME, an analyst at ORG, said", "ROLE, NAME,
  said", "A senior official, speaking on condition of anonymity, told ..." ("told X" names
  who was told); a second reference stands for the full name (:mod:`.references`);
- a pronoun ("he said", "it added") stands for the nearest source named before it ("he" for
  a person, never a body: "NAME, World Bank president, said ... He warned");
- a forecaster's and a releasing body's own numbers: "X is predicting", "X has cut its
  forecast to", "X released data showing", "the figure released by X", "measured at 6.3 by
  X";
- a report with its author is a document, named with its author ("according to the 2010
  Global Trends report by the UNHCR", "An internal report by the health agency ... estimates"),
  and "the report" afterwards stands for it;
- a speaker set apart from the verb by asides or by where they spoke ("NAME, ROLE, in an
  interview with X, said", "NAME in an interview with the BBC said");
- every sentence of a quotation is its speaker's, named where it opens or where it closes, or
  the person the sentence opening it (or the one before) names as its subject, or, for a
  paragraph that opens on a quotation, the speaker of the paragraph before (:mod:`.quotations`);
- a source carries to the following sentences of its paragraph until another is named
  ("The GUR said ... These troops are expected ...") or another person becomes the subject
  ("The judge ..., Steven T. O'Neill, decided ..."); a paragraph that names no one takes
  the source the next paragraph gives its numbers ("The figure, released by X, ...");
- a figure of the headline or the lead with no source of its own takes the source of the same
  number where the article attributes it (the headline "..., says Ukrainian military
  intelligence" attributes the lead's "Up to 8,000 ...");
- a statistical note's source line ("These data are from the BLS Consumer Price Index
  program.", "This chart is drawn from ...'s Oil Crops Outlook") states the note's numbers
  that nothing before them attributes;
- a release restated: a lead naming no one takes the body's report the next paragraph opens
  on ("Thursday's report from the Commerce Department showed"); unnamed official figures
  ("According to official figures", "official returns showed") are the statistics body
  named within two paragraphs, else themselves; "economists, who forecast 7.7%";
- a figure nobody is quoted for is the outlet's own: no source, on purpose.

Nothing here calls a model. :class:`Attribution` reads an article once; ``source_at`` answers
for any offset.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cached_property

from summarizer.text.layout import MONTH_NAMES, WEEKDAY_NAMES, Layout
from summarizer.text.meaning.amounts import OPINION_VERBS
from summarizer.text.sentences import Sentence, sentences
from summarizer.text.sources.names import BODY_WORDS, OPENING_CONJUNCTIONS, names_overlap
from summarizer.text.sources.quotations import introducer, quotation_spans, subject_of_sentence
from summarizer.text.sources.references import (
    PERSONS_PEOPLE,
    TITLE_WORDS,
    TITLES,
    named_person,
    people_in,
    person_before,
    resolve_reference,
)

__all__ = ["Attribution", "Claim", "name_before_saying"]

# The verbs are matched in lower case ("States" in "the United States" is no verb), except the
# title-case "Say"/"Says"/"Said" of headlines.
# What a body releases: its numbers ("released data showing", "The figure, released by X").
_FINDINGS = r"figures?|data|statistics|numbers?|estimates?|results?|counts?|tally|toll"
# Verbs that show "claims" (or the like) was a noun: "Jobless claims fell by 9,000".
_NOUN_AFTER = (
    r"fell|rose|dropped|increased|decreased|declined|jumped|climbed|surged|slipped|totall?ed|"
    r"reached|hit|were|was|are|is|have|has|had|will|would|remained|stood|came|edged"
)
# Verbs after "reports" that make it the noun ("Preliminary reports indicate", "Media reports
# said"): the reports say it.
_REPORTS_VERB = (
    r"indicate|indicated|suggest|suggested|said|say|says|show|shows|showed|put|puts|place|placed|"
    r"claim|(?:have\s+|had\s+)?confirmed|confirm"  # ("initial reports have confirmed 66 killed")
)
# Participles after "reports" that make it the noun: "with reports stating 107 had died" (the
# reports say it), "Reports suggesting 100 deaths were false, it said" (they do not).
_REPORTS_PARTICIPLE = r"indicating|suggesting|stating|saying|showing|claiming"
# Verbs after "estimates" that make it the noun: "Some estimates place/put the number at".
_ESTIMATES_VERB = rf"place|put|{_NOUN_AFTER}"  # ("The Bank estimates show ...": the Bank's)
# Forms of a verb of saying that are nouns right before a verb ("Some estimates place").
_NOUN_BEFORE_VERB = re.compile(r"estimates|reports|claims|counts|forecasts|projects")
_STANCE_VERBS = (
    r"(?:denounc|condemn|criticiz|criticis|prais|welcom|deplor|commend|congratulat)(?:ed|es|s)"
)
_SAY = (
    r"(?:Said|Says|Say|said|says|say|told|tells|tell(?=\s+[A-Z])|warn(?=\s+(?:more|of|the)\b)|"
    # a stance (see _STANCE_AFTER): "denounced the election as fraudulent", "praised
    # government efforts"; a suggestion says what: "has suggested it is the most serious"
    # (a call: _NAME_CALLS)
    rf"{_STANCE_VERBS}|suggest(?:s|ed)(?=\s+(?:that|it|there|the)\b)|"
    # "added" says, but not "Earmarks added into the bill", "The Dow added 50 points"
    r"add(?:ed|s)(?!\s+(?:to|into|onto|up)\b|\s+(?:(?:about|nearly|almost|around|some|roughly|"
    r"more than|over)\s+)?[$€£¥\d])|announced|announces|reported|"
    # "reports" says, but not the noun before its verb: "Preliminary reports indicate"
    rf"reports(?!\s+(?:{_REPORTS_VERB}|{_REPORTS_PARTICIPLE})\b)|stated|"
    # "states" says, but not the noun: "the eastern Indian states of Assam and Bihar"
    # (nor "Gulf states announced by ...": a participle and its agent)
    r"states(?!\s+(?:of|and|in|to|that\s+(?:have|had|are|were)|[a-z]+ed\s+by)\b)|"
    # "estimates" says, but not the noun before its verb: "Some estimates place the number at"
    # (nor "Annual estimates, published each June ...")
    rf"estimated|estimates(?!\s+(?:{_ESTIMATES_VERB}|of)\b|,)|noted|notes|claimed|confirmed|"
    r"confirms|warned|warns|"
    # "described" says how a thing is: "The court described the values as massive",
    # "Eyewitnesses described heavy traffic" (not a participle: "the area described by")
    r"described(?!\s+(?:by|in|as|above|below|earlier)\b)|"
    # "claims" says, but not the noun before its verb: "Jobless claims fell by 9,000"
    # (nor "False Claims Act claims and related state claims by Medicaid")
    rf"claims(?!\s+(?:{_NOUN_AFTER}|and|by|of|against|[a-z]+ed\s+by)\b)|"
    r"predicted|predicts|disclosed|revealed|insisted|insists|argued|argues|explained|wrote|"
    # a plural subject's present ("social conservatives argue that"): with "that" after it
    r"(?:argue|insist|contend|warn|note|claim|maintain|allege|estimate)(?=\s+that\b)|"
    r"writes|acknowledged|denied|believes|believe|expects|expected|expect(?!\s+to\b)|"
    # a court case's claims: "The indictment alleges that", "Tran admitted that he ...",
    # "These defendants admitted to targeting ...", "Evidence presented at trial proved that",
    # "The two sham transactions, evidence showed, increased ..."
    r"alleges|alleged(?=\s+that\b)|provides(?=\s+that\b)|admit(?:s|ted)(?=\s+(?:that|to)\b)|"
    r"(?:(?<=evidence )|(?<=trial ))(?:proved|showed|shows|established|demonstrated)|"
    r"predict(?!\s+to\b)|projects|projected|"
    r"forecasts|counted|counts|unveiled|disclosed|recommended|remarked|commented|asserted|"
    r"contended|conceded|cautioned|stressed|emphasi[sz]ed|accused|accuses|"
    # "officials declared over 145 people were found dead" (not "declared a state of emergency")
    r"declared(?=\s+(?:that\b|(?:over|more than|at least|about|nearly|some)\s+\d|\d))|"
    r"conclude[sd](?=\s*(?:that\b|[,:“\"]))|"  # not "Trading concluded with the FTSE down"
    # a body's definition: "The archive characterizes events where four or more people are
    # killed ... as a mass shooting"
    r"(?:defines|characteri[sz]es|classifies)(?=(?:\s+[\w,’'-]+){1,25}?\s+as\b)|"
    # a body's count of what it certified: "The Department of Labor certified around 370,000
    # temporary jobs" (not "certified the results")
    r"certified(?=\s+(?:(?:about|around|nearly|almost|some|roughly|more\s+than|over)\s+)?"
    r"(?!(?:19|20)\d\d\b)\d)|"
    r"(?:puts?|plac(?:ed|es|e)) (?:the |its |their |his |her )?(?:[\w-]+ )?(?:number|figure|"
    r"toll|total|cost|damage|losses|bill|tally|count|strength|magnitude|size)s?"
    r"(?=(?:\s+[\w-]+){0,10}?\s+(?:at|as)\b)|"
    r"(?:gave|gives|give) (?:a|an|the|its|their|his|her) (?:[\w-]+ )?(?:figure|number|estimate|"
    r"toll|total|count|tally)|"
    # "Pakistan has officially raised the death toll from last month's quake to 73,276"
    r"(?:raised|raises|lowered|lowers|revised|revises|updated|updates) (?:the|its|their) "
    r"(?:official )?(?:death |casualty )?(?:toll|tally|count)\b|"
    # a body's measure: "The U.S. Geological Survey measured the quake at 6.5"
    r"measured (?:the |its |their )?(?:[\w-]+ ){1,2}?at(?= )|measured it at(?= )|"
    # a forecaster's own numbers: "The IMF is predicting 3.3 percent", "has cut its U.S. growth
    # forecast to 2.5 percent", "kept its forecast ... at 6.8 percent"
    r"(?:is|are|was|were) (?:now |also |still )?(?:predicting|projecting|forecasting|estimating)|"
    r"(?:cut|cuts|raised|raises|lowered|lowers|trimmed|trims|kept|keeps|revised|revises|"
    r"upgraded|downgraded|maintained|maintains) (?:its|their) (?:[\w.’'-]+ ){0,4}?(?:forecast|"
    r"estimate|projection|outlook|prediction)s?|"
    # a body's release: "The bureau released data Saturday showing"
    r"(?:released|releases|published|publishes|issued|issues) (?:new |its |their |the )?"
    rf"(?:{_FINDINGS}|report)|"
    # "The National Union of Somali Journalists has issued a statement condemning the attack"
    # (a stance, which speaks for no figure, unless the statement says what: "issued a
    # statement saying")
    r"(?:released|issued|put out) (?:a|an|its|their) (?:[\w-]+ )?statement)"
)
_VERB = re.compile(_SAY)
_SAYING_INSIDE = re.compile(rf"(?:^|\s)(?:counter-)?(?=[a-z])(?:{_SAY})\s+\S")
_ADVERB = r"(?:(?:also|further|earlier|later|previously|separately|again|now|has|have|had)\s+)*"
# "NAME said" / "NAME also told": the words before the verb, back to a clause boundary.
# A name may carry the acronym it is introduced with: "Analysts polled by the Arab Gulf News
# Agency (AGNA) had expected ...".
_ACR = r"\([A-Z][A-Z&]{1,7}\)"
# (Found verb first, the name read back from it within _REACH characters: one regex for both
# took quadratic time on a long sentence with no verb of saying.)
_SAYS_AT = re.compile(
    rf"(?<!\s)\s+{_ADVERB}(?:counter-)?{_SAY}\b"
)  # (from a run of spaces' start: linear)
_NAME_RUN = re.compile(rf"(?:[^,;:“”\"()—–]|{_ACR})+$")
_REACH = 300
# A capitalised word that opens a sentence: after "U.N." it is no part of a name.
_SENTENCE_OPENER = (
    r"(?:The|An?|It|He|She|They|We|This|That|These|Those|In|On|At|But|And|Another|Some|Its|"
    r"His|Her|Their|There|Officials|Meanwhile|However)\b"
)
# ", said NAME" / "” said NAME": the verb first, the source after it.
_SAYS_SUBJECT = re.compile(
    # (a plural's present too: "..., claim residents.")
    # (not a stance's or a call's object: "..., called on Congress to", "criticized the
    # government of Zimbabwe")
    rf"(?:,|[”\"’])\s*(?!told\b|tells\b|{_STANCE_VERBS}\b|call(?:s|ed)\b|suggest)(?:{_SAY}|claim)\s+"
    rf"(?!(?:on\s+)?(?:{WEEKDAY_NAMES}|yesterday|today|last|this|earlier)\b)"  # ", warned Thursday"
    # ('” said Ms. Lise Grande': not "Ms"; an initial's full stop is inside a name: "said
    # Deputy U.S. Commerce Secretary ...", "U. S.", "said Acting U.N. envoy ...", not "said
    # the U.N. The agency ..."; a title's full stop inside the name: "said WHO
    # Director-General Dr. Margaret Chan")
    rf"(?P<name>(?:(?:{TITLES}|Lt|Maj|Sgt|Adm|Rev)\.\s+)?"
    r"(?:[^,;:.“”\"()—–]|(?<=\b[A-Z])\.(?=\s?[A-Z]\.|\s?(?!"
    rf"{_SENTENCE_OPENER})[A-Z][a-z])|(?<=\.[A-Z])\.(?=\s+[a-z]|\s*$)|"
    r"(?<=\s(?:Dr|Mr|Ms))\.(?=\s[A-Z][a-z])|(?<=\s(?:Mrs|Gen|Col))\.(?=\s[A-Z][a-z]))+)"
)
# A survey or study speaks for its numbers: "the GlobeScan poll found", "a survey conducted
# for the BBC World Service".
_STUDY = r"(?:poll|polling|survey|study|census|report|opinion poll|[Ee]stimates)"
_STUDY_SAYS = (
    # (after when it came out: "A Post-ABC News poll published last week showed")
    # ("A United Nations report released Thursday states that")
    r"(?:\s+(?:published|released|issued)\s+(?:(?:last|this|on|earlier)\s+\w+|"
    rf"{WEEKDAY_NAMES}|today|yesterday))?"
    r"\s+(?:also\s+)?(?:found|finds|showed|shows|indicated|indicates|suggested|suggests|"
    r"states(?=\s+that\b)|stated(?=\s+that\b))\b"
)
_STUDY_FINDS = re.compile(rf"(?P<name>(?:[\w.’'-]+\s+){{0,5}}{_STUDY}){_STUDY_SAYS}")
# Researchers who examined something to find it: "Economists with USDA's Economic Research
# Service examined three groupings ... of family farms to find that about 75 percent ...".
_EXAMINED_TO_FIND = re.compile(
    r"(?:^|[;:]\s+)(?P<name>(?:[A-Z][\w’'-]*\s+){0,3}(?:[Ee]conomists|[Rr]esearchers|[Aa]nalysts|"
    r"[Ss]cientists|[Ss]tatisticians)(?:\s+(?:with|at|from|of)\s+(?:the\s+)?[A-Z][^,;.()]{2,60}?)?)"
    r"\s+(?:examined|analy[sz]ed|studied|compared|reviewed|surveyed|looked\s+at)\s"
    r"[^.;]{0,200}?(?<!\bhoped)(?<!\bfailed)(?<!\btried)(?<!\bwanted)(?<!\bexpected)"
    r"\s(?:to|and)\s+(?:find|found)\s+that\b"
)
# "Preliminary results from the National Assessment of Adult Literacy (NAAL), released ...,
# indicate", "Data from the Labor Department showed": what a body's results say is its.
_RESULTS_FROM = re.compile(
    r"\b(?:[Rr]esults|[Ff]indings|[Ff]igures|[Dd]ata|[Ee]stimates)\s+(?:from|of|by)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w.&’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.&’'-]*){0,7}"
    r"(?:\s+\([A-Z][A-Z&]{1,7}\))?)(?:\s*,[^;:.]{0,160}?,)?\s+(?:also\s+)?(?:indicate|indicated|"
    r"indicates|show|showed|shows|suggest|suggested|suggests|reveal|revealed|reveals)\b"
)
_STUDY_DETERMINER = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s")
_STUDY_VERB = re.compile(rf"{_STUDY}{_STUDY_SAYS}")
_FILE_MARK = r"\((?:PDF|DOC|XLSX?|CSV)\)"
_STUDY_FOR = re.compile(
    # (a web release's file-type mark between: "report (PDF) by the Commerce Department's
    # Census Bureau"; a title with that mark is a document too: "the October 2012 U.S.
    # International Trade in Goods and Services (PDF) by the ...")
    rf"\b(?P<name>(?:(?:{_STUDY}|analysis|graph|chart)(?:\s+{_FILE_MARK})?|[A-Z][\w-]*\s+{_FILE_MARK})"
    r"\s+(?:(?:conducted|commissioned|carried out|released|published)\s+"
    # (when it came out between: "a new study released this month by the journal ...")
    r"(?:(?:this|last)\s+(?:week|month|year)\s+)?)?(?:by|for)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:[A-Z][\w.’'/-]*\s*){1,5}"
    # (the body's whole name: "the survey conducted by the Vienna-based UN Office of Drugs and
    # Crime (UNODC) and the Government of Peru")
    r"(?:(?:of|and|for|the)\s+(?:the\s+)?(?:[A-Z][\w.’'/-]*\s*){1,4}|\([A-Z]{2,8}\)\s*){0,6})"
)
# A capitalised word, and what joins two in a body's name: "Bureau of Statistics", "Office for
# the Coordination of ...".
_CAPITALISED = r"[A-Z][\w.&’'-]*"
_JOINED = r"\s+(?:(?:of|for|and|the|on)\s+)*"
# A report with its author is a document, the report as the article names it: "according to
# the 2010 Global Trends report by the United Nations High Commissioner for Refugees (UNHCR)",
# "An internal report by the national public health agency, consulted by ..., estimates"
# (who wrote it stays in its name; "the report says" later stands for it).
_AUTHOR = (
    rf"(?:{_CAPITALISED}(?:{_JOINED}(?!{WEEKDAY_NAMES}\b|{MONTH_NAMES}\b){_CAPITALISED})*"
    r"(?:\s+\([A-Z][A-Z&]{1,7}\))?|(?:[A-Za-z][\w-]*\s+){0,3}(?:agency|ministry|office|department|"
    r"bureau|institute|commission|council|service|authority|government|watchdog|regulator|"
    r"organi[sz]ation|committee|bank|fund|programme|program)\b)"
)
_REPORT_BY = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Aa]nother|[Ii]ts|[Tt]heir|{WEEKDAY_NAMES}[’']s)\s+"  # "Thursday's
    # report from", "Another report from"
    r"(?P<name>(?:(?!(?:a|an|the|from|of|by|and|or|in|on|to|for|with|that|which)\s)"
    r"(?:[A-Z0-9][\w’'-]*|[a-z][\w-]*)\s+){0,4}?"
    rf"report\s+(?:(?:published|released|issued|compiled|prepared)\s+)?(?:by|from|of)\s+"
    rf"(?:the\s+)?(?!{MONTH_NAMES}|{WEEKDAY_NAMES}\b){_AUTHOR})"
)
_REPORT_SAYS = re.compile(
    rf"{_REPORT_BY.pattern}(?:\s+(?:on\s+|last\s+|this\s+|in\s+)?(?:{WEEKDAY_NAMES}|{MONTH_NAMES}|week|month)"
    r"|\s+(?:during|over)\s+the\s+weekend)?"
    r"(?:\s*,[^;:.“”\"]{0,80}?,)?(?:,?\s+which)?\s+(?:also\s+)?(?:says|said|estimates|"
    r"estimated|finds|found|shows|showed|notes|noted|states|stated|concludes|concluded|warns|"
    r"warned|predicts|predicted|projects|projected)\b"
)
# Sources a sentence hedges with: "Some estimates place the number at", "Some reports said".
_HEDGED = re.compile(
    r"(?:[Ss]ome|[Oo]ther|[Ss]everal|[Uu]nconfirmed|[Cc]onflicting)\s+(?:estimates|reports|accounts)$"
)
# A body's document in a relative clause: "caused by the United States Department of Energy's
# inventory report that showed an unexpected drop": the body (its numbers carry on).
_OWNED_THAT_SHOWED = re.compile(
    rf"\b(?:the\s+)?(?!(?:It|That|This|There|What|Here|Who|{WEEKDAY_NAMES})['’]s)"
    r"(?P<name>(?:[A-Z][\w.&’'-]*\s+(?:(?:of|for|and)\s+)?){0,5}[A-Z][\w.&’'-]*)"
    r"['’]s\s+(?:[a-z-]+\s+){0,2}(?:report|data|figures|survey|study|statistics|estimates?)"
    # ("UNODC's recent report on Colombia, which showed")
    r"(?:\s+(?:on|of|for)\s+[A-Z][\w’'-]*)?,?\s+"
    r"(?:that|which)\s+(?:showed|shows|found|finds|indicated|indicates|revealed|reveals)\b"
)
# Where a speaker's name opens a clause: a sentence, after a semicolon or a colon, after "that",
# after a quotation, after a conjunction that opens a clause of its own (", while NAME, head
# of ..., said").
_SPEAKER_OPENS = r"(?:^|[;:]\s+|\bthat\s+|[”\"]\s+|,\s+(?:while|whereas|but|and)\s+)"
# "NAME, a military analyst at ..., said": the speaker is the name, not the words that
# describe them (an appositive: a role, an affiliation, an age), nor a title before the name
# ("Senior researcher Mu Li, of the University of NSW, said").
_NAMED = r"(?:[a-z]{1,3}-)?[A-Z][\w.’'-]*"
_APPOSITIVE_SAYS = re.compile(
    rf"{_SPEAKER_OPENS}(?:[A-Z][\w.&’'-]*\s+(?:[a-z]+\s+){{1,2}}(?=[A-Z]))?(?P<name>(?:(?:An?|The|an?|the)\s+(?:[a-z-]+\s+){{1,3}}"
    rf"(?:{_ACR}\s+)?(?:for|of|at|from)\s+)?{_NAMED}(?:\s+(?:(?:of|for|and)\s+)?{_NAMED}){{0,4}}|"
    rf"(?:An?|The)\s+(?:[\w’'-]+\s+){{0,6}}[a-z][\w’'-]*),\s+"
    # "a senior analyst at ...", an age, "World Bank president", "Bank of England governor"
    rf"(?:[a-z][^,;:“”\"()]{{2,90}}|\d{{1,3}}|"
    r"(?:[A-Z][\w.&’'-]*\s+(?:(?:of|for|and)\s+)?){1,4}(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*"
    rf"),\s+{_ADVERB}{_SAY}\b"
)
# The same with the appositive's closing comma left out: "Paul Risley, a spokesperson for the
# World Food Programme said, ..." (a full name, a role of a body: the person speaks, not the
# body).
# (Not a sentence's opening words of place or time: "In New York, an analyst ...".)
# A sentence's opening words that say when ("On Friday", "Earlier this week").
_TIME_OPENER = r"(?:On|In|At|By|Since|Until|Last|This|Next|Early|Late|Earlier|Later)"
_NOT_A_PLACE_OR_TIME = (
    rf"(?!(?:{_TIME_OPENER}|From|For|With|After|Before|During|Meanwhile|Also|However|"
    rf"{WEEKDAY_NAMES}|{MONTH_NAMES})\b)"
)
# (A name may hold a particle, "Sara Derotier de Cobacho"; an age may come first, "Maria
# Vedio, 47, legal chairwoman for ... said"; the role may have no article.)
_PARTICLE = r"(?:de|da|del|della|di|do|dos|das|du|van|von|der|den|la|le|bin|ibn|al)"
_UNCLOSED_APPOSITIVE_SAYS = re.compile(
    rf"{_SPEAKER_OPENS}{_NOT_A_PLACE_OR_TIME}"
    rf"(?P<name>{_NAMED}(?:\s+(?:{_PARTICLE}\s+)?{_NAMED}){{1,3}}),\s+(?:\d{{1,3}},\s+)?"
    r"(?:an?\s+)?(?:[a-z-]+\s+){0,3}(?:spokes(?:man|woman|person)|official|officer|director|"
    r"head|chief|analyst|economist|researcher|professor|expert|adviser|advisor|minister|secretary|"
    r"president|chairman|chairwoman|chair|representative|coordinator|manager|leader|member|"
    r"governor|mayor|commissioner|ambassador|envoy)\s+"
    # (the body maybe after a field: "secretary of human rights for Buenos Aires")
    r"(?:for|of|at|with|in)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:(?:for|of|in)\s+(?:the\s+)?)?"
    r"[A-Z][^,;:“”\"()]{1,60}?\s+"
    rf"{_ADVERB}(?:said|says|told|added|explained|noted|warned)\b"
)
# ... or a short description of a person, with no body: "Nurta Hussein, another resident
# said:" (the person speaks).
_DESCRIBED_SAYS = re.compile(
    rf"{_SPEAKER_OPENS}{_NOT_A_PLACE_OR_TIME}(?P<name>{_NAMED}(?:\s+{_NAMED}){{1,3}}),\s+"
    r"(?:an?|another|one)\s+(?:[a-z-]+\s+){0,2}(?:resident|witness|survivor|eyewitness|"
    r"villager|farmer|worker|student|teacher|doctor|nurse|soldier|driver|shopkeeper|trader|"
    r"mother|father|relative|neighbou?r|local|passenger|refugee|official|spokes(?:man|woman|"
    rf"person)|analyst|expert)\s+{_ADVERB}(?:said|says|told|added|explained)\b"
)
# A person then a relative clause of saying: "AFP spoke to Terence Fan, an air industry expert
# from Singapore Management University, who said ...".
_WHO_SAID = re.compile(
    rf"(?<![\w.’'-])(?P<name>[A-Z][\w’'-]+(?:\s+{_NAMED}){{1,3}})"
    r"(?:,\s+(?:an?|the)\s+[^,;:“”\"()]{2,90})?,\s+who\s+"
    rf"{_ADVERB}(?:said|says|told|tells|added|explained|noted|warned)\b"
)
# "Ukraine's Foreign Ministry called on partners ..., saying ...": a participle of saying
# gives the clause's subject, a proper name opening the sentence, what follows it (the verb
# right after the name; a title before it is not the name: "MCC secretary general Ana Ruiz
# dismissed it, saying" names Ana Ruiz).
_SUBJECT_SAYING = re.compile(
    rf"^(?:{_NAMED}\s+(?:[a-z]+\s+){{1,2}}(?=[A-Z]))?"  # a title: "MCC secretary general"
    rf"(?P<name>(?:The\s+)?{_NAMED}(?:\s+(?:(?:of|for|and|the)\s+)*(?:{_NAMED}|{_ACR}))*)"
    # (the clause may name a place or a body after a preposition: "issued an appeal for Chile,
    # saying"; no other capital: a second subject)
    r"\s+[a-z](?:[^;:“”\"A-Z]|(?<=\bfor )[A-Z]|(?<=\bin )[A-Z]|(?<=\bto )[A-Z]|(?<=\bof )[A-Z]|"
    r"(?<=\bat )[A-Z]|(?<=\bfrom )[A-Z]|(?<=\bwith )[A-Z]|(?<=\bon )[A-Z])*?"
    r",\s+(?:saying|estimating|adding|warning|arguing|noting|predicting|projecting|proposing|"
    r"forecasting|claiming|insisting)\b"
    r"(?!\s+(?:to|up|on|signs?|lights?)\b)"  # not "adding to pressure"
)
# Reports no one is named for: "Reports indicate that ...", "with some reports indicating",
# "as latest reports claim", "reports from locals suggest".
_REPORTS_ADJECTIVE = (
    r"(?:[Ss]ome|[Mm]edia|[Ll]ocal|[Ee]arly|[Uu]nconfirmed|[Nn]ews|[Pp]olice|[Oo]fficial|[Pp]ress|"
    r"[Oo]ther|[Ss]everal|[Mm]any|[Ee]arlier|[Ii]nitial|[Cc]onflicting|[Pp]reliminary|[Ll]atest|"
    r"[Nn]ew)"
)
_REPORTS_INDICATE = re.compile(
    rf"(?:(?:^|[,;]\s+|\band\s+)(?P<name>(?:{_REPORTS_ADJECTIVE}\s+)?[Rr]eports"
    rf"(?:\s+from\s+[a-z]+)?)\s+(?:{_REPORTS_VERB})|"
    rf"\b(?:[Ww]ith|[Aa]s)\s+(?P<with>(?:{_REPORTS_ADJECTIVE}\s+)?reports)\s+"
    rf"(?:{_REPORTS_PARTICIPLE}|say|claim|suggest|indicate|show))\b"
)
# Findings no one is named for: "Preliminary findings from assessments carried out so far
# indicate", "Initial assessment findings show", "Initial assessments show" (not "The findings
# show", "Findings from the survey show": a study's named before).
_FINDINGS_INDICATE = re.compile(
    r"(?:^|[,;]\s+|\band\s+)(?P<name>(?:(?:[Pp]reliminary|[Ii]nitial|[Ee]arly|[Nn]ew|[Ll]atest)\s+"
    r"(?:[Aa]ssessment\s+)?(?:[Ff]indings|[Aa]ssessments)|"
    # ... and earlier work: "Earlier studies have suggested", "Earlier estimates of this
    # nature had indicated"
    r"(?:[Ee]arlier|[Pp]revious|[Pp]rior|[Oo]ther|[Ss]ome)\s+(?:stud(?:y|ies)|estimates|research))"
    r"(?:\s+(?:from|of)\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:assessments?|surveys?|stud(?:y|ies)|"
    r"investigations?|missions?))?)(?:\s+[a-z][a-z ]{0,40}?)?\s+(?:(?:have|had)\s+)?(?:indicate|"
    r"indicated|suggest|"
    r"suggested|show|shows|showed|reveal|revealed)\b"
)
# "The pollster questioned 1,000 people ... and said Thursday that": the subject that opens
# the sentence says what the verb after its "and" says (no other subject between).
_AND_SAID = re.compile(
    r"^\s*(?P<name>(?:[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|"
    rf"(?:The\s+)?{_NAMED}(?:\s+(?:(?:of|for|and|the)\s+)*{_NAMED})*))"
    r"\s+(?:[a-z]+ed|ran|held|took|found|gave|made|met|sent|spoke)\b[^;:.“”\"]{1,200}?,?\s+and\s+"
    r"(?:also\s+|later\s+)?(?:said|says|told|added|reported|announced|estimated)\b"
)
# "The company's chief executive, Faisal al-Harbi, said": the role first, then the name.
# The name may carry an age before it and an affiliation after it: "The party's leader, the
# 63-year-old Ana Ruiz of the Green Party, said".
_ROLE_NAME_SAYS = re.compile(
    rf",\s+(?:the\s+\d{{1,3}}-year-old\s+)?(?P<name>{_NAMED}(?:\s+{_NAMED}){{1,4}})"
    rf"(?:\s+(?:of|from)\s+(?:the\s+)?{_NAMED}(?:\s+{_NAMED}){{0,4}})?,\s+{_ADVERB}{_SAY}\b"
)
# An abbreviation's full stop that ends a sentence before a word that opens one.
_NEW_SENTENCE = re.compile(rf"\.\s+(?={_SENTENCE_OPENER})")
_ACCORDING = re.compile(
    # "These payments totaled $14.3 billion based on data from USDA's ... Survey (ARMS)"
    # "As explained by co-author Katherine Hayhoe, the space over 100% indicates" (not "as
    # measured by the index": a measure, not a speaker)
    r"\b(?:according to|citing|cited by|as (?:explained|noted|stated|described|said|"
    r"confirmed|announced|quoted|told) by|"
    r"based on (?:data|figures|estimates|statistics) (?:from|by)"
    rf"(?: the)?(?!\s+(?:{MONTH_NAMES}|\d)))\s+"  # (not "based on figures from March")
    r"(?P<name>(?:[^,;:.“”\"()—–]|(?<=\b[A-Z])\.(?=[A-Z]\.|\s+(?!"
    rf"{_SENTENCE_OPENER})[A-Z][a-z])|"  # "the U.S. Geological Survey", not "the U.N. The"
    r"(?<=\b(?:Dr|Mr|Ms|St))\.(?=\s[A-Z][a-z])|(?<=\b(?:Mrs|Gen|Col|Sen|Rep|Gov))\.(?=\s[A-Z][a-z])|"
    r"(?<=\bProf)\.(?=\s[A-Z][a-z]))+)",  # "according to Dr. Darwish"
    re.I,
)
# A document named by its title in quotation marks: 'according to the "World Economic
# Situation and Prospects for 2002."'
_ACCORDING_TITLE = re.compile(
    r"\b(?:[Aa]ccording to|[Cc]iting)\s+(?:the\s+)?[“\"]"
    r"(?P<name>[A-Z][^“”\"]{2,100}?)[.,]?(?:[”\"]|$)"
)
# A passive of releasing or measuring names its agent: "The figure released Tuesday by the
# National Bureau of Statistics", "a quake measured at magnitude 6.3 by the USGS".
# Capitalised words joined by "of", "for", "and", "the", "on": "Bureau of Statistics".
_CAPITALISED_NAME = rf"{_CAPITALISED}(?:{_JOINED}{_CAPITALISED})*"
_BY_AGENT = re.compile(
    rf"(?:\b(?i:{_FINDINGS}|photos|images|footage|videos?|reports?|index|rate),?\s+(?:released|published|"
    r"issued|compiled|provided|given)|\b(?:measured|estimated|recorded|reported|calculated))"
    # (not across what the report says: "report released Thursday states that attacks by")
    r"\s+(?:(?!\b(?:and|that|states|says|said|shows|showed|finds|found)\b)[^,;:.“”\"()—–]|"
    r"\.(?=\d)){0,60}?\bby\s+"
    rf"(?:the\s+)?(?!{MONTH_NAMES}|{WEEKDAY_NAMES}|Christmas|Easter)"
    rf"(?P<name>{_CAPITALISED_NAME}"
    r"(?:\s+\([A-Z][A-Z&]{1,7}\))?(?:\s+(?:state\s+)?(?:media|officials|authorities|"
    r"government|military|forces|police|television))?|(?:police|authorities)(?!\w))"
)  # ("Official figures provided by the police were that 150 attended")
# Words that end a name when reading back from the verb ("... that the ministry said").
_BOUNDARY = re.compile(
    r"^(?:that|and|but|while|as|which|who|whom|where|when|because|although|though|after|"
    r"before|if|so|since|than|whereas|meanwhile|however|also)$",
    re.I,
)
# Where a name read forward ends: "said an official from the GUR on Monday that ...".
_NAME_END = re.compile(
    r"\s(?:on|in|at|last|this|that|earlier|later|during|after|before|when|while|(?-i:who)|which|"
    r"because|as|to|for|with|adding|citing|yesterday|today|tomorrow|the (?:next|previous|"
    r"following) day)(?=\s)(?<!\b[Ff]or(?-i:(?=\s+[A-Z])))",  # "Institute for Supply" goes on
    re.I,
)
# A proper name after "according to" with no comma before its clause: "According to the WHO
# most people take up smoking before ...": the name ends where its capitalised words do.
_PROPER_THEN_CLAUSE = re.compile(rf"^(?P<name>(?:the\s+)?{_CAPITALISED_NAME})\s+[a-z]")
# "which according to the Service had a 4.7 magnitude": the clause's verb ends the name
# read after "according to" (after "said", a name before a verb is no speaker but what
# is said: "said Berlin was in talks").
_VERB_AFTER = re.compile(r"\s(?:had|has|have|was|were|is|are|will|would)\b")
# "according to a document the ministry sent to lawmakers", "according to accounts filed with
# the Court of Audit": a document is named by its whole phrase, its relative clause included.
_DOCUMENT = re.compile(
    r"^(?:(?:a|an|the|its|their)\s+)?(?:[a-z][\w-]*\s+){0,2}(?:documents?|accounts|filings?|"
    r"reports?|records|minutes|data|figures|statements?|estimates|papers|letter|memo)\s+\S",
    re.I,
)
# The person a name read back from the verb was cut from: "Prof. Matthias Brandt" before
# "of the Institute for ... said" (a person and their affiliation).
_AFFILIATED = re.compile(r"((?:[A-Z][\w.’'-]*\s+){1,4})$")
_AFFILIATED_OF = re.compile(r"((?:[A-Z][\w.’'-]*\s+){1,4})(?:of|at|from)\s+$")
_OF = re.compile(r"(?:of|at|from)\s")
_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.I)
_DIGIT = re.compile(r"\d")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)$", re.I)
_DETERMINER = re.compile(
    r"^(?:the|a|an|this|these|that|those|its|their|his|her|our|"
    r"most|many|few|all|both|several|others)$",  # ("Most expect inflation to hit 4 percent")
    re.I,
)
# A person's name then what they belong to, its last word no name ("Ann Roe of the
# Mutambara MDC grouping").
_PERSON_OF_SOMETHING = re.compile(
    r"^(?:(?:[A-Z][\w’'-]*\s+){0,3})(?P<person>[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z’'-]+)"
    r"\s+(?:of|from|at|with)\s+(?:the\s+)?[A-Z]"
)
# A person's full name: two to four capitalised words ("Mayor Jane Doe", "Sergei Ignatiev").
# Not a piece of an organisation's name: "the Centre for Defence Studies" holds no person.
_FULL_NAME = re.compile(
    r"(?<!\bof )(?<!\bfor )(?<!\bthe )(?<!\bThe )(?<!-)"
    r"\b[A-Z][a-z’'-]+(?:[ \t]+(?:[a-z]{1,3}-)?[A-Z][a-z’'-]+){1,4}\b(?!\s+(?:of|for)\s+[A-Z])"
)
# How far back a pronoun with no source before it looks for a person's name (a bound on
# the search in a very long paragraph; a news paragraph is far shorter).
_PRONOUN_REACH = 3000
# The last word of a body's name, no person's: "World Bank president ... He warned".
_BODY_END = re.compile(
    r"\b(?:Bank|Fund|Ministry|Department|Agency|Bureau|Office|Service|Administration|"
    r"Institute|Commission|Authority|Council|Cent(?:er|re)|Party|Organi[sz]ation|Association|"
    r"Union|Group|Company|Corporation|University|Survey|Court|Committee|Forces?|Army|Police|"
    r"Government|Parliament|Assembly|Senate|Congress|Times|News|Post|Press|Mission|Programme|"
    r"Program|Board|Foundation|Federation|Alliance|Coalition|Network|Society)$"
)
# The last word of a role, not of a person's name: "Jacques Diouf, Director General of the
# ...": "He says" is Diouf's, not "Director General"'s.
_ROLE_END = re.compile(
    rf"\b(?:{TITLES}|General|Chief|Officer|Spokes(?:man|woman|person)|Commissioner|"
    r"Coordinator|Envoy|Adviser|Advisor|Representative)$"
)
# A clause that sets another claim against the first: its source is not the first's.
_CONTRAST = re.compile(r"\b(?:though|although|but|while|whereas|however)\b", re.I)
# ", which, according to": a relative clause that opens on its own attribution.
_RELATIVE_REACH = 40
_RELATIVE = re.compile(r",\s*(?:which|who)\s*,?\s*(?:according\s+to\s+|citing\s+)?$", re.I)
# "..., the government said, as 2,500 troops joined the search": background after the claim.
_AS_AFTER = re.compile(
    rf"\s+{_ADVERB}{_SAY}(?:\s+(?:on\s+|late\s+|early\s+)?(?:{WEEKDAY_NAMES}|yesterday|today))?,"
    r"\s+as\s"
)
# A paragraph that opens by referring back to the one before ("Of those, as many as ...").
_REFERS_BACK = re.compile(
    r"\s*(?:Of (?:those|them|these)|Among (?:them|those|these)|These|Those|They|"
    r"It(?! (?:is|was|will be|has been) )|This(?! (?:is|was) )|"
    r"The (?:(?:new|latest)\s+)?"  # "The new data shows"
    r"(?:results?|poll|survey|study|report|findings|figures?|data|estimate)\b"
    r"(?! (?:of|by|for) [A-Z]))\b"
)
# A share of a poll's respondents: "Fifteen percent felt ...", "85 percent of Chinese
# respondents said ...", "20 percent of those surveyed".
# (Not the verbs as often said of anything: "30 percent saw their orders cut".)
_ANSWER_VERBS = sorted(OPINION_VERBS - {"saw", "see", "held", "named", "voted", "chose", "did"})
_POLL_WORD = re.compile(r"\b(?:poll|survey)\b", re.I)
_ANSWER = re.compile(
    rf"\s+(?:(?:{'|'.join(_ANSWER_VERBS)}|did not)\b|of\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}"
    r"(?:respondents|voters polled|(?:those|people|adults|voters) (?:surveyed|polled|asked|"
    r"questioned|interviewed))\b)",
    re.I,
)
# A candidate's share of a count: "came in second with 17 percent", "took 10 percent".
_RESULT = re.compile(
    r"\b(?:won|wins|took|takes|came\s+(?:in\s+)?(?:first|second|third|fourth|last)|"
    r"received|garnered|secured|finished|polled)\b(?:(?!\b(?:said|says)\b)[^.;]){0,40}?"
    r"\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)"
)
# A headline about a release: a survey, a report, a projection, a budget unveiled.
_RELEASE_HEADLINE = re.compile(
    r"\b(?:released?|releases|publish(?:es|ed)|projects|projected|forecasts?|unveils?|unveiled|"
    r"survey|study|census|report(?:ed)?\s+(?:finds|shows|says))\b",
    re.I,
)
# Whom a speaker told or spoke to is no speaker: "She told VOA reporter Cole Mallard that".
_TOLD_TO = re.compile(
    r"\b(?:told|tells|asked|asks|interviewed|(?:spoke|speaking|talked|talking)[^\S\n]+to)"
    r"[^\S\n]+(?:[A-Za-z’'-]+[^\S\n]+){0,5}$"
)
# A lead-in naming the release a list of findings is from: "Additional highlights of the
# statistics on new foreign direct investment for 2019:" (the list's items are its own).
_HIGHLIGHTS_OF = re.compile(
    r"\b(?:[Hh]ighlights|[Kk]ey\s+findings|[Ff]indings|[Rr]esults)\s+(?:of|from)\s+(?:the\s+)?"
    r"(?P<name>(?:(?:statistics|data|survey|report|study|poll|census|figures|estimates)\b|[A-Z])"
    r"[^:;\n“”\"]{2,100}?)\s*:\s*$"
)  # (a document or a name: not "Results from the vote:")
# A list item: a paragraph opening on a bullet.
_BULLET = re.compile(r"\s*[•◦▪‣∙·*–-]\s")
# A statement about a statistical release, in its opening sentence: "Acting U.S. Secretary of
# Commerce Rebecca Blank issued the following statement today on the release of the ..."
_STATEMENT_ON_RELEASE = re.compile(r"\bstatement\b[^.]{0,40}?\bon\s+the\s+release\s+of\b")
# A headline that gives a body's word: "WHO says Zimbabwean cholera epidemic 'past its peak'".
_SAYS_HEADLINE = re.compile(
    r"^\s*(?:[A-Z][\w.&’'-]*\s+){0,3}[A-Z][\w.&’'-]*\s+(?:says|warns|reports|estimates)\b"
)
_CAMEL = re.compile(r"[a-z][A-Z]|^[A-Z]{2,}\b")
# A paragraph that opens on a reference to the numbers before it, to name their source.
# ("Thursday's report from the Commerce Department showed ...": the report the lead restates)
_NAMES_BACK = re.compile(
    rf"\s*(?:The|These|Those|That|This|{WEEKDAY_NAMES}[’']s)\s+(?:[a-z]+\s+)?"
    rf"(?:{_FINDINGS}|forecast|projection|report)\b"
)
_AUTHORED = re.compile(r"\breport\s+(?:(?:published|released|issued)\s+)?(?:by|from|of)\s")
# The words that make a name a body that releases figures ("Bureau of Economic Analysis").
_RELEASER = (
    r"(?:Statistics|Statistical|Bureau|Office|Department|Ministry|Agency|Census|Administration|"
    r"Institute|Commission|Treasury)"
)
_BODY_AUTHOR = re.compile(rf"\b(?:{_RELEASER}|Bank|Fund)\b")
_PRONOUN = re.compile(r"^(?:he|she|it|they|we|i)(?:['’](?:ve|d|ll|s|m|re))?$", re.I)  # "We've"
# Who forecast a number, in a relative clause: "higher than that predicted by economists, who
# forecast an increase to 7.7%", "analysts, who had expected a rise of 0.3%".
_WHO_FORECAST = re.compile(
    r"(?<![\w.&’'-])(?P<name>(?:[A-Z][\w.&’'-]*\s+){0,4}(?:[a-z][\w-]*\s+)?"
    r"(?:economists|analysts|forecasters|experts|strategists|investors|traders|officials|"
    r"observers|pollsters|researchers)),\s+who\s+(?:had\s+)?"
    r"(?:forecast|predicted|expected|estimated|projected)\b"
)
# Official numbers nobody is named for: "According to official figures, the unemployment rate
# ...", "Official data showed": the statistics body the article names next (two annotators
# credited the Office for National Statistics and the Bureau of Economic Analysis, named in the
# next paragraphs; a person named is no such body), else the figures themselves ("official
# returns showed Piñera with 52%": a third annotator's source).
_OFFICIAL_WORDS = (
    r"(?:[Oo]fficial|[Gg]overnment|[Ll]atest official|[Nn]ew official)\s+"
    r"(?:figures|data|statistics|estimates|returns|results|counts?|tally|tallies)"
)
_OFFICIAL = re.compile(
    rf"\b(?i:according to|citing)\s+(?:the\s+)?(?P<name>{_OFFICIAL_WORDS})\b|"
    rf"(?:^|,)\s*(?P<subject>{_OFFICIAL_WORDS})\s+(?:released\s+[^,;:.]{{0,40}}?)?"
    r"(?:show|showed|shows|suggest|suggested|indicate|indicated)\b"
)
# A body that releases official figures, named as a body: capitalised words ("of", "for",
# "and", "the" between) with one of these in them ("The Office for National Statistics",
# "US Bureau of Economic Analysis"; not "Bank of America economist Ann Lee").
_OFFICIAL_BODY = re.compile(
    rf"(?:[Tt]he\s+)?(?=[^\n]*\b{_RELEASER}\b)"
    rf"{_CAPITALISED}(?:{_JOINED}{_CAPITALISED}){{0,7}}"
)
# A statistics body releasing its numbers, whatever it calls them: "The Commerce Department's
# Bureau of Economic Analysis today released personal income and outlays for March 2012." (its
# paragraph's numbers are then the body's, as after "said").
_BODY_RELEASED = re.compile(
    rf"(?<![\w.&’'-])(?P<name>(?:[Tt]he\s+)?(?:{_CAPITALISED}{_JOINED}){{0,6}}"
    rf"{_RELEASER}(?:{_JOINED}{_CAPITALISED}){{0,4}})\s+"
    rf"(?:(?:today|yesterday|on\s+{WEEKDAY_NAMES})\s+)?(?:released|publishe[sd]|issued)\s+"
    r"(?!(?:a|an|the|its)\s+(?:statement|warning|appeal|call|alert|order)\b)"
)
# An appeal for money is the appealing body's claim, with the numbers of its sentence: "The
# UN World Food Programme (WFP) has launched a $78 million appeal to feed almost 2 million
# people", "It is now appealing for $13 million", "UN seeks $15 million to help ...".
_APPEALS = re.compile(
    rf"(?:^|(?<=[\s“\"(]))(?P<name>(?:[Tt]he\s+)?{_CAPITALISED}(?:{_JOINED}{_CAPITALISED}|"
    r"\s+\([A-Z][A-Za-z&]{1,7}\)){0,8}|[Ii]t|[Tt]hey)"
    r"(?:\s+and\s+its\s+(?:[a-z-]+\s+)?partners)?"
    r"(?:\s+(?:has|have|had|is|are|was|were|also|now|today|yesterday|jointly))*\s+"
    r"(?:(?:issued|launched|made|announced|unveiled|revised)\s+(?:a|an|its|their)\s+"
    r"(?:[\w$€£.,-]+\s+){0,6}?appeal\b|appeal(?:ed|ing|s)?\s+for\b|"
    r"(?:seeks|sought|seeking|asked\s+for|asking\s+for|requested|requesting)\s+"
    r"(?=(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|up\s+to\s+|"
    r"an\s+additional\s+|another\s+)?(?:US\s?|U\.S\.\s?)?[$€£]))"
)
# (a verb of saying, not the noun "reports": "Amid reports of floods, WFP launched an appeal")
_REPORTED_SPEECH = re.compile(r"\b(?:say|says|said|told|tells|according\s+to|reported)\b")
# Lower-case words before a capitalised name: a role ("co-author Katherine Hayhoe").
_ROLE_BEFORE_NAME = re.compile(r"(?:the\s+)?(?:[a-z][\w-]*\s+)+(?=[A-Z])")
_PERSON_PRONOUN = re.compile(r"^(?:he|she|i)$", re.I)
_MAX_NAME_WORDS = 9
_INDEFINITE = re.compile(r"^(?:an?|An?)\s+[a-z]")
# ... nor an auxiliary or an adverb ("Pakistan has officially raised the death toll").
_NAME_THEN_AUXILIARY = re.compile(
    r"(?:\s+(?:has|have|had|also|now|officially|formally|publicly|previously|recently|"
    r"again))+$"  # (not "is": "The force is estimated at"; not "jointly": "X and Y jointly")
)
# ... nor a time before it, where an opening phrase ends with no comma.
_TIME_THEN_NAME = re.compile(
    r"^.*\b(?:(?:this|last|next|that)\s+(?:year|week|month|morning|afternoon|evening)|yesterday|"
    r"today|tonight)\s+(?=[Tt]he\s+[A-Z])"
)
# ... or a participle's phrase a missing comma runs on into the name: "after being diverted to
# Valencia the Spanish Air Authority described".
_PHRASE_THEN_NAME = re.compile(r"^(?:being|having|after|before)\s+[a-z][^,;:]*?\s+(?=the\s+[A-Z])")
# Words before a name that are not part of it: "and", "but", a conjunction opening the
# sentence ("As Heald told ..."), and a year that dates the role ("2000 Republican
# presidential candidate Gary Bauer said").
_LEADING = re.compile(
    rf"^(?:(?:and|but|then|so|also|{'|'.join(OPENING_CONJUNCTIONS)}|"
    r"(?:19|20)\d\d(?=\s+[A-Z]))\s+)+",
    re.I,
)
# A time between a name and its verb is not part of the name: "The government on Friday
# unveiled ...", "Police late Sunday said ...".
_NAME_THEN_TIME = re.compile(
    rf"\s+(?:(?:on|late|early|last|this|earlier|later)\s+)?(?:{WEEKDAY_NAMES}|yesterday|today|"
    r"tonight|week|month|year|morning|afternoon|evening|night)"
    r"(?:\s+(?:morning|afternoon|evening|night))?$",
    re.I,
)

# A semicolon opening a clause that names its own source before any number of its own:
# "Phivolcs reported 5.5; USGS reported 5.8" (not "40 died; 12 were children, officials said").
_OWN_CLAUSE = re.compile(r";[^\d;]*$")
# A role after the verb, then the name: '..., said the Portuguese health minister, Ana Jorge.'
_ROLE_THEN_NAME = re.compile(
    r",\s+(?P<person>[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+){1,3})\s*(?:[.,;]|$)"
)
# A statistical note's source line: "These data are from the BLS Consumer Price Index
# program.", "This chart is drawn from USDA, Economic Research Service's (ERS) Oil Crops
# Outlook, June 2021, and is based on ..." (a chart's or a table's data, said as a whole).
_SOURCE_NOTE = re.compile(
    r"^(?:(?:A|An\s+earlier)\s+version\s+of\s+)?(?:(?:These|The|This|All|this)\s+(?:data|"
    r"figures|estimates|statistics|numbers|chart|table|graphic|map)|(?:Data|Figures|Estimates|"
    r"Statistics|Numbers)\s+(?:for|in|behind)\s+(?:this|the)\s+(?:chart|map|table|graphic|"
    r"article|note))"
    r"\s+(?:(?:are|is|were|was|come|comes|came)\s+(?:drawn\s+|taken\s+|derived\s+)?from"
    r"(?:\s+data\s+(?:in|from))?|(?:are|is|were|was)\s+based\s+on\s+(?:data|figures|statistics)"
    r"\s+(?:from|in)|(?:also\s+|first\s+)?appears?\s+in|(?:first\s+)?appeared\s+in|"
    r"(?:is|was|were)\s+(?:first\s+)?published\s+in|(?:is|are|was|were)\s+compiled\s+by)\s+"
    # (a title's colon: "Landscape: Fiscal"; an abbreviation's full stops: "U.S.")
    r"(?P<name>(?:(?:[A-Z]\.){2,}(?=\s+[A-Z])|[^.;:]|:(?=\s+[A-Z])|\.(?=[A-Za-z])){3,120}?)"
    rf"(?=,\s+(?:and|which|released|published)\b|,\s+(?:{MONTH_NAMES}\s+)?\d{{4}}\.?\s*$|"
    rf"\s+on\s+{WEEKDAY_NAMES}\b|\.?\s*$|\.\s)"
    # "The BLS Quarterly Census of Employment and Wages program produced these data; ..." (a
    # name: capitalised words, with "of", "and" inside and a program's own word at its end)
    r"|^(?P<maker>(?:The\s+)?[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|and|on)\s+)*[A-Z][\w.&’'-]*)*"
    r"(?:\s+(?:program|programme|office|survey|team|division|unit))?)\s+(?:produced|compiled|"
    r"collected|published)\s+(?:these|the|this)\s+(?:data|figures|estimates|statistics)\b"
)
_MONTH = re.compile(rf"{MONTH_NAMES}|\d")
_NOTE_OWNER = re.compile(
    r"^(?P<owner>(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)['’]s\s+(?:[a-z]+\s+)?report\b"
)
# Where or how a speaker spoke, between the name and the verb: "X in an interview with the BBC
# said", "X at a news conference said" (a name holds no "in an" followed by a common noun).
_NAME_THEN_WHERE = re.compile(
    r"\s+(?:in|at|during|on)\s+(?:a|an|the|his|her|their)\s+(?:[a-z]+\s+)?(?:interview|statement|"
    r"speech|briefing|conference|release|broadcast|message|letter|post|tweet|address|remarks)\b"
)
# A speaker set apart from the verb by two asides, or by one holding a bracket: "Maulid Warfa,
# UNICEF emergency officer, in an interview with state-run Radio Mogadishu, said", "On Friday,
# Jens Oppermann, the country director of Action Against Hunger (Action Contre La Faim, ACF),
# told AFP".
_ASIDE = r"(?:[^,;:“”\"()]|\([^()]*\))"
# "General Suleiman al-Amr, in remarks to al-Ikhbariya television, said": one aside saying
# where or to whom, after the name (a title or a role may stand before it).
_WHERE_ASIDE_SAYS = re.compile(
    rf"{_NOT_A_PLACE_OR_TIME}(?<![\w.’'-])(?P<name>{_NAMED}(?:\s+{_NAMED}){{0,4}}),\s+"
    r"(?:in|speaking|talking|writing)\s"
    rf"[^,;:“”\"()]{{2,90}},\s+{_ADVERB}{_SAY}\b"
)
# A speaker named along with another: "Kaufman, along with senator Mark Warner from Virginia,
# called on Congress to ..." (both speak; the first is read back from the verb).
_ALONG_WITH_SAYS = re.compile(
    rf",\s+(?:along|together)\s+with\s+(?:[a-z]+\s+)?(?P<name>{_NAMED}(?:\s+{_NAMED}){{1,3}})"
    rf"(?:\s+(?:of|from)\s+[^,;:“”\"()]{{1,60}})?,\s+{_ADVERB}(?:{_SAY}|call(?:s|ed)\s+(?:for|on))\b"
)
# A name that opens its clause and calls for something: "Brown called for free and fair
# elections", "Human Rights Watch have called for compensation" (a call says what it wants;
# only a name right before it: "the report also called for more troops" is read elsewhere).
_NAME_CALLS = re.compile(
    rf"(?:^|[;:]\s+|,\s+(?:and|but)\s+|\b(?:after|when|while|before|since)\s+)"
    rf"(?P<name>{_NAMED}(?:\s+(?:of\s+)?{_NAMED}){{0,4}})\s+"
    r"(?:(?:has|have|had|also|again|repeatedly)\s+)*call(?:s|ed)\s+(?:for|on)\b"
)
# A court's finding: "Judge Droney found that AIG's shareholders lost ...", "The judge found
# the tax loss to be more than $1 million", "A federal judge found", "the jury also found".
_COURT_FOUND = re.compile(
    r"(?:^|[;:]\s+|,\s+(?:(?:and|but)\s+)?)(?P<name>(?:(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2})?(?:[A-Z][\w.’'-]*\s+){0,4}"
    r"(?:[Jj]udge|[Cc]ourt|[Jj]ury|[Tt]ribunal)(?:\s+[A-Z][\w’'-]+){0,3})\s+(?:also\s+)?found\b"
)
# A court paper with the aside of its filing: "The criminal information, filed in the Eastern
# District of Pennsylvania, alleges that ...".
_FILED_SAYS = re.compile(
    r"(?:^|[;:]\s+)(?P<name>(?:[Tt]he|[Aa]n?)\s+(?:[\w’'-]+\s+){0,3}(?:information|indictment|"
    r"complaint|agreement|lawsuit|suit|charges?|affidavit|petition|filing))\s*,\s+(?:filed|"
    rf"issued|unsealed|signed|dated|lodged)\b[^,;:“”\"()]{{0,100}},\s+{_ADVERB}{_SAY}\b"
)
_FILED_AFTER = re.compile(r"\s+(?:filed|issued|unsealed|lodged|presented|made\s+public)$")
# A stance, not a statement of fact: "claimed responsibility", "has issued a statement
# condemning the attack" (a statement that does not say what: not "issued a statement saying"),
# "denounced the election as fraudulent" (not an accusation: "accused the police of firing 12
# shots" gives the 12).
_STANCE_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|also|later|then)\s+)*(?:claimed\s+responsibility|"
    rf"{_STANCE_VERBS}\b|"
    r"(?:issued|released|put\s+out)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?statement"
    r"(?!\s*,?\s+(?:saying|stating|that|which\s+said)\b))"
)
# (a verb of saying as a word of its own: not "states" in "statesmanship")
_VERB_WORD = re.compile(rf"(?<![\w-])(?:{_SAY})\b")
# A relative aside after a name: ", who came second with about eight percent,".
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which|whose)\b[^,;:“”\"()]*,")
# A verb of saying after a comma or a quotation (or "according to") a few words before a name:
# the name is its subject (inverted: "..., said Interior Ministry spokesman Ali Hassan"; not
# "Officials said Mr. Benflis, who came second, denounced the election").
_SPOKEN_BEFORE = re.compile(
    rf"(?:[,”\"’]\s*(?:{_SAY})|(?<![\w-])[Aa]ccording\s+to)\s+(?:[^\s,;:“”\"()]+\s+){{0,4}}$"
)
_ASIDES_SAYS = re.compile(
    rf"(?:^(?:(?:On|In|At|Last|Earlier|Later|Yesterday|Today|Meanwhile|However)\b[^,;:“”\"]{{0,30}},"
    rf"\s+)?|[;:]\s+)(?P<name>{_NAMED}(?:\s+{_NAMED}){{1,4}}),\s+"
    rf"(?:{_ASIDE}{{2,120}}?,\s+){{1,2}}{_ADVERB}{_SAY}\b"
)


@dataclass(frozen=True)
class Claim:
    """A sentence's attribution: who (as the article names them) and where that name stands
    (for a pronoun, where the pronoun stands: ``name`` is then the source it stands for)."""

    name: str
    start: int  # of the name in the article
    end: int
    sentence: Sentence
    pronoun: bool = False
    study: bool = False  # a poll, survey or study speaking for its numbers
    agent: bool = False  # the agent of a release ("the figure, released by X")
    quotation: int | None = None  # the opening mark of the quotation it introduces
    note: bool = False  # a statistical note's source line ("These data are from X.")
    official: bool = False  # unnamed official figures, the body that releases them (below)


def _clean_name(raw: str) -> tuple[str, int]:
    """The name in ``raw`` read back from a verb (cut at the last boundary word), and the
    offset where it starts inside ``raw``."""
    words = list(re.finditer(r"\S+", raw))
    keep: list[re.Match[str]] = []
    for i in range(len(words) - 1, -1, -1):
        word = words[i].group(0).strip(".,")
        if len(keep) == _MAX_NAME_WORDS:
            break
        acronym = (  # "The WHO said": no "who" (but "Doctors who work with the WHO said")
            len(word) > 1
            and word.isupper()
            and i >= 1
            and words[i - 1].group(0).lower() == "the"
            and (i == 1 or _BOUNDARY.match(words[i - 2].group(0).strip(".,")) is not None)
        ) or (i == 0 and len(word) > 1 and word.isupper())  # ", WHO said"
        verb = _VERB.fullmatch(word.removeprefix("counter-"))
        if verb and i == len(words) - 1 and _NOUN_BEFORE_VERB.fullmatch(word):
            verb = None  # a verb follows it: "Some estimates place the number at": a noun
        if (_BOUNDARY.match(word) and not acronym and not _joins_names(words, i)) or verb:
            break
        if words[i].group(0).endswith(".") and re.fullmatch(r"[a-z]{3,}", word) and keep:
            break  # a sentence the splitter kept: "... people lie. 2000 Republican candidate"
        keep.insert(0, words[i])
    if not keep:
        return "", len(raw)
    start = keep[0].start()
    name = raw[start : keep[-1].end()]
    lead = _LEADING.match(name)
    if lead:
        start += lead.end()
        name = name[lead.end() :]
    time = _NAME_THEN_TIME.search(name)
    if time and time.start() > 0:
        name = name[: time.start()]
    helped = _NAME_THEN_AUXILIARY.search(name)
    if helped and helped.start() > 0:  # "Pakistan has officially raised the death toll"
        name = name[: helped.start()]
    opened = _TIME_THEN_NAME.match(name) or _PHRASE_THEN_NAME.match(name)
    if opened:  # "... into Chad this year the United Nations refugee agency today announced"
        start += opened.end()  # (an opening phrase with no comma after it)
        name = name[opened.end() :]
    where = _NAME_THEN_WHERE.search(name)
    if where and where.start() > 0:  # "Abdiweli Mohamed Ali in an interview with the BBC"
        name = name[: where.start()]
    return name, start


def name_before_saying(name: str) -> str:
    """A source's name without the clause a verb of saying opens in it: "Portugal reported
    its first confirmed case" is Portugal; "counter-claimed a deal between ..." is no name
    (""). A name that ends on such a word stays ("Local media reports")."""
    verb = _SAYING_INSIDE.search(name)
    if not verb:
        return name
    cut = re.sub(
        r"(?:[\s,]+(?:who|which|that|whom|was|were|is|are))+\s*$", "", name[: verb.start()]
    )
    cut = cut.strip(" ,")  # "Witnesses who said they saw": Witnesses
    return "" if _DETERMINER.fullmatch(cut) else cut  # "the reported death toll": no one


def _named_at(claims: list[Claim], starts: list[int], opened: int, closed: int) -> Claim | None:
    """The speaker of the quotation ``text[opened:closed]`` among ``claims`` (in order; their
    ``starts``): named after its closing mark in the sentence it closes, or before its opening
    mark in the sentence it opens in, or introducing it (:mod:`.quotations`)."""
    after = bisect_left(starts, closed)
    if after < len(claims):
        claim = claims[after]
        if claim.sentence.start < closed <= claim.sentence.end + 1:
            return claim
    at = bisect_left(starts, opened) - 1
    while at >= 0 and claims[at].sentence.end > opened:  # back through the opening sentence
        claim = claims[at]
        if claim.end <= opened and claim.sentence.start <= opened and claim.quotation is None:
            return claim
        at -= 1
    at = bisect_right(starts, opened)  # an introducer stands before its quotation (or at
    while at > 0 and claims[at - 1].start >= opened - 2000:  # it: a continued quote)
        at -= 1
        if claims[at].quotation == opened:
            return claims[at]
    return None


def _report_name(name: str) -> str:
    """A report's name as a source: "Reuters report" for "Reuters report from Kabul" (an
    owner named before "report" wrote it; "from" says where it was filed), else as read
    ("report from the World Bank")."""
    filed = re.match(r"(?P<report>.*?\breport)\s+from\s", name)
    if filed and re.search(r"\b[A-Z]", filed.group("report")[: -len("report")]):
        return filed.group("report")
    return _without_full_stop(name)


def _named_quake(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the magnitude a quake is named by, as background: "in the
    magnitude 7.7 quake", "the massive 9.0 magnitude earthquake", "An 8.6 magnitude
    earthquake occurred" (not "the USGS said a magnitude 6.1 quake struck": its report)."""
    after = _QUAKE_AFTER.match(text, end)
    before = text[max(0, start - 60) : start]
    if after is None:
        return False
    said = [_MAGNITUDE_BEFORE.search(before) is not None, after.group(1) is not None]
    if all(said) or not (any(said) or "." in text[start:end]):
        return False  # no quake named by this magnitude ("the 7.7 quake" is one)
    lead = _MAGNITUDE_BEFORE.sub("", before)
    return _BACKGROUND_LEAD.search(lead) is not None


# "7.7 quake", "9.0 magnitude earthquake", "8.0-magnitude quake" (group 1: "magnitude" after).
_QUAKE_AFTER = re.compile(r"[ -](magnitude[ -])?(?:earth)?quake\b", re.I)
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[ -]$", re.I)
# Before a quake named by its magnitude: the definite article and adjectives, a preposition,
# or the clause's start ("An 8.6 magnitude earthquake occurred", "On Dec 26, 2004 a ...").
_BACKGROUND_LEAD = re.compile(
    r"(?:(?:^|[.!?\n]\s*|,\s*|\b(?:in|from|of|after|since|by|before|during|to|like|than)\s+)"
    r"(?:[Aa]n?|[Tt]he)\s+|\b[Tt]he\s+)(?:[a-z]+\s+){0,2}$"
)


def _without_full_stop(name: str) -> str:
    """A name read up to a sentence's end, without its full stop ("by the Harbour Housing
    Board.", "by the USGS."; not "by the U.S.")."""
    return name if re.search(r"\b(?:[A-Z]\.){2,}$", name) else name.rstrip(".")


def _subject_says(text: str) -> list[tuple[int, str]]:
    """ "NAME said" / "NAME also told": where each name read back from its verb starts, and
    the words (back to a clause boundary: a comma, a quotation mark, a bracket)."""
    out: list[tuple[int, str]] = []
    done = 0
    for verb in _SAYS_AT.finditer(text):
        if verb.start() < done:
            continue
        low = max(done, verb.start() - _REACH)
        run = _NAME_RUN.search(text, low, verb.start())
        if run is None:
            continue
        address = _IN_PLACE_BEFORE.search(text, low, run.start())
        if address and _PLACE.fullmatch(run.group(0)):  # "astronomers of the Carnegie
            # Institution for Science in Washington, DC, United States, announced": the body
            # before its address speaks, not the country that ends it
            run = _NAME_RUN.search(text, low, address.start()) or run
        opened = list(_NEW_SENTENCE.finditer(run.group(0)))  # "... the U.S. The Pentagon
        at = opened[-1].end() if opened else 0  # said": a sentence the splitter kept whole
        out.append((run.start() + at, run.group(0)[at:]))
        done = verb.end()
    return out


def _joins_names(words: list[re.Match[str]], i: int) -> bool:
    """ "and" inside one name ("Red Cross and Red Crescent", "Moscow and Pyongyang")."""
    word = words[i].group(0)
    inside = 0 < i < len(words) - 1
    return (
        word.lower() == "and"
        and inside
        and words[i - 1].group(0)[:1].isupper()
        and words[i + 1].group(0)[:1].isupper()
    )


# Digits that belong to a name: a capitalised word's ("G20", "COVID-19") or a short number
# inside it, after a capitalised word ("Region 1 Regional Administrator", "Channel 4 News").
_NUMBERED = re.compile(r"\b[A-Z][\w-]*\d[\w-]*\b|(?<=\b[A-Z][a-z])([a-z]*\s)\d{1,3}(?=\s+[A-Z])")


_EXISTENTIAL = re.compile(
    r"^[Tt]here\s+(?:is|are|was|were|have|has|had|will|would|may|might|could|seem|seems)\b"
)


_PARTICLE_NAME = re.compile(r"^[a-z]{1,3}-(?=[A-Z])")
_ROLE_OF = re.compile(r"^(?:[Tt]he\s+)?(?:[a-z-]+\s+){0,2}(?P<role>[A-Za-z]+)\s+of\s+\S")


_TITLED_PERSON = re.compile(
    rf"(?<=\s)(?P<person>(?:[A-Z]\.\s+)?(?!{TITLE_WORDS}\b)[A-Z][a-z][\w’'-]*(?:\s+[A-Z]\.)?"
    r"(?:\s+[A-Z][a-z][\w’'-]*){1,2})$"
)
_SECOND_OF_TWO = re.compile(r"\band\s+(?:[A-Z][\w.’'-]*\s+){1,3}$")


def _long_title_person(name: str) -> str | None:
    """The person a name too long to be one ends on, after a capitalised title: "Daniel R.
    Levinson" of "Department of Health and Human Services Inspector General Daniel R.
    Levinson"; None for a name short enough, or one that ends on no person's name."""
    if len(name.split()) <= _MAX_NAME_WORDS:
        return None
    found = _TITLED_PERSON.search(name)
    before = name[: found.start()].split() if found is not None else []
    if found is None or not before or not before[-1][:1].isupper():
        return None  # (after a capitalised title)
    if re.search(rf"\b{BODY_WORDS}\b", found.group("person")):
        return None  # (no body's name: "... Demarest of the New York Field Office")
    if _SECOND_OF_TWO.search(name, 0, found.start()):
        return None  # (not the second of two: "A of the Criminal Division and U.S. Attorney B")
    return found.group("person")


def _role_of(name: str) -> bool:
    """Whether ``name`` is people of something: "Critics of the freeze", "Relatives of the
    passengers" (not a trial, a report: "a six-week trial of five")."""
    found = _ROLE_OF.match(name)
    return found is not None and _PEOPLE_OF_SOMETHING.fullmatch(found.group("role")) is not None


# The offices a person holds of a place or a body ("The governor of ...", "the town's mayor").
_OFFICES = (
    r"(?:governor|mayor|president|minister|commander|chairman|chairwoman|chair|ambassador|"
    r"commissioner)"
)
_PEOPLE_OF_SOMETHING = re.compile(
    rf"{PERSONS_PEOPLE}|families|members|friends|residents|leaders|"
    r"officials|representatives|spokes(?:man|woman|person)|heads?|chiefs?|directors?|"
    # one who holds an office of a place or a body: "The governor of Somalia's Hiran region",
    # "the mayor of the town", "the president of the association"
    rf"{_OFFICES}|secretary|manager|owner|principal",
    re.I,
)


_OPENS_ON_PREPOSITION = re.compile(r"^(?:to|for|of|in|on|at|by|from|with|into|than|as)\s")
# A time, not a name: "On Friday, forty prominent African leaders ... criticized" (read back
# from the verb to the sentence's opening words).
_ONLY_A_TIME = re.compile(
    rf"^{_TIME_OPENER}\s+"
    rf"(?:{WEEKDAY_NAMES}|{MONTH_NAMES}|\d[\d,]*|week|month|year)$"
)
_OPENS_ON_GERUND = re.compile(r"^[a-z]+ing\s+[a-z]")  # (not "acting U.S. Attorney")


def _plausible(name: str) -> bool:
    """A name, not a clause: some letters, no digits but a name's own ("FEMA Region 1
    Regional Administrator", "COVID-19"), not too long, not a passive ("is estimated"), and
    either a capitalised word that is not a determiner or a role ("officials", "the
    ministry", "analysts")."""
    words = name.split()
    if not words or len(words) > _MAX_NAME_WORDS or re.search(r"\d", _NUMBERED.sub(r"\1", name)):
        return False
    if _PASSIVE.search(name) or _EXISTENTIAL.match(name):
        return False  # ("There have been no official reports of casualties": no one)
    if _PRONOUN.match(name):
        return True
    if (
        _ONLY_A_TIME.match(name)
        or _OPENS_ON_PREPOSITION.match(name)
        or (_OPENS_ON_GERUND.match(name) and not _ROLE.search(name))
    ):
        return False  # "to resolve False Claims Act", "banning illegal migrants from ...": a
        # phrase, not a name ("leading economists" is one)
    if _INDEFINITE.match(name) and not (_ROLE.search(" ".join(words[:4])) or _DOCUMENT.match(name)):
        return False  # "a deal between the Conservatives and ...": no one; "a senior official"
    last = _PARTICLE_NAME.sub("", words[-1].strip("’'()"))  # "al-Harbi", "(AGNA)"
    if not (
        (last[:1].isupper() and not _DETERMINER.match(last))
        or _ROLE.fullmatch(last)
        or _role_of(name)  # "Critics of the freeze", "Relatives of the passengers"
    ):
        return False  # a name ends on a name or a role ("passed along reports" does not)
    named = any(
        w[:1].isupper() and not _DETERMINER.match(w)
        for w in (_PARTICLE_NAME.sub("", w) for w in words)
    )  # ("al-Shabab")
    return named or bool(_ROLE.search(name))


# A body's spokesperson by name: "UN High Commissioner for Refugees (UNHCR) spokesman Ron
# Redmond", "spokeswoman Fadela Chaib".
_BODY_SPOKESPERSON = re.compile(
    r"^(?:(?=[^a-z]*[A-Z])[^,;]*?\S\s+)?(?:chief\s+|deputy\s+)?spokes(?:man|woman|person)\s+"
    r"(?P<person>[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]+)){1,3})$"
)


# A document of a named source: "PC World's recent analysis of its traffic" is PC World's.
_OWNED_DOCUMENT = re.compile(
    r"^\s*(?P<owner>[Tt]he\s+[a-z]+|(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)['’]s\s+"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:analysis|report|study|survey|statement|data|figures|estimates?|review|research|poll|"
    r"findings|assessment|count|tally)\b(?:\s+(?:of|on|for|by)\s+[^,;:“”\"()]*)?$"
)
# A body named after the body it belongs to: "the Department of Commerce's U.S. Census
# Bureau" (both sides bodies; "Moody's Investors Service", "The People's Bank of China",
# "Japan's Ministry of Finance" stay whole).
_POSSESSED_BODY = re.compile(
    rf"^(?:the\s+)?(?=[^’']*\b{BODY_WORDS}\b)[A-Z][^’']{{1,60}}?['’]s\s+"
    rf"(?P<body>(?=[^’']*\b{BODY_WORDS}\b)[A-Z][\w.&-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.&-]*){{1,5}})$"
)
_ROLE = re.compile(
    r"\b(?:officials?|ministry|ministries|government|police|authorities|agency|spokes\w+|"
    r"analysts?|experts?|economists?|sources?|military|army|navy|council|commission|bank|"
    r"office|department|reports?|survey|study|poll|data|statement|filings?|documents?|"
    r"residents?|(?:eye)?witness(?:es)?|attorneys?|opposition|staff|relatives?|members|rebels?|"
    r"police(?:man|men|woman|women)|victims?|"
    r"organi[sz]ation|committee|court|judges?|jury|prosecutors?|officers?|researchers?|scientists?|"
    r"intelligence|service|forces?|media|television|press|newspaper|embassy|institute|"
    r"bureau|company|group|firm|party|union|association|administration|leaders?|"
    r"diplomats?|observers?|monitors?|investigators?|doctors?|rescuers?|workers?|board|"
    r"authority|regulator|watchdog|centre|center|federation|network|exchange|tribunal|"
    r"inspectors?|assessments?|estimates?|prefecture|province|state|city|municipality|"
    r"operator|utility|airline|carrier|hospital|university|union|coalition|camp|campaign|"
    r"secretariat|mission|delegation|observatory|archive|database|spokes(?:man|woman|person)|"
    r"chief|director|minister|"
    r"president|premier|mayor|governor|chairman|chairwoman|chair|head|executive|ceo|"
    r"pollsters?|critics|opponents|supporters|conservatives|liberals|activists|advocates|"
    r"campaigners|soldiers?|counterparts?|attackers|militants|survivors?|"
    # a court case's documents and evidence: "According to the indictment", "According to
    # trial evidence", "the complaint alleges"
    r"indictments?|complaints?|affidavits?|evidence|testimony|trial|defendants?|"
    # ... and its charging papers and deals: "According to the information", "According to the
    # charges filed today", "The qui tam lawsuits alleged", "The plea agreement provides"
    r"information|charges|lawsuits?|agreements?)\b",
    re.I,
)


# Officials who announce together, as a justice department's release names them: "... before
# Judge A, Acting Assistant Attorney General B of the Criminal Division, Acting U.S. Attorney
# for the Northern District of Florida C and FBI Director D announced", "..., announced B of
# the Criminal Division and U.S. Attorney C for the Southern District of Florida", "B of X
# and C of Y made the announcement": each person a source, in the order named.
_LIST_ANNOUNCED = re.compile(  # (from a run of spaces' start: linear)
    r"(?<!\s)\s+(?:(?:today|jointly|also)\s+)?(?:announced|made\s+the\s+announcement)\b"
)
_ANNOUNCED_LIST = re.compile(r",\s+(?:(?:today|jointly)\s+)?announced\s+(?:today\s+)?(?=[A-Z])")
# ... or after "announced by", each person with a role after a comma, the officials apart by
# semicolons: "The guilty plea was announced by Loretta King, Acting Assistant Attorney
# General ...; Benton J. Campbell, U.S. Attorney ...; and Raymond W. Kelly, Commissioner, ...".
_ANNOUNCED_BY = re.compile(r"\b(?:was|were|been)\s+announced\s+by\s+(?=[A-Z])")
_SEMICOLON_ITEM = re.compile(
    r"(?:^|;\s+(?:and\s+)?)(?P<person>[A-Z][^,;]{2,40}?(?:,\s+(?:Jr|Sr)\.)?),"
)
_PERSON_NAME = re.compile(
    r"(?:[A-Z]\.\s+)?[A-Z][a-z][\w’'-]*(?:\s+[A-Z]\.)*(?:\s+[A-Z][a-z][\w’'-]*){1,2}"
    r"(?:,\s+(?:Jr|Sr)\.)?"
)
# ... a word of such a list: a capitalised word or an initial (with its comma), an acronym in
# brackets, a name's small word.
_LIST_WORD = re.compile(
    r"(?:[A-Z][\w.’'&-]*|\([A-Z][\w&-]*\)|of|for|the|in|and|de|da|del|van|von),?"
)
# ... a person named after a title in it ("U.S. Attorney R. Alexander Acosta", "Special
# Agent in Charge Karen Wingerd", "Director Arthur M. Cummings, II"), besides those the
# article names as persons elsewhere.
_LISTED_PERSON = re.compile(
    rf"(?<![\w.])(?:{TITLE_WORDS}|Charge|Officer)\.?\s+(?P<person>(?:[A-Z]\.\s+)?"
    rf"(?!{TITLE_WORDS}\b)[A-Z][a-z][\w’'-]*(?:\s+[A-Z]\.)*(?:\s+(?!{TITLE_WORDS}\b)"
    r"[A-Z][a-z][\w’'-]*){1,2}(?:,?\s+(?:Jr\.|Sr\.|II|III|IV)(?!\w))?)"
)


# The first of two bodies that speak together, after a comma or opening the sentence: "...,
# the U.S. Environmental Protection Agency and the Justice Department announced today".
_JOINT_FIRST = re.compile(
    r"(?:^|,\s+)(?P<first>(?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,9}"
    # (each may carry a title before the name: "Acting Assistant Attorney General Rita M.
    # Glavin of the Criminal Division and U.S. Attorney Karen P. Hewitt ... announced")
    r"[A-Z][\w.’'-]*)\s+and\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}$"
)
# A sentence that opens on the document whose terms it gives: "Under terms of a consent
# decree lodged in ..., the defendants will pay", "Under the plea agreements, LAN Cargo ...
# have agreed to pay" (the document states them; not "under the ... settlement" at its end).
_UNDER_TERMS = re.compile(
    r"^\s*Under\s+(?:the\s+)?(?:terms\s+of\s+)?(?:the\s+|an?\s+)?"
    r"(?P<name>(?:[a-z][\w-]*\s+){0,2}(?:agreements?|decrees?|settlements?|deals?|accords?|"
    r"contracts?|treat(?:y|ies)))\b"
)
# A place's name in an address: "Washington", "DC", "United States".
_PLACE_PART = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*"
# An address in apposition, two parts or more up to the comma before its last part: "... for
# Science in Washington, DC," (before "United States, announced": a place, not "a spokesman
# in Geneva, Ann Lee, said").
_ADDRESS_BEFORE = re.compile(rf"\s+in\s+{_PLACE_PART}(?:,\s+{_PLACE_PART})+,\s*$")
# ... and one part or more before a place a verb of saying follows: "Officials in Lagos,
# Nigeria said" (the officials; not "in March, WHO said").
_IN_PLACE_BEFORE = re.compile(
    rf"\s+in\s+(?!(?:{MONTH_NAMES}|{WEEKDAY_NAMES})\b){_PLACE_PART}(?:,\s+{_PLACE_PART})*,\s*$"
)
_PLACE = re.compile(r"\s*(?:the\s+)?[A-Z][a-z][\w.’'-]*(?:\s+[A-Z][a-z][\w.’'-]*){0,2}\s*")
# A number in words: no part of a speaker's name (a name's own is capitalised: "the Group of
# Seven").
_COUNTED = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundreds?|thousands?|millions?|billions?|dozens?)\b"
)
# A body described, not named: "A Syrian activist group", "a rights group" (its article may
# stand before the name the claim was read as).
_DESCRIBED_BODY = re.compile(
    r"^(?P<article>(?:[Aa]n?)\s+)?(?P<words>(?:[A-Za-z][\w-]*\s+){1,3})"
    r"(?:group|organi[sz]ation|watchdog|monitor)$"
)
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?)\s+$")
# An office-holder named by the office: "The governor of Somalia's Hiran region", "the
# region's governor", "The town's mayor".
_OFFICE_HOLDER = re.compile(rf"^[Tt]he\s+(?:[\w’'-]+\s+){{0,3}}?{_OFFICES}(?:\s+of\s+.+)?$")
# A document named back to by its noun alone: "The statement said", "The report says".
_THE_DOCUMENT = re.compile(r"[Tt]he\s+(?P<noun>statement|report|study|survey|communiqu[eé])")
# ... with "also" and a person's pronoun: "Abdi Farah Laqanyo also says he believes" (not
# "Amnesty International also says": another source agreeing).
_ALSO_SAYS = re.compile(r"\s+also\s+(?:says|said|told|tells)\s+(?:that\s+)?(?:he|she)\b")
# A body's name: capitalised words, at most one article before them ("The Syrian
# Observatory for Human Rights", "the Britain-based Syrian Observatory ...").
_NAMED_BODY = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+)?[A-Z][\w’'-]*(?:\s+\S+)+$")


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
        """Whether ``claim``'s verb takes a stance (:data:`_STANCE_AFTER`): the verb right
        after its name, or the first after it in its sentence past a relative aside ("Mr.
        Benflis, who came second with eight percent, denounced the election"; not "Ali
        Hassan, who condemned the attack, said 17 were killed"). A name a verb of saying
        or "according to" stands just before is that verb's subject, not a later one's
        ('"Seventeen were killed," said Ali Hassan, who condemned the attack')."""
        if _STANCE_AFTER.match(self.text, claim.end):
            return True
        start = claim.sentence.start
        if _SPOKEN_BEFORE.search(self.text[max(start, claim.start - 80) : claim.start]):
            return False
        aside = _RELATIVE_ASIDE.match(self.text, claim.end, claim.sentence.end)
        at = aside.end() if aside else claim.end
        verbs = self._verbs_of(claim.sentence)  # (read once a sentence: a long list of
        # names before one verb is not searched again for each)
        after = bisect_left(verbs, at)
        if after == len(verbs):
            return False
        return _STANCE_AFTER.match(self.text, verbs[after] - 1) is not None

    def _verbs_of(self, sentence: Sentence) -> list[int]:
        """Where the verbs of saying of ``sentence`` start, in order."""
        found = self._verbs.get(sentence.start)
        if found is None:
            found = [
                m.start() for m in _VERB_WORD.finditer(self.text, sentence.start, sentence.end)
            ]
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
        bodies = [c for c in found if not c.pronoun and _OFFICIAL_BODY.fullmatch(c.name)]
        body_starts = [c.start for c in bodies]
        for claim in found:
            if claim.official:  # "According to official figures, ...": the statistics body
                # named next, within two paragraphs ("The Office for National Statistics
                # reported"), else the figures themselves ("official returns showed ...")
                at = bisect_right(body_starts, claim.start)
                body = bodies[at] if at < len(bodies) else None
                if body is not None and self._paragraphs_between(claim.start, body.start) > 2:
                    body = None
                claim = replace(claim, name=body.name if body else claim.name, official=False)
            if claim.pronoun:
                named = self._antecedent(claim, resolved)
                if named is None:
                    continue
                claim = replace(claim, name=named.name)  # where the pronoun stands
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
            described = _DESCRIBED_BODY.match(claim.name)
            if described is None:
                continue
            before = _ARTICLE_BEFORE.search(self.text, max(0, claim.start - 4), claim.start)
            if not (described.group("article") or before):  # an article: a description
                continue
            words = {w.casefold() for w in described.group("words").split()}
            for later in claims[i + 1 :]:
                if self._paragraphs_between(claim.start, later.start) > 2:
                    break
                if later.pronoun or not _NAMED_BODY.match(later.name):
                    continue
                if words & {w.casefold() for w in re.findall(r"[\w-]+", later.name)}:
                    out[i] = replace(claim, name=later.name)
                    break
        return out

    def _issuer(self, claim: Claim, before: list[Claim]) -> Claim | None:
        """The source that issued the statement (report, study) a claim names back to ("The
        Somali National Army Headquarters, in a statement, put the death toll at four ...
        The statement said 15 militants were killed"): the last claim before it, within two
        paragraphs, whose sentence names the same document; None for any other claim."""
        document = _THE_DOCUMENT.fullmatch(claim.name)
        if document is None:
            return None
        noun = re.compile(rf"\b{document.group('noun')}\b", re.I)
        for named in reversed(before):
            if self._paragraphs_between(named.start, claim.start) > 2:
                return None
            if _THE_DOCUMENT.fullmatch(named.name) is None and noun.search(named.sentence.text):
                return named
        return None

    def _named_after(self, claim: Claim, later: list[Claim]) -> str | None:
        """The person an office-holder speaking unnamed is named as in the next paragraph,
        where the name says "also" with a person's pronoun ("The governor of Somalia's Hiran
        region ... says ...", then "Abdi Farah Laqanyo also says he believes ..."): radio and
        wire copy give the role first and the name after; "also" says the person spoke before.
        None for any other claim, for a name with a role ("Resident Abdi Hassan"), and for a
        name the article gave earlier (another person)."""
        if _OFFICE_HOLDER.match(claim.name) is None:
            return None
        for after in later:
            if self._paragraphs_between(claim.start, after.start) > 1:
                return None
            if (
                _FULL_NAME.fullmatch(after.name)  # (a person's full name)
                and not _ROLE.search(after.name)  # ("Resident Abdi Hassan")
                and _ALSO_SAYS.match(self.text, after.end)
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
            speaker = _named_at(pool, starts, opened, closed)
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
        """The persons of a list of officials announcing together (:data:`_LIST_ANNOUNCED`),
        two or more; else none."""
        words = list(re.finditer(r"\S+", sentence.text))
        low = high = 0
        verb = _LIST_ANNOUNCED.search(sentence.text)
        inverted = _ANNOUNCED_LIST.search(sentence.text)
        by = _ANNOUNCED_BY.search(sentence.text)
        if by is not None:
            items = list(_SEMICOLON_ITEM.finditer(sentence.text[by.end() :]))
            people = [(sentence.start + by.end() + m.start("person"), m.group("person"))
                      for m in items if _PERSON_NAME.fullmatch(m.group("person"))]  # fmt: skip
            if len(people) < 2 or len(people) < len(items):
                return []
            return [Claim(p, at, at + len(p), sentence) for at, p in people]
        if inverted is not None:
            after = [w for w in words if w.start() >= inverted.end()]
            k = 0
            while k < len(after) and _LIST_WORD.fullmatch(after[k].group(0).rstrip(".")):
                k += 1
            low, high = inverted.end(), after[k - 1].end() if k else inverted.end()
        elif verb is not None:
            before = [w for w in words if w.end() <= verb.start()]
            k = len(before)
            while k > 0 and _LIST_WORD.fullmatch(before[k - 1].group(0)):
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
        for m in _LISTED_PERSON.finditer(sentence.text, low, high):
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
        for m in _RESULTS_FROM.finditer(sentence.text):  # "Results from X, ..., indicate"
            name = m.group("name").strip()
            if _plausible(name):
                at = base + m.start("name")
                out.append(Claim(name, at, at + len(name), sentence, study=True))
        noted = _SOURCE_NOTE.match(sentence.text) if sentence.start >= self._closing else None
        group = "maker" if noted and noted.group("maker") else "name"
        if noted and not _MONTH.match(noted.group(group)):  # "These data are from the BLS
            # Consumer Price Index program." (closing the note; not "were from March")
            name = noted.group(group).strip()
            name = re.sub(r"^the\s+", "", name) if not name.startswith("the U.") else name
            owner = _NOTE_OWNER.match(name)  # "ERS’s report, Household Food Security ...":
            name = owner.group("owner") if owner else name  # ERS, as for "X's analysis"
            if re.search(r"\b[A-Z]", name):  # a name (a program, an outlook, a body)
                at = base + sentence.text.index(name, noted.start(group))
                out.append(Claim(name, at, at + len(name), sentence, note=True))
        highlights = _HIGHLIGHTS_OF.search(sentence.text)
        if highlights:  # "Highlights of the statistics on ...:" (a list follows)
            at = base + highlights.start("name")
            name = highlights.group("name")
            out.append(Claim(name, at, at + len(name), sentence, study=True))
        terms = _UNDER_TERMS.match(sentence.text)
        if terms:  # "Under terms of a consent decree ..., the defendants will pay $61 million"
            at = base + terms.start("name")
            out.append(Claim(terms.group("name"), at, base + terms.end("name"), sentence))
        for m in _WHO_FORECAST.finditer(sentence.text):  # "economists, who forecast 7.7%"
            name = re.sub(r"^(?:(?:[a-z]+)\s+)(?=[a-z]+$)", "", m.group("name"))  # ("beating
            # analysts": analysts; "whose economists": economists; "Reuters analysts" stays)
            if name and _plausible(name):
                at = base + m.end("name") - len(name)
                out.append(Claim(name, at, at + len(name), sentence))
        reports: list[tuple[int, int]] = []  # "a report by X": the report, not X
        for m in _OFFICIAL.finditer(sentence.text):  # "According to official figures": the
            group = "name" if m.group("name") else "subject"  # body the article names as
            at, to = base + m.start(group), base + m.end(group)  # releasing them (claims)
            out.append(Claim(m.group(group), at, to, sentence, official=True))
            reports.append((m.start(group), m.end(group)))
        for m in _REPORT_SAYS.finditer(sentence.text):
            reports.append((m.start(), m.end()))
            name = _report_name(m.group("name"))
            at = base + m.start("name")
            out.append(Claim(name, at, at + len(name), sentence))
        for m in _OWNED_THAT_SHOWED.finditer(sentence.text):  # "X's report that showed"
            reports.append((m.start(), m.end()))
            name, at = m.group("name"), base + m.start("name")
            of = re.match(r"^(?:[A-Z][a-z]+\s+)+of\s+(?=[A-Z])", name)  # "Critics of Ana Ruiz's
            if of and not re.search(rf"\b{BODY_WORDS}\s+of\s+$", of.group(0)):  # study":
                name, at = name[of.end() :], at + of.end()  # hers (not "Department of Energy")
            out.append(Claim(name, at, base + m.end("name"), sentence))
        for pattern in (
            _ACCORDING, _ACCORDING_TITLE, _BY_AGENT, _SAYS_SUBJECT, _STUDY_FOR, _STUDY_FINDS
        ):  # fmt: skip
            if pattern is _STUDY_FINDS and not _STUDY_VERB.search(sentence.text):
                continue  # (a cheap look first: on one 50 KB token the full pattern took 20 s)
            for m in pattern.finditer(sentence.text):
                if any(low <= m.start("name") < high for low, high in reports):
                    continue
                raw = m.group("name")
                found_from = m.start("name")
                document = False
                report = (
                    _REPORT_BY.match(sentence.text, m.start("name"))
                    if pattern is _ACCORDING
                    else None
                )
                if report:  # "according to the ... report by X"
                    name = _report_name(report.group("name"))
                    at = base + report.start("name")
                    out.append(Claim(name, at, at + len(name), sentence))
                    reports.append((report.start(), report.end()))
                    continue
                if pattern is _ACCORDING_TITLE:  # the title as written
                    name, document = raw, True
                elif pattern in (_STUDY_FOR, _STUDY_FINDS):  # "the BBC global poll": from
                    if pattern is _STUDY_FOR:  # the body after "by": its whole name ("the
                        # UN Office of Drugs and Crime (UNODC) and the Government of Peru")
                        by = re.match(r"^.*?\b(?:by|for)\s+(?:the\s+)?", raw)
                        raw = raw[by.end() :] if by else raw
                    else:  # from its last determiner ("Other questions in the poll")
                        dets = list(_STUDY_DETERMINER.finditer(raw))
                        raw = raw[dets[-1].start() :] if dets else raw
                    lead = re.match(r"^(?:(?:The|A|An|This|That)\s+)?(?:[a-z][\w’'-]*\s+)*", raw)
                    if lead and lead.end() < len(raw) and raw[lead.end()].isupper():
                        raw = raw[lead.end() :]
                    elif lead:  # no capital: "asked in the poll" -> "the poll"
                        det = list(re.finditer(r"\b(?:the|a|an|this|that)\s", raw))
                        raw = raw[det[-1].start() :] if det else raw
                    name = re.sub(r"(?<=[a-z]{3})\.$", "", raw.strip())  # "... Opinia."
                    # (two bodies' joint study is named by both, however long the names)
                    document = pattern is _STUDY_FOR and name[:1].isupper() and " and " in name
                    pollster = re.sub(r"(?<=[A-Za-z])\s+polling$", "", name)  # "ComRes
                    if (
                        pollster != name
                        and (  # polling" is ComRes; "Recent polling" no one
                            sentence.text[: m.start("name")].strip() or _CAMEL.search(pollster)
                        )
                    ):
                        name = pollster
                else:
                    if pattern is _ACCORDING and _STUDY_FOR.match(_ARTICLE.sub("", raw)):
                        continue  # "according to a survey by X": the study names X
                    cut = _NAME_END.search(" " + raw + " ")
                    name = (raw[: cut.start()] if cut else raw).strip()
                    verb = _VERB_AFTER.search(name) if pattern is _ACCORDING else None
                    name = name[: verb.start()] if verb else name  # "according to X had"
                    if pattern is _ACCORDING and not _plausible(name):  # "According to the
                        name = _FILED_AFTER.sub("", name)  # charges filed today in ...": the
                        # charges (the name cut at "today")
                    if pattern is _ACCORDING and re.search(r"(?:\b[A-Z]\.)+[A-Z]$", name):
                        name += "."  # "according to the U.N." ending its sentence
                    if pattern is _BY_AGENT:
                        name = _without_full_stop(name)
                    if pattern is _SAYS_SUBJECT and _COUNTED.search(name):
                        continue  # "..., announced the discovery of ten small satellites":
                        # what was announced, not who (a speaker is not counted)
                    named = _ROLE_THEN_NAME.match(sentence.text, m.end("name"))
                    if pattern is _SAYS_SUBJECT and named and _ROLE.search(name):
                        name = named.group("person")  # '," said the minister, Ana Jorge.'
                        found_from = named.start("person")
                    proper = _PROPER_THEN_CLAUSE.match(name) if pattern is _ACCORDING else None
                    if proper and not _plausible(name) and _plausible(proper.group("name")):
                        name = proper.group("name")  # "According to the WHO most people ..."
                    if (
                        pattern is _ACCORDING
                        and not _plausible(name)
                        and _DOCUMENT.match(raw)
                        and not _DIGIT.search(raw)
                    ):
                        words = list(re.finditer(r"\S+", raw))[:_MAX_NAME_WORDS]
                        name = raw[: words[-1].end()].strip()  # as written, spaces and all
                        document = True
                titled = _long_title_person(name)
                if titled is not None:  # '," said Department of Health and Human Services
                    name = titled  # Inspector General Daniel R. Levinson': a title too long
                    # for a name, then the person
                if (document or _plausible(name)) and not _PRONOUN.match(name):
                    at = base + sentence.text.index(name, found_from)
                    study = pattern in (_STUDY_FOR, _STUDY_FINDS)
                    agent = pattern is _BY_AGENT
                    out.append(Claim(name, at, at + len(name), sentence, study=study, agent=agent))
        described: list[tuple[int, int]] = []  # the appositives: no source of their own
        for m in [
            *_ASIDES_SAYS.finditer(sentence.text),
            *_WHERE_ASIDE_SAYS.finditer(sentence.text),
            *_FILED_SAYS.finditer(sentence.text),
            *_COURT_FOUND.finditer(sentence.text),
            *_ALONG_WITH_SAYS.finditer(sentence.text),
            *_NAME_CALLS.finditer(sentence.text),
            *_APPOSITIVE_SAYS.finditer(sentence.text),
            *_UNCLOSED_APPOSITIVE_SAYS.finditer(sentence.text),
            *_DESCRIBED_SAYS.finditer(sentence.text),
            *_ROLE_NAME_SAYS.finditer(sentence.text),
            *_SUBJECT_SAYING.finditer(sentence.text),
            *_AND_SAID.finditer(sentence.text),
            *_REPORTS_INDICATE.finditer(sentence.text),
            *_FINDINGS_INDICATE.finditer(sentence.text),
            *_EXAMINED_TO_FIND.finditer(sentence.text),
            *_BODY_RELEASED.finditer(sentence.text),
            *_WHO_SAID.finditer(sentence.text),
        ]:
            group = "with" if m.re is _REPORTS_INDICATE and m.group("with") else "name"
            if any(low <= m.start(group) < high for low, high in reports):
                continue
            name = m.group(group)
            if m.re in (_ASIDES_SAYS, _WHERE_ASIDE_SAYS) and _ROLE.fullmatch(name.split()[-1]):
                continue  # "Harbourland's Prime Minister, Ana Ruiz, said": the role's name
            if m.re is _ROLE_NAME_SAYS and _ADDRESS_BEFORE.search(sentence.text, 0, m.start(group)):
                continue  # "... in Washington, DC, United States, announced": an address
            if m.re is _ROLE_NAME_SAYS and _ROLE_END.search(name):
                continue  # "Ben Cole, Director General of the Food Office, says": Cole's role
            if (
                m.re in (_SUBJECT_SAYING, _AND_SAID)
                and len(name.split()) < 2
                and not _ROLE.search(name)
                and person_before(name, self.text, base + m.start(group)) is None
            ):
                continue  # "Prices rose 5 percent, warning ...": a body or a person says
                # (a person's surname once the article has named them: "Peberdy disputes
                # the claims, saying")
            reported = m.re in (_REPORTS_INDICATE, _FINDINGS_INDICATE)  # (anonymous reports:
            # a source all the same)
            at = base + m.start(group)
            possessed = _POSSESSED_BODY.match(name) if m.re is _BODY_RELEASED else None
            if possessed:  # "The Commerce Department's Bureau of Economic Analysis": the bureau
                at += possessed.start("body")
                name = possessed.group("body")
            if (reported or _plausible(name)) and not _PRONOUN.match(name):
                out.append(Claim(name, at, at + len(name), sentence))
                # (a body's release is read here whole: not again as "NAME released data")
                since = m.start(group) if m.re is _BODY_RELEASED else m.end(group)
                described.append((since, m.end()))
        for m in _APPEALS.finditer(sentence.text):  # "WFP has launched a $78 million appeal"
            name, at = m.group("name"), base + m.start("name")
            if any(low <= m.start("name") < high for low, high in [*described, *reports]):
                continue
            if _REPORTED_SPEECH.search(sentence.text, 0, m.start("name")):
                continue  # "She says the WFP appealed for $225 million": hers
            pronoun = bool(_PRONOUN.match(name))
            if pronoun or _plausible(name):
                out.append(Claim(name, at, at + len(name), sentence, pronoun=pronoun))
                described.append((m.start("name"), m.end()))
        for name_start, raw in _subject_says(sentence.text):
            if any(low <= name_start < high for low, high in [*described, *reports]):
                continue  # (an appositive's, or a report's: "A report by X said")
            name, offset = _clean_name(raw)
            person = _AFFILIATED.search(raw[:offset] if _OF.match(name) else "")
            person = person or _AFFILIATED_OF.search(raw[:offset])
            if person:  # "Prof. Ann Roe of the Institute for ... said": the person speaks
                full = raw[person.start() : offset] + name
                name = full if len(full.split()) <= _MAX_NAME_WORDS else person.group(1)
                offset = person.start()
            name = name.strip().strip("’'")
            spoken = _BODY_SPOKESPERSON.match(name)
            if spoken:  # "UN High Commissioner for Refugees (UNHCR) spokesman Ron Redmond
                offset += spoken.start("person")  # said": the person speaks (the body is
                name = spoken.group("person")  # a source where it says something itself)
            owned = _OWNED_DOCUMENT.match(raw)  # (its owner opens the clause: not "Critics
            # of the ministry's report said")
            if owned:  # "PC World's recent analysis of ... concluded": PC World
                name, offset = owned.group("owner"), owned.start("owner")
            possessed = _POSSESSED_BODY.match(name)
            if possessed and not owned:  # "the Department of Commerce's U.S. Census Bureau
                offset += possessed.start("body")  # projects": the bureau speaks
                name = possessed.group("body")
            described_by = _PERSON_OF_SOMETHING.match(name)
            if not _plausible(name) and described_by:  # "Stella Alberry of the Mutambara MDC
                name = described_by.group("person")  # grouping told": the person speaks
            titled = _long_title_person(name)
            if titled is not None:  # "Department of ... Inspector General Daniel R. Levinson
                offset += name.rindex(titled)  # said": the person
                name = titled
            if not _plausible(name):
                continue
            at = base + name_start + offset
            pronoun = bool(_PRONOUN.match(name))
            joint = _JOINT_FIRST.search(sentence.text, 0, name_start + offset)
            first, since = (joint.group("first"), joint.start("first")) if joint else ("", 0)
            if first and not _plausible(first):  # a long title: "Acting Assistant Attorney
                kept, dropped = _clean_name(first)  # General Rita M. Glavin of the Criminal
                first, since = kept, since + dropped  # Division" (its last nine words)
            if joint and not pronoun and _plausible(first):
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
        person = bool(_PERSON_PRONOUN.match(claim.name))
        previous = None
        for named in reversed(before):
            if named.start >= claim.start or self._stance(named):
                continue  # (a stance is no source of a later claim: "X commended ...")
            if person and _ROLE.search(named.name) and len(named.name.split()) < 2:
                continue
            if claim.name.casefold() == "it" and self._names_person(named.name):
                continue  # "It predicts ..." is the report's, not its co-author's
            previous = named
            break
        if person:
            starts = self._paragraph_starts  # (with no source before: the pronoun's
            at = max(bisect_right(starts, claim.start) - 2, 0)  # paragraph and the one before)
            opened = max(starts[at] if starts else 0, claim.start - _PRONOUN_REACH)
            since = previous.end if previous is not None else opened
            names = [
                m for m in _FULL_NAME.finditer(self.text, since, claim.start)
                if not _BODY_END.search(m.group(0)) and not _ROLE_END.search(m.group(0))
                and "-based" not in m.group(0)
                and not _TOLD_TO.search(self.text, max(0, m.start() - 80), m.start())
            ]  # fmt: skip
            if names:
                m = names[-1]
                return Claim(m.group(0), m.start(), m.end(), claim.sentence)
        return previous

    def _names_person(self, name: str) -> bool:
        """Whether ``name`` is a role and a person's full name the article gives ("co-author
        Katherine Hayhoe", "spokeswoman Ann Lee")."""
        role = _ROLE_BEFORE_NAME.match(name)
        return role is not None and named_person(name[role.end() :], self.text)

    def _paragraph(self, offset: int) -> tuple[int, int]:
        for line in self.layout.lines:
            if line.start <= offset < line.end or (offset == line.end and line.text.strip()):
                return line.start, line.end
        return offset, offset

    def claim_at(self, start: int, end: int) -> Claim | None:
        """The claim that covers ``text[start:end]``: one in its sentence (the nearest, not
        across a contrast: "..., though some assessments put it at ..."), else the last one
        earlier in its paragraph, else, for a paragraph that opens by referring back ("Of
        those, ...", "These troops ..."), the last one of the paragraph before; else, for a
        share of a poll's respondents ("Fifteen percent felt ..."), the poll or survey named
        last before it, when no other source was named since. Inside a quotation, its
        speaker comes before the paragraph's earlier claims; a paragraph with no claim takes
        the one of a next paragraph that opens on "The figure(s) ..."; a list item, the one
        its lead-in names (:meth:`_list_lead_in`); a release story's findings are its body's
        (:attr:`_release`)."""
        if _named_quake(self.text, start, end):  # "in the magnitude 7.7 quake": background,
            return None  # the story's own, whoever the sentence quotes
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
        earlier = [
            c for c in self.claims
            if p_start <= c.sentence.start < sentence.start and c.quotation is None
        ]  # fmt: skip
        if (
            earlier
            and not self._actor_between(earlier[-1], sentence)
            and not _HEDGED.match(earlier[-1].name)
        ):  # (hedged sources, "Some estimates place ...", speak for their own sentence only)
            return earlier[-1]
        if earlier:
            return None
        listed = self._list_lead_in(p_start)
        if listed is not None:  # a list item: the source its lead-in names
            return listed
        if _REFERS_BACK.match(self.text, p_start):
            before = [c for c in self.claims if c.sentence.start < p_start]
            if before:  # (with no one before it, a note's source line may still be its source)
                return before[-1]
        named_next = self._named_next(p_start, p_end)
        if named_next is not None:
            return named_next
        if _ANSWER.match(self.text, end):  # a poll's answers are the poll's, until another
            before = [c for c in self.claims if c.start < start]  # source is named
            polled = before and (before[-1].study or _POLL_WORD.search(before[-1].name))
            return before[-1] if polled else None
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

    def _list_lead_in(self, p_start: int) -> Claim | None:
        """For a list item (a paragraph opening on a bullet), the last claim of the paragraph
        that introduces the list, ending on a colon ("Highlights of the survey:", "According
        to the ministry:"), past the items before it; None for any other paragraph."""
        if not _BULLET.match(self.text, p_start):
            return None
        starts = self._paragraph_starts
        at = bisect_left(starts, p_start) - 1
        while at >= 0 and _BULLET.match(self.text, starts[at]):
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

    @cached_property
    def _subjects(self) -> list[tuple[int, str]]:
        """(sentence start, person) of every sentence opening on a person as its subject,
        except to give a candidate's share of a count ("Ousainu Darboe came in second with
        17 percent" after "Election officials announced ...": still the officials')."""
        found = [
            (s.start, subject_of_sentence(self.text, s))
            for s in self.sentences
            if not _RESULT.search(s.text)
        ]  # fmt: skip
        return [(at, subject[0]) for at, subject in found if subject is not None]

    @cached_property
    def _note(self) -> Claim | None:
        """The last statistical note's source line (:data:`_SOURCE_NOTE`), if any."""
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
        return _named_at(self.claims, self._claim_starts, *spans[at])

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
        if at == len(starts) or not _NAMES_BACK.match(self.text, starts[at]):
            return None
        if any(p_start <= c.start < p_end for c in self.claims):
            return None
        first = next((s for s in self.sentences if s.start >= starts[at]), None)
        if first is None:
            return None
        own = [
            c for c in self.claims
            if c.sentence.start == first.start
            and (c.agent or (_AUTHORED.search(c.name) and _BODY_AUTHOR.search(c.name)))
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
        if first.study and _STATEMENT_ON_RELEASE.search(opening):
            return first  # "X issued the following statement on the release of the ... report
            # by the Census Bureau": the statement restates the bureau's figures
        if title is None or not (
            _RELEASE_HEADLINE.search(title.text) or _SAYS_HEADLINE.match(title.text)
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
            return bool(_AS_AFTER.match(self.text, claim.end)) and claim.end < start  # claim
        between = (end, max(end, claim.start))
        # "... rose to 444,000, which, according to The New York Times, is near a high": a
        # claim inside a relative clause after the figure is about that clause.
        opens = max(end, claim.start - _RELATIVE_REACH)
        return bool(
            _CONTRAST.search(self.text, *between)
            or _RELATIVE.search(self.text, opens, claim.start)
            or _OWN_CLAUSE.search(self.text, *between) is not None  # "... 5.5; USGS reported"
        )

    def source_at(self, start: int, end: int) -> str | None:
        """Who states ``text[start:end]``, as the article names them; None for the outlet."""
        claim = self.claim_at(start, end)
        return claim.name if claim is not None else None
