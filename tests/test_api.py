"""The public surface: __all__ pinned, the schema file fresh and grammar-friendly."""

from __future__ import annotations

from typing import Any

import jsonschema
from support import ROOT

import summarizer
from summarizer.brief.jsonschema import brief_schema, brief_schema_text

EXPECTED_ALL = {
    "SCHEMA_VERSION",
    "ArticleInfo",
    "AuthenticationError",
    "BackendError",
    "BinaryInputError",
    "Brief",
    "BriefCache",
    "BriefResult",
    "BriefWarning",
    "Caveat",
    "ConfigError",
    "DecodeError",
    "Document",
    "EmptyInputError",
    "EndpointUnreachableError",
    "Figure",
    "InputError",
    "InputTooLargeError",
    "LocalModelError",
    "ModelOutputError",
    "OutputError",
    "PromptError",
    "Provenance",
    "RateLimitedError",
    "ServerError",
    "Settings",
    "Source",
    "Span",
    "Summarizer",
    "SummarizerError",
    "Uncertainty",
    "Usage",
    "__version__",
    "asummarize",
    "read_figures",
    "resolve_settings",
    "summarize",
}


def test_all_is_pinned() -> None:
    assert set(summarizer.__all__) == EXPECTED_ALL
    for name in summarizer.__all__:
        assert hasattr(summarizer, name), name


def test_every_error_is_a_summarizer_error() -> None:
    for name in summarizer.__all__:
        obj = getattr(summarizer, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, summarizer.SummarizerError), name


def test_schema_file_is_fresh() -> None:
    published = (ROOT / "schemas" / "brief.schema.json").read_text(encoding="utf-8")
    assert published == brief_schema_text(), (
        "schemas/brief.schema.json is stale: run `summarizer schema > schemas/brief.schema.json`"
    )


def _keys(node: Any) -> set[str]:
    if isinstance(node, dict):
        keys = set(node)
        for key, value in node.items():
            if key != "properties":
                keys |= _keys(value)
            else:
                for sub in value.values():
                    keys |= _keys(sub)
        return keys
    if isinstance(node, list):
        return set().union(*(_keys(v) for v in node)) if node else set()
    return set()


def test_schema_stays_within_llama_cpp_grammars() -> None:
    keys = _keys(brief_schema())
    assert "pattern" not in keys
    assert "format" not in keys
    assert "patternProperties" not in keys


def test_schema_names_the_contract_fields() -> None:
    schema = brief_schema()
    brief_fields = set(schema["properties"])
    assert brief_fields == {
        "schema_version",
        "headline",
        "summary",
        "key_points",
        "figures",
        "sources",
        "uncertainties",
        "caveats",
        "article",
        "provenance",
        "warnings",
    }
    figure = schema["$defs"]["Figure"]["properties"]
    assert set(figure) == {
        "id",
        "what",
        "value_low",
        "value_high",
        "unit",
        "qualifier",
        "as_of",
        "source_id",
        "equivalent_of",
        "quote",
        "span",
        "alignment",
    }
    assert set(figure["qualifier"]["enum"]) == {
        "exact",
        "approximately",
        "up_to",
        "at_least",
        "as_many_as",
        "more_than",
        "fewer_than",
        "range",
        "estimate",
    }
    jsonschema.Draft202012Validator.check_schema(schema)  # a valid JSON Schema itself
