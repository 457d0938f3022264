"""Names of sources: whether one is anonymous, and a key to compare two spellings of one."""

from __future__ import annotations

import re

__all__ = ["name_key", "unnamed"]

# A source named by its role, not by name: "An official from Ukraine's GUR", "intelligence
# authorities", "Western diplomats", "Analysts".
_UNNAMED = re.compile(
    r"^(?:(?:an?|the|one|two|three|several|some|many|other|unnamed|anonymous|senior)\s+)*"
    r"(?:[\w’'-]+\s+){0,2}(?:officials?|sources?|people|persons?|diplomats?|officers?|"
    r"spokes\w*|analysts?|experts?|residents?|witness(?:es)?|authorities|insiders?|aides?)\b",
    re.IGNORECASE,
)


def unnamed(name: str, kind: str) -> bool:
    """Whether a source is anonymous: decided from its words, not asked of the model (which
    got it wrong: docs/decisions.md)."""
    return kind == "anonymous_official" or bool(_UNNAMED.match(name.strip()))


def name_key(name: str) -> str:
    """``name`` casefolded, possessives and punctuation dropped: "Korea’s KCTV" -> "korea kctv"."""
    return " ".join(re.sub(r"[’'`]s\b|[^\w\s]", " ", name.casefold()).split())
