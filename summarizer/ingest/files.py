"""Load an article: bytes from a file or stdin, decoded to text, with clear errors.

The text returned is the text every offset in the brief refers to: it is decoded, never
rewritten (line endings and spacing stay as the user gave them).
"""

from __future__ import annotations

import stat
import sys
from pathlib import Path

from charset_normalizer import from_bytes

from summarizer.errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
)
from summarizer.ingest.webpage import Document, extract_html, looks_like_html

__all__ = ["MAX_INPUT_BYTES", "decode", "load_path", "read_document", "read_source"]

MAX_INPUT_BYTES = 2_000_000  # the default of Settings.max_input_bytes
# C0 control characters that never occur in text (tab, newline, CR, FF are fine).
_CONTROL = frozenset(range(0, 32)) - {9, 10, 12, 13}


def decode(data: bytes, *, name: str = "input", max_bytes: int = MAX_INPUT_BYTES) -> str:
    """Decode ``data`` to text; raises an :class:`InputError` subclass with a one-line reason."""
    if len(data) > max_bytes:
        raise InputTooLargeError(
            f"{name} is {len(data):,} bytes, over the {max_bytes:,}-byte limit: "
            "pass one article at a time",
            settings=("max_input_bytes",),
        )
    if not data.strip():
        raise EmptyInputError(f"{name} is empty: give an article with some text")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        text = _decode_utf16(data, utf16, name)
    elif b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BinaryInputError(f"{name} looks binary (it holds NUL bytes): give a text article")
    else:
        text = _decode_text(data, name)
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) in _CONTROL)
    if controls > max(2, len(sample) // 100):
        raise BinaryInputError(
            f"{name} looks binary ({controls} control characters in its first "
            f"{len(sample)} characters): give a text article"
        )
    if not text.strip():
        raise EmptyInputError(f"{name} holds only whitespace: give an article with some text")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """The encoding ("utf-16-le", "utf-16-be") when ``data`` looks like UTF-16 text without a BOM
    (NUL bytes, all on one side of each byte pair: the high bytes of Latin characters)."""
    sample = data[:8192]
    if len(data) % 2 or b"\x00" not in sample or data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= len(sample) // 4 and even == 0:
        return "utf-16-le"
    if even >= len(sample) // 4 and odd == 0:
        return "utf-16-be"
    return None


def _decode_utf16(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise DecodeError(
            f"{name} looks like UTF-16 without a BOM but does not decode as {encoding} (at "
            f"byte {e.start:,}): convert it to UTF-8 (e.g. iconv -t UTF-8)"
        ) from e


def _decode_text(data: bytes, name: str) -> str:
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        return data[3:].decode("utf-8") if bom else data.decode("utf-8")
    except UnicodeDecodeError as e:
        # UTF-8 with bad bytes (a BOM says UTF-8; so do valid multi-byte sequences): guessing
        # another encoding would send garbled text to the model. Refuse, and say where.
        if bom or _mostly_utf8(data):
            where = e.start + (3 if bom else 0)
            raise DecodeError(
                f"{name} is UTF-8 with invalid bytes (at byte {where:,}): repair or re-save "
                "it as UTF-8"
            ) from e
    results = from_bytes(data)
    best = results.best()
    # On a tie, prefer Windows-1252: the commonest legacy encoding of Western web text
    # (short French or Spanish text decodes equally "well" as Central European cp1250).
    for match in results:
        if (
            best is not None
            and match.encoding == "cp1252"
            and match.chaos <= best.chaos
            and match.coherence >= best.coherence
        ):
            best = match
    if best is None or best.encoding is None:
        raise DecodeError(
            f"{name} is not UTF-8 and its encoding could not be detected: "
            "convert it to UTF-8 (e.g. iconv -t UTF-8)"
        )
    return str(best)


def _mostly_utf8(data: bytes) -> bool:
    """Whether ``data`` is UTF-8 with a few bad bytes (most of its non-ASCII characters are
    valid UTF-8), not text in a legacy encoding (which decodes as UTF-8 mostly to errors)."""
    decoded = data.decode("utf-8", errors="replace")
    bad = decoded.count("\ufffd")
    good = sum(1 for ch in decoded if ord(ch) > 127 and ch != "\ufffd")
    return good > 0 and good >= 4 * bad


def load_path(path: str | Path, *, max_bytes: int = MAX_INPUT_BYTES) -> str:
    """Read and decode one article file: a regular file, read with a size cap (a device or
    a pipe named as a file could be endless)."""
    p = Path(path)
    try:
        info = p.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{p} is a folder: give one article file")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{p} is not a regular file (a device or a pipe): give a text file")
        if info.st_size > max_bytes:
            raise InputTooLargeError(
                f"{p} is {info.st_size:,} bytes, over the {max_bytes:,}-byte limit: "
                "pass one article at a time",
                settings=("max_input_bytes",),
            )
        with p.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError as e:
        raise InputError(f"{p}: no such file") from e
    except PermissionError as e:
        raise InputError(f"{p}: permission denied") from e
    except IsADirectoryError as e:
        raise InputError(f"{p} is a folder: give one article file") from e
    except OSError as e:  # a symlink loop, a name too long, an I/O error
        raise InputError(f"{p}: {e.strerror or e}") from e
    return decode(data, name=str(p), max_bytes=max_bytes)


def read_source(source: str, *, max_bytes: int = MAX_INPUT_BYTES) -> str:
    """An article's text from a path, or from standard input when ``source`` is ``-``."""
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        return decode(data, name="standard input", max_bytes=max_bytes)
    return load_path(source, max_bytes=max_bytes)


def read_document(source: str, *, max_bytes: int = MAX_INPUT_BYTES) -> Document:
    """Like :func:`read_source`; an HTML page (by name or content) becomes its article text."""
    text = read_source(source, max_bytes=max_bytes)
    name = "standard input" if source == "-" else source
    if looks_like_html(text, name):
        return extract_html(text, name)
    return Document(text)
