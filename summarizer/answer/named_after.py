"""An English number whose place is written right after it: "Comparable sales increased 5.6% in the
Midwest and 4.1% in the South". For "…comparable sales in the Midwest?" the number is the one the place
follows (5.6%), not the one nearest to where the place is named."""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["named_after"]


def named_after(text: str, spans: list[tuple[int, int]], names: Sequence[str]) -> list[tuple[int, int]]:
    """The spans right followed by "in/at/across (the) <name>" of one of `names`; all of them when none is."""
    lower = text.lower()
    places = [re.escape(n.lower()) for n in names if n and n.isascii() and len(n) > 2]
    if not places or not text.isascii():
        return spans
    after = re.compile(rf"\s*(?:in|at|across|for)\s+(?:the\s+)?(?:{'|'.join(places)})\b")
    kept = [span for span in spans if after.match(lower, span[1])]
    return kept or spans
