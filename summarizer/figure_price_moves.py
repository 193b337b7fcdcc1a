"""How a market report words a price's move within a session, which names no subject of its own.

"比特币短线下挫，一度跌破90,000美元，最低下探至88,620美元，日内跌幅达7.3%": 一度跌破, 最低下探 and
日内跌幅 say when and how far the price went, not what moved; the price is the subject carried over
from the clause before (比特币). The same holds for "现货黄金…，日内上涨1.12%".
"""

from __future__ import annotations

import re

# Verbs of a price reaching or crossing a level ("跌破9万美元", "触及每盎司2,817美元") or of its course
# in the session ("短线下挫", "快速走低").
LEVEL_VERBS = frozenset("跌破 突破 升破 涨破 下探 上探 触及 站上 站稳 失守 冲高 探底 收于 报收 摸高 下挫 回落 走低 走高 走强 "
                        "走弱 跳水 拉升 反弹 回调 急跌 急涨 跳涨 大涨 大跌 走软 走稳".split())
# Words that only say when or how far within a session: kept out of what the subject is.
_SESSION_WORDS = frozenset(
    "一度 最低 最高 日内 盘中 盘初 早盘 午盘 尾盘 午后 短线 全天 当日 日 内 盘中最高 盘中最低 每盎司 每桶 每吨 每克 "
    "截至 截止 发稿 发稿时 收盘 收盘时 快速 迅速 震荡 大幅 小幅".split())
_SESSION_PREFIX_RE = re.compile(r"^(?:日内|盘中|当日|全天|早盘|午盘|尾盘|盘初|短线)(?=[\u4e00-\u9fff]{2})")


def session_words_only(tokens: list[tuple[str, str]]) -> bool:
    """True when the words are session words ("日内") and at most level verbs ("一度跌破", "最低下探")."""
    rest = [w for w, f in tokens if w not in _SESSION_WORDS and not f.startswith("d")]
    return bool(tokens) and len(rest) < len(tokens) and all(w in LEVEL_VERBS for w in rest)


_PER_UNIT = frozenset("每盎司 每桶 每吨 每克".split())


def without_session_tail(subject: str, tokens: list[tuple[str, str]], carried: bool) -> str:
    """The price without the words after it that say how it moved (tokens are the subject's words).

    In the figure's own clause only the verb goes ("现货黄金盘中最高触及每盎司2,817美元" is the
    session's high: 现货黄金盘中最高); carried to a later clause, the session words go too ("比特币
    短线下挫，一度跌破9万美元": 比特币)."""
    for cut in range(1, len(tokens)):
        tail = tokens[cut:]
        if carried:  # an adverb alone ("增速最快", "进度较快") is no session word
            cuts = session_words_only(tail) and any(w in _SESSION_WORDS or w in LEVEL_VERBS for w, _ in tail)
        else:
            cuts = tail[0][0] in LEVEL_VERBS and all(w in LEVEL_VERBS or w in _PER_UNIT for w, _ in tail)
        if cuts:
            head = "".join(w for w, _ in tokens[:cut])
            if len(head) >= 2 and subject.startswith(head) and re.search(r"[\u4e00-\u9fffA-Za-z]", head):
                return head
    return subject


def without_session(subject: str) -> str:
    """"日内跌幅" -> "跌幅": how far the price moved today is the price's move."""
    return _SESSION_PREFIX_RE.sub("", subject)


_SESSION_TAIL_RE = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z0-9]{2})(?:短线|盘中|日内|早盘|尾盘|盘初|全天|一度)?(?:最高|最低)$")


def carried_price(subject: str) -> str:
    """"现货黄金盘中最高" carried to a later clause ("…，报2,806美元，日内上涨1.12%") is the price,
    no longer its session high."""
    return _SESSION_TAIL_RE.sub("", subject)


# "Spot gold was little changed at $2,648, after hitting a record high of $2,790": the high is the price's.
EN_LEVEL_NOUNS = frozenset(("record high", "record low", "all-time high", "all-time low", "record", "high", "low", "peak",
                            "session high", "session low", "intraday high", "intraday low", "52-week high", "52-week low"))
