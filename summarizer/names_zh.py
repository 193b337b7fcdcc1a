"""The numbers of names in Chinese text: a listed company's stock code, a network's generation.

Chinese flashes name a company with its code: "金禾食品（002867）4月25日晚间披露2026年年报及利润分配
预案。", "北辰光电（688367）", "腾讯控股（00700.HK）", "证券代码：600519". Read as a figure, the code made
an opener that only says a report came out ("…披露2026年年报…") pass for a line stating a result with
its figure, and the summary showed it over the profit line of the same flash (key points 612 → 614,
notices 32 → 34). Likewise "5G" names a technology, not an amount: "全球5G网络进入规模建设期红利…" was a
line of four figures (a listing) for one of three (613 → 614 on top of the codes, fresh5-holdout 16 → 17).

summarizer.roles counts a line's figures (and finds the numbers two lines share) without them, as it
does without the number of an English name (summarizer.roles_en.without_name_numbers: LHT-204, Phase 3).
That rule reads a code only after a space, and Chinese glues it to the words around it: "…委员会已批准ATG-037用于
治疗…" and "值得关注的是，ATG-037是一款口服CD73小分子抑制剂" shared the "figure" 037, so a flash on a drug's trial
showed its approval and then a line defining CD73 instead of the drug's first-in-region claim. A Latin code with
its hyphen and digits (ATG-037, CRJ-900, CL-6000, HAMD-17) names a drug, a model or a scale, not an amount.
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
# "ATG-037", "CRJ-900型", "DC-80X": a code of Latin letters, a hyphen and digits, glued to Chinese words (not a
# figure with its unit or share, "-5%").
_MODEL_CODE_RE = re.compile(r"(?<![A-Za-z\d.])[A-Z][A-Za-z]{1,5}-\d{2,6}(?![\d.,]|\s*[%％亿万元])")


def without_name_numbers_zh(text: str) -> str:
    """`text` with its stock codes, network generations and model or drug codes blanked out."""
    return _MODEL_CODE_RE.sub(" ", _GENERATION_RE.sub(" ", _CODE_RE.sub(" ", text)))
