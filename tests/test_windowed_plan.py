"""The windowed plan's control flow, driven by a stand-in for the model.

The stand-in is not a model and these tests say nothing about quality: it answers each step
with a fixed, obviously synthetic object of the step's type (or fails it), so what is checked
is only the order of the calls, what each holds, and what happens when notes are too long or
missing. The real model's answers to a windowed brief are in tests/test_long_article.py.
"""

from __future__ import annotations

import asyncio
import itertools
import math
from typing import Any

import pytest
from pydantic import BaseModel

from summarizer.api.limits import check_input
from summarizer.api.steps import adrive, drive
from summarizer.errors import EndpointUnreachableError, InputTooLargeError, ModelOutputError
from summarizer.llm.prompts import load_prompt_set
from summarizer.llm.responses import Notes, SourceLabel, SourceLabels, SummaryDraft
from summarizer.llm.strategies import Step, WindowedStrategy, make_strategy
from summarizer.settings import resolve_settings
from summarizer.text.layout import layout
from summarizer.text.windows import calibrated, estimate, split_windows

PARAGRAPH = (
    "The ministry said {n} troops were moved on Monday, according to officials. "
    "Residents of district {n} told reporters the roads were closed for hours. "
)


def _article(paragraphs: int) -> str:
    return "\n\n".join(PARAGRAPH.format(n=1000 + i) * 3 for i in range(paragraphs))


LONG_NOTE = "a long note {i} " + "word " * 35  # about 190 characters, as long as one may be


class StandIn:
    """Answers each step with a synthetic object of its type; records what it was asked."""

    def __init__(
        self,
        *,
        note: str = "note {i}",
        per_call: int = 1,
        fail_notes: bool = False,
        sources: bool = True,
    ) -> None:
        self.asked: list[Step[Any]] = []
        self.note, self.per_call = note, per_call
        self.fail_notes, self.sources = fail_notes, sources

    def __call__(self, step: Step[Any]) -> BaseModel:
        self.asked.append(step)
        i = len(self.asked)
        if step.response_model is Notes:
            if self.fail_notes:
                raise ModelOutputError("stand-in: no notes")
            return Notes(notes=[self.note.format(i=i)] * self.per_call)
        if step.response_model is SourceLabels:
            names = [SourceLabel(name="The ministry", kind="government")] if self.sources else []
            return SourceLabels(sources=names)
        return SummaryDraft(headline="H", summary="S", key_points=["K"])


def _strategy(paragraphs: int, budget: int) -> WindowedStrategy:
    text = _article(paragraphs)
    strategy = make_strategy("single", load_prompt_set(), text, layout(text), budget)
    assert isinstance(strategy, WindowedStrategy)  # whichever strategy was asked for
    return strategy


def _task(step: Step[Any]) -> str:
    return step.messages[-1]["content"]


def test_each_window_is_asked_for_sources_then_notes_and_the_summary_reads_the_notes() -> None:
    strategy = _strategy(12, budget=400)
    model, warnings = StandIn(), []
    extraction = drive(strategy, model, warnings)
    parts = len(strategy.windows)
    assert parts >= 3
    assert [s.name for s in model.asked] == ["sources", "notes"] * parts + ["summary"]
    for i, window in enumerate(strategy.windows):
        sources, notes = model.asked[2 * i], model.asked[2 * i + 1]
        part = strategy.part_text(window)
        assert estimate(part) <= strategy.budget
        assert part in sources.messages[0]["content"] and part in notes.messages[0]["content"]
        assert f"part {i + 1} of {parts}" in _task(notes)
    summary = model.asked[-1]
    assert f"notes on the {parts} parts" in _task(summary)
    notes = [f"- note {2 * i + 2}" for i in range(parts)]
    assert "\n".join(notes) in summary.messages[0]["content"]  # in order, the article absent
    assert "troops were moved" not in summary.messages[0]["content"]
    assert extraction.warnings[0].code == "read_in_windows"
    names = [s.name for s in extraction.draft.sources]
    assert names.count("The ministry") == 1  # named in every window, merged by name


def test_notes_too_long_for_one_request_are_condensed_first() -> None:
    strategy = _strategy(12, budget=400)
    model = StandIn(note=LONG_NOTE, per_call=6)
    drive(strategy, model, [])
    names = [s.name for s in model.asked]
    parts = len(strategy.windows)
    assert names[: 2 * parts] == ["sources", "notes"] * parts
    rounds = names[2 * parts : -1]
    assert rounds and set(rounds) == {"notes"} and names[-1] == "summary"
    assert estimate(model.asked[-1].messages[0]["content"]) <= strategy.budget + 900


def test_without_any_notes_the_summary_is_written_from_the_first_window() -> None:
    strategy = _strategy(12, budget=400)
    model, warnings = StandIn(fail_notes=True), []
    extraction = drive(strategy, model, warnings)
    parts = len(strategy.windows)
    assert [w.code for w in warnings] == ["notes_step_failed"] * parts
    assert "no_notes" in [w.code for w in extraction.warnings]
    summary = model.asked[-1]
    assert strategy.part_text(strategy.windows[0]) in summary.messages[0]["content"]


def test_a_line_with_no_breaks_is_cut_into_windows_within_the_budget() -> None:
    text = "word " * 20_000  # 100,000 characters, one line, no sentence end
    strategy = make_strategy("staged", load_prompt_set(), text, layout(text), 1000)
    assert isinstance(strategy, WindowedStrategy)
    assert all(estimate(strategy.part_text(w)) <= 1000 for w in strategy.windows)
    windows = strategy.windows
    assert windows[0].start == 0 and windows[-1].end == len(text) and len(windows) > 30
    assert all(b.start <= a.end for a, b in itertools.pairwise(windows))


def test_an_article_that_fits_is_read_whole() -> None:
    text = _article(2)
    strategy = make_strategy("staged", load_prompt_set(), text, layout(text), 10_000)
    assert not isinstance(strategy, WindowedStrategy)


def test_only_the_input_cap_and_a_context_too_small_refuse() -> None:
    settings = resolve_settings({}, base_url="http://127.0.0.1:9/v1", model="m")
    assert check_input("word " * 200_000, settings)  # 1 MB: read in windows, not refused
    with pytest.raises(InputTooLargeError, match="over the 2,000,000-byte limit"):
        check_input("word " * 500_000, settings)
    tiny = resolve_settings({}, base_url="http://127.0.0.1:9/v1", model="m", context_tokens=3000)
    with pytest.raises(InputTooLargeError, match="leaves 52 for the article") as info:
        check_input("word", tiny)
    assert info.value.settings == ("context_tokens", "max_output_tokens")


def test_a_budget_stops_reading_windows_and_the_brief_says_so() -> None:
    strategy = _strategy(12, budget=400)
    model, warnings = StandIn(), []
    stop = lambda: "token budget reached" if len(model.asked) >= 2 else None  # noqa: E731
    extraction = drive(strategy, model, warnings, stop)
    parts = len(strategy.windows)
    # The first window was read; the others were not; the summary still came.
    assert [s.name for s in model.asked] == ["sources", "notes", "summary"]
    assert "- note 2" in model.asked[-1].messages[0]["content"]
    (warning,) = [w for w in warnings if w.code == "budget_reached"]
    assert warning.message.startswith(f"token budget reached: {2 * (parts - 1)} model call(s)")
    assert extraction.draft.figures  # figures come from the whole article all the same


def test_the_estimate_scaled_to_a_tokenizer_keeps_a_margin() -> None:
    text = _article(3)
    fewer = calibrated(real=700, estimated=1000)  # the tokenizer counted 30 % fewer
    assert fewer(text) == math.ceil(estimate(text) * 0.77)  # 0.7, plus a 10 % margin
    # Text the tokenizer spells out finely (digits) counts more than the estimate says.
    assert calibrated(real=1400, estimated=1000)(text) == math.ceil(estimate(text) * 1.54)
    # Windows cut with the scaled count are fewer and still within the budget by it.
    plain, scaled = split_windows(text, 260), split_windows(text, 260, count=fewer)
    assert len(scaled) < len(plain)
    assert all(fewer(w.text_of(text)) <= 260 for w in scaled)


@pytest.mark.parametrize("lists", [True, False])
def test_a_model_that_lists_no_source_where_claims_are_attributed_is_reported(
    lists: bool,
) -> None:
    text = _article(2)  # "The ministry said ...", "according to officials", "told reporters"
    strategy = make_strategy("staged", load_prompt_set(), text, layout(text), 10_000)
    extraction = drive(strategy, StandIn(sources=lists), [])
    codes = [w.code for w in extraction.warnings]
    assert ("model_listed_no_sources" in codes) is not lists
    assert extraction.draft.sources  # the article's attribution names them all the same


def test_windows_go_out_several_at_once_and_are_taken_in_order() -> None:
    strategy = _strategy(12, budget=400)
    model = StandIn()
    in_flight, peak = 0, 0

    async def call(step: Step[Any]) -> BaseModel:
        nonlocal in_flight, peak
        answer = model(step)  # numbered in the order the calls start
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.05 / len(model.asked))  # later calls finish first
        in_flight -= 1
        return answer

    asyncio.run(adrive(strategy, call, [], together=4))
    parts = len(strategy.windows)
    assert peak == 4
    assert [s.name for s in model.asked] == ["sources", "notes"] * parts + ["summary"]
    notes = "\n".join(f"- note {2 * i + 2}" for i in range(parts))
    assert notes in model.asked[-1].messages[0]["content"]  # in window order all the same


def test_an_endpoint_error_in_a_batch_of_windows_ends_the_run_with_it() -> None:
    strategy = _strategy(12, budget=400)
    model = StandIn()

    async def call(step: Step[Any]) -> BaseModel:
        if step.name == "notes":
            raise EndpointUnreachableError("cannot reach 127.0.0.1:9")
        return model(step)

    with pytest.raises(EndpointUnreachableError, match="cannot reach"):
        asyncio.run(adrive(strategy, call, [], together=4))


@pytest.mark.parametrize("why", ["budget", "failure"])
def test_notes_a_condensing_call_did_not_shorten_are_kept(why: str) -> None:
    strategy = _strategy(12, budget=400)
    parts = len(strategy.windows)
    model = StandIn(note=LONG_NOTE, per_call=6)
    if why == "failure":  # every condensing call fails; the window calls succeed
        calls = model

        def model(step: Step[Any]) -> BaseModel:  # type: ignore[no-redef]
            if step.name == "notes" and len(calls.asked) >= 2 * parts:
                calls.asked.append(step)
                raise ModelOutputError("stand-in: no notes")
            return calls(step)

        asked = calls.asked
        stop = None
    else:
        asked = model.asked
        stop = lambda: "budget" if len(asked) >= 2 * parts else None  # noqa: E731
    warnings: list[Any] = []
    extraction = drive(strategy, model, warnings, stop)
    codes = [w.code for w in extraction.warnings]
    assert "notes_cut" in codes and "no_notes" not in codes
    assert "a long note 2 " in asked[-1].messages[0]["content"]  # the first window's notes
    assert asked[-1].name == "summary"
    # One round at most: a round that makes the notes no fewer is not repeated.
    assert sum(1 for s in asked if s.name == "notes") <= 2 * parts
