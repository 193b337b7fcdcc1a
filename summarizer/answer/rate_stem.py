"""A rate asked, and a sentence that states only the amount it is a rate of.

"新业务价值率是多少" asks a ratio; "新业务价值为98.3亿元，同比增长27.4%" names 新业务价值 but no 率 of it, so neither
of its numbers is the rate, however many of the question's words it shares; nor is a Chinese line that states no 率
at all ("原保险保费收入…同比增长5.1%" for "新业务价值率提升多少"). The same in English: "What was X's EBITDA
margin?" is not answered by "adjusted EBITDA was $11.9 billion", nor "net interest margin" by "net interest income".
A sentence that names the rate too (毛利率, "gross margin") is left to the other checks; 增长率 and the like are the
rate of a change, which any change states.
"""

from __future__ import annotations

import re

from summarizer.answer.changes import is_change
from summarizer.answer.measure_head import percent

__all__ = ["rate_stated_as_amount"]

# Two characters of the measure before 率 in a question ("价值率", "成本率", "负债率"), not 汇率 or 税率 alone.
_ZH_RATE = re.compile(r"([\u4e00-\u9fff]{2})率")
# Stems that are changes or times, not amounts: the rate of a change is stated by any change.
_ZH_NOT_AMOUNT = frozenset("增长 下降 上涨 下跌 增加 减少 变化 变动 同比 环比 复合 年化 平均".split())
# "EBITDA margin", "net interest margin", "cost-income ratio": the word before margin/ratio in an English question.
# A rate is also written as a share of something ("市场占有率" as 市场份额为43.3%).
_RATE_WORDS = re.compile(r"率|份额|占比|比重|比例")
_EN_RATE = re.compile(r"\b([a-z0-9][a-z0-9\-]*)\s+(?:margin|ratio)\b")
_EN_NOT_AMOUNT = frozenset("the a an its their his her our of what which".split())


def rate_stated_as_amount(question: str, sentence: str, span: tuple[int, int] | None = None) -> bool:
    """Does the question ask a rate whose measure the (folded) sentence names only as an amount, with no rate of it?
    A percentage that is no change is a rate however the sentence words it ("全年按照15%缴纳所得税"): never refused."""
    if span and percent(sentence, span) and not is_change(sentence, *span):
        return False
    for found in _ZH_RATE.finditer(question):
        stem = found.group(1)
        if stem in _ZH_NOT_AMOUNT:
            continue
        if not _RATE_WORDS.search(sentence) and re.search(r"[\u4e00-\u9fff]", sentence):
            return True  # "新业务价值率提升多少" is not answered by a line that states no rate at all
        if stem in sentence and not re.search(re.escape(stem) + r"[\u4e00-\u9fff]{0,4}率", sentence):
            return True
    for found in _EN_RATE.finditer(question):
        stem = found.group(1)
        if stem in _EN_NOT_AMOUNT or not re.search(rf"(?<![a-z0-9\-]){re.escape(stem)}(?![a-z0-9\-])", sentence):
            continue
        if not re.search(rf"(?<![a-z0-9\-]){re.escape(stem)}(?:\s+[a-z0-9\-]+){{0,2}}\s+(?:margin|ratio)\b", sentence):
            return True
    return False
