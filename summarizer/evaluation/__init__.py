"""Extraction quality against gold annotations: reading gold sets, scoring briefs, reports and
gates."""
