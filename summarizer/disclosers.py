"""A company named as the one that discloses its report, which jieba and the name lists may not know.

"同日，另一家组件龙头天合新能披露三季报，前三季度营收约560亿元…": the figures after it are that company's. Its name is
2–6 characters at a clause start, or after the words that say what kind of company it is (…龙头, …厂商, 同行…), right
before 披露/发布/公布 and the report. Read by /ask's clause owners and by the figures' company owners, so a rival's
report in a story about another company is told apart in both.
"""

from __future__ import annotations

import re

__all__ = ["DISCLOSER_ZH", "disclosers"]

DISCLOSER_ZH = re.compile(r"(?:^|(?<=[，,；;。]))(?:[\u4e00-\u9fff]{0,12}?(?:龙头|厂商|企业|巨头|同行|对手|车企|药企|券商|银行))?"
                          r"([\u4e00-\u9fff]{2,6}?)(?=(?:同日|当日|也|亦|同样|则)?(?:披露|发布|公布)了?(?:其|了)?"
                          r"(?:20\d{2}年)?(?:第?[一二三四]季度|前三季度|[上下]半年度?|年度?|[一三]季|中期)?"
                          r"(?:报告|季报|年报|中报|半年报|报|业绩|财报|快报|预告))")

# Who discloses but is no name: the story's own company by a pronoun, a body, a time ("公司披露三季报", "今日发布年报").
_NOT_NAME = re.compile(r"^(?:本|该|其|我们|记者)|^(?:公司|集团|企业|上市公司|机构|管理层|董事会|交易所|证监会|统计局|央行)$"
                       r"|[的了年月日在为与和及对将已是今昨]")


def disclosers(text: str) -> list[tuple[int, str]]:
    """(start, name) of each company named as the one that discloses its report in `text`."""
    return [(m.start(1), m.group(1)) for m in DISCLOSER_ZH.finditer(text) if not _NOT_NAME.search(m.group(1))]
