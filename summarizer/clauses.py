"""Where a figure's clause begins and ends in a sentence.

The clause is the context shown beside a figure and the span its subject is looked for
in, so a break placed wrongly shows half a clause ("30 rose 12% to $2.91 billion" from
"the quarter ended Sept. 30 rose 12%…").
"""

from __future__ import annotations

import re

from summarizer.datelines import chinese_dateline_length
from summarizer.figure_subject_clean import quoted_in_brackets
from summarizer.figure_subjects_en import DATELINE_RE

# "Sept. 30", "Oct. 2": an abbreviated month's period before the day ends no clause.
_MONTH_ABBREVIATION_RE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$")


def clause_of(sentence: str, start: int, end: int) -> tuple[str, int]:
    """The clause around a span, and where it starts; parentheses do not end a clause.

    A wire dateline is no part of the first clause ("SINGAPORE, March 3 (Reuters) - Acme
    reported…" has the clause "Acme reported…"): its comma would otherwise leave "March 3
    (Reuters) -" at the front of the context shown with the figure.
    """
    left = start
    while left > 0 and not _is_break(sentence, left - 1):
        left -= 1
    dateline = DATELINE_RE.match(sentence) if sentence[:1].isupper() else None
    cut = dateline.end() if dateline else chinese_dateline_length(sentence)
    if cut and left < cut <= start:
        left = cut
    right = end
    while right < len(sentence) and not _is_break(sentence, right):
        right += 1
    return sentence[left:right].strip(), left


def _is_break(sentence: str, i: int) -> bool:
    ch = sentence[i]
    if ch == "，" and sentence[i - 1:i].isdigit() and re.match(r"\d{3}(?!\d)", sentence[i + 1:i + 5]):
        return False  # "2，826亿元": a thousands separator
    if ch in "，；;。！？!?\n“”\"「」":
        return ch not in "“”\"「」" or not quoted_in_brackets(sentence, i)  # "（以下简称“泰山玻纤”）70%股权"
    if ch in ",.":  # "1,200" and "3.5" are not clause breaks; "U.S." is not either
        before = sentence[i - 1] if i else ""
        after = sentence[i + 1] if i + 1 < len(sentence) else ""
        if ch == ".":
            if _MONTH_ABBREVIATION_RE.search(sentence, 0, i) and sentence[i + 1:i + 3][1:].isdigit():
                return False  # "the quarter ended Sept. 30": an abbreviated month, not the clause's end
            return after in (" ", "") and not before.isupper() and not before.isdigit()
        return not (before.isdigit() and after.isdigit())
    if ch in "：:":
        return not (sentence[i - 1:i].isdigit() and sentence[i + 1:i + 2].isdigit())
    if ch in " \u3000" and "\u4e00" <= sentence[i - 1:i] <= "\u9fff" and "\u4e00" <= sentence[i + 1:i + 2] <= "\u9fff":
        return True  # "A股三大指数收涨 创业板指涨逾2%": a headline's two statements, the space between
    return False
