"""The brief, schema v1: the contract summarizer publishes to other tools.

These pydantic models are the source of truth; ``schemas/brief.schema.json`` is generated from
them (``summarizer schema``). Field names and vocabularies are stable within a major schema
version. The schema stays inside what llama.cpp grammars accept: no regex ``pattern``, no
``format``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "SCHEMA_VERSION",
    "Alignment",
    "ArticleInfo",
    "Brief",
    "BriefWarning",
    "Caveat",
    "CaveatKind",
    "Figure",
    "Provenance",
    "Qualifier",
    "Source",
    "SourceKind",
    "Span",
    "Uncertainty",
    "UncertaintyKind",
    "Usage",
]

SCHEMA_VERSION = "1.1"  # 1.1: Figure.equivalent_of

Qualifier = Literal[
    "exact",
    "approximately",
    "up_to",
    "at_least",
    "as_many_as",
    "more_than",
    "fewer_than",
    "range",
    "estimate",
]
SourceKind = Literal[
    "government",
    "military",
    "intelligence",
    "state_media",
    "news_agency",
    "company",
    "expert",
    "anonymous_official",
    "document",
    "other",
]
UncertaintyKind = Literal[
    "estimate", "range", "conflicting_figures", "unverified", "hedged", "speculative"
]
CaveatKind = Literal[
    "translation",
    "single_source",
    "partisan_source",
    "state_media",
    "anonymous_source",
    "unverifiable",
    "inconsistency",
    "scraping_noise",
    "other",
]
Alignment = Literal["exact", "fuzzy"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """Character offsets into the article exactly as the user passed it: ``text[start:end]``."""

    start: int = Field(ge=0, description="Offset of the first character of the quote.")
    end: int = Field(ge=0, description="Offset one past the last character of the quote.")

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self


class Figure(_Model):
    """A number the article states, with its range, qualifier and the words that carry it."""

    id: str = Field(description='Identifier within the brief: "F1", "F2", ...')
    what: str = Field(
        description="What is counted or measured, e.g. 'North Korean troops in Kursk'."
    )
    value_low: float | None = Field(
        description="Lower bound as a plain number (8000, not '8,000'); "
        "null if the text gives none."
    )
    value_high: float | None = Field(
        description="Upper bound; equal to value_low for a single value; "
        "null if the text gives none."
    )
    unit: str | None = Field(
        default=None, description="Unit of the value: troops, won, percent, ..."
    )
    qualifier: Qualifier = Field(
        description="How the text qualifies the number: 'Up to 8,000' is up_to, "
        "'about 11,000' is approximately, '1,000 to 3,000' is range."
    )
    as_of: str | None = Field(
        default=None, description="The time the figure refers to, as the text says it."
    )
    source_id: str | None = Field(
        default=None,
        description="Id of the Source that states the figure; null when the article states it "
        "in its own voice.",
    )
    equivalent_of: str | None = Field(
        default=None,
        description="Id of the figure this one converts, e.g. the '$10.4 billion' of "
        "'15.2 trillion won ($10.4 billion)'.",
    )
    quote: str = Field(description="The exact words of the article that state the figure.")
    span: Span
    alignment: Alignment = Field(description="How the quote was found in the article.")


class Source(_Model):
    """Somebody or something the article attributes a claim to."""

    id: str = Field(description='Identifier within the brief: "S1", "S2", ...')
    name: str = Field(description="Name of the source as the article gives it.")
    kind: SourceKind
    anonymous: bool = Field(description="True when the article does not name the person or body.")
    quote: str = Field(description="The exact words of the article that attribute a claim to it.")
    span: Span
    alignment: Alignment


class Uncertainty(_Model):
    """Something the article presents as unsure, estimated or disputed."""

    statement: str
    kind: UncertaintyKind
    figure_ids: list[str] = Field(default_factory=list)
    quote: str | None = None
    span: Span | None = None


class Caveat(_Model):
    """Something a reader should keep in mind about the article itself."""

    statement: str
    kind: CaveatKind
    origin: Literal["model", "rule"] = Field(
        description="'model' when the LLM raised it, 'rule' when a deterministic check did."
    )


class ArticleInfo(_Model):
    """What is known about the input article."""

    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: str | None = Field(
        default=None, description="Publication date as the article gives it."
    )
    language_of_origin: str | None = None
    translation_note: str | None = None
    sha256: str = Field(description="SHA-256 of the article text (UTF-8), hex.")
    chars: int = Field(ge=0, description="Length of the article text in characters.")


class Usage(_Model):
    """Tokens spent, summed over every request (re-asks included)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0


class Provenance(_Model):
    """How the brief was made; never holds a credential."""

    summarizer_version: str
    model: str
    endpoint_host: str = Field(
        description="Host (and port) of the endpoint; never a key or full URL."
    )
    instructor_mode: str
    strategy: str
    prompt_set: str
    prompt_sha256: str
    schema_version: str
    seconds: float
    attempts: int = Field(description="Requests sent to the model, re-asks included.")
    usage: Usage


class BriefWarning(_Model):
    """Something the toolkit dropped, corrected or could not check."""

    code: str = Field(description="Stable machine-readable code, e.g. 'quote_not_found'.")
    message: str
    span: Span | None = None


class Brief(_Model):
    """A structured, grounded brief of one article."""

    schema_version: str = Field(default=SCHEMA_VERSION)
    headline: str
    summary: str = Field(description="The bottom line in two or three sentences.")
    key_points: list[str] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    uncertainties: list[Uncertainty] = Field(default_factory=list)
    caveats: list[Caveat] = Field(default_factory=list)
    article: ArticleInfo
    provenance: Provenance
    warnings: list[BriefWarning] = Field(default_factory=list)
