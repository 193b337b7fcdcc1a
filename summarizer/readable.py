"""How long a key sentence may be on a phone, and where a longer one is cut.

Kept apart from `summarizer.roles`, which weighs sentences: this only shapes what is shown.
"""

from __future__ import annotations

import re

__all__ = ["READABLE_CHARS", "readable"]

# A key sentence longer than this is trimmed for display: about three lines on a phone.
READABLE_CHARS = {"zh": 120, "en": 320}
_CLAUSE_END_RE = re.compile(r"(?:[，；：、,;:](?!\d)|—|——|\s[-–]\s)")
_WORD_END_RE = re.compile(r"\s")


def readable(text: str, lang: str, cap: int | None = None) -> str:
    """`text` itself when it is short enough; otherwise its head, cut at the last clause
    boundary (，；, ;) before the cap, or at a word boundary, and ended with "…".

    A run-on "sentence" of thousands of characters is never shown whole.
    """
    cap = cap or READABLE_CHARS.get(lang, READABLE_CHARS["en"])
    text = text.strip()
    if len(text) <= cap:
        return text
    head = text[:cap]
    cuts = [m.start() for m in _CLAUSE_END_RE.finditer(head) if m.start() >= cap // 3]
    if not cuts and lang != "zh":
        cuts = [m.start() for m in _WORD_END_RE.finditer(head) if m.start() >= cap // 3]
    cut = cuts[-1] if cuts else cap
    return head[:cut].rstrip(" ，；：、,;:—–-") + "…"
