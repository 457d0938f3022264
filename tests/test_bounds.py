"""A number bounded from both sides is a range (issue 12; made-up sentences)."""

from __future__ import annotations

import pytest

from summarizer.text.numbers.quantities import scan


def _read(text: str) -> list[tuple[float, float, str]]:
    return [(m.value_low, m.value_high, m.qualifier) for m in scan(text) if m.is_figure]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Adults aged over 18 and under 65 can apply.", [(18, 65, "range")]),
        ("Firms with more than 10 and fewer than 50 staff qualify.", [(10, 50, "range")]),
        ("Each crate holds at most 100 and at least 20 melons.", [(20, 100, "range")]),
        ("Bids greater than 30 and less than or equal to 40 won.", [(30, 40, "range")]),
        ("A fee of no more than 50, no less than 20, applies.", [(20, 50, "range")]),
    ],
)
def test_two_sided_bounds_are_a_range(text: str, expected: list[tuple[float, float, str]]) -> None:
    assert _read(text) == expected


def test_bounds_that_exclude_each_other_stay_apart() -> None:
    """ "more than 40 and less than 10" is no interval: two figures."""
    assert _read("Scores of more than 40 and less than 10 were dropped.") == [
        (40, 40, "more_than"),
        (10, 10, "fewer_than"),
    ]


def test_two_bounds_of_one_side_stay_apart() -> None:
    """Two lower bounds are two figures ("more than 40 and more than 60")."""
    assert len(_read("More than 40 homes and more than 60 cars burned.")) == 2
