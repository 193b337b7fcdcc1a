"""A move stated by its two levels: "net income fell to 612 million pounds from 745 million pounds", "由3.10%降至
3.00%". The sentence answers "How much did net income fall?" (it states where the figure went from and to), though
neither number is the size of the move. /ask cites the sentence and marks the level reached; it computes nothing.
Also the month names a question may hold, which name no one (see `month_name`)."""

from __future__ import annotations

import re

__all__ = ["month_name", "moved_to"]

# "fell to", "rose to about", "narrowed to", "climbed to": a verb of moving, then the level reached.
_EN_TO = re.compile(r"\b(?:fell|dropped|declined|slid|slipped|sank|shrank|decreased|rose|climbed|increased|grew|jumped"
                    r"|narrowed|widened|improved|deteriorated|swelled|surged|plunged|tumbled|edged (?:up|down)|eased"
                    r"|slowed|accelerated)\s+to\s+(?:about\s+|around\s+|roughly\s+)?$")
# …and the level it started from, right after ("from 745 million pounds").
_EN_FROM = re.compile(r"[^,;.]{0,24}?\s+from\s+(?:about\s+|around\s+)?[$€£]?\d")
# "由3.10%降至3.00%", "从120亿元增至130亿元": the starting level first.
_ZH_FROM_TO = re.compile(r"(?:由|从)[^，。；,;]{1,24}?(?:降至|下降至|下降到|降到|减少至|减少到|下滑至|回落至|收窄至|增至|增长至"
                         r"|增长到|升至|上升至|上升到|提高至|提高到|提升至|扩大至)\s*$")
_MONTH = re.compile(r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
                    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?", re.IGNORECASE)


def moved_to(sentence: str, at: int, end: int) -> bool:
    """Is the number at [at, end) the level a move reached, with the level it started from stated beside it?"""
    before = sentence[max(0, at - 40):at]
    if _EN_TO.search(before) and _EN_FROM.match(sentence, end):
        return True
    return bool(_ZH_FROM_TO.search(sentence[max(0, at - 40):at]))


def month_name(text: str) -> bool:
    """Is this a month's name ("November", "Nov.")? A month the question names is when, never who: it owns no figure."""
    return _MONTH.fullmatch(text.strip()) is not None
