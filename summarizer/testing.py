"""A pytest plugin for extraction-quality regression tests in your own repository.

It is registered as a ``pytest11`` entry point, so an installed summarizer offers it to every
pytest run (with plugin autoloading off, load it with ``-p summarizer.testing``). It needs
vcrpy (``pip install 'summarizer[testing]'``). A complete test::

    from pathlib import Path
    from summarizer.testing import assert_brief

    def test_budget_article(summarizer_replay):
        text = Path("articles/budget.txt").read_text(encoding="utf-8")
        brief = summarizer_replay("budget").summarize(text)
        assert_brief(brief, "gold/budget.json", text, min_recall=0.9, min_attribution=0.6)

Record once against your endpoint (``SUMMARIZER_BASE_URL``, ``SUMMARIZER_MODEL``, a key in
``SUMMARIZER_API_KEY`` if it needs one): ``pytest --summarizer-record``. Every exchange is
saved to ``cassettes/NAME.yaml`` (the ``summarizer_cassettes`` ini option names another
folder), with credentials filtered out. Then CI replays offline, the default: requests are
matched on their JSON body, so a changed prompt, schema or model fails loudly instead of
reusing an old answer. Replay needs the settings the recording used (base URL and model).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from summarizer.api import Summarizer
from summarizer.brief.schema import Brief
from summarizer.evaluation.gold import GoldArticle
from summarizer.evaluation.score import ArticleScore, score_brief

__all__ = ["SECRET_HEADERS", "assert_brief", "brief_problems", "json_body_matcher"]

SECRET_HEADERS = ["authorization", "api-key", "x-api-key", "cookie", "set-cookie",
                  "openai-organization", "openai-project"]  # fmt: skip
VOLATILE_BODY_KEYS = frozenset({"user", "metadata", "stream_options"})


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("summarizer")
    group.addoption(
        "--summarizer-record",
        action="store_true",
        help="Record the model exchanges of summarizer_replay (else replay them offline).",
    )
    parser.addini("summarizer_cassettes", "Folder of summarizer's recorded exchanges.",
                  default="cassettes")  # fmt: skip


def _json_body(request: Any) -> Any:
    body = request.body
    if not body:
        return None
    text = body.decode("utf-8") if isinstance(body, bytes) else body
    try:
        data = json.loads(text)
    except ValueError:
        return text
    if isinstance(data, dict):
        data = {k: v for k, v in data.items() if k not in VOLATILE_BODY_KEYS}
    return data


def json_body_matcher(r1: Any, r2: Any) -> None:
    """vcrpy matcher: the JSON bodies must be equal (volatile keys aside)."""
    assert _json_body(r1) == _json_body(r2), "request body differs from the recording"


@pytest.fixture
def summarizer_replay(request: pytest.FixtureRequest) -> Iterator[Callable[..., Summarizer]]:
    """A factory: ``summarizer_replay(NAME, **options)`` gives a :class:`Summarizer` whose
    model exchanges are replayed from (or, with ``--summarizer-record``, recorded to) the
    cassette ``NAME.yaml``; ``options`` as for Summarizer."""
    try:
        import vcr
    except ImportError as e:  # pragma: no cover - depends on the installation
        raise pytest.UsageError(
            "summarizer_replay needs vcrpy: pip install 'summarizer[testing]'"
        ) from e
    recording = bool(request.config.getoption("--summarizer-record"))
    folder = Path(str(request.config.rootpath)) / str(request.config.getini("summarizer_cassettes"))
    recorder = vcr.VCR(
        cassette_library_dir=str(folder),
        record_mode="once" if recording else "none",
        filter_headers=SECRET_HEADERS,
        filter_query_parameters=["api_key", "key"],
        match_on=["method", "scheme", "host", "port", "path", "query", "json_body"],
        decode_compressed_response=True,
    )
    recorder.register_matcher("json_body", json_body_matcher)
    with ExitStack() as stack:

        def make(name: str, **options: Any) -> Summarizer:
            stack.enter_context(recorder.use_cassette(f"{name}.yaml", allow_playback_repeats=True))
            return stack.enter_context(Summarizer(**options))

        yield make


def brief_problems(
    brief: Brief,
    gold: GoldArticle | str | Path,
    text: str,
    *,
    min_recall: float | None = None,
    min_precision: float | None = None,
    min_attribution: float | None = None,
    min_what: float | None = None,
    min_source_recall: float | None = None,
) -> tuple[ArticleScore, list[str]]:
    """The score of ``brief`` against ``gold`` (an annotation or its JSON file) and the lines
    that say what falls short of the floors given."""
    if not isinstance(gold, GoldArticle):
        gold = GoldArticle.model_validate(json.loads(Path(gold).read_text(encoding="utf-8")))
    score = score_brief("brief", brief, gold, text)
    floors = {"figure recall": (score.figure_recall, min_recall),
              "figure precision": (score.figure_precision, min_precision),
              "attribution accuracy": (score.attribution_accuracy, min_attribution),
              "what F1": (score.what_f1, min_what),
              "source recall": (score.source_recall, min_source_recall)}  # fmt: skip
    problems = [
        f"{name} {0.0 if value is None else value:.3f} < {floor:g}"
        for name, (value, floor) in floors.items()
        if floor is not None and (value or 0.0) < floor
    ]
    return score, problems


def assert_brief(brief: Brief, gold: GoldArticle | str | Path, text: str, **floors: Any) -> None:
    """Fail, with a readable account, when ``brief`` falls below a floor (``min_recall``,
    ``min_precision``, ``min_attribution``, ``min_what``, ``min_source_recall``)."""
    score, problems = brief_problems(brief, gold, text, **floors)
    if not problems:
        return
    lines = [*problems, ""]
    for title, notes in (("missed", score.missed), ("spurious", score.spurious),
                         ("wrong qualifier", score.wrong_qualifier)):  # fmt: skip
        for n in notes:
            lines.append(f"  {title}: {n.value_low:g}-{n.value_high:g} {n.qualifier}: {n.quote}")
    for m in score.wrong_meaning:
        lines.append(f"  {m.field}: brief {m.predicted!r}, gold {m.expected!r}: {m.quote}")
    raise AssertionError("the brief falls short of its gold:\n" + "\n".join(lines))
