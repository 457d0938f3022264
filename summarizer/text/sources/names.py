"""Names of sources: whether one is anonymous, and a key to compare two spellings of one."""

from __future__ import annotations

import re

from summarizer.brief.schema import SourceKind

__all__ = [
    "AUTHORED",
    "BODY_WORDS",
    "authored_apart",
    "joint_bodies",
    "kind_of",
    "located_apart",
    "name_key",
    "names_overlap",
    "people_of",
    "person_in",
    "short_form",
    "spelled_alike",
    "unnamed",
]

# A source named by its role, not by name: "An official from Ukraine's GUR", "intelligence
# authorities", "Western diplomats", "Analysts".
_UNNAMED = re.compile(
    r"^(?:(?:an?|the|one|two|three|several|some|many|other|unnamed|anonymous|senior)\s+)*"
    r"(?:[\w’'-]+\s+){0,2}(?:officials?|sources?|people|persons?|diplomats?|officers?|"
    r"spokes\w*(?!\s+(?-i:[A-Z]))|analysts?|experts?|residents?|witness(?:es)?|authorities|"
    r"insiders?|aides?)\b",  # (a spokesman by name is named: "Spokesman McCormack")
    re.IGNORECASE,
)


# Conjunctions that may open a sentence before a speaker's name, no part of it: "As Heald told
# ...", "While Ann Roe said ..." (read back from the verb by the attribution, and passed over
# by the reading of a person's full name).
OPENING_CONJUNCTIONS = ("as", "while", "when", "after", "although", "though", "because", "once",
                        "before", "since", "until")  # fmt: skip


def unnamed(name: str, kind: str) -> bool:
    """Whether a source is anonymous: decided from its words, not asked of the model (which
    got it wrong: docs/decisions.md)."""
    return kind == "anonymous_official" or bool(_UNNAMED.match(name.strip()))


def names_overlap(a: str, b: str) -> bool:
    """One name's words stand together, in order, in the other's ("GUR" in "Ukraine's GUR";
    never a piece of a word: "EU" is not in "Reuters")."""
    first, second = name_key(a).split(), name_key(b).split()
    if not first or not second:
        return False
    short, long = (first, second) if len(first) <= len(second) else (second, first)
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


# People a body asked, not the body's own people: "Analysts polled by the Arab Gulf News
# Agency", "economists surveyed by Reuters" ("analysts at Hanul Securities", like a
# spokesperson, speak for their firm).
_PEOPLE_OF = re.compile(
    r"^(?:(?:an?|the|some|several|many|other)\s+)?(?:[\w’'-]+\s+)?(?:analysts?|economists?|"
    r"experts?|officials?|people|residents?|respondents|traders?|investors?|voters?)\s+"
    r"(?:polled|surveyed|interviewed|questioned|asked|consulted)\s+by\s+(?:the\s+)?"
    r"(?P<body>.+)$",
    re.I,
)

# A document named with its author ("2010 Global Trends report by the UNHCR"): a source of its
# own, a document, not its author (the UNHCR) under another spelling.
AUTHORED = re.compile(
    r"\breports?\s+(?:(?:published|released|issued|compiled|prepared)\s+)?(?:by|from|of)\s"
    r"|\breport,\s+(?=(?-i:[A-Z]))",  # "the Research Service report, The Food Landscape"
    re.I,
)


def authored_apart(a: str, b: str) -> bool:
    """One name is a report with its author, the other is not: two sources, though the
    author's words stand in the report's name."""
    return bool(AUTHORED.search(a)) != bool(AUTHORED.search(b))


def located_apart(a: str, b: str) -> bool:
    """One name is a body with the place it is in, the other that place: two sources ("The
    electoral commission in the Central African Republic" is not the country)."""
    for name, other in ((a, b), (b, a)):
        located = _LOCATED_IN.match(name)
        if located and name_key(located.group("place")) == name_key(other):
            return True
    return False


# A body and the place it is in: "The electoral commission in the Central African Republic".
_LOCATED_IN = re.compile(r"^(?:[Tt]he\s+)?\S.*?\s+in\s+(?:the\s+)?(?P<place>[A-Z].*)$")


# A named person with their affiliation: "Amy Vaughn of the U.S. Geological Survey".
_PERSON_OF = re.compile(r"^[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){1,3}\s+(?:of|at|from)\s")
# The last word of a body's name, never a person's ("Philippine Institute of ...").
_ORGANISATION_WORDS = frozenset(
    "Institute University Department Ministry Bureau Office Agency Council Commission Centre "
    "Center Service Survey Bank Association Society Board Authority Court School College "
    "Academy Foundation Fund Organization Organisation Party Union Federation Committee "
    "Republic Kingdom Government Chamber Program Programme School Project".split()
)


# The roles a body's head or voice holds ("Director", "Governor", "spokesman").
_HEAD_ROLES = (
    r"[Dd]irector|[Cc]hairman|[Cc]hairwoman|[Pp]resident|[Ss]ecretary|[Mm]inister|"
    r"[Cc]ommissioner|[Gg]overnor|spokes(?:man|woman|person)|[Cc]hief|[Hh]ead|[Aa]dministrator|"
    r"[Mm]ayor|[Aa]mbassador|[Ee]nvoy|[Cc]o-?ordinator|[Bb]oss|CEO|[Ff]ounder|[Mm]anager|"
    # a body's doctor or lawyer: "MSF doctor Mohammed Musoke", "U.S. Attorney Ann Roe"
    r"doctor|physician|surgeon|lawyer|[Aa]ttorney|[Pp]rosecutor|[Jj]udge|"
    # a police or military rank: "Police Superintendent Jane Derrick"
    r"[Ss]uperintendent|[Cc]onstable|[Cc]ommander|[Ss]ergeant|[Cc]aptain|[Ll]ieutenant"
)
# A named person after their body and role: "Census Bureau Director Kenneth Prewitt", "FEMA
# Region 1 Regional Administrator Lori Ehrlich", "National Weather Service meteorologist Mike
# Leary" (a trade in "-ist": economist, scientist, seismologist).
_BODY_ROLE_PERSON = re.compile(
    r"^(?:(?:[A-Z][\w.’'&-]*|\([A-Z][\w&]{1,9}\))\s+(?:\d{1,3}\s+)?(?:(?:of|for|and|the)\s+)*){1,6}"
    r"(?:[a-z-]+\s+){0,2}"  # (an acronym in brackets: "UN Development Programme (UNDP)")
    rf"(?:(?:[A-Z][a-z]+-)?(?:{_HEAD_ROLES})(?:-[A-Z][a-z]+)?|[Rr]epresentative|[Oo]fficial|"
    r"[Oo]fficer|analyst|researcher|[a-z]+ist|forecaster|expert|engineer|inspector|"
    r"investigator|[Pp]rofessor)\s+"
    # the role's field or region, and a title ("WHO Regional Director for Africa Luis Sambo",
    # "WHO Director-General Dr. Margaret Chan")
    r"(?:(?:for|of)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}\s+)?(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?"
    r"(?P<person>[A-Z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+){1,2})$"
)


_ROLE_END = re.compile(rf"\b(?:{_HEAD_ROLES})$")


def _person_of(name: str) -> str | None:
    """The person of "PERSON of/at/from BODY" ("Amy Vaughn") or of "BODY ROLE PERSON"
    ("Kenneth Prewitt" of "Census Bureau Director Kenneth Prewitt"), or None."""
    titled = _BODY_ROLE_PERSON.match(name)
    if titled and titled.group("person").split()[-1] not in _ORGANISATION_WORDS:
        return titled.group("person")  # (not "Harbour Officer Training School")
    found = _PERSON_OF.match(name)
    if found is None:
        return None
    person = name[: found.end()].rsplit(None, 1)[0]
    return None if person.split()[-1] in _ORGANISATION_WORDS else person


def person_in(name: str) -> str | None:
    """The person a name of "PERSON of BODY" or "BODY ROLE PERSON" gives, or None."""
    return _person_of(name.strip())


def person_of(a: str, b: str) -> bool:
    """One name is a person with their affiliation, the other is not: a spokesperson and the
    body they speak for are two sources ("Amy Vaughn of the U.S. Geological Survey" and "the
    U.S. Geological Survey", "Census Bureau Director Kenneth Prewitt" and "Census Bureau")."""
    for first, second in ((a.strip(), b.strip()), (b.strip(), a.strip())):
        person = _person_of(first)
        if person and not _person_of(second):
            role = _ROLE_END.search(second)
            if role and re.search(rf"\b{role.group(0)}\b", first, re.I):
                return False  # "Harbour Bank Governor", "the governor": the role they hold
            surname = person.split()[-1]
            if re.search(rf"\b{re.escape(surname)}\b", second):
                return False  # "Governor Ruiz": a second reference
            return not names_overlap(person, second)  # not "Vaughn", a second reference
    return False


def people_of(a: str, b: str) -> bool:
    """One name is people described by the other ("Analysts polled by AGNA" and "AGNA"):
    two sources, though one's words stand in the other."""
    for first, second in ((a, b), (b, a)):
        found = _PEOPLE_OF.match(first.strip())
        if found and names_overlap(found.group("body"), second):
            return True
    return False


# What is no word of a name: a possessive, punctuation ("Korea’s KCTV" -> "Korea KCTV").
_NOT_A_WORD = re.compile(r"[’'`]s\b|[^\w\s]")


def _name_words(name: str) -> list[str]:
    """The words of a name as written (case kept, so an acronym is known), without "the" and
    without the acronym it gives in brackets at its end ("... Organization (FAO)")."""
    name = re.sub(r"\s*\([A-Z][A-Z&]{1,7}\)$", "", name.strip())
    words = _NOT_A_WORD.sub(" ", name).split()
    return words[1:] if words and words[0].casefold() == "the" else words


def _spelled(short: list[str], long: list[str]) -> int | None:
    """How many of ``long``'s leading words ``short`` stands for, word by word, where a word
    in capitals may be the initials of a run of them ("UN" for "United Nations"); None when
    it does not."""
    at = 0
    for word in short:
        if at < len(long) and word.casefold() == long[at].casefold():
            at += 1
            continue
        if not (word.isupper() and len(word) >= 2):
            return None
        run = long[at : at + len(word)]
        if len(run) < len(word) or "".join(w[0] for w in run).casefold() != word.casefold():
            return None
        at += len(word)
    return at


def spelled_alike(a: str, b: str) -> bool:
    """Two names the same but for an acronym spelled out in one ("UN Food and Agricultural
    Organization" and "United Nations Food and Agricultural Organization")."""
    first, second = _name_words(a), _name_words(b)
    if not first or not second:
        return False
    return any(_spelled(a, b) == len(b) for a, b in ((first, second), (second, first)))


def short_form(short: str, long: str) -> bool:
    """``short`` is the leading words of ``long``, shorter: "UN" of "UN Office for the
    Coordination of Humanitarian Affairs", "the United Nations" of "United Nations Children's
    Fund", "UN" of "United Nations Development Programme" (an acronym standing for its words);
    not the author of ``long`` ("BBC" of "BBC global poll": a document is a source of its own)."""
    first, second = _name_words(short), _name_words(long)
    took = _spelled(first, second) if first else None
    if took is None or took >= len(second):
        return False
    return not (_DOCUMENT_END.search(long) and not _DOCUMENT_END.search(short))


_DOCUMENT_END = re.compile(
    r"\b(?:polls?|surveys?|reports?|study|studies|statements?|data|figures|census|filings?)$",
    re.I,
)


def name_key(name: str) -> str:
    """``name`` casefolded, possessives and punctuation dropped: "Korea’s KCTV" -> "korea kctv"."""
    return " ".join(_NOT_A_WORD.sub(" ", name.casefold()).split())


# What kind of source a name is, by the words news writing uses for each (first match wins).
_KINDS: list[tuple[SourceKind, re.Pattern[str]]] = [
    ("anonymous_official", re.compile(
        r"^(?:(?:an?|the|one|two|several|some|many|other|unnamed|senior)\s+)*(?:[\w’'-]+\s+)?"
        r"(?:officials?|sources?|people familiar|insiders?|diplomats?|aides?)\b", re.I)),
    ("state_media", re.compile(
        r"\b(?:state (?:media|television|tv|news|broadcaster)|KCNA|KCTV|Korean Central|Xinhua|"
        r"TASS|RIA|CCTV|IRNA|SPA|Rodong)\b", re.I)),
    ("news_agency", re.compile(
        r"\b(?:Reuters|Associated Press|AP|AFP|Agence France|Yonhap|Kyodo|Bloomberg|"
        r"Interfax|Anadolu|ANSA|EFE|dpa|Bernama|PTI|news agency|ABC News|BBC|CNN|CBS News|"
        r"NHK|newspaper|Gazette|Times|Post|Daily|Herald|Journal)\b")),
    ("intelligence", re.compile(r"\b(?:intelligence|GUR|CIA|NIS|MI6|SBU|FSB|spy agency)\b", re.I)),
    ("military", re.compile(
        r"\b(?:military|army|navy|air force|armed forces|defen[cs]e ministry|ministry of "
        r"defen[cs]e|pentagon|general staff|commander|troops|forces|marines|coast guard)\b",
        re.I)),
    ("company", re.compile(
        r"\b(?:Inc|Corp|Co|Ltd|plc|AG|SA|GmbH|company|firm|group|bank(?! of)|"
        r"chief executive|CEO|pollsters?|GlobeScan|Gallup|Ipsos)\b")),
    ("expert", re.compile(
        r"\b(?:analysts?|economists?|experts?|professors?|researchers?|scientists?|"
        r"scholars?|university)\b", re.I)),
    ("document", re.compile(r"\b(?:report|survey|study|poll|data|filing|statement|budget|"
                            r"figures|census|results)\b", re.I)),
    ("government", re.compile(
        r"\b(?:ministry|minister|ministers|government|president|prime minister|premier|"
        r"authorit(?:y|ies)|police|agency|department|office|bureau|central bank|council|"
        r"commission|embassy|mayor|governor|spokes\w+|state department|chancellor|"
        r"secretary|cabinet|parliament|administration|United Nations|UN\b|civil defen[cs]e)\b",
        re.I)),
]  # fmt: skip


def kind_of(name: str) -> SourceKind:
    """The kind of source ``name`` is (the brief's vocabulary), read off its words; "other"
    when none tells."""
    if AUTHORED.search(name):
        return "document"
    for kind, pattern in _KINDS:
        if pattern.search(name):
            return kind
    return "other"


# A body's own word, which names it: "Census Bureau", "Department of Commerce".
BODY_WORDS = (
    r"(?:Department|Ministry|Agency|Bureau|Office|Service|Administration|Institute|Commission|"
    r"Authority|Council|Centers?|Centres?)"
)
# Two bodies named together, each by a body's word, after their owner perhaps: "the Commerce
# Department’s Census Bureau and Bureau of Economic Analysis".
_BODY = (
    rf"(?:[A-Z][\w.&-]*\s+){{0,4}}{BODY_WORDS}"
    # (words apart by spaces: "\s*" let one long word split many ways, in cubic time)
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})?"
)
_JOINT_BODIES = re.compile(
    rf"^(?:[Tt]he\s+)?(?:(?:[A-Z][\w.&-]*\s+){{1,3}}[\w.&-]*['’]s\s+)?(?P<a>{_BODY})\s+and\s+"
    rf"(?:the\s+)?(?P<b>{_BODY})$"
)


_JOINT_ACRONYMS = re.compile(
    r"^(?:[Tt]he\s+)?(?P<a>[A-Z]{2,}[a-z]?)\s+and\s+(?:the\s+)?(?P<b>[A-Z]{2,}[a-z]?)$"
)


# Kinds of people who say a thing together ("witnesses and officials said"): each a source.
PEOPLE_PLURAL = (
    r"(?:officials|witnesses|eyewitnesses|residents|sources|analysts|experts|doctors|police|"
    r"survivors|activists|diplomats|elders|villagers|locals|rescuers|workers|lawmakers|"
    r"authorities|medics|soldiers|relatives|traders|organizers|organisers|investigators)"
)
_JOINT_PEOPLE = re.compile(
    rf"^(?P<a>(?:[\w-]+\s+){{0,2}}{PEOPLE_PLURAL})\s+and\s+(?P<b>(?:[\w-]+\s+){{0,2}}{PEOPLE_PLURAL})$",
    re.I,
)


def joint_bodies(name: str) -> list[str]:
    """The two bodies ``name`` names together ("Census Bureau", "Bureau of Economic Analysis"
    of "the Commerce Department’s Census Bureau and Bureau of Economic Analysis"), each of two
    words or more, or two acronyms ("UNICEF and WFP"); none for one body's name ("Department
    of Health and Human Services")."""
    acronyms = _JOINT_ACRONYMS.match(name.strip()) or _JOINT_PEOPLE.match(name.strip())
    if acronyms:  # (or two kinds of people: "witnesses and officials")
        return [acronyms.group("a"), acronyms.group("b")]
    found = _JOINT_BODIES.match(name.strip())
    if found is None:
        return []
    parts = [found.group("a").strip(), found.group("b").strip()]
    return parts if all(len(p.split()) >= 2 for p in parts) else []
