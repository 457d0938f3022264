"""A currency conversion is tied to the amount it converts (:mod:`summarizer.grounding.
conversions`), read through the public reader on made-up sentences."""

from __future__ import annotations

import pytest

from summarizer import read_figures


@pytest.mark.parametrize(
    ("text", "tied"),
    [
        ("The ministry set aside 15.2 trillion won ($10.4 billion) for vouchers.", True),
        ("Exports rose to ₩15.2 trillion, or about US$10.4 billion, last year.", True),
        ("The fund holds 500 billion rubles, or roughly $19.7 billion.", True),
        # Not a conversion: the same currency, or no currency on one side.
        ("Bids ranged from 5 million won to 6 million won.", False),
        ("Sales reached $5 million, or 12 percent of the total.", False),
    ],
)
def test_a_conversion_is_the_equivalent_of_the_amount_before_it(text: str, tied: bool) -> None:
    figures = read_figures(text)
    first, second = figures[0], figures[1]
    assert (second.equivalent_of == first.id) is tied
    if tied:
        assert second.unit == "USD" and second.source_id is None
        assert second.what.endswith("(conversion to USD)")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The quake struck 308 miles (495 km) southwest of the port, officials said.",
         "kilometers"),
        ("The field covers 40,000 acres (16,000 hectares), the company said.", "hectares"),
        ("The tower is 1,000 feet (305 metres) tall, its builder said.", "meters"),
        ("The fire burned 50 square miles (130 square kilometers), officials said.",
         "square kilometers"),
    ],
)  # fmt: skip
def test_a_measure_given_again_in_another_unit_is_a_conversion(text: str, unit: str) -> None:
    first, second = read_figures(text)[:2]
    assert second.equivalent_of == first.id and second.unit == unit
    assert second.source_id is None and second.what.endswith(f"(conversion to {unit})")


@pytest.mark.parametrize(
    "text",
    [
        "The storm dropped 30 inches (a record) over 200 miles.",  # not right before it
        "The truck carried 5 tonnes (40 miles from the port).",  # another kind of measure
    ],
)
def test_a_measure_is_no_conversion_of_another_kind_or_apart(text: str) -> None:
    figures = read_figures(text)
    assert len(figures) == 2 and figures[1].equivalent_of is None


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("A rebel said at least US$95 million (£63 million) went to arms.", "at_least"),
        ("The group got over US$100 million (£66 million) in aid.", "more_than"),
        ("The quake struck about ten miles (16 km) south of the city.", "approximately"),
        ("None of the islands rises more than six feet (1.8 metres) above the sea.", "up_to"),
        # the conversion's own qualifier stands: "(about US$482 million)"
        ("Officials put damage at one billion reais (about US$482 million).", "approximately"),
        ("The ministry set aside 15.2 trillion won ($10.4 billion) for vouchers.", "exact"),
    ],
)
def test_a_conversion_is_as_bounded_as_the_amount_it_converts(text: str, qualifier: str) -> None:
    first, second = read_figures(text)[:2]
    assert second.equivalent_of == first.id
    assert second.qualifier == qualifier
