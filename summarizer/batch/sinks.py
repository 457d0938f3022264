"""Where a batch writes: one brief per file in a folder, or one JSON line per article.

Nothing is lost and nothing is written twice:

* a folder gets ``NAME-HASH.json`` per article, written to a temporary file and renamed, so a
  file is either whole or absent, whenever the process dies (even ``kill -9``);
* a ``.jsonl`` file gets one line per article, appended in a single write and flushed; a
  line torn by a crash is cut off when the file is opened again;
* failures go to ``failures.jsonl`` in the folder (or ``FILE.failures.jsonl``) as they
  happen, with their reason; at the end of a run the file is rewritten to hold only the
  articles still failing, once each.

What is already written is done: a re-run skips it. Failed articles are tried again.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import stat
import tempfile
import time
from pathlib import Path
from typing import IO, Any

from summarizer._version import __version__
from summarizer.batch.inputs import Item
from summarizer.brief.schema import SCHEMA_VERSION, Brief
from summarizer.errors import BackendError, ConfigError, OutputError

__all__ = [
    "DirSink",
    "JsonlSink",
    "Producer",
    "Sink",
    "check_writable",
    "failure_record",
    "file_name",
    "open_sink",
    "producer_of",
    "write_atomically",
]


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a crash never leaves a half-written file.

    A device or a pipe (``/dev/null``, ``/dev/stdout``, a FIFO) is written to, never replaced
    by a file; a symbolic link stays one (the file it names is replaced)."""
    if _special(path):
        with path.open("w", encoding="utf-8") as handle:
            handle.write(text)
        return
    path = Path(os.path.realpath(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=_temp_prefix(path), suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _special(path: Path) -> bool:
    """Whether ``path`` is an existing device, pipe or socket (what a link names counts)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _temp_prefix(path: Path) -> str:
    """A hidden name beside ``path`` for its temporary file, within the 255 bytes of a name
    (cut by bytes, on a character boundary, leaving room for the random part and suffix)."""
    name = path.name.encode("utf-8")[:MAX_STEM_BYTES].decode("utf-8", "ignore")
    return f".{name}."


def check_writable(path: Path) -> None:
    """OutputError unless a file can be written at ``path`` (checked before paying for it):
    not a folder, under a folder (or where one can be made), and writable. Nothing is left
    behind: a missing folder is made only when the file is written."""
    if path.is_dir():
        raise OutputError(f"{path} is a folder: give a file name", settings=("out",))
    if _special(path):
        if not os.access(path, os.W_OK):
            raise OutputError(f"cannot write {path}: permission denied", settings=("out",))
        return
    folder = Path(os.path.realpath(path)).parent
    missing = not folder.exists()
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise OutputError(
            f"cannot write {path}: {folder} is a file, not a folder", settings=("out",)
        )
    try:
        if missing:  # made only when the file is written
            if not os.access(folder, os.W_OK | os.X_OK):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
            return
        fd, probe = tempfile.mkstemp(dir=folder, prefix=_temp_prefix(path), suffix=".probe")
        os.close(fd)
        Path(probe).unlink()
    except OSError as e:
        raise OutputError(f"cannot write {path}: {e.strerror or e}", settings=("out",)) from e


def failure_record(item: Item, error: BaseException) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": item.id,
        "input": item.origin,
        "error": type(error).__name__,
        "message": str(error) or repr(error),
        "time": round(time.time(), 3),
    }
    if isinstance(error, BackendError):
        record["attempts"] = error.attempts
        record["usage"] = error.usage
    return record


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The whole JSON lines of ``path`` (a torn last line is ignored)."""
    if not path.exists():
        return []
    out = []
    # Split on "\n" only: a brief quotes the article verbatim, and U+2028 or U+0085 in it
    # must not split a record in two (str.splitlines would).
    # Bytes decoded line by line: a line cut inside a UTF-8 sequence by a crash is skipped,
    # never an error that stops every resume.
    for line in path.read_bytes().decode("utf-8", errors="replace").split("\n"):
        try:
            value = json.loads(line)
        except ValueError:
            continue
        if isinstance(value, dict):
            out.append(value)
    return out


def _lock(path: Path, out: Path) -> IO[bytes]:
    """An exclusive lock on ``path``, held while the run writes to ``out``."""
    handle = path.open("a+b")
    try:
        import fcntl  # POSIX; elsewhere two runs on one output are not prevented
    except ImportError:
        return handle
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as e:
        handle.close()
        raise ConfigError(
            f"another batch is writing to {out}: wait for it to end, or pick another output",
            settings=("out",),
        ) from e
    return handle


class Sink:
    """What both outputs share: the lock and the failures file."""

    # What made the briefs this run writes (set by open_sink); None: any brief is done.
    producer: Producer | None = None

    def __init__(self, failures: Path, lock: Path, out: Path) -> None:
        self._lock = _lock(lock, out)
        # What a killed run was writing (a draft, never a whole file): ours to remove now
        # that no other run writes here.
        ours = None if out.is_dir() else {out.name, failures.name}
        _remove_drafts(failures.parent, ours)
        self.failures_path = failures
        _end_with_newline(failures)
        self._old_failures = {r["id"]: r for r in _read_jsonl(failures) if "id" in r}
        self._new_failures: dict[str, dict[str, Any]] = {}
        self._failures_handle: Any = None

    def stored(self, item: Item) -> Producer | None:
        """What made the brief the output holds for ``item`` (None: it holds none)."""
        raise NotImplementedError

    def is_done(self, item: Item) -> bool:
        """The output holds a whole brief of ``item`` made by this run's producer (a brief
        a budget cut short is made again)."""
        made = self.stored(item)
        if made is None or made == CUT_SHORT:
            return False
        return self.producer is None or made == self.producer

    def stale(self, items: list[Item]) -> list[Item]:
        """Items whose brief in the output was made with other settings."""
        return [i for i in items
                if self.stored(i) not in (None, CUT_SHORT) and not self.is_done(i)]  # fmt: skip

    def write(self, item: Item, brief: Brief, *, cached: bool) -> None:
        raise NotImplementedError

    def saved_briefs(self, items: list[Item]) -> dict[str, dict[str, Any]]:
        """The briefs the output holds for ``items`` (as JSON), by item id."""
        raise NotImplementedError

    def still_failing(self) -> list[dict[str, Any]]:
        """The failure records of the failures file (after :meth:`finish`: still failing)."""
        return _read_jsonl(self.failures_path)

    def fail(self, item: Item, error: BaseException) -> None:
        """Record a failure now (appended and flushed), with its reason."""
        record = failure_record(item, error)
        self._new_failures[item.id] = record
        if self._failures_handle is None:
            self.failures_path.parent.mkdir(parents=True, exist_ok=True)
            _end_with_newline(self.failures_path)  # after a torn line, start a fresh one
            self._failures_handle = self.failures_path.open("a", encoding="utf-8")
        self._failures_handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._failures_handle.flush()

    def finish(self, items: list[Item]) -> int:
        """Rewrite the failures file with the articles still failing; returns how many of
        this run's articles that is (records of articles not in this run are kept)."""
        if self._failures_handle is not None:
            self._failures_handle.close()
            self._failures_handle = None
        merged = {**self._old_failures, **self._new_failures}
        by_id = {item.id: item for item in items}
        still = [r for key, r in merged.items() if not (key in by_id and self.is_done(by_id[key]))]
        if still:
            write_atomically(
                self.failures_path,
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in still),
            )
        else:
            self.failures_path.unlink(missing_ok=True)
        return sum(1 for r in still if r["id"] in by_id)

    def close(self) -> None:
        if self._failures_handle is not None:
            self._failures_handle.close()
            self._failures_handle = None
        self._lock.close()


# write_atomically's temporary files: "." + the name (cut) + "." + 8 random characters + ".tmp"
_DRAFT = re.compile(r"\.(.+)\.[a-z0-9_]{8}\.tmp")


def _remove_drafts(folder: Path, names: set[str] | None) -> None:
    """Remove the temporary files of write_atomically left in ``folder`` by a killed run
    (only those of ``names`` when given: the folder of a JSONL output is the user's)."""
    for draft in folder.glob(".*.tmp"):
        match = _DRAFT.fullmatch(draft.name)
        if match and (
            names is None or any(_temp_prefix(Path(n)) == f".{match[1]}." for n in names)
        ):
            draft.unlink(missing_ok=True)


def _end_with_newline(path: Path) -> None:
    """A last line left without its newline: cut off when it is torn (not JSON: a crash
    mid-write), ended with a newline when it is a whole record (nothing is deleted)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    data = path.read_bytes()
    if data.endswith(b"\n"):
        return
    tail = data[data.rfind(b"\n") + 1 :]
    try:
        json.loads(tail.decode("utf-8"))
    except ValueError:
        with path.open("r+b") as handle:
            handle.truncate(len(data) - len(tail))
        return
    with path.open("ab") as handle:
        handle.write(b"\n")


def _ours(path: Path) -> None:
    """Refuse a JSONL file that holds lines this tool did not write (a user's own data)."""
    if not path.exists():
        return
    for line in path.read_bytes().decode("utf-8", errors="replace").split("\n"):
        try:
            value = json.loads(line)
        except ValueError:
            continue  # a torn line: ours, cut off below
        if not (isinstance(value, dict) and {"id", "brief"} <= value.keys()):
            raise ConfigError(
                f"{path} holds lines summarizer did not write: choose another output file",
                settings=("out",),
            )


MAX_STEM_BYTES = 120  # + "-" + 10 hex digits + ".json": far under the 255 bytes of a name


def file_name(item_id: str) -> str:
    """A file name for an article: readable, and unique through a hash of its id."""
    base = re.split(r"[\\/]", re.sub(r":\d+$", "", item_id))[-1]  # FILE:LINE, any path style
    stem = re.sub(r"[^\w.-]+", "-", Path(base).stem).strip("-.")
    # Cut by bytes, on a character boundary: file systems count bytes (255 at most).
    stem = stem.encode("utf-8")[:MAX_STEM_BYTES].decode("utf-8", "ignore").strip("-.") or "article"
    digest = hashlib.sha256(item_id.encode("utf-8")).hexdigest()[:10]
    return f"{stem}-{digest}.json"


class DirSink(Sink):
    """One brief per article in a folder (the brief's JSON, as ``summarize`` writes it)."""

    def __init__(self, folder: Path) -> None:
        if folder.exists() and not folder.is_dir():
            raise ConfigError(f"{folder} exists and is not a folder", settings=("out",))
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self._made: dict[str, Producer | None] = {}
        super().__init__(folder / "failures.jsonl", folder / ".batch.lock", folder)

    def path_of(self, item: Item) -> Path:
        return self.folder / file_name(item.id)

    def stored(self, item: Item) -> Producer | None:
        if item.id not in self._made:
            path = self.path_of(item)
            try:
                made = producer_of(json.loads(path.read_bytes())) if path.exists() else None
            except ValueError:  # not a brief: made by nothing we know
                made = ("unreadable",)
            self._made[item.id] = made
        return self._made[item.id]

    def write(self, item: Item, brief: Brief, *, cached: bool) -> None:
        write_atomically(self.path_of(item), brief.model_dump_json(indent=2) + "\n")
        self._made[item.id] = producer_of(brief.model_dump(mode="json"))

    def saved_briefs(self, items: list[Item]) -> dict[str, dict[str, Any]]:
        saved = {}
        for item in items:
            try:
                value = json.loads(self.path_of(item).read_bytes())
            except (OSError, ValueError):  # none, or not a brief
                continue
            if isinstance(value, dict):
                saved[item.id] = value
        return saved


class JsonlSink(Sink):
    """One line per article: ``{"id", "input", "cached", "brief"}``."""

    def __init__(self, path: Path) -> None:
        if path.is_dir():  # before the lock file is made beside it
            raise ConfigError(f"{path} is a folder: give a FILE.jsonl name", settings=("out",))
        self.path = path
        _ours(path)  # before the lock file is made beside a user's own file
        path.parent.mkdir(parents=True, exist_ok=True)
        super().__init__(
            path.with_name(path.stem + ".failures.jsonl"), path.with_name(path.name + ".lock"), path
        )
        _end_with_newline(path)
        # The last record of an id wins (a brief redone with new settings follows the old).
        self.made = {
            r["id"]: producer_of(r["brief"])
            for r in _read_jsonl(path)
            if "id" in r and "brief" in r
        }
        self._superseded = False
        self._failed = False  # a write failed (a full disk): its line is cut on the next open
        self._handle = path.open("a", encoding="utf-8")

    @property
    def done(self) -> set[str]:
        return set(self.made)

    def stored(self, item: Item) -> Producer | None:
        return self.made.get(item.id)

    def write(self, item: Item, brief: Brief, *, cached: bool) -> None:
        body = brief.model_dump(mode="json")
        record = {"id": item.id, "input": item.origin, "cached": cached, "brief": body}
        try:
            self._handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            self._handle.flush()
        except OSError:
            self._failed = True
            raise
        self._superseded = self._superseded or item.id in self.made
        self.made[item.id] = producer_of(body)

    def saved_briefs(self, items: list[Item]) -> dict[str, dict[str, Any]]:
        wanted = {item.id for item in items}
        return {r["id"]: r["brief"] for r in _read_jsonl(self.path)
                if r.get("id") in wanted and isinstance(r.get("brief"), dict)}  # fmt: skip

    def close(self) -> None:
        if self._failed:  # already reported; closing would only fail again on what is left
            with contextlib.suppress(OSError):
                self._handle.close()
            super().close()
            return
        try:
            self._handle.close()
            if self._superseded:  # briefs redone: keep only each id's last record
                last = {r["id"]: r for r in _read_jsonl(self.path) if "id" in r}
                write_atomically(
                    self.path,
                    "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in last.values()),
                )
        except OSError as e:  # the last flush on a full disk
            super().close()
            raise OutputError(f"cannot write {self.path}: {e.strerror or e}") from e
        super().close()


def open_sink(out: Path, producer: Producer | None = None) -> Sink:
    """A JSONL sink for ``*.jsonl``, else a folder; a brief counts as done only when
    ``producer`` made it (None: whatever made it)."""
    try:
        sink: Sink = JsonlSink(out) if out.suffix.lower() == ".jsonl" else DirSink(out)
    except OSError as e:
        raise ConfigError(f"cannot write to {out}: {e.strerror or e}") from e
    sink.producer = producer
    return sink


# What made a brief, from its provenance: model, strategy, instructor mode, prompt set hash,
# schema version and toolkit version.
Producer = tuple[object, ...]


_PRODUCER_KEYS = ("model", "strategy", "instructor_mode", "prompt_sha256", "schema_version",
                  "summarizer_version")  # fmt: skip


# What "made" a brief that a budget cut short: never done, redone by the next run.
CUT_SHORT: Producer = ("cut short by a budget",)


def producer_of(brief: dict[str, Any]) -> Producer:
    """The producer of a brief given as JSON (its ``provenance``), or :data:`CUT_SHORT`."""
    warnings = brief.get("warnings") or []
    if any(isinstance(w, dict) and w.get("code") == "budget_reached" for w in warnings):
        return CUT_SHORT
    made = brief.get("provenance") or {}
    return tuple(made.get(k) for k in _PRODUCER_KEYS)


def made_by(model: str, strategy: str, mode: str, prompt_sha256: str) -> Producer:
    """The producer of the briefs this toolkit makes now with these settings."""
    return producer_of({"provenance": {
        "model": model, "strategy": strategy, "instructor_mode": mode,
        "prompt_sha256": prompt_sha256, "schema_version": SCHEMA_VERSION,
        "summarizer_version": __version__,
    }})  # fmt: skip
