"""Money named around an amount: the currency after the number, millions joined to the code,
an amount and its hundredths (issue 12; made-up sentences)."""

from __future__ import annotations

import pytest

from summarizer.text.numbers.quantities import scan


def _money(text: str) -> list[tuple[float, str | None]]:
    return [(m.value_low, m.unit_hint) for m in scan(text) if m.is_figure]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bond raised 125 million Australian dollars.", [(125e6, "AUD")]),
        ("Operating profit rose to 361 million pounds.", [(361e6, "GBP")]),
        ("The shares closed at 212 pence level on Friday.", [(212, "pence")]),
        ("A bowl of noodles now costs 35 sen more.", [(35, "sen")]),
        ("The farm sold 100,000 ₾ of wine.", [(100_000, "GEL")]),
        ("Tickets cost 40 € in Lisbon.", [(40, "EUR")]),
        ("Revenue reached MEUR 120 in the quarter.", [(120e6, "EUR")]),
        ("Losses topped 30 MUSD last year.", [(30e6, "USD")]),
        ("The fund paid Mex$ 10 million.", [(10e6, "Mex$")]),
        ("Coffee cost thirteen dollars and forty-five cents.", [(13.45, "USD")]),
        ("A ticket cost 3 dollars 50 cents.", [(3.5, "USD")]),
        ("The fee is 15 dollars 50.", [(15.5, "USD")]),
    ],
)
def test_currency_read_with_the_amount(text: str, expected: list[tuple[float, str]]) -> None:
    assert _money(text) == expected


def test_pounds_of_something_weigh() -> None:
    """ "5 million pounds of beef" is a weight, not sterling; a bare "pounds" is left to the
    meaning reader."""
    assert _money("The plant recalled 5 million pounds of beef.") == [(5e6, None)]


def test_a_rate_keeps_its_per() -> None:
    """ "50 cents a litre" is a rate: the scan leaves it to the meaning reader ("cents per
    litre")."""
    assert _money("Petrol rose 50 cents a litre.") == [(50, None)]


def test_two_amounts_stay_two() -> None:
    """ "$3 and 50 people": the second number is not hundredths of the first."""
    assert _money("They raised $3 and 50 people came.") == [(3, "$"), (50, None)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The referendums will cost NZ $ 26 million.", "NZD"),  # the code apart from its sign
        ("The family is seeking CA$5 million.", "CAD"),
        ("The fund paid AU$3 million.", "AUD"),
        ("The plan cost US $40 million.", "USD"),
        ("A $5 million grant was made.", "USD"),  # (an article, no Australian dollar)
    ],
)
def test_a_countrys_dollar(text: str, code: str) -> None:
    from summarizer.text.numbers.units import currency_code

    ((_, hint),) = _money(text)
    assert hint is not None and currency_code(hint) == code
