"""The publishing outlet is no source of its own story.

When the outlet that published the article is known (``--outlet``, an HTML page's site name, a
batch line's ``"outlet"``), a source that is that outlet as told or as reporting is dropped, and
the figures it was given become the outlet's own (no source): "The group told VOA ...",
"talking to VOA, ...", "VOA's David Gollust reports", "Wikinews reporters estimated", "A Wikinews
correspondent reports", in a VOA or Wikinews story. The outlet named in any other way stays (a
justice-department release that cites "the Department of Justice" keeps it): the outlet itself
only when it is cited as a source.
"""

from __future__ import annotations

import re

from summarizer.brief.drafts import BriefDraft
from summarizer.brief.schema import BriefWarning
from summarizer.text.sources.names import name_key

__all__ = ["TOLD", "names_outlet", "without_own_reporting"]

# Whom a speaker told, right before its name: "told The Guardian", "said to the news agency
# Reuters", "talking to VOA", "in an interview with ABC News", "said on Fox News Sunday" (an
# outlet told relays a claim; the story's own outlet told is its own reporting).
TOLD = re.compile(
    r"\b(?:told|tells?|telling|(?:said|spoke|speaking|talking|talked|adding|added)\s+to|"
    r"in\s+an\s+interview\s+with|interviewed\s+by|said\s+on)\s+(?:the\s+)?"
    r"(?:(?:news\s+agency|newspaper|broadcaster)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# Who reports for an outlet: "Wikinews reporters", "VOA correspondent".
_REPORTERS = r"(?:reporters?|correspondents?|journalists?|staff)"
# ... as a noun phrase, no verb between ("VOA's David Gollust reports", "Wikinews reporters",
# "VOA correspondent"; not "The Department of Justice told reporters").
_REPORTING_AFTER = re.compile(
    rf"(?:['’]s)?\s+(?:[A-Z][\w-]*\s+)?{_REPORTERS}\b|"
    r"['’]s\s+(?:[A-Z][\w.-]*\s+){1,3}reports\b|\s+reports?\s+from\b",
)
# What may follow the outlet's name in one of its parts: "VOA Somali Service", "Wikinews
# reporters" (not another body whose name opens on the same word: "Times of India" is not
# "The Times").
_PART = re.compile(
    rf"(?:\s+[\w-]+){{0,2}}?\s+(?:service|services|{_REPORTERS}|news|radio|tv|television|desk|"
    r"bureau)$"
)


_STAFF = re.compile(rf"\b{_REPORTERS}\b", re.IGNORECASE)


def names_outlet(name: str, outlet: str) -> bool:
    """Whether a source's ``name`` is the outlet or one of its parts ("VOA" and "VOA Somali
    Service" for "Voice of America", "Wikinews" for "Wikinews (en)")."""
    wanted = {_key(form) for form in _forms(outlet)} - {""}
    key = _key(name)
    return any(
        key == form or (key.startswith(f"{form} ") and _PART.fullmatch(key[len(form) :]))
        for form in wanted
    )


def without_own_reporting(
    draft: BriefDraft, text: str, outlet: str | None
) -> tuple[BriefDraft, list[BriefWarning]]:
    """``draft`` without the sources that are ``outlet`` told or reporting, their figures the
    outlet's own (no source); and a warning for each source dropped."""
    if not outlet or not outlet.strip():
        return draft, []
    dropped = [
        s.name for s in draft.sources
        if names_outlet(s.name, outlet) and _reporting(s.name, s.quote, text)
    ]  # fmt: skip
    if not dropped:
        return draft, []
    gone = {_key(name) for name in dropped}
    figures = [
        f.model_copy(update={"source": None}) if f.source and _key(f.source) in gone else f
        for f in draft.figures
    ]
    sources = [s for s in draft.sources if s.name not in dropped]
    warnings = [
        BriefWarning(
            code="source_is_outlet",
            message=f"dropped source {name!r}: the article's own outlet ({outlet}), told or "
            "reporting; its figures are the outlet's own",
        )
        for name in dropped
    ]
    return draft.model_copy(update={"figures": figures, "sources": sources}), warnings


def _reporting(name: str, quote: str, text: str) -> bool:
    """Whether the outlet ``name`` is told or reporting where the source's ``quote`` or the
    article names it (any case: "told the Guardian" for "The Guardian"; "Wikinews reporters"
    is the outlet reporting)."""
    if _STAFF.search(name):
        return True
    bare = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    for where in (quote, text):
        for m in re.finditer(rf"(?<!\w){re.escape(bare)}(?!\w)", where, re.IGNORECASE):
            if TOLD.search(where, max(0, m.start() - 40), m.start()) or (
                _REPORTING_AFTER.match(where, m.end())
            ):
                return True
    return False


def _forms(outlet: str) -> list[str]:
    """The names an outlet goes by: as given, before a bracket or a comma ("Voice of America
    (Studio 7 for Zimbabwe)": Voice of America), without "News" or "Online" ("BBC News":
    BBC), a site's name without its domain ("voanews.com": voa), and its initials ("VOA")."""
    whole = outlet.strip()
    site = re.fullmatch(r"(?:www\.)?([a-z0-9-]+?)(?:news|online)?\.[a-z.]{2,10}", whole, re.I)
    if site:  # (a page's site name is often its domain)
        return [whole, site.group(1)]
    first = re.split(r"\s*[(,]", whole)[0].strip()
    short = re.sub(r"\s+(?:News|Online|Radio|TV)$", "", first)
    short = short if len(short) >= 3 else ""  # ("BBC News": BBC; not "UN News": UN)
    words = [w for w in first.split() if w.casefold() not in ("the", "and", "&")]
    if len(words) < 2:
        return [whole, first, short]
    every = "".join(w[0] for w in words).upper()  # "Voice of America": VOA (three letters or
    return [whole, first, short, every if len(every) >= 3 else ""]  # more: not "UN" for "UN
    # News")


def _key(name: str) -> str:
    return name_key(name).removeprefix("the ")
