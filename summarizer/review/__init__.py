"""Review pages: a brief beside its article, every figure and source highlighted."""

from summarizer.review.page import IndexFailure, IndexRow, render_index, render_page

__all__ = ["IndexFailure", "IndexRow", "render_index", "render_page"]
