"""Tying the draft to the article's exact words: alignment, grounding, the deterministic checks
(uncertainties and caveats), and the assembly of the brief."""
