"""Units as a brief writes them: ISO 4217 codes for money, "percent", "percentage points",
or the counted noun in lower case ("troops", "people").

News writes one currency many ways (``$``, ``US$``, ``USD``, "dollars"; ``₩``, ``KRW``, "won";
"yuan", "RMB", "CNY", "renminbi"); a brief writes each one way, so figures in one currency
compare. ``¥`` is read as the yen (the commoner use in English-language news); the yuan is
spelled out or coded.
"""

from __future__ import annotations

import re

__all__ = [
    "CURRENCIES",
    "MEASURES",
    "PERCENT",
    "PERCENT_AFTER",
    "POINTS",
    "SUBUNITS",
    "currency_code",
    "normalise_unit",
]

PERCENT = "percent"
POINTS = "percentage points"

# What a currency is written as -> its ISO 4217 code (symbols and words, case-folded).
CURRENCIES: dict[str, str] = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "a$": "AUD", "au$": "AUD", "aud": "AUD", "c$": "CAD", "ca$": "CAD", "cad": "CAD",
    "hk$": "HKD", "hkd": "HKD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "gbp": "GBP", "sterling": "GBP",
    "¥": "JPY", "yen": "JPY", "jpy": "JPY",
    "yuan": "CNY", "rmb": "CNY", "cny": "CNY", "renminbi": "CNY",
    "₩": "KRW", "won": "KRW", "krw": "KRW",
    "₹": "INR", "rupee": "INR", "rupees": "INR", "inr": "INR", "rs": "INR", "rs.": "INR",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "rub": "RUB",
    "riyal": "SAR", "riyals": "SAR", "sar": "SAR",
    "chf": "CHF", "franc": "CHF", "francs": "CHF",
    "rm": "MYR", "ringgit": "MYR", "myr": "MYR",
    "hryvnia": "UAH", "hryvnias": "UAH", "uah": "UAH",
    "peso": "MXN", "pesos": "MXN", "mxn": "MXN",
    "markka": "FIM", "markkaa": "FIM", "peseta": "ESP", "pesetas": "ESP",
    "lira": "TRY", "liras": "TRY", "lire": "TRY", "try": "TRY",
    "rand": "ZAR", "baht": "THB", "dong": "VND", "rupiah": "IDR", "naira": "NGN",
    "shekel": "ILS", "shekels": "ILS", "zloty": "PLN", "zlotys": "PLN", "krona": "SEK",
    "kronor": "SEK", "krone": "NOK", "kroner": "NOK", "dirham": "AED", "dirhams": "AED",
    "元": "CNY", "bitcoin": "BTC", "bitcoins": "BTC", "btc": "BTC", "₿": "BTC",
    # Signs of other currencies, and the dollars written with their country.
    "₡": "CRC", "₾": "GEL", "₭": "LAK", "₦": "NGN", "₱": "PHP", "₺": "TRY", "₴": "UAH",
    "₽": "RUB", "₫": "VND", "฿": "THB", "₪": "ILS", "r$": "BRL", "brl": "BRL",
    "reais": "BRL", "s$": "SGD", "sgd": "SGD", "nz$": "NZD", "nzd": "NZD", "mex$": "MXN",
    "usd$": "USD", "aud$": "AUD", "cad$": "CAD", "nzd$": "NZD", "mxn$": "MXN",
    "sek": "SEK", "nok": "NOK", "dkk": "DKK", "pln": "PLN", "zar": "ZAR",
    "us dollar": "USD", "us dollars": "USD", "u.s. dollar": "USD", "u.s. dollars": "USD",
    "american dollars": "USD", "australian dollar": "AUD", "australian dollars": "AUD",
    "canadian dollar": "CAD", "canadian dollars": "CAD", "hong kong dollar": "HKD",
    "hong kong dollars": "HKD", "new zealand dollar": "NZD", "new zealand dollars": "NZD",
    "singapore dollar": "SGD", "singapore dollars": "SGD", "taiwan dollars": "TWD",
    "swiss franc": "CHF", "swiss francs": "CHF", "french francs": "FRF",
    "pounds sterling": "GBP", "british pounds": "GBP", "dutch guilders": "NLG",
    "guilders": "NLG", "deutsche marks": "DEM", "deutschmarks": "DEM",
}  # fmt: skip
# Hundredths of a currency, kept as written: a price "down 34 cents" is in cents.
SUBUNITS = frozenset({"cent", "cents", "penny", "pence", "p", "sen", "kopeck", "kopecks"})
# Units of measure written as words after a number ("1.5 million gallon", "45-acre").
MEASURES = frozenset(
    """foot feet inch inches yard yards mile miles meter meters metre metres kilometer kilometers
    kilometre kilometres centimeter centimeters millimeter millimeters km cm mm m kg g mg lb lbs
    kilogram kilograms gram grams pound pounds ounce ounces ton tons tonne tonnes gallon gallons
    liter liters litre litres ml barrel barrels acre acres hectare hectares square cubic degree
    degrees kwh mwh gwh kw mw gw watt watts volt volts mph knot knots byte bytes gb mb tb
    millisievert millisieverts sievert sieverts decimeter decimeters decimetre decimetres dm
    microgram micrograms microgramme microgrammes mcg μg picometer picometers picometre
    picometres nanometer nanometers nanometre nanometres nm km2 m2 sq cup cups tablespoon
    tablespoons tbsp teaspoon teaspoons tsp bit bits kbps mbps gbps radian radians rad kmph
    milligram milligrams milliliter milliliters millilitre millilitres m.p.h""".split()
)
# Percent as news writes it after a number: "25%", "25 %", "25 percent", "25 per cent",
# "25 pct" (wires), "25pc" (the British press, glued), "25 percentage" and "25 percents"
# (translations); "0.4 percentage point(s)" and "0.4pp" are points, not percent.
_PERCENT = re.compile(r"^(?:%|percents?|per ?cents?|pct|pc|percentage)$", re.I)
_POINTS = re.compile(r"^(?:percentage[ -]points?|pp)$", re.I)
PERCENT_AFTER = re.compile(
    r"\s?(?:%|percentage[ -]points?\b|percentage\b|percents?\b|per\s{1,2}cents?\b|pct\b|"
    r"(?<=\d)pc\b|pp\b)",
    re.I,
)


def currency_code(written: str) -> str | None:
    """The ISO code of a currency as written ("US$", "won", "KRW"), or None."""
    return CURRENCIES.get(re.sub(r"\s+(?=\$)", "", written.strip().casefold()))


def normalise_unit(unit: str | None) -> str | None:
    """``unit`` as a brief writes it; None for nothing."""
    if unit is None or not unit.strip():
        return None
    text = " ".join(unit.split())
    if _PERCENT.match(text):
        return PERCENT
    if _POINTS.match(text):
        return POINTS
    code = currency_code(text)
    if code is not None:
        return code
    if text.casefold() in SUBUNITS:  # "cents", "pence"
        return "pence" if text.casefold() in ("p", "penny", "pence") else text.casefold()
    if re.fullmatch(r"[A-Z]{3}", text) and text.casefold() not in _SPELLING:  # an ISO code we
        return text  # do not list: as it is (not "MPH", "KPH": measures in capitals)
    return measure_spelling(_RATE_OF_TIME.sub("per ", text.casefold()))


# A rate said with an article: "barrels a day" is "barrels per day".
_RATE_OF_TIME = re.compile(r"\b(?:a|an|each)\s+(?=(?:second|minute|hour|day|week|month|year)$)")

# One spelling for a measure however the article writes it ("km", "kilometres"), and
# "persons" and "individuals" as people: a brief's units compare across articles.
_SPELLING = {
    **dict.fromkeys(("km", "kms", "kilometre", "kilometres", "kilometer"), "kilometers"),
    **dict.fromkeys(("metre", "metres", "meter"), "meters"),
    **dict.fromkeys(("cm", "centimetre", "centimetres", "centimeter"), "centimeters"),
    **dict.fromkeys(("mm", "millimetre", "millimetres", "millimeter"), "millimeters"),
    **dict.fromkeys(("kg", "kgs", "kilogram", "kilogramme", "kilogrammes"), "kilograms"),
    **dict.fromkeys(("litre", "litres", "liter"), "liters"),
    "mile": "miles",
    "foot": "feet",  # ("an eighty-foot tall statue", "a 28-inch pipeline": feet, inches)
    "inch": "inches",
    **dict.fromkeys(("km/h", "kph", "kmh", "km/hr", "kmph"), "kilometers per hour"),
    **dict.fromkeys(("mph", "m.p.h"), "miles per hour"),  # ("700 m.p.h.", the New York Times)
    "km2": "square kilometers",
    "persons": "people",
    "individuals": "people",
}


def measure_spelling(unit: str) -> str:
    """``unit`` (lower case) with its measure words spelled one way ("square km" -> "square
    kilometers", "persons" and "individuals" -> "people")."""
    return " ".join(_SPELLING.get(word, word) for word in unit.split(" "))
