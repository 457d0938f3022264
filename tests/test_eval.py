"""`summarizer eval`: scoring checked against hand-computed numbers on a tiny gold set, the
whole eval run offline from a cassette, baseline gates, and failures that do not stop a run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from support import RECORDED, ROOT
from typer.testing import CliRunner

from summarizer import Summarizer
from summarizer.brief.schema import (
    SCHEMA_VERSION,
    ArticleInfo,
    Brief,
    Figure,
    Provenance,
    Source,
    Span,
)
from summarizer.brief.schema import Usage as UsageModel
from summarizer.cli import app
from summarizer.evaluation.evaluate import evaluate
from summarizer.evaluation.gold import load_gold_set

runner = CliRunner()

ARTICLE = (
    "Officials said up to 8,000 troops remain in the region.\n"
    "About 3,000 soldiers returned home, the ministry said.\n"
    "A second deployment of 1,000 to 3,000 troops followed.\n"
)
GOLD = {
    "url": None,
    "outlet": "Test Wire",
    "language_of_origin": "Korean",
    "figures": [
        {
            "value_low": 8000,
            "value_high": 8000,
            "unit": "troops",
            "what": "troops remaining",
            "qualifier": "up to",
            "quote": "up to 8,000 troops remain in the region",
        },
        {
            "value_low": 3000,
            "value_high": 3000,
            "unit": "soldiers",
            "what": "returned",
            "qualifier": "approximately",
            "quote": "About 3,000 soldiers returned home",
        },
        {
            "value_low": 1000,
            "value_high": 3000,
            "unit": "troops",
            "what": "second deployment",
            "qualifier": "range",
            "quote": "A second deployment of 1,000 to 3,000 troops",
        },
    ],
    "sources": [
        {"name": "the ministry", "kind": "government", "quote": "the ministry said"},
        {"name": "Officials", "kind": "anonymous official", "quote": "Officials said"},
    ],
    "uncertainties": [],
    "caveats": [],
}


def _figure(fid: str, low: float, high: float, qualifier: str, quote: str) -> Figure:
    start = ARTICLE.find(quote)
    return Figure(id=fid, what="x", value_low=low, value_high=high, qualifier=qualifier,
                  quote=quote, span=Span(start=start, end=start + len(quote)),
                  alignment="exact")  # type: ignore[arg-type]  # fmt: skip


def _brief() -> Brief:
    """A brief built here to exercise the scorer: 2 of 3 gold figures (one with the wrong
    qualifier), 1 spurious figure with a number the article does not have, 1 of 2 sources."""
    return Brief(
        headline="Troops remain",
        summary="Up to 8,000 troops remain.",
        figures=[
            _figure("F1", 8000, 8000, "up_to", "up to 8,000 troops remain"),
            _figure("F2", 3000, 3000, "exact", "About 3,000 soldiers returned home"),
            _figure("F3", 9000, 9000, "exact", "A second deployment"),
        ],
        sources=[
            Source(
                id="S1",
                name="Ministry",
                kind="government",
                anonymous=False,
                quote="the ministry said",
                alignment="exact",
                span=Span(
                    start=ARTICLE.find("the ministry said"),
                    end=ARTICLE.find("the ministry said") + 17,
                ),
            ),
            Source(
                id="S2",
                name="Pentagon",
                kind="military",
                anonymous=False,
                quote="Officials",
                alignment="exact",
                span=Span(start=1, end=10),
            ),
        ],
        article=ArticleInfo(sha256="0" * 64, chars=len(ARTICLE)),
        provenance=Provenance(
            summarizer_version="test",
            model="none",
            endpoint_host="",
            instructor_mode="tools",
            strategy="staged",
            prompt_set="default",
            prompt_sha256="0" * 64,
            schema_version=SCHEMA_VERSION,
            seconds=2.5,
            attempts=2,
            usage=UsageModel(prompt_tokens=100, completion_tokens=20, total_tokens=120),
        ),
    )


@pytest.fixture
def tiny(tmp_path: Path) -> tuple[Path, Path]:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (gold / "a.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (gold / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (gold / "b.json").write_text(json.dumps(GOLD), encoding="utf-8")
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    (briefs / "a.json").write_text(_brief().model_dump_json(), encoding="utf-8")
    (briefs / "b.json").write_text("{not a brief", encoding="utf-8")  # b fails
    return gold, briefs


def test_scores_match_hand_computed_numbers(tiny: tuple[Path, Path], tmp_path: Path) -> None:
    gold, briefs = tiny
    out, md = tmp_path / "report.json", tmp_path / "report.md"
    result = runner.invoke(app, ["eval", str(gold), "--briefs", str(briefs), "--out", str(out),
                                 "--markdown", str(md)])  # fmt: skip
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text())
    a, b = report["articles"]
    # Figures: F1 matches gold 1, F2 matches gold 2 (qualifier exact vs approximately),
    # F3 (9,000) matches nothing; gold 3 is missed.
    assert (a["figures_matched"], a["figures_predicted"], a["figures_gold"]) == (2, 3, 3)
    assert a["figure_precision"] == pytest.approx(2 / 3)
    assert a["figure_recall"] == pytest.approx(2 / 3)
    assert a["figure_f1"] == pytest.approx(2 / 3)
    assert a["qualifier_accuracy"] == pytest.approx(1 / 2)
    # Sources: "Ministry" ~ "the ministry"; "Pentagon" matches nothing; "Officials" missed.
    assert (a["source_precision"], a["source_recall"]) == (0.5, 0.5)
    # Grounding: S2's quote "Officials" is not the text at [1:10]; the other 4 quotes are.
    assert (a["quotes_grounded"], a["quotes"]) == (4, 5)
    assert a["invented_numbers"] == ["F3: 9000"]
    assert [n["value_low"] for n in a["missed"]] == [1000]
    assert [n["value_low"] for n in a["spurious"]] == [9000]
    # b's brief is unreadable: reported as failed, the run went on.
    assert b["status"] == "failed" and "not a valid brief" in b["error"]
    o = report["overall"]
    assert (o["articles"], o["failed"]) == (2, 1)
    # Micro-averaged over both: b's 3 gold figures count as missed.
    assert o["figure_recall"] == pytest.approx(2 / 6)
    assert o["figure_precision"] == pytest.approx(2 / 3)
    assert o["invented_numbers"] == 1
    # The model is the one the briefs name (not "briefs on disk", which says nothing).
    assert (report["model"], report["briefs_from_disk"]) == ("none", True)
    text = md.read_text()
    assert "Model: none;" in text
    assert "**Missed**" in text and "A second deployment of 1,000 to 3,000 troops" in text
    assert "**Spurious**" in text and "9000 exact" in text
    assert "exact (gold: approximately)" in text


def test_gates_and_baseline(tiny: tuple[Path, Path], tmp_path: Path) -> None:
    gold, briefs = tiny
    base = tmp_path / "base.json"
    assert runner.invoke(app, ["eval", str(gold), "--briefs", str(briefs), "-o", str(base)]
                         ).exit_code == 0  # fmt: skip
    # Same run against itself: nothing fell.
    same = runner.invoke(app, ["eval", str(gold), "--briefs", str(briefs), "--baseline",
                               str(base)])  # fmt: skip
    assert same.exit_code == 0, same.output
    # A baseline that was better: recall fell by more than the tolerance.
    better = json.loads(base.read_text())
    better["overall"]["figure_recall"] = 0.9
    base.write_text(json.dumps(better))
    fell = runner.invoke(app, ["eval", str(gold), "--briefs", str(briefs), "--baseline",
                               str(base), "--max-drop", "0.05"])  # fmt: skip
    assert fell.exit_code == 3
    assert "figure_recall fell from 0.900 to 0.333" in fell.stderr
    low = runner.invoke(app, ["eval", str(gold), "--briefs", str(briefs), "--min-recall", "0.5"])
    assert low.exit_code == 3 and "figure recall 0.333 < 0.5" in low.stderr


def test_bad_gold_dir_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", str(tmp_path)])
    assert result.exit_code == 2
    assert "holds no NAME.txt / NAME.json pairs" in result.stderr


@pytest.mark.vcr("test_seed_article_staged.yaml")
def test_whole_eval_offline_from_a_cassette(tmp_path: Path, clean_env: None) -> None:
    """The seed article of the gold set, summarized by the staged strategy from the recording
    of the local model and scored against its hand annotation."""
    name = "kursk-troops-joongang-2026-02-10"
    for suffix in (".txt", ".json"):
        shutil.copy(ROOT / "goldset" / f"{name}{suffix}", tmp_path / f"{name}{suffix}")
    items = load_gold_set(tmp_path)
    with Summarizer(env={}, **RECORDED) as summarizer:
        report = evaluate(items, summarizer=summarizer)
    (score,) = report.articles
    assert score.status == "ok", score.error
    # All 13 gold figures, nothing spurious, every qualifier as annotated.
    assert (score.figures_matched, score.figures_predicted, score.figures_gold) == (13, 13, 13)
    assert score.qualifier_accuracy == 1.0
    assert score.invented_numbers == []
    assert score.sources_gold == 8
    assert 0 < score.sources_matched <= score.sources_predicted
    # Staged figures come from the scan: grounding had nothing to drop or move.
    assert (score.draft_figures_matched, score.draft_figures_predicted) == (13, 13)
    assert score.draft_invented_numbers == 0


def test_before_grounding_scores_the_draft_as_given() -> None:
    """The draft grounding started from, scored by hand: one figure right where its quote
    stands, one whose quote is not the article's words, one with a value the article lacks."""
    from summarizer.brief.drafts import BriefDraft, FigureDraft
    from summarizer.evaluation.gold import GoldArticle
    from summarizer.evaluation.score import ArticleScore, score_draft

    def fig(low: float, quote: str) -> FigureDraft:
        return FigureDraft(what="x", value_low=low, value_high=low, qualifier="exact", quote=quote)

    draft = BriefDraft(
        headline="h",
        summary="s",
        key_points=[],
        sources=[],
        figures=[
            fig(8000, "up to 8,000 troops remain in the region"),
            fig(3000, "roughly 3,000 soldiers came home"),  # paraphrase: not verbatim
            fig(9000, "up to 8,000 troops"),
        ],
    )
    score = ArticleScore(name="a")
    score_draft(score, draft, GoldArticle.model_validate(GOLD), ARTICLE)
    assert score.draft_figures_predicted == 3
    assert score.draft_figures_matched == 1  # the paraphrase stands nowhere in the text
    assert score.draft_quotes_verbatim == 2
    assert score.draft_invented_numbers == 1  # 9000


def test_meaning_scores_match_hand_computed_numbers() -> None:
    """Attribution, `what` F1 and unit accuracy of matched figures, computed by hand:
    F1 right source, what 'troops remain' vs 'troops remaining in the region' (P 1/2, R 1/3,
    F1 0.4); F2 no source where the gold has the ministry, what F1 6/7 ('who' counts), unit
    'soldier' = 'soldiers'; F3 no source = 'not attributed (reporter)', what exact, unit USD
    where the gold counts troops."""
    from summarizer.evaluation.gold import GoldArticle
    from summarizer.evaluation.score import score_brief

    gold = json.loads(json.dumps(GOLD))
    for g, (said, what) in zip(gold["figures"], [
        ("Officials", "troops remaining in the region"),
        ("the ministry", "soldiers who returned home"),
        ("not attributed (reporter)", "second deployment"),
    ], strict=True):  # fmt: skip
        g["attributed_to"], g["what"] = said, what
    brief = _brief()
    f1, f2, _ = brief.figures
    figures = [
        f1.model_copy(update={"what": "troops remain", "unit": "troops", "source_id": "S3"}),
        f2.model_copy(update={"what": "soldiers returned home", "unit": "soldier",
                              "qualifier": "approximately"}),
        _figure("F3", 1000, 3000, "range", "A second deployment of 1,000 to 3,000 troops")
        .model_copy(update={"what": "second deployment", "unit": "US$"}),
    ]  # fmt: skip
    officials = brief.sources[0].model_copy(update={"id": "S3", "name": "Officials"})
    brief = brief.model_copy(update={"figures": figures, "sources": [*brief.sources, officials]})
    score = score_brief("a", brief, GoldArticle.model_validate(gold), ARTICLE)
    assert score.figures_matched == 3
    assert score.attribution_accuracy == pytest.approx(2 / 3)
    assert score.what_f1 == pytest.approx((0.4 + 6 / 7 + 1.0) / 3)
    assert (score.units_correct, score.units_gold) == (2, 3)
    wrong = {(m.field, m.predicted, m.expected) for m in score.wrong_meaning}
    assert wrong == {("source", None, "the ministry"), ("what", "troops remain",
                     "troops remaining in the region"), ("unit", "US$", "troops")}  # fmt: skip


def test_junit_report_one_case_per_article(tiny: tuple[Path, Path], tmp_path: Path) -> None:
    """JUnit XML for CI: a failing article (below the per-article gate) with what it missed in
    its failure text, an article that could not be scored as an error, scores in system-out."""
    import xml.etree.ElementTree as ET

    gold, briefs = tiny
    junit, out = tmp_path / "eval.xml", tmp_path / "report.json"
    result = runner.invoke(app, ["eval", str(gold), "--briefs", str(briefs), "--junit-xml",
                                 str(junit), "--min-recall", "0.9", "-o", str(out)])  # fmt: skip
    assert result.exit_code == 3  # overall recall 0.333 < 0.9
    suite = ET.parse(junit).getroot()
    assert suite.tag == "testsuite"
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("2", "1", "1")
    a, b = suite.findall("testcase")
    assert a.get("name") == "a" and a.find("failure") is not None
    failure = a.find("failure")
    assert failure is not None and "figure_recall 0.667 < 0.9" in (failure.get("message") or "")
    assert "missed: 1000-3000 range" in (failure.text or "")
    assert "tokens 120" in (a.findtext("system-out") or "")
    assert b.find("error") is not None and "not a valid brief" in (b.findtext("error") or "")
    # A JUnit-reading library reads it the same way.
    from junitparser import Error, Failure, JUnitXml

    cases = {case.name: case for parsed in JUnitXml.fromfile(str(junit)) for case in parsed}
    assert [type(r) for r in cases["a"].result] == [Failure]
    assert [type(r) for r in cases["b"].result] == [Error]
    # What made the briefs is in the JSON report.
    made = json.loads(out.read_text())["made_with"]
    assert made["prompt_set"] == "default" and made["summarizer_version"] == "test"


def test_compare_two_reports(tiny: tuple[Path, Path], tmp_path: Path) -> None:
    """A known regression: the new briefs lose a figure the old ones found."""
    from summarizer.evaluation.compare import sign_test

    gold, briefs = tiny
    old = tmp_path / "old.json"
    assert (
        runner.invoke(app, ["eval", str(gold), "--briefs", str(briefs), "-o", str(old)]).exit_code
        == 0
    )
    worse = tmp_path / "worse"
    worse.mkdir()
    brief = _brief()
    brief = brief.model_copy(update={"figures": brief.figures[1:]})  # F1 (up to 8,000) lost
    (worse / "a.json").write_text(brief.model_dump_json(), encoding="utf-8")
    (worse / "b.json").write_text("{not a brief", encoding="utf-8")
    new = tmp_path / "new.json"
    runner.invoke(app, ["eval", str(gold), "--briefs", str(worse), "-o", str(new)])
    result = runner.invoke(app, ["eval", "compare", str(old), str(new)])
    assert result.exit_code == 3
    assert runner.invoke(app, ["compare", str(old), str(new)]).exit_code == 3  # the short form
    assert "figure_recall fell from 0.333 to 0.167" in result.stderr
    assert "newly missed: 8000–8000 up_to" in result.stdout
    assert "up to 8,000 troops remain in the region" in result.stdout
    # The sign test: all of 8 articles moving one way is p = 2/256; an even split is 1.
    assert sign_test([0.1] * 8) == pytest.approx(2 / 256)
    assert sign_test([0.1, -0.1]) == 1.0


def test_schema_validity_is_computed_and_grounding_drops_are_counted() -> None:
    from summarizer.brief.schema import BriefWarning
    from summarizer.evaluation.gold import GoldArticle
    from summarizer.evaluation.score import score_brief

    gold = GoldArticle.model_validate(GOLD)
    brief = _brief()
    assert score_brief("a", brief, gold, ARTICLE).schema_valid
    # A span copied in without validation (end before start) does not read back as a brief.
    broken = brief.figures[0].model_copy(update={"span": Span.model_construct(start=9, end=2)})
    bad = brief.model_copy(update={"figures": [broken, *brief.figures[1:]]})
    assert not score_brief("a", bad, gold, ARTICLE).schema_valid
    warned = brief.model_copy(update={"warnings": [
        BriefWarning(code="figure_value_not_in_quote", message="dropped"),
        BriefWarning(code="figure_quote_not_found", message="dropped"),
        BriefWarning(code="qualifier_corrected", message="corrected"),
    ]})  # fmt: skip
    score = score_brief("a", warned, gold, ARTICLE)
    assert (score.figures_dropped, score.figures_corrected) == (2, 1)


def test_repeat_runs_each_article_again_and_reports_the_spread(
    tmp_path: Path, clean_env: None
) -> None:
    from fake_server import Faults, recorded_by_tool, serve_faults

    name = "kursk-troops-joongang-2026-02-10"
    for suffix in (".txt", ".json"):
        shutil.copy(ROOT / "goldset" / f"{name}{suffix}", tmp_path / f"{name}{suffix}")
    items = load_gold_set(tmp_path)
    with serve_faults(Faults(), recorded_by_tool("test_seed_article_staged.yaml")) as server:
        with Summarizer(env={}, base_url=server.url, model="recorded-model") as summarizer:
            report = evaluate(items, summarizer=summarizer, repeat=3)
        assert len(server.requests) == 3 * 2  # three briefs of two calls each
    (score,) = report.articles
    assert report.overall.runs == 3
    # The stand-in answers the same every time: no spread, and it says so.
    low, high = report.overall.spread["figure_f1"]
    assert low == high == score.figure_f1
    assert score.spread["attribution_accuracy"][0] == score.spread["attribution_accuracy"][1]


def test_spread_is_the_lowest_and_highest_over_the_runs() -> None:
    from summarizer.evaluation.evaluate import _spread
    from summarizer.evaluation.score import ArticleScore

    runs = [ArticleScore(name="a", figure_f1=f1, what_f1=w) for f1, w in
            [(0.5, None), (0.9, 0.4), (0.7, 0.2)]]  # fmt: skip
    spread = _spread(runs)
    assert spread["figure_f1"] == [0.5, 0.9]
    assert spread["what_f1"] == [0.2, 0.4]  # runs without a value left out


def test_an_endpoint_never_reached_ends_the_eval_in_one_line(tmp_path: Path) -> None:
    """Not a score of 0 with exit 0: the run ends with the endpoint's error (exit 1)."""
    from typer.testing import CliRunner

    from summarizer.cli import app

    env = {"SUMMARIZER_BASE_URL": "http://127.0.0.1:9/v1", "SUMMARIZER_MODEL": "m",
           "SUMMARIZER_TRANSPORT_RETRIES": "0", "SUMMARIZER_CACHE": "off"}  # fmt: skip
    result = CliRunner().invoke(app, ["eval", str(ROOT / "goldset")], env=env)
    assert result.exit_code == 1, result.output
    assert result.stderr.strip().startswith("error: cannot reach 127.0.0.1:9")
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        ("Arab Gulf News Agency (AGNA)", "AGNA", True),  # the acronym the name gives
        ("Arab Gulf News Agency (AGNA)", "Arab Gulf News Agency", True),
        ("Arab Gulf News Agency (AGNA)", "AGNA, citing people familiar with the matter", False),
        # ... and the other way round: the gold's name gives the acronym the brief uses
        ("UNHCR", "UN High Commissioner for Refugees (UNHCR)", True),
        ("the UNHCR", "UN High Commissioner for Refugees (UNHCR)", True),
        ("UNICEF", "UN High Commissioner for Refugees (UNHCR)", False),
        ("unnamed", "GUR official (unnamed)", False),  # a note in lower case is no acronym
        ("Liberal Renewal Party (PLR)", "PLR leadership sources (anonymous)", False),
        ("Ukraine's GUR", "GUR (military intelligence)", True),  # the annotator's note left out
        (None, "not attributed (reporter)", True),
        ("Harbour Office", None, False),
    ],
)
def test_a_figures_source_matches_the_gold_by_the_fuzzy_name_rule(
    predicted: str | None, gold: str | None, same: bool
) -> None:
    from summarizer.evaluation.meaning import same_source

    assert same_source(predicted, gold) is same


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        (None, "U.S. Department of the Treasury", True),  # the release's own voice ...
        ("Treasury", "U.S. Department of the Treasury", True),  # ... or its issuer named
        ("Federal Reserve", "U.S. Department of the Treasury", False),
        (None, "Federal Reserve", False),  # not the outlet: someone the release quotes
        (None, "U.S. Department of the Treasury Secretary Henry Paulson", False),  # its person
    ],
)
def test_a_figure_the_gold_gives_to_the_outlet_itself_is_the_outlets_either_way(
    predicted: str | None, gold: str, same: bool
) -> None:
    from summarizer.evaluation.meaning import same_source

    outlet = "U.S. Department of the Treasury (press release hp-1236), Washington"
    assert same_source(predicted, gold, outlet) is same


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        ("people", "people killed", True),  # a participle after the noun is no head
        ("rebels", "rebels wounded", True),
        ("soldier", "soldiers", True),
        ("people", "registered voters", False),
        ("tons", "tons per year", False),  # a rate is another unit
        ("killed", "people killed", False),
        # a speed spelled out or abbreviated is one unit (session 26)
        ("kilometers per hour", "km/h", True),
        ("kilometres per hour", "kph", True),
        ("miles per hour", "mph", True),
        ("miles per hour", "km/h", False),  # a rate is compared whole, not by its last word
        ("barrels per day", "barrels a day", True),
        ("barrels per day", "barrel per day", True),  # a rate by both its parts
        ("yuan per ton", "CNY per ton", True),
        ("miles per hour", "MPH", True),  # a measure in capitals is no currency code
        ("second term", "a second term", True),  # "a second" before a noun is no rate
        ("tons per day", "tons per year", False),
    ],
)
def test_a_unit_is_compared_by_its_head_noun(predicted: str, gold: str, same: bool) -> None:
    from summarizer.evaluation.meaning import same_unit

    assert same_unit(predicted, gold) is same


def test_matched_figures_pairs_each_gold_figure_with_the_one_the_eval_scores() -> None:
    """What benchmarks/what_ceiling.py reads: the eval's own one-to-one match, gold order; a
    gold figure the brief missed is not in it."""
    from summarizer.evaluation.gold import GoldArticle
    from summarizer.evaluation.score import matched_figures

    brief = _brief()
    gold = GoldArticle.model_validate(GOLD)
    pairs = matched_figures(brief, gold, ARTICLE)
    assert [(g.value_low, f.id) for g, f in pairs] == [(8000, "F1"), (3000, "F2")]
    missed = brief.model_copy(update={"figures": brief.figures[1:]})
    assert [(g.value_low, f.id) for g, f in matched_figures(missed, gold, ARTICLE)] == [
        (3000, "F2")
    ]


def test_what_f1_compares_content_words_only() -> None:
    from summarizer.evaluation.meaning import content_words, what_f1

    assert content_words("The troops of the North") == ["troops", "north"]
    assert what_f1("the troops remaining", "troops remaining in Kursk") == pytest.approx(0.8)
