"""Numbers in more of the forms news writes: a whole number and a fraction, Indian scales,
shares "k in n" in digits and words, a dropped leading zero, a headline's "hundred thousand"
(issue 12; made-up sentences)."""

from __future__ import annotations

import pytest

from summarizer.text.numbers.quantities import scan


def _read(text: str) -> list[tuple[float, str | None]]:
    return [(round(m.value_low, 4), m.unit_hint) for m in scan(text) if m.is_figure]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The drive took five and a quarter hours.", [(5.25, None)]),
        ("Prices rose forty-two and a third points.", [(42.3333, None)]),
        ("The city has 3 million and a half residents.", [(3.5e6, None)]),
        ("Sales hit one billion and a half million units.", [(1_000_500_000, None)]),
        ("The lane is one hundred and three quarters metres long.", [(100.75, None)]),
        ("The budget is Rs 1.5 lakh crore.", [(1.5e12, "Rs")]),
        ("The scheme costs three lakh crore rupees.", [(3e12, "INR")]),
        ("One in twenty-one children was affected.", [(4.76, "percent")]),
        ("The risk is 3 in 1,000 patients.", [(0.3, "percent")]),
        ("Only two out of five hundred sets failed.", [(0.4, "percent")]),
        ("He is batting .300 this season.", [(0.3, None)]),
        ("Hundred thousand march in the capital", [(100_000, None)]),
        ("A quarter million tickets sold.", [(250_000, None)]),
        ("Quarter million tickets sold", [(250_000, None)]),
        ("They bought half a  dozen eggs.", [(6, None)]),
    ],
)
def test_number_forms(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _read(text) == expected


def test_a_count_in_a_box_is_not_a_share() -> None:
    """ "12 in six boxes": more than the whole, so two counts."""
    assert _read("I packed 12 in six boxes.") == [(12, None), (6, None)]


def test_two_thirds_alone_stays_a_share() -> None:
    """A fraction with no whole number before it is a share, in percent."""
    assert _read("Two thirds of voters agreed.") == [(66.67, "percent")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sample held 4 thousand 3 hundred and 21 cells.", [(4321, None)]),
        ("The fare is 3 hundred and 21 yuan.", [(321, "CNY")]),
        ("He raised 2 million 300 thousand.", [(2_300_000, None)]),
        ("A mole is 6.02 x 10^23 atoms.", [(6.02e23, None)]),
        ("The survey found 1.3e6 households.", [(1.3e6, None)]),
        ("One fifth of the budget went to roads.", [(20, "percent")]),
    ],
)
def test_more_number_forms(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _read(text) == expected


def test_a_small_number_after_millions_is_its_own() -> None:
    """ "5 million 3 of them": after a million only a part of a thousand or more joins."""
    assert _read("It lost 5 million, 3 of them in May.") == [(5e6, None), (3, None)]
    assert _read("It lost 5 million 3 of them in May.") == [(5e6, None), (3, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Growth was 1.1^23 times the base.", [(8.9543, None)]),
        ("More than half were women.", [(50, "percent")]),
        ("Nearly half of voters stayed home.", [(50, "percent")]),
    ],
)
def test_powers_and_half(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _read(text) == expected


def test_half_of_a_unit_is_not_a_share() -> None:
    """ "about half an hour" is half of an hour, not 50 percent of something."""
    assert _read("The talks lasted about half an hour.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The count was 3 hundred and one.", [(301, None)]),
        ("The stall sold 3 doz. eggs.", [(36, None)]),
        ("They ordered five doz roses.", [(60, None)]),
    ],
)
def test_hundred_and_one_and_dozens(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _read(text) == expected


def test_a_title_keeps_its_one() -> None:
    """ "The Thousand and One Nights": no digits before the scale, so "One" is a name's."""
    assert _read("She read The Thousand and One Nights.") == []


def test_numbers_listed_with_commas() -> None:
    """A comma before one or two digits groups no thousands: "nos. 22,24,26" is a list; before
    a scale it is a translation's decimal comma, and the part after it is not read alone."""
    assert _read("See exercises 22,24,26.") == [(22, None), (24, None), (26, None)]
    assert all(value != 5e6 for value, _ in _read("Output was 2,5 million tonnes."))
    assert _read("It sold 1,234,567 copies.") == [(1_234_567, None)]
