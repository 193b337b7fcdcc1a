"""/ask on the kinds of text of the eighth spot check: banks' and insurers' results, a developer's
monthly sales, a price-index flash naming several months, a tender, an English release with
prior-quarter figures. Our own sentences through the real answer code; where the analysis matters
(dates it keeps as figures), the sentences carry the analysis of their own text."""

from __future__ import annotations

from summarizer.answer import Answer
from tests.ask_helpers import analysed, ask, first, library


def shown(found: Answer) -> str:
    """The highlighted span of the first answer sentence."""
    sentence = found.sentences[0]
    assert sentence.highlight is not None, found
    return sentence.text[sentence.highlight[0]:sentence.highlight[1]]


INSURER = analysed("hc", "华川保险前三季度归母净利润增长12.1%",
                   "华川保险集团10月29日公告，2026年前三季度实现归属于母公司股东的净利润88.6亿元，同比增长12.1%；",
                   "营业收入达到1,046.2亿元，同比增长3.9%。")
CONTRACT = analysed("hz", "海辰重工签订设备供货合同",
                    "海辰重工12月2日公告，公司与北欧某船东签订设备供货合同，合同金额约8.3亿元。",
                    "截至11月末，公司在手订单约64亿元。")
CITY = analysed("jy", "江屿市前三季度GDP同比增长5.2%",
                "12月5日，江屿市统计局发布数据，前三季度全市实现地区生产总值4120.5亿元，同比增长5.2%，"
                "增速比上半年加快0.2个百分点。",
                "前三季度，全市规模以上工业增加值同比增长6.1%。")
PRICES = library("px", "11月CPI同比上涨0.5%",
                 "11月份居民消费价格指数（CPI）同比上涨0.5%，涨幅比10月扩大0.2个百分点；",
                 "11月工业生产者出厂价格指数（PPI）同比下降1.6%，降幅比10月收窄0.3个百分点。")
RELEASE = analysed("tv", "Tavrin Software first-quarter revenue rises 12%",
                   "Tavrin Software reported revenue of $612 million for its first quarter ended Aug. 31, up 12% "
                   "from a year earlier.",
                   "The company's next board meeting is on January 27.")


def test_a_date_kept_as_a_figure_is_not_the_number_shown() -> None:
    # "10月29日公告" is when the company spoke, not its profit.
    assert shown(ask("华川保险前三季度归母净利润是多少？", INSURER)) == "88.6亿元"
    assert shown(ask("华川保险前三季度纯利多少？", INSURER)) == "88.6亿元"
    assert shown(ask("What was Tavrin's first-quarter revenue?", RELEASE)) == "$612 million"


def test_a_sentence_with_only_a_date_does_not_answer_a_number_question() -> None:
    assert ask("What is Tavrin's board size?", RELEASE).abstained


def test_the_other_party_of_a_contract_does_not_own_its_amount() -> None:
    assert shown(ask("海辰重工这次签的合同金额是多少？", CONTRACT)) == "8.3亿元"


def test_a_citys_statistics_office_publishes_the_citys_figures() -> None:
    assert shown(ask("江屿市前三季度GDP是多少？", CITY)) == "4120.5亿元"


def test_the_period_after_bi_is_the_base_of_a_move_not_the_numbers_period() -> None:
    # "增速比上半年加快0.2个百分点" is about the first three quarters; "涨幅比10月扩大…" about November.
    assert ask("江屿市上半年GDP增速是多少？", CITY).abstained
    assert ask("10月CPI同比涨幅是多少？", PRICES).abstained
    assert ask("10月PPI同比下降多少？", PRICES).abstained
    assert "0.5%" in first(ask("11月CPI同比上涨多少？", PRICES))
    assert "1.6%" in first(ask("11月PPI同比下降多少？", PRICES))


BANK = library("lg", "澜港银行前三季度归母净利润增长7.2%",
               "2026年前三季度，澜港银行实现营业收入96.4亿元，同比增长4.1%；",
               "实现归母净利润31.5亿元，同比增长7.2%。",
               "去年同期，该行前三季度归母净利润为29.4亿元。")
HALF = library("yc", "云川医药上半年扭亏",
               "云川医药发布2026年半年度报告，上半年实现营业收入8.6亿元，同比增长12.5%；",
               "实现归母净利润0.73亿元，上年同期亏损0.21亿元。")
VELTRA = library("vn", "Veltra Networks revenue rises",
                 "Veltra Networks reported revenue of $3.2 billion for its second quarter, up 4% from $3.08 billion "
                 "in the prior quarter.",
                 "Gross margin was 48.1%, compared with 47.3% last quarter.")


def test_last_year_asked_is_answered_only_by_last_years_number() -> None:
    assert "29.4亿元" in first(ask("澜港银行去年同期归母净利润是多少？", BANK))
    assert "31.5亿元" in first(ask("澜港银行前三季度归母净利润是多少？", BANK))
    # This year's revenue is no answer to last year's.
    assert ask("澜港银行去年前三季度营业收入是多少？", BANK).abstained


def test_the_same_period_of_last_year_keeps_the_articles_period() -> None:
    assert shown(ask("云川医药去年上半年亏损多少？", HALF)) == "0.21亿元"


def test_the_prior_quarter_asked_is_the_number_written_with_it() -> None:
    assert shown(ask("What was Veltra's revenue in the prior quarter?", VELTRA)) == "$3.08 billion"
    assert shown(ask("What was Veltra's gross margin last quarter?", VELTRA)) == "47.3%"
    assert shown(ask("What was Veltra's gross margin?", VELTRA)) == "48.1%"


def test_a_level_reached_from_last_years_is_this_periods() -> None:
    margin = library("qm", "青木光伏一季度毛利率下滑",
                     "青木光伏一季度实现营业收入21.3亿元。",
                     "受组件价格下跌影响，公司毛利率由去年同期的16.4%降至4.1%。")
    assert shown(ask("青木光伏一季度毛利率是多少？", margin)) == "4.1%"
    assert shown(ask("青木光伏去年一季度毛利率是多少？", margin)) == "16.4%"


INSURANCE = library("ps", "平朔保险前三季度净利润增长15.3%",
                    "平朔保险集团前三季度实现归母净利润88.1亿元，同比增长15.3%；营业收入达到731.6亿元，同比增长2.8%。",
                    "财产险业务方面，平朔财险原保险保费收入为212.4亿元，同比增长5.1%；",
                    "寿险业务方面，平朔人寿原保险保费收入为402.9亿元，同比增长1.7%。")
RANKING = library("rk", "青屿地产1-10月销售额排名第九",
                  "1-10月青屿地产全口径销售额在百强房企中排名第九，较去年同期上升一位。",
                  "同期，排名第八的汇川置业累计销售额为980亿元。",
                  "青屿地产10月合同销售金额为76.5亿元，排名行业第十一。")
TENDER = library("td", "某电网第二批招标结果",
                 "从中标金额看，鸿曜电气以6.1亿元位列第一；",
                 "许川电工中标4.8亿元，排名第二；东凌电缆中标3.9亿元，排名第三。")


def test_premiums_are_not_revenue() -> None:
    assert shown(ask("平朔保险营收是多少？", INSURANCE)) == "731.6亿元"
    assert shown(ask("平朔人寿保费收入增长了多少？", INSURANCE)) == "1.7%"


def test_a_rank_asked_is_answered_by_the_place_of_the_company_asked() -> None:
    assert shown(ask("青屿地产销售额在百强房企中排名第几？", RANKING)) == "第九"
    assert shown(ask("许川电工中标金额排名第几？", TENDER)) == "第二"
    assert shown(ask("东凌电缆排名第几？", TENDER)) == "第三"
    # "排名第八的汇川置业" is 汇川置业's place.
    assert shown(ask("汇川置业排名第几？", RANKING)) == "第八"
    assert ask("鸿川电气排名第几？", TENDER).abstained


GRID = library("gd", "北湾电网第四批招标结果公布",
               "北湾电网公布第四批设备招标中标结果，共涉及开关柜、电容器、光缆等12个品类，中标总金额41.8亿元。",
               "从中标金额看，川曜电气以5.6亿元位列第一；",
               "岭东电缆中标3.2亿元，排名第二。",
               "开关柜品类中标金额合计9.7亿元，是金额最大的品类。")


def test_an_amount_won_is_written_as_zhongbiao() -> None:
    assert shown(ask("岭东电缆中标额是多少？", GRID)) == "3.2亿元"
    assert shown(ask("北湾电网第四批招标中标总金额是多少？", GRID)) == "41.8亿元"


def test_an_item_of_a_list_does_not_own_the_lists_total_nor_its_count() -> None:
    # "涉及开关柜、电容器、光缆等12个品类，中标总金额41.8亿元" is every category's: neither 12个 nor 41.8亿元
    # is the switchgear's amount.
    assert shown(ask("开关柜品类中标金额是多少？", GRID)) == "9.7亿元"
    assert ask("电容器品类中标金额是多少？", GRID).abstained


def test_this_periods_number_is_shown_not_the_base_it_is_compared_with() -> None:
    release = library("pr", "Pellam Systems quarterly results",
                      "Net income was $940 million, or $1.52 per diluted share, compared with $810 million, or $1.29 "
                      "per share, a year earlier.")
    assert shown(ask("What were Pellam's earnings per share?", release)) == "$1.52"
    assert shown(ask("What was Pellam's net income a year earlier?", release)) == "$810 million"
    prices = library("cp", "11月CPI同比上涨0.4%",
                     "11月份居民消费价格同比上涨0.4%，涨幅比10月扩大0.2个百分点；",
                     "环比下降0.1%。")
    # "涨幅比10月扩大0.2个百分点" moves against October: neither the year-on-year rise nor the monthly change.
    assert shown(ask("11月居民消费价格同比涨幅是多少？", prices)) == "0.4%"


def test_a_market_verb_jieba_tags_as_a_place_owns_nothing() -> None:
    outlook = library("hx", "禾信地产10月销售额下降",
                      "禾信地产10月合同销售金额为88.2亿元。",
                      "公司首席财务官表示，“四季度将有16个新项目入市，可售货值约520亿元。”")
    assert shown(ask("禾信地产四季度可售货值有多少？", outlook)) == "520亿元"


def test_the_date_shown_for_when_is_the_one_beside_the_asked_verb() -> None:
    plan = library("pl", "西岭省印发储能行动方案",
                   "西岭省发展改革委印发《新型储能三年行动方案》，提出到2029年全省新型储能装机规模达到800万千瓦，"
                   "方案自2027年3月1日起施行。")
    assert shown(ask("《新型储能三年行动方案》何时施行？", plan)) == "2027年3月1日"


HARBOUR = library("hb", "灣景置業中期收入增9%至64.2億港元",
                  "灣景置業公佈中期業績，期內收入為64.2億港元，按年增長9%。",
                  "租金收入方面，香港零售物業組合出租率為95.1%，租金收入按年增長2.6%至22.8億港元；",
                  "物業銷售收入為30.5億港元，按年增長31%。",
                  "董事會宣派中期股息每股0.36港元，與去年同期相同。")


def test_a_place_before_a_part_does_not_take_over_a_companys_article() -> None:
    # "香港零售物業組合…" is where the company's shops are: the dividend after it is still the company's.
    assert shown(ask("灣景置業中期股息是多少？", HARBOUR)) == "0.36港元"


def test_a_lines_revenue_is_not_the_companys() -> None:
    # 物業銷售收入 and 租金收入 are lines of business; 期內收入 is the whole.
    assert shown(ask("湾景置业营收增长了多少？", HARBOUR)) == "9%"
    assert ask("灣景置業全年收入是多少？", HARBOUR).abstained
    assert shown(ask("灣景置業物業銷售收入是多少？", HARBOUR)) == "30.5億港元"


def test_a_place_after_zai_is_where_the_company_acts() -> None:
    land = library("ld", "禾信地产10月拿地",
                   "10月，禾信地产在苏州、西安新增3宗土地，总地价27.4亿元。")
    assert shown(ask("禾信地产10月新增土地总地价是多少？", land)) == "27.4亿元"


def test_a_role_written_before_the_name_in_one_capitalised_run_is_its_holder() -> None:
    release = library("ol", "Orlen Devices quarterly revenue rises 9%",
                      "Orlen Devices reported revenue of $1.8 billion for its third quarter.",
                      "Chief Financial Officer Mara Quint said supply would improve next year.",
                      "Rival Pallet Systems reports results next week.")
    assert "Mara Quint" in first(ask("Who is Orlen's chief financial officer?", release))
    assert ask("Who is Pallet's chief financial officer?", release).abstained


def test_a_half_after_jiao_in_the_question_is_the_base_not_the_period() -> None:
    bank = library("qc", "青禾农商银行三季报",
                   "截至9月末，青禾农商银行不良贷款率为1.41%，较6月末下降0.03个百分点；",
                   "净息差为1.66%，较上半年收窄4个基点。")
    assert shown(ask("青禾农商银行净息差较上半年变化了多少？", bank)) == "4个基点"
    assert shown(ask("青禾农商银行不良率较6月末变化了多少？", bank)) == "0.03个百分点"


def test_a_stock_code_is_never_the_number_shown() -> None:
    shipping = analysed("cs", "中国澜海航运前三季度营收增长12%",
                        "中国澜海航运（601988.SH）披露三季报，前三季度实现营业总收入205.6亿元，同比增长12.1%。")
    assert shown(ask("中国澜海航运前三季度营收是多少？", shipping)) == "205.6亿元"
    telecom = analysed("hk", "嘉寧集團第二財季收入增9%",
                       "嘉寧集團（00871）公布第二財季業績，期內收入按年增長9%至118億美元。")
    assert shown(ask("嘉寧集團收入是多少？", telecom)) == "118億美元"


def test_a_duration_kept_as_a_date_is_still_a_value() -> None:
    platform = analysed("hk2", "海鸥一号投产",
                        "海鸥一号浮式生产储油装置设计寿命为25年，最大储油能力为8万吨。")
    assert shown(ask("海鸥一号设计寿命是多少年？", platform)) == "25年"


def test_non_interest_income_is_its_own_measure() -> None:
    bank = library("nb", "岚桥银行前三季度营收增长2.7%",
                   "前三季度，岚桥银行利息净收入88.1亿元，同比增长1.2%；",
                   "非利息净收入31.6亿元，同比增长7.4%，占营业收入的26.4%。")
    assert shown(ask("岚桥银行非利息净收入占营业收入的比重是多少？", bank)) == "26.4%"
    assert shown(ask("岚桥银行利息净收入是多少？", bank)) == "88.1亿元"


def test_numbers_listed_after_fenbie_share_the_verb_and_keep_their_months() -> None:
    prices = library("ls", "11月CPI同比上涨0.5%",
                     "11月份居民消费价格指数（CPI）同比上涨0.5%，涨幅比10月扩大0.2个百分点；",
                     "8月和9月，CPI同比分别上涨0.2%和0.4%。")
    assert shown(ask("9月CPI同比上涨多少？", prices)) == "0.4%"
    assert shown(ask("8月CPI同比上涨多少？", prices)) == "0.2%"
