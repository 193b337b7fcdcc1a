"""What a bracket says of the numbers around it, in Chinese case and count reports.

"其中境外输入病例17例（广东8例，上海7例），含1例…（在广东）；本土病例12例（广东5例，其中深圳市4例…）": a bracket after a
count breaks that count down by place, so 广东5例 counts 本土病例 though its own words are only 广东; and a place named
in a closed bracket ("（在广东）") is a detail of its clause, never the subject of the statement after it (广东 does
not own the 12 of 本土病例).
"""

from __future__ import annotations

import re

__all__ = ["bracket_parent", "in_closed_aside", "in_closed_bracket"]

_OPEN, _CLOSE = "（(", "）)"
_COUNT_BEFORE = re.compile(r"(\d[\d.,]*)\s*(?:[万千百亿])?(?:余|多)?[例个家座台辆架艘名位人起次]\s*$")
_CUT = re.compile(r"[，,。；;：:（(）)、]|\d")


def _opened_before(sentence: str, at: int) -> int | None:
    """Where the bracket that `at` is inside opens, or None."""
    depth = 0
    for i in range(at - 1, -1, -1):
        if sentence[i] in _CLOSE:
            depth += 1
        elif sentence[i] in _OPEN:
            if depth == 0:
                return i
            depth -= 1
    return None


def bracket_parent(sentence: str, at: int) -> str | None:
    """The words naming the count a bracket around `at` follows ("本土病例" of "本土病例12例（广东5例"), or None."""
    opened = _opened_before(sentence, at)
    count = _COUNT_BEFORE.search(sentence[:opened]) if opened is not None else None
    if count is None:
        return None
    before = sentence[:count.start(1)]
    cuts = [m.end() for m in _CUT.finditer(before)]
    return before[cuts[-1] if cuts else 0:]


def in_closed_bracket(sentence: str, start: int, end: int, at: int) -> bool:
    """Is the name at [start, end) inside a bracket that closes before the number at `at`, with more than the name
    in it? A bracket holding only a name spells the name before it ("价格指数（PPI）"): that is no detail."""
    opened = _opened_before(sentence, start)
    if opened is None:
        return False
    depth = 0
    for i in range(opened + 1, len(sentence)):
        if sentence[i] in _OPEN:
            depth += 1
        elif sentence[i] in _CLOSE:
            if depth == 0:
                return i < at and sentence[opened + 1:i].strip() != sentence[start:end]
            depth -= 1
    return False


_ASIDE = re.compile(r",\s+(?:which|who|whom|whose)\b[^,;]*,")


def in_closed_aside(sentence: str, start: int, at: int) -> bool:
    """Is the name at `start` inside an English relative clause set off by commas that closes before the number at
    `at`? "Rival Pintura, which Oakridge rates "buy", has fallen 12%": Pintura fell, not the broker of the aside."""
    return any(m.start() < start < m.end() <= at for m in _ASIDE.finditer(sentence, 0, at))
