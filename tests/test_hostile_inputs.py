"""Hostile input on every command that reads a user's file (issue 13).

Each command that reads files (``summarize ARTICLE``, ``summarize -``, ``view BRIEF.json``,
``view ... --article ARTICLE``, ``eval GOLD_DIR``, ``batch INPUTS --out``) meets each kind of
bad input: missing, empty, whitespace, binary, NUL bytes in text, a BOM then invalid bytes,
invalid UTF-8 in UTF-8 text, a folder, a symlink loop, a FIFO, ``/dev/zero``, a file over the
size cap, HTML without article text, and (where the command reads JSON) JSON that is not what
it wants. Single-article commands must exit 2 with exactly one ``error:`` line on stderr, no
traceback, nothing written; ``batch`` records the bad article in ``failures.jsonl`` with its
reason, finishes the good one and exits 1. No model is reachable where none is needed (a
closed port: a request would fail differently); ``batch`` talks to the fake server.
"""

from __future__ import annotations

import contextlib
import faulthandler
import json
import os
import stat
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import jsonschema
import pytest
from batch_articles import make_articles
from fake_server import FakeServer, Faults, recorded_by_tool, serve_faults
from review_support import brief_of
from support import ROOT
from typer.testing import CliRunner, Result

from summarizer.batch.sinks import file_name
from summarizer.cli import app

runner = CliRunner()
CAP = 4096  # SUMMARIZER_MAX_INPUT_BYTES in these tests: the good articles are ~1.2 kB
NO_MODEL = {
    "SUMMARIZER_BASE_URL": "http://127.0.0.1:9/v1",  # closed: a request fails loudly
    "SUMMARIZER_MODEL": "m",
    "SUMMARIZER_TRANSPORT_RETRIES": "0",
    "SUMMARIZER_CACHE": "off",
    "SUMMARIZER_MAX_INPUT_BYTES": str(CAP),
}
SCHEMA = json.loads((ROOT / "schemas" / "brief.schema.json").read_text(encoding="utf-8"))
# Non-ASCII, spaces and rich markup in every hostile file's name: the one line must still
# name it as it is.
NAME = "Séoul [red]☕ dépêche"
PAGE_WITHOUT_TEXT = b"<!doctype html><html><body><script>var x = 1;</script></body></html>"
UTF8_TEXT = "Séoul’s budget: 15.2 trillion won, the ministry said. ".encode() * 4


@pytest.fixture(autouse=True)
def _never_hang() -> Iterator[None]:
    """Reading a FIFO by mistake blocks forever (nobody writes to it): end the run with
    every thread's stack, on the real stderr (pytest's capture would lose it), after four
    minutes instead (a loaded CI machine can be slow; a hang is forever)."""
    faulthandler.dump_traceback_later(240, exit=True, file=sys.__stderr__)
    yield
    faulthandler.cancel_dump_traceback_later()


@pytest.fixture(scope="module")
def server() -> Iterator[FakeServer]:
    with serve_faults(Faults(), recorded_by_tool("test_seed_article_staged.yaml")) as running:
        yield running


def _with_model(server: FakeServer) -> dict[str, str]:
    return {**NO_MODEL, "SUMMARIZER_BASE_URL": server.url, "SUMMARIZER_MODEL": "recorded-model",
            "SUMMARIZER_STRATEGY": "staged"}  # fmt: skip


# -- the hostile inputs: each made at a given path ------------------------------------------


def _bytes(data: bytes) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.write_bytes(data)

    return make


def _symlink_to(target: str) -> Callable[[Path], None]:
    return lambda path: path.symlink_to(target)


def _loop(path: Path) -> None:
    path.symlink_to(path)


def _fifo(path: Path) -> None:
    os.mkfifo(path)  # reading it would block forever: nobody writes


HOSTILE: dict[str, tuple[Callable[[Path], None] | None, str]] = {
    "missing": (None, "no such file"),
    "empty": (_bytes(b""), "is empty"),
    "whitespace": (_bytes(b"  \n\t \r\n  "), "is empty"),
    "binary": (_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200)), "looks binary"),
    "nul-in-text": (_bytes(b"Officials said 40 people\x00 were hurt. " * 4), "looks binary"),
    "bom-then-invalid": (
        _bytes(b"\xef\xbb\xbfTroops \xff\xfe remain, officials said."),
        "UTF-8 with invalid bytes",
    ),
    "invalid-utf8-inside": (
        _bytes(UTF8_TEXT + b"\xff\xfe" + UTF8_TEXT),
        f"UTF-8 with invalid bytes (at byte {len(UTF8_TEXT)})",
    ),
    "folder": (lambda path: path.mkdir(), "is a folder"),
    "symlink-loop": (_loop, "Too many levels of symbolic links"),
    "fifo": (_fifo, "not a regular file"),
    "dev-zero": (_symlink_to("/dev/zero"), "not a regular file"),
    "too-large": (_bytes(b"Up to 8,000 troops remain. " * 200), f"over the {CAP:,}-byte limit"),
    "html-without-text": (_bytes(PAGE_WITHOUT_TEXT), "HTML with no article text"),
}
# What can come on standard input (a name cannot).
DATA_KINDS = [k for k in HOSTILE if k not in ("missing", "folder", "symlink-loop", "fifo",
                                              "dev-zero")]  # fmt: skip


def _make(kind: str, path: Path) -> Path:
    make = HOSTILE[kind][0]
    path.parent.mkdir(parents=True, exist_ok=True)
    if make is not None:
        make(path)
    return path


def _one_line_error(result: Result, needle: str, code: int = 2) -> None:
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: "), lines[0]
    assert needle in lines[0], lines[0]


def _nothing_in(folder: Path) -> None:
    """Nothing (a page, a brief, a temporary file, even the folder) was made at ``folder``."""
    assert not folder.exists(), list(folder.iterdir())


# -- one article: summarize FILE, summarize -, view, eval -----------------------------------

CASES = (
    [("summarize", k) for k in HOSTILE]
    + [("summarize-stdin", k) for k in DATA_KINDS]
    + [("view-article", k) for k in HOSTILE]
    + [("view-brief", k) for k in HOSTILE if k != "too-large"]  # a brief is not an article
    + [("eval-article", k) for k in HOSTILE if k not in ("too-large", "html-without-text")]
    + [("eval-annotation", k) for k in HOSTILE if k != "too-large"]
)
# What differs from the article's reason when the file is read as JSON or a gold pair.
NEEDLES = {
    ("view-brief", "html-without-text"): "is not a summarizer brief",
    ("eval-article", "missing"): "holds no NAME.txt / NAME.json pairs",
    ("eval-annotation", "missing"): "holds no NAME.txt / NAME.json pairs",
    ("eval-annotation", "html-without-text"): "not a gold annotation",
}


@pytest.mark.parametrize(("command", "kind"), CASES, ids=[f"{c}-{k}" for c, k in CASES])
def test_bad_input_is_one_line_and_leaves_nothing(
    tmp_path: Path, command: str, kind: str, clean_env: None
) -> None:
    written = tmp_path / "written"  # where the command was asked to write
    needle = NEEDLES.get((command, kind), HOSTILE[kind][1])
    source = tmp_path / "in" / f"{NAME}.txt"
    shown = NAME  # the file the line must name
    stdin: bytes | None = None
    if command == "summarize":
        args = ["summarize", str(_make(kind, source)), "-o", str(written / "brief.json")]
    elif command == "summarize-stdin":
        stdin = _make(kind, source).read_bytes()
        args = ["summarize", "-", "-o", str(written / "brief.json")]
    elif command == "view-article":
        article = "Up to 8,000 troops remain, officials said."
        brief = tmp_path / "brief.json"
        brief.write_text(brief_of(article, [("Up to 8,000", "up_to")]).model_dump_json())
        args = ["view", str(brief), "--article", str(_make(kind, source)),
                "-o", str(written / "page.html")]  # fmt: skip
    elif command == "view-brief":
        args = ["view", str(_make(kind, source.with_suffix(".json"))),
                "-o", str(written / "page.html")]  # fmt: skip
    else:  # eval: the gold pair's article, or its annotation, is the hostile file
        gold = tmp_path / "gold"
        hostile = gold / ("a.txt" if command == "eval-article" else "a.json")
        _make(kind, hostile)
        shown = hostile.name
        other = hostile.with_suffix(".json" if command == "eval-article" else ".txt")
        other.write_text("{}" if other.suffix == ".json" else "Up to 8 died.", encoding="utf-8")
        args = ["eval", str(gold), "-o", str(written / "report.json")]
    if stdin is not None and kind == "too-large":
        needle = f"standard input is {CAP + 1:,} bytes"  # read up to the cap, and one more
    result = runner.invoke(app, args, input=stdin, env=NO_MODEL)
    _one_line_error(result, needle)
    if command != "summarize-stdin" and "pairs" not in needle:
        assert shown in result.stderr
    _nothing_in(written)


# -- many articles: batch -------------------------------------------------------------------

BATCH_CASES = [k for k in HOSTILE if k not in ("missing", "folder")]


@pytest.mark.parametrize("kind", BATCH_CASES)
def test_batch_records_a_bad_article_and_finishes_the_rest(
    tmp_path: Path, kind: str, server: FakeServer, clean_env: None
) -> None:
    good = make_articles(tmp_path / "in", 1)[0]
    bad = _make(kind, tmp_path / "in" / f"{NAME}.txt")
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(good), str(bad), "--out", str(out)],
                           env=_with_model(server))  # fmt: skip
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    needle = HOSTILE[kind][1]
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed ")]
    assert len(failed) == 1 and needle in failed[0], result.stderr
    records = [json.loads(line) for line in (out / "failures.jsonl").read_text().splitlines()]
    assert [r["input"] for r in records] == [str(bad)]
    assert needle in records[0]["message"]
    briefs = sorted(out.glob("*.json"))
    assert [p.name for p in briefs] == [file_name(str(good.resolve()))]
    jsonschema.validate(json.loads(briefs[0].read_text(encoding="utf-8")), SCHEMA)
    assert not list(out.glob(".*.tmp"))


def test_batch_names_that_match_nothing_stop_before_any_work(
    tmp_path: Path, server: FakeServer, clean_env: None
) -> None:
    good = make_articles(tmp_path / "in", 1)[0]
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(good), str(tmp_path / f"{NAME}.txt"), "--out",
                                 str(out)], env=_with_model(server))  # fmt: skip
    _one_line_error(result, "no such file, folder or matching glob")
    assert NAME in result.stderr
    assert not out.exists()


def test_batch_jsonl_lines_fail_alone(tmp_path: Path, server: FakeServer, clean_env: None) -> None:
    """A BOM before the first line is no reason to fail it; a line that is not JSON, not an
    object, without a "text", with empty text or HTML without article text, or with invalid
    UTF-8, fails alone with its reason, and the good lines are summarized."""
    good = make_articles(tmp_path / "in", 2)
    texts = [p.read_text(encoding="utf-8") for p in good]
    lines = [
        b"\xef\xbb\xbf" + json.dumps({"id": "first", "text": texts[0]}).encode(),
        b"{not json",
        b"[1, 2]",
        json.dumps({"id": "no-text", "body": "Up to 8 died."}).encode(),
        json.dumps({"id": "number", "text": 5}).encode(),
        json.dumps({"id": "blank", "text": " \n "}).encode(),
        json.dumps({"id": "page", "html": PAGE_WITHOUT_TEXT.decode()}).encode(),
        b'{"id": "latin-1", "text": "Le minist\xe8re a d\xe9clar\xe9 2 000 \xe9l\xe8ves."}',
        json.dumps({"id": "last", "text": texts[1]}, ensure_ascii=False).encode(),
    ]
    feed = tmp_path / f"{NAME}.jsonl"
    feed.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "briefs.jsonl"
    result = runner.invoke(app, ["batch", str(feed), "--out", str(out)], env=_with_model(server))
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    done = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in done) == ["first", "last"]
    failures = tmp_path / "briefs.failures.jsonl"
    records = [json.loads(line) for line in failures.read_text(encoding="utf-8").splitlines()]
    reasons = {r["input"].rsplit(":", 1)[1]: r["message"] for r in records}
    expected = {
        "2": "not a JSON object (Expecting",
        "3": "not a JSON object",
        "4": 'needs a "text" (or "html") string',
        "5": 'needs a "text" (or "html") string',
        "6": "the text is empty",
        "7": "HTML with no article text",
        "8": "not UTF-8 (an invalid byte at byte 37 of the line)",
    }
    assert sorted(reasons) == sorted(expected), reasons
    for number, needle in expected.items():
        assert f"{feed}:{number}" in reasons[number] and needle in reasons[number], reasons
    assert "9 article(s): 2 summarized" in result.stdout


# -- what must decode, and names -------------------------------------------------------------

FRENCH = "Le ministère a déclaré que près de 2 000 élèves étaient concernés, selon l’académie. "


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_legacy_and_utf16_text_is_decoded_not_refused(
    tmp_path: Path, encoding: str, server: FakeServer, clean_env: None
) -> None:
    """Sent to the model as the text it is (checked in the request the model got)."""
    text = FRENCH.replace("’", "'") * 5 if encoding == "cp1252" else FRENCH * 5
    article = tmp_path / "article.txt"
    article.write_bytes(text.encode(encoding))
    before = len(server.requests)
    result = runner.invoke(app, ["summarize", str(article)], env=_with_model(server))
    assert result.exit_code == 0, result.output
    sent = json.dumps(server.requests[before:], ensure_ascii=False)
    assert json.dumps(text.strip(), ensure_ascii=False)[1:-1] in sent
    assert json.loads(result.stdout)["article"]["chars"] == len(text)


def test_long_non_ascii_names_in_and_out(
    tmp_path: Path, server: FakeServer, clean_env: None
) -> None:
    """A 252-byte name of four-byte characters: read, summarized, written (the temporary file
    beside it must fit the 255 bytes of a name too), and its batch brief named within 255."""
    long = "\U00020000" * 62  # 248 bytes
    article = make_articles(tmp_path / "made", 1)[0].rename(tmp_path / f"{long}.txt")
    out = tmp_path / "out" / f"{long}.json"
    result = runner.invoke(app, ["summarize", str(article), "-o", str(out)],
                           env=_with_model(server))  # fmt: skip
    assert result.exit_code == 0, result.output
    jsonschema.validate(json.loads(out.read_text(encoding="utf-8")), SCHEMA)
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no temporary file left
    folder = tmp_path / "briefs"
    result = runner.invoke(app, ["batch", str(article), "--out", str(folder)],
                           env=_with_model(server))  # fmt: skip
    assert result.exit_code == 0, result.output
    (brief,) = folder.glob("*.json")
    assert len(brief.name.encode("utf-8")) <= 255


# -- outputs that cannot be written, and outputs that are not files ---------------------------


@pytest.mark.parametrize(
    ("command", "where"),
    [
        ("summarize", "under-a-file"),
        ("summarize", "a-folder"),
        ("summarize", "under-a-missing-folder-under-a-file"),
        ("view", "under-a-file"),
        ("view", "a-folder"),
        ("batch-folder", "under-a-file"),
        ("batch-folder", "a-file"),
        ("batch-jsonl", "under-a-file"),
        ("batch-jsonl", "a-folder"),
        ("eval", "under-a-file"),
    ],
)
def test_an_output_that_cannot_be_written_is_one_line_before_any_work(
    tmp_path: Path, command: str, where: str, clean_env: None
) -> None:
    """No model is reachable: the output is checked before any request (exit 2, one line);
    nothing is created. As root every folder is writable, so a path under a regular file
    stands for an unwritable one."""
    article = tmp_path / "a.txt"
    article.write_text("Up to 8,000 troops remain, officials said.", encoding="utf-8")
    suffix = ".jsonl" if command == "batch-jsonl" else ".html" if command == "view" else ".json"
    target = {
        "under-a-file": article / f"out{suffix}",
        "under-a-missing-folder-under-a-file": article / "new" / f"out{suffix}",
        "a-folder": tmp_path / f"folder{suffix}",
        "a-file": tmp_path / "taken.json",
    }[where]
    (tmp_path / f"folder{suffix}").mkdir()
    (tmp_path / "taken.json").write_text("{}", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    if command == "summarize":
        args = ["summarize", str(article), "-o", str(target)]
    elif command == "view":
        brief = tmp_path / "brief.json"
        brief.write_text(
            brief_of(article.read_text(), [("Up to 8,000", "up_to")]).model_dump_json()
        )
        before = sorted(p.name for p in tmp_path.rglob("*"))
        args = ["view", str(brief), "--article", str(article), "-o", str(target)]
    elif command.startswith("batch"):
        args = ["batch", str(article), "--out", str(target)]
    else:
        gold = tmp_path / "gold"
        gold.mkdir()
        (gold / "a.txt").write_text("Up to 8 died.", encoding="utf-8")
        (gold / "a.json").write_text("{}", encoding="utf-8")
        before = sorted(p.name for p in tmp_path.rglob("*"))
        args = ["eval", str(gold), "--briefs", str(tmp_path / "folder.json"), "-o", str(target)]
    result = runner.invoke(app, args, env=NO_MODEL)
    needle = {"under-a-file": "a.txt", "under-a-missing-folder-under-a-file": "a.txt",
              "a-folder": "folder", "a-file": "taken.json"}[where]  # fmt: skip
    _one_line_error(result, needle)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # nothing made, nothing left


def test_an_output_through_a_symlink_or_into_a_pipe_stays_what_it_is(
    tmp_path: Path, server: FakeServer, clean_env: None
) -> None:
    """``-o latest.json`` (a link) writes the file it names; ``-o`` a named pipe (or
    /dev/null, /dev/stdout) writes into it: neither is replaced by a regular file."""
    article = make_articles(tmp_path / "in", 1)[0]
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    result = runner.invoke(app, ["summarize", str(article), "-o", str(link)],
                           env=_with_model(server))  # fmt: skip
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and json.loads(real.read_text(encoding="utf-8"))["figures"]

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_bytes()), daemon=True)
    reader.start()
    try:
        result = runner.invoke(app, ["summarize", str(article), "-o", str(pipe)],
                               env=_with_model(server))  # fmt: skip
    finally:
        if reader.is_alive() and stat.S_ISFIFO(pipe.stat().st_mode):
            # unblock a reader still waiting if nothing was written; without blocking: the
            # reader may end between the test above and this open, and a blocking open for
            # writing with no reader left waits forever (ENXIO instead)
            with contextlib.suppress(OSError):
                os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(timeout=10)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert got and json.loads(got[0])["figures"]


@pytest.mark.slow
def test_the_real_process_on_a_fifo_does_not_block(tmp_path: Path) -> None:
    """The installed command, not the test runner: a FIFO given as the article is refused at
    once (nothing writes to it, so reading it would block forever)."""
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARIZER_", "OPENAI_"))}
    done = subprocess.run(
        [str(Path(sys.executable).parent / "summarizer"), "summarize", str(fifo)],
        capture_output=True, text=True, env={**env, **NO_MODEL}, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == [
        f"error: {fifo} is not a regular file (a device or a pipe): give a text file"
    ]
