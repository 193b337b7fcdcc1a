"""Key-sentence classes found in the fourteenth real-text round (fresh14); sentences written for the test."""

from __future__ import annotations

from summarizer import analyze
from summarizer.guidance import states_guidance
from summarizer.market_size_zh import sizes_market
from summarizer.openers import attended
from summarizer.roles import news_value, states_no_fact


def test_the_companys_own_forecast_stated_with_yuce_is_guidance() -> None:
    assert states_guidance("公司谨慎预测2024年全年营收为32-38亿元，2025年营收同比增长40%以上。", "zh")
    assert states_guidance("公司预测2024年实现归母净利润2.1-2.5亿元。", "zh")
    # The analyst's forecast, and the analyst's changed forecast of the company, are not the company's word.
    assert not states_guidance("我们上调公司盈利预测，预计2024-2026年归母净利润分别为2.1/2.6/3.0亿元。", "zh")
    assert not states_guidance("维持公司业绩预测，预计2024年营收35亿元。", "zh")
    assert not states_guidance("我们预测2024-2026年公司营收分别为32/38/45亿元。", "zh")


def test_a_notes_company_forecast_outranks_a_quarters_margin() -> None:
    text = ("上半年实现归母净利润1.6亿元，同比+4.1%。"
            "其中，公司第二季度实现营收9.8亿元，同比+11.2%；实现归母净利润0.8亿元，同比+6.0%，符合市场预期。"
            "公司积极推进平台化战略，向具备同步研发和模块化供货能力的系统供应商迈进。"
            "公司谨慎预测2024年全年营收为32-38亿元，2025年营收同比增长40%以上。"
            "维持2024年EPS预测0.52元，维持“买入”评级。"
            "2024Q2，公司毛利率为22.3%，同比下滑0.9pct，环比下滑1.8pct，主要系原材料涨价；"
            "费用率为13.2%，同比下降0.4pct。"
            "公司与多家新势力车企开展合作，单车配套价值不断提升。"
            "风险因素：汽车销量不及预期；原材料价格波动。")
    shown = [s.text for s in analyze(text, max_sentences=3).sentences]
    assert any("公司谨慎预测2024年全年营收" in s for s in shown)


def test_who_attended_a_meeting_and_spoke_states_no_fact() -> None:
    assert attended("市发展改革委、市财政局有关负责同志出席会议并分别介绍各领域重点工作安排。")
    assert attended("全市27家商业银行分管负责人参加会议，4家银行作交流发言。")
    assert states_no_fact("市发展改革委、市财政局有关负责同志出席会议并分别介绍各领域重点工作安排。", "zh")
    assert states_no_fact("全市27家商业银行分管负责人参加会议，4家银行作交流发言。", "zh")
    # What was announced at the meeting, and a count of entrants that is the news, stay facts.
    assert not attended("公司董事长出席会议并宣布回购10亿元。")
    assert not attended("今年共有3万名选手参加。")


def test_a_meeting_flash_shows_what_the_meeting_asked_not_who_attended() -> None:
    text = ("2024年3月5日，人民银行某省分行以视频形式召开2024年全省货币信贷工作会议。"
            "省发展改革委、省财政厅、省工业和信息化厅有关负责同志出席会议并分别介绍各领域重点工作安排。"
            "全省27家商业银行分管信贷业务负责人参加会议，4家银行作交流发言。"
            "会议要求，加大对制造业和小微企业的信贷支持力度。"
            "坚持稳字当头，引导金融机构合理让利，推动企业综合融资成本稳中有降，更好满足实体经济合理融资需求。")
    shown = [s.text for s in analyze(text, max_sentences=3).sentences]
    assert not any("出席会议" in s or "参加会议" in s for s in shown)
    assert any("会议要求" in s for s in shown)


def test_the_markets_spending_or_total_size_is_the_markets_size() -> None:
    # fresh13's class (market_size_zh) with a word between 市场 and 规模: the whole market, no company named.
    assert sizes_market("根据IDC数据，2021年中国智慧园区市场支出规模达到158亿美元，到2024年有望超250亿美元。", "zh")
    assert sizes_market("2022年国内储能市场总规模约为420亿元。", "zh")
    assert news_value("根据IDC数据，2021年中国智慧园区市场支出规模达到158亿美元，到2024年有望超250亿美元。", "zh") <= 1.0
    # The company's own scale stays the company's news.
    assert not sizes_market("公司智慧园区业务市场规模位居行业第二，收入达12亿元。", "zh")


def test_a_notes_new_business_model_outranks_the_markets_spending() -> None:
    text = ("公司于2003年成立，20年深耕智慧园区领域。"
            "2022年11月公司宣布将推出以“无人巡检+AIoT”技术为核心的园区运营机器人，商业模式迎来重要改变。"
            "2008-2021年收入复合增速超25%；经营性净现金流连续三年高于净利润。"
            "根据IDC数据，2021年中国智慧园区市场支出规模达到158亿美元，到2024年有望超250亿美元，2021-2024年复合增速超过16%。"
            "在政策指引下，智慧园区的重点已经由建设转向运营。"
            "公司已覆盖300多个园区，很多项目已持续服务十年以上，为布局运营奠定了重要基础。"
            "“无人巡检+运营”推动公司由项目制向SaaS模式转变。"
            "公司运营业务未来空间测算：公司相关年度需求保守/中性/乐观估计达到15/31/60亿元，运营业务的拓展将打开公司成长新空间。")
    shown = [s.text for s in analyze(text, max_sentences=3).sentences]
    assert not any("市场支出规模" in s for s in shown)
