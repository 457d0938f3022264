"""Reading articles: files and standard input decoded with clear errors, HTML pages reduced to
their article text."""
