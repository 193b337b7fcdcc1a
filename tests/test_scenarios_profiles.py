"""Two kinds of line that read like a result but state none (summarizer.openers.hypothetical and
company_profile): a scenario ("如果…，收益率可能会跌破1%") and a company's profile ("X成立于2011年，
…拥有超过9000个网点"). Texts written for the test."""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.openers import hypothetical
from summarizer.roles import news_value


@pytest.mark.parametrize("text, lang, expected", [
    ("如果全球经济陷入衰退，十年期国债收益率可能会跌破1%。", "zh", True),
    ("分析人士认为，一旦美联储转向降息，黄金价格有望突破3000美元。", "zh", True),
    ("If the tariffs stay in place, that would work out to a $40 billion hit to growth.", "en", True),
    ("若不考虑汇兑损失，公司上半年净利润将达到4.2亿元。", "zh", True),
    ("公司上半年净利润4.2亿元，同比增长18%。", "zh", False),
    ("Sales rose 4% in the quarter, the company said.", "en", False),
    ("Should we worry about the deficit?", "en", False),  # a question, judged as one elsewhere
])
def test_a_scenario(text: str, lang: str, expected: bool) -> None:
    assert hypothetical(text, lang) is expected


def test_a_scenario_weighs_as_a_plain_line() -> None:
    assert news_value("如果全球经济陷入衰退，十年期国债收益率可能会跌破1%。", "zh") == 1.0
    assert news_value("十年期国债收益率跌破1%。", "zh") > 1.0


def test_a_profile_weighs_as_a_description() -> None:
    profile = "公开资料显示，远帆物流成立于2011年，总部位于宁州，目前在全国拥有超过9000个网点。"
    assert news_value(profile, "zh") < 1.0
    # what the company did now, or a company going public, is news all the same
    assert news_value("驰远机器人成立于2019年，今年完成了5亿元C轮融资。", "zh") > 1.0
    assert news_value("招股书显示，澄光能源成立于2008年，2020-2023年连续4年位居全球组件出货量第一名。", "zh") >= 1.0


def test_the_claims_pass_the_scenario() -> None:
    text = ("多家大型资管机构的首席投资官近日接受调查，谈及对债券市场前景的看法。\n"
            "多数受访者认为，当前债券市场并不存在泡沫，养老金和保险资金的配置需求仍远超供给。\n"
            "也有机构直言，部分长期国债估值确实偏高，调整迟早会到来，但时间难以预测。\n"
            "如果全球经济陷入衰退，十年期国债收益率可能会跌破1%，但目前看这种情况发生的概率不大。\n"
            "受访机构普遍建议投资者降低组合久期，增配高等级信用债。")
    shown = [s.text for s in analyze(text, title="债市存在泡沫吗？首席投资官们这样说", max_sentences=3).sentences]
    assert not any(line.startswith("如果") for line in shown)
    assert any("估值确实偏高" in line for line in shown)


def test_the_reply_passes_the_profile() -> None:
    text = ("市场监管部门12月3日公布行政处罚决定，认定远帆物流滥用在城际快运市场的支配地位，对其处以上一年度销售额4%的罚款，计1.86亿元。\n"
            "经查，2023年以来，远帆物流通过签订独家合作协议、设置高额违约金等方式，限定合作站点只能与其交易，排除、限制了相关市场竞争。\n"
            "公开资料显示，远帆物流成立于2011年，总部位于宁州，目前在全国拥有超过9000个网点，年营收超过40亿元。\n"
            "远帆物流当日回应称，诚恳接受处罚，将认真整改。\n"
            "业内人士认为，此案释放出平台经济领域反垄断执法常态化的信号。")
    shown = [s.text for s in analyze(text, title="滥用市场支配地位 远帆物流被罚1.86亿元", max_sentences=3).sentences]
    assert not any("成立于" in line for line in shown)
    assert any("接受处罚" in line for line in shown)
