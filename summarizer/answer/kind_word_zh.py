"""A Chinese measure asked with the kind of thing it counts, against a number of another kind.

"星网电信宽带客户是多少" asks broadband customers; "截至9月末其移动客户达3.38亿户" counts mobile customers, and names no
宽带 at all. The question's last word before 是多少 is the measure (客户, 销量), the word before it its kind (宽带); the
nearest same measure before the number in the sentence has a kind of its own (移动). When the sentence never names the
asked kind and its own kind is another noun, the number is another kind's. Words are read with jieba: the measure must
be a plain noun, the kind a noun that is neither a period nor part of the name asked; anything less sure is left to
the other checks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.answer.periods import mentions

__all__ = ["other_kind"]

_END = re.compile(r"(?:是|为|有)?多少[?？]?$")
_KIND_FLAGS = ("n", "nz", "b", "i", "l", "s")
_OTHER_FLAGS = ("n", "vn", "nz", "b")


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[tuple[str, str], ...]:
    import jieba.posseg as pseg

    return tuple((p.word, p.flag) for p in pseg.cut(text))


def _one_word(word: str, flags: tuple[str, ...]) -> bool:
    cut = _tokens(word)
    return len(cut) == 1 and cut[0][1] in flags


def other_kind(question: str, sentence: str, at: int, names: tuple[str, ...] = ()) -> bool:
    """Does the Chinese number at `at` count another kind of the measure the (folded) question asks?"""
    end = _END.search(question)
    if end is None:
        return False
    asked = question[:end.start()]
    # The longest end of the question's measure that the sentence writes before the number ("平板出货量", "客户").
    tail = next((asked[-n:] for n in range(min(len(asked), 12), 1, -1) if sentence.rfind(asked[-n:], 0, at) >= 0), "")
    if len(tail) < 2 or not any(f in ("n", "l", "nz") and len(w) >= 2 for w, f in _tokens(tail)[-1:]):
        return False  # the measure ends in a noun of its own (客户, 出货量), not a verb (亏损) or a stray character
    before = _tokens(asked[:-len(tail)])
    if not before:
        return False
    kind, kind_flag = before[-1]
    start = len(asked) - len(tail) - len(kind)
    if kind_flag not in _KIND_FLAGS or len(kind) < 2 or kind in sentence:
        return False
    if any(kind in n or n in kind for n in names if n) or any(
            m.start < start + len(kind) and start < m.end for m in mentions(question)):
        return False  # "天宇半导体毛利率": 半导体 is the name's; "前三季度": a period
    found = sentence.rfind(tail, 0, at)
    own = _tokens(sentence[max(0, found - 8):found])
    if not own:
        return False
    other, other_flag = own[-1]
    if len(other) == 1 and len(own) > 1 and other_flag == "n":
        other = own[-2][0] + other  # "折叠" + "屏"
    return len(other) >= 2 and other_flag in _OTHER_FLAGS and other not in question
