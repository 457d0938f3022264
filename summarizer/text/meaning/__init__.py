"""What a figure measures and in what unit, read off the words around it (:mod:`.figure`)."""
