"""Small response models of the staged strategy, one per call, with compact tool schemas.

The tool's JSON Schema goes into every prompt (the chat template lists the tool), so each token
of it is read by the model before it answers: these schemas carry no generated titles, and
every list is bounded, so a grammar-constrained server (llama.cpp) closes it there and a small
model that starts repeating itself cannot run into ``max_tokens``.
"""

from __future__ import annotations

import copy
from typing import Annotated, Any

from pydantic import BaseModel, Field, field_validator

from summarizer.brief.drafts import snake
from summarizer.brief.schema import SourceKind

__all__ = [
    "MAX_KEY_POINTS",
    "MAX_NOTES",
    "MAX_SOURCES",
    "NOTE_CHARS",
    "Notes",
    "SourceLabel",
    "SourceLabels",
    "SummaryDraft",
]

MAX_SOURCES = 8
MAX_KEY_POINTS = 6
MAX_NOTES = 6
NOTE_CHARS = 200


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


class Notes(_Compact):
    """Short notes on one part of a long article (the summary is written from them).

    Each note is bounded too: a small model otherwise copies whole paragraphs into its
    notes and runs into ``max_tokens`` (a grammar-constrained server stops at the bound).
    """

    notes: list[Annotated[str, Field(max_length=NOTE_CHARS)]] = Field(max_length=MAX_NOTES)
