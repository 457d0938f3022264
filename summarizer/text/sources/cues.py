"""The words of news writing that mark a claim: verbs of saying, who may say, and what a
name looks like, as patterns :mod:`.claims` and :mod:`.attribution` read sentences with."""

from __future__ import annotations

import re

from summarizer.text.layout import MONTH_NAMES, WEEKDAY_NAMES
from summarizer.text.meaning.amounts import OPINION_VERBS
from summarizer.text.meaning.patterns import TOLL_WORDS
from summarizer.text.numbers.mentions import CHANGE_VERB
from summarizer.text.numbers.spoken import NUMBER_WORDS
from summarizer.text.sources.names import BODY_WORDS, OPENING_CONJUNCTIONS
from summarizer.text.sources.names import PEOPLE_PLURAL as _PEOPLE_PLURAL
from summarizer.text.sources.references import (
    PERSONS_PEOPLE,
    TITLE_WORDS,
    TITLES,
)

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
    r"claim|(?:have\s+|had\s+)?confirmed|confirm|"  # ("initial reports have confirmed 66 killed")
    # ("Conflicting reports had earlier stated that": the reports, not "Conflicting")
    r"(?:have|had)\s+(?:(?:earlier|also|previously|initially)\s+)?(?:stated|said|suggested|"
    r"indicated|shown|put|claimed)|stated"
)
# Participles after "reports" that make it the noun: "with reports stating 107 had died" (the
# reports say it), "Reports suggesting 100 deaths were false, it said" (they do not).
_REPORTS_PARTICIPLE = r"indicating|suggesting|stating|saying|showing|claiming"
# Verbs after "estimates" that make it the noun: "Some estimates place/put the number at".
_ESTIMATES_VERB = rf"place|put|{_NOUN_AFTER}"  # ("The Bank estimates show ...": the Bank's)
# Forms of a verb of saying that are nouns right before a verb ("Some estimates place").
NOUN_BEFORE_VERB = re.compile(r"estimates|reports|claims|counts|forecasts|projects")
_STANCE_VERBS = (
    r"(?:denounc|condemn|criticiz|criticis|prais|welcom|deplor|commend|congratulat)(?:ed|es|s)|"
    r"decri(?:ed|es)|lambast(?:ed|s)|rebuk(?:ed|es)|hail(?:ed|s)(?=\s+(?:the|a|an|his|her|its)\b)|"
    # (not "dismissed the survey, saying ...": what the saying gives is a claim)
    r"(?:blam(?:ed|es)|defend(?:ed|s)|fault(?:ed|s)|complain(?:ed|s))"
    r"(?=\s+(?:the|a|an|his|her|its|their|that)\b)(?!\s+\w+\s+(?:title|championship|crown)\b)"
)
_SAY = (
    r"(?:Said|Says|Say|said|says|say|told|tells|tell(?=\s+[A-Z])|warn(?=\s+(?:more|of|the)\b)|"
    # a stance (see STANCE_AFTER): "denounced the election as fraudulent", "praised
    # government efforts"; a suggestion says what: "has suggested it is the most serious"
    # (a call: NAME_CALLS)
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
    # ... and "report that" after a plural, a verb ("UN agencies report that", "Doctors at the
    # hospital report that"; not a noun: "the annual report that", "the news report that")
    r"(?<=[a-z]s )(?<!\bnews )report(?=\s+that\b)|"
    # ... and, for "estimate" and "allege", with what it says after a plural noun ("officials
    # estimate damages at one billion reais", "indictments allege involvement"; not "a rough
    # estimate of"; "claim" and "fear" were tried too: in the gold set they named officials
    # the annotators named otherwise)
    # (a plural, not a determiner: "This estimate puts", "His estimate", "Its estimate")
    r"(?:(?<=[a-z]s )(?<![Tt]his )(?<![Hh]is )(?<![Ii]ts )|(?<=s now )|(?<=s also )|"
    r"(?<=police ))(?:estimate|allege)"
    r"(?!\s+(?:of|for|to|and|or|is|was|in|on|by)\b)|"
    # a verb of saying in the progressive, with "that" after it ("United Nations humanitarian
    # officials are warning that", "The media are suggesting that"; not "claiming asylum")
    r"(?:is|are|was|were)\s+(?:warning|suggesting|saying|claiming|stating|insisting|arguing|"
    r"estimating)(?=\s+that\b)|made\s+(?:it\s+)?clear(?=\s+that\b)|"
    # ... and "reporting" with what it reports: "The Commerce Department is reporting a drop in
    # retail sales", "Chicago news outlets are also reporting names" (not "reporting to the
    # minister", "reporting for duty", "reporting on the crash")
    r"(?:is|are|was|were)\s+(?:(?:also|now|still|already)\s+)?reporting"
    r"(?!\s+(?:to|for|on|from|back|in)\b)|"
    r"writes|acknowledged|denied|believes|believe|expects|expected|expect(?!\s+to\b)|"
    # a court case's claims: "The indictment alleges that", "Tran admitted that he ...",
    # "These defendants admitted to targeting ...", "Evidence presented at trial proved that",
    # "The two sham transactions, evidence showed, increased ..."
    r"alleges|alleged(?=\s+that\b)|provides(?=\s+that\b)|admit(?:s|ted)(?=\s+(?:that|to)\b)|"
    r"(?:(?<=evidence )|(?<=trial ))(?:proved|showed|shows|established|demonstrated)|"
    r"predict(?!\s+to\b)|projects|projected|"
    r"forecasts|counted|counts|unveiled|disclosed|recommended|remarked|commented|asserted|"
    r"contended|conceded|cautioned|stressed|emphasi[sz]ed|accused|accuses|"
    # a demand says what it wants, with its numbers: "Roe demanded offenders be tried within
    # six months", "The committee issued the ultimatum that the board must resign within six
    # days" (not a passive's participle: "the steps demanded by the committee"; not money asked
    # for, a crime's: "Roe demanded $40,000 in bribes", "demanded a ransom")
    r"demanded(?!\s+by\b|\s+(?:(?:and\s+(?:received|got|took)|an?|the|more\s+than|over|about)\s+)?"
    r"(?:[$€£¥]|US\$|\d[\d,.]*\s+(?:million|billion|dollars|euros|pounds|rupees|pesos)\b|"
    r"bribes?\b|ransoms?\b|payments?\b|money\b|kickbacks?\b|cash\b))|"
    r"issued\s+(?:an|the|its|a\s+[\w-]+)\s+ultimatum|"
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
VERB = re.compile(_SAY)
SAYING_INSIDE = re.compile(rf"(?:^|\s)(?:counter-)?(?=[a-z])(?:{_SAY})\s+\S")
_ADVERB = (  # ("TEPCO only conceded that", "The government officially announced")
    r"(?:(?:also|further|earlier|later|previously|separately|again|now|has|have|had|only|"
    r"officially|initially|originally|recently|reportedly|publicly|privately|already)\s+)*"
)
# "NAME said" / "NAME also told": the words before the verb, back to a clause boundary.
# A name may carry the acronym it is introduced with: "Analysts polled by the Arab Gulf News
# Agency (AGNA) had expected ...".
_ACR = r"\([A-Z][A-Z&]{1,7}\)"
# (Found verb first, the name read back from it within REACH characters: one regex for both
# took quadratic time on a long sentence with no verb of saying.)
SAYS_AT = re.compile(
    rf"(?<!\s)\s+{_ADVERB}(?:counter-)?{_SAY}\b"
)  # (from a run of spaces' start: linear)
NAME_RUN = re.compile(rf"(?:[^,;:“”\"()—–]|{_ACR})+$")
REACH = 300
# A capitalised word that opens a sentence: after "U.N." it is no part of a name.
_SENTENCE_OPENER = (
    r"(?:The|An?|It|He|She|They|We|This|That|These|Those|In|On|At|But|And|Another|Some|Its|"
    r"His|Her|Their|There|Officials|Meanwhile|However)\b"
)
# ", said NAME" / "” said NAME": the verb first, the source after it.
SAYS_SUBJECT = re.compile(
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
STUDY_FINDS = re.compile(rf"(?P<name>(?:[\w.’'-]+\s+){{0,5}}{_STUDY}){_STUDY_SAYS}")
# Researchers who examined something to find it: "Economists with USDA's Economic Research
# Service examined three groupings ... of family farms to find that about 75 percent ...".
EXAMINED_TO_FIND = re.compile(
    r"(?:^|[;:]\s+)(?P<name>(?:[A-Z][\w’'-]*\s+){0,3}(?:[Ee]conomists|[Rr]esearchers|[Aa]nalysts|"
    r"[Ss]cientists|[Ss]tatisticians)(?:\s+(?:with|at|from|of)\s+(?:the\s+)?[A-Z][^,;.()]{2,60}?)?)"
    r"\s+(?:examined|analy[sz]ed|studied|compared|reviewed|surveyed|looked\s+at)\s"
    r"[^.;]{0,200}?(?<!\bhoped)(?<!\bfailed)(?<!\btried)(?<!\bwanted)(?<!\bexpected)"
    r"\s(?:to|and)\s+(?:find|found)\s+that\b"
)
# "Preliminary results from the National Assessment of Adult Literacy (NAAL), released ...,
# indicate", "Data from the Labor Department showed": what a body's results say is its.
RESULTS_FROM = re.compile(
    r"\b(?:[Rr]esults|[Ff]indings|[Ff]igures|[Dd]ata|[Ee]stimates)\s+(?:from|of|by)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w.&’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.&’'-]*){0,7}"
    r"(?:\s+\([A-Z][A-Z&]{1,7}\))?)(?:\s*,[^;:.]{0,160}?,)?\s+(?:also\s+)?(?:indicate|indicated|"
    r"indicates|show|showed|shows|suggest|suggested|suggests|reveal|revealed|reveals)\b"
)
# A body's own numbers named by the body before them: "National Crime Records Bureau 2016
# statistics list 19,765 thefts", "Labor Department figures showed" (a body's word in the name;
# not "New figures show", "Official data showed": no body named, see OFFICIAL).
BODY_FIGURES_SHOW = re.compile(
    rf"(?:^|[,;:]\s++|\b(?:and|but|while|as)\s++)(?:[Tt]he\s+)?"
    rf"(?P<name>(?=[^,;:]{{0,80}}?\b{BODY_WORDS}\b)"
    r"(?:[A-Z][\w.&’'-]*\s+(?:(?:of|for|and|on)\s+)*){1,6}?[A-Z][\w.&’'-]*)"
    r"\s+(?:(?:19|20)\d\d\s+|(?:latest|new|revised|preliminary|provisional|official)\s+)?"
    r"(?:figures|data|statistics|estimates|records)\s+(?:also\s+)?(?:show|showed|shows|list|lists|"
    r"listed|reveal|revealed|reveals|indicate|indicated|indicates)\b"
)
# A study's subject, up to its verb of finding: what it says of the study itself (how long it
# ran, whom it covered) is the story's description of it, not a finding: "An eight year study,
# published in Nature, claims", "The nationally representative study among US adults age 16 and
# older found".
DESCRIBED_STUDY = re.compile(
    r"(?:^|[;:]\s+|\bthat\s+)(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts)\s+"
    r"(?P<subject>(?:(?!(?:said|says|that|which|who|and|or|but)\s)[\w’'-]+\s+){0,4}?"
    # (no verb of its own in the subject, and not "said", which a source may say after it: "A
    # report of 45 cases was filed on Monday, police said")
    r"(?:study|survey|report|analysis|census|assessment)\b"
    r"(?:(?!\b(?:was|were|is|are|has|have|had|been)\b)[^.;:“”\"]){0,120}?)\s+(?:also\s+)?"
    r"(?:found|finds|shows|showed|claims|claimed|indicates|indicated|suggests|suggested|"
    r"estimates|estimated|concludes|concluded|reveals|revealed)\b"
)
# A verb that gives a number without saying it: "The UN report put the toll at 40".
PUTS = re.compile(r"\b(?:put|puts|placed|places)\b")
# A poll named back to by a demonstrative, saying what it found: "This U.S. poll also found",
# "This latter poll was mixed for the leader as it showed" (the poll named before it).
STUDY_AGAIN = re.compile(
    r"\b(?P<name>(?:[Tt]his|[Tt]hat|[Tt]he\s+(?:same|latter|former))\s+(?:[\w.’'-]+\s+){0,2}"
    r"(?:poll|survey|study))\s+(?:[^.;]{0,80}?\bit\s+)?(?:also\s+)?(?:found|finds|showed|shows|"
    r"indicated|indicates|suggested|suggests)\b"
)
STUDY_DETERMINER = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s")
STUDY_VERB = re.compile(rf"{_STUDY}{_STUDY_SAYS}")
_FILE_MARK = r"\((?:PDF|DOC|XLSX?|CSV)\)"
STUDY_FOR = re.compile(
    # (a web release's file-type mark between: "report (PDF) by the Commerce Department's
    # Census Bureau"; a title with that mark is a document too: "the October 2012 U.S.
    # International Trade in Goods and Services (PDF) by the ...")
    rf"\b(?P<name>(?:(?:{_STUDY}|analysis|graph|chart)(?:\s+{_FILE_MARK})?|[A-Z][\w-]*\s+{_FILE_MARK})"
    r"\s+(?:(?:conducted|commissioned|carried out|released|published)\s+"
    # (when it came out between: "a new study released this month by the journal ..."; or
    # where: "a poll conducted in the U.S. by CBS News")
    r"(?:(?:this|last)\s+(?:week|month|year)\s+|in\s+(?:the\s+)?[A-Z][\w.]*\s+)?)?"
    r"(?:by|for)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}"
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
# ("Thursday's report from", "Another report from")
_REPORT_OPENS = rf"\b(?:[Tt]he|[Aa]n?|[Aa]nother|[Ii]ts|[Tt]heir|{WEEKDAY_NAMES}[’']s)\s+"
_REPORT_NAME = (
    r"(?:(?!(?:a|an|the|from|of|by|and|or|in|on|to|for|with|that|which)\s)"
    r"(?:[A-Z0-9][\w’'-]*|[a-z][\w-]*)\s+){0,4}?"
    r"(?:report\s+(?:(?:published|released|issued|compiled|prepared)\s+)?(?:by|from|of)|"
    # an inquiry is its author's too: "An investigation by the BBC has revealed that" (not "an
    # investigation of 53 stores": what was investigated)
    r"(?:investigation|inquiry|probe)\s+(?:(?:conducted|carried\s+out)\s+)?by)\s+"
    rf"(?:the\s+)?(?!{MONTH_NAMES}|{WEEKDAY_NAMES}\b){_AUTHOR}"
)
REPORT_BY = re.compile(rf"{_REPORT_OPENS}(?P<name>{_REPORT_NAME})")
REPORT_SAYS = re.compile(
    # (what it is about stays in its name: "A report by the WHO on tobacco use stated that")
    rf"{_REPORT_OPENS}(?P<name>{_REPORT_NAME}(?:\s+(?:on|into|about)\s+"
    rf"(?!(?:{WEEKDAY_NAMES}|{MONTH_NAMES}|the\s+weekend)\b|\d)(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+)?)"
    rf"(?:\s+(?:on\s+|last\s+|this\s+|in\s+)?(?:\d{{1,2}}\s+)?(?:{WEEKDAY_NAMES}|{MONTH_NAMES}|"
    r"week|month)"
    r"|\s+(?:during|over)\s+the\s+weekend)?"
    r"(?:\s*,[^;:.“”\"]{0,80}?,)?(?:,?\s+which)?\s+(?:(?:has|have)\s+)?(?:also\s+)?(?:says|said|"
    r"estimates|estimated|finds|found|shows|showed|notes|noted|states|stated|concludes|concluded|"
    r"warns|warned|predicts|predicted|projects|projected|reveals|revealed)\b"
)
# Sources a sentence hedges with: "Some estimates place the number at", "Some reports said".
HEDGED = re.compile(
    r"(?:[Ss]ome|[Oo]ther|[Ss]everal|[Uu]nconfirmed|[Cc]onflicting)\s+(?:estimates|reports|accounts)$"
)
# A body's document in a relative clause: "caused by the United States Department of Energy's
# inventory report that showed an unexpected drop": the body (its numbers carry on).
OWNED_THAT_SHOWED = re.compile(
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
APPOSITIVE_SAYS = re.compile(
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
UNCLOSED_APPOSITIVE_SAYS = re.compile(
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
DESCRIBED_SAYS = re.compile(
    rf"{_SPEAKER_OPENS}{_NOT_A_PLACE_OR_TIME}(?P<name>{_NAMED}(?:\s+{_NAMED}){{1,3}}),\s+"
    r"(?:an?|another|one)\s+(?:[a-z-]+\s+){0,2}(?:resident|witness|survivor|eyewitness|"
    r"villager|farmer|worker|student|teacher|doctor|nurse|soldier|driver|shopkeeper|trader|"
    r"mother|father|relative|neighbou?r|local|passenger|refugee|official|spokes(?:man|woman|"
    rf"person)|analyst|expert)\s+{_ADVERB}(?:said|says|told|added|explained)\b"
)
# A person then a relative clause of saying: "AFP spoke to Terence Fan, an air industry expert
# from Singapore Management University, who said ...".
WHO_SAID = re.compile(
    rf"(?<![\w.’'-])(?P<name>[A-Z][\w’'-]+(?:\s+{_NAMED}){{1,3}})"
    r"(?:,\s+(?:an?|the)\s+[^,;:“”\"()]{2,90})?,\s+who\s+"
    rf"{_ADVERB}(?:said|says|told|tells|added|explained|noted|warned)\b"
)
# A body then a relative clause of saying: "released by the Harbour Board, which said 12 ports
# closed", "according to the Syrian Observatory for Human Rights, which reported ...".
WHICH_SAID = re.compile(
    rf"(?<![\w.’'-])(?P<name>(?:[Tt]he\s+)?{_NAMED}(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?"
    rf"{_NAMED}){{0,6}}(?:\s+{_ACR})?),\s+which\s+{_ADVERB}(?:said|says|reported|reports|"
    r"estimated|estimates|told|added|warned|noted|announced|confirmed)\b"
)
# "Ukraine's Foreign Ministry called on partners ..., saying ...": a participle of saying
# gives the clause's subject, a proper name opening the sentence, what follows it (the verb
# right after the name; a title before it is not the name: "MCC secretary general Ana Ruiz
# dismissed it, saying" names Ana Ruiz).
SUBJECT_SAYING = re.compile(
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
REPORTS_INDICATE = re.compile(
    rf"(?:(?:^|[,;]\s+|\band\s+)(?P<name>(?:{_REPORTS_ADJECTIVE}\s+)?[Rr]eports"
    rf"(?:\s+from\s+[a-z]+)?)\s+(?:{_REPORTS_VERB})|"
    rf"\b(?:[Ww]ith|[Aa]s)\s+(?P<with>(?:{_REPORTS_ADJECTIVE}\s+)?reports)\s+"
    rf"(?:{_REPORTS_PARTICIPLE}|say|claim|suggest|indicate|show))\b"
)
# Findings no one is named for: "Preliminary findings from assessments carried out so far
# indicate", "Initial assessment findings show", "Initial assessments show" (not "The findings
# show", "Findings from the survey show": a study's named before).
FINDINGS_INDICATE = re.compile(
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
AND_SAID = re.compile(
    r"^\s*(?P<name>(?:[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|"
    rf"(?:The\s+)?{_NAMED}(?:\s+(?:(?:of|for|and|the)\s+)*{_NAMED})*))"
    r"\s+(?:[a-z]+ed|ran|held|took|found|gave|made|met|sent|spoke)\b[^;:.“”\"]{1,200}?,?\s+and\s+"
    r"(?:also\s+|later\s+)?(?:said|says|told|added|reported|announced|estimated)\b"
)
# "The company's chief executive, Faisal al-Harbi, said": the role first, then the name.
# The name may carry an age before it and an affiliation after it: "The party's leader, the
# 63-year-old Ana Ruiz of the Green Party, said".
ROLE_NAME_SAYS = re.compile(
    rf",\s+(?:the\s+\d{{1,3}}-year-old\s+)?(?P<name>{_NAMED}(?:\s+{_NAMED}){{1,4}})"
    rf"(?:\s+(?:of|from)\s+(?:the\s+)?{_NAMED}(?:\s+{_NAMED}){{0,4}})?,\s+{_ADVERB}{_SAY}\b"
)
# An abbreviation's full stop that ends a sentence before a word that opens one, or an
# acronym's (one written without full stops takes none of its own: "All were students at
# NIU. Chicago news outlets are also reporting"; not "the U.S. Navy").
NEW_SENTENCE = re.compile(
    rf"\.\s+(?={_SENTENCE_OPENER})|"
    + "|".join(rf"(?<=[a-z] [A-Z]{{{n}}})\.\s+(?=[A-Z][a-z])" for n in range(2, 6))
)
ACCORDING = re.compile(
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
ACCORDING_TITLE = re.compile(
    r"\b(?:[Aa]ccording to|[Cc]iting)\s+(?:the\s+)?[“\"]"
    r"(?P<name>[A-Z][^“”\"]{2,100}?)[.,]?(?:[”\"]|$)"
)
# A passive of releasing or measuring names its agent: "The figure released Tuesday by the
# National Bureau of Statistics", "a quake measured at magnitude 6.3 by the USGS".
# Capitalised words joined by "of", "for", "and", "the", "on": "Bureau of Statistics".
_CAPITALISED_NAME = rf"{_CAPITALISED}(?:{_JOINED}{_CAPITALISED})*"
BY_AGENT = re.compile(
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
BOUNDARY = re.compile(
    r"^(?:that|and|but|while|as|which|who|whom|where|when|because|although|though|after|"
    r"before|if|so|since|than|whereas|meanwhile|however|also)$",
    re.I,
)
# Where a name read forward ends: "said an official from the GUR on Monday that ...".
NAME_END = re.compile(
    r"\s(?:on|in|at|last|this|that|earlier|later|during|after|before|when|while|(?-i:who)|which|"
    r"because|as|to|for|with|adding|citing|yesterday|today|tomorrow|the (?:next|previous|"
    r"following) day)(?=\s)(?<!\b[Ff]or(?-i:(?=\s+[A-Z])))",  # "Institute for Supply" goes on
    re.I,
)
# A proper name after "according to" with no comma before its clause: "According to the WHO
# most people take up smoking before ...": the name ends where its capitalised words do.
PROPER_THEN_CLAUSE = re.compile(rf"^(?P<name>(?:the\s+)?{_CAPITALISED_NAME})\s+[a-z]")
# "which according to the Service had a 4.7 magnitude": the clause's verb ends the name
# read after "according to" (after "said", a name before a verb is no speaker but what
# is said: "said Berlin was in talks").
VERB_AFTER = re.compile(r"\s(?:had|has|have|was|were|is|are|will|would)\b")
# "according to a document the ministry sent to lawmakers", "according to accounts filed with
# the Court of Audit": a document is named by its whole phrase, its relative clause included.
DOCUMENT = re.compile(
    r"^(?:(?:a|an|the|its|their)\s+)?(?:[a-z][\w-]*\s+){0,2}(?:documents?|accounts|filings?|"
    r"reports?|records|minutes|data|figures|statements?|estimates|papers|letter|memo)\s+\S",
    re.I,
)
# The person a name read back from the verb was cut from: "Prof. Matthias Brandt" before
# "of the Institute for ... said" (a person and their affiliation).
AFFILIATED = re.compile(r"((?:[A-Z][\w.’'-]*\s+){1,4})$")
AFFILIATED_OF = re.compile(r"((?:[A-Z][\w.’'-]*\s+){1,4})(?:of|at|from)\s+$")
OF = re.compile(r"(?:of|at|from)\s")
ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.I)
DIGIT = re.compile(r"\d")
PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)$", re.I)
DETERMINER = re.compile(
    r"^(?:the|a|an|this|these|that|those|its|their|his|her|our|"
    r"most|many|few|all|both|several|others)$",  # ("Most expect inflation to hit 4 percent")
    re.I,
)
# A person's name then what they belong to, its last word no name ("Ann Roe of the
# Mutambara MDC grouping").
PERSON_OF_SOMETHING = re.compile(
    r"^(?:(?:[A-Z][\w’'-]*\s+){0,3})(?P<person>[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z’'-]+)"
    r"\s+(?:of|from|at|with)\s+(?:the\s+)?[A-Z]"
)
# A person's full name: two to four capitalised words ("Mayor Jane Doe", "Sergei Ignatiev").
# Not a piece of an organisation's name: "the Centre for Defence Studies" holds no person.
FULL_NAME = re.compile(
    r"(?<!\bof )(?<!\bfor )(?<!\bthe )(?<!\bThe )(?<!-)"
    # (a sentence's opening conjunction is no part of a name: "After Ms Roe visited")
    rf"(?!(?:{'|'.join(c.capitalize() for c in OPENING_CONJUNCTIONS)}|If)\s)"
    r"\b[A-Z][a-z’'-]+(?:[ \t]+(?:[a-z]{1,3}-)?[A-Z][a-z’'-]+){1,4}\b(?!\s+(?:of|for)\s+[A-Z])"
)
# How far back a pronoun with no source before it looks for a person's name (a bound on
# the search in a very long paragraph; a news paragraph is far shorter).
PRONOUN_REACH = 3000
# The last word of a body's name, no person's: "World Bank president ... He warned".
BODY_END = re.compile(
    r"\b(?:Bank|Fund|Ministry|Department|Agency|Bureau|Office|Service|Administration|"
    r"Institute|Commission|Authority|Council|Cent(?:er|re)|Party|Organi[sz]ation|Association|"
    r"Union|Group|Company|Corporation|University|Survey|Court|Committee|Forces?|Army|Police|"
    r"Government|Parliament|Assembly|Senate|Congress|Times|News|Post|Press|Mission|Programme|"
    r"Program|Board|Foundation|Federation|Alliance|Coalition|Network|Society)$"
)
# The last word of a role, not of a person's name: "Jacques Diouf, Director General of the
# ...": "He says" is Diouf's, not "Director General"'s.
ROLE_END = re.compile(
    rf"\b(?:{TITLES}|General|Chief|Officer|Spokes(?:man|woman|person)|Commissioner|"
    r"Coordinator|Envoy|Adviser|Advisor|Representative)$"
)
# A clause that sets another claim against the first: its source is not the first's.
CONTRAST = re.compile(r"\b(?:though|although|but|while|whereas|however)\b", re.I)
# ", which, according to": a relative clause that opens on its own attribution.
RELATIVE_REACH = 40
RELATIVE = re.compile(r",\s*(?:which|who)\s*,?\s*(?:according\s+to\s+|citing\s+)?$", re.I)
# "..., the government said, as 2,500 troops joined the search": background after the claim.
AS_AFTER = re.compile(
    rf"\s+{_ADVERB}{_SAY}(?:\s+(?:on\s+|late\s+|early\s+)?(?:{WEEKDAY_NAMES}|yesterday|today))?,"
    r"\s+as\s"
)
# A sentence that turns to another matter: "Meanwhile, at least 75,000 were buried", or to
# the state of things now, in the reporter's voice: "Currently, 51% of the country's gas comes
# from Russia".
TURNS = re.compile(r"(?:Meanwhile|Elsewhere|Separately|Earlier|Currently|At present),\s")
# A body that measures earthquakes speaks for the quake (its magnitude, depth, aftershocks),
# not for the dead or the damage the next sentences count: "The U.S. Geological Survey
# measured the quake at 6.5. More than 100,000 houses were damaged".
SEISMIC_BODY = re.compile(
    r"Geological\s+Survey|USGS|[Ss]eismolog|[Ee]arthquake\s+(?:[Cc]ent(?:er|re)|[Bb]ureau)"
)
# (the dead, the hurt and the damage of TOLL_WORDS; not the rescued, evacuated or arrested)
_HARMED = TOLL_WORDS - {
    "evacuated", "rescued", "stranded", "arrested", "detained", "abducted", "kidnapped", "displaced"
}  # fmt: skip
TOLL_OR_DAMAGE = re.compile(rf"\b(?:{'|'.join(sorted(_HARMED))}|damaged|destroyed|collapsed)\b")
# A sentence that describes a place or a body in the present, the reporter's background
# whoever the sentence before quotes: "SouthernCare operates approximately 99 locations",
# "UNHCR works in over 120 countries", "The camp in Rann, Borno State is home to thousands",
# "Jupiter is the largest planet in the solar system".
DESCRIBES = re.compile(
    r"(?:(?:The\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}|The\s+[a-z]+\s+(?=in\s))"  # (a name, or "The camp")
    r"(?:(?:in|of)\s+[A-Z][\w’'.-]*(?:,?\s+[A-Z][\w’'.-]*)*\s+)?"  # ("in Rann, Borno State")
    r"(?:operates|works\s+in|employs|(?:is|are)\s+home\s+to|lies|(?:is|are)\s+located|"
    r"is\s+the\s+(?:largest|biggest|smallest|oldest)\s+[a-z]+\s+in)\b"
)
# A paragraph that opens by referring back to the one before ("Of those, as many as ...").
REFERS_BACK = re.compile(
    r"\s*(?:Of (?:those|them|these)|Among (?:them|those|these)|These|Those|They|"
    # "This" a pronoun ("This compares with ..."), not a determiner opening on something new
    # ("This week, ...", "This settlement is the third ...", "This northeastern region ...")
    r"It(?! (?:is|was|will be|has been) )|This(?= (?!is\b|was\b)(?:[a-z]+[^\Wsiu]s|[a-z]+ed|"
    r"brought|left|put|made|took|gave|meant|saw|would|will|could|should|may|might|can|has|"
    r"had|does|did)\b)|"
    r"The (?:(?:new|latest)\s+)?"  # "The new data shows"
    r"(?:results?|poll|survey|study|report|findings|figures?|data|estimate)\b"
    r"(?! (?:of|by|for) [A-Z]))\b"
)
# A share of a poll's respondents: "Fifteen percent felt ...", "85 percent of Chinese
# respondents said ...", "20 percent of those surveyed", "74 percent had a negative opinion",
# "18 percent held a favorable view" (a number in words ends before its unit: "Fifteen").
# (Not the verbs as often said of anything: "30 percent saw their orders cut".)
_ANSWER_VERBS = sorted(OPINION_VERBS - {"saw", "see", "held", "named", "voted", "chose", "did"})
POLL_WORD = re.compile(r"\b(?:poll|survey)\b", re.I)
# A sentence giving a poll's numbers: "the group said Cruz held the support of 35 percent of
# those polled", "The poll shows ...".
POLLED = re.compile(r"\b(?:polls?|surveys?|polled|surveyed|respondents)\b", re.I)
# ... the shares a speaker gives of them: "35 percent of those polled", "of respondents".
OF_THOSE_POLLED = re.compile(
    r"\bof\s+(?:those|the\s+people|the\s+voters)\s+(?:polled|surveyed|asked|questioned)\b|"
    r"\bof\s+(?:the\s+)?respondents\b"
)
# A share, the number's unit: "11 percent", "7%", "Fifteen per cent".
_PERCENT = r"(?:%|\bpercent\b|\bper\s+cent\b)"
SHARE_UNIT = re.compile(rf"\s*{_PERCENT}")
# ... ending its clause, as a poll's standings do ("tied at 11 percent, followed by Ana Ruiz
# (7 percent)", "was backed by 5 percent."); not a subject ("30 percent saw their orders cut").
SHARE_ENDS = re.compile(rf"(?:\s*{_PERCENT})?\s*(?:[.,;:)]|$)")
# A change before a number, not a level: "Rents rose 7 percent", "fell by about 2%" (a poll
# gives levels: "tied at 11 percent", "backed by 5 percent").
CHANGE_BEFORE = re.compile(
    rf"\b(?:{CHANGE_VERB}|decreas(?:e|es|ed)|gain(?:s|ed)?|los(?:t|es?)|tumbled)\s+(?:by\s+)?"
    r"(?:(?:about|almost|nearly|some|around|roughly|over|just|more\s+than|less\s+than)\s+)*$",
    re.I,
)
# A share of those asked as a verb's subject, no speaker: "Two-thirds said they felt ...",
# "Half said", "A majority said" (the poll is their source).
SHARE_NAME = re.compile(
    r"^(?:(?:a|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?:half|halves|thirds?|"
    r"quarters?|fifths?|sixths?|eighths?|tenths?)|half|(?:a|the)\s+(?:majority|minority))$",
    re.I,
)
_RESPONDENTS = (
    r"of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:respondents|voters polled|(?:those|people|adults|"
    r"voters) (?:surveyed|polled|asked|questioned|interviewed))\b"
)
ANSWER = re.compile(
    rf"(?:\s+{_PERCENT})?"
    rf"\s+(?:(?:{'|'.join(_ANSWER_VERBS)}|did not)\b|(?:had|held|have|hold)\s+an?\s+"
    rf"(?:[\w-]+\s+){{0,2}}(?:view|opinion|impression)\b|{_RESPONDENTS})",
    re.I,
)
# ... named as a share of those asked ("Over 90% of those surveyed"): the survey's, whoever
# spoke since it was named.
RESPONDENTS = re.compile(rf"(?:\s+{_PERCENT})?\s+{_RESPONDENTS}", re.I)
# A candidate's share of a count: "came in second with 17 percent", "took 10 percent".
RESULT = re.compile(
    r"\b(?:won|wins|took|takes|came\s+(?:in\s+)?(?:first|second|third|fourth|last)|"
    r"received|garnered|secured|finished|polled)\b(?:(?!\b(?:said|says)\b)[^.;]){0,40}?"
    r"\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)"
)
# A headline about a release: a survey, a report, a projection, a budget unveiled.
RELEASE_HEADLINE = re.compile(
    r"\b(?:released?|releases|publish(?:es|ed)|projects|projected|forecasts?|unveils?|unveiled|"
    r"survey|study|census|report(?:ed)?\s+(?:finds|shows|says))\b",
    re.I,
)
# Whom a speaker told or spoke to is no speaker: "She told VOA reporter Cole Mallard that".
TOLD_TO = re.compile(
    r"\b(?:told|tells|asked|asks|interviewed|(?:spoke|speaking|talked|talking)[^\S\n]+to)"
    r"[^\S\n]+(?:[A-Za-z’'-]+[^\S\n]+){0,5}$"
)
# A name right after a verb in the past is its object, no antecedent of a pronoun after it,
# when the verb's subject is a person: the same pronoun ("She addressed Mayor John Poe ... She
# said" is not Poe's; "He then introduced Ann Roe ... She said" is Roe's), a person named in
# full ("Ann Roe has reversed John Poe's ban"), or one before "and" ("she tweeted and addressed
# X"); not a body ("The report quoted Ann Roe ... She said" is Roe's).
OBJECT_BEFORE = re.compile(
    r"(?:\b(?P<pronoun>[Hh]e|[Ss]he|[Tt]hey)|\band|[A-Z][a-z’'-]+[^\S\n]+[A-Z][a-z’'-]+)[^\S\n]+"
    r"(?:(?:has|had|have|then|also|later|[a-z]+ly)[^\S\n]+){0,2}[a-z]{3,}ed[^\S\n]+\Z"
)
# A lead-in naming the release a list of findings is from: "Additional highlights of the
# statistics on new foreign direct investment for 2019:" (the list's items are its own).
HIGHLIGHTS_OF = re.compile(
    r"\b(?:[Hh]ighlights|[Kk]ey\s+findings|[Ff]indings|[Rr]esults)\s+(?:of|from)\s+(?:the\s+)?"
    r"(?P<name>(?:(?:statistics|data|survey|report|study|poll|census|figures|estimates)\b|[A-Z])"
    r"[^:;\n“”\"]{2,100}?)\s*:\s*$"
)  # (a document or a name: not "Results from the vote:")
# A list item: a paragraph opening on a bullet.
BULLET = re.compile(r"\s*[•◦▪‣∙·*–-]\s")
# A statement about a statistical release, in its opening sentence: "Acting U.S. Secretary of
# Commerce Rebecca Blank issued the following statement today on the release of the ..."
STATEMENT_ON_RELEASE = re.compile(r"\bstatement\b[^.]{0,40}?\bon\s+the\s+release\s+of\b")
# A headline that gives a body's word: "WHO says Zimbabwean cholera epidemic 'past its peak'".
SAYS_HEADLINE = re.compile(
    r"^\s*(?:[A-Z][\w.&’'-]*\s+){0,3}[A-Z][\w.&’'-]*\s+(?:says|warns|reports|estimates)\b"
)
CAMEL = re.compile(r"[a-z][A-Z]|^[A-Z]{2,}\b")
# A paragraph that opens on a reference to the numbers before it, to name their source.
# ("Thursday's report from the Commerce Department showed ...": the report the lead restates)
NAMES_BACK = re.compile(
    rf"\s*(?:The|These|Those|That|This|{WEEKDAY_NAMES}[’']s)\s+(?:[a-z]+\s+)?"
    rf"(?:{_FINDINGS}|forecast|projection|report)\b"
)
AUTHORED = re.compile(r"\breport\s+(?:(?:published|released|issued)\s+)?(?:by|from|of)\s")
# The words that make a name a body that releases figures ("Bureau of Economic Analysis").
_RELEASER = (
    r"(?:Statistics|Statistical|Bureau|Office|Department|Ministry|Agency|Census|Administration|"
    r"Institute|Commission|Treasury)"
)
BODY_AUTHOR = re.compile(rf"\b(?:{_RELEASER}|Bank|Fund)\b")
PRONOUN = re.compile(r"^(?:he|she|it|they|we|i)(?:['’](?:ve|d|ll|s|m|re))?$", re.I)  # "We've"
# Who forecast a number, in a relative clause: "higher than that predicted by economists, who
# forecast an increase to 7.7%", "analysts, who had expected a rise of 0.3%".
WHO_FORECAST = re.compile(
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
    r"(?:figures|data|statistics|estimates|returns|results|counts?|tally|tallies|records?)"
)
OFFICIAL = re.compile(
    rf"\b(?i:according to|citing)\s+(?:the\s+)?(?P<name>{_OFFICIAL_WORDS})\b|"
    # ("The official record reveals that up to 13,000 people disappeared")
    rf"(?:^|,)\s*(?:[Tt]he\s+)?(?P<subject>{_OFFICIAL_WORDS})\s+(?:released\s+[^,;:.]{{0,40}}?)?"
    r"(?:show|showed|shows|suggest|suggested|indicate|indicated|reveal|revealed|reveals)\b|"
    # ... or figures a release gives, with when it came out: "Figures to be published today
    # show a record 45,756 migrants", "however figures issued on Thursday showed that 367
    # ..." (the figures as named, without their release: the body named next, else the one
    # that reported just before, else "Figures"; for their own sentence only)
    r"(?:^|[,;])\s*(?:(?:however|but|and|yet)\s+)?(?P<figures>(?:[Tt]he\s+)?(?:(?:[Nn]ew|[Rr]evised|"
    r"[Ll]atest|[Pp]reliminary|[Oo]fficial)\s+)*(?:[Ff]igures|[Ss]tatistics|[Rr]ecords?))\s+"
    r"(?:(?:released|issued|published|to\s+be\s+(?:released|published))\s+[^,;:.]{0,40}?)?"
    r"(?:show|showed|shows|reveal|revealed|reveals|suggest|suggested|indicate|indicated)\b"
)
# A body that releases official figures, named as a body: capitalised words ("of", "for",
# "and", "the" between) with one of these in them ("The Office for National Statistics",
# "US Bureau of Economic Analysis"; not "Bank of America economist Ann Lee").
OFFICIAL_BODY = re.compile(
    rf"(?:[Tt]he\s+)?(?=[^\n]*\b{_RELEASER}\b)"
    rf"{_CAPITALISED}(?:{_JOINED}{_CAPITALISED}){{0,7}}"
)
# A statistics body releasing its numbers, whatever it calls them: "The Commerce Department's
# Bureau of Economic Analysis today released personal income and outlays for March 2012." (its
# paragraph's numbers are then the body's, as after "said").
BODY_RELEASED = re.compile(
    rf"(?<![\w.&’'-])(?P<name>(?:[Tt]he\s+)?(?:{_CAPITALISED}{_JOINED}){{0,6}}"
    rf"{_RELEASER}(?:{_JOINED}{_CAPITALISED}){{0,4}})\s+"
    rf"(?:(?:today|yesterday|on\s+{WEEKDAY_NAMES})\s+)?(?:released|publishe[sd]|issued)\s+"
    r"(?!(?:a|an|the|its)\s+(?:statement|warning|appeal|call|alert|order)\b)"
)
# An appeal for money is the appealing body's claim, with the numbers of its sentence: "The
# UN World Food Programme (WFP) has launched a $78 million appeal to feed almost 2 million
# people", "It is now appealing for $13 million", "UN seeks $15 million to help ...".
APPEALS = re.compile(
    rf"(?:^|(?<=[\s“\"(]))(?P<name>(?:[Tt]he\s+)?{_CAPITALISED}(?:{_JOINED}{_CAPITALISED}|"
    r"\s+\([A-Z][A-Za-z&]{1,7}\)){0,8}"
    # (bodies named by a name and their kind: "UN agencies and other humanitarian
    # organizations have appealed", "United Nations aid agencies and their partners in X")
    r"(?:\s+(?:[a-z-]+\s+)?(?:agencies|organi[sz]ations))?|[Ii]t|[Tt]hey)"
    r"(?:\s+and\s+(?:its|their|other)\s+(?:[a-z-]+\s+)?(?:partners|agencies|organi[sz]ations)"
    r"(?:\s+in\s+[A-Z][\w-]*)?)?"
    r"(?:\s+(?:has|have|had|is|are|was|were|also|now|today|yesterday|jointly|already))*\s+"
    r"(?:(?:issued|launched|made|announced|unveiled|revised)\s+(?:a|an|its|their)\s+"
    r"(?:[\w$€£.,-]+\s+){0,6}?appeal\b|appeal(?:ed|ing|s)?\s+for\b|"
    r"(?:seeks|sought|seeking|asked\s+for|asking\s+for|requested|requesting)\s+"
    r"(?=(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|up\s+to\s+|"
    r"an\s+additional\s+|another\s+)?(?:US\s?|U\.S\.\s?)?[$€£]))"
)
# A United Nations body's report of what it has itself provided, or is providing, is its own
# claim (checked by the attribution, with :data:`COUNT`): "WFP has provided 22 tons of food",
# "The UN Population Fund (UNFPA) has sent 3,000 hygiene kits", "UNICEF is providing medicines
# for 9,000 people", "WFP and its NGO partners have already distributed three tons" (not a past
# event the reporter tells, "The UN mission sent 45 teams", nor a plan, "plans to provide").
_DELIVERED = (
    r"(?:provided|distributed|delivered|allocated|supplied|sent|dispatched|airlifted|donated|"
    r"given\s+out)"
)
_DELIVERING = (
    r"(?:providing|distributing|delivering|allocating|supplying|sending|dispatching|airlifting|"
    r"donating|giving\s+out)"
)
DELIVERS = re.compile(
    # (an opening conjunction is no part of the name: "While WHO is providing")
    rf"(?:^|(?<=[\s“\"(]))(?!(?i:{'|'.join(OPENING_CONJUNCTIONS)})\s)"
    rf"(?P<name>(?:[Tt]he\s+)?{_CAPITALISED}(?:{_JOINED}{_CAPITALISED}|\s+\([A-Z][A-Za-z&]{{1,7}}\))"
    r"{0,8}|(?P<agency>[Tt]he\s+agency))"
    # (with its partners: "WFP and its non-governmental organization (NGO) partners")
    r"(?:\s+and\s+(?:its|their)\s+(?:[\w()-]+\s+){0,4}?partners)?"
    r"\s+(?:(?:has|have)\s+(?:(?:also|now|already)\s+)?"
    rf"(?:{_DELIVERED}|(?:begun|started)\s+{_DELIVERING})|"
    rf"(?:is|are)\s+(?:(?:also|now|already)\s+)?{_DELIVERING})\b"
)
# ... with a number in what it delivers, in its own clause ("has sent 3,000 hygiene kits",
# "one-month rations"): not "UNICEF has sent its first shipment of relief supplies", nor "is
# sending logistical support while supplying five vehicles" (the clause after "while").
COUNT = re.compile(rf"\d|\b(?i:{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})\b")
# ... read up to the clause's end (after "while", "where", "since" another thing is said) and no
# further than what a delivery's object takes ("has sent 3,000 hygiene kits to the camps").
CLAUSE_END = re.compile(r"[;:]|\b(?:while|whereas|but|although|though|where|since)\b")
DELIVERED_REACH = 200
# Where a sentence turns to another clause, whose numbers are no longer the delivery's or the
# plan's: "to Gaza, where 2 million people live", "$4 billion, but donors have pledged" (not
# "and plan to give out 22 tons", the same body's; nor "while UNICEF has sent", another's
# delivery read as its own).
CLAUSE_TURN = re.compile(  # (spaces read once from a run's first: no quadratic rescans)
    r"[;:]|(?:,|(?<![\s,]))\s+(?:where|which|who|that|but|although|though)\b"
)
# (a verb of saying, not the noun "reports": "Amid reports of floods, WFP launched an appeal")
REPORTED_SPEECH = re.compile(r"\b(?:say|says|said|told|tells|according\s+to|reported)\b")
# Lower-case words before a capitalised name: a role ("co-author Katherine Hayhoe").
ROLE_BEFORE_NAME = re.compile(r"(?:the\s+)?(?:[a-z][\w-]*\s+)+(?=[A-Z])")
PERSON_PRONOUN = re.compile(r"^(?:he|she|i)$", re.I)
MAX_NAME_WORDS = 9
INDEFINITE = re.compile(r"^(?:an?|An?)\s+[a-z]")
# ... nor an auxiliary or an adverb ("Pakistan has officially raised the death toll").
NAME_THEN_AUXILIARY = re.compile(
    r"(?:\s+(?:has|have|had|also|now|officially|formally|publicly|previously|recently|"
    r"again))+$"  # (not "is": "The force is estimated at"; not "jointly": "X and Y jointly")
)
# ... nor a time before it, where an opening phrase ends with no comma.
TIME_THEN_NAME = re.compile(
    r"^.*\b(?:(?:this|last|next|that)\s+(?:year|week|month|morning|afternoon|evening)|yesterday|"
    r"today|tonight)\s+(?=[Tt]he\s+[A-Z])"
)
# ... or a participle's phrase a missing comma runs on into the name: "after being diverted to
# Valencia the Spanish Air Authority described".
PHRASE_THEN_NAME = re.compile(r"^(?:being|having|after|before)\s+[a-z][^,;:]*?\s+(?=the\s+[A-Z])")
# Words before a name that are not part of it: "and", "but", a conjunction opening the
# sentence ("As Heald told ..."), and a year that dates the role ("2000 Republican
# presidential candidate Gary Bauer said").
LEADING = re.compile(
    rf"^(?:(?:and|but|then|so|also|{'|'.join(OPENING_CONJUNCTIONS)}|"
    r"(?:19|20)\d\d(?=\s+[A-Z]))\s+)+",
    re.I,
)
# A time between a name and its verb is not part of the name: "The government on Friday
# unveiled ...", "Police late Sunday said ...".
NAME_THEN_TIME = re.compile(
    rf"\s+(?:(?:on|late|early|last|this|earlier|later)\s+)?(?:{WEEKDAY_NAMES}|yesterday|today|"
    r"tonight|week|month|year|morning|afternoon|evening|night)"
    r"(?:\s+(?:morning|afternoon|evening|night))?$",
    re.I,
)

# A semicolon opening a clause that names its own source before any number of its own:
# "Phivolcs reported 5.5; USGS reported 5.8" (not "40 died; 12 were children, officials said").
OWN_CLAUSE = re.compile(r";[^\d;]*$")
# A role after the verb, then the name: '..., said the Portuguese health minister, Ana Jorge.'
ROLE_THEN_NAME = re.compile(
    r",\s+(?P<person>[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+){1,3})\s*(?:[.,;]|$)"
)
# ... a role one person holds, that the name after it names: "According to the city's mayor,
# Ann Lee, ..." (not "according to the ministry, Saudi Arabia, ...": a body's name).
PERSON_ROLE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|chief|director|minister|secretary|commissioner|envoy|"
    r"ambassador|commander|president|premier|mayor|governor|chairman|chairwoman|executive|"
    r"ceo|prosecutor|attorney|sheriff|coroner)$",
    re.I,
)
# A statistical note's source line: "These data are from the BLS Consumer Price Index
# program.", "This chart is drawn from USDA, Economic Research Service's (ERS) Oil Crops
# Outlook, June 2021, and is based on ..." (a chart's or a table's data, said as a whole).
SOURCE_NOTE = re.compile(
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
MONTH = re.compile(rf"{MONTH_NAMES}|\d")
NOTE_OWNER = re.compile(
    r"^(?P<owner>(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)['’]s\s+(?:[a-z]+\s+)?report\b"
)
# Where or how a speaker spoke, between the name and the verb: "X in an interview with the BBC
# said", "X at a news conference said" (a name holds no "in an" followed by a common noun).
NAME_THEN_WHERE = re.compile(
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
WHERE_ASIDE_SAYS = re.compile(
    rf"{_NOT_A_PLACE_OR_TIME}(?<![\w.’'-])(?P<name>{_NAMED}(?:\s+{_NAMED}){{0,4}}),\s+"
    r"(?:in|speaking|talking|writing)\s"
    rf"[^,;:“”\"()]{{2,90}},\s+{_ADVERB}{_SAY}\b"
)
# A speaker named along with another: "Kaufman, along with senator Mark Warner from Virginia,
# called on Congress to ..." (both speak; the first is read back from the verb).
ALONG_WITH_SAYS = re.compile(
    rf",\s+(?:along|together)\s+with\s+(?:[a-z]+\s+)?(?P<name>{_NAMED}(?:\s+{_NAMED}){{1,3}})"
    rf"(?:\s+(?:of|from)\s+[^,;:“”\"()]{{1,60}})?,\s+{_ADVERB}(?:{_SAY}|call(?:s|ed)\s+(?:for|on))\b"
)
# A name that opens its clause and calls for something: "Brown called for free and fair
# elections", "Human Rights Watch have called for compensation" (a call says what it wants;
# only a name right before it: "the report also called for more troops" is read elsewhere).
NAME_CALLS = re.compile(
    rf"(?:^|[;:]\s+|,\s+(?:and|but)\s+|\b(?:after|when|while|before|since)\s+)"
    rf"(?P<name>{_NAMED}(?:\s+(?:of\s+)?{_NAMED}){{0,4}})\s+"
    r"(?:(?:has|have|had|also|again|repeatedly)\s+)*call(?:s|ed)\s+(?:for|on)\b"
)
# A court's finding: "Judge Droney found that AIG's shareholders lost ...", "The judge found
# the tax loss to be more than $1 million", "A federal judge found", "the jury also found".
COURT_FOUND = re.compile(
    r"(?:^|[;:]\s+|,\s+(?:(?:and|but)\s+)?)(?P<name>(?:(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2})?(?:[A-Z][\w.’'-]*\s+){0,4}"
    r"(?:[Jj]udge|[Cc]ourt|[Jj]ury|[Tt]ribunal)(?:\s+[A-Z][\w’'-]+){0,3})\s+(?:also\s+)?found\b"
)
# A court paper with the aside of its filing: "The criminal information, filed in the Eastern
# District of Pennsylvania, alleges that ...".
FILED_SAYS = re.compile(
    r"(?:^|[;:]\s+)(?P<name>(?:[Tt]he|[Aa]n?)\s+(?:[\w’'-]+\s+){0,3}(?:information|indictment|"
    r"complaint|agreement|lawsuit|suit|charges?|affidavit|petition|filing))\s*,\s+(?:filed|"
    rf"issued|unsealed|signed|dated|lodged)\b[^,;:“”\"()]{{0,100}},\s+{_ADVERB}{_SAY}\b"
)
FILED_AFTER = re.compile(r"\s+(?:filed|issued|unsealed|lodged|presented|made\s+public)$")
# A stance, not a statement of fact: "claimed responsibility", "has issued a statement
# condemning the attack" (a statement that does not say what: not "issued a statement saying"),
# "denounced the election as fraudulent" (not an accusation: "accused the police of firing 12
# shots" gives the 12).
STANCE_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|also|later|then)\s+)*(?:claimed\s+responsibility|"
    rf"{_STANCE_VERBS}\b|"
    r"(?:issued|released|put\s+out)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?statement"
    r"(?!\s*,?\s+(?:saying|stating|that|which\s+said)\b))"
)
# (a verb of saying as a word of its own: not "states" in "statesmanship")
VERB_WORD = re.compile(rf"(?<![\w-])(?:{_SAY})\b")
# A relative aside after a name: ", who came second with about eight percent,".
RELATIVE_ASIDE = re.compile(r",\s+(?:who|which|whose)\b[^,;:“”\"()]*,")
# A verb of saying after a comma or a quotation (or "according to") a few words before a name:
# the name is its subject (inverted: "..., said Interior Ministry spokesman Ali Hassan"; not
# "Officials said Mr. Benflis, who came second, denounced the election").
SPOKEN_BEFORE = re.compile(
    rf"(?:[,”\"’]\s*(?:{_SAY})|(?<![\w-])[Aa]ccording\s+to)\s+(?:[^\s,;:“”\"()]+\s+){{0,4}}$"
)
ASIDES_SAYS = re.compile(
    rf"(?:^(?:(?:On|In|At|Last|Earlier|Later|Yesterday|Today|Meanwhile|However)\b[^,;:“”\"]{{0,30}},"
    rf"\s+)?|[;:]\s+)(?P<name>{_NAMED}(?:\s+{_NAMED}){{1,4}}),\s+"
    rf"(?:{_ASIDE}{{2,120}}?,\s+){{1,2}}{_ADVERB}{_SAY}\b"
)

# "7.7 quake", "9.0 magnitude earthquake", "8.0-magnitude quake" (group 1: "magnitude" after).
QUAKE_AFTER = re.compile(r"[ -](magnitude[ -])?(?:earth)?quake\b", re.I)
MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[ -]$", re.I)
# Before a quake named by its magnitude: the definite article and adjectives, a preposition,
# or the clause's start ("An 8.6 magnitude earthquake occurred", "On Dec 26, 2004 a ...").
BACKGROUND_LEAD = re.compile(
    r"(?:(?:^|[.!?\n]\s*|,\s*|\b(?:in|from|of|after|since|by|before|during|to|like|than)\s+)"
    r"(?:[Aa]n?|[Tt]he)\s+|\b[Tt]he\s+)(?:[a-z]+\s+){0,2}$"
)

# The toll of a disaster, in a relative clause set apart by a comma: "the earthquake and
# tsunami last month, which left thousands dead", "Heavy rains, which killed over one hundred
# people this week, ..." (the story's background, not what its speaker says, when EARLIER_TIME
# dates it).
EARLIER_TOLL = re.compile(
    r",\s+which\s+(?:had\s+)?(?:killed|left)\s+(?:(?:over|more\s+than|at\s+least|about|nearly|"
    r"almost|some|around|an\s+estimated)\s+)?$"
)
# ... told as an earlier or wider event by a time ("last month", "this week", "in 2004").
EARLIER_TIME = re.compile(
    r"\b(?:(?:last|this|previous|past)\s+(?:week|weekend|month|year|decade)|earlier|ago|"
    r"in\s+(?:19|20)\d\d)\b"
)

# What a vote needs to be won, after its number: a rule of the election, not what anyone
# says ("short of the 55 needed for an absolute majority", "below the 270 threshold that he
# would need to win", "more than 50 percent of the vote to be declared a winner").
WINNING_THRESHOLD = re.compile(
    rf"(?:\s*{_PERCENT})?(?:\s+of\s+the\s+(?:vote|votes|seats))?\s+"
    r"(?:(?:needed|required)\s+(?:for|to\s+win)\s+(?:an?\s+)?"
    r"(?:(?:absolute|outright|simple|overall)\s+)?(?:majority|win)|threshold\s+(?:that\s+)?(?:[a-z]+\s+){0,3}(?:needs?|needed)\s+to\s+win|"
    r"to\s+be\s+declared\s+(?:a|the)\s+winner)\b"
)

# Digits that belong to a name: a capitalised word's ("G20", "COVID-19") or a short number
# inside it, after a capitalised word ("Region 1 Regional Administrator", "Channel 4 News").
NUMBERED = re.compile(r"\b[A-Z][\w-]*\d[\w-]*\b|(?<=\b[A-Z][a-z])([a-z]*\s)\d{1,3}(?=\s+[A-Z])")


EXISTENTIAL = re.compile(
    r"^[Tt]here\s+(?:is|are|was|were|have|has|had|will|would|may|might|could|seem|seems)\b"
)


PARTICLE_NAME = re.compile(r"^[a-z]{1,3}-(?=[A-Z])")
ROLE_OF = re.compile(r"^(?:[Tt]he\s+)?(?:[a-z-]+\s+){0,2}(?P<role>[A-Za-z]+)\s+of\s+\S")


TITLED_PERSON = re.compile(
    rf"(?<=\s)(?P<person>(?:[A-Z]\.\s+)?(?!{TITLE_WORDS}\b)[A-Z][a-z][\w’'-]*(?:\s+[A-Z]\.)?"
    r"(?:\s+[A-Z][a-z][\w’'-]*){1,2})$"
)
SECOND_OF_TWO = re.compile(r"\band\s+(?:[A-Z][\w.’'-]*\s+){1,3}$")

# The offices a person holds of a place or a body ("The governor of ...", "the town's mayor").
_OFFICES = (
    r"(?:governor|mayor|president|minister|commander|chairman|chairwoman|chair|ambassador|"
    r"commissioner)"
)
PEOPLE_OF_SOMETHING = re.compile(
    rf"{PERSONS_PEOPLE}|families|members|friends|residents|leaders|"
    r"officials|representatives|spokes(?:man|woman|person)|heads?|chiefs?|directors?|"
    # one who holds an office of a place or a body: "The governor of Somalia's Hiran region",
    # "the mayor of the town", "the president of the association"
    rf"{_OFFICES}|secretary|manager|owner|principal",
    re.I,
)


OPENS_ON_PREPOSITION = re.compile(r"^(?:to|for|of|in|on|at|by|from|with|into|than|as)\s")
# A time, not a name: "On Friday, forty prominent African leaders ... criticized" (read back
# from the verb to the sentence's opening words).
ONLY_A_TIME = re.compile(
    rf"^{_TIME_OPENER}\s+"
    rf"(?:{WEEKDAY_NAMES}|{MONTH_NAMES}|\d[\d,]*|week|month|year)$"
)
OPENS_ON_GERUND = re.compile(r"^[a-z]+ing\s+[a-z]")  # (not "acting U.S. Attorney")

# A body's spokesperson by name: "UN High Commissioner for Refugees (UNHCR) spokesman Ron
# Redmond", "spokeswoman Fadela Chaib".
BODY_SPOKESPERSON = re.compile(
    r"^(?:(?=[^a-z]*[A-Z])[^,;]*?\S\s+)?(?:chief\s+|deputy\s+)?spokes(?:man|woman|person)\s+"
    r"(?P<person>[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]+)){1,3})$"
)


# A document of a named source: "PC World's recent analysis of its traffic" is PC World's.
OWNED_DOCUMENT = re.compile(
    r"^\s*(?P<owner>[Tt]he\s+[a-z]+|(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)['’]s\s+"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:analysis|report|study|survey|statement|data|figures|estimates?|review|research|poll|"
    r"findings|assessment|count|tally)\b(?:\s+(?:of|on|for|by)\s+[^,;:“”\"()]*)?$"
)
# A body named after the body it belongs to: "the Department of Commerce's U.S. Census
# Bureau" (both sides bodies; "Moody's Investors Service", "The People's Bank of China",
# "Japan's Ministry of Finance" stay whole).
POSSESSED_BODY = re.compile(
    rf"^(?:the\s+)?(?=[^’']*\b{BODY_WORDS}\b)[A-Z][^’']{{1,60}}?['’]s\s+"
    rf"(?P<body>(?=[^’']*\b{BODY_WORDS}\b)[A-Z][\w.&-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.&-]*){{1,5}})$"
)
ROLE = re.compile(
    r"\b(?:officials?|ministry|ministries|government|police|authorities|agency|spokes\w+|"
    r"analysts?|experts?|economists?|sources?|military|army|navy|council|commission|bank|"
    r"office|department|reports?|survey|study|poll|data|statement|filings?|documents?|agencies|"
    r"residents?|(?:eye)?witness(?:es)?|attorneys?|opposition|staff|relatives?|members|rebels?|"
    r"police(?:man|men|woman|women)|victims?|"
    r"organi[sz]ation|committee|court|judges?|jury|prosecutors?|officers?|researchers?|scientists?|"
    r"intelligence|service|forces?|media|outlets?|television|press|newspapers?|"
    r"embassy|institute|"
    r"bureau|company|group|firm|party|union|association|administration|leaders?|"
    r"diplomats?|observers?|monitors?|investigators?|doctors?|rescuers?|workers?|board|"
    r"authority|regulator|watchdog|centre|center|federation|network|exchange|tribunal|"
    r"inspectors?|assessments?|estimates?|prefecture|province|state|city|municipality|"
    r"operator|utility|airline|carrier|hospital|university|union|coalition|camp|campaign|"
    r"secretariat|mission|delegation|observatory|archive|database|spokes(?:man|woman|person)|"
    r"chief|director|minister|commissioner|secretary|envoy|ambassador|commander|"
    r"president|premier|mayor|governor|chairman|chairwoman|chair|head|executive|ceo|"
    r"pollsters?|critics|opponents|supporters|conservatives|liberals|activists|advocates|"
    r"campaigners|soldiers?|counterparts?|attackers|militants|survivors?|"
    # a court case's documents and evidence: "According to the indictment", "According to
    # trial evidence", "the complaint alleges"
    r"indictments?|complaints?|affidavits?|evidence|testimony|trial|defendants?|"
    # ... and its charging papers and deals: "According to the information", "According to the
    # charges filed today", "The qui tam lawsuits alleged", "The plea agreement provides" (and
    # a decree: "The presidential decree also stated that")
    r"information|charges|lawsuits?|agreements?|decrees?)\b",
    re.I,
)


# Officials who announce together, as a justice department's release names them: "... before
# Judge A, Acting Assistant Attorney General B of the Criminal Division, Acting U.S. Attorney
# for the Northern District of Florida C and FBI Director D announced", "..., announced B of
# the Criminal Division and U.S. Attorney C for the Southern District of Florida", "B of X
# and C of Y made the announcement": each person a source, in the order named.
LIST_ANNOUNCED = re.compile(  # (from a run of spaces' start: linear)
    r"(?<!\s)\s+(?:(?:today|jointly|also)\s+)?(?:announced|made\s+the\s+announcement)\b"
)
ANNOUNCED_LIST = re.compile(r",\s+(?:(?:today|jointly)\s+)?announced\s+(?:today\s+)?(?=[A-Z])")
# ... or after "announced by", each person with a role after a comma, the officials apart by
# semicolons: "The guilty plea was announced by Loretta King, Acting Assistant Attorney
# General ...; Benton J. Campbell, U.S. Attorney ...; and Raymond W. Kelly, Commissioner, ...".
ANNOUNCED_BY = re.compile(r"\b(?:was|were|been)\s+announced\s+by\s+(?=[A-Z])")
SEMICOLON_ITEM = re.compile(
    r"(?:^|;\s+(?:and\s+)?)(?P<person>[A-Z][^,;]{2,40}?(?:,\s+(?:Jr|Sr)\.)?),"
)
PERSON_NAME = re.compile(
    r"(?:[A-Z]\.\s+)?[A-Z][a-z][\w’'-]*(?:\s+[A-Z]\.)*(?:\s+[A-Z][a-z][\w’'-]*){1,2}"
    r"(?:,\s+(?:Jr|Sr)\.)?"
)
# ... a word of such a list: a capitalised word or an initial (with its comma), an acronym in
# brackets, a name's small word.
LIST_WORD = re.compile(
    r"(?:[A-Z][\w.’'&-]*|\([A-Z][\w&-]*\)|of|for|the|in|and|de|da|del|van|von),?"
)
# ... a person named after a title in it ("U.S. Attorney R. Alexander Acosta", "Special
# Agent in Charge Karen Wingerd", "Director Arthur M. Cummings, II"), besides those the
# article names as persons elsewhere.
LISTED_PERSON = re.compile(
    rf"(?<![\w.])(?:{TITLE_WORDS}|Charge|Officer)\.?\s+(?P<person>(?:[A-Z]\.\s+)?"
    rf"(?!{TITLE_WORDS}\b)[A-Z][a-z][\w’'-]*(?:\s+[A-Z]\.)*(?:\s+(?!{TITLE_WORDS}\b)"
    r"[A-Z][a-z][\w’'-]*){1,2}(?:,?\s+(?:Jr\.|Sr\.|II|III|IV)(?!\w))?)"
)


# The first of two bodies that speak together, after a comma or opening the sentence: "...,
# the U.S. Environmental Protection Agency and the Justice Department announced today".
JOINT_FIRST = re.compile(
    r"(?:^|,\s+)(?P<first>(?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,9}"
    # (each may carry a title before the name: "Acting Assistant Attorney General Rita M.
    # Glavin of the Criminal Division and U.S. Attorney Karen P. Hewitt ... announced")
    r"[A-Z][\w.’'-]*)\s+and\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}$"
)
# A sentence that opens on a plan or a deal requiring something: the document states it ("The
# site restoration plan requires restoration of one stream", "The 2019 Response Plan (RP)
# requires US$4.2 billion to assist more than 20 million people"; not a party it binds, "The
# compliance plan also requires Rite Aid to implement ...": the deal's terms, told).
DOCUMENT_REQUIRES = re.compile(
    r"^\s*(?P<name>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w’'-]+\s+){0,6}?"
    r"(?:[Pp]lans?|[Aa]greements?|[Ss]ettlements?|[Dd]ecrees?|[Dd]eals?|[Aa]ccords?|"
    r"[Tt]reat(?:y|ies))(?:\s+\([A-Z][A-Za-z&]{1,7}\))?)\s+(?:also\s+)?(?:requires|required)\b"
    r"(?!\s+(?:the\s+)?(?:[A-Z][a-z][\w.&’'-]*\s+){1,4}to\s)"
)
# A sentence that opens on the document whose terms it gives: "Under terms of a consent
# decree lodged in ..., the defendants will pay", "Under the plea agreements, LAN Cargo ...
# have agreed to pay" (the document states them; not "under the ... settlement" at its end).
UNDER_TERMS = re.compile(
    r"^\s*Under\s+(?:the\s+)?(?:terms\s+of\s+)?(?:the\s+|an?\s+)?"
    r"(?P<name>(?:[a-z][\w-]*\s+){0,2}(?:agreements?|decrees?|settlements?|deals?|accords?|"
    r"contracts?|treat(?:y|ies)))\b"
)
# A place's name in an address: "Washington", "DC", "United States".
_PLACE_PART = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*"
# An address in apposition, two parts or more up to the comma before its last part: "... for
# Science in Washington, DC," (before "United States, announced": a place, not "a spokesman
# in Geneva, Ann Lee, said").
ADDRESS_BEFORE = re.compile(rf"\s+in\s+{_PLACE_PART}(?:,\s+{_PLACE_PART})+,\s*$")
# ... and one part or more before a place a verb of saying follows: "Officials in Lagos,
# Nigeria said" (the officials; not "in March, WHO said").
IN_PLACE_BEFORE = re.compile(
    rf"\s+in\s+(?!(?:{MONTH_NAMES}|{WEEKDAY_NAMES})\b){_PLACE_PART}(?:,\s+{_PLACE_PART})*,\s*$"
)
PLACE = re.compile(r"\s*(?:the\s+)?[A-Z][a-z][\w.’'-]*(?:\s+[A-Z][a-z][\w.’'-]*){0,2}\s*")
# A number in words: no part of a speaker's name (a name's own is capitalised: "the Group of
# Seven").
COUNTED = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundreds?|thousands?|millions?|billions?|dozens?)\b"
)
# A body described, not named: "A Syrian activist group", "a rights group" (its article may
# stand before the name the claim was read as).
DESCRIBED_BODY = re.compile(
    r"^(?P<article>(?:[Aa]n?)\s+)?(?P<words>(?:[A-Za-z][\w-]*\s+){1,3})"
    r"(?:group|organi[sz]ation|watchdog|monitor)$"
)
ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?)\s+$")
# An office-holder named by the office: "The governor of Somalia's Hiran region", "the
# region's governor", "The town's mayor".
OFFICE_HOLDER = re.compile(rf"^[Tt]he\s+(?:[\w’'-]+\s+){{0,3}}?{_OFFICES}(?:\s+of\s+.+)?$")
# A document named back to by its noun alone: "The statement said", "The report says".
THE_DOCUMENT = re.compile(r"[Tt]he\s+(?P<noun>statement|report|study|survey|communiqu[eé])")
# ... with "also" and a person's pronoun: "Abdi Farah Laqanyo also says he believes" (not
# "Amnesty International also says": another source agreeing).
ALSO_SAYS = re.compile(r"\s+also\s+(?:says|said|told|tells)\s+(?:that\s+)?(?:he|she)\b")
# A body's name: capitalised words, at most one article before them ("The Syrian
# Observatory for Human Rights", "the Britain-based Syrian Observatory ...").
NAMED_BODY = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+)?[A-Z][\w’'-]*(?:\s+\S+)+$")
# The way a distance places somewhere by the compass (of :data:`meaning.patterns.DISTANCE`:
# "240 km (150 miles) south of Kandy"; not "from", "off" or "outside").
COMPASS = re.compile(r"(?i:north|south|east|west)")
# Where a quake struck, placed by a distance: the measuring agency's finding.
QUAKE_PLACED = re.compile(
    r"(?i:quake|epicent|aftershock|tremor|temblor)|\b(?:struck|occurred|centred|centered|hit)\b"
)
# A comma setting a distance apart after a place ("Leego, 130 kilometers", "the island, some
# 240 km"), a qualifier at most between (not "The missile landed, 2 km north of ...").
APPOSITION_BEFORE = re.compile(
    r"(?:\b[A-Z][\w’'-]+|\bthe\s+[a-z]+),\s+(?:(?:some|about|around|roughly|approximately|"
    r"nearly|almost|just|"
    r"over)\s+)?$"
)
# A name that modifies the plural noun after it is no one a pronoun stands for: "former
# Guantanamo Bay detainees, he ..." (the plural ends its phrase; not "John Smith leads the
# commission", "Ann Lee wants more").
MODIFIER_AFTER = re.compile(
    r"\s+[a-z]+[^s\W]s(?=\s*[,;:.]|\s+(?:were|are|have|had|who|which|held|in|at|from|and|or|"
    r"he|she|they)\b)"
)
# Kinds of people who say a thing together: "witnesses and officials said", "Local security
# officials and residents told VOA" (each a source).
PEOPLE_PLURAL = re.compile(_PEOPLE_PLURAL)
# A sentence opening on a body that acts (not one that says): "The Kenyan government has
# allocated KSh38 million", "The air force flew them": the story has moved on from a source
# named before.
BODY_ACTS = re.compile(
    r"(?P<body>(?:The\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:[Pp]olice|[Aa]rmy|[Mm]ilitary|"
    r"[Aa]ir\s+[Ff]orce|[Nn]avy|[Gg]overnment|[Mm]ob|[Rr]ebels|[Tt]roops|[Ss]oldiers|"
    r"Department|Ministry|Agency|Bureau|Office|Service|Administration|Commission|Authority|"
    r"Council))\s+(?:has\s+|have\s+|had\s+)?(?:(?:also|already)\s+)?"
    # (undergoing it too: "The Liberian government has also been criticized for ...")
    rf"(?:been\s+[a-z]+ed|(?!(?:{_SAY})\b)[a-z]+ed)\b"
)
# A stance's speaker going on to say something: ", saying 40 ports would reopen", "and said".
SAYS_TOO = re.compile(
    r"(?:,\s*|\s+and\s+|,\s+and\s+)(?:saying|adding|noting|stating|said|says|added|told)\b"
)
# A sentence opening on a surname that does or undergoes something: "Manning was convicted",
# "Roe has resigned" (a person named before in full, the attribution checks).
SURNAME_ACTS = re.compile(
    r"(?P<name>[A-Z][a-z][\w’'-]+)\s+(?:(?:has|had|was|is|were|will)\s+)?(?:been\s+)?"
    rf"(?!(?:{_SAY})\b)[a-z]+ed\b"
)
