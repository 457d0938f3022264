"""The patterns of news grammar that say what a number measures and in what unit (tables
only: words of change, tolls, measures, margins, prices, places), read by :mod:`.phrases`,
:mod:`.surroundings`, :mod:`.unit` and :mod:`.figure`."""

from __future__ import annotations

import re

from summarizer.text.layout import MONTH_NAMES
from summarizer.text.meaning.amounts import (
    OPINION_VERBS,
)
from summarizer.text.meaning.changes import (
    CHANGE_NOUN,
)
from summarizer.text.meaning.words import (
    DETERMINERS_AND_POINTERS,
    word_set,
)
from summarizer.text.numbers.mentions import CHANGE_VERB
from summarizer.text.numbers.spoken import NUMBER_WORDS

# A word; a full stop inside one ("U.S.") is kept.
WORD = re.compile(r"(?:[^\s,.;:!?()\[\]“”\"—–]|\.(?=\w)|(?<=\b[A-Z])\.)+")
CLAUSE_END = re.compile(r"[,;:!?()\[\]\n—–]|(?<!\b[A-Z])\.(?!\w)|(?<!\bof)\s(?:that|which|who|and|"
                         r"but|while|though|whereas|whose|whom|where|according|said|says|"
                         r"told|because|unless)\s")  # fmt: skip
PARTICIPLE = re.compile(r"^[a-z]+ed$")
MAX_WHAT_WORDS = 8

YEAR = re.compile(r"(?:19|20)\d\d")
# The rest of a list after its first number: ", 16, 13, and 3" (then the noun they count).
# (Not a restatement: "an increase of 2,250,129, or 0.7 percent"; "twelve, and 260 cases".)
LISTED_AFTER = re.compile(
    r"(?:(?:,\s+\d+(?:[.,]\d+)*)+,?|(?<=\d))\s+(?:and|or)\s+\d+(?:[.,]\d+)*(?=\s)"
)
LIST_END = re.compile(r",?\s+(?:and|or)\s+\d+(?:[.,]\d+)*(?=\s)")
# "7 complaints each": what each count of a list counts.
COUNTED_EACH = re.compile(r"\b\d[\d,]*\s+([a-z]+)\s+each\b")
# A plural noun that labels the number after its colon: "known satellites: 62".
LABEL_BEFORE = re.compile(r"\b([a-z]{3,}):\s*$")
CODE_NAME = re.compile(r"[A-Z][A-Za-z]*-?\d+[A-Za-z]*")
NAMED_PLURAL_NEXT = re.compile(r"\s+[a-z]+[a-z]s\b(?!\s+(?:the|a|an)\b)")
# Past forms not in "-ed" that end a counted noun ("a 6.6 aftershock hit the area").
STRUCK = word_set("hit struck shook sent left killed")
OBJECT_NEXT = re.compile(r"\s+(?:the|a|an|its|their|his|her|[A-Z])")

# A counted noun with a prefix or compound: "30 co-sponsors", "12 co-pilots".
HYPHENATED_PLURAL = re.compile(r"[a-z]+(?:-[a-z]+)*-[a-z]*[^\Wius]s")  # (not "pro-cannabis")

# "of", "of the 300", "of thousands of": what a number is a part of, or a vague count's noun.
OF_LEAD = re.compile(
    r"^\s*(?:of\s+(?:all\s+(?:the\s+)?|the\s+|its\s+|their\s+|these\s+|those\s+|that\s+|this\s+)?"
    r"(?:[\d,.]+\s+|thousands\s+of\s+)?)+"
)
# Words between a number and what it counts: "11 more villages", "37 still undecided".
# Words before a number that pick out some of what it counts: "the other three villages",
# "the remaining 40 hostages" (other villages, remaining hostages).
PICKED_OUT = word_set("other remaining first final additional further")
# (not "last": "strikes that last 40 days" is a verb)
# Connectives that open a sentence and say nothing of the count after them, by their
# content words: "In addition, six schools", "To date, 20 defendants", "As a result of the
# three settlements", "By virtue of 28 search warrants".
LEAD_CONNECTIVES = word_set("addition result date virtue contrast")
SKIPPED = frozenset({"more", "additional", "other", "extra", "new", "still", "already"})
# Adjectives a name may follow inside the phrase: "53 separate Rite Aid locations", "two major
# American stock indices".
BEFORE_NAMES = frozenset({"separate", "major", "previous", "various", "former", "foreign"})
ADVERB_LY = re.compile(r"[a-z]{3,}ly")
LY_NOUNS = frozenset(
    "family supply assembly rally anomaly monopoly ally tally elderly reply butterfly belly "
    "bully jelly lily holly italy july".split()
)
PLURALS = frozenset({"people", "children", "personnel", "police", "men", "women", "staff"})
TIMES = frozenset("day week month year hour".split())
PER = re.compile(
    r"^\s*(?:of\s+(?:[a-z]+\s+){1,3})?(?:per|a|an|each)\s+(person|capita|head|share|day|week|month|year|hour|"
    r"megawatt[ -]hour|kilowatt[ -]hour|barrel|tonne|ton|kilogram|litre|liter|acre|hectare|"
    r"bushel|gallon|ounce|night|(?<=per\s)(?:second|minute))\b",  # ("a second" is no rate)
    re.I,
)

# A price with its rate in the same paragraph: "$94.00 a barrel", "$95.00 per barrel mark".
PRICE_PER = re.compile(
    r"[$€£¥]\s?(?P<value>\d[\d,]*(?:\.\d+)?)\s+(?:[a-z]+\s+)?(?:per|a|an)\s+(?P<per>barrel|tonne|"
    r"ton|kilogram|litre|liter|bushel|gallon|ounce|megawatt[ -]hour|kilowatt[ -]hour)\b",
    re.I,
)
PRICE_REACH = 1500  # characters either way (a sentence of a hostile length is not read whole)

SENTENCE_END = re.compile(r"[.!?]\s|\n")
OTHER_PRICE = re.compile(
    r"\b(?:shares?|stocks?|index|tickets?|fines?|fees?|paid|pays|spent|spends|costs?|earned|"
    r"salar(?:y|ies)|wages?|bills?|tanks?|rents?|tax(?:es)?)\b",
    re.I,
)


BEFORE_BREAK = re.compile(
    r"(?<!\d),|,(?!\d)|[;:!?()\[\]“”\"\n—–]|\.\s|\b(?:that|which|who|and|but|while|said|says|told|"
    r"announced|reported|according to)\b",
    re.I,
)

SENTENCE_ENDED = re.compile(r"(?<![A-Z])[.!?][\"”’']?$")
SUSPENDED = re.compile(r"\b\w+- (?:and|or|to) \w+-\w+")

# Prepositions: what stands after a count's noun and is not said of it by a verb.
ON = word_set(
    "of to for from at in on with by over across into onto under since during between "
    "among near inside outside through"
)


# Prepositions no other list holds, and a quantifier: "passengers aboard the ferry",
# "refugees along the border", "two weeks prior to", "individuals each with one count".
NOT_VERBS = word_set(
    "aboard atop amid amidst via despite beside near above below beyond along around "
    "throughout prior each"
)
# Past forms that are no present either ("shells fell near", "sculptures stolen from").
NOT_PRESENT_PAST = word_set("fell rose stole stolen went came")

ADJECTIVE_ENDINGS = ("ible", "able", "ful", "ous", "less", "ical")
# Words after a count's noun that are no verb in the present ("residing abroad").
NOT_PRESENT = word_set(
    "abroad alone overall nationwide worldwide together home here there too apiece aged old "
    "long high wide deep tall away left dead alive north south east west northeast northwest "
    "southeast southwest"
)

IRREGULAR_PAST = word_set(
    "spent sent held kept sold paid built bought made taken given brought lost won left found "
    "shot hit cut put set fled fought caught taught led fed met ran began grew knew drew "
    "stuck struck hung told done seen known born shut sought bound wound swept slept"
)

# Auxiliaries and linking verbs between a counted noun and what is said of it.
LINKING = word_set(
    "is are was were be been being have has had remain remains remained stay stays stayed"
)
ADVERBS = word_set("also already still now currently reportedly initially later since so far")
PLACE_PREPOSITIONS = word_set("in at on inside outside under behind near")
LINK_REACH = 5
# Words that modify what comes after them, never the end of a phrase ("... last").
IN_NAMES = word_set("of the and from for de van von al")

TO_VOTE = re.compile(
    r"\s+(?:[A-Za-z][\w-]*\s+){1,2}?(?:who\s+)?(?:(?:are|were|is|was|have|had|has)\s+)?"
    r"(?:been\s+)?(?:(?:now|already|newly)\s+)?(?:eligible|registered)\s+to\s+vote\b"
)


# Currencies one name stands for in several countries, by the ISO code the name alone gives:
# "rupees" or "pesos" alone are those of the country the article names most (the default's
# when it names none of them): "tens of millions of rupees" in a story on Pakistan, "one
# million pesos" in one on the Philippines.
SHARED_CURRENCIES = {
    "INR": {
        "INR": re.compile(r"\bIndia(?:n|ns)?\b"),
        "PKR": re.compile(r"\bPakistan(?:i|is)?\b"),
        "LKR": re.compile(r"\bSri\s+Lanka(?:n|ns)?\b"),
        "NPR": re.compile(r"\bNepal(?:i|is|ese)?\b"),
    },
    "MXN": {
        "MXN": re.compile(r"\bMexic(?:o|an|ans)\b"),
        "PHP": re.compile(r"\bPhilippines?\b|\bFilipinos?\b"),
        "ARS": re.compile(r"\bArgentin(?:a|e|ian|ians)\b"),
        "CLP": re.compile(r"\bChile(?:an|ans)?\b"),
        "COP": re.compile(r"\bColombia(?:n|ns)?\b"),
        "CUP": re.compile(r"\bCuba(?:n|ns)?\b"),
        "DOP": re.compile(r"\bDominican\s+Republic\b"),
        "UYU": re.compile(r"\bUrugua(?:y|yan|yans)\b"),
    },
}

TO_A_CURRENCY = re.compile(
    r"\s+(?:to|per|against)\s+(?:a|the|one|each)\s+(?:US\s+|U\.S\.\s+)?"
    r"(dollar|euro|pound|yen|yuan)\b",
    re.IGNORECASE,
)
RATE_BEFORE = re.compile(rf"\d(?:[\d,]*\d)?(?:\.\d+)?{TO_A_CURRENCY.pattern}", re.IGNORECASE)
AT_BARE = re.compile(r"\bat\s+$")
BARE_AFTER = re.compile(r"\s*(?:[,.;)]|$|\s+(?:before|after|and|on|in)\b)")

# A number between dashes, with the words it counts or measures before them ("most of the dead
# - 595 - were civilians"; spaced dashes, not a hyphen or a range).
DASH_AFTER = re.compile(r"\s+[-–—]\s+[a-z]")
DASH_BEFORE = re.compile(
    r"(?:^|[,;:]\s+|\b(?:said|says|that)\s+)"
    r"(?P<phrase>(?:(?!(?:said|says|that)\b)[A-Za-z][\w’'-]*\s+){0,6}?"
    r"[A-Za-z][\w’'-]*)\s+[-–—]\s+(?:(?:some|about|around|nearly|almost|over|more\s+than)\s+)?$"
)
# "Selek, now 43, then headed", "Hisahito, now 10, was born": an age after a name.
# A measure before what it measures: "tons of food", "metric tonnes of rice", "days of
# national mourning" (the number's unit says which measure).
MEASURE_OF = re.compile(
    r"(?:metric\s+)?(?P<unit>(?!degrees?\b)[a-z]+)\s+of\s+(?P<rest>[\w’'-].*)"
)  # (not "degrees of freedom")
# Spans of time a number may count: "three days of national mourning".
SPANS = word_set("seconds minutes hours days weeks months years decades")

NOW_AGED = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}),\s+now\s+$")
AGE_CLOSED = re.compile(r"\s*[,)]")
OPENERS = word_set("Then And But So When While After Before Now Also Meanwhile")
# What a number measures is never a word that says nothing of it alone: punctuation, a
# function word, an adverb ("-", "if", "whom", "its", "respectively", "now"); then the unit
# says as much as the article does: a share, an amount, the noun counted.
BARE_WORDS = word_set(
    "if whom who whose which what its it they them this these those that there here now then "
    "also respectively following somewhere did does do so as when where while"
)

YOUNG = word_set("baby babies infant infants boy boys girl girls child children son daughter")


# A number's unit in the singular before a noun, its hyphen left out: "an eight year study",
# "the three day conference" (not after "one": "one year later" is no compound).
_SPACED_UNITS = (
    r"(?:day|week|month|year|hour|minute|decade|mile|kilometre|kilometer|metre|meter|foot|"
    r"storey|story)"
)
# ... after a determiner or an owner, as such a compound is written ("an eight year study",
# "the three day conference", "Lai's seven storey brothel"; a count has none: "90 day
# laborers were arrested").
DETERMINED = re.compile(r"(?:\b(?:an?|the|its|his|her|their|this|that)|[A-Za-z]['’]s)\s+$", re.I)
SPACED_MEASURE = re.compile(
    rf"\s+({_SPACED_UNITS})\s+(?!(?:of|in|on|at|to|for|from|by|and|or|ago|old|later|earlier|"
    r"before|after|long|high|deep|tall|wide|each|per|the|a|an)\b)[a-z]"
)
# A number joined to its unit, then the noun it measures: "30-day period in which", "155-meter
# vessel made", "eighty-foot tall statue" (up to a clause's next word or mark).
JOINED_MEASURE = re.compile(
    rf"(?:-|(?P<spaced>\s+)(?={_SPACED_UNITS}\s+[a-z]))"  # (or with a space: see SPACED_MEASURE)
    r"(?P<unit>[A-Za-z]+)(?:\s+(?P<adjective>tall|high|deep|wide|long))?\s+"
    r"(?P<noun>(?:[A-Za-z][\w’'-]*\s+){0,2}?[A-Za-z][\w’'-]*"
    # (with what it is of: "a 13-week extension of unemployment benefits")
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?!(?:which|whom|those)\b)[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)?)"
    r"(?=\s+(?:in|of|on|for|at|to|from|by|with|that|which|who|was|were|is|are|has|have|had|"
    r"made|requires|will|would|could|can|and|but|as|during|over|after|before|since|met|went|"
    r"took|won|lost|held|began|saw|left|came|sent|struck|found|said|says|led|put|got|gave|"
    r"told|became|kept|brought|shows|finds|[a-z]+ed)\b|"
    r"\s*[,;:.!?)]|\s*$)"
)
SIZE_OF = {  # (by the unit; by an adjective after it, see DIMENSIONS: "eighty-foot tall")
    **dict.fromkeys(("day", "week", "month", "year", "hour", "minute", "decade"), "length of"),
    **dict.fromkeys(("storey", "story"), "height of"),
    **dict.fromkeys(
        ("metre", "meter", "foot", "feet", "inch", "mile", "kilometre", "kilometer", "km"),
        "length of",
    ),
    **dict.fromkeys(("member", "seat", "strong"), "size of"),
}
OWNER_BEFORE = re.compile(r"\b([A-Z][\w-]*['’]s)\s+$")

COMPARED_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+$")
# ... and nothing said of the number compared but its unit and when: "2.5 percent in the
# second quarter.", "more than 20,000 a day in May last year."
NOTHING_SAID_AFTER = re.compile(
    r"\s*(?:%|percent|per\s+cent)?(?:\s+(?:a|per)\s+(?:day|week|month|year))?"
    r"(?:\s+(?:in|for|during|on)\s+[^,;.!?()]{1,40}?|\s+(?:last|this|next)\s+\w+)?\s*(?:[,;.!?)]|$)"
)
# The period a number is of, right after it: "in 2019", "in the third quarter of 2017",
# "in September", "for fiscal year 2012" (past its unit: "1.2 percent in the third quarter").
PERIOD_AFTER = re.compile(
    # (each word apart by a space; not a comparison's base: "higher than last year",
    # "compared with 2018", "from 2018")
    r"(?:\s*%|\s+(?!(?:than|from|compared|with|versus|against|since)\b)"
    r"(?:percent|per\s+cent|[a-z]+)){0,2}?\s+(?:(?:in|for|during)\s+(?:the\s+)?"
    rf"(?P<when>(?:(?:first|second|third|fourth)\s+quarter(?:\s+of\s+\d{{4}})?|"
    rf"(?:fiscal\s+(?:year\s+)?|FY\s*)?(?:19|20)\d\d|(?:{MONTH_NAMES})(?:\s+\d{{4}})?))|"
    r"(?P<relative>(?:last|this|next)\s+(?:year|month|quarter)))\b"
    r"(?!\s+(?:dollars|prices|terms)\b)"  # (not a price base: "in 2019 dollars")
)

# A rate of growth: "The U.S. economy grew at a 2.8 percent annual rate", "the economy grew by
# an annualised rate of 5.7%", "China's economy expanded at a 7.3 percent pace".
PACE = re.compile(
    r"(?:^|[,;:]|\bthat)\s*(?P<subject>(?:[\w.’'-]+\s+){0,4}?[\w.’'-]+)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?P<verb>grew|grown|expanded|increased|rose|contracted|shrank|shrunk|declined|fell|"
    r"slowed|accelerated)\s+(?:at|by)\s+(?:an?|its|the)\s+"
    r"(?:(?P<adjective>annual|annualized|annualised|yearly|quarterly|monthly|seasonally adjusted)"
    r"\s+)?(?:(?P<of>rate|pace)\s+of\s+)?$",
    re.I,
)
RATE_AFTER = re.compile(
    r"\s*(?:%|percent|per cent)?\s*(?:(?P<adjective>annual|annualized|annualised|yearly|"
    r"quarterly|monthly|seasonally adjusted)\s+)?(?P<of>rate|pace)?\b"
    r"(?P<when>\s*\b(?:in|during|for|over)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2})?",
    re.I,
)
SHRANK = word_set("contracted shrank shrunk declined fell")
CLAUSE_OPENS = re.compile(
    r"\b(?:that|which|who|said|says|then|since|and|but|as|when|while|showed|shows)\b", re.I
)
CHANGE_WORDS = frozenset([*CHANGE_NOUN.split("|"), "boost", "growth", "contraction"])
# The words after a change noun that say of what or when: "rise in May", "decrease from
# the close of trading Wednesday" (up to a clause break).
CHANGE_COMPLEMENT = re.compile(
    r"\s*(?:%|percent|per cent|percentage points?|points?)?\s*(?P<noun>[a-z]+)\s+"
    r"(?P<rest>(?:in|from|of|on|since|over|compared with)\s+[^,;:.!?()“”\"]{1,60})"
)
VERB_AFTER_CHANGE = word_set(
    "was were is are has have had will would could erased wiped compared followed came left "
    "pushed sent brought took helped"
)
PEOPLE_TOLL = re.compile(r"^people (?P<word>[a-z]+)\b")
TOLL_NOUNS = word_set("deaths casualties victims injuries fatalities")
TOLL_PARTICIPLES = {
    **dict.fromkeys(("kill", "kills", "killing"), "killed"),
    **dict.fromkeys(("injure", "injures", "injuring"), "injured"),
    **dict.fromkeys(("wound", "wounds", "wounding"), "wounded"),
    **dict.fromkeys(("die", "dies", "dying", "died"), "dead"),
    **dict.fromkeys(("hurts", "hurting"), "hurt"),
}
COUNTED_TOLL = re.compile(  # (the verbs of TOLL_PARTICIPLES but "die" and "hurt")
    rf"^(?P<noun>[a-z]+s) (?P<word>{'|'.join(k for k in TOLL_PARTICIPLES if k[:1] in 'kiw')})$"
)

# A relative clause a number stands in: "This shipment, which is valued at $13.3 million".
WHICH_IS = re.compile(
    r"(?:^|[.;:]\s+|\n)(?P<subject>[^,.;:\n]{3,60}),\s+(?:which|that)\s+(?:is|was|are|were|"
    r"has\s+been|had\s+been)\s+[a-z]+\s+(?:at\s+)?$"
)
VALUED = word_set("valued worth")
SOLD = word_set("sold bought priced")
SAID_THAT = word_set("said says say told that")
DETERMINERS = DETERMINERS_AND_POINTERS | {"that"}

# A distance from a place: "64 kilometers west of Navidad", "20 miles from the border".
DISTANCE = re.compile(
    r"\s*(?:kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?|feet|ft|nautical\s+miles?)\s+"
    r"(?:\([^()]{1,40}\)\s*)?(?:to\s+the\s+)?"  # "9 kilometers (about six miles) east of"
    r"(?P<way>(?i:(?:north|south|east|west|northeast|northwest|southeast|southwest|"
    r"north-east|north-west|south-east|south-west)(?:\s+of)?|from|off|away\s+from|outside))\s+"
    r"(?P<place>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|the\s+[a-z]+)"
)


AREA = re.compile(r"square \w+|hectares|acres")
AREA_ACTED = re.compile(
    r"\s*(?:square\s+\w+|hectares|acres)\s+(?:have|has|had|were|was)\s+(?:been\s+)?"
    r"(?P<verb>[a-z]+ed|burnt|burned)\b(?:\s+by\s+(?:the\s+)?(?P<agent>[a-z]+(?:\s+[a-z]+)?))?"
)
AREA_OF = re.compile(r"\s*(?:square\s+\w+|hectares|acres)\s+of\s+(?P<what>[a-z]+)\b")

# A place opening its clause: "Bahia", "The state of Amazonas" (Amazonas).
_PLACE = (
    r"\s*(?:[Tt]he\s+(?:state|province|region|city|town|village|district)\s+of\s+)?"
    r"(?P<place>(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)"
)
PLACE_LOST = re.compile(
    rf"{_PLACE}\b[^;:]*?\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+)?"
    r"(?:lost|suffered)\s*$"
)
PLACE_OPENS = re.compile(rf"{_PLACE}\s+(?:has|have|had|is|was)\b")
NO_SUBJECT = re.compile(r"\s*(?:and\s+)?(?:has|have|had)\b")
LOST_ELSEWISE = re.compile(r"\S+\s+(?:\w+\s+)?(?:to|since|over|through)\b")
DEATHS = word_set("lives fatalities deaths casualties")
INHABITANTS = word_set("people residents citizens inhabitants villagers")
DEATH_WORDS = re.compile(
    r"\b(?:died|dead|deaths?|killed|toll|drowned|bodies|fatalit(?:y|ies)|lives)\b", re.I
)


AT_DEPTH = re.compile(r"\bat\s+a\s+depth\s+of\s+(?:about\s+|some\s+|roughly\s+)?$", re.I)

QUAKE_NAMED = re.compile(
    r"\b(?:(?:first|second|third|fourth|fifth|sixth|last|latest|strongest|main|earlier)\s+)?"
    r"(?:earthquake|quake|aftershock|tremor|temblor|shock|shaking|shake)\b",
    re.I,
)


# What a distance in an earthquake report is of: "the quake's epicenter was about 230 km".
LOCATED = re.compile(
    r"\b(?:(?:earth)?quake['’]s\s+)?(epicent(?:er|re)|quake|earthquake)\s+(?:was\s+|is\s+)?"
    r"(?:(?:located|centred|centered|struck|hit|occurred|lay|lies|was|is)\b)[^,;]*$",
    re.I,
)

NAMED_MEASURES = word_set("magnitude level category grade scale")

SHARED = re.compile(
    r"^\s+and\s+[^,;:.()]{1,40}?\s+(?P<said>(?:will|would|were|are|was|is|have|has|had|"
    r"remain|remained)\b[^,;:()]*)"
)

PARAGRAPH_REACH = 600  # how far back "them" may point (a bound for very long paragraphs)


# An energy written in two words: "gigawatt hours", "kilowatt-hours" read as one unit.
ENERGY = re.compile(r"(?:kilo|mega|giga|tera)?watt[ -]hours?$")
# A share said to be full, or a lead ("31 percent full", "3 points ahead").
STANDING = re.compile(
    r"[\s”\"']*(?:percentage\s+points?|points?|percent|per\s+cent|%)?[\s”\"']*(full|ahead|behind)\b",
    re.I,
)
# An amount a relative clause says was acted on: "1.1 trillion rubles (US$ 44 billion) that
# it offered yesterday to Sberbank" -> amount offered yesterday to Sberbank.
RELATIVE_ACT = re.compile(
    r"\s*[^\s,;.()]+\s*(?:\([^()]{0,40}\)\s*)?(?:that|which)\s+(?:it|they|he|she|we|the\s+\w+|"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:had\s+|has\s+|have\s+)?"
    r"(?P<said>[a-z]+ed\b[^,;.()]*)"
)
# The count before, joined by "and": "381 drones and " (its verb acts on both).
FIRST_OBJECT = re.compile(r"\b\d[\d,.]*\s+(?:[A-Za-z-]+\s+){1,3}and\s+$")
# "20 of them", "most of those": a number of what was counted before.
POINTED = re.compile(r"\s*of\s+(?:them|these|those)\b(?!\s+[a-z-]+(?:s|ed)\b)", re.I)
# A count written in the paragraph before: "126 Ukrainian drones".
COUNT = re.compile(
    r"\b\d[\d,.]*(?:\s+(?:million|billion|thousand|hundred))?\s+(?:[A-Za-z-]+\s+){0,2}?"
    r"(?P<noun>[a-z]+s)\b"
)

_TIME_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)"
DURATION_AFTER = re.compile(rf"\s*(?:(?:working|trading|business|calendar)\s+)?{_TIME_UNIT}\b")
# A duration in the possessive before what it measures: "five weeks' worth of food", "in 30
# days' time", "six months’ notice": the time is the figure's unit.
DURATION_POSSESSIVE = re.compile(rf"\s*(?P<unit>{_TIME_UNIT})['’]s?(?=\s)", re.I)

SINCE_OR_UNTIL = re.compile(rf"\s*{_TIME_UNIT}\s+(ago|later)\b", re.I)
DURATION_BEFORE = re.compile(
    r"\b(?P<word>within|for|every|during|over the (?:past|last|next)|in the (?:past|last|next)|"
    r"in)\s+(?:(?:more|less|fewer) than\s+|"
    r"(?:about|almost|nearly|some|around|up to|at least)\s+)?$",
    re.I,
)
DURATION_KINDS = {
    "within": "deadline for",
    "for": "duration of",
    "during": "duration of",
    "every": "interval between",
    "in": "time taken by",
    **dict.fromkeys(
        ("over the past", "over the last", "over the next", "in the past", "in the last",
         "in the next"),
        "period of",
    ),
}  # fmt: skip
SINCE_RECORD = re.compile(
    r"\b(?:first|last|\w+est|biggest|worst|best|highest|lowest|most|least|maturing|due|"
    r"expiring)\b(?:\s+[\w’'-]+){0,3}\s*$",
    re.I,
)
PRONOUNS = word_set("it its he she they them their this that these those we i you")
HEDGED = word_set("almost nearly about around some roughly approximately")
SPOKEN = NUMBER_WORDS | {"dozen", "half"}

# Words that end a noun phrase after a number: prepositions, pronouns, relative words.
ENDS_PHRASE = word_set(
    "due abroad earlier later ago "
    "after before since during into onto over under across between per than like amid via "
    "within without against toward towards through whose whom what where when why how it "
    "they them he she we you i this these those more less last next out now"
)
# A measure named before its number: "magnitude 6.6", "level seven", "category 4".
MEASURE_BEFORE = re.compile(
    r"\b(magnitude|level|category|grade|scale)\s*$|\b(magnitude)(?:\s+of|'s|’s)?\s+(?:"
    r"(?:was|is|were|are|had been|has been|of)\s+)?(?:(?:revised|put|measured|set|estimated|"
    r"upgraded|downgraded|lowered|raised)\s+(?:at|to)\s+)?(?:(?:an?|at)\s+)?$|"
    r"\b(?:quake|earthquake|tremor|aftershock|shock)s?\s+(?:measuring|of\s+magnitude)\s*$|"
    # "put the strength of the quake at 7.0"
    r"\bstrength\s+of\s+the\s+(?:earth)?quake\s+(?:at|as|to)\s+$",
    re.I,
)  # ("a level of 10,520", "a scale of 500" name no unit)
# One side of a tally written with a dash ("507-19", "229–1"): the number, then the dash and
# the other side, or the other side and the dash before it.
TALLY_SIDE = re.compile(r"[-–]\d")
TALLY_SIDE_BEFORE = re.compile(r"\d[-–]$")
VOTED = re.compile(r"\b(?:vot(?:ed|es?|ing)|passed|approved|adopted|rejected)\b", re.I)
# A stock index, whose levels and moves are points when no other unit is written.
STOCK_INDEX = re.compile(
    r"\b(?:Dow(?:\s+Jones)?|Industrial Average|Nasdaq|S&P(?:\s+500)?|FTSE(?:\s+100)?|Nikkei|"
    r"DAX|CAC(?:\s+40)?|Hang Seng|KOSPI|Kospi|Sensex|Straits Times Index|ASX\s+200)\b"
)
QUAKES = word_set(
    "quake earthquake tremor aftershock temblor quakes earthquakes tremors aftershocks temblors"
)
MARGINS = ("lead", "margin", "advantage", "gap", "swing", "deficit")
COUNTED_MARGIN = re.compile(
    rf"[ -](seat|vote|run|goal|stroke|game)[ -](?:{'|'.join(MARGINS)}|majority)\b", re.I
)
RICHTER = re.compile(r"\s+on\s+the\s+Richter\s+[Ss]cale\b")
# A people's plural after a count: "five Americans", "two Britons", "three Pakistanis".
DEMONYM = re.compile(
    r"[A-Z][a-z]+(?:ans|ese|is)|Britons|Spaniards|Swedes|Danes|Poles|Finns|Scots|Dutch|Swiss|Thais"
)
# What a change counts: the plural noun it is said of, "seats (in ...) increased from N to".
CHANGE_OF = re.compile(
    rf"\b(?P<noun>[a-z][a-z-]*[a-z]s)\b(?:\s+(?:in|of|at|on|for|among|across)\b[^,;:]*?)?"
    rf"\s+(?:have\s+|has\s+|had\s+)?{CHANGE_VERB}\b(?:\s+[\w'’-]+){{0,3}}?\s+from"
    r"(?:\s+\S+\s+to)?\s*$",
    re.I,
)
CHANGE_BY = re.compile(  # the clause's subject (not "death toll from rain and landslides")
    r"(?:^|(?:said|says|say|that|,))\s*"
    r"(?:(?!(?:from|of|in|and|or|by|with|for|on|at|to|as|after)\b)[A-Za-z-]+\s+){0,4}"
    r"(?!(?:[Ww]as|[Hh]as|[Ii]s|[Ii]ts|[Hh]is|[Tt]his|[Tt]hus|[Dd]oes|[Gg]oes|[Ll]ess|[Pp]lus|"
    r"[Aa]cross|[Pp]erhaps|[Uu]nless|[Ww]hereas|[Aa]lways|[Ss]ometimes)\b)"  # (no noun: "was")
    rf"(?P<noun>[A-Za-z][a-z-]*[a-z]s)\b(?:\s+(?:in|of|at|on|for|among|across)\b[^,;:\d]{{1,40}}?)?"
    rf"\s+(?:have\s+|has\s+|had\s+)?{CHANGE_VERB}\s+(?:by|to)\s*$"
)
# Plural subjects a bare number after their change does not count: "Prices rose by 5".
NOT_COUNTED = word_set(
    "prices rates shares stocks markets yields earnings profits revenues sales costs wages "
    "incomes exports imports savings reserves losses gains assets funds bonds futures indexes "
    "indices averages levels temperatures readings scores ratings numbers figures totals "
    "tolls counts estimates forecasts values volumes bills taxes debts deposits orders deficits "
    "surpluses inventories emissions margins spreads rents tensions odds leads bonuses times "
    "balances payments loans borrowings outlays receipts investments inflows outflows holdings "
    "purchases shipments premiums fees tariffs subsidies spending expenses benefits"
)
# The subject of a change, and whether the number is its level after ("from 9 to 10").
_NUMBER_WORD = rf"(?:{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})\b"
# "from" near the clause's end, which :data:`CHANGE_WHAT` needs (a cheap look first: the
# full pattern tries every start of the clause).
FROM_AT_END = re.compile(r"\bfrom(?:\s+\S+){0,7}\s*$", re.I)
CHANGE_WHAT = re.compile(
    rf"(?P<subject>[^,;:]*?)(?:\s+|^)(?:have\s+|has\s+|had\s+)?{CHANGE_VERB}\b"
    r"(?:\s+[\w'’,.-]+){0,3}?\s+from"
    rf"(?P<to>\s+(?:\S*\d\S*|{_NUMBER_WORD})(?:\s+\S+){{0,4}}\s+to)?\s*$",
    re.I,
)
# A verb that changes its object from one level to another: "raised the rate from 5 to".
RAISED_FROM = re.compile(
    r"\b(?:increas|rais|cut|reduc|lower|boost|expand|extend|doubl|trebl|tripl|halv)\w*\s+"
    r"(?P<object>(?:[\w'’-]+\s+){1,10}?)from(?P<to>(?:\s+\S+){1,3}\s+to)?\s*$",
    re.I,
)
CONNECTIVES = frozenset({"hence", "and", "but", "so", "thus", "while", "meanwhile", "also"})
# A time after a number is when, not what is counted: "55 last year", "40 this month".
TIME_AFTER = re.compile(
    r"\s*(?:last|this|next|that|each|every|per)\s+(?:year|month|week|day|quarter|season)\b",
    re.I,
)
# A speaker's framing before what they estimate: "I think the death toll ...".
HEDGES = [["i", "think"], ["i", "believe"], ["we", "think"], ["we", "believe"],
           ["i", "guess"], ["i", "expect"], ["we", "expect"]]  # fmt: skip
# A toll counts people: "the death toll would have been more than a thousand".
TOLL = re.compile(r"\b(?:death|casualty|casualties|human) toll\b[^,;]*$", re.I)
# Nouns that name a count of their own: "number of witnesses", "poll sample size", "Yau's
# margin over Wong".
COUNT_NOUNS = word_set(
    "number size sample margin group workforce toll people persons population police ones"
)
TOLL_WORDS = word_set(
    "killing killed kill kills dead deaths died dying wounding wounded injuring injured "
    "injuries missing displaced evacuated rescued hurt casualties victims homeless stranded "
    "arrested detained hospitalized hospitalised abducted kidnapped"  # ("the 19 arrested so far")
)

# Adjectives that name people as a noun, "the unemployed", "the food insecure": a number of
# them counts people ("the number of unemployed climbs to 2.4 million").
PEOPLE_ADJECTIVES = word_set("unemployed jobless poor elderly needy insecure uninsured")
# "the number of injured at", "the number of troops to": what a number stated after it counts.
NUMBER_OF = re.compile(
    r"\b(?:number|total|count|tally) of (?:the )?(?:[a-z-]+ )?([a-z-]+) "
    r"(?:at|to|as|was|is|stood at)\s*$",
    re.I,
)

# "the (total) number of X ... has reached N": the subject counts X, however the clause goes
# on between ("the number of confirmed cases of the flu virus worldwide has surpassed"); a
# headline drops its article ("Number of unemployed in the UK climbs to 2.4 million"); the
# subject may run long ("the number of people affected by the floods in seven of Ethiopia's
# nine regions rises to").
_ABOUT = r"(?:about |some |nearly |almost |around |roughly |over |more than |at least )?"
# A cheap look before the sentence's patterns below: its words name a count.
NAMES_A_COUNT = re.compile(r"[Nn]umber of|opulation|figure")
# A count called "the figure" after what it counts: "For the injured, the latest figure is".
TOLL_FIGURE = re.compile(
    r"^(.*?)\bfigure\s+(?:is|was|stood\s+at|stands\s+at|at|of|to)\s+"
    rf"{_ABOUT}$",
    re.I,
)
NUMBER_SUBJECT = re.compile(
    r"(?:\b[Tt]he |^)(?:(?:total|current|overall|latest|official|new|daily|weekly) )?number of "
    r"(?:the )?"
    r"(?P<words>(?!(?:was|is|were|are|has|have|had|and)\b)[\w'’-]+"
    r"(?: (?!(?:was|is|were|are|has|have|had|and)\b)[\w'’-]+){0,12}?)"
    r"(?P<aside> ?\([^()]{1,40}\))? "
    r"(?:has |have |had )?"
    rf"(?P<verb>reached|surpassed|exceeded|topped|hit|stood at|stands at|totall?ed|was|is|"
    rf"were|are|"
    rf"{CHANGE_VERB})(?P<to> to| by| at| over| above)?\s*{_ABOUT}$",
    re.I,
)
POPULATION = re.compile(
    r"(?:^|[Tt]he |[Tt]otal |[Ii]ts |[Tt]heir |['’]s |[A-Z][\w.-]* |(?:refugee|human|urban|rural|"
    r"prison|immigrant|migrant|adult|student|world) )"  # a people's (not "the elephant population")
    r"[Pp]opulation (?:of|is|was|will be|would be|stood at|stands at|reached|hit|topped|at)"
    rf"\s*{_ABOUT}$",
)
DATED = re.compile(
    r"\s*(?:(?:an?|per)\s+[a-z]+\s+)?in\s+"
    rf"((?:{MONTH_NAMES}\s+)?(?:19|20)\d\d|{MONTH_NAMES})\b(?!\s*[-–])"
)
SPANNED = re.compile(
    r"(?P<level>\s+to\s+\S*\d\S*(?:\s+(?:an?|per)\s+[a-z]+)?)?\s+(?:between|from)\s+"
    r"(?P<first>(?:19|20)\d\d)\s+(?:and|to)\s+(?P<last>(?:19|20)\d\d)\b"
)
# A toll said to reach a level: "the death toll rising to", "the Ebola death toll has reached".
TOLL_LEVEL = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<toll>(?:(?!The\b)[A-Z][\w-]*\s+)?(?:death|casualty)\s+"
    r"toll)\s+(?:(?:has|had|have|now)\s+)*(?:rose|rising|risen|climbed|climbing|reached|"
    r"reaching|stands|stood|increased|jumped|hit|is|was)\s+(?:(?:to|at)\s+)?"
    r"(?:(?:about|almost|nearly|more\s+than|over|at\s+least|some|around|roughly)\s+)?$"
)
# "The six others were commandos": what the others were counts them.
OTHERS_WERE = re.compile(r"\s*others\s+(?:were|are)\s+(?:all\s+)?([a-z]{3,}s)\b")
# A length said of a dimension: "35 meters deep", "waves reaching 2.5 meters (8 feet) high".
DIMENSION = re.compile(
    r"\s*(?:meters|metres|feet|foot|kilometers|kilometres|km|miles|inches|centimeters|"
    r"centimetres|cm|yards)\)?(?:\s*\([^()]{0,40}\))?\s+(deep|high|tall|long|wide|thick)\b",
    re.I,
)
DIMENSIONS = {
    "deep": "depth", "high": "height", "tall": "height", "long": "length", "wide": "width",
    "thick": "thickness",
}  # fmt: skip
# Those aboard a craft are people: "a plane with 30 aboard", "40 on board".
ABOARD = re.compile(r"\s*(?:aboard|on\s+board)\b", re.I)
# Those who came to an event are people: "150 attended", "80,000 in attendance", "700 who had
# signed up", "some 2,000 marched" (a number with no noun of its own).
ATTENDED = re.compile(
    r"\s*(?:who\s+)?(?:(?:had|have|has|were|are)\s+)?(?:attended|in\s+attendance|marched|"
    r"rallied|turned\s+out(?!\s+to\b)|took\s+part|signed\s+up|gathered)\b"
    r"(?!\s+(?:pace|momentum|steam|support|dust)\b)",
    re.I,
)
# A toll's noun said once for two counts: "76 Iraqi civilians were killed and another 129".
ELIDED = re.compile(
    r"(?:\b\d[\d,.]*|\b(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens|scores|hundreds))\s+(?:[A-Za-z][a-z]+\s+)?(?P<noun>[a-z]+s)\s+"
    r"(?:were|have\s+been|had\s+been)\s+"
    r"(?:killed|wounded|injured|hurt|rescued)\b[^.;:]{0,40}?(?:,\s+(?:and\s+)?|\s+and\s+)"
    r"(?:another\s+|a\s+further\s+)?$"
)  # (or a list of them: "Seven soldiers were killed, two were rescued, and one is missing")
# ... and a toll's verbs in parallel, the noun said with the first: "killing four civilians
# and wounding six", "killed 12 soldiers and injured at least 30".
_TOLL_VERB = r"(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:e|es|ed|ing))"
ELIDED_OBJECT = re.compile(
    rf"\b{_TOLL_VERB}\s+(?:at\s+least\s+|some\s+|about\s+)?(?:\d[\d,.]*|(?i:two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds))\s+"
    rf"(?:[A-Za-z][a-z]+\s+)?(?P<noun>[a-z]+s)\s*,?\s+and\s+{_TOLL_VERB}\s+"
    r"(?:at\s+least\s+|some\s+|about\s+|another\s+|a\s+further\s+)?$"
)
# A difference of two percentages, written in percent: "a 1.5% lead over McCain", "the
# margin of error for the poll is 0.87%" (in percentage points; not the shares of "a 21-20
# percent lead").
PAIRED = re.compile(r"\d\s*[-–]\s*$")
MARGIN_AFTER = re.compile(r"\s*(?:point\s+)?lead\b", re.I)  # (a "12% margin" on sales:
# a relative share)
ERROR_MARGIN = re.compile(
    r"\bmargin\s+of\s+error\b[^.;:%]{0,60}?\b(?:is|was|of|at)\s+(?:plus\s+or\s+(?:minus\s+)?|±\s*)?$",
    re.I,
)
# A margin of error written right after the amount it bounds: "2.6 percent (±1.2%)",
# "45 percent, plus or minus 3 percent", "$5 billion (+/- 0.7%)" (the mention of "plus or
# minus 3" may start at "minus").
PLUS_MINUS = re.compile(
    r"(?P<of>%|\b[Pp]er\s?cent|\d)?\s*[(,]?\s*"
    r"(?:±|\+/[-−]|\bplus\s+or(?P<minus>\s+minus)?)\s*$",
    re.I,
)

LEVEL_VERBS = word_set(
    "reached surpassed exceeded topped hit stood stands totaled totalled was is were are"
)
CLAUSE_WORDS = word_set("in at on for with who that which whose among by from since")
# Votes on a motion, however they are named.
VOTES_CAST = word_set("yeas nays ayes noes")
VOTES_SAID = {
    **dict.fromkeys(("yeas", "ayes"), "votes in favour"),
    **dict.fromkeys(("nays", "noes"), "votes against"),
}

# "N percent of (the) U.S. voters said": who answered a poll (their share is the answer's).
POLLED = re.compile(
    rf"\s*of\s+(?P<who>(?:[\w'’.-]+\s+){{1,4}}?)(?P<verb>{'|'.join(sorted(OPINION_VERBS))})\b",
    re.I,
)
NOT_ASKED = re.compile(r"\b(?:and|but|while|which|who|that|whom)\b", re.I)
SAID_TO = re.compile(r"\s+to\s+(?:be|have)\b")
# Who a poll asked, when the article says no more ("of those surveyed"): its respondents.
ASKED = word_set(
    "surveyed polled questioned asked interviewed sampled responding respondents those all"
)

# Words that never say what an amount is.
NOT_WHAT = word_set("us u.s billion million trillion thousand bn mn well")  # ("well over 150")

# A line a number marks in what its sentence measures, not a thing counted: "below the 5,000
# mark", "the 270 threshold", "past the one million milestone".
THRESHOLDS = frozenset({"mark", "threshold", "barrier", "milestone"})
