"""What the CLI's commands share: consoles, one-line errors, progress bars, common options."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)

from summarizer.errors import BackendError, SummarizerError
from summarizer.settings import STRATEGIES

__all__ = [
    "BaseUrlOption",
    "CacheOption",
    "LocalModelOption",
    "ModelOption",
    "NoCacheOption",
    "PricesOption",
    "PromptsOption",
    "StrategyOption",
    "TimeoutOption",
    "cache_option_value",
    "err",
    "fail",
    "out",
    "progress_bar",
    "reflow",
]

err = Console(stderr=True)
out = Console(highlight=False, soft_wrap=True)


# Options shared by the commands that call a model.
ModelOption = Annotated[
    str | None, typer.Option(help="Model name (env SUMMARIZER_MODEL).", show_default=False)
]
BaseUrlOption = Annotated[
    str | None,
    typer.Option(
        help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1 "
        "(env SUMMARIZER_BASE_URL); none: the embedded local model.",
        show_default=False,
    ),
]
StrategyOption = Annotated[
    str | None,
    typer.Option(help=f"Extraction strategy: {', '.join(STRATEGIES)}.", show_default=False),
]
TimeoutOption = Annotated[
    float | None,
    typer.Option(
        help="Seconds to wait for each model request (env SUMMARIZER_TIMEOUT).",
        show_default=False,
    ),
]


def reflow(doc: str) -> str:
    """A docstring with each paragraph on one line (paragraphs stay apart)."""
    return "\n\n".join(" ".join(p.split()) for p in doc.split("\n\n"))


# The command-line flag of each setting an error may name (SummarizerError.settings).
FLAGS = {
    "base_url": "--base-url",
    "model": "--model",
    "timeout": "--timeout",
    "context_tokens": "--context-tokens",
    "strategy": "--strategy",
    "mode": "--mode",
    "cache": "--cache FILE or --no-cache",
    "out": "--out",
    "max_tokens": "--max-tokens",
    "max_cost": "--max-cost",
    "prices": "--prices FILE",
    "local_model": "--local-model",
    "prompts": "--prompts",
    "redo_stale": "--redo-stale",
}


def hint(error: SummarizerError) -> str:
    """The flags that would fix ``error``, as the CLI spells them ("" when none)."""
    flags = [FLAGS[name] for name in error.settings if name in FLAGS]
    return f" (command line: {', '.join(flags)})" if flags else ""


def fail(error: SummarizerError) -> NoReturn:
    """Print ``error`` as one line on stderr and exit: 1 when the endpoint failed, else 2."""
    message = escape(str(error) + hint(error))
    err.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(1 if isinstance(error, BackendError) else 2)


def progress_bar(description: str, total: int) -> Callable[[int], None]:
    """A rich progress bar on stderr for long byte-counting work; returns its advance()."""
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
    )
    task = progress.add_task(description, total=total)
    progress.start()
    done = 0

    def advance(nbytes: int) -> None:
        nonlocal done
        done += nbytes
        progress.update(task, advance=nbytes)
        if done >= total:
            progress.stop()

    return advance


PromptsOption = Annotated[
    str, typer.Option(help="Built-in prompt set name, or a folder of .j2 templates.")
]
LocalModelOption = Annotated[
    Path | None,
    typer.Option(
        help="GGUF file for the embedded server instead of the default model "
        "(env SUMMARIZER_LOCAL_MODEL; pin its hash with SUMMARIZER_LOCAL_MODEL_SHA256).",
        show_default=False,
    ),
]
CacheOption = Annotated[
    Path | None,
    typer.Option(
        help="SQLite file of briefs made before (env SUMMARIZER_CACHE; default: in the user "
        "cache folder).",
        show_default=False,
    ),
]
PricesOption = Annotated[
    Path | None,
    typer.Option(
        help='JSON price table, {"model": {"input": USD, "output": USD}} per million '
        "tokens, over the built-in one (env SUMMARIZER_PRICES).",
        show_default=False,
    ),
]
NoCacheOption = Annotated[
    bool, typer.Option("--no-cache", help="Summarize again even when a cached brief exists.")
]


def cache_option_value(cache: Path | None, no_cache: bool) -> Path | bool | None:
    """What ``--cache`` / ``--no-cache`` ask for: a file, the settings' cache (True: the
    SUMMARIZER_CACHE file or the default, none when it is ``off``), or no cache."""
    if no_cache:
        return None
    return cache if cache is not None else True
