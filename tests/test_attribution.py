"""Attribution by news-writing conventions, on short paragraphs made up for each rule, and the
properties every figure's `what` and unit keep."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.text.attribution import Attribution
from summarizer.text.layout import layout
from summarizer.text.meaning import STOP_WORDS, figure_unit, figure_what
from summarizer.text.quantities import figure_candidates
from summarizer.text.units import currency_code, normalise_unit


def _source(text: str, number: str) -> str | None:
    at = text.index(number)
    return Attribution(text, layout(text)).source_at(at, at + len(number))


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # Named in the sentence, after the claim.
        ("Storms killed 14 people, the interior ministry said on Monday.", "14",
         "the interior ministry"),
        # Named before the claim.
        ("The Air Force said air defenses shot down 31 missiles overnight.", "31",
         "The Air Force"),
        # Inverted: the verb, then the source.
        ("Prices rose 3 percent, said an economist on Tuesday.", "3", "an economist"),
        ("Some 40 villages were cut off, according to the Red Cross.", "40", "the Red Cross"),
        # Carried to the next sentences of the paragraph...
        ("The agency said 12 homes burned. Another 30 were damaged.", "30", "The agency"),
        # ...until another source is named.
        ("The agency said 12 homes burned. Residents told reporters 50 had fled.", "50",
         "Residents"),
        # A pronoun stands for the nearest named source.
        ("Mayor Jane Doe spoke on Friday.\nShe said 200 families were moved.", "200",
         "Mayor Jane Doe"),
        # A contrast gives the other claim its own clause only.
        ("The agency said 12 homes burned. About 30 were damaged, though residents put it "
         "at 50.", "30", "The agency"),
        # A paragraph that opens by referring back continues the one before.
        ("According to the army, 300 troops were sent.\n\nOf those, 20 were hurt.", "20",
         "the army"),
        # Nobody quoted: the outlet's own figure.
        ("The bridge, built in 1932, carries 9,000 cars a day.", "9,000", None),
    ],
)  # fmt: skip
def test_attribution_rules(text: str, number: str, source: str | None) -> None:
    assert _source(text, number) == source


def test_a_source_does_not_carry_into_the_next_paragraph() -> None:
    text = "The agency said 12 homes burned.\n\nThe river rose 3 metres overnight."
    assert _source(text, "3 metres") is None


def test_a_lead_figure_takes_the_attribution_of_its_headline() -> None:
    from summarizer.llm.strategies.sourcing import SourceBook
    from summarizer.text.sentences import sentences

    text = (
        "Up to 500 people missing after floods, officials say\n\n"
        "Up to 500 people are missing after floods swept the valley.\n\n"
        "Rescue teams arrived on Tuesday."
    )
    lay = layout(text)
    book = SourceBook(text, lay, sentences(text, lay))
    book.add_claims()
    lead = [m for m in figure_candidates(text, lay) if m.start > text.index("\n")]
    assert [book.source_of(m) for m in lead] == ["officials"]
    assert [s.name for s in book.sources] == ["officials"]


@pytest.mark.parametrize(
    ("written", "unit"),
    [("US$", "USD"), ("$", "USD"), ("won", "KRW"), ("₩", "KRW"), ("RMB", "CNY"),
     ("yuan", "CNY"), ("%", "percent"), ("per cent", "percent"),
     ("percentage points", "percentage points"), ("Troops", "troops"), (None, None)],
)  # fmt: skip
def test_units_are_normalised(written: str | None, unit: str | None) -> None:
    assert normalise_unit(written) == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The army sent 6,000 engineering troops to the border.", "troops"),
        ("The ministry set aside 500 billion rubles for banks.", "RUB"),
        ("Exports rose 4.1% in May.", "percent"),
        ("The fund lent ₩15.2 trillion last year.", "KRW"),
    ],
)
def test_figure_units(text: str, unit: str) -> None:
    (mention,) = figure_candidates(text)
    assert figure_unit(text, mention) == unit


_WORDS = st.sampled_from(
    "the ministry said troops remain in region about up to revenue fell rose percent won "
    "people were killed and of at least some officials reported billion yuan exports".split()
)


@settings(max_examples=200, deadline=None)
@given(
    before=st.lists(_WORDS, max_size=8),
    number=st.sampled_from(["8,000", "about 3,000", "4.1%", "15.2 trillion won", "1,000 to 3,000"]),
    after=st.lists(_WORDS, max_size=8),
)
def test_what_is_never_empty_a_bare_unit_a_stop_word_or_the_whole_quote(
    before: list[str], number: str, after: list[str]
) -> None:
    text = " ".join([*before, number, *after]) + "."
    for mention in figure_candidates(text):
        quote = text.rstrip(".")
        what = figure_what(text, mention, quote)
        unit = figure_unit(text, mention)
        assert unit is None or unit.strip()
        assert what.strip()
        assert what.lower() not in STOP_WORDS | {"the", "a", "an", "of", "and"}
        # Never a bare unit of measure ("yuan", "percent"): a counted noun alone ("troops")
        # is what is counted when the clause says nothing more.
        assert currency_code(what) is None and normalise_unit(what) not in (
            "percent",
            "percentage points",
        )
        assert what != quote  # never the clause copied
        assert len(what.split()) <= 8
