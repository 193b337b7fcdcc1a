"""A unit cut off its number by jieba ("1年期LPR" → 1 + 年期 + LPR, "10年期国债") is no keyword and builds no key
phrase ("年期LPR", "年期国债")."""
from __future__ import annotations

from summarizer import analyze

_TEXT = ("北岭银行公布新一期贷款报价\n"
         "北岭银行同业拆借中心公布，本月1年期LPR为3.05%，5年期以上LPR为3.55%，均与上月持平。"
         "这是1年期LPR连续第4个月保持不变，5年期以上LPR已连续3个月不变。"
         "10年期国债收益率下行2个基点，30年期国债收益率下行3个基点，市场人士认为LPR下调空间有限。")


def test_a_tenor_cut_off_its_number_is_no_keyword() -> None:
    words = [k.word for k in analyze(_TEXT).keywords]
    assert words
    assert not any(w.startswith(("年期", "个月")) for w in words), words
    assert "LPR" in words
