"""The command line: a thin layer over the library, one module per command group.

Every :class:`~summarizer.errors.SummarizerError` becomes one line on stderr and a non-zero
exit: 2 for bad input or settings, 1 when the model endpoint fails (see
:func:`summarizer.cli.common.fail`).
"""

from __future__ import annotations

import inspect
import logging

import typer

from summarizer.cli.batch import batch
from summarizer.cli.common import reflow
from summarizer.cli.eval import compare_command, eval_command
from summarizer.cli.local import local
from summarizer.cli.summarize import schema, summarize

__all__ = ["app", "main"]

app = typer.Typer(
    name="summarizer",
    help="Structured, grounded briefs (figures, sources, uncertainties, caveats) from news "
    "articles, with any OpenAI-compatible model.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("summarize")(summarize)
app.command("schema")(schema)
app.command("batch")(batch)
app.command("eval")(eval_command)
app.command("compare")(compare_command)
app.add_typer(local, name="local")

# Typer keeps the docstrings' line breaks in --help; one line per paragraph reads better.
for _info in [*app.registered_commands, *local.registered_commands]:
    if _info.callback is not None:
        _info.help = reflow(_info.help or inspect.getdoc(_info.callback) or "")


def _quiet_libraries() -> None:
    """One line per error on stderr: instructor logs every failed attempt ("API call failed",
    "Max retries exceeded") and the retry policy logs each retry; the CLI says what matters
    once, so both are kept off the terminal."""
    for name in ("instructor", "summarizer"):
        logger = logging.getLogger(name)
        logger.addHandler(logging.NullHandler())
        logger.propagate = False


def main() -> None:
    """Entry point of the ``summarizer`` command."""
    _quiet_libraries()
    app()
