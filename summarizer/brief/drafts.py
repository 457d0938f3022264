"""What the model is asked to fill: small, flat response models.

These are not the published brief (see :mod:`summarizer.brief.schema`): ids, spans and
alignment are the toolkit's business and never asked of the model. The validators here only
accept the harmless spellings small models produce ("8,000" for 8000, "up to" for up_to);
whether a quote and its numbers are really in the article is checked afterwards, against the
text. During a call, the validation context may carry the article and a grounding check
(``{"article": text, "check": grounding_errors}``): failures then go back to the model as a
re-ask. The check is passed in, not imported, so this module knows nothing of grounding.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, Field, ValidationInfo, field_validator, model_validator

from summarizer.brief.schema import CaveatKind, Qualifier, SourceKind, UncertaintyKind

__all__ = [
    "BriefDraft",
    "CaveatDraft",
    "FigureDraft",
    "GroundingCheck",
    "MissedFigures",
    "SourceDraft",
    "UncertaintyDraft",
    "snake",
]

# What the validation context's "check" is: the problems of a draft against the article, one
# short line each (summarizer.grounding.ground.grounding_errors).
GroundingCheck = Callable[["BriefDraft", str], list[str]]

_NUMBER = re.compile(r"^[-+]?\d[\d,]*(\.\d+)?$")


def _plain_number(value: Any) -> Any:
    if isinstance(value, str):
        text = value.strip().replace("\u00a0", "")
        if text.lower() in ("", "null", "none", "n/a"):
            return None
        if _NUMBER.match(text):
            return float(text.replace(",", ""))
    return value


def snake(value: Any) -> Any:
    """'up to', 'Up-to' and 'up_to' alike become 'up_to', as the schema spells it."""
    if isinstance(value, str):
        return re.sub(r"[\s\-]+", "_", value.strip().lower())
    return value


class FigureDraft(BaseModel):
    """One number the article states about a quantity."""

    what: str = Field(description="What is counted or measured.")
    value_low: float | None = Field(description="Lower bound as a plain number, e.g. 8000.")
    value_high: float | None = Field(description="Upper bound; same as value_low for one value.")
    unit: str | None = Field(default=None, description="troops, won, percent, ...")
    qualifier: Qualifier
    source: str | None = Field(
        default=None, description="Who states it, as the article names them."
    )
    quote: str = Field(description="The exact words of the article that state the number.")

    _numbers = field_validator("value_low", "value_high", mode="before")(_plain_number)
    _qualifier = field_validator("qualifier", mode="before")(snake)


class SourceDraft(BaseModel):
    """A person or body the article attributes a claim to."""

    name: str
    kind: SourceKind
    anonymous: bool = Field(description="True when the article does not name the person or body.")
    quote: str = Field(description="The exact words of the article that name the source.")

    _kind = field_validator("kind", mode="before")(snake)


class UncertaintyDraft(BaseModel):
    """Something the article presents as estimated, disputed or unconfirmed."""

    statement: str
    kind: UncertaintyKind
    quote: str | None = Field(default=None, description="The exact words of the article, if any.")

    _kind = field_validator("kind", mode="before")(snake)


class CaveatDraft(BaseModel):
    """Something a reader should keep in mind about the article itself."""

    statement: str
    kind: CaveatKind

    _kind = field_validator("kind", mode="before")(snake)


class BriefDraft(BaseModel):
    """The brief of the article, as the model writes it."""

    headline: str
    summary: str
    key_points: list[str] = Field(default_factory=list)
    figures: list[FigureDraft] = Field(default_factory=list)
    sources: list[SourceDraft] = Field(default_factory=list)
    uncertainties: list[UncertaintyDraft] = Field(default_factory=list)
    caveats: list[CaveatDraft] = Field(default_factory=list)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> BriefDraft:
        """With the article as validation context, every quote must stand in it and every
        figure's values in its quote; instructor sends the failures back as a re-ask."""
        errors = _check_grounding(self, info)
        if errors:
            raise ValueError(
                "Some quotes or numbers are not in the article. Copy every quote word for word "
                "from the article and give only values that occur in their quote: "
                + "; ".join(errors)
            )
        return self


def _check_grounding(draft: BriefDraft, info: ValidationInfo | None) -> list[str]:
    """What does not hold in ``draft``, when the validation context carries the article and
    the check to run (``{"article": text, "check": grounding_errors}``); else nothing."""
    context = (info.context or {}) if info else {}
    article: str | None = context.get("article")
    check: GroundingCheck | None = context.get("check")
    if not article or check is None:
        return []
    return check(draft, article)


class MissedFigures(BaseModel):
    """Figures for the numbers of the article that the brief did not cover yet."""

    figures: list[FigureDraft] = Field(max_length=25)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> MissedFigures:
        errors = _check_grounding(BriefDraft(headline="", summary="", figures=self.figures), info)
        if errors:
            raise ValueError("Copy every quote word for word: " + "; ".join(errors))
        return self
