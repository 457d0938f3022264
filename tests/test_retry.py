"""Transport retries against a real HTTP server on 127.0.0.1 (tests/fake_server.py).

The successful answer is a chat completion recorded from the local model (the seed cassette);
the faults before it are scripted: 429 with Retry-After, 500, a slow answer, a dropped
connection. Waits are recorded instead of slept, except where the test is about time.
"""

from __future__ import annotations

import asyncio
import json

import pytest
from fake_server import Step, recorded_completion, serve
from fake_server import Step as Step_

from summarizer import AuthenticationError, ModelOutputError, RateLimitedError, ServerError
from summarizer.brief.drafts import BriefDraft
from summarizer.brief.drafts import BriefDraft as BriefDraftBase
from summarizer.llm.client import Backend, CallStats
from summarizer.settings import Settings

OK = recorded_completion("test_seed_article_brief.yaml")


def recorded_usage() -> int:
    return int(json.loads(OK)["usage"]["total_tokens"])


MESSAGES = [{"role": "system", "content": "article"}, {"role": "user", "content": "task"}]


def _backend(url: str, sleeps: list[float], **overrides: object) -> Backend:
    options: dict[str, object] = {"timeout": 5.0, "transport_retries": 3, "retry_max_wait": 30.0}
    options.update(overrides)
    settings = Settings(model="m", base_url=url, **options)  # type: ignore[arg-type]
    return Backend(settings, sleep=sleeps.append)


def test_429_honours_retry_after_then_succeeds() -> None:
    sleeps: list[float] = []
    steps = [Step(429, {"Retry-After": "7"}), Step(429, {"retry-after-ms": "1500"}), Step()]
    with serve(steps, OK) as server:
        stats = CallStats()
        draft = _backend(server.url, sleeps).extract(BriefDraft, MESSAGES, stats)
    assert isinstance(draft, BriefDraft)
    assert len(server.requests) == 3
    assert sleeps == [7.0, 1.5]
    assert stats.requests == 3
    assert stats.total_tokens > 0  # only the answered request spent tokens


def test_retry_after_is_capped() -> None:
    sleeps: list[float] = []
    with serve([Step(429, {"Retry-After": "3600"}), Step()], OK) as server:
        _backend(server.url, sleeps, retry_max_wait=20.0).extract(BriefDraft, MESSAGES, CallStats())
    assert sleeps == [20.0]


def test_500_backs_off_with_jitter_then_succeeds() -> None:
    sleeps: list[float] = []
    with serve([Step(500), Step(503), Step()], OK) as server:
        _backend(server.url, sleeps).extract(BriefDraft, MESSAGES, CallStats())
    assert len(server.requests) == 3
    assert len(sleeps) == 2
    assert all(0 <= s <= 30.0 for s in sleeps)


def test_persistent_500_gives_up_with_a_clear_error() -> None:
    sleeps: list[float] = []
    with serve([Step(500)], OK) as server, pytest.raises(ServerError) as info:
        _backend(server.url, sleeps).extract(BriefDraft, MESSAGES, CallStats())
    assert len(server.requests) == 4  # first try + 3 retries
    assert info.value.attempts == 4
    assert "HTTP 500" in str(info.value)


def test_persistent_429_is_rate_limited_error() -> None:
    with serve([Step(429, {"Retry-After": "0"})], OK) as server, pytest.raises(RateLimitedError):
        _backend(server.url, []).extract(BriefDraft, MESSAGES, CallStats())
    assert len(server.requests) == 4


def test_timeout_is_retried() -> None:
    sleeps: list[float] = []
    with serve([Step(delay=2.0), Step()], OK) as server:
        stats = CallStats()
        _backend(server.url, sleeps, timeout=0.5).extract(BriefDraft, MESSAGES, stats)
    assert len(server.requests) == 2
    assert stats.requests == 2


def test_dropped_connection_is_retried() -> None:
    with serve([Step(drop=True), Step()], OK) as server:
        _backend(server.url, []).extract(BriefDraft, MESSAGES, CallStats())
    assert len(server.requests) == 2


def test_client_errors_are_not_retried() -> None:
    with serve([Step(401)], OK) as server, pytest.raises(AuthenticationError):
        _backend(server.url, []).extract(BriefDraft, MESSAGES, CallStats())
    assert len(server.requests) == 1


def test_sdk_retries_are_off() -> None:
    backend = _backend("http://127.0.0.1:9/v1", [])
    assert backend.client.max_retries == 0


def test_async_client_follows_the_same_policy() -> None:
    sleeps: list[float] = []

    async def record(seconds: float) -> None:
        sleeps.append(seconds)

    async def run(url: str) -> BriefDraft:
        settings = Settings(model="m", base_url=url, timeout=5.0, transport_retries=3)
        backend = Backend(settings, async_sleep=record)
        try:
            return await backend.aextract(BriefDraft, MESSAGES, CallStats())
        finally:
            await backend.aclose()

    with serve([Step(429, {"Retry-After": "2"}), Step(502), Step()], OK) as server:
        draft = asyncio.run(run(server.url))
    assert isinstance(draft, BriefDraft)
    assert len(server.requests) == 3
    assert sleeps[0] == 2.0 and len(sleeps) == 2


def test_model_listed_by_the_endpoint_is_used_when_none_is_configured() -> None:
    with serve([Step()], OK) as server:
        backend = Backend(Settings(model=None, base_url=server.url), sleep=lambda s: None)
        backend.extract(BriefDraft, MESSAGES, CallStats())
    assert server.requests[0]["model"] == "recorded-model"


def test_reasks_are_bounded_and_their_tokens_counted() -> None:
    """A validator the recorded answer cannot satisfy: instructor re-asks with the error,
    a bounded number of times, and every attempt's tokens are summed."""
    from pydantic import field_validator

    class BriefDraft(BriefDraftBase):  # same tool name as the recording
        @field_validator("headline")
        @classmethod
        def _never(cls, value: str) -> str:
            raise ValueError("headline must name the outlet")

    with serve([Step()], OK) as server, pytest.raises(ModelOutputError) as info:
        stats = CallStats()
        _backend(server.url, [], reask_retries=2).extract(BriefDraft, MESSAGES, stats)
    assert len(server.requests) == 3  # first answer + 2 re-asks
    assert "headline must name the outlet" in str(server.requests[-1]["messages"])
    single = recorded_usage()
    assert info.value.attempts == 3
    assert info.value.usage["total_tokens"] == 3 * single
    assert "did not fit the brief schema after 3 attempt(s)" in str(info.value)


def test_grounding_reasks_then_keeps_the_last_answer() -> None:
    """With the article as validation context, a quote not in it is sent back as a re-ask;
    when the re-asks run out, the last answer is kept for grounding to drop what fails."""
    from pydantic import ValidationInfo, model_validator

    from summarizer.brief.schema import BriefWarning
    from summarizer.llm.strategies.base import Step, _after_failure

    class BriefDraft(BriefDraftBase):  # same tool name as the recording
        @model_validator(mode="after")
        def _needs_context_quote(self, info: ValidationInfo) -> BriefDraft:
            if info.context and "MISSING" not in info.context["article"]:
                raise ValueError("quote 'MISSING' is not in the article")
            return self

    step = Step("brief", BriefDraft, MESSAGES, lambda _: [], context={"article": "an article"})
    with serve([Step_()], OK) as server, pytest.raises(ModelOutputError) as info:
        _backend(server.url, [], reask_retries=1).extract(
            BriefDraft, MESSAGES, CallStats(), step.context
        )
    assert len(server.requests) == 2
    assert "is not in the article" in str(server.requests[-1]["messages"])
    warnings: list[BriefWarning] = []
    assert isinstance(_after_failure(step, info.value, warnings), BriefDraft)
    assert [w.code for w in warnings] == ["brief_reasks_exhausted"]


def test_reask_that_outgrows_the_context_keeps_the_last_answer() -> None:
    """A re-ask that the server refuses (HTTP 400, context length exceeded) ends the re-asks
    as a model-output problem: the last answer is kept, the article is not lost."""
    from pydantic import ValidationInfo, model_validator

    class BriefDraft(BriefDraftBase):  # same tool name as the recording
        @model_validator(mode="after")
        def _never(self, info: ValidationInfo) -> BriefDraft:
            if info.context:
                raise ValueError("quote is not in the article")
            return self

    too_long = json.dumps(
        {
            "error": {
                "message": "This model's maximum context length is 8192 tokens.",
                "code": "context_length_exceeded",
            }
        }
    ).encode()
    with serve([Step_(), Step_(status=400, body=too_long)], OK) as server, \
            pytest.raises(ModelOutputError) as info:  # fmt: skip
        _backend(server.url, [], reask_retries=2).extract(
            BriefDraft, MESSAGES, CallStats(), {"article": "text"}
        )
    assert len(server.requests) == 2
    assert info.value.last_completion is not None
    assert "maximum context length" in str(info.value)


def test_a_body_that_is_not_json_is_retried_like_a_5xx() -> None:
    sleeps: list[float] = []
    with serve([Step(body=OK[: len(OK) // 2]), Step()], OK) as server:
        stats = CallStats()
        draft = _backend(server.url, sleeps).extract(BriefDraft, MESSAGES, stats)
    assert isinstance(draft, BriefDraft)
    assert stats.requests == 2 and len(sleeps) == 1


def test_a_body_that_is_never_json_is_one_clear_error() -> None:
    with serve([Step(body=b"<html>proxy error</html>")], OK) as server:
        backend = _backend(server.url, [], transport_retries=2)
        with pytest.raises(ServerError, match=r"body that is not JSON \(after 3 attempt"):
            backend.extract(BriefDraft, MESSAGES, CallStats())


def test_article_text_is_sent_verbatim_under_validation_context() -> None:
    """With a validation context, instructor renders each message as a Jinja2 template: the
    article's own braces must reach the model as written, never evaluated."""
    hostile = "Officials said {{ 7 * 7 }} people {% if true %}fled{% endif %} {# note #}."
    messages = [{"role": "system", "content": hostile}, {"role": "user", "content": "task"}]
    with serve([Step()], OK) as server:
        _backend(server.url, []).extract(
            BriefDraft, messages, CallStats(), {"article": "an article"}
        )
    sent = server.requests[0]["messages"]
    assert sent[0]["content"] == hostile
    assert sent[1]["content"] == "task"


def test_a_bug_in_a_validator_is_not_called_a_model_error() -> None:
    """A TypeError raised by the toolkit's own validator is a bug: it propagates as it is,
    never disguised as the model's fault (which a batch would record and move past)."""
    from pydantic import model_validator

    class BriefDraft(BriefDraftBase):  # same tool name as the recording
        @model_validator(mode="after")
        def _broken(self) -> BriefDraft:
            raise TypeError("a bug in the toolkit")

    with serve([Step()], OK) as server, pytest.raises(TypeError, match="a bug in the toolkit"):
        _backend(server.url, [], reask_retries=0).extract(BriefDraft, MESSAGES, CallStats())
    assert len(server.requests) == 1


def test_errors_of_the_toolkit_pass_through_translation_unchanged() -> None:
    from summarizer.errors import ConfigError
    from summarizer.llm.failures import translate

    error = ConfigError("no models listed", settings=("model",))
    assert translate(error, Settings(model="m"), CallStats()) is error


def test_a_key_echoed_by_the_server_is_redacted() -> None:
    from summarizer.llm.failures import translate

    key = "sk-test-0123456789abcdef"
    settings = Settings(model="m", api_key=key)
    echoed = ServerError(f"127.0.0.1 answered HTTP 400: bad request with key {key}")
    assert key not in str(translate(echoed, settings, CallStats()))
    assert "[key redacted]" in str(translate(echoed, settings, CallStats()))


def test_a_prompt_over_the_context_is_one_input_error() -> None:
    """HTTP 400 context_length_exceeded is the article's size, not the endpoint failing:
    exit 2 with one line, not a server error."""
    from summarizer import InputTooLargeError

    message = "This model's maximum context length is 8192 tokens"
    body = json.dumps({"error": {"message": message, "code": "context_length_exceeded"}}).encode()
    with serve([Step(400, body=body)], OK) as server, pytest.raises(InputTooLargeError) as info:
        _backend(server.url, []).extract(BriefDraft, MESSAGES, CallStats())
    assert "context" in str(info.value) and info.value.settings == ("context_tokens",)
    assert len(server.requests) == 1  # a 400 is not retried
