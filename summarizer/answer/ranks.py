"""Questions about a place in a ranking: "东屿银行总资产排名第几", "许能电工中标金额排名第几",
"Where does Corvane rank?".

The answer is an ordinal ("排名第三", "位列第一", "ranked second"), not the amount written beside it:
"许能电工中标9.8亿元，排名第二" answers with 第二. An ordinal written before another name with 的
("排名第六的万岳置业") is that name's place, never the place of the company the question asks about.
"""

from __future__ import annotations

import re

from summarizer.answer.text import fold
from summarizer.literal import literal_starts

__all__ = ["asks_rank", "place_after_name", "rank_checked_at", "rank_of_other", "rank_spans"]

_ASKED = re.compile(r"排名第几|排第几|第几名|第几位|位列第几|位居第几|名列第几|排在第几|居第几|排名如何|排名多少"
                    r"|\bwhat (?:place|position)\b|\bhow (?:did|does|do) [^?]* rank\b|\bwhere (?:did|does|do) [^?]* rank\b"
                    r"|\branks?ed? (?:where|what)\b")
# The ordinal after a ranking word: "排名第七", "位列第一", "位居行业第三", "排在第5位".
_ZH_ORDINAL = re.compile(r"(?:排名|排行|位列|位居|居于|名列|排在|排|居)(?:[\u4e00-\u9fff]{0,4}?)"
                         r"(?P<ord>第[一二两三四五六七八九十百\d]+(?:名|位)?)")
_EN_ORDINAL = re.compile(r"\b(?:ranked|ranks|rank|placed|was|is)\s+(?:the\s+)?(?:No\.\s*\d+|(?P<ord>first|second|third|"
                         r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)))\b", re.IGNORECASE)
# "排名第六的万岳置业": the place belongs to the name after 的.
_OF_NAME_AFTER = re.compile(r"(?:名|位)?的[\u4e00-\u9fffA-Za-z]{2,}")


def asks_rank(question: str) -> bool:
    """Does the question ask for a place in a ranking?"""
    return bool(_ASKED.search(question))


def rank_spans(sentence: str) -> list[tuple[int, int]]:
    """The spans of the ordinals the sentence states as places ("第七" of "排名第七")."""
    spans = [m.span("ord") for m in _ZH_ORDINAL.finditer(sentence)]
    spans += [m.span() for m in _EN_ORDINAL.finditer(sentence) if m.group("ord") or "No." in m.group()]
    return sorted(spans)


def rank_of_other(sentence: str, span: tuple[int, int], names: tuple[str, ...]) -> bool:
    """Is the ordinal at `span` the place of a name written after it with 的, other than the one asked?"""
    after = _OF_NAME_AFTER.match(sentence, span[1])
    return bool(after) and not any(name in after.group() for name in names)


def rank_checked_at(sentence: str, span: tuple[int, int], names: tuple[str, ...]) -> tuple[int, int]:
    """Where the place at `span` is checked for its owner: after the asked name when the place is written
    before it with 的 ("排名第八的汇川置业"), so the name stands before the place it owns."""
    after = _OF_NAME_AFTER.match(sentence, span[1])
    if after:
        for name in names:
            at = sentence.find(name, span[1], after.end() + len(name))
            if at >= 0:
                return at + len(name), at + len(name)
    return span


def place_after_name(spans: list[tuple[int, int]], sentence: str, names: tuple[str, ...]) -> tuple[int, int] | None:
    """For a rank asked, the first place written after the asked name ("许川电工中标4.8亿元，排名第二；东凌电缆…排名第三")."""
    starts = [at + len(folded) for folded in map(fold, names) for at in literal_starts(folded, sentence)]
    after = [span for span in spans if any(end <= span[0] for end in starts)]
    if not after:
        return None
    return min(after, key=lambda span: min(span[0] - end for end in starts if end <= span[0]))
