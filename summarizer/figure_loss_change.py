"""A rate of change that measures a loss ("亏损同比收窄56.6%"): kept apart from
`summarizer.figure_change` because it renames the subject as well as setting the direction.
"""

from __future__ import annotations

import re

__all__ = ["loss_change"]


# "亏损同比收窄56.6%", "同比减亏52.9%", "亏损额同比扩大15%": a rate of change right after a loss
# word measures the loss. Shown as the profit's change it would say "净利润 上升 52.9%".
_LOSS_CHANGE_RE = re.compile(
    r"(?<![扭盈])(?P<loss>减亏|亏损|亏)(?:额|幅度|金额)?(?:同比|环比|较上年同期|较去年同期|较上年|较去年)?"
    r"(?P<word>收窄|缩小|减少|下降|降低|扩大|增加|增长|上升)?(?:了|约|近|超)?\s*$")
# A metric carried over from the clause before names something else ("营收…，亏损同比收窄"); the
# profit stays ("归母净利润亏损额").
_OTHER_METRIC_RE = re.compile(r"(?:营业收入|营收|收入|销售额|销量|毛利率)$")


def loss_change(before: str, subject: str | None) -> tuple[str, str] | None:
    """(subject, direction) of a rate of change that measures a loss, or None.

    The direction is the loss's own: it narrowed (down) or widened (up).
    """
    m = _LOSS_CHANGE_RE.search(before)
    if not m or (m.group("loss") != "减亏" and not m.group("word")):
        return None
    narrowed = m.group("loss") == "减亏" or m.group("word") in ("收窄", "缩小", "减少", "下降", "降低")
    if subject and re.search(r"(?:减亏|亏损|亏)$", subject) and not subject.endswith("亏损额"):
        named = re.sub(r"(?:减亏|亏损|亏)$", "", subject) + "亏损额"  # "嘉禾科技减亏2亿元": its loss, down by 2亿元
    elif subject and "亏" in subject:
        named = subject
    else:
        named = _OTHER_METRIC_RE.sub("", subject or "") + "亏损额"
    return named, "down" if narrowed else "up"
