"""Who states what: attribution by news-writing conventions, second references, source names."""
