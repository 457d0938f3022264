"""Gold sets: folders of ``NAME.txt`` (the article as a user passes it) and ``NAME.json`` (what a
careful analyst extracts), in the format of docs/gold-format.md. Other people's gold sets use
this format too, so reading is lenient where the format is ("up to" or "up_to").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from summarizer.brief.drafts import snake
from summarizer.errors import InputError
from summarizer.ingest.files import load_path

__all__ = ["GoldArticle", "GoldFigure", "GoldItem", "GoldSource", "load_gold_set"]


class GoldFigure(BaseModel):
    model_config = ConfigDict(extra="allow")

    value_low: float | None = None
    value_high: float | None = None
    unit: str | None = None
    what: str | None = None
    qualifier: str = "exact"
    quote: str | None = None
    attributed_to: str | None = None

    _q = field_validator("qualifier", mode="before")(snake)


class GoldSource(BaseModel):
    model_config = ConfigDict(extra="allow")

    name: str
    kind: str | None = None
    quote: str | None = None

    _k = field_validator("kind", mode="before")(snake)


class GoldArticle(BaseModel):
    model_config = ConfigDict(extra="allow")

    url: str | None = None
    outlet: str | None = None
    language_of_origin: str | None = None
    figures: list[GoldFigure] = Field(default_factory=list)
    sources: list[GoldSource] = Field(default_factory=list)
    uncertainties: list[str] = Field(default_factory=list)
    caveats: list[str] = Field(default_factory=list)


@dataclass(frozen=True)
class GoldItem:
    """One article of a gold set: its name, text and annotation."""

    name: str
    text: str
    gold: GoldArticle


def load_gold_set(folder: str | Path) -> list[GoldItem]:
    """Every NAME.txt / NAME.json pair in ``folder``, sorted by name."""
    root = Path(folder)
    if not root.is_dir():
        raise InputError(f"{root} is not a folder of NAME.txt / NAME.json pairs")
    items = []
    for annotation in sorted(root.glob("*.json")):
        article = annotation.with_suffix(".txt")
        if not (article.exists() or article.is_symlink()):  # a link that leads nowhere: said
            continue
        try:
            # Read as an article is (a size cap; a folder, a pipe or a device refused in one
            # line, never read: a pipe would block).
            gold = GoldArticle.model_validate(json.loads(load_path(annotation)))
        except (ValueError, ValidationError) as e:
            first = str(e).splitlines()[0]
            raise InputError(f"{annotation}: not a gold annotation ({first})") from e
        items.append(GoldItem(annotation.stem, load_path(article), gold))
    if not items:
        raise InputError(f"{root} holds no NAME.txt / NAME.json pairs")
    return items
