"""What the model is asked to fill: small, flat response models.

These are not the published brief (see :mod:`summarizer.models`): ids, spans and alignment are
the toolkit's business and never asked of the model. The validators here only accept the
harmless spellings small models produce ("8,000" for 8000, "up to" for up_to); whether a quote
and its numbers are really in the article is checked afterwards, against the text.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from pydantic import BaseModel, Field, ValidationInfo, field_validator, model_validator

from .models import CaveatKind, Qualifier, SourceKind, UncertaintyKind

__all__ = [
    "BriefDraft",
    "CaveatDraft",
    "FigureDraft",
    "MissedFigures",
    "SourceDraft",
    "SourceLabel",
    "SourceLabels",
    "SummaryDraft",
    "UncertaintyDraft",
]

# Bounds on lists the model writes: a grammar-constrained server (llama.cpp) closes the list
# there, so a small model that starts repeating itself cannot run into max_tokens.
MAX_SOURCES = 8
MAX_KEY_POINTS = 6

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
        _check_grounding(self, info)
        return self


def _check_grounding(draft: BriefDraft, info: ValidationInfo | None) -> None:
    """With the article as validation context (``{"article": text}``), every quote must stand
    in it and every figure's values in its quote; instructor sends the failures back to the
    model as a re-ask."""
    article = (info.context or {}).get("article") if info else None
    if not article:
        return
    from .ground import grounding_errors  # ground imports this module

    errors = grounding_errors(draft, article)
    if errors:
        raise ValueError(
            "Some quotes or numbers are not in the article. Copy every quote word for word "
            "from the article and give only values that occur in their quote: " + "; ".join(errors)
        )


class MissedFigures(BaseModel):
    """Figures for the numbers of the article that the brief did not cover yet."""

    figures: list[FigureDraft] = Field(max_length=25)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> MissedFigures:
        article = (info.context or {}).get("article") if info else None
        if article:
            from .ground import grounding_errors  # ground imports this module

            errors = grounding_errors(BriefDraft(headline="", summary="", figures=self.figures),
                                      article)  # fmt: skip
            if errors:
                raise ValueError("Copy every quote word for word: " + "; ".join(errors))
        return self


# -- staged strategy: one small response model per call ---------------------------------------


def _without_titles(schema: Any) -> Any:
    """``schema`` without pydantic's generated ``title`` keys (property names kept)."""
    if isinstance(schema, list):
        return [_without_titles(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {}
    for key, value in schema.items():
        if key == "title":
            continue
        if key in ("properties", "$defs") and isinstance(value, dict):
            out[key] = {name: _without_titles(sub) for name, sub in value.items()}
        else:
            out[key] = _without_titles(value)
    return out


class _Compact(BaseModel):
    """A response model whose JSON Schema carries no generated titles.

    The schema goes into every prompt (the chat template lists the tool), so each token of
    it is read by the model before it answers; the titles only repeat the property names.
    """

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        if args or kwargs:
            return cls._compact_schema(*args, **kwargs)
        if cls not in _SCHEMAS:  # built once: instructor asks for it on every request
            _SCHEMAS[cls] = cls._compact_schema()
        return copy.deepcopy(_SCHEMAS[cls])

    @classmethod
    def _compact_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        schema = super().model_json_schema(*args, **kwargs)
        result: dict[str, Any] = _without_titles(schema)
        result["title"] = schema["title"]  # the tool's name
        return result


_SCHEMAS: dict[type[BaseModel], dict[str, Any]] = {}


class SourceLabel(_Compact):
    """A person or body the article attributes a claim to."""

    name: str = Field(description="As the article names it.")
    kind: SourceKind

    _kind = field_validator("kind", mode="before")(snake)


class SourceLabels(_Compact):
    """Every source the article attributes a claim to."""

    sources: list[SourceLabel] = Field(max_length=MAX_SOURCES)


class SummaryDraft(_Compact):
    """Headline, bottom line and key points of the article."""

    headline: str
    summary: str
    key_points: list[str] = Field(max_length=MAX_KEY_POINTS)
