"""HTML articles: the article's text taken out of the page with trafilatura.

For HTML input the brief's offsets index this extracted text (the page's markup has no
sensible character offsets for a quote); the brief says so in a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.errors import EmptyInputError

__all__ = ["Document", "extract_html", "looks_like_html"]

_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)


@dataclass(frozen=True)
class Document:
    """An article as loaded: its text, where it came from, and what the page said of it."""

    text: str
    source_format: str = "text"  # text | html
    title: str | None = None
    byline: str | None = None
    outlet: str | None = None  # who published it (its own reporting is no source of it)

    def __post_init__(self) -> None:
        if self.outlet is not None and not self.outlet.strip():  # (blank: none)
            object.__setattr__(self, "outlet", None)


def looks_like_html(text: str, name: str = "") -> bool:
    return name.lower().endswith((".html", ".htm")) or bool(_HTML_START.match(text[:2000]))


def extract_html(html: str, name: str = "input") -> Document:
    """The article text of an HTML page (navigation, ads and footers left out)."""
    import trafilatura  # imported here: only HTML input needs it

    text = trafilatura.extract(html, include_comments=False, include_tables=True)
    if not text or not text.strip():
        raise EmptyInputError(f"{name} is HTML with no article text trafilatura could find")
    meta = trafilatura.extract_metadata(html)
    return Document(
        text=text,
        source_format="html",
        title=(meta.title or None) if meta else None,
        byline=(meta.author or None) if meta else None,
        outlet=(meta.sitename or None) if meta else None,
    )
