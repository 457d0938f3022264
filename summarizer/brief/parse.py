"""A brief read back from JSON (a file, a batch's output line), with a one-line error."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from summarizer.brief.schema import Brief
from summarizer.errors import InputError

__all__ = ["parse_brief"]


def parse_brief(data: str | bytes | dict[str, Any], name: str) -> Brief:
    """``data`` (JSON text, or JSON already parsed) as a :class:`Brief`; an InputError that
    says where the first problem is when it is not one."""
    try:
        if isinstance(data, dict):
            return Brief.model_validate(data)
        return Brief.model_validate_json(data)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the top level"
        raise InputError(
            f"{name} is not a summarizer brief ({e.error_count()} problem(s); first at "
            f"{where}: {first['msg']}): give a brief written by summarize or batch"
        ) from e
