"""A kind named before the thing asked: "新能源汽车销量" is a part of "汽车销量", never the whole. A question on
汽车 is not answered by a number whose statement names 汽车 only as 新能源汽车 (nor 乘用车 by 商用车's, nor a market
by its imports); nor one on 新能源汽车 by a statement naming only 汽车. Kept apart from `verify` so each stays small; a pure function of folded text."""

from __future__ import annotations

import re

__all__ = ["narrowed_kind"]

# Words that make a thing a kind of it: the power it runs on, its market, its class, its make.
_KINDS = re.compile(r"(?:新能源|纯电动?|插电式?混动|混动|燃油|二手|进口|出口|乘用|商用|国产|合资|自主品牌|豪华|智能|传统)$")


def narrowed_kind(question: str, sentence: str, at: int, names: tuple[str, ...]) -> bool:
    """Does the statement holding the number at `at` name the thing asked only as a kind of it the question does
    not ask ("新能源汽车销量…同比增长35.1%" for "汽车销量同比增长多少")? A statement that names it plainly once, or not at
    all (its subject comes from the sentences before), is not narrowed."""
    start = max(sentence.rfind(c, 0, at) for c in "。；;") + 1
    if _goods_named(question, sentence[start:at + 1], names):
        return True
    kinds = []
    for name in names:
        for found in re.finditer(re.escape(name), sentence[start:at]):
            kind = _KINDS.search(sentence[:start + found.start()])
            if kind is None or kind.group() + name in question:
                return False
            kinds.append(kind.group())
    return bool(kinds) or _whole_named(sentence[start:at], names)


# A trade flow and what follows it as its object: "出口机电产品13.71万亿元" is the trade in those goods.
_FLOW_GOODS = re.compile(r"(?:进出口|出口|进口)(?P<goods>[\u4e00-\u9fff]{2,10}?)(?=约?[0-9０-９])")
# …and the goods a clause opens with before it: "汽车出口7236亿元" (not "我国出口", "当月出口").
_GOODS_FLOW = re.compile(r"(?:^|(?<=[，,、：:]))(?P<goods>[\u4e00-\u9fff]{2,6}?)(?:进出口|出口|进口)")
_SCOPE = re.compile(r"^(?:其中|同期|此外|另外|而|我国|全国|中国|全省|全市|本市|当月|本月|上月|今年|全年|累计|合计)+")
_NO_GOODS = re.compile(r"(?:货物|货物贸易|对外贸易|外贸|贸易)?")
_FLOW_MEASURES = re.compile(r"(?:总值|总额|金额|额|值|数量|量|规模|合计|共计|累计|总计|约为|约|为|达到?|分别|同比|环比|增长|下降)")


def _goods_named(question: str, statement: str, names: tuple[str, ...]) -> bool:
    """Does the statement trade goods the question does not name ("我国出口机电产品…增长7.3%" for "出口增长多少")?
    The flow's own measures (出口总值, 出口额) are no goods."""
    if not any(re.fullmatch(r"(?:进出口|出口|进口)", name) for name in names):
        return False
    for found in _FLOW_GOODS.finditer(statement):
        goods = found.group("goods")
        if found.group().startswith(names) and not _FLOW_MEASURES.match(goods) and goods not in question:
            return True
    return any(found.group().endswith(names) and not _NO_GOODS.fullmatch(_SCOPE.sub("", found.group("goods")))
               and found.group("goods") not in question for found in _GOODS_FLOW.finditer(statement))


def _whole_named(statement: str, names: tuple[str, ...]) -> bool:
    """Does the statement name only the whole of the kind asked ("汽车出口52.7万辆" for 新能源汽车出口)? Then its
    number is the whole's, though the sentence before named the kind."""
    for name in names:
        kind = _KIND_OPENING.match(name)
        if kind and name not in statement and re.search(re.escape(name[kind.end():]), statement):
            return True
    return False


_KIND_OPENING = re.compile(_KINDS.pattern[:-1] + r"(?=[\u4e00-\u9fff]{2})")
