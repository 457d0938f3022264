"""Settings, resolved in one place: explicit argument > environment > default.

Nothing is read at import time: :func:`resolve_settings` reads the environment when it is called.

Environment variables:

==========================  =========================================================
``SUMMARIZER_MODEL``        model name sent to the endpoint
``SUMMARIZER_BASE_URL``     OpenAI-compatible base URL (``OPENAI_BASE_URL`` as fallback)
``SUMMARIZER_API_KEY``      key for the endpoint (``OPENAI_API_KEY`` as fallback)
``SUMMARIZER_MODE``         instructor mode: auto, tools, json, md_json, json_schema
``SUMMARIZER_STRATEGY``     extraction strategy: auto, single, staged
``SUMMARIZER_TIMEOUT``      seconds per HTTP request
``SUMMARIZER_CONTEXT_TOKENS``  the model's context window, for the input budget
``SUMMARIZER_TRANSPORT_RETRIES``  retries of a request on 429/5xx/timeouts (default 4)
``SUMMARIZER_REASK_RETRIES``  re-asks when the output does not validate (default 2)
``SUMMARIZER_LOCAL_MODEL``  a GGUF file for the embedded server instead of the default model
``SUMMARIZER_LOCAL_MODEL_SHA256``  the SHA-256 that file must have (checked before loading)
``SUMMARIZER_LOCAL_THREADS``  threads of the embedded server (default: one per core)
``SUMMARIZER_RETRY_MAX_WAIT``  cap in seconds on one transport-retry wait (default 60)
``SUMMARIZER_MAX_INPUT_BYTES``  largest article file or stream read (default 2,000,000)
``SUMMARIZER_CACHE``        the brief cache: an SQLite file, or ``off``
``SUMMARIZER_CACHE_DIR``    folder for the model, server log and default brief cache
``SUMMARIZER_PRICES``       a JSON price table over the built-in one (batch cost)
==========================  =========================================================

With no endpoint, key or model configured, the embedded local model is used.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Literal, get_args
from urllib.parse import urlsplit

from summarizer.errors import ConfigError

__all__ = [
    "LOOPBACK",
    "MODES",
    "OPENAI_BASE_URL",
    "STRATEGIES",
    "Mode",
    "Settings",
    "StrategyName",
    "resolve_settings",
]

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})

OPENAI_BASE_URL = "https://api.openai.com/v1"
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
# Every OpenAI-compatible server we know (OpenAI, Azure, vLLM, Ollama, LM Studio,
# llama.cpp and llama-cpp-python) accepts forced tool calls; llama-cpp-python's server
# rejects ``response_format: json_schema`` with HTTP 500, so "auto" means tools.
Mode = Literal["auto", "tools", "json", "md_json", "json_schema"]
MODES: tuple[Mode, ...] = get_args(Mode)
# "auto": one call on OpenAI's hosted models, the staged calls everywhere else (local servers
# usually run small models, which find far more with staged prompts).
StrategyName = Literal["auto", "single", "staged"]
STRATEGIES: tuple[StrategyName, ...] = get_args(StrategyName)
CACHE_OFF = frozenset({"off", "no", "0", "false", "none"})
CACHE_FILE = "briefs.sqlite3"  # the default brief cache, in the cache folder
# Servers that need no key still make the openai SDK want one; this placeholder is never a secret.
NO_KEY = "no-key"


@dataclass(frozen=True)
class Settings:
    """Everything needed to reach a model and run the pipeline."""

    model: str | None = None
    base_url: str = OPENAI_BASE_URL
    api_key: str = field(default=NO_KEY, repr=False)
    mode: Mode = "auto"
    strategy: StrategyName = "auto"
    timeout: float = 600.0
    transport_retries: int = 4
    reask_retries: int = 2
    context_tokens: int = 8192
    max_output_tokens: int = 2048
    temperature: float = 0.0
    max_input_bytes: int = 2_000_000
    retry_max_wait: float = 60.0
    embedded: bool = False  # no endpoint configured: run the local model
    local_model: str | None = None
    local_model_sha256: str | None = None
    local_threads: int | None = None
    cache: str | None = None  # the brief cache file, "off", or None for the default file
    cache_dir: str | None = None  # None: the user cache folder (platformdirs)
    prices: str | None = None  # a JSON price table over the built-in one

    @property
    def cache_folder(self) -> Path:
        """Where the assembled model, the server log and the default brief cache live."""
        if self.cache_dir:
            return Path(self.cache_dir).expanduser()
        from platformdirs import user_cache_dir

        return Path(user_cache_dir("summarizer"))

    @property
    def cache_file(self) -> Path | None:
        """The brief cache's SQLite file when caching is asked for; None when it is off."""
        if self.cache is not None and self.cache.strip().lower() in CACHE_OFF:
            return None
        if self.cache:
            return Path(self.cache).expanduser()
        return self.cache_folder / CACHE_FILE

    @property
    def endpoint_host(self) -> str:
        """Host and port of the endpoint, safe to log and to put in a brief."""
        parts = urlsplit(self.base_url)
        return parts.hostname + (f":{parts.port}" if parts.port else "") if parts.hostname else ""

    @property
    def on_this_machine(self) -> bool:
        """The model runs on this machine: the embedded one, or an endpoint on loopback."""
        return self.embedded or (urlsplit(self.base_url).hostname or "") in LOOPBACK

    @property
    def resolved_strategy(self) -> Literal["single", "staged"]:
        """The strategy actually used ("auto" resolved)."""
        if self.strategy != "auto":
            return self.strategy
        return "single" if self.base_url == OPENAI_BASE_URL else "staged"

    @property
    def resolved_mode(self) -> str:
        """The instructor mode actually used ("auto" resolved)."""
        return "tools" if self.mode == "auto" else self.mode


_ENV: dict[str, tuple[str, ...]] = {
    "model": ("SUMMARIZER_MODEL",),
    "base_url": ("SUMMARIZER_BASE_URL", "OPENAI_BASE_URL"),
    "api_key": ("SUMMARIZER_API_KEY", "OPENAI_API_KEY"),
    "mode": ("SUMMARIZER_MODE",),
    "strategy": ("SUMMARIZER_STRATEGY",),
    "timeout": ("SUMMARIZER_TIMEOUT",),
    "context_tokens": ("SUMMARIZER_CONTEXT_TOKENS",),
    "transport_retries": ("SUMMARIZER_TRANSPORT_RETRIES",),
    "reask_retries": ("SUMMARIZER_REASK_RETRIES",),
    "retry_max_wait": ("SUMMARIZER_RETRY_MAX_WAIT",),
    "local_model": ("SUMMARIZER_LOCAL_MODEL",),
    "local_model_sha256": ("SUMMARIZER_LOCAL_MODEL_SHA256",),
    "local_threads": ("SUMMARIZER_LOCAL_THREADS",),
    "max_input_bytes": ("SUMMARIZER_MAX_INPUT_BYTES",),
    "cache": ("SUMMARIZER_CACHE",),
    "cache_dir": ("SUMMARIZER_CACHE_DIR",),
    "prices": ("SUMMARIZER_PRICES",),
}


def _from_env(env: Mapping[str, str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for name, keys in _ENV.items():
        for key in keys:
            value = env.get(key, "").strip()
            if value:
                found[name] = value
                break
    return found


def _coerce(name: str, value: Any, kind: type) -> Any:
    if kind not in (int, float):
        return value
    try:
        number = kind(value)
    except (TypeError, ValueError) as e:
        raise ConfigError(f"{name} must be a number, got {value!r}") from e
    if number < 0 or (number == 0 and not name.endswith("_retries")):
        raise ConfigError(f"{name} must be positive, got {value!r}")
    return number


def resolve_settings(env: Mapping[str, str] | None = None, **explicit: Any) -> Settings:
    """Build :class:`Settings` from explicit arguments, then the environment, then defaults.

    ``None`` in ``explicit`` means "not given". ``env`` defaults to ``os.environ``.
    """
    known = {f.name: f for f in fields(Settings)}
    unknown = set(explicit) - set(known)
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    values: dict[str, Any] = _from_env(os.environ if env is None else env)
    values.update({k: v for k, v in explicit.items() if v is not None})
    types = {
        "timeout": float,
        "context_tokens": int,
        "transport_retries": int,
        "reask_retries": int,
        "max_output_tokens": int,
        "retry_max_wait": float,
        "local_threads": int,
        "max_input_bytes": int,
    }
    values = {k: _coerce(k, v, types.get(k, object)) for k, v in values.items()}

    if values.get("embedded") or not ({"base_url", "api_key", "model"} & set(values)):
        # Nothing configured: the embedded local model (its server's URL is known at start).
        values["embedded"] = True
        values["base_url"] = "http://127.0.0.1/v1"
        values.pop("api_key", None)
    base_url = str(values.get("base_url", OPENAI_BASE_URL)).rstrip("/")
    if urlsplit(base_url).scheme not in ("http", "https") or not urlsplit(base_url).hostname:
        raise ConfigError(f"base URL must be http(s)://host[:port]/path, got {base_url!r}")
    values["base_url"] = base_url
    if base_url == OPENAI_BASE_URL:
        if values.get("api_key", NO_KEY) == NO_KEY:
            raise ConfigError(
                "OpenAI needs an API key: set OPENAI_API_KEY (or SUMMARIZER_API_KEY), "
                "or set a base URL (SUMMARIZER_BASE_URL) for a local OpenAI-compatible server",
                settings=("base_url",),
            )
        values.setdefault("model", DEFAULT_OPENAI_MODEL)
    mode = str(values.get("mode", "auto")).lower()
    if mode not in MODES:
        raise ConfigError(
            f"unknown mode {mode!r}: choose one of {', '.join(MODES)}", settings=("mode",)
        )
    values["mode"] = mode
    strategy = str(values.get("strategy", "auto")).lower()
    if strategy not in STRATEGIES:
        raise ConfigError(
            f"unknown strategy {strategy!r}: choose one of {', '.join(STRATEGIES)}",
            settings=("strategy",),
        )
    values["strategy"] = strategy
    return Settings(**values)
