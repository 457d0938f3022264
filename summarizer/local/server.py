"""A llama-cpp-python server run as a child process on 127.0.0.1 and a free port.

The child is started with the model, a context of ``n_ctx`` tokens and one thread per core;
:meth:`LocalServer.start` returns once ``/v1/models`` answers. :meth:`LocalServer.stop` (also
run by the context manager on errors and Ctrl-C) terminates it, then kills it if it lingers.
On Linux the child also gets ``PR_SET_PDEATHSIG``, so it dies with its parent even when the
parent is killed with SIGKILL: no orphan process, no port left bound.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar, cast

from summarizer.errors import LocalModelError

__all__ = ["LocalServer", "free_port", "server_command"]

LOOPBACK = "127.0.0.1"


def free_port() -> int:
    """A TCP port nobody listens on at the moment (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


def server_command(
    model: Path, alias: str, port: int, n_ctx: int, threads: int, api_key: str | None = None
) -> list[str]:
    """The llama-cpp-python server's command line (the same interpreter as ours).

    A 2048-token batch, so the article's prompt is evaluated in one batch. Flash attention
    stays off (it slowed generation on 2 cores: docs/decisions.md).
    """
    return [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(model),
        "--model_alias", alias,
        "--n_ctx", str(n_ctx),
        "--n_threads", str(threads),
        "--n_batch", "2048",
        "--n_ubatch", "2048",
        "--host", LOOPBACK,
        "--port", str(port),
        # one argument with "=": a key opening on "-" (token_urlsafe gives one in 64) is
        # the option's value, not an option of its own
        *([f"--api_key={api_key}"] if api_key else []),
    ]  # fmt: skip


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: a busy server ignores SIGTERM


T = TypeVar("T")


class _Spawner(threading.Thread):
    """A thread that lives as long as the process and starts the children.

    ``PR_SET_PDEATHSIG`` fires when the *thread* that started the child ends, not the process:
    a server started from a worker thread (``asyncio.to_thread``, whose threads end with their
    event loop) would be killed under a ``Summarizer`` that still uses it.
    """

    def __init__(self) -> None:
        super().__init__(name="summarizer-local-server", daemon=True)
        self.requests: queue.Queue[tuple[Callable[[], Any], queue.Queue[Any]]] = queue.Queue()

    def run(self) -> None:  # pragma: no cover - runs in its own thread
        while True:
            job, answer = self.requests.get()
            try:
                answer.put((job(), None))
            except BaseException as e:  # handed back to the caller's thread
                answer.put((None, e))


_spawner: _Spawner | None = None
_spawner_lock = threading.Lock()


def _from_a_lasting_thread(job: Callable[[], T]) -> T:
    """``job()``, run by the main thread or by a thread that lasts as long as the process."""
    global _spawner
    if threading.current_thread() is threading.main_thread():
        return job()
    with _spawner_lock:
        if _spawner is None or not _spawner.is_alive():
            _spawner = _Spawner()
            _spawner.start()
        spawner = _spawner
    answer: queue.Queue[tuple[Any, BaseException | None]] = queue.Queue(maxsize=1)
    spawner.requests.put((job, answer))
    result, error = answer.get()
    if error is not None:
        raise error
    return cast(T, result)


class LocalServer:
    """One child server process; a context manager that always stops it."""

    def __init__(
        self,
        command: list[str],
        port: int,
        *,
        log_path: Path,
        startup_timeout: float = 300.0,
        model: str | None = None,
        api_key: str | None = None,
    ) -> None:
        self.command = command
        self.port = port
        self.model = model  # the alias the server must list: it is ours, not a stranger's
        self.api_key = api_key  # sent with every request: only our client is answered
        self.log_path = log_path
        self.startup_timeout = startup_timeout
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}/v1"

    def start(self) -> LocalServer:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("wb") as log:

            def popen() -> subprocess.Popen[bytes]:
                return subprocess.Popen(
                    self.command,
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    preexec_fn=_die_with_parent if os.name == "posix" else None,
                )

            try:
                self.process = _from_a_lasting_thread(popen)
            except OSError as e:
                raise LocalModelError(f"could not start the local server: {e}") from e
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + self.startup_timeout
        url = f"{self.base_url}/models"
        while time.monotonic() < deadline:
            assert self.process is not None
            code = self.process.poll()
            if code is not None:
                raise LocalModelError(
                    f"the local server exited with status {code} before answering: "
                    f"{self._log_tail()} (full log: {self.log_path})"
                )
            try:
                request = urllib.request.Request(url, headers=self._headers())
                with urllib.request.urlopen(request, timeout=2) as response:
                    if response.status == 200:
                        self._check_listing(response.read())
                        return
            except (urllib.error.URLError, OSError, TimeoutError):
                pass
            time.sleep(0.25)
        raise LocalModelError(
            f"the local server did not answer within {self.startup_timeout:g} s "
            f"(log: {self.log_path})"
        )

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}

    def _check_listing(self, body: bytes) -> None:
        """The answer must list our model: another process on the port is not our server."""
        if self.model is None:
            return
        try:
            ids = [m.get("id") for m in json.loads(body).get("data", [])]
        except (ValueError, AttributeError):
            ids = []
        if self.model not in ids:
            raise LocalModelError(
                f"port {self.port} answered, but not as the model {self.model!r} we started "
                "(another program holds it): try again"
            )

    def _log_tail(self, lines: int = 3) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "no log"
        tail = [ln.strip() for ln in text.splitlines() if ln.strip()][-lines:]
        return " | ".join(tail) or "no output"

    def stop(self, grace: float = 10.0) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            process.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=grace)

    def __enter__(self) -> LocalServer:
        return self.start() if self.process is None else self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
