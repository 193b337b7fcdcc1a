"""A note's lines that say who the company is give way to its news (summarizer.company_profile).
Sentences written for the test."""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.company_profile import describes_company
from summarizer.roles import news_value

NOTE = (
    "公司是国内最大的特种涂料和功能薄膜一体化生产企业，涂料产能居于国内第三位，薄膜产能全国第一。\n\n"
    "2025年上半年公司实现营业收入12.6亿元，同比增长18.4%。\n\n"
    "公司与海外头部面板厂商签署长期供货协议，光学膜产品正式进入其供应链。\n\n"
    "公司光学膜新产线已完成设备调试并投产，良率持续爬坡。\n\n"
    "公司董事会审议通过股份回购方案，回购资金来源为自有资金。\n\n"
    "我们看好公司在高端功能材料领域的成长空间。"
)


@pytest.mark.parametrize("text, expected", [
    ("公司是国内最大的特种涂料和功能薄膜一体化生产企业，涂料产能居于国内第三位。", True),
    ("华岭材料主营功能薄膜和特种涂料，建立了完整产业链。", True),
    ("通过多年深耕，公司已经覆盖了研发、生产、销售和服务的全产业链条。", True),
    ("公司业务定位为高端消费品的一体化制造服务商。", True),
    ("目前公司重点产品的应用领域分为五大部分：消费、汽车、医疗、工业和通信。", True),
    # news, not a profile
    ("公司上半年主营业务收入12.6亿元，同比增长18.4%。", False),
    ("这是市场需求的理性选择，也是中国制造企业长期创新研发的结果。", False),
    ("她去了一家主营助餐服务的社会组织实习。", False),
])
def test_a_company_profile(text: str, expected: bool) -> None:
    assert describes_company(text, "zh") is expected


def test_a_profile_without_figure_weighs_like_a_description() -> None:
    assert news_value("公司是国内最大的特种涂料和功能薄膜一体化生产企业，涂料产能居于国内第三位。", "zh") < 0.5
    # with a figure it is left alone
    assert news_value("公司是全球领先的光模块厂商，市占率达到25%。", "zh") >= 1.0


def test_a_note_shows_its_news_before_its_profile() -> None:
    shown = [s.text for s in analyze(NOTE, max_sentences=3).sentences]
    assert not any("国内最大的特种涂料" in s for s in shown)
    assert any("营业收入12.6亿元" in s for s in shown)
