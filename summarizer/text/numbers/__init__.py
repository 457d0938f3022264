"""Reading numbers: digits and words, ranges, qualifiers, units, money and measures, and
which numbers are figures (the scan, :mod:`.quantities`)."""
