"""What the staged calls send and how their answers are read."""

from __future__ import annotations

import json

import pytest

from summarizer.llm.responses import SourceLabels, SummaryDraft
from summarizer.text.sources.names import unnamed


@pytest.mark.parametrize("model", [SourceLabels, SummaryDraft])
def test_tool_schemas_carry_no_generated_titles(model: type) -> None:
    schema = model.model_json_schema()
    assert schema["title"] == model.__name__  # instructor names the tool after it
    text = json.dumps({k: v for k, v in schema.items() if k != "title"})
    assert '"title"' not in text
    schema["properties"].clear()  # callers get a copy: the cached schema stays whole
    assert model.model_json_schema()["properties"]


@pytest.mark.parametrize(
    ("name", "anonymous"),
    [
        ("An official from Ukraine’s GUR military intelligence service", True),
        ("intelligence authorities", True),
        ("Western diplomats", True),
        ("Analysts", True),
        ("JoongAng Ilbo", False),
        ("GUR military intelligence service", False),
        ("Defense Minister Rustem Umerov", False),
        ("North Korean state media", False),
    ],
)
def test_anonymity_is_read_off_the_source_name(name: str, anonymous: bool) -> None:
    assert unnamed(name, "other") is anonymous
    assert unnamed(name, "anonymous_official")
