"""Key-sentence classes found in the seventh real-text round (fresh7); sentences written for the test."""

from __future__ import annotations

from summarizer import analyze
from summarizer.roles import figure_count, is_listing, news_value

RESULTS_WITH_ASIDES = ("公司发布2024年半年报，实现营收45.3亿元（同比+8.2%，环比+12.4%），归母净利润5.6亿元"
                       "（同比+15.1%，环比+20.3%），扣非归母净利润5.2亿元（同比+13.8%，环比+18.9%）。")


def test_a_results_line_with_its_changes_in_brackets_is_no_listing() -> None:
    # Nine figures, but three results, each with its year-on-year and quarter-on-quarter change.
    assert figure_count(RESULTS_WITH_ASIDES) == 9
    assert not is_listing(RESULTS_WITH_ASIDES)
    assert news_value(RESULTS_WITH_ASIDES, "zh") > 2.0
    # One metric over many periods stays a listing, brackets or not.
    assert is_listing("公司2020-2023年营收分别为10.2亿元、12.5亿元、15.1亿元和18.3亿元（同比+21%）。")


def test_the_results_line_with_bracketed_changes_is_a_key_sentence() -> None:
    text = ("事件描述\n\n" + RESULTS_WITH_ASIDES + "\n\n事件评论\n\n"
            "上半年，公司主要产品销量分别同比变化+5.1%、-3.2%、+12.6%、+8.8%和-1.4%。"
            "受原材料价格下滑影响，上半年公司毛利率为28.3%，同比提升2.1pct。"
            "公司费用管控能力逐步增强，上半年期间费用率为12.1%，同比减少1.5pct。"
            "其中管理费用率为4.2%，同比减少0.8pct。"
            "研发支出达到2.35亿元，较去年同期增长6.7%，研发投入占营业总收入比为5.2%。"
            "新建3000吨/年电子材料项目于2023年建成投产，新增产能逐步释放。"
            "我们预计公司2024-2026年归母净利润分别为11.2、13.5和16.1亿元，维持买入评级。")
    shown = [s.text for s in analyze(text, max_sentences=3).sentences]
    assert any("营收45.3亿元" in s for s in shown)


def test_a_disasters_toll_is_a_result() -> None:
    toll = "这场特大洪涝灾害共造成全省42个县86.3万人受灾，因灾死亡失踪57人，其中某市49人；"
    assert news_value(toll, "zh") > 1.5
    # The toll, not the background line of when it rained, is the second key sentence.
    text = ("国务院日前审议通过了某省“8·12”特大洪涝灾害调查报告。"
            "经调查认定，这是一场因持续强降雨导致河流洪水、山洪滑坡等多灾并发的特别重大自然灾害；"
            "有关地方政府对灾害认识不足、应急处置不当。"
            "2023年8月10日至14日，该省遭遇历史罕见强降雨，发生严重洪涝灾害。"
            + toll + "直接经济损失326.4亿元。")
    shown = [s.text for s in analyze(text, max_sentences=2).sentences]
    assert any("86.3万人受灾" in s for s in shown)


def test_a_look_back_and_a_persons_frame_state_no_fact() -> None:
    from summarizer.roles import states_no_fact

    assert states_no_fact("曾几何时，国内做光伏背板的企业有上百家；", "zh")
    assert states_no_fact("今年国庆，对某某电子销售总监李明来说，日子并不轻松。", "zh")
    # a frame with a result or a decision in it is news all the same
    assert not states_no_fact("对公司来说，今年净利润大幅增长。", "zh")
    text = ("今年国庆，对某某电子销售总监李明来说，日子并不轻松。"
            "“订单太多了，我们只能加班加点。”李明说。"
            "有业内人士表示，近几个月来，背板企业的订单量普遍增长了五成。"
            "曾几何时，国内做光伏背板的企业有上百家；"
            "如今，背板规模企业只剩十来家。"
            "随着光伏装机回暖，这些留下来的背板企业正迎来新的机会。")
    shown = [s.text for s in analyze(text, max_sentences=3).sentences]
    assert not any(s.startswith(("今年国庆", "曾几何时")) for s in shown)


def test_a_stake_bought_by_issuing_shares_is_a_company_action() -> None:
    from summarizer.actions_zh import states_company_action_zh

    deal = "2024年3月5日，公司发布交易预案，拟通过发行股份方式分别购买甲集团、乙资本持有的丙科技60.5%和39.5%的股权。"
    assert states_company_action_zh(deal, "zh")
    assert not states_company_action_zh("公司使用闲置资金购买理财产品，收益率为3.2%。", "zh")
    text = ("事件描述\n\n公司发布2024年一季报，实现收入18.2亿元，同比+9.0%，归属净利润2.1亿元，同比+3.4%。\n\n事件评论\n\n"
            "受产品价格下滑影响，一季度公司毛利率为22.3%，同比减少3.1pct。"
            "公司费用管控能力逐步增强，一季度期间费用率为12.2%，同比减少2.5pct。"
            "橡胶制品、新材料价值量提升，价格分别同比增长8.9%、1.3%。"
            "研发支出达到1.15亿元，较去年同期增长2.7%，研发投入占营业总收入比为6.3%。"
            "氟化工领域，3000吨/年树脂项目于2023年年底建成投产，逐步放量；"
            "电子化学品领域，新建2000吨/年电子气体项目全部建成投产，新增产能逐步放量。\n\n"
            + deal + "本次交易完成后，公司将置入盈利能力较强的优质资产，提升公司的盈利能力。\n\n"
            "公司是技术领先的新材料平台型企业，预计公司2024-2026年归属净利润分别为10.6、12.4和14.8亿元，维持买入评级。")
    shown = [s.text for s in analyze(text, max_sentences=3).sentences]
    assert any("丙科技" in s for s in shown)


def test_a_result_against_its_target_is_a_point() -> None:
    met = "分产品来看，饮料实现收入12.56亿元，同比增长13.2%，公司完成了2023年度“饮料收入同比+12%，扣非净利润同比+12%”的目标。"
    plain = "分产品来看，饮料实现收入12.56亿元，同比增长13.2%。"
    assert news_value(met, "zh") > news_value(plain, "zh")
    # a policy goal is no result against a target
    assert news_value("要积极稳妥推动实现碳达峰碳中和目标，为实现第二个百年奋斗目标作出应有贡献。", "zh") < 2.0
    text = ("事件描述\n\n公司晚间披露年报，公司2023年营业收入15.12亿元，同比增长9.1%；净利润2.15亿元，同比下降2.4%。\n\n"
            "事件点评\n\n2023年公司实现营业收入15.12亿元，同比+9.1%；归母净利润2.15亿元，同比下降2.4%，扣非后归母净利润为"
            "1.95亿元，同比+12.3%。" + met + "其中2023年果汁实现收入8.42亿元，同比+7.9%；茶饮实现收入2.15亿元，同比+25.6%。"
            "公司2023年销售净利率为14.2%，同比减少1.7pct，主要是2022年资产处置收益导致利润基数偏高。"
            "在渠道改革与产能扩张的共同驱动下，公司未来有望持续增长。")
    shown = [s.text for s in analyze(text, max_sentences=3).sentences]
    assert any("完成了2023年度" in s for s in shown)


RESULTS_WITH_SLASHES = ("公司2024年前三季度实现营业收入3.85亿元/+8.21%，归属净利润6682.13万元/-18.42%，净利率17.36%/-5.10pcts，"
                        "扣非归属净利润5391.27万元/-16.05%，经营性现金流量净额7240.66万元/+42.18%；")


def test_a_results_line_with_its_changes_after_slashes_is_no_listing() -> None:
    assert figure_count(RESULTS_WITH_SLASHES) == 10
    assert not is_listing(RESULTS_WITH_SLASHES)
    # a series of changes, or of amounts, is still what it was
    assert is_listing("24Q4，公司实现营业总收入/归母净利润/扣非净利润分别为54亿元/2.9亿元/2.1亿元，同比-12%/-11%/-17%。")
    text = ("中长期来看，新国标落地+替代需求驱动产品放量可期，品类拓展+领域延伸打开成长空间。"
            "给予公司2025年30xPE，对应目标价42元，维持“买入”评级。\n\n" + RESULTS_WITH_SLASHES +
            "3Q24单季度实现营业收入1.32亿元/+12.62%。\n\n"
            "产品结构、客户结构变化导致毛利率下滑：2024年前三季度，公司毛利率为41.88%/-6.43pcts；"
            "3Q24单季，公司毛利率为40.91%/-5.32pcts。"
            "3Q24，公司研发费用增至1066.37万元/+89.55%，显示公司持续加力研发，扩充研发团队规模。"
            "公司销售费用率小幅上行，系公司新组建业务团队，加大投入新领域。")
    shown = [s.text for s in analyze(text, max_sentences=3).sentences]
    assert any("3.85亿元" in s for s in shown)
