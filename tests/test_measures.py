"""Measures as news writes them: feet and inches, areas, metres said of a size, fractions in
digits and signs, converted units in brackets, angles (issue 12; made-up sentences)."""

from __future__ import annotations

import pytest

from summarizer.text.numbers.quantities import scan


def _read(text: str) -> list[tuple[float, float, str | None]]:
    return [(m.value_low, m.value_high, m.unit_hint) for m in scan(text) if m.is_figure]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The centre is 6 feet 2 inches tall.", [(6 + 2 / 12, 6 + 2 / 12, "feet")]),
        ("The guard is 5 ft 11 in.", [(5 + 11 / 12, 5 + 11 / 12, "feet")]),
        ("They signed a 6-foot-3 forward.", [(6.25, 6.25, "feet")]),
        ("The reserve covers 190 km2 of forest.", [(190, 190, "km2")]),
        ("The plot is 2,400m2.", [(2400, 2400, "m2")]),
        ("The statue is 1.8m tall.", [(1.8, 1.8, "m")]),
        ("The club spent £12m on him.", [(12e6, 12e6, "£")]),
        ("The cable runs 10 1/2 miles.", [(10.5, 10.5, None)]),
        ("Add ½ teaspoon of salt.", [(0.5, 0.5, None)]),
        ("He served 2½ years.", [(2.5, 2.5, None)]),
        ("She won ¾ of the vote.", [(75, 75, "percent")]),
    ],
)
def test_measures(text: str, expected: list[tuple[float, float, str | None]]) -> None:
    got = _read(text)
    assert [(round(lo, 4), round(hi, 4), u) for lo, hi, u in got] == [
        (round(lo, 4), round(hi, 4), u) for lo, hi, u in expected
    ]


def test_feet_then_a_preposition_stay_apart() -> None:
    """ "10 feet 3 in the yard": "in" opens a place, not inches."""
    assert _read("a wall of 10 feet 3 in the yard") == [(10, 10, None), (3, 3, None)]


def test_codes_with_a_slash_are_not_fractions() -> None:
    """ "24/7", "9/11" and "50/50" are not fractions, nor a date after "on"."""
    assert _read("Open 24/7 since 9/11, a 50/50 split agreed on 3/4.") == []


def test_a_converted_measure_in_brackets_is_a_figure() -> None:
    """ "(5 feet)" converts a measure; a bare "(3)" is a list mark or a photo count."""
    assert _read("The wave was 1.5 metres (5 feet) high.") == [(1.5, 1.5, None), (5, 5, None)]
    assert _read("Photos (3)") == []


def test_degrees_after_a_turn_are_an_angle() -> None:
    """ "rotate 90 degrees" is an angle (a figure); "rose to 30 degrees" a temperature."""
    assert [m.kind for m in scan("The crane had to rotate 90 degrees.")] == ["figure"]
    assert [m.kind for m in scan("Temperatures rose to 30 degrees.")] == ["temperature"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Output reached 16,000 metric tons.", [(16_000, 16_000, "tonnes")]),
        ("The park covers 40 sq km.", [(40, 40, "km2")]),
        ("The port shipped 500,000t of grain.", [(500_000, 500_000, "t")]),
        ("It weighs 80g.", [(80, 80, "g")]),
        ('The new model has a 13" screen.', [(13, 13, "inches")]),
    ],
)
def test_more_measures(text: str, expected: list[tuple[float, float, str | None]]) -> None:
    assert _read(text) == expected


def test_a_closing_quote_is_not_an_inch_mark() -> None:
    """'"We need 10" ...': the quote closes a quotation; "5G" is a network, not grams."""
    assert _read('"We need 10", he said.') == [(10, 10, None)]
    assert _read("5G covers the city.") == []


def test_a_fraction_of_something_else_is_a_share() -> None:
    """ "a 2/3 majority" is a share, as "two-thirds" is; "1/2 cup" is half a cup."""
    assert _read("The bill needs a 2/3 majority.") == [(66.67, 66.67, "percent")]
    assert _read("Stir in 1/2 cup of milk.") == [(0.5, 0.5, None)]


def test_degrees_glued_where_the_weather_is_spoken_of() -> None:
    """ "35C" is degrees in a sentence about the weather; "F-Series", "C.P.I." and a "13F
    filing" are names and codes."""
    assert [(m.value_low, m.kind) for m in scan("Temperatures hit 35C on Friday.")] == [
        (35, "temperature")
    ]
    assert [m.kind for m in scan("Ford sold 800,000 F-Series pickups.")] == ["figure"]
    assert [m.kind for m in scan("The March 2021 C.P.I. forecast")] == ["date"]
    assert scan("The 13F filing is due.") == []
