"""Numbers written in words, percent in its news forms, fractions and vague counts: one made-up
sentence per convention (issue 12)."""

from __future__ import annotations

import pytest

from summarizer.text.numbers.quantities import scan
from summarizer.text.numbers.spoken import spoken_numbers

Reading = tuple[float, float, str, str, str | None]


def _figures(text: str) -> list[Reading]:
    return [
        (m.value_low, m.value_high, m.qualifier, m.text, m.unit_hint)
        for m in scan(text)
        if m.is_figure
    ]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("forty-seven", 47),
        ("sixty three", 63),
        ("two hundred and eight", 208),
        ("a hundred and twelve", 112),
        ("an eighty", None),  # "an" only before a scale word
        ("nine thousand four hundred", 9400),
        ("seventeen hundred", 1700),
        ("thirty-five hundred", 3500),
        ("four million six hundred thousand", 4_600_000),
        ("eleven trillion two hundred billion", 11.2e12),
        ("three and a half", 3.5),
        ("six and a half billion", 6.5e9),
        ("four point two million", 4.2e6),
        ("seven point zero five", 7.05),
        ("minus eight", -8),
        ("negative twelve", -12),
    ],
)
def test_spoken_values(words: str, value: float | None) -> None:
    got = spoken_numbers(words)
    if value is None:
        assert all(n.words[0] not in ("a", "an") for n in got)
    else:
        assert [(n.value, n.start, n.end) for n in got] == [(value, 0, len(words))]


def test_spoken_numbers_stop_where_the_number_ends() -> None:
    """Two numbers side by side are two ("six and nine" is not one number), and a tens word
    joined to an ordinal is an ordinal, not a number."""
    assert [n.value for n in spoken_numbers("between six and nine")] == [6, 9]
    assert [n.value for n in spoken_numbers("five four three")] == [5, 4, 3]
    assert spoken_numbers("the thirty-second floor") == []
    assert spoken_numbers("a forty fifth anniversary") == []
    assert spoken_numbers("the Hundred Days") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Numbers in words, as news writes them.
        ("Some thirty-two ferries sailed.", [(32, 32, "approximately", "Some thirty-two", None)]),
        ("The port handles four and a half million crates.",
         [(4.5e6, 4.5e6, "exact", "four and a half million", None)]),
        ("The grant was two point three billion pesos.",
         [(2.3e9, 2.3e9, "exact", "two point three billion", "MXN")]),
        ("Seven to eight thousand fans waited.",
         [(7000, 8000, "range", "Seven to eight thousand", None)]),
        # Percent after a number in words.
        ("Sales fell nineteen percent.", [(19, 19, "exact", "nineteen", "percent")]),
        ("Turnout hit sixty-one per cent.",
         [(61, 61, "exact", "sixty-one", "percent")]),
        ("Bond yields rose two percentage points.",
         [(2, 2, "exact", "two", "percentage points")]),
        ("Prices rose four to five percent.",
         [(4, 5, "range", "four to five", "percent")]),
        ("Margins were between six and eight per cent.",
         [(6, 8, "range", "between six and eight", "percent")]),
        ("Output shrank minus three percent.",
         [(-3, -3, "exact", "minus three", "percent")]),
        # "one" and "zero" are numbers only where a number is meant.
        ("One analyst said one of the banks failed.", []),
        ("At least one ferry sank.", [(1, 1, "at_least", "At least one", None)]),
        ("The fee is one dollar.", [(1, 1, "exact", "one", "USD")]),
        ("Rates stayed at zero percent.", [(0, 0, "exact", "zero", "percent")]),
        ("One or two lorries overturned.", [(1, 2, "range", "One or two", None)]),
        ("They have zero tolerance for it.", []),
        ("No one won the raffle.", []),
        # Ordinals are not figures.
        ("It was the fourth time in the twenty-first century.", []),
    ],
)  # fmt: skip
def test_numbers_in_words(sentence: str, expected: list[Reading]) -> None:
    assert _figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A fraction of a scale or of a point is that much of it.
        ("Half a billion euros vanished.", [(5e8, 5e8, "exact", "Half a billion", None)]),
        ("about a quarter of a million bikes",
         [(2.5e5, 2.5e5, "approximately", "about a quarter of a million", None)]),
        ("The bank made a quarter-point cut.",
         [(0.25, 0.25, "exact", "a quarter-point", "percentage points")]),
        ("Yields fell half a percentage point.",
         [(0.5, 0.5, "exact", "half a percentage point", "percentage points")]),
        # A fraction of something is a share, in percent.
        ("Four out of five dentists agreed.",
         [(80, 80, "exact", "Four out of five", "percent")]),
        ("two-thirds of the budget", [(66.67, 66.67, "exact", "two-thirds", "percent")]),
        ("Three in ten minutes passed.",  # a time, not a share
         [(3, 3, "exact", "Three", None), (10, 10, "exact", "ten", None)]),
        ("the second half of the season", []),
    ],
)  # fmt: skip
def test_fractions(sentence: str, expected: list[Reading]) -> None:
    assert _figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Dozens were evacuated.", 24, 100),
        ("Hundreds lined the road.", 200, 1_000),
        ("The scheme cost millions.", 2e6, 1e7),
        ("several hundred sheep", 200, 1_000),
        ("a few thousand runners", 2_000, 10_000),
        ("a few dozen boats", 24, 100),
        ("hundreds of millions of users", 1e8, 1e9),
        ("tens of billions of yen", 1e10, 1e11),
        ("tens of thousands of fans", 1e4, 1e5),
    ],
)
def test_vague_counts(sentence: str, low: float, high: float) -> None:
    """The documented convention: a plural of a scale word (or "several"/"a few" of it) is
    2 to 10 of it; "tens of"/"hundreds of" a plural scale is 10-100 or 100-1,000 of it."""
    [(got_low, got_high, qualifier, _, _)] = _figures(sentence)
    assert (got_low, got_high, qualifier) == (low, high, "approximately")


def test_dozens_with_a_number_are_exact() -> None:
    assert _figures("She baked four dozens rolls.") == [(48, 48, "exact", "four dozens", None)]


# The percent word inside the span of a number in words is held back: with it, "ten percent
# of what was released" reads as measuring "what", and `what` F1 falls on the real gold set
# (docs/decisions.md, "Number reading (issue 12)"). The other readings here were held back
# the same way until the meaning rules placed them (a change's subject, a toll's people).
HELD_BACK = pytest.mark.xfail(strict=True, reason="held back: the gold-set gate")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The mill hired a hundred and ten welders.",
         [(110, 110, "exact", "a hundred and ten", None)]),
        ("Nearly a million visitors came.",
         [(1e6, 1e6, "approximately", "Nearly a million", None)]),
        ("Fewer than a thousand tickets remain.",
         [(1000, 1000, "fewer_than", "Fewer than a thousand", None)]),
        ("Its stake grew from 12 to 15 percent.",
         [(12, 12, "exact", "12", "percent"), (15, 15, "exact", "15 percent", "percent")]),
        ("Output rose from 2 to 3 million tonnes.",
         [(2e6, 2e6, "exact", "2", None), (3e6, 3e6, "exact", "3 million", None)]),
        ("The rate was raised from 4.25% to 4.5%.",
         [(4.25, 4.25, "exact", "4.25%", "percent"), (4.5, 4.5, "exact", "4.5%", "percent")]),
        pytest.param("Sales fell nineteen percent.",
                     [(19, 19, "exact", "nineteen percent", "percent")], marks=HELD_BACK),
        ("Bids ranged from 30 to 45 dollars.", [(30, 45, "range", "30 to 45", "USD")]),
    ],
)  # fmt: skip
def test_a_thousand_and_changes_from_one_level_to_another(
    sentence: str, expected: list[Reading]
) -> None:
    """ "a thousand" (a scale after "a"), a change "from 12 to 15" read as two levels (the
    first sharing the second's unit and scale), a range still a range, and the percent word
    inside the span of a number in words (held back)."""
    assert _figures(sentence) == expected
