"""Distinct short articles for batch tests and the batch benchmark."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = sorted((ROOT / "goldset").glob("*.txt"))


def _tag(i: int) -> str:
    """A word that makes article ``i`` unique without adding a number to it."""
    return "".join("abcdefghij"[int(d)] for d in str(i))


def make_articles(folder: Path, count: int) -> list[Path]:
    """``count`` distinct short articles: the opening paragraphs of the gold-set articles."""
    folder.mkdir(parents=True, exist_ok=True)
    openings = []
    for path in GOLD:
        text = path.read_text(encoding="utf-8")
        cut = text.find("\n\n", 900)
        openings.append(text[: cut if cut > 0 else 1200])
    paths = []
    for i in range(count):
        path = folder / f"article-{i:04d}.txt"
        path.write_text(f"{openings[i % len(openings)]}\n\nDesk note {_tag(i)}.\n", "utf-8")
        paths.append(path)
    return paths
