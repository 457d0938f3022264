"""The model's words spelled as the article spells them, where the model split a token.

The embedded model now and then writes a space into a token the article writes whole: "$3. 3
million" for "$3.3 million", "6, 500 barrels" for "6,500 barrels", "U. S. Environmental
Protection Agency" for "U.S. Environmental Protection Agency" (a tokenizer's quirk, seen on
real articles). Read as written, the first two are numbers the article does not state (the
prose loses the sentence, the brief is flagged as inventing) and the third is a name no
sentence of the article holds (the source is dropped). A split token is joined again only
where the article holds the joined form, so a list ("6, 500") or a sentence end stays as the
model wrote it when the article has no "6,500".
"""

from __future__ import annotations

import re

from summarizer.brief.drafts import BriefDraft

__all__ = ["as_written", "draft_as_written"]

# A number split after its decimal point or thousands comma: "3. 3", "6, 500", "1, 200, 000".
_SPLIT_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,] \d+)+(?![\w])")
# Initials split after their full stops: "U. S.", "U. N.", "D. C." (two to four letters).
_SPLIT_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\. ){1,3}[A-Z]\.")


def as_written(model_text: str, article: str) -> str:
    """``model_text`` with each token the model split ("$3. 3", "U. S.") joined again where
    ``article`` writes it joined ("$3.3", "U.S."); everything else as the model wrote it."""

    def join(m: re.Match[str]) -> str:
        joined = m.group(0).replace(" ", "")
        stated = re.search(rf"(?<![\w.,]){re.escape(joined)}(?![\w]|[.,]\d)", article)
        return joined if stated else m.group(0)

    if " " not in model_text:
        return model_text
    return _SPLIT_INITIALS.sub(join, _SPLIT_NUMBER.sub(join, model_text))


def draft_as_written(draft: BriefDraft, article: str) -> BriefDraft:
    """``draft`` with every text the model wrote (prose, names, what, statements) spelled as
    :func:`as_written` spells it; quotes are left to alignment."""
    return draft.model_copy(
        update={
            "headline": as_written(draft.headline, article),
            "summary": as_written(draft.summary, article),
            "key_points": [as_written(p, article) for p in draft.key_points],
            "figures": [
                f.model_copy(
                    update={
                        "what": as_written(f.what, article),
                        "source": as_written(f.source, article) if f.source else f.source,
                    }
                )
                for f in draft.figures
            ],
            "sources": [
                s.model_copy(update={"name": as_written(s.name, article)}) for s in draft.sources
            ],
            "uncertainties": [
                u.model_copy(update={"statement": as_written(u.statement, article)})
                for u in draft.uncertainties
            ],
            "caveats": [
                c.model_copy(update={"statement": as_written(c.statement, article)})
                for c in draft.caveats
            ],
        }
    )
