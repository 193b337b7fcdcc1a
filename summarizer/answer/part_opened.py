"""A statement that opens on a part answers only for that part. "其中外贸集装箱吞吐量198.7万标准箱" follows the port's
whole throughput: it is the foreign-trade part, and "集装箱吞吐量是多少" is not answered by it; "In Asia Pacific, RevPAR
jumped 11.7%" is one region's RevPAR, not the company's. The part is the words between 其中 and the first words the
question shares (外贸, 自产煤), or the place after an opening "In" ("Asia Pacific"); a question that names it is
answered. Used by /ask only (`verify`); a pure function of the question and the sentence."""

from __future__ import annotations

import re

from summarizer.answer.periods import mentions

__all__ = ["part_not_asked"]

_CJK = re.compile(r"[\u3400-\u9fff]")
# Words between 其中 and the measure that name no part: who reported it, a verb, a time.
_NO_PART = re.compile(r"^(?:公司|该公司|本公司|集团|该行|本行|单季|当月|本月|全年|累计|合计|实现|完成|录得|共|约|的)+$")
# A clause that goes on with the part's change, not a new item: "…198.7万标准箱，同比增长11.2%".
_GOES_ON = re.compile(r"(?:同比|环比|较|增长|增加|下降|减少|上升|下滑|增幅|降幅|占比?|比上年|比去年)")
# "In Asia Pacific, …", "In the U.S., …": a place (capitalised, not a month, a quarter or a year) opening a clause.
_IN_PLACE = re.compile(r"(?:^|[;,]\s+(?:while|and|but|whereas)\s+|;\s+)[Ii]n (?:the )?(?P<place>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}),")
_NOT_PLACE = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|December"
                        r"|Q[1-4]|First|Second|Third|Fourth|Fiscal|The|This|That|Addition|Total|Contrast|Comparison|Response"
                        r"|Other|Both|All|Each|Its|Their)\b")


def part_not_asked(question: str, sentence: str, original: str, at: int, names: tuple[str, ...] = ()) -> bool:
    """Does the number at `at` sit in a statement opened by a part the question does not name? `sentence` is
    folded, `original` as written (its capitals tell a place). A statement that names the thing asked ("其中，旗舰车型
    启明S7交付1.86万辆" for 启明S7, one of `names`) is that thing's: the words before the name describe it."""
    if _CJK.search(sentence):
        return _zh_part(question, sentence, at, names)
    return len(original) == len(sentence) and _en_place(question, original, at)


def _zh_part(question: str, sentence: str, at: int, names: tuple[str, ...]) -> bool:
    start = max(sentence.rfind(c, 0, at) for c in "。；;") + 1
    # "其中外贸…" (a part glued to 其中), not "其中，A…，B…" (a list of items, each a statement of its own)
    opened = re.compile(r"\s*其中(?![，,：:])").match(sentence, start)
    if not opened:
        return False
    pieces = re.split(r"[，,]", sentence[opened.end():at])
    if any(not _GOES_ON.match(piece) for piece in pieces[1:]):
        return False  # the number is another item's ("其中外贸…，内贸…")
    rest = pieces[0]
    if any(name and name in rest for name in names):
        return False
    for period in mentions(rest):  # "其中第三季度…": a time is when, not a part
        rest = rest[:period.start] + " " * (period.end - period.start) + rest[period.end:]
    shared = next((p for p in range(len(rest) - 1) if rest[p:p + 2].strip() and rest[p:p + 2] in question), None)
    if not shared:
        return False
    if re.search(r"[a-z]", rest[shared:]):
        return False  # "旗舰车型启明S7交付": the words before a model's name describe it
    part = rest[:shared].strip()
    return bool(part) and bool(_CJK.fullmatch(part[0])) and not _NO_PART.match(part) and part not in question


def _en_place(question: str, sentence: str, at: int) -> bool:
    found = [m for m in _IN_PLACE.finditer(sentence[:at])]
    if not found:
        return False
    place = found[-1].group("place")
    if _NOT_PLACE.match(place) or re.search(r"[;.]\s", sentence[found[-1].end():at]):
        return False
    return place.lower() not in question.lower()
