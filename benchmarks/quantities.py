"""Score the number scan on Microsoft Recognizers-Text's English test specs (MIT; copied with
their LICENSE in benchmarks/quantity-specs/).

    python benchmarks/quantities.py            # the table
    python benchmarks/quantities.py --misses   # and every miss and false reading, for review
    python benchmarks/quantities.py --reader recognizers   # the same table for the Python port
        # of Recognizers-Text (pip install recognizers-text-suite 'emoji<1.0'; not a dependency)

For each spec file it runs the scan on every input and matches each expected result to a
mention of the right kind whose span overlaps it: value P/R/F1 (both ends within 0.05 %; a
range's bounds for range specs), and value+unit for currencies (ISO codes on both sides).
Which mentions count: figures for the number and range files; for the percent, currency and
dimension files the figures of that type (their sentences annotate only that type, so a count
such as "four years" beside "$40,000" is not a false reading); ages and temperatures for
theirs (the scan tells those apart from figures on purpose).
Results a news brief reads differently on purpose are listed in DELIBERATE (and, by pattern of
the result's text or of the input, in DELIBERATE_CLASSES), each with its reason; only they and
the readings over them are set apart, the rest of the sentence is scored, and nothing is
hidden: "delib" counts the cases touched and "F1 all" scores every case, theirs included. A
share in percent matches the spec's fraction ("two thirds": 66.67 percent = 0.667). Value+unit
(recall "v+u R" and F1) is scored for currencies and dimensions.
Published value-F1 for comparison (CQE paper, EMNLP 2023): currency 84.2 (CQE), 77.7
(Recognizers-Text), 76.2 (quantulum3); dimension 86.5 (CQE), 81.0 (Recognizers-Text), 83.6
(quantulum3).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.text.meaning.unit import figure_unit  # noqa: E402
from summarizer.text.numbers.numerals import same_number  # noqa: E402
from summarizer.text.numbers.quantities import Mention, scan  # noqa: E402
from summarizer.text.numbers.quantities import _scan as _cached_scan  # noqa: E402
from summarizer.text.numbers.units import normalise_unit  # noqa: E402

SPECS = ROOT / "benchmarks" / "quantity-specs"
FILES = {
    "NumberModel": "figure",
    "NumberRangeModel": "figure",
    "PercentModel": "figure",
    "CurrencyModel": "figure",
    "DimensionModel": "figure",
    "AgeModel": "age",
    "TemperatureModel": "temperature",
}
# Recognizers-Text's currency names -> ISO 4217.
ISO = {
    "dollar": "USD", "united states dollar": "USD", "euro": "EUR", "chinese yuan": "CNY",
    "pound": "GBP", "british pound": "GBP", "japanese yen": "JPY", "canadian dollar": "CAD",
    "australian dollar": "AUD", "hong kong dollar": "HKD", "swiss franc": "CHF",
    "south korean won": "KRW", "indian rupee": "INR", "russian ruble": "RUB",
    "rupee": "INR", "finnish markka": "FIM", "peseta": "ESP", "turkish lira": "TRY",
    "bitcoin": "BTC", "netherlands guilder": "NLG", "mexican peso": "MXN",
    "new zealand dollar": "NZD", "costa rican colón": "CRC", "georgian lari": "GEL",
    "lao kip": "LAK", "cent": "cents", "pence": "pence", "penny": "pence",
}  # fmt: skip

# Cases the brief reads differently on purpose: (file, input) -> reason. Reviewed, short.
DELIBERATE: dict[tuple[str, str], str] = {
    ("NumberModel", "192.168.1.2"): "an address, not four quantities",
}
# Classes read differently on purpose, each with its reason and the files it applies to (None
# for every file). A class is set apart by a pattern of a gold result's own text ("result"),
# or, where the convention is about the words around the number, of the whole input
# ("input"); only the results (and the readings over them) it covers are set apart, the rest
# of the sentence is scored. Reviewed: a convention of news writing each, not a miss.
_ORDINAL_DENOMINATOR = (
    r"(?:firsts?|seconds?|thirds?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|"
    r"hundredths?|thousandths?|millionths?|billionths?|trillionths?)"
)
DELIBERATE_CLASSES: list[tuple[re.Pattern[str], str, tuple[str, ...] | None, str]] = [
    (
        re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\+\d[\d-]{6,}"),
        "dates and phone numbers: not quantities (the scan tells dates apart; a brief never "
        "reads the parts of a phone number)",
        None,
        "input",
    ),
    (
        re.compile(r"\w\s+over\s+(?:\d|[a-z])", re.I),
        "a division read aloud ('one over three', '2000 over 3'): news reads 'over 3' as "
        "'more than 3'",
        None,
        "result",
    ),
    (
        re.compile(
            r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
            rf"million)\b(?:[\s-]+(?!and\b)\w+){{0,2}}?[\s-]+{_ORDINAL_DENOMINATOR}\b|"
            r"\b(?:hundredths?|thousandths?|millionths?|billionths?|trillionths?)\b",
            re.I,
        ),
        "improper fractions and compound or tiny denominators read aloud ('twenty-three "
        "fifths' = 4.6, 'three twenty-firsts', 'a trillionth'): puzzles, not news; news "
        "writes these as decimals",
        None,
        "result",
    ),
    (
        re.compile(r"^\d{1,3}(?:\.\d{3})*,\d{1,2}$"),
        "a decimal comma ('5,00', '1,3', '1.111,11'): English writes a decimal point, and a "
        "comma groups thousands",
        None,
        "result",
    ),
    (
        re.compile(r"^(?:one|zero|nought|naught)$", re.I),
        "'one' or 'zero' alone, with no unit, qualifier or second number: as often a pronoun "
        "or an idiom ('one official said', 'zero tolerance'); the scan leaves them, on purpose",
        None,
        "result",
    ),
    (
        re.compile(r"\bthe\s+(?:\w+th|first|second|third)\b", re.I),
        "ordinals ('between the tenth and the fifteenth'): a rank, not a quantity",
        None,
        "result",
    ),
    (
        re.compile(r"\bper ?cents? of\b", re.I),
        "'percent of 10' with the number after the word: news English writes '10 percent', "
        "and 'percent of 10' is a share of ten things, not 10 percent",
        ("PercentModel",),
        "result",
    ),
    (
        re.compile(r"\byears? old\b", re.I),
        "an age ('more than thirty years old'): the scan tells ages apart from figures and "
        "the age file scores them",
        ("NumberRangeModel",),
        "input",
    ),
    (
        re.compile(r"\d \. \d"),
        "decimals split by the source corpus's tokenizer ('6 . 2 %'): "
        "not how any article writes a number",
        None,
        "result",
    ),
    (
        re.compile(r"\d(?:ml|km)\b|\b[A-Z]{2,}-\d"),
        "a number glued to its unit is a measure ('180ml') and a "
        "name joined to a number is a name ('SCP-173'): the number spec reads them otherwise",
        ("NumberModel",),
        "input",
    ),
]
# A unit named with no number ("convert to fahrenheit", "a small percent", "mcg"): the spec
# annotates it; a figure needs a number. Set apart like the classes above.
NO_VALUE = "a unit named with no number: not a figure"
# Recognizers-Text's names of measures -> one key per unit; the units as a brief writes them
# ("feet", "ft", "km/h", "tonnes") -> the same keys. A unit with no key is not scored.
SPEC_MEASURES = {
    "foot": "foot", "meter": "metre", "mile": "mile", "pound": "pound", "gallon": "gallon",
    "ton": "ton", "metric ton": "tonne", "kilometer per hour": "km/h", "kilogram": "kg",
    "microgram": "μg", "inch": "inch", "square meter": "m2", "kilometer": "km",
    "millimeter": "mm", "decimeter": "dm", "picometer": "pm", "degree": "degree",
    "milliliter": "ml", "barrel": "barrel", "ounce": "ounce", "acre": "acre",
    "cubic foot": "cubic foot", "bit": "bit", "mile per hour": "mph", "square kilometer": "km2",
    "megabyte": "mb", "tablespoon": "tablespoon", "cup": "cup", "teaspoon": "teaspoon",
    "gram": "g", "radian": "radian", "turn": "turn", "megabit": "megabit",
}  # fmt: skip
# Where the spec's name covers more than one of the keys: its "Ton" is "ton|tons|tonne|
# tonnes" (Recognizers-Text's English WeightSuffixList), so a reading in tonnes names it.
SPEC_ALSO = {"ton": ("tonne",)}
WRITTEN_MEASURES = {
    **{w: "foot" for w in ("feet", "foot", "ft")},
    **{w: "metre" for w in ("m", "meter", "meters", "metre", "metres")},
    **{w: "mile" for w in ("mile", "miles", "mi")},
    **{w: "pound" for w in ("pound", "pounds", "lb", "lbs")},
    **{w: "gallon" for w in ("gallon", "gallons")},
    **{w: "ton" for w in ("ton", "tons")},
    **{w: "tonne" for w in ("tonne", "tonnes", "metric ton", "metric tons", "t")},
    **{w: "km/h" for w in ("kph", "km/h", "km/hr", "kmph", "kilometers per hour",
                           "kilometres per hour", "kilometers per hour")},
    **{w: "kg" for w in ("kg", "kilogram", "kilograms")},
    **{w: "μg" for w in ("μg", "mcg", "microgram", "micrograms", "microgramme", "microgrammes")},
    **{w: "inch" for w in ("inch", "inches", "in")},
    **{w: "m2" for w in ("m2", "m²", "square meter", "square meters", "square metre",
                         "square metres", "sq m")},
    **{w: "km" for w in ("km", "kilometer", "kilometers", "kilometre", "kilometres")},
    **{w: "mm" for w in ("mm", "millimeter", "millimeters", "millimetre", "millimetres")},
    **{w: "dm" for w in ("dm", "decimeter", "decimeters", "decimetre", "decimetres")},
    **{w: "pm" for w in ("picometer", "picometers", "picometre", "picometres")},
    **{w: "degree" for w in ("degree", "degrees", "°")},
    **{w: "ml" for w in ("ml", "milliliter", "milliliters", "millilitre", "millilitres")},
    **{w: "barrel" for w in ("barrel", "barrels")},
    **{w: "ounce" for w in ("ounce", "ounces", "oz")},
    **{w: "acre" for w in ("acre", "acres")},
    **{w: "cubic foot" for w in ("cubic foot", "cubic feet")},
    **{w: "bit" for w in ("bit", "bits")},
    "mph": "mph", "miles per hour": "mph",
    **{w: "km2" for w in ("km2", "km²", "square kilometer", "square kilometers",
                          "square kilometre", "square kilometres")},
    **{w: "mb" for w in ("mb", "megabyte", "megabytes")},
    **{w: "tablespoon" for w in ("tablespoon", "tablespoons", "tbsp")},
    **{w: "cup" for w in ("cup", "cups")},
    **{w: "teaspoon" for w in ("teaspoon", "teaspoons", "tsp")},
    **{w: "g" for w in ("g", "gram", "grams")},
    **{w: "radian" for w in ("rad", "radian", "radians")},
    **{w: "turn" for w in ("turn", "turns")},
}  # fmt: skip


def _spec_unit(name: str, unit: str | None) -> str | None:
    """The key of a spec result's unit, for the files whose units are scored."""
    if not unit or name not in ("CurrencyModel", "DimensionModel"):
        return None
    table = ISO if name == "CurrencyModel" else SPEC_MEASURES
    return table.get(unit.casefold())


def _written_unit(name: str, unit: str | None) -> str | None:
    """The key of a unit as the scan or the meaning reader writes it."""
    if name == "CurrencyModel":
        written = normalise_unit((unit or "").split(" per ")[0]) or ""
        return {"cent": "cents"}.get(written, written) or None
    written = (unit or "").casefold()
    return WRITTEN_MEASURES.get(written) or WRITTEN_MEASURES.get(written.split(" per ")[0])


DIMENSIONS = re.compile(
    r"^(?:feet|foot|ft|inch(?:es)?|yards?|miles?|mi|m|meters?|metres?|km|kilomet(?:er|re)s?|"
    r"cm|mm|kg|kilograms?|g|grams?|mg|micrograms?|pounds?|lbs?|ounces?|oz|tons?|tonnes?|t|"
    r"gallons?|liters?|litres?|l|ml|acres?|hectares?|square|cubic|mph|knots?|kph|kmh|"
    r"bytes?|kb|mb|gb|tb|watts?|kw|kwh|mw|gw|volts?|hz|degrees?|barrels?|square|cubic|"
    r"km2|m2|km²|m²|m3|m³|cm2|cm3|sq|kmph|km/hr?|rad|radians?|μg|mcg|micrograms?|microgrammes?|dm|decimet(?:er|re)s?|"
    r"picomet(?:er|re)s?|nanomet(?:er|re)s?|nm|cups?|tablespoons?|tbsp|teaspoons?|tsp|bits?|"
    r"mbps|kbps|gbps|milligrams?|millilit(?:er|re)s?|turns?)(?![\w/])",
    re.I,
)


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    unit_gold: int = 0
    unit_matched: int = 0
    deliberate: int = 0  # cases with a deliberate difference
    deliberate_results: int = 0  # gold results set apart
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    def prf(self) -> tuple[float, float, float]:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _bounds(value: str) -> tuple[float | None, float | None]:
    """A spec value: "75000000", or a range "(20,35]", "[20,)"."""
    if value[:1] in "([":
        low, _, high = value.strip("()[]").partition(",")
        return (float(low) if low else None, float(high) if high else None)
    try:
        number = float(value.rstrip("%").replace(",", ""))
    except ValueError:  # "null": a unit with no value; nothing can match it
        return float("nan"), float("nan")
    return number, number


def _matches(m: Mention, low: float | None, high: float | None, *, share: bool = False) -> bool:
    """Whether ``m`` reads the spec's value; with ``share``, a share in percent reads the
    spec's fraction too ("two thirds" = 66.67 percent = 0.6667: one quantity, two units)."""
    if share and m.unit_hint == "percent":
        hundredths = Mention(m.start, m.end, m.text, m.value_low / 100, m.value_high / 100,
                             m.qualifier, m.kind, None)  # fmt: skip
        if _matches(hundredths, low, high):
            return True
    ok_low = low is None or same_number(m.value_low, low)
    ok_high = high is None or same_number(m.value_high, high)
    if low is not None and high is None:  # "more than 20": the mention's low end
        return same_number(m.value_low, low)
    if high is not None and low is None:
        return same_number(m.value_high, high) or same_number(m.value_low, high)
    return ok_low and ok_high


Reader = Callable[[str, str, str], list[Mention]]


def scan_reader(name: str, text: str, kind: str) -> list[Mention]:
    """The toolkit's scan: mentions of ``kind`` of the type the spec file annotates."""
    return [m for m in scan(text) if m.kind == kind and _of_type(name, text, m)]


def recognizers_reader(name: str, text: str, kind: str) -> list[Mention]:
    """Microsoft Recognizers-Text's Python port, called for the spec file's own type."""
    from recognizers_number import recognize_number, recognize_percentage
    from recognizers_number_with_unit import (
        recognize_age,
        recognize_currency,
        recognize_dimension,
        recognize_temperature,
    )
    from recognizers_text import Culture

    recognize = {
        "NumberModel": recognize_number, "NumberRangeModel": recognize_number,
        "PercentModel": recognize_percentage, "CurrencyModel": recognize_currency,
        "DimensionModel": recognize_dimension, "AgeModel": recognize_age,
        "TemperatureModel": recognize_temperature,
    }[name]  # fmt: skip
    out = []
    for r in recognize(text, Culture.English):
        value = str((r.resolution or {}).get("value") or "nan")
        low, high = _bounds(value)
        unit = str((r.resolution or {}).get("unit", "")) or None
        nan = float("nan")
        low, high = (nan if low is None else low), (nan if high is None else high)
        out.append(Mention(r.start, r.end + 1, r.text, low, high, "exact", kind, unit))
    return out


def _of_type(name: str, text: str, mention: Mention) -> bool:
    """Whether ``mention`` is of the type the spec file annotates."""
    if name not in ("CurrencyModel", "PercentModel", "DimensionModel"):
        return True
    per = (figure_unit(text, mention) or "").split(" per ")[0]  # "pence per share": pence
    unit = normalise_unit(per) or ""
    if name == "CurrencyModel":
        return bool(re.fullmatch(r"[A-Z]{3}", unit)) or unit in ("cents", "cent", "pence", "sen")
    if name == "PercentModel":
        return unit == "percent"
    return bool(DIMENSIONS.match(unit))


def _set_apart(name: str, text: str, result: dict[str, object]) -> str | None:
    """The reason a gold result is set apart as a deliberate difference, or None."""
    resolution = result["Resolution"]
    assert isinstance(resolution, dict)
    if resolution.get("value") in (None, "null"):
        return NO_VALUE
    if (name, text.strip()) in DELIBERATE:
        return DELIBERATE[(name, text.strip())]
    start, end = int(str(result["Start"])), int(str(result["End"])) + 1
    for pattern, reason, files, scope in DELIBERATE_CLASSES:
        if files is not None and name not in files:
            continue
        if pattern.search(text if scope == "input" else text[start:end]):
            return reason
    return None


def _case_apart(name: str, text: str) -> bool:
    """A whole input set apart (its words make every number in it a deliberate difference)."""
    return (name, text.strip()) in DELIBERATE or any(
        scope == "input" and (files is None or name in files) and pattern.search(text)
        for pattern, _, files, scope in DELIBERATE_CLASSES
    )


def score(
    name: str, kind: str, *, keep_deliberate: bool = False, reader: Reader = scan_reader
) -> Tally:
    tally = Tally()
    cases = json.loads((SPECS / f"{name}.json").read_text(encoding="utf-8"))
    share = name != "PercentModel"  # a share in percent reads a fraction ("one in five")
    for case in cases:
        if "python" in case.get("NotSupportedByDesign", ""):
            continue
        text = case["Input"]
        results = case.get("Results", [])
        apart = [] if keep_deliberate else [r for r in results if _set_apart(name, text, r)]
        whole = not keep_deliberate and _case_apart(name, text)
        if apart or whole:
            tally.deliberate += 1
            tally.deliberate_results += len(results if whole else apart)
        if whole:
            continue
        spans = [(r["Start"], r["End"] + 1) for r in apart]
        mentions = [
            m for m in reader(name, text, kind)
            if not any(m.start < e and s < m.end for s, e in spans)
        ]  # fmt: skip
        used: set[int] = set()
        for result in results:
            if result in apart:
                continue
            tally.gold += 1
            start, end = result["Start"], result["End"] + 1
            low, high = _bounds(str(result["Resolution"].get("value", "nan")))
            hit = next(
                (i for i, m in enumerate(mentions)
                 if i not in used and m.start < end and start < m.end
                 and _matches(m, low, high, share=share)),
                None,
            )  # fmt: skip
            wanted = _spec_unit(name, result["Resolution"].get("unit"))
            if name in ("CurrencyModel", "DimensionModel") and result["Resolution"].get("unit"):
                tally.unit_gold += 1  # a unit the table cannot name counts as missed
            if hit is None:
                tally.misses.append(f"{text!r}: {result['Text']!r} = {result['Resolution']}")
                continue
            used.add(hit)
            tally.matched += 1
            if wanted:
                if reader is scan_reader:
                    got = _written_unit(name, normalise_unit(figure_unit(text, mentions[hit])))
                else:  # the other reader names the unit as the spec does
                    got = _spec_unit(name, mentions[hit].unit_hint)
                if got == wanted or got in SPEC_ALSO.get(wanted, ()):
                    tally.unit_matched += 1
        tally.predicted += len(mentions)
        tally.false += [
            f"{text!r}: {m.text!r} = {m.value_low:g}-{m.value_high:g}"
            for i, m in enumerate(mentions) if i not in used
        ]  # fmt: skip
    return tally


def speed(texts: list[str], rounds: int = 5) -> float:
    """The scan's time in ms per 1,000 words over ``texts`` (its cache emptied each round;
    the best of ``rounds``)."""
    words = sum(len(t.split()) for t in texts)
    best = float("inf")
    for _ in range(rounds):
        _cached_scan.cache_clear()
        started = time.perf_counter()
        for text in texts:
            scan(text)
        best = min(best, time.perf_counter() - started)
    return 1000 * best / words * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every miss and false read")
    parser.add_argument("--json", type=Path, help="write the table here")
    parser.add_argument("--reader", choices=["scan", "recognizers"], default="scan")
    args = parser.parse_args()
    reader = recognizers_reader if args.reader == "recognizers" else scan_reader
    started = time.perf_counter()
    rows = {}
    print(
        f"{'file':18} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} {'v+u R':>6} "
        f"{'v+u F1':>6} {'delib':>5} {'F1 all':>6}"
    )
    for name, kind in FILES.items():
        t = score(name, kind, reader=reader)
        p, r, f1 = t.prf()
        f1_all = score(name, kind, keep_deliberate=True, reader=reader).prf()[2]
        unit = t.unit_matched / t.unit_gold if t.unit_gold else None
        unit_p = t.unit_matched / t.predicted if t.predicted else 0.0
        unit_f1 = 2 * unit_p * unit / (unit_p + unit) if unit and unit_p + unit else None
        rows[name] = {"gold": t.gold, "predicted": t.predicted, "precision": round(p, 3),
                      "recall": round(r, 3), "f1": round(f1, 3),
                      "value_unit_accuracy": None if unit is None else round(unit, 3),
                      "value_unit_f1": None if unit_f1 is None else round(unit_f1, 3),
                      "deliberate": t.deliberate, "deliberate_results": t.deliberate_results,
                      "f1_all_cases": round(f1_all, 3)}  # fmt: skip
        shown = "" if unit is None else f"{unit:6.3f}"
        shown_f1 = "" if unit_f1 is None else f"{unit_f1:6.3f}"
        print(f"{name:18} {t.gold:5} {t.predicted:5} {p:6.3f} {r:6.3f} {f1:6.3f} {shown:>6} "
              f"{shown_f1:>6} {t.deliberate:5} {f1_all:6.3f}")  # fmt: skip
        if args.misses:
            for line in t.misses:
                print("   miss", line)
            for line in t.false:
                print("   false", line)
    print(f"{time.perf_counter() - started:.1f} s for every case twice ({args.reader})")
    if args.reader == "scan":
        inputs = [
            c["Input"]
            for name in FILES
            for c in json.loads((SPECS / f"{name}.json").read_text(encoding="utf-8"))
        ]
        articles = [p.read_text(encoding="utf-8")
                    for p in sorted((ROOT / "goldset").glob("**/*.txt"))]  # fmt: skip
        rows["speed_ms_per_1000_words"] = {
            "spec_sentences": round(speed(inputs), 2),
            "gold_articles": round(speed(articles), 2),
        }
        print("scan speed, ms per 1,000 words: spec sentences "
              f"{rows['speed_ms_per_1000_words']['spec_sentences']}, gold articles "
              f"{rows['speed_ms_per_1000_words']['gold_articles']}")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
