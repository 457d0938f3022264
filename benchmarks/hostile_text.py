"""Seconds the deterministic reading takes on hostile text, at two sizes: growth tells a
linear reader from a quadratic one (a regex that backtracks, a search per pair).

    python benchmarks/hostile_text.py [--sizes 5000 20000] [--json out.json]

Each case is text an article could hold by accident (a run of spaces from HTML, a sentence
with no full stop) or a reviewer wrote to break a rule (numbers and verbs of change mixed at
random, a long run of titles). Reported: seconds for ``read_figures`` and for the attribution
of every figure, per size, and the ratio of the larger size's seconds to the smaller's (about
the size ratio for a linear reader, its square for a quadratic one). Compare runs on one
machine, not across machines.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Callable
from pathlib import Path

from summarizer import read_figures
from summarizer.text.layout import layout
from summarizer.text.numbers.quantities import figure_candidates
from summarizer.text.sources.attribution import Attribution

_TAIL = " fell 5 points, or 3%, to close at 11,520 after falling 9%, Professor Eastman said."
_WORDS = ["5", "points", "up", "down", "fell", "rose", "by", "to", "15,000"]
_SENTENCE = "Officials said 40 homes were lost and the index rose 3 percent, which was a record"


def _spaces(size: int) -> str:
    return " " * size + "Prices rose 5 points."


def _number_words(size: int) -> str:
    rng = random.Random(0)
    return " ".join(rng.choice(_WORDS) for _ in range(size // 5)) + _TAIL


def _no_full_stop(size: int) -> str:
    return " ".join([_SENTENCE] * (size // len(_SENTENCE)))


def _titles(size: int) -> str:
    return "Professor Mr Dr " * (size // 16) + _TAIL


def _one_token(size: int) -> str:
    return "x" * size + " said 5 points rose."


def _spaces_inside(size: int) -> str:
    return "Posted :" + " " * size + "x said 5 points rose."


def _surnames(size: int) -> str:
    names = ["Lee", "Kim", "Park", "Eastman", "Smith"]
    return " ".join(f"Mr {names[i % 5]} said {i} points rose." for i in range(size // 30))


def _quotes(size: int) -> str:
    para = '"We counted 40 homes. It is 12 more than planned," said Ana Ruiz.\n\n'
    return para * (size // len(para))


def _unclaimed_paragraphs(size: int) -> str:
    para = "Prices rose 4 percent in May.\n\nThe figures, released by the bureau, were high.\n\n"
    return para * (size // len(para))


def _capitalised_run(size: int) -> str:
    return "After the " + "Harbour " * (size // 8) + "drop, officials said 5 fell."


def _announcers(size: int) -> str:
    names = ["Ann", "Ben", "Cara", "Dev", "Eli"]
    item = "Acting U.S. Attorney for the Harbour District {} R. Vale of the Criminal Division"
    items = [item.format(names[i % 5]) for i in range(size // len(item))]
    return "Seven men were convicted of fraud worth $5 million, " + ", ".join(items) + " announced."


def _long_word_after_number(size: int) -> str:
    return "Prices rose 5 " + "x" * size + " in 2019."


def _open_quotes(size: int) -> str:
    return '"' + "Growth was 7 percent. " * (size // 22)


def _sentences_and_fines(size: int) -> str:
    names = ["Ann Lee", "Ben Kim", "Cara Park", "Dev Smith", "Eli Stone"]
    item = "{}, 45, of Dallas, was sentenced to {} years in prison and a ${},000 criminal fine. "
    return "".join(item.format(names[i % 5], i % 9 + 1, i) for i in range(size // len(item)))


def _dashes(size: int) -> str:
    return " ".join(["most of the dead - 595 - were civilians,"] * (size // 41)) + "."


def _acronym_after_a_run(size: int) -> str:
    return "Harbour " * (size // 8) + "said the IMF, and the IMF expects 5 percent growth."


def _people_joined(size: int) -> str:
    return ", ".join(["witnesses and officials"] * (size // 25)) + " said 40 people died."


def _spaces_after_colon(size: int) -> str:
    return "Posted :" + " " * size + "Labor Department figures showed 5 percent."


def _studies_no_full_stop(size: int) -> str:
    return " ".join(["that The study of 12 people"] * (size // 28)) + " found 5 percent."


def _deliveries_no_full_stop(size: int) -> str:
    return " and ".join(["WFP has sent aid"] * (size // 20)) + " with 5 trucks."


def _contact_details(size: int) -> str:
    item = "call 555-1234 or write to P.O. Box 371, Lowmoor, PA 15250, at 12 Harbour Point Road, "
    return item * (size // len(item)) + "40 people died."


CASES: dict[str, Callable[[int], str]] = {
    "spaces before a sentence": _spaces,
    "numbers and change words at random": _number_words,
    "one sentence, no full stop": _no_full_stop,
    "a run of titles": _titles,
    "surnames said again and again": _surnames,
    "one long token (a blob)": _one_token,
    "spaces inside a line": _spaces_inside,
    "quoted paragraphs": _quotes,
    "paragraphs named by the next one": _unclaimed_paragraphs,
    "a quotation never closed": _open_quotes,
    "a long capitalised run before a claim": _capitalised_run,
    "officials announcing together, a long list": _announcers,
    "a long word after a number": _long_word_after_number,
    "sentences and fines, name after name": _sentences_and_fines,
    "numbers between dashes, no full stop": _dashes,
    "a capitalised run, then an acronym": _acronym_after_a_run,
    "kinds of people joined, a long list": _people_joined,
    "spaces after a colon, then a body's figures": _spaces_after_colon,
    "a study's subject again and again, no full stop": _studies_no_full_stop,
    "a UN body's deliveries again and again, no full stop": _deliveries_no_full_stop,
    "contact details again and again": _contact_details,
}


def _attribute(text: str) -> None:
    reader = Attribution(text, layout(text))
    for mention in figure_candidates(text):
        reader.source_at(mention.start, mention.end)


def _seconds(work: Callable[[str], object], text: str) -> float:
    started = time.perf_counter()
    work(text)
    return round(time.perf_counter() - started, 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[5000, 20000])
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()
    small, large = args.sizes
    rows = []
    print(f"{'case':38} {'step':13} {small:>8} {large:>8}  ratio (size x{large / small:g})")
    for name, make in CASES.items():
        for step, work in (("read_figures", read_figures), ("attribution", _attribute)):
            times = [_seconds(work, make(size)) for size in (small, large)]
            ratio = round(times[1] / times[0], 1) if times[0] else None
            rows.append({"case": name, "step": step, "seconds": times, "ratio": ratio})
            print(f"{name:38} {step:13} {times[0]:8.3f} {times[1]:8.3f}  {ratio}")
    if args.json:
        results = {"sizes": [small, large], "results": rows}
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
