"""A Chinese line that sizes a whole industry's market is the setting of a note, not its news.

A brokerage note on one company tells the market it sells into: "2020年，全球刀具市场规模已达2000亿
元以上，国内市场规模稳定在300-400亿元。", "根据测算2025年我国碳纤维需求将达到12.8万吨，市场规模约为
173.6亿元", "中国透明质酸医美产品2021-2026年有望保持25%的复合增速。". Each has figures with a level or a
growth rate, so summarizer.roles read it as a result (or a many-figure decision) and weighed it above
the company's own lines: the note's profile, its latest results. The readers of the key-point rounds
take the company's results and place as the points and the market as the reason they matter.

So such a line counts as a plain line (summarizer.roles.news_value): a market size, demand or space
(市场规模, 市场空间, 行业规模, 市场需求, "需求将达到"), or a compound growth rate of the market, the country
or the industry, in a line that names no company (公司, 集团, 企业: "公司营业收入CAGR达56.19%" is the
company's own result). Every rule reads the line's own words, never a particular document.
"""

from __future__ import annotations

import re

__all__ = ["sizes_market"]

# The market's size, space or demand with a figure after it in the same clause.
_MARKET_SIZE_RE = re.compile(
    r"(?:市场[^，,。；;\d]{0,4}?规模|市场空间|行业规模|市场需求|需求(?:量|规模)?(?:将|有望|预计)?(?:达到?|为|超过))[^，,。；;]{0,16}\d")
# A compound growth rate of the whole market: "中国透明质酸医美产品2021-2026年有望保持25%的复合增速".
_MARKET_CAGR_RE = re.compile(r"(?:中国|我国|全球|国内|海外|行业|市场)[^，,。；;]{0,32}(?:复合增速|复合增长率|CAGR)")
# A line about a company (its results, its share of the market) is the company's news.
_COMPANY_RE = re.compile(r"公司|集团|企业|我们")


def sizes_market(text: str, lang: str) -> bool:
    """A Chinese line whose figures size an industry's market or its growth, naming no company."""
    if lang != "zh" or _COMPANY_RE.search(text):
        return False
    return bool(_MARKET_SIZE_RE.search(text) or _MARKET_CAGR_RE.search(text))
