"""Chinese figures whose subject is named after them or by a clause before them.

"当月还有12款进口网络游戏获批", "有超过4.6万个品牌参与活动", "因有3,120亿元逆回购到期": after an
existential 有 the figure counts the noun that follows it, and that noun is the subject of the verb
after it; the words in front (还有, 据悉) name nothing. "其中38种为一类创新药": a part counted
with 为 is the noun after 为, not the whole it was carried from. "较10月的135款有所增加": 有所增加
is a predicate, never the noun a figure measures. "碳酸锂主力合约封涨停，涨幅9%": a bare change
word is the change of what the clause before named; "青岚汽车零售38.2万辆，…，市场份额31.8%": a
bare share is the share of what the sentence counted before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_EXISTENTIAL_RE = re.compile(r"(?<![没未])[还另共又仍尚也因]?有(?:超过|超|逾|近|约|将近|接近|多达|高达|达)?$")
_PART_IS_RE = re.compile(r"\s?(?:为|是)([\u4e00-\u9fff]{2,10}?)(?=[，,。；;、）)]|$)")
_PREDICATE_LEAD_RE = re.compile(r"有所|有望|略有|稍有|均有|皆有|都有")
_SHARE_WORDS = frozenset("市场份额 份额 市占率 市场占有率 占有率".split())
_PART_CLASSIFIERS = frozenset("个家名位只条项款座所种部台辆") | {"万辆"}


def predicate_not_noun(following: str | None) -> str | None:
    """`following`, unless it is a predicate jieba read as a noun ("有所增加")."""
    return None if following and _PREDICATE_LEAD_RE.match(following) else following


def counted_after(text: str, sentence: str, end: int, unit: str | None, following: str | None,
                  next_words: Callable[[int, int], list[tuple[str, str]]]) -> str | None:
    """The noun a figure counts when the clause before it is only 有 or 其中 (None otherwise).

    `text` is the clause before the figure, `end` where the figure (with its unit) ends and
    `next_words(offset, n)` jieba's words from an offset.
    """
    lead = text.strip("的之了着和与及、 \t，,")
    if unit in _PART_CLASSIFIERS and lead in ("", "其中") and (part := _PART_IS_RE.match(sentence, end)):
        return part.group(1)
    if unit == "%" or not _EXISTENTIAL_RE.search(lead):
        return None
    following = following or _noun_run(next_words(end, 4))  # "进口网络游戏": a verbal noun may open it
    if not following:
        return None
    at = sentence.find(following, end, end + len(following) + 3)
    if at < 0:
        return None
    after = next_words(at + len(following), 1)
    if after and after[0][1][:1] in "dpuf":
        return None  # "另有43种临床已被替代的药品": the noun phrase goes on past the first nouns
    return following


def share_of_owner(subject: str | None, owner: str | None) -> str | None:
    """"市场份额" of the thing counted before it in the sentence ("青岚汽车零售新能源车市场份额")."""
    if subject in _SHARE_WORDS and owner and not owner.endswith(tuple(_SHARE_WORDS)) and "%" not in owner:
        return f"{owner}{subject}"
    return None


def _noun_run(words: list[tuple[str, str]]) -> str | None:
    """Nouns (a verbal noun may open them) up to the first other word, ending on a noun."""
    run: list[tuple[str, str]] = []
    for word, flag in words:
        if not (flag[:1] == "n" or flag in ("j", "vn")) or not "\u4e00" <= word[0] <= "\u9fff":
            break
        run.append((word, flag))
    noun = "".join(w for w, _ in run)
    return noun if len(noun) >= 2 and run and run[-1][1][:1] in "nj" else None


_LIMIT_MOVE_RE = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z0-9]{2})(?:封|收|直线|一字)?(?:涨停|跌停)板?$")


def without_limit_move(owner: str | None) -> str | None:
    """"碳酸锂主力合约封涨停" named as an owner is the contract; hitting the limit is what it did."""
    return _LIMIT_MOVE_RE.sub("", owner) if owner else owner
