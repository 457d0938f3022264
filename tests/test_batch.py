"""Batch runs: inputs, resumable outputs, the cache, cost and budgets, and faults.

The model is the fault server of ``fake_server.py``: a real HTTP server on 127.0.0.1 that
answers each request with the completion recorded (from the real local model) for the tool
the request asks for, after injecting 429 with Retry-After, 500, slow answers, dropped
connections and bodies that are not JSON at set rates.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from batch_articles import make_articles
from fake_server import Faults, Step, recorded_by_tool, serve, serve_faults
from support import kill_when
from typer.testing import CliRunner

from summarizer import SCHEMA_VERSION, Summarizer
from summarizer.api.cache import BriefCache
from summarizer.batch.cost import Budget, Price, PriceTable, Spend
from summarizer.batch.inputs import collect_items
from summarizer.batch.runner import run_batch
from summarizer.batch.sinks import DirSink, JsonlSink, file_name, open_sink
from summarizer.cli import app
from summarizer.errors import ConfigError, InputError, OutputError

BODIES = recorded_by_tool("test_seed_article_staged.yaml")
CALLS = len(BODIES)  # model calls per brief (staged: one per recorded tool)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_text(encoding="utf-8").encode("utf-8")).hexdigest()


# -- inputs ---------------------------------------------------------------------------------


def test_inputs_from_folder_glob_file_and_jsonl(tmp_path: Path) -> None:
    paths = make_articles(tmp_path / "a", 3)
    (tmp_path / "a" / "notes.bin").write_bytes(b"\0\1")  # not an article suffix: skipped
    jsonl = tmp_path / "feed.jsonl"
    jsonl.write_text(
        json.dumps({"id": "wire-1", "text": "Some 40 people were hurt, police said."}) + "\n"
        + "{not json\n"
        + json.dumps({"text": "An untitled line."}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    items = collect_items([str(tmp_path / "a"), str(tmp_path / "a" / "*.txt"), str(paths[0]),
                           str(jsonl)])  # fmt: skip
    ids = [item.id for item in items]
    assert ids[:3] == [str(p.resolve()) for p in paths]  # the glob and the file: no repeats
    assert ids[3:] == ["wire-1", f"{jsonl}:2", f"{jsonl}:3"]
    assert items[3].load().text.startswith("Some 40 people")
    with pytest.raises(InputError, match="not a JSON object"):
        items[4].load()
    with pytest.raises(InputError, match="no such file, folder or matching glob"):
        collect_items([str(tmp_path / "missing-*.txt")])


# -- outputs --------------------------------------------------------------------------------


def test_jsonl_output_cuts_a_torn_line_and_knows_what_is_done(tmp_path: Path) -> None:
    out = tmp_path / "briefs.jsonl"
    out.write_text('{"id": "a", "brief": {}}\n{"id": "b", "bri', encoding="utf-8")
    sink = JsonlSink(out)
    sink.close()
    assert out.read_text(encoding="utf-8") == '{"id": "a", "brief": {}}\n'
    assert sink.done == {"a"}


def test_failures_file_keeps_only_what_still_fails(tmp_path: Path) -> None:
    items = collect_items([str(p) for p in make_articles(tmp_path / "in", 2)])
    sink = DirSink(tmp_path / "out")
    sink.fail(items[0], InputError("first reason"))
    sink.fail(items[1], InputError("second reason"))
    sink.fail(items[1], InputError("second reason, again"))
    assert sink.finish(items) == 2
    records = [json.loads(line) for line in sink.failures_path.read_text().splitlines()]
    assert [(r["id"], r["message"]) for r in records] == [
        (items[0].id, "first reason"), (items[1].id, "second reason, again"),
    ]  # fmt: skip
    # While a run holds the output, a second one is refused.
    with pytest.raises(ConfigError, match="another batch is writing to"):
        DirSink(tmp_path / "out")
    sink.close()
    # A later run summarized the first one: it leaves the failures file.
    sink2 = DirSink(tmp_path / "out")
    sink2.path_of(items[0]).write_text("{}")
    assert sink2.finish(items) == 1
    # An article no longer in the run keeps its record but does not count as failing.
    assert sink2.finish(items[:1]) == 0
    assert len(sink2.failures_path.read_text().splitlines()) == 1
    sink2.close()


def test_file_names_are_unique_and_readable() -> None:
    assert file_name("/x/a/report.txt") != file_name("/x/b/report.txt")
    assert file_name("/x/a/report.txt").startswith("report-")
    assert file_name("feed.jsonl:12").startswith("feed-")
    assert file_name("C:\\news\\report.txt").startswith("report-")


def test_a_line_separator_inside_a_record_splits_nothing(tmp_path: Path) -> None:
    """U+2028 and U+0085 are text inside JSON strings (str.splitlines would split there)."""
    feed = tmp_path / "feed.jsonl"
    text = "Some 40 people were hurt,\u2028police said.\u0085 About 12 were freed."
    feed.write_text(json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\n"
                    + json.dumps({"id": "b", "text": "Up to 9 died."}) + "\n",
                    encoding="utf-8")  # fmt: skip
    items = collect_items([str(feed)])
    assert [i.id for i in items] == ["a", "b"] and items[0].load().text == text
    out = tmp_path / "briefs.jsonl"
    out.write_text(json.dumps({"id": "a", "brief": {"quote": text}}, ensure_ascii=False) + "\n",
                   encoding="utf-8")  # fmt: skip
    sink = JsonlSink(out)
    sink.close()
    assert sink.done == {"a"}


def test_an_id_two_articles_share_fails_the_second_with_both_places(tmp_path: Path) -> None:
    day1, day2 = tmp_path / "day1.jsonl", tmp_path / "day2.jsonl"
    day1.write_text(json.dumps({"id": "1", "text": "Up to 9 died."}) + "\n", encoding="utf-8")
    day2.write_text(json.dumps({"id": "1", "text": "About 4 hurt."}) + "\n", encoding="utf-8")
    items = collect_items([str(day1), str(day2), str(day1)])  # day1 twice: read once
    assert [i.id for i in items] == ["1", f"{day2}:1"]
    with pytest.raises(InputError, match=f"duplicate id '1', also at {day1}:1"):
        items[1].load()


def test_the_run_own_output_is_never_an_input(tmp_path: Path) -> None:
    make_articles(tmp_path, 2)
    (tmp_path / "briefs.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "briefs.failures.jsonl").write_text("", encoding="utf-8")
    found = collect_items(
        [str(tmp_path / "*")], skip=[tmp_path / "briefs.jsonl", tmp_path / "briefs.failures.jsonl"]
    )
    assert [Path(i.id).name for i in found] == ["article-0000.txt", "article-0001.txt"]


# -- cost -----------------------------------------------------------------------------------


def test_price_table_override_and_budget(tmp_path: Path) -> None:
    prices = tmp_path / "prices.json"
    prices.write_text(json.dumps({"my-model": {"input": 1.0, "output": 2.0}}))
    table = PriceTable.load(prices)
    assert table.cost("my-model", 1_000_000, 500_000) == pytest.approx(2.0)
    assert table.cost("gpt-4o-mini", 1_000_000, 0) == pytest.approx(0.15)  # built-in kept
    assert table.cost("unknown", 10, 10) is None
    assert PriceTable(free=frozenset({"local"})).cost("local", 10**6, 10**6) == 0.0
    prices.write_text(json.dumps({"bad": {"input": "x"}}))
    with pytest.raises(ConfigError, match="numeric"):
        PriceTable.load(prices)
    spend = Spend()
    spend.add(900, 50, Price(1.0, 2.0).cost(900, 50))
    assert Budget(max_tokens=1000).reached(spend) is None
    spend.add(100, 0, None)
    assert "token budget" in (Budget(max_tokens=1000).reached(spend) or "")
    assert spend.cost is None  # one unpriced part makes the total unknown


# -- cache ----------------------------------------------------------------------------------


def test_cache_answers_an_unchanged_article_without_a_request(tmp_path: Path) -> None:
    text = make_articles(tmp_path, 1)[0].read_text(encoding="utf-8")
    cache = BriefCache(tmp_path / "cache.sqlite3")
    with serve_faults(Faults(), BODIES) as server:
        options = {"base_url": server.url, "model": "m", "strategy": "staged", "env": {}}
        with Summarizer(cache=cache, **options) as summarizer:
            first = summarizer.summarize_result(text)
            again = summarizer.summarize_result(text)
            assert len(server.requests) == CALLS
            assert not first.cached and first.stats.requests == CALLS
            assert again.cached and again.stats.requests == 0
            assert again.brief == first.brief
            summarizer.summarize(text + " Edited.")  # a changed article is summarized
            assert len(server.requests) == 2 * CALLS
        with Summarizer(cache=cache, **{**options, "model": "other"}) as summarizer:
            summarizer.summarize(text)  # another model: another key
            assert len(server.requests) == 3 * CALLS
    assert len(cache) == 3


# -- the runner, in process -----------------------------------------------------------------


def test_run_stops_starting_articles_at_the_token_budget(tmp_path: Path) -> None:
    items = collect_items([str(p) for p in make_articles(tmp_path / "in", 12)])
    sink = DirSink(tmp_path / "out")
    with (
        serve_faults(Faults(), BODIES) as server,
        Summarizer(base_url=server.url, model="m", strategy="staged", env={}) as summarizer,
    ):
        report = asyncio.run(
            run_batch(items, summarizer, sink, concurrency=2, budget=Budget(max_tokens=10_000))
        )
    per_article = sum(json.loads(body)["usage"]["total_tokens"] for body in BODIES.values())
    # Two in flight: the budget is checked before each start, so while the total is below
    # 10,000 another article starts; the one that crosses it stops the run, and the other
    # article then in flight still finishes.
    crossing = -(-10_000 // per_article)  # articles done when the budget is first reached
    assert report.summarized == crossing + 1
    assert report.spend.tokens == report.summarized * per_article
    assert report.not_started == 12 - report.summarized
    assert len(list((tmp_path / "out").glob("article-*.json"))) == report.summarized


def test_a_refused_key_stops_the_run_and_loses_nothing(tmp_path: Path) -> None:

    items = collect_items([str(p) for p in make_articles(tmp_path / "in", 5)])
    sink = DirSink(tmp_path / "out")
    with (
        serve([Step(401)], b"") as server,
        Summarizer(base_url=server.url, model="m", strategy="staged", env={}) as summarizer,
    ):
        report = asyncio.run(run_batch(items, summarizer, sink, concurrency=1))
    assert report.fatal is not None and "refused the API key" in str(report.fatal)
    assert report.failed == 1 and report.not_started == 4
    assert sink.finish(items) == 1


# -- the command, with faults and a kill ----------------------------------------------------


def _cli_env(url: str, cache: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARIZER_", "OPENAI_"))}
    env.update({
        "SUMMARIZER_BASE_URL": url, "SUMMARIZER_MODEL": "recorded-model",
        "SUMMARIZER_STRATEGY": "staged", "SUMMARIZER_TRANSPORT_RETRIES": "1",
        "SUMMARIZER_RETRY_MAX_WAIT": "0.05", "SUMMARIZER_TIMEOUT": "10",
        "SUMMARIZER_CACHE": str(cache) if cache else "off",
    })  # fmt: skip
    return env


def _lines(path: Path) -> list[dict[str, object]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


def test_batch_of_200_under_faults_survives_kill_9_and_resumes(tmp_path: Path) -> None:
    paths = make_articles(tmp_path / "in", 200)
    out = tmp_path / "briefs.jsonl"
    failures = tmp_path / "briefs.failures.jsonl"
    # A slow answer (1.5 s) outlasts the client's 1 s timeout: timeouts are retried too.
    faults = Faults(rate_429=0.08, retry_after="0", rate_500=0.08, rate_drop=0.04,
                    rate_invalid_json=0.04, rate_slow=0.05, slow_seconds=1.5, latency=0.005,
                    seed=7)  # fmt: skip
    command = [sys.executable, "-m", "summarizer", "batch", str(tmp_path / "in"),
               "--out", str(out), "--concurrency", "8"]  # fmt: skip
    with serve_faults(faults, BODIES) as server:
        env = {**_cli_env(server.url), "SUMMARIZER_TIMEOUT": "1"}
        first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE)  # fmt: skip
        kill_when(first, lambda: out.exists() and out.read_bytes().count(b"\n") >= 60)
        complete = out.read_bytes().count(b"\n")  # a line torn by the kill is not done
        assert 60 <= complete < 200

        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert second.returncode in (0, 1), second.stderr
    done = _lines(out)
    failed = _lines(failures)
    done_ids = [str(r["id"]) for r in done]
    failed_ids = [str(r["id"]) for r in failed]
    every = {str(p.resolve()) for p in paths}
    # Nothing duplicated, nothing lost: each article is summarized or failed, once.
    assert len(done_ids) == len(set(done_ids)) and len(failed_ids) == len(set(failed_ids))
    assert set(done_ids).isdisjoint(failed_ids)
    assert set(done_ids) | set(failed_ids) == every
    # Each brief is the brief of its own article.
    by_id = {str(p.resolve()): p for p in paths}
    for record in done:
        brief = record["brief"]
        assert isinstance(brief, dict)
        assert brief["article"]["sha256"] == sha(by_id[str(record["id"])])
    # Each failure says why.
    for record in failed:
        assert record["error"] in {"ServerError", "RateLimitedError", "EndpointUnreachableError"}
        assert record["message"]
    # The resumed run skipped what the killed one had finished.
    assert f"{complete} already done" in second.stdout
    # Every kind of fault was injected.
    assert {"429", "500", "drop", "invalid_json", "slow", "ok"} <= set(server.faults)
    assert (second.returncode == 1) == bool(failed)


def test_batch_command_cache_rerun_and_budget_exit(tmp_path: Path) -> None:
    make_articles(tmp_path / "in", 6)
    cache = tmp_path / "cache.sqlite3"
    runner = CliRunner()
    with serve_faults(Faults(), BODIES) as server:
        env = _cli_env(server.url, cache)
        first = runner.invoke(app, ["batch", str(tmp_path / "in"), "--out",
                                    str(tmp_path / "out1")], env=env)  # fmt: skip
        assert first.exit_code == 0, first.output
        assert "6 summarized" in first.output
        assert len(server.requests) == 6 * CALLS
        # Another output folder: every article comes from the cache, no request is sent.
        second = runner.invoke(app, ["batch", str(tmp_path / "in"), "--out",
                                     str(tmp_path / "out2")], env=env)  # fmt: skip
        assert second.exit_code == 0, second.output
        assert "6 from the cache" in second.output and len(server.requests) == 6 * CALLS
        # A budget stops the run cleanly, with its own exit status.
        third = runner.invoke(app, ["batch", str(tmp_path / "in"), "--out",
                                    str(tmp_path / "out3"), "--no-cache", "--max-tokens", "1",
                                    "--concurrency", "1"], env=env)  # fmt: skip
        assert third.exit_code == 4, third.output
        assert "token budget reached" in third.output and "5 not started" in third.output
        # The last article crossing the budget leaves nothing unstarted: a complete run.
        last = runner.invoke(app, ["batch", str(tmp_path / "in" / "article-0000.txt"), "--out",
                                   str(tmp_path / "out5"), "--no-cache", "--max-tokens", "1"],
                             env=env)  # fmt: skip
        assert last.exit_code == 0, last.output
        assert "stopped" not in last.output
        # --max-cost needs a price for the model.
        fourth = runner.invoke(
            app,
            ["batch", str(tmp_path / "in"), "--out", str(tmp_path / "out4"), "--max-cost", "1"],
            env={**env, "SUMMARIZER_BASE_URL": "http://10.0.0.1:9/v1"},
        )
        assert fourth.exit_code == 2 and "needs a price" in fourth.output
    files = {p.name: p.read_text() for p in (tmp_path / "out1").glob("*.json")}
    assert Counter(json.loads(t)["schema_version"] for t in files.values()) == {SCHEMA_VERSION: 6}


def test_an_output_that_cannot_be_written_ends_the_run_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    items = collect_items([str(p) for p in make_articles(tmp_path / "in", 6)])
    sink = DirSink(tmp_path / "out")
    written: list[str] = []
    real_write = DirSink.write

    def write(self: DirSink, item: object, brief: object, *, cached: bool) -> None:
        if len(written) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(self, item, brief, cached=cached)  # type: ignore[arg-type]
        written.append("x")

    monkeypatch.setattr(DirSink, "write", write)
    with (
        serve_faults(Faults(), BODIES) as server,
        Summarizer(base_url=server.url, model="m", strategy="staged", env={}) as summarizer,
    ):
        report = asyncio.run(run_batch(items, summarizer, sink, concurrency=1))
    sink.close()
    assert isinstance(report.fatal, OutputError)
    assert "No space left on device" in str(report.fatal)
    assert len(list((tmp_path / "out").glob("article-*.json"))) == 2  # what was saved stays
    assert report.not_started == 3


def test_a_broken_cache_never_fails_a_brief(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    text = make_articles(tmp_path, 1)[0].read_text(encoding="utf-8")
    cache = BriefCache(tmp_path / "cache.sqlite3")
    cache.close()  # every query now raises sqlite3.ProgrammingError
    with (
        serve_faults(Faults(), BODIES) as server,
        Summarizer(
            base_url=server.url, model="m", strategy="staged", env={}, cache=cache
        ) as summarizer,
    ):
        result = summarizer.summarize_result(text)
    assert not result.cached and result.brief.figures
    assert "brief cache" in caplog.text


def test_the_embedded_server_starts_once_however_many_ask(
    monkeypatch: pytest.MonkeyPatch, clean_env: None
) -> None:
    import summarizer.api.summarizer as api

    starts: list[int] = []

    class Server:
        base_url = "http://127.0.0.1:9/v1"
        api_key = None

        def stop(self) -> None:
            pass

    def start(settings: object, progress: object) -> Server:
        starts.append(1)
        time.sleep(0.2)  # the model loads: other callers arrive meanwhile
        return Server()

    monkeypatch.setattr(api, "start_embedded", start)
    with Summarizer(env={}) as summarizer:
        assert summarizer.settings.embedded

        async def ask() -> None:
            await asyncio.gather(*(asyncio.to_thread(lambda: summarizer.backend) for _ in range(4)))

        asyncio.run(ask())
    assert starts == [1]


def test_batch_on_the_embedded_model_starts_it_once_before_the_progress_bar(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_env: None
) -> None:
    """With nothing configured the embedded model runs: its server (here a stand-in serving
    the recording) is started once, before the batch's progress bar, one article at a time."""
    import summarizer.api.summarizer as api

    make_articles(tmp_path / "in", 3)
    starts: list[int] = []
    with serve_faults(Faults(), BODIES) as server:

        class Server:
            base_url = server.url
            api_key = None

            def stop(self) -> None:
                pass

        def start(settings: object, progress: object) -> Server:
            starts.append(1)
            return Server()

        monkeypatch.setattr(api, "start_embedded", start)
        result = CliRunner().invoke(app, ["batch", str(tmp_path / "in"), "--out",
                                          str(tmp_path / "out"), "--no-cache"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Starting the embedded model" in result.output and "3 summarized" in result.output
    assert starts == [1]
    assert len(server.requests) == 3 * CALLS


def test_a_model_on_this_machine_costs_nothing() -> None:
    from summarizer.settings import resolve_settings

    local = resolve_settings({}, base_url="http://127.0.0.1:8080/v1", model="gpt-4o")
    remote = resolve_settings({}, base_url="https://llm.example.org/v1", model="gpt-4o")
    assert PriceTable.for_endpoint(local, "gpt-4o").cost("gpt-4o", 10**6, 10**6) == 0.0
    assert PriceTable.for_endpoint(remote, "gpt-4o").cost("gpt-4o", 10**6, 10**6) == 12.5
    assert PriceTable.for_endpoint(remote, "unpriced").cost("unpriced", 1, 1) is None


def test_a_whole_last_record_without_its_newline_is_kept(tmp_path: Path) -> None:
    out = tmp_path / "briefs.jsonl"
    out.write_text('{"id": "a", "brief": {}}\n{"id": "b", "brief": {}}', encoding="utf-8")
    sink = JsonlSink(out)
    sink.close()
    assert sink.done == {"a", "b"}
    assert out.read_text(encoding="utf-8").endswith('{"id": "b", "brief": {}}\n')


def test_a_users_own_jsonl_is_not_taken_as_output(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "x", "text": "an article"}', encoding="utf-8")
    with pytest.raises(ConfigError, match="lines summarizer did not write"):
        JsonlSink(feed)
    assert feed.read_text(encoding="utf-8") == '{"id": "x", "text": "an article"}'


def test_a_failures_file_torn_inside_a_utf8_sequence_resumes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    whole = json.dumps({"id": "a", "message": "ü"}, ensure_ascii=False).encode("utf-8")
    (out / "failures.jsonl").write_bytes(whole + b"\n" + whole[:-3])  # cut inside "ü"
    sink = DirSink(out)
    sink.close()
    assert (out / "failures.jsonl").read_bytes() == whole + b"\n"


def test_file_names_are_cut_by_bytes_on_a_character_boundary() -> None:
    name = file_name("\U00020000" * 60)
    assert len(name.encode("utf-8")) <= 255
    name.encode("utf-8").decode("utf-8")  # whole characters only


def test_the_cache_key_moves_with_the_code(monkeypatch: pytest.MonkeyPatch) -> None:
    """A brief cached by older code is not served as new: the key holds a hash of the code."""
    import summarizer.api.cache as cache
    from summarizer.settings import Settings

    settings = Settings(model="m", base_url="http://127.0.0.1:8080/v1")
    before = cache.cache_key("text", settings=settings, model="m", prompt_sha256="p")
    monkeypatch.setattr(cache, "code_sha256", lambda: "other code")
    assert cache.cache_key("text", settings=settings, model="m", prompt_sha256="p") != before


@pytest.mark.parametrize("out_name", ["out", "briefs.jsonl"])
def test_a_rerun_with_other_settings_is_refused_or_redone(tmp_path: Path, out_name: str) -> None:
    """Briefs made with another prompt set are not kept as done: the run is refused with one
    line that says how to choose, or (--redo-stale) they are made again, each once."""
    import shutil

    from summarizer.llm.prompts import builtin_prompt_root

    make_articles(tmp_path / "in", 3)
    other = tmp_path / "other-prompts"
    shutil.copytree(builtin_prompt_root() / "default", other)
    with (other / "summary.j2").open("a", encoding="utf-8") as handle:
        handle.write("\nBe brief.")
    out = str(tmp_path / out_name)
    runner = CliRunner()
    with serve_faults(Faults(), BODIES) as server:
        env = _cli_env(server.url, None)
        first = runner.invoke(app, ["batch", str(tmp_path / "in"), "--out", out], env=env)
        assert first.exit_code == 0, first.output
        again = runner.invoke(app, ["batch", str(tmp_path / "in"), "--out", out], env=env)
        assert again.exit_code == 0 and "3 already done" in again.output
        other_run = ["batch", str(tmp_path / "in"), "--out", out, "--prompts", str(other)]
        refused = runner.invoke(app, other_run, env=env)
        assert refused.exit_code == 2
        assert "3 brief(s) made with other settings" in refused.stderr
        assert "--redo-stale" in refused.stderr
        redone = runner.invoke(app, [*other_run, "--redo-stale"], env=env)
        assert redone.exit_code == 0, redone.output
        assert "3 summarized" in redone.output
    sink = open_sink(Path(out))
    try:
        items = collect_items([str(tmp_path / "in")])
        made = {sink.stored(i) for i in items}
    finally:
        sink.close()
    assert len(made) == 1  # every brief now made by the other prompt set
    if out_name.endswith(".jsonl"):
        lines = Path(out).read_text(encoding="utf-8").splitlines()
        assert len(lines) == 3  # each article once: the stale records were replaced
