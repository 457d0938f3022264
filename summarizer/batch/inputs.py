"""The articles of a batch: files, folders, globs and JSONL files, each with a stable id.

An item's id is what resume keys on: a file's absolute path, or a JSONL line's ``"id"``
(``FILE:LINE`` when the line has none). Loading is deferred to :meth:`Item.load`, so a bad
article fails alone, when its turn comes, and is recorded as a failure with its reason.

A JSONL line is ``{"id": "...", "text": "..."}`` or ``{"id": "...", "html": "..."}``;
``title`` and ``byline`` are optional.
"""

from __future__ import annotations

import glob
import json
import os
from collections.abc import Collection, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from summarizer.errors import EmptyInputError, InputError
from summarizer.ingest.files import MAX_INPUT_BYTES, read_document
from summarizer.ingest.webpage import Document, extract_html

__all__ = ["ARTICLE_SUFFIXES", "Item", "collect_items"]

ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm"})


@dataclass(frozen=True)
class Item:
    """One article of a batch, not read yet."""

    id: str
    origin: str  # where it comes from, for messages and the output records
    path: Path | None = None
    record: str | None = None  # a JSONL line
    problem: str | None = None  # known bad before loading (an unreadable JSONL line)

    def load(self, max_bytes: int = MAX_INPUT_BYTES) -> Document:
        """The article, or an :class:`~summarizer.errors.InputError` saying why not."""
        if self.problem:
            raise InputError(f"{self.origin}: {self.problem}")
        if self.path is not None:
            return read_document(str(self.path), max_bytes=max_bytes)
        return _document_from_record(self.record or "", self.origin)


def _document_from_record(line: str, origin: str) -> Document:
    try:
        data = json.loads(line)
    except ValueError as e:
        raise InputError(f"{origin}: not a JSON object ({e})") from e
    text, html = data.get("text"), data.get("html")
    title, byline, outlet = data.get("title"), data.get("byline"), data.get("outlet")
    if isinstance(html, str) and not isinstance(text, str):
        page = extract_html(html, origin)  # (the line's own title, byline, outlet first)
        return replace(
            page,
            title=title if isinstance(title, str) else page.title,
            byline=byline if isinstance(byline, str) else page.byline,
            outlet=outlet if isinstance(outlet, str) else page.outlet,
        )
    if not isinstance(text, str):
        raise InputError(f'{origin}: needs a "text" (or "html") string')
    if not text.strip():
        raise EmptyInputError(f"{origin}: the text is empty")
    return Document(
        text,
        title=title if isinstance(title, str) else None,
        byline=byline if isinstance(byline, str) else None,
        outlet=outlet if isinstance(outlet, str) else None,
    )


def _jsonl_items(path: Path) -> Iterator[Item]:
    try:
        content = path.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror or e}") from e
    # "\n" only: U+2028 inside a JSON string is text, not a line break. Each line decoded
    # alone: invalid UTF-8 in one line fails that article, not the run.
    raw_lines = content.removeprefix(b"\xef\xbb\xbf").split(b"\n")  # a BOM is not line 1's text
    for number, raw in enumerate(raw_lines, 1):
        origin = f"{path}:{number}"
        try:
            line = raw.decode("utf-8").rstrip("\r")
        except UnicodeDecodeError as e:
            problem = f"not UTF-8 (an invalid byte at byte {e.start + 1} of the line)"
            yield Item(origin, origin, problem=problem)
            continue
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except ValueError as e:
            yield Item(origin, origin, problem=f"not a JSON object ({e})")
            continue
        if not isinstance(data, dict):
            yield Item(origin, origin, problem="not a JSON object")
            continue
        given = data.get("id")
        item_id = str(given) if isinstance(given, str | int) and str(given).strip() else origin
        yield Item(item_id, origin, record=line)


def _files_under(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")
    )  # fmt: skip


def _resolve(path: Path) -> Path:
    """``path`` made absolute, links followed where they lead somewhere (a symlink loop
    makes Path.resolve raise before Python 3.13)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))  # noqa: PTH100 - resolve() is what failed


def collect_items(inputs: list[str], skip: Collection[Path] = ()) -> list[Item]:
    """Every article named by ``inputs`` (files, folders, globs, ``*.jsonl``), in order,
    each once; files at or under a path in ``skip`` (the run's own output) are left out.
    A name that matches nothing is an :class:`InputError` before any work; an id that two
    different articles share makes the second one fail, with both places named."""
    items: list[Item] = []
    first: dict[str, str] = {}  # id -> origin
    files_seen: set[Path] = set()
    skipped = {_resolve(p) for p in skip}

    def add(item: Item) -> None:
        if item.id in first:
            item = Item(item.origin, item.origin,
                        problem=f"duplicate id {item.id!r}, also at {first[item.id]}")  # fmt: skip
            if item.id in first:
                return
        first[item.id] = item.origin
        items.append(item)

    for given in inputs:
        path = Path(given).expanduser()
        if path.is_dir():
            files = _files_under(path)
        elif path.is_file() or os.path.lexists(path):
            # Also a pipe, a device or a symlink loop named as an article: it fails alone,
            # with its reason, when its turn comes (never read here: a pipe could block).
            files = [path]
        else:
            matches = sorted(glob.glob(given, recursive=True))  # noqa: PTH207 - any pattern
            files = [Path(m) for m in matches if Path(m).is_file()]
            if not files:
                raise InputError(f"{given}: no such file, folder or matching glob")
        for file in files:
            resolved = _resolve(file)
            if resolved in files_seen or any(p in skipped for p in (resolved, *resolved.parents)):
                continue
            files_seen.add(resolved)
            if file.suffix.lower() == ".jsonl" and file.is_file():
                for item in _jsonl_items(file):
                    add(item)
            else:
                add(Item(str(resolved), str(file), path=resolved))
    if not items:
        raise InputError(f"no article found in {', '.join(inputs)}")
    return items
