"""A Chinese count asked with its measure word: the number must carry that measure word.

"新增了几幅土地", "机队有多少架飞机", "有多少家门店" count things by 幅, 架, 家. A number that is not written
with the measure word (or the counted noun) is a count of something else, or no count at all: the
12.7% of the sales sentence does not say how many plots were bought. 名, 人 and 位 count people alike.
"""

from __future__ import annotations

import re

__all__ = ["classifier_ok", "counted_by"]

_MEASURE_WORDS = "个家座台辆架艘名位幅块宗条款只头张部套户间所项笔次批"
# Not a measure word where it starts another word: "多少头部厂商", "多少项目", "多少所得税", "多少部门".
_ASKED = re.compile(rf"(?:多少|几)(?!头部|项目|所得|部门|部分|条件|位置)([{_MEASURE_WORDS}])(?P<noun>[\u4e00-\u9fff]{{0,4}})")
_CJK = re.compile(r"[\u3400-\u9fff]")
_SHARES_ASKED = re.compile(r"股数(?:量)?(?:是|为|有|共)?(?:多少|几)|多少股(?!东|价|票|权|份|息|利)")
_PEOPLE = "名人位"
# What may stand between the digits and the measure word: a magnitude, "余", "多".
_BETWEEN = r"\s*(?:[万千百亿])?(?:余|多)?"


def classifier_ok(question: str, sentence: str, span: tuple[int, int]) -> bool:
    """Is the number at `span` of a Chinese sentence written with the measure word the question counts by
    (or followed by the counted noun)? Questions without one, and English sentences, are not judged."""
    if _SHARES_ASKED.search(question) and _CJK.search(sentence):
        # "授予股数是多少" counts shares: "有效期为5年" in the same sentence is no number of shares.
        return re.match(rf"[\d.,，]+{_BETWEEN}股", sentence[span[0]:span[1] + 6]) is not None
    asked = _ASKED.search(question)
    if asked is None or not _CJK.search(sentence):
        return True
    word = asked.group(1)
    words = _PEOPLE if word in _PEOPLE else word
    digits = re.match(r"[\d.,，]+", sentence[span[0]:span[1]])
    end = span[0] + digits.end() if digits else span[1]
    after = sentence[end:end + 8]
    if re.match(rf"{_BETWEEN}[{words}]", after):
        return True
    noun = asked.group("noun")
    return bool(noun) and len(noun) >= 2 and re.match(rf"{_BETWEEN}{re.escape(noun[:2])}", after) is not None


def counted_by(question: str, text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The count at `span` when the measure word the question counts by follows its digits ("储备4幅",
    "14家AI应用公司" for "几家…"), or in English the noun it counts ("opened 9 stores" for "How many
    stores…"): the digits and the measure word, else None."""
    digits = re.match(r"\d[\d.,]*", text[span[0]:span[1]])
    if digits is None:
        return None
    end = span[0] + digits.end()
    if not _CJK.search(text):
        noun = re.search(r"\bhow many ([a-z][a-z\-]+)", question.lower())
        stem = noun and re.escape(noun.group(1)[:max(3, len(noun.group(1)) - 2)])
        found = bool(stem) and re.match(rf"\s+(?:[a-z\-]+\s+)?{stem}", text[end:end + 40].lower()) is not None
        return (span[0], end) if found else None
    asked = _ASKED.search(question)
    if asked is None:
        return None
    words = _PEOPLE if asked.group(1) in _PEOPLE else asked.group(1)
    return (span[0], end + 1) if re.match(rf"[{words}]", text[end:end + 1]) else None
