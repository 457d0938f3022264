#!/usr/bin/env python3
"""Validate a gold set folder of NAME.txt / NAME.json pairs (format: GOLD.md).

Standalone, standard library only.  Usage:

    python3 check_gold.py [FOLDER] [--uncovered]   # FOLDER defaults to this file's folder

Checks, per pair:
  * the JSON parses and has the required keys with the right types;
  * every quote (figures and sources) is an exact substring of the .txt;
  * qualifier and source-kind values are in the GOLD.md vocabularies;
  * value_low <= value_high, both plain numbers;
  * each figure's number(s) appear in its quote in some written form
    (digits with or without separators, decimals, "15.2 trillion", "$6 billion",
    number words such as "two" or "a dozen", "tens of thousands");
  * no two figures share the same (value_low, value_high, quote).

ERRORS make the exit status 1.  REVIEW lines are things a human should look at
(a number the checker could not find in a quote, a quote outside 10-120 chars,
numbers in the text that no figure quote covers -- distractor or missed figure?).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

QUALIFIERS = {
    "exact",
    "approximately",
    "up to",
    "at least",
    "as many as",
    "more than",
    "fewer than",
    "range",
    "estimate",
}
KINDS = {
    "government",
    "military",
    "intelligence",
    "state media",
    "news agency",
    "company",
    "expert",
    "anonymous official",
    "document",
    "other",
}
TOP_KEYS = {
    "url": (str, type(None)),
    "outlet": str,
    "language_of_origin": str,
    "figures": list,
    "sources": list,
    "uncertainties": list,
    "caveats": list,
}
FIGURE_KEYS = {
    "value_low": (int, float),
    "value_high": (int, float),
    "unit": str,
    "what": str,
    "qualifier": str,
    "quote": str,
    "attributed_to": str,
}
SOURCE_KEYS = {"name": str, "kind": str, "quote": str}

SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
    "a dozen": 12,
}
# vague magnitude phrases -> (low, high) as annotated in this gold set
VAGUE = {
    "tens of thousands": (10_000, 100_000),
    "hundreds of thousands": (100_000, 1_000_000),
    "dozens": (24, 100),
    "hundreds": (200, 1_000),
    "thousands": (2_000, 10_000),
}

NUM_RE = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?!\w|\.\d)")
WORD_RE = re.compile(
    r"\b(?:"
    + "|".join(sorted((w for w in WORDS if " " not in w), key=len, reverse=True))
    + r"|tens of thousands|hundreds of thousands|dozens)\b",
    re.I,
)
INJECTION_RE = re.compile(
    r"\b(?:ignore|disregard|forget)\b[^\n]{0,40}\b(?:instructions|prompts?|rules)\b", re.I
)


def close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def numbers_in(text: str) -> list[tuple[float, int, int]]:
    """Digit numbers in text as (value, start, end)."""
    out = []
    for m in NUM_RE.finditer(text):
        raw = m.group(1).replace(",", "") + (m.group(2) or "")
        out.append((float(raw), m.start(), m.end()))
    return out


def spans_of(quote: str, text: str) -> list[tuple[int, int]]:
    """All (start, end) occurrences of quote in text."""
    out, start = [], 0
    while quote and (pos := text.find(quote, start)) != -1:
        out.append((pos, pos + len(quote)))
        start = pos + 1
    return out


def forms_present(value: float, quote: str) -> bool:
    """Does `value` appear in `quote` in some written form?"""
    q = quote.lower()
    nums = [v for v, _, _ in numbers_in(quote)]
    if any(close(n, value) for n in nums):
        return True
    # "15.2 trillion", "$6 billion and $7 billion", "8 and 11 billion euros"
    for word, mult in SCALES.items():
        if re.search(rf"\b{word}\b", q) and any(close(n * mult, value) for n in nums):
            return True
    # "70 or 80,000": a bare number borrowing the thousands of the number after it
    if re.search(r"\d\s*(?:or|to|-)\s*\d{1,3},000\b", q) and any(
        n < 1000 and close(n * 1000, value) for n in nums
    ):
        return True
    # number words, optionally followed by a scale word
    for word, wv in WORDS.items():
        if re.search(rf"\b{word}\b", q):
            if close(wv, value):
                return True
            for sw, mult in SCALES.items():
                if re.search(rf"\b{word}\s+{sw}\b", q) and close(wv * mult, value):
                    return True
    for phrase, (lo, hi) in VAGUE.items():
        if phrase in q and (close(lo, value) or close(hi, value)):
            return True
    return False


def check_pair(txt_path: Path, json_path: Path) -> tuple[list[str], list[str], dict]:
    errors: list[str] = []
    review: list[str] = []
    text = txt_path.read_text(encoding="utf-8")
    try:
        data = json.loads(json_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        return [f"JSON does not parse: {e}"], review, {}
    if not isinstance(data, dict):
        return ["top level is not an object"], review, {}

    for key, typ in TOP_KEYS.items():
        if key not in data:
            errors.append(f"missing top-level key {key!r}")
        elif not isinstance(data[key], typ):
            errors.append(f"top-level key {key!r} has type {type(data[key]).__name__}")
    extra = set(data) - set(TOP_KEYS)
    if extra:
        review.append(f"extra top-level keys: {sorted(extra)}")

    spans: list[tuple[int, int]] = []
    seen = set()
    for i, fig in enumerate(data.get("figures") or [], 1):
        tag = f"figure {i}"
        if not isinstance(fig, dict):
            errors.append(f"{tag}: not an object")
            continue
        for key, typ in FIGURE_KEYS.items():
            if key not in fig:
                errors.append(f"{tag}: missing key {key!r}")
            elif not isinstance(fig[key], typ) or isinstance(fig[key], bool):
                errors.append(f"{tag}: key {key!r} has type {type(fig[key]).__name__}")
        quote = fig.get("quote", "")
        tag = f"figure {i} ({quote[:50]!r})"
        qual = str(fig.get("qualifier", "")).replace("_", " ")
        if qual not in QUALIFIERS:
            errors.append(f"{tag}: qualifier {fig.get('qualifier')!r} not in vocabulary")
        lo, hi = fig.get("value_low"), fig.get("value_high")
        if isinstance(lo, (int, float)) and isinstance(hi, (int, float)):
            if lo > hi:
                errors.append(f"{tag}: value_low > value_high")
            if qual == "range" and lo == hi:
                errors.append(f"{tag}: qualifier 'range' but value_low == value_high")
            if qual != "range" and lo != hi and qual not in {"approximately", "estimate"}:
                review.append(f"{tag}: two ends but qualifier {qual!r}")
            for v in {lo, hi}:
                if isinstance(quote, str) and not forms_present(float(v), quote):
                    review.append(f"{tag}: could not confirm {v:g} in the quote")
        if isinstance(quote, str):
            if quote not in text:
                errors.append(f"{tag}: quote is not an exact substring of the text")
            else:
                spans.extend(spans_of(quote, text))
            if not 10 <= len(quote) <= 120:
                review.append(f"{tag}: quote length {len(quote)} outside 10-120")
            for a, b in spans_of(quote, text):
                line_start = text.rfind("\n", 0, a) + 1
                line_end = text.find("\n", b)
                if INJECTION_RE.search(
                    text[line_start : line_end if line_end != -1 else len(text)]
                ):
                    errors.append(f"{tag}: quote lies on a line with an injected instruction")
                    break
        key = (lo, hi, quote)
        if key in seen:
            errors.append(f"{tag}: duplicate figure")
        seen.add(key)

    names = set()
    for i, src in enumerate(data.get("sources") or [], 1):
        tag = f"source {i}"
        if not isinstance(src, dict):
            errors.append(f"{tag}: not an object")
            continue
        for key, typ in SOURCE_KEYS.items():
            if key not in src:
                errors.append(f"{tag}: missing key {key!r}")
            elif not isinstance(src[key], typ):
                errors.append(f"{tag}: key {key!r} has type {type(src[key]).__name__}")
        tag = f"source {i} ({src.get('name')!r})"
        if str(src.get("kind", "")).replace("_", " ") not in KINDS:
            errors.append(f"{tag}: kind {src.get('kind')!r} not in vocabulary")
        if isinstance(src.get("quote"), str) and src["quote"] not in text:
            errors.append(f"{tag}: quote is not an exact substring of the text")
        if src.get("name") in names:
            errors.append(f"{tag}: duplicate source name")
        names.add(src.get("name"))

    for key in ("uncertainties", "caveats"):
        for j, item in enumerate(data.get(key) or [], 1):
            if not isinstance(item, str):
                errors.append(f"{key} {j}: not a string")

    # numbers in the text that no figure quote covers: for a human to confirm they are
    # distractors (dates, times, ages, temperatures, page furniture) and not missed figures
    uncovered = []
    mentions = [(s, e) for _, s, e in numbers_in(text)]
    mentions += [(m.start(), m.end()) for m in WORD_RE.finditer(text)]
    for s, e in sorted(mentions):
        if not any(a <= s and e <= b for a, b in spans):
            ctx = text[max(0, s - 25) : min(len(text), e + 25)].replace("\n", " | ")
            uncovered.append(f"{text[s:e]!r} in ...{ctx}...")
    stats = {
        "figures": len(data.get("figures") or []),
        "sources": len(data.get("sources") or []),
        "uncovered": uncovered,
    }
    return errors, review, stats


def main(argv: list[str]) -> int:
    show_uncovered = "--uncovered" in argv
    args = [a for a in argv[1:] if not a.startswith("--")]
    folder = Path(args[0]) if args else Path(__file__).resolve().parent
    txts = sorted(folder.glob("*.txt"))
    jsons = sorted(folder.glob("*.json"))
    failed = False
    for j in jsons:
        if not j.with_suffix(".txt").exists():
            print(f"ERROR {j.name}: no matching .txt")
            failed = True
    for t in txts:
        j = t.with_suffix(".json")
        if not j.exists():
            print(f"ERROR {t.name}: no matching .json")
            failed = True
            continue
        errors, review, stats = check_pair(t, j)
        status = "FAIL" if errors else "ok"
        print(
            f"{status:4} {t.stem}: {stats.get('figures', '?')} figures, "
            f"{stats.get('sources', '?')} sources, "
            f"{len(stats.get('uncovered', []))} uncovered numbers"
        )
        for e in errors:
            print(f"  ERROR  {e}")
        for r in review:
            print(f"  REVIEW {r}")
        if show_uncovered:
            for u in stats.get("uncovered", []):
                print(f"  UNCOVERED {u}")
        failed = failed or bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
