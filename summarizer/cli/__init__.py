"""The command line: a thin layer over the library, one module per command group.

Every :class:`~summarizer.errors.SummarizerError` becomes one line on stderr and a non-zero
exit: 2 for bad input or settings, 1 when the model endpoint fails (see
:func:`summarizer.cli.common.fail`).
"""

from __future__ import annotations

import inspect
import logging
from typing import Any

import typer
from typer.core import TyperGroup

from summarizer.cli.batch import batch
from summarizer.cli.common import reflow
from summarizer.cli.eval import compare_command, eval_command
from summarizer.cli.figures import figures
from summarizer.cli.local import local
from summarizer.cli.summarize import schema, summarize
from summarizer.cli.view import view

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
app.command("view")(view)
app.command("figures")(figures)
app.command("schema")(schema)
app.command("batch")(batch)
app.command("compare")(compare_command)
app.add_typer(local, name="local")


class _EvalGroup(TyperGroup):
    """``summarizer eval GOLD_DIR ...`` runs an eval; ``summarizer eval compare OLD NEW``
    compares two reports: the first word picks the command, "run" when it names none."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:  # click.Context
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


evaluation = typer.Typer(
    cls=_EvalGroup,
    help="Score extraction against a gold set (summarizer eval GOLD_DIR), or compare two "
    "reports (summarizer eval compare OLD NEW).",
    no_args_is_help=True,
)
evaluation.command("run")(eval_command)
evaluation.command("compare")(compare_command)
app.add_typer(evaluation, name="eval")

# Typer keeps the docstrings' line breaks in --help; one line per paragraph reads better.
for _info in [*app.registered_commands, *local.registered_commands,
              *evaluation.registered_commands]:  # fmt: skip
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
