"""A real HTTP server on 127.0.0.1 that speaks the chat-completions protocol for fault tests.

It answers each request with a step: an HTTP error (with headers such as ``Retry-After``), a
delay, a dropped connection, a body that is not JSON, or a response body recorded from a real
model server (taken from a cassette: never written by hand). The steps come either from a
script (``serve``: one step per request, in order) or from :class:`Faults`, which injects each
fault at a set rate, deterministically per request body and attempt, and answers the rest
with the recording of the tool the request asks for (``serve_faults``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml

CASSETTES = Path(__file__).resolve().parent.parent / "cassettes"


def recorded_completion(cassette: str) -> bytes:
    """The body of the first chat-completion response recorded in ``cassette``."""
    data = yaml.safe_load((CASSETTES / cassette).read_text(encoding="utf-8"))
    for interaction in data["interactions"]:
        if interaction["request"]["uri"].endswith("/chat/completions"):
            body = interaction["response"]["body"]["string"]
            return body.encode("utf-8") if isinstance(body, str) else bytes(body)
    raise LookupError(f"no chat completion recorded in {cassette}")


@dataclass
class Step:
    """What the server does with one request."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False
    body: bytes | None = None


@dataclass
class FakeServer:
    url: str
    requests: list[dict[str, Any]]
    times: list[float]
    faults: Counter[str] = field(default_factory=Counter)  # injected fault -> times


@dataclass(frozen=True)
class Faults:
    """Rates (0..1) of each injected fault, a fixed latency for every request, and a seed.

    The fault for a request is drawn from (seed, request body, how often that body was seen),
    so a run injects the same faults whatever the order the requests arrive in, and a retry
    of the same request draws again.
    """

    rate_429: float = 0.0
    retry_after: str = "0"
    rate_500: float = 0.0
    rate_slow: float = 0.0
    slow_seconds: float = 0.2
    rate_drop: float = 0.0
    rate_invalid_json: float = 0.0
    latency: float = 0.0
    seed: int = 0

    def step(self, body: bytes, attempt: int, ok_body: bytes) -> tuple[str, Step]:
        digest = hashlib.sha256(b"%d\0%d\0" % (self.seed, attempt) + body).digest()
        roll = random.Random(digest).random()
        for kind, rate in (
            ("429", self.rate_429),
            ("500", self.rate_500),
            ("drop", self.rate_drop),
            ("invalid_json", self.rate_invalid_json),
            ("slow", self.rate_slow),
        ):
            if roll < rate:
                return kind, self._fault(kind, ok_body)
            roll -= rate
        return "ok", Step(delay=self.latency, body=ok_body)

    def _fault(self, kind: str, ok_body: bytes) -> Step:
        if kind == "429":
            return Step(429, {"retry-after": self.retry_after}, delay=self.latency)
        if kind == "500":
            return Step(500, delay=self.latency)
        if kind == "drop":
            return Step(drop=True, delay=self.latency)
        if kind == "invalid_json":
            return Step(delay=self.latency, body=ok_body[: len(ok_body) // 2])
        return Step(delay=self.latency + self.slow_seconds, body=ok_body)


def tool_name(payload: dict[str, Any]) -> str:
    """The function a chat-completions request forces (instructor's TOOLS mode)."""
    tools = payload.get("tools") or [{}]
    return str(tools[0].get("function", {}).get("name", ""))


def recorded_by_tool(*cassettes: str) -> dict[str, bytes]:
    """The last recorded completion for each tool asked for in ``cassettes``."""
    found: dict[str, bytes] = {}
    for cassette in cassettes:
        data = yaml.safe_load((CASSETTES / cassette).read_text(encoding="utf-8"))
        for interaction in data["interactions"]:
            request = interaction["request"]
            if not request["uri"].endswith("/chat/completions"):
                continue
            body = interaction["response"]["body"]["string"]
            found[tool_name(json.loads(request["body"]))] = (
                body.encode("utf-8") if isinstance(body, str) else bytes(body)
            )
    return found


@contextmanager
def serve_faults(faults: Faults, bodies: dict[str, bytes], port: int = 0) -> Iterator[FakeServer]:
    """Answer every request with the recording of its tool, after ``faults``."""
    seen: Counter[bytes] = Counter()
    lock = threading.Lock()
    counts: Counter[str] = Counter()

    def choose(index: int, payload: bytes) -> Step:
        parsed = json.loads(payload or b"{}")
        ok_body = bodies.get(tool_name(parsed))
        if ok_body is None:
            return Step(400, body=json.dumps({"error": {"message": "no recording"}}).encode())
        key = hashlib.sha256(payload).digest()
        with lock:
            attempt = seen[key]
            seen[key] += 1
        kind, step = faults.step(payload, attempt, ok_body)
        with lock:
            counts[kind] += 1
        return step

    with _serve(choose, port) as server:
        server.faults = counts
        yield server


@contextmanager
def serve(
    steps: list[Step],
    ok_body: bytes,
    port: int = 0,
    *,
    model_id: str = "recorded-model",
    api_key: str | None = None,
) -> Iterator[FakeServer]:
    """Serve ``steps`` in order (the last one repeats), on ``port`` (0: a free one); list
    ``model_id``; with ``api_key``, answer 401 to a request without it."""

    def choose(index: int, payload: bytes) -> Step:
        step = steps[min(index, len(steps) - 1)]
        if step.body is None and step.status == 200:
            return Step(step.status, step.headers, step.delay, step.drop, ok_body)
        return step

    with _serve(choose, port, model_id=model_id, api_key=api_key) as server:
        yield server


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # the batch benchmark opens 128 connections at once


@contextmanager
def _serve(
    choose: Callable[[int, bytes], Step],
    port: int,
    *,
    model_id: str = "recorded-model",
    api_key: str | None = None,
) -> Iterator[FakeServer]:
    requests: list[dict[str, Any]] = []
    times: list[float] = []
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:  # keep test output clean
            pass

        def handle(self) -> None:
            # The client may close its connection first (a timeout, or the test ended).
            with contextlib.suppress(ConnectionResetError, BrokenPipeError):
                super().handle()

        def _refused(self) -> bool:
            if api_key is None or self.headers.get("authorization") == f"Bearer {api_key}":
                return False
            self._send(401, {}, json.dumps({"error": {"message": "bad key"}}).encode())
            return True

        def do_GET(self) -> None:  # /v1/models
            if self._refused():
                return
            body = json.dumps({"object": "list", "data": [{"id": model_id}]}).encode()
            self._send(200, {}, body)

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length", 0))
            payload = self.rfile.read(length)
            if self._refused():
                return
            with lock:
                index = len(requests)
                requests.append(json.loads(payload or b"{}"))
                times.append(time.monotonic())
            step = choose(index, payload)
            if step.delay:
                time.sleep(step.delay)
            if step.drop:
                self.close_connection = True
                self.connection.close()
                return
            body = step.body
            if body is None:
                error = {"error": {"message": f"scripted {step.status}", "type": "test"}}
                body = json.dumps(error).encode()
            self._send(step.status, step.headers, body)

        def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
            try:
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout test)

    server = _Server(("127.0.0.1", port), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield FakeServer(f"http://127.0.0.1:{server.server_address[1]}/v1", requests, times)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def recorded_completions(cassette: str) -> list[bytes]:
    """Every chat-completion response body recorded in ``cassette``, in order."""
    data = yaml.safe_load((CASSETTES / cassette).read_text(encoding="utf-8"))
    bodies = []
    for interaction in data["interactions"]:
        if interaction["request"]["uri"].endswith("/chat/completions"):
            body = interaction["response"]["body"]["string"]
            bodies.append(body.encode("utf-8") if isinstance(body, str) else bytes(body))
    return bodies


def main(argv: list[str] | None = None) -> None:
    """Run as a child process: ``fake_server.py --port N --cassette NAME``, like a model
    server started by summarizer's embedded backend; answers in the order recorded. With
    ``--by-tool`` it answers every request with the recording of its tool (from every
    ``--cassette`` given) after ``--latency`` seconds (the benchmarks' server)."""
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--cassette", required=True, action="append")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--by-tool", action="store_true")
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--model-id", default="recorded-model")
    parser.add_argument("--api-key")
    args = parser.parse_args(argv)
    if args.by_tool:
        context = serve_faults(Faults(latency=args.latency), recorded_by_tool(*args.cassette),
                               port=args.port)  # fmt: skip
    else:
        bodies = recorded_completions(args.cassette[0])
        context = serve([Step(body=b) for b in bodies], bodies[-1], port=args.port,
                        model_id=args.model_id, api_key=args.api_key)  # fmt: skip
    with context as server:
        print(f"serving {server.url}", flush=True)
        threading.Event().wait()


if __name__ == "__main__":
    main()
