"""Windows of long articles: the guarantees on generated texts (hypothesis), and examples."""

from __future__ import annotations

import itertools
import string
import unicodedata
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.text.windows import Window, estimate, split_windows


def _words(text: str) -> int:
    return len(text.split())


def _check(
    text: str, windows: list[Window], budget: int, count: Callable[[str], int], overlap: int
) -> None:
    """Every guarantee of the module's docstring."""
    assert windows[0].start == 0
    assert windows[-1].end == len(text)
    assert [w.index for w in windows] == list(range(len(windows)))
    for w in windows:
        assert w.text_of(text) == text[w.start : w.end]
        assert count(w.text_of(text)) <= budget
    for prev, nxt in itertools.pairwise(windows):
        assert prev.start < nxt.start <= prev.end < nxt.end
        assert prev.end - nxt.start <= overlap


_WORD = st.sampled_from(
    ["the", "troops", "Kursk", "8,000", "said", "Über", "東京", "naïve", "e\u0301te\u0301",
     "👍🏽", "👨\u200d👩\u200d👧", "“GUR”", "3.5%", "Rep.", "a\tb", "x" * 40]
)  # fmt: skip
_SENTENCE = st.builds(
    lambda words, space, end: space.join(words) + end,
    st.lists(_WORD, min_size=1, max_size=30),
    st.sampled_from([" ", " ", "  "]),
    st.sampled_from([". ", "! ", "? ", ".” ", "。", " "]),
)
_RUN = st.builds(
    lambda piece, n: piece * n,
    st.sampled_from(["x", "ab9", "東", "e\u0301", "👍🏽"]),
    st.integers(1, 900),
)
_PARAGRAPH = st.one_of(st.lists(_SENTENCE, min_size=1, max_size=8).map("".join), _RUN)
_TEXT = st.builds(
    lambda paragraphs, separator: separator.join(paragraphs),
    st.lists(_PARAGRAPH, max_size=12),
    st.sampled_from(["\n\n", "\n", "\r\n", "\n \n\n"]),
)


@settings(max_examples=150, deadline=None)
@given(
    text=_TEXT,
    budget=st.integers(2, 300),
    overlap=st.integers(0, 300),
    count=st.sampled_from([estimate, _words]),
)
def test_guarantees_hold_on_generated_texts(
    text: str, budget: int, overlap: int, count: Callable[[str], int]
) -> None:
    _check(text, split_windows(text, budget, count=count, overlap=overlap), budget, count, overlap)


def test_the_estimate_counts_three_ascii_characters_or_one_other_a_token() -> None:
    assert estimate("") == 1
    assert estimate("abc" * 30) == 31  # 90 ASCII characters: 30 tokens, plus 1
    assert estimate("東京は") == 4  # one token a character outside ASCII, plus 1
    assert estimate("8,000 troops 東京") == 4 + 2 + 1  # 13 ASCII // 3, two CJK, plus 1


def test_a_short_text_is_one_window() -> None:
    text = "Troops moved north. Officials said 8,000 remain."
    assert split_windows(text, 1000) == [Window(0, len(text), 0)]
    assert split_windows("", 1) == [Window(0, 0, 0)]


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_paragraphs_that_fit_are_not_cut(separator: str) -> None:
    paragraphs = [f"Paragraph {i} opens. " + "It goes on at some length. " * 6 for i in range(12)]
    text = separator.join(p.strip() for p in paragraphs)
    ends = {i + len(separator) for i in range(len(text)) if text.startswith(separator, i)}
    windows = split_windows(text, 160)
    _check(text, windows, 160, estimate, 200)
    assert len(windows) > 2
    assert all(w.end in ends for w in windows[:-1])


def test_a_paragraph_over_the_budget_is_cut_after_sentence_ends() -> None:
    text = " ".join(f"Sentence number {i} is about the troops." for i in range(60))
    windows = split_windows(text, 80)
    _check(text, windows, 80, estimate, 200)
    assert len(windows) > 3
    assert all(text[w.end - 2 : w.end] == ". " for w in windows[:-1])
    assert all(text[w.start - 2 : w.start] == ". " for w in windows[1:])
    assert all(nxt.start < prev.end for prev, nxt in itertools.pairwise(windows))


def test_a_long_line_without_spaces_is_cut_hard_within_the_budget() -> None:
    alphabet = string.ascii_letters + string.digits
    text = "".join(alphabet[i * 7 % len(alphabet)] for i in range(200_000))
    windows = split_windows(text, 1000)
    _check(text, windows, 1000, estimate, 200)
    assert all(nxt.start == prev.end for prev, nxt in itertools.pairwise(windows))
    assert len(windows) <= 70  # 66,667 tokens: the cuts fill the windows


def test_a_hard_cut_does_not_part_a_letter_from_its_accent() -> None:
    text = "e\u0301" * 5000
    windows = split_windows(text, 100)
    _check(text, windows, 100, estimate, 200)
    assert not any(unicodedata.combining(text[w.start]) for w in windows)


def test_a_custom_counter_is_honoured() -> None:
    text = " ".join(f"word{i}" for i in range(100))
    windows = split_windows(text, 10, count=_words, overlap=0)
    assert [_words(w.text_of(text)) for w in windows] == [10] * 10


@pytest.mark.parametrize(
    ("text", "budget", "overlap", "message"),
    [
        ("Some text.", 0, 200, "budget must be at least 1 token"),
        ("Some text.", 10, -1, "overlap must be 0 or more"),
        ("caf" + "é" * 10, 1, 0, "cannot hold the character 'é' at offset 3"),
    ],
)
def test_a_budget_too_small_is_refused(text: str, budget: int, overlap: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        split_windows(text, budget, overlap=overlap)


def test_each_character_is_counted_a_bounded_number_of_times() -> None:
    """Near-linear: a character is counted once a level (text, paragraph, sentence, word, hard
    cut) and in overlaps, never again and again in a window growing unit by unit."""
    seen = 0

    def counting(text: str) -> int:
        nonlocal seen
        seen += len(text)
        return estimate(text)

    paragraph = "A sentence about the troops. " * 40 + "word " * 3000 + "x" * 20_000
    text = "\n\n".join([paragraph] * 10)
    _check(text, split_windows(text, 500, count=counting), 500, estimate, 200)
    assert seen <= 6 * len(text)
