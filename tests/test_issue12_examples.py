"""The forms issue 12 lists, each in a made-up news sentence: what the scan reads (value, unit
as a brief writes it, kind). Names and codes are not figures."""

from __future__ import annotations

import pytest

from summarizer.text.meaning.unit import figure_unit
from summarizer.text.numbers.quantities import scan

Reading = tuple[float, float, str | None, str]


def _read(text: str) -> list[Reading]:
    return [(m.value_low, m.value_high, figure_unit(text, m), m.kind) for m in scan(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank lost EUR12m last year.", [(12e6, 12e6, "EUR", "figure")]),
        ("Shares closed at RM4.15 on Monday.", [(4.15, 4.15, "MYR", "figure")]),
        ("India set aside INR3 trillion.", [(3e12, 3e12, "INR", "figure")]),
        ("The deal is worth US$1.2bn.", [(1.2e9, 1.2e9, "USD", "figure")]),
        ("He earns A$40,000 a year.", [(40_000, 40_000, "AUD", "figure")]),
        ("The stock fell to 212p.", [(212, 212, "pence", "figure")]),
        ("Rice rose 35 sen.", [(35, 35, "sen", "figure")]),
        ("The phone has 128GB of storage.", [(128, 128, "gb", "figure")]),
        ("Add 250mL of water.", [(250, 250, "ml", "figure")]),
        ("It weighs ~80g.", [(80, 80, "g", "figure")]),
        ("Panels yield 2.4 kWh/m2 a day.", [(2.4, 2.4, "kwh/m2", "figure")]),
        ("Growth of 3% to 4% is expected.", [(3, 4, "percent", "figure")]),
        ("Inflation stayed between 2% and 3%.", [(2, 3, "percent", "figure")]),
        ("Six to seven thousand people marched.", [(6000, 7000, "people", "figure")]),
        ("The trip takes 10 – 15min.", [(10, 15, "min", "figure")]),
        ("Speeds from 120 km to 180 km were measured.", [(120, 180, "kilometers", "figure")]),
        ("Output fell -1.4% in May.", [(-1.4, -1.4, "percent", "figure")]),
        ("It dropped to minus 40 Celsius.", [(-40, -40, "celsius", "temperature")]),
        ("The index lost -12 points.", [(-12, -12, "points", "figure")]),
        ("Three-quarters of voters agreed.", [(75, 75, "percent", "figure")]),
        ("One in five adults smoke.", [(20, 20, "percent", "figure")]),
        ("About 3/4 of the budget was spent.", [(75, 75, "percent", "figure")]),
        ("Thousands of people fled.", [(2000, 10_000, "people", "figure")]),
        ("The Galaxy S24 sold well.", []),
        ("Samsung earned ₩15.2 trillion.", [(15.2e12, 15.2e12, "KRW", "figure")]),
        ("Profit was 15.2 trillion won.", [(15.2e12, 15.2e12, "KRW", "figure")]),
        ("It cost KRW 500 billion.", [(5e11, 5e11, "KRW", "figure")]),
        ("Sales reached 40 billion yuan.", [(4e10, 4e10, "CNY", "figure")]),
        ("The fund holds RMB 3 billion.", [(3e9, 3e9, "CNY", "figure")]),
        ("It sells for ¥1,200.", [(1200, 1200, "JPY", "figure")]),
        ("Costs were 500 billion yen.", [(5e11, 5e11, "JPY", "figure")]),
        ("He paid 5 lakh rupees.", [(5e5, 5e5, "INR", "figure")]),
        ("The scheme costs Rs 2 crore.", [(2e7, 2e7, "INR", "figure")]),
        ("Some 100million people voted.", [(1e8, 1e8, "people", "figure")]),
    ],
)
def test_issue_forms(text: str, expected: list[Reading]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text", ["The firm holds ISO 9001 certification.", "A Boeing 737 landed in Seoul."]
)
def test_names_with_numbers_are_not_figures(text: str) -> None:
    assert not any(m.is_figure for m in scan(text))
