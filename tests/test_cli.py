"""The CLI on good and bad input: a brief from a cassette, one-line errors otherwise."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from fake_server import Step, recorded_completion, serve
from support import RECORDED, ROOT, SEED_ARTICLE_NAME
from typer.testing import CliRunner

from summarizer.cli import app

runner = CliRunner()
SEED = ROOT / "tests" / "data" / SEED_ARTICLE_NAME
RECORDED_ARGS = [
    "--model",
    RECORDED["model"],
    "--base-url",
    RECORDED["base_url"],
    "--strategy",
    "single",
]


def _one_line_error(result: object, code: int, *needles: str) -> None:
    assert result.exit_code == code, result.output  # type: ignore[attr-defined]
    err = result.stderr.strip()  # type: ignore[attr-defined]
    assert err.startswith("error:"), err
    assert "Traceback" not in result.output  # type: ignore[attr-defined]
    assert len(err.splitlines()) == 1, err
    for needle in needles:
        assert needle in err, err


@pytest.mark.vcr("test_seed_article_brief.yaml")
def test_summarize_file_to_json(clean_env: None) -> None:
    result = runner.invoke(app, ["summarize", str(SEED), *RECORDED_ARGS])
    assert result.exit_code == 0, result.output
    brief = json.loads(result.stdout)
    schema = json.loads((ROOT / "schemas" / "brief.schema.json").read_text())
    jsonschema.validate(brief, schema)
    assert brief["provenance"]["model"] == RECORDED["model"]


@pytest.mark.vcr("test_seed_article_brief.yaml")
def test_summarize_stdin_to_markdown_file(tmp_path: Path, clean_env: None) -> None:
    out = tmp_path / "brief.md"
    result = runner.invoke(
        app,
        ["summarize", "-", "--format", "markdown", "--out", str(out), *RECORDED_ARGS],
        input=SEED.read_bytes(),
    )
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# ")
    assert "## Key points" in text
    assert RECORDED["model"] in text
    assert not list(tmp_path.glob(".*.tmp"))  # atomic write leaves no temp file


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"", "empty"),
        (b"   \n\t  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
        (bytes(range(128, 256)) * 20, "encoding could not be detected"),
    ],
    ids=["empty", "whitespace", "binary", "undecodable"],
)
def test_bad_input_is_one_line(tmp_path: Path, data: bytes, needle: str, clean_env: None) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    result = runner.invoke(app, ["summarize", str(path), *RECORDED_ARGS])
    _one_line_error(result, 2, needle)


def test_missing_file(clean_env: None) -> None:
    result = runner.invoke(app, ["summarize", "no/such/article.txt", *RECORDED_ARGS])
    _one_line_error(result, 2, "no such file")


def test_a_context_too_small_for_any_window(clean_env: None) -> None:
    result = runner.invoke(
        app, ["summarize", str(SEED), "--context-tokens", "3000", *RECORDED_ARGS]
    )
    _one_line_error(result, 2, "tokens", "--context-tokens")


def test_unreachable_endpoint(clean_env: None) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"
    result = runner.invoke(
        app,
        ["summarize", str(SEED), "--model", "m", "--base-url", url, "--timeout", "5"],
        env={"SUMMARIZER_TRANSPORT_RETRIES": "0"},
    )
    _one_line_error(result, 1, "cannot reach", f"127.0.0.1:{port}")


def test_bad_key_says_so(clean_env: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_API_KEY", "sk-wrong-key-for-test-000000000000")
    body = recorded_completion("test_seed_article_brief.yaml")
    with serve([Step(status=401)], body) as server:
        result = runner.invoke(
            app, ["summarize", str(SEED), "--model", "m", "--base-url", server.url]
        )
    _one_line_error(result, 1, "refused the API key", "HTTP 401")
    assert "sk-wrong" not in result.output
    assert len(server.requests) == 1  # a refused key is not retried


def test_unknown_format(clean_env: None) -> None:
    result = runner.invoke(app, ["summarize", str(SEED), "--format", "pdf", *RECORDED_ARGS])
    _one_line_error(result, 2, "unknown format")


def test_schema_command_prints_the_published_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    published = (ROOT / "schemas" / "brief.schema.json").read_text(encoding="utf-8")
    assert result.stdout == published


def test_python_dash_m_and_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "summarizer", "summarize", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for option in ("--format", "--out", "--model", "--base-url"):
        assert option in result.stdout


@pytest.mark.parametrize("where", ["folder", "under-a-file"])
def test_an_output_that_cannot_be_written_fails_before_the_model_call(
    tmp_path: Path, where: str, clean_env: None
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Officials said 40 people were hurt.", encoding="utf-8")
    target = tmp_path if where == "folder" else article / "brief.json"
    # No endpoint is reachable here: reaching the model would fail differently.
    args = ["summarize", str(article), "-o", str(target), "--base-url", "http://127.0.0.1:9/v1"]
    result = runner.invoke(app, [*args, "--model", "m"])
    assert result.exit_code == 2, result.output
    assert "cannot write" in result.stderr or "is a folder" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_unreachable_endpoint_is_exactly_one_line(tmp_path: Path, clean_env: None) -> None:
    """The real command: instructor's "API call failed" lines and the retry log stay off."""
    article = tmp_path / "a.txt"
    article.write_text("Officials said 40 people were hurt.", encoding="utf-8")
    env = {**os.environ, "SUMMARIZER_TRANSPORT_RETRIES": "1", "SUMMARIZER_RETRY_MAX_WAIT": "0.1",
           "SUMMARIZER_CACHE": "off"}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "summarizer", "summarize", str(article),
         "--base-url", "http://127.0.0.1:9/v1", "--model", "m", "--strategy", "single"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    lines = [ln for ln in done.stderr.splitlines() if ln.strip() and "Summarizing" not in ln]
    assert len(lines) == 1, done.stderr
    assert "cannot reach 127.0.0.1:9" in lines[0] and "--base-url" in lines[0]
