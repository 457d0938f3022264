"""Scientific notation, as science and health reporting writes it: "6.02 x 10^23", "1.3×10^6",
"10^9", the e-notation of data releases, "1.3e6", "-12e-1", and a power written with a caret,
"1.1^23" (a sign before the number is the number's: "-2.5^-1" is -0.4)."""

from __future__ import annotations

import re

__all__ = ["scientific"]

_TIMES_TEN = re.compile(
    r"(?<![\w.^])(?:(?P<sign>[-−])\s?)?(?:(?P<m>\d+(?:\.\d+)?)\s?[x×*]\s?)?10\^(?P<e>[-+−]?\d{1,3})"
    r"(?![\w.^])"
)
_E_HINT = re.compile(r"\de[-+]?\d", re.I)
_POWER = re.compile(
    r"(?<![\w.^])(?P<sign>[-−])?(?P<m>\d+(?:\.\d+)?)\^(?P<e>(?:--|\+)?-?\d{1,2})(?![\w.^])"
)
_E = re.compile(r"(?<![\w.])(?P<sign>[-−])?(?P<m>\d+(?:\.\d+)?)e(?P<e>[-+]?\d{1,3})(?![\w.])", re.I)


def scientific(text: str) -> list[tuple[int, int, float]]:
    """Numbers in scientific notation in ``text``: (start, end, value)."""
    out: list[tuple[int, int, float]] = []
    caret, e_notation = "^" in text, _E_HINT.search(text) is not None
    if not (caret or e_notation):
        return out  # most articles: nothing to read, and no pattern run over them
    for pattern in (_TIMES_TEN, _E):
        for m in pattern.finditer(text):
            mantissa = float(m.group("m") or 1)
            sign = -1.0 if m.group("sign") else 1.0
            exponent = int(m.group("e").replace("−", "-"))
            out.append((m.start(), m.end(), sign * mantissa * 10.0**exponent))
    taken = [(s, e) for s, e, _ in out]
    for m in _POWER.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue  # "x 10^23": read above
        sign = -1.0 if m.group("sign") else 1.0
        exponent = int(m.group("e").replace("--", "").lstrip("+"))
        out.append((m.start(), m.end(), sign * float(m.group("m")) ** exponent))
    return sorted(out)
