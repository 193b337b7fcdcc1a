"""/ask: a change on the asked basis (同比/环比), the part of a company asked about, metric
verbs (出货量, 交付, orders, subscribers), whole company names, and names in the title only.

The sample texts are ours (fictional companies and numbers)."""

from __future__ import annotations

from bot.render import text as render
from bot.render.htmltext import to_plain
from summarizer.answer import Passage
from summarizer.answer.changes import asked_basis, asks_change, basis_at, is_change
from summarizer.answer.constraints import parse_constraints
from tests.ask_helpers import ask, first, library

QUARTER = library("qiyun", "启云化工三季度净利润同比增长9%",
                  "启云化工第三季度实现营业收入512.4亿元，同比下降3.1%，环比增长5.6%。",
                  "第三季度归母净利润12.6亿元，同比增长9.2%。",
                  "前三季度累计实现营业收入1,488.2亿元，同比下降2.5%。")
SHIPMENTS = library("lanfeng", "蓝峰储能11月出货量同比增长41%",
                    "蓝峰储能11月动力电池出货量为9.2GWh，同比增长41%，环比增长3.8%。",
                    "其中储能电池出货量为2.6GWh，同比增长66%。")
ENGLISH = library("tarrow", "Tarrow Devices revenue rises 8% but slips from prior quarter",
                  "Tarrow Devices reported third-quarter revenue of $1.64 billion, up 8% year over year but down 2% "
                  "sequentially.",
                  "Net income rose 11% to $208 million.",
                  "Subscription revenue grew 19% on the same period last year.")


# --- 同比 / 环比 -------------------------------------------------------------------------


def test_the_basis_of_a_question_and_of_a_number() -> None:
    assert asked_basis("营收环比增长多少") == "seq"
    assert asked_basis("revenue growth quarter-on-quarter") == "seq"
    assert asked_basis("how much did sales rise q/q") == "seq"
    assert asked_basis("净利润同比增速") == "yoy"
    assert asked_basis("how much did revenue grow year over year") == "yoy"
    assert asked_basis("营收是多少") is None
    sentence = "营业收入512.4亿元，同比下降3.1%，环比增长5.6%。"
    assert basis_at(sentence, sentence.find("3.1%"), sentence.find("3.1%") + 4) == "yoy"
    assert basis_at(sentence, sentence.find("5.6%"), sentence.find("5.6%") + 4) == "seq"
    english = "revenue of $1.64 billion, up 8% year over year but down 2% sequentially."
    assert basis_at(english, english.find("2%"), english.find("2%") + 2) == "seq"
    assert basis_at(english, english.find("8%"), english.find("8%") + 2) == "yoy"
    ytd = "均价为7.1万元/吨，较年初下跌21%。"
    assert basis_at(ytd, ytd.find("21%"), ytd.find("21%") + 3) == "other"


def test_a_change_is_not_a_level() -> None:
    assert asks_change("启云化工营收环比增长多少") and asks_change("how much did net income grow")
    assert not asks_change("启云化工营收是多少") and not asks_change("营收增长到多少")
    level = "同比增长4.5%至851亿元"
    assert not is_change(level, level.find("851"), level.find("851") + 6)
    assert is_change(level, level.find("4.5%"), level.find("4.5%") + 4)
    rose = "net income rose 11% to $208 million."
    assert is_change(rose, rose.find("11%"), rose.find("11%") + 3)
    assert not is_change(rose, rose.find("$208"), rose.find("$208") + 12)
    listed = "q1/q2/q3/q4收入增速分别达到30.3%/44.9%/45.7%/30.8%，"
    assert is_change(listed, listed.find("30.8%"), listed.find("30.8%") + 5)


def test_a_sequential_question_gets_the_sequential_figure() -> None:
    found = ask("启云化工第三季度营收环比增长多少？", QUARTER)
    assert "环比增长5.6%" in first(found) and found.sentences[0].highlighted == "5.6%"
    found = ask("How much did Tarrow's revenue change quarter-on-quarter?", ENGLISH)
    assert found.sentences[0].highlighted == "2%"


def test_a_year_on_year_figure_does_not_answer_a_sequential_question() -> None:
    found = ask("启云化工第三季度净利润环比增长多少？", QUARTER)
    assert found.abstained and found.missing == "basis"
    assert found.asked == "环比" and found.available == ("同比",)
    assert found.nearest is not None and "9.2%" in found.nearest.text  # offered, labelled
    shown = to_plain(render.answer(found, "zh"))
    assert "只有同比的数据，没有环比的" in shown and "不是答案" in shown
    assert ask("How much did Tarrow's subscription revenue grow quarter on quarter?", ENGLISH).abstained


def test_a_change_since_the_start_of_the_year_is_neither_basis() -> None:
    prices = library("li", "本周锂盐价格", "本周电池级碳酸锂均价为7.1万元/吨，环比下跌2.2%，较年初下跌21%。")
    assert ask("碳酸锂价格同比下跌多少？", prices).abstained
    assert ask("碳酸锂均价环比下跌多少？", prices).sentences[0].highlighted == "2.2%"


def test_a_change_with_no_basis_stated_is_year_on_year_never_sequential() -> None:
    assert ask("How much did Tarrow's net income grow year over year?", ENGLISH).sentences[0].highlighted == "11%"
    assert ask("How much did Tarrow's net income grow quarter on quarter?", ENGLISH).abstained


def test_a_question_about_a_change_is_not_answered_by_a_level() -> None:
    cars = library("hx", "海星汽车11月交付1.8万辆", "海星汽车11月交付新车18,420辆，同比增长22.5%。",
                   "其中纯电车型交付量为1.1万辆，占比约60%。")
    assert ask("海星汽车纯电车型交付量同比增长多少？", cars).abstained
    assert ask("海星汽车11月交付量同比增长多少？", cars).sentences[0].highlighted == "22.5%"


# --- the part of a company ----------------------------------------------------------------

DAIRY = library("qm", "青木乳业前三季度业绩稳健",
                "青木乳业前三季度实现营业收入88.2亿元，同比增长6.1%。",
                "分业务看，液态奶业务收入55.3亿元；奶粉业务收入17.9亿元，同比增长18.2%。",
                "前三季度公司毛利率为33.9%，同比提升1.6个百分点。")
SEEDS = library("hs", "禾盛农业2025年净利润增长",
                "禾盛农业发布2025年年度报告，全年实现营业收入52.1亿元，同比增长10.4%。",
                "其中种业业务收入19.8亿元，同比增长16.5%，毛利率为44.1%。")


def test_a_segment_asked_for_is_answered_by_that_segment_only() -> None:
    assert "17.9亿元" in first(ask("青木乳业奶粉业务收入多少？", DAIRY))
    found = ask("青木乳业奶粉业务毛利率是多少？", DAIRY)
    assert found.abstained and found.missing == "scope"  # 33.9% is the group's
    assert "奶粉业务" in to_plain(render.answer(found, "zh"))
    assert ask("蓝峰储能储能电池出货量环比增长多少？", SHIPMENTS).abstained
    assert "2.6GWh" in first(ask("蓝峰储能储能电池出货量是多少？", SHIPMENTS))


def test_a_segment_figure_does_not_answer_for_the_whole_company() -> None:
    assert ask("禾盛农业的毛利率是多少？", SEEDS).abstained
    assert "33.9%" in first(ask("青木乳业前三季度毛利率多少？", DAIRY))
    automotive = library("hv", "Harrow Chips results", "Harrow Chips posted revenue of $3.2 billion.",
                         "The company's automotive segment posted revenue of $640 million.")
    assert "$640 million" in first(ask("What were Harrow's automotive sales?", automotive))
    found = ask("What was Harrow Chips' revenue?", automotive)
    assert found.sentences[0].highlighted == "$3.2 billion"


def test_a_refusal_on_scope_says_segment_only_only_of_the_company_asked() -> None:
    """"only a segment's figure, not the whole company's" is false when the name asked is itself a
    business and the figure found is a share of its customers."""
    lib = library("yx", "云岫科技三季度金融科技业务收入增长4%",
                  "云岫科技最新财报显示，第三季度云岫科技金融科技与企业服务收入同比增长4%。",
                  "云岫云的客户包括国内超60%头部游戏厂商。",
                  "云岫云负责人表示，明年将继续加大投入。")
    cloud = ask("云岫云的营收增长了多少？", lib)
    assert cloud.abstained
    said = to_plain(render.answer(cloud, "zh"))
    assert "云岫云的营收" in said and "公司整体" not in said
    company = ask("云岫科技的营收增长了多少？", lib)
    assert company.abstained and "公司整体" in to_plain(render.answer(company, "zh"))


def test_a_refusal_names_the_company_as_the_question_wrote_it() -> None:
    lib = library("tarrow", "Tarrow Devices revenue rises 8%",
                  "Tarrow Devices reported third-quarter revenue of $1.64 billion, up 8% year over year.",
                  "Rival Kestrel Labs saw its subscribers fall, the company said.")
    assert ask("How many subscribers does Kestrel Labs have?", lib).asked == "Kestrel Labs"  # not "kestrel labs"
    assert ask("What was Orbison's revenue?", lib).asked == "Orbison"


# --- metric words and verbs ---------------------------------------------------------------


def test_volumes_orders_prices_and_users_are_metrics() -> None:
    assert parse_constraints("蓝峰储能出货量是多少").metric == "volume"
    assert parse_constraints("What were Kestrel's Q3 shipments?").metric == "volume"
    assert parse_constraints("明川电气在手订单有多少").metric == "backlog"
    assert parse_constraints("明川电气新签订单多少").metric == "orders"
    assert parse_constraints("How many subscribers does Lumora have?").metric == "users"
    assert parse_constraints("碳酸锂均价是多少").metric == "price"


def test_a_verb_states_the_metric() -> None:
    cars = library("hx", "海星汽车11月交付1.8万辆", "海星汽车11月交付新车18,420辆，同比增长22.5%。")
    assert ask("海星汽车11月交付量是多少？", cars).sentences[0].highlighted == "18,420辆"
    english = library("kv", "Kavel Motors deliveries jump", "Kavel Motors delivered 61,300 vehicles in the "
                      "third quarter, up 14% from a year earlier.", "Kavel's shares fell 1.8% in early trading.")
    assert "61,300" in first(ask("What were Kavel Motors' Q3 shipments?", english))
    assert "61,300" in first(ask("How many vehicles did Kavel deliver in the third quarter?", english))


def test_backlog_is_not_new_orders() -> None:
    orders = library("mc", "明川电气前三季度新签订单", "明川电气前三季度累计新签订单166.2亿元，同比增长12.1%。",
                     "截至9月末，公司在手订单金额为398亿元。")
    assert "398亿元" in first(ask("明川电气在手订单有多少？", orders))
    assert "166.2亿元" in first(ask("明川电气前三季度新签订单多少？", orders))


def test_a_number_question_is_not_answered_by_a_sentence_without_a_number() -> None:
    media = library("lm", "Lumen Media adds subscribers", "Lumen Media said paid subscribers reached 38.5 million.",
                    "Lumen did not give a profit figure.")
    assert ask("What was Lumen's net profit?", media).abstained
    assert "38.5 million" in first(ask("How many subscribers does Lumen have?", media))


# --- names -----------------------------------------------------------------------------


def test_a_long_name_keeps_its_whole_name() -> None:
    for question, name in (("中国石化第三季度营收是多少？", "中国石化"), ("中国平安2024年净利润是多少？", "中国平安"),
                           ("中国天衡石化第三季度营收", "中国天衡石化"), ("上海明川电气在手订单有多少？", "上海明川电气"),
                           ("中国中免营收", "中国中免"), ("宁德时代出货量是多少", "宁德时代")):
        entity = parse_constraints(question).entities[0]
        assert entity.text == name and "中国" not in entity.candidates[1:] and "上海" not in entity.spellings()
    # A place followed by plain nouns is still about the place.
    assert "美国" in parse_constraints("美国工业产出增长多少").entities[0].spellings()


def test_a_company_starting_with_a_place_is_not_the_place() -> None:
    refinery = library("th", "中国天衡石化三季度业绩", "中国天衡石化第三季度实现营业收入812.6亿元，同比下降4.3%。")
    union = library("xh", "行业协会数据", "中国石油化工行业协会数据显示，10月全国成品油表观消费量同比增长1.2%。")
    assert ask("中国海川石化第三季度营收是多少？", refinery, union).abstained
    assert "812.6亿元" in first(ask("中国天衡石化第三季度营收是多少？", refinery, union))


def test_a_name_in_the_title_only_is_context() -> None:
    express = library("yh", "远帆物流：10月快递业务量同比增长19%",
                      "公司10月快递服务业务量完成15.8亿票，同比增长19.0%；快递服务单票收入为2.05元，同比下降4.2%。")
    assert "15.8亿票" in first(ask("远帆物流10月快递业务量多少？", express))
    assert ask("远帆物流单票收入同比变化多少？", express).sentences[0].highlighted == "4.2%"
    assert ask("远帆物流单票收入环比变化多少？", express).abstained


def test_a_latin_name_in_a_chinese_question_must_be_named() -> None:
    margin = library("mc", "明川电气前三季度毛利率", "明川电气前三季度毛利率为19.7%，同比提升1.3个百分点。")
    assert ask("Kestrel的毛利率是多少？", margin).abstained


# --- English sentences that open with the metric ---------------------------------------------

STREAM = library("lumen", "Lumen adds 1.9 million subscribers as ad sales climb",
                 "Software maker Lumen Media said paid subscribers reached 38.5 million at the end of September.",
                 "Turnover for the three months was €1.72 billion, up 7% on the same period last year.",
                 "Advertising revenue grew 31% to €198 million.",
                 "Average revenue per user fell 1.2% quarter on quarter to €14.90.",
                 "Gross margin was 41.3%, compared with 39.9% a year earlier.")


def test_a_sentence_opening_with_the_metric_is_about_the_article_s_company() -> None:
    # "Turnover", "Gross" at the start of a sentence are words, not other companies.
    assert "€1.72 billion" in first(ask("What were Lumen's sales for the quarter?", STREAM))
    assert "41.3%" in first(ask("What was Lumen's gross margin?", STREAM))


def test_a_comparison_after_the_number_does_not_date_it() -> None:
    quarter = library("pq", "Pellam Chips third-quarter results", "Pellam Chips reported third-quarter revenue of "
                      "$2.1 billion.", "Gross margin was 44.2%, compared with 42.8% a year earlier.")
    assert "44.2%" in first(ask("What was Pellam's gross margin in Q3?", quarter))


def test_a_product_line_or_a_per_user_figure_is_not_the_company_s() -> None:
    found = ask("How much did Lumen's turnover grow quarter on quarter?", STREAM)
    assert found.abstained  # ARPU fell quarter on quarter; turnover only year on year
    assert ask("How much did Lumen's advertising revenue grow?", STREAM).sentences[0].highlighted == "31%"
    cars = library("kv", "Kavel Motors deliveries jump",
                   "Kavel Motors delivered 61,300 vehicles in the third quarter, up 14% from a year earlier.",
                   "Deliveries of the Kavel Aster sedan totalled 22,800.")
    assert "61,300" in first(ask("What were Kavel Motors' Q3 shipments?", cars))


def test_a_forecast_word_qualifies_the_metric_and_a_year_range_covers_the_year() -> None:
    note = library("qm2", "研究报告：维持青木乳业增持评级", "青木乳业前三季度实现营业收入88.2亿元，同比增长6.1%。",
                   "我们预计公司2026-2028年归母净利润分别为9.6/11.2/12.9亿元，维持“增持”评级。")
    assert "11.2" in first(ask("青木乳业2027年归母净利润预测是多少？", note))
    assert ask("青木乳业2029年归母净利润预测是多少？", note).abstained


def test_a_listed_figure_is_the_one_of_the_year_or_quarter_asked() -> None:
    note = library("qm3", "研究报告：青木乳业", "我们预计公司2026-2028年归母净利润分别为9.6/11.2/12.9亿元。",
                   "2025年公司Q1/Q2/Q3/Q4收入增速分别为12.1%/9.8%/7.5%/15.2%。")
    assert ask("青木乳业2027年归母净利润预测是多少？", note).sentences[0].highlighted == "11.2"
    assert ask("青木乳业2028年归母净利润预测是多少？", note).sentences[0].highlighted == "12.9亿元"
    assert ask("青木乳业Q3收入增速是多少？", note).sentences[0].highlighted == "7.5%"


def test_a_period_code_is_a_period_not_a_name() -> None:
    airline = library("cv", "Corvane Air swings to loss",
                      "Corvane Air posted a first-half net loss of £72 million, against a profit a year earlier.",
                      "Revenue for the six months to June rose 4% to £2.7 billion.")
    assert "£2.7 billion" in first(ask("What was Corvane's H1 turnover?", airline))
    assert "£2.7 billion" in first(ask("How much revenue did Corvane make in H1?", airline))
    cars = library("kv2", "Kavel Motors deliveries", "Kavel Motors delivered 61,300 vehicles in the third quarter.",
                   "Deliveries of the Kavel Aster sedan totalled 22,800.")
    assert "61,300" in first(ask("How many units did Kavel ship in Q3?", cars))
    assert "22,800" in first(ask("How many Aster sedans did Kavel deliver?", cars))


def test_a_comparison_base_or_a_year_to_date_line_does_not_date_the_sentence() -> None:
    retail = library("cpca", "乘联会：11月乘用车零售",
                     "乘联会数据显示，11月狭义乘用车零售176.4万辆，同比-4.1%。今年以来累计零售1988.2万辆，同比增长3.9%。",
                     "其中，新能源车零售95.2万辆，零售渗透率53.9%，较去年同期提升8.7个百分点。")
    assert "53.9%" in first(ask("11月新能源车零售渗透率？", retail))


def test_an_opening_word_of_the_sentence_before_does_not_take_the_subject() -> None:
    rail = library("fr", "Ferrano Rail profit falls",
                   "Ferrano Rail said its net profit for the year to June fell to A$288 million.",
                   "Passenger numbers rose 3%.", "The board declared a final dividend of 8 cents a share.")
    assert "8 cents" in first(ask("What was Ferrano's final dividend?", rail))


def test_a_share_is_answered_by_a_percentage_only() -> None:
    heavy = library("td", "通恒重工获海外大单", "2026年前三季度，通恒重工营业收入为61.2亿元，同比增长8.4%；"
                    "其中海外收入20.3亿元，同比增长49%。", "海外客户订单占比已提升至23%。")
    assert ask("通恒重工海外收入占比是多少？", heavy).abstained  # 49% is a change, 20.3亿元 an amount
    assert "23%" in first(ask("通恒重工海外客户订单占比是多少？", heavy))


def test_profit_excluding_one_offs_is_not_net_profit() -> None:
    optics = library("yf", "云岫光电三季报", "云岫光电第三季度实现营收25.1亿元，同比增长11.6%；扣非净利润2.12亿元，同比增长5.9%。")
    found = ask("云岫光电第三季度归母净利润是多少？", optics)
    assert found.abstained and found.missing == "metric"
    assert "2.12亿元" in first(ask("云岫光电第三季度扣非净利润是多少？", optics))
    eps = library("qf", "Quarry Foods results", "Quarry Foods said adjusted earnings per share were 79 cents in the quarter.")
    assert "79 cents" in first(ask("What was Quarry Foods' adjusted EPS?", eps))


def test_a_festival_is_when_not_who() -> None:
    sales = library("my", "美岚家电双十一销售额同比增长19%", "美岚家电公布，双十一期间全渠道销售额达45.2亿元，同比增长19%。",
                    "其中，洗地机销量为30万台；空调销售额为16.4亿元。")
    assert "45.2亿元" in first(ask("美岚家电双十一销售额多少？", sales))
    assert ask("美岚家电空调销量是多少？", sales).abstained


def test_contracts_users_and_the_part_that_names_them() -> None:
    deal = library("td2", "通恒重工获海外大单", "通恒重工公告，公司与某能源企业签订风电塔筒供货合同，合同金额约11.8亿元。")
    assert "11.8亿元" in first(ask("通恒重工这次签的合同金额是多少？", deal))
    assert "11.8亿元" in first(ask("通恒重工新签订单多少？", deal))
    contract = library("kr", "Kestor Rail wins order", "Kestor Rail won a contract worth $1.1 billion to supply 110 trains.")
    assert "$1.1 billion" in first(ask("What orders did Kestor Rail win?", contract))
    games = library("xl", "星汉游戏第三季度业绩", "第三季度星汉游戏月活跃用户数为1.12亿，同比增长7%；付费用户数为1,620万，环比减少1.8%。")
    assert ask("星汉游戏付费用户数同比变化多少？", games).abstained  # only 环比 for paying users
    assert "1,620万" in first(ask("星汉游戏付费用户有多少？", games))


def test_fictional_names_jieba_mistags_stay_whole() -> None:
    # Names whose first word jieba reads as a time, a direction or a verb ("星汉", "东方", "远航").
    for name in ("星汉游戏", "东方智能", "远航物流", "美悦家电", "云帆光电", "海星汽车"):
        entity = parse_constraints(f"{name}第三季度营收是多少？").entities[0]
        assert entity.text == name
    assert "四川" not in parse_constraints("四川集团2025年营业收入多少？").entities[0].spellings()


def test_a_narrowed_english_metric_does_not_answer_for_the_whole() -> None:
    retail = library("br", "Brightmoor Retail raises forecast",
                     "Brightmoor Retail said comparable sales rose 4.1% in the quarter ended November 1.",
                     "Online sales jumped 15% and now make up 21% of the total.")
    assert ask("What were Brightmoor's total sales in the quarter?", retail).abstained
    assert ask("How much did Brightmoor's comparable sales grow?", retail).sentences[0].highlighted == "4.1%"
    assert ask("What share of Brightmoor's sales is online?", retail).sentences[0].highlighted == "21%"


def test_a_period_compared_with_after_the_number_does_not_date_it() -> None:
    steel = library("ns", "Norvik Steel results", "Norvik Steel reported third-quarter net income of $198 million.",
                    "Shipments were 2.6 million tons, up 3% from the second quarter.")
    assert "2.6 million tons" in first(ask("How many tons did Norvik ship in the third quarter?", steel))
    assert ask("How much did Norvik's shipments grow sequentially?", steel).sentences[0].highlighted == "3%"


def test_a_near_term_horizon_does_not_answer_a_year_end_question() -> None:
    fx = library("fx", "机构观点：人民币汇率", "多家机构预计人民币汇率年底前将企稳。",
                 "某外资银行预测离岸人民币近期将在6.95-7.05之间震荡。")
    found = ask("某外资银行预测人民币年底前将达到多少？", fx)
    assert found.abstained and found.missing == "period"


def test_a_segment_named_in_the_question_is_the_part_not_the_name() -> None:
    refinery = library("th2", "中国天衡石化三季报", "中国天衡石化第三季度营收812.6亿元。",
                       "分板块看，炼油板块经营利润为14.3亿元，化工板块亏损2.1亿元。")
    assert ask("中国天衡石化化工板块亏损多少？", refinery).sentences[0].highlighted == "2.1亿元"
    assert ask("中国天衡石化化工板块营收是多少？", refinery).abstained


def test_irregular_verbs_meet_their_base_form() -> None:
    cars = library("kv3", "Kavel Motors shares", "Kavel Motors delivered 61,300 vehicles in the third quarter.",
                   "Kavel's shares fell 2.1% in early trading.")
    assert "2.1%" in first(ask("How far did Kavel's shares fall?", cars))


def test_a_forecast_asked_is_not_answered_by_what_happened() -> None:
    media = library("lm2", "Lumen Media adds subscribers", "Lumen Media said paid subscribers reached 38.5 million.",
                    "It expects to reach 45 million subscribers by 2028.")
    assert "45 million" in first(ask("What is Lumen's subscriber target?", media))
    reported = library("lm3", "Lumen Media adds subscribers", "Lumen Media said paid subscribers reached 38.5 million.",
                       "Lumen did not give a profit figure.")
    found = ask("What is Lumen's subscriber target?", reported)
    assert found.abstained and found.missing == "forecast"
    assert "no such forecast" in to_plain(render.answer(found, "en"))


def test_an_unknown_company_with_an_industry_ending_is_not_dropped() -> None:
    orders = library("mc2", "上海明岳电气前三季度新签订单", "截至9月末，上海明岳电气在手订单金额为398亿元。")
    found = ask("上海电气在手订单有多少？", orders)
    assert found.abstained and found.missing == "entity"


def test_a_part_named_earlier_in_the_statement_and_a_product_named_last() -> None:
    film = library("zt", "正岳新材业绩预告", "公司表示，锂电隔膜出货量同比大幅增长，全年出货量预计超过16亿平方米。")
    assert "16亿" in first(ask("正岳新材锂电隔膜全年出货量预计多少？", film))
    drug = library("cb", "Corran Bio beats estimates", "Corran Bio posted fourth-quarter revenue of $1.1 billion.",
                   "Sales of its arthritis drug Velotab rose 38% to $470 million.")
    assert ask("How much did Velotab sales grow?", drug).sentences[0].highlighted == "38%"
    assert ask("What was Corran Bio's revenue?", drug).sentences[0].highlighted == "$1.1 billion"


def test_change_and_basis_words_weigh_little_in_the_coverage() -> None:
    air = library("ha", "Halvard Air traffic climbs in November",
                  "Halvard Air carried 3.1 million passengers in November, up 7.9% from a year earlier.")
    assert ask("How much did Halvard's passenger numbers grow year on year?", air).sentences[0].highlighted == "7.9%"
    assert ask("How much did Halvard's passenger numbers grow month on month?", air).abstained


def test_core_cpi_is_not_the_headline_and_oil_and_gas_is_the_whole() -> None:
    cpi = library("cpi", "统计局：11月CPI同比上涨0.5%", "国家统计局数据显示，11月全国居民消费价格同比上涨0.5%，环比下降0.3%。",
                  "扣除食品和能源价格的核心CPI同比上涨0.8%。")
    assert ask("11月CPI同比上涨多少？", cpi).sentences[0].highlighted == "0.5%"
    assert ask("11月CPI环比变化多少？", cpi).sentences[0].highlighted == "0.3%"
    assert ask("11月核心CPI同比上涨多少？", cpi).sentences[0].highlighted == "0.8%"
    oil = library("mw", "Marden Energy output rises", "Marden Energy said oil and gas production averaged 598,000 "
                  "barrels of oil equivalent per day in the third quarter.")
    assert "598,000" in first(ask("What was Marden's third-quarter production?", oil))


def test_a_one_character_product_and_an_amount_after_of() -> None:
    mine = library("lz", "利川矿业：10月铜产量同比增长11%", "利川矿业公告，10月公司矿产铜产量为2.21万吨，同比增长11%，环比下降3%。")
    assert ask("利川矿业10月金产量是多少？", mine).abstained
    assert "2.21万吨" in first(ask("利川矿业10月铜产量是多少？", mine))
    bank = library("ox", "Oxmoor Bank profit rises", "Oxmoor Bank reported first-half net profit of A$1.31 billion, up 5% on "
                   "the prior corresponding period.", "Home loans grew 4.1% over the half, while business lending rose 7.2%.")
    assert "A$1.31 billion" in first(ask("What was Oxmoor Bank's first-half profit?", bank))
    assert ask("How much did Oxmoor's business lending grow?", bank).sentences[0].highlighted == "7.2%"


def test_a_name_found_whole_is_not_cut_into_a_part() -> None:
    dairy = library("tr", "天泽乳品拟10派2.6元", "天泽乳品发布2026年半年报，上半年实现营业收入13.9亿元；归母净利润1.21亿元，同比下降7.9%。",
                    "公司拟向全体股东每10股派发现金红利2.6元。")
    assert ask("天泽乳品上半年净利润同比变化多少？", dairy).sentences[0].highlighted == "7.9%"
    assert "2.6元" in first(ask("天泽乳品每10股派多少现金红利？", dairy))


def test_an_english_qualifier_of_several_words() -> None:
    chips = library("rx", "Rexmoor Chips results", "Rexmoor Chips reported revenue of $3.9 billion.",
                    "Data center revenue was $1.5 billion.", "Gross margin expanded to 51.8%.")
    assert ask("What was Rexmoor's data center gross margin?", chips).abstained
    assert "$1.5 billion" in first(ask("What was Rexmoor's data center revenue?", chips))
    assert "51.8%" in first(ask("What was Rexmoor's gross margin?", chips))


# --- a headline's year is stated by its lead ------------------------------------------------


# Stored in 2026 (the day it was shared); the lead says the quarter is 2025's.
HEADLINE = [Passage(s, "xinghe", i, "星河电子一季度净利润同比增长35%", None, "2026-05-02",
                    article=("星河电子一季度净利润同比增长35%",
                             "星河电子4月20日晚间发布2025年一季报，归母净利润3.12亿元，同比增长35.2%。"))
            for i, s in enumerate(("星河电子一季度净利润同比增长35%",
                                   "星河电子4月20日晚间发布2025年一季报，归母净利润3.12亿元，同比增长35.2%。"))]


def test_a_headline_without_a_year_takes_it_from_its_lead_not_from_the_day_it_was_stored() -> None:
    found = ask("星河电子2025年净利润是多少？", HEADLINE)
    assert found.abstained and "2026" not in " ".join(found.available)
    assert "2025" in " ".join(found.available)
    assert not ask("星河电子2025年一季度净利润同比增长多少？", HEADLINE).abstained
    assert ask("星河电子2026年一季度净利润同比增长多少？", HEADLINE).abstained


# --- a company and its segment without 的; changes written 大增/猛增 -----------------------------

SEGMENTS = library("xinghe2", "星河电子一季度营收增长21%",
                   "星河电子一季度实现营业收入28.6亿元，同比增长21.4%。",
                   "汽车电子业务收入9.8亿元，同比大增48%，占总收入比重提升至34.3%。")


def test_a_segment_written_right_after_the_company_is_the_part_asked() -> None:
    assert "9.8亿元" in first(ask("星河电子汽车电子业务收入是多少？", SEGMENTS))
    assert "48%" in first(ask("星河电子汽车电子业务收入同比增长多少？", SEGMENTS))
    assert ask("星河电子家电业务收入是多少？", SEGMENTS).abstained
    assert ask("星海电子汽车电子业务收入是多少？", SEGMENTS).abstained  # another company


# --- the reporter in a dateline is not who the article is about -------------------------------

BYLINE = library("xinghe3", "星河电子一季报",
                 "本报讯（记者王明）星河电子4月20日晚间发布2025年一季报，公司实现营业收入28.6亿元。",
                 "归母净利润3.12亿元，同比增长35.2%；",
                 "扣非净利润2.87亿元，同比增长29.8%。",
                 "分业务看，消费电子业务收入15.2亿元，同比增长12%。")


def test_a_reporter_named_in_the_dateline_does_not_take_the_article_from_its_company() -> None:
    assert "2.87亿元" in first(ask("星河电子扣非净利润是多少？", BYLINE))
    assert "15.2亿元" in first(ask("星河电子消费电子业务收入是多少？", BYLINE))
    assert ask("王明的扣非净利润是多少？", BYLINE).abstained


def test_value_added_stated_as_a_level_is_no_change() -> None:
    level = "11月规模以上工业增加值为3.5万亿元。"
    assert not is_change(level, level.find("3.5"), level.find("3.5") + 7)
    rise = "规模以上工业增加值同比增长5.8%。"
    assert is_change(rise, rise.find("5.8%"), rise.find("5.8%") + 4)


def test_a_fiscal_quarter_is_a_quarter_and_another_one_is_refused() -> None:
    from tests.ask_helpers import ask, first, library

    lib = library("nv", "远星芯片财报", "远星芯片第三财季营收为351亿美元，同比增长94%。", "远星芯片第二财季营收为300亿美元。")
    assert "351亿美元" in first(ask("远星芯片第三财季营收是多少？", lib))
    assert "300亿美元" in first(ask("远星芯片第二财季营收是多少？", lib))
    assert ask("远星芯片第四财季营收是多少？", lib).abstained


def test_a_nine_month_question_is_not_answered_with_the_quarter() -> None:
    from tests.ask_helpers import ask, library

    lib = library("nw", "Northwind results", "Northwind reported third-quarter revenue of $12.4 billion, up 9%.",
                  "For the nine months, revenue was $33 billion.")
    found = ask("What was Northwind nine-month revenue?", lib)
    assert found.abstained or "$33 billion" in found.sentences[0].text


def test_what_comes_after_duoshao_is_what_is_asked() -> None:
    from tests.ask_helpers import ask, first, library

    lib = library("xh", "星河科技三季报", "星河科技前三季度营收为120亿元，同比增长10%。", "截至9月末，公司员工总数为1.2万人。")
    assert "1.2万人" in first(ask("星河科技有多少员工？", lib))
    assert "1.2万人" in first(ask("星河科技有多少名员工？", lib))
    assert ask("星河科技有几家门店？", lib).abstained  # not the revenue, the only other number


def test_the_highlight_is_a_level_for_a_level_question_and_a_change_for_a_change_question() -> None:
    from tests.ask_helpers import ask, library

    lib = library("ha", "Harbor Air results", "Harbor Air carried 12.3 million passengers in October, up 6% from a year earlier.",
                  "Its load factor rose 1.2 percentage points to 84.5%.")
    assert ask("How many passengers did Harbor Air carry in October?", lib).sentences[0].highlighted == "12.3 million"
    assert ask("What was Harbor Air load factor?", lib).sentences[0].highlighted == "84.5%"
    assert ask("How much did Harbor Air passenger numbers grow?", lib).sentences[0].highlighted == "6%"


def test_a_share_of_the_thing_asked_is_not_the_thing() -> None:
    from tests.ask_helpers import ask, first, library

    lib = library("xc", "星驰汽车交付", "1-11月，星驰汽车累计交付38.6万辆，已完成全年目标的92%。", "星驰汽车海外收入占总营收的35%。")
    assert ask("星驰汽车全年目标是多少？", lib).abstained
    assert ask("星驰汽车海外收入是多少？", lib).abstained
    assert "35%" in first(ask("星驰汽车海外收入占比是多少？", lib))
    assert "38.6万辆" in first(ask("星驰汽车今年累计交付多少辆？", lib))


def test_what_analysts_expected_is_not_the_company_s_own_outlook() -> None:
    from tests.ask_helpers import ask, first, library

    lib = library("or", "Chipmakers report", "Orion expects fourth-quarter revenue of about $5.6 billion.",
                  "Analysts polled by LSEG had expected Orion to report $5.0 billion.")
    assert "$5.0 billion" in first(ask("How much revenue did analysts expect from Orion?", lib))
    assert "$5.6 billion" in first(ask("What does Orion expect for fourth-quarter revenue?", lib))
    only_outlook = library("or2", "Orion outlook", "Orion expects fourth-quarter revenue of about $5.6 billion.")
    assert ask("How much revenue did analysts expect from Orion?", only_outlook).abstained


def test_ppi_is_the_producer_price_index_as_the_statistics_bureau_writes_it() -> None:
    from tests.ask_helpers import ask, first, library

    lib = library("ppi", "国家统计局数据", "11月份，全国工业生产者出厂价格同比下降2.5%，环比持平。")
    assert "2.5%" in first(ask("11月PPI同比是多少？", lib))
    assert ask("10月PPI同比是多少？", lib).abstained


def test_rates_tenors_and_moves_of_a_rate_decision() -> None:
    from tests.ask_helpers import ask, library

    lib = library("lpr", "央行下调LPR", "11月20日1年期LPR为3.0%，5年期以上LPR为3.5%，均较上月下降10个基点。",
                  "此前，央行于9月宣布下调存款准备金率0.5个百分点，释放长期资金约1万亿元。")
    assert ask("5年期以上LPR是多少？", lib).sentences[0].highlighted == "3.5%"
    assert not ask("5年期LPR是多少？", lib).sentences or ask("5年期LPR是多少？", lib).sentences[0].highlighted == "3.5%"
    assert ask("1年期LPR是多少？", lib).sentences[0].highlighted == "3.0%"
    assert ask("LPR下降了多少？", lib).sentences[0].highlighted == "10个基点"
    assert ask("存款准备金率下调了多少？", lib).sentences[0].highlighted == "0.5个百分点"
    assert ask("存款准备金率是多少？", lib).abstained  # neither the cut nor the money it released
    assert ask("10月1年期LPR是多少？", lib).abstained  # 10月 is asked, not a day


def test_deals_and_moves_of_two_companies_in_one_sentence() -> None:
    from tests.ask_helpers import ask, first, library

    deal = library("hv", "Halvern to buy Tidewater", "Halvern Corp agreed to buy Tidewater Systems for $48 a share in cash.",
                   "Tidewater shares jumped 27% to $46.10 in premarket trading, while Halvern fell 3%.")
    assert "$48" in first(ask("How much is Halvern paying for Tidewater?", deal))
    assert ask("How much is Tidewater paying for Halvern?", deal).abstained  # buyer and target swapped
    assert ask("How much did Halvern shares fall?", deal).sentences[0].highlighted == "3%"
    moves = library("mv", "Deal reaction", "Tidewater shares jumped 27% to $46.10 in premarket trading, while Halvern fell 3%.")
    assert ask("How much did Halvern shares move?", moves).sentences[0].highlighted == "3%"
    assert ask("How much did Tidewater shares rise?", moves).sentences[0].highlighted == "27%"
    passive = library("xl", "星澜被收购", "星澜科技被星河科技以18.6亿元收购。")
    assert "18.6亿元" in first(ask("星河科技收购星澜科技花了多少钱？", passive))
    assert ask("星澜科技收购星河科技花了多少钱？", passive).abstained


def test_a_count_asked_in_a_unit_is_the_number_in_that_unit() -> None:
    from tests.ask_helpers import ask, library

    lib = library("hk", "海葵一号启运", "海葵一号总重约3.7万吨，最大储油量达6万吨，可连续在海上运行30年。")
    assert ask("海葵一号能运行多少年？", lib).sentences[0].highlighted == "30"  # a duration, not the year 2030
    assert ask("海葵一号总重多少？", lib).sentences[0].highlighted == "3.7万吨"


def test_a_revised_figure_the_new_one_the_old_one_and_the_revision() -> None:
    from tests.ask_helpers import ask, library

    acme = library("ac", "Acme raises outlook", "Acme raised its full-year revenue forecast to $9.4 billion from $9.1 billion.",
                   "The company also cut its capital spending plan by $200 million to $1.1 billion.")
    assert ask("What is Acme full-year revenue forecast?", acme).sentences[0].highlighted == "$9.4 billion"
    assert ask("What was Acme previous full-year revenue forecast?", acme).sentences[0].highlighted == "$9.1 billion"
    assert ask("What is Acme capital spending plan?", acme).sentences[0].highlighted == "$1.1 billion"
    assert ask("How much did Acme cut its capital spending plan?", acme).sentences[0].highlighted == "$200 million"
    star = library("xh", "星河上调预测", "星河科技将全年营收预测由120亿元上调至130亿元。")
    assert ask("星河科技全年营收预测是多少？", star).sentences[0].highlighted == "130亿元"
    assert ask("星河科技此前的全年营收预测是多少？", star).sentences[0].highlighted == "120亿元"


def test_who_and_what_someone_said_need_a_role_or_words() -> None:
    from tests.ask_helpers import ask, first, library

    lib = library("or", "Orion names new CEO", "Orion Semi named Maria Lopez as chief executive on Monday, effective Jan. 1.",
                  "Orion shares rose 2% on the news.")
    assert "Maria Lopez" in first(ask("Who is Orion new CEO?", lib))  # not "on the news"
    assert ask("What did Lopez say?", lib).abstained  # she is named, but says nothing here


def test_an_excluded_part_and_an_amount_asked_of_a_rate_of_change() -> None:
    from tests.ask_helpers import ask, first, library

    retail = library("sl", "11月社零", "其中，除汽车以外的消费品零售额3.9万亿元，增长3.2%。", "11月份，全国网上零售额同比增长8.1%。")
    assert ask("11月汽车零售额是多少？", retail).abstained  # everything but the cars
    assert "3.9万亿元" in first(ask("除汽车以外的消费品零售额是多少？", retail))
    assert ask("11月网上零售额是多少？", retail).abstained  # only its growth is stated
    assert "8.1%" in first(ask("11月网上零售额同比增长多少？", retail))
    sales = library("rs", "Retail sales", "Retail sales excluding autos rose 0.4% in November.", "Auto sales fell 1.2%.")
    assert "0.4%" in first(ask("How much did retail sales excluding autos rise?", sales))


RAIL = library("beiyun", "北运铁路9月发送旅客同比增长7%",
               "北运铁路9月发送旅客2310万人次，同比增长7.3%，较2019年同期增长15.6%。",
               "9月动车组上座率为81.2%，同比提高1.9个百分点。",
               "9月货运量为5120万吨，同比增长2.1%。")


def test_a_change_against_a_named_year_is_neither_yoy_nor_another_year() -> None:
    assert asked_basis("北运铁路旅客量较2019年增长多少") == "ref"
    assert asked_basis("how much higher were passengers compared with 2019") == "ref"
    assert "15.6%" in first(ask("北运铁路9月发送旅客较2019年增长多少？", RAIL))
    assert "7.3%" in first(ask("北运铁路9月发送旅客同比增长多少？", RAIL))
    # Only the year-on-year rise is stated for the load factor and the freight: no answer against 2019.
    assert ask("北运铁路9月上座率较2019年变化多少？", RAIL).abstained
    assert ask("北运铁路9月货运量较2019年增长多少？", RAIL).abstained
    # A named year is that year: 2018 is not 2019.
    assert ask("北运铁路9月发送旅客较2018年增长多少？", RAIL).abstained


def test_an_english_question_about_a_segment_of_a_chinese_article() -> None:
    from tests.ask_helpers import ask, first, library

    lib = library("xm", "小米集团三季度业绩", "小米集团第三季度总收入为925亿元，同比增长30.5%。",
                  "智能电动汽车业务收入为97亿元，交付新车39,790辆。")
    assert "97亿元" in first(ask("What was Xiaomi EV revenue?", lib))  # the EV segment, not the group's 925亿元
    assert "925亿元" in first(ask("What was Xiaomi third-quarter revenue?", lib))
    phones = ask("What was Xiaomi smartphone revenue?", lib)
    assert phones.abstained or "97亿元" not in phones.sentences[0].text  # not the EV segment's
