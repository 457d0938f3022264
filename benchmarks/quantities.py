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
Cases a news brief reads differently on purpose are listed in DELIBERATE (and, by pattern, in
DELIBERATE_CLASSES), each with its reason; they are reported apart, not hidden: "delib" counts
them and "F1 all" scores every case, theirs included.
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

from summarizer.text.meaning import figure_unit  # noqa: E402
from summarizer.text.numerals import same_number  # noqa: E402
from summarizer.text.quantities import Mention, scan  # noqa: E402
from summarizer.text.quantities import _scan as _cached_scan  # noqa: E402
from summarizer.text.units import normalise_unit  # noqa: E402

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
    "bitcoin": "BTC",
}  # fmt: skip

# Cases the brief reads differently on purpose: (file, input) -> reason. Reviewed, short.
DELIBERATE: dict[tuple[str, str], str] = {
    ("NumberModel", "192.168.1.2"): "an address, not four quantities",
}
# Whole classes read differently on purpose, by a pattern of the input, with the reason (and
# the files it applies to; None for every file).
DELIBERATE_CLASSES: list[tuple[re.Pattern[str], str, tuple[str, ...] | None]] = [
    (
        re.compile(
            r"\b(?:halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|"
            r"eighths?|ninths?|tenths?|hundredths?|trillionths?)\b|\d/\d",
            re.I,
        ),
        "fractions: the brief reads a fraction as a share in percent ('a quarter of' = 25 "
        "percent), the spec as a number (0.25)",
        None,
    ),
    (
        re.compile(
            r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:in|out of|over) "
            r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty)\b"
            r"(?![\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?)\b)",
            re.I,
        ),
        "'one in five', 'three out of ten' are shares, in percent, like every fraction (the "
        "spec: 0.2, 0.3); 'one over three' is a formula read aloud, and news English reads "
        "'over 3' as 'more than 3'",
        None,
    ),
    (
        re.compile(r"\bper ?cents? of\b", re.I),
        "'percent of 10' with the number after the word: news English writes '10 percent', "
        "and 'percent of 10' is a share of ten things, not 10 percent",
        ("PercentModel",),
    ),
    (
        re.compile(r"\byears? old\b", re.I),
        "an age ('more than thirty years old'): the scan tells ages apart from figures and "
        "the age file scores them",
        ("NumberRangeModel",),
    ),
    (
        re.compile(r"\^|\de[+-]?\d", re.I),
        "powers and e-notation: not how articles write numbers",
        None,
    ),
    (
        re.compile(r"\d \. \d"),
        "decimals split by the source corpus's tokenizer ('6 . 2 %'): "
        "not how any article writes a number",
        None,
    ),
]
DIMENSIONS = re.compile(
    r"^(?:feet|foot|ft|inch(?:es)?|yards?|miles?|mi|m|meters?|metres?|km|kilomet(?:er|re)s?|"
    r"cm|mm|kg|kilograms?|g|grams?|mg|micrograms?|pounds?|lbs?|ounces?|oz|tons?|tonnes?|"
    r"gallons?|liters?|litres?|l|ml|acres?|hectares?|square|cubic|mph|knots?|kph|kmh|"
    r"bytes?|kb|mb|gb|tb|watts?|kw|kwh|mw|gw|volts?|hz|degrees?|barrels?|square|cubic)\b",
    re.I,
)


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    unit_gold: int = 0
    unit_matched: int = 0
    deliberate: int = 0
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


def _matches(m: Mention, low: float | None, high: float | None) -> bool:
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
        unit = ISO.get(str((r.resolution or {}).get("unit", "")).casefold())
        nan = float("nan")
        low, high = (nan if low is None else low), (nan if high is None else high)
        out.append(Mention(r.start, r.end + 1, r.text, low, high, "exact", kind, unit))
    return out


def _of_type(name: str, text: str, mention: Mention) -> bool:
    """Whether ``mention`` is of the type the spec file annotates."""
    if name not in ("CurrencyModel", "PercentModel", "DimensionModel"):
        return True
    unit = normalise_unit(figure_unit(text, mention)) or ""
    if name == "CurrencyModel":
        return bool(re.fullmatch(r"[A-Z]{3}", unit)) or unit in ("cents", "cent", "pence", "sen")
    if name == "PercentModel":
        return unit == "percent"
    return bool(DIMENSIONS.match(unit))


def score(
    name: str, kind: str, *, keep_deliberate: bool = False, reader: Reader = scan_reader
) -> Tally:
    tally = Tally()
    cases = json.loads((SPECS / f"{name}.json").read_text(encoding="utf-8"))
    for case in cases:
        if "python" in case.get("NotSupportedByDesign", ""):
            continue
        text = case["Input"]
        deliberate = (name, text.strip()) in DELIBERATE or any(
            p.search(text) for p, _, files in DELIBERATE_CLASSES if files is None or name in files
        )
        if deliberate and not keep_deliberate:
            tally.deliberate += 1
            continue
        mentions = reader(name, text, kind)
        used: set[int] = set()
        for result in case.get("Results", []):
            tally.gold += 1
            start, end = result["Start"], result["End"] + 1
            low, high = _bounds(str(result["Resolution"].get("value", "nan")))
            hit = next(
                (i for i, m in enumerate(mentions)
                 if i not in used and m.start < end and start < m.end and _matches(m, low, high)),
                None,
            )  # fmt: skip
            unit = result["Resolution"].get("unit")
            if name == "CurrencyModel" and unit:
                tally.unit_gold += 1
            if hit is None:
                tally.misses.append(f"{text!r}: {result['Text']!r} = {result['Resolution']}")
                continue
            used.add(hit)
            tally.matched += 1
            if name == "CurrencyModel" and unit:
                wanted = ISO.get(unit.casefold())
                hint = mentions[hit].unit_hint
                got = hint if reader is not scan_reader else None
                got = got or normalise_unit(figure_unit(text, mentions[hit]))
                if wanted and got == wanted:
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
        f"{'file':18} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} {'unit':>6} {'delib':>5}"
    )
    for name, kind in FILES.items():
        t = score(name, kind, reader=reader)
        p, r, f1 = t.prf()
        f1_all = score(name, kind, keep_deliberate=True, reader=reader).prf()[2]
        unit = t.unit_matched / t.unit_gold if t.unit_gold else None
        rows[name] = {"gold": t.gold, "predicted": t.predicted, "precision": round(p, 3),
                      "recall": round(r, 3), "f1": round(f1, 3),
                      "value_unit_accuracy": None if unit is None else round(unit, 3),
                      "deliberate": t.deliberate, "f1_all_cases": round(f1_all, 3)}  # fmt: skip
        shown = "" if unit is None else f"{unit:6.3f}"
        print(f"{name:18} {t.gold:5} {t.predicted:5} {p:6.3f} {r:6.3f} {f1:6.3f} {shown:>6} "
              f"{t.deliberate:5} {f1_all:6.3f}")  # fmt: skip
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
