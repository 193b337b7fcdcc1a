"""Key-sentence classes found in the ninth real-text round (fresh9); sentences written for the test."""

from __future__ import annotations

from summarizer.expenses_zh import states_expense
from summarizer.firsts_zh import states_first
from summarizer.roles import news_value
from tests.summary_helpers import shown_sentences


DELIVERED = "2022年9月18日公司成功交付4套全自动槽式清洗设备至客户进行批量生产。"


def test_a_delivery_or_new_contracts_with_its_figure_is_a_result() -> None:
    assert news_value(DELIVERED, "zh") > 2.0
    assert news_value("2023年公司新签订单158亿元，同比增长21%。", "zh") > 2.0
    # without a figure it is no result
    assert news_value("公司产品已实现批量交付。", "zh") == 1.0


def test_a_delivery_is_shown_before_an_outlook_line() -> None:
    text = "\n".join([
        "苏州TOPCon中试线首片下线，公司电池设备进展将提速",
        "据公司官方微博，8月15日，公司苏州研究院TOPCon中试线高效电池首片下线。",
        "7月1日，公司苏州TOPCon中试线第一台设备进场，历时45天全线贯通，8月15日公司获首片电池片下线。该中试线团队由来自中国、德国、韩国的行业专家组成，专业能力涵盖电池工艺全流程。",
        "在扩散环节，公司采用低压水平扩散设备。未来中试线将会验证更多技术路线的设备及工艺。预计在2023年下半年，公司将把每GW电池设备投资降到1.5亿以下，推动行业需求增长。",
        DELIVERED + "同时公司正在设计制造中的设备还包含用于第三代化合物半导体的槽式清洗设备。公司将以平台化布局，有望从光伏装备领域向半导体行业拓展延伸。",
        "盈利预测：预计2022-2024年归母净利润8.1/11.5/15.2亿元，同比增长60%/42%/32%，对应PE为45/32/24倍。维持“买入”评级。",
    ])
    assert any("成功交付4套" in s for s in shown_sentences(text))


def test_an_expense_line_is_no_result() -> None:
    for line in ("2023年公司研发投入0.85亿元，同比增长12.5%；", "销售费用率下降1.2pct至15.3%，管理费用率略有下降。",
                 "研发费用为4.36亿元（同比+38.2%），研发费用率达到8.9%。", "管理费用 2365.18 万元，同比增长 18.6%；",
                 "2022年公司研发投入3.15亿元，同比+22.4%，占营业收入比例上升至11.2%；"):
        assert states_expense(line, "zh"), line
        assert news_value(line, "zh") == 1.0, line
    # the profit or loss the costs explain, a gross margin, a cost without its figure: not an expense line
    for line in ("人员增加导致的费用增长是亏损扩大的主要原因，其中销售费用同比增长60%。",
                 "归母净利润下降至-1.2亿元，主要系研发费用支出高达2.5亿元所致。",
                 "毛利率为35.2%，期间费用率为12.1%。", "公司持续优化各项可控费用。"):
        assert not states_expense(line, "zh"), line
    assert not states_expense("R&D expenses rose 12% to $85 million.", "en")


def test_a_note_shows_a_segment_before_its_research_spending() -> None:
    text = "\n".join([
        "2023年公司实现营收12.46亿，同比下降15.32%；"
        "归母净利润0.82亿，同比增加38.15%；"
        "综合毛利率26.41%，同比提升5.02pct。"
        "全年下游消费电子市场相对疲软，公司收入受到一定影响，公司通过资源整合与市场开拓，产品结构进一步优化。",
        "归母净利润0.25亿，同比下降18.40%，环比提升152.30%；2024Q1公司的产品结构持续优化，毛利率水平也在实现环比提升。",
        "2023年公司研发投入0.71亿，同比增长10.06%；研发费用率5.70%，同比提升1.31pct。公司重视研发，整合资源并加强新产品研发，专利申请数量和产品技术水平持续提升。",
        "2023年公司车载麦克风出货突破800万只，同比增长35%。车载语音较按键或触控方案能避免驾驶员分心，公司车载麦克风持续突破，获得客户高度认可。",
        "我们预计公司2024-2026年归母净利润1.25/1.86/2.53亿元，维持“买入”评级。",
    ])
    shown = shown_sentences(text)
    assert not any(s.startswith("2023年公司研发投入") for s in shown)
    assert any("车载麦克风出货突破800万只" in s for s in shown)


def test_a_first_of_its_kind_is_a_result() -> None:
    for line in ("参股公司成功研制全球首台兆瓦级超导感应加热设备，已与多家企业深度接洽。",
                 "由我国自主设计建造的亚洲首艘圆筒型海上平台12日离港启运。", "公司研究院中试线高效电池首片下线。",
                 "会上，公司正式发布旗下首款折叠屏手机。"):
        assert states_first(line, "zh"), line
        assert news_value(line, "zh") > 2.0, line
    # a description, a first home, a chief officer, a first time: no first of its kind
    for line in ("作为公司成立五年来的首款量产车型，该车的定位备受关注。", "多城下调首付比例，首套房最低两成。",
                 "某基金全球首席投资官：张某某", "专家介绍国内首次在轨生态实验的进展。"):
        assert not states_first(line, "zh"), line


def test_a_note_shows_its_first_of_its_kind() -> None:
    text = "\n".join([
        "明辉光电组建于2001年，其前身是某市无线电二厂，与军方有历史渊源，陆续承接了大量国家重点航天项目。",
        "此外，公司2020年以来积极布局超导与激光产业，成立了明辉激光与明辉超导应用有限公司，加速推进技术应用于产业升级。",
        "公司作为在军工方面具有深厚底蕴的上市公司，产品分布航空、通信等行业及一系列国家重点工程，为公司带来了竞争优势。"
        "随着未来国防现代化的推进，军工电子行业面临广阔的发展空间。",
        "2020年，公司与某研究院联手设立明辉激光，新增半导体激光器产品的研发、生产和销售业务。"
        "“产业项目+研究院”的模式使得研究院的技术成果得以实现产业化，这也将成为明辉光电激光业务的重要技术优势。",
        "超导技术被喻为最具潜力的高新技术之一，从节能降耗方面来看，超导感应加热技术的意义重大。"
        "参股公司明辉超导成功研制全球首台兆瓦级超导感应加热设备，其可在电力、能源、交通等领域广泛应用，公司已就该设备与多家铝加工企业深度接洽。",
    ])
    assert any("成功研制全球首台" in s for s in shown_sentences(text))
