"""The published JSON Schema of the brief, generated from the pydantic models."""

from __future__ import annotations

import json
from typing import Any

from summarizer.brief.schema import SCHEMA_VERSION, Brief

__all__ = ["SCHEMA_FILENAME", "brief_schema", "brief_schema_text"]

SCHEMA_FILENAME = "brief.schema.json"


def brief_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :class:`~summarizer.brief.schema.Brief`."""
    schema = Brief.model_json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"summarizer/brief/{SCHEMA_VERSION}",
        **schema,
    }


def brief_schema_text() -> str:
    """The schema as the text stored in ``schemas/brief.schema.json``."""
    return json.dumps(brief_schema(), indent=2, ensure_ascii=False) + "\n"
