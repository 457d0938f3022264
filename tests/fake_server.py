"""A real HTTP server on 127.0.0.1 that speaks the chat-completions protocol for fault tests.

It answers each request with the next scripted step: an HTTP error (with headers such as
``Retry-After``), a delay, a dropped connection, or a response body recorded from a real
model server (taken from a cassette: never written by hand).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
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


@contextmanager
def serve(steps: list[Step], ok_body: bytes, port: int = 0) -> Iterator[FakeServer]:
    """Serve ``steps`` in order (the last one repeats), on ``port`` (0: a free one)."""
    requests: list[dict[str, Any]] = []
    times: list[float] = []
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:  # keep test output clean
            pass

        def do_GET(self) -> None:  # /v1/models
            body = json.dumps({"object": "list", "data": [{"id": "recorded-model"}]}).encode()
            self._send(200, {}, body)

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length", 0))
            payload = self.rfile.read(length)
            with lock:
                index = len(requests)
                requests.append(json.loads(payload or b"{}"))
                times.append(time.monotonic())
            step = steps[min(index, len(steps) - 1)]
            if step.delay:
                time.sleep(step.delay)
            if step.drop:
                self.close_connection = True
                self.connection.close()
                return
            body = step.body
            if body is None:
                body = (
                    ok_body
                    if step.status == 200
                    else json.dumps(
                        {"error": {"message": f"scripted {step.status}", "type": "test"}}
                    ).encode()
                )
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

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
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
    server started by summarizer's embedded backend; answers in the order recorded."""
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--cassette", required=True)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args(argv)
    bodies = recorded_completions(args.cassette)
    steps = [Step(body=b) for b in bodies]
    with serve(steps, bodies[-1], port=args.port) as server:
        print(f"serving {server.url}", flush=True)
        threading.Event().wait()


if __name__ == "__main__":
    main()
