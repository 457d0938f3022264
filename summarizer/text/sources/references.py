"""Second references to a source, resolved to the name the article first gave it.

News writing names a source in full once and then refers back to it short; a brief names it
in full every time. The conventions:

- a definite description stands for the nearest body named before it with the same head noun:
  "the Federal Network Agency ... the agency said", "the Bank of Korea ... the central bank
  estimated", "Kumamoto prefectural government ... according to the prefecture";
- "the company" (or "the firm", "the board") stands for the company the story is about, the
  first it names; "the airline" for the nearest airline named before ("... Air", "... Airways");
- a document first introduced with an indefinite article is "the" document afterwards: "said in
  a filing with the Saudi Exchange ... according to the filing";
- a shortened proper name stands for the longer one it ends ("the Ukrainian Air Force ... the
  Air Force said"; "A Kenya Red Cross spokesman ... The Red Cross says": Kenya Red Cross),
  not for two names joined ("Bush and Senate Republicans ... The Republicans");
- "the pollster" stands for the one whose poll the article named last ("a new Gallup poll ...
  the pollster said"); "the poll" for the poll by whoever the article says conducted it ("The
  poll was conducted by the Associated Press and ..."), wherever it says so;
- a role held by one person the article names next with its title is that person ("The
  Haitian government Communications Minister states ..." then "Minister Marie-Laurence
  Jocelyn Lassegue commented"), unless that holder carries another qualifier;
- an unnamed spokesperson speaks for the body ("a ministry spokesman said" after "the Ministry
  of Health" is the ministry: unnamed spokespeople are merged into their body);
- an organisation introduced as "Full Name (ACR)" is called by its acronym afterwards; an
  acronym of three letters or more that the article uses stands for the name it spells ("The
  International Monetary Fund ... the IMF said");
- a body called by its field stands for the full name that holds it ("the Federal Ministry
  for Economic Affairs ... the Economy Ministry", "the Ministry of Health ... the Health
  Ministry");
- "the group", "the organisation" stand for the nearest organisation named before it
  ("Family Research Council Action ... the group said"), and so does a description by place
  ("the Washington-based agency") when no body was named with its head noun;
- a person is named in full once, then by surname, with or without a title, of one word or
  several: "Prof. Cres Eastman ... Professor Eastman says", "Ann Lee ... Lee said", "prosecutor
  Josh Bash ... U.S. Attorney Bash" stand for the full name;
- "the centre" (or "center", spelled either way) stands for the centre named before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.text.layout import WEEKDAY_NAMES
from summarizer.text.sentences import sentence_around
from summarizer.text.sources.names import AUTHORED, BODY_WORDS, OPENING_CONJUNCTIONS, unnamed

__all__ = [
    "PERSONS_PEOPLE",
    "TITLES",
    "TITLE_WORDS",
    "UN_BODY",
    "acronym_name",
    "full_name",
    "named_person",
    "organisation_like",
    "people_in",
    "person_before",
    "resolve_reference",
]

# Heads of a description that refers back to an organisation or a document named before.
_BODIES = (
    "ministry|agency|bank|prefecture|department|office|bureau|council|commission|institute|"
    "university|court|committee|authority|service|embassy|observatory|archive|centre|center"
)
_DOCUMENTS = "filing|report|survey|poll|study|document|statement|assessment|review|audit|database"
_HEADS = f"{_BODIES}|{_DOCUMENTS}"
_DESCRIPTION = re.compile(
    # ("Today's report", "Friday's survey": the one of that day the article named)
    # ("the Observatory": a head capitalised alone is still the one named in full before)
    rf"^(?:[Tt]he|[Tt]his|[Tt]hat|(?:[Tt]oday|{WEEKDAY_NAMES})['’]s)\s+(?P<mods>(?:[a-z][\w-]*\s+){{0,2}})"
    rf"(?P<head>{_HEADS}|(?<=[Tt]he\s)(?:{_HEADS.title()}))$"
)
_COMPANY = re.compile(
    r"^the\s+(?:company|firm|board|group|carrier|airline|operator|utility)$", re.I
)
# "the pollster", "the polling firm": the one whose poll the article named ("a Gallup poll").
_POLLSTER = re.compile(r"^the\s+(?:pollster|polling\s+(?:firm|company|organi[sz]ation))$", re.I)
_POLL_BY = re.compile(
    r"\b(?:(?:The|A|An)\s+)?(?P<name>(?!(?:The|A|An)\b)[A-Z][\w&’'/-]*"
    r"(?:[ -](?:[A-Z][\w&’'/-]*|of|and))*)"
    r"(?:['’]s)?"
    r"\s+(?:(?:opinion|public|new|latest)\s+)?(?:polls?|surveys?)\b"
    r"|\b(?:polls?|surveys?)\s+(?:conducted\s+|carried\s+out\s+)?by\s+(?:the\s+)?"
    r"(?P<by>[A-Z][\w&’'/-]*(?:\s+(?:[A-Z][\w&’'/-]*|of|and))*)"
)
_COMPANY_NAME = re.compile(
    r"\b(?:Co|Corp|Inc|Ltd|plc|AG|SA|SE|NV|GmbH|Company|Corporation|Group|Holdings?|"
    r"Industries|Airlines?|Motors|Bank)\b\.?"
)
# "the group", "the organisation": the nearest organisation named before (by its name's words).
_GROUP = re.compile(
    r"^the\s+(?P<head>group|organi[sz]ation|association|coalition|alliance|charity|federation|"
    r"society|league|network|movement)$",
    re.I,
)
_BASED = re.compile(
    r"^[Tt]he\s+(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.’'-]*-based\s+(?:[a-z]+\s+)?(?P<head>agency|group|"
    r"organi[sz]ation|fund|bank|lender|institute|body|watchdog|charity|tank|monitor|"
    r"association|council|federation|union|alliance|coalition|network)$"
)
# ... and by its family: "According to the UN agency" after "The World Food Programme (WFP)":
# the nearest United Nations body named before (:data:`UN_BODY`: a United Nations body).
_UN_DESCRIPTION = re.compile(
    r"^[Tt]he\s+(?:UN|U\.N\.|United\s+Nations)\s+(?:[a-z]+\s+)?(?:agency|body|organi[sz]ation|"
    r"fund|programme|office|mission)$"
)
UN_BODY = re.compile(
    r"\b(?:United\s+Nations|UN|U\.N\.|World\s+Food\s+Programme|World\s+Health\s+Organi[sz]ation|"
    r"Children's\s+Fund|High\s+Commissioner\s+for\s+Refugees|Development\s+Programme|"
    r"Food\s+and\s+Agricultur\w*\s+Organi[sz]ation|UNICEF|UNHCR|UNDP|UNFPA|UNESCO|UNRWA|OCHA|"
    r"WFP|WHO|FAO|IAEA|ILO|UNAIDS)\b"
)
_ORGANISATION_NAME = re.compile(
    r"\b(?:Council|Association|Group|Action|Committee|Foundation|Institute|Society|Federation|"
    r"League|Union|Alliance|Coalition|Network|Party|Fund|Trust|Centre|Center|Watch|Programme|"
    r"International|Movement|Organi[sz]ation|Campaign|Forum|Observatory)\b"
)
_SPOKESPERSON = re.compile(
    rf"^(?:[Aa]n?|[Tt]he)\s+(?P<body>(?:[a-z][\w-]*\s+){{0,2}}?(?:{_BODIES}|government|police|"
    r"army|military))\s+spokes(?:man|woman|person)$"
)
_SPOKESPERSON_FOR = re.compile(
    r"^(?:an?|the)\s+spokes(?:man|woman|person)\s+for\s+(?P<body>.+)$", re.I
)
# A run of capitalised words, with the small words names hold ("Bank of Korea").
# A word ending in a full stop goes on only when it is an abbreviation ("Co.", "U.S."), not
# at a sentence's end ("... Office. The ministry").
_WORD = r"(?:(?:[A-Z]\.){2,}|(?:Co|Corp|Inc|Ltd|Bros|St|Dr|Mt|Jr|Sr)\.|[A-Z][\w’'&-]*)"
# (within a line: a headline's last words and the next line's first are no one name)
_PROPER = re.compile(
    rf"{_WORD}(?:[^\S\n]+(?:(?:of|for|and|the|on|de|du|des|la|le)[^\S\n]+)*{_WORD})*"
)
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")
# A body called by its field: "the Economy Ministry", "Health Department".
_FIELD_BODY = re.compile(
    r"^(?:[Tt]he\s+)?(?P<field>[A-Z][a-z]{3,})\s+(?P<head>Ministry|Department|Agency|Office|"
    r"Commission|Committee|Bureau)$"
)
_LOOKBACK = 3000


def _forms(head: str) -> set[str]:
    """A head noun, its plural and its adjective ("prefecture", "prefectural"); not another
    word it starts ("minister" is not "ministry")."""
    head = head.lower()
    forms = {head, head + "s", head + "al", head[:-1] + "al"}
    if head.endswith("y"):
        forms.add(head[:-1] + "ies")
    if head in ("centre", "center"):  # spelled either way ("the centre" of a "... Center")
        forms |= {"centre", "centres", "center", "centers"}
    return forms


def _has_head(name: str, head: str) -> bool:
    forms = _forms(head)
    return any(w.lower() in forms for w in re.findall(r"[\w-]+", name))


def _named_with(candidates: list[tuple[int, str]], head: str, *, first: bool) -> str:
    """The name with ``head`` named first (a body: the one the story introduced in full), or
    last (a document: the one just mentioned)."""
    fitting = sorted((at, name) for at, name in candidates if _has_head(name, head))
    if not fitting:
        return ""
    return fitting[0][1] if first else fitting[-1][1]


def _joint_parts(candidates: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Each name of a joint one on its own ("The World Food Programme and Oxfam")."""
    return [
        (at, part) for at, name in candidates for part in re.split(r"\s+and\s+(?:the\s+)?", name)
    ]


_AIRLINE_NAME = re.compile(r"(?i:air(?!port)|jet|\baer\b)")  # ("Ryanair", "Sky Air")


def _first_company(candidates: list[tuple[int, str]]) -> str:
    """The company a business story is about: the first one it names."""
    companies = [(at, name) for at, name in candidates if _COMPANY_NAME.search(name)]
    return min(companies)[1] if companies else ""


def _candidates(
    text: str, before: int, named: list[tuple[int, str]], lookback: int = _LOOKBACK
) -> list[tuple[int, str]]:
    """Names standing before ``before``: the sources already named, and proper names."""
    low = max(0, before - lookback)
    found = [(at, name) for at, name in named if low <= at < before]
    low = max(low, _title_case_end(text))  # a headline in title case names no one
    found += [(m.start(), m.group(0)) for m in _PROPER.finditer(text, low, before)]
    return found


_HEADLINE_MOST = 300


def _title_case_end(text: str) -> int:
    """Where the text's first line ends when it is a headline in title case ("Post-Election
    Poll Sees Obama's Approval Up"), else 0."""
    end = text.find("\n", 0, _HEADLINE_MOST)
    if end < 0:
        return 0  # no headline line: one long line, or a headline past any headline's length
    line = text[:end]
    words = re.findall(r"[A-Za-z][\w’'-]*", line)
    if len(words) < 4 or sum(w[0].isupper() for w in words) < 0.7 * len(words):
        return 0
    return len(line)


def _indefinite(text: str, before: int, head: str) -> str:
    """ "a filing with the Saudi Exchange" before "the filing": the document, without its
    article, up to the end of its clause."""
    pattern = re.compile(rf"\b(?:a|an)\s+((?:[a-z][\w-]*\s+){{0,2}}{head}\b[^,;:.()“”\"]*)", re.I)
    found = list(pattern.finditer(text, max(0, before - _LOOKBACK), before))
    if not found:
        return ""
    phrase = found[-1].group(1).strip()
    return phrase if len(phrase.split()) > 1 else ""


def _authored_before(text: str, before: int, head: str) -> str:
    """ "the June 2011 ... report by the Census Bureau" before "Today's report": the document
    by its author, as the article names them (to the end of the clause)."""
    pattern = re.compile(
        rf"\b{head}\s+(?:by|from)\s+(?P<by>(?:the\s+)?[A-Z][^,;:.()“”\"]*"
        r"(?:(?<=\b[A-Z])\.[^,;:()“”\"]*?)*)(?=[,;:.()“”\"]|$)",
    )
    found = list(pattern.finditer(text, max(0, before - _LOOKBACK), before))
    return f"{head} by {found[-1].group('by').strip()}" if found else ""


# Words a body's full name holds beside its field: "the Federal Ministry for Economic Affairs".
_NAME_FILLER = frozenset({"the", "of", "for", "and", "affairs", "federal", "national", "state"})


def _holds_field(name: str, head: str, stem: str) -> bool:
    """``name`` is "HEAD of/for FIELD" with nothing else but filler words ("Ministry of
    Health"; not "Ministry of Foreign Trade" for "the Foreign Ministry")."""
    found = re.search(rf"\b{head}\s+(?:of|for)\s+(?P<rest>.+)$", name, re.I)
    if found is None:
        return False
    words = [w.lower() for w in re.findall(r"[\w’'-]+", found.group("rest"))]
    fields = [w for w in words if w not in _NAME_FILLER]
    return len(fields) == 1 and fields[0].startswith(stem)


# A person's people: "Yahya Jammeh's critics" are a source apart from Yahya Jammeh.
PERSONS_PEOPLE = r"(?:critics|supporters|opponents|allies|lawyers|aides|relatives|family)"
# People of a person not named here: "the president's supporters", "his critics".
_OWNED_GROUP = re.compile(
    r"^(?:(?P<pronoun>[Hh]is|[Hh]er)|(?P<owner>[Tt]he\s+[a-z]+)['’]s)\s+"
    rf"(?P<group>{PERSONS_PEOPLE})$"
)

_PERSONS_PEOPLE_NAMED = re.compile(rf"^(?P<person>.+?)['’]s\s+{PERSONS_PEOPLE}$")


def _owned_group(
    name: str, owned: re.Match[str], text: str, at: int, named: list[tuple[int, str]]
) -> str:
    """``name``'s people with their person named ("Yahya Jammeh's supporters"): the holder
    of a role ("the president" named "President Yahya Jammeh"), or, for "his"/"her", the
    person whose people the article named just before ("The president's supporters say ...
    But his critics say"); else ``name`` (the nearest person named is no safe guess)."""
    group = owned.group("group")
    if owned.group("owner"):
        owner = resolve_reference(owned.group("owner"), text, at, named)
        return name if owner == owned.group("owner") else f"{owner}'s {group}"
    for start, earlier in sorted(named, reverse=True):
        if not max(0, at - _LOOKBACK) <= start < at:
            continue
        people = _PERSONS_PEOPLE_NAMED.match(earlier)
        if people:
            return f"{people.group('person')}'s {group}"
        if named_person(earlier, text):  # a person named nearer: "his" may be theirs
            break
    return name


# A second mention of one unnamed speaker: "the spokesman", "the official", "the source"
# (the one the article introduced before: "a spokesman for ...", "an unnamed official").
_SECOND_MENTION = re.compile(r"^[Tt]he\s+(?P<role>spokes(?:man|woman|person)|official|source)$")
_ROLE_WINDOW = 60  # characters around an earlier source's name where its role may stand


def _has_role(
    word: str, text: str, span: tuple[int, int], at: int, named: list[tuple[int, str]]
) -> bool:
    """Whether the source named at ``span`` carries the role ``word`` (a pattern): the word
    within :data:`_ROLE_WINDOW` characters of it in its sentence (before ``at``), nearer to
    it than to any other source named there ("a spokesman for Kofi Annan, Ann Lee, said";
    not the spokesman of the source named next to it)."""
    start, end = span
    s_start, s_end = sentence_around(text, start, end)
    low, high = max(s_start, start - _ROLE_WINDOW), min(at, s_end, end + _ROLE_WINDOW)
    others = [(s, s + len(n)) for s, n in named if s != start and s_start <= s < s_end]
    for role in re.finditer(rf"\b{word}s?\b", text[low:high], re.I):
        spot = low + role.start()
        near = _distance(spot, start, end)
        if all(near <= _distance(spot, o_start, o_end) for o_start, o_end in others):
            return True
    return False


def _distance(spot: int, start: int, end: int) -> int:
    """Characters from ``spot`` to the span ``start``-``end`` (0 inside it)."""
    return max(start - spot, spot - end, 0)


def resolve_reference(name: str, text: str, at: int, named: list[tuple[int, str]]) -> str:
    """The full name ``name`` (a source as written at ``at``) refers back to, or ``name``.

    ``named``: (offset, name) of the sources attributed before, as the article names them.
    """
    bare = name.strip()
    owned = _OWNED_GROUP.match(bare)
    if owned:  # "the president's supporters", "his critics": the people of the person named
        return _owned_group(name, owned, text, at, named)
    again = _SECOND_MENTION.match(bare)
    if again:  # "The spokesman said" after "a spokesman for Kofi Annan said": that source
        role = again.group("role").lower()
        word = r"spokes(?:man|woman|person)" if role.startswith("spokes") else role
        for start, earlier in sorted(named, reverse=True):
            if max(0, at - _LOOKBACK) <= start < at and _has_role(
                word, text, (start, start + len(earlier)), at, named
            ):
                return earlier
        return name
    spokes = _SPOKESPERSON.match(bare) or _SPOKESPERSON_FOR.match(bare)
    if spokes:  # an unnamed spokesperson speaks for the body
        body = spokes.group("body")
        return resolve_reference(f"the {body}" if spokes.re is _SPOKESPERSON else body,
                                 text, at, named)  # fmt: skip
    titled = _ROLE_HOLDER.match(bare)
    if titled and not re.match(r"[Tt]he\s", bare):  # a headline's "Census Bureau Director
        # Says": the person the article names with the whole role ("Census Bureau Director
        # Kenneth Prewitt"), not any "Director X"
        whole_role = re.compile(
            rf"{re.escape(bare)}\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,3}})"
        )
        held = whole_role.search(text, at + len(bare))
        if held:
            return held.group("name")
        titled = None
    if titled:  # "The Haitian government Communications Minister states ..." then "Minister
        # Marie-Laurence Jocelyn Lassegue commented": the holder the article names
        holder = _holder(text, at, bare, titled.group("title"))
        if holder:
            return holder
    candidates = _candidates(text, at, named)
    if _POLLSTER.match(bare):  # "the pollster said" after "a new Gallup poll": Gallup
        polls = list(_POLL_BY.finditer(text, max(0, at - _LOOKBACK), at))
        if polls:
            return polls[-1].group("name") or polls[-1].group("by")
    if _COMPANY.match(bare):
        everyone = _candidates(text, at, named, lookback=len(text))
        if bare.lower().endswith("airline"):  # an airline's name, the nearest ("Boeing sold
            airlines = [(a, n) for a, n in everyone if _AIRLINE_NAME.search(n)]  # jets to Sky
            airline = max(airlines)[1] if airlines else name  # Air. The airline said": Sky
            return re.sub(rf"\s+on\s+(?:{WEEKDAY_NAMES})$", "", airline)  # Air; not "on Monday")
        company = _first_company(everyone)
        if company or not _GROUP.match(bare):
            return company or name
    grouped = _GROUP.match(bare)
    head = grouped.group("head").lower() if grouped else ""
    collective = re.compile(rf"\b(?:a|an)\s+(?:[a-z][\w-]*\s+){{0,2}}{head}\s+of\b", re.I)
    if grouped and not collective.search(text, max(0, at - _LOOKBACK), at):
        # "the group said" after "Family Research Council Action" (not after "a group of
        # scientists"): the nearest organisation, one named with the head noun first
        parts = _joint_parts(candidates)
        bodies = [(a, p) for a, p in parts if _ORGANISATION_NAME.search(p) and " " in p]
        headed = [(a, p) for a, p in bodies if head in p.lower()]
        if headed or bodies:
            return max(headed or bodies)[1]
    if _UN_DESCRIPTION.match(bare):  # "the UN agency": the nearest UN body named before
        parts = _joint_parts(candidates)
        bodies = [(a, p) for a, p in parts if UN_BODY.search(p) and p.strip() != bare]
        body = max(bodies)[1] if bodies else name
        return (acronym_name(body, text) or body) if _ACRONYM.match(body) else body
    based = _BASED.match(bare)
    if based:  # "the Washington-based agency": the body by that head, else the nearest body
        plain = f"the {based.group('head')}"
        found = resolve_reference(plain, text, at, named)
        if found != plain:
            return found
        bodies = [(a, n) for a, n in candidates if _ORGANISATION_NAME.search(n) and " " in n]
        return max(bodies)[1] if bodies else name
    description = _DESCRIPTION.match(bare)
    if description:
        head = description.group("head")
        body = re.fullmatch(_BODIES, head.lower()) is not None
        found = _named_with(
            [
                (a, n) for a, n in _candidates(text, at, named, lookback=len(text))
                if (n[:1].isupper() or n.lower().startswith("the ") or AUTHORED.search(n))
                and not (body and AUTHORED.search(n))  # a report by the agency is no agency
            ],
            head,
            first=body,
        )  # fmt: skip
        if found and found.lower() not in (bare.lower(), f"the {head.lower()}"):
            return found
        if head.lower() == "agency":  # "The agency said" after "the UN health agency the
            # World Health Organization (WHO)": an agency is rarely named with the word
            bodies = [
                (a, n) for a, n in _joint_parts(candidates)
                if (UN_BODY.search(n) or _ORGANISATION_NAME.search(n)) and " " in n
            ]  # fmt: skip
            if bodies:
                return max(bodies)[1]
        conducted = _conducted(text) if head.lower() in ("poll", "survey") else None
        if conducted and conducted.group("head").lower() == head.lower():
            # "The poll, released Friday, says ..." then "The poll was conducted by the
            # Associated Press and ...": the poll by them, wherever the article says so
            return f"{head.lower()} by {conducted.group('by')}"
        return _indefinite(text, at, head) or _authored_before(text, at, head) or name
    field = _FIELD_BODY.match(bare)
    if field:  # "the Economy Ministry" after "the Federal Ministry for Economic Affairs"
        stem = field.group("field")[:5].lower()
        head = field.group("head").lower()
        full = [
            (a, n) for a, n in _candidates(text, at, named, lookback=len(text))
            if _holds_field(n, head, stem)
        ]  # fmt: skip
        if full:
            return min(full)[1]
    surname = _SURNAME_REFERENCE.match(bare)
    long_title = _LONG_TITLE_SURNAME.match(bare)
    if (
        surname is None
        and long_title is not None
        and _TITLE_WORD.match(bare[: long_title.start("surname")].split()[-1])
    ):  # "U.S. Attorney Bash" after "prosecutor Josh Bash": a title of several words
        surname = long_title
    if surname and not unnamed(bare, ""):  # "Professor Eastman"; not "Officials"
        person = person_before(surname.group("surname"), text, at)
        if person:
            return person
    shortened = re.match(r"^[Tt]he\s+(?P<rest>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)$", bare)
    if shortened:  # "the Air Force" after "the Ukrainian Air Force" (also opening a
        # sentence: "The Red Cross says" after "A Kenya Red Cross spokesman"; not after two
        # names joined, "Bush and Senate Republicans")
        rest = shortened.group("rest")
        longer = [
            (a, re.sub(r"^(?:A|An)\s+", "", n)) for a, n in candidates
            if n.endswith(" " + rest) and len(n) > len(rest) + 4 and n.lower() != bare.lower()
            and " and " not in n
        ]  # fmt: skip
        if longer:
            return max(longer)[1]
    return acronym_name(bare, text) or name


def _holder(text: str, at: int, role: str, title: str) -> str | None:
    """The one person the article names next with ``title`` ("Minister Ann Roe") in the
    paragraphs after the ``role`` at ``at``, with no other qualifier than the role's own
    ("Prime Minister John Key" holds no "Foreign Minister"; nor does "Minister Ali Khan, the
    education minister"); else the one person it named so before ``at``, with any qualifier
    where the role has none; None when it names none or more than one."""
    pattern = re.compile(
        rf"(?:(?P<qualifier>[A-Z][\w’'-]*)[^\S\n]+)?\b(?i:{re.escape(title)})[^\S\n]+"
        # (a middle initial too: "Judge Michael H. Watson")
        r"(?P<name>[A-Z][\w’'-]+(?:[^\S\n]+(?:[A-Z]\.|[A-Z][\w’'-]+)){0,3}[^\S\n]+[A-Z][\w’'-]+)"
        r"(?P<aside>,\s+the\s+[^,.;]{1,40})?"
    )
    words = {w.lower() for w in re.findall(r"[\w’'-]+", role)}
    names = set()
    for m in pattern.finditer(text, at, min(len(text), at + _HOLDER_REACH)):
        qualifier = m.group("qualifier")
        aside = m.group("aside") or ""
        other = set(re.findall(r"[\w’'-]+", aside.lower())) - words - {"the", title.lower()}
        if (qualifier and qualifier.lower() not in words | {"the"}) or other:
            return None  # another holder of such a title: not this role's
        names.add(m.group("name"))
    if not names:  # named before, not after: "Pakistani President Mamnoon Hussain signed
        # ...", later "the president said" (the one holder the article names so)
        own = words - {"the", title.lower()}  # ("The Harbour President" is no holder
        names = {  # named "President Tom Lee": a qualified role wants its qualifier; a
            m.group("name")  # headline in title case names no one)
            for m in pattern.finditer(text, _title_case_end(text), at)
            if not own or (m.group("qualifier") or "").lower() in own
        }
    return names.pop() if len(names) == 1 else None


@lru_cache(maxsize=8)
def _conducted(text: str) -> re.Match[str] | None:
    """The article's sentence saying who conducted its poll (:data:`_CONDUCTED`), looked up
    once per article."""
    return _CONDUCTED.search(text)


# Who conducted the article's poll or survey, said of "the poll" anywhere in it.
_CONDUCTED = re.compile(
    r"\b[Tt]he\s+(?P<head>poll|survey)\s+was\s+(?:conducted|carried\s+out|commissioned|done)\s+"
    r"(?:jointly\s+)?by\s+(?P<by>(?:the\s+)?[A-Z][^.;:,()]{1,100}?)"
    r"(?=\s+(?:between|from|in|among|during|last|this|over)\b|\s*[.,;(])"
)
# A role held by one person: "the Haitian government Communications Minister", "the
# country's finance minister", a headline's "Census Bureau Director" (its title the last word).
_ROLE_HOLDER = re.compile(
    r"^(?:[Tt]he\s+(?:[\w’'-]+\s+){0,5}|(?:[\w’'-]+\s+){1,5})(?P<title>Minister|Secretary|"
    r"Governor|Mayor|Ambassador|"
    r"Commissioner|Chancellor|Director|President|Premier|Judge)$",
    re.I,
)
_HOLDER_REACH = 600

# Titles a surname may carry on second reference ("Professor Eastman", "Ms Buchtmann").
TITLES = (
    r"Mr|Mrs|Ms|Miss|Dr|Prof|Professor|President|Prime\s+Minister|Minister|Senator|Sen|Rep|"
    r"Representative|Gen|General|Col|Colonel|Judge|Justice|Mayor|Governor|Gov|Chancellor|"
    r"Secretary|Ambassador|Chairman|Chairwoman|Director|Inspector|Captain|Capt|Sheikh|"
    r"Spokesman|Spokeswoman|Spokesperson"
)
# A title's word, of a title of one word or several ("Assistant Attorney General",
# "Acting Special Agent", "Regional Administrator").
TITLE_WORDS = (
    rf"(?:{TITLES}|Attorney|Administrator|Commissioner|Assistant|Deputy|Acting|Special|Agent)"
)
_TITLE_WORD = re.compile(rf"^{TITLE_WORDS}\.?$")
# A title and a surname: "Prime Minister Varadkar", "Attorney Kirwin" (of "Acting U.S.
# Attorney Kirwin").
_SURNAME_REFERENCE = re.compile(rf"^(?:{TITLE_WORDS}\.?\s+)?(?P<surname>[A-Z][a-z][\w’'-]*)$")
# A title of several words before a surname: "Assistant Attorney General Hochman".
_LONG_TITLE_SURNAME = re.compile(r"^(?:[A-Z][\w.-]*\s+){2,4}(?P<surname>[A-Z][a-z][\w’'-]*)$")


def person_before(surname: str, text: str, before: int) -> str | None:
    """The person's full name the article gave last before ``before`` for a surname ("Cres
    Eastman" for "Eastman", "Max Peberdy" for a later "Peberdy"): one or two given names,
    titles left out, written as a person's (see :func:`_people`); None when the article never
    names them so."""
    named = [name for at, name in _people(text).get(surname, []) if at < before]
    return named[-1] if named else None


def people_in(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The persons ``text`` names between ``start`` and ``end`` (see :func:`_people`), as
    (offset of the full name, full name), in order."""
    found = []
    for named in _people(text).values():
        for at, person in named:
            where = text.find(person, at, end) if start <= at < end else -1
            if where >= 0:
                found.append((where, person))
    return sorted(found)


def full_name(name: str, text: str) -> str | None:
    """The person's full name the article gives for a title and a surname ("Leo Varadkar"
    for "Prime Minister Varadkar"): the first such :func:`_people` reads; None when ``name``
    is no title and surname, or the article never names the person so ("the current
    president, Donald Trump" is not read as a person's name: "President Trump" stays)."""
    bare = name.strip()
    titled = _SURNAME_REFERENCE.match(bare) or _LONG_TITLE_SURNAME.match(bare)
    if (
        titled is None
        or not _TITLE_WORD.match((bare[: titled.start("surname")].split() or [""])[-1])
        or unnamed(bare, "")
    ):
        return None
    named = _people(text).get(titled.group("surname"), [])
    return named[0][1] if named else None


def organisation_like(name: str) -> bool:
    """Whether ``name`` reads as an organisation's or a company's ("General Motors", "Harbour
    Group")."""
    return bool(_ORGANISATION_NAME.search(name) or _COMPANY_NAME.search(name))


def named_person(name: str, text: str) -> bool:
    """Whether ``text`` names ``name`` as a person's full name (see :func:`_people`)."""
    words = name.split()
    if (
        not words
        or "-based" in name
        or _ORGANISATION_NAME.search(name)
        or _COMPANY_NAME.search(name)
    ):
        return False  # "Dubai-based Meridian Capital", "Harbour Group"
    return any(full == name for _, full in _people(text).get(words[-1], []))


@lru_cache(maxsize=16)
def _people(text: str) -> dict[str, list[tuple[int, str]]]:
    """Every person's full name in ``text`` by surname, in order, read once. A name counts as
    a person's with a title or a role before it ("Prof. Cres Eastman", "spokeswoman Jennifer
    Chelune"), an appositive or an age after it ("Tomas Ekberg, a port engineer", "Ann Lee,
    54,"), or a verb of saying; never before a word of an organisation's name ("George
    Washington University"). A run of capitalised words that is no name is read again from
    its next word: "Liberia's President Ellen" is none, "President Ellen Johnson Sirleaf" is."""
    found: dict[str, list[tuple[int, str]]] = {}
    at = 0
    while (m := _PERSON.search(text, at)) is not None:
        person = _person_named(text, m)
        if person is None:
            second = _NEXT_WORD.search(text, m.start() + 1, m.end())
            at = second.start() if second is not None else m.end()
            continue
        at = m.end()
        found.setdefault(m.group("surname"), []).append((m.start(), person))
    return found


def _person_named(text: str, m: re.Match[str]) -> str | None:
    """The full name a :data:`_PERSON` match gives, when it is a person's (see :func:`_people`)."""
    words = m.group("given").split()
    titles = [i for i, w in enumerate(words) if _TITLE_WORD.match(w)]
    given = words[titles[-1] + 1 :][-2:] if titles else words[-2:]  # ("Prime Minister
    # Varadkar": no given name, not "Prime")
    if not given or not all(
        w[:1].isupper() and w.lower() not in _NOT_GIVEN and not w.endswith(("'s", "’s"))
        and not (w.isupper() and not _INITIAL.fullmatch(w))  # "US", not "L." in "Hilda L. Solis"
        and not (w.endswith(".") and len(w) > 3)  # "told Xinhua. Lai had": no given name
        for w in given
    ):  # fmt: skip
        return None
    if _ORGANISATION_AFTER.match(text, m.end()):
        return None
    lead = text[max(0, m.start() - 30) : m.start()]
    initialled = len(given) == 2 and _MIDDLE_INITIAL.fullmatch(" ".join(given)) is not None
    if (
        m.group("title")
        or initialled
        or _ROLE_BEFORE.search(lead)
        or _TITLE_OF_BODY.search(text[max(0, m.start() - 60) : m.start()])
        or _PERSON_AFTER.match(text, m.end())
    ):
        return " ".join([*given, m.group("surname")])
    return None


_INITIAL = re.compile(r"[A-Z]\.")
# A given name and a middle initial, the shape of a person's name ("Hilda L. Solis").
_MIDDLE_INITIAL = re.compile(r"[A-Z][a-z]+ [A-Z]\.")


# Where the next capitalised word of a run starts (a run read again from it).
_NEXT_WORD = re.compile(r"(?<=[ ])[A-Z]")
# Capitalised words before a surname that are no given name ("Professor", "The", "Says").
# (nor a conjunction opening a sentence: "As Heald told ...")
_NOT_GIVEN = frozenset(
    ["the", "a", "an", "and", "of", "in", "on", "at", "for", "says", "said", "told", "by",
     "with", "from", "but", "if", *OPENING_CONJUNCTIONS]
)  # fmt: skip
_PERSON = re.compile(
    rf"\b(?:(?P<title>{TITLES})\.?[ ]+)?(?P<given>(?:[A-Z][\w’'.-]*[ ]+){{1,2}})"
    r"(?P<surname>[A-Z][a-z][\w’'-]*)\b"
)
# A lower-case role right before a name: "researcher Mu Li", "spokeswoman Jane Roe".
_ROLE_BEFORE = re.compile(r"\b(?!(?:the|a|an|of|at|for|from|by|with|and|in|on|to)\b)[a-z]{3,}[ ]+$")
# A title of a body right before a name: "Secretary of Labor Alexander Acosta", "Minister for
# Foreign Affairs Ann Lee" (the body's capitalised words, then the person).
_TITLE_OF_BODY = re.compile(
    rf"\b(?:{TITLES})[ ]+(?:of|for)[ ]+(?:the[ ]+)?(?:[A-Z][\w&’'.-]*[ ]+(?:and[ ]+)?){{1,4}}$"
)
# An appositive, an age or a verb of saying after a name: "Ann Lee, a senator", "Ann Lee, 54".
_PERSON_AFTER = re.compile(
    r"(?:,[ ]+(?:[a-z]|\d{1,3}\b)|[ ]+(?:said|says|told|tells)\b"
    # (a role opening on a title's modifier: "Loretta King, Acting Assistant Attorney General")
    r"|,[ ]+(?:Acting|Deputy|Assistant|Special|Senior|Chief|Executive)[ ]+[A-Z])"
)
_ORGANISATION_AFTER = re.compile(
    r"[ ]+(?:University|College|Institute|Foundation|School|Hospital|Bank|Group|Company|Co\b|"
    r"Corp|Inc|Ltd|LLC|Motors|Airlines?|&)"
)


def acronym_name(name: str, text: str) -> str | None:
    """ "Full Name (ACR)" for an acronym the article introduces so ("KPIC" -> "Khaleej
    Petrochemical Industries Co. (KPIC)"), or for that full name; None when it does not."""
    bare = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    by_acronym, by_full = _introductions(text)
    if _ACRONYM.match(bare):
        full = by_acronym.get(bare)
        return f"{full} ({bare})" if full else None
    found = by_full.get(bare.lower())
    return f"{found[0]} ({found[1]})" if found else None


_ACRONYM_AFTER = re.compile(r"(?<=\S)\s+\((?P<acr>[A-Z][A-Z&]{1,7})\)")
_INTRODUCTION_REACH = 200  # characters: the longest full name read before its acronym


@lru_cache(maxsize=16)
def _introductions(text: str) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """Every "Full Name (ACR)" of ``text``, read once (a long article asks for many names):
    the first full name of each acronym, and the first (full name, acronym) of each name."""
    by_acronym: dict[str, str] = {}
    by_full: dict[str, tuple[str, str]] = {}
    for m in _ACRONYM_AFTER.finditer(text):  # the bracket first, then the name before it
        # (a name read forward from every capital of a long capitalised run took quadratic
        # time: 100 KB of "Harbour Harbour ..." 35 s)
        low = max(0, m.start() - _INTRODUCTION_REACH)
        names = [n for n in _PROPER.finditer(text, low, m.start()) if n.end() == m.start()]
        if not names:
            continue
        full, acr = _trim(names[-1].group(0)), m.group("acr")
        by_acronym.setdefault(acr, full)
        by_full.setdefault(full.lower(), (full, acr))
    # An acronym the article uses without introducing it stands for the name it spells
    # ("the IMF" and "The International Monetary Fund" in one story); three letters at least.
    used = {m.group(0) for m in re.finditer(r"\b[A-Z]{3,7}\b", text)} - set(by_acronym)
    if used:
        runs = [_trim(m.group(0)) for m in _PROPER.finditer(text)]
        for whole in (True, False):  # (a whole run first: a tail only for what none spells)
            for run in runs:
                spelled = _spelled(run, used - set(by_acronym), whole=whole)
                if spelled is not None and spelled[0].lower() not in by_full:
                    full, acr = spelled
                    by_acronym.setdefault(acr, full)
                    by_full[full.lower()] = (by_acronym[acr], acr)
    return by_acronym, by_full


def _spelled(run: str, used: set[str], *, whole: bool) -> tuple[str, str] | None:
    """The run of capitalised words that spells one of ``used`` (``whole``), or else its
    longest tail that does and ends on a body's word, and the acronym: "U.S. Environmental
    Protection Agency’s" spells "EPA" from "Environmental" (a body named in full once and by
    its acronym after, as wire style writes it, with no acronym in brackets); never a title
    and a name ("Interior Minister Faisal" is no IMF). "of" may give its letter ("Department
    of Justice", DOJ). Only the last words of a long run are read (an acronym has at most
    seven letters)."""
    words = _POSSESSIVE_END.sub("", run).split()
    first = 0 if whole else max(1, len(words) - _SPELLED_REACH)
    if not whole and (len(words) < 2 or not _body_word(words[-1])):
        return None
    for i in range(first, 1 if whole else len(words)):
        if words[i].lower() in _NOT_INITIAL:
            continue
        tail = " ".join(words[i:])
        for acr in (_initials(tail), _initials(tail, keep="of")):
            if acr in used:
                return tail, acr
    return None


_SPELLED_REACH = 12  # words: the longest tail that can spell an acronym of seven letters
_MORE_BODY_WORDS = re.compile(
    r"Bank|Program|Court|Forces?|Police|Survey|Enforcement|Protection|Board"
)


def _body_word(word: str) -> bool:
    """Whether a name ending on ``word`` is a body's: a government body's word, an
    organisation's (:data:`_ORGANISATION_NAME`) or a court's, a force's, a board's."""
    return bool(
        re.fullmatch(BODY_WORDS, word)
        or _ORGANISATION_NAME.fullmatch(word)
        or _MORE_BODY_WORDS.fullmatch(word)
    )


def _initials(name: str, keep: str = "") -> str:
    """ "International Monetary Fund" -> "IMF", "U.S. Geological Survey" -> "USGS"; with
    ``keep="of"``, "Department of Justice" -> "DOJ"."""
    out = []
    for word in name.split():
        if word == keep:
            out.append(word[:1].upper())
            continue
        if word.lower() in _NOT_INITIAL:
            continue
        out.append(word.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.)+", word) else word[:1])
    return "".join(out)


_NOT_INITIAL = frozenset("of for and the on de du des la le".split())
_POSSESSIVE_END = re.compile(r"[’']s?$")


def _trim(full: str) -> str:
    """The name without a leading article ("The Association of ..." -> "Association of ...")."""
    return re.sub(r"^(?:The|A|An)\s+", "", full)
