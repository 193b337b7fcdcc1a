""""Last month" in an English report read against its dateline ("WASHINGTON, Nov. 7 (Reuters) - U.S. employers
added 58,000 jobs last month"): October. Without it the total was undated, and "How many jobs were added in
October?" was answered by the one line that wrote "October", healthcare's 41,000."""

from __future__ import annotations

import re

__all__ = ["last_month_part"]

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# "washington, nov. 7 -", "new york, oct 3 (reuters) -": a place in capitals, the day, then the dash.
_DATELINE = re.compile(r"^[a-z][a-z .'\-]{1,40},\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
                       r"(?:,\s*\d{4})?\s*(?:\([^)]{1,20}\)\s*)?[-–—]")
_LAST_MONTH = re.compile(r"\blast month\b")


def last_month_part(sentence: str, around: tuple[str, ...]) -> str | None:
    """The month part ("M10") "last month" in folded `sentence` names, by the dateline of the sentence or of the
    article's opening in `around`; None without both."""
    if not _LAST_MONTH.search(sentence):
        return None
    for text in (sentence, *around):
        found = _DATELINE.match(text or "")
        if found:
            month = _MONTHS.index(found.group(1))  # 0-based: the month before is its index, or December
            return f"M{month or 12}"
    return None
