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


def test_cache_prices_and_input_limit_are_settings() -> None:
    env = {
        "SUMMARIZER_CACHE": "/tmp/briefs.db",
        "SUMMARIZER_CACHE_DIR": "/tmp/sumcache",
        "SUMMARIZER_PRICES": "/tmp/prices.json",
        "SUMMARIZER_MAX_INPUT_BYTES": "1000",
    }
    s = resolve_settings(env)
    assert str(s.cache_file) == "/tmp/briefs.db"
    assert str(s.cache_folder) == "/tmp/sumcache"
    assert s.prices == "/tmp/prices.json"
    assert s.max_input_bytes == 1000
    assert resolve_settings({"SUMMARIZER_CACHE": "off"}).cache_file is None
    default = resolve_settings({"SUMMARIZER_CACHE_DIR": "/tmp/sumcache"}).cache_file
    assert str(default) == "/tmp/sumcache/briefs.sqlite3"


def test_an_unknown_strategy_is_an_error_not_a_default() -> None:
    from summarizer.llm.prompts import load_prompt_set
    from summarizer.llm.strategies import make_strategy
    from summarizer.text.layout import layout

    with pytest.raises(ConfigError, match="unknown strategy 'fancy'") as info:
        make_strategy("fancy", load_prompt_set(), "text", layout("text"))
    assert info.value.settings == ("strategy",)


def test_library_errors_name_settings_not_flags() -> None:
    """The library says which setting to change; the CLI adds its own flags to the line."""
    from summarizer.api.limits import check_input

    with pytest.raises(ConfigError) as info:
        resolve_settings({"OPENAI_API_KEY": ""}, base_url=OPENAI_BASE_URL, model="m")
    assert "--" not in str(info.value)
    from summarizer import InputTooLargeError

    with pytest.raises(InputTooLargeError) as too_long:
        check_input("word " * 10_000, resolve_settings({}, context_tokens=3000))
    assert "--" not in str(too_long.value)
    assert too_long.value.settings == ("context_tokens", "max_output_tokens")
