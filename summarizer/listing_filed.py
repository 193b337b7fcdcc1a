"""A company's filing to go public, told as what it did ("该公司于12月3日向港交所递交上市申请", "filed for a U.S.
initial public offering on Monday").

A story about a company's listing is about that act, and the line that states it often opens on a pronoun or a role
("该公司…", "The company…"): sharing no name with the rest, it ranks low on centrality, and with no figure it had only
a decision's weight, below the prospectus's figures and the industry's. Weighed as a company's act (like a stake bought
or money raised, roles.ACTION_BONUS) it is shown as the news. A filing told as past background ("曾于2021年递交上市申请，
后因材料失效…", "had filed for an IPO in 2021") is no such act, nor is a line only about the filing's status.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

import numpy as np

logger = logging.getLogger(__name__)

__all__ = ["files_for_listing", "listing_filings"]

_EXCHANGE_ZH = r"(?:港交所|联交所|聯交所|香港联合交易所|香港聯合交易所|上交所|深交所|北交所|纳斯达克|納斯達克|纽交所|紐交所|证监会|證監會)"
_FILED_ZH = re.compile(
    _EXCHANGE_ZH + r"[^，。；]{0,12}(?:递交|遞交|提交|报送|報送)[^，。；]{0,10}"
    r"(?:上市申请|上市申請|招股书|招股書|招股说明书|招股說明書|IPO申请|IPO申請)"
    r"|(?:向|在)" + _EXCHANGE_ZH + r"(?:递表|遞表|交表)")
_FILED_EN = re.compile(
    r"\b(?:filed|applied|submitted (?:an application|paperwork|a draft registration statement))"
    r"(?: confidentially)? (?:for|to go public|with [^,.;]{2,40} for)"
    r"(?: an?| its)?(?: U\.S\.| Hong Kong| New York| London)? (?:initial public offering|IPO|stock market listing|listing)\b")
# Past background: the filing before, or one that lapsed.
_BACKGROUND_RE = re.compile(r"曾|此前|失效|撤回|had filed|had applied|previously|earlier attempt|withdr[ae]w")


def files_for_listing(text: str, lang: str) -> bool:
    """Whether the line states that a company filed to go public (see the module docstring)."""
    found = (_FILED_ZH if lang == "zh" else _FILED_EN).search(text)
    return bool(found) and not _BACKGROUND_RE.search(text)


def listing_filings(texts: Sequence[str], lang: str) -> np.ndarray:
    """Per line: whether it states a filing to go public."""
    if lang not in ("zh", "en"):
        return np.zeros(len(texts), dtype=bool)
    return np.array([files_for_listing(text, lang) for text in texts], dtype=bool)
