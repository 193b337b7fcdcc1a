"""Key-sentence classes found in the tenth real-text round (fresh10); sentences written for the test."""

from __future__ import annotations

from summarizer.roles import news_value
from tests.summary_helpers import shown_sentences


BIRTHS = "2023年，全省出生人口41.2万人，人口出生率为6.35‰；"
DEATHS = "死亡人口47.8万人，人口死亡率为7.37‰；"


def test_the_years_births_are_a_result_like_its_deaths() -> None:
    assert news_value(BIRTHS, "zh") == news_value(DEATHS, "zh") > 2.0
    # a birth without its figure is none
    assert news_value("出生人口的变化受多方面因素影响。", "zh") == 1.0


def test_a_population_flash_shows_its_births_beside_the_change() -> None:
    text = ("统计公报显示，2023年全省常住人口减少6.6万人。" + BIRTHS + DEATHS + "人口自然增长率为-1.02‰。"
            "从人口自然增长率来看，全省人口已连续两年负增长。"
            "省人口学会副会长表示，2023年全省人口减少6.6万人，老龄化程度进一步加深，未来几年人口或将继续减少。"
            "“育龄妇女人数下降是出生人口减少的主要原因。”他说。")
    assert any("出生人口41.2万人" in s for s in shown_sentences(text))


TARGET = "公司经营目标为2025年销量320万台（+8%），预计营业总收入4200亿元（+9%），营业成本3650亿元（+9%）。"


def test_a_companys_own_guidance_is_told_like_a_next_step() -> None:
    from summarizer.guidance import states_guidance

    for line in (TARGET, "公司预计2024Q1归母净利润5-6亿元，同比增加120%-165%。",
                 "公司预计2023年实现扣非归母净利润3.1亿元-3.6亿元，而上年同期亏损。"):
        assert states_guidance(line, "zh"), line
        assert news_value(line, "zh") > 3.0, line
    # the analyst's forecast, a subsidy's effect, or guidance without a figure: none
    for line in ("预计2024-2026年归母净利润8.1/9.7/11.2亿元，维持“买入”评级。", "公司预计增加2023年度税后利润1.85亿元。",
                 "公司预计全年收入保持稳健增长。"):
        assert not states_guidance(line, "zh"), line


def test_a_note_shows_the_companys_target_for_the_year() -> None:
    text = "\n".join([
        "事项：公司发布2024年年报，2024年公司实现营业总收入3850亿元（-6%）；实现归母净利润92亿元（-15%）。",
        "集团销售296万台（-5%），其中合资品牌销售121万台（-14%），自主品牌销售175万台（+2%）。"
        "2024年集团整车收入3120亿元（-7%），投资收益85亿元，其中合资企业贡献投资收益41亿元（-30%）。",
        "自主品牌2024年销售175万台（+2%），海外销量48.6万台。"
        "剔除投资收益后，自主业务净亏损31亿元（2023年为27亿元），毛利率7.4%（2023年为8.8%）。",
        "新能源方面，公司2024年推出多款纯电车型，定价15-25万元，此价格带市场需求约600万辆。"
        "公司判断国内汽车行业2025年销售2950万台（+3.0%），乘用车2520万台（+4.1%）。",
        TARGET,
        "2025年新车：合资品牌将推出三款插混车型，自主品牌将推出全新中大型SUV及两款纯电轿车。",
    ])
    assert any("经营目标为2025年销量320万台" in s for s in shown_sentences(text))
