"""A SQLite cache of briefs, so an unchanged article is never summarized twice.

The key is a SHA-256 over everything that decides the brief: the article's text (and, for an
HTML page, the title and byline taken from it), the prompt set's hash, the brief's schema
version, the toolkit's version and a hash of its code, the model, the endpoint (for a remote
model) and the parameters sent with every call (strategy, instructor mode, temperature,
output and context limits, re-ask count). Change any of them and the article is summarized again.

One file, WAL journal, a busy timeout: two runs may share it. Stored briefs hold no
credential (a brief never does). The default file sits in the settings' cache folder;
``SUMMARIZER_CACHE`` (``Settings.cache``) names another one.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import time
from functools import lru_cache
from pathlib import Path
from typing import Any

from summarizer._version import __version__
from summarizer.brief.schema import SCHEMA_VERSION, Brief
from summarizer.errors import ConfigError
from summarizer.settings import CACHE_FILE, Settings, resolve_settings

__all__ = ["BriefCache", "cache_key", "code_sha256", "default_cache_path"]

log = logging.getLogger("summarizer")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS briefs (
    key TEXT PRIMARY KEY,
    brief TEXT NOT NULL,
    model TEXT NOT NULL,
    prompt_tokens INTEGER NOT NULL,
    completion_tokens INTEGER NOT NULL,
    created REAL NOT NULL
)
"""


@lru_cache(maxsize=1)
def code_sha256() -> str:
    """SHA-256 of the package's Python sources (computed once per process)."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def default_cache_path() -> Path:
    """The default brief cache file (``briefs.sqlite3`` in the cache folder of the settings:
    ``SUMMARIZER_CACHE_DIR`` or the user cache folder)."""
    return resolve_settings(embedded=True).cache_folder / CACHE_FILE


def cache_key(
    text: str,
    *,
    settings: Settings,
    model: str,
    prompt_sha256: str,
    extra: dict[str, Any] | None = None,
) -> str:
    """The cache key of one brief (hex SHA-256)."""
    parts = {
        "article_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "prompt_sha256": prompt_sha256,
        "schema_version": SCHEMA_VERSION,
        "summarizer_version": __version__,
        # What made the brief: the package's own code (the scan, grounding, tool schemas),
        # not only its version number, which does not move with every change.
        "code_sha256": code_sha256(),
        "model": model,
        # The embedded server's port changes on every start: only a remote endpoint counts.
        "endpoint": None if settings.embedded else settings.base_url,
        "local_model": _file_identity(settings.local_model) if settings.embedded else None,
        "strategy": settings.resolved_strategy,
        "mode": settings.resolved_mode,
        "temperature": settings.temperature,
        "max_output_tokens": settings.max_output_tokens,
        "context_tokens": settings.context_tokens,
        "reask_retries": settings.reask_retries,
        "extra": extra or {},
    }
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()


def _file_identity(path: str | None) -> str | None:
    """A user's own GGUF: its path, size and mtime (another file at the same path is another
    model)."""
    if not path:
        return None
    try:
        info = Path(path).expanduser().stat()
    except OSError:
        return path
    return f"{path}:{info.st_size}:{info.st_mtime_ns}"


class BriefCache:
    """Briefs by key in one SQLite file."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path).expanduser() if path else default_cache_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(_SCHEMA)
            self._db.commit()
        except (OSError, sqlite3.Error) as e:
            raise ConfigError(
                f"cannot open the brief cache {self.path}: {e}; use another cache file or none",
                settings=("cache",),
            ) from e

    def get(self, key: str) -> Brief | None:
        """The brief under ``key``; None when there is none or the cache cannot be read
        (the article is then summarized: a cache never fails a brief)."""
        try:
            row = self._db.execute("SELECT brief FROM briefs WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error as e:
            log.warning("brief cache %s unreadable (%s): summarizing again", self.path, e)
            return None
        if row is None:
            return None
        try:
            return Brief.model_validate_json(row[0])
        except ValueError:  # written by an incompatible version: summarize again
            return None

    def put(self, key: str, brief: Brief) -> None:
        """Keep ``brief``; a cache that cannot be written (locked, disk full) is reported
        and skipped, never allowed to lose a brief already paid for."""
        usage = brief.provenance.usage
        try:
            self._db.execute(
                "INSERT OR REPLACE INTO briefs VALUES (?, ?, ?, ?, ?, ?)",
                (key, brief.model_dump_json(), brief.provenance.model,
                 usage.prompt_tokens, usage.completion_tokens, time.time()),
            )  # fmt: skip
            self._db.commit()
        except sqlite3.Error as e:
            log.warning("brief cache %s not written (%s)", self.path, e)

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM briefs").fetchone()[0])

    def close(self) -> None:
        self._db.close()
