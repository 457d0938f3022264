"""Long articles: windows, requests, tokens, seconds and client memory by article length.

    python benchmarks/long_article.py                        # stand-in server, every size
    python benchmarks/long_article.py --base-url http://127.0.0.1:8765/v1 --sizes 2000 8000

Inputs are the real gold articles (goldset/real/, Wikinews CC BY 2.5 and VOA public domain)
repeated to about 2k, 8k, 32k and 128k words (each line of a repeat opens with "(copy bcd)":
a line repeated word for word is scraping noise to the layout), plus one 200 kB line with no
line or sentence
break (the same words with the breaks taken out). Each size runs in its own process, so its
peak memory (max RSS, interpreter included) is its own.

With no ``--base-url`` the endpoint is the stand-in server of tests/fake_server.py: it
answers every request at once with the recording of the real local model for the tool asked
for (sources, notes, summary), so seconds measure the client alone; the tokens sent are
counted with the client's own conservative estimate of each request's messages (the stand-in
does not tokenize; its usage counts are those of its recording). With ``--base-url`` the
model's own usage counts are meaningful too, and seconds are the model's. Targets (issue
14): tokens per 1,000 words about constant from 8k words up, client memory under 300 MB at
128k words, no error at any size.

Figures: the brief of the repeated input should hold as many figures as the scan finds in its
copies read one by one (the same recall as on the single articles).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = [2_000, 8_000, 32_000, 128_000]
LINE_BYTES = 200_000
CASSETTES = ["test_seed_article_staged.yaml", "test_a_long_article_is_read_in_windows.yaml"]


def _articles() -> list[str]:
    return [p.read_text("utf-8") for p in sorted((ROOT / "goldset" / "real").glob("*.txt"))]


def _tag(i: int) -> str:
    """A word that tells copy ``i`` apart without adding a number to it."""
    return "".join("abcdefghij"[int(d)] for d in str(i))


def _tagged(article: str, copy: int) -> str:
    """The article with each line marked as copy ``copy``: a line repeated word for word is
    scraping noise to the layout, so identical copies would be read once."""
    if copy == 0:
        return article
    tag = f"(copy {_tag(copy)}) "  # at the start: a line's end tells a sentence from a title
    return "\n".join(tag + ln if ln.strip() else ln for ln in article.split("\n"))


def make_input(words: int | None) -> tuple[str, list[tuple[int, str]]]:
    """About ``words`` words of gold articles joined (or the 200 kB line for None), and
    (offset, article) of each copy in it."""
    copies: list[tuple[int, str]] = []
    parts: list[str] = []
    size, count = 0, 0
    articles = _articles()
    target = words if words is not None else 10**9
    while count < target and (words is not None or size < LINE_BYTES):
        article = _tagged(articles[len(copies) % len(articles)], len(copies) // len(articles))
        copies.append((size, article))
        parts.append(article)
        size += len(article) + 2
        count += len(article.split())
    text = "\n\n".join(parts)
    if words is None:  # one line: no newline, no sentence end
        text = " ".join(text.replace(".", "").split())[:LINE_BYTES]
        copies = []
    return text, copies


def run_one(words: int | None, base_url: str, model: str) -> dict[str, Any]:
    """One brief of the input of ``words`` words, in this process."""
    from summarizer import Summarizer
    from summarizer.api.limits import input_budget
    from summarizer.text.numbers.quantities import figure_candidates
    from summarizer.text.windows import estimate, split_windows

    text, copies = make_input(words)
    sent: list[int] = []  # the estimate of each request's messages, as the client sent them
    started = time.perf_counter()
    with Summarizer(env={}, base_url=base_url, model=model, cache=False) as summarizer:
        backend = summarizer.backend
        extract = backend.extract

        def counting(response_model: Any, messages: Any, *args: Any, **kwargs: Any) -> Any:
            sent.append(sum(estimate(m["content"]) for m in messages))
            return extract(response_model, messages, *args, **kwargs)

        backend.extract = counting  # type: ignore[method-assign]
        result = summarizer.summarize_result(text)
        budget = input_budget(summarizer.settings)
    seconds = time.perf_counter() - started
    stats = result.stats
    assert stats is not None
    n_words = len(text.split())
    # Each copy read alone: the sum of their figures is what the long input should hold.
    alone = sum(len(figure_candidates(article)) for _, article in copies) if copies else None
    return {
        "words": n_words,
        "chars": len(text),
        "windows": len(split_windows(text, budget)),
        "requests": stats.requests,
        "sent_tokens_estimate": sum(sent),
        "largest_sent_estimate": max(sent),
        "sent_tokens_per_1000_words": round(1000 * sum(sent) / n_words, 1),
        "usage_prompt_tokens": stats.prompt_tokens,  # the stand-in's are its recording's
        "usage_completion_tokens": stats.completion_tokens,
        "seconds": round(seconds, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "figures": len(result.brief.figures),
        "figures_of_the_copies_alone": alone,
        "warnings": sorted({w.code for w in result.brief.warnings}),
    }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def stand_in() -> Iterator[str]:
    port = _free_port()
    command = [sys.executable, str(ROOT / "tests" / "fake_server.py"), "--port", str(port),
               "--by-tool"] + [a for c in CASSETTES for a in ("--cassette", c)]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline() if process.stdout else ""
        if not line.startswith("serving "):
            raise RuntimeError(f"the stand-in server did not start: {line!r}")
        yield line.split()[1]
    finally:
        process.terminate()
        process.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", help="A model endpoint (default: the stand-in server).")
    parser.add_argument("--model", default="qwen2.5-coder-1.5b-instruct")
    parser.add_argument("--sizes", type=int, nargs="*", default=SIZES)
    parser.add_argument("--no-line", action="store_true", help="Skip the 200 kB line.")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child's size (0: line)
    parser.add_argument("-o", "--out", type=Path, help="Write the rows as JSON here.")
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(run_one(args.one or None, args.base_url, args.model)))
        return
    rows = []
    sizes = [*args.sizes, *([] if args.no_line else [0])]
    with stand_in() if args.base_url is None else _given(args.base_url) as url:
        for size in sizes:
            child = subprocess.run(
                [sys.executable, __file__, "--one", str(size), "--base-url", url,
                 "--model", args.model],
                capture_output=True, text=True, check=False,
                env={**os.environ, "SUMMARIZER_CACHE": "off"},
            )  # fmt: skip
            if child.returncode != 0:
                rows.append({"size": size, "error": child.stderr.strip().splitlines()[-1:]})
            else:
                rows.append({"size": size or "200 kB line", **json.loads(child.stdout)})
            print(json.dumps(rows[-1]), flush=True)
    if args.out:
        args.out.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


@contextmanager
def _given(url: str) -> Iterator[str]:
    yield url


if __name__ == "__main__":
    main()
