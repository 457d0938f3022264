"""Batch throughput against the fault server with a fixed latency, and a cache-hit re-run.

    python benchmarks/batch_throughput.py                 # latency 2 s, concurrency 1 8 32 128
    python benchmarks/batch_throughput.py --latency 1 --concurrency 1 8 --cache-articles 200

The server (tests/fake_server.py, in its own process so it does not share the client's
interpreter) answers every request after ``--latency`` seconds with the completion recorded
from the real local model for the tool asked for. A brief takes r requests (the staged
strategy: one per tool recorded), so the ideal throughput at concurrency c is
c / (r * latency) articles per second;
each run summarizes 4 * c articles (at least 8) with the cache off and reports the share of
ideal it reached. Targets (issue 6): at least 90 % of ideal up to concurrency 32.

Then ``--cache-articles`` articles are summarized once into a cache (latency 0), and the
``summarizer batch`` command is run again on them into a new output: every brief comes from
the cache. Target: 1,000 articles in under 5 s, command start-up included.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from batch_articles import make_articles  # noqa: E402
from fake_server import recorded_by_tool  # noqa: E402

from summarizer import Summarizer  # noqa: E402
from summarizer.batch.inputs import collect_items  # noqa: E402
from summarizer.batch.runner import run_batch  # noqa: E402
from summarizer.batch.sinks import DirSink  # noqa: E402

CASSETTE = "test_seed_article_staged.yaml"
REQUESTS_PER_ARTICLE = len(recorded_by_tool(CASSETTE))  # staged: one request per tool


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def fault_server(latency: float) -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "fake_server.py"), "--port", str(port),
         "--cassette", CASSETTE, "--by-tool", "--latency", str(latency)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith("serving "):
            raise RuntimeError(f"the fault server did not start: {line!r}")
        yield line.split()[1]
    finally:
        process.terminate()
        process.wait(timeout=10)


def throughput(url: str, latency: float, concurrency: int, work: Path) -> dict[str, float]:
    count = max(8, 4 * concurrency)
    folder = work / f"in-{concurrency}"
    items = collect_items([str(p) for p in make_articles(folder, count)])
    sink = DirSink(work / f"out-{concurrency}")
    with Summarizer(base_url=url, model="recorded-model", strategy="staged", env={}) as s:
        started = time.perf_counter()
        report = asyncio.run(run_batch(items, s, sink, concurrency=concurrency))
        seconds = time.perf_counter() - started
    sink.close()
    assert report.summarized == count, report
    rate = count / seconds
    ideal = concurrency / (REQUESTS_PER_ARTICLE * latency)
    return {"concurrency": concurrency, "articles": count, "seconds": round(seconds, 2),
            "articles_per_s": round(rate, 3), "ideal_per_s": round(ideal, 3),
            "pct_of_ideal": round(100 * rate / ideal, 1)}  # fmt: skip


def cache_rerun(count: int, work: Path) -> dict[str, float]:
    folder = work / "cache-in"
    make_articles(folder, count)
    cache = work / "cache.sqlite3"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARIZER_", "OPENAI_"))}
    with fault_server(0.0) as url:
        env.update(SUMMARIZER_BASE_URL=url, SUMMARIZER_MODEL="recorded-model",
                   SUMMARIZER_STRATEGY="staged", SUMMARIZER_CACHE=str(cache))  # fmt: skip
        command = [sys.executable, "-m", "summarizer", "batch", str(folder), "--concurrency", "32"]
        started = time.perf_counter()
        fill = subprocess.run([*command, "--out", str(work / "fill")], env=env,
                              capture_output=True, text=True)  # fmt: skip
        fill_s = time.perf_counter() - started
        if fill.returncode != 0:
            raise RuntimeError(fill.stderr)
        started = time.perf_counter()
        rerun = subprocess.run([*command, "--out", str(work / "rerun")], env=env,
                               capture_output=True, text=True)  # fmt: skip
        rerun_s = time.perf_counter() - started
    if rerun.returncode != 0 or f"{count} from the cache" not in rerun.stdout:
        raise RuntimeError(f"the re-run was not all cache hits: {rerun.stdout} {rerun.stderr}")
    return {"articles": count, "first_run_s": round(fill_s, 2), "cached_rerun_s": round(rerun_s, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=2.0)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32, 128])
    parser.add_argument("--cache-articles", type=int, default=1000)
    parser.add_argument("--json", type=Path, help="write the measurements here")
    args = parser.parse_args()
    results: dict[str, object] = {"latency_s": args.latency, "cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        rows = []
        with fault_server(args.latency) as url:
            for c in args.concurrency:
                rows.append(throughput(url, args.latency, c, work))
                print(json.dumps(rows[-1]), flush=True)
        results["throughput"] = rows
        if args.cache_articles:
            results["cache"] = cache_rerun(args.cache_articles, work)
            print(json.dumps(results["cache"]), flush=True)
    print(f"\nlatency {args.latency} s per request, {REQUESTS_PER_ARTICLE} requests per article")
    print("concurrency  articles  seconds  articles/s  ideal/s  % of ideal")
    for r in rows:
        cells = (r["concurrency"], r["articles"], r["seconds"], r["articles_per_s"],
                 r["ideal_per_s"], r["pct_of_ideal"])  # fmt: skip
        print(
            "  ".join(f"{cell:>{w}}" for cell, w in zip(cells, (11, 8, 7, 10, 7, 10), strict=True))
        )
    if "cache" in results:
        c = results["cache"]
        assert isinstance(c, dict)
        print(f"cache-hit re-run of {c['articles']} articles: {c['cached_rerun_s']} s "
              f"(first run {c['first_run_s']} s)")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
