"""/ask on segments of Chinese results asked about in English, business groups and markets within a
company, counts of one thing among several, funding rounds, and who holds a role: our own sentences
through the real answer code."""

from __future__ import annotations

from tests.ask_helpers import ask, first, library

PHONES = library("hm", "小米集团第三季度总收入1016.3亿元",
                 "小米集团11月18日公布2026年第三季度业绩。",
                 "第三季度集团总收入为1016.3亿元，同比增长25.8%；",
                 "分业务看，智能手机业务收入为482.6亿元，同比增长3.7%；",
                 "互联网服务业务收入为96.4亿元，同比增长9.8%，毛利率为77.2%。",
                 "第三季度交付新车10.8万辆，单车平均售价为19.6万元。")


def test_an_english_segment_is_matched_on_the_numbers_own_clause() -> None:
    assert "482.6亿元" in first(ask("What was Xiaomi's smartphone revenue?", PHONES))
    assert "9.8%" in first(ask("How much did Xiaomi's internet services revenue grow?", PHONES))
    # Named nowhere for its number: another segment's margin, or the group's revenue, is no answer.
    assert ask("What was Xiaomi's smartphone gross margin?", PHONES).abstained
    assert ask("What was Xiaomi's cloud revenue?", PHONES).abstained
    assert ask("What was Xiaomi's advertising revenue?", PHONES).abstained


def test_a_word_after_the_number_does_not_name_its_segment() -> None:
    games = library("tx", "腾讯第三季度业绩",
                    "腾讯控股11月13日公布2026年第三季度业绩。",
                    "金融科技及企业服务业务收入为582.6亿元，同比增长10.2%，其中企业服务收入增长主要来自云服务。",
                    "增值服务业务收入为958.3亿元，同比增长16.2%。")
    assert ask("What was Tencent's cloud revenue?", games).abstained  # 云服务 only explains the growth
    assert "958.3亿元" in first(ask("What was Tencent's value-added services revenue?", games))
    assert "582.6亿元" in first(ask("What was Tencent's fintech revenue?", games))


def test_one_market_does_not_answer_for_the_whole_line() -> None:
    games = library("tg", "腾讯第三季度游戏收入",
                    "腾讯控股11月13日公布2026年第三季度业绩。",
                    "其中，本土市场游戏收入为482.5亿元，同比增长15.0%；",
                    "国际市场游戏收入为208.4亿元，同比增长43.1%。")
    assert ask("What was Tencent's games revenue?", games).abstained
    assert ask("腾讯游戏收入是多少？", games).abstained
    assert "208.4亿元" in first(ask("What was Tencent's international games revenue?", games))
    assert "482.5亿元" in first(ask("What was Tencent's domestic games revenue?", games))
    cars = library("bd", "比亚迪10月销量", "比亚迪10月新能源汽车销量为44.1万辆，同比下降12.0%，其中海外销量为8.4万辆。")
    assert "8.4万辆" in first(ask("What were BYD's overseas sales in October?", cars))
    found = ask("比亚迪10月销量是多少？", cars)
    assert found.abstained or found.sentences[0].highlighted != "8.4万辆"


def test_a_business_group_is_not_the_company() -> None:
    groups = ("阿里巴巴集团11月20日发布截至2026年9月30日止季度业绩。",
              "阿里国际数字商业集团收入为358.9亿元，同比增长17.6%。",
              "阿里云智能集团收入为398.6亿元，同比增长29.4%，其中AI相关产品收入连续第十个季度实现三位数增长。",
              "淘天集团客户管理收入为812.3亿元，同比增长8.1%。")
    ali = library("al", "阿里巴巴季度业绩", *groups, "本季度集团收入为2658.4亿元，同比增长6.2%。")
    assert "2658.4亿元" in first(ask("What was Alibaba's revenue?", ali))
    assert "398.6亿元" in first(ask("What was Alibaba's cloud revenue?", ali))
    assert "398.6亿元" in first(ask("What was Alibaba Cloud's revenue?", ali))  # its own name, 智能集团 and all
    assert "812.3亿元" in first(ask("阿里巴巴客户管理收入是多少？", ali))
    assert ask("What was Alibaba's revenue?", library("al2", "阿里巴巴季度业绩", *groups)).abstained  # no group figure: not a part's, nor 三位数


def test_how_many_of_one_thing_is_not_a_count_of_another() -> None:
    assert ask("How many smartphones did Xiaomi ship?", PHONES).abstained  # it delivered cars
    assert "10.8万辆" in first(ask("How many cars did Xiaomi deliver in the third quarter?", PHONES))


def test_a_funding_round_asked_is_that_round() -> None:
    deal = library("lt", "澜途智驾完成15亿元C轮融资",
                   "澜途智驾11月19日宣布完成15亿元C轮融资，本轮由北辰产业基金领投，投后估值超过120亿元。",
                   "澜途智驾成立于2019年，总部位于苏州，创始人兼CEO为郑以航。")
    assert ask("澜途智驾B轮融资了多少？", deal).abstained
    assert "15亿元" in first(ask("澜途智驾C轮融资了多少？", deal))
    assert ask("How much did Lantu raise in its Series B round?", library(
        "en", "Lantu raises $200 million", "Lantu raised $200 million in a Series C round led by Northstar.")).abstained
    # A number question is not answered by a sentence whose only numbers are dates.
    assert not any("成立于" in s.text for s in ask("澜途智驾投后估值是多少？", deal).sentences)


def test_who_holds_a_role_is_named_with_the_role() -> None:
    ceo = library("bw", "Brightwater names new chief executive",
                  "Brightwater Foods said Elena Marsh will become chief executive on Feb. 1, succeeding Tom Kerrigan.",
                  "The company also said its chief financial officer, Raj Patel, will add the role of chief operating officer.")
    assert "Raj Patel" in first(ask("Who is Brightwater's chief financial officer?", ceo))
    assert "Elena Marsh" in first(ask("Who will be Brightwater's next chief executive?", ceo))
    assert ask("Who is Brightwater's chairman?", ceo).abstained
    zh = library("lt2", "澜途智驾完成C轮融资",
                 "澜途智驾宣布完成15亿元C轮融资。",
                 "澜途智驾成立于2019年，总部位于苏州，创始人兼CEO为郑以航。")
    assert "郑以航" in first(ask("澜途智驾的CEO是谁？", zh))
    assert ask("澜途智驾的CFO是谁？", zh).abstained
    assert ask("谁领投了澜途智驾的C轮融资？", zh).abstained  # the founder did not lead the round


def test_a_headless_statement_belongs_to_the_company_named_just_before() -> None:
    # Three carmakers in one flash, each statement cut at "；": "净亏损为…" is the nearest named one's.
    flash = library("ev3", "新势力三季报：小鹏营收翻倍，蔚来亏损收窄",
                    "理想汽车、小鹏汽车和蔚来近日相继发布2026年第三季度财报。",
                    "理想汽车第三季度总收入为362.5亿元，同比下降15.1%；",
                    "净利润为8.6亿元。",
                    "小鹏汽车第三季度总收入为204.3亿元，同比增长101.8%；",
                    "汽车毛利率为13.1%；",
                    "净亏损为3.8亿元。",
                    "蔚来第三季度总收入为217.9亿元，同比增长16.7%；",
                    "净亏损为34.8亿元。")
    assert "34.8亿元" in first(ask("What was NIO's net loss?", flash))
    assert "3.8亿元" in first(ask("小鹏汽车三季度净亏损是多少？", flash))
    assert ask("蔚来汽车毛利率是多少？", flash).abstained  # XPeng's margin, named two statements before


def test_a_metric_narrowed_by_a_noun_is_not_the_companys() -> None:
    cars = library("nio", "蔚来三季报", "蔚来第三季度总收入为217.9亿元，同比增长16.7%；", "汽车毛利率为14.7%；",
                   "其中车辆销售收入为198.2亿元。")
    assert ask("What was NIO's gross margin?", cars).abstained  # the vehicles' margin only
    assert "14.7%" in first(ask("What was NIO's vehicle gross margin?", cars))
    assert "217.9亿元" in first(ask("What was NIO's revenue?", cars))
    assert "198.2亿元" in first(ask("What was NIO's vehicle sales revenue?", cars))
    xm = library("xm2", "小米集团三季度业绩", "小米集团第三季度总收入为925亿元，同比增长30.5%。",
                 "智能电动汽车业务收入为97亿元，交付新车39,790辆。")
    assert "97亿元" in first(ask("What was Xiaomi EV revenue?", xm))  # "xiaomi ev" read as a name: EV still narrows
    only_group = library("xm3", "小米集团三季度业绩", "小米集团第三季度总收入为925亿元，同比增长30.5%。")
    assert ask("What was Xiaomi EV revenue?", only_group).abstained


def test_operating_profit_is_also_called_jingying_lirun() -> None:
    seg = library("mt", "美团第三季度业绩", "美团第三季度总收入为1026.4亿元，同比增长9.7%。",
                  "核心本地商业分部收入为738.2亿元，经营利润为98.6亿元。")
    assert "98.6亿元" in first(ask("美团核心本地商业经营利润是多少？", seg))
    assert ask("美团第三季度经营利润是多少？", library("mt2", "美团第三季度业绩",
                                                   "美团第三季度总收入为1026.4亿元，同比增长9.7%。")).abstained


def test_a_market_word_inside_the_metric_is_no_market() -> None:
    fed = library("fed", "美联储上调经济预期",
                  "美联储将今年的实际国内生产总值(GDP)增速预期中值上调了0.4个百分点至1.6%。")
    assert "1.6%" in first(ask("美联储将今年GDP增速预期中值上调至多少？", fed))


def test_chinese_names_the_counted_thing_after_its_number() -> None:
    chip = library("kr", "麒麟芯片", "华为发布新一代麒麟芯片。", "新一代麒麟芯片在同样面积内放下了98亿个晶体管。")
    assert "98亿个晶体管" in first(ask("How many transistors does Huawei's Kirin chip have?", chip))


def test_a_place_opening_a_longer_name_owns_nothing() -> None:
    fed = library("fd", "美联储维持利率不变", "美国联邦储备委员会14日宣布，将联邦基金利率目标区间维持在4.25%至4.5%的水平。")
    assert "4.25%" in first(ask("美联储把联邦基金利率目标区间维持在什么水平？", fed))


def test_a_region_named_line_is_the_companys_line() -> None:
    foods = library("bf", "Brightwater results",
                    "Brightwater, based in Minneapolis, reported fiscal second-quarter sales of $2.36 billion, up 4%.",
                    "North American sales rose 6% to $1.41 billion, while international sales fell 2% to $950 million.")
    assert ask("How much did Brightwater's international sales fall?", foods).sentences[0].highlighted == "2%"
    assert "$1.41 billion" in first(ask("What were Brightwater's North American sales?", foods))
    assert "$2.36 billion" in first(ask("What were Brightwater's second-quarter sales?", foods))
    assert ask("What were Brightwater's European sales?", foods).abstained
    found = ask("What were Brightwater's sales?", foods)
    assert found.abstained or found.sentences[0].highlighted == "$2.36 billion"


def test_this_quarter_is_no_part_of_the_name() -> None:
    capex = library("tc", "腾讯第三季度业绩", "腾讯控股11月13日公布2026年第三季度业绩。", "本季度资本开支为196.5亿元。")
    assert "196.5亿元" in first(ask("腾讯本季度资本开支是多少？", capex))


def test_the_company_is_the_articles_company_in_a_who_or_where_question() -> None:
    hub = library("hl", "Harlan Therapeutics picks Boston for research hub",
                  "Harlan Therapeutics said on Tuesday it will open a research center in Boston.",
                  "The company, based in San Diego, named Priya Rao as chief scientific officer, effective Jan. 5.")
    assert "San Diego" in first(ask("Where is Harlan Therapeutics based?", hub))
    assert "Priya Rao" in first(ask("Who is Harlan's new chief scientific officer?", hub))
    assert ask("Who is Harlan's chief financial officer?", hub).abstained
    other = library("ot", "Mervale Pharma hires", "Mervale Pharma said on Monday it cut 200 jobs.",
                    "Castlemere Labs named Priya Rao as chief scientific officer.")
    assert ask("Who is Mervale's chief scientific officer?", other).abstained  # another company's
    assert ask("Who is Mervale's chief executive?", library(
        "ot2", "Mervale Pharma hires", "Mervale Pharma said on Monday it cut 200 jobs.",
        "Castlemere Labs named Priya Rao as chief executive.")).abstained
