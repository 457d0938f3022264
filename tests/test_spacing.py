"""The model's split tokens ("$3. 3 million", "U. S.") spelled as the article spells them."""

from __future__ import annotations

import pytest

from summarizer.brief.drafts import BriefDraft, SourceDraft
from summarizer.grounding.spacing import as_written, draft_as_written

ARTICLE = (
    "The Harbour Pipeline Company will pay a $3.3 million penalty for a spill of over 6,500 "
    "barrels, the U.S. Environmental Protection Agency said on Dec. 28, 2013. In 2013, 4 "
    "people were hurt."
)


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        ("Company to Pay $3. 3 Million Penalty", "Company to Pay $3.3 Million Penalty"),
        ("a spill of over 6, 500 barrels", "a spill of over 6,500 barrels"),
        ("U. S. Environmental Protection Agency", "U.S. Environmental Protection Agency"),
        # what the article does not write joined stays as the model wrote it
        ("On December 28, 2013 the pipe broke", "On December 28, 2013 the pipe broke"),
        ("In 2013, 4 people were hurt", "In 2013, 4 people were hurt"),
        ("Scores of 6, 5 and 7", "Scores of 6, 5 and 7"),
        ("A. B. Roe said", "A. B. Roe said"),
        ("a $3. 30 million fine", "a $3. 30 million fine"),
    ],
)
def test_a_token_the_model_split_is_joined_where_the_article_writes_it_joined(
    model: str, expected: str
) -> None:
    assert as_written(model, ARTICLE) == expected


def test_every_text_the_model_wrote_in_a_draft_is_respelled() -> None:
    draft = BriefDraft(
        headline="Pipeline firm to pay $3. 3 million",
        summary="A spill of 6, 500 barrels.",
        key_points=["U. S. agency fines firm"],
        sources=[
            SourceDraft(
                name="U. S. Environmental Protection Agency",
                kind="government",
                anonymous=False,
                quote="the U.S. Environmental Protection Agency said",
            )
        ],
    )
    out = draft_as_written(draft, ARTICLE)
    assert (out.headline, out.summary, out.key_points) == (
        "Pipeline firm to pay $3.3 million",
        "A spill of 6,500 barrels.",
        ["U.S. agency fines firm"],
    )
    assert [s.name for s in out.sources] == ["U.S. Environmental Protection Agency"]
    assert draft.headline == "Pipeline firm to pay $3. 3 million"  # the draft is not changed


def test_a_models_source_split_at_its_initials_is_found_in_the_article() -> None:
    from summarizer.brief.schema import BriefWarning
    from summarizer.llm.responses import SourceLabel, SourceLabels
    from summarizer.llm.strategies.sourcing import SourceBook
    from summarizer.text.layout import layout
    from summarizer.text.sentences import sentences

    lay = layout(ARTICLE)
    book = SourceBook(ARTICLE, lay, sentences(ARTICLE, lay))
    label = SourceLabel(name="U. S. Environmental Protection Agency", kind="government")
    book.add_labels(SourceLabels(sources=[label]), warnings := list[BriefWarning]())
    assert [s.name for s in book.sources] == ["U.S. Environmental Protection Agency"]
    assert warnings == []
