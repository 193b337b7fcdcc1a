"""A Chinese line that tells a figure already shown again, to give its cause, states a point of its own.

A brokerage note states the period's revenue ("事件：公司发布2022年业绩预告，预计2022年实现营业收入89.18亿元，同比减少
5.39%；") and, a few lines on, the same figure with why it moved ("…营业收入89.18亿元，同比减少5.39%，全年营收下滑主要系受
国内疫情反复…，公司主动压缩…业务"). summarizer.textrank skips a line that shares a distinctive figure with one already
shown (the same fact told twice); here the line's news is its cause, which the reader labels as a point of its own.

`explains_figure` marks a line whose cause marker ("主要系", "主要原因是", "主要由于", "主要得益于/受益于") follows a figure
in the line: the figure is the subject, the clause after the marker the news.

Every rule reads the line's own words, never a particular document.
"""

from __future__ import annotations

import re

__all__ = ["explains_figure"]

_CAUSE_AFTER_FIGURE_RE = re.compile(r"\d[^。；]*?主要(?:系|原因是|原因为|原因在于|由于|是由于|因为|得益于|受益于)")


def explains_figure(text: str) -> bool:
    """Whether a Chinese line gives the cause of a figure it states (see the module docstring)."""
    return bool(_CAUSE_AFTER_FIGURE_RE.search(text))
