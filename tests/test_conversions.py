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
