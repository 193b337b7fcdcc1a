"""A Chinese keyword that is only ever the end of a longer name is shown as the name.

jieba cuts names its dictionary lacks into a rare word of their tail and the characters before
it: 住建部 as 住 + 建部, 乘联会 as 乘 + 联会, 中国神华 as 中国 + 神华. The tail then ranked as a
keyword and read as nonsense. When every occurrence (two at least: once proves nothing) of such a
rare tail is preceded by the same characters, the name is what the text writes, and it is shown instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer.literal import literal_starts
from summarizer.model import Keyword
from summarizer.tokenize import word_frequency

__all__ = ["whole_words"]

# A tail this rare in jieba's dictionary (建部 38, 神华 12) is likely a cut name; 电子 (8154) is a word.
_RARE = 100
# Characters that end a word or a date rather than begin a name ("的比重", "2023年营收").
_NOT_NAME_CHARS = frozenset("的了在和与及或是为将对从等也都而并被把向于以其之这那年月日季期号个各每该本")
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
_MAX_EXTRA = 3


def _name_like(head: str) -> bool:
    """Whether the characters before the tail can open a name: not a verb or preposition of the
    sentence (实现归母, 根据卓创, 扣除…), nor a number, measure or direction word (一位, 年度, 倍)."""
    from summarizer.postag import pos_tokenizer

    for pair in pos_tokenizer().cut(head, HMM=False):
        if pair.flag[:1] in "mqkpfrcdut" or pair.flag == "zg" or (len(pair.word) >= 2 and pair.flag[:1] == "v"):
            return False
    return True


def _whole(word: str, text: str) -> str:
    starts = list(literal_starts(word, text))
    if len(starts) < 2 or not 2 <= len(word) <= 3 or word_frequency(word) >= _RARE:
        return word
    extra = 0
    while True:
        before = {text[s - extra - 1] if s - extra - 1 >= 0 else "" for s in starts}
        char = before.pop() if len(before) == 1 else ""
        if not char or not _HAN_RE.match(char) or char in _NOT_NAME_CHARS:
            break  # the name starts here: another character in some places, a break, or a particle
        if extra == _MAX_EXTRA:
            return word  # longer than a name we can tell apart from its sentence
        extra += 1
    if not extra or not _HAN_RE.fullmatch(word[0]) or not _name_like(text[starts[0] - extra:starts[0]]):
        return word
    name = text[starts[0] - extra:starts[0]] + word
    return name if word_frequency(name) < _RARE or len(name) >= 4 else word


def whole_words(keywords: Iterable[Keyword], text: str) -> tuple[Keyword, ...]:
    """`keywords` with each cut name's tail shown as the whole name, once."""
    result: dict[str, float] = {}
    for keyword in keywords:
        result.setdefault(_whole(keyword.word, text), keyword.score)
    return tuple(Keyword(word, score) for word, score in result.items())
