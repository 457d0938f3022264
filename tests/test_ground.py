"""Grounding of model drafts against the article's exact words (seed article sentences)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarizer.brief.drafts import BriefDraft, FigureDraft, SourceDraft
from summarizer.grounding.align import align
from summarizer.grounding.ground import ground, grounding_context, unsupported_numbers


def _draft(**kw: object) -> BriefDraft:
    return BriefDraft.model_validate({"headline": "h", "summary": "s", **kw})


def test_align_exact_and_whitespace_normalised(seed_article: str) -> None:
    span, how = align("a second deployment of 1,000 to 3,000 troops", seed_article) or (None, "")
    assert (
        span
        and seed_article[span.start : span.end] == "a second deployment of 1,000 to 3,000 troops"
    )
    assert how == "exact"
    found = align("Ukraine’s  GUR\nmilitary intelligence", seed_article)
    assert (
        found
        and seed_article[found[0].start : found[0].end] == "Ukraine’s GUR military intelligence"
    )
    assert align("Ukraine's GUR military", seed_article) is not None  # straight vs curly quote
    assert align("20,000 tanks were destroyed", seed_article) is None


def test_figure_kept_only_when_its_value_is_in_its_quote(seed_article: str) -> None:
    draft = _draft(
        figures=[
            {
                "what": "troops in Kursk",
                "value_low": "8,000",
                "value_high": "8,000",
                "qualifier": "up to",
                "quote": "Up to 8,000 North Korean troops deployed",
            },
            {
                "what": "invented",
                "value_low": 9000,
                "value_high": 9000,
                "qualifier": "exact",
                "quote": "Up to 8,000 North Korean troops deployed",
            },
            {
                "what": "not in article",
                "value_low": 5,
                "value_high": 5,
                "qualifier": "exact",
                "quote": "five tanks",
            },
        ],
        sources=[
            {
                "name": "GUR",
                "kind": "intelligence",
                "anonymous": True,
                "quote": "An official from Ukraine’s GUR military intelligence service",
            }
        ],
    )
    grounded = ground(draft, seed_article)
    assert [f.what for f in grounded.figures] == ["troops in Kursk"]
    fig = grounded.figures[0]
    assert (fig.value_low, fig.qualifier, fig.id) == (8000, "up_to", "F1")
    assert seed_article[fig.span.start : fig.span.end] == fig.quote
    assert {w.code for w in grounded.warnings} == {
        "figure_value_not_in_quote",
        "figure_quote_not_found",
    }
    assert grounded.sources[0].id == "S1"


def test_drafts_accept_small_model_spellings() -> None:
    fig = FigureDraft.model_validate(
        {
            "what": "w",
            "value_low": "1,000",
            "value_high": "3,000.5",
            "qualifier": "As many as",
            "quote": "q",
        }
    )
    assert (fig.value_low, fig.value_high, fig.qualifier) == (1000, 3000.5, "as_many_as")


def test_unsupported_numbers_in_prose(seed_article: str) -> None:
    assert unsupported_numbers("About 8,000 troops remain; 12,345 died.", seed_article) == [
        "12,345"
    ]
    assert unsupported_numbers("17,000 to 20,000 personnel", seed_article) == []
    # A number glued to a name or an ordinal states no quantity: the evaluation's count of
    # invented numbers skips them as the brief's prose check does; the same number stated
    # as a quantity in the same words is still checked.
    assert unsupported_numbers("COVID-19 rose in the 3rd week; 3 died.", seed_article) == ["3"]
    assert unsupported_numbers("It fell to minus-7 overnight.", seed_article) == ["7"]


_WORDS = st.sampled_from(["troops", "8,000", "Kursk", "said", "the", "“GUR”", "about", "’s",
                          "3.5%", "North", "Korea", "—", "up", "to"])  # fmt: skip


@given(words=st.lists(_WORDS, min_size=3, max_size=40), data=st.data())
def test_aligned_span_always_slices_back_to_its_quote(
    words: list[str], data: st.DataObject
) -> None:
    seps = data.draw(st.lists(st.sampled_from([" ", "  ", "\n", " \n "]), min_size=len(words),
                              max_size=len(words)))  # fmt: skip
    text = "".join(w + s for w, s in zip(words, seps, strict=True))
    i = data.draw(st.integers(0, len(words) - 1))
    j = data.draw(st.integers(i + 1, len(words)))
    quote = " ".join(words[i:j])  # whitespace normalised, as a model would write it
    found = align(quote, text)
    assert found is not None
    span, _ = found
    assert " ".join(text[span.start : span.end].split()) == quote


def test_number_words_and_borrowed_scales_ground() -> None:
    """Values written in words or sharing a scale ("70 or 80,000") occur in their quotes."""
    text = ("Governor Serhiy Boiko said seven people were killed. About a dozen children are "
            "in intensive care. They have fired 70 or 80,000 of these drones at us.")  # fmt: skip
    draft = _draft(figures=[
        {"what": "killed", "value_low": 7, "value_high": 7, "qualifier": "exact",
         "quote": "seven people were killed"},
        {"what": "children", "value_low": 12, "value_high": 12, "qualifier": "approximately",
         "quote": "About a dozen children"},
        {"what": "drones", "value_low": 70000, "value_high": 80000, "qualifier": "range",
         "quote": "70 or 80,000 of these drones"},
        {"what": "wrong", "value_low": 8, "value_high": 8, "qualifier": "exact",
         "quote": "seven people were killed"},
    ])  # fmt: skip
    grounded = ground(draft, text)
    assert [f.what for f in grounded.figures] == ["killed", "children", "drones"]
    assert [w.code for w in grounded.warnings] == ["figure_value_not_in_quote"]


def test_fuzzy_alignment_admits_typos_not_paraphrase(seed_article: str) -> None:
    typo = "a second deploymnet of 1,000 to 3,000 troops"  # a small model's slip
    found = align(typo, seed_article)
    assert found is not None
    span, how = found
    assert how == "fuzzy"
    assert seed_article[span.start : span.end] == "a second deployment of 1,000 to 3,000 troops"
    paraphrase = "between one and three thousand more soldiers were sent later"
    assert align(paraphrase, seed_article) is None
    assert align("Kursk", seed_article.replace("Kursk", "K")) is None  # too short for fuzzy


def test_model_qualifier_is_corrected_by_the_article(seed_article: str) -> None:
    draft = _draft(figures=[
        {"what": "troops", "value_low": 8000, "value_high": 8000, "qualifier": "exact",
         "quote": "Up to 8,000 North Korean troops deployed to Russia"},
    ])  # fmt: skip
    grounded = ground(draft, seed_article)
    assert grounded.figures[0].qualifier == "up_to"
    assert [w.code for w in grounded.warnings] == ["qualifier_corrected"]


def test_draft_validates_against_the_article_as_context(seed_article: str) -> None:
    data = {"headline": "h", "summary": "s", "figures": [
        {"what": "troops", "value_low": 9000, "value_high": 9000, "qualifier": "exact",
         "quote": "Up to 8,000 North Korean troops deployed"},
        {"what": "tanks", "value_low": 5, "value_high": 5, "qualifier": "exact",
         "quote": "five tanks were destroyed near the border"},
    ]}  # fmt: skip
    BriefDraft.model_validate(data)  # without context: only the shape is checked
    with pytest.raises(ValueError, match="not in the article") as info:
        BriefDraft.model_validate(data, context=grounding_context(seed_article))
    assert "9000 does not occur in its quote" in str(info.value)
    assert "'five tanks were destroyed near the border' is not in the article" in str(info.value)


_SEED_QUOTES = [
    "Up to 8,000 North Korean troops deployed to Russia",
    "a second deployment of 1,000 to 3,000 troops",
    "as many as 2,000 are believed to have been killed",
    "Fewer than 10 coffins were visible in the video",
    "North Korea initially deployed about 11,000 troops",
    "twenty tanks rolled in",  # not in the article
]


@given(
    picks=st.lists(
        st.tuples(st.sampled_from(_SEED_QUOTES),
                  st.sampled_from([10, 1000, 2000, 3000, 8000, 11000, 20, 5]),
                  st.sampled_from([None, 3000, 8000])),
        max_size=6,
    )
)  # fmt: skip
def test_no_kept_figure_has_a_value_absent_from_its_span(
    picks: list[tuple[str, int, int | None]],
) -> None:
    from support import ROOT, SEED_ARTICLE_NAME

    from summarizer.text.numbers.quantities import stated_values

    text = (ROOT / "tests" / "data" / SEED_ARTICLE_NAME).read_text(encoding="utf-8")
    draft = _draft(figures=[
        {"what": "w", "value_low": low, "value_high": high if high is not None else low,
         "qualifier": "exact", "quote": quote}
        for quote, low, high in picks
    ])  # fmt: skip
    for figure in ground(draft, text).figures:
        present = stated_values(text[figure.span.start : figure.span.end])
        for value in {figure.value_low, figure.value_high} - {None}:
            assert any(abs(value - p) < 1e-6 for p in present)


@pytest.mark.parametrize(
    ("article", "prose"),
    [
        ("Officials put the toll at 70 or 80,000 people.", "The toll is 70,000 to 80,000."),
        ("Seven people were hurt.", "7 people were hurt."),
        ("About a dozen buildings burned.", "12 buildings burned."),
    ],
)
def test_prose_numbers_are_read_as_grounding_reads_the_article(article: str, prose: str) -> None:
    """A number in the summary that the article states in another form (number words, both
    ends of a range, a dozen) is not "unsupported"."""
    assert unsupported_numbers(prose, article) == []
    assert unsupported_numbers("999 people were hurt.", article) == ["999"]


def _said_by(said_by: str, quote: str, *sources: str) -> BriefDraft:
    """A draft of one figure of 40 the model gives to ``said_by``, and ``sources``."""
    figure = FigureDraft(
        what="figure", value_low=40, value_high=40, qualifier="exact", source=said_by, quote=quote
    )
    return BriefDraft(
        headline="h",
        summary="s",
        figures=[figure],
        sources=[SourceDraft(name=n, kind="other", anonymous=False, quote=n) for n in sources],
    )


@pytest.mark.parametrize(
    ("said_by", "source", "tied"),
    [
        ("EU", "Reuters", False),  # a piece of a word is not a name
        ("UN", "Seoul unification ministry", False),
        ("GUR", "Ukraine's GUR", True),  # one name's words standing in the other
        ("the Ukrainian military", "Ukrainian military", True),
        ("Ukrainian military", "Ukrainian military", True),
    ],
)
def test_a_figure_is_tied_to_a_source_by_whole_words(said_by: str, source: str, tied: bool) -> None:
    text = f"{source} said 40 people were hurt."
    (figure,) = ground(_said_by(said_by, "40 people were hurt", source), text).figures
    assert (figure.source_id == "S1") is tied


def test_a_source_introduced_as_full_name_and_acronym_is_named_so_once() -> None:
    text = "The Union of Dairy Farmers (UDF) met on Monday. UDF said 40 farms had closed."
    figure = FigureDraft(
        what="farms closed", value_low=40, value_high=40, qualifier="exact", source="UDF",
        quote="UDF said 40 farms had closed",
    )  # fmt: skip
    draft = BriefDraft(
        headline="h",
        summary="s",
        figures=[figure],
        sources=[
            SourceDraft(name="UDF", kind="other", anonymous=False, quote="UDF said 40 farms"),
            SourceDraft(
                name="Union of Dairy Farmers",
                kind="other",
                anonymous=False,
                quote="The Union of Dairy Farmers (UDF) met",
            ),
        ],
    )
    grounded = ground(draft, text)
    assert [s.name for s in grounded.sources] == ["Union of Dairy Farmers (UDF)"]
    assert grounded.figures[0].source_id == "S1"


def test_a_figure_keeps_its_source_when_grounding_renames_it_by_its_acronym() -> None:
    # "The Harbour Trust" is named "Harbour Trust (HT)" in the brief: the figure the draft
    # gave to "The Harbour Trust" is that source's, not no one's.
    text = "The Harbour Trust (HT) opened on Monday. The Harbour Trust said 40 farms had closed."
    figure = FigureDraft(
        what="farms closed", value_low=40, value_high=40, qualifier="exact",
        source="The Harbour Trust", quote="said 40 farms had closed",
    )  # fmt: skip
    source = SourceDraft(
        name="The Harbour Trust", kind="other", anonymous=False, quote="The Harbour Trust said"
    )
    draft = BriefDraft(headline="h", summary="s", figures=[figure], sources=[source])
    grounded = ground(draft, text)
    assert [s.name for s in grounded.sources] == ["Harbour Trust (HT)"]
    assert grounded.figures[0].source_id == "S1"


def test_a_figure_is_tied_to_the_source_so_named_before_one_whose_words_it_holds() -> None:
    body, people = "Harbour News Agency", "Analysts polled by the Harbour News Agency"
    text = f"{body} said exports fell. {people} had expected 40 ships."
    (figure,) = ground(_said_by(people, "40 ships", body, people), text).figures
    assert figure.source_id == "S2"


def test_a_key_point_with_a_number_the_article_does_not_state_is_dropped() -> None:
    from summarizer.brief.drafts import BriefDraft
    from summarizer.grounding.prose import grounded_prose

    article = (
        "Economy grows at fastest pace in six years\n\n"
        "The economy grew by an annualised 5.7% in the last quarter, official data showed. "
        "Analysts had predicted 4.6%. Covid-19 cases fell in the second quarter.\n"
    )
    draft = BriefDraft(
        headline="Economy grows 7.1% in 2014",
        summary="Growth was 5.7%, the fastest in six years.",
        key_points=["Fastest growth since 2014", "Analysts predicted 4.6%", "  ",
                    "Covid-19 cases fell in the 2nd quarter"],
    )  # fmt: skip
    prose = grounded_prose(draft, article)
    assert prose.key_points == ["Analysts predicted 4.6%", "Covid-19 cases fell in the 2nd quarter"]
    # (no title: the first key point kept stands for the headline)
    assert (prose.headline, prose.summary) == ("Analysts predicted 4.6%", draft.summary)
    messages = [w.message for w in prose.warnings]
    assert [w.code for w in prose.warnings] == ["unsupported_number"] * 2
    assert messages[0].startswith("headline 'Economy grows 7.1% in 2014' gives '7.1', '2014'")
    assert messages[0].endswith(": replaced by the first key point")
    alone = draft.model_copy(update={"key_points": ["Fastest growth since 2014"]})
    prose = grounded_prose(alone, article)
    assert prose.headline == draft.headline  # no key point left: kept, warned
    assert prose.warnings[0].message.endswith(": kept")
    assert "'Fastest growth since 2014'" in messages[1] and messages[1].endswith(": dropped")


def test_a_summary_loses_the_sentences_with_a_number_the_article_does_not_state() -> None:
    from summarizer.brief.drafts import BriefDraft
    from summarizer.grounding.prose import grounded_prose

    article = (
        "Jobs report\n\n"
        '"The U. S. labor market added 96,000 jobs in August. We have added back 4.6 million '
        'private sector jobs over the last 30 months," the secretary said.\n'
    )
    summary = (
        "The U. S. labor market added 96,000 jobs in August. The recovery has created "
        "nearly 4 million private sector jobs over the last 30 months."
    )
    prose = grounded_prose(BriefDraft(headline="Jobs report", summary=summary), article)
    assert prose.summary == "The U. S. labor market added 96,000 jobs in August."
    (warning,) = prose.warnings
    assert warning.code == "unsupported_number" and "'4 million'" in warning.message
    assert warning.message.endswith(": the sentences giving them dropped")

    every = "Nearly 4 million jobs came back. Unemployment fell to 7.9%."
    prose = grounded_prose(BriefDraft(headline="Jobs report", summary=every), article)
    assert prose.summary == every  # (nothing would be left)
    assert prose.warnings[0].message.endswith(": kept")


def test_a_headline_with_a_number_the_article_does_not_state_becomes_the_articles_title() -> None:
    from summarizer.brief.drafts import BriefDraft
    from summarizer.grounding.prose import grounded_prose

    article = (
        "Treasury Announces Marketable Borrowing Estimates\n\n"
        "The Treasury expects to borrow $368 billion in the January-March 2009 quarter.\n"
    )
    title = "Treasury Announces Marketable Borrowing Estimates"
    draft = BriefDraft(headline="Treasury borrowing for Q1-3 2009", summary="$368 billion.")
    prose = grounded_prose(draft, article, title)
    assert prose.headline == title
    (warning,) = prose.warnings
    assert warning.message == (
        "headline 'Treasury borrowing for Q1-3 2009' gives '3', which the article does not: "
        "replaced by the article's title"
    )
    fine = BriefDraft(headline="Treasury to borrow $368 billion", summary="$368 billion.")
    assert grounded_prose(fine, article, title).headline == "Treasury to borrow $368 billion"
    assert grounded_prose(draft, article, None).headline == draft.headline  # no title: kept
    for junk in ("Photo: AP", "Home | News | Business", "The Treasury expects to borrow more."):
        assert grounded_prose(draft, article, junk).headline == draft.headline  # no headline
