"""Parts of a Chinese statement cut at ；that read wrongly on their own.

"其中第三季度实现营收41.2亿元，同比增长12.1%；归母净利润3.9亿元，同比增长52.3%。" is one statement
about the third quarter; the splitter cuts it at ；. The second part names no period, so shown
alone under a note on the first three quarters it reads as the nine months' profit: a wrong
fact. Such a part is a fragment for the ranking (shown only when nothing better is left), and
when it is shown all the same, the parts before it are shown with it. So is any later part that
names no period after a part that names one ("今年第三季度，公司实现营收…；归母净利润3.12亿元…"),
though it ranks as any other line: alone it reads as the figure of whatever period is in mind.

Only a part read with a part of the period (其中…, 单季…, 单Q4…) is concerned: the nearest earlier
part of its statement that names a period, which may be the statement's head or a later part
("2023H1营收…；其中23Q2实现营收…；归母净利润3.37亿元…"). A part after "2023年公司实现营业收入86.5亿元；"
or "2024年第一季度实现营收…；" is read with the report's own period.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Collection, Sequence

import numpy as np

logger = logging.getLogger(__name__)

__all__ = ["SUB_PERIOD_RE", "loose_parts", "shown_from", "shown_to", "statements"]

# "其中第三季度…", "单Q4…", "单季度…": a part of the period the text is about. A plain "2024年第一季度"
# or "上半年" opening a flash is the period of the whole report, and its parts are read with it.
SUB_PERIOD_RE = re.compile(r"其中|单季|单\s?[一二三四1-4]\s?季|单\s?Q[1-4]")
# A part that names a period of its own ("全年归母净利润…", "2023年…", "Q4…") is read with it.
# (旺季, 淡季 and 季节 are seasons, no period of the report.)
_OWN_PERIOD_RE = re.compile(r"(?:19|20)?\d{2}\s?年|全年|(?<![旺淡换])季(?!节)度?|Q[1-4]|[1-4]Q|半年|H[12]|\d{1,2}\s?月|其中|单季")


def _head(group: Sequence[int], i: int) -> int:
    head = i
    while head > 0 and group[head - 1] == group[i]:
        head -= 1
    return head


def _period_part(texts: Sequence[str], group: Sequence[int], i: int) -> int:
    """The part a period-less part is read with: the nearest earlier part of its statement that
    names a period ("…2023H1营收…；其中23Q2实现营收…；归母净利润3.37亿元…" reads the profit with 23Q2,
    not with the half year), else the statement's head."""
    head = _head(group, i)
    for k in range(i - 1, head, -1):
        if _OWN_PERIOD_RE.search(texts[k]):
            return k
    return head


def _loose(texts: Sequence[str], group: Sequence[int], i: int) -> bool:
    if i == 0 or group[i - 1] != group[i]:
        return False
    return bool(SUB_PERIOD_RE.search(texts[_period_part(texts, group, i)])) and not _OWN_PERIOD_RE.search(texts[i])


def _periodless(texts: Sequence[str], group: Sequence[int], i: int) -> bool:
    """A later part naming no period after a part that names one ("今年第三季度，公司实现营收…；
    归母净利润3.12亿元…"): alone it reads as the figure of whatever period the reader has in mind."""
    if i == 0 or group[i - 1] != group[i] or _OWN_PERIOD_RE.search(texts[i]):
        return False
    return bool(_OWN_PERIOD_RE.search(texts[_period_part(texts, group, i)]))


def loose_parts(texts: Sequence[str], group: Sequence[int], lang: str) -> list[bool]:
    """Per sentence: a later part of a statement on a part of the period, naming no period itself."""
    if lang != "zh":
        return [False] * len(texts)
    return [_loose(texts, group, i) for i in range(len(texts))]


def shown_from(texts: Sequence[str], group: Sequence[int], i: int, shown: Collection[int], lang: str,
               cap: int) -> int:
    """Where the shown line for sentence `i` starts: at the statement's head when `i` is a loose
    part and no earlier part of its statement is shown, and the whole fits `cap` characters; else
    at the part that names its period, when that fits."""
    if lang != "zh" or not (_loose(texts, group, i) or _periodless(texts, group, i)):
        return i
    head, period = _head(group, i), _period_part(texts, group, i)
    if any(k in shown for k in range(period, i)):
        return i
    for start in (head, period):
        if not any(k in shown for k in range(start, i)) and sum(len(texts[k]) for k in range(start, i + 1)) <= cap:
            return start
    return i


def shown_to(texts: Sequence[str], group: Sequence[int], start: int, i: int, shown: Collection[int], lang: str,
             cap: int, carries: Callable[[str], bool]) -> int:
    """Where the shown line for sentence `i` (shown from `start`) ends: with the next part of its
    statement when that part carries what the line must not be shown without (`carries`: a loss),
    is not shown on its own, and the whole fits `cap` characters. The splitter cuts
    "前三季度实现营收412.6亿元，同比下降18.3%；归母净利润亏损23.4亿元…。" at ；and the ranking holds
    the profit part back as a twin of the revenue part, so the revenue alone was shown and the loss,
    the news, was in no key sentence. Other later parts (the profit after the revenue, the recurring
    profit, the quarter) are left out: shown, they cost CFBenchmark 0.011 R-1 for 2 of 1726 points."""
    nxt = i + 1
    if (lang != "zh" or nxt >= len(texts) or group[nxt] != group[i] or nxt in shown or not carries(texts[nxt])
            or sum(len(texts[k]) for k in range(start, nxt + 1)) > cap):
        return i
    return nxt


_CLOSERS = "”’\"'）)]】」』》〉"
# A part that states a fact of its own, not a further figure of the statement before the ；: one that opens with
# what the company plans ("…业绩增速-29%因计提减值…；公司拟整合…优质资产…"), or with the clock time of the next
# event of a sequence ("…发现D仓异常漏灰；9:46左右，…前往现场抢修；10:16左右，D仓突然开裂，…3人死亡；").
_OWN_OPENING_RE = re.compile(r"(?:公司)?(?:拟|将|计划)|(?:约|当天|当日)?\d{1,2}\s?[:：]\s?\d{2}(?!\d)")


def statements(texts: Sequence[str], paragraphs: Sequence[int]) -> np.ndarray:
    """A number per statement: sentences the splitter cut at ；(营收X；归母净利润Y；扣非Z) are
    parts of one statement, and a summary states it once. A part opening with a plan (公司拟…, 将…)
    or with a clock time (an event sequence) starts a statement of its own: on the key-point sets a
    note's planned asset injection after its results carried a point the statement rule held back
    (791 -> 792 of 1144 points), and a flash's death toll, the third event of an accident told in
    timed parts, its first point (362 -> 363 first points)."""
    group = np.zeros(len(texts), dtype=np.int64)
    current = 0
    for i in range(1, len(texts)):
        joined = (paragraphs[i] == paragraphs[i - 1] and texts[i - 1].rstrip(_CLOSERS + " ")[-1:] in "；;"
                  and not _OWN_OPENING_RE.match(texts[i].lstrip()))
        current += not joined
        group[i] = current
    return group
