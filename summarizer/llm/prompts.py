"""Prompt templates: Jinja2 files rendered in a sandbox.

A prompt set is a folder of ``*.j2`` files. The built-in sets live in the top-level
``prompts/`` folder of the repository, which the wheel ships as ``summarizer/prompts/`` (in a
source checkout ``summarizer/prompts`` is a symlink to it), so both are found the same way:
``importlib.resources.files("summarizer") / "prompts"``. A user may pass a folder of their own;
it renders in the same sandbox, so a template can read the variables it is given and nothing
else.

The article reaches a template only as a variable, never as template source, so text inside an
article (``{{ ... }}``, "ignore previous instructions") is data.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from summarizer.errors import PromptError

__all__ = ["DEFAULT_PROMPT_SET", "PromptSet", "builtin_prompt_root", "load_prompt_set"]

DEFAULT_PROMPT_SET = "default"
ARTICLE_TAG = "article"


def builtin_prompt_root() -> Path:
    """The folder that holds the built-in prompt sets."""
    return Path(str(resources.files("summarizer") / "prompts"))


_TAG = re.compile(rf"<(/?)\s*({ARTICLE_TAG})\s*>", re.IGNORECASE)


def _fence(text: str) -> str:
    """Keep an article from closing (or opening) the tag it is wrapped in, in any case and
    spacing: "</article>", "</ARTICLE >" become "</ article>"-style text."""
    return _TAG.sub(lambda m: f"<{m.group(1)} {m.group(2)}>", text)


def _hash_folder(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*.j2")):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


@dataclass(frozen=True)
class PromptSet:
    """A named folder of templates and the SHA-256 of its contents."""

    name: str
    folder: Path
    sha256: str

    @cached_property
    def _env(self) -> ImmutableSandboxedEnvironment:
        """One sandbox per prompt set: each template is compiled once (a batch renders them
        thousands of times), and never reloaded, so what renders is what was hashed."""
        env = ImmutableSandboxedEnvironment(
            loader=jinja2.FileSystemLoader(str(self.folder)),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=False,
            auto_reload=False,
        )
        env.filters["fence"] = _fence
        return env

    def render(self, template: str, **variables: Any) -> str:
        """Render ``template`` (without ``.j2``) with ``variables``; raises PromptError."""
        try:
            return self._env.get_template(f"{template}.j2").render(**variables).strip()
        except jinja2.TemplateNotFound as e:
            raise PromptError(
                f"prompt set {self.name!r} has no template {template}.j2 (in {self.folder})"
            ) from e
        except jinja2.TemplateError as e:
            raise PromptError(f"prompt template {self.name}/{template}.j2 failed: {e}") from e


def load_prompt_set(name_or_path: str | Path = DEFAULT_PROMPT_SET) -> PromptSet:
    """A built-in prompt set by name, or a folder of templates by path."""
    candidate = Path(name_or_path)
    if candidate.is_dir():
        folder = candidate.resolve()
        name = folder.name
    else:
        name = str(name_or_path)
        folder = builtin_prompt_root() / name
        if not folder.is_dir():
            available = sorted(p.name for p in builtin_prompt_root().iterdir() if p.is_dir())
            raise PromptError(
                f"no prompt set {name!r}: built-in sets are {', '.join(available)}, "
                "or pass a folder of .j2 templates"
            )
    if not any(folder.glob("*.j2")):
        raise PromptError(f"prompt folder {folder} holds no .j2 templates")
    return PromptSet(name=name, folder=folder, sha256=_hash_folder(folder))
