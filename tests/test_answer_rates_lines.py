"""/ask on classes met in a fourth unseen round: a capitalised opening word that is a
company named elsewhere, a breakdown's line taken for the whole, an operating loss taken
for the net loss, benchmark rates and their tenors, a head count answered by a share, a
size asked with 多大, rate cuts asked as changes. Our own sentences."""

from __future__ import annotations

from summarizer.answer.changes import asks_change
from summarizer.answer.text import fold
from tests.ask_helpers import ask, first, library

DEAL = library("dl", "Tamsin to Buy Orrel Foods for $2.1 Billion",
               "Tamsin Brands said on Tuesday it would acquire Orrel Foods for $31 per share, or about $2.1 billion.",
               "Orrel reported sales of $880 million last year, mostly from frozen desserts.",
               "Orrel shares rose 22% to $29.40, while Tamsin shares slipped 1%.")


def test_an_opening_word_named_elsewhere_in_the_article_owns_its_number() -> None:
    # "Orrel" opens its sentence, but the article names it as a company: its sales are not Tamsin's.
    assert ask("What were Tamsin's sales last year?", DEAL).abstained
    assert "$880 million" in first(ask("What were Orrel's sales last year?", DEAL))
    assert ask("What is the share price of Tamsin?", DEAL).abstained


def test_a_line_of_a_breakdown_is_not_the_whole_company() -> None:
    hk = library("hk", "恒茂集团公布中期业绩",
                 "恒茂集团公布截至2026年6月30日止六个月的中期业绩。",
                 "分业务看，餐饮服务收益为8.6亿港元，占总收益的41.0%；",
                 "期内集团收益为20.98亿港元，按年增长9.5%。",
                 "团餐服务收益增长15.2%至5.1亿港元。")
    found = ask("恒茂集团上半年收益是多少？", hk)
    assert "20.98亿港元" in first(found) and found.sentences[0].highlighted == "20.98亿港元"
    lines = library("hk2", "恒茂集团公布中期业绩", "恒茂集团公布截至2026年6月30日止六个月的中期业绩。",
                    "分业务看，餐饮服务收益为8.6亿港元，占总收益的41.0%；", "团餐服务收益增长15.2%至5.1亿港元。")
    assert ask("恒茂集团上半年收益是多少？", lines).abstained
    # The line asked by name is answered by its own figure.
    assert "5.1亿港元" in first(ask("恒茂集团团餐服务收益是多少？", hk))


def test_an_operating_loss_is_not_a_net_loss() -> None:
    release = library("ql", "Quillon reports second quarter results",
                      "Quillon Inc. reported revenue of $96.2 million for the second quarter.",
                      "Operating loss was $7.4 million.")
    assert ask("What was Quillon's net loss in the second quarter?", release).abstained
    assert "$7.4 million" in first(ask("What was Quillon's operating loss?", release))
    gaap = library("qg", "Quillon reports second quarter results", "GAAP operating loss was $7.4 million for Quillon.")
    assert "$7.4 million" in first(ask("What was Quillon's operating loss?", gaap))


RATES = library("lp", "11月LPR下调5个基点",
                "11月贷款市场报价利率（LPR）为：1年期LPR为3.05%，5年期以上LPR为3.55%，均较上月下降5个基点。",
                "此前市场普遍预期5年期以上LPR将下调10个基点。")


def test_a_rate_asked_with_its_tenor_is_that_tenor_s_and_not_an_expectation() -> None:
    found = ask("5年期以上LPR是多少？", RATES)
    assert found.sentences[0].highlighted == "3.55%"
    assert ask("1年期LPR是多少？", RATES).sentences[0].highlighted == "3.05%"
    assert ask("3年期LPR是多少？", RATES).abstained


def test_rate_cuts_are_asked_as_changes() -> None:
    assert asks_change(fold("LPR下调了多少？")) and asks_change(fold("利率上调了多少？"))
    assert not asks_change(fold("LPR是多少？"))


def test_a_head_count_is_not_a_share_and_a_size_asks_for_a_number() -> None:
    staff = library("yx", "远星软件：员工总数2100人",
                    "远星软件员工总数约2100人，其中技术人员占比约60%。",
                    "资产质量方面，公司应收账款周转良好。",
                    "截至年末，远星软件总资产达到58.4亿元。")
    assert ask("远星软件技术人员有多少人？", staff).abstained
    assert "2100人" in first(ask("远星软件有多少员工？", staff))
    found = ask("远星软件总资产规模多大？", staff)
    assert "58.4亿元" in first(found)


def test_the_level_before_a_cut_is_answered_only_by_a_starting_figure() -> None:
    assert ask("下调前1年期LPR是多少？", RATES).abstained
    before = library("lb", "存款利率下调", "1年期定期存款利率由1.45%下调至1.35%。")
    assert "1.45%" in first(ask("下调前1年期定期存款利率是多少？", before))


def test_a_price_asked_is_not_a_premium() -> None:
    offer = library("of", "Brevik agrees Tolland deal",
                    "Brevik Group said it had agreed to acquire Tolland for about $900 million.",
                    "The offer represents a premium of 33% to Tolland's last close.")
    assert ask("What price per share is Brevik offering?", offer).abstained


SAAS = library("sa", "Pellion Reports Second Quarter Fiscal 2027 Results",
               "AUSTIN, Texas, Sept. 2, 2026 -- Pellion Cloud, Inc. today announced results for its second quarter.",
               "Total revenue was $88.4 million, up 17% year over year.",
               "Annual recurring revenue reached $402 million, up 21% year over year.",
               "Net revenue retention rate was 112%.")


def test_a_release_dateline_without_a_wire_does_not_own_the_release() -> None:
    found = ask("What was Pellion's total revenue in the second quarter?", SAAS)
    assert found.sentences[0].highlighted == "$88.4 million"


def test_recurring_revenue_and_retention_are_not_revenue() -> None:
    assert ask("How much annual recurring revenue does Pellion have?", SAAS).sentences[0].highlighted == "$402 million"
    assert ask("What is Pellion's net revenue retention rate?", SAAS).sentences[0].highlighted == "112%"
    only_arr = library("sb", "Pellion update", "Pellion Cloud said annual recurring revenue reached $402 million.")
    assert ask("What was Pellion's revenue?", only_arr).abstained


def test_a_developer_s_contracted_sales_answer_sales_but_not_revenue() -> None:
    dev = library("dv", "岚山置业10月销售简报",
                  "2026年10月，岚山置业实现合同销售金额88.6亿元，同比下降5.2%；合同销售面积61.3万平方米。")
    assert ask("岚山置业10月销售额是多少？", dev).sentences[0].highlighted == "88.6亿元"
    assert ask("岚山置业10月销售额比去年下降了多少？", dev).sentences[0].highlighted == "5.2%"
    assert ask("岚山置业10月营收是多少？", dev).abstained


def test_hong_kong_attributable_profit_and_eps_wording() -> None:
    hk = library("hz", "恒茂集团公布中期业绩",
                 "恒茂集团公布中期业绩，每股基本盈利为18.6港仙。",
                 "公司拥有人应占溢利为3.05亿港元，按年上升7.2%。")
    found = ask("恒茂集团股东应占净利润是多少？", hk)
    assert found.sentences[0].highlighted == "3.05亿港元"


def test_bank_ratios_under_their_short_names_and_a_change_on_the_half_year() -> None:
    bank = library("bk", "临川银行三季报",
                   "截至9月末，临川银行不良贷款率为1.21%，较年初下降0.02个百分点。",
                   "前三季度净息差为1.64%，较上半年下降2个基点，较去年同期下降11个基点。")
    assert ask("临川银行不良率是多少？", bank).sentences[0].highlighted == "1.21%"
    assert ask("临川银行净息差同比下降了多少？", bank).sentences[0].highlighted == "11个基点"


def test_a_view_on_a_price_war_is_not_a_deal_and_a_total_payout_is_not_per_share() -> None:
    talk = library("tk", "专访岭峰电器董事长",
                   "谈到价格竞争，岭峰电器董事长郑毅说：“价格战会持续一段时间，我们不跟。”",
                   "岭峰电器董事会宣派末期股息每股0.3元，派息总额约2.4亿元。")
    assert "价格战" in first(ask("郑毅对价格战怎么看？", talk))
    assert ask("岭峰电器控股派息总额是多少？", talk).sentences[0].highlighted == "2.4亿元"


def test_a_view_on_a_topic_needs_the_topic_and_the_speaker() -> None:
    insurer = library("in", "宁岳保险三季报",
                      "宁岳保险前三季度年化总投资收益率为3.9%。",
                      "公司总经理韩松表示，明年将继续推进代理人渠道改革。")
    assert ask("韩松对投资收益怎么看？", insurer).abstained
    assert "渠道改革" in first(ask("韩松对渠道改革怎么看？", insurer))


def test_a_market_of_the_company_is_a_part_and_net_interest_income_is_not_the_margin() -> None:
    cars = library("cz", "岳川汽车11月交付新车",
                   "此外，岳川汽车海外市场11月交付2310辆。",
                   "岳川汽车12月1日公布，11月共交付新车40562辆，同比增长21.4%。")
    assert ask("岳川汽车11月交付了多少辆？", cars).sentences[0].highlighted == "40562辆"
    bank = library("hb", "Calloway Bank results",
                   "Calloway Bank's net interest margin was 2.88%, up 3 basis points from the second quarter.")
    assert ask("What was Calloway Bank's net interest income?", bank).abstained
    assert ask("How much did Calloway Bank's net interest margin rise year over year?", bank).abstained


def test_a_bank_s_core_tier_one_ratio_is_its_own_measure() -> None:
    bank = library("ct", "Calloway Bank results",
                   "Calloway Bank's common equity tier 1 ratio stood at 13.8% at the end of September.",
                   "Its total capital ratio was 17.2%.")
    assert ask("What is Calloway Bank's common equity tier 1 ratio?", bank).sentences[0].highlighted == "13.8%"
    zh = library("cz2", "临川银行三季报", "截至9月末，临川银行核心一级资本充足率为10.62%，资本充足率为14.30%。")
    assert ask("临川银行核心一级资本充足率是多少？", zh).sentences[0].highlighted == "10.62%"
