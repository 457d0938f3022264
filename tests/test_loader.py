"""Loading articles: decoding and one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
)
from summarizer.ingest.files import decode, load_path, read_document


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


PAGE = """<!doctype html><html><head><title>Troops remain in Kursk</title>
<meta name="author" content="LEE YU-JUNG"></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sports">Sports</a></nav>
<div class="ad">Advertisement</div>
<article><h1>Up to 8,000 North Korean troops remain in Kursk</h1>
<p>Up to 8,000 North Korean troops deployed to Russia remain stationed in the Kursk region,
an official from Ukraine's military intelligence service said on Monday.</p>
<p>The force is estimated at around 8,000 troops, though some assessments put the number as
high as 10,000. About 3,000 soldiers are believed to have returned home.</p>
</article><footer>Copyright 2026 Example Daily. All rights reserved.</footer></body></html>"""


def test_html_page_becomes_its_article_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    doc = read_document(str(page))
    assert doc.source_format == "html"
    assert "as high as 10,000" in doc.text
    assert "Sports" not in doc.text and "Copyright" not in doc.text
    assert doc.byline == "LEE YU-JUNG"
    # Sniffed by content too, whatever the file is called.
    named_txt = tmp_path / "page.txt"
    named_txt.write_text(PAGE, encoding="utf-8")
    assert read_document(str(named_txt)).source_format == "html"
    plain = tmp_path / "plain.txt"
    plain.write_text("Up to 8,000 troops <b>remain</b>.", encoding="utf-8")
    assert read_document(str(plain)).source_format == "text"


def test_html_brief_says_its_offsets_index_the_extracted_text() -> None:
    from summarizer.api.summarizer import _document_warnings
    from summarizer.ingest.webpage import Document

    assert [w.code for w in _document_warnings(Document("x", "html"))] == ["html_extracted"]
    assert _document_warnings("plain text") == []


def test_html_without_article_text_is_one_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from summarizer.cli import app

    page = tmp_path / "empty.html"
    page.write_text("<html><body><script>var x = 1;</script></body></html>", encoding="utf-8")
    result = CliRunner().invoke(app, ["summarize", str(page), "--base-url", "http://h/v1"])
    assert result.exit_code == 2
    assert "no article text" in result.stderr


def test_bom_then_invalid_bytes_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xef\xbb\xbfTroops \xff\xfe remain.")
    with pytest.raises(DecodeError, match="UTF-8 with invalid bytes"):
        load_path(bad)


def test_utf8_with_a_bad_byte_is_refused_not_guessed(tmp_path: Path) -> None:
    """Not decoded as another encoding (garbled text sent to the model): refused."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes("Séoul’s budget: 15.2 trillion won, the ministry said. ".encode() * 5 + b"\xff")
    with pytest.raises(DecodeError, match="at byte"):
        load_path(bad)


def test_a_symlink_loop_and_a_device_are_refused(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    with pytest.raises(InputError, match=r"loop\.txt"):
        load_path(loop)
    with pytest.raises(InputError, match="not a regular file"):
        load_path("/dev/zero")
