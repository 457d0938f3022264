"""How high `what` F1 can go by copying the article's words: the ceilings of extraction.

    python benchmarks/what_ceiling.py GOLD_DIR BRIEFS_DIR [GOLD_DIR BRIEFS_DIR ...] [--json F]

BRIEFS_DIR holds the briefs of GOLD_DIR's articles (``summarizer eval run GOLD_DIR
--save-briefs BRIEFS_DIR``, or replayed from the recordings). For every figure matched to the
gold (the eval's own one-to-one match), against the gold ``what`` by the eval's own
``what_f1``:

- ``brief``: the brief's ``what`` (what ``summarizer eval`` reports);
- ``best_phrase``: the best phrase of at most 10 consecutive words of the figure's sentence,
  chosen by looking at the gold (or the brief's ``what``, where it scores higher): no rule
  that copies one phrase of the sentence can score above it;
- ``best_words``: every gold content word found in the sentence (or paragraph, or article)
  and nothing else, in any order: no rule that picks words from there without paraphrasing
  can score above it.

A gold ``what`` is a reader's paraphrase ("AU soldiers killed at Leego base" for "killed at
least 50 African Union soldiers at dawn Friday"), so these ceilings say how much of the target
extraction can reach at all and how much needs a reader that rewrites.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from pydantic import ValidationError

from summarizer.brief.schema import Brief
from summarizer.errors import InputError
from summarizer.evaluation.gold import load_gold_set
from summarizer.evaluation.meaning import content_words, what_f1
from summarizer.evaluation.score import matched_figures
from summarizer.text.sentences import sentences

_LONGEST = 10  # words in a copied phrase (the brief asks for about 2-8)


def _best_phrase(sentence: str, gold: str) -> float:
    words = sentence.split()
    return max(
        (
            what_f1(" ".join(words[i:j]), gold)
            for i in range(len(words))
            for j in range(i + 1, min(len(words), i + _LONGEST) + 1)
        ),
        default=0.0,
    )


def _best_words(context: str, gold: str) -> float:
    """F1 of exactly the gold's content words found in ``context`` (precision 1)."""
    want = Counter(content_words(gold))
    if not want:
        return 1.0
    found = sum((Counter(content_words(context)) & want).values())
    recall = found / sum(want.values())
    return 2 * recall / (1 + recall) if found else 0.0


def _around(text: str, start: int, end: int) -> tuple[str, str]:
    """The sentence and the paragraph holding ``text[start:end]``."""
    sentence = next(
        (s.text for s in sentences(text, abbreviations=True) if s.start <= start < s.end),
        text[start:end],
    )
    p_start = text.rfind("\n", 0, start) + 1
    p_end = text.find("\n", end)
    return sentence, text[p_start : p_end if p_end >= 0 else len(text)]


def ceilings(gold_dir: Path, briefs_dir: Path) -> Counter[str]:
    """Sums of each score over the matched figures of ``gold_dir`` (and their count)."""
    sums: Counter[str] = Counter()
    for item in load_gold_set(gold_dir):
        brief = Brief.model_validate_json(
            (briefs_dir / f"{item.name}.json").read_text(encoding="utf-8")
        )
        for gold, figure in matched_figures(brief, item.gold, item.text):
            want = gold.what or ""
            sentence, paragraph = _around(item.text, figure.span.start, figure.span.end)
            sums["figures"] += 1
            sums["brief"] += what_f1(figure.what, want)
            sums["best_phrase"] += max(_best_phrase(sentence, want), what_f1(figure.what, want))
            sums["best_words_sentence"] += _best_words(sentence, want)
            sums["best_words_paragraph"] += _best_words(paragraph, want)
            sums["best_words_article"] += _best_words(item.text, want)
    return sums


def _means(sums: Counter[str]) -> dict[str, float]:
    figures = sums["figures"]
    means = {k: round(v / figures, 4) for k, v in sums.items() if k != "figures" and figures}
    return {"figures": figures, **means}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="+", type=Path, help="GOLD_DIR BRIEFS_DIR, repeated")
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args()
    if len(args.pairs) % 2:
        parser.error("give a BRIEFS_DIR after each GOLD_DIR")
    results = {}
    total: Counter[str] = Counter()
    for gold_dir, briefs_dir in zip(args.pairs[::2], args.pairs[1::2], strict=True):
        try:
            sums = ceilings(gold_dir, briefs_dir)
        except (InputError, OSError, ValidationError) as e:  # one line, not a traceback
            parser.error(f"{gold_dir} / {briefs_dir}: {str(e).splitlines()[0]}")
        total.update(sums)
        results[str(gold_dir)] = _means(sums)
    if len(results) > 1:
        results["all"] = _means(total)
    for name, row in results.items():
        print(name, " ".join(f"{k}={v}" for k, v in row.items()))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
