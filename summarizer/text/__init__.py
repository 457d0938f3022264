"""Reading the article without a model: the layout of scraped text, numbers with their ranges
and qualifiers, sentences and clauses, what a number counts, source names."""
