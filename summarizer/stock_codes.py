"""A listed company's stock code is part of its name, not a figure of the news.

Chinese flashes name a company with its code: "金禾食品（002867）4月25日晚间披露2026年年报及利润分配
预案。", "北辰光电（688367）", "腾讯控股（00700.HK）", "证券代码：600519". Read as a figure, the code made
an opener that only says a report came out ("…披露2026年年报…") pass for a line stating a result with
its figure, and the summary showed it over the profit line of the same flash. summarizer.roles counts
a line's figures (and finds the numbers two lines share) without the code, as it does without the
number of an English name (summarizer.roles_en.without_name_numbers: LHT-204, Phase 3).
"""

from __future__ import annotations

import re

__all__ = ["without_stock_codes"]

# "（002867）", "(688367.SH)", "（00700.HK）", "（HK.00700）", "（股票代码：300985）", "证券代码：600519"
_CODE_RE = re.compile(
    r"[（(]\s*(?:(?:股票|证券)代码\s*[:：]?\s*)?(?:[A-Za-z]{2}\s?\.?\s?)?\d{4,6}(?:\s?\.\s?[A-Za-z]{2})?\s*[）)]"
    r"|(?:股票|证券)代码\s*[:：]?\s*\d{4,6}(?:\.[A-Za-z]{2})?"
)


def without_stock_codes(text: str) -> str:
    """`text` with its stock codes blanked out."""
    return _CODE_RE.sub(" ", text)
