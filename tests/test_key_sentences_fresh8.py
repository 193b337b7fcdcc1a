"""Key-sentence classes found in the eighth real-text round (fresh8); sentences written for the test."""

from __future__ import annotations

from summarizer.actions_zh import states_company_action_zh
from summarizer.roles import news_value
from summarizer.roles import statements
from tests.summary_helpers import shown_sentences


PLANNED = "2024年2月20日，公司公告控股子公司签署收购意向书，星云数据拟收购某某网络旗下“快投APP”的相关资产和人员，包括源代码、用户和技术团队。"


def test_a_planned_purchase_without_its_price_is_the_companys_act() -> None:
    assert states_company_action_zh(PLANNED, "zh")
    assert states_company_action_zh("公司拟以现金收购甲公司持有的乙科技全部股权。", "zh")
    # a purchase of wealth products, or a comment on a past acquisition, is no act
    assert not states_company_action_zh("公司拟使用闲置资金购买理财产品。", "zh")
    assert not states_company_action_zh("此次收购有利于公司完善产业链布局。", "zh")


def test_a_planned_purchase_is_shown_before_a_second_line_on_a_grant() -> None:
    text = ("公司于2024年1月10日公告，收购的上海某某信息技术有限公司60%股权完成工商变更登记。"
            "该收购是公司向金融信息服务转型的重要一步。"
            "上海某某成立于2005年，是国内较早的金融资讯服务商，为券商和基金提供数据终端与投研平台服务。"
            + PLANNED +
            "快投是一款面向个人投资者的移动应用，据官网显示，累计注册用户超过600万。"
            "公司在银行自助设备领域也有布局，其研发的智能柜员机已在多家城商行试点。"
            "本激励计划拟向激励对象授予限制性股票总计1200.00万股，占公司股本总额20100.00万股的5.97%。"
            "激励计划首次授予部分限制性股票的授予价格为15.20元/股。")
    assert any("快投APP" in s for s in shown_sentences(text))


def test_a_return_with_its_figure_is_a_result() -> None:
    line = "从业绩表现来看，随着国际油价高位运行，能源类基金成为去年的大赢家，多只产品全年收益率在40%以上。"
    assert news_value(line, "zh") > 2.0
    assert news_value("从产品类型来看，能源类基金占比在40%以上。", "zh") == 1.0
    text = ("在刚刚过去的2023年，投资海外的基金规模持续增长。"
            "某某数据显示，截至去年四季度末，海外基金规模为3120亿元，相较于2022年年末的1850.5亿元大幅增加1270亿元。"
            + line +
            "此外，投资日本、印度、欧洲等股市的基金也为投资者交上了满意的答卷。"
            "在多位基金经理看来，虽然今年开年以来全球股市波动加大，但日本、印度等海外市场仍存在较好的投资机会。")
    assert any("收益率在40%以上" in s for s in shown_sentences(text))


def test_a_part_that_opens_with_a_plan_is_a_statement_of_its_own() -> None:
    parts = ["2023年业绩增速-35%因计提减值及汇兑损失增加等因素；", "公司拟整合集团优质工程资产进一步增强竞争力。",
             "营收120.5亿元；", "归母净利润6.1亿元。"]
    group = statements(parts, [0, 0, 0, 0])
    assert group[0] != group[1]  # the plan is a fact of its own
    assert group[2] == group[3]  # revenue and profit stay one statement


def test_a_plan_after_the_results_in_one_statement_is_shown() -> None:
    text = ("2023年业绩增速-35%因计提减值及汇兑损失增加等因素；公司拟整合集团优质工程资产进一步增强竞争力，积极推进运维服务等。"
            "维持增持。"
            "公司2023年营收120.5亿元(-6.2%)、归母净利6.1亿元(-35%)低于预期因减值与汇兑损失增加。"
            "考虑公司为国内工程服务龙头、整合集团优质资产且推进运维服务，维持预测2024-25年EPS为0.85/0.96元，维持增持。"
            "1)2023年单季度营收增速-20/-11/12/-8%；"
            "2)毛利率15.2%(-0.7pct)，净利率5.1%(-1.4pct)；"
            "3)其中汇兑损失1.8亿元(2022年-0.4亿元)；"
            "4)计提减值损失合计2.5亿元(2022年0.31亿元)。"
            "1)积极推进与集团兄弟单位的合作项目，深入推进属地化经营；"
            "2)运维服务领域在境外运维保产20条生产线；"
            "3)拟整合集团优质工程资产增强竞争力。")
    assert any(s.startswith("公司拟整合集团优质工程资产") for s in shown_sentences(text))


def test_timed_parts_of_an_event_sequence_are_statements_of_their_own() -> None:
    parts = ["某钢股份公告，8日7:40左右，检修人员发现炼钢厂除尘系统B仓出现异常漏灰；", "8:55左右，5名作业人员前往现场抢修；",
             "9:20左右，B仓下部突然开裂，约40吨粉尘喷出，其中2人经抢救无效死亡；"]
    group = statements(parts, [0, 0, 0])
    assert len(set(group)) == 3
    text = ("".join(parts) + "其余人员在医院医治，生命体征平稳。"
            "事故发生后，公司立即启动应急预案，暂停事故相关除尘系统。"
            "暂停事故相关除尘系统对公司生产影响较小，主要通过调整生产节奏化解。"
            "目前，事故原因正在调查中。")
    assert any("2人经抢救无效死亡" in s for s in shown_sentences(text))
