"""Edge cases of the deterministic reading, each a made-up sentence that once read wrong."""

from __future__ import annotations

import pytest
from support import source_of_words

from summarizer import read_figures
from summarizer.text.sources.references import resolve_reference


@pytest.mark.parametrize("space", ["\u00a0", "\u2009", "\t"])
def test_a_scale_after_any_space_is_read(space: str) -> None:
    (figure,) = read_figures(f"Costs rose to 5{space}million dollars.")
    assert figure.value_low == 5_000_000


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # A document named with two spaces inside stays as written.
        ("Some 40 homes burned, according to a report  the ministry sent to lawmakers.", "40",
         "a report  the ministry sent to lawmakers"),
        # "for" before a lower-case word still ends a name read forward.
        ("Exports fell 40 percent, said a spokesman for the first time in years.", "40",
         "a spokesman"),
        # A participle that is not one of saying gives nobody a claim.
        ("Prices rose 5 percent last month, adding to pressure on the central bank.", "5",
         None),
        # A poll's answers are the poll's only until another source is named...
        ("A Gallup poll found 41 percent backed the plan.\n\nThe council said 12 stores shut."
         "\n\nAbout 30 percent felt it went too far.", "30 percent", None),
        # ...and a share said with a verb of anything is nobody's answer.
        ("A Gallup poll found 41 percent backed the plan.\n\nAbout 30 percent saw their "
         "orders cut.", "30 percent", None),
    ],
)  # fmt: skip
def test_attribution_edges(text: str, number: str, source: str | None) -> None:
    assert source_of_words(text, number) == source


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The part is 13/16 inch thick.", [0.8125]),  # not 1 and 3/16
        ("He walked 10 1/2 miles.", [10.5]),
        ("Police detained two and a third man fled.", [2.0]),  # an ordinal, not 2 1/3
        ("They walked five and a quarter miles.", [5.25]),
    ],
)
def test_fraction_edges(text: str, values: list[float]) -> None:
    assert [f.value_low for f in read_figures(text)] == values


@pytest.mark.parametrize(
    ("text", "not_in_what"),
    [
        ("Some 300 passengers aboard the ferry were rescued.", "aboarding"),
        ("The survey showed inflation of 3 percent for March.", "vote share"),
        ("The survey showed growth of 2.1 percent for Germany this year.", "vote share"),
    ],
)
def test_what_edges(text: str, not_in_what: str) -> None:
    (figure,) = read_figures(text)
    assert figure.what and not_in_what not in figure.what


def test_a_body_called_by_its_field_is_not_another_ministry_of_that_word() -> None:
    text = "The Ministry of Foreign Trade said exports rose. The Foreign Ministry said 40 left."
    assert resolve_reference("The Foreign Ministry", text, text.index("The Foreign"), []) == (
        "The Foreign Ministry"
    )


def test_a_sentence_is_found_in_a_line_with_no_full_stop_for_pages() -> None:
    from summarizer.text.sentences import sentence_around

    text = "word " * 40_000 + "the river rose 3 metres " + "word " * 40_000
    at = text.index("3 metres")
    start, end = sentence_around(text, at, at + 8)
    assert start < at < end and end - start <= 2 * 2000 + 8
    assert text[start - 1] == " " and text[start] != " "  # a word's start, not mid-word
    short = "The river rose. Then it rose 3 metres. It fell."
    at = short.index("3 metres")
    assert short[slice(*sentence_around(short, at, at + 8))] == "Then it rose 3 metres."
