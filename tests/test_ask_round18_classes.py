"""/ask classes found by the eighteenth blind round, each on made-up text.

A product line's 营收 ("环保纸塑产品营收…至6.91亿元", "其中纸制精品包装2021年营收…") answered "公司2021年营收"; a sum
written right after its number ("剩余1900万美元订单") answered for the 扣非净利润 named a clause before it; a fraction
("仅占营收1/6") answered "营收是多少"; 2月1日's report answered 2月2日; imported cases answered 新增无症状感染者;
minutes played answered a score; a CAGR answered a market's size; in "2019/23年…178/273亿元" 2023 was shown the 178;
and "目标价均值" was answered by a single target next to a peers' PE mean. Its holdout's one run then found a net margin
(归母净利率) answering net profit's growth and Kentucky's margin answering Virginia's. Tests marked "a guard" pass before
and after: they keep what the fixes could have broken.
"""

from __future__ import annotations

from tests.ask_helpers import ask, library

PACKAGING = library("pack", None,
                    "2021年公司营收同增20.15%至88.40亿元，归母净利润同比下降6.30%至7.12亿元。",
                    "其中彩盒包装2021年营收同增18.20%至61.30亿元，毛利率同比下滑3.10pct至22.40%；",
                    "此外公司加大环保投入，2021年环保餐具产品营收同增55.10%至4.27亿元，毛利率为25.60%。")


def test_a_product_line_revenue_is_not_the_company_revenue() -> None:
    found = ask("公司2021年营收是多少？", PACKAGING)
    assert [s.highlighted for s in found.sentences] == ["88.40亿元"]
    assert ask("公司2021年营收同比增速是多少？", PACKAGING).sentences[0].highlighted == "20.15%"
    # The line asked by name still answers.
    assert ask("彩盒包装2021年营收是多少？", PACKAGING).sentences[0].highlighted == "61.30亿元"


DEAL = library("deal", None,
               "星岩医疗公告，子公司与海外客户签订检测试剂销售合同，总订单金额为3000万美元。",
               "首期订单合同价格为150万美元，预计产生的净利润超过公司2020年度扣非净利润的40%，但剩余2850万美元订单存在不继续采购的风险。")


def test_a_sum_named_after_its_number_is_not_the_metric_before() -> None:
    assert ask("星岩医疗2020年扣非净利润是多少？", DEAL).abstained
    assert ask("星岩医疗订单总金额是多少？", DEAL).sentences[0].highlighted == "3000万美元"


TURF = library("turf", None,
               "公司是全球运动地坪龙头，2021年营收12.60亿元。",
               "海外地坪系统供应商：运动地坪销售仅占营收1/5，通过增值服务逐步扩张。",
               "据行业协会预测，2019/24年全球运动地坪市场规模150/236亿元，20-24年CAGR或达9%；",
               "受益于政策鼓励，2020/25年我国运动地坪市场空间或达18/31亿元，21-25年CAGR11%。",
               "我们给予公司21年30xPE，可比公司PE均值28x，目标价30.10元；绝对估值目标价33.50元。",
               "取目标价均值31.80元，首次覆盖给予买入评级。")


def test_a_fraction_is_a_share_not_an_amount() -> None:
    peers = library("peers", None, "公司是全球运动地坪龙头，产品销往欧美。",
                    "海外地坪系统供应商：运动地坪销售仅占营收1/5，通过1）在增值服务上发力，逐步搭建服务体系；")
    assert ask("公司营收是多少？", peers).abstained
    assert ask("公司2020年营收是多少？", TURF).abstained


def test_a_compound_rate_is_not_a_size() -> None:
    assert ask("2023年我国运动地坪市场空间是多少？", TURF).abstained


def test_years_and_values_joined_by_slashes_pair_up() -> None:
    assert ask("2024年全球运动地坪市场规模预计多少？", TURF).sentences[0].highlighted == "236亿元"
    assert ask("2025年我国运动地坪市场空间有多大？", TURF).sentences[0].highlighted == "31亿元"


def test_a_mean_asked_is_the_mean_stated() -> None:
    found = ask("公司目标价均值是多少？", TURF)
    assert found.sentences[0].highlighted == "31.80元"


CASES = library("cases", None,
                "3月5日0—24时，全省报告新增确诊病例41例。",
                "其中境外输入病例12例（甲市7例，乙市5例），含3例由无症状感染者转为确诊病例；本土病例29例。")


def test_a_day_asked_is_that_day() -> None:
    assert ask("3月5日新增确诊病例多少例？", CASES).sentences[0].highlighted.startswith("41")
    assert ask("3月6日新增确诊病例多少？", CASES).abstained


def test_a_count_counts_the_thing_named_before_it() -> None:
    assert ask("3月5日新增无症状感染者多少例？", CASES).abstained
    found = ask("3月5日新增确诊病例多少例？", CASES)
    assert [s.highlighted[:2] for s in found.sentences] == ["41"]


GAME = library("game", None, "北京时间4月2日，雄鹰队118-104战胜猎豹队。",
               "王力全场出战33分钟，19中8得到21分7助攻。")


def test_a_score_is_not_minutes_played() -> None:
    found = ask("王力全场得了多少分？", GAME)
    assert found.sentences[0].highlighted.startswith("21")


JOINT = library("joint", None,
                "早在2019年初，东岚石化与北陆工业集团曾签订协议设立华锦阿美化工，总投资额超80亿美元，其中沙特阿美持股比例为35%。")


def test_a_name_jieba_cuts_in_two_is_one_owner() -> None:
    # 阿美 of 沙特阿美 is not the 阿美 of the asked 华锦阿美, and "阿美的持股" names no 美的 (Midea).
    assert ask("北陆工业集团在华锦阿美的持股比例是多少？", JOINT).abstained
    found = ask("沙特阿美在华锦阿美的持股比例是多少？", JOINT)
    assert found.sentences[0].highlighted == "35%"


def test_a_month_range_is_named_as_months() -> None:
    from summarizer.answer.periods import part_label
    assert part_label("M1-7", "zh") == "1-7月"
    assert part_label("M1-7", "en") == "January-July"


MACHINES = library("machines", None, "工程机械快速复苏，今年2季度挖掘机销量同比高增58.20%；")


def test_high_growth_is_a_change() -> None:
    assert ask("今年2季度挖掘机销量同比增长多少？", MACHINES).sentences[0].highlighted == "58.20%"


MONTHLY = library("monthly", "宏晶电子10月营收", "宏晶电子今日公布10月合并营收为新台币52.30亿元，月增4.1%，年增12.6%。")


def test_consolidated_monthly_revenue_is_the_company_revenue() -> None:
    assert ask("宏晶电子10月营收是多少？", MONTHLY).sentences[0].highlighted.startswith("52.30")


SALES = library("sales", None, "星悦家电前三季度洗地机卖了28万台，毛利率比去年提高了1.8个百分点。")


def test_a_count_check_leaves_verbs_and_points_alone() -> None:
    # (guards: the counted-noun check reads only a noun before 多少, and 个百分点 is no count)
    assert ask("星悦家电洗地机卖了多少台？", SALES).sentences[0].highlighted.startswith("28")
    assert ask("星悦家电毛利率比去年提高了多少？", SALES).sentences[0].highlighted.startswith("1.8")


def test_an_announced_monthly_revenue_is_the_company_revenue() -> None:
    # (a guard: the words before 营收 are a report verb and the company's name, no line of business)
    found = ask("瑞晶光电科技11月营收是多少？",
                library("tw", None, "瑞晶光电科技今日公布11月营收为新台币31.7亿元，月减2.3%，年增15.1%；"))
    assert found.sentences[0].highlighted.startswith("31.7")


def test_a_guided_quarter_revenue_is_the_company_revenue() -> None:
    # (a guard: "公司预计第四季度营收" narrows nothing; 第 belongs to the quarter)
    found = ask("青岚网络第四季度营收指引是多少？",
                library("guide", None, "青岚网络股价当日下跌3.1%，原因是公司预计第四季度营收为88亿元至91亿元，低于市场预期。"))
    assert found.sentences[0].highlighted.startswith("88")


SISTERS = library("sisters", "华瑞精密10月营收",
                  "华瑞精密今日公布10月合并营收为新台币86.45亿元，月增7.8%，年增23.6%。",
                  "同集团的华瑞电子10月营收为新台币41.2亿元，年减4.3%。")


def test_a_sister_company_named_alike_is_another_company() -> None:
    # 华瑞电子 shares its first two characters with the asked 华瑞精密: its 41.2亿元 is no follow-up answer.
    found = ask("华瑞精密10月营收是多少？", SISTERS)
    assert [s.highlighted[:5] for s in found.sentences] == ["86.45"]
    assert ask("华瑞电子10月营收是多少？", SISTERS).sentences[0].highlighted.startswith("41.2")


LIQUOR = library("liquor", None,
                 "公司前三季度实现营收180亿元（+25%），归母净利润60亿元（+40%），其中Q3实现营收55亿元（+30%），归母净利润18亿元（+50%）。",
                 "公司Q3归母净利率为32.70%同比上升3.90pct，主要得益于产品结构升级。")


def test_a_net_margin_is_not_net_profit() -> None:
    # (found by the ask18 holdout's one run) 归母净利率 is a margin: its move is no growth of 归母净利润.
    found = ask("公司Q3归母净利润同比增长多少？", LIQUOR)
    assert [s.highlighted for s in found.sentences][:1] == ["50%"]
    assert all("净利率" not in s.text for s in found.sentences)
    assert ask("公司Q3归母净利率是多少？", LIQUOR).sentences[0].highlighted == "32.70%"


RACES = library("races", "Off-year elections",
                "Ohio Democrats won a legislative majority for the first time since 1993.",
                "Texas Democrats beat the incumbent governor in a state Senator Reyes won by 25 points in 2016.")


def test_a_sentence_opening_with_another_name_is_that_name_s() -> None:
    # (found by the ask18 holdout's one run) Texas's margin is no answer for Ohio, named only the sentence before.
    assert ask("By how many points did Reyes win Ohio in 2016?", RACES).abstained
    assert ask("By how many points did Reyes win Texas in 2016?", RACES).sentences[0].highlighted.startswith("25")
