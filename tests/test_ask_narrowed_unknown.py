"""/ask: a measure the metric table does not know, narrowed in the question, and counts by measure word.

- "What was Harlow Mutual's marine combined ratio?" is not answered by the insurer's overall combined
  ratio, nor "What did Kepler's bond fund return?" by the flagship fund's return: every word after the
  possessive must be in the number's clause (`answer/owned_words.py`).
- "新增了几宗地块" counts in 宗: a sales growth of 9.1% in the same sentence is no count
  (`answer/classifiers.py`).
- "国际航线客座率" is one market's: a bare 客座率 is the whole airline's.
- "…comparable sales in the Northeast?" takes the number "in the Northeast" follows, not the nearest one.
"""

from __future__ import annotations

from tests.ask_helpers import analyzed, ask, first, library

INSURER = analyzed("harlow", "Harlow Mutual posts first-half profit",
                   "Harlow Mutual said its combined ratio fell to 91.4% in the first half from 95.0%.\n\n"
                   "The property line's combined ratio was 89.7%, while the liability line ran at 99.2%.")


def test_an_unknown_measure_narrowed_after_the_possessive() -> None:
    assert ask("What was Harlow Mutual's marine combined ratio?", INSURER).abstained
    assert "89.7%" in (ask("What was Harlow Mutual's property combined ratio?", INSURER).sentences[0].highlighted
                       or "")
    assert "91.4%" in first(ask("What was Harlow Mutual's first-half combined ratio?", INSURER))


FUNDS = analyzed("kepler", "Kepler Partners' funds in 2026",
                 "Kepler Partners' flagship Osprey Fund returned 8.2% in 2026, according to an investor letter.\n\n"
                 "Kepler Partners' bond fund gained 4.5% in 2026.")


def test_a_fund_named_after_the_possessive() -> None:
    assert ask("What did Kepler Partners' equity fund return?", FUNDS).abstained
    found = ask("What did Kepler Partners' bond fund return in 2026?", FUNDS)
    assert not found.abstained and found.sentences[0].highlighted == "4.5%"


LAND = library("land", "青屿置业9月销售简报",
               "青屿置业9月实现合同销售金额88.3亿元，同比下降9.1%。9月，青屿置业新增地块3宗，总建筑面积约21万平方米。")
NO_PLOTS = analyzed("noplots", "青屿置业9月销售简报",
                    "青屿置业11月2日公告，2026年9月，集团实现合同销售金额88.3亿元，同比下降9.1%；合同销售面积52.6万平方米。\n\n"
                    "9月，集团新增土地储备，总建筑面积约21.6万平方米，权益地价款合计约35.2亿元。")


def test_a_count_by_measure_word() -> None:
    assert "3宗" in first(ask("青屿置业9月新增了几宗地块？", LAND))
    assert ask("青屿置业9月新增了几幅土地？", NO_PLOTS).abstained  # not the sales' 9.1%


AIRLINE = analyzed("air", "云翼航空10月运营数据",
                   "云翼航空10月旅客运输量215.3万人次，同比增长6.1%。其中，国内航线旅客运输量190.2万人次。\n\n"
                   "10月客座率为82.7%，同比上升1.2个百分点。")


def test_a_market_asked_is_not_the_whole() -> None:
    assert ask("云翼航空10月国内航线客座率是多少？", AIRLINE).abstained
    assert "82.7%" in first(ask("云翼航空10月客座率是多少？", AIRLINE))


STORES = analyzed("stores", "Dunrow comparable sales rise",
                  "Dunrow Inc. comparable sales rose 2.9% in the quarter.\n\n"
                  "Comparable sales grew 4.4% in the Northeast and 1.8% in the Southwest.")


def test_the_number_the_place_follows() -> None:
    found = ask("What were Dunrow's comparable sales in the Northeast?", STORES)
    assert not found.abstained and found.sentences[0].highlighted == "4.4%"


PLOTS = analyzed("plots", "青屿置业10月拿地简报",
                 "青屿置业10月实现合同销售金额88.3亿元，同比下降9.1%。\n\n"
                 "10月，集团新增土地储备3宗，总建筑面积约21.6万平方米，地价款约35.2亿元。")


def test_a_bare_count_before_its_measure_word() -> None:
    # The analysis keeps a bare "3" as a code; the asked measure word after it makes it a count, and the
    # 35.2亿元 later in the sentence does not lend it another subject.
    found = ask("青屿置业10月新增了几宗土地？", PLOTS)
    assert not found.abstained and found.sentences[0].highlighted in ("3", "3宗")
    # Kept whole as a code ("9家AI"), the count is still the digits and the measure word.
    found = ask("星桥资本今年投资了几家AI应用公司？", library("vc", "对话星桥资本合伙人",
                                                      "星桥资本今年已经投资了9家AI应用公司，总金额约12亿元。"))
    assert not found.abstained and found.sentences[0].highlighted == "9家"


CITY = analyzed("city", "临岚市前三季度经济运行情况",
                "临岚市前三季度地区生产总值4210.6亿元，同比增长5.2%。\n\n"
                "分产业看，第二产业增加值1688.2亿元，同比增长6.0%。\n\n"
                "前三季度，全市社会消费品零售总额1502.3亿元，同比增长3.9%。")


def test_a_city_glued_to_its_measure() -> None:
    assert "1688.2亿元" in first(ask("临岚市第二产业增加值是多少？", CITY))
    assert "1502.3亿元" in first(ask("临岚市社会消费品零售总额是多少？", CITY))
    assert "1502.3亿元" in first(ask("臨嵐市社會消費品零售總額是多少？", CITY))
    assert ask("临岚市第一产业增加值是多少？", CITY).abstained


SHOPS = analyzed("shops", "Dunrow opens stores",
                 "Dunrow Inc. opened 9 stores in the third quarter, ending with 610 locations.\n\n"
                 "Dunrow Inc. revenue rose 4% to $2.2 billion in the third quarter.")


def test_a_quarter_written_3q_and_short_words_inflected() -> None:
    assert "$2.2 billion" in first(ask("What were Dunrow's 3Q sales?", SHOPS))
    found = ask("How many stores did Dunrow open in the third quarter?", SHOPS)
    assert not found.abstained and found.sentences[0].highlighted == "9"


FUND_YEAR = analyzed("osprey", "Kepler Partners' flagship fund gains 8.2% in 2026",
                     "Kepler Partners' flagship Osprey Fund returned 8.2% in 2026.\n\n"
                     "The fund lost 1.9% in the fourth quarter.\n\n"
                     "Its bond fund gained 4.5% for the year.")


def test_for_the_year_is_the_whole_year() -> None:
    found = ask("What did Kepler Partners' bond fund return in 2026?", FUND_YEAR)
    assert not found.abstained and found.sentences[0].highlighted == "4.5%"
    assert ask("What did Kepler Partners' bond fund return in the fourth quarter?", FUND_YEAR).abstained


FLEET = analyzed("fleet", "云翼航空10月运营数据",
                 "云翼航空10月旅客运输量215.3万人次，同比增长6.1%。\n\n"
                 "截至10月末，公司机队规模达到152架。\n\n"
                 "截至10月末，公司在全国共有营业部38家。")


def test_a_count_written_with_its_measure_word_only() -> None:
    # "多少架飞机": the sentence writes 152架, never 飞机; "公司在全国" is the company's reach, not the country's.
    found = ask("云翼航空机队有多少架飞机？", FLEET)
    assert not found.abstained and found.sentences[0].highlighted in ("152", "152架")
    assert "38家" in first(ask("云翼航空有多少家营业部？", FLEET))
    assert ask("云翼航空有多少艘船？", FLEET).abstained


CHIPS = analyzed("chips", "星河X9芯片发布",
                 "星河芯片此前发布的玄武880芯片曾装下58亿个晶体管。\n\n"
                 "新发布的玄武990芯片基于5纳米工艺，拥有82亿个晶体管。\n\n"
                 "截至9月末，星河芯片门店数量较年初净增40家左右（+12%）。\n\n"
                 "星河芯片的客户包括70%的头部手机厂商。")


def test_a_sibling_model_and_counts_by_measure_word() -> None:
    # 玄武880's count is not 玄武990's, though the series alone (玄武) is written; "净增多少家" is the 40家,
    # not the +12%; "多少头部手机厂商" counts no 头 (头部 is one word).
    found = ask("玄武990有多少个晶体管？", CHIPS)
    assert "82亿" in first(found) and all("58亿" not in s.text for s in found.sentences)
    assert (ask("星河芯片门店数量净增多少家？", CHIPS).sentences[0].highlighted or "").startswith("40")
    assert "70%" in first(ask("星河芯片的客户包括多少头部手机厂商？", CHIPS))


PREMIUMS = library("premiums", "安屿保险保费收入公告",
                   "安屿保险公告，2026年1月1日至9月30日，公司累计原保险保费收入为512.3亿元，同比增长4.2%。")


def test_from_january_is_the_months_to_date() -> None:
    # "1月1日至9月30日" is 1-9月 (前三季度); it is no answer for September alone.
    assert "512.3亿元" in first(ask("安屿保险前9月原保险保费收入是多少？", PREMIUMS))
    assert "512.3亿元" in first(ask("安屿保险1-9月原保险保费收入是多少？", PREMIUMS))
    assert ask("安屿保险9月原保险保费收入是多少？", PREMIUMS).abstained


CLOSURES = analyzed("closures", "Dunrow to close 40 stores",
                    "Dunrow said on Tuesday it would close 40 of its 610 stores by the end of March, affecting about "
                    "900 employees.")


def test_the_part_of_a_partitive_count() -> None:
    # The analysis keeps "610" as no value; read back as a count of stores, it is still the whole, not the part.
    found = ask("How many stores will Dunrow close?", CLOSURES)
    assert not found.abstained and found.sentences[0].highlighted == "40"
