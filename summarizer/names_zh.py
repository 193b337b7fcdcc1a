"""The numbers of names in Chinese text: a listed company's stock code, a network's generation.

Chinese flashes name a company with its code: "金禾食品（002867）4月25日晚间披露2026年年报及利润分配
预案。", "北辰光电（688367）", "腾讯控股（00700.HK）", "证券代码：600519". Read as a figure, the code made
an opener that only says a report came out ("…披露2026年年报…") pass for a line stating a result with
its figure, and the summary showed it over the profit line of the same flash (key points 612 → 614,
notices 32 → 34). Likewise "5G" names a technology, not an amount: "全球5G网络进入规模建设期红利…" was a
line of four figures (a listing) for one of three (613 → 614 on top of the codes, fresh5-holdout 16 → 17).

summarizer.roles counts a line's figures (and finds the numbers two lines share) without them, as it
does without the number of an English name (summarizer.roles_en.without_name_numbers: LHT-204, Phase 3).
"""

from __future__ import annotations

import re

__all__ = ["without_name_numbers_zh"]

# "（002867）", "(688367.SH)", "（00700.HK）", "（HK.00700）", "（股票代码：300985）", "证券代码：600519"
_CODE_RE = re.compile(
    r"[（(]\s*(?:(?:股票|证券)代码\s*[:：]?\s*)?(?:[A-Za-z]{2}\s?\.?\s?)?\d{4,6}(?:\s?\.\s?[A-Za-z]{2})?\s*[）)]"
    r"|(?:股票|证券)代码\s*[:：]?\s*\d{4,6}(?:\.[A-Za-z]{2})?"
)
# "5G", "4G网络": a generation of mobile networks ("400G" modules and "30GW" of capacity are amounts).
_GENERATION_RE = re.compile(r"(?<![\d.A-Za-z])[2-6]G(?![A-Za-z])")


def without_name_numbers_zh(text: str) -> str:
    """`text` with its stock codes and network generations blanked out."""
    return _GENERATION_RE.sub(" ", _CODE_RE.sub(" ", text))
