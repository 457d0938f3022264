"""Settings precedence: explicit argument > environment > default; nothing read at import."""

from __future__ import annotations

import pytest

from summarizer import ConfigError, Settings, resolve_settings
from summarizer.settings import OPENAI_BASE_URL


def test_argument_beats_environment_beats_default() -> None:
    env = {
        "SUMMARIZER_MODEL": "env-model",
        "SUMMARIZER_BASE_URL": "http://127.0.0.1:9/v1",
        "SUMMARIZER_TIMEOUT": "12",
    }
    s = resolve_settings(env, model="arg-model")
    assert s.model == "arg-model"  # argument
    assert s.base_url == "http://127.0.0.1:9/v1"  # environment
    assert s.timeout == 12.0  # environment, coerced
    assert s.mode == "auto" and s.resolved_mode == "tools"  # default
    assert s.transport_retries == Settings().transport_retries


def test_none_means_not_given() -> None:
    s = resolve_settings(
        {"SUMMARIZER_MODEL": "env-model", "SUMMARIZER_BASE_URL": "http://h/v1"}, model=None
    )
    assert s.model == "env-model"


def test_summarizer_variables_beat_openai_ones() -> None:
    env = {
        "OPENAI_API_KEY": "sk-openai",
        "SUMMARIZER_API_KEY": "sk-summarizer",
        "OPENAI_BASE_URL": "http://a:1/v1",
        "SUMMARIZER_BASE_URL": "http://b:2/v1",
    }
    s = resolve_settings(env)
    assert s.api_key == "sk-summarizer"
    assert s.base_url == "http://b:2/v1"
    assert s.endpoint_host == "b:2"


def test_openai_key_alone_means_openai() -> None:
    s = resolve_settings({"OPENAI_API_KEY": "sk-test"})
    assert s.base_url == OPENAI_BASE_URL
    assert s.model == "gpt-4o-mini"
    assert s.endpoint_host == "api.openai.com"


def test_key_never_in_repr() -> None:
    s = resolve_settings({"OPENAI_API_KEY": "sk-very-secret"})
    assert "sk-very-secret" not in repr(s)


def test_environment_read_at_call_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_BASE_URL", "http://127.0.0.1:1234/v1")
    monkeypatch.setenv("SUMMARIZER_MODEL", "first")
    assert resolve_settings().model == "first"
    monkeypatch.setenv("SUMMARIZER_MODEL", "second")
    assert resolve_settings().model == "second"


@pytest.mark.parametrize(
    ("env", "args", "needle"),
    [
        ({}, {"model": "gpt-x"}, "OpenAI needs an API key"),
        ({"SUMMARIZER_BASE_URL": "ftp://x"}, {}, "base URL must be http"),
        ({"SUMMARIZER_BASE_URL": "http://h/v1", "SUMMARIZER_MODE": "grpc"}, {}, "unknown mode"),
        ({"SUMMARIZER_BASE_URL": "http://h/v1"}, {"strategy": "magic"}, "unknown strategy"),
        ({"SUMMARIZER_BASE_URL": "http://h/v1", "SUMMARIZER_TIMEOUT": "soon"}, {}, "number"),
        ({"SUMMARIZER_BASE_URL": "http://h/v1"}, {"timeout": 0}, "positive"),
        ({"SUMMARIZER_BASE_URL": "http://h/v1"}, {"colour": "red"}, "unknown setting"),
    ],
)
def test_bad_settings_say_what_to_do(
    env: dict[str, str], args: dict[str, object], needle: str
) -> None:
    with pytest.raises(ConfigError, match=needle):
        resolve_settings(env, **args)


def test_retries_may_be_zero() -> None:
    s = resolve_settings(
        {"SUMMARIZER_BASE_URL": "http://h/v1", "SUMMARIZER_TRANSPORT_RETRIES": "0"}
    )
    assert s.transport_retries == 0
