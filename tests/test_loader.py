"""Loading articles: decoding and one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import BinaryInputError, DecodeError, EmptyInputError, InputTooLargeError
from summarizer.loader import decode, load_path


def test_utf8_and_bom() -> None:
    assert decode("Kursk – “8,000”".encode()) == "Kursk – “8,000”"
    assert decode(b"\xef\xbb\xbfHello") == "Hello"


def test_line_endings_are_kept() -> None:
    assert decode(b"a\r\nb\r\n") == "a\r\nb\r\n"


def test_legacy_encoding_is_detected() -> None:
    text = "Le ministère a déclaré que près de 2 000 élèves étaient concernés. " * 5
    assert decode(text.encode("cp1252")) == text


def test_korean_euc_kr_is_detected() -> None:
    text = "북한군 약 8천 명이 쿠르스크에 남아 있다고 우크라이나 정보당국이 밝혔다. " * 4
    assert decode(text.encode("euc-kr")) == text


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInputError),
        (b" \n ", EmptyInputError),
        (b"\x00\x01binary", BinaryInputError),
        (bytes(range(128, 256)) * 20, DecodeError),
        (b"\x01\x02\x03\x04" * 50, BinaryInputError),
    ],
)
def test_bad_bytes(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        decode(data)


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    with pytest.raises(InputTooLargeError, match="limit"):
        load_path(path, max_bytes=100)
